// Package textmap keeps derived text tied to the file it came from.
//
// Every stage that rewrites text (HTML extraction, front-matter stripping,
// normalisation) produces a Text whose bytes each remember the range of
// original bytes they stand for, so a span found in cleaned text can always be
// reported where the user has it. It never interprets the text.
package textmap

import "unicode/utf8"

// Text is a string together with, for each of its bytes, the half-open range
// of original bytes that byte was made from.
type Text struct {
	S     string
	start []int32
	end   []int32
}

// Identity is a Text that stands for itself.
func Identity(s string) Text {
	var b Builder
	b.Grow(len(s))
	b.Copy(0, s)
	return b.Text()
}

// Orig returns the original half-open byte range of the span [i, j) of t.S.
// An empty span maps to an empty range at the original position of i.
func (t Text) Orig(i, j int) (int, int) {
	n := len(t.S)
	if n == 0 {
		return 0, 0
	}
	i = clamp(i, 0, n)
	j = clamp(j, i, n)
	if i == n {
		e := int(t.end[n-1])
		return e, e
	}
	if j == i {
		s := int(t.start[i])
		return s, s
	}
	return int(t.start[i]), int(t.end[j-1])
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Compose maps t, whose offsets point into outer.S, through outer, so the
// result's offsets point into whatever outer points into.
func (t Text) Compose(outer Text) Text {
	out := Text{S: t.S, start: make([]int32, len(t.S)), end: make([]int32, len(t.S))}
	for i := range t.start {
		s, e := outer.Orig(int(t.start[i]), int(t.end[i]))
		out.start[i], out.end[i] = int32(s), int32(e)
	}
	return out
}

// Builder assembles a Text piece by piece, in order.
type Builder struct {
	buf   []byte
	start []int32
	end   []int32
}

// Grow reserves room for n more bytes.
func (b *Builder) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), len(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
		ns := make([]int32, len(b.start), len(b.start)+n)
		copy(ns, b.start)
		b.start = ns
		ne := make([]int32, len(b.end), len(b.end)+n)
		copy(ne, b.end)
		b.end = ne
	}
}

// Copy appends s, which stands unchanged at original offset at.
func (b *Builder) Copy(at int, s string) {
	for i := 0; i < len(s); i++ {
		b.buf = append(b.buf, s[i])
		b.start = append(b.start, int32(at+i))
		b.end = append(b.end, int32(at+i+1))
	}
}

// Replace appends s as the stand-in for original bytes [from, to).
func (b *Builder) Replace(from, to int, s string) {
	for i := 0; i < len(s); i++ {
		b.buf = append(b.buf, s[i])
		b.start = append(b.start, int32(from))
		b.end = append(b.end, int32(to))
	}
}

// Len is the number of bytes appended so far.
func (b *Builder) Len() int { return len(b.buf) }

// Last returns the last byte appended, or 0.
func (b *Builder) Last() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// Text returns what was built.
func (b *Builder) Text() Text {
	return Text{S: string(b.buf), start: b.start, end: b.end}
}

// Lines turns byte offsets of an original file into the 1-based line and
// column (in code points) that editors show.
type Lines struct {
	src   []byte
	start []int
}

// NewLines indexes the line starts of src. Only "\n" ends a line, as in
// the findings contract; a CRLF file's "\r" is the last column of its line.
func NewLines(src []byte) *Lines {
	l := &Lines{src: src, start: []int{0}}
	for i, c := range src {
		if c == '\n' {
			l.start = append(l.start, i+1)
		}
	}
	return l
}

// Position returns the 1-based line and column of byte offset off.
func (l *Lines) Position(off int) (line, col int) {
	off = clamp(off, 0, len(l.src))
	lo, hi := 0, len(l.start)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.start[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, utf8.RuneCount(l.src[l.start[lo]:off]) + 1
}
