package rules

import (
	"fmt"

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
			refs := s.dates[k]
			if selfContradicts(s, refs) {
				continue
			}
			for _, r := range deviants(s, refs) {
				c := s.Claim(r)
				var ev []finding.Evidence
				other := ""
				for _, o := range refs {
					if o.Doc != r.Doc && s.conflict(r, o) {
						ev = append(ev, s.Evidence(o.Doc, s.Claim(o).Span))
						if other == "" {
							other = fmt.Sprintf("%s says %s", s.Docs[o.Doc].Path, show(s.Claim(o)))
						}
					}
				}
				msg := fmt.Sprintf("the %s is %s here; %s", k, show(c), other)
				out = append(out, s.New(rule, r.Doc, c.Span, "", msg, ev...))
			}
		}
		return out
	},
}
