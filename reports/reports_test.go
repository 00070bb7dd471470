package reports

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fatih/color"

	"factdiff/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func loc(path string, line, col int) finding.Location {
	return finding.Location{Path: path, Line: line, Column: col}
}

func region(path string, line, col, endCol int) finding.Location {
	return finding.Location{Path: path, Line: line, Column: col, EndLine: line, EndColumn: endCol}
}

// sampleReport is a run over three invented articles about one race, with
// the findings deliberately out of order.
func sampleReport() finding.Report {
	const wire, daily, blog = "coverage/wire.txt", "coverage/daily.md", "coverage/blog.html"
	return finding.Report{
		Documents: []finding.Document{
			{Path: wire, Claims: 24, Quotes: 5},
			{Path: daily, Claims: 19, Quotes: 4},
			{Path: blog, Claims: 14, Quotes: 2},
		},
		Claims:     57,
		Suppressed: 2,
		Problems:   []finding.Problem{{Path: "coverage/scan.pdf", Message: "binary file, not an article"}},
		Rules: []finding.Rule{
			{ID: "number-conflict", Severity: finding.Error,
				Description: "Two statements of the same measure for the same entity and time cannot both be true. Rounding and hedges are allowed for.",
				Example:     `"took 51% of the vote" against "took 55% of the vote"`},
			{ID: "misquote", Severity: finding.Error,
				Description: "A quotation by the same speaker differs from another source's version of it.",
				Example:     `"a 9-point win" quoted elsewhere as "a win"`},
			{ID: "quote-speaker", Severity: finding.Error,
				Description: "The same quotation is credited to different speakers."},
			{ID: "garbled-reference", Severity: finding.Warning,
				Description: "A sentence whose references cannot be right as written.",
				Example:     `"Lopez told Lopez's donors"`},
			{ID: "dangling-number", Severity: finding.Warning,
				Description: "A number whose unit or noun was lost.",
				Example:     `"rose to 40 in the suburbs"`},
		},
		Findings: []finding.Finding{
			{
				Rule: "dangling-number", Severity: finding.Warning,
				Message:  `"49" has no unit; coverage/wire.txt has "49 percent"`,
				Location: region(blog, 8, 20, 95),
				Text:     "Turnout in the county surged to 49 in the eastern precincts, election officials said.",
				Focus:    "49",
				Evidence: []finding.Evidence{{Location: loc(wire, 12, 1),
					Text: "Turnout in the county surged to 49 percent in the eastern precincts, election officials said."}},
			},
			{
				Rule: "misquote", Severity: finding.Error,
				Message:  `quote from Priya Okafor differs from coverage/wire.txt: "12-point" is missing`,
				Location: region(daily, 9, 12, 88),
				Text:     `"We expected to win this by a margin, and the voters delivered," Okafor said.`,
				Entity:   "Priya Okafor",
				Evidence: []finding.Evidence{{Location: loc(wire, 7, 1),
					Text: `"We expected to win this by a 12-point margin, and the voters delivered," Okafor said.`}},
			},
			{
				Rule: "number-conflict", Severity: finding.Error,
				Message:  "vote share of Lena Marsh: 52.4% here, 54.2% in coverage/wire.txt",
				Location: region(daily, 4, 1, 134),
				Text:     "With all precincts reporting, Marsh finished with 52.4% of the vote, a margin that her campaign said would hold up in any recount.",
				Entity:   "Lena Marsh",
				Focus:    "52.4%",
				Evidence: []finding.Evidence{{Location: loc(wire, 3, 1),
					Text: "With all precincts reporting, Marsh finished with 54.2% of the vote, a margin that her campaign said would hold up in any recount."}},
			},
			{
				Rule: "garbled-reference", Severity: finding.Warning,
				Message:  `"Reyes told Reyes's": an entity acting on itself`,
				Location: region(blog, 5, 1, 81),
				Text:     "Reyes told Reyes's supporters in the eastern suburbs that the race was not over.",
				Entity:   "Tomas Reyes",
				Focus:    "Reyes told Reyes's",
			},
			{
				Rule: "number-conflict", Severity: finding.Error,
				Message:  "amount raised by Lena Marsh: $3.2 million here, $2.3 million in coverage/wire.txt and coverage/blog.html",
				Location: region(daily, 15, 1, 240),
				Text:     "Marsh, a former school board member who ran on a promise to repair the district's aging bridges and expand early-childhood programs, raised $3.2 million in the final quarter, according to filings with the state ethics commission released late on Friday evening.",
				Entity:   "Lena Marsh",
				Focus:    "$3.2 million",
				Evidence: []finding.Evidence{
					{Location: loc(wire, 20, 1), Text: "Marsh raised $2.3 million in the final quarter, according to filings with the state ethics commission."},
					{Location: loc(blog, 11, 7), Text: "Filings show Marsh raised $2.3 million in the quarter.", Focus: "$2.3 million"},
				},
			},
			{
				Rule: "quote-speaker", Severity: finding.Error,
				Message:  "quotation credited to Tomas Reyes here and to Dale Whitcomb in coverage/wire.txt",
				Location: region(blog, 2, 5, 98),
				Text:     `"Every ballot will be counted before we certify anything," Reyes told reporters on Tuesday.`,
				Entity:   "Tomas Reyes",
				Evidence: []finding.Evidence{{Location: loc(wire, 9, 1),
					Text: `"Every ballot will be counted before we certify anything," Whitcomb told reporters on Tuesday.`}},
			},
		},
		Facts: []finding.Fact{
			{Entity: "Tomas Reyes", Measure: "vote share", Text: "45.1%",
				Sources: []finding.Evidence{{Location: loc(wire, 3, 88)}, {Location: loc(daily, 4, 140)}}},
			{Measure: "turnout", Text: "61%",
				Sources: []finding.Evidence{{Location: loc(wire, 12, 40)}}},
		},
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		file string
		opts Options
	}{
		{"text.golden", Options{Facts: true}},
		{"text-color.golden", Options{Facts: true, Color: true}},
		{"text-full.golden", Options{Context: "full"}},
		{"json.golden", Options{Format: "json"}},
		{"sarif.golden", Options{Format: "sarif", Version: "0.3.0", InformationURI: "https://example.org/factdiff"}},
		{"html.golden", Options{Format: "html", Facts: true}},
		{"line.golden", Options{Format: "line"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, sampleReport(), tt.opts); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", path, buf.String())
			}
		})
	}
}

func TestWriteIsDeterministicAndLeavesInputAlone(t *testing.T) {
	r := sampleReport()
	first := r.Findings[0]
	for _, format := range Formats() {
		var a, b bytes.Buffer
		if err := Write(&a, r, Options{Format: format}); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, r, Options{Format: format}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two writes differ", format)
		}
	}
	if r.Findings[0].Rule != first.Rule || r.Findings[0].Location != first.Location {
		t.Errorf("Write reordered the caller's findings")
	}
}

func TestEmptyReport(t *testing.T) {
	for _, format := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, finding.Report{}, Options{Format: format}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if (format == "line") != (buf.Len() == 0) {
			t.Errorf("%s: want output only from formats with a summary, got %q", format, buf.String())
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, finding.Report{}, Options{Format: "json"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"documents": []`, `"findings": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty JSON report lacks %s:\n%s", want, buf.String())
		}
	}
	if strings.Contains(buf.String(), `"errors": [`) {
		t.Errorf("errors listed without problems:\n%s", buf.String())
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{{Format: "xml"}, {Context: "some"}} {
		if err := Write(&bytes.Buffer{}, sampleReport(), o); err == nil {
			t.Errorf("%+v: want an error", o)
		}
	}
}

func TestJSONContract(t *testing.T) {
	r := sampleReport()
	r.Findings = append(r.Findings, finding.Finding{Rule: "arithmetic", Location: loc("coverage/zz.txt", 1, 1)})
	var buf bytes.Buffer
	if err := Write(&buf, r, Options{Format: "json"}); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasSuffix(out, []byte("}\n")) || !bytes.HasPrefix(out, []byte("{\n  \"version\": 1,")) {
		t.Errorf("want two-space indentation and a trailing newline")
	}
	var got struct {
		Version   int `json:"version"`
		Documents []map[string]any
		Findings  []struct {
			Rule     string           `json:"rule"`
			Severity string           `json:"severity"`
			Location map[string]any   `json:"location"`
			Evidence []map[string]any `json:"evidence"`
		}
		Summary map[string]int
		Errors  []map[string]any
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"version", "documents", "findings", "summary", "errors"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("no %q", key)
		}
	}
	if got.Version != 1 || len(got.Documents) != 3 || len(got.Findings) != 7 || len(got.Errors) != 1 {
		t.Errorf("shape: %+v", got)
	}
	want := map[string]int{"documents": 3, "claims": 57, "findings": 7, "errors": 4, "warnings": 2, "infos": 1, "suppressed": 2}
	for k, v := range want {
		if got.Summary[k] != v {
			t.Errorf("summary %s = %d, want %d", k, got.Summary[k], v)
		}
	}
	last := got.Findings[len(got.Findings)-1]
	if last.Rule != "arithmetic" || last.Evidence == nil || last.Severity != "info" {
		t.Errorf("last finding %+v: want arithmetic, info, evidence []", last)
	}
	if !bytes.Contains(out, []byte(`"evidence": []`)) {
		t.Errorf("a finding without evidence must show evidence: []")
	}
	for i := 1; i < len(got.Findings); i++ {
		a, b := got.Findings[i-1].Location, got.Findings[i].Location
		if a["path"].(string) > b["path"].(string) {
			t.Errorf("findings not sorted by path at %d", i)
		}
	}
}

func TestTextColour(t *testing.T) {
	saved := color.NoColor
	defer func() { color.NoColor = saved }()
	for _, global := range []bool{true, false} {
		color.NoColor = global
		var on, off bytes.Buffer
		if err := Write(&on, sampleReport(), Options{Color: true}); err != nil {
			t.Fatal(err)
		}
		if err := Write(&off, sampleReport(), Options{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(on.String(), "\x1b[") {
			t.Errorf("global NoColor=%v: colour asked for but none written", global)
		}
		if strings.Contains(off.String(), "\x1b[") {
			t.Errorf("global NoColor=%v: colour written though not asked for", global)
		}
		if strings.Contains(on.String(), "[-") || strings.Contains(on.String(), "{+") {
			t.Errorf("colour output must not carry diff markers")
		}
	}
}

func TestTextShowsDroppedFigureAndPositions(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"coverage/daily.md:9:12 error misquote quote from Priya Okafor",
		"    coverage/wire.txt:7:1  ",
		"[-12-point -]",
		"[-54.2%-]{+52.4%+}",
		"coverage/scan.pdf: binary file, not an article",
		"2 findings suppressed",
		"by rule: dangling-number 1, garbled-reference 1, misquote 1, number-conflict 2, quote-speaker 1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
}

func TestTextNeutralisesControlCharacters(t *testing.T) {
	r := finding.Report{Findings: []finding.Finding{{
		Rule: "misquote", Message: "bad\x1b]0;title\x07 message", Location: loc("a\x1b[31m.txt", 1, 1),
		Text:     "Text with \x1b[2J a clear-screen and \u202e reversed.",
		Evidence: []finding.Evidence{{Location: loc("b.txt", 2, 1), Text: "Text with a \u009b1m clear-screen and\nnewline."}},
	}}}
	for _, format := range []string{"text", "line"} {
		var buf bytes.Buffer
		if err := Write(&buf, r, Options{Format: format}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.ContainsAny(out, "\x1b\x07\u009b\u202e") {
			t.Errorf("%s: control characters reached the output: %q", format, out)
		}
	}
}

func BenchmarkWriteText(b *testing.B) { benchmarkWrite(b, Options{}) }

func BenchmarkWriteJSON(b *testing.B) { benchmarkWrite(b, Options{Format: "json"}) }

// benchmarkWrite writes 1,000 findings, about 1 MB of text report.
func benchmarkWrite(b *testing.B, o Options) {
	base := sampleReport()
	r := base
	r.Findings = nil
	for i := 0; len(r.Findings) < 1000; i++ {
		f := base.Findings[i%len(base.Findings)]
		f.Location.Line += i
		r.Findings = append(r.Findings, f)
	}
	var buf bytes.Buffer
	if err := Write(&buf, r, o); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, r, o); err != nil {
			b.Fatal(err)
		}
	}
}
