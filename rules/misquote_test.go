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
	jobsWords = `State Treasurer Alan Brisco released the figures on Friday.

"We added four thousand two hundred jobs in the last quarter alone, more than any state in the region," Brisco said.`
	growthPercent = `Mayor Ines Carbajal presented the budget on Tuesday.

"Our tax base grew 15 percent in five years, and we did it without new debt," Carbajal said.`
	growthSign = `Mayor Ines Carbajal presented the budget on Tuesday.

"Our tax base grew 15% in five years, and we did it without new debt," Carbajal said.`
	growthSpelled = `Mayor Ines Carbajal presented the budget on Tuesday.

"Our tax base grew fifteen percent in 5 years, and we did it without new debt," Carbajal said.`
	growthNearly = `Mayor Ines Carbajal presented the budget on Tuesday.

"Our tax base grew 16% in five years, and we did it without new debt," Carbajal said.`
	wordSwap = `Senator Paul Ostrander addressed the convention on Saturday.

"This budget is a disgrace to every family in this state," Ostrander said.`
	wordSwapped = `Senator Paul Ostrander addressed the convention on Saturday.

"This budget is a triumph for every family in this state," Ostrander said.`
)

// Real shapes of one statement quoted differently across articles.
const (
	parksWhole = `Senate leader Ana Lutz met the governor on Friday and said: "We are asking the governor to reopen the state parks. Why would he do it?"`
	parksSplit = `Senate leader Ana Lutz met the governor on Friday.

"We are asking the governor to reopen the state parks," Lutz told reporters outside the capitol. "We are giving him a bipartisan path to do that. Why would he not do that?"`
	parksNot  = `Senate leader Ana Lutz met the governor on Friday and said: "We are asking the governor to reopen the state parks. Why would he not do it?"`
	taxesTail = `Governor Maria Delgado spoke to reporters in the capitol on Monday.

Delgado said the budget spares "property taxes on working families this year," aides said.`
	taxesTwice = `Governor Maria Delgado spoke to reporters in the capitol on Monday.

"We will raise property taxes on working families this year," Delgado said.

Later she corrected herself: "We will not raise property taxes on working families this year," Delgado said.`
	benefitFragment = `Campaign spokeswoman Jill Harper said the savings "do not cut a single guaranteed Medicare benefit."`
	benefitFull     = `Campaign spokeswoman Jill Harper answered the ad on Tuesday.

"The savings his ad attacks do cut a single guaranteed Medicare benefit, and the governor embraced the very same savings," Harper said.`
	refusalFull = `Senator Robert T. Vance reacted on Friday.

"His refusal to meet is disappointing to those of us who have stood by our allies for decades," Mr. Vance said.`
	refusalShort = `Sen. Bob Vance reacted on Friday.

"His refusal to meet is not disappointing to those of us who have stood by our allies for decades," Vance said.`
	consistentCarried = `Former ambassador Ann Clark defended the talks.

"We did nothing wrong, and we will say so under oath," Clark said.

"Such discussions are fully consistent with the relevant law and ethical requirements."`
	consistentNot = `White House counsel Mark Bauer wrote to the committee.

"Such discussions are not fully consistent with the relevant law and ethical requirements," Bauer wrote.`
	idealEllipsis = `Rick Lanham answered his critics on Sunday.

"I think that is a phony ideal. I don't believe that's what we're here to do ... We're not here to serve the earth. That is not the objective, man is the objective," Lanham said.`
	idealFull = `Rick Lanham answered his critics on Sunday.

"I was talking about energy, this idea that man is here to serve the Earth as opposed to husband its resources and be good stewards of the Earth. And I think that is a phony ideal. I don't believe that that's what we're here to do. That man is here to use the resources and use them wisely, to care for the Earth, to be a steward of the Earth, but we're not here to serve the Earth. The Earth is not the objective. Man is the objective," Lanham said.`
	asideOne = `Senator Pat Kerr criticized the policy.

"Nobody knows what's happening, and now it looks like (strongman Jamal) al-Rahim is going to beat the United Nations," Kerr said.`
	asideTwo = `Senator Pat Kerr criticized the policy.

"Nobody knows what's happening, and now it looks like (strongman Gamal) Rahim is going to beat the United Nations," Kerr said.`
	orderOne = `Senator Pat Kerr spoke in Toledo.

"We will protect Medicare, we will protect Social Security, and we will not cut a single benefit," Kerr said.`
	orderTwo = `Senator Pat Kerr spoke in Toledo.

"We will protect Social Security, we will protect Medicare, and we will not cut a single benefit," Kerr said.`
	runningFor = `Senator Carla Ruiz spoke in Dayton.

"I am not running for president of the United States as surrogate for being elected prom king of America," Ruiz said.`
	readyFor = `Senator Carla Ruiz spoke in Dayton.

"I am now ready to fight for the people of the United States of America," Ruiz said.`
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
		{"a figure in the house style of another outlet", []string{growthPercent, growthSign, growthSpelled}, nil, nil},
		{"a figure spelled out in words", []string{jobs4200, jobsWords}, nil, nil},
		{"a figure changed and respelled", []string{growthPercent, growthNearly, growthSpelled},
			nil, []string{`d1: error: "15 percent" became "16%"`}},
		{"truncated quotation", []string{delgadoNot, delgadoShort}, nil, nil},
		{"paraphrase outside quotes", []string{delgadoNot, delgadoParaphrase}, nil, nil},
		{"omission marked by an ellipsis", []string{leadFull, leadEllipsis}, nil, nil},
		{"identical versions", []string{jobs4200, jobs4200, jobs4200}, nil, nil},
		{"the other article splits the statement around the attribution", []string{parksSplit, parksWhole},
			nil, []string{`d1: error: "not" is missing`}},
		{"split and whole versions agree, a third deviates", []string{parksSplit, parksNot, parksWhole},
			nil, []string{`d2: error: "not" is missing`}},
		{"a version quoting only the rest has no say on the change", []string{delgadoNot, delgadoRaise, taxesTail},
			nil, []string{`d0: error: "not" was added`, `d1: error: "not" is missing`}},
		{"a document quoting it both ways agrees with either", []string{delgadoNot, taxesTwice},
			nil, []string{`d1: error: "not" is missing`}},
		{"negation where the fragment starts", []string{benefitFragment, benefitFull},
			nil, []string{`d0: error: "not" was added`, `d1: error: "not" is missing`}},
		{"one person under two first names", []string{refusalFull, refusalShort},
			nil, []string{`d0: error: "not" is missing`, `d1: error: "not" was added`}},
		{"a speaker carried over from another paragraph is no contradiction", []string{consistentCarried, consistentNot},
			nil, []string{`d0: error: "not" is missing`, `d1: error: "not" was added`}},
		{"words beside an ellipsis", []string{idealEllipsis, idealFull}, nil, nil},
		{"words in parentheses are the writer's", []string{asideOne, asideTwo}, nil, nil},
		{"words the other version has elsewhere", []string{orderOne, orderTwo}, nil, nil},
		{"function words and a title in common", []string{runningFor, readyFor}, nil, nil},
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
