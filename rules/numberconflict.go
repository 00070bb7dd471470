package rules

import (
	"fmt"

	"factdiff/claims"

	"factdiff/finding"
)

var numberConflict = Rule{
	Rule: finding.Rule{
		ID:          "number-conflict",
		Severity:    finding.Error,
		Description: "Two statements of the same measure for the same entity and time whose values cannot both be true, after rounding and hedges (nearly, just under, more than) are taken into account.",
		Example:     `"Roe took 41.2% of the vote" against "Roe won 44 percent of the vote"`,
	},
	run: func(s *Set, rule Rule) []finding.Finding {
		var out []finding.Finding
		for _, k := range s.keys {
			out = append(out, conflicts(s, rule, s.facts[k], k.entity, func(c *claims.Claim) string {
				return about(k.entity, c)
			})...)
		}
		return out
	},
}

// conflicts flags the claims among refs that more documents contradict than
// support, each with the contradicting statements as evidence; what names
// the fact in the message ("Roe's vote share", "the runoff").
func conflicts(s *Set, rule Rule, refs []Ref, entity string, what func(*claims.Claim) string) []finding.Finding {
	if entity != "" && selfContradicts(s, refs) {
		return nil
	}
	var out []finding.Finding
	for _, r := range deviants(s, refs) {
		if near := neighbours(s, r, refs); entity == "" && selfContradicts(s, near) && !restated(s, r, near, refs) {
			continue
		}
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
		msg := fmt.Sprintf("%s is %s here; %s", what(c), show(c), other)
		f := s.New(rule, r.Doc, c.Span, entity, msg, ev...)
		if s.context[r] != nil {
			f.Severity = finding.Warning // aligned by the words around it, not by whose it is
		}
		out = append(out, f)
	}
	return out
}

// selfContradicts reports whether one document gives incompatible figures
// under one key: then the key does not pin down one fact (two contests, a
// before and an after) and comparing across documents would cry wolf. Facts
// aligned by their words rather than an entity are judged claim by claim.
func selfContradicts(s *Set, refs []Ref) bool {
	for i, a := range refs {
		for _, b := range refs[i+1:] {
			if a.Doc == b.Doc && s.conflict(a, b) {
				return true
			}
		}
	}
	return false
}

// neighbours returns r and the claims near it in its own document (in its
// sentence or the next or previous one) that speak of the same fact as r: a
// writer who sets two amounts side by side means two facts, while one who
// gives a figure twice, far apart and differently, contradicts himself,
// and the other articles decide which statement deviates.
func neighbours(s *Set, r Ref, refs []Ref) []Ref {
	out := []Ref{r}
	at := s.Claim(r).SentenceIndex
	for _, o := range refs {
		if near := s.Claim(o).SentenceIndex - at; o.Doc == r.Doc && o != r && near >= -1 && near <= 1 && s.related(r, o) {
			out = append(out, o)
		}
	}
	return out
}

// restated reports whether the figures beside r in its document (near,
// after r itself) agree with a statement of another article that r
// contradicts, but in words less like that statement's than r's: the writer
// told one fact twice with two figures ("paid $84,000 to settle the claim
// ... pledged to repay the $58,800"), rather than setting two facts side by
// side, and r is the one that deviates.
func restated(s *Set, r Ref, near, refs []Ref) bool {
	for _, o := range refs {
		if o.Doc == r.Doc || !s.conflict(r, o) {
			continue
		}
		k := s.kinship(r, o)
		closer := true
		for _, n := range near[1:] {
			if !compatible(s.Claim(n), s.Claim(o)) || s.kinship(n, o) >= k {
				closer = false
				break
			}
		}
		if closer {
			return true
		}
	}
	return false
}

// deviants returns the claims that more other documents contradict than
// support; a document that gives the claim's value anywhere under the same
// key does not contradict it, whatever it says beside. With two documents in disagreement both sides deviate: neither
// has a majority, and each is shown with the other as evidence.
//
// A fact told in every article of a large race has as many statements as
// articles, so the cheap comparisons of values come first and the costly
// comparisons of words (related) only where they can change the outcome:
// for the statements that disagree with r, and for those that agree until
// they outnumber the disagreeing articles.
func deviants(s *Set, refs []Ref) []Ref {
	var out []Ref
	sts := make([]statement, len(refs))
	for i, r := range refs {
		sts[i] = statementOf(s.Claim(r))
	}
	ok, states := make([]bool, len(refs)), map[int]bool{}
	for i, r := range refs {
		clear(states) // documents that give r's value somewhere
		disagree := 0
		for j, o := range refs {
			if o.Doc == r.Doc {
				continue
			}
			ok[j] = sts[i].meets(sts[j])
			states[o.Doc] = states[o.Doc] || sts[j].gives(sts[i])
			if !ok[j] {
				disagree++
			}
		}
		if disagree == 0 {
			continue
		}
		against := map[int]bool{}
		for j, o := range refs {
			if o.Doc != r.Doc && !ok[j] && !states[o.Doc] && !against[o.Doc] && s.related(r, o) {
				against[o.Doc] = true
			}
		}
		support := map[int]bool{}
		for j, o := range refs {
			if len(support) >= len(against) {
				break
			}
			if o.Doc != r.Doc && ok[j] && !support[o.Doc] && s.related(r, o) {
				support[o.Doc] = true
			}
		}
		if len(against) > len(support) {
			out = append(out, refs[i])
		}
	}
	return out
}
