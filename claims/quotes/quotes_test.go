package quotes

import (
	"os"
	"strings"
	"testing"
	"time"

	"factdiff/claims/ascii"
	"factdiff/claims/names"
)

type wantQuote struct {
	text, speaker string
}

// sameQuotes reports where the quotations read differ from those wanted.
func sameQuotes(t *testing.T, name string, got, want []wantQuote) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: got %+v, want %+v", name, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: quote %d = %+v, want %+v", name, i, got[i], want[i])
		}
	}
}

func findAll(text string) []Quote {
	return Find(text, ascii.Lower(text), names.Group(names.Find(text)))
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantQuote
	}{
		{"speaker after", `"We are going to win here," Sen. Bernie Sanders said on Saturday.`,
			[]wantQuote{{"We are going to win here,", "Bernie Sanders"}}},
		{"cue before name", `"The Iowa caucuses are all about beating expectations," said Gov. Terry Branstad, a Republican who has not endorsed.`,
			[]wantQuote{{"The Iowa caucuses are all about beating expectations,", "Terry Branstad"}}},
		{"appositive before cue", `"It's a two-person race now," Larry Sabato, director of the University of Virginia Center for Politics, said.`,
			[]wantQuote{{"It's a two-person race now,", "Larry Sabato"}}},
		{"name after a descriptive part", `"That would have been the fairer thing to do," the White House press secretary, Josh Earnest, said on Thursday.`,
			[]wantQuote{{"That would have been the fairer thing to do,", "Josh Earnest"}}},
		{"possessive modifier", `"We are confident," Clinton's campaign manager Robby Mook told reporters.`,
			[]wantQuote{{"We are confident,", "Robby Mook"}}},
		{"surname gives canonical name", "Sen. Ted Cruz spoke in Iowa.\n\n\"I don't put much stock in straw polls,\" Cruz said.",
			[]wantQuote{{"I don't put much stock in straw polls,", "Ted Cruz"}}},
		{"colon before", `In a statement, Rep. Jim Clyburn said: "We will not be moved by this at all."`,
			[]wantQuote{{"We will not be moved by this at all.", "Jim Clyburn"}}},
		{"colon paragraph", "Mitch McConnell said in a statement:\n\n\"The next president should make this nomination.\"",
			[]wantQuote{{"The next president should make this nomination.", "Mitch McConnell"}}},
		{"continuation in paragraph", `"Our jobs are being sucked out of our states," Mr. Trump said. "That is my wheelhouse."`,
			[]wantQuote{{"Our jobs are being sucked out of our states,", "Trump"}, {"That is my wheelhouse.", "Trump"}}},
		{"multi-paragraph quotation", "Marco Rubio said, \"We have to unite this party.\n\n\"And we will do it in Florida.\"",
			[]wantQuote{{"We have to unite this party. And we will do it in Florida.", "Marco Rubio"}}},
		{"double apostrophe marks", "''We need Chapter 9,'' said Ms. Acosta, referring to the bankruptcy chapter.",
			[]wantQuote{{"We need Chapter 9,", "Acosta"}}},
		{"partial quotation", `Chancellor Angela Merkel condemned "such a murderous attack on innocent people" on Monday.`,
			[]wantQuote{{"such a murderous attack on innocent people", "Angela Merkel"}}},
		{"according to", `"The gap is too wide to close in a month," according to Nate Silver.`,
			[]wantQuote{{"The gap is too wide to close in a month,", "Nate Silver"}}},
		{"pronoun with one candidate", "Sen. Elizabeth Warren spoke last.\n\n\"This is a rigged system,\" she said.",
			[]wantQuote{{"This is a rigged system,", "Elizabeth Warren"}}},
		{"ambiguous pronoun stays unknown", "Bernie Sanders and Ted Cruz met.\n\n\"This is a rigged system,\" he said.",
			[]wantQuote{{"This is a rigged system,", ""}}},
		{"description stays unknown", `"The numbers simply do not add up for them," a campaign aide said.`,
			[]wantQuote{{"The numbers simply do not add up for them,", ""}}},
		{"single-quoted quotation with a cue", "Sen. Bernie Sanders spoke.\n\nSanders declares 'revolution,' ignores losses.",
			[]wantQuote{{"revolution,", "Bernie Sanders"}}},
		{"closing mark glued to the next word", "Gov. Rick Perry spoke in Iowa on Tuesday.\n\nIn one emailed statement, Perry stated, \"this administration's war on traditional values must stop. Investing tax dollars this way is wrong. \"Perry is referring to a memorandum released by the White House.",
			[]wantQuote{{"this administration's war on traditional values must stop. Investing tax dollars this way is wrong.", "Rick Perry"}}},
		{"closing mark set apart after a nested quotation", "\"She went so far as to say she'll be 'above the president,' \" said Khin Zaw Win, an activist. \"That is not a responsible thing to say.\"",
			[]wantQuote{{"She went so far as to say she'll be 'above the president,'", "Khin Zaw Win"}, {"That is not a responsible thing to say.", "Khin Zaw Win"}}},
		// Nothing to report.
		{"scare quotes", `The so-called "reform" plan, they said, is dead.`, nil},
		{"apostrophes", "Don't say the '90s were better; the Smiths' house and O'Rourke's rock 'n' roll agree.", nil},
		{"no quotation", "The Senate adjourned on Tuesday without a vote on the budget.", nil},
		{"stray mark", `He said it was 6'2" tall and "`, nil},
	}
	for _, c := range cases {
		qs := findAll(c.text)
		var got []wantQuote
		for _, q := range qs {
			got = append(got, wantQuote{q.Text, q.Speaker})
			if q.Start < 0 || q.End > len(c.text) || q.Start >= q.End {
				t.Errorf("%s: bad span %d-%d", c.name, q.Start, q.End)
			}
		}
		sameQuotes(t, c.name, got, c.want)
	}
}

func TestQuoteDetails(t *testing.T) {
	text := `Hillary Clinton praised the "50-state strategy for the party" and said, "We will compete everywhere."`
	qs := findAll(text)
	if len(qs) != 2 {
		t.Fatalf("got %+v", qs)
	}
	if !qs[0].Partial || qs[1].Partial {
		t.Errorf("partial flags: %v %v", qs[0].Partial, qs[1].Partial)
	}
	if qs[1].Cue != "said" || text[qs[1].Start] != '"' || text[qs[1].End-1] != '"' {
		t.Errorf("second quote %+v", qs[1])
	}
	if qs[1].SpeakerStart < 0 || text[qs[1].SpeakerStart:qs[1].SpeakerEnd] != "Hillary Clinton" {
		t.Errorf("speaker span %d-%d", qs[1].SpeakerStart, qs[1].SpeakerEnd)
	}
}

// Absurd inputs must stay linear and produce nothing absurd.
func TestPathological(t *testing.T) {
	inputs := map[string]string{
		"marks":      strings.Repeat(`"`, 20000),
		"pairs":      strings.Repeat(`"a" `, 20000),
		"apostrophe": strings.Repeat("'x ", 50000),
		"lines":      strings.Repeat("\"open\n\n", 20000),
		"mixed":      strings.Repeat(`''"' `, 20000),
	}
	for name, in := range inputs {
		start := time.Now()
		qs := findAll(in)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		for _, q := range qs {
			if strings.TrimSpace(q.Text) == "" || q.Speaker != "" {
				t.Errorf("%s: nonsense quote %+v", name, q)
				break
			}
		}
	}
}

func FuzzFindQuotes(f *testing.F) {
	f.Add(`"We are going to win here," Sen. Bernie Sanders said. "Yes."`)
	f.Add("''We need Chapter 9,'' said Ms. Acosta.\n\n\"Open\n\n\"Continued,\" he said: 'x y z'")
	f.Add(`"""''''' " ' " ' : — "a`)
	f.Fuzz(func(t *testing.T, s string) {
		qs := findAll(s)
		last := -1
		for _, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || q.Start < last {
				t.Fatalf("bad quote %+v in %q", q, s)
			}
			if (q.SpeakerStart < 0) != (q.SpeakerEnd < 0) || q.SpeakerEnd > len(s) {
				t.Fatalf("bad speaker span %+v", q)
			}
			last = q.Start
		}
	})
}

func BenchmarkFind(b *testing.B) {
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(article)+"\n\n", 1<<20/len(article)+1)
	ents := names.Group(names.Find(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Find(text, ascii.Lower(text), ents)
	}
}
