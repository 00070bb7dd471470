package rules

import (
	"fmt"
	"strconv"
	"strings"

	"factdiff/claims"
	"factdiff/claims/ascii"
	"factdiff/claims/names"
	"factdiff/finding"
)

var danglingNumber = Rule{
	Rule: finding.Rule{
		ID:       "dangling-number",
		Severity: finding.Warning,
		Description: "A number whose unit or noun was lost, so that a person's name follows it " +
			"directly, or a blank in the file between a word and its noun where another " +
			"source has a figure.",
		Example: `"climbed to 52 Republican Jane Roe support" or "a    swing" beside "a 12-point swing"`,
	},
	run: runDangling,
}

func runDangling(s *Set, r Rule) []finding.Finding {
	var out []finding.Finding
	var figs figureIndex
	for i, d := range s.Docs {
		if !s.IsDraft(i) {
			continue
		}
		ws := s.words(i)
		out = append(out, numbersBeforeNames(s, r, i, ws)...)
		for _, g := range blankGaps(d, ws) {
			if figs == nil {
				figs = newFigureIndex(s)
			}
			if f, ok := lostFigure(s, r, i, ws, g, figs); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// leadWords can sit right before a person's name in a run of words
// ("Republican Jane Roe"), so a number before them is still before a name.
var leadWords = map[string]bool{"Republican": true, "Democrat": true, "Democratic": true,
	"Independent": true, "Sen.": true, "Rep.": true, "Gov.": true, "President": true}

// months name the month a day number follows ("May 5 Jane Roe").
var months = ascii.Set(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// numbersBeforeNames flags a bare number followed directly by a person's
// full name ("surged to 49 Republican Jane Roe support"): the words that
// said what the number counts are gone. Years, day numbers and numbers
// after a capitalised word ("Amendment 64") are left alone.
func numbersBeforeNames(s *Set, r Rule, i int, ws []word) []finding.Finding {
	d := s.Docs[i]
	text := d.Text.S
	mentions := map[int]names.Mention{}
	entity := d.Cast().At()
	for _, e := range d.Cast() {
		for _, m := range e.Mentions {
			if e.Kind == names.Person && strings.Contains(m.Name, " ") {
				mentions[m.Start] = m
			}
		}
	}
	var out []finding.Finding
	for k := 1; k+1 < len(ws); k++ {
		w := ws[k]
		if !bareNumber(w.text) || year(w.text) || !countable(text, ws[k-1], w) {
			continue
		}
		next := ws[k+1]
		if text[w.end:next.start] != " " {
			continue
		}
		m, ok := mentions[next.start]
		if !ok && leadWords[text[next.start:next.end]] && k+2 < len(ws) && text[next.end:ws[k+2].start] == " " {
			m, ok = mentions[ws[k+2].start]
		}
		if !ok {
			continue
		}
		name := d.Cast()[entity[m.Start]].Name
		num := text[w.start:w.end]
		msg := fmt.Sprintf("number %s is followed by the name %s, not by what it counts; its unit or noun was lost", quoteOf(num), name)
		out = append(out, s.New(r, i, claims.Span{Start: w.start, End: m.End}, s.Canonical(name), msg, sameFigureElsewhere(s, i, num, s.Canonical(name))...))
	}
	return out
}

// bareNumber reports a number without unit or currency: digits with
// thousands commas or a decimal point.
func bareNumber(w string) bool {
	if w == "" || !isASCIIDigit(w[0]) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !isASCIIDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

func year(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && n >= 1800 && n <= 2100
}

// countable reports whether the number w, after the word prev, stands where
// a count or measure would: the word before it is lower case, not a month,
// and joined to it by one space.
func countable(text string, prev, w word) bool {
	p := text[prev.start:prev.end]
	return text[prev.end:w.start] == " " && !capitalised(p) && !months[prev.text]
}

// sameFigureElsewhere cites the claims of other documents that give the
// same value for the same entity: what the number probably measured.
func sameFigureElsewhere(s *Set, i int, num, entity string) []finding.Evidence {
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return nil
	}
	var ev []finding.Evidence
	for j, d := range s.Docs {
		if j == i {
			continue
		}
		for _, c := range d.Claims {
			if c.Value != nil && *c.Value == v && s.Canonical(c.Entity) == entity {
				ev = append(ev, s.Evidence(j, c.Span))
				break
			}
		}
	}
	return ev
}

// gapWords open a noun phrase whose figure can go missing: articles,
// determiners and prepositions ("a    swing", "his    mark").
var gapWords = ascii.Set(`a an the of to by at with for from in on about over under than nearly
almost just his her their its our your my this that these those some only`)

// blankGaps returns the indices k of words preceded by a blank left in the
// file (3+ spaces) between a gap word and a lower-case word.
func blankGaps(d *claims.Document, ws []word) []int {
	gapsIn := newGapReader(d)
	if !gapsIn.blanks {
		return nil // most files: no blank anywhere
	}
	var out []int
	for k := 1; k < len(ws); k++ {
		a, b := ws[k-1], ws[k]
		if !gapWords[a.text] || d.Text.S[a.end:b.start] != " " || capitalised(d.Text.S[b.start:b.end]) ||
			!allLetters(b.text) || commonWords[b.text] || gapsIn.between(a.end, b.start) != blank {
			continue
		}
		out = append(out, k)
	}
	return out
}

// figureIndex finds, by the words around it, a figure some document gives:
// "a" and "swing" lead to "a 14-point swing".
type figureIndex map[[2]string][]figureAt

type figureAt struct {
	doc  int
	span claims.Span
}

// magnitudes continue a figure ("4.6 million", "12 points").
var magnitudes = ascii.Set(`million billion trillion thousand hundred percent per cent point points`)

func newFigureIndex(s *Set) figureIndex {
	ix := figureIndex{}
	for di := range s.Docs {
		ws := s.words(di)
		for k := 1; k+1 < len(ws); k++ {
			if !hasDigit(ws[k].text) {
				continue
			}
			end := k + 1
			if magnitudes[ws[end].text] && end+1 < len(ws) {
				end++
			}
			key := [2]string{ws[k-1].text, ws[end].text}
			ix[key] = append(ix[key], figureAt{di, claims.Span{Start: ws[k-1].start, End: ws[end].end}})
		}
	}
	return ix
}

// lostFigure reports the blank before ws[k] in document i when another
// document has the same two words around a figure.
func lostFigure(s *Set, r Rule, i int, ws []word, k int, figs figureIndex) (finding.Finding, bool) {
	a, b := ws[k-1], ws[k]
	for _, f := range figs[[2]string{a.text, b.text}] {
		if f.doc == i {
			continue
		}
		d, o := s.Docs[i], s.Docs[f.doc]
		here := d.Text.S[a.start:a.end] + " ... " + d.Text.S[b.start:b.end]
		msg := fmt.Sprintf("%s lost its figure; %s has %s", quoteOf(here), o.Path, quoteOf(o.Text.S[f.span.Start:f.span.End]))
		return s.New(r, i, claims.Span{Start: a.start, End: b.end}, "", msg, s.Evidence(f.doc, f.span)), true
	}
	return finding.Finding{}, false
}
