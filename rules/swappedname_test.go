package rules

import "testing"

func TestSwappedName(t *testing.T) {
	source := "Nadia Okafor was granted conditional bail on Friday and will return to court in May. " +
		"Okafor has scored 17 goals for Rayo Vallecano this season, said Tom Reyes, who managed Brent Athletic between 1998 and 1999. " +
		"Grandmother-of-three Pat lost her husband 12 years ago to prostate cancer. " +
		"She models the haircut in the newest season of HBO's comedy. " +
		"Louis Brennan, 37, took his 35-foot sailboat out in late January. " +
		"The last time Frank Brennan spoke with his son, the boat had capsized. " +
		"The trophy goes to Nadia Okafor from Ann Whitmore on Saturday Whitmore (centre) is now a television pundit but played for Brent Athletic."
	tests := []struct {
		name  string
		draft string
		want  []string
	}{
		{"the source's own words and name", "Okafor has scored 17 goals for Rayo Vallecano this season.", nil},
		{"another club in the source's words",
			"Okafor has scored 17 goals for Real Madrid this season.",
			[]string{`d0: warning: "Real Madrid" here, but the source has "Rayo Vallecano"`}},
		{"another person before the source's words, in a draft without capitals",
			"tom reyes was granted conditional bail on friday.",
			[]string{`d0: warning: "tom reyes" here, but the source has "Nadia Okafor"`}},
		{"the same person by surname alone", "okafor was granted conditional bail on friday.", nil},
		{"a name after a preposition is not the subject the source names",
			"Pat Ingles, 69, from Leeds lost her husband 12 years ago to prostate cancer.", nil},
		{"what a possessive name owns", "She models the haircut in the newest season of Julia Meyer.", nil},
		{"a placeholder for a name the writer could not spell", "UNK has scored 17 goals for Rayo Vallecano this season.", nil},
		{"words too common to tell one sentence from another", "Reyes was granted bail on Friday.", nil},
		{"another person of the same surname, past an age",
			"frank brennan , 37 , took his 35-foot sailboat out in late january .",
			[]string{`d0: warning: "frank brennan" here, but the source has "Louis Brennan"`}},
		{"the same person past an age", "louis brennan , 37 , took his 35-foot sailboat out in late january .", nil},
		{"the same person by surname alone, past an age", "brennan , 37 , took his 35-foot sailboat out in late january .", nil},
		{"a first name the sources give nobody of that surname",
			"Paul Brennan took his 35-foot sailboat out in late January.", nil},
		{"another person where the source's name has a caption",
			"nadia okafor is now a television pundit but played for brent athletic .",
			[]string{`d0: warning: "nadia okafor" here, but the source has "Whitmore"`}},
		{"the source's person where the draft has a caption",
			"Whitmore (left) is now a television pundit but played for Brent Athletic.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, swappedName, []string{tt.draft, source}, []int{0}), tt.want)
		})
	}
}

func TestSwappedNameNeedsASource(t *testing.T) {
	draft := "Okafor has scored 17 goals for Real Madrid this season."
	checkFindings(t, runRule(t, swappedName, []string{draft, draft}, []int{0, 1}), nil)
}
