package reports

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"factdiff/finding"
)

// checkSARIF validates what SARIF 2.1.0 and GitHub code scanning require of
// a log, returning the problems found.
func checkSARIF(data []byte) []string {
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string                 `json:"ruleId"`
				RuleIndex *int                   `json:"ruleIndex"`
				Level     string                 `json:"level"`
				Message   *struct{ Text string } `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region *struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					ID *int `json:"id"`
				} `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		return []string{err.Error()}
	}
	var bad []string
	if log.Version != "2.1.0" {
		bad = append(bad, "version is not 2.1.0")
	}
	if len(log.Runs) != 1 {
		return append(bad, "want exactly one run")
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name == "" {
		bad = append(bad, "no tool.driver.name")
	}
	for i, r := range run.Results {
		switch {
		case r.Message == nil || r.Message.Text == "":
			bad = append(bad, "result without message.text")
		case r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(run.Tool.Driver.Rules):
			bad = append(bad, "ruleIndex out of range")
		case run.Tool.Driver.Rules[*r.RuleIndex].ID != r.RuleID:
			bad = append(bad, "ruleIndex names another rule")
		case r.Level != "error" && r.Level != "warning" && r.Level != "note":
			bad = append(bad, "bad level "+r.Level)
		case len(r.Locations) == 0:
			bad = append(bad, "result without locations")
		}
		for _, l := range r.Locations {
			pl := l.PhysicalLocation
			if pl.ArtifactLocation.URI == "" || strings.Contains(pl.ArtifactLocation.URI, `\`) {
				bad = append(bad, "bad artifactLocation.uri "+pl.ArtifactLocation.URI)
			}
			if pl.Region == nil || pl.Region.StartLine < 1 || pl.Region.StartColumn < 1 {
				bad = append(bad, "region must start at line and column >= 1")
			}
		}
		for _, rl := range r.RelatedLocations {
			if rl.ID == nil || !strings.Contains(r.Message.Text, "](") {
				bad = append(bad, "related location not linked from the message of result "+string(rune('0'+i)))
			}
		}
	}
	return bad
}

func writeSARIFBytes(t *testing.T, r finding.Report, o Options) []byte {
	t.Helper()
	o.Format = "sarif"
	var buf bytes.Buffer
	if err := Write(&buf, r, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIFValid(t *testing.T) {
	r := sampleReport()
	// A finding of a rule the report did not describe must still index a rule.
	r.Findings = append(r.Findings, finding.Finding{Rule: "date-conflict", Severity: finding.Error,
		Message: "date of the runoff [as reported] differs", Location: loc("coverage/blog.html", 30, 2), Text: "The runoff is on June 9."})
	for _, rep := range []finding.Report{r, {}} {
		if bad := checkSARIF(writeSARIFBytes(t, rep, Options{})); len(bad) > 0 {
			t.Errorf("invalid SARIF: %v", bad)
		}
	}
	out := string(writeSARIFBytes(t, r, Options{}))
	for _, want := range []string{`"columnKind": "unicodeCodePoints"`, `"uriBaseId": "%SRCROOT%"`,
		`(see [wire.txt:7](1))`, `date of the runoff \\[as reported\\] differs`, `"$schema"`} {
		if !strings.Contains(out, want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}

func TestSARIFLocations(t *testing.T) {
	tests := []struct {
		workDir, path, uri, base string
	}{
		{"", "coverage/wire.txt", "coverage/wire.txt", "%SRCROOT%"},
		{"/srv/news", "/srv/news/coverage/a b.txt", "coverage/a%20b.txt", "%SRCROOT%"},
		{"/srv/news", "/tmp/draft.txt", "file:///tmp/draft.txt", ""},
		{"/srv/news", "/srv/newsroom/x.txt", "file:///srv/newsroom/x.txt", ""},
		{"", "./notes/../draft:1.md", "./draft:1.md", "%SRCROOT%"},
	}
	for _, tt := range tests {
		s := &sarifBuilder{workDir: tt.workDir, ruleIndex: map[string]int{}, seen: map[string]bool{}}
		got := s.artifactLocation(tt.path)
		if got.URI != tt.uri || got.URIBaseID != tt.base {
			t.Errorf("%q in %q: got %+v, want %q base %q", tt.path, tt.workDir, got, tt.uri, tt.base)
		}
	}
}

func TestSARIFFingerprint(t *testing.T) {
	f := sampleReport().Findings[1]
	fp := func(f finding.Finding) string {
		s := &sarifBuilder{ruleIndex: map[string]int{}, seen: map[string]bool{}}
		return s.result(f).PartialFingerprints[fingerprintKey]
	}
	moved := f
	moved.Location.Line += 40
	moved.Text = strings.ReplaceAll(f.Text, " ", "\n ")
	if fp(f) != fp(moved) {
		t.Errorf("fingerprint changed when the finding moved or was rewrapped")
	}
	edited := f
	edited.Text += " More."
	if fp(f) == fp(edited) {
		t.Errorf("fingerprint kept when the flagged text changed")
	}
}
