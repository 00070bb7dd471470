// Package normalize repairs the typography and tokenisation of article text
// so that the readers after it see one spelling of each thing: straight quote
// marks, plain spaces, "47.3%" rather than "47 . 3 %", "don't" rather than
// "do n't". Every output byte keeps its original range (textmap), so nothing
// found later loses its place in the file. It never drops words and never
// guesses at meaning: what it cannot repair with certainty it leaves alone.
package normalize

import (
	"strings"
	"unicode/utf8"

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
	b.Grow(len(s))
	plain := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != '\t' && c != '\r' && c != '\v' && c != '\f' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if rep, ok := replacement(r); ok {
			b.Copy(plain, s[plain:i])
			b.Replace(i, i+n, rep)
			plain = i + n
		}
		i += n
	}
	b.Copy(plain, s[plain:])
	return b.Text()
}

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
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != '\n' {
			j := i + 1
			for j < len(s) && s[j] != ' ' && s[j] != '\n' {
				j++
			}
			b.Copy(i, s[i:j])
			i = j
			continue
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
		if s[i:j] == rep {
			b.Copy(i, rep)
		} else {
			b.Replace(i, j, rep)
		}
		i = j
	}
	return b.Text()
}

// detokenize undoes what NLP tokenisers do to prose: it removes the single
// spaces they put around punctuation, inside numbers and before clitics. It
// works on space-folded text, where every space is a lone " ".
func detokenize(s string) textmap.Text {
	quotes := marks{at: floatingQuotes(s)}
	var b textmap.Builder
	b.Grow(len(s))
	kept := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && dropSpace(s, i, &quotes) {
			b.Copy(kept, s[kept:i])
			kept = i + 1
		}
	}
	b.Copy(kept, s[kept:])
	return b.Text()
}

// dropSpace reports whether the space at s[i] is a tokeniser's artefact.
func dropSpace(s string, i int, quotes *marks) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	prev, next := s[i-1], s[i+1]
	if n, ok := quotes.find(i + 1); ok {
		return n%2 == 1
	}
	if n, ok := quotes.find(i - 1); ok {
		return n%2 == 0
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
	case strings.IndexByte(";:!?%)]}", next) >= 0:
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
// so that they can be paired by alternation.
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
		if strings.Contains(para, ` " `) || strings.HasPrefix(para, `" `) {
			first := len(out)
			floating := true
			for k := 0; k < len(para) && floating; k++ {
				if para[k] != '"' {
					continue
				}
				before := k == 0 || para[k-1] == ' ' || para[k-1] == '\n'
				after := k+1 == len(para) || para[k+1] == ' ' || para[k+1] == '\n'
				floating = before && after
				out = append(out, mark{off: start + k, rank: len(out) - first})
			}
			if !floating {
				out = out[:first]
			}
		}
		start = end + 2
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
