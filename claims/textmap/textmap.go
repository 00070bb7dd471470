// Package textmap keeps derived text tied to the file it came from.
//
// Every stage that rewrites text (HTML extraction, front-matter stripping,
// normalisation) produces a Text whose bytes each remember the range of
// original bytes they stand for, so a span found in cleaned text can always be
// reported where the user has it. It never interprets the text.
package textmap

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
)

// Text is a string together with, for each of its bytes, the half-open range
// of original bytes that byte was made from. The map is kept as runs, so the
// usual case, long stretches copied unchanged, costs one entry per stretch.
type Text struct {
	S    string
	segs []segment
}

// segment maps bytes [at, at+n) of a Text. A copied segment maps byte at+k to
// original byte from+k; a replacing one maps each of its bytes to the whole
// original range [from, to).
type segment struct {
	at, n, from, to int32
	copied          bool
}

func (g segment) startOf(k int32) int32 {
	if g.copied {
		return g.from + k - g.at
	}
	return g.from
}

func (g segment) endOf(k int32) int32 {
	if g.copied {
		return g.from + k - g.at + 1
	}
	return g.to
}

// Identity is a Text that stands for itself. It shares s rather than
// copying it.
func Identity(s string) Text {
	if s == "" {
		return Text{}
	}
	return Text{S: s, segs: []segment{{n: int32(len(s)), to: int32(len(s)), copied: true}}}
}

// seg returns the segment holding byte k, which must be within t.S.
func (t Text) seg(k int32) segment { return t.segs[t.segIndex(k)] }

// segIndex returns the index of the segment holding byte k.
func (t Text) segIndex(k int32) int {
	lo, hi := 0, len(t.segs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if t.segs[mid].at <= k {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Orig returns the original half-open byte range of the span [i, j) of t.S.
// An empty span maps to an empty range at the original position of i.
func (t Text) Orig(i, j int) (int, int) { return t.orig(i, j, t.seg) }

// orig is Orig with seg finding the segment that holds a byte.
func (t Text) orig(i, j int, seg func(int32) segment) (int, int) {
	n := len(t.S)
	if n == 0 {
		return 0, 0
	}
	i = clamp(i, 0, n)
	j = clamp(j, i, n)
	if i == n {
		e := int(seg(int32(n - 1)).endOf(int32(n - 1)))
		return e, e
	}
	s := int(seg(int32(i)).startOf(int32(i)))
	if j == i {
		return s, s
	}
	return s, int(seg(int32(j - 1)).endOf(int32(j - 1)))
}

// Cursor maps spans of a Text that come mostly in increasing order, as they
// do for a reader going through an article, each look-up starting from the
// last one instead of searching the whole map. It is not safe for
// concurrent use.
type Cursor struct{ c cursor }

// Cursor returns a cursor over t.
func (t Text) Cursor() *Cursor { return &Cursor{cursor{t: t}} }

// Orig is t.Orig.
func (c *Cursor) Orig(i, j int) (int, int) { return c.c.t.orig(i, j, c.c.seg) }

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
	if len(outer.segs) == 1 && outer.segs[0].copied && outer.segs[0].at == outer.segs[0].from {
		return t
	}
	if len(t.segs) == 1 && t.segs[0].copied && t.segs[0].at == 0 && t.segs[0].from == 0 && int(t.segs[0].n) == len(outer.S) {
		return Text{S: t.S, segs: outer.segs} // t changed nothing: outer's map is the whole map
	}
	// Every boundary of the result is one of t's or one of outer's.
	b := Builder{segs: make([]segment, 0, len(t.segs)+len(outer.segs))}
	c := cursor{t: outer}
	for _, g := range t.segs {
		if !g.copied || len(outer.S) == 0 {
			from, to := c.t.orig(int(g.from), int(g.to), c.seg)
			b.add(segment{at: g.at, n: g.n, from: int32(from), to: int32(to)})
			continue
		}
		for x := g.from; x < g.from+g.n; {
			o := c.seg(x)
			y := min(o.at+o.n, g.from+g.n)
			at := g.at + x - g.from
			if o.copied {
				from := o.startOf(x)
				b.add(segment{at: at, n: y - x, from: from, to: from + y - x, copied: true})
			} else {
				b.add(segment{at: at, n: y - x, from: o.from, to: o.to})
			}
			x = y
		}
	}
	return Text{S: t.S, segs: b.segs}
}

// cursor looks up segments of a Text for offsets that mostly increase, as
// they do when one map is composed with another, without a search each time.
type cursor struct {
	t Text
	k int
}

// cursorSteps is how many segments a cursor steps forward before it
// searches instead, so that a jump costs no more than a search.
const cursorSteps = 8

// seg returns the segment holding byte x, which must be within c.t.S.
func (c *cursor) seg(x int32) segment {
	segs := c.t.segs
	if segs[c.k].at > x {
		c.k = c.t.segIndex(x)
	}
	for steps := 0; c.k+1 < len(segs) && segs[c.k+1].at <= x; steps++ {
		if steps == cursorSteps {
			c.k = c.t.segIndex(x)
			break
		}
		c.k++
	}
	return segs[c.k]
}

// Builder assembles a Text piece by piece, in order. Its text is a
// strings.Builder so that Text hands it over without copying: every stage
// of reading an article builds one the size of the article.
type Builder struct {
	buf  strings.Builder
	segs []segment
}

// Grow reserves room for n more bytes.
func (b *Builder) Grow(n int) { b.buf.Grow(n) }

// add appends a segment, merging it into the previous one when it continues
// the same copied run.
func (b *Builder) add(g segment) {
	if g.n == 0 {
		return
	}
	if k := len(b.segs) - 1; k >= 0 && g.copied {
		last := &b.segs[k]
		if last.copied && last.at+last.n == g.at && last.to == g.from {
			last.n += g.n
			last.to += g.n
			return
		}
	}
	b.segs = append(b.segs, g)
}

// Copy appends s, which stands unchanged at original offset at.
func (b *Builder) Copy(at int, s string) {
	b.add(segment{at: int32(b.buf.Len()), n: int32(len(s)), from: int32(at), to: int32(at + len(s)), copied: true})
	b.buf.WriteString(s)
}

// Replace appends s as the stand-in for original bytes [from, to).
func (b *Builder) Replace(from, to int, s string) {
	b.add(segment{at: int32(b.buf.Len()), n: int32(len(s)), from: int32(from), to: int32(to)})
	b.buf.WriteString(s)
}

// Len is the number of bytes appended so far.
func (b *Builder) Len() int { return b.buf.Len() }

// Text returns what was built.
func (b *Builder) Text() Text {
	return Text{S: b.buf.String(), segs: b.segs}
}

// Lines turns byte offsets of an original file into the 1-based line and
// column (in code points) that editors show.
type Lines struct {
	src   []byte
	start []int
	// runes[k] counts the code points in src[:k*chunk], so a column on a
	// megabyte-long line costs a chunk of counting, not the line.
	runes []int
}

// chunk is small because every figure and quotation asks for the positions
// of both its ends, each counting up to two chunks; the index costs an
// eighth of a byte per byte of src.
const chunk = 64

// NewLines indexes the line starts of src. Only "\n" ends a line, as in
// the findings contract; a CRLF file's "\r" is the last column of its line.
func NewLines(src []byte) *Lines {
	l := &Lines{src: src, start: []int{0}, runes: make([]int, 0, len(src)/chunk+1)}
	n := 0
	for from := 0; from < len(src); from += chunk {
		l.runes = append(l.runes, n)
		n += countRunes(src[from:min(from+chunk, len(src))])
	}
	for i := 0; ; {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		l.start = append(l.start, i)
	}
	return l
}

// runesBefore counts the code points in src[:off].
func (l *Lines) runesBefore(off int) int {
	k := off / chunk
	if k >= len(l.runes) {
		k = len(l.runes) - 1
	}
	if k < 0 {
		return 0
	}
	if k+1 < len(l.runes) && l.runes[k+1]-l.runes[k] == chunk {
		return l.runes[k] + off - k*chunk // a chunk of ASCII, as most are: every byte is a code point
	}
	return l.runes[k] + countRunes(l.src[k*chunk:off])
}

// countRunes counts the code points in b: every byte that does not continue
// a multi-byte sequence (10xxxxxx) starts one. It takes eight bytes at a
// time, since columns are counted for both ends of every figure and
// quotation.
func countRunes(b []byte) int {
	n := len(b)
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			n--
		}
	}
	return n
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
	return lo + 1, l.runesBefore(off) - l.runesBefore(l.start[lo]) + 1
}
