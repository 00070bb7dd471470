package article

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>Bloomberg spent heavily.</p>\n<p>He won American Samoa.</p>", "Bloomberg spent heavily.\n\nHe won American Samoa."},
		{"whitespace collapses", "<p>  Biden\n\t won   <b>big</b> </p>", "Biden won big"},
		{"inline elements join", "<p>Sanders<span>’</span>s lead</p>", "Sanders’s lead"},
		{"entities", "<p>Warren &amp; Sanders &ndash; &#8220;allies&#x201D; &lt;3 &copy</p>", "Warren & Sanders – “allies” <3 ©"},
		{"legacy entity without semicolon", "<p>AT&T R&D &ampx &notit</p>", "AT&T R&D &x ¬it"},
		{"not entities", "<p>a & b &unknown; &#; &#x;</p>", "a & b &unknown; &#; &#x;"},
		{"nbsp kept", "<p>40&nbsp;percent</p>", "40\u00a0percent"},
		{"br", "<p>Line one<br>line two<br/><br>New paragraph</p>", "Line one\nline two\n\nNew paragraph"},
		{"headings and lists", "<h1>Super Tuesday</h1><ul><li>Texas</li><li>Maine</li></ul>", "Super Tuesday\n\nTexas\n\nMaine"},
		{"table cells", "<table><tr><th>Candidate</th><th>Share</th></tr><tr><td>Biden</td><td>34%</td></tr></table>", "Candidate Share\n\nBiden 34%"},
		{"dropped elements", "<body><header>Site</header><nav>Menu</nav><script>var a = '<p>x</p>';</script><style>p{}</style><noscript>Enable JS</noscript><p>Steyer withdrew.</p><aside>Related</aside><form><button>Go</button></form><footer>(c)</footer></body>",
			"Steyer withdrew."},
		{"dropped element separates", "<p>Yang<svg><text>icon</text></svg>quit</p>", "Yang\n\nquit"},
		{"comments and doctype", "<!DOCTYPE html><!-- <p>old</p> --><p>Gabbard stayed.</p>", "Gabbard stayed."},
		{"title not body", "<html><head><title>Page title</title></head><body><p>Text.</p></body></html>", "Text."},
		{"article wins", "<body><p>Teaser outside.</p><article><p>Inside the article.</p></article></body>", "Inside the article."},
		{"richest article", "<article><p>Short.</p></article><article><p>The longer main story text.</p></article>", "The longer main story text."},
		{"article in aside ignored", "<main><p>Main story.</p><aside><article><p>A related story with a lot more words in it.</p></article></aside></main>", "Main story."},
		{"nested articles", "<article><p>Post.</p><article><p>Comment.</p></article><p>More post.</p></article>", "Post.\n\nComment.\n\nMore post."},
		{"main", "<body><div>Outside.</div><main><p>Inside main.</p></main></body>", "Inside main."},
		{"empty article falls back", "<body><article><img src=x></article><p>Body text.</p></body>", "Body text."},
		{"unclosed article", "<body><nav>Menu</nav><article><p>Runs to the end", "Runs to the end"},
		{"unclosed nav ends at body", "<body><p>Kept.</p><nav>Menu</body><p>After.</p>", "Kept.\n\nAfter."},
		{"raw text with entities in script", "<p>Ok</p><script>if (a &lt; b) {}</script>", "Ok"},
		{"less than in text", "<p>Support below 5 < 6</p>", "Support below 5 < 6"},
		{"crlf in text", "<p>One\r\ntwo</p>", "One two"},
		{"bom", "\uFEFF<p>Text.</p>", "Text."},
		{"no tags", "Just prose &amp; more.", "Just prose & more."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("page.html", []byte(tt.in))
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

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name, in string
		want     Meta
	}{
		{"og beats title", `<title>T - Site</title><meta property="og:title" content=" Clean T "><p>x</p>`, Meta{Title: "Clean T"}},
		{"title tag", "<title>\n  Runoff &amp; recount\n</title><p>x</p>", Meta{Title: "Runoff & recount"}},
		{"svg title ignored", `<body><svg><title>icon</title></svg><p>x</p></body>`, Meta{}},
		{"site and date", `<meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2020-03-03"><p>x</p>`,
			Meta{Outlet: "The Ledger", Date: "2020-03-03"}},
		{"time element", `<p>Posted <time datetime="2020-03-04T10:00:00Z">Wednesday</time></p>`, Meta{Date: "2020-03-04T10:00:00Z"}},
		{"meta beats time", `<meta property="article:published_time" content="2020-03-03"><p><time datetime="2020-01-01">x</time></p>`, Meta{Date: "2020-03-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("p.html", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			a.Meta.Time = tt.want.Time
			if a.Meta != tt.want {
				t.Errorf("Meta = %+v, want %+v", a.Meta, tt.want)
			}
		})
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	in := strings.Repeat("<div>", 50000) + "Ernst got 51.8%" + strings.Repeat("</div>", 50000)
	a, err := Parse("deep.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Body.S != "Ernst got 51.8%" {
		t.Errorf("Body = %q", a.Body.S)
	}
	nested := strings.Repeat("<nav>", 20000) + strings.Repeat("</aside>", 20000) + "<p>Text</p>"
	if _, err := Parse("nav.html", []byte(nested)); err == nil {
		t.Error("text inside unclosed nav elements was taken as article text")
	}
}
