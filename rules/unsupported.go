package rules

import (
	"fmt"
	"strconv"

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
				msg := fmt.Sprintf("%s is in no source: none states this %s or allows it", show(c), measureWords(c.Measure))
				out = append(out, s.New(rule, i, c.Span, c.Entity, msg))
			}
		}
		return out
	},
}

// checkable says whether a draft figure is one an editor would want backed:
// a stated quantity or date, a day without its year too ("April 21"); not
// "one" or "first", which prose uses for much besides counting, nor a bare
// month ("in June"), which a source often gives only as a day or a weekday.
func checkable(c *claims.Claim) bool {
	switch c.Kind {
	case figures.Percent, figures.Points, figures.Money, figures.Count, figures.Age:
		return c.Value != nil
	case figures.Date:
		return c.Date != "" && (c.Date[0] != 'X' || dayOf(c.Date) != "")
	case figures.Number, figures.Ordinal:
		return c.Value != nil && *c.Value >= 2
	}
	return false
}

// valueIndex finds the source figures that back a draft's: the same value
// in a kind that can be the same fact ("2 people" and "two people"), or a
// figure of the same kind that the draft's wording allows ("about 47
// percent" by "47.3%"). A source that says less than the draft ("more than
// 40") does not back a precise draft figure ("46"): the precision would be
// the draft's own invention. A limit allows the figure its writer likely
// had, not all it is true of: "more than $5 million" is no way to tell
// "$5 billion". A bare number is backed by the day of a source
// date too: a draft in lower case writes "may 7", which reads as a number,
// where the source has the date "May 7".
type valueIndex struct {
	byKind  map[figures.Kind][]*claims.Claim
	byValue map[float64][]*claims.Claim
	dates   map[string]bool
	days    map[float64]bool
}

func newValueIndex(cs []*claims.Claim) *valueIndex {
	ix := &valueIndex{byKind: map[figures.Kind][]*claims.Claim{}, byValue: map[float64][]*claims.Claim{}, dates: map[string]bool{}, days: map[float64]bool{}}
	for _, c := range cs {
		ix.byKind[c.Kind] = append(ix.byKind[c.Kind], c)
		if c.Date != "" {
			ix.dates[c.Date] = true
			if day, err := strconv.Atoi(dayOf(c.Date)); err == nil {
				ix.days[float64(day)] = true
			}
		}
		if c.Value != nil {
			ix.byValue[*c.Value] = append(ix.byValue[*c.Value], c)
		}
	}
	return ix
}

func (ix *valueIndex) supports(c *claims.Claim) bool {
	if c.Date != "" {
		for d := range ix.dates {
			if covers(d, c.Date) {
				return true
			}
		}
		return false
	}
	if c.Kind == figures.Number && ix.days[*c.Value] {
		return true
	}
	for _, o := range ix.byValue[*c.Value] {
		if sameKind(c, o) {
			return true
		}
	}
	lo, hi := likely(c)
	for _, o := range ix.byKind[c.Kind] {
		if olo, ohi := likely(o); olo >= lo-1e-9 && ohi <= hi+1e-9 && sameKind(c, o) {
			return true
		}
	}
	return false
}

// sameKind says whether a source figure's kind lets it back a draft figure
// of the same value: a long source full of numbers (an earnings call) has a
// "7 stores" for nearly every changed "7%". Where the reader is sure of
// both kinds they must agree: a share (percent or points, which drafts
// mix up), money, an age, a count of the same thing. A bare number is
// unsure, in a lower-case draft often a figure whose noun was not read, so
// it backs and is backed by any kind but an ordinal: "second" and "third"
// are no way to write 2 or 3 in any case.
func sameKind(a, b *claims.Claim) bool {
	if a.Kind == figures.Number || b.Kind == figures.Number {
		return a.Kind != figures.Ordinal && b.Kind != figures.Ordinal
	}
	if a.Kind == b.Kind {
		return a.Kind != figures.Count || a.Unit == b.Unit
	}
	return shareKind(a.Kind) && shareKind(b.Kind)
}

func shareKind(k figures.Kind) bool { return k == figures.Percent || k == figures.Points }

// dayOf returns the day of an ISO date ("2017-06-20", "XXXX-06-20"), or ""
// when it gives none.
func dayOf(date string) string {
	if len(date) != len("2006-01-02") {
		return ""
	}
	return date[8:]
}

// covers says whether a source date states everything a draft date does: a
// source's "June 20" (year unknown) does not back a draft's "2017".
func covers(source, draft string) bool {
	if len(source) < len(draft) {
		return false
	}
	for i := range len(draft) {
		if draft[i] != 'X' && source[i] != draft[i] {
			return false
		}
	}
	return true
}
