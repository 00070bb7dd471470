package rules

import (
	"fmt"
	"strings"
	"testing"
)

// TestNumberConflict runs the rule on small same-event coverage: figures
// about one person compared by entity and measure, counts and amounts by the
// words around them, and the look-alikes that must stay quiet.
func TestNumberConflict(t *testing.T) {
	// listing is an article giving more amounts than are aligned as one
	// group: a foundation's grants, year by year.
	var listing strings.Builder
	for i := range 18 {
		fmt.Fprintf(&listing, "In %d the foundation gave $%d,%03d to schools. ", 1990+i, 10+7*i, 13*i)
	}
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
		{
			name: "two limits on the same side that cannot be one figure",
			texts: []string{
				"He added that the class includes at least 544 store managers who are alleged to be discriminators.",
				"He pointed to a group of at least 707 store managers who are alleged to be both discriminators and victims.",
			},
			want: []string{
				"d0: warning: the number of managers is \"at least 544 store managers\" here; d1 says \"at least 707 store managers\"",
				"d1: warning: the number of managers is \"at least 707 store managers\" here; d0 says \"at least 544 store managers\"",
			},
		},
		{
			name: "a limit rounded down to its last digit",
			texts: []string{
				"The gunman killed more than 50 people at the nightclub early Sunday, the police said.",
				"The gunman killed at least 53 people at the nightclub early Sunday, officials said.",
			},
		},
		{
			name: "a round limit with room for the other",
			texts: []string{
				"The woman was accused of funneling at least $10,000 to the campaign through friends.",
				"She was charged with illegally funneling more than $13,000 into the campaign.",
			},
		},
		{
			name: "a limit elsewhere does not give the value",
			texts: []string{
				"The report said the trust funds would remain solvent for the next 52 years under the plan.",
				"The plan would keep the trust funds solvent for 75 years, she said. Benefits have grown for over 16 years.",
			},
			want: []string{
				"d0: warning: the number of years is \"52\" here; d1 says \"75\"",
				"d1: warning: the number of years is \"75\" here; d0 says \"52\"",
			},
		},
		{
			name: "the same two-word noun told in different clauses",
			texts: []string{
				"With the funding lapse dragging into its 12th day and affecting 800,000 federal employees, the meeting went nowhere.",
				"In the meantime, about 1,040,000 federal employees face real problems with their household finances.",
			},
			want: []string{
				"d0: warning: the number of employees is \"800,000 federal employees\" here; d1 says \"about 1,040,000 federal employees\"",
				"d1: warning: the number of employees is \"about 1,040,000 federal employees\" here; d0 says \"800,000 federal employees\"",
			},
		},
		{
			name: "the words of a description shared with the clause of another",
			texts: []string{
				"Nearly 90 Northfield College faculty and administrators have called the senator's budget a betrayal.",
				"The criticism comes in a letter signed by nearly 60 faculty members and priests at Northfield College.",
			},
			want: []string{
				"d0: warning: the number of faculty is \"Nearly 90 Northfield College faculty\" here; d1 says \"nearly 60 faculty\"",
				"d1: warning: the number of faculty is \"nearly 60 faculty\" here; d0 says \"Nearly 90 Northfield College faculty\"",
			},
		},
		{
			name: "one adjective of a description narrows what it counts",
			texts: []string{
				"Despite outside money and nine Democratic candidates, the party was forced into a runoff in Ohio.",
				"She came within two points of a majority on Tuesday in a 14-candidate field in Ohio's traditionally Democratic 9th District.",
			},
		},
		{
			name: "a description shared with nothing around the other",
			texts: []string{
				"Nearly 90 Northfield College faculty signed the letter to the senator.",
				"The economics department now employs 60 faculty, its chair said.",
			},
		},
		{
			name: "an amount changed beside an article listing many",
			texts: []string{
				listing.String() + "The couple paid $52,140,230 in federal taxes over those eight years.",
				"The couple paid $52,140,230 in federal taxes from 2007 through 2014, the returns show.",
				"The returns show the couple paid $36,498,161 in federal taxes over eight years.",
			},
			want: []string{"d2: warning: the amount is \"$36,498,161\" here; d0 says \"$52,140,230\""},
		},
		{
			name: "an article listing many amounts needs more words in common",
			texts: []string{
				listing.String() + "The couple paid $52,140,230 in state taxes over those years.",
				"The couple paid $36,498,161 to charities over the years.",
			},
		},
		{
			name: "the same two-word noun in amounts of a different order",
			texts: []string{
				"The shutdown affected 800,000 federal employees across the country.",
				"Some 42,000 federal employees in the state missed a paycheck on Friday.",
			},
		},
		{
			name: "a toll told with other words for the dead and the wounded",
			texts: []string{
				"The president spoke about the nightclub massacre in which 50 people were killed and 53 others were wounded.",
				"He criticized the response to the shooting that left 65 people dead and scores of others injured.",
			},
			want: []string{
				"d0: warning: the number of people is \"50 people\" here; d1 says \"65 people\"",
				"d1: warning: the number of people is \"65 people\" here; d0 says \"50 people\"",
			},
		},
		{
			name: "a limit far from the figure it stands for",
			texts: []string{
				"Justices expressed qualms about a lawsuit involving as many as 1.5 million women seeking billions of dollars.",
				"Justice Ginsburg expressed concerns about a lawsuit that covers 1.0 million women and billions of dollars.",
			},
			want: []string{
				"d0: warning: the number of women is \"as many as 1.5 million women\" here; d1 says \"1.0 million women\"",
				"d1: warning: the number of women is \"1.0 million women\" here; d0 says \"as many as 1.5 million women\"",
			},
		},
		{
			name: "a limit rounded up from the figure",
			texts: []string{
				"The lawsuit on behalf of up to 1.6 million women would be the largest discrimination case in history.",
				"The discrimination lawsuit covers 1.5 million women, the largest case of its kind in history.",
			},
		},
		{
			name: "a figure told twice, the second time changed",
			texts: []string{
				"She sued Whitmore and was paid $84,000 from a public fund for a harassment claim. Whitmore pledged to repay the $58,800 in taxpayer money spent to settle the claim.",
				"Whitmore used $84,000 in taxpayer funds to settle the harassment case.",
				"Whitmore made good on his promise to repay the $84,000 to the Treasury.",
			},
			want: []string{"d0: warning: the amount is \"$58,800\" here; d1 says \"$84,000\""},
		},
		{
			name: "two amounts side by side, the others giving one",
			texts: []string{
				"The spending bill grants $3.6 billion for border fencing, while the president had demanded $5.7 billion for the border wall.",
				"The president demanded $5.7 billion for the border wall and shut down the government.",
			},
		},
		{
			name: "an amount named by the noun it stands before",
			texts: []string{
				"Senate Democrats could not muster the votes to block a filibuster against either the full $290 billion package or a smaller piece.",
				"The Senate will take up part of the president's bill after the $410 billion jobs package failed when offered whole.",
			},
			want: []string{
				"d0: warning: the amount is \"$290 billion\" here; d1 says \"$410 billion\"",
				"d1: warning: the amount is \"$410 billion\" here; d0 says \"$290 billion\"",
			},
		},
		{
			name: "amounts before different nouns",
			texts: []string{
				"Council members approved the $300 million stadium after a long debate.",
				"Council members approved the $450 million bond issue on Tuesday.",
			},
		},
		{
			name: "an amount that is no noun's modifier",
			texts: []string{
				"The county spent $300 million building the stadium, officials said.",
				"The $450 million stadium opened in May.",
			},
		},
		{
			name: "the wounded of a toll counted by a bare number",
			texts: []string{
				"The president said the massacre in which 50 people were killed and at least 37 others were wounded was an act of terror.",
				"The country was traumatized by the violence, with 50 people killed and 53 wounded in the attack.",
			},
			want: []string{
				"d0: warning: the number of wounded is \"at least 37\" here; d1 says \"53\"",
				"d1: warning: the number of wounded is \"53\" here; d0 says \"at least 37\"",
			},
		},
		{
			name: "one group counted by two nouns",
			texts: []string{
				"He added that the class includes at least 520 store managers who are alleged to be discriminators and victims.",
				"He pointed to a group of at least 690 women who serve as store managers who are alleged to be both discriminators and victims.",
			},
			want: []string{
				"d0: warning: the number of managers is \"at least 520 store managers\" here; d1 says \"at least 690 women\"",
				"d1: warning: the number of women is \"at least 690 women\" here; d0 says \"at least 520 store managers\"",
			},
		},
		{
			name: "a description named beside a count of others",
			texts: []string{
				"The chain employs 540 store managers who complained about the schedules across the region.",
				"About 700 workers who complained to store managers about the schedules across the region were fired.",
			},
		},
		{
			name: "a whole changed beside its part",
			texts: []string{
				"Twelve of the 24 Oct. 3 hijackers were citizens of the kingdom, the report said.",
				"Twelve of the 17 hijackers on Oct. 3 were citizens of the kingdom, officials said.",
			},
			want: []string{
				"d0: warning: the number of hijackers is \"24 Oct. 3 hijackers\" here; d1 says \"17 hijackers\"",
				"d1: warning: the number of hijackers is \"17 hijackers\" here; d0 says \"24 Oct. 3 hijackers\"",
			},
		},
		{
			name: "the injured and the wounded agree",
			texts: []string{
				"The president said the massacre in which 50 people were killed and 53 others were injured was an act of terror.",
				"The country was traumatized by the violence, with 50 people killed and 53 wounded in the attack.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, numberConflict, tt.texts, nil), tt.want)
		})
	}
}
