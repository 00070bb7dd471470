package rules

import (
	"testing"
)

func TestGarbledReference(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"surname doubled", `Senator Paul Ostrander won the primary. Aides said Ostrander Ostrander called donors on Friday.`,
			[]string{`d0: warning: name doubled: "Ostrander Ostrander"`}},
		{"a real doubled name", `Humbert Humbert is the narrator. Critics say Humbert lies.`, nil},
		{"person acting on themselves", `Rosa Fenwick lost the runoff. Fenwick told Fenwick's supporters that the fight goes on.`,
			[]string{`d0: warning: "Fenwick told Fenwick's" has Rosa Fenwick acting on itself`}},
		{"pronoun, as written", `Rosa Fenwick lost the runoff. Fenwick told her supporters that the fight goes on.`, nil},
		{"two people of one family", `George Pell and Mary Pell both ran. Pell endorsed Pell in the final week.`, nil},
		{"phrase as its own object", `Analysts said a Lakewood County race nearly pulled a Lakewood County race off in March.`,
			[]string{`d0: warning: "a Lakewood County race" is both subject and object of "nearly pulled"`}},
		{"phrase repeated across a conjunction", `The New York Times and the New York Times Magazine ran the story.`, nil},
		{"clean sentence", `The Lakewood County race drew national money, and the county clerk counted late ballots.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, garbledReference, []string{tt.text}, nil), tt.want)
		})
	}
}
