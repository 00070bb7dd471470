package rules

import "testing"

func TestUnsupportedName(t *testing.T) {
	source := "Democrat Maria Lopez received 52.4% of the vote, and Republican Dale Whitmore 47.6%, the Federal Election Commission said. " +
		"Commissioner Ortega certified the count on Friday."
	tests := []struct {
		name  string
		draft string
		want  []string
	}{
		{"a surname the sources know", "Lopez won with 52.4% of the vote.", nil},
		{"a figure credited to someone the sources never name",
			"Democrat Sam Kerrigan received 52.4% of the vote.",
			[]string{`d0: warning: "Sam Kerrigan" is named in no source; check who this figure or quotation belongs to`}},
		{"a quotation credited to someone the sources never name",
			`"We won," Governor Sam Kerrigan said.`,
			[]string{`d0: warning: "Sam Kerrigan" is named in no source`}},
		{"a speaker after a quotation that runs over two sentences",
			`"We won. The count is final," Kerrigan said.`,
			[]string{`d0: warning: "Kerrigan" is named in no source`}},
		{"a person's full name the sources never name, in any sentence",
			"Sam Kerrigan attended the count.",
			[]string{`d0: warning: "Sam Kerrigan" is named in no source; check who this is`}},
		{"a place the sources never name, in a sentence without a figure or a quotation",
			"Voters in West Lothian were counted on Friday.", nil},
		{"a first name the sources give nobody of that surname",
			"Democrat Richard Lopez received 52.4% of the vote.",
			[]string{`d0: warning: no source calls anyone "Richard Lopez": the sources give this surname another first name`}},
		{"a first name for a surname the sources only write alone",
			"Commissioner Ana Ortega said 52.4% of the vote went to Lopez.", nil},
		{"another person's first name from the sources",
			"Republican Maria Whitmore received 47.6% of the vote.", nil},
		{"a surname the sources never write, opening a sentence with a figure",
			"Kerrigan received 52.4% of the vote.",
			[]string{`d0: warning: "Kerrigan" opens this sentence and is a word no source writes`}},
		{"a surname the sources never write, after a quoted sentence",
			`"And I have decided to vote for Lopez." Kerrigan added that "as a delegate, I will follow through."`,
			[]string{`d0: warning: "Kerrigan" opens this sentence and is a word no source writes`}},
		{"a word the sources write, opening a sentence with a figure",
			"Republican Whitmore received 47.6% of the vote.", nil},
		{"a common word the sources write in lower case, opening a sentence with a figure",
			"Vote counts gave Lopez 52.4%.", nil},
		{"an acronym", "The FEC said Lopez received 52.4%.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, unsupportedName, []string{tt.draft, source}, []int{0}), tt.want)
		})
	}
}
