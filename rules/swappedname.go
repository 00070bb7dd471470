package rules

import (
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strings"

	"factdiff/claims"
	"factdiff/claims/names"
	"factdiff/finding"
)

var swappedName = Rule{
	Rule: finding.Rule{
		ID:          "swapped-name",
		Severity:    finding.Warning,
		Description: "A name in a draft's sentence taken from a source, where the source, in the same words, has someone else: the words were kept and the name changed.",
		Example:     `a draft's "Whitmore was granted conditional bail on Friday" where the source says "Lopez was granted conditional bail on Friday"`,
	},
	CheckOnly: true,
	run: func(s *Set, rule Rule) []finding.Finding {
		ix := newPhraseIndex(s)
		if len(ix.grams) == 0 {
			return nil
		}
		var out []finding.Finding
		for i, d := range s.Docs {
			if !s.IsDraft(i) {
				continue
			}
			dr := ix.text(d, s.words(i))
			for from := 0; from < len(dr.words); {
				to := from
				for to < len(dr.words) && dr.name[to] && (to == from || dr.joined(to-1)) {
					to++
				}
				if to == from {
					from++
					continue
				}
				if sw, ok := ix.swap(dr, from, to); ok && !possessive(dr, to) {
					out = append(out, s.New(rule, i, dr.span(from, to), "", sw.message(dr, from, to), s.Evidence(sw.src.index, sw.cited())))
				}
				from = to
			}
		}
		return out
	},
}

// contextWords is how many words next to a name must match, word for word,
// before the draft's sentence counts as taken from the source's: fewer
// match too often by chance ("said on Tuesday that").
const contextWords = 4

// phraseText is one document's words, with which of them are names, which
// say something (figures and words other than function words), whether each
// is joined to the next by nothing but spaces (a comma, a dash or a
// parenthesis between them ends a phrase) and a hash of each.
type phraseText struct {
	index   int
	doc     *claims.Document
	words   []word
	name    []bool
	content []bool
	glued   []bool
	hashes  []uint64
}

func newPhraseText(index int, d *claims.Document, ws []word, seed maphash.Seed) *phraseText {
	t := &phraseText{index: index, doc: d, words: ws, name: nameMask(d, ws),
		content: make([]bool, len(ws)), glued: make([]bool, len(ws)), hashes: make([]uint64, len(ws))}
	for k, w := range ws {
		t.content[k] = len(w.text) > 2 && isContent(w.text) && !stopWords[w.text] || hasDigit(w.text)
		t.glued[k] = k+1 < len(ws) && strings.Trim(d.Text.S[w.end:ws[k+1].start], " ") == ""
		t.hashes[k] = maphash.String(seed, w.text)
	}
	return t
}

func (t *phraseText) joined(k int) bool { return t.glued[k] }

func (t *phraseText) span(from, to int) claims.Span {
	return claims.Span{Start: t.words[from].start, End: t.words[to-1].end}
}

func (t *phraseText) say(from, to int) string {
	return t.doc.Text.S[t.words[from].start:t.words[to-1].end]
}

// gap returns the punctuation between word k and the next, without spaces.
func (t *phraseText) gap(k int) string {
	return strings.Trim(t.doc.Text.S[t.words[k].end:t.words[k+1].start], " ")
}

// maxCaption is how many words a parenthesis after a name may hold and
// still be stepped over as a caption ("(left)", "(pictured centre)").
const maxCaption = 3

// ahead returns the word where a phrase goes on after a name that ends
// before word k: k itself when only spaces part them, or the word after an
// aside that news copy hangs on a name, an age ("Jordan, 37, took") or a
// caption ("Wright (centre) is"), so that the words after it are still read
// as said of the name. It reports false when other punctuation ends the
// phrase.
func (t *phraseText) ahead(k int) (int, bool) {
	if k <= 0 || k >= len(t.words) {
		return k, false
	}
	if t.glued[k-1] {
		return k, true
	}
	switch t.gap(k - 1) {
	case ",":
		if hasDigit(t.words[k].text) && k+1 < len(t.words) && t.gap(k) == "," {
			return k + 1, true
		}
	case "(":
		for j := k; j < k+maxCaption && j+1 < len(t.words); j++ {
			switch t.gap(j) {
			case ")":
				return j + 1, true
			case "":
			default:
				return k, false
			}
		}
	}
	return k, false
}

// behind is ahead read backwards: where a name before a phrase that starts
// at word k ends, past an age or a caption.
func (t *phraseText) behind(k int) (int, bool) {
	if k <= 0 {
		return k, false
	}
	if t.glued[k-1] {
		return k, true
	}
	switch t.gap(k - 1) {
	case ",":
		if k >= 2 && hasDigit(t.words[k-1].text) && t.gap(k-2) == "," {
			return k - 1, true
		}
	case ")":
		for j := k - 1; j > k-1-maxCaption && j >= 1; j-- {
			switch t.gap(j - 1) {
			case "(":
				return j, true
			case "":
			default:
				return k, false
			}
		}
	}
	return k, false
}

// phrase reports whether words [from, from+n) run on without punctuation
// and say enough: at least two of them are figures or not function words.
func (t *phraseText) phrase(from, n int) bool {
	if from < 0 || from+n > len(t.words) {
		return false
	}
	content := 0
	for k := from; k < from+n; k++ {
		if k > from && !t.glued[k-1] {
			return false
		}
		if t.content[k] {
			content++
		}
	}
	return content >= 2
}

// hash combines the hashes of words [from, from+n).
func (t *phraseText) hash(from, n int) uint64 {
	var h uint64
	for _, x := range t.hashes[from : from+n] {
		h = (h ^ x) * 0x100000001b3
	}
	return h
}

// phraseIndex finds where the sources say a run of words, and which of
// their words are names.
type phraseIndex struct {
	seed    maphash.Seed
	sources []*phraseText
	grams   map[uint64][]phrasePos
	// names are the words the sources use in names and never, written in
	// lower case, outside them: in a draft written without capitals they
	// still mark a name, and so they do where the sources run a name into a
	// caption ("on Saturday Wright (centre) is").
	names map[string]bool
	// people are the names of two words or more the sources give, as
	// hashes of their words: a draft's "Frank Jordan" is someone else than
	// the source's "Louis Jordan" when the sources name a Frank Jordan too.
	people map[uint64]bool
}

type phrasePos struct{ src, at int }

func newPhraseIndex(s *Set) *phraseIndex {
	ix := &phraseIndex{seed: maphash.MakeSeed(), grams: map[uint64][]phrasePos{}, names: s.nameWords(), people: map[uint64]bool{}}
	for i, d := range s.Docs {
		if s.IsDraft(i) {
			continue
		}
		t := newPhraseText(i, d, s.words(i), ix.seed)
		eachMention(d, t.words, func(from, to int) {
			if to-from >= 2 {
				ix.people[t.hash(from, to-from)] = true
			}
		})
		for k, w := range t.words {
			t.name[k] = t.name[k] || ix.names[w.text]
			if t.phrase(k, contextWords) {
				h := t.hash(k, contextWords)
				ix.grams[h] = append(ix.grams[h], phrasePos{len(ix.sources), k})
			}
		}
		ix.sources = append(ix.sources, t)
	}
	return ix
}

// sourceNameWords returns the words the sources use in the names of people
// and organisations and never, written in lower case, outside them.
func sourceNameWords(s *Set) map[string]bool {
	names, common := map[string]bool{}, map[string]bool{}
	for i, d := range s.Docs {
		if s.IsDraft(i) {
			continue
		}
		ws := s.words(i)
		mask := nameMask(d, ws)
		for k, w := range ws {
			switch {
			case mask[k]:
				names[w.text] = true
			case isLowerStart(d.Text.S[w.start:]):
				common[w.text] = true
			}
		}
	}
	for w := range common {
		delete(names, w)
	}
	return names
}

// text reads a draft: its names are those it writes as names and the words
// the sources keep for names, so that a draft in lower case is read too. An
// acronym is left out: it may be a source's name written short, or the
// placeholder a summarising model writes for a name it cannot spell.
func (ix *phraseIndex) text(d *claims.Document, ws []word) *phraseText {
	t := newPhraseText(-1, d, ws, ix.seed)
	for k, w := range ws {
		t.name[k] = (t.name[k] || ix.names[w.text]) && nameLike(d, w)
	}
	return t
}

// nameLike says whether a draft's word may be read as part of a name when
// the sources use it in one: not a function word, and not an acronym.
func nameLike(d *claims.Document, w word) bool {
	raw := d.Text.S[w.start:w.end]
	return isContent(w.text) && !stopWords[w.text] && !(len(raw) > 1 && acronym(raw))
}

// nameMask marks the words inside the people and organisations a document
// names.
func nameMask(d *claims.Document, ws []word) []bool {
	mask := make([]bool, len(ws))
	eachMention(d, ws, func(from, to int) {
		for k := from; k < to; k++ {
			mask[k] = true
		}
	})
	return mask
}

// eachMention calls fn with the words [from, to) of every mention of a
// person or organisation in d.
func eachMention(d *claims.Document, ws []word, fn func(from, to int)) {
	for _, e := range d.Cast() {
		if e.Kind == names.Party {
			continue
		}
		for _, m := range e.Mentions {
			from := sort.Search(len(ws), func(k int) bool { return ws[k].start >= m.Start })
			to := from
			for to < len(ws) && ws[to].start < m.End {
				to++
			}
			fn(from, to)
		}
	}
}

func isLowerStart(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// swapFound is a source passage that says a draft's words around another
// name: the source's name at [nameFrom, nameTo), the shared words at
// [from, to).
type swapFound struct {
	src              *phraseText
	nameFrom, nameTo int
	from, to         int
}

func (sw swapFound) cited() claims.Span {
	return claims.Span{Start: sw.src.words[min(sw.from, sw.nameFrom)].start, End: sw.src.words[max(sw.to, sw.nameTo)-1].end}
}

func (sw swapFound) message(dr *phraseText, from, to int) string {
	return fmt.Sprintf("%q here, but the source has %q in these words: %q", dr.say(from, to),
		sw.src.say(sw.nameFrom, sw.nameTo), sw.src.say(sw.from, sw.to))
}

// swap looks for the draft's words right after and right before the name at
// [from, to) in the sources. It reports the longest passage that has another
// name in its place, unless some passage has this name there too.
func (ix *phraseIndex) swap(dr *phraseText, from, to int) (swapFound, bool) {
	mine := map[string]bool{}
	for k := from; k < to; k++ {
		mine[dr.words[k].text] = true
	}
	var best swapFound
	found := false
	for _, after := range []bool{true, false} {
		at, ok := from-contextWords, from > 0 && dr.joined(from-1)
		if after {
			at, ok = dr.ahead(to)
		}
		if !ok || !dr.phrase(at, contextWords) {
			continue
		}
		for _, p := range ix.grams[dr.hash(at, contextWords)] {
			src := ix.sources[p.src]
			sw, ok := matchAround(dr, at, src, p.at, after)
			if !ok || sw.nameFrom == sw.nameTo || possessive(src, sw.nameTo) || after && !sameRole(dr, from, src, sw.nameFrom) {
				continue
			}
			for k := sw.nameFrom; k < sw.nameTo; k++ {
				if mine[src.words[k].text] && !ix.someoneElse(dr, from, to, src, sw) {
					return swapFound{}, false
				}
			}
			if !found || sw.to-sw.from > best.to-best.from {
				best, found = sw, true
			}
		}
	}
	return best, found
}

// someoneElse says whether the draft's name at [from, to), though it shares
// a word with the source's, names another person: each has a word the other
// lacks, and the sources name the draft's person in full too ("Frank Jordan"
// where the source has "Louis Jordan" and speaks of both). A title or a
// middle name ("Actor Robert Hardy") adds words to one side only.
func (ix *phraseIndex) someoneElse(dr *phraseText, from, to int, src *phraseText, sw swapFound) bool {
	if to-from < 2 || !ix.people[dr.hash(from, to-from)] {
		return false
	}
	return lacks(dr.words[from:to], src.words[sw.nameFrom:sw.nameTo]) && lacks(src.words[sw.nameFrom:sw.nameTo], dr.words[from:to])
}

// lacks says whether a holds a word that b does not.
func lacks(a, b []word) bool {
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y word) bool { return y.text == x.text }) {
			return true
		}
	}
	return false
}

// possessive says whether the name ending before word `to` is a possessive
// ("HBO's Veep"): the words around it then speak of what it owns.
func possessive(t *phraseText, to int) bool {
	raw := t.doc.Text.S[t.words[to-1].start:t.words[to-1].end]
	return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "\u2019s")
}

// sameRole says whether the draft's name and the source's stand in the same
// place before the words they share: a name after a preposition ("from
// Leeds lost") is not the subject that the source's name is ("Smith lost").
func sameRole(dr *phraseText, from int, src *phraseText, srcFrom int) bool {
	before := func(t *phraseText, k int) string {
		if k == 0 || !t.joined(k-1) {
			return ""
		}
		return t.words[k-1].text
	}
	mine := before(dr, from)
	return !prepositions[mine] || before(src, srcFrom) == mine
}

var prepositions = map[string]bool{"of": true, "to": true, "in": true, "on": true, "at": true, "for": true,
	"with": true, "by": true, "from": true, "as": true, "into": true, "than": true, "against": true, "over": true}

// matchAround checks that the source says the draft's words at dat there
// at sat, extends the match as far as both go on, and reads the source's
// name on the side where the draft has its name.
func matchAround(dr *phraseText, dat int, src *phraseText, sat int, after bool) (swapFound, bool) {
	for k := range contextWords {
		if dr.words[dat+k].text != src.words[sat+k].text {
			return swapFound{}, false // a hash collision
		}
	}
	sw := swapFound{src: src, from: sat, to: sat + contextWords}
	if after {
		for d := dat + contextWords; d < len(dr.words) && sw.to < len(src.words) && dr.joined(d-1) && src.joined(sw.to-1) && dr.words[d].text == src.words[sw.to].text; d++ {
			sw.to++
		}
		sw.nameFrom, sw.nameTo = sw.from, sw.from
		if end, ok := src.behind(sw.from); ok {
			sw.nameFrom, sw.nameTo = end, end
			for sw.nameFrom > 0 && src.name[sw.nameFrom-1] && (sw.nameFrom == end || src.joined(sw.nameFrom-1)) {
				sw.nameFrom--
			}
		}
		return sw, true
	}
	for d := dat - 1; d >= 0 && sw.from > 0 && dr.joined(d) && src.joined(sw.from-1) && dr.words[d].text == src.words[sw.from-1].text; d-- {
		sw.from--
	}
	sw.nameFrom, sw.nameTo = sw.to, sw.to
	for sw.nameTo < len(src.words) && src.name[sw.nameTo] && src.joined(sw.nameTo-1) {
		sw.nameTo++
	}
	return sw, true
}
