package names

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

type want struct {
	name, title, party string
	kind               Kind
}

func TestFind(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		{"Sen. Bernie Sanders (I-Vt.) said the plan was a start.",
			[]want{{"Bernie Sanders", "Sen.", "Independent", Person}}},
		{"Democrat Martin O'Malley dropped out, and Republican Ted Cruz took Iowa.",
			[]want{{"Martin O'Malley", "", "Democratic", Person}, {"Ted Cruz", "", "Republican", Person}}},
		{"White House Press Secretary Josh Earnest spoke on Tuesday.",
			[]want{{"Josh Earnest", "White House Press Secretary", "", Person}}},
		{"On Sunday, Clinton's campaign manager Robby Mook told CNN that the Democratic National Committee agreed.",
			[]want{{"Clinton", "", "", Person}, {"Robby Mook", "manager", "", Person}, {"CNN", "", "", Organization}, {"Democratic National Committee", "", "", Organization}}},
		{"The mayor, Bill de Blasio, met Donald Trump Jr. in March.",
			[]want{{"Bill de Blasio", "", "", Person}, {"Donald Trump Jr.", "", "", Person}}},
		{"Senate Minority Leader Harry M. Reid (D-Nev.) criticized the deal.",
			[]want{{"Harry M. Reid", "Senate Minority Leader", "Democratic", Person}}},
		{"Republicans in Congress and the GOP leadership met in New York on Monday.",
			[]want{{"Republicans", "", "Republican", Party}, {"Congress", "", "", Organization}, {"GOP", "", "Republican", Party}}},
		{"According to the Washington Post, the University of Iowa poll was wrong.",
			[]want{{"Washington Post", "", "", Organization}, {"University of Iowa", "", "", Organization}}},
		{"spokeswoman Hope Hicks said nothing.",
			[]want{{"Hope Hicks", "spokeswoman", "", Person}}},
		// A capitalised word opening a sentence is a name only if the text
		// confirms it elsewhere.
		{"Reluctantly, the board agreed. Reluctantly is how it went.", nil},
		// Nothing to find: sentence-initial words, months, places, demonyms.
		{"Meanwhile, in January, voters in South Carolina and Nevada went to the polls.", nil},
		{"However, Americans and Mexicans alike watched the debate on Tuesday night.", nil},
		{"It's a matter of when, not if.", nil},
		{"", nil},
	}
	for _, c := range cases {
		ms := Find(c.text)
		var got []want
		for _, m := range ms {
			got = append(got, want{m.Name, m.Title, m.Party, m.Kind})
			if c.text[m.Start:m.End] != m.Name {
				t.Errorf("%q: span %d-%d is %q, name %q", c.text, m.Start, m.End, c.text[m.Start:m.End], m.Name)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Find(%q)\n got %+v\nwant %+v", c.text, got, c.want)
		}
	}
}

func TestFindSkipsHeadlines(t *testing.T) {
	if ms := Find("Former Governor Says Party Leaders Must Change Course Now\n\nBody text."); len(ms) != 0 {
		t.Errorf("title-case headline gave %+v", ms)
	}
}

func TestGroup(t *testing.T) {
	text := "Sen. Marco Rubio spoke first. Rubio said he would win. Later, Mr. Rubio left.\n\n" +
		"Bill Clinton and Hillary Clinton arrived. Clinton waved, then Hillary smiled."
	es := Group(Find(text))
	byName := map[string]Entity{}
	for _, e := range es {
		byName[e.Name] = e
	}
	rubio, ok := byName["Marco Rubio"]
	if !ok || !reflect.DeepEqual(rubio.Aliases, []string{"Marco Rubio", "Rubio"}) || len(rubio.Mentions) != 3 || rubio.Title != "Sen." {
		t.Errorf("Rubio grouped as %+v", rubio)
	}
	if e, ok := byName["Clinton"]; !ok || len(e.Mentions) != 1 {
		t.Errorf("an ambiguous surname must stay apart, got %+v", es)
	}
	if e := byName["Hillary Clinton"]; len(e.Mentions) != 2 {
		t.Errorf("a unique first name joins its full name, got %+v", e)
	}
	if i, ok := es.Lookup("Rubio's"); !ok || es[i].Name != "Marco Rubio" {
		t.Errorf("Lookup(Rubio's) = %d, %v", i, ok)
	}
	if _, ok := es.Lookup("Nobody"); ok {
		t.Error("Lookup found an unknown name")
	}
	if at := es.At(); es[at[strings.Index(text, "Mr. Rubio")+4]].Name != "Marco Rubio" {
		t.Errorf("At() misses the mention after a title: %v", at)
	}
}

// TestGroupAliasesApart appends to every entity's aliases: the lists are
// cut from one array, and none may reach into the next entity's.
func TestGroupAliasesApart(t *testing.T) {
	es := Group(Find("Sen. Marco Rubio spoke. Rubio won. Bill Clinton and Hillary Clinton came. Mr. Clinton left, and CNN and Ted Cruz stayed."))
	want := make([][]string, len(es))
	for i, e := range es {
		want[i] = slices.Clone(e.Aliases)
	}
	for i := range es {
		es[i].Aliases = append(es[i].Aliases, "Appended")
	}
	for i, e := range es {
		if got := e.Aliases[:len(e.Aliases)-1]; !slices.Equal(got, want[i]) {
			t.Errorf("entity %d aliases became %q, want %q", i, got, want[i])
		}
	}
}

func TestGender(t *testing.T) {
	es := Group(Find("Rep. Nancy Pelosi met Mr. Kaine and Sen. Chris Coons and Sen. Kelly Ayotte and Dr. Ben Carson and Lee Terry."))
	want := map[string]string{"Nancy Pelosi": "female", "Kaine": "male", "Chris Coons": "male", "Kelly Ayotte": "female", "Ben Carson": "male"}
	for _, e := range es {
		if g, ok := want[e.Name]; ok && e.Gender() != g {
			t.Errorf("%s: gender %q, want %q", e.Name, e.Gender(), g)
		}
	}
}

func TestTitleGender(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Mr.", "male"},
		{"Former Congresswoman", "female"},
		{"SPOKESMAN", "male"},
		{"White House Press Secretary", ""},
		{"Senate Minority Leader", ""},
		{"Ms", "female"},
		{"Mrs.Smith", ""},
		{"Representative-at-large-for-the-district", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := titleGender(c.title); got != c.want {
			t.Errorf("titleGender(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	cases := []struct {
		text string
		at   int
		want bool
	}{
		{"He left. Then", 7, true},
		{"Sen. Smith", 3, false},
		{"Harry M. Reid", 7, false},
		{"the U.S. economy", 7, false},
		{"rose 3.5 percent", 6, false},
		{"(D-Nev.) said", 6, false},
		{"Really? Yes", 6, true},
		{"x", 5, false},
	}
	for _, c := range cases {
		if got := EndsSentence(c.text, c.at); got != c.want {
			t.Errorf("EndsSentence(%q, %d) = %v", c.text, c.at, got)
		}
	}
}

func FuzzFindNames(f *testing.F) {
	f.Add("Sen. Bernie Sanders (I-Vt.) said Donald Trump Jr. and the GOP were wrong.")
	f.Add("O'Rourke de Blasio U.S. 'Smiths' ''quoted'' \"x\" \n\n A. B. C. D.")
	f.Add(strings.Repeat("Mr. ", 100))
	f.Fuzz(func(t *testing.T, s string) {
		ms := Find(s)
		last := -1
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || m.Start < last {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			last = m.Start
		}
		for _, e := range Group(ms) {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(article)+"\n\n", 1<<20/len(article)+1)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Group(Find(text))
	}
}

// TestFindManyMentions reads an article long enough to fill many blocks of
// mentions: every mention of every paragraph must come back, in order.
func TestFindManyMentions(t *testing.T) {
	para := "Maria Lopez told reporters on the campaign bus that Dale Whitmore would lose the runoff.\n\n"
	per := len(Find(para))
	if per == 0 {
		t.Fatalf("no mention in %q", para)
	}
	const n = 20000
	ms := Find(strings.Repeat(para, n))
	if len(ms) != per*n {
		t.Fatalf("%d mentions in %d paragraphs, want %d", len(ms), n, per*n)
	}
	for k := 1; k < len(ms); k++ {
		if ms[k].Start <= ms[k-1].Start {
			t.Fatalf("mention %d at %d after one at %d", k, ms[k].Start, ms[k-1].Start)
		}
	}
}
