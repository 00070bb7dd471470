package rules

import (
	"strings"
	"testing"

	"factdiff/finding"
	"factdiff/race"
)

// The sheet: Brandt 41,210 and Keller 37,090 in the runoff of Dec. 5
// (52.63% to 47.37%, a 5.26-point, 4,120-vote margin, turnout 31.2%);
// Brandt 38.4, Keller 35.1 and Ruiz 26.5 in the first round.
const raceSheet = "testdata/race.yaml"

func runResults(t testing.TB, sheet *race.Sheet, texts []string) []finding.Finding {
	t.Helper()
	s := newSet(readDocs(texts), Options{Race: sheet})
	out := resultsMismatch.run(s, resultsMismatch)
	finding.Sort(out)
	return out
}

func TestResultsMismatch(t *testing.T) {
	sheet, err := race.Load(raceSheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"true shares", "Republican Lisa Brandt won the Dec. 5 runoff with 52.6% of the vote to Democrat Tom Keller's 47.4%.", nil},
		{"misstated shares", "Republican Lisa Brandt won the Dec. 5 runoff with 54.6% of the vote to Democrat Tom Keller's 45.4%.",
			[]string{`d0: error: Lisa Brandt's vote share in the runoff of 2023-12-05 is "54.6%" here; the race sheet has 52.63% (Riverton city clerk, certified results)`,
				`d0: error: Tom Keller's vote share in the runoff of 2023-12-05 is "45.4%" here; the race sheet has 47.37%`}},
		{"rounded to a whole percent", "Lisa Brandt won the runoff with 53% of the vote.", nil},
		{"hedge that holds", "Lisa Brandt won nearly 53 percent of the vote in the runoff.", nil},
		{"hedge that does not", "Lisa Brandt won more than 55 percent of the vote in the runoff.", []string{`d0: error: Lisa Brandt's vote share in the runoff`}},
		{"no contest named", "Lisa Brandt won 54.6% of the vote.", nil},
		{"a runoff still to come", "Lisa Brandt won 54% of the vote on Tuesday and will face Keller in the Dec. 5 runoff.", nil},
		{"the first round, true", "Lisa Brandt won 38% of the vote in the first round.", nil},
		{"the first round, misstated", "Tom Keller won 40% of the vote in the first round.", []string{`d0: error: Tom Keller's vote share in the first round of 2023-10-03 is "40%" here; the race sheet has 35.1% (Riverton city clerk)`}},
		{"the day alone", "On Dec. 5, Lisa Brandt received 58 percent of the vote.", []string{`d0: error: Lisa Brandt's vote share in the runoff`}},
		{"margin in points, true", "Lisa Brandt won the runoff by 5.3 points.", nil},
		{"margin in points, misstated", "Lisa Brandt won the runoff by 9 points.", []string{`d0: error: the margin in the runoff of 2023-12-05 is "9 points" here; the race sheet has 5.26 points`}},
		{"margin in votes, true", "Lisa Brandt won the runoff by 4,120 votes.", nil},
		{"margin in votes, misstated", "Lisa Brandt won the runoff by 6,120 votes.", []string{`d0: error: the margin in votes in the runoff of 2023-12-05 is "6,120 votes" here; the race sheet has 4,120 votes`}},
		{"a lead in votes", "Lisa Brandt won the runoff with a 4,120-vote lead.", nil},
		{"tally, true", "Lisa Brandt received 41,210 votes in the runoff.", nil},
		{"tally, rounded", "Tom Keller received about 37,000 votes in the runoff.", nil},
		{"tally, misstated", "Lisa Brandt received 45,210 votes in the runoff.", []string{`d0: error: Lisa Brandt's vote count in the runoff of 2023-12-05 is "45,210 votes" here; the race sheet has 41,210 votes`}},
		{"turnout, true", "Turnout in the runoff was 31 percent.", nil},
		{"turnout, misstated", "Turnout in the runoff was 45 percent.", []string{`d0: error: the turnout in the runoff of 2023-12-05 is "45 percent" here; the race sheet has 31.2%`}},
		{"a poll", "A poll of the runoff showed Lisa Brandt with 60% of the vote.", nil},
		{"a county", "Lisa Brandt won 60% of the vote in Harlan County in the runoff.", nil},
		{"a count under way", "With 80% of precincts reporting, Lisa Brandt had 60% of the vote in the runoff.", nil},
		{"a group of voters", "Lisa Brandt won 60% of women in the runoff.", nil},
		{"a quotation", `"We won 60 percent of the vote in the runoff," Lisa Brandt said.`, nil},
		{"not a candidate", "Council member Joe Park won his runoff with 70% of the vote.", nil},
		{"another year", "Lisa Brandt won the 2019 runoff with 61% of the vote.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFindings(t, runResults(t, sheet, []string{tc.text}), tc.want)
		})
	}
}

func TestResultsMismatchFindingShape(t *testing.T) {
	sheet, err := race.Load(raceSheet)
	if err != nil {
		t.Fatal(err)
	}
	fs := runResults(t, sheet, []string{"Lisa Brandt won the Dec. 5 runoff with 54.6% of the vote."})
	if len(fs) != 1 {
		t.Fatalf("got %d findings", len(fs))
	}
	f := fs[0]
	if f.Entity != "Lisa Brandt" || f.Focus != "54.6%" || f.Location.Line != 1 || f.Location.Column != 40 {
		t.Errorf("finding %+v", f)
	}
	if len(f.Evidence) != 1 {
		t.Fatalf("evidence %+v", f.Evidence)
	}
	ev := f.Evidence[0]
	if ev.Path != raceSheet || ev.Line != 17 || ev.Focus != "52.63%" || !strings.Contains(ev.Text, "runoff of 2023-12-05: Lisa Brandt's vote share 52.63%") {
		t.Errorf("evidence %+v", ev)
	}
}

// Without a race sheet the rule says nothing, and nobody is a candidate.
func TestResultsMismatchWithoutSheet(t *testing.T) {
	texts := []string{"Brandt won the Dec. 5 runoff with 54.6% of the vote."}
	if fs := runResults(t, nil, texts); len(fs) != 0 {
		t.Errorf("got %v", fs)
	}
	if c := newSet(readDocs(texts), Options{}).Candidate("Lisa Brandt"); c != nil {
		t.Errorf("candidate %v without a sheet", c)
	}
}

func TestSetCandidate(t *testing.T) {
	sheet, err := race.Load(raceSheet)
	if err != nil {
		t.Fatal(err)
	}
	s := newSet(readDocs([]string{"Mayor Lisa Brandt and Tom Keller debated. Keller said little."}), Options{Race: sheet})
	for name, want := range map[string]string{"Lisa Brandt": "Lisa Brandt", "Keller": "Tom Keller", "Joe Park": "", "": ""} {
		got := ""
		if c := s.Candidate(name); c != nil {
			got = c.Name
		}
		if got != want {
			t.Errorf("Candidate(%q) = %q, want %q", name, got, want)
		}
	}
}

// BenchmarkResultsMismatch runs the rule over about 1 MB of coverage of a
// race on the sheet.
func BenchmarkResultsMismatch(b *testing.B) {
	sheet, err := race.Load(raceSheet)
	if err != nil {
		b.Fatal(err)
	}
	para := "Republican Lisa Brandt won the Dec. 5 runoff with 54.6% of the vote to Democrat Tom Keller's 45.4%. Brandt won the runoff by 4,120 votes, and turnout in the runoff was 31 percent. "
	text := strings.Repeat(para, 1<<20/len(para))
	s := newSet(readDocs([]string{text}), Options{Race: sheet})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		resultsMismatch.run(s, resultsMismatch)
	}
}
