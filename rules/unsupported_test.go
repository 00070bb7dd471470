package rules

import "testing"

func TestUnsupportedFigure(t *testing.T) {
	const court = "Pama was granted conditional bail on Friday and is set to return to court on May 18, 2015. He paid $3.4 million for the house."
	const results = "Revenue for the quarter rose 5% to $1.2 billion, and the company opened 7 new stores. It hired 300 drivers and bought 40 trucks. He served 12 years in the Senate."
	tests := []struct {
		name   string
		source string
		draft  string
		want   []string
	}{
		{"the source's figure", court, "He paid $3.4 million for the house.", nil},
		{"a figure no source allows", court, "He paid $4.1 million for the house.",
			[]string{`d0: warning: "$4.1 million" is in no source`}},
		{"a date written in lower case, read as a bare number", court, "he was ordered to return to court on may 18 .", nil},
		{"a bare number that is no day of a source date", court, "he was ordered to return to court on may 19 .",
			[]string{`d0: warning: "19" is in no source`}},
		{"a day without its year that the source states with one", court, "He is set to return to court on May 18.", nil},
		{"a day without its year that no source states", court, "He is set to return to court on May 21.",
			[]string{`d0: warning: "May 21" is in no source`}},
		{"a share whose value the source gives only as a count", results, "Revenue for the quarter rose 7% to $1.2 billion.",
			[]string{`d0: warning: "7%" is in no source`}},
		{"a count whose value the source gives for another thing", results, "It hired 40 drivers.",
			[]string{`d0: warning: "40 drivers" is in no source`}},
		{"money whose value the source gives only as a count", results, "It spent $300 on trucks.",
			[]string{`d0: warning: "$300" is in no source`}},
		{"a limit the source's figure is close above", results, "Revenue rose to more than $1 billion.", nil},
		{"a limit no one would write for the source's figure", results, "Revenue rose to more than $1.2 million.",
			[]string{`d0: warning: "more than $1.2 million" is in no source`}},
		{"a share the source gives as a percentage", results, "Revenue rose 5 percentage points.", nil},
		{"a bare number, whose kind is unsure", results, "the company opened 300 .", nil},
		{"a bare number whose value the source gives only as an ordinal", "He won a second term in the Senate.", "he won two terms .",
			[]string{`d0: warning: "two" is in no source`}},
		{"an age whose value the source gives only as a count", results, "The 7-year-old was in the store.",
			[]string{`d0: warning: "7-year-old" is in no source`}},
		{"a count of years, read as a bare number, against an age", "The 12-year-old was in the store.", "He served 12 years.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, unsupportedFigure, []string{tt.draft, tt.source}, []int{0}), tt.want)
		})
	}
}
