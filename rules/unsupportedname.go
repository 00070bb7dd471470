package rules

import (
	"fmt"
	"sort"
	"strings"

	"factdiff/claims"
	"factdiff/claims/names"
	"factdiff/finding"
)

var unsupportedName = Rule{
	Rule: finding.Rule{
		ID:       "unsupported-name",
		Severity: finding.Warning,
		Description: "A person or organisation named in a draft's sentence with a figure or a quotation whom no source names at all, " +
			"or who has a first name no source gives anyone of that surname: the figure or the words may have been credited to the wrong one. " +
			"A person's full name that no source has a word of is flagged in any sentence.",
		Example: `a draft's "Kerrigan won 52%" when the sources name only Lopez and Whitmore`,
	},
	CheckOnly: true,
	run: func(s *Set, rule Rule) []finding.Finding {
		src := sourceNames{words: map[string]bool{}, surnames: map[string]bool{}}
		for i, d := range s.Docs {
			if s.IsDraft(i) {
				continue
			}
			for _, w := range s.words(i) {
				src.words[w.text] = true
			}
			for _, e := range d.Cast() {
				if ws := tokenize(e.Name); e.Kind == names.Person && len(ws) >= 2 {
					src.surnames[ws[len(ws)-1].text] = true
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
				// a quotation may run over sentences, its speaker in the last
				for k := d.SentenceAt(q.Span.Start); k >= 0 && k <= d.SentenceAt(q.Span.End-1); k++ {
					checked[k] = true
				}
			}
			for _, w := range openingNames(d, s.words(i), checked, src.words) {
				msg := fmt.Sprintf("%q opens this sentence and is a word no source writes: if it names someone, check who this figure or quotation belongs to", d.Text.S[w.start:w.end])
				out = append(out, s.New(rule, i, claims.Span{Start: w.start, End: w.end}, "", msg))
			}
			for _, e := range d.Cast() {
				if e.Kind == names.Party {
					continue
				}
				for _, m := range e.Mentions {
					if acronym(m.Name) {
						continue
					}
					if msg, ok := src.unknown(m.Name, e, checked[d.SentenceAt(m.Start)]); ok {
						out = append(out, s.New(rule, i, claims.Span{Start: m.Start, End: m.End}, e.Name, msg))
					}
				}
			}
		}
		return out
	},
}

// sourceNames is what the sources give of names: every word they write, in
// any case, and the surnames of the people they name in full.
type sourceNames struct {
	words, surnames map[string]bool
}

// unknown says what the sources lack of a name the draft gives. In a
// sentence with a figure or a quotation, a surname they never write, or a
// person's first name they never write where they give that surname to
// someone by full name ("Richard Clinton" where they have only "Hillary
// Clinton"), puts the figure or the words in the wrong hands. Elsewhere only
// a full name none of whose words the sources write is flagged, and only
// when a common first name or a title shows it is a person's: a whole name
// cannot come from a paraphrase, while other capitalised words may be
// places, teams or offices the sources did not need to spell out.
func (src sourceNames) unknown(name string, e names.Entity, checked bool) (string, bool) {
	ws := tokenize(name)
	if len(ws) == 0 {
		return "", false
	}
	surname := ws[len(ws)-1].text
	first, last := src.words[ws[0].text], src.words[surname]
	person := e.Kind == names.Person && len(ws) >= 2
	switch {
	case checked && !last:
		return fmt.Sprintf("%q is named in no source; check who this figure or quotation belongs to", name), true
	case checked && person && !first && src.surnames[surname]:
		return fmt.Sprintf("no source calls anyone %q: the sources give this surname another first name; check who this figure or quotation belongs to", name), true
	case person && !first && !last && e.Gender() != "":
		return fmt.Sprintf("%q is named in no source; check who this is", name), true
	}
	return "", false
}

// acronym says whether a name is written in capitals ("FBI", "NATO"): a
// source may spell it out, which a word match cannot see.
func acronym(name string) bool {
	return strings.ToUpper(name) == name
}

// openingNames returns the capitalised words that open a sentence with a
// figure or a quotation (or follow a quoted sentence inside it), are
// followed by a word in lower case and that the sources never write, in any
// case: a surname standing alone at the start ("Ryan said"), which the
// names of the draft alone cannot tell from any other capitalised word,
// while a common word of the draft is almost always one the sources use too.
func openingNames(d *claims.Document, ws []word, checked map[int]bool, known map[string]bool) []word {
	var out []word
	at := d.Cast().At()
	text := d.Text.S
	for si, sent := range d.Sentences {
		if !checked[si] {
			continue
		}
		first := sort.Search(len(ws), func(k int) bool { return ws[k].start >= sent.Start })
		for k := first; k+1 < len(ws) && ws[k+1].start < sent.End; k++ {
			if k > first && !quotedSentenceEnd(text[ws[k-1].end:ws[k].start]) {
				continue
			}
			w, next := ws[k], ws[k+1]
			raw := text[w.start:w.end]
			if _, named := at[w.start]; named || known[w.text] || len(raw) < 3 || !capitalised(raw) || !allLetters(raw) ||
				strings.ToLower(raw[1:]) != raw[1:] || !isContent(w.text) || stopWords[w.text] ||
				text[w.end:next.start] != " " || !isLowerStart(text[next.start:]) {
				continue
			}
			out = append(out, w)
		}
	}
	return out
}

// quotedSentenceEnd says whether the text between two words closes a quoted
// sentence ('." ', '?” '), after which a new one starts.
func quotedSentenceEnd(gap string) bool {
	gap = strings.TrimRight(gap, " ")
	for _, q := range []string{"\"", "\u201d", "'", "\u2019"} {
		if g, ok := strings.CutSuffix(gap, q); ok && g != "" && strings.ContainsAny(g[len(g)-1:], ".!?") {
			return true
		}
	}
	return false
}
