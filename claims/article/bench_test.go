package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// megabyte repeats a test file to about 1 MB, the size of a long feature
// with markup or of a small batch of wire copy.
func megabyte(b *testing.B, name string) []byte {
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		b.Fatal(err)
	}
	return bytes.Repeat(data, 1<<20/len(data)+1)
}

func benchParse(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	page := megabyte(b, "page.html")
	benchParse(b, "page.html", page)
}

func BenchmarkParseMarkdown(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "frontmatter.md.body"))
	if err != nil {
		b.Fatal(err)
	}
	md, _ := os.ReadFile(filepath.Join("testdata", "frontmatter.md"))
	benchParse(b, "a.md", append(md, bytes.Repeat(append(body, "\n\n"...), 1<<20/len(body))...))
}

func BenchmarkParsePlain(b *testing.B) {
	benchParse(b, "a.txt", megabyte(b, "crlf-bom.txt"))
}

// BenchmarkParseOneLine is the hostile case: 7 MB on one line.
func BenchmarkParseOneLine(b *testing.B) {
	benchParse(b, "a.md", bytes.Repeat([]byte("The candidate received **48%** of [the vote](x) & $6.4 million "), 110000))
}
