package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"factdiff/claims"
	"factdiff/claims/article"
	"factdiff/finding"
)

// readDocs reads texts through the real pipeline, named d0, d1, ...
func readDocs(texts []string) []*claims.Document {
	docs := make([]*claims.Document, len(texts))
	for i, t := range texts {
		docs[i] = claims.Read(article.FromText(fmt.Sprintf("d%d", i), t, article.Meta{}))
	}
	return docs
}

// runRule runs one rule over texts; drafts lists the documents under check
// (none: compare).
func runRule(t testing.TB, r Rule, texts []string, drafts []int) []finding.Finding {
	t.Helper()
	o := Options{}
	if len(drafts) > 0 {
		o.Drafts = map[int]bool{}
		for _, d := range drafts {
			o.Drafts[d] = true
		}
	}
	s := newSet(readDocs(texts), o)
	var out []finding.Finding
	for _, f := range r.run(s, r) {
		if s.judged(f.Location.Path) {
			out = append(out, f)
		}
	}
	finding.Sort(out)
	return out
}

// checkFindings compares findings with "path: severity: message part".
func checkFindings(t *testing.T, got []finding.Finding, want []string) {
	t.Helper()
	if len(got) != len(want) {
		for _, f := range got {
			t.Logf("got %s: %v: %s", f.Location.Path, f.Severity, f.Message)
		}
		t.Fatalf("got %d findings, want %d: %q", len(got), len(want), want)
	}
	for i, w := range want {
		parts := strings.SplitN(w, ": ", 3)
		f := got[i]
		if f.Location.Path != parts[0] || f.Severity.String() != parts[1] || !strings.Contains(f.Message, parts[2]) {
			t.Errorf("finding %d = %s: %v: %s, want %s", i, f.Location.Path, f.Severity, f.Message, w)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a 14-point swing, 47.3% of the vote and $6.4 million`, "a|14-point|swing|47.3%|of|the|vote|and|$6.4|million"},
		{`“We don’t,” he said; can't won't`, "we|do|not|he|said|can|not|will|not"},
		{`Smith's plan, the voters' choice`, "smith|plan|the|voters|choice"},
		{`1,000,000 people... 3.5 points`, "1,000,000|people|3.5|points"},
		{`end. Next`, "end|next"},
		{`"" -- ... `, ""},
		{`We’re sure they'll say I'd won, and I'm glad we've`, "we|are|sure|they|will|say|i|would|won|and|i|am|glad|we|have"},
		{`lied to the F.B.I. and the U.S. attorney, not the FBI`, "lied|to|the|fbi|and|the|us|attorney|not|the|fbi"},
		{`the (Libyan strongman) leader [and] his sons`, "the|libyan|strongman|leader|and|his|sons"},
		{`rock'n'roll O'Neill's`, "rock'n'roll|o'neill"},
	}
	for _, tt := range tests {
		if got := joinWords(tokenize(tt.in)); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuoteWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{`the (Libyan strongman) leader [and] his sons`, "the|leader|his|sons"},
		{`it looks like (strongman Jamal) al-Rahim is going`, "it|looks|like|al-rahim|is|going"},
		{`a stray ( paren then` + strings.Repeat(" word", 20), "a|stray|paren|then" + strings.Repeat("|word", 20)},
		{`a stray ] closer`, "a|stray|closer"},
	}
	for _, tt := range tests {
		if got := joinWords(quoteWords(tt.in)); got != tt.want {
			t.Errorf("quoteWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func joinWords(ws []word) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
	}
	return strings.Join(out, "|")
}

func TestAlignQuotes(t *testing.T) {
	long := `Mayor Lena Hargrove spoke at the rally.

"Our city has turned the corner on crime. We hired 300 new officers this year and we intend to hire more next year," Hargrove said.`
	part := `Lena Hargrove spoke on Sunday.

"We hired 300 new officers this year and we intend to hire more," Hargrove said.`
	other := `Lena Hargrove spoke on Sunday.

"The river walk will open to the public in the spring of next year," Hargrove said.`
	// Function words and a title in common are not one statement.
	pledge := `Senator Carla Ruiz spoke in Dayton.

"I am not running for president of the United States as a favor to anyone in this room," Ruiz said.`
	vow := `Senator Carla Ruiz spoke in Dayton.

"I am now ready to fight for the people of the United States of America," Ruiz said.`
	// Two statements in similar words, each going on past what they share.
	letter := `The faculty wrote to Speaker Alan Brisco.

"Your budget appears to reflect the values of your favorite philosopher, Ayn Rand, rather than the Gospel of Jesus Christ," the letter says.`
	priest := `A priest criticized Speaker Alan Brisco.

"I am afraid that the speaker's budget reflects the values of his favorite philosopher Ayn Rand rather than the gospel of Jesus Christ," said Father Tom Oduya.`
	// Where one article stops quoting, the other starts.
	runsOn := `The spokesman, Dev Patel, issued a statement.

"The investigation was thorough and fair, and the board reached its decision after weeks of review," Patel said.`
	startsLate := `Dev Patel defended the board.

"The board reached its decision after weeks of review. We stand by every word of the report," Patel said.`
	tests := []struct {
		name  string
		texts []string
		want  int  // pairs: one per quotation and passage compared
		near  bool // whether they are near-identical
	}{
		{"short quotation inside a longer one", []string{long, part}, 2, true},
		{"different statements", []string{long, other}, 0, false},
		{"same document twice", []string{part + "\n\n" + part}, 2, true},
		{"same words, other statement", []string{pledge, vow}, 0, false},
		{"similar words past both ends", []string{letter, priest}, 2, false},
		{"one version runs on where the other stops", []string{runsOn, startsLate}, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignQuotes(readDocs(tt.texts))
			if len(got) != tt.want {
				t.Fatalf("got %d pairs, want %d", len(got), tt.want)
			}
			for _, p := range got {
				if p.near() != tt.near {
					t.Errorf("near = %v, want %v", p.near(), tt.near)
				}
			}
		})
	}
}

func TestQuotationPassages(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // passages by quotation index: "0+1|2"
	}{
		{"continued after the attribution", `"We are asking the governor to sign the bill," she told reporters outside the statehouse. "Why would he not do that?"`, "0+1"},
		{"two speakers", `"The bill is dead," Mayor Tom Reyes said. "The bill will pass this week," Senator Ana Lutz said.`, "0|1"},
		{"new paragraph", "\"We are asking the governor to sign the bill,\" Mayor Tom Reyes said.\n\n\"Why would he not do that, after all these months?\"", "0|1"},
		{"fragments in the reporter's sentence", `Mayor Tom Reyes called the plan "a betrayal of every voter" and "a gift to the developers who funded it."`, "0|1"},
		{"narration without an attribution", `"We are asking the governor to sign the bill," Mayor Tom Reyes said. The council voted 7 to 2 on the measure after a long debate. "Why would he not do that?"`, "0|1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readDocs([]string{tt.text})[0]
			var groups []string
			for _, q := range quotations(d, 0, &aligner{intern: map[string]int32{}}) {
				if q.whole != q && q.whole.parts[0] != q.parts[0] {
					continue
				}
				var ks []string
				for _, k := range q.whole.parts {
					ks = append(ks, fmt.Sprint(k))
				}
				groups = append(groups, strings.Join(ks, "+"))
			}
			if got := strings.Join(groups, "|"); got != tt.want {
				t.Errorf("passages %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHunks(t *testing.T) {
	a := &quoted{words: wordsOf("we hired 300 new officers this year and more")}
	b := &quoted{words: wordsOf("we hired 200 new officers this year")}
	al := &aligner{intern: map[string]int32{}}
	a.ids, b.ids = al.ids(a.words), al.ids(b.words)
	p, ok := al.align(a, b, 0)
	if !ok {
		t.Fatal("not aligned")
	}
	if got, want := p.hunks(), []hunk{{2, 3, 2, 3}}; !reflect.DeepEqual(got, want) {
		t.Errorf("hunks = %v, want %v (words past the overlap are not differences)", got, want)
	}
}

func wordsOf(s string) []word {
	return tokenize(s)
}

// TestFixtures runs the quotation and one-document rules on the bundled
// race: the garbled article's lost figure, altered quotation and garbled
// references are found, and nothing is reported in the clean article 000.
func TestFixtures(t *testing.T) {
	paths, _ := filepath.Glob("../fixtures/ga06-2017/*.txt")
	if len(paths) < 3 {
		t.Skip("fixtures absent")
	}
	var docs []*claims.Document
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(filepath.Base(p), raw)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Read(a))
	}
	s := newSet(docs, Options{})
	count := map[string]int{}
	for _, r := range []Rule{misquote, quoteSpeaker, garbledReference, danglingNumber} {
		for _, f := range r.run(s, r) {
			if strings.HasPrefix(f.Location.Path, "000") {
				t.Errorf("finding in the clean article: %s %s", f.Rule, f.Message)
			}
			if strings.HasPrefix(f.Location.Path, "001") {
				count[f.Rule+"/"+f.Severity.String()]++
			}
		}
	}
	for _, k := range []string{"misquote/error", "misquote/warning", "garbled-reference/warning", "dangling-number/warning"} {
		if count[k] == 0 {
			t.Errorf("no %s finding in the garbled article (got %v)", k, count)
		}
	}
	if count["quote-speaker/error"] != 0 {
		t.Errorf("quote-speaker findings in the garbled article: %v", count)
	}
}

func FuzzAlign(f *testing.F) {
	f.Add(`"We hired 300 new officers this year and we intend to hire more," Hargrove said.`,
		`"We hired 200 new officers this year, and we intend to hire more," said Hargrove.`)
	f.Add(`"a    lead in the suburbs, and the momentum is with us," she said`, `"a 12-point lead in the suburbs, and the momentum is with us," she said`)
	f.Add(`"don't ... can't ... won't stop now and never will," he said`, `"do not stop now and never will, not ever," he said`)
	f.Add(`"We're asking the (state) governor to reopen the parks," Ana Lutz said. "Why would he not do that [now]?"`,
		`Ana Lutz said: "We are asking the governor to reopen the parks. Why would he do that?" ( [ ) ]`)
	f.Add(`"The F.B.I. and the U.S. attorney (and [the] court) said we'll see," Vance said. "A.B.C. (x"`, `"The FBI and the US attorney said we will see," Vance said.`)
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, w := range tokenize(a) {
			if w.start < 0 || w.end > len(a) || w.start > w.end {
				t.Fatalf("word %+v out of %q", w, a)
			}
		}
		s := newSet(readDocs([]string{a, b, a}), Options{})
		for _, p := range alignQuotes(s.Docs) {
			for k := 1; k < len(p.matches); k++ {
				if p.matches[k][0] <= p.matches[k-1][0] || p.matches[k][1] <= p.matches[k-1][1] {
					t.Fatalf("matches not increasing: %v", p.matches)
				}
			}
			for _, m := range p.matches {
				if p.a.words[m[0]].text != p.b.words[m[1]].text {
					t.Fatalf("matched %q with %q", p.a.words[m[0]].text, p.b.words[m[1]].text)
				}
			}
			if len(p.a.parts) != 1 || p.a.whole == p.b {
				t.Fatalf("pair of %v and %v: a quotation is compared with another passage", p.a.parts, p.b.parts)
			}
		}
		misquote.run(s, misquote)
		quoteSpeaker.run(s, quoteSpeaker)
		garbledReference.run(s, garbledReference)
		danglingNumber.run(s, danglingNumber)
	})
}

// BenchmarkAlignQuotes aligns the quotations of 100 synthetic articles of
// the same race, each quoting a few of the same statements with small
// changes, about 1 MB of text in all.
func BenchmarkAlignQuotes(b *testing.B) {
	docs := readDocs(syntheticRace(100))
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		alignQuotes(docs)
	}
}

// BenchmarkQuotationRules runs misquote and quote-speaker over the same
// race, every other article quoting each statement in two parts around its
// attribution, so that passages are compared as well as lone quotations.
func BenchmarkQuotationRules(b *testing.B) {
	texts := syntheticRace(100)
	split := regexp.MustCompile(`"([^"]*?) and ([^"]*)," (\w+) said\.`)
	size := 0
	for i := range texts {
		if i%2 == 1 {
			texts[i] = split.ReplaceAllString(texts[i], `"$1," $3 said. "And $2."`)
		}
		size += len(texts[i])
	}
	s := newSet(readDocs(texts), Options{})
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		misquote.run(s, misquote)
		quoteSpeaker.run(s, quoteSpeaker)
	}
}

func syntheticRace(n int) []string {
	speakers := []string{"Lena Hargrove", "Tom Whitfield", "Rosa Fenwick", "Alan Brisco", "Dana Kessler"}
	statements := []string{
		"We hired %d new officers this year and we intend to hire more next year",
		"The river walk will open to the public in the spring, and it will cost %d dollars less than planned",
		"Nobody in this campaign has ever taken a dime from the developers, not %d cents",
		"We are holding a %d-point lead in the suburbs and the momentum is with us",
		"This budget is not a disgrace to the %d families who depend on these programs",
	}
	filler := "Turnout in the county was heavy on Tuesday, and officials said lines formed early at several precincts. "
	out := make([]string, n)
	for i := range out {
		var sb strings.Builder
		sb.WriteString("Race coverage\n\n")
		for k := 0; sb.Len() < 10000; k++ {
			j := (i + k) % len(statements)
			who := speakers[j]
			fmt.Fprintf(&sb, "%s spoke on Monday. %s\n\n", who, strings.Repeat(filler, 3))
			fmt.Fprintf(&sb, "\"%s,\" %s said.\n\n", fmt.Sprintf(statements[j], 10+(i*k)%7), strings.Fields(who)[1])
		}
		out[i] = sb.String()
	}
	return out
}

func TestSamePerson(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Harry M. Reid", "Reid", true},
		{"Donald Trump", "Tump", true},    // a dropped letter is a typo
		{"Bruce Braley", "Bralley", true}, // so is a doubled one
		{"Chuck Grassley", "Bruce Braley", false},
		{"Paul Ryan", "Rand Paul", false},
		{"Susan Rice", "Rick", false}, // a letter changed is another name
		{"Ed Rice", "Ric", false},     // a letter dropped, but too short to be sure
		{"John Cornyn", "", false},
	}
	for _, c := range cases {
		if got := samePerson(c.a, c.b); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
