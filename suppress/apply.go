package suppress

import (
	"sort"

	"factdiff/finding"
)

// Apply drops the findings that marks in their own file cover, counting
// them in r.Suppressed, and returns the problems with the marks of every
// file in raws (keyed by the paths the findings carry), unknown rule ids
// included, sorted by file and line. A finding is covered when its start
// lies in a region whose rules include the finding's rule; a finding
// without a line (one about a race sheet, say) is never covered.
func Apply(r *finding.Report, raws map[string][]byte) []finding.Problem {
	known := make(map[string]bool, len(r.Rules))
	for _, rule := range r.Rules {
		known[rule.ID] = true
	}
	paths := make([]string, 0, len(raws))
	for p := range raws {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var problems []finding.Problem
	covered := map[string]coverage{}
	for _, p := range paths {
		regions, ps := Find(p, raws[p])
		problems = append(problems, ps...)
		var kept []Region
		for _, g := range regions {
			rules, unknown := splitRules(g.Rules, known)
			for _, id := range unknown {
				problems = append(problems, finding.Problem{Path: p, Line: g.Line,
					Message: "no rule is called " + quote(id) + " (see factdiff rules); the mark does not cover it"})
			}
			if len(g.Rules) > 0 && len(rules) == 0 {
				continue // it named only rules that do not exist: it covers nothing, not everything
			}
			g.Rules = rules
			kept = append(kept, g)
		}
		if len(kept) > 0 {
			covered[p] = newCoverage(kept)
		}
	}
	sort.SliceStable(problems, func(i, j int) bool {
		if problems[i].Path != problems[j].Path {
			return problems[i].Path < problems[j].Path
		}
		return problems[i].Line < problems[j].Line
	})
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if c, ok := covered[f.Location.Path]; ok && f.Location.Line > 0 && c.covers(f.Rule, f.Location.Start) {
			r.Suppressed++
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
	return problems
}

// splitRules splits rule ids into the known and the unknown ones.
func splitRules(ids []string, known map[string]bool) (ok, unknown []string) {
	for _, id := range ids {
		if known[id] {
			ok = append(ok, id)
		} else {
			unknown = append(unknown, id)
		}
	}
	return ok, unknown
}

// coverage holds one file's regions as sorted, disjoint intervals per rule
// id ("" for the regions that cover every rule), so that each finding
// costs a binary search however many marks the file has.
type coverage map[string][]span

func newCoverage(regions []Region) coverage {
	c := coverage{}
	for _, g := range regions {
		if len(g.Rules) == 0 {
			c[""] = append(c[""], span{g.Start, g.End})
		}
		for _, id := range g.Rules {
			c[id] = append(c[id], span{g.Start, g.End})
		}
	}
	for id, spans := range c {
		c[id] = merge(spans)
	}
	return c
}

// merge sorts spans and joins the ones that overlap or touch.
func merge(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.start <= last.end {
			last.end = max(last.end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (c coverage) covers(rule string, off int) bool {
	return inSpans(c[""], off) || (rule != "" && inSpans(c[rule], off))
}

func inSpans(spans []span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > off })
	return i < len(spans) && spans[i].start <= off
}
