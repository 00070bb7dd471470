// Package figures reads the figures in normalised English news prose: each
// percentage, point margin, sum of money, count, age, date, ordinal and
// number, with the exact interval its wording allows ("just under 30
// percent", "between 40 and 45 percent", "more than $2 million").
//
// It is a hand-written scanner over a token list, linear in the input. It
// knows nothing of entities, documents or sentences: it never decides who a
// figure is about or what it measures, and when the wording is unclear it
// finds less rather than guess (a count needs a clear noun, a date a clear
// month or year, and labels such as "Route 66" or tallies such as "a 5-4
// vote" are not figures at all).
package figures

import (
	"strings"
	"time"

	"factdiff/claims/ascii"
)

// Kind says what a figure is a figure of.
type Kind string

// The kinds of figure, as named by the claims contract.
const (
	Percent Kind = "percent"
	Points  Kind = "points" // percentage points, never a percentage
	Money   Kind = "money"  // in dollars
	Count   Kind = "count"  // a number of things named by Unit
	Age     Kind = "age"    // in years
	Date    Kind = "date"
	Ordinal Kind = "ordinal"
	Number  Kind = "number" // no unit the text makes clear
)

// Hedges: how the wording bounds a figure.
const (
	HedgeNone      = "none"
	HedgeAbout     = "about"
	HedgeNearly    = "nearly"
	HedgeJustUnder = "just-under"
	HedgeLessThan  = "less-than"
	HedgeAtMost    = "at-most"
	HedgeMoreThan  = "more-than"
	HedgeAtLeast   = "at-least"
	HedgeWithin    = "within"
	HedgeRange     = "range"
)

// Figure is one figure phrase and what it states.
type Figure struct {
	// Start and End are byte offsets of the whole phrase in the input,
	// hedge and unit included ("just under 30 percent").
	Start, End int
	Kind       Kind
	// Value is nil only for dates.
	Value *float64
	// Low and High bound what the wording allows, from the printed
	// precision widened by the hedge; nil means no bound on that side.
	Low, High *float64
	Hedge     string
	// Unit is "%", "points", "$", "years", or for counts the counted noun,
	// lower-cased and plural ("seats").
	Unit string
	// Date is ISO 8601 for dates, with "XXXX" for a year the text omits
	// ("XXXX-03-14"), or a year, month, quarter ("2019-Q3") or week.
	Date string
	// Of names what a "within" hedge bounds against ("majority").
	Of string
}

// Context is what is known of the article a text comes from.
type Context struct {
	// Date is the article's date, zero when unknown. It resolves "Tuesday",
	// "yesterday" and "last week"; without it those are not figures.
	Date time.Time
}

// Find returns the figures in s in order of Start, without overlaps.
func Find(s string, ctx Context) []Figure {
	var f Finder
	return f.Find(s, ctx)
}

// Finder finds figures in one text after another, keeping its buffers
// between calls: a reader that asks sentence by sentence would otherwise pay
// for a fresh token list every time. The zero Finder is ready to use; it is
// not safe for concurrent use.
type Finder struct {
	sc scanner
}

// Find returns the figures in s in order of Start, without overlaps. The
// result is the caller's; later calls do not touch it.
func (f *Finder) Find(s string, ctx Context) []Figure {
	if !mayHoldFigure(s, ctx) {
		return nil
	}
	return f.scan(s, "", ctx)
}

// FindLower is Find for a caller that has lower-cased the ASCII letters of s
// already, into low: a reader of a whole article lower-cases it once rather
// than sentence by sentence.
func (f *Finder) FindLower(s, low string, ctx Context) []Figure {
	if !mayHoldFigure(s, ctx) {
		return nil
	}
	return f.scan(s, low, ctx)
}

// scan reads every figure of s, token by token; low is s with its ASCII
// letters lower-cased, or "" to lower-case each chunk as it is read.
func (f *Finder) scan(s, low string, ctx Context) []Figure {
	sc := &f.sc
	sc.src, sc.ctx, sc.out = s, ctx, nil
	for from := 0; from < len(s); {
		to := chunkEnd(s, from)
		var chunkLow string
		if low == "" {
			chunkLow = ascii.Lower(s[from:to])
		} else {
			chunkLow = low[from:to]
		}
		sc.toks = tokenize(s, chunkLow, from, to, sc.toks[:0])
		sc.lastYear = -10
		sc.run()
		from = to
	}
	return sc.out
}

// mayHoldFigure reports whether s has a digit or a number word: every
// figure, date or quantity, has one or the other, and most sentences of
// prose have neither, so they are passed over without tokenising them.
// Without the article's date, a weekday or "last" makes no figure, and
// news is full of them ("said Tuesday"): only the words that can make one
// count.
func mayHoldFigure(s string, ctx Context) bool {
	words := numberWords
	if ctx.Date.IsZero() {
		words = undatedNumberWords
	}
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case isDigit(c):
			return true
		case ascii.IsLetter(c):
			j := i + 1
			for j < len(s) && ascii.IsLetter(s[j]) {
				j++
			}
			// mayHave, inlined, spares most words the call.
			if w := s[i:j]; words.mayHave(w) && words.hasFolded(w) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// numberWords are the words one of which every figure without digits
// holds: number words, ordinals, fractions, months, weekdays and the words
// that open a relative date.
var numberWords = newWordSet(numeralWords(relativeWords...))

// undatedNumberWords are numberWords less those that make a figure only
// against the article's date: the weekdays and relativeWords.
var undatedNumberWords = func() *wordSet {
	m := numeralWords()
	for w := range weekdays {
		delete(m, w)
	}
	return newWordSet(m)
}()

// relativeWords open a relative date ("yesterday", "last week").
var relativeWords = []string{"yesterday", "tomorrow", "last", "next"}

// numeralWords returns the given words with every number word, ordinal,
// fraction, month and weekday.
func numeralWords(extra ...string) map[string]bool {
	m := ascii.Set(extra...)
	addKeys(m, numWords)
	addKeys(m, ordinalWords)
	addKeys(m, denominators)
	addKeys(m, months)
	addKeys(m, weekdays)
	return m
}

// addKeys adds the keys of src to m.
func addKeys[V any](m map[string]bool, src map[string]V) {
	for w := range src {
		m[w] = true
	}
}

// isNumberWord reports whether the ASCII letters w, in any case, are one of
// numberWords.
func isNumberWord(w string) bool { return numberWords.mayHave(w) && numberWords.hasFolded(w) }

// chunkSize is how much text is tokenised at a time; chunks end at a line
// break, which no figure phrase crosses, so the token buffer stays small
// however long the input.
const chunkSize = 32 << 10

// chunkEnd returns where the chunk starting at from ends: after the first
// line break past chunkSize bytes, or at the end of s.
func chunkEnd(s string, from int) int {
	if len(s)-from <= chunkSize {
		return len(s)
	}
	if k := strings.IndexByte(s[from+chunkSize:], '\n'); k >= 0 {
		return from + chunkSize + k + 1
	}
	return len(s)
}

// scanner walks the tokens once, left to right; each reader either claims
// the tokens from i on or leaves them to the next.
type scanner struct {
	src  string
	ctx  Context
	toks []token
	out  []Figure
	// lastYear is the token of the last year read, so "between 2000 and
	// 2012" reads its second year too.
	lastYear int
	vals     []float64 // backs the figures' Value, Low and High
	// nextNumeral is the first token at or after the last one run asked
	// about that is a number or a number word (see numeralFrom).
	nextNumeral int
}

func (s *scanner) run() {
	s.nextNumeral = -1
	for i := 0; i < len(s.toks); {
		if !s.mayStart(i) || s.toks[i].kind == tWord && s.numeralFrom(i) > i+maxLead {
			i++
			continue
		}
		if next, ok := s.dateAt(i); ok {
			i = next
			continue
		}
		if next, ok := s.phraseAt(i); ok {
			i = next
			continue
		}
		i++
	}
}

// maxLead is how many tokens a figure phrase can put before its first
// number or number word: a hedge of five words ("greater than or equal
// to"), "minus", "US $" and the "a" of "a hundred". A word further than
// that from any number starts no figure.
const maxLead = 9

// numeralFrom returns the index of the first token from i on that is a
// number or a number word, or len(s.toks). Asked with i never going back,
// as run asks, it looks at each token once.
func (s *scanner) numeralFrom(i int) int {
	if s.nextNumeral < i {
		s.nextNumeral = i
		for s.nextNumeral < len(s.toks) {
			t := &s.toks[s.nextNumeral]
			if t.kind == tNum || t.numeral {
				break
			}
			s.nextNumeral++
		}
	}
	return s.nextNumeral
}

// mayStart reports whether a figure can start at token i; most words
// cannot, and one lookup spares them every reader.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		return t.starter
	}
	switch t.text {
	case "$", "-", ">", "<":
		return true
	}
	return false
}

// starters are the words a figure phrase or date can begin with, each
// marked true if it is one of numberWords: the tokenizer asks both of every
// word, and every number word is a starter, so one lookup answers both.
var starters = newWordSet(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("since mid q aged age minus negative us u usd a an") {
		m[w] = false
	}
	for w := range hedgePhrases {
		if w != ">" && w != "<" { // marks, not words: mayStart takes them apart
			m[w] = false
		}
	}
	for w := range numberWords.words {
		m[w] = true
	}
	return m
}())

var noToken token

// at returns token i, or a token of kind tNone past either end.
func (s *scanner) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

func (s *scanner) isWord(i int, w string) bool {
	t := s.at(i)
	return t.kind == tWord && t.text == w
}

func (s *scanner) isPunct(i int, p string) bool {
	t := s.at(i)
	return t.kind == tPunct && t.text == p
}

// glued reports whether token i touches the token before it.
func (s *scanner) glued(i int) bool {
	t := s.at(i)
	return t.kind != tNone && !t.space && i > 0
}

// isApostrophe reports whether token i is a straight or curly apostrophe.
func (s *scanner) isApostrophe(i int) bool {
	return s.isPunct(i, "'") || s.isPunct(i, "\u2019")
}

// possessive reports whether tokens i, i+1 are "'s" glued to what precedes.
func (s *scanner) possessive(i int) bool {
	return s.isApostrophe(i) && s.glued(i) && s.isWord(i+1, "s") && s.glued(i+1)
}

// isDash reports whether token i is a hyphen or an en or em dash.
func (s *scanner) isDash(i int) bool {
	return s.isPunct(i, "-") || s.isPunct(i, "\u2013") || s.isPunct(i, "\u2014")
}

func (s *scanner) emit(f Figure) {
	if f.Hedge == "" {
		f.Hedge = HedgeNone
	}
	s.out = append(s.out, f)
}

// num returns a pointer to v, carved from a block shared by many figures
// so each figure does not cost three allocations.
func (s *scanner) num(v float64) *float64 {
	if len(s.vals) == cap(s.vals) {
		s.vals = make([]float64, 0, 128)
	}
	s.vals = append(s.vals, v)
	return &s.vals[len(s.vals)-1]
}
