package rules

import (
	"fmt"
	"strings"

	"factdiff/claims"
	"factdiff/claims/names"
	"factdiff/finding"
)

var unsupportedName = Rule{
	Rule: finding.Rule{
		ID:          "unsupported-name",
		Severity:    finding.Warning,
		Description: "A person or organisation named in a draft's sentence with a figure or a quotation whom no source names at all: the figure or the words may have been credited to the wrong one.",
		Example:     `a draft's "Kerrigan won 52%" when the sources name only Lopez and Whitmore`,
	},
	CheckOnly: true,
	run: func(s *Set, rule Rule) []finding.Finding {
		known := map[string]bool{}
		for i := range s.Docs {
			if !s.IsDraft(i) {
				for _, w := range s.words(i) {
					known[w.text] = true
				}
			}
		}
		var out []finding.Finding
		for i, d := range s.Docs {
			if !s.IsDraft(i) {
				continue
			}
			checked := map[int]bool{}
			for _, c := range d.Claims {
				checked[c.SentenceIndex] = true
			}
			for _, q := range d.Quotes {
				checked[d.SentenceAt(q.Span.Start)] = true
			}
			for _, e := range d.Cast() {
				if e.Kind == names.Party {
					continue
				}
				for _, m := range e.Mentions {
					if !checked[d.SentenceAt(m.Start)] || acronym(m.Name) || namedIn(known, m.Name) {
						continue
					}
					msg := fmt.Sprintf("%q is named in no source; check who this figure or quotation belongs to", m.Name)
					out = append(out, s.New(rule, i, claims.Span{Start: m.Start, End: m.End}, e.Name, msg))
				}
			}
		}
		return out
	},
}

// namedIn says whether the last word of a name (a surname, "Madrid" of "Real
// Madrid") occurs in the sources, read with the same tokenizer, so that a
// draft writing "Lopez" where a source writes "Maria Lopez" is never flagged.
func namedIn(known map[string]bool, name string) bool {
	ws := tokenize(name)
	return len(ws) == 0 || known[ws[len(ws)-1].text]
}

// acronym says whether a name is written in capitals ("FBI", "NATO"): a
// source may spell it out, which a word match cannot see.
func acronym(name string) bool {
	return strings.ToUpper(name) == name
}
