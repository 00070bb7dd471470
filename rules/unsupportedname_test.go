package rules

import "testing"

func TestUnsupportedName(t *testing.T) {
	source := "Democrat Maria Lopez received 52.4% of the vote, and Republican Dale Whitmore 47.6%, the Federal Election Commission said."
	tests := []struct {
		name  string
		draft string
		want  []string
	}{
		{"a surname the sources know", "Lopez won with 52.4% of the vote.", nil},
		{"a figure credited to someone the sources never name",
			"Democrat Sam Kerrigan received 52.4% of the vote.",
			[]string{`d0: warning: "Sam Kerrigan" is named in no source`}},
		{"a quotation credited to someone the sources never name",
			`"We won," Governor Sam Kerrigan said.`,
			[]string{`d0: warning: "Sam Kerrigan" is named in no source`}},
		{"a new name in a sentence without a figure or a quotation", "Sam Kerrigan attended the count.", nil},
		{"an acronym", "The FEC said Lopez received 52.4%.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, unsupportedName, []string{tt.draft, source}, []int{0}), tt.want)
		})
	}
}
