// Package sentences splits normalised news prose into sentences the way a
// copy editor reads them: titles and state abbreviations do not end a
// sentence, a quotation followed by its attribution ("...lost!" the aide
// said.) stays one sentence, and a dateline ("PLACE, St. (AP) --") is not
// part of the first sentence. It works on the output of package normalize
// (straight quotes, single spaces, "\n\n" between paragraphs) and never
// looks at meaning beyond the words around a full stop.
package sentences

import (
	"strings"
	"unicode"

	"factdiff/claims/ascii"
)

// Sentence is a half-open byte range of the text, trimmed of white space.
type Sentence struct {
	Start, End int
	// Paragraph counts paragraphs from 0, so readers can tell when a
	// sentence opens a new one (a quotation may run on across them).
	Paragraph int
}

// Split returns the sentences of s in order.
func Split(s string) []Sentence {
	var out []Sentence
	para := 0
	for start := 0; start < len(s); para++ {
		end := strings.Index(s[start:], "\n\n")
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		out = splitParagraph(s, start+datelineLen(s[start:end]), end, para, out)
		start = end + 2
	}
	return out
}

// splitParagraph appends the sentences of s[start:end].
func splitParagraph(s string, start, end, para int, out []Sentence) []Sentence {
	from := start
	emit := func(to int) {
		a, b := trim(s, from, to)
		if a < b {
			out = append(out, Sentence{Start: a, End: b, Paragraph: para})
		}
		from = to
	}
	next := ascii.NewSeeker("\n", ".", "!", "?") // where a sentence may end
	for i := start; i < end; i++ {
		if i = next.Next(s[:end], i); i == end {
			break
		}
		switch c := s[i]; c {
		case '\n':
			if next := nextWord(s[i+1 : end]); next == "" || !isLower(next[0]) {
				emit(i)
			}
		case '.', '!', '?':
			j := i + 1
			for j < end && strings.IndexByte(".!?", s[j]) >= 0 {
				j++
			}
			closing := j
			for j < end && strings.IndexByte(`"')]`, s[j]) >= 0 {
				j++
			}
			if j < end && s[j] != ' ' && s[j] != '\n' {
				i = j - 1
				continue
			}
			if ends(s[start:i], c, closing-i, s[j:end], j > closing) {
				emit(j)
			}
			i = j - 1
		}
	}
	emit(end)
	return out
}

// ends decides whether the terminator c (a run of n marks: "...", "?!"),
// after before and followed by after, closes a sentence. quoted says a
// closing quote mark or bracket followed it.
func ends(before string, c byte, n int, after string, quoted bool) bool {
	next := nextWord(after)
	if next == "" {
		return true
	}
	if strings.IndexByte(",;:-", next[0]) >= 0 {
		return false
	}
	if isLower(next[0]) {
		// Lower-cased text ("on loan. the winger") still ends a sentence
		// after an ordinary word; after an abbreviation it does not.
		return c == '.' && n == 1 && ordinaryWord(lastWord(before))
	}
	if quoted && attribution(after) {
		return false
	}
	if c != '.' {
		return true
	}
	word := lastWord(before)
	key := strings.ToLower(strings.TrimRight(word, "."))
	switch {
	case word == "":
		return true
	case len(key) == 1 && isUpper(word[0]):
		// An initial: "John F. Kennedy".
		return false
	case titles[key]:
		return false
	case decimal(word):
		// "47.6%." or "$1.5." ends like any word.
		return true
	case strings.Contains(word, ".") || abbreviations[key]:
		// "U.S.", "Ga.", "Nov.": a sentence ends only where an ordinary
		// sentence plainly begins.
		return starters[strings.ToLower(strings.Trim(next, `"'(`))]
	}
	return true
}

// decimal reports whether a word is a figure with a decimal point ("47.6%",
// "$1.5"), whose full stop is no abbreviation's.
func decimal(w string) bool {
	i := strings.IndexByte(w, '.')
	return i > 0 && i+1 < len(w) && w[i-1] >= '0' && w[i-1] <= '9' && w[i+1] >= '0' && w[i+1] <= '9'
}

// ordinaryWord reports whether a word before a full stop is a plain word
// or number of three or more characters, not an abbreviation or an initial.
func ordinaryWord(w string) bool {
	if len(w) < 3 || strings.Contains(w, ".") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !ascii.IsAlnum(w[i]) && w[i] != '\'' {
			return false
		}
	}
	key := strings.ToLower(w)
	return !titles[key] && !abbreviations[key]
}

// attribution reports whether after opens with a speech attribution, as in
// `"We lost!" Smith said.` or `"No," said the senator.`
func attribution(after string) bool {
	rest := after
	for k := 0; k < 4; k++ {
		var word string
		if word, rest = nextField(rest); word == "" {
			return false
		}
		w := strings.ToLower(strings.TrimRight(word, ".,;:!?"))
		if speechVerbs[w] {
			return true
		}
		if strings.ContainsAny(word, ".!?") {
			return false
		}
	}
	return false
}

// nextField returns the first of strings.Fields(s) and what follows it,
// without splitting the rest of a paragraph that is never looked at.
func nextField(s string) (field, rest string) {
	start := strings.IndexFunc(s, notSpace)
	if start < 0 {
		return "", ""
	}
	s = s[start:]
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// datelineLen returns the length of a dateline opening a paragraph:
// "WASHINGTON (AP) -- ", "CITY, St. -- ", "City (Outlet) ". Zero if none.
func datelineLen(p string) int {
	i, words, caps := 0, 0, true
	for words < 4 && i < len(p) && isUpper(p[i]) {
		j := i
		for j < len(p) && (ascii.IsLetter(p[j]) || p[j] == '.' || p[j] == '\'') {
			if isLower(p[j]) && words == 0 {
				caps = false
			}
			j++
		}
		words++
		i = j
		if strings.HasPrefix(p[i:], ", ") && i+2 < len(p) && isUpper(p[i+2]) {
			i += 2
			continue
		}
		if i < len(p) && p[i] == ' ' && i+1 < len(p) && isUpper(p[i+1]) && words < 4 {
			i++
			continue
		}
		break
	}
	if words == 0 {
		return 0
	}
	paren := false
	if strings.HasPrefix(p[i:], " (") {
		if k := strings.IndexByte(p[i:], ')'); k > 2 && k < 30 && outletLike(p[i+2:i+k]) {
			paren = true
			i += k + 1
		}
	}
	dash := false
	for _, d := range []string{" -- ", " \u2014 ", " - ", " --", " \u2014"} {
		if strings.HasPrefix(p[i:], d) {
			dash = true
			i += len(d)
			break
		}
	}
	if !(paren || dash && caps && i > 2) {
		return 0
	}
	for i < len(p) && p[i] == ' ' {
		i++
	}
	if i >= len(p) || !(isUpper(p[i]) || p[i] == '"') {
		return 0
	}
	return i
}

// outletLike reports whether a parenthesis holds a news agency's name
// ("AP", "Reuters", "CNN") rather than a party code such as "R-Wis.".
func outletLike(s string) bool {
	if len(s) < 2 || !isUpper(s[0]) || strings.ContainsAny(s, "-.,0123456789") {
		return false
	}
	return len(strings.Fields(s)) <= 3
}

func trim(s string, a, b int) (int, int) {
	for a < b && (s[a] == ' ' || s[a] == '\n') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\n') {
		b--
	}
	return a, b
}

func nextWord(s string) string {
	s = strings.TrimLeft(s, " \n")
	if i := strings.IndexAny(s, " \n"); i >= 0 {
		return s[:i]
	}
	return s
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " \n(\"'")
	return s[i+1:]
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// titles never end a sentence: a name always follows them.
var titles = ascii.Set("mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens", "gov", "govs", "gen", "lt",
	"col", "maj", "sgt", "capt", "cmdr", "adm", "prof", "rev", "hon", "pres", "supt", "det",
	"amb", "atty", "messrs", "mt", "ft", "st", "vs", "v", "no", "nos", "approx", "cf")

// abbreviations end a sentence only before an ordinary sentence opener.
var abbreviations = ascii.Set("jr", "sr", "inc", "co", "corp", "ltd", "bros", "llc", "etc", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd",
	"est", "dept", "univ", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
	"ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
	"neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "d.c")

// starters are words that open sentences far more often than they continue
// a name or an abbreviation.
var starters = ascii.Set("the", "a", "an", "but", "and", "he", "she", "it", "they", "we", "i", "in",
	"on", "at", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our",
	"if", "when", "while", "as", "after", "before", "for", "so", "yet", "still", "now", "then",
	"meanwhile", "however", "since", "with", "what", "who", "why", "how", "not", "no", "some",
	"many", "most", "all", "both", "one", "my", "you", "your", "to", "by", "from", "democrats",
	"republicans")

// speechVerbs mark an attribution right after a quotation.
var speechVerbs = ascii.Set("said", "says", "told", "asked", "added", "wrote", "tweeted", "explained",
	"continued", "insisted", "noted", "recalled", "replied", "responded", "declared", "shouted",
	"remarked", "argued", "stated", "posted", "emailed", "warned", "joked", "quipped", "admitted",
	"acknowledged", "conceded", "countered", "cautioned", "predicted", "concluded", "claimed")
