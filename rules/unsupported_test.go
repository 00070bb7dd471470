package rules

import "testing"

func TestUnsupportedFigure(t *testing.T) {
	const court = "Pama was granted conditional bail on Friday and is set to return to court on May 18, 2015. He paid $3.4 million for the house."
	const donors = "Ellis wrote a $500,000 check to the super PAC in May. Marsh, 61, gave $530,000 to the campaign at the Six Nations Dinner. "
	const radio = "De Blasio, speaking on WOR710 at 5 p.m., said the three-car crash on Interstate 225 was caused by ice. COVID-19 rules were lifted."
	const debut = "The defender was handed his first league start by the new manager in the 2-2 draw with the leaders on Tuesday. " +
		"He had watched his club lose twice to the champions at the national stadium in 2010, in the cup final and the semi-final. " +
		"The club face the champions in the cup semi-final. He hopes to keep his place for the April 19 date."
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
		{"a bare number that is a source date's day without its month", court, "he served 18 years .",
			[]string{`d0: warning: "18" is in no source`}},
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
		{"a bare number, whose kind is unsure", results, "the company hired 300 .", nil},
		{"a bare number the source gives only of something else", results, "the company opened 300 .",
			[]string{`d0: warning: "300" is in no source`}},
		{"a value the source gives of something else", donors, "Ellis wrote a $530,000 check to the super PAC.",
			[]string{`d0: warning: "$530,000" is in no source`}},
		{"the value in other words around it", donors, "A $530,000 donation to the campaign came from Marsh.", nil},
		{"an age standing for a person named elsewhere", donors, "The 61-year-old gave to the campaign.", nil},
		{"an age after a name in a lower-case draft", donors, "marsh , 61 , wrote the check .", nil},
		{"a figure the source writes as a name", donors, "the money was raised at the six nations dinner .", nil},
		{"a number outside any figure that the source writes", radio, "De Blasio spoke on WOR710 at 5 p.m. about COVID-19.", nil},
		{"a number outside any figure that no source writes", radio, "De Blasio spoke on WOR713 at 9 p.m.",
			[]string{`d0: warning: "713": no source writes the number 713`, `d0: warning: "9": no source writes the number 9`}},
		{"a number outside any figure that a source figure has as its value", radio, "The crash closed Route 3 for a day.", nil},
		{"a bare number whose value the source gives only as an ordinal", "He won a second term in the Senate.", "he won two terms .",
			[]string{`d0: warning: "two" is in no source`}},
		{"an age whose value the source gives only as a count", results, "The 7-year-old was in the store.",
			[]string{`d0: warning: "7-year-old" is in no source`}},
		{"a count of years, read as a bare number, against an age of something else", "The 12-year-old was in the store.", "He served 12 years.",
			[]string{`d0: warning: "12" is in no source`}},
		{"a year the source gives of another event than the draft's", debut, "the defender was handed his first league start in 2010 .",
			[]string{`d0: warning: "2010" is given to the wrong event`}},
		{"the year of the event the source gives it to", debut, "he watched his club lose at the national stadium in 2010 .", nil},
		{"a date of an event the source tells without a time", debut, "The club face the champions in the cup semi-final on April 19.", nil},
		{"a dateline's date, whose source sentence has the agency in brackets",
			"WASHINGTON, Aug. 19 (AP) — The former president celebrated his birthday with his family. A year ago he celebrated his birthday with his family on Tuesday.",
			"WASHINGTON, Aug. 19 — The former president celebrated his birthday with his family.", nil},
		{"a year beside the words the source's year stands beside, in a sentence with another time",
			"The national side's humiliating 2-0 defeat by the hosts in the capital on Tuesday evening brought back bitter memories of their disastrous and wholly forgettable 2014 World Cup.",
			"the national side 's humiliating 2-0 defeat by the hosts in the capital brought back bitter memories of 2014 world cup .", nil},
		{"a year the source gives to another event in a caption run on without a stop",
			"The defender made his first league start for the club against the leaders on Tuesday night The defender saw the club lose twice at the national stadium in 2010.",
			"the defender was handed his first league start in 2010 .",
			[]string{`d0: warning: "2010" is given to the wrong event`}},
		{"a day that a coarser source time may be",
			"The two will face off in a runoff election for the district seat in June. The runoff on June 20 is the first.",
			"The two will face off in a runoff for the district seat on June 20.", nil},
		{"a year naming a thing, taken from another thing the source dates",
			"He attacked the 2012 Republican presidential nominee on Sunday. The senator first ran for office in 2004 as a reform candidate.",
			"he attacked the 2004 republican presidential nominee .",
			[]string{`d0: warning: "2004" is given to the wrong event`}},
		{"a date in a clause too short to tell an event", debut, "The defender, who joined in 2010, was handed his first league start.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, unsupportedFigure, []string{tt.draft, tt.source}, []int{0}), tt.want)
		})
	}
}
