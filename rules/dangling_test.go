package rules

import (
	"strings"
	"testing"
)

const (
	swingFull  = `Pollster Dana Kessler said the suburbs showed a 15-point swing toward the challenger since March.`
	swingBlank = `Pollster Dana Kessler said the suburbs showed a    swing toward the challenger since March.`
	swingOther = `Pollster Dana Kessler said the suburbs showed a    swing in mood, though nobody measured it.`
)

func TestDanglingNumber(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want []string
	}{
		{"number before a name", []string{`In the runoff, the incumbent was stagnant while Republican Ed Morrow surged to 49 Republican Ed Morrow support.`},
			[]string{`d0: warning: number "49" is followed by the name Ed Morrow`}},
		{"number with its noun", []string{`Ed Morrow won 49 Republican votes in the county, and Ed Morrow kept them.`}, nil},
		{"year before a name", []string{`In 2014 Ed Morrow won the seat that Ed Morrow still holds.`}, nil},
		{"number after a capitalised word", []string{`Supporters of Amendment 64 Ed Morrow included, rallied downtown.`}, nil},
		{"day of a month", []string{`On May 25 Ed Morrow announced that Ed Morrow would run.`}, nil},
		{"blank where another source has the figure", []string{swingFull, swingBlank},
			[]string{`d1: warning: "a ... swing" lost its figure; d0 has "a 15-point swing"`}},
		{"blank nobody can fill", []string{swingOther}, nil},
		{"figure present everywhere", []string{swingFull, swingFull}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, danglingNumber, tt.docs, nil), tt.want)
		})
	}
}

// TestDanglingCleanCorpus measures how often the rule fires on published
// coverage, one article at a time.
func TestDanglingCleanCorpus(t *testing.T) {
	if rate := firingRate(t, danglingNumber, cleanCorpus(t, 1200)); rate > 1 {
		t.Errorf("dangling-number fires %.2f times per 100 clean articles, want at most 1", rate)
	}
}

// BenchmarkOneDocumentRules runs garbled-reference and dangling-number over
// one article of about 1 MB.
func BenchmarkOneDocumentRules(b *testing.B) {
	text := strings.Join(syntheticRace(100), "\n\n")
	s := newSet(readDocs([]string{text}), Options{})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		garbledReference.run(s, garbledReference)
		danglingNumber.run(s, danglingNumber)
	}
}
