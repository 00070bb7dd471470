package reports

import (
	"strings"
	"testing"
)

func TestTrimEdits(t *testing.T) {
	long := "Marsh, a former school board member who ran on a promise to repair the district's aging bridges, raised"
	tail := "in the final quarter, according to filings with the state ethics commission released late on Friday evening."
	tests := []struct {
		name string
		in   []edit
		ctx  int
		want string
	}{
		{
			name: "short text is left alone",
			in:   []edit{{kept, "Marsh took "}, {removed, "51.3%"}, {added, "53.1%"}, {kept, " of the vote."}},
			ctx:  60,
			want: "Marsh took [-51.3%-]{+53.1%+} of the vote.",
		},
		{
			name: "both sides trimmed at word boundaries",
			in:   []edit{{kept, long + " "}, {removed, "$2.3"}, {added, "$3.2"}, {kept, " million " + tail}},
			ctx:  30,
			want: "… aging bridges, raised [-$2.3-]{+$3.2+} million in the final quarter, …",
		},
		{
			name: "long stretch between two changes keeps both ends",
			in: []edit{{removed, "Early"}, {added, "Late"},
				{kept, " returns from the northern suburbs, where turnout has historically lagged behind the rest of the district, showed Reyes "},
				{removed, "ahead"}, {added, "behind"}, {kept, "."}},
			ctx:  20,
			want: "[-Early-]{+Late+} returns from the … showed Reyes [-ahead-]{+behind+}.",
		},
		{
			name: "no change keeps the head",
			in:   []edit{{kept, long}},
			ctx:  20,
			want: "Marsh, a former school board member who …",
		},
		{
			name: "a word longer than the context is kept whole",
			in:   []edit{{kept, "Supercalifragilisticexpialidocious-style campaigning "}, {added, "won"}},
			ctx:  5,
			want: "… campaigning {+won+}",
		},
		{
			name: "one giant word cannot be cut",
			in:   []edit{{kept, strings.Repeat("x", 200)}, {added, "!"}},
			ctx:  10,
			want: strings.Repeat("x", 200) + "{+!+}",
		},
		{
			name: "one side quoting more before the shared words keeps only its edge",
			in:   []edit{{removed, long + " "}, {kept, "the sum of "}, {removed, "$2.3"}, {added, "$3.2"}, {kept, " million."}},
			ctx:  20,
			want: "[-… bridges, raised -]the sum of [-$2.3-]{+$3.2+} million.",
		},
		{
			name: "one side quoting more after the shared words keeps only its head",
			in:   []edit{{kept, "Marsh raised "}, {removed, "$2.3"}, {added, "$3.2"}, {kept, " million "}, {added, tail}},
			ctx:  20,
			want: "Marsh raised [-$2.3-]{+$3.2+} million {+in the final …+}",
		},
		{
			name: "a replacement before the shared words is shown whole",
			in:   []edit{{removed, "Filings show Marsh"}, {added, long}, {kept, " $3.2 million."}},
			ctx:  20,
			want: "[-Filings show Marsh-]{+" + long + "+} $3.2 million.",
		},
		{name: "empty", in: nil, ctx: 10, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := markers(trimEdits(tt.in, tt.ctx))
			if got != tt.want {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
			if !strings.Contains(got, "{+") && !strings.Contains(got, "[-") && strings.Contains(markers(tt.in), "{+") {
				t.Errorf("the difference was trimmed away")
			}
		})
	}
}

// TestTrimNeverCutsWords checks that every word shown is a whole word of the
// input, across many context widths.
func TestTrimNeverCutsWords(t *testing.T) {
	text := "Officials in the county said on Wednesday that the recount, which began after the margin fell below half a percentage point, would finish by the end of the month."
	words := map[string]bool{}
	for _, w := range strings.Fields(text) {
		words[w] = true
	}
	for ctx := 1; ctx < len(text)+5; ctx++ {
		for _, es := range [][]edit{
			{{kept, text}},
			{{kept, text}, {added, "!"}},
			{{added, "!"}, {kept, text}},
			{{added, "!"}, {kept, text}, {added, "?"}},
		} {
			for _, e := range trimEdits(es, ctx) {
				if e.kind != kept {
					continue
				}
				for _, w := range strings.Fields(e.text) {
					if w != ellipsis && !words[w] {
						t.Fatalf("ctx %d: %q is not a word of the input (%q)", ctx, w, e.text)
					}
				}
			}
		}
	}
}

func TestWithFocus(t *testing.T) {
	tests := []struct {
		name, focus string
		in          []edit
		want        []edit
	}{
		{"marks the focus", "49", []edit{{kept, "surged to 49 in the east"}},
			[]edit{{kept, "surged to "}, {focused, "49"}, {kept, " in the east"}}},
		{"focus at the start", "Reyes told", []edit{{kept, "Reyes told them"}},
			[]edit{{focused, "Reyes told"}, {kept, " them"}}},
		{"absent focus", "Marsh", []edit{{kept, "Reyes told them"}}, []edit{{kept, "Reyes told them"}}},
		{"a difference wins", "49", []edit{{kept, "surged to "}, {added, "49"}}, []edit{{kept, "surged to "}, {added, "49"}}},
		{"no focus", "", []edit{{kept, "text"}}, []edit{{kept, "text"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withFocus(tt.in, tt.focus)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}
