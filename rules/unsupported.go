package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"factdiff/claims"
	"factdiff/claims/ascii"
	"factdiff/claims/figures"
	"factdiff/finding"
)

var unsupportedFigure = Rule{
	Rule: finding.Rule{
		ID:          "unsupported-figure",
		Severity:    finding.Warning,
		Description: "A figure in a draft that no source states or allows, after rounding and hedges; a date the sources give only to another event.",
		Example:     `a draft's "$4.1 million" when the sources say "$3.4 million"`,
	},
	CheckOnly: true,
	run: func(s *Set, rule Rule) []finding.Finding {
		index := newValueIndex()
		for i, d := range s.Docs {
			if s.IsDraft(i) {
				continue
			}
			for ci := range d.Claims {
				index.add(d, &d.Claims[ci])
			}
			index.texts = append(index.texts, d.Text.S)
			for _, n := range numerals(d.Text.S) {
				index.numerals[n.digits] = true
			}
		}
		events := &eventDates{s: s}
		var out []finding.Finding
		for i, d := range s.Docs {
			if !s.IsDraft(i) {
				continue
			}
			for ci := range d.Claims {
				c := &d.Claims[ci]
				switch {
				case !checkable(c):
				case !index.supports(d, c):
					if !index.named(c.Text) {
						msg := fmt.Sprintf("%s is in no source: none states this %s or allows it", show(c), measureWords(c.Measure))
						out = append(out, s.New(rule, i, c.Span, c.Entity, msg))
					}
				case c.Date != "":
					if ev, ok := events.elsewhere(d, c); ok {
						msg := fmt.Sprintf("%s is given to the wrong event: the sources tell this with another time, and give %s to something else", show(c), c.Text)
						out = append(out, s.New(rule, i, c.Span, c.Entity, msg, ev))
					}
				}
			}
			out = append(out, unsupportedNumerals(s, rule, i, index)...)
		}
		return out
	},
}

// unsupportedNumerals flags the numbers written in digits outside any figure
// of draft i (a clock time, a road, a station, a score) that no source
// writes and no source figure has as its value: the figure reader passes
// them over as labels, yet a changed one is a changed fact.
func unsupportedNumerals(s *Set, rule Rule, i int, index *valueIndex) []finding.Finding {
	d := s.Docs[i]
	var out []finding.Finding
	k := 0 // the claims come in order of their spans
	for _, n := range numerals(d.Text.S) {
		for k < len(d.Claims) && d.Claims[k].Span.End <= n.start {
			k++
		}
		if k < len(d.Claims) && d.Claims[k].Span.Start < n.end || index.numerals[n.digits] {
			continue
		}
		if v, err := strconv.ParseFloat(n.digits, 64); err == nil && len(index.byValue[v]) > 0 {
			continue
		}
		sp := claims.Span{Start: n.start, End: n.end}
		msg := fmt.Sprintf("%q: no source writes the number %s", d.Text.S[n.start:n.end], n.digits)
		out = append(out, s.New(rule, i, sp, "", msg))
	}
	return out
}

// digitRun is a number written in digits: its place and its digits, without
// thousands separators.
type digitRun struct {
	start, end int
	digits     string
}

// numerals returns the numbers written in digits in text, each a run of
// digits with the commas and decimal points between them.
func numerals(text string) []digitRun {
	var out []digitRun
	for i := 0; i < len(text); i++ {
		if !isASCIIDigit(text[i]) {
			continue
		}
		j := i
		for j < len(text) && (isASCIIDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isASCIIDigit(text[j+1]) && j > i) {
			j++
		}
		out = append(out, digitRun{i, j, strings.ReplaceAll(text[i:j], ",", "")})
		i = j
	}
	return out
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
// "$5 billion". A bare number after a month's name is backed by the
// source's date of that day: a draft in lower case writes "may 7", which
// reads as a number, where the source has the date "May 7".
type valueIndex struct {
	byKind   map[figures.Kind][]sourced
	byValue  map[float64][]sourced
	dates    map[string]bool
	days     map[monthDay]bool
	context  map[*claims.Claim]map[string]bool // of the figures compared, read once
	texts    []string                          // of the sources
	numerals map[string]bool                   // the sources' numbers written in digits
	lower    []string                          // texts lower-cased, made when first needed
}

// sourced is a figure with the document it is in.
type sourced struct {
	d *claims.Document
	c *claims.Claim
}

func newValueIndex() *valueIndex {
	return &valueIndex{byKind: map[figures.Kind][]sourced{}, byValue: map[float64][]sourced{}, dates: map[string]bool{},
		days: map[monthDay]bool{}, context: map[*claims.Claim]map[string]bool{}, numerals: map[string]bool{}}
}

// add indexes a source figure.
func (ix *valueIndex) add(d *claims.Document, c *claims.Claim) {
	p := sourced{d, c}
	ix.byKind[c.Kind] = append(ix.byKind[c.Kind], p)
	if c.Date != "" {
		ix.dates[c.Date] = true
		if day, err := strconv.Atoi(dayOf(c.Date)); err == nil {
			month, _ := strconv.Atoi(c.Date[5:7])
			ix.days[monthDay{month, day}] = true
		}
	}
	if c.Value != nil {
		ix.byValue[*c.Value] = append(ix.byValue[*c.Value], p)
	}
}

// supports says whether a source backs figure c of draft d: the same value
// or a value c's wording allows, in a kind that can be the same fact, said
// of something the draft's words around c speak of too.
func (ix *valueIndex) supports(d *claims.Document, c *claims.Claim) bool {
	draft := sourced{d, c}
	if c.Date != "" {
		for date := range ix.dates {
			if covers(date, c.Date) {
				return true
			}
		}
		return false
	}
	if c.Kind == figures.Number && ix.days[monthDay{monthBefore(d.Text.S[:c.Span.Start]), int(*c.Value)}] {
		return true
	}
	for _, o := range ix.byValue[*c.Value] {
		if sameKind(c, o.c) && ix.about(draft, o) {
			return true
		}
	}
	lo, hi := likely(c)
	for _, o := range ix.byKind[c.Kind] {
		if olo, ohi := likely(o.c); olo >= lo-1e-9 && ohi <= hi+1e-9 && sameKind(c, o.c) && ix.about(draft, o) {
			return true
		}
	}
	return false
}

// about says whether a source figure may be the draft figure's fact: the
// words near the two share a content word, or one of them has none to
// compare. A value the source gives only of something else ("$530,000" a
// donor gave, in a draft about what another gave) backs nothing: an editor
// who changed a figure often took another from the same story.
func (ix *valueIndex) about(draft, source sourced) bool {
	if draft.c.Kind == figures.Age || draft.c.Kind == figures.Ordinal || appositive(draft) {
		return true // "the 39-year-old", "Pat, 69,": an age of a person named elsewhere
	}
	a, b := ix.words(draft), ix.words(source)
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// named says whether a source writes a draft figure's words as a name,
// each word capitalised ("Six Nations", "Ocean's Eleven"), where a draft in
// lower case reads a figure.
func (ix *valueIndex) named(text string) bool {
	t := ascii.Lower(text)
	if t == text {
		for i, src := range ix.texts {
			if len(ix.lower) <= i {
				ix.lower = append(ix.lower, ascii.Lower(src))
			}
			for from := 0; ; {
				k := strings.Index(ix.lower[i][from:], t)
				if k < 0 {
					break
				}
				if k += from; titled(src[k : k+len(t)]) {
					return true
				}
				from = k + 1
			}
		}
	}
	return false
}

// titled says whether s is two words or more, each capitalised, as a
// name is and the words opening a sentence are not.
func titled(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !capitalised(w) {
			return false
		}
	}
	return len(ws) >= 2
}

// appositive says whether a bare number stands between commas after a word
// ("pat , 69 , lost"), the way an age follows a name: a draft in lower case
// shows no name for the figure reader to take it as an age.
func appositive(p sourced) bool {
	c, text := p.c, p.d.Text.S
	if c.Kind != figures.Number || *c.Value < 1 || *c.Value > 120 || *c.Value != math.Trunc(*c.Value) {
		return false
	}
	before := strings.TrimRight(text[:c.Span.Start], " ")
	after := strings.TrimLeft(text[c.Span.End:], " ")
	return strings.HasSuffix(before, ",") && strings.HasPrefix(after, ",")
}

func (ix *valueIndex) words(p sourced) map[string]bool {
	ws, ok := ix.context[p.c]
	if !ok {
		ws = contentWords(p.d, *p.c)
		ix.context[p.c] = ws
	}
	return ws
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

// monthDay is a day of the year.
type monthDay struct{ month, day int }

// monthBefore returns the month named by the word that ends text ("may" of
// "on may"), or 0: a lower-case draft's "may 7" reads as a bare number.
func monthBefore(text string) int {
	text = strings.TrimRight(text, " ")
	return figures.Month(text[strings.LastIndexByte(text, ' ')+1:])
}

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
