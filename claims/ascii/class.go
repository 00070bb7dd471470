package ascii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizers of every reader test each byte of a word; a table tells
// ASCII letters and digits apart with one look-up, where a Unicode test
// would decode a rune first.
var letters, alnums = func() (l, a [256]bool) {
	for c := range l {
		l[c] = 'a' <= c|0x20 && c|0x20 <= 'z'
		a[c] = l[c] || '0' <= c && c <= '9'
	}
	return l, a
}()

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return letters[c] }

// IsAlnum reports whether c is an ASCII letter or digit.
func IsAlnum(c byte) bool { return alnums[c] }

// Shapes rules most words out of a word list by their length and first and
// last bytes, in any case, before the list's map is asked: readers ask
// about every word of a text, and most are on no list. It may let a word
// through that is not on the list, never the reverse.
type Shapes struct {
	t [maxShape + 1][64]uint64 // length, first byte -> last bytes
}

// maxShape is the longest word Shapes tells apart; longer ones always pass.
const maxShape = 20

// fold maps a byte to one of 64 slots, upper and lower case alike.
func fold(c byte) byte { return (c | 0x20) & 63 }

// Add records w.
func (s *Shapes) Add(w string) {
	if n := len(w); n > 0 && n <= maxShape {
		s.t[n][fold(w[0])] |= 1 << fold(w[n-1])
	}
}

// MayHave reports whether w, in any case, may be a word that was added.
func (s *Shapes) MayHave(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	return n > maxShape || s.t[n][fold(w[0])]&(1<<fold(w[n-1])) != 0
}

// IsWord reports whether r is a letter or digit of any script, the runes
// words are made of; ASCII, most of them, by table.
func IsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return alnums[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Seeker finds, in one text, the next of a few strings (at most eight), many
// bytes a step: it keeps where strings.Index last found each one, so that
// each occurrence is searched for once however often the reader asks.
// Readers use it to pass over the bytes between the few that concern them.
type Seeker struct {
	needles  []string
	next     [8]int // at or after the last search; len(s) for none
	searched bool
}

// NewSeeker returns a Seeker for the given strings.
func NewSeeker(needles ...string) Seeker {
	if len(needles) > 8 {
		panic("ascii: a Seeker seeks at most eight strings")
	}
	return Seeker{needles: needles}
}

// Next returns the first offset at or after i of one of the strings in s,
// or len(s). Calls for one Seeker are about one s, with i never going back.
func (f *Seeker) Next(s string, i int) int {
	first := len(s)
	for k, n := range f.needles {
		if !f.searched || f.next[k] < i {
			f.next[k] = len(s)
			if j := strings.Index(s[i:], n); j >= 0 {
				f.next[k] = i + j
			}
		}
		first = min(first, f.next[k])
	}
	f.searched = true
	return first
}

// Set returns the words given, each argument split at white space, as a
// set: the word lists readers keep are written as one string or several.
func Set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, ws := range words {
		for _, w := range strings.Fields(ws) {
			m[w] = true
		}
	}
	return m
}
