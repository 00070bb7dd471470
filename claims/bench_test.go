package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factdiff/claims/article"
)

// benchArticles returns the bundled articles: wire copy, a garbled rewrite
// and a long feature.
func benchArticles(b *testing.B) []string {
	paths, err := filepath.Glob("../fixtures/*/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	texts := make([]string, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(data)
	}
	return texts
}

// BenchmarkRead reads claims from typical articles, each read as the
// article it is, and from inputs of 1 MB and 10 MB made of them; the MB/s of
// the three must stay level (linear cost).
func BenchmarkRead(b *testing.B) {
	articles := benchArticles(b)
	mix := strings.Join(articles, "\n\n")
	for _, c := range []struct {
		name  string
		texts []string
	}{
		{"typical", articles},
		{"1MB", []string{strings.Repeat(mix, 1<<20/len(mix)+1)}},
		{"10MB", []string{strings.Repeat(mix, 10<<20/len(mix)+1)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for _, t := range c.texts {
				n += len(t)
			}
			b.SetBytes(int64(n))
			for range b.N {
				for _, t := range c.texts {
					Read(article.FromText("bench.txt", t, article.Meta{}))
				}
			}
		})
	}
}
