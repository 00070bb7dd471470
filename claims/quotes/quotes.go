// Package quotes finds the direct quotations of a news article and credits
// each to its speaker.
//
// Quotation marks are paired by context, in one pass, so that apostrophes,
// stray marks and quotations running over several paragraphs are read the way
// a reader reads them. Speakers come from attribution cues ("X said", "said X,
// a Y", "X told", "according to X", "X said:" before a quotation) and, for a
// quotation with no cue, from the quotation just before it. It must never
// guess: a pronoun or description it cannot tie to exactly one person leaves
// the speaker empty.
package quotes

import (
	"cmp"
	"slices"
	"strings"

	"factdiff/claims/names"
)

// Quote is one direct quotation.
type Quote struct {
	Start, End               int    // the quotation including its marks
	Text                     string // the words inside the marks, paragraphs joined by a space
	Speaker                  string // canonical entity name, "" when unknown
	SpeakerStart, SpeakerEnd int    // the mention or pronoun naming the speaker; -1 if none
	Cue                      string // "said", "told", "according to", ...; "" when inherited or none
	Partial                  bool   // a fragment embedded in the reporter's sentence
}

// Find returns the direct quotations of text, in order, with speakers taken
// from ents (the grouped names of the same text). low is text lower-cased
// by ascii.Lower: a reader of a whole article does so once for all its
// readers.
func Find(text, low string, ents []names.Entity) []Quote {
	spans := disjoint(pairMarks(text))
	a := newAttributor(text, low, ents, spans)
	out := make([]Quote, 0, len(spans))
	var prev *Quote
	for k, sp := range spans {
		q := Quote{Start: sp.start, End: sp.end, Text: joinParts(text, sp.parts), SpeakerStart: -1, SpeakerEnd: -1}
		q.Partial = a.partial(sp)
		at, found := a.attribute(k)
		inherited := (!found || at.cue == "" && at.ent < 0 && at.start < 0) && prev != nil && a.inherits(spans[k-1], sp, prev)
		if inherited {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = prev.Speaker, prev.SpeakerStart, prev.SpeakerEnd
		} else {
			q.Cue = at.cue
			if at.ent >= 0 {
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = ents[at.ent].Name, at.start, at.end
			}
		}
		if !worthReporting(sp, q, found) {
			continue
		}
		if !inherited {
			a.lastEnt = at.ent
		}
		a.lastEnd = q.End
		out = append(out, q)
		prev = &out[len(out)-1]
	}
	return out
}

// disjoint orders spans and drops any that overlaps an earlier one, so
// every quotation owns its stretch of text.
func disjoint(spans []span) []span {
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	out := spans[:0]
	for _, sp := range spans {
		if len(out) == 0 || sp.start >= out[len(out)-1].end {
			out = append(out, sp)
		}
	}
	return out
}

// worthReporting drops scare quotes: a word or two in quote marks is a
// quotation only when an attribution cue says so.
func worthReporting(sp span, q Quote, cued bool) bool {
	if strings.TrimSpace(q.Text) == "" {
		return false
	}
	if hasFields(q.Text, 3) {
		return !sp.single || cued
	}
	return cued && q.Speaker != ""
}

func joinParts(text string, parts [][2]int) string {
	if len(parts) == 1 {
		return text[parts[0][0]:parts[0][1]]
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[p[0]:p[1]])
	}
	return b.String()
}
