package quotes

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/ascii"
	"factdiff/claims/names"
)

// attributor answers "who said quotation k?" over one text. Every search it
// makes stays between the neighbouring quotations, so the whole text is
// scanned a bounded number of times.
type attributor struct {
	text string
	// low is text with ASCII capitals lower-cased, byte for byte: cue words,
	// pronouns and determiners are looked up as slices of it.
	low   string
	ents  []names.Entity
	spans []span
	ments []ment // outside quotations, by start
	// genders are those of ents, filled in as pronouns need them (gendered
	// says which): most texts resolve few pronouns, against few people.
	genders  []string
	gendered []bool
	ws       []word // reused by words
	// openerWords is opener's own buffer of words.
	openerWords []word
	// lastEnt is the speaker of the quotation before the one being read, -1
	// if none, and lastEnd where that quotation ends: a pronoun after it may
	// stand for that speaker.
	lastEnt, lastEnd int
	// newlines are the offsets of the line breaks of text, in order: every
	// quotation asks where its line starts, which a search answers.
	newlines []int
}

type ment struct{ start, end, ent int }

// attribution is a speaker found for a quotation; ent is -1 when a cue was
// found but its subject is no name ("the spokesman said").
type attribution struct {
	ent, start, end int
	cue             string
}

var none = attribution{ent: -1, start: -1, end: -1}

func newAttributor(text, low string, ents []names.Entity, spans []span) *attributor {
	a := &attributor{text: text, low: low, ents: ents, spans: spans, lastEnt: -1,
		genders: make([]string, len(ents)), gendered: make([]bool, len(ents))}
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	a.ments = make([]ment, 0, n)
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		a.newlines = append(a.newlines, i)
	}
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
				a.ments = append(a.ments, ment{m.Start, m.End, i})
			}
		}
	}
	slices.SortFunc(a.ments, func(m, n ment) int { return cmp.Compare(m.start, n.start) })
	kept, k := a.ments[:0], 0
	for _, m := range a.ments {
		for k < len(spans) && spans[k].end <= m.start {
			k++
		}
		if k < len(spans) && spans[k].start <= m.start {
			continue
		}
		kept = append(kept, m)
	}
	a.ments = kept
	return a
}

// attribute finds the speaker of quotation k from the cues around it; found
// reports whether any cue or subject was read, named or not.
func (a *attributor) attribute(k int) (attribution, bool) {
	sp := a.spans[k]
	floor := 0
	if k > 0 {
		floor = a.spans[k-1].end
	}
	ls := a.lineStart(floor, sp.start)
	pre, preCued := a.before(ls, sp.start)
	if preCued && pre.ent >= 0 && complete(a.text, sp) {
		return pre, true
	}
	post, cued := a.after(k)
	if cued && post.ent >= 0 {
		return post, true
	}
	if preCued && (pre.ent >= 0 || !cued) {
		return pre, true
	}
	if cued {
		return post, true
	}
	if strings.TrimSpace(a.text[ls:sp.start]) == "" && ls > floor {
		pe := strings.TrimRight(a.text[floor:ls], " \n")
		if strings.HasSuffix(pe, ":") {
			end := floor + len(pe) - 1
			pls := a.lineStart(floor, end)
			if at, ok := a.before(pls, end); ok {
				return at, true
			}
			return a.subject(pls, end)
		}
	}
	if sp.start > ls {
		return a.subject(ls, sp.start)
	}
	return none, false
}

// after reads the attribution that follows a quotation: `" Smith said`,
// `" said Smith, a ...`, `" Smith, the ..., told`, `" he said`.
func (a *attributor) after(k int) (attribution, bool) {
	ceil := len(a.text)
	if k+1 < len(a.spans) {
		ceil = a.spans[k+1].start
	}
	i := a.spans[k].end
	for i < ceil {
		r, n := utf8.DecodeRuneInString(a.text[i:ceil])
		if r == '\n' || !unicode.IsSpace(r) && !strings.ContainsRune(",—–-", r) {
			break
		}
		i += n
	}
	e := sentenceEnd(a.text, i, ceil)
	ws := a.words(i, e)
	if len(ws) == 0 {
		return none, false
	}
	maxSubject := 40
	if complete(a.text, a.spans[k]) {
		maxSubject = 6
	}
	if cue, n := a.cueAt(ws, 0); cue != "" {
		if n >= len(ws) {
			return none, false
		}
		return a.named(ws[n].start, clauseEnd(a.text, ws[n].start, e), cue), true
	}
	for c := 1; c < len(ws) && c <= maxSubject; c++ {
		cue, _ := a.cueAt(ws, c)
		if cue == "" {
			continue
		}
		subj := a.text[i:ws[c].start]
		if first, _, _ := strings.Cut(subj, ","); hasFields(first, 9) || !a.subjectStart(ws[0]) {
			return none, false
		}
		return a.named(i, ws[c].start, cue), true
	}
	return none, false
}

// before reads an attribution that opens the sentence of a quotation:
// `Smith said: "`, `Smith told CNN that "`, `according to Smith, "`.
func (a *attributor) before(floor, at int) (attribution, bool) {
	s := sentenceStart(a.text, floor, at)
	ws := a.words(s, at)
	for c := len(ws) - 1; c >= 0; c-- {
		cue, n := a.cueAt(ws, c)
		if cue == "" {
			continue
		}
		// "said Smith" names the speaker only where the cue opens its
		// clause: in "He said Smith" Smith starts what he said.
		inverted := c == 0 || strings.ContainsAny(a.text[ws[c-1].end:ws[c].start], ",:;(")
		if n < len(ws) && (cue == "according to" || inverted && namer(cue) && isCapital(a.text, ws[n])) {
			if at := a.named(ws[n].start, clauseEnd(a.text, ws[n].start, at), cue); at.ent >= 0 || cue == "according to" {
				return at, true
			}
		}
		if strings.HasSuffix(cue, "ing") {
			at, ok := a.clauseSubject(s, ws[c].start)
			at.cue = cue
			return at, ok
		}
		return a.subjectBefore(s, ws[c].start, cue), true
	}
	if q := strings.TrimRight(a.text[s:at], " "); strings.HasSuffix(q, ":") {
		if m, ok := a.mentionEndingAt(s + len(stripParen(q[:len(q)-1]))); ok {
			return attribution{ent: m.ent, start: m.start, end: m.end, cue: ":"}, true
		}
	}
	return none, false
}

// complete reports whether a quotation ends its own sentence, after which
// an attribution is rare.
func complete(text string, sp span) bool {
	last := sp.parts[len(sp.parts)-1]
	inner := strings.TrimRight(text[last[0]:last[1]], " ")
	return strings.HasSuffix(inner, ".")
}

// subject credits a partial quotation to the person who opens its sentence
// (`Smith called the plan "a disaster"`), the usual shape of a fragment.
func (a *attributor) subject(floor, at int) (attribution, bool) {
	return a.credit(a.opener(sentenceStart(a.text, floor, at), at))
}

// clauseSubject credits a quotation introduced by a participle ("Smith
// issued a statement saying") to the subject of the sentence, or of the
// clause after an opening phrase ("Trying to quell the furor, Smith issued
// a statement saying").
func (a *attributor) clauseSubject(s, at int) (attribution, bool) {
	return a.credit(a.clauseOpener(s, at))
}

// credit turns the subject opener found into an attribution: a person, or
// a pronoun resolved.
func (a *attributor) credit(m ment, ok bool) (attribution, bool) {
	switch {
	case !ok:
		return none, false
	case m.ent < 0:
		return a.pronoun(m.start, m.end, ""), true
	}
	return attribution{ent: m.ent, start: m.start, end: m.end}, true
}

// opener returns the subject that opens the sentence [s, at): a person's
// mention ("Sen. Jon Smith on Friday questioned", "Clinton spokeswoman Jane
// Doe, a lawyer, said"), or "he" or "she" (a mention with ent -1). "Smith's
// attorney" is someone unnamed.
func (a *attributor) opener(s, at int) (ment, bool) {
	// Its own buffer: a pronoun is resolved while a caller holds words.
	a.openerWords = appendWords(a.openerWords[:0], a.text, s, at)
	ws := a.openerWords
	for n := 0; n < len(ws)-1 && n < 6; n++ {
		w := ws[n]
		lw := a.low[w.start:w.end]
		if lw == "he" || lw == "she" {
			return ment{w.start, w.end, -1}, true
		}
		if m, ok := a.mentionAt(w.start); ok && a.ents[m.ent].Kind == names.Person {
			next := wordAfter(ws, m.end)
			if next < 0 || a.ownsPerson(m, at) {
				return ment{}, false // "Smith's attorney said": someone else
			}
			if nw := a.low[ws[next].start:ws[next].end]; a.text[m.end] == ' ' && (titleNouns[nw] || personNouns[nw]) {
				n = next // "Clinton spokeswoman Jane Doe": Clinton modifies
				continue
			}
			nw := a.text[ws[next].start:ws[next].end]
			if nw == "and" || nw == "or" {
				return ment{}, false // "Smith and Jones met": two subjects
			}
			// "Smith said" or "Smith, a Republican, said"; not "Of Smith, he".
			return m, unicode.IsLower(firstRune(nw)) && !(a.text[m.end] == ',' && pronouns[nw])
		}
		if !isCapital(a.text, w) && !determiners[lw] && !titleNouns[lw] && lw != "state" || n > 0 && a.text[ws[n-1].end] == ',' {
			return ment{}, false
		}
	}
	return ment{}, false
}

// reporter returns the person a sentence [s, at) ending in an attribution
// reports the words of (", Smith said.", ", said Smith."), or -1.
func (a *attributor) reporter(s, at int) int {
	a.openerWords = appendWords(a.openerWords[:0], a.text, s, at)
	ws := a.openerWords
	n := len(ws)
	if n < 3 {
		return -1
	}
	last := ws[n-1]
	if cue, _ := a.cueAt(ws, n-1); cue != "" {
		if m, ok := a.mentionEndingAt(ws[n-2].end); ok && afterComma(a.text[s:m.start]) {
			return m.ent
		}
		return -1
	}
	m, ok := a.mentionEndingAt(last.end)
	if !ok {
		return -1
	}
	for k := n - 2; k > 0 && ws[k].start >= m.start-1; k-- {
		if ws[k].end <= m.start {
			if cue, _ := a.cueAt(ws, k); cue != "" && namer(cue) && afterComma(a.text[s:ws[k].start]) {
				return m.ent
			}
			break
		}
	}
	return -1
}

// afterComma reports whether before ends in a comma and at most titles
// ("..., Sen."), where an attribution closing a sentence starts.
func afterComma(before string) bool {
	k := strings.LastIndexByte(before, ',')
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(before[k+1:]) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// clauseOpener is the opener of [s, at), or of the clause after its first
// comma when the sentence opens with a phrase ("In the interview, he").
func (a *attributor) clauseOpener(s, at int) (ment, bool) {
	if m, ok := a.opener(s, at); ok {
		return m, true
	}
	if c := strings.IndexByte(a.text[s:at], ','); c >= 0 {
		return a.opener(s+c+1, at)
	}
	return ment{}, false
}

// subjectBefore finds who speaks through the cue at c: the name or pronoun
// right before it, skipping adverbs and one appositive ("Smith, a
// spokesman for the party, said").
func (a *attributor) subjectBefore(s, c int, cue string) attribution {
	p := c
	for {
		ws, we := prevWord(a.text, s, p)
		if ws < 0 {
			break
		}
		w := a.low[ws:we]
		if w == "and" || w == "but" {
			// "Smith called ... and said": the subject opens the sentence,
			// which may lie before an earlier quotation.
			at, _ := a.subject(a.lineStart(max(0, ws-subjectReach), ws), ws)
			at.cue = cue
			return at
		}
		if !skippable[w] && !cueVerbs[w] {
			if w == "who" && strings.HasSuffix(strings.TrimRight(a.text[s:ws], " "), ",") {
				p = ws // "said Smith, who added": Smith ends the text before
			}
			break
		}
		p = ws
	}
	q := strings.TrimRight(a.text[s:p], " ")
	for range 4 {
		if !strings.HasSuffix(q, ",") {
			break
		}
		q = q[:len(q)-1]
		j := strings.LastIndexByte(q, ',')
		if j < 0 || !appositive(q[j+1:]) {
			break
		}
		q = q[:j]
	}
	if at, ok := a.nameEndingAt(s, q, cue); ok {
		return at
	}
	return a.described(s+strings.LastIndexByte(q, ',')+1, s+len(q), cue)
}

// appositive reports whether a comma-delimited phrase describes the name
// before it ("a spokesman for the party", "32", "who ran in 2008") rather
// than being the name itself.
func appositive(seg string) bool {
	r := firstRune(strings.TrimLeft(seg, " "))
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// nameEndingAt credits the name or pronoun that ends q, the text from s up
// to a cue, a parenthesis aside ("Smith (D-Ore.)").
func (a *attributor) nameEndingAt(s int, q, cue string) (attribution, bool) {
	q = strings.TrimRight(stripParen(q), " ")
	end := s + len(q)
	if ws, we := prevWord(a.text, s, end); ws >= 0 && we == end {
		if p := a.low[ws:we]; p == "he" || p == "she" {
			return a.pronoun(ws, we, cue), true
		}
	}
	if m, ok := a.mentionEndingAt(end); ok {
		return attribution{ent: m.ent, start: m.start, end: m.end, cue: cue}, true
	}
	return none, false
}

// stripParen drops a trailing parenthesis ("Smith (D-Ore.)").
func stripParen(q string) string {
	if strings.HasSuffix(q, ")") {
		if j := strings.LastIndexByte(q, '('); j >= 0 && len(q)-j < 40 {
			return q[:j]
		}
	}
	return q
}

// named credits the subject phrase [i, j): the first comma-separated part
// with a name decides; within it the last name that does not modify a noun
// ("Clinton's campaign manager Robby Mook" -> Robby Mook), a person before
// an organisation. A pronoun alone is resolved.
func (a *attributor) named(i, j int, cue string) attribution {
	phrase := strings.TrimSpace(a.text[i:j])
	if p := strings.ToLower(strings.TrimRight(phrase, ",.;:")); p == "he" || p == "she" {
		k := i + strings.Index(a.text[i:j], phrase)
		return a.pronoun(k, k+len(p), cue)
	}
	var capital, lower [][2]int
	for from := i; from < j; {
		pe := j
		if c := strings.IndexByte(a.text[from:j], ','); c >= 0 {
			pe = from + c
		}
		if unicode.IsLower(firstRune(strings.TrimLeft(a.text[from:pe], " "))) {
			lower = append(lower, [2]int{from, pe})
		} else {
			capital = append(capital, [2]int{from, pe})
		}
		from = pe + 1
	}
	for _, p := range append(capital, lower...) {
		if m, ok := a.head(p[0], p[1]); ok {
			return attribution{ent: m.ent, start: m.start, end: m.end, cue: cue}
		}
	}
	first := j
	if c := strings.IndexByte(a.text[i:j], ','); c >= 0 {
		first = i + c
	}
	return a.described(i, first, cue)
}

// described credits a definite description ("the president", "the
// committee chairman") to the person it stands for: the one person named
// with that title, or else the person the sentences before are about, if
// that person's title does not name another office.
func (a *attributor) described(i, j int, cue string) attribution {
	ws := strings.Fields(strings.TrimRight(a.text[i:j], " ,.;:"))
	if len(ws) < 2 || len(ws) > 4 || !strings.EqualFold(ws[0], "the") {
		return attribution{ent: -1, start: -1, end: -1, cue: cue}
	}
	desc := make([]string, len(ws)-1)
	for k, w := range ws[1:] {
		desc[k] = office(w)
	}
	if !offices[desc[len(desc)-1]] && !roles[desc[len(desc)-1]] {
		return attribution{ent: -1, start: -1, end: -1, cue: cue}
	}
	start := i + strings.Index(a.text[i:j], ws[0])
	end := start + strings.Index(a.text[start:j], ws[len(ws)-1]) + len(ws[len(ws)-1])
	titled := -1
	for e := range a.ents {
		if a.ents[e].Kind != names.Person || !titleNames(a.ents[e].Title, desc) || !a.namedBefore(e, i) {
			continue
		}
		if titled >= 0 {
			return attribution{ent: -1, start: start, end: end, cue: cue}
		}
		titled = e
	}
	if titled < 0 {
		titled = a.antecedent(start, "", func(e int) bool {
			return a.ents[e].Kind == names.Person && !otherOffice(a.ents[e].Title, desc)
		})
	}
	return attribution{ent: titled, start: start, end: end, cue: cue}
}

// namedBefore reports whether entity e is named before offset i.
func (a *attributor) namedBefore(e, i int) bool {
	for _, m := range a.ents[e].Mentions {
		if m.Start < i {
			return true
		}
	}
	return false
}

// titleNames reports whether a title ("Sen.", "California Rep.", "Vice
// President") is what the description desc (its words after "the", each
// through office) names: the same office, and every rank the title adds
// ("vice", "former") said in the description too.
func titleNames(title string, desc []string) bool {
	ts := strings.Fields(title)
	if len(ts) == 0 || office(ts[len(ts)-1]) != desc[len(desc)-1] {
		return false
	}
	for _, t := range ts[:len(ts)-1] {
		if t = office(t); ranks[t] && !slices.Contains(desc, t) {
			return false
		}
	}
	return true
}

// otherOffice reports whether a title names an office other than the one
// the description desc names: a senator is not "the governor", nor a vice
// president "the president".
func otherOffice(title string, desc []string) bool {
	ts := strings.Fields(title)
	return len(ts) > 0 && offices[desc[len(desc)-1]] && offices[office(ts[len(ts)-1])] && !titleNames(title, desc)
}

// office spells a title word the way a description says it: lower case,
// abbreviations written out, a congressman a representative.
func office(w string) string {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if full, ok := officeSpellings[w]; ok {
		return full
	}
	return w
}

// head returns the name a phrase is about: its first person that does not
// modify a noun ("Clinton's campaign manager Robby Mook"), else its first
// such organisation.
func (a *attributor) head(from, to int) (ment, bool) {
	org := -1
	for n := sort.Search(len(a.ments), func(n int) bool { return a.ments[n].start >= from }); n < len(a.ments) && a.ments[n].start < to; n++ {
		m := a.ments[n]
		if m.end > to || a.modifies(m, to) || inParen(a.text, from, m.start) {
			continue
		}
		if a.ents[m.ent].Kind == names.Person {
			return m, true
		}
		if org < 0 {
			org = n
		}
	}
	if org < 0 {
		return ment{}, false
	}
	return a.ments[org], true
}

// modifies reports whether mention m is a modifier of a following
// lower-case noun ("the Smith campaign", "Smith's aide").
func (a *attributor) modifies(m ment, limit int) bool {
	i := m.end
	if strings.HasPrefix(a.text[i:], "'s") {
		i += 2
	}
	if i >= limit || a.text[i] != ' ' {
		return false
	}
	next := a.text[i+1 : limit]
	if sp := strings.IndexByte(next, ' '); sp >= 0 {
		next = next[:sp]
	}
	next = strings.TrimRight(next, ",.;:")
	return unicode.IsLower(firstRune(next)) && !notNouns[next] && !skippable[next] && !cueVerbs[next]
}

func inParen(text string, from, at int) bool {
	o := strings.LastIndexByte(text[from:at], '(')
	return o >= 0 && strings.IndexByte(text[from+o:at], ')') < 0
}

// pronoun resolves "he" or "she" at [i, j) to the person of a fitting
// gender it stands for, if the text makes that clear.
func (a *attributor) pronoun(i, j int, cue string) attribution {
	want := "male"
	if strings.EqualFold(a.text[i:j], "she") {
		want = "female"
	}
	e := a.antecedent(i, want, func(e int) bool { return a.fits(e, want) })
	return attribution{ent: e, start: i, end: j, cue: cue}
}

// antecedent returns the person that a pronoun of gender want ("" for a
// description) at i stands for among those fits accepts, or -1. The one fitting person named
// outside quotations in the current and previous paragraph is it; of
// several, the speaker of the quotation just before when no one else is
// named since, else the subject the sentences before are about.
func (a *attributor) antecedent(i int, want string, fits func(int) bool) int {
	floor := a.previousParagraph(i)
	last := -1
	if a.lastEnt >= 0 && a.lastEnd >= floor && fits(a.lastEnt) {
		last = a.lastEnt
	}
	if e, ok := a.only(floor, i, last, fits); ok {
		return e
	}
	if last >= 0 {
		if e, ok := a.only(a.lastEnd, i, last, fits); ok {
			return e
		}
	}
	return a.centre(floor, i, want, fits)
}

// only returns the one person fits accepts among seed (or -1) and those
// named in [from, to); ok is false when there are several, or when one is
// the owner in "Smith's attorney", which names a second person too.
func (a *attributor) only(from, to, seed int, fits func(int) bool) (int, bool) {
	found := seed
	lo := sort.Search(len(a.ments), func(n int) bool { return a.ments[n].start >= from })
	for n := lo; n < len(a.ments) && a.ments[n].start < to; n++ {
		m := a.ments[n]
		if !fits(m.ent) || m.ent == found && !a.ownsPerson(m, to) {
			continue
		}
		if found >= 0 || a.ownsPerson(m, to) {
			return -1, false
		}
		found = m.ent
	}
	return found, true
}

// centre returns the person the sentences before i are about, walking
// back no further than floor: the subject of the nearest sentence that
// names someone fits accepts, when that subject is such a person. A
// sentence opening with a pronoun of gender want ("" for any) hands on to
// the one before; one that names fitting people only elsewhere than as its
// subject leaves it unclear (-1).
func (a *attributor) centre(floor, i int, want string, fits func(int) bool) int {
	// The words before i in its own sentence ("Of Smith, he said") name
	// no one it could stand for.
	s := sentenceStart(a.text, floor, i)
	if e, ok := a.only(s, i, -1, fits); e >= 0 || !ok {
		return -1
	}
	for at := s - 1; at > floor; at = s - 1 {
		s = sentenceStart(a.text, floor, at)
		if e := a.reporter(s, at); e >= 0 && fits(e) {
			return e
		}
		m, ok := a.clauseOpener(s, at)
		if ok && m.ent >= 0 && fits(m.ent) && !strings.HasPrefix(a.text[m.end:], "'s") {
			return m.ent // a possessor ("Smith's plan") is what the sentence is not about
		}
		if ok && m.ent < 0 && (want == "" || pronounGender(a.text[m.start:m.end]) == want) {
			continue
		}
		if e, ok := a.only(s, at, -1, fits); e >= 0 || !ok {
			return -1
		}
	}
	return -1
}

func pronounGender(p string) string {
	if strings.EqualFold(p, "she") {
		return "female"
	}
	return "male"
}

// fits reports whether entity e is a person a pronoun of gender want can
// stand for.
func (a *attributor) fits(e int, want string) bool {
	if a.ents[e].Kind != names.Person {
		return false
	}
	if !a.gendered[e] {
		a.genders[e], a.gendered[e] = a.ents[e].Gender(), true
	}
	return a.genders[e] == "" || a.genders[e] == want
}

// ownsPerson reports whether mention m is the owner in "Smith's attorney",
// which names a second, unnamed person a pronoun may stand for as well.
func (a *attributor) ownsPerson(m ment, limit int) bool {
	if m.end >= limit {
		return false
	}
	rest, ok := strings.CutPrefix(a.text[m.end:limit], "'s ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return personNouns[strings.TrimRight(w, ",.;:")]
}

// inherits reports whether a quotation with no cue of its own continues
// the previous one: same paragraph or the next, and no other person named
// in between.
func (a *attributor) inherits(prev, cur span, pq *Quote) bool {
	if pq.Speaker == "" {
		return false
	}
	gap := a.text[prev.end:cur.start]
	if nl := strings.IndexByte(gap, '\n'); nl >= 0 {
		if strings.TrimSpace(gap[strings.LastIndexByte(gap, '\n'):]) != "" || len(strings.TrimSpace(gap[:nl])) > 120 {
			return false
		}
	}
	from := sentenceEnd(a.text, prev.end, cur.start)
	said := from
	if said == cur.start {
		said = prev.end // no sentence end: the gap is no attribution of prev
	}
	for _, w := range a.words(said, cur.start) {
		if pronouns[a.low[w.start:w.end]] {
			// "His response:": someone else may be meant.
			return false
		}
	}
	lo := sort.Search(len(a.ments), func(n int) bool { return a.ments[n].start >= from })
	for n := lo; n < len(a.ments) && a.ments[n].start < cur.start; n++ {
		if e := a.ents[a.ments[n].ent]; e.Kind == names.Person && e.Name != pq.Speaker {
			return false
		}
	}
	return true
}

// partial reports whether a quotation sits inside the reporter's sentence
// rather than standing as the speaker's own.
func (a *attributor) partial(sp span) bool {
	inner := strings.TrimLeft(a.text[sp.parts[0][0]:sp.parts[0][1]], " '")
	if inner == "" || unicode.IsLower(firstRune(inner)) {
		return true
	}
	ls := a.lineStart(max(0, sp.start-300), sp.start)
	before := strings.TrimRight(a.text[ls:sp.start], " ")
	return before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ".")
}

func (a *attributor) mentionAt(i int) (ment, bool) {
	n := sort.Search(len(a.ments), func(n int) bool { return a.ments[n].start >= i })
	if n < len(a.ments) && a.ments[n].start == i {
		return a.ments[n], true
	}
	return ment{}, false
}

func (a *attributor) mentionEndingAt(end int) (ment, bool) {
	n := sort.Search(len(a.ments), func(n int) bool { return a.ments[n].start >= end })
	for n--; n >= 0 && a.ments[n].end > end-80; n-- {
		if a.ments[n].end == end {
			return a.ments[n], true
		}
	}
	return ment{}, false
}

// lineStart returns the start of the line holding at, looking no further
// back than floor.
func (a *attributor) lineStart(floor, at int) int {
	k := sort.SearchInts(a.newlines, at) // the line breaks before at are newlines[:k]
	if k > 0 && a.newlines[k-1] >= floor {
		return a.newlines[k-1] + 1
	}
	return floor
}

// subjectReach bounds how far back a coordinated cue looks for the subject
// of its sentence.
const subjectReach = 400

// reach bounds how far back a pronoun looks for its antecedent.
const reach = 2000

// previousParagraph returns the start of the paragraph before the one
// holding at, looking back no more than reach bytes.
func (a *attributor) previousParagraph(at int) int {
	floor := max(0, at-reach)
	p := a.lineStart(floor, at)
	for p > floor && (a.text[p-1] == '\n' || a.text[p-1] == ' ') {
		p--
	}
	return a.lineStart(floor, p)
}

// sentenceStart returns where the sentence holding at begins, no further
// back than floor.
func sentenceStart(text string, floor, at int) int {
	for j := at - 1; j >= floor; j-- {
		switch text[j] {
		case '\n':
			return j + 1
		case '.', '!', '?':
			if names.EndsSentence(text, j) {
				return j + 1
			}
		}
	}
	return floor
}

// sentenceEnd returns where the sentence starting at from ends, no further
// than ceil.
func sentenceEnd(text string, from, ceil int) int {
	for j := from; j < ceil; j++ {
		switch text[j] {
		case '\n', ';':
			return j
		case '.', '!', '?':
			if names.EndsSentence(text, j) {
				return j
			}
		}
	}
	return ceil
}

// clauseEnd is the end of the phrase after a cue: a colon, a dash or a
// sentence end, commas kept for appositives.
func clauseEnd(text string, from, ceil int) int {
	for j := from; j < ceil; j++ {
		if strings.IndexByte(":;\n", text[j]) >= 0 {
			return j
		}
	}
	return ceil
}

type word struct{ start, end int }

// words lists the words of text[i:j]. The list lives in a buffer the next
// call reuses, since every quotation asks for the words around it.
func (a *attributor) words(i, j int) []word {
	a.ws = appendWords(a.ws[:0], a.text, i, j)
	return a.ws
}

// appendWords appends to out the words of text[i:j].
func appendWords(out []word, text string, i, j int) []word {
	for k := i; k < j; {
		if c := text[k]; c < utf8.RuneSelf && !ascii.IsAlnum(c) {
			k++ // spaces and punctuation, the usual case, decoded no further
			continue
		}
		r, n := utf8.DecodeRuneInString(text[k:j])
		if !ascii.IsWord(r) {
			k += n
			continue
		}
		w := word{start: k}
		for k < j {
			if ascii.IsAlnum(text[k]) {
				k++ // letters and digits, the usual case, decoded no further
				continue
			}
			r, n := utf8.DecodeRuneInString(text[k:j])
			if ascii.IsWord(r) || (r == '\'' || r == '-' || r == '.') && k+1 < j && unicode.IsLetter(rune(text[k+1])) {
				k += n
				continue
			}
			break
		}
		w.end = k
		out = append(out, w)
	}
	return out
}

// hasFields reports whether s holds at least n of the words strings.Fields
// would split it into, without splitting it.
func hasFields(s string, n int) bool {
	inField := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			if n--; n <= 0 {
				return true
			}
			inField = true
		}
	}
	return n <= 0
}

// prevWord returns the word ending at or before p, not before s.
func prevWord(text string, s, p int) (int, int) {
	for p > s && text[p-1] == ' ' {
		p--
	}
	e := p
	for p > s {
		r, n := utf8.DecodeLastRuneInString(text[s:p])
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			break
		}
		p -= n
	}
	if p == e {
		return -1, -1
	}
	return p, e
}

func wordAfter(ws []word, end int) int {
	for n, w := range ws {
		if w.start >= end {
			return n
		}
	}
	return -1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isCapital(text string, w word) bool { return unicode.IsUpper(firstRune(text[w.start:])) }

// subjectStart reports whether a word can open the subject of a cue after
// a quotation: a name, a pronoun, a determiner or a lower-case title.
func (a *attributor) subjectStart(w word) bool {
	s := a.low[w.start:w.end]
	return isCapital(a.text, w) || s == "he" || s == "she" || determiners[s] || titleNouns[s]
}

// cueAt returns the cue starting at word c and the index of the word after
// it, or "" when word c is no cue.
func (a *attributor) cueAt(ws []word, c int) (string, int) {
	w := a.low[ws[c].start:ws[c].end]
	if w == "according" && c+1 < len(ws) && a.low[ws[c+1].start:ws[c+1].end] == "to" {
		return "according to", c + 2
	}
	if cueVerbs[w] && !isCapital(a.text, ws[c]) {
		// a capital "States" or "Reads" is part of a name, not a cue
		return w, c + 1
	}
	return "", c
}

// namer reports whether a cue can be followed by its speaker ("said
// Smith"); "told Smith" names the listener instead.
func namer(cue string) bool {
	return cue != "told" && cue != "tells" && cue != "asked" && cue != "asks"
}
