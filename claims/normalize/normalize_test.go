package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"factdiff/claims/textmap"
)

func TestText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain prose is untouched", "The senator said he would vote no.", "The senator said he would vote no."},
		{"tokenised decimal and percent", "received 47 . 3 % of the vote", "received 47.3% of the vote"},
		{"tokenised money", "raised $ 2 . 5 million", "raised $2.5 million"},
		{"tokenised thousands", "won 12 , 345 votes", "won 12,345 votes"},
		{"list commas stay", "in 2012 , 2014 and 2016", "in 2012, 2014 and 2016"},
		{"clitics", "I do n't think we 're done", "I don't think we're done"},
		{"clitics beside marks", `" Do n't . " They ca n't , and won 't`, `"Don't." They can't, and won 't`},
		{"n't joins only before a word's end", "the n't sign and x n'tx", "then't sign and x n'tx"},
		{"curly possessive after a space", "the senator \u2019s office", "the senator's office"},
		{"parentheses", "Atlanta ( AP ) The mayor", "Atlanta (AP) The mayor"},
		{"punctuation", "Ohio , he said ; then : yes ! really ?", "Ohio, he said; then: yes! really?"},
		{"sentence end", "the vote . Then", "the vote. Then"},
		{"spaced ellipsis joins", "and so . . . on", "and so... on"},
		{"curly quotes", "\u201cWe won,\u201d she said. \u2018Fine\u2019", "\"We won,\" she said. 'Fine'"},
		{"dashes and spaces", "2010\u20132012\u00a0vote\u2009count", "2010-2012 vote count"},
		{"space runs fold", "the    top       candidate", "the top candidate"},
		{"paragraphs", "One.\r\n\r\n\r\nTwo.\nThree.  \n", "One.\n\nTwo.\nThree."},
		{"floating quotes pair up", `He said " We will win , " and left . " Sure , " she said .`, `He said "We will win," and left. "Sure," she said.`},
		{"attached quotes not touched", `"Yes," he said. Then " maybe`, `"Yes," he said. Then " maybe`},
		{"invisible characters", "vote\u200bcount\ufeff", "votecount"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(textmap.Identity(tt.in))
			if got.S != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got.S, tt.want)
			}
		})
	}
}

func TestOffsetsPointIntoOriginal(t *testing.T) {
	in := "Democrat X received 47 . 3 % of the vote , shy of the 50 % mark \u2014 \u201cwe do n\u2019t quit\u201d"
	got := Text(textmap.Identity(in))
	for _, piece := range []struct{ norm, orig string }{
		{"47.3%", "47 . 3 %"},
		{"50%", "50 %"},
		{"don't", "do n\u2019t"},
		{"\"we", "\u201cwe"},
	} {
		i := strings.Index(got.S, piece.norm)
		if i < 0 {
			t.Fatalf("%q not in %q", piece.norm, got.S)
		}
		s, e := got.Orig(i, i+len(piece.norm))
		if in[s:e] != piece.orig {
			t.Errorf("Orig of %q = %q, want %q", piece.norm, in[s:e], piece.orig)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"47 . 3 %", "\u201c a , \u201d b", "do n't", " \" x \" ", "\r\n\r\n", "$ 8 , 000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Text(textmap.Identity(in))
		last := 0
		for i := range len(got.S) {
			s, e := got.Orig(i, i+1)
			if s < last || e < s || e > len(in) {
				t.Fatalf("byte %d of %q maps to [%d,%d) after %d in %q", i, got.S, s, e, last, in)
			}
			last = s
		}
		if utf8.ValidString(in) && !utf8.ValidString(got.S) {
			t.Fatalf("valid input %q gave invalid output %q", in, got.S)
		}
	})
}

// BenchmarkText normalises the bundled articles, one of them tokenised by
// an NLP pipeline, repeated to 1 MB: the mix an audit meets.
func BenchmarkText(b *testing.B) {
	paths, err := filepath.Glob("../../fixtures/*/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no fixtures")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Text(textmap.Identity(in))
	}
}

// TestNextMark checks the eight-bytes-at-a-time search against a byte scan
// for every byte value at every place in a word, and after every start.
func TestNextMark(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte(strings.Repeat("ab cd ef", 3))
			b[at] = byte(c)
			s := string(b)
			for from := 0; from <= len(s); from++ {
				want := from
				for want < len(s) && strings.IndexByte(tokenMarks, s[want]) < 0 {
					want++
				}
				if got := nextMark(s, from); got != want {
					t.Fatalf("nextMark(%q, %d) = %d, want %d", s, from, got, want)
				}
			}
		}
	}
}
