package figures

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/ascii"
)

type tokKind uint8

const (
	tNone tokKind = iota // past either end of the text
	tWord
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the input. Words are
// letter runs only, so "Lopez's" is three tokens and "G7" two; whether two
// tokens touch (space) is what tells "the 2-1 vote" from "2 - 1".
type token struct {
	start, end int
	text       string  // words lower-cased; numbers and punctuation as printed
	val        float64 // numbers only
	kind       tokKind
	space      bool // whitespace or the start of the text comes before it
	upper      bool // a word whose first letter is upper-case
	// numeral and starter say whether a word is a number word (numberWords)
	// and whether it may open a figure (starters): the scanner asks both of
	// nearly every word, so each word is looked up once, as it is read.
	numeral, starter bool
	dec              int8 // digits after the decimal point
	intDigits        int8 // digits before it, capped at maxDigits+1
	commas           bool // thousands separators, as in "3,000"
	dotted           bool // several dots, as in "1.2.3" or "13.5.2015"
}

// maxDigits bounds the integer digits of a usable number: longer runs are
// codes or identifiers, and a float64 holds 15 digits exactly.
const maxDigits = 15

// tokenize splits s[from:to] into tokens, appending to toks; low is
// s[from:to] with its ASCII letters lower-cased. Links, e-mail addresses and
// @handles are dropped whole, since no digit inside them is a figure.
func tokenize(s, low string, from, to int, toks []token) []token {
	space := true
	s = s[:to]
	links := mayHoldLink(s[from:], low)
	for i := from; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case space && links && isLink(s, i):
				for i < len(s) && !isSpaceAt(s, i) {
					i++
				}
				continue
			case isDigit(c):
				t := number(s, i)
				t.space = space
				toks = append(toks, t)
				i = t.end
			case ascii.IsLetter(c):
				toks = appendWord(toks, s, low, from, i, space)
				i = toks[len(toks)-1].end
			default:
				toks = append(toks, token{start: i, end: i + 1, text: s[i : i+1], kind: tPunct, space: space})
				i++
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case space && links && isLink(s, i):
			for i < len(s) && !isSpaceAt(s, i) {
				i++
			}
			continue
		case unicode.IsLetter(r):
			toks = appendWord(toks, s, low, from, i, space)
			i = toks[len(toks)-1].end
		default:
			toks = append(toks, token{start: i, end: i + size, text: s[i : i+size], kind: tPunct, space: space})
			i += size
		}
		space = false
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isSpaceAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// mayHoldLink reports whether s (low lower-cased) has what every link has
// somewhere: "www.", "@" or "://". Most text has none, and then no word
// needs to be checked for being one.
func mayHoldLink(s, low string) bool {
	return strings.IndexByte(s, '@') >= 0 || strings.Contains(s, "://") || strings.Contains(low, "www.")
}

// isLink reports whether the whitespace-delimited chunk starting at i is a
// URL, an e-mail address or a handle. It looks at most at the chunk itself,
// which the caller then skips, so the whole scan stays linear.
func isLink(s string, i int) bool {
	if len(s)-i >= 4 && strings.EqualFold(s[i:i+4], "www.") {
		return true
	}
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			return false
		case c == '@':
			return true
		case c == ':':
			if strings.HasPrefix(s[j:], "://") {
				return true
			}
		case c >= utf8.RuneSelf && isSpaceAt(s, j):
			return false
		}
	}
	return false
}

// number reads digits with optional thousands separators and one decimal
// part; further dotted groups make it a dotted code ("1.2.3", "13.5.2015").
func number(s string, i int) token {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	t := token{start: i, kind: tNum}
	digits := j - i
	if digits <= 3 {
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
			digits += 3
			t.commas = true
		}
	}
	intEnd := j
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		t.dec = int8(min(k-j-1, 100))
		j = k
	}
	for j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		t.dotted = true
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	t.end = j
	t.text = s[i:j]
	t.intDigits = int8(min(digits, maxDigits+1))
	if t.dotted || digits > maxDigits || t.dec > maxDigits {
		return t
	}
	lit := t.text
	if t.commas {
		lit = strings.ReplaceAll(s[i:intEnd], ",", "") + s[intEnd:j]
	}
	t.val, _ = strconv.ParseFloat(lit, 64)
	return t
}

// appendWord reads the run of letters at s[i] and appends it to toks; low
// is s[from:] with ASCII letters lower-cased, so the token's text is a
// slice of it and costs nothing.
func appendWord(toks []token, s, low string, from, i int, space bool) []token {
	j := i
	for j < len(s) {
		for j < len(s) && ascii.IsLetter(s[j]) {
			j++ // most of a word, a byte a step
		}
		if j == len(s) || s[j] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	upper := 'A' <= s[i] && s[i] <= 'Z'
	if s[i] >= utf8.RuneSelf {
		first, _ := utf8.DecodeRuneInString(s[i:j])
		upper = unicode.IsUpper(first)
	}
	w := low[i-from : j-from]
	numeral, starter := starters.lookup(w)
	return append(toks, token{start: i, end: j, kind: tWord, text: w, upper: upper, space: space,
		starter: starter, numeral: numeral})
}
