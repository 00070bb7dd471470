package rules

import "testing"

func TestUnsupportedFigure(t *testing.T) {
	source := "Pama was granted conditional bail on Friday and is set to return to court on May 18, 2015. He paid $3.4 million for the house."
	tests := []struct {
		name  string
		draft string
		want  []string
	}{
		{"the source's figure", "He paid $3.4 million for the house.", nil},
		{"a figure no source allows", "He paid $4.1 million for the house.",
			[]string{`d0: warning: "$4.1 million" is in no source`}},
		{"a date written in lower case, read as a bare number", "he was ordered to return to court on may 18 .", nil},
		{"a bare number that is no day of a source date", "he was ordered to return to court on may 19 .",
			[]string{`d0: warning: "19" is in no source`}},
		{"a day without its year that the source states with one", "He is set to return to court on May 18.", nil},
		{"a day without its year that no source states", "He is set to return to court on May 21.",
			[]string{`d0: warning: "May 21" is in no source`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, unsupportedFigure, []string{tt.draft, source}, []int{0}), tt.want)
		})
	}
}
