// Package finding holds the vocabulary shared by the rules that find problems
// and the reports that show them: a Finding, its severity and location, and a
// Report of one run. It does no checking and no formatting, so neither side
// needs to know the other.
package finding

import (
	"fmt"
	"sort"
)

// Severity orders how much a finding matters.
type Severity int

// Severities from least to most serious; the zero value is Info so an unset
// severity never fails a build by accident.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = [...]string{"info", "warning", "error"}

func (s Severity) String() string {
	if s < Info || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if n == s {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// MarshalText writes the severity's name, as the JSON contract wants.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Location is a span in an original file: 1-based lines, columns in code
// points, EndColumn exclusive. Start and End are the byte offsets behind it.
type Location struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line,omitempty"`
	EndColumn int    `json:"end_column,omitempty"`
	Start     int    `json:"-"`
	End       int    `json:"-"`
}

// Evidence is a statement elsewhere that a finding rests on.
type Evidence struct {
	Location
	Text string `json:"text"`
	// Focus is the part of Text that disagrees (a figure, a quotation).
	Focus string `json:"focus,omitempty"`
}

// Finding is one thing wrong in one document.
type Finding struct {
	Rule     string     `json:"rule"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Location Location   `json:"location"`
	Text     string     `json:"text"`
	Entity   string     `json:"entity,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Focus is the part of Text the finding is about (a figure, a quotation),
	// so a report can trim a long sentence around it.
	Focus string `json:"focus,omitempty"`
	// Cluster names the race or event in an audit; empty elsewhere.
	Cluster string `json:"cluster,omitempty"`
}

// Rule describes one check, for `factdiff rules`, SARIF and help texts.
type Rule struct {
	ID          string
	Severity    Severity
	Description string
	Example     string
}

// Document is what a report says about one input.
type Document struct {
	Path   string `json:"path"`
	Claims int    `json:"claims"`
	Quotes int    `json:"quotes"`
}

// Fact is a figure the documents agree on, for the fact sheet of a race.
type Fact struct {
	Entity  string     `json:"entity,omitempty"`
	Measure string     `json:"measure"`
	Text    string     `json:"text"`
	Sources []Evidence `json:"sources"`
}

// Problem is an input that could not be read as an article. It is reported
// beside the findings of the inputs that could, never instead of them.
type Problem struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// Report is the outcome of one run, in the order the contract wants.
type Report struct {
	Documents []Document
	Findings  []Finding
	Problems  []Problem
	Rules     []Rule
	Facts     []Fact
	// Claims counts the figures read in all documents, for the summary.
	Claims int
	// Suppressed counts findings an editor marked as checked.
	Suppressed int
	// Baselined counts findings left out because a baseline file already
	// records them (--baseline), so known problems are not reported anew.
	Baselined int
}

// Sort orders findings by path, line, column, rule, then message, so that
// output is the same byte for byte however the findings were produced.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Location.Path != b.Location.Path {
			return a.Location.Path < b.Location.Path
		}
		if a.Location.Line != b.Location.Line {
			return a.Location.Line < b.Location.Line
		}
		if a.Location.Column != b.Location.Column {
			return a.Location.Column < b.Location.Column
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// Counts tallies findings by severity.
func Counts(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}
