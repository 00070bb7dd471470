package figures

import (
	"math"
	"strings"

	"factdiff/claims/ascii"
)

// quantity is a numeral with its unit: "$4.7 million", "57 percent", "31
// seats", "a 41-year-old".
type quantity struct {
	first, last int // tokens
	n           numeral
	val         float64
	kind        Kind
	unit        string
	hedge       string // from a suffix: "30 or more"
	exact       bool   // no rounding: counts, ages, ordinals, plain dollars
}

type qStatus uint8

const (
	qNone qStatus = iota
	qSkip         // a label, time, phone number or code: the tokens up to last are no figure
	qFound
)

// quantityAt reads a quantity starting at token i.
func (s *scanner) quantityAt(i int) (quantity, qStatus) {
	q := quantity{first: i}
	k := i
	neg := false
	switch t := s.at(k); {
	case s.isWord(k, "minus") && s.isWord(k-1, "or") && s.isWord(k-2, "plus"):
		k++ // "plus or minus 3 points": a margin, not a negative figure
		q.first = k
	case t.kind == tWord && (t.text == "minus" || t.text == "negative"):
		neg = true
		k++
	case s.isPunct(k, "-") && (t.space || k == 0) && s.at(k+1).kind == tNum && s.glued(k+1) && s.at(k-1).kind != tNum:
		neg = true
		k++
	}
	money, k := s.moneyPrefix(k)
	n, ok := s.numeral(k, money)
	if !ok {
		return q, qNone
	}
	if !money {
		if skip, ok := s.label(k, n); ok {
			q.last = skip
			return q, qSkip
		}
	}
	q.n = n
	q.val = n.val
	q.last = n.last
	switch {
	case money:
		q.kind, q.unit = Money, "$"
		s.moneyTail(&q)
	case n.ordinal:
		q.kind, q.exact = Ordinal, true
		if s.isWord(q.last+1, "birthday") {
			q.kind, q.unit, q.last = Age, "years", q.last+1
		}
	default:
		if end, ok := s.suffixHedge(q.last+1, &q.hedge); ok {
			q.last = end
		}
		if !s.unit(&q) {
			return q, qSkip
		}
	}
	if q.hedge == "" {
		if end, ok := s.suffixHedge(q.last+1, &q.hedge); ok {
			q.last = end
		}
	}
	if neg {
		q.val = -q.val
	}
	return q, qFound
}

// moneyPrefix reads "$", "US$" or "USD" before a numeral.
func (s *scanner) moneyPrefix(k int) (bool, int) {
	t := s.at(k)
	switch {
	case s.isPunct(k, "$") && s.at(k+1).kind == tNum:
		return true, k + 1
	case t.kind == tWord && (t.text == "us" || t.text == "u") && s.isPunct(k+1, "$") && s.glued(k+1) && s.at(k+2).kind == tNum:
		return true, k + 2
	case t.kind == tWord && t.text == "usd" && s.at(k+1).kind == tNum:
		return true, k + 1
	}
	return false, k
}

// moneyTail reads what may follow a "$" amount: a scale word already read,
// a redundant "dollars" ("$10 dollars").
func (s *scanner) moneyTail(q *quantity) {
	q.exact = q.n.scale == 1
	if k := q.last + 1; s.isWord(k, "dollars") || s.isWord(k, "dollar") {
		q.last = k
	}
}

// label reports whether the numeral n at token k is part of a name, code,
// time, phone number or address rather than a quantity, and if so the last
// token to skip.
func (s *scanner) label(k int, n numeral) (int, bool) {
	t, prev := s.at(k), s.at(k-1)
	digits := t.kind == tNum
	if digits && s.glued(k) && prev.kind == tWord {
		return s.skipChain(n.last), true // "G7", "MP3"
	}
	if digits && s.glued(k) && prev.kind == tPunct {
		switch prev.text {
		case "#", "+", "/", ":", "\\", "_", "=":
			return s.skipChain(n.last), true
		case "-":
			if s.glued(k-1) && s.at(k-2).kind == tWord {
				return s.skipChain(n.last), true // "I-95", "COVID-19"
			}
		}
	}
	if digits && prev.kind == tPunct && prev.text == "." && s.glued(k-1) && s.at(k-2).kind == tWord &&
		(s.at(k-2).text == "no" || codeWords[s.at(k-2).text]) {
		return s.skipChain(n.last), true // "No. 2", "No. 15-674"
	}
	if digits && prev.kind == tWord && codeWords[prev.text] && !prev.upper {
		return s.skipChain(n.last), true
	}
	if digits && s.isPunct(k-1, "(") && s.isPunct(k+1, ")") && t.intDigits == 3 && s.at(k+2).kind == tNum {
		if last, phone := s.phone(k + 2); phone {
			return last, true // "(202) 555-0100"
		}
	}
	end := n.last
	next := s.at(end + 1)
	if digits && n.last == k {
		switch {
		case next.kind == tWord && s.glued(end+1):
			switch next.text {
			case "st", "nd", "rd", "th", "usd", "yo", "pct":
				return 0, false
			}
			return end + 1, true // "29km", "5G", "1990s"
		case (s.isPunct(end+1, ":") || s.isPunct(end+1, "/")) && s.glued(end+1) && s.at(end+2).kind == tNum && s.glued(end+2):
			return s.skipChain(end), true // "10:30", "9/11", "24/7"
		case s.isPunct(end+1, "-") && s.glued(end+1) && s.at(end+2).kind == tNum && s.glued(end+2):
			if last, phone := s.phone(k); phone {
				return last, true
			}
		}
	}
	if s.timeOfDay(end + 1) {
		return end, true
	}
	if digits && s.address(end+1) {
		return end, true
	}
	return 0, false
}

// skipChain returns the last token of a run of numbers joined by glued
// punctuation ("10:30:15", "1/2/3").
func (s *scanner) skipChain(k int) int {
	for s.at(k+1).kind == tPunct && s.glued(k+1) && s.at(k+2).kind == tNum && s.glued(k+2) {
		k += 2
	}
	if w := s.at(k + 1); w.kind == tWord && s.glued(k+1) {
		k++
	}
	return k
}

// phone reports a phone-number shape at token k: three or more groups of
// digits joined by hyphens, or "555-1234".
func (s *scanner) phone(k int) (int, bool) {
	groups := 1
	last := k
	for s.isPunct(last+1, "-") && s.glued(last+1) && s.at(last+2).kind == tNum && s.glued(last+2) {
		last += 2
		groups++
	}
	if groups >= 3 || (groups == 2 && s.at(k).intDigits == 3 && s.at(k+2).intDigits == 4 && !s.at(k).commas) {
		return last, true
	}
	return 0, false
}

// timeOfDay reports "a.m.", "p.m.", "pm", "ET", "o'clock" at token k.
func (s *scanner) timeOfDay(k int) bool {
	t := s.at(k)
	if t.kind != tWord {
		return false
	}
	if timeWords[t.text] {
		return true
	}
	if (t.text == "a" || t.text == "p") && s.isPunct(k+1, ".") && s.glued(k+1) && s.isWord(k+2, "m") && s.glued(k+2) {
		return true
	}
	return t.text == "o" && s.isApostrophe(k+1) && s.isWord(k+2, "clock")
}

// address reports a street after a number: up to three capitalised words
// and a street word ("1600 Pennsylvania Avenue").
func (s *scanner) address(k int) bool {
	for j := k; j < k+4; j++ {
		t := s.at(j)
		if t.kind != tWord || !t.upper {
			return false
		}
		if j > k && streetWords[t.text] {
			return true
		}
	}
	return false
}

// suffixHedge reads "or more", "or so", "or fewer", "and up", "-plus" at
// token k, unless a number follows ("200 or greater than 190").
func (s *scanner) suffixHedge(k int, hedge *string) (int, bool) {
	switch {
	case s.isWord(k, "or") && s.at(k+1).kind == tWord:
		h, ok := suffixHedges[s.at(k+1).text]
		if !ok {
			return 0, false
		}
		end := k + 1
		if s.isWord(end+1, "than") {
			if s.at(end+2).kind == tNum || numWords[s.at(end+2).text].class != 0 {
				return 0, false
			}
			end++
		}
		*hedge = h
		return end, true
	case s.isWord(k, "and") && (s.isWord(k+1, "up") || s.isWord(k+1, "above") || s.isWord(k+1, "older")):
		*hedge = HedgeAtLeast
		return k + 1, true
	case s.isPunct(k, "-") && s.glued(k) && s.isWord(k+1, "plus") && s.glued(k+1),
		s.isPunct(k, "+") && s.glued(k) && s.at(k+1).kind != tNum:
		*hedge = HedgeAtLeast
		if s.isPunct(k, "+") {
			return k, true
		}
		return k + 1, true
	}
	return 0, false
}

// unit reads the unit after a bare numeral and sets the kind. It returns
// false when the numeral is a label after all ("Fox 5").
func (s *scanner) unit(q *quantity) bool {
	k := q.last + 1
	n := q.n
	t := s.at(k)
	glued := s.glued(k)
	switch {
	case s.isPunct(k, "%"):
		q.kind, q.unit, q.last = Percent, "%", k
		return true
	case t.kind == tWord && (t.text == "percent" || t.text == "percents" || t.text == "pct" || (t.text == "pc" && !glued)):
		q.kind, q.unit, q.last = Percent, "%", k
		return true
	case s.isWord(k, "per") && s.isWord(k+1, "cent"):
		q.kind, q.unit, q.last = Percent, "%", k+1
		return true
	case s.isWord(k, "percentage"):
		switch {
		case s.isWord(k+1, "points") || s.isWord(k+1, "point"):
			q.kind, q.unit, q.last = Points, "points", k+1
		case s.isPunct(k+1, "-") && s.glued(k+1) && s.isWord(k+2, "point") && s.glued(k+2):
			q.kind, q.unit, q.last = Points, "points", k+2
		default:
			q.kind, q.unit, q.last = Percent, "%", k
		}
		return true
	case s.isWord(k, "points") || s.isWord(k, "pts") ||
		(s.isWord(k, "point") && !glued && (!n.words || !s.isWord(q.first-1, "at"))):
		q.kind, q.unit, q.last = Points, "points", k
		return true
	}
	if s.moneyUnit(q) || s.ageUnit(q) {
		return true
	}
	if s.isPunct(k, "-") && glued && s.glued(k+1) && s.at(k+1).kind == tWord {
		return s.compound(q, k+1)
	}
	if s.nameBefore(q.first) {
		return false
	}
	if s.isWord(q.first-1, "in") && (s.at(q.first-2).kind == tNum || numWords[s.at(q.first-2).text].class != 0) {
		return s.plain(q) // "nine in 10 voters" is a ratio
	}
	if unit, ok := s.partOf(q); ok {
		q.kind, q.unit, q.exact = Count, unit, true
		return true
	}
	if unit, last, ok := s.countNoun(k); ok && n.val != 1 {
		q.kind, q.unit, q.last, q.exact = Count, unit, last, !n.decimal && n.scale == 1
		return true
	}
	if s.crowd(q, k) {
		q.kind, q.unit, q.last, q.exact = Count, t.text, k, !n.decimal && n.scale == 1
		return true
	}
	if t.kind == tWord && glued {
		switch t.text {
		case "st", "nd", "rd", "th":
			if !n.words && !n.decimal && ordinalSuffix(n.val) == t.text {
				q.kind, q.last, q.exact = Ordinal, k, true
				if s.isWord(k+1, "birthday") {
					q.kind, q.unit, q.last = Age, "years", k+1
				}
				return true
			}
			return false
		}
	}
	q.kind = Number
	q.exact = !n.decimal && n.scale == 1
	return true
}

// compound reads a hyphenated unit: "17-point", "12-cent", "41-year-old",
// "12-candidate field".
func (s *scanner) compound(q *quantity, k int) bool {
	w := s.at(k).text
	switch w {
	case "point", "points", "pt":
		q.kind, q.unit, q.last = Points, "points", k
		return true
	case "percentage":
		if s.isPunct(k+1, "-") && s.glued(k+1) && s.isWord(k+2, "point") && s.glued(k+2) {
			q.kind, q.unit, q.last = Points, "points", k+2
			return true
		}
	case "percent":
		q.kind, q.unit, q.last = Percent, "%", k
		return true
	case "cent":
		q.kind, q.unit, q.last, q.val, q.exact = Money, "$", k, q.val/100, true
		return true
	case "dollar":
		q.kind, q.unit, q.last, q.exact = Money, "$", k, q.n.scale == 1
		return true
	}
	if per, ok := agePer[w]; ok && s.isPunct(k+1, "-") && s.glued(k+1) && s.isWord(k+2, "old") && s.glued(k+2) {
		q.kind, q.unit, q.last, q.val, q.exact = Age, "years", k+2, q.val/per, true
		if s.isPunct(k+3, "-") && s.glued(k+3) && s.at(k+4).kind == tWord && s.glued(k+4) {
			q.last = k + 4 // "41-year-olds"
		}
		return true
	}
	if s.isPunct(k+1, "-") && s.glued(k+1) {
		return !s.nameBefore(q.first) && s.plain(q)
	}
	next := s.at(k + 1)
	det := s.at(q.first - 1)
	if !q.n.fraction && q.n.val >= 2 && q.n.val == math.Trunc(q.n.val) && countable(w) &&
		next.kind == tWord && next.space && !next.upper &&
		det.kind == tWord && (det.text == "a" || det.text == "an" || det.text == "the" ||
		det.text == "his" || det.text == "her" || det.text == "their" || det.text == "its" || det.text == "our") {
		q.kind, q.unit, q.last, q.exact = Count, plural(w), k, q.n.scale == 1
		return true
	}
	return !s.nameBefore(q.first) && s.plain(q)
}

// partOf reads "38 of the 50 delegates": the part counts what the whole
// counts.
func (s *scanner) partOf(q *quantity) (string, bool) {
	k := q.last + 1
	if s.isWord(k, "out") {
		k++
	}
	if !s.isWord(k, "of") || q.n.fraction || q.n.decimal || q.n.val < 1 || q.n.scale != 1 {
		return "", false
	}
	k++
	if t := s.at(k); t.kind == tWord && (t.text == "the" || t.text == "its" || t.text == "their" || t.text == "his" || t.text == "her") {
		k++
	}
	whole, ok := s.numeral(k, false)
	if !ok || whole.ordinal || whole.fraction || whole.val < q.val {
		return "", false
	}
	unit, _, ok := s.countNoun(whole.last + 1)
	return unit, ok
}

// plain makes q a bare number.
func (s *scanner) plain(q *quantity) bool {
	q.kind = Number
	q.exact = !q.n.decimal && q.n.scale == 1
	return true
}

// agePer converts an age unit to years.
var agePer = map[string]float64{
	"year": 1, "years": 1, "month": 12, "months": 12, "week": 52.1775, "weeks": 52.1775, "day": 365.25, "days": 365.25,
}

// countable reports whether a singular noun in "a 12-candidate field" is
// a counted thing rather than a measure or time span.
func countable(w string) bool {
	if len(w) < 3 || !ascii.IsLowerWord(w) {
		return false
	}
	if _, ok := agePer[w]; ok {
		return false
	}
	return !notCounted[plural(w)] && !notCountedSingular[w]
}

var notCountedSingular = ascii.Set("hour", "minute", "second", "decade", "century", "term", "time", "night", "mile",
	"foot", "inch", "yard", "meter", "metre", "kilometer", "acre", "pound", "ton", "gallon", "ounce", "degree",
	"story", "storey", "way", "sided", "fold", "something", "odd", "plus", "ish", "man", "one", "inning", "lap",
	"round", "step", "game", "set", "star", "run", "hit", "speed", "page", "word", "letter", "digit", "figure",
	"sum", "yearly", "hundred", "thousand", "million", "billion", "dozen", "car", "lane", "bedroom", "room")

// moneyUnit reads "dollars", "cents", "USD", a trailing "$", with cents
// after dollars ("thirteen dollars and forty-five cents", "15 dollars 50").
func (s *scanner) moneyUnit(q *quantity) bool {
	k := q.last + 1
	t := s.at(k)
	if t.kind == tWord && (t.text == "us" || t.text == "u") {
		j := k + 1
		if t.text == "u" && s.isPunct(j, ".") && s.isWord(j+1, "s") && s.isPunct(j+2, ".") {
			j += 3
		}
		if s.isWord(j, "dollars") || s.isWord(j, "dollar") {
			k, t = j, s.at(j)
		}
	}
	switch {
	case t.kind == tWord && (t.text == "dollars" || t.text == "dollar" || t.text == "bucks" || t.text == "usd"):
		q.kind, q.unit, q.last, q.exact = Money, "$", k, q.n.scale == 1
		if sc, ok := s.scaleAt(k + 1); ok && q.n.scale == 1 {
			q.val *= sc
			q.last, q.exact = k+1, false
			return true
		}
		s.cents(q)
		return true
	case t.kind == tWord && (t.text == "cents" || t.text == "cent") && q.n.scale == 1:
		q.kind, q.unit, q.last, q.val, q.exact = Money, "$", k, q.val/100, true
		return true
	case s.isPunct(k, "$") && t.space && (s.at(k+1).kind != tNum || (s.isPunct(k+2, "$") && s.at(k+2).space)):
		q.kind, q.unit, q.last, q.exact = Money, "$", k, q.n.scale == 1
		return true
	}
	return false
}

// cents adds the cents after a whole-dollar amount.
func (s *scanner) cents(q *quantity) {
	k := q.last + 1
	if s.isWord(k, "and") {
		k++
	}
	c, ok := s.numeral(k, false)
	if !ok || c.ordinal || c.fraction || c.decimal || c.val < 1 || c.val > 99 || c.scale != 1 {
		return
	}
	after := s.at(c.last + 1)
	switch {
	case after.kind == tWord && (after.text == "cents" || after.text == "cent"):
		q.last = c.last + 1
	case s.isWord(k-1, "and") || (after.kind == tWord && (pluralNoun(after) || notCounted[after.text])):
		return
	default:
		q.last = c.last
	}
	q.val += c.val / 100
}

// ageUnit reads "years old", "years of age", "months old", "yo".
func (s *scanner) ageUnit(q *quantity) bool {
	k := q.last + 1
	t := s.at(k)
	if t.kind != tWord || q.n.fraction {
		return false
	}
	if t.text == "yo" {
		q.kind, q.unit, q.last, q.exact = Age, "years", k, true
		return true
	}
	per, ok := agePer[t.text]
	if !ok {
		return false
	}
	switch {
	case s.isWord(k+1, "old"):
		q.last = k + 1
	case s.isWord(k+1, "of") && s.isWord(k+2, "age"):
		q.last = k + 2
	case s.isPunct(k+1, "-") && s.glued(k+1) && s.isWord(k+2, "old") && s.glued(k+2):
		q.last = k + 2
	default:
		return false
	}
	q.kind, q.unit, q.val, q.exact = Age, "years", q.val/per, true
	return true
}

// nameBefore reports a capitalised word right before token i that makes
// the number part of a name: "Fox 5", "Amendment 64", "Air Force One".
func (s *scanner) nameBefore(i int) bool {
	p := s.at(i - 1)
	return p.kind == tWord && p.upper && !functionWords[p.text] && len(p.text) > 1
}

// countNoun reads the noun a number counts, allowing up to two modifiers
// between them ("31 seats", "nine Democratic candidates"); a day of the
// month is one ("the 19 Sept. 11 hijackers").
func (s *scanner) countNoun(k int) (string, int, bool) {
	for m := 0; m < 3; m++ {
		if m < 2 && s.quotedWord(k) {
			k += 3 // 60 "yea" votes
			continue
		}
		if end, iso, ok := s.monthDate(k); m < 2 && ok && len(iso) == len("2006-01-02") {
			k = end + 1
			continue
		}
		t := s.at(k)
		if t.kind != tWord || !t.space {
			return "", 0, false
		}
		next := s.at(k + 1)
		nextNoun := next.kind == tWord && next.space && pluralNoun(next)
		if pluralNoun(t) && !(t.upper && nextNoun) {
			return t.text, k, true
		}
		if m == 2 || !(modifier(t) || (nextNoun && nounModifier(t))) {
			return "", 0, false
		}
		if s.isPunct(k+1, "-") && s.glued(k+1) && s.at(k+2).kind == tWord && s.glued(k+2) {
			k += 2
		}
		k++
	}
	return "", 0, false
}

var irregularPlurals = ascii.Set("people", "men", "women", "children", "police", "personnel", "staff", "cattle",
	"staffers", "folks", "faculty", "clergy")

// pluralNoun reports whether a word after a number reads as the plural of
// a counted thing.
func pluralNoun(t *token) bool {
	w := t.text
	if irregularPlurals[w] {
		return true
	}
	if len(w) < 3 || w[len(w)-1] != 's' || notCounted[w] || functionWords[w] || !ascii.IsLowerWord(w) {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false
	}
	if t.upper {
		return groupName(w)
	}
	return true
}

// quotedWord reports a word in quotation marks at token k, which may
// modify a counted noun like an adjective: 60 "yea" votes.
func (s *scanner) quotedWord(k int) bool {
	return s.at(k).space && quoteMark(s.at(k)) && s.at(k+1).kind == tWord && s.glued(k+1) &&
		quoteMark(s.at(k+2)) && s.glued(k+2) && s.at(k+3).space
}

func quoteMark(t *token) bool {
	switch t.text {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return t.kind == tPunct
	}
	return false
}

// crowd reports a capitalised plural right after a number written with
// thousands separators or a scale word ("700,000 Dreamers", "1.5 million
// Mormons"): so large a count names a group of people, while a capitalised
// plural after a small number or a year is often a surname ("in 2016
// Sanders won").
func (s *scanner) crowd(q *quantity, k int) bool {
	t := s.at(k)
	w := t.text
	if !(s.at(q.n.first).commas || q.n.scale > 1) || t.kind != tWord || !t.space || !t.upper || len(w) < 4 ||
		w[len(w)-1] != 's' || !ascii.IsLowerWord(w) || functionWords[w] || notCounted[w] {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false
	}
	next := s.at(k + 1)
	return !(next.kind == tWord && next.space && pluralNoun(next))
}

// groupName reports a capitalised plural that names a group of people
// ("Republicans", "Iowans", "Hispanics") rather than a surname ending in s
// ("Sanders").
func groupName(w string) bool {
	for _, suf := range []string{"ans", "ats", "ics", "nos", "ims", "ists", "ites"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modifier reports whether a word may stand between a number and its noun.
func modifier(t *token) bool {
	w := t.text
	if modifiers[w] {
		return true
	}
	if functionWords[w] || notCounted[w] || !ascii.IsLowerWord(w) {
		return false
	}
	if t.upper {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ed", "al", "ic", "ive", "ing", "ern", "ian", "ary", "ous"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounModifier reports a plain lower-case word that may modify the plural
// right after it ("convention delegates", "asylum seekers").
func nounModifier(t *token) bool {
	w := t.text
	_, timeUnit := agePer[w]
	return !t.upper && len(w) >= 3 && ascii.IsLowerWord(w) && !functionWords[w] && !notCounted[w] &&
		!notCountedSingular[w] && !timeUnit && !modifiers[w] && suffixHedges[w] == ""
}

// plural forms the plural of a counted noun ("candidate" -> "candidates").
func plural(w string) string {
	switch w {
	case "person":
		return "people"
	case "man":
		return "men"
	case "woman":
		return "women"
	case "child":
		return "children"
	}
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// ordinalSuffix is the suffix English writes after digits v: 1st, 12th, 23rd.
func ordinalSuffix(v float64) string {
	n := int64(v)
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
