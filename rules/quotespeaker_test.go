package rules

import "testing"

const (
	byHargrove = `Mayor Lena Hargrove and council member Tom Whitfield spoke at the rally.

"We hired new officers this year and we intend to hire more next year," Hargrove said.`
	byWhitfield = `Mayor Lena Hargrove and council member Tom Whitfield spoke at the rally.

"We hired new officers this year and we intend to hire more next year," Whitfield said.`
	byFullName = `Lena Hargrove spoke at the rally on Sunday.

"We hired new officers this year and we intend to hire more next year," said Lena Hargrove.`
	creditedToBoth = `Mayor Lena Hargrove and council member Tom Whitfield spoke at the rally.

"We hired new officers this year and we intend to hire more next year," Hargrove said.

Later, Tom Whitfield repeated it: "We hired new officers this year and we intend to hire more next year," Whitfield said.`
	unattributed = `Lena Hargrove and Tom Whitfield spoke at the rally.

The crowd chanted "we hired new officers this year and we intend to hire more next year" for an hour.`
	// Whitfield's name comes from a quotation in another paragraph: the
	// reader carries it over, which is a guess.
	carriedOver = `Mayor Lena Hargrove and council member Tom Whitfield spoke at the rally.

"Crime is down in every ward," Whitfield said.

"We hired new officers this year and we intend to hire more next year."`
	// The attribution of the first quotation governs the second.
	afterAttribution = `Council member Tom Whitfield spoke at the rally.

"This is a debate we want to have," Whitfield said. "We hired new officers this year and we intend to hire more next year."`
	byNickname = `Mayor Bob Hargrove spoke at the rally.

"We hired new officers this year and we intend to hire more next year," Hargrove said.`
	byFormalName = `Mayor Robert J. Hargrove spoke at the rally.

"We hired new officers this year and we intend to hire more next year," said Robert J. Hargrove.`
	// One statement in similar words by two people, each saying more.
	theLetter = `The faculty wrote to Speaker Alan Brisco, and Professor Nadia Keller signed first.

"Your budget appears to reflect the values of your favorite philosopher, Ayn Rand, rather than the Gospel of Jesus Christ," Keller wrote.`
	thePriest = `A priest criticized Speaker Alan Brisco.

"I am afraid that the speaker's budget reflects the values of his favorite philosopher Ayn Rand rather than the gospel of Jesus Christ," said Father Tom Oduya.`
	// One article quotes on where the other stops.
	reviewLong = `The board's chairwoman, Ana Lutz, issued a statement.

"The investigation was thorough and fair, and the board reached its decision after weeks of careful review," Lutz said.`
	reviewLate = `Ana Lutz and her deputy, Dan Ortiz, defended the board.

"The board reached its decision after weeks of careful review. We stand by every word of the report and we will defend it," Ortiz said.`
)

func TestQuoteSpeaker(t *testing.T) {
	tests := []struct {
		name   string
		docs   []string
		drafts []int
		want   []string
	}{
		{"majority names the speaker", []string{byHargrove, byWhitfield, byHargrove}, nil,
			[]string{"d1: error: quote credited to Tom Whitfield; d0 credits it to Lena Hargrove"}},
		{"two versions: both in compare", []string{byHargrove, byWhitfield}, nil,
			[]string{"d0: error: credits it to Tom Whitfield", "d1: error: credits it to Lena Hargrove"}},
		{"two versions: the draft in check", []string{byHargrove, byWhitfield}, []int{1},
			[]string{"d1: error: quote credited to Tom Whitfield"}},
		{"surname and full name are one person", []string{byHargrove, byFullName}, nil, nil},
		{"a document that credits both says nothing", []string{creditedToBoth, byWhitfield, byHargrove}, nil, nil},
		{"unattributed version", []string{byHargrove, unattributed}, nil, nil},
		{"a speaker carried over from another paragraph is neither flagged nor counted",
			[]string{byHargrove, carriedOver, byHargrove}, nil, nil},
		{"a carried-over speaker agrees but does not outvote", []string{byWhitfield, carriedOver, byHargrove}, nil,
			[]string{"d2: error: credits it to Tom Whitfield"}},
		{"the attribution before the quotation's passage counts", []string{byHargrove, afterAttribution}, nil,
			[]string{"d0: error: credits it to Tom Whitfield", "d1: error: credits it to Lena Hargrove"}},
		{"one surname under two first names", []string{byNickname, byFormalName}, nil, nil},
		{"similar words, each going on past what they share", []string{theLetter, thePriest}, nil, nil},
		{"one version quotes on where the other stops", []string{reviewLong, reviewLate}, nil,
			[]string{"d0: error: credits it to Dan Ortiz", "d1: error: credits it to Ana Lutz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, quoteSpeaker, tt.docs, tt.drafts), tt.want)
		})
	}
}
