package race

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"factdiff/config/strictyaml"
)

func mustLoad(t testing.TB, path string) *Sheet {
	t.Helper()
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLoadGoodSheet(t *testing.T) {
	s := mustLoad(t, "testdata/mayor.yaml")
	if s.Race != "Riverton mayor, 2023" || s.Office != "Mayor" || len(s.Candidates) != 3 || len(s.Results) != 2 {
		t.Fatalf("read %+v", s)
	}
	if got := s.Candidates[1].Aliases; len(got) != 1 || got[0] != "Keller" {
		t.Errorf("a single alias reads as a list of one, got %q", got)
	}
	first, runoff := &s.Results[0], &s.Results[1]
	if first.Line != 13 || runoff.Line != 17 {
		t.Errorf("result lines %d, %d; want 13, 17", first.Line, runoff.Line)
	}
	if !first.Final || first.Votes != nil || first.Turnout != nil {
		t.Errorf("first round: final defaults to true, no votes, no turnout: %+v", first)
	}
	if first.Shares["Tom Keller"] != 35.1 {
		t.Errorf("an alias key is stored under the candidate's name: %v", first.Shares)
	}
	if rg, _ := first.Share("Lisa Brandt"); math.Abs(rg.Low-38.35) > 1e-9 || math.Abs(rg.High-38.45) > 1e-9 {
		t.Errorf("a share printed to one decimal is known to ±0.05, got %+v", rg)
	}
}

func TestDerivedFigures(t *testing.T) {
	s := mustLoad(t, "testdata/mayor.yaml")
	first, runoff := &s.Results[0], &s.Results[1]
	share, _ := runoff.Share("Lisa Brandt")
	if want := 100 * 41210.0 / (41210 + 37090); share.Low != want || share.High != want {
		t.Errorf("a share computed from votes is exact: got %+v, want %v", share, want)
	}
	if w := runoff.Winner(); w != "Lisa Brandt" {
		t.Errorf("runoff winner %q", w)
	}
	if vm, ok := runoff.VoteMargin(); !ok || vm != 4120 {
		t.Errorf("runoff vote margin %d, %v", vm, ok)
	}
	if m, _ := runoff.Margin(); math.Abs(m.Mid()-100*4120.0/78300) > 1e-9 {
		t.Errorf("runoff margin %+v", m)
	}
	if m, _ := first.Margin(); math.Abs(m.Low-3.2) > 1e-9 || math.Abs(m.High-3.4) > 1e-9 {
		t.Errorf("first-round margin from printed shares 38.4 and 35.1 is 3.2 to 3.4, got %+v", m)
	}
	if _, ok := first.VoteMargin(); ok {
		t.Error("a contest without votes has no vote margin")
	}
	if o := first.Order(); strings.Join(o, ",") != "Lisa Brandt,Tom Keller,Ana Ruiz" {
		t.Errorf("first-round order %v", o)
	}
	if tr, ok := runoff.TurnoutRange(); !ok || math.Abs(tr.Low-31.15) > 1e-9 {
		t.Errorf("turnout %+v", tr)
	}
	tie := Result{Shares: map[string]float64{"A": 50, "B": 50}}
	if w := tie.Winner(); w != "" {
		t.Errorf("a tie has no winner, got %q", w)
	}
}

func TestCandidateNames(t *testing.T) {
	s := mustLoad(t, "testdata/mayor.yaml")
	for _, tc := range []struct{ name, want string }{
		{"Lisa Brandt", "Lisa Brandt"},
		{"lisa  BRANDT", "Lisa Brandt"},
		{"Mayor Brandt", "Lisa Brandt"},
		{"Keller", "Tom Keller"},
		{"Ruiz", "Ana Ruiz"},
		{"Brandt's", ""},
		{"Tom", ""},
		{"", ""},
	} {
		got := ""
		if c := s.Candidate(tc.name); c != nil {
			got = c.Name
		}
		if got != tc.want {
			t.Errorf("Candidate(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A sheet that is wrong must say where: every case gives the line its
// error names.
func TestBadSheets(t *testing.T) {
	const head = "race: Riverton mayor\ncandidates:\n  - name: Lisa Brandt\n    aliases: [Brandt]\n  - name: Tom Keller\n"
	for _, tc := range []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"typo in a result", head + "results:\n  - contest: runoff\n    finall: true\n", 8, `unknown key "finall" (did you mean "final"?)`},
		{"typo at the top", "rase: x\n" + head, 1, `unknown key "rase" (did you mean "race"?)`},
		{"no race", "candidates:\n  - name: A\n", 1, `has no "race"`},
		{"no candidates", "race: x\n", 1, `has no "candidates"`},
		{"empty candidates", "race: x\ncandidates: []\n", 2, "lists no one"},
		{"candidate without a name", "race: x\ncandidates:\n  - party: Green\n", 3, `has no "name"`},
		{"unknown candidate in votes", head + "results:\n  - contest: runoff\n    votes: {Lisa Brandt: 10, Ana Ruiz: 4}\n", 8, `"Ana Ruiz", who is not among the candidates`},
		{"unknown candidate in shares", head + "results:\n  - contest: runoff\n    shares:\n      Brandt: 51\n      Ruiz: 49\n", 10, `"Ruiz", who is not among`},
		{"a candidate twice via an alias", head + "results:\n  - contest: runoff\n    votes: {Lisa Brandt: 10, Brandt: 4}\n", 8, "gives Lisa Brandt twice"},
		{"share over 100", head + "results:\n  - contest: runoff\n    shares: {Brandt: 101}\n", 8, "outside 0 to 100"},
		{"shares over 100 together", head + "results:\n  - contest: runoff\n    shares: {Brandt: 61, Tom Keller: 49}\n", 8, "add up to 110.00%"},
		{"negative votes", head + "results:\n  - contest: runoff\n    votes: {Brandt: -3}\n", 8, "negative"},
		{"votes as text", head + "results:\n  - contest: runoff\n    votes: {Brandt: '41,210'}\n", 8, "must be a whole number"},
		{"votes as a fraction", head + "results:\n  - contest: runoff\n    votes: {Brandt: 41.5}\n", 8, "must be a whole number"},
		{"bad date", head + "results:\n  - contest: runoff\n    date: 2023-13-05\n", 8, "not a day written YYYY-MM-DD"},
		{"date in words", head + "results:\n  - contest: runoff\n    date: Dec. 5\n", 8, "not a day"},
		{"final not a bool", head + "results:\n  - contest: runoff\n    final: maybe\n", 8, "true or false"},
		{"turnout as a list", head + "results:\n  - contest: runoff\n    turnout: [31]\n", 8, "must be a number, not a list"},
		{"turnout not finite", head + "results:\n  - contest: runoff\n    turnout: .nan\n", 8, "finite"},
		{"result with neither contest nor date", head + "results:\n  - source: clerk\n", 7, "needs a contest or a date"},
		{"results not a list", head + "results:\n  contest: runoff\n", 7, "must be a list"},
		{"alias shared by two", "race: x\ncandidates:\n  - name: A B\n    aliases: [B]\n  - name: C B\n    aliases: [b]\n", 5, `"b" already names A B`},
		{"key twice", "race: x\nrace: y\ncandidates: [{name: A}]\n", 2, `key "race" given twice`},
		{"syntax", "race: x\ncandidates:\n  - name: A\n   party: B\n", 2, "did not find expected"},
		{"not a mapping", "- race\n", 1, "must be a mapping"},
		{"alias node", "race: &r x\noffice: *r\ncandidates: [{name: A}]\n", 2, "aliases are not supported"},
		{"two documents", "race: x\ncandidates: [{name: A}]\n---\nrace: y\n", 3, "second YAML document"},
		{"empty file", "", 1, `has no "race"`},
		{"empty race", "race:\ncandidates: [{name: A}]\n", 1, "race is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("sheet.yaml", []byte(tc.yaml))
			var e *strictyaml.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want a strictyaml.Error", err)
			}
			prefix := fmt.Sprintf("sheet.yaml:%d: ", tc.line)
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q, want %q...%q", err, prefix, tc.msg)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/none.yaml")
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "testdata/none.yaml") {
		t.Errorf("got %v", err)
	}
}

func TestContest(t *testing.T) {
	s := mustLoad(t, "testdata/mayor.yaml")
	for _, tc := range []struct {
		name string
		m    Mention
		want string // Result.Name, "" for nil
	}{
		{"clause names the runoff", Mention{Time: "runoff", Sentence: "Brandt won the runoff with 52.6% of the vote."}, "runoff of 2023-12-05"},
		{"run-off spelling", Mention{Time: "runoff", Sentence: "Brandt won the run-off with 52.6%."}, "runoff of 2023-12-05"},
		{"first round", Mention{Time: "first round", Sentence: "Brandt led the first round with 38%."}, "first round of 2023-10-03"},
		{"no contest named", Mention{Sentence: "Brandt won 52.6% of the vote."}, ""},
		{"a runoff still to come", Mention{Sentence: "Brandt won 38% on Tuesday and will face Keller in a runoff."}, ""},
		{"two contests in one sentence", Mention{Time: "runoff", Sentence: "Brandt, who led the first round with 38%, won the runoff with 52.6%."}, ""},
		{"contest the sheet lacks", Mention{Time: "primary", Sentence: "Brandt won the primary with 61%."}, ""},
		{"the day alone", Mention{Sentence: "On Dec. 5, Brandt received 52.6 percent.", Dates: []string{"XXXX-12-05"}}, "runoff of 2023-12-05"},
		{"the day with its year", Mention{Time: "2023", Sentence: "On Dec. 5, 2023, Brandt received 52.6 percent.", Dates: []string{"2023-12-05"}}, "runoff of 2023-12-05"},
		{"the day in another year", Mention{Sentence: "On Dec. 5, Brandt received 52.6 percent.", Dates: []string{"2019-12-05"}}, ""},
		{"a day the sheet lacks", Mention{Sentence: "On Nov. 7, Brandt received 52.6 percent.", Dates: []string{"XXXX-11-07"}}, ""},
		{"runoff word, other contest's day", Mention{Time: "runoff", Sentence: "Brandt won the runoff with 52.6% after placing first on Oct. 3.", Dates: []string{"XXXX-10-03"}}, ""},
		{"runoff word and its day", Mention{Time: "runoff", Sentence: "Brandt won the Dec. 5 runoff with 52.6%.", Dates: []string{"XXXX-12-05"}}, "runoff of 2023-12-05"},
		{"year and one contest", Mention{Time: "2023", Sentence: "Brandt won the 2023 runoff with 52.6%."}, "runoff of 2023-12-05"},
		{"another year's runoff", Mention{Time: "2019", Sentence: "Brandt won the 2019 runoff with 52.6%."}, ""},
		{"a year alone", Mention{Time: "2023", Sentence: "In 2023, Brandt won 52.6%."}, ""},
		{"the special election names the race", Mention{Time: "special election", Sentence: "Brandt won the special election with 52.6%."}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if r := s.Contest(tc.m); r != nil {
				got = r.Name()
			}
			if got != tc.want {
				t.Errorf("Contest(%+v) = %q, want %q", tc.m, got, tc.want)
			}
		})
	}
}

// A sheet's own names for contests: a qualified runoff is a runoff, and a
// special election on a sheet is the first round.
func TestSheetContestNames(t *testing.T) {
	for _, tc := range []struct {
		contest, time string
		match         bool
	}{
		{"special election runoff", "runoff", true},
		{"special election runoff", "first round", false},
		{"Democratic primary runoff", "primary", false},
		{"Democratic primary runoff", "runoff", true},
		{"special election", "first round", true},
		{"jungle primary", "primary", true},
		{"general election", "general election", true},
		{"Iowa caucuses", "caucus", true},
		{"preliminary", "primary", false},
	} {
		s := &Sheet{Results: []Result{{Contest: tc.contest, kinds: kinds(tc.contest, true)}}}
		got := s.Contest(Mention{Time: tc.time, Sentence: "won the " + tc.time}) != nil
		if got != tc.match {
			t.Errorf("sheet contest %q, article %q: match %v, want %v", tc.contest, tc.time, got, tc.match)
		}
	}
}

func TestRangeMeets(t *testing.T) {
	official := Range{51.78, 51.78}
	for _, tc := range []struct {
		lo, hi, slack float64
		want          bool
	}{
		{51.75, 51.85, 0, true},                // 51.8%
		{51.5, 52.5, 0, true},                  // 52%
		{51, math.Inf(1), 0, true},             // more than 51%
		{46.8, 52, 0, true},                    // nearly 52%
		{53.75, 53.85, 0, false},               // 53.8%
		{51.65, 51.75, 0, false},               // 51.7%, truncated
		{51.65, 51.75, 0.05, true},             // forgiven with slack
		{51.784999999999997, 51.795, 0, false}, // 51.79%
	} {
		if got := official.Meets(tc.lo, tc.hi, tc.slack); got != tc.want {
			t.Errorf("[%v, %v] ± %v meets %v: %v", tc.lo, tc.hi, tc.slack, official, got)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/mayor.yaml", "../fixtures/ga06-2017/race.yaml"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("race: x\ncandidates: [{name: A, aliases: [a, A]}]\nresults: [{date: 2020-01-01, votes: {A: 1}, shares: {a: 100}}]\n"))
	f.Add([]byte("race: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for i := range s.Results {
			r := &s.Results[i]
			r.Order()
			r.Winner()
			r.Margin()
			s.Contest(Mention{Time: r.Contest, Sentence: r.Contest, Dates: []string{r.Date}})
		}
	})
}

// FuzzContest reads arbitrary article words against a sheet: no input may
// panic, and a result found must be one the words or days point to.
func FuzzContest(f *testing.F) {
	s := mustLoad(f, "testdata/mayor.yaml")
	f.Add("runoff", "Brandt won the run-off with 52.6%.", "XXXX-12-05")
	f.Add("2023", "the primary runoff, the first-round vote and the special election", "2023-10-03")
	f.Add("", "On Dec. 5, Brandt received 52.6 percent.", "XXXX-12-05")
	f.Fuzz(func(t *testing.T, time, sentence, date string) {
		r := s.Contest(Mention{Time: time, Sentence: sentence, Dates: []string{date}})
		if r != nil && len(kinds(time+" "+sentence, false)) == 0 && !sameDay(date, r.Date, yearOf(time)) {
			t.Fatalf("%q %q %q point to %s", time, sentence, date, r.Name())
		}
	})
}

// bigSheet writes a sheet of n contests of three candidates, the size of
// a state's worth of results.
func bigSheet(n int) []byte {
	var b strings.Builder
	b.WriteString("race: statewide\ncandidates:\n  - name: Lisa Brandt\n  - name: Tom Keller\n  - name: Ana Ruiz\nresults:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - contest: precinct %d runoff\n    date: 2023-12-05\n    final: true\n    votes: {Lisa Brandt: %d, Tom Keller: %d, Ana Ruiz: %d}\n    source: county clerk\n", i, 1000+i, 900+i%50, 300)
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	data := bigSheet(7000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("big.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkContest(b *testing.B) {
	s := mustLoad(b, "testdata/mayor.yaml")
	m := Mention{Time: "runoff", Sentence: "Republican Lisa Brandt won the Dec. 5 runoff with 52.6% of the vote to Tom Keller's 47.4%, the clerk said.", Dates: []string{"XXXX-12-05"}}
	for b.Loop() {
		if s.Contest(m) == nil {
			b.Fatal("no contest")
		}
	}
}
