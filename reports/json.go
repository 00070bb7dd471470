package reports

import (
	"bufio"
	"encoding/json"

	"factdiff/finding"
)

// jsonReport is the findings contract (spec/findings.md), field for field;
// Errors is an addition that appears only when some input was unreadable.
type jsonReport struct {
	Version   int                `json:"version"`
	Documents []finding.Document `json:"documents"`
	Findings  []finding.Finding  `json:"findings"`
	Summary   jsonSummary        `json:"summary"`
	Errors    []finding.Problem  `json:"errors,omitempty"`
}

type jsonSummary struct {
	Documents  int `json:"documents"`
	Claims     int `json:"claims"`
	Findings   int `json:"findings"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Infos      int `json:"infos"`
	Suppressed int `json:"suppressed,omitempty"`
	Baselined  int `json:"baselined,omitempty"`
}

func writeJSON(w *bufio.Writer, r finding.Report, _ Options) error {
	s := summarize(r)
	docs := r.Documents
	if docs == nil {
		docs = []finding.Document{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonReport{
		Version:   1,
		Documents: docs,
		Findings:  r.Findings,
		Summary: jsonSummary{
			Documents: s.Documents, Claims: s.Claims, Findings: s.Findings,
			Errors: s.Errors, Warnings: s.Warnings, Infos: s.Infos, Suppressed: s.Suppressed, Baselined: s.Baselined,
		},
		Errors: r.Problems,
	})
}
