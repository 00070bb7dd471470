package reports

import (
	"slices"
	"strings"
	"testing"
)

// markers renders a diff the way a pipe sees it.
func markers(es []edit) string { return newPalette(false).diff(es) }

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, evidence, flagged, want string
	}{
		{
			name:     "dropped compound figure",
			evidence: `"We expected to win this by a 12-point margin," Okafor said.`,
			flagged:  `"We expected to win this by a margin," Okafor said.`,
			want:     `"We expected to win this by a [-12-point -]margin," Okafor said.`,
		},
		{
			name:     "spacing, curly quotes and dashes are not differences",
			evidence: "\u201cWe won,\u201d she said \u2013 twice.",
			flagged:  "\"We won , \" she said - twice.",
			want:     "\"We won , \" she said - twice.",
		},
		{
			name:     "changed percentage is one word",
			evidence: "Marsh took 51.3% of the vote.",
			flagged:  "Marsh took 53.1% of the vote.",
			want:     "Marsh took [-51.3%-]{+53.1%+} of the vote.",
		},
		{
			name:     "currency amount stays whole",
			evidence: "The campaign raised $6.4 million in May.",
			flagged:  "The campaign raised $4.6 million in May.",
			want:     "The campaign raised [-$6.4-]{+$4.6+} million in May.",
		},
		{
			name:     "neighbouring changes read as one replacement",
			evidence: "She won by 12 points on Tuesday.",
			flagged:  "She won by 14 percent on Tuesday.",
			want:     "She won by [-12 points-]{+14 percent+} on Tuesday.",
		},
		{
			name:     "edge punctuation is its own token",
			evidence: "Reyes held the lead, officials said.",
			flagged:  "Reyes held the lead. Officials said.",
			want:     "Reyes held the lead[-, officials-]{+. Officials+} said.",
		},
		{
			name:     "unchanged text has no markers",
			evidence: "Turnout reached 61 percent across the county.",
			flagged:  "Turnout reached 61 percent across the county.",
			want:     "Turnout reached 61 percent across the county.",
		},
		{
			name:     "unicode words and quotes",
			evidence: "“We’ll carry Zürich,” said Ana Gómez — twice.",
			flagged:  "“We’ll carry Genève,” said Ana Gómez — twice.",
			want:     "“We’ll carry [-Zürich-]{+Genève+},” said Ana Gómez — twice.",
		},
		{
			name:     "added negation",
			evidence: "The senator said she would support the bill.",
			flagged:  "The senator said she would not support the bill.",
			want:     "The senator said she would {+not +}support the bill.",
		},
		{name: "both empty", evidence: "", flagged: "", want: ""},
		{name: "evidence empty", evidence: "", flagged: "New text.", want: "{+New text.+}"},
		{name: "flagged empty", evidence: "Old text.", flagged: "", want: "[-Old text.-]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := wordDiff(tt.evidence, tt.flagged)
			if got := markers(es); got != tt.want {
				t.Errorf("diff\n got %q\nwant %q", got, tt.want)
			}
			checkSides(t, es, tt.evidence, tt.flagged)
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"($3.2 million).", []string{"(", "$3.2", " ", "million", ")", "."}},
		{"odds... shattered ...", []string{"odds", "...", " ", "shattered", " ", "..."}},
		{`a 14-point lead,"`, []string{"a", " ", "14-point", " ", "lead", ",", `"`}},
		{"U.S. voters", []string{"U.S", ".", " ", "voters"}},
		{"62%.\n\tNext", []string{"62%", ".", "\n\t", "Next"}},
		{"...", []string{"..."}},
		{"", nil},
		{"bad\xffbyte", []string{"bad\xffbyte"}},
	}
	for _, tt := range tests {
		if got := tokenize(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWordDiffLongMiddle checks the coarse fallback past maxDiffTokens.
func TestWordDiffLongMiddle(t *testing.T) {
	a := "Start " + strings.Repeat("alpha ", maxDiffTokens) + "end."
	b := "Start " + strings.Repeat("beta ", maxDiffTokens) + "end."
	es := wordDiff(a, b)
	checkSides(t, es, a, b)
	if len(es) != 4 || es[1].kind != removed || es[2].kind != added {
		t.Errorf("want kept, removed, added, kept; got %d edits", len(es))
	}
}

// checkSides asserts that each side of a diff is exactly its input and that
// no two neighbouring edits are of the same kind.
func checkSides(t testing.TB, es []edit, evidence, flagged string) {
	t.Helper()
	var a, b strings.Builder
	for i, e := range es {
		if e.text == "" {
			t.Fatalf("edit %d is empty", i)
		}
		if i > 0 && es[i-1].kind == e.kind {
			t.Fatalf("edits %d and %d are both of kind %d", i-1, i, e.kind)
		}
		if e.kind != added {
			a.WriteString(e.text)
		}
		if e.kind != removed {
			b.WriteString(e.text)
		}
	}
	if readsAs(a.String()) != readsAs(evidence) {
		t.Fatalf("evidence side %q, want %q", a.String(), evidence)
	}
	if b.String() != flagged {
		t.Fatalf("flagged side %q, want %q", b.String(), flagged)
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add(`"We expected to win by a 12-point margin," she said.`, `"We expected to win by a margin," she said.`)
	f.Add("Marsh took 51.3% of the vote.", "Marsh took 53.1% of the vote.")
	f.Add("“Zürich,” — twice", "\xff\xfe  \t")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, evidence, flagged string) {
		es := wordDiff(evidence, flagged)
		checkSides(t, es, evidence, flagged)
		trimEdits(withFocus(es, "a"), 8)
		if strings.ContainsAny(evidence+flagged, "[]{}-+") {
			return
		}
		m := markers(es)
		strip := func(open, close string) string {
			var b strings.Builder
			rest := m
			for {
				i := strings.Index(rest, open)
				if i < 0 {
					break
				}
				b.WriteString(rest[:i])
				j := strings.Index(rest[i:], close)
				rest = rest[i+j+len(close):]
			}
			b.WriteString(rest)
			return strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "").Replace(b.String())
		}
		if got, want := strip("{+", "+}"), clean(evidence); got != want {
			t.Fatalf("markers without additions = %q, want %q", got, want)
		}
		if got, want := strip("[-", "-]"), clean(flagged); got != want {
			t.Fatalf("markers without removals = %q, want %q", got, want)
		}
	})
}

// readsAs spells a text as the diff compares it: kept text shows the flagged
// side's spacing and typography.
func readsAs(s string) string {
	var b strings.Builder
	for _, t := range tokenize(s) {
		if k := tokenKey(t); k != " " {
			b.WriteString(k)
		}
	}
	return b.String()
}
