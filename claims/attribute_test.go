package claims

import (
	"fmt"
	"strings"
	"testing"

	"factdiff/claims/article"
)

// cast introduces the people of the race, as the top of a story does, so that
// surnames alone can be resolved in the sentence under test.
const cast = "Democrat Maria Lopez and Republican Dale Whitmore met in a televised debate.\n\n"

// skipMeasure are the measures this test does not judge.
var skipMeasure = map[string]bool{"": true, "percent": true, "number": true, "ordinal": true, "date": true, "election-date": true}

// TestAttribution reads real sentence shapes of election coverage and checks
// who each figure is about, what it measures and which contest it belongs to.
// Each want lists "figure|entity|measure|time" for the claims that carry a
// measure; sentences that must yield none have an empty want.
func TestAttribution(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Democrat Maria Lopez received 52.4% of the vote.",
			[]string{"52.4%|Maria Lopez|vote-share|"}},
		{"Republican Dale Whitmore, who received 31.2%, will now face Lopez in a runoff in December.",
			[]string{"31.2%|Dale Whitmore|vote-share|"}},
		{"Whitmore won the December runoff with 54 percent of the vote.",
			[]string{"54 percent|Dale Whitmore|vote-share|runoff"}},
		{"Lopez's 52.4% was short of the 50% Whitmore needed to avoid a second round.",
			[]string{"52.4%|Maria Lopez|vote-share|", "50%|Dale Whitmore|threshold|"}},
		{"In second place, with just under 30 percent of the vote, was Republican Dale Whitmore.",
			[]string{"second|Dale Whitmore|place|", "just under 30 percent|Dale Whitmore|vote-share|"}},
		{"Barack Obama carried the county by 17 points in 2008.",
			[]string{"17 points|Barack Obama|margin|2008"}},
		{"The campaign raised $4.5 million in the first quarter, Lopez said.",
			[]string{"$4.5 million||raised|"}},
		{"Lopez raised $4.5 million in the first quarter.",
			[]string{"$4.5 million|Maria Lopez|raised|"}},
		{"Polls close at 7 p.m. on Tuesday.", nil},
		{"Whitmore has won 758 pledged delegates, compared to Lopez's 538.",
			[]string{"758 pledged delegates|Dale Whitmore|delegates|", "538|Maria Lopez|delegates|"}},
		{"Of the 1,590 votes cast at the convention, 1128 were for Lopez.",
			[]string{"1,590 votes||votes|", "1128||votes|"}},
		{"Whitmore won 300 votes in District 5 and 2012 was his best year.",
			[]string{"300 votes|Dale Whitmore|votes|"}},
		{"The funds would stay solvent for the next 52 years.",
			[]string{"52||years|"}},
		{"Fox 5 reported the story on Interstate 95.", nil},
		{"Whitmore could not muster the votes to block a filibuster against either the full $290 billion package or a smaller piece.",
			[]string{"$290 billion||money|"}},
		{"Lopez attacked Whitmore over his $2 million ad buy.",
			[]string{"$2 million||spent|"}},
		{"Whitmore spent $2 million on ads in the final week.",
			[]string{"$2 million|Dale Whitmore|spent|"}},
		{"Police said 50 people were killed and at least 53 others were wounded in the attack.",
			[]string{"50 people||people|", "at least 53||wounded|"}},
		{"With 50 people killed and 53 wounded, it was the deadliest shooting in the state.",
			[]string{"50 people||people|", "53||wounded|"}},
		{"About 4 in 10 registered voters approve of the plan, and 2,600 signed up to volunteer.", nil},
		{"One was addressed to the senator and another to the mayor.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := Read(article.FromText("t.txt", cast+tt.text, article.Meta{}))
			var got []string
			for _, c := range d.Claims {
				if c.Span.Start < len(cast) || skipMeasure[c.Measure] {
					continue
				}
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", strings.Join(strings.Fields(d.Text.S[c.Span.Start:c.Span.End]), " "), c.Entity, c.Measure, c.Time))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestOnlyTitles checks the gap between a figure and the name that needs
// it: at most two capitalised words, after an optional "that".
func TestOnlyTitles(t *testing.T) {
	tests := []struct {
		gap  string
		want bool
	}{
		{" ", true},
		{" that ", true},
		{" President ", true},
		{" that Republican state Sen. ", false},
		{" that state Sen. ", false},
		{" Republican Sen. ", true},
		{" that Republican Sen. ", true},
		{" GOP Rep. Dr. ", false},
		{" of the vote and ", false},
		{" That ", true},
	}
	for _, tt := range tests {
		if got := onlyTitles(tt.gap); got != tt.want {
			t.Errorf("onlyTitles(%q) = %v, want %v", tt.gap, got, tt.want)
		}
	}
}
