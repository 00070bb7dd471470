package rules

import (
	"testing"

	"factdiff/finding"
	"factdiff/race"
)

func TestMisattribution(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "a threshold credited to someone else",
			texts: []string{
				"Democrat Maria Lopez received 47.6% of the vote, short of the 50% Lopez needed to win outright.",
				"Democrat Maria Lopez fell short of the 50% she needed to avoid a runoff against Republican Dale Whitmore.",
				"Democrat Maria Lopez received 47.6% of the vote, shy of the 50% Governor Sam Kerrigan needed to win outright.",
			},
			want: []string{"d2: error: threshold \"50%\" is credited to Sam Kerrigan here; 2 other article(s) credit it to Maria Lopez"},
		},
		{
			name: "an amount credited to no one is not misattributed",
			texts: []string{
				"Democrat Maria Lopez hauled in $6.4 million in the first quarter.",
				"\"They spent $6.4 million and lost,\" the chairman said.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, misattribution, tt.texts, nil), tt.want)
		})
	}
}

// TestMisattributionInDraft checks that a draft's own version carries no
// weight against its one source.
func TestMisattributionInDraft(t *testing.T) {
	draft := "Republican Dale Whitmore received 47.6% of the vote on Tuesday."
	source := "Democrat Maria Lopez received 47.6% of the vote on Tuesday, short of a majority, while Republican Dale Whitmore trailed."
	checkFindings(t, runRule(t, misattribution, []string{draft, source}, []int{0}),
		[]string{"d0: error: vote share \"47.6%\" is credited to Dale Whitmore here; 1 other article(s) credit it to Maria Lopez"})
	checkFindings(t, runRule(t, misattribution, []string{draft, source}, nil), nil)
}

// TestMisattributionToOutsider checks that with a race sheet, a threshold
// credited to someone who is not a candidate is flagged on its own.
func TestMisattributionToOutsider(t *testing.T) {
	sheet, err := race.Parse("race.yaml", []byte("race: County executive\ncandidates:\n  - name: Maria Lopez\n  - name: Dale Whitmore\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Democrat Maria Lopez received 47.6% of the vote, shy of the 50% Governor Sam Kerrigan needed to win outright.",
			[]string{"d0: error: threshold \"50%\" is credited to Sam Kerrigan here, who is not a candidate"}},
		{"Democrat Maria Lopez received 47.6% of the vote, shy of the 50% Lopez needed to win outright.", nil},
	} {
		s := newSet(readDocs([]string{tt.text}), Options{Race: sheet})
		got := misattribution.run(s, misattribution)
		finding.Sort(got)
		checkFindings(t, got, tt.want)
	}
}
