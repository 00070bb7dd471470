package reports

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// editKind says which side of a comparison a stretch of text belongs to.
type editKind int8

const (
	kept    editKind = iota // in both texts
	removed                 // in the evidence, missing from the flagged text
	added                   // in the flagged text only
	focused                 // in both, and what the finding is about
)

// edit is one stretch of a word diff. Kept, added and focused text
// concatenate to the flagged text; kept, removed and focused text read as
// the evidence, differing at most in spacing and typography (which kept
// text shows as the flagged text has it).
type edit struct {
	kind editKind
	text string
}

// maxDiffTokens bounds the differing middle (after the common prefix and
// suffix) that is diffed word by word. Myers' algorithm costs the product of
// the sizes in the worst case; past this a whole-block replacement is shown,
// which is still correct, only coarser.
const maxDiffTokens = 2000

// tokenBase puts token numbers in the private-use area so every token maps
// to a valid rune that no cleanup step treats as whitespace or punctuation.
const tokenBase = 0xE000

// wordDiff compares the evidence with the flagged text word by word. Figures
// such as "12.5%", "14-point" or "$3.2" stay whole tokens, so a changed
// figure shows as one replaced word and never as a few changed digits.
func wordDiff(evidence, flagged string) []edit {
	a, b := tokenize(evidence), tokenize(flagged)
	pre := 0
	for pre < len(a) && pre < len(b) && sameToken(a[pre], b[pre]) {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && sameToken(a[len(a)-1-suf], b[len(b)-1-suf]) {
		suf++
	}
	d := differ{a: a, b: b, evidence: evidence, flagged: flagged}
	d.step(kept, pre)
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma) > maxDiffTokens || len(mb) > maxDiffTokens {
		d.step(removed, len(ma))
		d.step(added, len(mb))
	} else {
		d.myers(ma, mb)
	}
	d.step(kept, suf)
	return d.merge()
}

// span is a run of tokens as byte ranges into both texts; a removed span is
// empty in the flagged text, an added one in the evidence.
type span struct {
	kind         editKind
	aStart, aEnd int
	bStart, bEnd int
}

// differ walks both token lists in step, recording spans.
type differ struct {
	a, b              []string
	evidence, flagged string
	ia, ib            int // next token
	pa, pb            int // byte offset of the next token
	spans             []span
}

// step consumes n tokens of the given kind from the side(s) it belongs to.
func (d *differ) step(kind editKind, n int) {
	if n == 0 {
		return
	}
	s := span{kind: kind, aStart: d.pa, aEnd: d.pa, bStart: d.pb, bEnd: d.pb}
	if kind != added {
		for _, t := range d.a[d.ia : d.ia+n] {
			d.pa += len(t)
		}
		d.ia += n
		s.aEnd = d.pa
	}
	if kind != removed {
		for _, t := range d.b[d.ib : d.ib+n] {
			d.pb += len(t)
		}
		d.ib += n
		s.bEnd = d.pb
	}
	d.spans = append(d.spans, s)
}

// myers diffs two token lists with go-diff by spelling each distinct token
// as one rune, the DiffLinesToRunes idea applied to words.
func (d *differ) myers(ma, mb []string) {
	ids := make(map[string]rune, len(ma)+len(mb))
	spell := func(toks []string) []rune {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			k := tokenKey(t)
			r, ok := ids[k]
			if !ok {
				r = rune(tokenBase + len(ids))
				ids[k] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := spell(ma), spell(mb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a deadline would make the output depend on machine load
	for _, df := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(df.Text)
		switch df.Type {
		case diffmatchpatch.DiffEqual:
			d.step(kept, n)
		case diffmatchpatch.DiffDelete:
			d.step(removed, n)
		case diffmatchpatch.DiffInsert:
			d.step(added, n)
		}
	}
}

// merge turns spans into edits. A change group runs from one change to the
// last change reachable through kept whitespace only, so "12 points" against
// "14 percent" reads as one replacement rather than two split by a space.
func (d *differ) merge() []edit {
	var out []edit
	for i := 0; i < len(d.spans); {
		s := d.spans[i]
		if s.kind == kept {
			out = append(out, edit{kept, d.flagged[s.bStart:s.bEnd]})
			i++
			continue
		}
		j := i + 1
		last := i
		for j < len(d.spans) {
			t := d.spans[j]
			if t.kind == kept && !isSpace(d.flagged[t.bStart:t.bEnd]) {
				break
			}
			if t.kind != kept {
				last = j
			}
			j++
		}
		g := d.spans[last]
		if isSpace(d.evidence[s.aStart:g.aEnd]) && isSpace(d.flagged[s.bStart:g.bEnd]) {
			out = append(out, edit{kept, d.flagged[s.bStart:g.bEnd]})
			i = last + 1
			continue
		}
		if del := d.evidence[s.aStart:g.aEnd]; del != "" {
			out = append(out, edit{removed, del})
		}
		if ins := d.flagged[s.bStart:g.bEnd]; ins != "" {
			out = append(out, edit{added, ins})
		}
		i = last + 1
	}
	return coalesce(out)
}

// coalesce joins neighbouring edits of one kind, which merge leaves where a
// change of spacing only was taken as kept text.
func coalesce(es []edit) []edit {
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && out[n-1].kind == e.kind {
			out[n-1].text += e.text
			continue
		}
		out = append(out, e)
	}
	return out
}

// sameToken says whether two tokens read the same: spacing, curly or
// straight quotation marks and the kind of dash are typography, not wording.
func sameToken(a, b string) bool { return a == b || tokenKey(a) == tokenKey(b) }

// tokenKey spells a token the way sameToken compares it.
func tokenKey(t string) string {
	if isSpace(t) {
		return " "
	}
	return typography.Replace(t)
}

var typography = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "-", "—", "-")

func isSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// tokenize splits s into whitespace runs and words. Punctuation at the edges
// of a word ("(", quotes, a closing comma or full stop) becomes tokens of its
// own, so "lead," and "lead" still match; punctuation inside a word ("12.5",
// "14-point", "U.S") and a trailing "%" stay part of it. The tokens
// concatenate to s exactly, invalid UTF-8 included.
func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		space := unicode.IsSpace(r)
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) != space {
				break
			}
			j += n
		}
		if space {
			toks = append(toks, s[i:j])
		} else {
			toks = appendWord(toks, s[i:j])
		}
		i = j
	}
	return toks
}

// appendWord appends a whitespace-free run as leading punctuation marks, the
// word, and trailing punctuation marks, each mark a token.
func appendWord(toks []string, w string) []string {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isEdgePunct(r) {
			break
		}
		n = dots(w, n)
		toks = append(toks, w[:n])
		w = w[n:]
	}
	end := len(w)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if !isEdgePunct(r) {
			break
		}
		end -= n
	}
	if end > 0 {
		toks = append(toks, w[:end])
	}
	for i := end; i < len(w); {
		_, n := utf8.DecodeRuneInString(w[i:])
		n = dots(w[i:], n)
		toks = append(toks, w[i:i+n])
		i += n
	}
	return toks
}

// dots extends a mark of n bytes at the start of s over the full stops that
// follow it, so an ellipsis written "..." is one token and never matches the
// full stops of another sentence.
func dots(s string, n int) int {
	if s[0] != '.' {
		return n
	}
	for n < len(s) && s[n] == '.' {
		n++
	}
	return n
}

// isEdgePunct reports punctuation that separates from a word at its edges;
// a percent sign belongs to the figure before it.
func isEdgePunct(r rune) bool {
	return r != '%' && unicode.IsPunct(r)
}
