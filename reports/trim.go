package reports

import (
	"strings"
	"unicode/utf8"

	"factdiff/finding"
)

// contextRunes is how much unchanged text, in code points, is kept on each
// side of a difference when long sentences are trimmed.
const contextRunes = 60

const ellipsis = "…"

// diffFor compares one finding's flagged text with one piece of evidence (or
// with nothing), ready to show.
func diffFor(f finding.Finding, evidence *finding.Evidence, o Options) []edit {
	var es []edit
	if evidence != nil {
		es = wordDiff(evidence.Text, f.Text)
	} else if f.Text != "" {
		es = []edit{{kept, f.Text}}
	}
	es = withFocus(es, f.Focus)
	if o.Context == "full" {
		return es
	}
	return trimEdits(es, contextRunes)
}

// withFocus marks the first occurrence of focus in a diff that shows no
// difference, so trimming has something to centre on and a reader sees what
// the finding is about. A diff that has differences is returned unchanged:
// the difference is the better guide.
func withFocus(es []edit, focus string) []edit {
	if focus == "" || len(es) != 1 || es[0].kind != kept {
		return es
	}
	s := es[0].text
	i := strings.Index(s, focus)
	if i < 0 {
		return es
	}
	out := make([]edit, 0, 3)
	if i > 0 {
		out = append(out, edit{kept, s[:i]})
	}
	out = append(out, edit{focused, focus})
	if rest := s[i+len(focus):]; rest != "" {
		out = append(out, edit{kept, rest})
	}
	return out
}

// trimEdits shortens the unchanged stretches of a diff to about ctx code
// points beside each change, cutting only at whitespace so no word is ever
// split, and marks each cut with an ellipsis. Changes are not shortened,
// except text on one side only before the first or after the last shared
// word: there one version merely quotes more, and the reader needs only its
// edge.
func trimEdits(es []edit, ctx int) []edit {
	first, last := -1, -1
	for i, e := range es {
		if e.kind == kept || e.kind == focused {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	out := make([]edit, len(es))
	for i, e := range es {
		out[i] = e
		if e.kind != kept {
			switch {
			case first < 0 || e.kind == focused:
			case i < first && first == 1:
				out[i].text = keepTail(e.text, ctx)
			case i > last && last == len(es)-2:
				out[i].text = keepHead(e.text, ctx)
			}
			continue
		}
		before, after := i > 0, i < len(es)-1
		switch {
		case !before && !after:
			out[i].text = keepHead(e.text, 2*ctx)
		case !before:
			out[i].text = keepTail(e.text, ctx)
		case !after:
			out[i].text = keepHead(e.text, ctx)
		default:
			out[i].text = keepEnds(e.text, ctx)
		}
	}
	return out
}

// keepHead keeps the words of s that fit in n code points (at least one).
func keepHead(s string, n int) string {
	if cut := headCut(s, n); cut >= 0 {
		return s[:cut] + " " + ellipsis
	}
	return s
}

// keepTail keeps the last words of s that fit in n code points (at least one).
func keepTail(s string, n int) string {
	if cut := tailCut(s, n); cut >= 0 {
		return ellipsis + " " + s[cut:]
	}
	return s
}

// keepEnds keeps both ends of s when the middle is worth dropping.
func keepEnds(s string, n int) string {
	if !worthCutting(s, 2*n) {
		return s
	}
	h, t := headCut(s, n), tailCut(s, n)
	if h < 0 || t < 0 || h >= t || isSpace(s[h:t]) {
		return s
	}
	return s[:h] + " " + ellipsis + " " + s[t:]
}

// worthCutting says whether s is long enough that keeping n code points of
// it saves the reader something: dropping a word or two for an ellipsis
// only hides text.
func worthCutting(s string, n int) bool {
	return utf8.RuneCountInString(s) > n+n/3
}

// headCut returns the start of the whitespace run where s is cut to keep its
// head within n code points, or -1 when nothing worth cutting follows.
func headCut(s string, n int) int {
	if !worthCutting(s, n) {
		return -1
	}
	cut, runes, pos := -1, 0, 0
	for _, t := range tokenize(s) {
		if isSpace(t) && pos > 0 {
			if runes > n && cut >= 0 {
				break
			}
			cut = pos
		}
		runes += utf8.RuneCountInString(t)
		pos += len(t)
	}
	if cut < 0 || isSpace(s[cut:]) {
		return -1
	}
	return cut
}

// tailCut returns the end of the whitespace run where s is cut to keep its
// tail within n code points, or -1 when nothing worth cutting precedes.
func tailCut(s string, n int) int {
	if !worthCutting(s, n) {
		return -1
	}
	toks := tokenize(s)
	cut, runes, pos := -1, 0, len(s)
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if isSpace(t) && pos < len(s) {
			if runes > n && cut >= 0 {
				break
			}
			cut = pos
		}
		runes += utf8.RuneCountInString(t)
		pos -= len(t)
	}
	if cut < 0 || isSpace(s[:cut]) {
		return -1
	}
	return cut
}
