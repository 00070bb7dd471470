package figures

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"factdiff/claims/ascii"
)

// judged are the kinds a sentence case lists in full; numbers and ordinals
// are only checked where a case names them.
var judged = map[Kind]bool{Percent: true, Points: true, Money: true, Count: true, Age: true, Date: true}

// render writes a figure the way testdata/sentences.txt lists it.
func render(s string, f Figure) string {
	if f.Kind == Date {
		return fmt.Sprintf("%q date %s %s", s[f.Start:f.End], f.Date, f.Hedge)
	}
	out := fmt.Sprintf("%q %s %s %s %s..%s", s[f.Start:f.End], f.Kind, g(f.Value), f.Hedge, g(f.Low), g(f.High))
	if f.Unit != "" {
		out += " " + f.Unit
	}
	if f.Of != "" {
		out += " of=" + f.Of
	}
	return out
}

func g(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'g', 10, 64)
}

type sentenceCase struct {
	line     int
	text     string
	date     time.Time
	want     []string // every judged figure, in order
	mentions []string // numbers and ordinals that must be among the figures
}

// loadSentences reads testdata/sentences.txt: "> sentence" opens a case,
// "= figure" lines list every figure of a judged kind it must yield (none
// listed: none may be found), "~ figure" lines name numbers or ordinals it
// must also yield, "@ 2019-03-14" gives the article date.
func loadSentences(t *testing.T) []sentenceCase {
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatalf("opening sentence cases: %v", err)
	}
	defer f.Close()
	var cases []sentenceCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(line) < 2 {
			t.Fatalf("sentences.txt:%d: bad line %q", n, line)
		}
		body := strings.TrimSpace(line[1:])
		if line[0] == '>' {
			cases = append(cases, sentenceCase{line: n, text: body})
			continue
		}
		if len(cases) == 0 {
			t.Fatalf("sentences.txt:%d: %q before any sentence", n, line)
		}
		c := &cases[len(cases)-1]
		switch line[0] {
		case '=':
			c.want = append(c.want, body)
		case '~':
			c.mentions = append(c.mentions, body)
		case '@':
			d, err := time.Parse(time.DateOnly, body)
			if err != nil {
				t.Fatalf("sentences.txt:%d: %v", n, err)
			}
			c.date = d
		default:
			t.Fatalf("sentences.txt:%d: bad line %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading sentence cases: %v", err)
	}
	return cases
}

// TestSentences checks real sentence shapes of political coverage figure by
// figure, including sentences where nothing of a judged kind may be read.
func TestSentences(t *testing.T) {
	cases := loadSentences(t)
	if len(cases) < 100 {
		t.Fatalf("only %d sentence cases", len(cases))
	}
	for _, c := range cases {
		var got, all []string
		for _, f := range Find(c.text, Context{Date: c.date}) {
			r := render(c.text, f)
			all = append(all, r)
			if judged[f.Kind] {
				got = append(got, r)
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("sentences.txt:%d: %s\n got:\n  %s\n want:\n  %s", c.line, c.text,
				strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
		for _, m := range c.mentions {
			if !contains(all, m) {
				t.Errorf("sentences.txt:%d: %s\n missing %s among:\n  %s", c.line, c.text, m, strings.Join(all, "\n  "))
			}
		}
	}
}

// TestFinder reads all sentence cases with one Finder, as a reader of a
// whole article does: what it finds must not depend on what it read before
// or on who lower-cased the text, and the sentences it passes over unread
// must hold nothing.
func TestFinder(t *testing.T) {
	var reused Finder
	for _, c := range loadSentences(t) {
		ctx := Context{Date: c.date}
		want := renderAll(c.text, Find(c.text, ctx))
		if got := renderAll(c.text, reused.Find(c.text, ctx)); got != want {
			t.Errorf("sentences.txt:%d: a reused Finder reads\n  %s\nbut a fresh one\n  %s", c.line, got, want)
		}
		if got := renderAll(c.text, reused.FindLower(c.text, ascii.Lower(c.text), ctx)); got != want {
			t.Errorf("sentences.txt:%d: FindLower reads\n  %s\nbut Find\n  %s", c.line, got, want)
		}
		var full Finder
		for _, cx := range []Context{ctx, {}} {
			if all := full.scan(c.text, "", cx); len(all) > 0 && !mayHoldFigure(c.text, cx) {
				t.Errorf("sentences.txt:%d: passed over, yet holds %s", c.line, renderAll(c.text, all))
			}
		}
	}
}

// TestMayHoldFigure pins which texts are read at all: one digit or number
// word in any case is enough, and a text with neither is passed over; a
// weekday or "last" counts only where the article's date is known.
func TestMayHoldFigure(t *testing.T) {
	dated := Context{Date: time.Date(2019, 3, 14, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		text          string
		want, undated bool
	}{
		{"The senator declined to comment on the bill.", false, false},
		{"Voters in the suburbs turned against the incumbent.", false, false},
		{"", false, false},
		{"Turnout rose 4 points.", true, true},
		{"She finished First in the primary.", true, true},
		{"Early voting begins in MARCH.", true, true},
		{"About two-thirds of voters approved.", true, true},
		{"The debate was held last night.", true, false},
		{"The governor said Tuesday that she would sign it.", true, false},
		{"Only half of them voted.", true, true},
		{"Someone said nothing.", false, false}, // "one" inside a word is no number word
		{"élection ónce", false, false},
	}
	for _, tt := range tests {
		if got := mayHoldFigure(tt.text, dated); got != tt.want {
			t.Errorf("mayHoldFigure(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if got := mayHoldFigure(tt.text, Context{}); got != tt.undated {
			t.Errorf("mayHoldFigure(%q) without a date = %v, want %v", tt.text, got, tt.undated)
		}
	}
	for w := range numberWords.words {
		if !isNumberWord(strings.ToUpper(w)) || !isNumberWord(w) {
			t.Errorf("number word %q is not recognised", w)
		}
	}
	for _, w := range []string{"the", "said", "voters", "Tuesdays", "ones", "lastly", "nextdoor", "x"} {
		if _, starter := starters.lookup(w); isNumberWord(w) || starter {
			t.Errorf("%q taken for a number word or a starter", w)
		}
	}
}

// renderAll renders figs of s on one line.
func renderAll(s string, figs []Figure) string {
	out := make([]string, len(figs))
	for i, f := range figs {
		out[i] = render(s, f)
	}
	return strings.Join(out, "; ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSpans checks the contract every result keeps: in order, without
// overlaps, inside the input, bounds ordered, values where they belong.
func TestSpans(t *testing.T) {
	for _, c := range loadSentences(t) {
		checkFigures(t, c.text, Find(c.text, Context{Date: c.date}))
	}
}

func checkFigures(t *testing.T, s string, figs []Figure) {
	t.Helper()
	prev := 0
	for _, f := range figs {
		if f.Start < prev || f.End <= f.Start || f.End > len(s) {
			t.Fatalf("bad span %d..%d after %d in %q", f.Start, f.End, prev, s)
		}
		prev = f.End
		if (f.Value == nil) != (f.Kind == Date) {
			t.Fatalf("%q: kind %s with value %v", s[f.Start:f.End], f.Kind, f.Value)
		}
		if f.Low != nil && f.High != nil && *f.Low > *f.High {
			t.Fatalf("%q: low %g above high %g", s[f.Start:f.End], *f.Low, *f.High)
		}
		if f.Hedge == "" {
			t.Fatalf("%q: empty hedge", s[f.Start:f.End])
		}
	}
}

// TestShapes pins single phenomena the brief names, one short input each.
func TestShapes(t *testing.T) {
	article := time.Date(2019, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		in   string
		date time.Time
		want string // the figures, rendered, joined by "; "
	}{
		{"51.3%", time.Time{}, `"51.3%" percent 51.3 none 51.25..51.35 %`},
		{"57 per cent", time.Time{}, `"57 per cent" percent 57 none 56.5..57.5 %`},
		{"fifty percent", time.Time{}, `"fifty percent" percent 50 none 49.5..50.5 %`},
		{"a 17-point margin", time.Time{}, `"17-point" points 17 none 16.5..17.5 points`},
		{"$3.4M", time.Time{}, `"$3.4M" money 3400000 none 3350000..3450000 $`},
		{"$1.5bn", time.Time{}, `"$1.5bn" money 1500000000 none 1450000000..1550000000 $`},
		{"$450,000", time.Time{}, `"$450,000" money 450000 none 450000..450000 $`},
		{"$1.2 trillion", time.Time{}, `"$1.2 trillion" money 1.2e+12 none 1.15e+12..1.25e+12 $`},
		{"50 cents", time.Time{}, `"50 cents" money 0.5 none 0.5..0.5 $`},
		{"4.7 million dollars", time.Time{}, `"4.7 million dollars" money 4700000 none 4650000..4750000 $`},
		{"a 12-candidate field", time.Time{}, `"12-candidate" count 12 none 12..12 candidates`},
		{"three dozen states", time.Time{}, `"three dozen states" count 36 none 36..36 states`},
		{"a 41-year-old", time.Time{}, `"41-year-old" age 41 none 41..41 years`},
		{"41 years old", time.Time{}, `"41 years old" age 41 none 41..41 years`},
		{"her 70th birthday", time.Time{}, `"70th birthday" age 70 none 70..70 years`},
		{"aged 40", time.Time{}, `"aged 40" age 40 none 40..40 years`},
		{"the suspect, Ray Dalton Jr., 56, of Tampa", time.Time{}, `"56" age 56 none 56..56 years`},
		{"Ray Dalton, 56, of Tampa", time.Time{}, `"56" age 56 none 56..56 years`},
		{"March 14th", time.Time{}, `"March 14th" date XXXX-03-14 none`},
		{"14 March", time.Time{}, `"14 March" date XXXX-03-14 none`},
		{"on 11/06/2018", time.Time{}, `"11/06/2018" date 2018-11-06 none`},
		{"in June", time.Time{}, `"June" date XXXX-06 none`},
		{"since 1979", time.Time{}, `"since 1979" date 1979 at-least`},
		{"the third quarter of 2019", time.Time{}, `"third quarter of 2019" date 2019-Q3 none`},
		{"on Tuesday", article, `"Tuesday" date 2019-03-12 none`},
		{"on Thursday", article, `"Thursday" date 2019-03-14 none`},
		{"next Tuesday", article, `"next Tuesday" date 2019-03-19 none`},
		{"last Thursday", article, `"last Thursday" date 2019-03-07 none`},
		{"yesterday", article, `"yesterday" date 2019-03-13 none`},
		{"last week", article, `"last week" date 2019-W10 none`},
		{"last month", article, `"last month" date 2019-02 none`},
		{"on Tuesday", time.Time{}, ``},
		{"the 9th District", time.Time{}, `"9th" ordinal 9 none 9..9`},
		{"twenty-three", time.Time{}, `"twenty-three" number 23 none 23..23`},
		{"two-thirds", time.Time{}, `"two-thirds" number 0.6666666667 none 0.6666666667..0.6666666667`},
		{"a million", time.Time{}, `"a million" number 1000000 none 500000..1500000`},
		{"40-45%", time.Time{}, `"40-45%" percent 42.5 range 40..45 %`},
		{"from $2 million to $3 million", time.Time{}, `"from $2 million to $3 million" money 2500000 range 2000000..3000000 $`},
		{"between $2 and $3 million", time.Time{}, `"between $2 and $3 million" money 2500000 range 2000000..3000000 $`},
		{"nearly 57%", time.Time{}, `"nearly 57%" percent 57 nearly 51.3..57.5 %`},
		{"just shy of 50 percent", time.Time{}, `"just shy of 50 percent" percent 50 just-under 45..50 %`},
		{"less than 5 percent", time.Time{}, `"less than 5 percent" percent 5 less-than -..5 %`},
		{"no more than 12 seats", time.Time{}, `"no more than 12 seats" count 12 at-most -..12 seats`},
		{"upwards of $10 million", time.Time{}, `"upwards of $10 million" money 10000000 more-than 10000000..- $`},
		{"no less than 30 percent", time.Time{}, `"no less than 30 percent" percent 30 at-least 30..- %`},
		{"about 40 percent", time.Time{}, `"about 40 percent" percent 40 about 37.5..42.5 %`},
		{"an estimated 3,000 voters", time.Time{}, `"an estimated 3,000 voters" count 3000 about 2850..3150 voters`},
		{"within 4 points of 50 percent", time.Time{}, `"within 4 points of 50 percent" percent 46 within 46..50 % of=50 percent`},
		{"within 3 percentage points of an outright majority", time.Time{}, `"within 3 percentage points of an outright majority" percent 47 within 47..50 % of=majority`},
		{"within 3 percentage points of the 50% threshold", time.Time{}, `"within 3 percentage points of the 50% threshold" percent 47 within 47..50 % of=50%`},
		{"30 or more candidates", time.Time{}, `"30 or more candidates" count 30 at-least 30..- candidates`},
		{"a 5-4 decision", time.Time{}, ``},
		{"won 52-48", time.Time{}, ``},
		{"call 555-1234", time.Time{}, ``},
		{"at 10:30 a.m.", time.Time{}, ``},
		{"at 3 p.m.", time.Time{}, ``},
		{"Route 66 and I-95", time.Time{}, ``},
		{"the F-35 and COVID-19", time.Time{}, ``},
		{"the G7 summit", time.Time{}, ``},
		{"1600 Pennsylvania Avenue", time.Time{}, ``},
		{"see https://example.com/poll?q=30%25 now", time.Time{}, ``},
		{"@user2016 said", time.Time{}, ``},
		{"Title IX cases under Section 230", time.Time{}, ``},
		{"minus five percent", time.Time{}, `"minus five percent" percent -5 none -5.5..-4.5 %`},
	}
	for _, tt := range tests {
		var got []string
		figs := Find(tt.in, Context{Date: tt.date})
		checkFigures(t, tt.in, figs)
		for _, f := range figs {
			got = append(got, render(tt.in, f))
		}
		if strings.Join(got, "; ") != tt.want {
			t.Errorf("Find(%q)\n got  %s\n want %s", tt.in, strings.Join(got, "; "), tt.want)
		}
	}
}
