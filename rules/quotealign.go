package rules

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims"
	"factdiff/claims/names"
)

// This file aligns quotations across documents: two quotations are the same
// statement when they share a long run of words, whoever they are credited
// to. Candidates come from an index of word pairs, so a set of many
// documents never compares every quotation with every other; each candidate
// is then aligned word by word inside a band around the offset the shared
// pairs agree on, which keeps the cost linear in the words compared.

// word is one token of a quotation or an article, in the form quotations
// are compared in: lower case, punctuation and possessive "'s" dropped,
// "n't" spelled "not". Figures stay whole ("12-point", "47.3%", "$4.6").
type word struct {
	text       string
	start, end int // byte offsets in the text that was tokenised
}

// tokenize splits s into words in one pass.
func tokenize(s string) []word {
	out := make([]word, 0, len(s)/6)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !startsWord(s, i, r, n) {
			i += n
			continue
		}
		j := wordEnd(s, i+n)
		out = appendWord(out, s[i:j], i, j)
		i = j
	}
	return out
}

func startsWord(s string, i int, r rune, n int) bool {
	if isWordRune(r) {
		return true
	}
	return r == '$' && i+n < len(s) && isASCIIDigit(s[i+n])
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns the end of the word whose rest starts at j: letters and
// digits, joined by apostrophes and hyphens before a letter or digit, by a
// period or comma between digits, and closed by a percent sign after a digit.
func wordEnd(s string, j int) int {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if j+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			prevDigit := isASCIIDigit(s[j-1])
			switch {
			case (r == '\'' || r == '\u2019' || r == '-') && isWordRune(next):
				j += n
				continue
			case (r == '.' || r == ',') && prevDigit && unicode.IsDigit(next):
				j += n
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

// appendWord adds the word raw at [start, end) in its compared form: "'s"
// goes, and "don't" becomes "do" "not" so that it matches "do not"; the two
// keep the offsets of "do" and "n't", so words never overlap.
func appendWord(out []word, raw string, start, end int) []word {
	w := strings.ToLower(strings.ReplaceAll(raw, "\u2019", "'"))
	if strings.HasSuffix(w, "'s") {
		w = w[:len(w)-2]
	}
	if stem, ok := strings.CutSuffix(w, "n't"); ok && stem != "" {
		if full, ok := contractedStems[stem]; ok {
			stem = full
		}
		cut := start + strings.LastIndexAny(raw, "nN")
		return append(out, word{stem, start, cut}, word{"not", cut, end})
	}
	return append(out, word{w, start, end})
}

// contractedStems are the verbs whose "n't" form is not verb + "n't".
var contractedStems = map[string]string{"ca": "can", "wo": "will", "sha": "shall"}

func hasDigit(w string) bool { return strings.IndexAny(w, "0123456789") >= 0 }

func isNegation(w string) bool { return w == "not" || w == "never" || w == "no" }

// commonWords are too common to say that two quotations are the same
// statement; a word pair of two of them is not indexed.
var commonWords = wordSet(`a an the and or but if so of to in on at by for with from as into
about than then that this these those there here it its it's is are was were be been being am
do does did have has had will would can could should may might must shall i me my we us our you
your he him his she her they them their who what which when where why how not no yes just very
also too all any some more most such only own same other out up down over again once`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// gapKind says what stands between a word and the one before it.
type gapKind uint8

const (
	noGap    gapKind = iota
	ellipsis         // "...": the writer marks words left out
	blank            // 3+ spaces in the file: words were lost
)

// quoted is one quotation of one document, tokenised.
type quoted struct {
	doc, idx int // document index, quotation index within it
	words    []word
	gaps     []gapKind // gaps[k] sits before words[k]
	ids      []int32   // interned words, for fast comparison
}

// Quotations shorter than minQuoteWords are never aligned: a few words in
// common say nothing. Words past maxQuoteWords are not compared, which
// bounds the work a pathological "quotation" of a whole file can cause.
const (
	minQuoteWords = 6
	maxQuoteWords = 2000
)

// quoteWords tokenises quotation k of doc d, with the gaps between words.
func quoteWords(d *claims.Document, di, k int) *quoted {
	q := d.Quotes[k]
	sp := q.Span
	if sp.Start < 0 || sp.End > len(d.Text.S) || sp.Start >= sp.End {
		return nil
	}
	ws := tokenize(d.Text.S[sp.Start:sp.End])
	if len(ws) > maxQuoteWords {
		ws = ws[:maxQuoteWords]
	}
	out := &quoted{doc: di, idx: k, words: ws, gaps: make([]gapKind, len(ws))}
	for i := range ws {
		ws[i].start += sp.Start
		ws[i].end += sp.Start
		if i > 0 {
			out.gaps[i] = gapBetween(d, ws[i-1].end, ws[i].start)
		}
	}
	return out
}

// gapBetween classifies the text of d between normalised offsets from and to.
func gapBetween(d *claims.Document, from, to int) gapKind {
	if from >= to {
		return noGap
	}
	between := d.Text.S[from:to]
	if strings.Contains(between, "...") || strings.Contains(between, "\u2026") {
		return ellipsis
	}
	s, e := d.Text.Orig(from, to)
	if e <= len(d.Raw) && strings.Contains(string(d.Raw[s:e]), "   ") {
		return blank
	}
	return noGap
}

// quotePair is two quotations that are the same statement, with their words
// aligned: matches holds the indices of equal words, increasing on both sides.
type quotePair struct {
	a, b    *quoted
	matches [][2]int
}

// near reports whether the two quotations are close to word for word, which
// is what crediting them to different people, or to an unknown speaker,
// needs before anything is said.
func (p quotePair) near() bool {
	short := min(len(p.a.words), len(p.b.words))
	return len(p.matches) >= 8 && len(p.matches)*10 >= short*8
}

// swap returns the pair seen from b's side.
func (p quotePair) swap() quotePair {
	m := make([][2]int, len(p.matches))
	for i, x := range p.matches {
		m[i] = [2]int{x[1], x[0]}
	}
	return quotePair{a: p.b, b: p.a, matches: m}
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

// anchors trims the matches that do not belong to a run of two consecutive
// ones from both ends of ms.
func anchors(ms [][2]int) [][2]int {
	paired := func(k int) bool {
		next := k+1 < len(ms) && ms[k+1][0] == ms[k][0]+1 && ms[k+1][1] == ms[k][1]+1
		prev := k > 0 && ms[k-1][0] == ms[k][0]-1 && ms[k-1][1] == ms[k][1]-1
		return next || prev
	}
	lo, hi := 0, len(ms)
	for lo < hi && !paired(lo) {
		lo++
	}
	for hi > lo && !paired(hi-1) {
		hi--
	}
	return ms[lo:hi]
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
}

// alignQuotes returns every pair of quotations of docs, in the same or
// different documents, that are the same statement: they share at least
// minQuoteWords words in order, covering 60% of the shorter one.
func alignQuotes(docs []*claims.Document) []quotePair {
	al := &aligner{intern: map[string]int32{}, index: map[uint64][]posting{}}
	var out []quotePair
	var hits []hit
	for di, d := range docs {
		for k := range d.Quotes {
			q := quoteWords(d, di, k)
			if q == nil || len(q.words) < minQuoteWords {
				continue
			}
			q.ids = al.ids(q.words)
			hits = al.lookup(q, hits[:0])
			for _, c := range candidates(hits) {
				if p, ok := al.align(al.quotes[c.q], q, int(c.diag)); ok {
					out = append(out, p)
				}
			}
			al.add(q)
		}
	}
	return out
}

func (al *aligner) ids(ws []word) []int32 {
	out := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := al.intern[w.text]
		if !ok {
			id = int32(len(al.intern))
			al.intern[w.text] = id
		}
		out[i] = id
	}
	return out
}

// pairKey returns the index key of the word pair at position i of q, or
// false when both words are function words.
func pairKey(q *quoted, i int) (uint64, bool) {
	if commonWords[q.words[i].text] && commonWords[q.words[i+1].text] {
		return 0, false
	}
	return uint64(uint32(q.ids[i]))<<32 | uint64(uint32(q.ids[i+1])), true
}

// lookup appends the earlier quotations sharing word pairs with q, each hit
// with the offset (diagonal) between the two positions.
func (al *aligner) lookup(q *quoted, hits []hit) []hit {
	for i := 0; i+1 < len(q.words); i++ {
		key, ok := pairKey(q, i)
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
		key, ok := pairKey(q, i)
		if !ok {
			continue
		}
		if ps := al.index[key]; len(ps) < maxPostings {
			al.index[key] = append(ps, posting{n, int32(i)})
		}
	}
}

// candidates picks, from the hits of one quotation, the earlier quotations
// that share enough word pairs, each with the diagonal most pairs agree on.
func candidates(hits []hit) []hit {
	slices.SortFunc(hits, func(x, y hit) int {
		if x.q != y.q {
			return cmp.Compare(x.q, y.q)
		}
		return cmp.Compare(x.diag, y.diag)
	})
	var out []hit
	var shared []int32
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
			out = append(out, hit{hits[i].q, best})
			shared = append(shared, int32(j-i))
		}
		i = j
	}
	if len(out) > maxCandidates {
		order := make([]int, len(out))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(x, y int) bool { return shared[order[x]] > shared[order[y]] })
		kept := make([]hit, maxCandidates)
		for k := range kept {
			kept[k] = out[order[k]]
		}
		out = kept
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
	if total < minQuoteWords || total*10 < short*6 {
		return quotePair{}, false
	}
	matches := make([][2]int, 0, total)
	for i < n && j < m {
		v := at(i, j)
		if v == 0 {
			break
		}
		skip := max(at(i+1, j), at(i, j+1))
		switch {
		case a.ids[i] == b.ids[j] && v == 1+at(i+1, j+1) && (skip < v || startsRun(a, b, i, j)):
			matches = append(matches, [2]int{i, j})
			i, j = i+1, j+1
		case at(i+1, j) >= at(i, j+1):
			i++
		default:
			j++
		}
	}
	return quotePair{a: a, b: b, matches: matches}, true
}

// startsRun reports whether the equal words a[i] and b[j] are followed by
// another equal pair. Among equally long alignments the walk prefers runs,
// so a lone "we" is not matched far from the passage both versions share.
func startsRun(a, b *quoted, i, j int) bool {
	return i+1 < len(a.ids) && j+1 < len(b.ids) && a.ids[i+1] == b.ids[j+1]
}

// versions is one quotation with its best-aligned version in each other
// document that qualifies; every pair is oriented with the quotation as a.
type versions struct {
	q      *quoted
	others []quotePair
}

// versionsOf groups pairs of different documents by quotation, keeping per
// other document the version with the most words in common, among the pairs
// keep accepts. The order follows documents and quotations.
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
		v := &out[i]
		for k, o := range v.others {
			if o.b.doc == p.b.doc {
				if len(p.matches) > len(o.matches) {
					v.others[k] = p
				}
				return
			}
		}
		v.others = append(v.others, p)
	}
	for _, p := range pairs {
		if p.a.doc == p.b.doc || !keep(s, p) {
			continue
		}
		add(p)
		add(p.swap())
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].q, out[j].q
		return a.doc < b.doc || a.doc == b.doc && a.idx < b.idx
	})
	for _, v := range out {
		sort.Slice(v.others, func(i, j int) bool { return v.others[i].b.doc < v.others[j].b.doc })
	}
	return out
}

// speakerOf is the set-wide name of the person q is credited to, or "".
// A quotation credited to an organisation counts as unattributed: "emailed
// CNN" or "told the Times" names the outlet, not who spoke.
func speakerOf(s *Set, q *quoted) string {
	d := s.Docs[q.doc]
	sp := d.Quotes[q.idx].Speaker
	if i, ok := d.Cast().Lookup(sp); !ok || d.Cast()[i].Kind != names.Person {
		return ""
	}
	return s.Canonical(sp)
}

// samePerson reports whether two speaker names can be one person: equal,
// one the other's surname, or the same first and last word ("Harry M. Reid",
// "Harry Reid").
func samePerson(a, b string) bool {
	if a == b {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	return len(fa) == 1 || len(fb) == 1 || fa[0] == fb[0]
}
