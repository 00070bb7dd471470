package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"factdiff/claims/figures"
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
	text string // in words: `"14-point" is missing`
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
	for _, v := range versionsOf(s, s.pairs(), sameStatement) {
		if f, ok := judgeMisquote(s, r, v); ok {
			out = append(out, f)
		}
	}
	return out
}

// sameStatement says whether a pair can be a misquote: the same speaker,
// each credited where quoted, or else words near-identical.
func sameStatement(s *Set, p quotePair) bool {
	sa, sb := speakerOf(s, p.a), speakerOf(s, p.b)
	if sa != "" && sb != "" && samePerson(sa, sb) {
		return true
	}
	if sa == "" || sb == "" || !attributed(s, p.a) || !attributed(s, p.b) {
		return p.near()
	}
	return false
}

// placed is a change at words [a0, a1) of the judged quotation, against
// version k, whose words at the change start at b0.
type placed struct {
	change
	k, a0, a1, b0 int
}

// judgeMisquote decides, place by place, whether quotation v.q deviates from
// its other versions. At each place only the documents that quote it have
// a say: the version most of them agree on is right; with two versions,
// the one that lost something deviates, and a plain change is reported on
// whichever is under check. A document quoting the place both ways agrees.
func judgeMisquote(s *Set, r Rule, v versions) (finding.Finding, bool) {
	// apart holds, per version, the hunks that keep it from agreeing
	// where they are: reportable changes and passages too long to judge.
	apart := make([][]hunk, len(v.others))
	var all []placed
	for k, p := range v.others {
		for _, h := range p.hunks() {
			c, ok := classifyHunk(s, p, h)
			if ok {
				all = append(all, placed{c, k, h.a0, h.a1, h.b0})
			}
			if ok || h.a1-h.a0 > maxHunkWords || h.b1-h.b0 > maxHunkWords {
				apart[k] = append(apart[k], h)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].a0 < all[j].a0 })
	var kept []placed
	for lo := 0; lo < len(all); {
		hi, end := lo+1, all[lo].a1
		for hi < len(all) && all[hi].a0-1 <= end {
			end = max(end, all[hi].a1)
			hi++
		}
		kept = append(kept, judgePlace(s, v, apart, all[lo:hi])...)
		lo = hi
	}
	return misquoteFinding(s, r, v, kept)
}

// judgePlace returns the changes of one place that are reported.
func judgePlace(s *Set, v versions, apart [][]hunk, at []placed) []placed {
	a0, a1 := at[0].a0, at[0].a1
	differ := map[int]bool{}
	for _, c := range at {
		a0, a1 = min(a0, c.a0), max(a1, c.a1)
		differ[v.others[c.k].b.doc] = true
	}
	same := map[int]bool{}
	for k, p := range v.others {
		if p.covers(a0, a1) && !touches(apart[k], a0, a1) {
			same[p.b.doc] = true
		}
	}
	disagree := 0
	for doc := range differ {
		if !same[doc] {
			disagree++
		}
	}
	if disagree == 0 {
		return nil
	}
	agree := 1 + len(same) // this version counts for itself
	majority := agree+disagree >= 3 && agree != disagree
	if majority && agree > disagree {
		return nil
	}
	var out []placed
	for _, c := range at {
		if same[v.others[c.k].b.doc] {
			continue
		}
		if majority || c.lost == mine || c.lost == neither && s.IsDraft(v.q.doc) {
			out = append(out, c)
		}
	}
	return out
}

// touches reports whether a hunk of hs meets words [a0, a1) or the gaps
// around them.
func touches(hs []hunk, a0, a1 int) bool {
	for _, h := range hs {
		if h.a0 <= a1 && a0 <= h.a1 {
			return true
		}
	}
	return false
}

// misquoteFinding reports the kept changes of v.q in one finding, in the
// words of the first document that differs and with every document that
// differs as evidence.
func misquoteFinding(s *Set, r Rule, v versions, kept []placed) (finding.Finding, bool) {
	if len(kept) == 0 {
		return finding.Finding{}, false
	}
	var (
		msgs []string
		ev   []finding.Evidence
		sev  = finding.Warning
		from = v.others[kept[0].k].b.doc
		who  = speakerOf(s, v.q)
	)
	for _, c := range kept {
		p := v.others[c.k]
		if p.b.doc == from && !slices.Contains(msgs, c.text) {
			msgs = append(msgs, c.text)
		}
		sev = max(sev, c.severity)
		if who == "" {
			who = speakerOf(s, p.b)
		}
		e := s.Evidence(p.b.doc, s.Docs[p.b.doc].Quotes[p.b.part(s, c.b0)].Span)
		if !slices.Contains(ev, e) {
			ev = append(ev, e)
		}
	}
	label := who
	if label == "" {
		label = "an unnamed speaker"
	}
	msg := fmt.Sprintf("quote from %s differs from %s: %s", label, s.Docs[from].Path, strings.Join(msgs, ", "))
	f := s.New(r, v.q.doc, s.Docs[v.q.doc].Quotes[v.q.parts[0]].Span, who, msg, ev...)
	f.Severity = sev
	return f, true
}

// classifyHunk judges one hunk: figures and negations make an error, another
// content word substituted a warning; words present on one side only count
// when they are a figure or negation, or when a blank on the other side
// shows they were lost. Nothing counts beside an ellipsis or the reporter's
// words between two quotations, where words are left out on purpose, nor a
// substitution whose words the other version has elsewhere, where the
// alignment may have paired the wrong stretches.
func classifyHunk(s *Set, p quotePair, h hunk) (change, bool) {
	mw, tw := p.a.words[h.a0:h.a1], p.b.words[h.b0:h.b1]
	if len(mw) > maxHunkWords || len(tw) > maxHunkWords || sameSpelling(mw, tw) ||
		sameFigures(p.a.span(s, h.a0, h.a1), p.b.span(s, h.b0, h.b1)) {
		return change{}, false
	}
	if omitsAround(p.a, h.a0, h.a1) || omitsAround(p.b, h.b0, h.b1) {
		return change{}, false
	}
	if len(mw) > 0 && len(tw) > 0 && (p.a.repeats(h.a0, h.a1, p.b) || p.b.repeats(h.b0, h.b1, p.a)) {
		return change{}, false
	}
	mineGap, theirGap := p.a.gaps[h.a0], p.b.gaps[h.b0]
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

// omitsAround reports whether words may be left out of q before, inside or
// right after its words [i, j).
func omitsAround(q *quoted, i, j int) bool {
	for k := i; k <= j && k < len(q.gaps); k++ {
		if q.gaps[k].omits() {
			return true
		}
	}
	return false
}

// repeats reports whether a content word or figure among words [i, j) of
// p occurs in q.
func (p *quoted) repeats(i, j int, q *quoted) bool {
	if q.vocabulary == nil {
		q.vocabulary = make(map[int32]bool, len(q.ids))
		for _, id := range q.ids {
			q.vocabulary[id] = true
		}
	}
	for k := i; k < j; k++ {
		if isContent(p.words[k].text) && q.vocabulary[p.ids[k]] {
			return true
		}
	}
	return false
}

// sameSpelling reports whether two runs of words differ only in hyphens and
// spacing ("14-point" and "14 point", "health-care" and "health care").
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

// sameFigures reports whether two stretches of a quotation are the same
// figures in another spelling and nothing else ("15 percent" and "15%",
// "fifteen" and "15"): outlets transcribe numbers in their own style, which
// changes no word the speaker said.
func sameFigures(a, b string) bool {
	fa, fb := figures.Find(a, figures.Context{}), figures.Find(b, figures.Context{})
	if len(fa) == 0 || len(fa) != len(fb) || !wholly(a, fa) || !wholly(b, fb) {
		return false
	}
	for k := range fa {
		x, y := fa[k], fb[k]
		if x.Kind != y.Kind || x.Hedge != y.Hedge || x.Unit != y.Unit || x.Date != y.Date ||
			(x.Value == nil) != (y.Value == nil) || x.Value != nil && *x.Value != *y.Value {
			return false
		}
	}
	return true
}

// wholly says whether figures fs cover all of s but spaces.
func wholly(s string, fs []figures.Figure) bool {
	at := 0
	for _, f := range fs {
		if strings.TrimSpace(s[at:f.Start]) != "" {
			return false
		}
		at = f.End
	}
	return strings.TrimSpace(s[at:]) == ""
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
