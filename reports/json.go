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
	Summary   summary            `json:"summary"`
	Errors    []finding.Problem  `json:"errors,omitempty"`
}

func writeJSON(w *bufio.Writer, r finding.Report, _ Options) error {
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
		Summary:   summarize(r),
		Errors:    r.Problems,
	})
}
