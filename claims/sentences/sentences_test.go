package sentences

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "The bill passed. The governor signed it.",
			[]string{"The bill passed.", "The governor signed it."}},
		{"titles and initials", "Rep. Jane Q. Public and Sen. John Doe spoke. Dr. Lee did not.",
			[]string{"Rep. Jane Q. Public and Sen. John Doe spoke.", "Dr. Lee did not."}},
		{"state abbreviations inside", "Sen. Ann Roe, R-Wis., said Rep. Bo Poe of Atlanta, Ga. was wrong.",
			[]string{"Sen. Ann Roe, R-Wis., said Rep. Bo Poe of Atlanta, Ga. was wrong."}},
		{"abbreviation then a real sentence", "She moved to the U.S. The move paid off.",
			[]string{"She moved to the U.S.", "The move paid off."}},
		{"U.S. before a name", "The U.S. House voted 232-196 on Nov. 8. It passed.",
			[]string{"The U.S. House voted 232-196 on Nov. 8.", "It passed."}},
		{"quotation with attribution after", `"They almost won. No, they lost!" the spokesman said. He left.`,
			[]string{`"They almost won.`, `No, they lost!" the spokesman said.`, "He left."}},
		{"attribution with a name", `"We lost!" Lopez said after the count. Then silence.`,
			[]string{`"We lost!" Lopez said after the count.`, "Then silence."}},
		{"quotation ends a sentence", `He said: "We'll see." The aide nodded.`,
			[]string{`He said: "We'll see."`, "The aide nodded."}},
		{"question mark", "Will she run? Nobody knows.", []string{"Will she run?", "Nobody knows."}},
		{"a decimal figure ends a sentence", "Whitmore took 47.6%. Lopez won by 9 points. It cost $1.5. Then more.",
			[]string{"Whitmore took 47.6%.", "Lopez won by 9 points.", "It cost $1.5.", "Then more."}},
		{"decimal and ellipsis", "Turnout was 47.3 percent... or so. Fine.",
			[]string{"Turnout was 47.3 percent... or so.", "Fine."}},
		{"paragraphs", "First one\n\nSecond one.", []string{"First one", "Second one."}},
		{"hard-wrapped line", "The mayor said the plan\nwould fail. Next.", []string{"The mayor said the plan\nwould fail.", "Next."}},
		{"headline line", "Story highlights\nThe race is close.", []string{"Story highlights", "The race is close."}},
		{"dateline with agency", "WASHINGTON (AP) -- The Senate voted. It passed.", []string{"The Senate voted.", "It passed."}},
		{"dateline with state", "SPRINGFIELD, Ill. -- A narrow miss.", []string{"A narrow miss."}},
		{"city and outlet", "Chicago (CNN) Democrat Ann Roe fell short.", []string{"Democrat Ann Roe fell short."}},
		{"party code is no dateline", "Smith (R-Texas) said no.", []string{"Smith (R-Texas) said no."}},
		{"name is no dateline", "Ann Roe - the mayor - won.", []string{"Ann Roe - the mayor - won."}},
		{"lower-cased text", "he joined the club in 2011 on loan. the winger left in 2010. approx. five.",
			[]string{"he joined the club in 2011 on loan.", "the winger left in 2010.", "approx. five."}},
		{"abbreviation before lower case", "The vote vs. the poll was close.", []string{"The vote vs. the poll was close."}},
		{"empty", "", nil},
		{"only space", " \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphIndex(t *testing.T) {
	got := Split("A one. A two.\n\nB one.")
	if len(got) != 3 || got[0].Paragraph != 0 || got[1].Paragraph != 0 || got[2].Paragraph != 1 {
		t.Fatalf("paragraphs: %+v", got)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B.", "WASHINGTON (AP) -- x", `"a!" b said.`, "U.S. The", "\n\n.\n", "Mr. . ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		last := 0
		for _, s := range Split(in) {
			if s.Start < last || s.End <= s.Start || s.End > len(in) {
				t.Fatalf("bad sentence %+v after %d in %q", s, last, in)
			}
			last = s.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := `Rep. Ann Roe, R-Wis., said the U.S. House would vote on Nov. 8. "We lost!" Lopez said. It passed 232-196 with 54.3 percent.` + "\n\n"
	in := strings.Repeat(para, 1<<20/len(para))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Split(in)
	}
}
