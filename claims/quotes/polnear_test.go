package quotes

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"factdiff/claims/ascii"
	"factdiff/claims/names"
)

// The gold of TestPolNeAR follows the quotation scorer
// (shared/eval/quotes.py): direct quotations (Content starting and ending
// with a quote mark, or wrapped in them) whose Source reduces to a proper
// name. Offsets in the brat files count code points.

const polnearDir = "../../../shared/corpus/polnear/train"

// Floors just below what the package reaches on the training articles.
const (
	floorRecall    = 0.98
	floorSpeaker   = 0.89
	floorPrecision = 0.95
)

type goldQuote struct {
	from, to int // code points, the content's first to last fragment
	names    [][2]string
	source   string
	pronoun  bool // Source is "he" or "she": credited to the nearest named source before it
}

func TestPolNeAR(t *testing.T) {
	texts, err := filepath.Glob(filepath.Join(polnearDir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		t.Skipf("PolNeAR corpus not found at %s: skipping the quotation benchmark", polnearDir)
	}
	anns, _ := filepath.Glob(filepath.Join(polnearDir, "attributions", "*.ann"))
	byDoc := map[string][]string{}
	for _, a := range anns {
		base := filepath.Base(a)
		byDoc[base[:len(base)-len("_0000.ann")]] = append(byDoc[base[:len(base)-len("_0000.ann")]], a)
	}
	var gold, found, speakerOK, reported, supported int
	var pGold, pFound, pOK, pResolved int
	var misses strings.Builder
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		files := byDoc[name]
		if len(files) == 0 {
			continue
		}
		sort.Strings(files)
		raw, err := os.ReadFile(tp)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(string(raw))
		golds, contents := loadGold(t, runes, files)
		text, runeAt := normalise(runes)
		qs := Find(text, ascii.Lower(text), names.Group(names.Find(text)))
		type rspan struct {
			from, to int
			q        Quote
		}
		var rs []rspan
		for _, q := range qs {
			rs = append(rs, rspan{runeAt[q.Start], runeAt[q.End], q})
		}
		reported += len(rs)
		for _, r := range rs {
			for _, c := range contents {
				if overlap(c[0], c[1], r.from, r.to) > 0 {
					supported++
					break
				}
			}
		}
		for _, g := range golds {
			if g.pronoun {
				pGold++
			} else {
				gold++
			}
			best, bo := -1, 0
			for n, r := range rs {
				o := overlap(g.from, g.to, r.from, r.to)
				if o > 0 && 2*o >= min(g.to-g.from, r.to-r.from) && o > bo {
					best, bo = n, o
				}
			}
			ctx := string(runes[max(0, g.from-120):min(len(runes), g.to+100)])
			if g.pronoun {
				if best >= 0 {
					pFound++
					if rs[best].q.Speaker != "" {
						pResolved++
					}
					if speakerMatches(rs[best].q.Speaker, g.names) {
						pOK++
					}
				}
				continue
			}
			if best < 0 {
				fmt.Fprintf(&misses, "MISS %s @%d src=%q\n  %q\n", name, g.from, g.source, ctx)
				continue
			}
			found++
			if speakerMatches(rs[best].q.Speaker, g.names) {
				speakerOK++
			} else {
				fmt.Fprintf(&misses, "SPEAKER %s @%d gold=%q got=%q cue=%q\n  %q\n", name, g.from, g.source, rs[best].q.Speaker, rs[best].q.Cue, ctx)
			}
		}
	}
	recall := ratio(found, gold)
	speaker := ratio(speakerOK, found)
	precision := ratio(supported, reported)
	t.Logf("PolNeAR train: recall %.3f (%d/%d), speaker accuracy %.3f (%d/%d), precision %.3f (%d/%d)",
		recall, found, gold, speaker, speakerOK, found, precision, supported, reported)
	t.Logf("pronoun sources (best effort): recall %.3f (%d/%d), speaker accuracy %.3f (%d/%d; %d credited to someone)",
		ratio(pFound, pGold), pFound, pGold, ratio(pOK, pFound), pOK, pFound, pResolved)
	if out := os.Getenv("QUOTES_MISSES"); out != "" {
		if err := os.WriteFile(out, []byte(misses.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if recall < floorRecall || speaker < floorSpeaker || precision < floorPrecision {
		t.Errorf("below the floors: recall %.3f (>= %.2f), speaker %.3f (>= %.2f), precision %.3f (>= %.2f)",
			recall, floorRecall, speaker, floorSpeaker, precision, floorPrecision)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func overlap(a, b, c, d int) int { return max(0, min(b, d)-max(a, c)) }

// normalise straightens curly quotes the way the reading stage does and
// returns, for every byte of the result (and its end), the code point it
// came from.
func normalise(runes []rune) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(runes)+1)
	for i, r := range runes {
		switch r {
		case '“', '”':
			r = '"'
		case '‘', '’':
			r = '\''
		}
		n := b.Len()
		b.WriteRune(r)
		for ; n < b.Len(); n++ {
			at = append(at, i)
		}
	}
	at = append(at, len(runes))
	return b.String(), at
}

type bratSpan struct {
	typ   string
	frags [][2]int
}

type relation map[string][]string

func parseAnn(t *testing.T, path string) (map[string]bratSpan, []relation) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spans := map[string]bratSpan{}
	var rels []relation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(parts[0], "T"):
			typ, frs, ok := strings.Cut(parts[1], " ")
			if !ok {
				continue
			}
			var s bratSpan
			s.typ = typ
			for _, fr := range strings.Split(frs, ";") {
				ab := strings.Fields(fr)
				if len(ab) != 2 {
					continue
				}
				a, _ := strconv.Atoi(ab[0])
				b, _ := strconv.Atoi(ab[1])
				s.frags = append(s.frags, [2]int{a, b})
			}
			spans[parts[0]] = s
		case strings.HasPrefix(parts[0], "E"):
			rel := relation{}
			for _, arg := range strings.Fields(parts[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if ok {
					rel[strings.TrimRight(role, "0123456789")] = append(rel[strings.TrimRight(role, "0123456789")], id)
				}
			}
			rels = append(rels, rel)
		}
	}
	return spans, rels
}

type goldItem struct {
	content  [][2]int
	source   string
	sourceAt int
	direct   bool
}

// loadGold returns the named-source direct quotations of the first
// annotation (other annotators only add accepted names) and every content
// span of every annotation.
func loadGold(t *testing.T, text []rune, files []string) ([]goldQuote, [][2]int) {
	var perAnn [][]goldItem
	var contents [][2]int
	for _, f := range files {
		spans, rels := parseAnn(t, f)
		var items []goldItem
		for _, rel := range rels {
			var cs [][2]int
			for _, id := range rel["Content"] {
				cs = append(cs, spans[id].frags...)
			}
			if len(cs) == 0 {
				continue
			}
			sort.Slice(cs, func(i, j int) bool { return cs[i][0] < cs[j][0] })
			contents = append(contents, [2]int{cs[0][0], cs[len(cs)-1][1]})
			var sf [][2]int
			for _, id := range rel["Source"] {
				sf = append(sf, spans[id].frags...)
			}
			if len(sf) == 0 {
				continue
			}
			sort.Slice(sf, func(i, j int) bool { return sf[i][0] < sf[j][0] })
			var parts []string
			for _, fr := range sf {
				parts = append(parts, string(text[fr[0]:fr[1]]))
			}
			items = append(items, goldItem{cs, strings.Join(parts, " "), sf[0][0], isDirect(text, cs)})
		}
		perAnn = append(perAnn, items)
	}
	var out []goldQuote
	for _, it := range perAnn[0] {
		if !it.direct {
			continue
		}
		if isPronounSource(it.source) {
			if ns := nearestNamed(perAnn[0], it.sourceAt); ns != nil {
				out = append(out, goldQuote{it.content[0][0], it.content[len(it.content)-1][1], ns, it.source, true})
			}
			continue
		}
		ns := nameRuns(it.source)
		if len(ns) == 0 {
			continue
		}
		for _, other := range perAnn[1:] {
			for _, o := range other {
				if fragOverlap(o.content, it.content) {
					ns = append(ns, nameRuns(o.source)...)
				}
			}
		}
		out = append(out, goldQuote{it.content[0][0], it.content[len(it.content)-1][1], ns, it.source, false})
	}
	return out, contents
}

// nearestNamed returns the names of the closest source before at that
// reduces to a proper name.
func nearestNamed(items []goldItem, at int) [][2]string {
	best, bestAt := [][2]string(nil), -1
	for _, it := range items {
		if it.sourceAt < at && it.sourceAt > bestAt {
			if ns := nameRuns(it.source); len(ns) > 0 {
				best, bestAt = ns, it.sourceAt
			}
		}
	}
	return best
}

func fragOverlap(a, b [][2]int) bool {
	for _, x := range a {
		for _, y := range b {
			if overlap(x[0], x[1], y[0], y[1]) > 0 {
				return true
			}
		}
	}
	return false
}

const (
	openQ  = "\"“‘'`«"
	closeQ = "\"”’'»"
)

func isDirect(text []rune, frags [][2]int) bool {
	s, e := frags[0][0], frags[len(frags)-1][1]
	if s < 0 || e > len(text) || s >= e {
		return false
	}
	body := []rune(strings.TrimSpace(string(text[s:e])))
	if len(body) < 2 {
		return false
	}
	trimmed := []rune(strings.TrimRight(string(body), ".,;:!?—– "))
	last := body[len(body)-1]
	if len(trimmed) > 0 {
		last = trimmed[len(trimmed)-1]
	}
	if strings.ContainsRune(openQ, body[0]) && (strings.ContainsRune(closeQ, body[len(body)-1]) || strings.ContainsRune(closeQ, last)) {
		return true
	}
	i := s - 1
	for i >= 0 && (text[i] == ' ' || text[i] == '\t') {
		i--
	}
	j := e
	for j < len(text) && strings.ContainsRune(" \t.,;:!?—–", text[j]) {
		j++
	}
	return i >= 0 && j < len(text) && strings.ContainsRune(openQ, text[i]) && strings.ContainsRune(closeQ, text[j])
}

var (
	pronounWords = wordSet("he she they it we i you him her them his hers their its our us me who which that this these those one someone whom")
	titleWords   = wordSet("mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen general lt col sgt capt adm maj retired former the a an rev judge justice chairman chairwoman speaker leader attorney mayor sir prof professor first lady candidate nominee commissioner director chief u.s u.s. jr sr ii iii iv st according to and of in on for")
	genericWords = wordSet("officials official sources source aides aide critics democrats democrat democratic republicans republican gop experts analysts supporters advocates voters americans others some many most both several few all everyone people poll polls police authorities residents protesters organizers researchers investigators prosecutors lawmakers senators observers reports report documents records data survey study statement campaign administration libertarian independent conservatives liberals progressives activists members one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty another other its their his her this that those these such no any each every if when but while")
	suffixWords  = wordSet("jr sr ii iii iv")
	tokRe        = regexp.MustCompile(`[A-Za-zÀ-ÿ][\p{L}\p{N}_.'’\-]*`)
	possRe       = regexp.MustCompile(`['’]s$`)
	parenRe      = regexp.MustCompile(`\([^)]*\)`)
	conjRe       = regexp.MustCompile(`\s+(?:and|&)\s+`)
	initialRe    = regexp.MustCompile(`^[A-Z]\.$`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func cleanTok(w string) string {
	return strings.Trim(possRe.ReplaceAllString(w, ""), ".,;:!?()[]\"“”‘’'")
}

type run struct {
	full, surname  string
	poss, modifier bool
}

func runs(src string) []run {
	toks := tokRe.FindAllString(src, -1)
	type raw struct {
		words []string
		next  int
	}
	var rs []raw
	var cur []string
	for i := 0; i <= len(toks); i++ {
		t := ""
		if i < len(toks) {
			t = toks[i]
		}
		bare := cleanTok(t)
		capital := bare != "" && (unicode.IsUpper([]rune(bare)[0]) || initialRe.MatchString(t))
		if capital {
			cur = append(cur, t)
			if possRe.MatchString(t) {
				rs = append(rs, raw{cur, i + 1})
				cur = nil
			}
		} else {
			if len(cur) > 0 {
				rs = append(rs, raw{cur, i})
			}
			cur = nil
		}
	}
	var out []run
	for _, r := range rs {
		poss := possRe.MatchString(r.words[len(r.words)-1])
		follow := ""
		if r.next < len(toks) {
			follow = toks[r.next]
		}
		lf := strings.ToLower(follow)
		modifier := follow != "" && unicode.IsLower([]rune(follow)[0]) && lf != "and" && lf != "of" && lf != "for" && lf != "at" && lf != "in"
		var ws []string
		for _, w := range r.words {
			ws = append(ws, cleanTok(w))
		}
		for len(ws) > 0 && titleWords[strings.TrimRight(strings.ToLower(ws[0]), ".")] {
			ws = ws[1:]
		}
		for len(ws) > 0 && suffixWords[strings.TrimRight(strings.ToLower(ws[len(ws)-1]), ".")] {
			ws = ws[:len(ws)-1]
		}
		var kept []string
		for _, w := range ws {
			if w != "" {
				kept = append(kept, w)
			}
		}
		if len(kept) == 0 {
			continue
		}
		allGeneric := true
		for _, w := range kept {
			lw := strings.TrimRight(strings.ToLower(w), ".")
			if !genericWords[lw] && !titleWords[lw] {
				allGeneric = false
			}
		}
		if allGeneric || len(kept) == 1 && pronounWords[strings.ToLower(kept[0])] {
			continue
		}
		out = append(out, run{strings.Join(kept, " "), kept[len(kept)-1], poss, modifier})
	}
	return out
}

// nameRuns reduces a Source to its proper names, as the scorer does.
func nameRuns(source string) [][2]string {
	src := parenRe.ReplaceAllString(source, " ")
	var capParts, otherParts []string
	for _, p := range strings.Split(src, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if unicode.IsUpper([]rune(p)[0]) {
			capParts = append(capParts, p)
		} else {
			otherParts = append(otherParts, p)
		}
	}
	for _, part := range append(capParts, otherParts...) {
		var heads [][2]string
		seen := map[string]bool{}
		for _, conj := range conjRe.Split(part, -1) {
			var rs, nonposs []run
			for _, r := range runs(conj) {
				if !r.modifier {
					rs = append(rs, r)
					if !r.poss {
						nonposs = append(nonposs, r)
					}
				}
			}
			if len(rs) == 0 {
				continue
			}
			h := rs[len(rs)-1]
			if len(nonposs) > 0 {
				h = nonposs[len(nonposs)-1]
			}
			if !seen[h.full] {
				seen[h.full] = true
				heads = append(heads, [2]string{h.full, h.surname})
			}
		}
		if len(heads) > 0 {
			return heads
		}
	}
	return nil
}

func isPronounSource(s string) bool {
	w := strings.ToLower(cleanTok(strings.TrimSpace(s)))
	return w == "he" || w == "she"
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)

func normWords(s string) []string {
	s = regexp.MustCompile(`['’]s\b`).ReplaceAllString(s, "")
	return strings.Fields(strings.ToLower(nonWord.ReplaceAllString(s, "")))
}

func speakerMatches(reported string, ns [][2]string) bool {
	rt := normWords(reported)
	if len(rt) == 0 {
		return false
	}
	for _, n := range ns {
		sur := strings.Trim(strings.ToLower(n[1]), ".")
		for _, w := range rt {
			if w == sur {
				return true
			}
		}
		if strings.Join(rt, " ") == strings.Join(normWords(n[0]), " ") {
			return true
		}
	}
	return false
}
