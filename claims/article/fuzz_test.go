package article

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzParse parses data as the given file and checks that whatever comes
// out keeps the offset map's promises.
func fuzzParse(f *testing.F, name string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if filepath.Ext(name) == ".html" {
			checkTokens(t, string(data))
		}
		a, err := Parse(name, data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v is a %T, not *Error", err, err)
			}
			return
		}
		checkMap(t, a)
	})
}

func FuzzParseHTML(f *testing.F) {
	fuzzParse(f, "page.html",
		"<article><p>a &amp b</p></article>",
		"<main><nav><p>x</main><p>y",
		"<p>&#x1F600;&#99999999999;&NotEqualTilde;&notin &fjlig;</p>",
		"<svg><title>t</title></svg><title>Real</title><br><br>x",
		"<td>a</td><td>b</td><script>&lt;</script>c",
	)
}

func FuzzParseMarkdown(f *testing.F) {
	fuzzParse(f, "frontmatter.md",
		"---\ntitle: x\n---\n# H #\n\n- a\n- b\n\n> q\n\n```\ncode\n```\n",
		"[a](b) ![c](d) [e][f] [^1] [g]\n\n[f]: x",
		"**a** _b_ `c` ~~d~~ \\* &amp; <b>e</b> <!-- f --> <http://g>",
		"1. x\n2) y\n    z\n\n    code\n***\nsetext\n===",
		"[[[[(((]]]])))<<<>>>",
	)
}

func FuzzParsePlain(f *testing.F) {
	fuzzParse(f, "crlf-bom.txt",
		"Plain text.\r\n\r\nSecond\rthird.",
		"\uFEFF\uFEFF",
		"\r\n\r\n\r",
	)
}

// checkTokens asserts what the HTML offsets rest on: the tokenizer's raw
// tokens tile the input, so summing their lengths gives each one's place.
func checkTokens(t *testing.T, src string) {
	tk := newTokens(src, 0)
	for tk.next() {
		if tk.to > len(src) || src[tk.from:tk.to] != string(tk.z.Raw()) {
			t.Fatalf("token at [%d,%d) is %q, not the input's bytes", tk.from, tk.to, tk.z.Raw())
		}
	}
}
