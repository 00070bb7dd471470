package rules

import "testing"

func TestArithmetic(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"shares over 100%", "Democrat Maria Lopez won 61% of the vote. Republican Dale Whitmore took 44% of the vote.",
			[]string{"d0: error: vote shares add up to at least 104.0%"}},
		{"a margin the shares do not give",
			"Democrat Maria Lopez won 52.4% of the vote and Republican Dale Whitmore 47.6%.\n\nLopez won by 9 points.",
			[]string{`d0: error: a margin of "9 points" does not follow from the shares "52.4%" and "47.6%", 4.7 to 4.9 points apart`}},
		{"a margin the shares give, after rounding",
			"Democrat Maria Lopez won 52.4% of the vote and Republican Dale Whitmore 47.6%.\n\nLopez won by 5 points.", nil},
		{"a margin of another election",
			"Democrat Maria Lopez won 52.4% of the vote and Republican Dale Whitmore 47.6%.\n\nLopez carried the county by 20 points in 2012.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, arithmetic, []string{tt.text}, nil), tt.want)
		})
	}
}
