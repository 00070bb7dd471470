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

// comparison is how one piece of evidence is shown against a finding: as a
// word diff when the two sentences read alike (or, failing that, the two
// parts in question, such as two versions of a quotation), otherwise each on
// its own with the part that disagrees marked, since a diff of unrelated
// sentences is all noise.
type comparison struct {
	diff              []edit
	flagged, evidence []edit
}

// compare prepares one piece of evidence for showing.
func compare(f finding.Finding, ev *finding.Evidence, o Options) comparison {
	if es := wordDiff(ev.Text, f.Text); alike(es) {
		return comparison{diff: shown(withFocus(es, f.Focus), o)}
	}
	if passage(f.Focus) && passage(ev.Focus) {
		if es := wordDiff(ev.Focus, f.Focus); alike(es) {
			return comparison{diff: shown(es, o)}
		}
	}
	return comparison{flagged: flaggedText(f, o), evidence: shown(withFocus(plain(ev.Text), ev.Focus), o)}
}

// passage says whether a focus is long enough to be read on its own, as a
// quotation is; a figure alone needs its sentence.
func passage(s string) bool { return len(strings.Fields(s)) >= 4 }

// flaggedText is the finding's own text with its focus marked, ready to show.
func flaggedText(f finding.Finding, o Options) []edit {
	return shown(withFocus(plain(f.Text), f.Focus), o)
}

func plain(s string) []edit {
	if s == "" {
		return nil
	}
	return []edit{{kept, s}}
}

// shown trims a diff for display unless the full context was asked for.
func shown(es []edit, o Options) []edit {
	if o.Context == "full" {
		return es
	}
	return trimEdits(es, contextRunes)
}

// alike says whether a diff shows two versions of one sentence: most of the
// shorter one is shared with the longer.
func alike(es []edit) bool {
	var same, a, b int
	for _, e := range es {
		n := utf8.RuneCountInString(e.text)
		switch e.kind {
		case removed:
			a += n
		case added:
			b += n
		default:
			same += n
		}
	}
	return 5*same >= 3*(same+min(a, b))
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
