package rules

import (
	"factdiff/claims"
	"factdiff/finding"
)

var dateConflict = Rule{
	Rule: finding.Rule{
		ID:          "date-conflict",
		Severity:    finding.Error,
		Description: "The same event given different dates: an election, a runoff, a primary.",
		Example:     `"the June 13 runoff" against "the runoff on June 20"`,
	},
	run: func(s *Set, rule Rule) []finding.Finding {
		var out []finding.Finding
		for _, k := range s.dateKeys {
			out = append(out, conflicts(s, rule, s.dates[k], "", func(*claims.Claim) string { return "the " + k })...)
		}
		return out
	},
}
