package baseline

import (
	"fmt"
	"path/filepath"
	"testing"

	"factdiff/finding"
)

// archive is an archive's worth of findings: about a megabyte of baseline.
func archive() []finding.Finding {
	var fs []finding.Finding
	for i := range 5000 {
		text := fmt.Sprintf("Turnout in precinct %d reached %d votes, %d more than in the 2014 midterm, officials said.", i, 1000+i, i%97)
		fs = append(fs, flagged("number-conflict", fmt.Sprintf("archive/2018/story-%03d.md", i%400), i%300+1, text, fmt.Sprintf("%d votes", 1000+i), ""))
	}
	return fs
}

func BenchmarkLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), "baseline.json")
	if err := Write(path, archive(), ""); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFilter(b *testing.B) {
	fs := archive()
	path := filepath.Join(b.TempDir(), "baseline.json")
	if err := Write(path, fs[:4000], ""); err != nil {
		b.Fatal(err)
	}
	base, err := Load(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		base.Filter(fs, "")
	}
}
