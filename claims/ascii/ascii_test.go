package ascii

import "testing"

// TestLower checks the word-at-a-time lower-casing against the plain rule
// for every byte value at every place in a word and in the tail.
func TestLower(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 11; pos++ {
			b := []byte("aZ@[`{Q\x80zA|")
			b[pos] = byte(c)
			want := []byte(string(b))
			for i, x := range want {
				if 'A' <= x && x <= 'Z' {
					want[i] = x + 'a' - 'A'
				}
			}
			if got := Lower(string(b)); got != string(want) {
				t.Fatalf("Lower(%q) = %q, want %q", b, got, want)
			}
			if got := AppendLower([]byte("Ab"), string(b)); string(got) != "Ab"+string(want) {
				t.Fatalf("AppendLower(\"Ab\", %q) = %q, want the prefix kept and %q", b, got, want)
			}
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("Senator SMITH said \u00c9lan")
	f.Fuzz(func(t *testing.T, s string) {
		got := Lower(s)
		if len(got) != len(s) {
			t.Fatalf("Lower changed the length of %q", s)
		}
		for i := 0; i < len(s); i++ {
			want := s[i]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got[i] != want {
				t.Fatalf("Lower(%q)[%d] = %q, want %q", s, i, got[i], want)
			}
		}
	})
}

func TestClasses(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		if IsLetter(b) != letter || IsAlnum(b) != (letter || '0' <= b && b <= '9') {
			t.Fatalf("byte %#x: IsLetter %v IsAlnum %v", b, IsLetter(b), IsAlnum(b))
		}
	}
}

// TestShapes checks that every word added passes, in any case, and that
// most others do not.
func TestShapes(t *testing.T) {
	var s Shapes
	added := []string{"percent", "million", "Sen.", "a", "twenty-one", "extraordinarily-long-word"}
	for _, w := range added {
		s.Add(w)
	}
	for _, w := range added {
		if !s.MayHave(w) || !s.MayHave(Lower(w)) {
			t.Errorf("MayHave(%q) = false for a word added", w)
		}
	}
	for _, w := range []string{"", "senator", "Smith", "votes", "b"} {
		if s.MayHave(w) {
			t.Errorf("MayHave(%q) = true for a word of no added shape", w)
		}
	}
}

func TestSeeker(t *testing.T) {
	tests := []struct {
		needles []string
		text    string
		from    []int // offsets asked in order
		want    []int
	}{
		{[]string{"\n", ".", "!", "?"}, "One. Two! Three?\nFour", []int{0, 4, 9, 16, 17}, []int{3, 8, 15, 16, 21}},
		{[]string{"\n", ".", "!", "?"}, "no end here", []int{0, 5}, []int{11, 11}},
		{[]string{"1", "2"}, "in 1999 and 2016", []int{0, 4, 5, 12, 14, 15, 16}, []int{3, 12, 12, 12, 14, 16, 16}},
		{[]string{"1", "2"}, "", []int{0}, []int{0}},
		{[]string{"\n", "  "}, "a b  c\nd", []int{0, 4, 5, 7}, []int{3, 6, 6, 8}},
	}
	for _, tt := range tests {
		f := NewSeeker(tt.needles...)
		for k, i := range tt.from {
			if got := f.Next(tt.text, i); got != tt.want[k] {
				t.Errorf("Seeker(%q).Next(%q, %d) = %d, want %d", tt.needles, tt.text, i, got, tt.want[k])
			}
		}
	}
}

func TestIsLowerWord(t *testing.T) {
	for w, want := range map[string]bool{"senate": true, "a": true, "": false, "Senate": false, "two-thirds": false,
		"24": false, "élection": false, "d'": false} {
		if got := IsLowerWord(w); got != want {
			t.Errorf("IsLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}
