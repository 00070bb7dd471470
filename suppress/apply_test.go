package suppress

import (
	"reflect"
	"strings"
	"testing"

	"factdiff/finding"
)

var testRules = []finding.Rule{{ID: "number-conflict"}, {ID: "misquote"}, {ID: "quote-speaker"}}

// at builds a finding of rule on the first occurrence of text in raw.
func at(t *testing.T, path, raw, rule, text string) finding.Finding {
	t.Helper()
	i := strings.Index(raw, text)
	if i < 0 {
		t.Fatalf("%q not in %s", text, path)
	}
	line := strings.Count(raw[:i], "\n") + 1
	return finding.Finding{Rule: rule, Text: text, Location: finding.Location{Path: path, Line: line, Column: 1, Start: i, End: i + len(text)}}
}

func TestApply(t *testing.T) {
	story := "Turnout was 38 percent.\n\n" +
		"<!-- factdiff-ignore number-conflict -->\n" +
		"Lightfoot won 73.7 percent. \"We won,\" she said.\n\n" +
		"<!-- factdiff-ignore-line misquote, number-conflit -->\n" +
		"Preckwinkle won 26.3 percent.\n\n" +
		"<!-- factdiff-ignore nmber-conflict -->\n" +
		"The count ended at 9 p.m. with 500,000 votes.\n"
	notes := "[factdiff-ignore]\nA note that names 12 wards.\n"
	raws := map[string][]byte{"story.md": []byte(story), "notes.txt": []byte(notes)}

	fs := []finding.Finding{
		at(t, "story.md", story, "number-conflict", "38 percent"),                          // no mark: kept
		at(t, "story.md", story, "number-conflict", "73.7 percent"),                        // covered for its rule
		at(t, "story.md", story, "misquote", "\"We won,\""),                                // same paragraph, other rule: kept
		at(t, "story.md", story, "misquote", "26.3 percent"),                               // covered (the typo'd rule is reported)
		at(t, "story.md", story, "number-conflict", "26.3 percent"),                        // the typo'd rule covers nothing
		at(t, "story.md", story, "number-conflict", "500,000 votes"),                       // mark names only an unknown rule
		at(t, "notes.txt", notes, "quote-speaker", "12 wards"),                             // covered: every rule
		{Rule: "number-conflict", Location: finding.Location{Path: "story.md", Start: 60}}, // no line: kept
		{Rule: "number-conflict", Location: finding.Location{Path: "other.md", Line: 3, Start: 60}},
	}
	r := &finding.Report{Findings: fs, Rules: testRules, Suppressed: 1}
	problems := Apply(r, raws)

	var kept []string
	for _, f := range r.Findings {
		kept = append(kept, f.Location.Path+":"+f.Rule+":"+f.Text)
	}
	want := []string{
		"story.md:number-conflict:38 percent",
		"story.md:misquote:\"We won,\"",
		"story.md:number-conflict:26.3 percent",
		"story.md:number-conflict:500,000 votes",
		"story.md:number-conflict:",
		"other.md:number-conflict:",
	}
	if !reflect.DeepEqual(kept, want) {
		t.Errorf("kept:\n got %q\nwant %q", kept, want)
	}
	if r.Suppressed != 4 {
		t.Errorf("Suppressed = %d, want 1 before + 3", r.Suppressed)
	}
	got := problemList(problems)
	wantProblems := []string{
		"6: no rule is called \"number-conflit\"",
		"9: no rule is called \"nmber-conflict\"",
	}
	if len(got) != len(wantProblems) {
		t.Fatalf("problems %q, want %q", got, wantProblems)
	}
	for i := range got {
		if !strings.HasPrefix(got[i], wantProblems[i]) || problems[i].Path != "story.md" {
			t.Errorf("problem %d: %s %q, want story.md %q", i, problems[i].Path, got[i], wantProblems[i])
		}
	}
}

func TestApplyWithoutMarks(t *testing.T) {
	raw := "Turnout was 38 percent, up from 33 percent.\n"
	r := &finding.Report{Findings: []finding.Finding{at(t, "a.md", raw, "number-conflict", "38 percent")}, Rules: testRules}
	if ps := Apply(r, map[string][]byte{"a.md": []byte(raw)}); ps != nil {
		t.Errorf("problems %v", ps)
	}
	if len(r.Findings) != 1 || r.Suppressed != 0 {
		t.Errorf("findings %d, suppressed %d; want 1, 0", len(r.Findings), r.Suppressed)
	}
}

func TestCoverageMerges(t *testing.T) {
	c := newCoverage([]Region{
		{Start: 50, End: 60},
		{Start: 10, End: 20, Rules: []string{"misquote"}},
		{Start: 15, End: 30},
		{Start: 30, End: 40},
	})
	if want := []span{{15, 40}, {50, 60}}; !reflect.DeepEqual(c[""], want) {
		t.Errorf("merged %v, want %v", c[""], want)
	}
	for _, tc := range []struct {
		rule string
		off  int
		want bool
	}{
		{"misquote", 10, true}, {"number-conflict", 10, false}, {"number-conflict", 15, true},
		{"number-conflict", 39, true}, {"number-conflict", 40, false}, {"misquote", 59, true}, {"misquote", 60, false},
	} {
		if got := c.covers(tc.rule, tc.off); got != tc.want {
			t.Errorf("covers(%s, %d) = %v, want %v", tc.rule, tc.off, got, tc.want)
		}
	}
}
