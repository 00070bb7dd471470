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

// conflict says whether two claims speak of the same time and cannot both
// be true.
func conflict(a, b *claims.Claim) bool {
	return timesMeet(a, b) && !compatible(a, b)
}

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
