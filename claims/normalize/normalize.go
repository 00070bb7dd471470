// Package normalize repairs the typography and tokenisation of article text
// so that the readers after it see one spelling of each thing: straight quote
// marks, plain spaces, "47.3%" rather than "47 . 3 %", "don't" rather than
// "do n't". Every output byte keeps its original range (textmap), so nothing
// found later loses its place in the file. It never drops words and never
// guesses at meaning: what it cannot repair with certainty it leaves alone.
package normalize

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"factdiff/claims/ascii"
	"factdiff/claims/textmap"
)

// Text returns the normalised form of t, mapped to whatever t maps to.
func Text(t textmap.Text) textmap.Text {
	chars := characters(t.S)
	spaced := spaces(chars.S)
	detok := detokenize(spaced.S)
	return detok.Compose(spaced.Compose(chars)).Compose(t)
}

// characters maps typographic variants onto the plain characters the readers
// expect and drops invisible ones.
func characters(s string) textmap.Text {
	var b textmap.Builder
	plain := 0 // s[plain:i] is plain, still to be copied
	for i := 0; i < len(s); {
		i = nextNonPrintable(s, i)
		if i == len(s) {
			break
		}
		if !mayReplace[s[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if rep, ok := replacement(r); ok {
			if plain == 0 { // the first replacement: the text is copied after all
				b.Grow(len(s))
			}
			b.Copy(plain, s[plain:i])
			b.Replace(i, i+n, rep)
			plain = i + n
		}
		i += n
	}
	if plain == 0 {
		return textmap.Identity(s) // nothing replaced: no copy to make
	}
	b.Copy(plain, s[plain:])
	return b.Text()
}

// nextNonPrintable returns the offset of the first byte from i on that is
// not printable ASCII (a control or part of a multi-byte character), or
// len(s). It tests eight bytes at a time: plain ASCII, which it passes
// over, is most of a text.
func nextNonPrintable(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if m := (x | belowBytes(x, 0x20)) & 0x8080808080808080; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x80 {
		i++
	}
	return i
}

// load8 returns s[i:i+8] as a word, s[i] in the low byte.
func load8(s string, i int) uint64 {
	w := s[i : i+8] // one bounds check; the compiler merges the loads into one
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// belowBytes sets the high bit of every byte of x below n (n at most
// 0x80), and may set it in bytes above such a byte, never below one: only
// its lowest set bit is exact.
func belowBytes(x uint64, n byte) uint64 {
	return (x - 0x0101010101010101*uint64(n)) &^ x & 0x8080808080808080
}

// mayReplace marks the bytes that may start a character to replace: the
// ASCII controls replacement handles and any byte outside ASCII. Plain ASCII
// is passed over with one look-up a byte.
var mayReplace = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	for _, c := range "\t\r\v\f" {
		t[c] = true
	}
	return t
}()

func replacement(r rune) (string, bool) {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\uff02':
		return `"`, true
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\uff07':
		return "'", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return "-", true
	case '\t', '\v', '\f', '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
		'\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return " ", true
	case '\r', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', utf8.RuneError:
		return "", true
	case '\u2028', '\u2029', '\u0085':
		return "\n", true
	}
	return "", false
}

// spaces folds runs of white space: a run holding two or more line breaks is
// a paragraph break ("\n\n"), one line break stays "\n", anything else is a
// single space. Leading and trailing white space goes.
func spaces(s string) textmap.Text {
	var b textmap.Builder
	kept := 0 // s[kept:i] is still to be copied
	runs := newRunFinder()
	for i := 0; i < len(s); {
		i = runs.next(s, i)
		if i == len(s) {
			break
		}
		j, breaks := i, 0
		for j < len(s) && (s[j] == ' ' || s[j] == '\n') {
			if s[j] == '\n' {
				breaks++
			}
			j++
		}
		rep := " "
		switch {
		case i == 0 || j == len(s):
			rep = ""
		case breaks >= 2:
			rep = "\n\n"
		case breaks == 1:
			rep = "\n"
		}
		if s[i:j] != rep {
			if kept == 0 { // the first change
				if j == len(s) {
					return textmap.Identity(s[:i]) // only the file's last line end goes
				}
				b.Grow(len(s))
			}
			b.Copy(kept, s[kept:i])
			b.Replace(i, j, rep)
			kept = j
		}
		i = j
	}
	return finish(&b, s, kept)
}

// runFinder finds the runs of white space that spaces may have to fold:
// those with a line break or two spaces, and those at either end of the
// text. The lone spaces between words, nearly all of them, are passed over
// by searching for line breaks and double spaces, where a byte-by-byte
// scan would stop at every word.
type runFinder struct{ breaks ascii.Seeker }

func newRunFinder() runFinder { return runFinder{ascii.NewSeeker("\n", "  ")} }

// next returns where the next such run starts at or after i, or len(s).
func (r *runFinder) next(s string, i int) int {
	if i == 0 && s[0] == ' ' {
		return 0
	}
	at := r.breaks.Next(s, i)
	if at == len(s) {
		if s[len(s)-1] == ' ' && len(s)-1 >= i {
			return len(s) - 1 // a lone space ending the text
		}
		return len(s)
	}
	for at > i && s[at-1] == ' ' {
		at-- // the run starts at the spaces before its line break
	}
	return at
}

// finish copies the rest of s from kept on, unless nothing was replaced:
// clean text, most of it, is then returned as it is rather than copied.
func finish(b *textmap.Builder, s string, kept int) textmap.Text {
	if kept == 0 {
		return textmap.Identity(s)
	}
	b.Copy(kept, s[kept:])
	return b.Text()
}

// detokenize undoes what NLP tokenisers do to prose: it removes the single
// spaces they put around punctuation, inside numbers and before clitics. It
// works on space-folded text, where every space is a lone " ".
func detokenize(s string) textmap.Text {
	quotes := marks{at: floatingQuotes(s)}
	var b textmap.Builder
	kept := 0
	var sites dropSites
	for i := sites.next(s, 0); i < len(s); i = sites.next(s, i+1) {
		if dropSpace(s, i, &quotes) {
			if kept == 0 {
				b.Grow(len(s))
			}
			b.Copy(kept, s[kept:i])
			kept = i + 1
		}
	}
	return finish(&b, s, kept)
}

// dropSites finds, in order, the spaces that dropSpace may drop: those
// beside a mark a tokeniser sets apart and those before "n't", whose
// apostrophe is such a mark too. The spaces between words, nearly all of
// them, are passed over by searching for the marks, where a space-by-space
// scan would stop at every word.
type dropSites struct {
	mark     int // the next mark found, or len(s)
	searched bool
}

// tokenMarks are the bytes beside which dropSpace drops a space.
const tokenMarks = `.,"';:!?%)]}([$`

// next returns the first such space at or after i, or len(s).
func (c *dropSites) next(s string, i int) int {
	if !c.searched || c.mark < i-1 {
		c.mark = nextMark(s, max(i-1, 0))
	}
	c.searched = true
	for c.mark < len(s) {
		p := c.mark
		if s[p] == '\'' && p-2 >= i && strings.HasPrefix(s[p-2:], " n't") {
			return p - 2
		}
		if p-1 >= i && s[p-1] == ' ' {
			return p - 1
		}
		if p+1 < len(s) && s[p+1] == ' ' {
			return p + 1
		}
		c.mark = nextMark(s, p+1)
	}
	return len(s)
}

// nextMark returns the offset of the first of tokenMarks in s at or after i,
// or len(s). It tests eight bytes at a time for the ASCII punctuation the
// marks are among: the letters and spaces between marks, most of a text,
// are passed over without a look-up each.
func nextMark(s string, i int) int {
	for i+8 <= len(s) {
		m := markBytes(load8(s, i))
		if m == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(m) / 8
		if isTokenMark[s[i]] {
			return i
		}
		i++
	}
	for i < len(s) && !isTokenMark[s[i]] {
		i++
	}
	return i
}

// markBytes sets the high bit of every byte of x that may be one of
// tokenMarks: ASCII from '!' to '?', and '[', '\\', ']', '{', '|', '}'. Each
// byte is tested on its own (no borrow crosses into the next), so every
// mark is flagged and the lowest flag can be taken as the next candidate.
func markBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x & (0x7f * ones)
	folded := low | 0x20*ones // '[' and ']' fall on '{' and '}'
	punct := (low + (0x80-'!')*ones) &^ (low + (0x80-'@')*ones)
	brackets := (folded + (0x80-'{')*ones) &^ (folded + (0x80-'}'-1)*ones)
	return (punct | brackets) &^ x & (0x80 * ones)
}

var isTokenMark = func() (t [256]bool) {
	for i := 0; i < len(tokenMarks); i++ {
		t[tokenMarks[i]] = true
	}
	return t
}()

// dropSpace reports whether the space at s[i] is a tokeniser's artefact.
func dropSpace(s string, i int, quotes *marks) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	prev, next := s[i-1], s[i+1]
	if isWordByte(prev) && isLetter(next) && next != 'n' {
		return false // a space between words, the usual case, is none of the below
	}
	// Floating quote marks are double quotes, so only a space beside one
	// needs looking up.
	if next == '"' {
		if n, ok := quotes.find(i + 1); ok {
			return n%2 == 1
		}
	}
	if prev == '"' {
		if n, ok := quotes.find(i - 1); ok {
			return n%2 == 0
		}
	}
	switch {
	case next == '.' || next == ',':
		if numberJoin(s, i+1) {
			return true
		}
		// A full stop that ends a sentence, not the first dot of an ellipsis.
		return next == ',' || i+2 == len(s) || strings.IndexByte(" \n\"'", s[i+2]) >= 0
	case prev == '.' || prev == ',':
		return numberJoin(s, i-1)
	case closers[next]:
		return true
	case prev == '(' || prev == '[' || prev == '$':
		return true
	case next == '\'' && clitic(s[i+2:]):
		return isWordByte(prev)
	case strings.HasPrefix(s[i+1:], "n't") && (i+4 == len(s) || !isWordByte(s[i+4])):
		return isWordByte(prev)
	}
	return false
}

// closers are the marks a tokeniser sets apart from the word before them.
var closers = [256]bool{';': true, ':': true, '!': true, '?': true, '%': true, ')': true, ']': true, '}': true}

// numberJoin reports whether the "." or "," at s[p], with a space on each side,
// sits between the digits of one number: "48 . 1", "8 , 300 , 000".
func numberJoin(s string, p int) bool {
	if p+2 >= len(s) || s[p+1] != ' ' || !isDigit(s[p+2]) || p < 2 || s[p-1] != ' ' || !isDigit(s[p-2]) {
		return false
	}
	if s[p] == '.' {
		return true
	}
	n := 0
	for q := p + 2; q < len(s) && isDigit(s[q]); q++ {
		n++
	}
	return n == 3
}

var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

func clitic(s string) bool {
	for _, c := range clitics {
		if strings.HasPrefix(s, c) && (len(s) == len(c) || !isWordByte(s[len(c)])) {
			return true
		}
	}
	return false
}

// marks are the offsets of floating quote marks, in order, each with its
// rank within its paragraph: even ranks open a quotation, odd ones close it.
type marks struct {
	at   []mark
	next int
}

type mark struct{ off, rank int }

// find looks p up; calls come with offsets that never go back by more than
// one, so a cursor does instead of a search.
func (m *marks) find(p int) (int, bool) {
	for m.next > 0 && m.at[m.next-1].off >= p {
		m.next--
	}
	for m.next < len(m.at) && m.at[m.next].off < p {
		m.next++
	}
	if m.next < len(m.at) && m.at[m.next].off == p {
		return m.at[m.next].rank, true
	}
	return 0, false
}

// floatingQuotes finds the double quote marks that stand alone between spaces,
// as tokenisers leave them, in paragraphs where every double quote mark floats,
// so that they can be paired by alternation. A paragraph counts when one of
// its marks has a space after it and a space or the paragraph's start before
// it; the marks are looked up, not every byte, since most text has none.
func floatingQuotes(s string) []mark {
	var out []mark
	for start := 0; start < len(s); {
		end := strings.Index(s[start:], "\n\n")
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		para := s[start:end]
		first := len(out)
		floating, spaced := true, false
		for k := strings.IndexByte(para, '"'); k >= 0; {
			before := k == 0 || para[k-1] == ' ' || para[k-1] == '\n'
			after := k+1 == len(para) || para[k+1] == ' ' || para[k+1] == '\n'
			if floating = before && after; !floating {
				break
			}
			spaced = spaced || k+1 < len(para) && para[k+1] == ' ' && (k == 0 || para[k-1] == ' ')
			out = append(out, mark{off: start + k, rank: len(out) - first})
			n := strings.IndexByte(para[k+1:], '"')
			if n < 0 {
				break
			}
			k += n + 1
		}
		if !floating || !spaced {
			out = out[:first]
		}
		start = end + 2
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
