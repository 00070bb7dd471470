package claims

import (
	"sort"
	"strings"

	"factdiff/claims/figures"
	"factdiff/claims/names"
)

// attributor decides who a figure is about and what it measures, from the
// clause the figure stands in rather than from the nearest name. When the
// clause does not make it clear it leaves the entity empty.
type attributor struct {
	d        *Document
	mentions []names.Mention // all mentions of the document, in order
	entityAt map[int]int     // mention start -> entity index
}

func newAttributor(d *Document) *attributor {
	a := &attributor{d: d, entityAt: d.cast.At()}
	for _, e := range d.cast {
		a.mentions = append(a.mentions, e.Mentions...)
	}
	sortMentions(a.mentions)
	return a
}

// attribute fills in c's entity, measure and time. others are the figures of
// the same sentence (offsets relative to it), whose words never count as
// clause boundaries.
func (a *attributor) attribute(c *Claim, others []figures.Figure) {
	s := a.d.Sentences[c.SentenceIndex]
	text := a.d.Text.S
	from, to := clause(text, s.Start, s.End, c.Span, others)
	c.Measure = measure(c, strings.ToLower(text[from:c.Span.Start]), strings.ToLower(text[c.Span.End:to]))
	c.Time = timeOf(c, text[from:to])
	if c.Kind == figures.Date && c.Measure == "date" {
		return
	}
	c.Entity = a.entity(c, s.Start, from, to)
}

// entity finds the entity of the figure at c.Span within the clause
// [from, to) of the sentence starting at sStart.
func (a *attributor) entity(c *Claim, sStart, from, to int) string {
	text := a.d.Text.S
	before := a.within(from, c.Span.Start)
	// "Smith's 48%", "Smith, 55,", "Smith, a 30-year-old": the name right
	// before the figure owns it.
	if n := len(before); n > 0 {
		m := before[n-1]
		gap := text[m.End:c.Span.Start]
		if gap == "'s " || gap == "' " || gap == ", " || gap == ", a " || gap == ", an " || gap == "'s the " {
			return a.name(m)
		}
	}
	// "the 50% Smith needed": the one who needs or wants the figure.
	after := a.within(c.Span.End, to)
	if len(after) > 0 && onlyTitles(text[c.Span.End:after[0].Start]) && needVerb(text[after[0].End:to]) {
		return a.name(after[0])
	}
	if p := pronounNeeding(text[c.Span.End:to]); p != "" {
		return a.pronoun(p, sStart)
	}
	// The subject: the first name of the clause before the figure, a
	// person rather than an organisation when there is one.
	if len(before) > 0 {
		for _, m := range before {
			if m.Kind == names.Person {
				return a.name(m)
			}
		}
		return a.name(before[0])
	}
	if p := leadingPronoun(text[from:c.Span.Start]); p != "" {
		return a.pronoun(p, sStart)
	}
	// "..., who received 19%": a relative clause takes its antecedent.
	if relative(text[sStart:from]) {
		if prev := a.within(sStart, from); len(prev) > 0 {
			return a.name(prev[len(prev)-1])
		}
	}
	// Inverted order: "In second place, with 19%, was Republican Smith".
	if len(after) > 0 {
		gap := strings.ToLower(strings.TrimSpace(dropTitles(text[c.Span.End:after[0].Start])))
		if len(gap) <= 60 {
			for _, w := range []string{"was", "is", "went to", "goes to", "belongs to"} {
				if gap == w || strings.HasSuffix(gap, " "+w) {
					return a.name(after[0])
				}
			}
		}
	}
	return ""
}

// onlyTitles reports whether gap, between a figure and a name, holds only
// "that" and capitalised titles or party words: "the 50% President Roe
// needed".
func onlyTitles(gap string) bool {
	words := strings.Fields(gap)
	if len(words) > 0 && words[0] == "that" {
		words = words[1:]
	}
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// dropTitles removes the capitalised words (titles, party labels) that stand
// right before a name from the end of gap.
func dropTitles(gap string) string {
	words := strings.Fields(gap)
	for len(words) > 0 {
		w := words[len(words)-1]
		if w[0] < 'A' || w[0] > 'Z' {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// relative reports whether the text before a clause ends with the relative
// pronoun that opened it.
func relative(before string) bool {
	b := strings.TrimRight(before, " ,")
	return strings.HasSuffix(b, " who") || strings.HasSuffix(b, " whose") || strings.HasSuffix(b, ", who") || strings.HasSuffix(b, ", whose")
}

// within returns the person, party and organisation mentions inside [from, to).
func (a *attributor) within(from, to int) []names.Mention {
	ms := a.mentions
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].Start < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	end := lo
	for end < len(ms) && ms[end].End <= to {
		end++
	}
	return ms[lo:end]
}

func (a *attributor) name(m names.Mention) string {
	if i, ok := a.entityAt[m.Start]; ok {
		return a.d.cast[i].Name
	}
	return m.Name
}

// pronoun resolves "he" or "she" to the one person of that gender named in
// this sentence or the one before it; with none or several it gives up.
func (a *attributor) pronoun(p string, sStart int) string {
	gender := "male"
	if p == "she" || p == "her" {
		gender = "female"
	}
	from, to := sStart, len(a.d.Text.S)
	if i := a.d.SentenceAt(sStart); i >= 0 {
		to = a.d.Sentences[i].End
		if i > 0 {
			from = a.d.Sentences[i-1].Start
		}
	}
	found := ""
	for _, m := range a.within(from, to) {
		if m.Start >= sStart && found != "" {
			break
		}
		i, ok := a.entityAt[m.Start]
		if !ok || a.d.cast[i].Kind != names.Person || a.d.cast[i].Gender() != gender {
			continue
		}
		if found != "" && found != a.d.cast[i].Name {
			return ""
		}
		found = a.d.cast[i].Name
		if m.Start >= sStart {
			break
		}
	}
	return found
}

// clauseReach bounds how far a clause is looked for on either side of a
// figure, so that a run-on "sentence" of megabytes costs no more than a
// normal one.
const clauseReach = 400

// clause returns the bounds of the clause around span within the sentence
// [start, end): the stretch between semicolons, dashes, contrastive
// conjunctions and relative pronouns, ignoring words inside figures.
func clause(text string, start, end int, span Span, figs []figures.Figure) (int, int) {
	lo, hi := max(start, span.Start-clauseReach), min(end, span.End+clauseReach)
	from, to := lo, hi
	k := sort.Search(len(figs), func(k int) bool { return start+figs[k].End > lo })
	for i := lo; i < hi; i++ {
		for k < len(figs) && start+figs[k].End <= i {
			k++
		}
		if k < len(figs) && i >= start+figs[k].Start {
			continue
		}
		n := boundaryAt(text, i, hi)
		if n == 0 {
			continue
		}
		if i+n <= span.Start {
			from = i + n
		} else if i >= span.End {
			to = i
			break
		}
	}
	return from, to
}

var boundaries = []string{"; ", ": ", " - ", " -- ", " \u2014 ", " but ", " while ", " whereas ",
	" although ", " though ", ", and ", " and ", " who ", " which ", " where ", " whose ", " after ", " before "}

// boundaryAt returns the length of a clause boundary starting at text[i], or 0.
func boundaryAt(text string, i, end int) int {
	c := text[i]
	if c != ' ' && c != ';' && c != ':' && c != ',' {
		return 0
	}
	// "a district that Roe won by 23 points": a relative clause with a
	// subject of its own.
	if strings.HasPrefix(text[i:end], " that ") && i+6 < end && text[i+6] >= 'A' && text[i+6] <= 'Z' {
		return len(" that ")
	}
	for _, b := range boundaries {
		if i+len(b) <= end && text[i:i+len(b)] == b {
			return len(b)
		}
	}
	return 0
}

var needVerbs = []string{"needed", "needs", "need", "required", "requires", "wanted", "wants", "had needed"}

func needVerb(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, v := range needVerbs {
		if hasWordPrefix(after, v) {
			return true
		}
	}
	return false
}

// pronounNeeding recognises "the 50% he needed".
func pronounNeeding(after string) string {
	after = strings.TrimPrefix(strings.TrimLeft(after, " "), "that ")
	for _, p := range []string{"he", "she"} {
		if hasWordPrefix(after, p) && needVerb(after[len(p):]) {
			return p
		}
	}
	return ""
}

// leadingPronoun recognises a clause that opens with "he" or "she".
func leadingPronoun(head string) string {
	head = strings.TrimLeft(head, " ,\"")
	for _, p := range []string{"He", "he", "She", "she"} {
		if hasWordPrefix(head, p) {
			return strings.ToLower(p)
		}
	}
	return ""
}

func hasWordPrefix(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordByte(s[len(w)]))
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\''
}

func sortMentions(ms []names.Mention) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
}
