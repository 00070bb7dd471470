package race

import (
	"strings"
)

// Mention is what an article says about when a figure held: the contest
// or year its clause names, the sentence around it and the days that
// sentence names (YYYY-MM-DD, "XXXX" for a year left unsaid).
type Mention struct {
	Time     string
	Sentence string
	Dates    []string
}

// kind is a round of a race, as articles and sheets name it.
type kind int

const (
	runoff kind = iota + 1
	primary
	firstRound
	general
	caucus
)

// phrase is a way of naming a kind of contest. Sheet-only phrases name a
// contest on a sheet but not in an article: "special election" on a sheet is
// the first round, while an article may call the whole race, runoff and
// all, the special election.
type phrase struct {
	words     string
	kind      kind
	sheetOnly bool
}

var phrases = []phrase{
	{"runoff", runoff, false},
	{"run off", runoff, false},
	{"second round", runoff, false},
	{"primary", primary, false},
	{"primaries", primary, false},
	{"first round", firstRound, false},
	{"special election", firstRound, true},
	{"general election", general, false},
	{"caucus", caucus, false},
	{"caucuses", caucus, false},
}

// kinds returns the kinds of contest text names. A name that qualifies a
// runoff ("the primary runoff", "the special election runoff") names the
// runoff only.
func kinds(text string, sheet bool) map[kind]bool {
	low := strings.ToLower(strings.ReplaceAll(text, "-", " "))
	out := map[kind]bool{}
	for _, p := range phrases {
		if p.sheetOnly && !sheet {
			continue
		}
		for from := 0; ; {
			i := strings.Index(low[from:], p.words)
			if i < 0 {
				break
			}
			i += from
			from = i + len(p.words)
			if !wordAt(low, i, from) {
				continue
			}
			rest := low[from:]
			if p.kind != runoff && (strings.HasPrefix(rest, " runoff") || strings.HasPrefix(rest, " run off")) {
				continue
			}
			out[p.kind] = true
		}
	}
	return out
}

// wordAt says whether low[i:j] stands as whole words.
func wordAt(low string, i, j int) bool {
	return (i == 0 || !isLetter(low[i-1])) && (j == len(low) || !isLetter(low[j]))
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// Contest returns the result an article's words point to, or nil unless
// they make it clear. The clause's own contest decides, provided the
// sentence names no other; a year in the clause goes with the one contest
// the sentence names; a sentence that names no contest may name its day.
// A contest named in the sentence but not taken by the clause (a runoff
// still to come) points nowhere, and a day in the sentence that belongs to
// another contest makes the mention ambiguous.
func (s *Sheet) Contest(m Mention) *Result {
	named := kinds(m.Sentence, false)
	own := kinds(m.Time, false)
	year := yearOf(m.Time)
	var want kind
	switch {
	case len(own) == 1:
		for k := range own {
			want = k
		}
		if len(named) > 1 || len(named) == 1 && !named[want] {
			return nil
		}
	case len(own) > 1 || year == "" && len(named) > 0 || len(named) > 1:
		return nil
	case len(named) == 1:
		for k := range named {
			want = k
		}
	}
	var found *Result
	for i := range s.Results {
		r := &s.Results[i]
		if !s.fits(r, want, year, m.Dates) {
			continue
		}
		if found != nil {
			return nil
		}
		found = r
	}
	return found
}

// yearOf returns the clause's time when it is a year, else "".
func yearOf(time string) string {
	if len(time) == 4 && strings.Trim(time, "0123456789") == "" {
		return time
	}
	return ""
}

// fits says whether r can be the contest of a mention of kind want (0 when
// only a day names it), in year, in a sentence naming dates.
func (s *Sheet) fits(r *Result, want kind, year string, dates []string) bool {
	if want != 0 && !r.kinds[want] {
		return false
	}
	if year != "" && !strings.HasPrefix(r.Date, year+"-") {
		return false
	}
	own := false
	for _, d := range dates {
		switch {
		case sameDay(d, r.Date, year):
			own = true
		case s.dayOfOther(d, r, year):
			return false
		}
	}
	return want != 0 || own
}

// dayOfOther says whether day d is the date of a result other than r.
func (s *Sheet) dayOfOther(d string, r *Result, year string) bool {
	for i := range s.Results {
		if o := &s.Results[i]; o != r && sameDay(d, o.Date, year) {
			return true
		}
	}
	return false
}

// sameDay says whether an article's day (its year possibly "XXXX", then
// taken from the clause's year when there is one) is the sheet's date.
func sameDay(article, sheet, year string) bool {
	if len(article) != len("2006-01-02") || len(sheet) != len(article) {
		return false
	}
	y := article[:4]
	if y == "XXXX" {
		y = year
	}
	return article[4:] == sheet[4:] && (y == "" || y == sheet[:4])
}
