package suppress

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factdiff/finding"
)

// covered renders regions as "rules|text" with the text trimmed, the way
// an editor would check what a mark covers.
func covered(raw []byte, rs []Region) []string {
	var out []string
	for _, r := range rs {
		out = append(out, strings.Join(r.Rules, ",")+"|"+strings.TrimSpace(string(raw[r.Start:r.End])))
	}
	return out
}

func problemList(ps []finding.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d: %s", p.Line, p.Message))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []string
		problems       []string // "line: start of message"
	}{
		// Plain text.
		{name: "text paragraph", path: "a.txt",
			in:   "Sanders won New Hampshire by 22 points.\n\n[factdiff-ignore]\nTurnout reached 250,000, a record.\nOfficials were surprised.\n\nClinton conceded early.\n",
			want: []string{"|Turnout reached 250,000, a record.\nOfficials were surprised."}},
		{name: "text rule-specific", path: "a.txt",
			in:   "[factdiff-ignore number-conflict, misquote: checked with the county clerk]\n\nTurnout reached 250,000.\n",
			want: []string{"number-conflict,misquote|Turnout reached 250,000."}},
		{name: "text marker inside a paragraph covers its rest", path: "a.txt",
			in:   "Kasich finished second.\n[factdiff-ignore]\nHe took 16 percent.\n\nBush was fourth.",
			want: []string{"|He took 16 percent."}},
		{name: "text marker in a sentence is prose", path: "a.txt",
			in: "The memo told staff to type [factdiff-ignore] before a paragraph.\n\nTurnout reached 250,000."},
		{name: "text marker inside a quotation is text", path: "a.txt",
			in:       "\"The form said\n[factdiff-ignore]\nand nothing else,\" the clerk said.\n\nTurnout reached 250,000.",
			problems: []string{"2: mark inside a quotation"}},
		{name: "text range", path: "a.txt",
			in:   "Intro.\n\n[factdiff-ignore-start misquote]\nOne 12%.\n\nTwo 14%.\n[factdiff-ignore-end]\n\nThree 16%.",
			want: []string{"misquote|One 12%.\n\nTwo 14%."}},
		{name: "text line alone covers the next line", path: "a.txt",
			in:   "[factdiff-ignore-line]\nRubio won 23 percent.\nCruz won 28 percent.",
			want: []string{"|Rubio won 23 percent."}},
		{name: "text unclosed bracket", path: "a.txt",
			in:       "[factdiff-ignore misquote\nRubio won 23 percent.",
			problems: []string{"1: marker line has no closing"}},
		{name: "text with BOM and CRLF", path: "a.txt",
			in:   "\uFEFF[factdiff-ignore]\r\nCarson polled 9 percent.\r\n\r\nFiorina 3 percent.\r\n",
			want: []string{"|Carson polled 9 percent."}},
		{name: "text other brackets are prose", path: "a.txt",
			in: "[Editor's note: updated.]\n\nTurnout reached 250,000."},

		// Markdown.
		{name: "md comment before a paragraph", path: "a.md",
			in:   "# Primary\n\n<!-- factdiff-ignore -->\nWarren took **21%** in the poll.\nSanders took 19%.\n\nBiden led.\n",
			want: []string{"|Warren took **21%** in the poll.\nSanders took 19%."}},
		{name: "md blank line after the comment", path: "a.md",
			in:   "<!-- factdiff-ignore misquote -->\n\n> \"We will win,\" she said.\n\nThen left.",
			want: []string{"misquote|> \"We will win,\" she said."}},
		{name: "md stacked marks", path: "a.md",
			in:   "<!-- factdiff-ignore misquote -->\n<!-- factdiff-ignore number-conflict -->\nTurnout was 61%.\n\nAfter.",
			want: []string{"misquote|<!-- factdiff-ignore number-conflict -->\nTurnout was 61%.", "number-conflict|Turnout was 61%."}},
		{name: "md list item", path: "a.md",
			in:   "<!-- factdiff-ignore -->\n- Warren: 21%\n- Sanders: 19%\n",
			want: []string{"|- Warren: 21%"}},
		{name: "md line mark at the end of a line", path: "a.md",
			in:   "Warren took 21%. <!-- factdiff-ignore-line -->\nSanders took 19%.",
			want: []string{"|Warren took 21%. <!-- factdiff-ignore-line -->"}},
		{name: "md line mark alone", path: "a.md",
			in:   "Intro.\n\n<!-- factdiff-ignore-line number-conflict -->\nWarren took 21%.\nSanders took 19%.",
			want: []string{"number-conflict|Warren took 21%."}},
		{name: "md range", path: "a.md",
			in:   "<!-- factdiff-ignore-start -->\nOne.\n\nTwo.\n<!-- factdiff-ignore-end -->\nThree.",
			want: []string{"|One.\n\nTwo."}},
		{name: "md multi-line comment", path: "a.md",
			in:   "<!--\n  factdiff-ignore misquote:\n  the quote was checked against the tape\n-->\nShe said \"no new taxes.\"",
			want: []string{"misquote|She said \"no new taxes.\""}},
		{name: "md comment in code span is text", path: "a.md",
			in: "Type `<!-- factdiff-ignore -->` before a paragraph.\n\nTurnout was 61%."},
		{name: "md comment in fenced code is text", path: "a.md",
			in: "Before.\n\n```\n<!-- factdiff-ignore -->\n```\n\nTurnout was 61%."},
		{name: "md comment in indented code is text", path: "a.md",
			in: "Before.\n\n    <!-- factdiff-ignore -->\n\nTurnout was 61%."},
		{name: "md escaped comment is text", path: "a.md",
			in: "Write \\<!-- factdiff-ignore --> first.\n\nTurnout was 61%."},
		{name: "md comment in front matter is text", path: "a.md",
			in: "---\ntitle: \"<!-- factdiff-ignore -->\"\n---\nTurnout was 61%."},
		{name: "md mark inside a quotation", path: "a.md",
			in:       "\"We will not <!-- factdiff-ignore-line --> back down,\" she said.",
			problems: []string{"1: mark inside a quotation"}},
		{name: "md mark after a closed quotation", path: "a.md",
			in:   "“We will not back down,” <!-- factdiff-ignore-line --> she said.",
			want: []string{"|“We will not back down,” <!-- factdiff-ignore-line --> she said."}},
		{name: "md ordinary comments", path: "a.md",
			in: "<!-- TODO: check the 61% with the state -->\nTurnout was 61%."},

		// HTML.
		{name: "html before a paragraph", path: "a.html",
			in:   "<article><p>Lead.</p>\n<!-- factdiff-ignore number-conflict -->\n<p>Turnout was <b>61%</b>, officials said.</p><p>After.</p></article>",
			want: []string{"number-conflict|<p>Turnout was <b>61%</b>, officials said."}},
		{name: "html inside a paragraph covers its rest", path: "a.html",
			in:   "<p>Lead.</p><p><!-- factdiff-ignore -->Turnout was 61%.</p><p>After.</p>",
			want: []string{"|Turnout was 61%."}},
		{name: "html range", path: "a.html",
			in:   "<p>Lead.</p><!-- factdiff-ignore-start misquote --><p>One.</p><p>Two.</p><!-- factdiff-ignore-end --><p>Three.</p>",
			want: []string{"misquote|<p>One.</p><p>Two.</p>"}},
		{name: "html escaped comment is text", path: "a.html",
			in: "<p>Write &lt;!-- factdiff-ignore --&gt; first.</p><p>Turnout was 61%.</p>"},
		{name: "html comment in a script is not a mark", path: "a.html",
			in: "<script>var s = '<!-- factdiff-ignore -->';</script><p>Turnout was 61%.</p>"},
		{name: "html mark after the article covers nothing", path: "a.html",
			in:       "<article><p>Turnout was 61%, officials said.</p></article><footer><!-- factdiff-ignore --><p>Contact us</p></footer>",
			problems: []string{"1: mark covers no text"}},

		// Mistakes, reported with their line.
		{name: "misspelt directive", path: "a.md",
			in:       "Intro.\n\n<!-- factdiff-ingore -->\nTurnout was 61%.",
			problems: []string{"3: unknown directive \"factdiff-ingore\""}},
		{name: "capitalised directive", path: "a.txt",
			in:       "[Factdiff-Ignore]\nTurnout was 61%.",
			problems: []string{"1: unknown directive \"Factdiff-Ignore\""}},
		{name: "malformed rule id", path: "a.md",
			in:       "<!-- factdiff-ignore Number_Conflict -->\nTurnout was 61%.",
			problems: []string{"1: malformed rule id \"Number_Conflict\""}},
		{name: "end without start", path: "a.md",
			in:       "Turnout was 61%.\n<!-- factdiff-ignore-end -->",
			problems: []string{"2: factdiff-ignore-end without"}},
		{name: "end with rules", path: "a.md",
			in:       "<!-- factdiff-ignore-start -->\nTurnout was 61%.\n<!-- factdiff-ignore-end misquote -->",
			problems: []string{"1: factdiff-ignore-start has no", "3: factdiff-ignore-end takes no rule ids"},
			want:     []string{"|Turnout was 61%.\n<!-- factdiff-ignore-end misquote -->"}},
		{name: "unclosed start covers the rest", path: "a.md",
			in:       "Lead.\n\n<!-- factdiff-ignore-start -->\nTurnout was 61%.",
			want:     []string{"|Turnout was 61%."},
			problems: []string{"3: factdiff-ignore-start has no factdiff-ignore-end"}},
		{name: "mark at the end covers nothing", path: "a.md",
			in:       "Turnout was 61%.\n\n<!-- factdiff-ignore -->\n",
			problems: []string{"3: mark covers no text"}},
		{name: "nothing in a file without marks", path: "a.md",
			in: "Turnout was 61%, up from 58% in 2014."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte(tc.in)
			rs, ps := Find(tc.path, raw)
			if got := covered(raw, rs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("regions:\n got %q\nwant %q", got, tc.want)
			}
			got := problemList(ps)
			if len(got) != len(tc.problems) {
				t.Fatalf("problems:\n got %q\nwant %q", got, tc.problems)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.problems[i]) {
					t.Errorf("problem %d: got %q, want it to start %q", i, got[i], tc.problems[i])
				}
			}
		})
	}
}

func TestFindLines(t *testing.T) {
	raw := []byte("One.\n\nTwo.\n\n<!-- factdiff-ignore -->\nThree.\n\n<!-- factdiff-ignore-line misquote -->\nFour.")
	rs, _ := Find("a.md", raw)
	var lines []int
	for _, r := range rs {
		lines = append(lines, r.Line)
	}
	if want := []int{5, 8}; !reflect.DeepEqual(lines, want) {
		t.Errorf("lines %v, want %v", lines, want)
	}
}

// TestFindTestdata checks every file under testdata against the regions
// and problems in its ".want" file.
func TestFindTestdata(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(path + ".want")
			if err != nil {
				t.Fatal(err)
			}
			rs, ps := Find(path, raw)
			var b strings.Builder
			for _, s := range covered(raw, rs) {
				fmt.Fprintf(&b, "region %q\n", s)
			}
			for _, p := range problemList(ps) {
				fmt.Fprintf(&b, "problem %s\n", p)
			}
			if b.String() != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no testdata")
	}
}
