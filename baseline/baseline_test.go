package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factdiff/finding"
)

// flagged builds a finding as the rules would: a rule, a place, the
// sentence as written and the figure it is about.
func flagged(rule, path string, line int, text, focus, msg string) finding.Finding {
	return finding.Finding{
		Rule: rule, Message: msg, Text: text, Focus: focus,
		Location: finding.Location{Path: path, Line: line, Column: 5, Start: line * 80},
	}
}

const (
	margin  = "Whitmer won re-election by 10.6 points, the largest margin since 1986."
	turnout = "Turnout reached 4.5 million, a record for a midterm."
)

func writeLoad(t *testing.T, fs []finding.Finding, workDir string) *Baseline {
	t.Helper()
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := Write(path, fs, workDir); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFilter(t *testing.T) {
	wd := filepath.FromSlash("/news/desk")
	today := []finding.Finding{
		flagged("number-conflict", "michigan/ap.md", 12, margin, "10.6 points", "margin is 10.6 points here; freep.md says 10.5"),
		flagged("number-conflict", "michigan/ap.md", 20, turnout, "4.5 million", "turnout is 4.5 million here"),
		flagged("misquote", "michigan/ap.md", 30, `"We are not done," she said.`, `"We are not done,"`, "quote differs"),
		flagged("misquote", "michigan/ap.md", 44, `"We are not done," she said.`, `"We are not done,"`, "quote differs"),
	}
	b := writeLoad(t, today, wd)

	tests := []struct {
		name  string
		later finding.Finding
		known bool
	}{
		{"unchanged", today[0], true},
		{"shifted by an edit above", flagged("number-conflict", "michigan/ap.md", 19, margin, "10.6 points", today[0].Message), true},
		{"re-wrapped sentence", flagged("number-conflict", "michigan/ap.md", 12, strings.Replace(margin, " the largest", "\n  the largest", 1), "10.6 points", today[0].Message), true},
		{"message worded anew", flagged("number-conflict", "michigan/ap.md", 12, margin, "10.6 points", "10.6 points conflicts with freep.md (10.5)"), true},
		{"absolute path inside the working directory", flagged("number-conflict", filepath.Join(wd, "michigan", "ap.md"), 12, margin, "10.6 points", ""), true},
		{"path spelt with ./", flagged("number-conflict", "./michigan/ap.md", 12, margin, "10.6 points", ""), true},
		{"changed figure", flagged("number-conflict", "michigan/ap.md", 12, strings.Replace(margin, "10.6", "10.9", 1), "10.9 points", ""), false},
		{"other rule", flagged("unsupported-figure", "michigan/ap.md", 12, margin, "10.6 points", ""), false},
		{"other file", flagged("number-conflict", "michigan/freep.md", 12, margin, "10.6 points", ""), false},
		{"other figure in the same sentence", flagged("number-conflict", "michigan/ap.md", 12, margin, "1986", ""), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kept, known := b.Filter([]finding.Finding{tc.later}, wd)
			if (known == 1) != tc.known || len(kept)+known != 1 {
				t.Errorf("known %d, kept %d; want known=%v", known, len(kept), tc.known)
			}
		})
	}
}

func TestFilterCountsDuplicates(t *testing.T) {
	quote := flagged("misquote", "a.md", 30, `"We are not done," she said.`, `"We are not done,"`, "")
	b := writeLoad(t, []finding.Finding{quote, quote}, "")
	third := quote
	third.Location.Line = 90
	kept, known := b.Filter([]finding.Finding{quote, quote, third}, "")
	if known != 2 || len(kept) != 1 || kept[0].Location.Line != 90 {
		t.Fatalf("known %d, kept %v; want 2 known and the third kept", known, kept)
	}
	// Filtering again starts from the full counts.
	if _, again := b.Filter([]finding.Finding{quote, quote}, ""); again != 2 {
		t.Errorf("second Filter knew %d, want 2", again)
	}
}

func TestEmptyBaselineKnowsNothing(t *testing.T) {
	b := writeLoad(t, nil, "")
	fs := []finding.Finding{flagged("number-conflict", "a.md", 1, margin, "10.6 points", "")}
	if kept, known := b.Filter(fs, ""); known != 0 || len(kept) != 1 {
		t.Errorf("known %d, kept %d; want 0, 1", known, len(kept))
	}
}

// TestWriteGolden pins the file format: versioned, sorted, counted, with
// paths relative to the working directory and text squashed.
func TestWriteGolden(t *testing.T) {
	wd := filepath.FromSlash("/news/desk")
	fs := []finding.Finding{
		flagged("number-conflict", filepath.Join(wd, "ohio", "dispatch.md"), 4, "Brown  lost by\n6.4 points.", "6.4 points", ""),
		flagged("misquote", "michigan/ap.md", 44, `"We are not done," she said.`, `"We are not done,"`, ""),
		flagged("misquote", "michigan/ap.md", 30, `"We are not done," she said.`, `"We are not done,"`, ""),
		flagged("date-conflict", "michigan/ap.md", 2, "Polls close at 8 p.m. <ET> & results follow.", "", ""),
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	if err := Write(path, fs, wd); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The same findings in another order give the same bytes.
	fs[0], fs[3] = fs[3], fs[0]
	if err := Write(path, fs, wd); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(path); string(again) != string(got) {
		t.Errorf("order of findings changed the file:\n%s", again)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if _, err := Load(filepath.Join("testdata", "golden.json")); err != nil {
		t.Errorf("golden file does not load: %v", err)
	}
}

func TestWriteFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", "baseline.json")
	err := Write(path, nil, "")
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("error %v does not name %s", err, path)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestLoadStrict(t *testing.T) {
	const one = `{"rule": "misquote", "path": "a.md", "text": "t", "count": 1}`
	tests := []struct{ name, in, want string }{
		{"empty file", ``, "b.json:1: unexpected end of file"},
		{"not an object", `[]`, "b.json:1: the baseline must be an object"},
		{"syntax error", "{\"version\": 1,\n\"findings\": [\n{\"rule\": \"misquote\",,}]}", "b.json:3: invalid character ','"},
		{"cut short", "{\"version\": 1, \"findings\": [" + one, "b.json:1: unexpected end of file"},
		{"no version", `{"findings": []}`, "b.json:1: no version"},
		{"future version", `{"version": 2, "findings": []}`, "b.json:1: version 2 is not one this factdiff reads"},
		{"version as text", `{"version": "1", "findings": []}`, `b.json:1: "version" must be a whole number, not a string`},
		{"no findings", `{"version": 1}`, "b.json:1: no findings list"},
		{"findings null", `{"version": 1, "findings": null}`, `b.json:1: "findings" must be a list`},
		{"unknown key", "{\"version\": 1,\n \"finding\": []}", `b.json:2: unknown key "finding"`},
		{"key in another case", `{"Version": 1, "findings": []}`, `b.json:1: unknown key "Version"`},
		{"repeated key", `{"version": 1, "version": 1, "findings": []}`, `b.json:1: key "version" appears twice`},
		{"unknown entry key", `{"version": 1, "findings": [{"rule": "misquote", "path": "a.md", "text": "t", "count": 1, "line": 3}]}`, `unknown key "line" in a finding`},
		{"zero count", `{"version": 1, "findings": [{"rule": "misquote", "path": "a.md", "text": "t", "count": 0}]}`, "count 0"},
		{"fractional count", `{"version": 1, "findings": [{"rule": "misquote", "path": "a.md", "text": "t", "count": 1.5}]}`, `"count" must be a whole number`},
		{"null text", `{"version": 1, "findings": [{"rule": "misquote", "path": "a.md", "text": null, "count": 1}]}`, `"text" must be a string, not null`},
		{"missing count", `{"version": 1, "findings": [{"rule": "misquote", "path": "a.md", "text": "t"}]}`, `finding has no "count"`},
		{"empty rule", `{"version": 1, "findings": [{"rule": "", "path": "a.md", "text": "t", "count": 1}]}`, "empty rule or path"},
		{"entry not an object", `{"version": 1, "findings": [3]}`, "a finding must be an object"},
		{"recorded twice", "{\"version\": 1, \"findings\": [\n" + one + ",\n" + one + "]}", "b.json:3: finding repeats the one on line 2"},
		{"recorded twice once squashed", "{\"version\": 1, \"findings\": [\n" + one + ",\n" + strings.Replace(one, `"a.md"`, `"./a.md"`, 1) + "]}", "b.json:3: finding repeats the one on line 2"},
		{"trailing data", `{"version": 1, "findings": []} {}`, "b.json:1: data after the baseline object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse("b.json", []byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadNamesTheFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.json"))
	if err == nil || !strings.Contains(err.Error(), "none.json") {
		t.Errorf("error %v does not name the file", err)
	}
}

func TestLoadHandEdited(t *testing.T) {
	data := `{"version": 1, "findings": [{"rule": "number-conflict", "path": "./michigan//ap.md",
	  "text": "Whitmer won re-election by 10.6 points,\n  the largest margin since 1986.", "focus": "10.6  points", "count": 1}]}`
	b, err := parse("b.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	fs := []finding.Finding{flagged("number-conflict", "michigan/ap.md", 12, margin, "10.6 points", "")}
	if _, known := b.Filter(fs, ""); known != 1 {
		t.Errorf("hand-edited entry not matched")
	}
}
