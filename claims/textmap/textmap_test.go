package textmap

import (
	"strings"
	"testing"
)

// naive is the obvious per-byte map, the reference the runs must agree with.
type naive struct{ start, end []int }

func (n *naive) copy(at int, s string) {
	for i := range len(s) {
		n.start = append(n.start, at+i)
		n.end = append(n.end, at+i+1)
	}
}

func (n *naive) replace(from, to int, s string) {
	for range len(s) {
		n.start = append(n.start, from)
		n.end = append(n.end, to)
	}
}

func TestBuilderAgreesWithPerByteMap(t *testing.T) {
	orig := "He said \u201cwe won\u201d  today , 47 . 3 %"
	var b Builder
	var ref naive
	ops := []struct {
		replace  bool
		from, to int
		s        string
	}{
		{false, 0, 8, "He said "},
		{true, 8, 11, `"`},
		{false, 11, 17, "we won"},
		{true, 17, 20, `"`},
		{true, 20, 22, " "},
		{false, 22, 27, "today"},
		{true, 27, 28, ""},
		{false, 28, 30, ", "},
		{false, 30, 32, "48"},
		{true, 32, 35, "."},
		{false, 35, 36, "1"},
		{true, 36, 38, "%"},
	}
	for _, op := range ops {
		if op.replace {
			b.Replace(op.from, op.to, op.s)
			ref.replace(op.from, op.to, op.s)
		} else {
			b.Copy(op.from, op.s)
			ref.copy(op.from, op.s)
		}
	}
	txt := b.Text()
	for i := range len(txt.S) {
		for j := i + 1; j <= len(txt.S); j++ {
			s, e := txt.Orig(i, j)
			if s != ref.start[i] || e != ref.end[j-1] {
				t.Fatalf("Orig(%d,%d) = [%d,%d), want [%d,%d)", i, j, s, e, ref.start[i], ref.end[j-1])
			}
		}
	}
	if got := orig[0:0]; got != "" {
		t.Fatal(got)
	}
}

func TestComposeChainsMaps(t *testing.T) {
	raw := "<p>A &amp; B said  x</p>"
	var inner Builder // raw -> "A & B said  x"
	inner.Copy(3, "A ")
	inner.Replace(5, 10, "&")
	inner.Copy(10, " B said  x")
	mid := inner.Text()
	var outer Builder // mid -> "A & B said x"
	outer.Copy(0, "A & B said")
	outer.Replace(10, 12, " ")
	outer.Copy(12, "x")
	got := outer.Text().Compose(mid)
	if got.S != "A & B said x" {
		t.Fatalf("S = %q", got.S)
	}
	for _, c := range []struct{ sub, want string }{{"&", "&amp;"}, {"B said", "B said"}, {" x", "  x"}, {"A & B", "A &amp; B"}} {
		i := strings.Index(got.S, c.sub)
		s, e := got.Orig(i, i+len(c.sub))
		if raw[s:e] != c.want {
			t.Errorf("Orig(%q) = %q, want %q", c.sub, raw[s:e], c.want)
		}
	}
}

// TestComposeIdentity checks that a stage which changed nothing, composed
// on either side of a map, leaves the map as it was.
func TestComposeIdentity(t *testing.T) {
	raw := "<p>A &amp; B</p>"
	var b Builder // raw -> "A & B"
	b.Copy(3, "A ")
	b.Replace(5, 10, "&")
	b.Copy(10, " B")
	mapped := b.Text()
	for name, got := range map[string]Text{
		"unchanged after":  Identity(mapped.S).Compose(mapped),
		"unchanged before": mapped.Compose(Identity(raw)),
	} {
		if got.S != mapped.S {
			t.Fatalf("%s: S = %q, want %q", name, got.S, mapped.S)
		}
		for i := 0; i <= len(got.S); i++ {
			for j := i; j <= len(got.S); j++ {
				gs, ge := got.Orig(i, j)
				ws, we := mapped.Orig(i, j)
				if gs != ws || ge != we {
					t.Fatalf("%s: Orig(%d,%d) = [%d,%d), want [%d,%d)", name, i, j, gs, ge, ws, we)
				}
			}
		}
	}
}

// TestCursorAgreesWithOrig asks a cursor for spans in the orders a reader
// asks for them (forwards, backwards, jumping) and checks every answer
// against Text.Orig.
func TestCursorAgreesWithOrig(t *testing.T) {
	var b Builder // many runs: every third byte of a tokenised text replaced
	src := strings.Repeat("Turnout rose 4 . 5 % , officials said . ", 200)
	for i := 0; i < len(src); i++ {
		if i%3 == 0 {
			b.Replace(i, i+1, src[i:i+1])
		} else {
			b.Copy(i, src[i:i+1])
		}
	}
	txt := b.Text()
	n := len(txt.S)
	var spans [][2]int
	for i := 0; i < n; i += 7 {
		spans = append(spans, [2]int{i, min(i+5, n)})
	}
	for i := n; i >= 0; i -= 11 {
		spans = append(spans, [2]int{i, i + 3})
	}
	for k := 0; k < 500; k++ {
		i := (k * 7919) % (n + 1)
		spans = append(spans, [2]int{i, i + k%40}, [2]int{-3, 2}, [2]int{n - 1, n + 9})
	}
	c := txt.Cursor()
	for _, sp := range spans {
		gs, ge := c.Orig(sp[0], sp[1])
		ws, we := txt.Orig(sp[0], sp[1])
		if gs != ws || ge != we {
			t.Fatalf("Cursor.Orig(%d,%d) = [%d,%d), Orig gives [%d,%d)", sp[0], sp[1], gs, ge, ws, we)
		}
	}
	if s, e := (Text{}).Cursor().Orig(0, 1); s != 0 || e != 0 {
		t.Errorf("empty text span = [%d,%d)", s, e)
	}
}

func TestEdgeSpans(t *testing.T) {
	txt := Identity("abc")
	if s, e := txt.Orig(3, 3); s != 3 || e != 3 {
		t.Errorf("end span = [%d,%d)", s, e)
	}
	if s, e := txt.Orig(-4, 99); s != 0 || e != 3 {
		t.Errorf("clamped span = [%d,%d)", s, e)
	}
	if s, e := (Text{}).Orig(0, 1); s != 0 || e != 0 {
		t.Errorf("empty text span = [%d,%d)", s, e)
	}
}

func TestLines(t *testing.T) {
	src := []byte("ab\r\n\u00e9t\u00e9 x\ny")
	l := NewLines(src)
	for _, c := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {strings.Index(string(src), "x"), 2, 5}, {len(src) - 1, 3, 1}, {len(src), 3, 2},
	} {
		if line, col := l.Position(c.off); line != c.line || col != c.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", c.off, line, col, c.line, c.col)
		}
	}
}

// TestLinesLongLine checks columns far into one long line against plain
// counting, across chunk boundaries that split multi-byte characters.
func TestLinesLongLine(t *testing.T) {
	src := []byte("x\n" + strings.Repeat("a\u00e9\u4e16 ", 3000))
	l := NewLines(src)
	for _, off := range []int{2, 1023, 1024, 1025, 5000, len(src)} {
		_, col := l.Position(off)
		want := len([]rune(string(src[2:off]))) + 1
		if col != want {
			t.Errorf("Position(%d) column = %d, want %d", off, col, want)
		}
	}
}

// TestLinesEveryOffset checks every column of a text whose chunks are some
// plain ASCII, some not, against counting code points from the line start.
func TestLinesEveryOffset(t *testing.T) {
	src := []byte(strings.Repeat("plain words ", 12) + "caf\u00e9\n" + strings.Repeat("x", 130) + "\u4e16\u754c" +
		strings.Repeat("y ", 70) + "\n\x80\xbf" + strings.Repeat("z", 64))
	l := NewLines(src)
	line, start := 1, 0
	for off := 0; off <= len(src); off++ {
		want := 1
		for _, c := range src[start:off] {
			if c&0xC0 != 0x80 {
				want++
			}
		}
		if gl, gc := l.Position(off); gl != line || gc != want {
			t.Fatalf("Position(%d) = %d:%d, want %d:%d", off, gl, gc, line, want)
		}
		if off < len(src) && src[off] == '\n' {
			line, start = line+1, off+1
		}
	}
}

// TestCountRunes checks the word-at-a-time count against decoding, on
// ASCII, multi-byte text and bytes that are no UTF-8 at all.
func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "\u00e9t\u00e9 \u4e16\u754c \U0001F600!",
		strings.Repeat("a\u00e9\u4e16 ", 9), "\x80\x80\xbf\xc3", "\xff\xfe\x80abc\xe2\x80", strings.Repeat("\x80a", 13)} {
		want := 0
		for _, c := range []byte(s) {
			if c&0xC0 != 0x80 {
				want++
			}
		}
		if got := countRunes([]byte(s)); got != want {
			t.Errorf("countRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

func BenchmarkPositionOneLongLine(b *testing.B) {
	src := []byte(strings.Repeat("The candidate received 47.3% of the vote. ", 1<<20/42))
	l := NewLines(src)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		l.Position((i * 7919) % len(src))
	}
}
