package rules

import (
	"slices"
	"testing"
)

func TestWeekdaysIn(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"He spoke on Tuesday night and again on friday.", []int{12, 39}},
		{"Yesterday, the Sundays and the Mondayization of news", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := weekdaysIn(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("weekdaysIn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
