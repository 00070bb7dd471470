package article

import (
	"unicode/utf8"

	"golang.org/x/net/html"

	"factdiff/claims/textmap"
)

// sep is the kind of break wanted between two pieces of prose. Stronger
// kinds win when several are asked for between the same two pieces.
type sep int

const (
	sepNone      sep = iota
	sepSpace         // words of one line
	sepLine          // a line break inside a paragraph
	sepParagraph     // a blank line: the next piece starts a new paragraph
)

var sepText = [...]string{sepNone: "", sepSpace: " ", sepLine: "\n", sepParagraph: "\n\n"}

// writer builds a Body from the pieces of prose that markup leaves,
// inserting only the breaks that matter: none before the first piece, none
// after the last, one between any two, mapped to the markup that caused it.
type writer struct {
	src              string // the original the offsets point into
	b                textmap.Builder
	pending          sep
	pendFrom, pendTo int
}

func newWriter(src string, size int) *writer {
	w := &writer{src: src}
	w.b.Grow(size)
	return w
}

// brk asks for a break standing for original bytes [from, to).
func (w *writer) brk(kind sep, from, to int) {
	if kind > w.pending {
		w.pending, w.pendFrom, w.pendTo = kind, from, to
	}
}

// lineBreak asks for a line break standing for [from, to); a second one
// with nothing written in between makes it a paragraph break.
func (w *writer) lineBreak(from, to int) {
	if w.pending == sepLine {
		w.brk(sepParagraph, from, to)
		return
	}
	w.brk(sepLine, from, to)
}

func (w *writer) flush() {
	if w.pending != sepNone && w.b.Len() > 0 {
		// A break written exactly as in the original (one space, one
		// newline) is copied, so it joins the copied text around it in one
		// run of the offset map instead of starting a new one.
		if s := sepText[w.pending]; w.src[w.pendFrom:w.pendTo] == s {
			w.b.Copy(w.pendFrom, s)
		} else {
			w.b.Replace(w.pendFrom, w.pendTo, s)
		}
	}
	w.pending = sepNone
}

// copy appends s, found unchanged at original offset at.
func (w *writer) copy(at int, s string) {
	if s == "" {
		return
	}
	w.flush()
	w.b.Copy(at, s)
}

// replace appends s as the stand-in for original bytes [from, to).
func (w *writer) replace(from, to int, s string) {
	w.flush()
	w.b.Replace(from, to, s)
}

func (w *writer) text() textmap.Text { return w.b.Text() }

// maxEntityName bounds the name scanned after "&"; the longest HTML entity
// name has 31 characters, so a longer run cannot be one.
const maxEntityName = 40

// entity decodes the character reference at src[i] (which is '&'), returning
// the characters it stands for and the length it occupies, or n == 0 when
// there is none. It uses the HTML rules, legacy names without ";" included.
func entity(src string, i int) (s string, n int) {
	j := i + 1
	if j < len(src) && src[j] == '#' {
		j++
		if j < len(src) && (src[j] == 'x' || src[j] == 'X') {
			j++
		}
		for j < len(src) && isHexDigit(src[j]) {
			j++
		}
	} else {
		for j < len(src) && j-i <= maxEntityName && isAlnum(src[j]) {
			j++
		}
	}
	if j < len(src) && src[j] == ';' {
		j++
	}
	cand := src[i:j]
	dec := html.UnescapeString(cand)
	if dec == cand {
		return "", 0
	}
	// dec is one or two characters followed by the part of cand the
	// reference did not use (a legacy name such as "&amp" can stop early).
	_, l1 := utf8.DecodeRuneInString(dec)
	for _, l := range [...]int{l1, l1 + runeLenAt(dec, l1)} {
		if l > len(dec) {
			break
		}
		used := len(cand) - (len(dec) - l)
		if used > 0 && used <= len(cand) && dec[l:] == cand[used:] {
			return dec[:l], used
		}
	}
	return "", 0
}

func runeLenAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
