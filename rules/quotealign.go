package rules

import (
	"bytes"
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims"
	"factdiff/claims/ascii"
	"factdiff/claims/names"
)

// This file aligns quotations across documents: two quotations are the same
// statement when they share a long run of words, whoever they are credited
// to. Each quotation is compared with the passage the other belongs to
// (quotations only an attribution separates), because one article often
// splits around "she said" what another quotes whole. Candidates come from
// an index of word pairs, so a set of many documents never compares every
// quotation with every other; each candidate is then aligned word by word
// inside a band around the offset the shared pairs agree on, which keeps
// the cost linear in the words compared.

// word is one token of a quotation or an article, in the form quotations
// are compared in: lower case, punctuation, abbreviation periods and
// possessive "'s" dropped, contractions spelled out ("n't" as "not").
// Figures stay whole ("12-point", "47.3%", "$4.6").
type word struct {
	text       string
	start, end int // byte offsets in the text that was tokenised
}

// tokenize splits s into words in one pass.
func tokenize(s string) []word { return splitWords(s, false) }

// quoteWords splits the text of a quotation into words, leaving out those
// in parentheses or square brackets: inside a quotation they are the
// writer's ("the (Libyan) leader", "[and]"), not the speaker's.
func quoteWords(s string) []word { return splitWords(s, true) }

// splitWords lower-cases s once, so that the lower-case form of most
// capitalised words is a slice of that copy rather than a string of its own.
func splitWords(s string, asides bool) []word {
	low := ascii.Lower(s)
	out := make([]word, 0, len(s)/5+1)
	aside, closer := -1, byte(0) // where an aside opened in out, and its closing mark
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++ // between words, the commonest byte that starts none
			continue
		}
		switch c := s[i]; {
		case !asides:
		case aside < 0 && c == '(':
			aside, closer = len(out), ')'
		case aside < 0 && c == '[':
			aside, closer = len(out), ']'
		case aside >= 0 && c == closer:
			out, aside = out[:aside], -1
		}
		if aside >= 0 && len(out)-aside > maxAsideWords {
			aside = -1 // no aside runs this long: keep its words
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !startsWord(s, i, r, n) {
			i += n
			continue
		}
		j := wordEnd(s, i+n)
		out = appendWord(out, s[i:j], low[i:j], i, j)
		i = j
	}
	return out
}

// maxAsideWords bounds the words of a parenthesis or bracket left out.
const maxAsideWords = 12

func startsWord(s string, i int, r rune, n int) bool {
	if ascii.IsWord(r) {
		return true
	}
	return r == '$' && i+n < len(s) && isASCIIDigit(s[i+n])
}

// wordEnd returns the end of the word whose rest starts at j: letters and
// digits, joined by apostrophes and hyphens before a letter or digit, by a
// period or comma between digits, and closed by a percent sign after a digit.
func wordEnd(s string, j int) int {
	for j < len(s) {
		for j < len(s) && ascii.IsAlnum(s[j]) {
			j++ // most of a word, a byte a step
		}
		if j == len(s) || s[j] == ' ' {
			break // a space, the commonest end of a word, joins nothing
		}
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
			if ascii.IsWord(r) || unicode.Is(unicode.Mn, r) {
				j += n
				continue
			}
		}
		if j+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			prevDigit := isASCIIDigit(s[j-1])
			switch {
			case (r == '\'' || r == '\u2019' || r == '-') && ascii.IsWord(next):
				j += n
				continue
			case (r == '.' || r == ',') && prevDigit && unicode.IsDigit(next):
				j += n
				continue
			case r == '.' && initial(s, j-1) && initial(s, j+1):
				j += n // "F.B.I."
				continue
			}
		}
		if r == '%' && isASCIIDigit(s[j-1]) {
			j += n
		}
		break
	}
	return j
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// initial reports whether s[i] is a lone ASCII letter between periods or
// the ends of a word, as in "F.B.I." or "U.S.".
func initial(s string, i int) bool {
	letter := func(k int) bool { return k >= 0 && k < len(s) && unicode.IsLetter(rune(s[k])) && s[k] < utf8.RuneSelf }
	return letter(i) && !letter(i-1) && !letter(i+1)
}

// appendWord adds the word raw at [start, end) in its compared form: "'s"
// goes, and a contraction is spelled out ("don't" becomes "do" "not",
// "we're" "we" "are") so that it matches the words written in full; the two
// halves keep the offsets of their letters, so words never overlap. low is
// raw with its ASCII capitals lower-cased.
func appendWord(out []word, raw, low string, start, end int) []word {
	switch letters, upper := asciiLetters(raw); {
	case letters && !upper:
		return append(out, word{raw, start, end}) // most words: nothing to respell
	case letters:
		return append(out, word{low, start, end})
	}
	w := strings.ToLower(strings.ReplaceAll(raw, "\u2019", "'"))
	if !hasDigit(w) {
		w = strings.ReplaceAll(w, ".", "") // "f.b.i" is "fbi"
	}
	w = strings.TrimSuffix(w, "'s")
	if stem, ok := strings.CutSuffix(w, "n't"); ok && stem != "" {
		if full, ok := contractedStems[stem]; ok {
			stem = full
		}
		cut := start + strings.LastIndexAny(raw, "nN")
		return append(out, word{stem, start, cut}, word{"not", cut, end})
	}
	if k := strings.LastIndexByte(w, '\''); k > 0 {
		if full, ok := contractedVerbs[w[k+1:]]; ok {
			cut := start + strings.LastIndexAny(raw, "'\u2019")
			return append(out, word{w[:k], start, cut}, word{full, cut, end})
		}
	}
	return append(out, word{w, start, end})
}

// contractedStems are the verbs whose "n't" form is not verb + "n't".
var contractedStems = map[string]string{"ca": "can", "wo": "will", "sha": "shall"}

// contractedVerbs spells out the verbs that contract onto a pronoun.
var contractedVerbs = map[string]string{"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}

// asciiLetters says whether a word is ASCII letters only, and whether one
// of them is upper case: such a word has no apostrophe, period or digit to
// respell.
func asciiLetters(w string) (letters, upper bool) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return false, false
		}
	}
	return true, upper
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if isASCIIDigit(w[i]) {
			return true
		}
	}
	return false
}

func isNegation(w string) bool { return w == "not" || w == "never" || w == "no" }

// commonWords are too common to say that two quotations are the same
// statement; a word pair of two of them is not indexed.
var commonWords = ascii.Set(`a an the and or but if so of to in on at by for with from as into
about than then that this these those there here it its it's is are was were be been being am
do does did have has had will would can could should may might must shall i me my we us our you
your he him his she her they them their who what which when where why how not no yes just very
also too all any some more most such only own same other out up down over again once`)

// gapKind says what stands between a word and the one before it.
type gapKind uint8

const (
	noGap    gapKind = iota
	ellipsis         // "...": the writer marks words left out
	blank            // 3+ spaces in the file: words were lost
	joined           // the reporter's words between two quotations of a passage
)

// omits says whether words of the statement may be left out at the gap.
func (g gapKind) omits() bool { return g == ellipsis || g == joined }

// quoted is a stretch of quoted words of one document, tokenised: one
// quotation, or a passage of consecutive quotations that read as one
// statement. Quotations are what is judged; each is compared with the
// passages of other documents, which may join what it quotes whole or hold
// it split.
type quoted struct {
	doc   int
	parts []int // indices of the quotations in the document
	words []word
	gaps  []gapKind // gaps[k] sits before words[k]
	ids   []int32   // interned words, for fast comparison
	// whole is the passage a quotation belongs to (a passage is its own),
	// and from the index of the quotation's first word in it.
	whole *quoted
	from  int
	// content counts the words that say something (not function words);
	// vocabulary is the set of ids and speaker the name speakerOf gives,
	// both worked out when first asked for.
	content    int
	vocabulary map[int32]bool
	speaker    *string
}

// Quotations shorter than minQuoteWords are never aligned: a few words in
// common say nothing. Words past maxQuoteWords are not compared, which
// bounds the work a pathological "quotation" of a whole file can cause.
const (
	minQuoteWords = 6
	maxQuoteWords = 2000
)

// maxJoin is the most of the reporter's text that may stand between two
// quotations of one passage: room for an attribution ("she told reporters
// on the White House driveway"), not for a paragraph of narration.
const maxJoin = 160

// quotations tokenises the quotations of document di, each with the
// passage it belongs to: consecutive quotations of one speaker that only an
// attribution separates ("X," she said. "Y.") are one passage, since other
// articles often quote them as one statement.
func quotations(d *claims.Document, di int, al *aligner) []*quoted {
	type member struct {
		whole          *quoted
		k, from, until int
	}
	var wholes []*quoted
	var members []member
	var cur *quoted
	gapsIn := newGapReader(d)
	for k, q := range d.Quotes {
		sp := q.Span
		if sp.Start < 0 || sp.End > len(d.Text.S) || sp.Start >= sp.End {
			continue
		}
		if cur == nil || cur.parts[len(cur.parts)-1] != k-1 || !joinable(d, d.Quotes[k-1], q) || len(cur.words) >= maxQuoteWords {
			cur = &quoted{doc: di}
			cur.whole = cur
			wholes = append(wholes, cur)
		}
		cur.parts = append(cur.parts, k)
		from := len(cur.words)
		ws := quoteWords(d.Text.S[sp.Start:sp.End])
		cur.words, cur.gaps = slices.Grow(cur.words, len(ws)), slices.Grow(cur.gaps, len(ws))
		for _, w := range ws {
			if len(cur.words) == maxQuoteWords {
				break
			}
			w.start += sp.Start
			w.end += sp.Start
			gap := noGap
			switch n := len(cur.words); {
			case n > from:
				gap = gapsIn.between(cur.words[n-1].end, w.start)
			case n > 0:
				gap = joined
			}
			cur.words = append(cur.words, w)
			cur.gaps = append(cur.gaps, gap)
		}
		members = append(members, member{cur, k, from, len(cur.words)})
	}
	for _, w := range wholes {
		w.ids = al.ids(w.words)
		w.content = al.meaningful(w.ids)
	}
	out := make([]*quoted, 0, len(members))
	for _, m := range members {
		if len(m.whole.parts) == 1 {
			out = append(out, m.whole)
			continue
		}
		ws := m.whole.words[m.from:m.until]
		gaps := slices.Clone(m.whole.gaps[m.from:m.until])
		if len(gaps) > 0 {
			gaps[0] = noGap
		}
		out = append(out, &quoted{doc: di, parts: []int{m.k}, words: ws, gaps: gaps,
			ids: m.whole.ids[m.from:m.until], whole: m.whole, from: m.from, content: al.meaningful(m.whole.ids[m.from:m.until])})
	}
	return out
}

// joinable says whether quotation b continues quotation a's statement:
// whole quotations (not fragments woven into the reporter's sentence) of
// one speaker, in one paragraph, with only the attribution of one of them
// between them ("X," she said. "Y."), no sentence of narration, and named
// speakers unless at most one of them has an attribution of its own.
func joinable(d *claims.Document, a, b claims.Quote) bool {
	if a.Partial || b.Partial || a.Speaker != b.Speaker || b.Span.Start < a.Span.End || b.Span.Start-a.Span.End > maxJoin {
		return false
	}
	if a.Speaker == "" && a.Cue != "" && b.Cue != "" {
		return false
	}
	between := d.Text.S[a.Span.End:b.Span.Start]
	cued := a.Cue != "" && strings.Contains(between, a.Cue) || b.Cue != "" && strings.Contains(between, b.Cue)
	return cued && !strings.ContainsRune(between, '\n') && d.SentenceAt(b.Span.Start)-d.SentenceAt(a.Span.End-1) <= 1
}

// gapReader classifies the gaps between words of one document.
type gapReader struct {
	d *claims.Document
	// blanks says whether the file has three spaces in a row anywhere;
	// most files have none, and their gaps are then judged without
	// looking at the original bytes.
	blanks bool
}

func newGapReader(d *claims.Document) gapReader {
	return gapReader{d, bytes.Contains(d.Raw, []byte("   "))}
}

// between classifies the text between normalised offsets from and to.
func (g gapReader) between(from, to int) gapKind {
	if from >= to {
		return noGap
	}
	between := g.d.Text.S[from:to]
	if strings.Contains(between, "...") || strings.Contains(between, "\u2026") || strings.ContainsAny(between, "()[]") {
		return ellipsis
	}
	if !g.blanks {
		return noGap
	}
	s, e := g.d.Text.Orig(from, to)
	if e <= len(g.d.Raw) && bytes.Contains(g.d.Raw[s:e], []byte("   ")) {
		return blank
	}
	return noGap
}

// part returns the quotation of q's document that holds word i.
func (q *quoted) part(s *Set, i int) int {
	i = max(0, min(i, len(q.words)-1))
	quotes := s.Docs[q.doc].Quotes
	at := sort.Search(len(q.parts)-1, func(k int) bool { return q.words[i].start < quotes[q.parts[k]].Span.End })
	return q.parts[at]
}

// quotePair is a quotation a and a passage b of another quotation that are
// the same statement, with their words aligned: matches holds the indices
// of equal words, increasing on both sides.
type quotePair struct {
	a, b    *quoted
	matches [][2]int
}

// near reports whether the two passages are close to word for word where
// they overlap, which is what crediting them to different people, or to an
// unknown speaker, needs before anything is said.
func (p quotePair) near() bool {
	short := min(len(p.a.words), len(p.b.words))
	return len(p.matches) >= minNear && (len(p.matches)*10 >= short*8 || overlap(p.a, p.b, p.matches))
}

// minNear is the fewest words two passages must share to be near-identical.
const minNear = 8

// overlap reports whether the matches are a stretch both passages quote
// nearly word for word, at least minNear words with three content words
// among them, where one version starts and one version stops: one running
// on where the other stops ("X. Y." here, "Y. Z." there) shares little of
// either, yet both quote Y. Two versions going on past both ends of what
// they share are two statements in similar words.
func overlap(a, b *quoted, matches [][2]int) bool {
	ms := anchors(matches)
	n := len(ms)
	if n < minNear {
		return false
	}
	content := 0
	for _, m := range ms {
		if isContent(a.words[m[0]].text) {
			content++
		}
	}
	first, last := ms[0], ms[n-1]
	span := max(last[0]-first[0], last[1]-first[1]) + 1
	starts := min(a.lead(first[0]), b.lead(first[1])) <= 1
	stops := min(a.trail(last[0]), b.trail(last[1])) <= 1
	return content >= 3 && n*10 >= span*8 && starts && stops
}

// lead counts the words q quotes without a break before word i: from the
// start of the quotation, or from an ellipsis or a join.
func (q *quoted) lead(i int) int {
	k := i
	for k > 0 && !q.gaps[k].omits() {
		k--
	}
	return i - k
}

// trail counts the words q quotes without a break after word i.
func (q *quoted) trail(i int) int {
	k := i + 1
	for k < len(q.words) && !q.gaps[k].omits() {
		k++
	}
	return k - i - 1
}

// hunk is a stretch where the two quotations differ inside their overlap:
// a.words[a0:a1] stands where b has b.words[b0:b1].
type hunk struct{ a0, a1, b0, b1 int }

// hunks lists the differences between the first and the last anchor of the
// alignment; anchors are matches in runs of two or more, so that a stray
// "the" matched far away does not stretch the overlap into words one
// version simply does not quote.
func (p quotePair) hunks() []hunk {
	ms := anchors(p.matches)
	var out []hunk
	for k := 1; k < len(ms); k++ {
		x, y := ms[k-1], ms[k]
		if y[0] > x[0]+1 || y[1] > x[1]+1 {
			out = append(out, hunk{x[0] + 1, y[0], x[1] + 1, y[1]})
		}
	}
	return out
}

// anchors trims from both ends of ms the matches that do not belong to a
// run of two consecutive ones, unless one word at most on each side stands
// between them and the run: in "do not cut" against "do cut" the lone "do"
// is what shows that "not" sits inside both quotations.
func anchors(ms [][2]int) [][2]int {
	paired := func(k int) bool {
		next := k+1 < len(ms) && ms[k+1][0] == ms[k][0]+1 && ms[k+1][1] == ms[k][1]+1
		prev := k > 0 && ms[k-1][0] == ms[k][0]-1 && ms[k-1][1] == ms[k][1]-1
		return next || prev
	}
	beside := func(x, y [2]int) bool { return y[0]-x[0] <= 2 && y[1]-x[1] <= 2 }
	lo, hi := 0, len(ms)
	for lo < hi && !paired(lo) && !(lo+1 < hi && paired(lo+1) && beside(ms[lo], ms[lo+1])) {
		lo++
	}
	for hi > lo && !paired(hi-1) && !(hi-2 >= lo && paired(hi-2) && beside(ms[hi-2], ms[hi-1])) {
		hi--
	}
	return ms[lo:hi]
}

// covers reports whether both quotations hold, on either side of words
// [i, j) of a, words they share: b then quotes that stretch of a too.
func (p quotePair) covers(i, j int) bool {
	ms := anchors(p.matches)
	return len(ms) > 0 && ms[0][0] < i && ms[len(ms)-1][0] >= j
}

// Candidate search: a quotation is compared with an earlier one only when
// they share minSharedPairs indexed word pairs. A pair seen in more than
// maxPostings quotations stops being indexed, so a phrase every article
// repeats cannot make the search quadratic.
const (
	minSharedPairs = 2
	maxPostings    = 64
	// maxCandidates bounds the earlier quotations one is aligned with, the
	// ones sharing the most word pairs first: enough versions to outvote a
	// deviant one, without comparing a quotation every article repeats
	// with every copy of it.
	maxCandidates = 16
	// band is how far the alignment may drift from the offset the shared
	// pairs agree on: words inserted or left out on one side.
	band = 20
)

type posting struct{ q, pos int32 }

type hit struct{ q, diag int32 }

// aligner holds the quotations of a set and finds the pairs among them.
type aligner struct {
	quotes []*quoted
	intern map[string]int32
	index  map[uint64][]posting
	dp     []int32 // reused alignment table
	// done holds the quotation and passage pairs already compared: the
	// quotations of one passage find the same earlier ones. (Two lone
	// quotations meet once.)
	done map[[2]*quoted]bool
	// content says, per interned word, whether it is a content word, and
	// common whether it is a function word.
	content, common []bool
}

// alignQuotes returns, for every two quotations of docs that are the same
// statement, each compared with the other's passage: they share at least
// minQuoteWords words in order, covering 60% of the shorter and 60% of its
// content words, or they overlap nearly word for word. The quotations may
// be in one document, but not in one passage.
func alignQuotes(docs []*claims.Document) []quotePair {
	// The maps are sized for the words quoted, so they do not grow step by
	// step; a word is some six bytes.
	words := 0
	for _, d := range docs {
		for _, q := range d.Quotes {
			words += max(0, q.Span.End-q.Span.Start) / 6
		}
	}
	al := &aligner{intern: make(map[string]int32, words/2), index: make(map[uint64][]posting, words),
		done: map[[2]*quoted]bool{}}
	var out []quotePair
	var hits []hit
	for di, d := range docs {
		for _, q := range quotations(d, di, al) {
			if len(q.words) < minQuoteWords {
				continue
			}
			hits = al.lookup(q, hits[:0])
			cs := candidates(hits)
			for i, c := range cs {
				r := al.quotes[c.q]
				if r.whole == q.whole {
					continue
				}
				// c.diag is q's position less r's; in passages, shift by
				// where each quotation starts. Two lone quotations are
				// aligned once, for both sides.
				if r.whole == r && q.whole == q {
					out = al.pair(out, r, q, int(c.diag), true)
					continue
				}
				out = al.pair(out, r, q.whole, int(c.diag)+q.from, false)
				if best(al, cs, i) {
					out = al.pair(out, q, r.whole, r.from-int(c.diag), false)
				}
			}
			al.add(q)
		}
	}
	return out
}

// pair appends to out the alignment of quotation a with passage b around
// diagonal diag, and with both its mirror when b is a lone quotation too,
// unless they were compared before or are not one statement.
func (al *aligner) pair(out []quotePair, a, b *quoted, diag int, both bool) []quotePair {
	if !both {
		key := [2]*quoted{a, b}
		if al.done[key] {
			return out
		}
		al.done[key] = true
	}
	p, ok := al.align(a, b, diag)
	if !ok {
		return out
	}
	out = append(out, p)
	if both {
		m := make([][2]int, len(p.matches))
		for i, x := range p.matches {
			m[i] = [2]int{x[1], x[0]}
		}
		out = append(out, quotePair{a: b, b: a, matches: m})
	}
	return out
}

// best reports whether candidate i shares the most word pairs among the
// candidates of its passage (the first of equals), so that a quotation is
// compared with each passage once, at the offset of its likeliest part.
func best(al *aligner, cs []candidate, i int) bool {
	whole := al.quotes[cs[i].q].whole
	for j, c := range cs {
		if j != i && al.quotes[c.q].whole == whole && (c.shared > cs[i].shared || c.shared == cs[i].shared && j < i) {
			return false
		}
	}
	return true
}

func (al *aligner) ids(ws []word) []int32 {
	out := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := al.intern[w.text]
		if !ok {
			id = int32(len(al.intern))
			al.intern[w.text] = id
			al.content = append(al.content, isContent(w.text))
			al.common = append(al.common, commonWords[w.text])
		}
		out[i] = id
	}
	return out
}

// pairKey returns the index key of the word pair at position i of q, or
// false when both words are function words.
func (al *aligner) pairKey(q *quoted, i int) (uint64, bool) {
	if al.common[q.ids[i]] && al.common[q.ids[i+1]] {
		return 0, false
	}
	return uint64(uint32(q.ids[i]))<<32 | uint64(uint32(q.ids[i+1])), true
}

// lookup appends the earlier quotations sharing word pairs with q, each hit
// with the offset (diagonal) between the two positions.
func (al *aligner) lookup(q *quoted, hits []hit) []hit {
	for i := 0; i+1 < len(q.words); i++ {
		key, ok := al.pairKey(q, i)
		if !ok {
			continue
		}
		for _, p := range al.index[key] {
			hits = append(hits, hit{p.q, int32(i) - p.pos})
		}
	}
	return hits
}

func (al *aligner) add(q *quoted) {
	n := int32(len(al.quotes))
	al.quotes = append(al.quotes, q)
	for i := 0; i+1 < len(q.words); i++ {
		key, ok := al.pairKey(q, i)
		if !ok {
			continue
		}
		if ps := al.index[key]; len(ps) < maxPostings {
			al.index[key] = append(ps, posting{n, int32(i)})
		}
	}
}

// candidate is an earlier quotation sharing word pairs with the one
// looked up: how many, and the diagonal most of them agree on.
type candidate struct {
	q, diag, shared int32
}

// candidates picks, from the hits of one quotation, the earlier quotations
// that share enough word pairs, each with the diagonal most pairs agree on,
// at most maxCandidates of them, those sharing the most first.
func candidates(hits []hit) []candidate {
	slices.SortFunc(hits, func(x, y hit) int {
		if x.q != y.q {
			return cmp.Compare(x.q, y.q)
		}
		return cmp.Compare(x.diag, y.diag)
	})
	var out []candidate
	for i := 0; i < len(hits); {
		j := i
		best, bestRun := hits[i].diag, 0
		for j < len(hits) && hits[j].q == hits[i].q {
			k := j
			for k < len(hits) && hits[k].q == hits[j].q && hits[k].diag == hits[j].diag {
				k++
			}
			if k-j > bestRun {
				best, bestRun = hits[j].diag, k-j
			}
			j = k
		}
		if j-i >= minSharedPairs {
			out = append(out, candidate{hits[i].q, best, int32(j - i)})
		}
		i = j
	}
	if len(out) > maxCandidates {
		slices.SortStableFunc(out, func(x, y candidate) int { return cmp.Compare(y.shared, x.shared) })
		out = out[:maxCandidates]
	}
	return out
}

// align finds the longest common subsequence of the words of a and b within
// band words of the diagonal diag (b position minus a position), and keeps
// the pair when it is long enough.
func (al *aligner) align(a, b *quoted, diag int) (quotePair, bool) {
	n, m := len(a.ids), len(b.ids)
	w := 2*band + 1
	if cap(al.dp) < (n+1)*w {
		al.dp = make([]int32, (n+1)*w)
	}
	dp := al.dp[:(n+1)*w]
	// cell (i, j) holds the LCS of a[i:] and b[j:]; column j of row i is
	// stored at i*w + j - (i + diag - band).
	at := func(i, j int) int32 {
		c := j - (i + diag - band)
		if i > n || j > m || j < 0 || c < 0 || c >= w {
			return 0
		}
		return dp[i*w+c]
	}
	for i := n; i >= 0; i-- {
		lo, hi := max(0, i+diag-band), min(m, i+diag+band)
		for j := hi; j >= lo; j-- {
			var v int32
			switch {
			case i == n || j == m:
			case a.ids[i] == b.ids[j]:
				v = 1 + at(i+1, j+1)
			default:
				v = max(at(i+1, j), at(i, j+1))
			}
			dp[i*w+j-(i+diag-band)] = v
		}
	}
	// The walk starts at the first row whose band reaches b: words of a
	// before it have nothing within reach to match.
	i := max(0, -(diag + band))
	j := max(0, i+diag-band)
	total := int(at(i, j))
	short := min(n, m)
	if total < minQuoteWords {
		return quotePair{}, false
	}
	matches := make([][2]int, 0, total)
	shared := 0 // content words among the matches
	for i < n && j < m {
		v := at(i, j)
		if v == 0 {
			break
		}
		skip := max(at(i+1, j), at(i, j+1))
		switch {
		case a.ids[i] == b.ids[j] && v == 1+at(i+1, j+1) && (skip < v || startsRun(a, b, i, j)):
			matches = append(matches, [2]int{i, j})
			if al.content[a.ids[i]] {
				shared++
			}
			i, j = i+1, j+1
		case at(i+1, j) >= at(i, j+1):
			i++
		default:
			j++
		}
	}
	covers := total*10 >= short*6 && shared*10 >= min(a.content, b.content)*6
	if !covers && !overlap(a, b, matches) {
		return quotePair{}, false
	}
	return quotePair{a: a, b: b, matches: matches}, true
}

// meaningful counts the words that say something: two statements sharing
// "I am", "for the" and "of the United States" are not one.
func (al *aligner) meaningful(ids []int32) int {
	n := 0
	for _, id := range ids {
		if al.content[id] {
			n++
		}
	}
	return n
}

// startsRun reports whether the equal words a[i] and b[j] are followed by
// another equal pair. Among equally long alignments the walk prefers runs,
// so a lone "we" is not matched far from the passage both versions share.
func startsRun(a, b *quoted, i, j int) bool {
	return i+1 < len(a.ids) && j+1 < len(b.ids) && a.ids[i+1] == b.ids[j+1]
}

// versions is one quotation with the passages of other documents that are
// the same statement, every pair with the quotation as a. One document may
// give several: a statement quoted whole here is often split in two there.
type versions struct {
	q      *quoted
	others []quotePair
}

// versionsOf groups the pairs of different documents that keep accepts by
// quotation. The order follows documents and quotations.
func versionsOf(s *Set, pairs []quotePair, keep func(*Set, quotePair) bool) []versions {
	byQuote := map[*quoted]int{}
	var out []versions
	add := func(p quotePair) {
		i, ok := byQuote[p.a]
		if !ok {
			i = len(out)
			byQuote[p.a] = i
			out = append(out, versions{q: p.a})
		}
		out[i].others = append(out[i].others, p)
	}
	for _, p := range pairs {
		if p.a.doc != p.b.doc && keep(s, p) {
			add(p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return before(out[i].q, out[j].q) })
	for _, v := range out {
		sort.Slice(v.others, func(i, j int) bool { return before(v.others[i].b, v.others[j].b) })
	}
	return out
}

// before orders quotations and passages by document, then by place in it.
func before(a, b *quoted) bool {
	return a.doc < b.doc || a.doc == b.doc && a.parts[0] < b.parts[0]
}

// speakerOf is the set-wide name of the person q is credited to, or "".
// A quotation credited to an organisation counts as unattributed: "emailed
// CNN" or "told the Times" names the outlet, not who spoke. Every quotation
// of a passage has one speaker, looked up once.
func speakerOf(s *Set, q *quoted) string {
	w := q.whole
	if w.speaker == nil {
		d := s.Docs[w.doc]
		sp := d.Quotes[w.parts[0]].Speaker
		if i, ok := d.Cast().Lookup(sp); !ok || d.Cast()[i].Kind != names.Person {
			sp = ""
		} else {
			sp = s.Canonical(sp)
		}
		w.speaker = &sp
	}
	return *w.speaker
}

// attributed reports whether q's document credits it where it quotes it:
// a quotation of its passage has an attribution cue of its own. A speaker
// carried over from a quotation further back, or taken from a phrase the
// reader does not know as a cue ("the statement said"), is a guess.
func attributed(s *Set, q *quoted) bool {
	for _, k := range q.whole.parts {
		if s.Docs[q.doc].Quotes[k].Cue != "" {
			return true
		}
	}
	return false
}

// samePerson reports whether two speaker names can be one person: they end
// in the same surname ("Harry M. Reid", "Reid"; "Richard J. Durbin", "Dick
// Durbin"), or in surnames a typo apart. Two people of one surname, or of
// nearly one, quoted in the same words is too rare to call a contradiction
// on.
func samePerson(a, b string) bool {
	return a == b || a != "" && b != "" && typoApart(surname(a), surname(b))
}

// typoApart reports whether two names are equal or, both of four letters
// or more, one letter dropped or added apart ("Tump", "Trump"). A letter
// changed makes another name too often ("Rice", "Rick").
func typoApart(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || len(b) != len(a)+1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

func surname(name string) string {
	if _, last, ok := personName(name); ok {
		return last
	}
	return strings.TrimSpace(name)
}
