package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factdiff/claims/article"
)

// benchArticles returns the bundled articles joined, a realistic mix of
// wire copy, a garbled rewrite and a long feature.
func benchArticles(b *testing.B) string {
	paths, err := filepath.Glob("../fixtures/*/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	var all strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
	}
	return all.String()
}

// BenchmarkRead reads claims from a typical article and from inputs of 1 MB
// and 10 MB; the MB/s of the three must stay level (linear cost).
func BenchmarkRead(b *testing.B) {
	mix := benchArticles(b)
	typical := mix[:min(len(mix), 6000)]
	for _, c := range []struct {
		name string
		text string
	}{
		{"typical", typical},
		{"1MB", strings.Repeat(mix, 1<<20/len(mix)+1)},
		{"10MB", strings.Repeat(mix, 10<<20/len(mix)+1)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for range b.N {
				Read(article.FromText("bench.txt", c.text, article.Meta{}))
			}
		})
	}
}
