package article

import (
	"testing"
	"time"
)

func TestMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// What must be dropped.
		{"atx heading", "## Warren gains *ground*\nShe rose.", "Warren gains ground\n\nShe rose."},
		{"closing hashes", "# Results #\n\nText.", "Results\n\nText."},
		{"empty heading", "# #\n##\nText.", "Text."},
		{"hash in heading", "# Vote #2 tonight\nText.", "Vote #2 tonight\n\nText."},
		{"setext heading", "Primary night\n=============\nVoters went.", "Primary night\n\nVoters went."},
		{"emphasis", "Biden won **South Carolina** by *nearly* __30__ points, _officials_ said.", "Biden won South Carolina by nearly 30 points, officials said."},
		{"strikethrough", "It was ~~Tuesday~~ Wednesday.", "It was Tuesday Wednesday."},
		{"inline code", "The `vote` ended.", "The vote ended."},
		{"link", "Sanders [told reporters](https://example.com/a_(b)) he would stay.", "Sanders told reporters he would stay."},
		{"link with title", `See [the poll](https://example.com "Poll") today.`, "See the poll today."},
		{"reference link", "Read [the filing][fec] here.\n\n[fec]: https://fec.gov", "Read the filing here."},
		{"image", "Before ![Harris at a rally](img.jpg) after.", "Before  after."},
		{"footnote", "Turnout rose 12%.[^note] Then", "Turnout rose 12%. Then"},
		{"html comment", "Buttigieg <!-- check -->finished second.", "Buttigieg finished second."},
		{"multi-line comment", "First.\n\n<!--\nnot prose\n-->\nSecond.", "First.\n\nSecond."},
		{"inline tags", "Klobuchar <em>surged</em> late.<br>Steyer quit.", "Klobuchar surged late.\nSteyer quit."},
		{"html paragraphs", "<p>Yang quit.</p><p>Bennet too.</p>", "Yang quit.\n\nBennet too."},
		{"autolink", "Results at <https://results.example.gov/2020> tonight.", "Results at  tonight."},
		{"fenced code", "Before.\n\n```go\nx := \"not prose\"\n```\nAfter.", "Before.\n\nAfter."},
		{"tilde fence", "Before.\n~~~~\ncode\n~~~\nstill code\n~~~~\nAfter.", "Before.\n\nAfter."},
		{"unclosed fence", "Before.\n```\ncode", "Before."},
		{"indented code", "Before.\n\n    code line\n    more\n\nAfter.", "Before.\n\nAfter."},
		{"thematic break", "One.\n\n* * *\n\nTwo.", "One.\n\nTwo."},
		{"bullets", "- Warren: 21%\n- Sanders: 19%\n+ Biden: 18%", "Warren: 21%\n\nSanders: 19%\n\nBiden: 18%"},
		{"numbered", "1. Iowa\n2) New Hampshire", "Iowa\n\nNew Hampshire"},
		{"nested list", "- Iowa\n    - Des Moines\n\n      Polls closed.", "Iowa\n\nDes Moines\n\nPolls closed."},
		{"lazy list line", "- Sanders won\nthe popular vote.", "Sanders won\nthe popular vote."},
		{"blockquote", "He said:\n\n> We will win\n> this state.\n\nThen left.", "He said:\n\nWe will win\nthis state.\n\nThen left."},
		{"nested quote", "> > Deep quote.", "Deep quote."},
		{"quote without blank", "Intro.\n> Quoted.", "Intro.\n\nQuoted."},
		{"escapes", `Costs \*rose\* to \$4 \[est.\]`, "Costs *rose* to $4 [est.]"},
		{"entities", "Sanders &amp; Warren &mdash; allies &#8212; rivals", "Sanders & Warren — allies — rivals"},
		{"crlf", "# Head\r\n\r\nLine one\r\nline two\r\n", "Head\n\nLine one\nline two"},
		{"trailing spaces", "Hard break  \nnext", "Hard break\nnext"},
		{"bom and front matter", "\uFEFF---\ntitle: x\n---\nText.", "Text."},

		{"table", "Results:\n\n| Candidate | Votes | Share |\n|:---|---:|---:|\n| Kemp | 1,978,408 | 50.2% |\n| Abrams \\| D | 1,923,685 | 48.8% |\n\nAfter.",
			"Results:\n\nCandidate Votes Share\n\nKemp 1,978,408 50.2%\n\nAbrams | D 1,923,685 48.8%\n\nAfter."},
		{"table without outer pipes", "a | b\n--- | ---\nc | d\nnot a row", "a b\n\nc d\n\nnot a row"},

		// What must be kept: prose that only looks like markup.
		{"arithmetic star", "A 5 * 3 grid.", "A 5 * 3 grid."},
		{"snake case", "the vote_count field", "the vote_count field"},
		{"about tilde", "Turnout was ~60% and ~ 5 points.", "Turnout was ~60% and ~ 5 points."},
		{"editorial brackets", "He [the governor] said it was [sic] final.", "He [the governor] said it was [sic] final."},
		{"brackets then parens", "The bill [H.R. 1] (passed) stalled.", "The bill [H.R. 1] (passed) stalled."},
		{"less than", "Support fell to <5% and a<b; x > y.", "Support fell to <5% and a<b; x > y."},
		{"bare ampersand", "AT&T and R&D spending & more.", "AT&T and R&D spending & more."},
		{"wrapped year", "The law passed in\n2016. Since then it grew.", "The law passed in\n2016. Since then it grew."},
		{"wrapped number", "Results came in\n2) after midnight.", "Results came in\n2) after midnight."},
		{"hash without space", "#MeToo trended; #1 in polls.", "#MeToo trended; #1 in polls."},
		{"dashes in prose", "Vote -- or not.\n-- A reader", "Vote -- or not.\n-- A reader"},
		{"unmatched bracket", "[Updated 5 p.m. The race", "[Updated 5 p.m. The race"},
		{"pipe in prose", "Either this | or that.\nNext line.", "Either this | or that.\nNext line."},
		{"no front matter", "Title: Not front matter\n---\nText.", "Title: Not front matter\n\nText."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("story.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Body.S != tt.want {
				t.Errorf("Body = %q, want %q", a.Body.S, tt.want)
			}
			checkMap(t, a)
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     Meta
	}{
		{"all keys", "---\ntitle: Runoff set\ndate: 2018-05-22\noutlet: 'The Ledger'\nrace: AL-SEN\n---\nText.",
			Meta{Title: "Runoff set", Date: "2018-05-22", Outlet: "The Ledger", Race: "AL-SEN"}},
		{"other keys ignored", "---\nauthor: [a, b]\ntags:\n  x: 1\nTitle: Upper\n---\nText.", Meta{Title: "Upper"}},
		{"null and empty", "---\ntitle: ~\ndate:\n---\nText.", Meta{}},
		{"dots close", "---\ntitle: T\n...\nText.", Meta{Title: "T"}},
		{"empty block", "---\n---\nText.", Meta{}},
		{"alias", "---\nx: &n Same\ntitle: *n\n---\nText.", Meta{Title: "Same"}},
		{"crlf", "---\r\ntitle: T\r\n---\r\nText.", Meta{Title: "T"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			a.Meta.Time = time.Time{}
			if a.Meta != tt.want || a.Body.S != "Text." {
				t.Errorf("Meta = %+v, Body %q; want %+v", a.Meta, a.Body.S, tt.want)
			}
		})
	}
}
