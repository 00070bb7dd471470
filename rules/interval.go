package rules

import (
	"fmt"
	"math"
	"strings"

	"factdiff/claims"
)

// bounds returns the interval a claim's wording allows, with open sides at
// infinity.
func bounds(c *claims.Claim) (float64, float64) {
	lo, hi := math.Inf(-1), math.Inf(1)
	if c.Low != nil {
		lo = *c.Low
	}
	if c.High != nil {
		hi = *c.High
	}
	if c.Low == nil && c.High == nil && c.Value != nil {
		lo, hi = *c.Value, *c.Value
	}
	return lo, hi
}

// compatible reports whether two claims can both be true: their intervals
// meet (dates: the same day, or one is less precise and contains the other).
func compatible(a, b *claims.Claim) bool {
	if a.Date != "" || b.Date != "" {
		return datesMeet(a.Date, b.Date)
	}
	if a.Value == nil || b.Value == nil {
		return true
	}
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	const eps = 1e-9
	return alo <= bhi+eps && blo <= ahi+eps
}

// timesMeet says whether two claims may speak of the same time: the same
// year or contest, or one of them does not say.
func timesMeet(a, b *claims.Claim) bool {
	return a.Time == b.Time || a.Time == "" || b.Time == ""
}

// related says whether two aligned claims speak of the same fact: the same
// time, and for claims about no one in particular, sentences that share at
// least three content words besides the figure's own.
func (s *Set) related(a, b Ref) bool {
	ca, cb := s.Claim(a), s.Claim(b)
	if !timesMeet(ca, cb) {
		return false
	}
	wa, wb := s.context[a], s.context[b]
	if wa == nil && wb == nil {
		return true
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return shared >= 3
}

// conflict says whether two claims speak of the same fact and cannot both
// be true.
func (s *Set) conflict(a, b Ref) bool {
	return s.related(a, b) && !compatible(s.Claim(a), s.Claim(b))
}

// contentWords returns the longer lower-case words of the context around
// a claim, leaving out the claim's own words and common function words.
func contentWords(d *claims.Document, c claims.Claim) map[string]bool {
	out := map[string]bool{}
	ctx := d.Context(c.Span)
	own := strings.ToLower(d.Text.S[c.Span.Start:c.Span.End])
	for _, w := range strings.FieldsFunc(strings.ToLower(d.Text.S[ctx.Start:ctx.End]), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	}) {
		if len(w) >= 4 && !stopWords[w] && !strings.Contains(own, w) {
			out[w] = true
		}
	}
	return out
}

var stopWords = map[string]bool{"that": true, "this": true, "with": true, "from": true, "have": true,
	"were": true, "been": true, "their": true, "they": true, "will": true, "would": true, "said": true,
	"about": true, "which": true, "there": true, "more": true, "than": true, "also": true, "into": true,
	"after": true, "when": true, "what": true, "some": true, "other": true, "over": true, "most": true,
	"only": true, "such": true, "could": true, "says": true, "year": true, "years": true}

// datesMeet compares ISO dates where "XXXX" stands for an unknown year and a
// shorter date ("2017-06") is a coarser one.
func datesMeet(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] && a[i] != 'X' && b[i] != 'X' {
			return false
		}
	}
	return true
}

// show writes a claim's figure the way the article wrote it.
func show(c *claims.Claim) string {
	return fmt.Sprintf("%q", strings.Join(strings.Fields(c.Text), " "))
}

// measureWords turns a measure identifier into words for messages.
func measureWords(m string) string {
	switch m {
	case "vote-share":
		return "vote share"
	case "raised":
		return "amount raised"
	case "spent":
		return "amount spent"
	case "election-date":
		return "election date"
	}
	return strings.ReplaceAll(m, "-", " ")
}

// about says whose measure a finding is about: "Jane Roe's vote share (2016)".
func about(entity string, c *claims.Claim) string {
	s := measureWords(c.Measure)
	if entity != "" {
		s = entity + "'s " + s
	}
	if c.Time != "" {
		s += " (" + c.Time + ")"
	}
	return s
}
