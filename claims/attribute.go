package claims

import (
	"sort"
	"strings"

	"factdiff/claims/ascii"
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
	genders  []string        // of the entities, filled in as pronouns need them
	gendered []bool          // which of genders are filled in

	// low is the text with its ASCII letters lower-cased, byte for byte: the
	// cues around every figure are ASCII words, read from it without
	// lower-casing them; a letter outside ASCII is in no cue either way.
	low string

	// What every figure of the sentence being read shares, worked out once
	// per sentence rather than once per figure.
	sentence int
	bounds   []boundary
	// mentions[firstMention:endMention] start inside the sentence.
	firstMention, endMention int
	// clauseTime is the time read last for a figure other than a date, and
	// the clause it was read in: the figures of one clause share it.
	clauseTime struct {
		from, to int
		time     string
	}
}

// newAttributor prepares the attribution of d's figures; mentions are those
// d.cast was grouped from, in order of appearance, and low is d's text with
// its ASCII letters lower-cased.
func newAttributor(d *Document, mentions []names.Mention, low string) *attributor {
	a := &attributor{d: d, mentions: mentions, entityAt: d.cast.At(), low: low,
		genders: make([]string, len(d.cast)), gendered: make([]bool, len(d.cast))}
	a.clauseTime.from = -1
	return a
}

// gender is the gender of entity i, which asks every mention of it, worked
// out once for all the pronouns of the document.
func (a *attributor) gender(i int) string {
	if !a.gendered[i] {
		a.genders[i], a.gendered[i] = a.d.cast[i].Gender(), true
	}
	return a.genders[i]
}

// readSentence prepares the sentence si, whose figures are figs (offsets
// relative to it): words inside figures never count as clause boundaries.
// Sentences are read in the order of the text.
func (a *attributor) readSentence(si int, figs []figures.Figure) {
	s := a.d.Sentences[si]
	text := a.d.Text.S
	a.sentence = si
	a.bounds = a.bounds[:0]
	from := s.Start // the gap before figure k, where boundaries may be
	for k := 0; k <= len(figs); k++ {
		to := s.End
		if k < len(figs) {
			to = s.Start + figs[k].Start
		}
		for i := from; i < to; i++ {
			if !opensBoundary[text[i]] || i+1 < s.End && boundariesBySecond[text[i+1]] == nil {
				continue // most bytes open no boundary; most words after a space are none
			}
			if n, strict := boundaryAt(text, i, s.End); n > 0 {
				a.bounds = append(a.bounds, boundary{at: i, n: n, strict: strict})
			}
		}
		if k < len(figs) {
			from = max(from, s.Start+figs[k].End)
		}
	}
	// Sentences are read in order, so the mentions of this one follow those
	// of the last.
	k := a.endMention
	for k < len(a.mentions) && a.mentions[k].Start < s.Start {
		k++
	}
	a.firstMention = k
	for k < len(a.mentions) && a.mentions[k].Start < s.End {
		k++
	}
	a.endMention = k
}

// lower returns the text [from, to) lower-cased.
func (a *attributor) lower(from, to int) string { return a.low[from:to] }

// attribute fills in the entity, measure and time of c, a figure of the
// sentence being read.
func (a *attributor) attribute(c *Claim) {
	s := a.d.Sentences[c.SentenceIndex]
	from, to := a.clause(c.Span)
	c.Measure = measure(c, a.lower(from, c.Span.Start), a.lower(c.Span.End, to))
	if c.Measure == "number" && strings.ContainsAny(c.Text, "0123456789") && !(len(c.Text) >= 4 && isYear(c.Text, len(c.Text)-4)) {
		if p := participleAfter(a.d.Text.S[c.Span.End:to]); p != "" {
			c.Measure = p // in digits, not a year: "one addressed to" and "1948-1982 has been transformed" count nothing
		}
	}
	c.Time = a.timeOf(c, from, to)
	if c.Kind == figures.Date && c.Measure == "date" {
		return
	}
	c.Entity = a.entity(c, s.Start, from, to)
}

// timeOf returns the year or contest of the clause [from, to) that c belongs
// to.
func (a *attributor) timeOf(c *Claim, from, to int) string {
	memo := &a.clauseTime
	if c.Kind != figures.Date && memo.from == from && memo.to == to {
		return memo.time
	}
	t := yearOf(c, a.d.Text.S[from:to])
	if t == "" {
		t = contestOf(c, a.lower(from, to))
	}
	if c.Kind != figures.Date {
		memo.from, memo.to, memo.time = from, to, t
	}
	return t
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
	if c.Kind == figures.Money && objectOfPreposition(text[from:c.Span.Start]) {
		return ""
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

// objectOfPreposition reports whether an amount stands inside the object of
// a preposition, after a determiner ("could not muster the votes against
// either the full $447 billion package"): it describes a thing the clause
// speaks of, not anything the clause's subject has, raises or spends.
// "Roe's demand for $5.7 billion" and "with $2 million in the bank" have no
// determiner; there the amount is the object itself and may be the
// subject's.
func objectOfPreposition(before string) bool {
	ws := strings.Fields(tail(before, 60))
	det := false
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := ws[k]
		switch {
		case !ascii.IsLowerWord(w):
			return false
		case prepositions[w]:
			return det
		case determiners[w]:
			det = true
		}
	}
	return false
}

var prepositions = ascii.Set("against for over on of about in into from with without under toward towards behind beyond despite including to by at")

var determiners = ascii.Set("the a an his her its their our this that these those")

// onlyTitles reports whether gap, between a figure and a name, holds only
// "that" and capitalised titles or party words: "the 50% President Roe
// needed".
func onlyTitles(gap string) bool {
	read, titles := 0, 0 // the gap may be a whole clause: its words are read only as far as need be
	for w := range strings.FieldsSeq(gap) {
		if read++; read == 1 && w == "that" {
			continue
		}
		if titles++; titles > 2 || w[0] < 'A' || w[0] > 'Z' {
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
	// Most spans asked about lie in the sentence being read, whose few
	// mentions are searched instead of the document's.
	lo, hi := 0, len(ms)
	if s := a.d.Sentences[a.sentence]; from >= s.Start && from <= s.End {
		lo, hi = a.firstMention, a.endMention
	}
	lo = a.mentionFrom(from, lo, hi)
	end := lo
	for end < len(ms) && ms[end].End <= to {
		end++
	}
	return ms[lo:end]
}

// mentionFrom returns the index of the first mention in mentions[lo:hi]
// that starts at or after from, or hi.
func (a *attributor) mentionFrom(from, lo, hi int) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if a.mentions[mid].Start < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
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
		if !ok || a.d.cast[i].Kind != names.Person || a.gender(i) != gender {
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

// boundary is a clause boundary of the sentence being read: n bytes at
// offset at. A strict one (" that ") must also leave room for the word
// after it.
type boundary struct {
	at, n  int
	strict bool
}

// clause returns the bounds of the clause around span within the sentence
// being read: the stretch between semicolons, dashes, contrastive
// conjunctions and relative pronouns, looked for at most clauseReach bytes
// away. A boundary counts only when it fits inside that window.
func (a *attributor) clause(span Span) (int, int) {
	s := a.d.Sentences[a.sentence]
	lo, hi := max(s.Start, span.Start-clauseReach), min(s.End, span.End+clauseReach)
	from, to := lo, hi
	k := sort.Search(len(a.bounds), func(k int) bool { return a.bounds[k].at >= lo })
	for _, b := range a.bounds[k:] {
		if b.at >= hi {
			break
		}
		end := b.at + b.n
		if end > hi || b.strict && end == hi {
			continue
		}
		if end <= span.Start {
			from = end
		} else if b.at >= span.End {
			to = b.at
			break
		}
	}
	return from, to
}

var boundaries = []string{"; ", ": ", " - ", " -- ", " \u2014 ", " but ", " while ", " whereas ",
	" although ", " though ", ", and ", " and ", " who ", " which ", " where ", " whose ", " after ", " before "}

// boundariesBySecond lists the boundaries by their second byte, in the
// order of boundaries, so that most positions are ruled out by one look-up.
var boundariesBySecond = func() (t [256][]string) {
	for _, b := range boundaries {
		t[b[1]] = append(t[b[1]], b)
	}
	return t
}()

// opensBoundary marks the bytes a clause boundary starts with.
var opensBoundary = [256]bool{' ': true, ';': true, ':': true, ',': true}

// boundaryAt returns the length of a clause boundary starting at text[i]
// and ending by end, or 0; strict marks a " that " boundary, which also
// needs a byte after it before end.
func boundaryAt(text string, i, end int) (int, bool) {
	if !opensBoundary[text[i]] || i+1 >= end {
		return 0, false
	}
	// "a district that Roe won by 23 points": a relative clause with a
	// subject of its own.
	if text[i+1] == 't' && strings.HasPrefix(text[i:end], " that ") && i+6 < end && text[i+6] >= 'A' && text[i+6] <= 'Z' {
		return len(" that "), true
	}
	for _, b := range boundariesBySecond[text[i+1]] {
		if i+len(b) <= end && text[i:i+len(b)] == b {
			return len(b), false
		}
	}
	return 0, false
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
