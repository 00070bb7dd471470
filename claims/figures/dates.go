package figures

import (
	"fmt"
	"strings"
	"time"

	"factdiff/claims/ascii"
)

// dateAt reads a date at token i: "March 14, 2019", "14 March", "11/06/2018",
// "in 2012", "since 1979", "2019's third quarter", and, against the
// article's date, "Tuesday", "yesterday", "last week".
func (s *scanner) dateAt(i int) (int, bool) {
	t := s.at(i)
	switch t.kind {
	case tNum:
		if end, iso, ok := s.absoluteDate(i, false); ok {
			s.emitDate(i, end, iso, HedgeNone)
			return end + 1, true
		}
		if end, ok := s.yearSpan(i); ok {
			return end + 1, true
		}
	case tWord:
		switch t.text {
		case "since":
			if end, iso, ok := s.absoluteDate(i+1, true); ok {
				s.emitDate(i, end, iso, HedgeAtLeast)
				return end + 1, true
			}
			return i, false
		case "mid":
			if s.isPunct(i+1, "-") && s.glued(i+1) && s.glued(i+2) {
				if end, iso, ok := s.absoluteDate(i+2, true); ok {
					s.emitDate(i, end, iso, HedgeNone)
					return end + 1, true
				}
			}
			return i, false
		}
		// Any other date a word opens starts with a month, weekday, number
		// word, ordinal or relative-date word, or with "q" ("Q3 2019"); the
		// other starters ("a", "about", "over") open only phrases.
		if !t.numeral && t.text != "q" {
			return i, false
		}
		if _, ok := weekdays[t.text]; ok && t.upper {
			k := i + 1
			if s.isPunct(k, ",") {
				k++
			}
			if end, iso, ok := s.monthDate(k); ok && len(iso) == len("2006-01-02") {
				s.emitDate(i, end, iso, HedgeNone)
				return end + 1, true
			}
			if end, iso, ok := s.dayMonth(k); ok {
				s.emitDate(i, end, iso, HedgeNone)
				return end + 1, true
			}
		}
		if end, iso, ok := s.absoluteDate(i, false); ok {
			s.emitDate(i, end, iso, HedgeNone)
			return end + 1, true
		}
		return s.relativeDate(i)
	}
	return i, false
}

// absoluteDate reads a date the text states in full or in part. strong says
// the word before makes a bare four-digit number a year ("since 1979").
func (s *scanner) absoluteDate(i int, strong bool) (int, string, bool) {
	if end, iso, ok := s.monthDate(i); ok {
		return end, iso, true
	}
	if end, iso, ok := s.dayMonth(i); ok {
		return end, iso, true
	}
	if end, iso, ok := s.numericDate(i); ok {
		return end, iso, true
	}
	if end, iso, ok := s.quarter(i); ok {
		return end, iso, true
	}
	if s.yearAt(i, strong) {
		if end, iso, ok := s.quarter(i); ok {
			return end, iso, true
		}
		s.lastYear = i
		return i, s.at(i).text, true
	}
	return 0, "", false
}

func (s *scanner) emitDate(start, end int, iso, hedge string) {
	s.emit(Figure{Start: s.at(start).start, End: s.at(end).end, Kind: Date, Date: iso, Hedge: hedge})
}

// monthAt reads a month name at token i and returns its number and the
// last token (the abbreviation's dot included). "May" and "March" are
// months only when capitalised.
func (s *scanner) monthAt(i int) (int, int, bool, bool) {
	t := s.at(i)
	m, ok := months[t.text]
	if t.kind != tWord || !ok || ((t.text == "may" || t.text == "march") && !t.upper) {
		return 0, 0, false, false
	}
	full := len(t.text) > 4 || t.text == "may" || t.text == "june" || t.text == "july"
	if !full && s.isPunct(i+1, ".") && s.glued(i+1) {
		return m, i + 1, false, true
	}
	return m, i, full, true
}

// monthDate reads "March 14", "March 14th, 2019", "Nov. 8", "May 2019", "Oct-2",
// and a bare month where the wording makes it one ("in June").
func (s *scanner) monthDate(i int) (int, string, bool) {
	m, j, full, ok := s.monthAt(i)
	if !ok {
		return 0, "", false
	}
	d := j + 1
	if (s.isPunct(d, "-") || s.isPunct(d, "/")) && s.glued(d) && s.at(d+1).kind == tNum && s.glued(d+1) {
		d++
	}
	if s.isWord(d, "the") {
		d++
	}
	// A count after the day makes the number a quantity ("in May 12 people
	// died"), unless the month is abbreviated: "Sept. 11 attacks" and "Jan.
	// 6 rioters" name the day.
	abbreviated := j > i
	if day, end, ok := s.dayAt(d); ok && validDay(m, day) && (!s.quantityAfterDay(d, end) || abbreviated && !s.unitAfter(end+1)) {
		end, date := s.withYear(end, m, day)
		return end, date, true
	}
	if s.yearToken(j+1) && !s.unitAfter(j+1) {
		return j + 1, fmt.Sprintf("%s-%02d", s.at(j+1).text, m), true
	}
	if full && s.bareMonth(i, j) {
		return j, fmt.Sprintf("XXXX-%02d", m), true
	}
	return 0, "", false
}

// bareMonth reports whether a month without a day is a date here: after a
// preposition ("in June", "mid-June") or as a possessive ("June's primary").
func (s *scanner) bareMonth(i, j int) bool {
	if s.possessive(j + 1) {
		return true
	}
	p := s.at(i - 1)
	if p.kind == tPunct && p.text == "-" && s.glued(i) && s.isWord(i-2, "mid") {
		return true
	}
	if p.kind != tWord {
		return false
	}
	if s.at(i).text == "may" && (p.text == "from" || p.text == "of" || p.text == "to") {
		return false // "a letter from May" names someone
	}
	return monthPreps[p.text]
}

var monthPreps = ascii.Set("in", "since", "by", "until", "till", "through", "throughout", "during", "before",
	"after", "early", "late", "mid", "last", "next", "this", "of", "from", "between", "to", "around")

// dayAt reads a day of the month: "20", "20th", "first", "twenty-first".
func (s *scanner) dayAt(i int) (int, int, bool) {
	t := s.at(i)
	if t.kind == tNum {
		if t.dec != 0 || t.commas || t.dotted || t.intDigits > 2 || t.val < 1 || t.val > 31 {
			return 0, 0, false
		}
		end := i
		if w := s.at(i + 1); w.kind == tWord && s.glued(i+1) {
			if w.text != ordinalSuffix(t.val) {
				return 0, 0, false
			}
			end++
		}
		return int(t.val), end, true
	}
	if t.kind != tWord {
		return 0, 0, false
	}
	n, ok := s.numeral(i, false)
	if !ok || !n.ordinal || n.val < 1 || n.val > 31 {
		return 0, 0, false
	}
	return int(n.val), n.last, true
}

// quantityAfterDay reports a unit or counted noun after the day read at
// tokens d..end that makes it a quantity instead: "in May 20 percent", "in
// June 12 candidates".
func (s *scanner) quantityAfterDay(d, end int) bool {
	if s.unitAfter(end+1) || (end == d && s.isPunct(end+1, ":")) {
		return true
	}
	_, last, ok := s.countNoun(end + 1)
	return ok && last == end+1
}

// unitAfter reports a unit at token i that makes the number before it a
// quantity, not part of a date: "May 20 percent", "2016 million".
func (s *scanner) unitAfter(i int) bool {
	t := s.at(i)
	switch t.kind {
	case tPunct:
		return t.text == "%" || (t.text == "-" && s.glued(i) && s.glued(i+1))
	case tWord:
		if _, ok := numWords[t.text]; ok {
			return true
		}
		switch t.text {
		case "percent", "per", "percentage", "points", "point", "dollars", "cents", "pct", "years", "votes":
			return true
		}
	}
	return false
}

func validDay(m, d int) bool {
	return d >= 1 && d <= [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

// dayMonth reads "14 March", "15 June 2016", "the tenth of September".
func (s *scanner) dayMonth(i int) (int, string, bool) {
	day, end, ok := s.dayAt(i)
	if !ok {
		return 0, "", false
	}
	k := end + 1
	if s.isWord(k, "of") {
		k++
	}
	m, j, _, ok := s.monthAt(k)
	if !ok || !validDay(m, day) {
		return 0, "", false
	}
	if _, iso, ok := s.monthDate(k); ok && len(iso) == len("2006-01-02") {
		return 0, "", false // "the 19 Sept. 11 hijackers": the month has its own day
	}
	end, date := s.withYear(j, m, day)
	return end, date, true
}

// numericDate reads "11/06/2018", "2018-11-06", "21-04-2016", "05/05/71",
// "13.5.2015". Without a year ("4/22", "9/11") a pair of numbers is no date.
func (s *scanner) numericDate(i int) (int, string, bool) {
	t := s.at(i)
	if t.kind != tNum {
		return 0, "", false
	}
	var parts [3]string
	end := i
	if t.dotted {
		p := strings.Split(t.text, ".")
		if len(p) != 3 {
			return 0, "", false
		}
		copy(parts[:], p)
	} else {
		sep := s.at(i + 1)
		if sep.kind != tPunct || (sep.text != "/" && sep.text != "-") {
			return 0, "", false
		}
		for k := 0; k < 3; k++ {
			n := s.at(i + 2*k)
			if n.kind != tNum || n.dec != 0 || n.commas || n.dotted || (k > 0 && (!s.glued(i+2*k) || !s.glued(i+2*k-1) || !s.isPunct(i+2*k-1, sep.text))) {
				return 0, "", false
			}
			parts[k] = n.text
		}
		end = i + 4
		if s.at(end+1).kind == tPunct && s.glued(end+1) && s.at(end+2).kind == tNum && s.glued(end+2) {
			return 0, "", false // a longer chain: a phone number or code
		}
	}
	a, b, c := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	var y, m, d int
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		y, m, d = a, b, c
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && (len(parts[2]) == 4 || len(parts[2]) == 2):
		y = c
		if len(parts[2]) == 2 {
			y += 1900
			if c < 50 {
				y += 100
			}
		}
		m, d = a, b
		if a > 12 {
			m, d = b, a
		}
	default:
		return 0, "", false
	}
	if y < 1000 || y > 2999 || m < 1 || m > 12 || !validDay(m, d) {
		return 0, "", false
	}
	return end, fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// quarter reads "the third quarter of 2019", "2019's third quarter" and
// "Q3 2019" as "2019-Q3".
func (s *scanner) quarter(i int) (int, string, bool) {
	q, k := s.quarterAt(i)
	if q > 0 && s.isWord(k+1, "of") && s.yearToken(k+2) {
		return k + 2, fmt.Sprintf("%s-Q%d", s.at(k+2).text, q), true
	}
	if s.isWord(i, "q") && s.at(i+1).kind == tNum && s.glued(i+1) && s.yearToken(i+2) {
		if v := s.at(i + 1).val; v >= 1 && v <= 4 && s.at(i+1).intDigits == 1 {
			return i + 2, fmt.Sprintf("%s-Q%d", s.at(i+2).text, int(v)), true
		}
	}
	if s.yearToken(i) && s.possessive(i+1) {
		if q, k := s.quarterAt(i + 3); q > 0 {
			return k, fmt.Sprintf("%s-Q%d", s.at(i).text, q), true
		}
	}
	return 0, "", false
}

// quarterAt reads "first quarter" or "first-quarter" at token i.
func (s *scanner) quarterAt(i int) (int, int) {
	q := quarters[s.at(i).text]
	if q == 0 || s.at(i).kind != tWord {
		return 0, 0
	}
	k := i + 1
	if s.isPunct(k, "-") && s.glued(k) {
		k++
	}
	if !s.isWord(k, "quarter") {
		return 0, 0
	}
	return q, k
}

var quarters = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// yearToken reports a four-digit number that could be a year.
// withYear completes a month and day that end at token end with the year
// that may follow ("June 5, 2018"), or "XXXX" when none does, and returns
// the last token used.
func (s *scanner) withYear(end, m, day int) (int, string) {
	y := end + 1
	if s.isPunct(y, ",") {
		y++
	}
	if s.yearToken(y) {
		return y, fmt.Sprintf("%s-%02d-%02d", s.at(y).text, m, day)
	}
	return end, fmt.Sprintf("XXXX-%02d-%02d", m, day)
}

func (s *scanner) yearToken(i int) bool {
	t := s.at(i)
	if t.kind != tNum || t.intDigits != 4 || t.commas || t.dec != 0 || t.dotted || t.val < 1000 || t.val > 2999 {
		return false
	}
	w := s.at(i + 1)
	return !(w.kind == tWord && s.glued(i+1))
}

// yearAt reports whether the number at token i is a year: after a word that
// makes it one ("in", "since", "the"), or a number from 1900 to 2099 that
// counts nothing ("the 2016 election", but "2000 voters").
func (s *scanner) yearAt(i int, strong bool) bool {
	if !s.yearToken(i) || s.unitAfter(i+1) || s.isPunct(i+1, "%") {
		return false
	}
	if s.glued(i) && !(s.isPunct(i-1, "-") && s.isWord(i-2, "mid")) {
		return false
	}
	if h, end := s.prefix(i - 1); end == i && s.at(i-1).kind != tNone && h != hedgeBetween && h != hedgeFrom {
		if !s.isWord(i-1, "some") {
			return false // "about 2000 people"
		}
		_, last, ok := s.countNoun(i + 1)
		return ok && last > i+1 // "some 2016 presidential candidates"
	}
	if s.isPunct(i-1, "$") {
		return false
	}
	v := s.at(i).val
	p := s.at(i - 1)
	if p.kind == tWord && yearPreps[p.text] {
		strong = true
	}
	if s.lastYear == i-2 && i >= 2 && (s.isDash(i-1) || p.text == "and" || p.text == "to" || p.text == "or" || p.text == "through") {
		strong = true
	}
	if strong || s.possessive(i+1) {
		return true
	}
	if v < 1900 || v > 2099 || s.nameBefore(i) {
		return false
	}
	_, last, ok := s.countNoun(i + 1)
	return !ok || last != i+1
}

var yearPreps = ascii.Set("in", "since", "by", "until", "till", "through", "during", "before", "after", "fiscal",
	"early", "late", "mid", "circa", "spring", "summer", "fall", "autumn", "winter", "year", "between", "from",
	"throughout", "of", "the")

// yearLike reports a year opening a span of years ("between 2000 and 2012").
func (s *scanner) yearLike(i int) bool {
	v := s.at(i).val
	return s.yearToken(i) && v >= 1900 && v <= 2099 && !s.unitAfter(i+1)
}

// yearSpan skips "2015-16" and "2015-2016": season and fiscal-year labels
// are no single date.
func (s *scanner) yearSpan(i int) (int, bool) {
	if !s.yearToken(i) || !s.isDash(i+1) || !s.glued(i+1) || !s.glued(i+2) {
		return 0, false
	}
	t := s.at(i + 2)
	if t.kind != tNum || t.dec != 0 || (t.intDigits != 2 && t.intDigits != 4) {
		return 0, false
	}
	return i + 2, true
}

// relativeDate resolves "yesterday", "last week", "next month", "Tuesday"
// against the article's date; unknown, they are no figure.
func (s *scanner) relativeDate(i int) (int, bool) {
	if s.ctx.Date.IsZero() {
		return i, false
	}
	d := s.ctx.Date
	t := s.at(i)
	switch t.text {
	case "yesterday":
		s.emitDate(i, i, d.AddDate(0, 0, -1).Format(time.DateOnly), HedgeNone)
		return i + 1, true
	case "tomorrow":
		s.emitDate(i, i, d.AddDate(0, 0, 1).Format(time.DateOnly), HedgeNone)
		return i + 1, true
	case "last", "next":
		if p := s.at(i - 1); p.kind == tWord && (p.text == "the" || p.text == "past" || p.text == "this") {
			return i, false // "in the last week" is a span, not a calendar week
		}
		dir := 1
		if t.text == "last" {
			dir = -1
		}
		n := s.at(i + 1)
		var iso string
		switch n.text {
		case "week":
			y, w := d.AddDate(0, 0, 7*dir).ISOWeek()
			iso = fmt.Sprintf("%04d-W%02d", y, w)
		case "month":
			m := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, dir, 0)
			iso = m.Format("2006-01")
		case "year":
			iso = fmt.Sprintf("%04d", d.Year()+dir)
		default:
			wd, ok := weekdays[n.text]
			if !ok || !n.upper {
				return i, false
			}
			iso = weekdayDate(d, wd, dir).Format(time.DateOnly)
		}
		s.emitDate(i, i+1, iso, HedgeNone)
		return i + 2, true
	}
	wd, ok := weekdays[t.text]
	if !ok || !t.upper || s.nameBefore(i) || s.isWord(i-1, "this") {
		return i, false
	}
	s.emitDate(i, i, weekdayDate(d, wd, 0).Format(time.DateOnly), HedgeNone)
	return i + 1, true
}

// weekdayDate is the weekday wd nearest the article date d: on or before it
// (dir 0), strictly before (-1) or strictly after (+1).
func weekdayDate(d time.Time, wd, dir int) time.Time {
	back := (int(d.Weekday()) - wd + 7) % 7
	switch dir {
	case -1:
		if back == 0 {
			back = 7
		}
	case 1:
		fwd := (wd - int(d.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return d.AddDate(0, 0, fwd)
	}
	return d.AddDate(0, 0, -back)
}
