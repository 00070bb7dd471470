package rules

import (
	"strings"

	"factdiff/claims"
	"factdiff/finding"
)

// sheet returns the fact sheet of the set: each figure about a named entity
// that at least two documents state and that no two statements of it
// contradict. A fact in any doubt is left out, since the sheet tells an
// editor what needs no more checking.
func (s *Set) sheet() []finding.Fact {
	var out []finding.Fact
	for _, k := range s.keys {
		refs := s.facts[k]
		if k.entity == "" || !s.settled(refs) {
			continue
		}
		best := refs[0]
		var sources []finding.Evidence
		seen := map[int]bool{}
		for _, r := range refs {
			if precision(s.Claim(r)) < precision(s.Claim(best)) {
				best = r
			}
			if !seen[r.Doc] {
				seen[r.Doc] = true
				sources = append(sources, s.Evidence(r.Doc, s.Claim(r).Span))
			}
		}
		if len(seen) < 2 {
			continue
		}
		c := s.Claim(best)
		text := s.Docs[best.Doc].Text.S[c.Span.Start:c.Span.End]
		what := measureWords(k.measure)
		if c.Time != "" {
			what += " (" + c.Time + ")"
		}
		out = append(out, finding.Fact{Entity: k.entity, Measure: what, Text: strings.Join(strings.Fields(text), " "), Sources: sources})
	}
	return out
}

// settled says whether every pair of statements of one fact speaks of the
// same time and can be true together.
func (s *Set) settled(refs []Ref) bool {
	for i, a := range refs {
		for _, b := range refs[i+1:] {
			if !s.related(a, b) || !compatible(s.Claim(a), s.Claim(b)) {
				return false
			}
		}
	}
	return true
}

// precision is the width of what a claim allows, so the sheet quotes the
// most exact statement of a fact.
func precision(c *claims.Claim) float64 {
	lo, hi := bounds(c)
	return hi - lo
}
