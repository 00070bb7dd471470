package rules

import "testing"

// TestNumberConflict runs the rule on small same-event coverage: figures
// about one person compared by entity and measure, counts and amounts by the
// words around them, and the look-alikes that must stay quiet.
func TestNumberConflict(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "a vote share misstated, named two ways",
			texts: []string{
				"Republican Dale R. Whitmore won 54.2% of the vote on Tuesday.",
				"Dale Whitmore won 45.2% of the vote on Tuesday, officials said.",
				"Former mayor Dale Whitmore won 54.2% of the vote.",
			},
			want: []string{"d1: error: Dale Whitmore's vote share is \"45.2%\" here; d0 says \"54.2%\""},
		},
		{
			name: "hedges and rounding agree",
			texts: []string{
				"Democrat Maria Lopez received 48.7% of the vote.",
				"Democrat Maria Lopez received nearly 49 percent of the vote.",
			},
		},
		{
			name: "a count changed, aligned by the words around it",
			texts: []string{
				"The administration plans to withdraw all 2,000 troops from Syria by the spring.",
				"The decision to withdraw roughly 1,400 American troops from Syria drew criticism.",
			},
			want: []string{
				"d0: warning: the number of troops is \"2,000 troops\" here; d1 says \"roughly 1,400 American troops\"",
				"d1: warning: the number of troops is \"roughly 1,400 American troops\" here; d0 says \"2,000 troops\"",
			},
		},
		{
			name: "different things counted are not compared",
			texts: []string{
				"The state's two Republican senators called on the governor to veto the bill.",
				"Their calls were echoed by three Republican state senators who had voted for the bill.",
			},
		},
		{
			name: "amounts of a different order are different facts",
			texts: []string{
				"The program's $2.6 trillion trust fund will run out of money, the trustees said.",
				"The program will need $6.5 billion in additional money, the trustees said.",
			},
		},
		{
			name: "a figure with nothing in common around it",
			texts: []string{
				"Officials counted 800,000 ballots in the county.",
				"The stadium holds 80,000 fans on game days.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, numberConflict, tt.texts, nil), tt.want)
		})
	}
}
