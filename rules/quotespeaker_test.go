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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, quoteSpeaker, tt.docs, tt.drafts), tt.want)
		})
	}
}
