// Package names finds the people, parties and organisations a news article
// mentions and groups the mentions of each into one entity with its aliases.
//
// It works without a model: capitalised word runs are cut at function words,
// stripped of titles and party labels, and filtered with word lists of places,
// dates and common capitalised nouns. It must never invent a name that is not
// written in the text, and when a word could be a name or something else it
// prefers to leave it out.
package names

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/ascii"
)

// Kind says what sort of thing an entity is.
type Kind string

// The kinds of entity Find reports.
const (
	Person       Kind = "person"
	Party        Kind = "party"
	Organization Kind = "organization"
)

// Mention is one place where the text names an entity.
type Mention struct {
	Start, End int    // byte offsets of the name itself, without title or possessive
	Name       string // surface form without title, descriptor or possessive
	Title      string // "Sen.", "President", "spokesman"... when written right before the name
	Party      string // "Democratic", "Republican"... from "Democrat X" or "X (D-Ga.)"
	Kind       Kind
}

// token is one word of the text: letters and digits with the apostrophes,
// hyphens and abbreviation periods that belong to it.
type token struct {
	start, end int
	cap        bool // first letter upper-case
	initial    bool // right after the start of a sentence, a line or a quotation
}

func (t token) text(s string) string { return s[t.start:t.end] }

// tokenize appends the words of s[from:to] to toks, in one pass; to is the
// end of s or a line break, which no word crosses.
func tokenize(s string, from, to int, toks []token) []token {
	initial := true
	for i := from; i < to; {
		if s[i] == ' ' { // the commonest byte between words changes nothing
			i++
			continue
		}
		r, w := rune(s[i]), 1
		word := false
		if r < utf8.RuneSelf {
			word = ascii.IsAlnum(s[i])
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			word = isLetterOrDigit(r)
		}
		if !word {
			switch {
			case r == '.' || r == '!' || r == '?' || r == ':' || r == '\n' || r == '(' || r == '[' || r == '|':
				initial = true
			case r == '"':
				initial = i == 0 || strings.IndexByte(" \n(.!?", s[i-1]) >= 0
			case r != ' ' && r != '\'':
				initial = false
			}
			i += w
			continue
		}
		t := token{start: i, cap: unicode.IsUpper(r), initial: initial}
		initial = false
		t.end = i + w
		for t.end < len(s) && ascii.IsAlnum(s[t.end]) {
			t.end++
		}
		if t.end < len(s) && mayGoOn[s[t.end]] { // most words end at a space or a mark that ends them
			t.end = wordEnd(s, i, t.end)
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// wordEnd returns the end of the word that starts at start and goes on at
// least to j: letters, digits and combining marks, with the apostrophes,
// hyphens, ampersands and abbreviation periods that join letters, and a
// period that closes an abbreviation.
func wordEnd(s string, start, j int) int {
	for j < len(s) {
		for j < len(s) && ascii.IsAlnum(s[j]) {
			j++ // most of a word, a byte a step
		}
		if j == len(s) {
			break
		}
		c := s[j]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !isLetterOrDigit(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			j += w
			continue
		}
		if ascii.IsAlnum(c) {
			j++
			continue
		}
		if (c == '\'' || c == '-' || c == '&' || c == '.') && j+1 < len(s) && letterAt(s, j+1) &&
			(c != '.' || dotted(s[start:j])) {
			j++
			continue
		}
		break
	}
	if j < len(s) && s[j] == '.' && abbreviated(s[start:j]) {
		j++
	}
	return j
}

// mayGoOn marks the bytes after letters that wordEnd must look at: those
// that may join letters or close an abbreviation, and those that start a
// character outside ASCII.
var mayGoOn = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	for _, c := range "'-&." {
		t[c] = true
	}
	return t
}()

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii.IsAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// dotted reports whether a word continues as an abbreviation with inner
// periods ("U.S.", "D.C.").
func dotted(w string) bool {
	return len(w) == 1 || (len(w) >= 3 && w[len(w)-2] == '.' && len(w)%2 == 1)
}

// abbreviated reports whether a period after w belongs to w.
func abbreviated(w string) bool {
	if is(w, abbreviation) || strings.Contains(w, ".") {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// possessive strips "'s" (or a lone "'" after s) from a word.
func possessive(w string) (string, bool) {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
		return w[:len(w)-2], true
	}
	return w, false
}

// doubt is what the whole-text filters need to know of a mention found in
// a run, beside the mention itself.
type doubt struct {
	weak    bool // a lone word kept only if the text confirms it is a name
	initial bool // the lone word opens a sentence
}

// scratch holds the buffers Find works in, kept between calls: an audit
// reads article after article, and fresh token lists for each would be
// most of what reading names allocates.
type scratch struct {
	toks     []token
	headline []bool
	found    []Mention
	doubts   []doubt
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Find returns the mentions of people, parties and organisations in text, in
// order of appearance.
func Find(text string) []Mention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	toks, headline, found, ds := sc.toks, sc.headline, sc.found[:0], sc.doubts[:0]
	for from := 0; from < len(text); {
		to := paragraphEnd(text, from)
		toks = tokenize(text, from, to, toks[:0])
		headline = titleCaseLines(text, toks, headline[:0])
		for i := 0; i < len(toks); {
			if !toks[i].cap { // no run starts lower-case: most words are passed over here
				i++
				continue
			}
			j := runEnd(text, toks, i)
			if j == i {
				i++
				continue
			}
			if !headline[i] {
				if m, d, ok := classify(text, toks, i, j); ok {
					found = append(found, m)
					ds = append(ds, d)
				}
			}
			i = j
		}
		from = to
	}
	ms := make([]Mention, len(found)) // no mentions is an empty list, not nil
	copy(ms, found)
	clear(found) // the pool keeps no text alive
	sc.toks, sc.headline, sc.found, sc.doubts = toks[:0], headline[:0], found[:0], ds[:0]
	return confirm(ms, ds)
}

// paragraphEnd returns where the paragraph starting at from ends: at the
// next blank line after it, or at the end of text. Names, titles and runs
// never reach across a blank line, so paragraphs are read one at a time and
// the token list stays as small as the longest of them.
func paragraphEnd(text string, from int) int {
	if k := strings.Index(text[from+1:], "\n\n"); k >= 0 {
		return from + 1 + k
	}
	return len(text)
}

// confirm keeps doubtful lone words that the rest of the text shows to be
// names: the surname of a full name, or a word also capitalised
// mid-sentence or opening two sentences. ds[k] is the doubt about ms[k]; ms
// is filtered in place.
func confirm(ms []Mention, ds []doubt) []Mention {
	surnames := map[string]bool{}
	seen := map[string]int{} // lone words: mid-sentence counts 2, sentence-initial 1
	for k, m := range ms {
		switch d := ds[k]; {
		case m.Kind != Person:
		case strings.Contains(m.Name, " "):
			surnames[lastName(m.Name)] = true
		case !d.weak && !d.initial:
			seen[m.Name] += 2
		case !d.weak:
			seen[m.Name]++
		}
	}
	out := ms[:0]
	for k, m := range ms {
		switch d := ds[k]; {
		case !d.weak && !d.initial:
		case surnames[m.Name]:
		case !d.weak && seen[m.Name] >= 2:
		default:
			continue
		}
		out = append(out, m)
	}
	return out
}

// lastName is the final word of a full name, suffixes aside.
func lastName(name string) string {
	if singleSpaced(name) {
		for {
			i := strings.LastIndexByte(name, ' ')
			if i < 0 || !is(name[i+1:], suffix) {
				return name[i+1:]
			}
			name = name[:i]
		}
	}
	f := strings.Fields(name)
	for len(f) > 1 && is(f[len(f)-1], suffix) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstName is the first word of a multi-word name, or "".
func firstName(name string) string {
	if singleSpaced(name) {
		if i := strings.IndexByte(name, ' '); i >= 0 {
			return name[:i]
		}
		return ""
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[0]
}

// singleSpaced reports whether name is words joined by single spaces, as
// Find writes names: its words are then found without splitting it, which
// grouping does for every mention.
func singleSpaced(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case ' ' < c && c < utf8.RuneSelf: // a letter or a mark, most bytes: one test
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(name[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		case c == ' ':
			if i == 0 || i == len(name)-1 || name[i-1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		}
	}
	return true
}

// runEnd returns the end (exclusive) of the capitalised run starting at
// toks[i], or i when toks[i] cannot start one.
func runEnd(s string, toks []token, i int) int {
	if !startsRun(s, toks[i]) {
		return i
	}
	j := i + 1
	for j < len(toks) {
		prev := toks[j-1]
		if prev.end+1 != toks[j].start || s[prev.end] != ' ' {
			break
		}
		pw := prev.text(s)
		if _, poss := possessive(pw); poss || strings.HasSuffix(pw, ".") && !is(pw, title) && !initialLetter(pw) {
			break
		}
		w := toks[j].text(s)
		if toks[j].cap {
			if is(w, function) {
				break
			}
			j++
			continue
		}
		if j+1 < len(toks) && toks[j+1].cap && toks[j].end+1 == toks[j+1].start &&
			(is(w, particle) || w == "of" && ofJoins(pw)) && !is(toks[j+1].text(s), function) {
			j += 2
			continue
		}
		break
	}
	return j
}

func startsRun(s string, t token) bool {
	if !t.cap {
		return false
	}
	w := t.text(s)
	if is(w, function) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// ofJoins reports whether "of" after w continues a name ("University of",
// "Secretary of State").
func ofJoins(w string) bool {
	return is(w, orgHead) || w == "Secretary" || w == "Bank" || w == "Governor" || w == "Mayor"
}

func initialLetter(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// classify decides what the run toks[i:j] names, if anything.
func classify(s string, toks []token, i, j int) (Mention, doubt, bool) {
	// Most runs are short: their words and classes stay off the heap, and
	// each word is looked up in the lexicon once.
	var wordBuf [8]string
	var classBuf [8]wordClass
	words, classes := wordBuf[:0], classBuf[:0]
	for k := i; k < j; k++ {
		words = append(words, toks[k].text(s))
	}
	last, _ := possessive(words[len(words)-1])
	words[len(words)-1] = last
	end := toks[j-1].start + len(last)
	if last == "" {
		return Mention{}, doubt{}, false
	}
	for _, w := range words {
		classes = append(classes, classOf(w))
	}
	joined := join(s, toks[i:j], words, end)
	if classes[0]&partyStart != 0 { // most runs name no party: their first word says so without hashing them whole
		if p, ok := partyNames[joined]; ok {
			return Mention{Start: toks[i].start, End: end, Name: joined, Party: p, Kind: Party}, doubt{}, true
		}
	}
	if isOrg(words, classes) {
		m := Mention{Start: toks[i].start, End: end, Name: joined, Kind: Organization}
		if last == "Democrats" || last == "Republicans" {
			m.Kind, m.Party = Party, partyOf[strings.TrimSuffix(last, "s")]
		}
		return m, doubt{}, true
	}
	k := 0 // first word of the name proper
	for n := len(words) - 1; n > 0; n-- {
		if classes[n-1]&title != 0 || words[n-1] == "of" {
			k = n
			break
		}
	}
	name := words[k:]
	if core := len(name) - suffixCount(name, classes[k:]); core > 3 {
		k += core - 2
		name = words[k:]
	}
	if !plausible(name, classes[k:]) {
		return Mention{}, doubt{}, false
	}
	m := Mention{Start: toks[i+k].start, End: end, Name: join(s, toks[i+k:j], name, end), Kind: Person}
	m.Title, m.Party = prefix(words[:k])
	if m.Title == "" && i > 0 {
		m.Title = lowerTitle(s, toks[i-1], toks[i])
	}
	if m.Party == "" {
		m.Party = affiliation(s[end:])
	}
	d := doubt{initial: k == 0 && toks[i].initial && len(name) == 1}
	if len(name) == 1 {
		w := name[0]
		d.weak = classes[k]&(place|commonCap|calendar|title|orgHead) != 0 ||
			d.initial && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing"))
	}
	return m, d, true
}

// join returns words, the texts of toks with the last one ending at end,
// joined by single spaces: the text itself where it is written so, as
// nearly every name is, without copying it.
func join(s string, toks []token, words []string, end int) string {
	for k := 1; k < len(toks); k++ {
		if toks[k].start != toks[k-1].end+1 || s[toks[k-1].end] != ' ' {
			return strings.Join(words, " ")
		}
	}
	return s[toks[0].start:end]
}

// suffixCount counts the suffixes and initials of a name ("Jr.", "M."),
// which do not make it longer; classes are its words' classes.
func suffixCount(name []string, classes []wordClass) int {
	c := 0
	for n, w := range name {
		if classes[n]&suffix != 0 || initialLetter(w) {
			c++
		}
	}
	return c
}

// isOrg reports whether a run names an organisation; classes are its
// words' classes.
func isOrg(words []string, classes []wordClass) bool {
	last, lastClass := words[len(words)-1], classes[len(words)-1]
	if lastClass&orgHead != 0 && (len(words) > 1 || lastClass&commonCap == 0 || last == "Senate" || last == "Congress") {
		return true
	}
	for n := range words[:len(words)-1] {
		if classes[n]&orgHead != 0 && words[n+1] == "of" {
			return true
		}
	}
	if len(words) == 1 {
		return lastClass&knownOrg != 0 || acronym(last, lastClass)
	}
	return words[0] == "Daily" || words[0] == "Weekly"
}

// acronym reports an all-capital word of 2 to 6 letters that is not a
// place, numeral or shouted function word; class is its class.
func acronym(w string, class wordClass) bool {
	if len(w) < 2 || len(w) > 7 || class&(notOrgAcronym|place) != 0 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// plausible reports whether words, of the given classes, can be a person's
// name.
func plausible(words []string, classes []wordClass) bool {
	common := 0
	for n, w := range words {
		c := classes[n]
		if c&(calendar|function) != 0 {
			return false
		}
		if c&(place|commonCap|title|orgHead) != 0 {
			common++
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && c&particle == 0 {
			return false
		}
		if !nameLetters(w) {
			return false
		}
	}
	return len(words) == 1 || common < len(words)
}

// nameLetters reports whether w is made only of letters, combining marks
// and the apostrophes, hyphens and periods names are written with.
func nameLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf { // the rest is decoded; ASCII, most names, is not
			for _, r := range w[i:] {
				if !unicode.IsLetter(r) && r != '\'' && r != '-' && r != '.' && !unicode.Is(unicode.Mn, r) {
					return false
				}
			}
			return true
		}
		if !ascii.IsLetter(c) && c != '\'' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// prefix splits the words before a name into its title and party.
func prefix(words []string) (title, party string) {
	var t []string
	for _, w := range words {
		if p, ok := partyOf[w]; ok && party == "" {
			party = p
			continue
		}
		t = append(t, w)
	}
	return strings.Join(t, " "), party
}

// lowerTitle returns a lower-case descriptor written right before the name.
func lowerTitle(s string, prev, cur token) string {
	w := prev.text(s)
	if prev.end+1 == cur.start && is(w, descriptor) {
		return w
	}
	return ""
}

// affiliation reads "(D-Ga.)", ", R-Wis.," or " (I)" right after a name.
func affiliation(rest string) string {
	rest = strings.TrimPrefix(rest, " ")
	if len(rest) < 3 || rest[0] != '(' && rest[0] != ',' {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " ")
	if len(rest) < 2 {
		return ""
	}
	p, ok := partyLetters[rest[0]]
	if !ok || rest[1] != '-' && rest[1] != ')' && rest[1] != ',' {
		return ""
	}
	return p
}

// titleCaseLines marks the tokens on lines written in title case (headlines),
// where capitals say nothing about names; it appends one mark per token to
// out.
func titleCaseLines(s string, toks []token, out []bool) []bool {
	out = append(out, make([]bool, len(toks))...)
	for i := 0; i < len(toks); {
		lineEnd := strings.IndexByte(s[toks[i].start:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += toks[i].start
		}
		j, caps, long := i, 0, 0
		for j < len(toks) && toks[j].start < lineEnd {
			if toks[j].end-toks[j].start >= 4 {
				long++
				if toks[j].cap {
					caps++
				}
			}
			j++
		}
		if long >= 4 && caps*10 >= long*9 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// EndsSentence reports whether the '.', '!' or '?' at byte i of s closes a
// sentence, rather than an abbreviation, an initial or a decimal point
// ("Sen.", "J.", "U.S.", "3.5").
func EndsSentence(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	switch s[i] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	if i+1 < len(s) && strings.IndexByte(" \n\"'", s[i+1]) < 0 {
		return false
	}
	j := i
	for j > 0 && i-j < 40 && (s[j-1] == '.' || s[j-1] >= 0x80 || unicode.IsLetter(rune(s[j-1]))) {
		j--
	}
	return j == i || !abbreviated(s[j:i])
}
