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
	"unicode"
	"unicode/utf8"
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

// tokenize splits s into words in one pass.
func tokenize(s string) []token {
	var toks []token
	initial := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
		j := i + w
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += w
				continue
			}
			if (r == '\'' || r == '-' || r == '&' || r == '.') && j+1 < len(s) {
				n, _ := utf8.DecodeRuneInString(s[j+1:])
				if unicode.IsLetter(n) && (r != '.' || dotted(s[t.start:j])) {
					j += w
					continue
				}
			}
			break
		}
		if j < len(s) && s[j] == '.' && abbreviated(s[t.start:j]) {
			j++
		}
		t.end = j
		toks = append(toks, t)
		i = j
	}
	return toks
}

// dotted reports whether a word continues as an abbreviation with inner
// periods ("U.S.", "D.C.").
func dotted(w string) bool {
	return len(w) == 1 || (len(w) >= 3 && w[len(w)-2] == '.' && len(w)%2 == 1)
}

// abbreviated reports whether a period after w belongs to w.
func abbreviated(w string) bool {
	if abbreviations[w] || strings.Contains(w, ".") {
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

// candidate is a classified run, still subject to the whole-text filters.
type candidate struct {
	Mention
	weak    bool // a lone word kept only if the text confirms it is a name
	initial bool // the lone word opens a sentence
}

// Find returns the mentions of people, parties and organisations in text, in
// order of appearance.
func Find(text string) []Mention {
	toks := tokenize(text)
	headline := titleCaseLines(text, toks)
	var cands []candidate
	for i := 0; i < len(toks); {
		j := runEnd(text, toks, i)
		if j == i {
			i++
			continue
		}
		if !headline[i] {
			if c, ok := classify(text, toks, i, j); ok {
				cands = append(cands, c)
			}
		}
		i = j
	}
	return confirm(cands)
}

// confirm keeps doubtful lone words that the rest of the text shows to be
// names: the surname of a full name, or a word also capitalised
// mid-sentence or opening two sentences.
func confirm(cands []candidate) []Mention {
	surnames := map[string]bool{}
	seen := map[string]int{} // lone words: mid-sentence counts 2, sentence-initial 1
	for _, c := range cands {
		switch {
		case c.Kind != Person:
		case strings.Contains(c.Name, " "):
			surnames[lastName(c.Name)] = true
		case !c.weak && !c.initial:
			seen[c.Name] += 2
		case !c.weak:
			seen[c.Name]++
		}
	}
	out := make([]Mention, 0, len(cands))
	for _, c := range cands {
		switch {
		case !c.weak && !c.initial:
		case surnames[c.Name]:
		case !c.weak && seen[c.Name] >= 2:
		default:
			continue
		}
		out = append(out, c.Mention)
	}
	return out
}

// lastName is the final word of a full name, suffixes aside.
func lastName(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && suffixes[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstName is the first word of a multi-word name, or "".
func firstName(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[0]
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
		if _, poss := possessive(pw); poss || strings.HasSuffix(pw, ".") && !titleWords[pw] && !initialLetter(pw) {
			break
		}
		w := toks[j].text(s)
		if toks[j].cap {
			if functionWords[w] {
				break
			}
			j++
			continue
		}
		if (particles[w] || w == "of" && ofJoins(pw)) && j+1 < len(toks) && toks[j+1].cap &&
			toks[j].end+1 == toks[j+1].start && !functionWords[toks[j+1].text(s)] {
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
	if functionWords[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// ofJoins reports whether "of" after w continues a name ("University of",
// "Secretary of State").
func ofJoins(w string) bool {
	return orgHeads[w] || w == "Secretary" || w == "Bank" || w == "Governor" || w == "Mayor"
}

func initialLetter(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// classify decides what the run toks[i:j] names, if anything.
func classify(s string, toks []token, i, j int) (candidate, bool) {
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, toks[k].text(s))
	}
	last, _ := possessive(words[len(words)-1])
	words[len(words)-1] = last
	end := toks[j-1].start + len(last)
	if last == "" {
		return candidate{}, false
	}
	joined := strings.Join(words, " ")
	if p, ok := partyNames[joined]; ok {
		return candidate{Mention: Mention{Start: toks[i].start, End: end, Name: joined, Party: p, Kind: Party}}, true
	}
	if isOrg(words) {
		m := Mention{Start: toks[i].start, End: end, Name: joined, Kind: Organization}
		if last == "Democrats" || last == "Republicans" {
			m.Kind, m.Party = Party, partyOf[strings.TrimSuffix(last, "s")]
		}
		return candidate{Mention: m}, true
	}
	k := 0 // first word of the name proper
	for n := len(words) - 1; n > 0; n-- {
		if titleWords[words[n-1]] || words[n-1] == "of" {
			k = n
			break
		}
	}
	name := words[k:]
	if core := len(name) - suffixCount(name); core > 3 {
		k += core - 2
		name = words[k:]
	}
	if !plausible(name) {
		return candidate{}, false
	}
	m := Mention{Start: toks[i+k].start, End: end, Name: strings.Join(name, " "), Kind: Person}
	m.Title, m.Party = prefix(words[:k])
	if m.Title == "" && i > 0 {
		m.Title = lowerTitle(s, toks[i-1], toks[i])
	}
	if m.Party == "" {
		m.Party = affiliation(s[end:])
	}
	c := candidate{Mention: m, initial: k == 0 && toks[i].initial && len(name) == 1}
	if len(name) == 1 {
		w := name[0]
		c.weak = placeWords[w] || commonCaps[w] || calendarWords[w] || titleWords[w] || orgHeads[w] ||
			c.initial && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing"))
	}
	return c, true
}

// suffixCount counts the suffixes and initials of a name ("Jr.", "M."),
// which do not make it longer.
func suffixCount(name []string) int {
	c := 0
	for _, w := range name {
		if suffixes[w] || initialLetter(w) {
			c++
		}
	}
	return c
}

// isOrg reports whether a run names an organisation.
func isOrg(words []string) bool {
	last := words[len(words)-1]
	if orgHeads[last] && (len(words) > 1 || !commonCaps[last] || last == "Senate" || last == "Congress") {
		return true
	}
	for n, w := range words[:len(words)-1] {
		if orgHeads[w] && words[n+1] == "of" {
			return true
		}
	}
	if len(words) == 1 {
		return knownOrgs[last] || acronym(last)
	}
	return words[0] == "Daily" || words[0] == "Weekly"
}

// acronym reports an all-capital word of 2 to 6 letters that is not a
// place, numeral or shouted function word.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 7 || acronymNonOrgs[w] || placeWords[w] {
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

// plausible reports whether words can be a person's name.
func plausible(words []string) bool {
	common := 0
	for _, w := range words {
		if calendarWords[w] || functionWords[w] {
			return false
		}
		if placeWords[w] || commonCaps[w] || titleWords[w] || orgHeads[w] {
			common++
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particles[w] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '-' && r != '.' && !unicode.Is(unicode.Mn, r) {
				return false
			}
		}
	}
	return len(words) == 1 || common < len(words)
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
	if prev.end+1 == cur.start && lowerTitles[w] {
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
// where capitals say nothing about names.
func titleCaseLines(s string, toks []token) []bool {
	out := make([]bool, len(toks))
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
