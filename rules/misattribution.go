package rules

import (
	"fmt"
	"strings"

	"factdiff/claims"
	"factdiff/claims/names"
	"factdiff/finding"
)

var misattribution = Rule{
	Rule: finding.Rule{
		ID:          "misattribution",
		Severity:    finding.Error,
		Description: "A figure or role credited to a different entity than the other articles credit it to: a vote share, a threshold someone needed, an amount raised.",
		Example:     `"the 50% Lopez needed" where the other articles say the 50% was what Roe needed`,
	},
	run: func(s *Set, rule Rule) []finding.Finding {
		out := creditedAgainstMajority(s, rule)
		return append(out, creditedToOutsiders(s, rule, out)...)
	},
}

// creditedAgainstMajority flags a distinctive figure that more of the other
// articles credit to someone else.
func creditedAgainstMajority(s *Set, rule Rule) []finding.Finding {
	var out []finding.Finding
	for _, group := range s.byMeasure() {
		for _, r := range group {
			c := s.Claim(r)
			if !distinctive(c) {
				continue
			}
			mine := s.Canonical(c.Entity)
			if mine == "" {
				continue // credited to no one: nothing to misattribute
			}
			// Who do the other documents credit this figure to?
			credit := map[string]map[int]bool{}
			for _, o := range group {
				oc := s.Claim(o)
				if o.Doc == r.Doc || !sameFigure(c, oc) || s.sourced() && s.IsDraft(o.Doc) {
					continue
				}
				who := s.Canonical(oc.Entity)
				if credit[who] == nil {
					credit[who] = map[int]bool{}
				}
				credit[who][o.Doc] = true
			}
			// A document that gives the figure to both says nothing against
			// this one.
			for who, docs := range credit {
				for d := range credit[mine] {
					if who != mine {
						delete(docs, d)
					}
				}
			}
			// The article itself counts for its own version, unless it is
			// a draft of its sources; a tie goes to the candidate, the one
			// the articles give vote shares to.
			other, n := majority(credit, mine)
			backing := len(credit[mine])
			if !s.sourced() {
				backing++
			}
			if other == "" || n < backing || n == backing && s.candidacy(other) <= s.candidacy(mine) || s.credits(r.Doc, other, c) {
				continue
			}
			var ev []finding.Evidence
			for _, o := range group {
				if oc := s.Claim(o); o.Doc != r.Doc && sameFigure(c, oc) && s.Canonical(oc.Entity) == other {
					ev = append(ev, s.Evidence(o.Doc, oc.Span))
				}
			}
			msg := fmt.Sprintf("%s %s is credited to %s here; %d other article(s) credit it to %s",
				measureWords(c.Measure), show(c), mine, n, other)
			out = append(out, s.New(rule, r.Doc, c.Span, mine, msg, ev...))
		}
	}
	return out
}

// creditedToOutsiders flags, when a race sheet names the candidates, a
// threshold or a place in the count credited to a person who is not one of
// them, unless already flagged.
func creditedToOutsiders(s *Set, rule Rule, flagged []finding.Finding) []finding.Finding {
	if s.race == nil {
		return nil
	}
	type place struct {
		path  string
		start int
	}
	done := map[place]bool{}
	for _, f := range flagged {
		done[place{f.Location.Path, f.Location.Start}] = true
	}
	var cands []string
	for _, c := range s.race.Candidates {
		cands = append(cands, c.Name)
	}
	var out []finding.Finding
	for i, d := range s.Docs {
		people := map[string]bool{}
		for _, e := range d.Entities {
			people[e.Name] = e.Kind == string(names.Person)
		}
		for ci := range d.Claims {
			c := &d.Claims[ci]
			if c.Measure != "threshold" && c.Measure != "place" || !people[c.Entity] || s.Candidate(c.Entity) != nil {
				continue
			}
			f := s.New(rule, i, c.Span, s.Canonical(c.Entity),
				fmt.Sprintf("%s %s is credited to %s here, who is not a candidate in the race sheet", measureWords(c.Measure), show(c), s.Canonical(c.Entity)),
				finding.Evidence{Location: finding.Location{Path: s.race.Path}, Text: "candidates: " + strings.Join(cands, ", ")})
			if !done[place{f.Location.Path, f.Location.Start}] {
				out = append(out, f)
			}
		}
	}
	return out
}

// byMeasure groups the aligned claims by measure, whatever their entity, in
// a stable order.
func (s *Set) byMeasure() [][]Ref {
	index := map[string]int{}
	var out [][]Ref
	for _, k := range s.keys {
		mk := k.measure
		i, ok := index[mk]
		if !ok {
			i = len(out)
			index[mk] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], s.facts[k]...)
	}
	return out
}

// distinctive says whether a figure is specific enough that two articles
// giving it mean the same fact: a decimal share, an amount of money, a
// threshold; not a round count that many things share.
func distinctive(c *claims.Claim) bool {
	if c.Value == nil || c.Hedge != "none" {
		return false
	}
	switch c.Measure {
	case "threshold", "raised", "spent", "vote-share", "margin":
		return true
	}
	return false
}

// sameFigure reports whether two claims state the same figure, not merely
// compatible ones: the same kind and measure, overlapping intervals, neither
// hedged.
func sameFigure(a, b *claims.Claim) bool {
	if a.Kind != b.Kind || a.Measure != b.Measure || !timesMeet(a, b) || !distinctive(a) || !distinctive(b) {
		return false
	}
	return compatible(a, b)
}

// majority returns the entity most documents credit, other than mine, and
// how many documents do; ties go to no one.
func majority(credit map[string]map[int]bool, mine string) (string, int) {
	best, n, tie := "", 0, false
	for who, docs := range credit {
		if who == mine {
			continue
		}
		switch {
		case len(docs) > n:
			best, n, tie = who, len(docs), false
		case len(docs) == n:
			tie = true
		}
	}
	if tie {
		return "", 0
	}
	return best, n
}

// candidacy counts the documents that give an entity a vote share: how
// plainly the coverage treats it as a candidate.
func (s *Set) candidacy(entity string) int {
	docs := map[int]bool{}
	for _, r := range s.facts[factKey{entity: entity, measure: "vote-share"}] {
		docs[r.Doc] = true
	}
	return len(docs)
}

// credits reports whether document d also gives the figure to who: then the
// figure fits both and nothing is misattributed.
func (s *Set) credits(d int, who string, c *claims.Claim) bool {
	for _, o := range s.facts[factKey{entity: who, measure: c.Measure}] {
		if o.Doc == d && sameFigure(c, s.Claim(o)) {
			return true
		}
	}
	return false
}
