package suppress

import (
	"strings"
	"testing"
)

// story is about a kilobyte of Markdown with one mark of each kind.
const story = `Turnout in Tuesday's runoff reached 38 percent, election officials said,
well above the 29 percent seen in the first round of voting in February.

<!-- factdiff-ignore number-conflict: checked against the canvass -->
The winner took 73.7 percent of the vote and carried all 50 wards, the
largest margin in a mayoral runoff since the city adopted the system.

> "This is a mandate for change," she told supporters. <!-- factdiff-ignore-line misquote -->

<!-- factdiff-ignore-start -->
- Ward 1: 61 percent
- Ward 2: 77 percent
<!-- factdiff-ignore-end -->

The result will be certified on June 25, after provisional ballots and
late mail ballots postmarked by election day have been counted by the
board, which expects no change to the outcome. Type ` + "`<!-- x -->`" + ` here.

`

func benchFind(b *testing.B, path, raw string) {
	data := []byte(raw)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Find(path, data)
	}
}

// BenchmarkFind reads a megabyte of Markdown with marks throughout.
func BenchmarkFind(b *testing.B) {
	benchFind(b, "a.md", strings.Repeat(story, (1<<20)/len(story)))
}

// BenchmarkFindNoMarks is the common case: an article nobody marked.
func BenchmarkFindNoMarks(b *testing.B) {
	plain := strings.ReplaceAll(strings.ReplaceAll(story, "factdiff-", "checked-"), "`", "")
	benchFind(b, "a.md", strings.Repeat(plain, (1<<20)/len(plain)))
}

// The adversarial inputs must stay linear: marks crowded on one line,
// unmatched backtick runs of every length, one long open quotation.
func BenchmarkFindOneLine(b *testing.B) {
	benchFind(b, "a.md", strings.Repeat("x <!-- factdiff-ignore-line --> ", (1<<20)/33))
}

func BenchmarkFindBackticks(b *testing.B) {
	var sb strings.Builder
	for n := 1; sb.Len() < 1<<20; n = n%1400 + 1 {
		sb.WriteString(strings.Repeat("`", n))
		sb.WriteString(" <!-- factdiff-ignore --> ")
	}
	benchFind(b, "a.md", sb.String())
}

func BenchmarkFindHTML(b *testing.B) {
	benchFind(b, "a.html", "<article>"+strings.Repeat("<p>\"Turnout <!-- factdiff-ignore --> was 38 percent.</p>\n", (1<<20)/60)+"</article>")
}

func BenchmarkFindText(b *testing.B) {
	benchFind(b, "a.txt", strings.Repeat("[factdiff-ignore misquote]\nTurnout was 38 percent, officials said.\n\n", (1<<20)/70))
}
