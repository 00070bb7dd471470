package rules

import (
	"fmt"
	"strings"

	"factdiff/finding"
)

var misquote = Rule{
	Rule: finding.Rule{
		ID:       "misquote",
		Severity: finding.Error,
		Description: "A quotation by the same speaker whose words differ from another source's " +
			"version of it. A number or a negation changed, added or dropped is an error; " +
			"other substituted words are a warning. Words one version quotes and the other " +
			"does not, and words left out at an ellipsis, are not differences.",
		Example: `"we will not raise taxes" in one article, "we will raise taxes" in another`,
	},
	run: runMisquote,
}

// change is one reportable difference between a quotation and another
// version of it, seen from the quotation being judged.
type change struct {
	severity finding.Severity
	// lost says which side lost words: a dropped figure or a blank where
	// the other has words. With two versions, the one that lost deviates.
	lost side
	text string // in words: `"20-point" is missing`
}

type side uint8

const (
	neither side = iota
	mine
	theirs
)

// maxHunkWords bounds a difference that is still one changed phrase; a
// longer one is a different passage, not an altered word.
const maxHunkWords = 4

func runMisquote(s *Set, r Rule) []finding.Finding {
	var out []finding.Finding
	for _, v := range versionsOf(s, alignQuotes(s.Docs), sameStatement) {
		if f, ok := judgeMisquote(s, r, v); ok {
			out = append(out, f)
		}
	}
	return out
}

// sameStatement says whether a pair can be a misquote: the same speaker, or
// one speaker unknown and the words near-identical.
func sameStatement(s *Set, p quotePair) bool {
	sa, sb := speakerOf(s, p.a), speakerOf(s, p.b)
	if sa == "" || sb == "" {
		return p.near()
	}
	return samePerson(sa, sb)
}

// judgeMisquote decides whether quotation v.q deviates from its other
// versions: the version most documents agree on is right; with two
// versions, the one that lost something deviates, and a plain change is
// reported on whichever is under check.
func judgeMisquote(s *Set, r Rule, v versions) (finding.Finding, bool) {
	diffs := make([][]change, len(v.others))
	disagree := 0
	for k, p := range v.others {
		diffs[k] = changes(s, p)
		if len(diffs[k]) > 0 {
			disagree++
		}
	}
	if disagree == 0 {
		return finding.Finding{}, false
	}
	agree := 1 + len(v.others) - disagree // this version counts for itself
	majority := len(v.others) >= 2 && disagree != agree
	if majority && agree > disagree {
		return finding.Finding{}, false
	}
	var (
		msgs []string
		ev   []finding.Evidence
		sev  = finding.Warning
		from string
	)
	for k, p := range v.others {
		var kept []string
		for _, c := range diffs[k] {
			if majority || c.lost == mine || c.lost == neither && s.IsDraft(v.q.doc) {
				kept = append(kept, c.text)
				sev = max(sev, c.severity)
			}
		}
		if len(kept) == 0 {
			continue
		}
		if from == "" {
			from = s.Docs[p.b.doc].Path
			msgs = kept
		}
		ev = append(ev, s.Evidence(p.b.doc, s.Docs[p.b.doc].Quotes[p.b.idx].Span))
	}
	if len(ev) == 0 {
		return finding.Finding{}, false
	}
	q := s.Docs[v.q.doc].Quotes[v.q.idx]
	who := speakerOf(s, v.q)
	if who == "" {
		who = speakerOf(s, v.others[0].b)
	}
	label := who
	if label == "" {
		label = "an unnamed speaker"
	}
	f := s.New(r, v.q.doc, q.Span, who, fmt.Sprintf("quote from %s differs from %s: %s", label, from, strings.Join(msgs, ", ")), ev...)
	f.Severity = sev
	return f, true
}

// changes lists the reportable differences of p.a against p.b.
func changes(s *Set, p quotePair) []change {
	var out []change
	for _, h := range p.hunks() {
		if c, ok := classifyHunk(s, p, h); ok {
			out = append(out, c)
		}
	}
	return out
}

// classifyHunk judges one hunk: figures and negations make an error, another
// content word substituted a warning; words present on one side only count
// when they are a figure or negation, or when a blank on the other side
// shows they were lost, and never when an ellipsis marks the omission.
func classifyHunk(s *Set, p quotePair, h hunk) (change, bool) {
	mw, tw := p.a.words[h.a0:h.a1], p.b.words[h.b0:h.b1]
	if len(mw) > maxHunkWords || len(tw) > maxHunkWords || sameSpelling(mw, tw) {
		return change{}, false
	}
	mineGap, theirGap := p.a.gaps[h.a0], p.b.gaps[h.b0]
	if len(mw) == 0 && mineGap == ellipsis || len(tw) == 0 && theirGap == ellipsis {
		return change{}, false
	}
	c := change{severity: finding.Warning}
	figure := anyWord(mw, hasDigit) || anyWord(tw, hasDigit)
	if figure || anyWord(mw, isNegation) || anyWord(tw, isNegation) {
		c.severity = finding.Error
	}
	switch {
	case len(mw) == 0 && mineGap == blank || figure && !anyWord(mw, hasDigit):
		c.lost = mine
	case len(tw) == 0 && theirGap == blank || figure && !anyWord(tw, hasDigit):
		c.lost = theirs
	}
	if c.severity != finding.Error && c.lost == neither {
		// A plain word added or dropped is editing, not misquoting; a
		// substitution counts when it swaps a content word.
		if len(mw) == 0 || len(tw) == 0 || !anyWord(mw, isContent) && !anyWord(tw, isContent) {
			return change{}, false
		}
	}
	mt, tt := p.a.span(s, h.a0, h.a1), p.b.span(s, h.b0, h.b1)
	switch {
	case len(mw) == 0:
		c.text = quoteOf(tt) + " is missing"
	case len(tw) == 0:
		c.text = quoteOf(mt) + " was added"
	default:
		c.text = quoteOf(tt) + " became " + quoteOf(mt)
	}
	return c, true
}

// sameSpelling reports whether two runs of words differ only in hyphens and
// spacing ("20-point" and "20 point", "health-care" and "health care").
func sameSpelling(a, b []word) bool {
	join := func(ws []word) string {
		var sb strings.Builder
		for _, w := range ws {
			sb.WriteString(strings.ReplaceAll(w.text, "-", ""))
		}
		return sb.String()
	}
	return join(a) == join(b)
}

// quoteOf puts words in double quotes for a message, as written.
func quoteOf(s string) string { return `"` + s + `"` }

func anyWord(ws []word, f func(string) bool) bool {
	for _, w := range ws {
		if f(w.text) {
			return true
		}
	}
	return false
}

func isContent(w string) bool { return !commonWords[w] }

// span returns words [i, j) of q as the document writes them.
func (q *quoted) span(s *Set, i, j int) string {
	if i >= j {
		return ""
	}
	return s.Docs[q.doc].Text.S[q.words[i].start:q.words[j-1].end]
}
