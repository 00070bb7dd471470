package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims"
	"factdiff/claims/ascii"
	"factdiff/claims/names"
	"factdiff/claims/sentences"
	"factdiff/finding"
)

var garbledReference = Rule{
	Rule: finding.Rule{
		ID:       "garbled-reference",
		Severity: finding.Warning,
		Description: "A sentence whose references cannot be right as written: a surname doubled " +
			"(\"Smith Smith\"), a person acting on themselves (\"Smith told Smith's\"), or the " +
			"same capitalised phrase as subject and object of one clause; in a draft written " +
			"in lower case, a name of the sources written twice in one clause (\"ashford " +
			"came from behind to beat ashford\"). Judged in one document, read with the " +
			"sources' names where the draft shows none.",
		Example: `"Jones told Jones's supporters" where another name was lost`,
	},
	run: runGarbled,
}

func runGarbled(s *Set, r Rule) []finding.Finding {
	var out []finding.Finding
	for i := range s.Docs {
		if !s.IsDraft(i) {
			continue
		}
		ws := s.words(i)
		out = append(out, doubledNames(s, r, i, ws)...)
		out = append(out, selfActions(s, r, i)...)
		out = append(out, ownObjects(s, r, i, ws)...)
		out = append(out, repeatedNames(s, r, i, ws, s.nameWords())...)
	}
	return out
}

// maxNameGap is how many words may part the two mentions of one name that
// repeatedNames reads as the two ends of one clause.
const maxNameGap = 12

// repeatedNames flags a name the sources use written twice within a few
// words of one sentence of a draft, in different places of the clause
// ("ashford came from behind to beat ashford", "harlow town dragons have
// been given permission to take over harlow town dragons"): a
// summary that lost one of two names writes the other in its place. The
// sources' name words find the names of a draft written in lower case,
// which shows none of its own. The same words before both mentions ("in the
// X ... in the X") repeat a phrase rather than swap a name; a mention after
// "the" or owning something ("the conference ... the conference's") is a
// noun more than a party to the clause.
func repeatedNames(s *Set, r Rule, i int, ws []word, nameWords map[string]bool) []finding.Finding {
	if len(nameWords) == 0 {
		return nil
	}
	d := s.Docs[i]
	text := d.Text.S
	type mention struct{ from, to int }
	seen := map[string]mention{}
	var out []finding.Finding
	sentence, done := -1, false
	for k := 0; k < len(ws); {
		if !nameWords[ws[k].text] || !nameLike(d, ws[k]) {
			k++
			continue
		}
		to := k + 1
		for to < len(ws) && text[ws[to-1].end:ws[to].start] == " " && nameWords[ws[to].text] && nameLike(d, ws[to]) {
			to++
		}
		if si := d.SentenceAt(ws[k].start); si != sentence {
			sentence, done = si, false
			clear(seen)
		}
		key := strings.ToLower(text[ws[k].start:ws[to-1].end])
		if p, ok := seen[key]; ok && !done && k-p.to <= maxNameGap && !owner(text, ws[p.to-1].end) {
			a, b := wordBefore(ws, p.from), wordBefore(ws, k)
			if a != b && a != "the" && b != "the" && uncapitalised(text, ws, d.Sentences[sentence]) {
				msg := fmt.Sprintf("%s is named twice in %s; one of them was probably someone else", quoteOf(text[ws[k].start:ws[to-1].end]), quoteOf(text[ws[p.from].start:ws[to-1].end]))
				out = append(out, s.New(r, i, claims.Span{Start: ws[p.from].start, End: ws[to-1].end}, "", msg))
				done = true
			}
		}
		seen[key] = mention{k, to}
		k = to
	}
	return out
}

// uncapitalised says whether no word of a sentence is written with a
// capital and then small letters: a sentence in lower case is a
// summarising model's, whose repeated name marks one it lost, while a
// writer repeats a name in a sentence only to say it twice.
func uncapitalised(text string, ws []word, sent sentences.Sentence) bool {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= sent.Start })
	for ; k < len(ws) && ws[k].start < sent.End; k++ {
		if w := text[ws[k].start:ws[k].end]; capitalised(w) && isLowerStart(w[1:]) {
			return false
		}
	}
	return true
}

// wordBefore returns the word before ws[k], or "".
func wordBefore(ws []word, k int) string {
	if k == 0 {
		return ""
	}
	return ws[k-1].text
}

// owner says whether the name ending at offset end owns what follows
// ("Ashford's", "ashford\'s").
func owner(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \\")
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") ||
		strings.HasSuffix(text[:end], "'s") || strings.HasSuffix(text[:end], "\u2019s")
}

// doubledNames flags a surname written twice with one space between
// ("Smith Smith") when the document knows that person by another first
// name, so a real name such as "Sirhan Sirhan" stays alone.
func doubledNames(s *Set, r Rule, i int, ws []word) []finding.Finding {
	d := s.Docs[i]
	text := d.Text.S
	var out []finding.Finding
	for k := 1; k < len(ws); k++ {
		a, b := ws[k-1], ws[k]
		if a.text != b.text || text[a.end:b.start] != " " || !capitalised(text[a.start:a.end]) {
			continue
		}
		surname := text[a.start:a.end]
		full := onlyPersonWithSurname(d.Cast(), surname)
		if full == "" {
			continue
		}
		msg := fmt.Sprintf("name doubled: %s; the article calls this person %s", quoteOf(text[a.start:b.end]), full)
		out = append(out, s.New(r, i, claims.Span{Start: a.start, End: b.end}, s.Canonical(full), msg))
		k++
	}
	return out
}

// onlyPersonWithSurname returns the one person of the cast whose full name
// ends in surname and starts with another word, or "".
func onlyPersonWithSurname(cast names.Entities, surname string) string {
	found := ""
	for _, e := range cast {
		f := strings.Fields(e.Name)
		if e.Kind != names.Person || len(f) < 2 || f[len(f)-1] != surname || f[0] == surname {
			continue
		}
		if found != "" && found != e.Name {
			return ""
		}
		found = e.Name
	}
	return found
}

// actionVerbs take a person as object; "X <verb> X" has someone doing it to
// themselves, which news prose writes with a pronoun.
var actionVerbs = ascii.Set(`told called attacked thanked asked accused beat defeated endorsed
criticized criticised saw said`)

// selfActions flags "X told X's ..." and "X called X": two mentions of the
// same person or organisation around a transitive verb.
func selfActions(s *Set, r Rule, i int) []finding.Finding {
	d := s.Docs[i]
	cast := d.Cast()
	at := cast.At()
	ambiguous := ambiguousSurnames(cast)
	var ms []names.Mention
	for _, e := range cast {
		if e.Kind != names.Party && !ambiguous[e.Name] {
			ms = append(ms, e.Mentions...)
		}
	}
	slices.SortFunc(ms, func(a, b names.Mention) int { return cmp.Compare(a.Start, b.Start) })
	var out []finding.Finding
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		gap := d.Text.S[a.End:b.Start]
		verb := strings.TrimSpace(gap)
		if at[a.Start] != at[b.Start] || gap != " "+verb+" " || !actionVerbs[verb] {
			continue
		}
		end := b.End
		if strings.HasPrefix(d.Text.S[end:], "'s") {
			end += 2
		}
		e := cast[at[a.Start]]
		msg := fmt.Sprintf("%s has %s acting on itself; another name was probably lost", quoteOf(d.Text.S[a.Start:end]), e.Name)
		out = append(out, s.New(r, i, claims.Span{Start: a.Start, End: end}, s.Canonical(e.Name), msg))
	}
	return out
}

// ambiguousSurnames returns the lone-word entities that are the surname of
// two or more full names: the cast kept them apart because each could be
// several people ("Bush" beside "George Bush" and "Jeb Bush"). A "full
// name" whose first word is another person's surname is a run of two
// surnames, not a name, and does not count.
func ambiguousSurnames(cast names.Entities) map[string]bool {
	surnames := map[string]bool{}
	type name struct{ first, last string }
	var full []name
	for _, e := range cast {
		first, _, multi := strings.Cut(e.Name, " ")
		if !multi {
			continue
		}
		n := name{first, e.Name[strings.LastIndexByte(e.Name, ' ')+1:]}
		full = append(full, n)
		if e.Kind == names.Person {
			surnames[n.last] = true
		}
	}
	count := map[string]int{}
	for _, n := range full {
		if !surnames[n.first] {
			count[n.last]++
		}
	}
	out := map[string]bool{}
	for _, e := range cast {
		if !strings.Contains(e.Name, " ") && count[e.Name] >= 2 {
			out[e.Name] = true
		}
	}
	return out
}

// ownObjects flags a capitalised phrase of three or more words that is
// repeated across a short verb group as its own object ("a state race
// nearly pulled a state race off").
func ownObjects(s *Set, r Rule, i int, ws []word) []finding.Finding {
	text := s.Docs[i].Text.S
	var out []finding.Finding
	keys := shortKeys(ws)
	for k := 0; k < len(ws); k++ {
		if !recurs(keys, k, k+minPhrase+1, k+maxPhrase+maxVerb) {
			continue // the commonest case: no phrase can start here
		}
		n, j := repeatedPhrase(text, ws, k)
		if n == 0 {
			continue
		}
		phrase := text[ws[k].start:ws[k+n-1].end]
		verb := text[ws[k+n-1].end+1 : ws[j].start-1]
		msg := fmt.Sprintf("%s is both subject and object of %s; a name was probably lost", quoteOf(phrase), quoteOf(verb))
		out = append(out, s.New(r, i, claims.Span{Start: ws[k].start, End: ws[j+n-1].end}, "", msg))
		k = j + n - 1
	}
	return out
}

// Phrases of minPhrase to maxPhrase words, repeated after one to maxVerb
// lower-case words.
const (
	minPhrase = 3
	maxPhrase = 6
	maxVerb   = 3
)

// repeatedPhrase returns the length of the phrase starting at ws[k] and the
// index where it repeats, or 0.
func repeatedPhrase(text string, ws []word, k int) (int, int) {
	for n := maxPhrase; n >= minPhrase; n-- {
		for g := 1; g <= maxVerb; g++ {
			j := k + n + g
			if j+n > len(ws) || ws[j].text != ws[k].text || !sameWords(ws[k:k+n], ws[j:j+n]) {
				continue
			}
			if phraseLike(text, ws[k:k+n]) && plainSpaces(text, ws[j:j+n]) &&
				verbGroup(text, ws[k+n-1].end, ws[k+n:j], ws[j].start) {
				return n, j
			}
		}
	}
	return 0, 0
}

// shortKeys sums up each word by its length and first and last bytes:
// two words with different keys differ, so most are told apart without
// comparing their bytes.
func shortKeys(ws []word) []uint32 {
	keys := make([]uint32, len(ws))
	for k, w := range ws {
		if n := len(w.text); n > 0 {
			keys[k] = uint32(n)<<16 | uint32(w.text[0])<<8 | uint32(w.text[n-1])
		}
	}
	return keys
}

// recurs says whether the word with key keys[k] may come again between
// keys[from] and keys[to], both included.
func recurs(keys []uint32, k, from, to int) bool {
	for j := from; j <= to && j < len(keys); j++ {
		if keys[j] == keys[k] {
			return true
		}
	}
	return false
}

// phraseLike reports words separated by single spaces, one of them
// capitalised.
func phraseLike(text string, ws []word) bool {
	caps := false
	for _, w := range ws {
		caps = caps || capitalised(text[w.start:w.end])
	}
	return caps && plainSpaces(text, ws)
}

func plainSpaces(text string, ws []word) bool {
	for k := 1; k < len(ws); k++ {
		if text[ws[k-1].end:ws[k].start] != " " {
			return false
		}
	}
	return true
}

// verbGroup reports lower-case content words joined by single spaces
// between offsets from and to: no punctuation, no conjunction or
// preposition that would start a new phrase.
func verbGroup(text string, from int, ws []word, to int) bool {
	prev := from
	for _, w := range ws {
		t := text[w.start:w.end]
		if text[prev:w.start] != " " || commonWords[w.text] || capitalised(t) || !allLetters(t) {
			return false
		}
		prev = w.end
	}
	return text[prev:to] == " "
}

func sameWords(a, b []word) bool {
	for k := range a {
		if a[k].text != b[k].text {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
