package rules

import (
	"fmt"

	"factdiff/claims"
	"factdiff/claims/figures"
	"factdiff/finding"
)

var unsupportedFigure = Rule{
	Rule: finding.Rule{
		ID:          "unsupported-figure",
		Severity:    finding.Warning,
		Description: "A figure in a draft that no source states or allows, after rounding and hedges.",
		Example:     `a draft's "$4.1 million" when the sources say "$3.4 million"`,
	},
	CheckOnly: true,
	run: func(s *Set, rule Rule) []finding.Finding {
		var sources []*claims.Claim
		for i, d := range s.Docs {
			if s.IsDraft(i) {
				continue
			}
			for ci := range d.Claims {
				sources = append(sources, &d.Claims[ci])
			}
		}
		index := newValueIndex(sources)
		var out []finding.Finding
		for i, d := range s.Docs {
			if !s.IsDraft(i) {
				continue
			}
			for ci := range d.Claims {
				c := &d.Claims[ci]
				if !checkable(c) || index.supports(c) {
					continue
				}
				msg := fmt.Sprintf("%s is not in the sources: no source states %s or allows it", show(c), measureWords(c.Measure))
				out = append(out, s.New(rule, i, c.Span, c.Entity, msg))
			}
		}
		return out
	},
}

// checkable says whether a draft figure is one an editor would want backed:
// a stated quantity, not an ordinal, a bare small number or a weekday.
func checkable(c *claims.Claim) bool {
	switch c.Kind {
	case figures.Percent, figures.Points, figures.Money, figures.Count, figures.Age:
		return c.Value != nil
	case figures.Date:
		return c.Date != "" && c.Date[0] != 'X'
	case figures.Number, figures.Ordinal:
		return c.Value != nil && *c.Value >= 10
	}
	return false
}

// valueIndex finds source figures of any kind near a value, so a draft's
// "2 people" is backed by a source's "two people" and "48 percent" by
// "47.3%", without comparing every pair.
type valueIndex struct {
	byKind map[figures.Kind][]*claims.Claim
	dates  map[string]bool
	values map[float64]bool
}

func newValueIndex(cs []*claims.Claim) *valueIndex {
	ix := &valueIndex{byKind: map[figures.Kind][]*claims.Claim{}, dates: map[string]bool{}, values: map[float64]bool{}}
	for _, c := range cs {
		ix.byKind[c.Kind] = append(ix.byKind[c.Kind], c)
		if c.Date != "" {
			ix.dates[c.Date] = true
		}
		if c.Value != nil {
			ix.values[*c.Value] = true
		}
	}
	return ix
}

func (ix *valueIndex) supports(c *claims.Claim) bool {
	if c.Date != "" {
		for d := range ix.dates {
			if datesMeet(c.Date, d) && len(d) >= len(c.Date) {
				return true
			}
		}
		return false
	}
	if ix.values[*c.Value] {
		return true
	}
	for _, o := range ix.byKind[c.Kind] {
		if compatible(c, o) {
			return true
		}
	}
	return false
}
