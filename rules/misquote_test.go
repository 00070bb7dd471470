package rules

import (
	"strings"
	"testing"

	"factdiff/finding"
)

const (
	delgadoNot = `Governor Maria Delgado spoke to reporters in the capitol on Monday.

"We will not raise property taxes on working families this year," Delgado said.`
	delgadoRaise = `Governor Maria Delgado spoke to reporters in the capitol on Monday.

"We will raise property taxes on working families this year," Delgado said.`
	delgadoCommas = `Gov. Maria Delgado met reporters on Monday.

"We will not raise property taxes, on working families, this year," said Delgado.`
	delgadoShort = `Maria Delgado held a news conference on Monday.

Delgado promised that she would "not raise property taxes on working families," aides said.`
	delgadoParaphrase = `Maria Delgado held a news conference on Monday. Delgado said she would raise property taxes on working families this year.`
	jobs4200          = `State Treasurer Alan Brisco released the figures on Friday.

"We added 4,200 jobs in the last quarter alone, more than any state in the region," Brisco said.`
	jobs2400 = `State Treasurer Alan Brisco released the figures on Friday.

"We added 2,400 jobs in the last quarter alone, more than any state in the region," Brisco said.`
	leadFull = `Campaign manager Rosa Fenwick briefed donors on Tuesday.

"We are holding a 12-point lead in the suburbs, and the momentum is with us," Fenwick said.`
	leadBlank = `Campaign manager Rosa Fenwick briefed donors on Tuesday.

"We are holding a    lead in the suburbs, and the momentum is with us," Fenwick said.`
	leadEllipsis = `Campaign manager Rosa Fenwick briefed donors on Tuesday.

"We are holding a 12-point lead ... the momentum is with us," Fenwick said.`
	wordSwap = `Senator Paul Ostrander addressed the convention on Saturday.

"This budget is a disgrace to every family in this state," Ostrander said.`
	wordSwapped = `Senator Paul Ostrander addressed the convention on Saturday.

"This budget is a triumph for every family in this state," Ostrander said.`
)

func TestMisquote(t *testing.T) {
	tests := []struct {
		name   string
		docs   []string
		drafts []int
		want   []string // "doc: severity: message part"; empty means nothing
	}{
		{"negation dropped, majority decides", []string{delgadoNot, delgadoNot, delgadoRaise},
			nil, []string{`d2: error: "not" is missing`}},
		{"negation added, majority decides", []string{delgadoRaise, delgadoNot, delgadoRaise},
			nil, []string{`d1: error: "not" was added`}},
		{"number changed, majority decides", []string{jobs4200, jobs2400, jobs4200},
			nil, []string{`d1: error: "4,200" became "2,400"`}},
		{"two versions, plain change: both in compare", []string{jobs4200, jobs2400},
			nil, []string{`d0: error: "2,400" became "4,200"`, `d1: error: "4,200" became "2,400"`}},
		{"two versions, plain change: the draft in check", []string{jobs4200, jobs2400},
			[]int{1}, []string{`d1: error: "4,200" became "2,400"`}},
		{"two versions, a blank lost the figure", []string{leadFull, leadBlank},
			nil, []string{`d1: error: "12-point" is missing`}},
		{"content word substituted", []string{wordSwap, wordSwapped, wordSwap},
			nil, []string{`d1: warning: "disgrace to" became "triumph for"`}},
		{"same words, other punctuation", []string{delgadoNot, delgadoCommas}, nil, nil},
		{"truncated quotation", []string{delgadoNot, delgadoShort}, nil, nil},
		{"paraphrase outside quotes", []string{delgadoNot, delgadoParaphrase}, nil, nil},
		{"omission marked by an ellipsis", []string{leadFull, leadEllipsis}, nil, nil},
		{"identical versions", []string{jobs4200, jobs4200, jobs4200}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, misquote, tt.docs, tt.drafts)
			checkFindings(t, got, tt.want)
		})
	}
}

func TestMisquoteFindingShape(t *testing.T) {
	got := runRule(t, misquote, []string{leadFull, leadBlank}, nil)
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1", len(got))
	}
	f := got[0]
	if f.Entity != "Rosa Fenwick" || len(f.Evidence) != 1 || f.Evidence[0].Path != "d0" {
		t.Errorf("entity %q evidence %+v", f.Entity, f.Evidence)
	}
	if !strings.HasPrefix(f.Focus, `"We are holding a    lead`) {
		t.Errorf("focus %q does not cover the quotation as written", f.Focus)
	}
	if f.Severity != finding.Error {
		t.Errorf("severity %v", f.Severity)
	}
}
