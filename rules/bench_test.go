package rules

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRules runs every rule as the commands do, over claims already
// read (BenchmarkRead in claims times the reading): compare of the bundled
// race's three articles; check of its garbled article against ten sources
// (the other two, five times each, as wire copy repeats); and compare of
// synthetic races of 10 and 100 articles, whose ns/op should differ about
// tenfold, not a hundredfold.
func BenchmarkRules(b *testing.B) {
	paths, _ := filepath.Glob("../fixtures/ga06-2017/*.txt")
	if len(paths) != 3 {
		b.Skip("fixtures absent")
	}
	var fixtures []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		fixtures = append(fixtures, string(raw))
	}
	draft := []string{fixtures[1]}
	for range 5 {
		draft = append(draft, fixtures[0], fixtures[2])
	}
	race := syntheticRace(100)
	for _, bc := range []struct {
		name   string
		texts  []string
		drafts map[int]bool
	}{
		{"compare-3", fixtures, nil},
		{"check-draft-against-10", draft, map[int]bool{0: true}},
		{"compare-10", race[:10], nil},
		{"compare-100", race, nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			docs := readDocs(bc.texts)
			size := 0
			for _, t := range bc.texts {
				size += len(t)
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				Check(docs, Options{Drafts: bc.drafts})
			}
		})
	}
}
