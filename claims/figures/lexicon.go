package figures

import (
	"strings"

	"factdiff/claims/ascii"
)

// The word lists below describe English as news prose writes numbers. They
// name phenomena (number words, hedges, units, nouns that are not counted
// things), never particular articles.

type numClass uint8

const (
	cUnit numClass = iota + 1 // zero..nine
	cTeen                     // ten..nineteen
	cTens                     // twenty..ninety
	cHundred
	cScale // thousand, million, billion, trillion and their abbreviations
	cDozen
)

type numWord struct {
	class numClass
	val   float64
}

var numWords = func() map[string]numWord {
	m := map[string]numWord{}
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		m[w] = numWord{cUnit, float64(i)}
	}
	for i, w := range []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"} {
		m[w] = numWord{cTeen, float64(10 + i)}
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		m[w] = numWord{cTens, float64(20 + 10*i)}
	}
	m["hundred"] = numWord{cHundred, 100}
	m["dozen"] = numWord{cDozen, 12}
	for w, v := range spacedScales {
		m[w] = numWord{cScale, v}
	}
	return m
}()

// spacedScales multiply the number before them, written apart ("2 million",
// "10 bln").
var spacedScales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "tln": 1e12, "trn": 1e12,
}

// gluedScale reads a scale abbreviation written against its digits ("1.5bn",
// "2mil"). A bare "m" or "k" is too ambiguous ("1m" may be a metre) outside
// money.
func gluedScale(w string, money bool) (float64, bool) {
	if v, ok := spacedScales[w]; ok {
		return v, true
	}
	switch w {
	case "b", "bil":
		return 1e9, true
	case "mil":
		return 1e6, true
	case "tn":
		return 1e12, true
	case "m", "mm":
		return 1e6, money
	case "k":
		return 1e3, money
	}
	return 0, false
}

// ordinalWords are ordinals by value; those at or above a hundred multiply
// what comes before them ("three trillionth").
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// denominators are the fraction words of news prose ("two-thirds", "a
// quarter"); plural forms always need a numerator.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// Month returns the month a word names, in any case and abbreviated or not
// ("June", "sept", "Nov."), or 0.
func Month(w string) int { return months[strings.ToLower(strings.TrimSuffix(w, "."))] }

// Weekday says whether a word names a day of the week, in any case.
func Weekday(w string) bool {
	_, ok := weekdays[strings.ToLower(w)]
	return ok
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// hedgePhrase is wording before a figure that bounds it.
type hedgePhrase struct {
	words []string
	hedge string
}

// hedgePhrases are keyed by their first word, longest first, so "just
// under" wins over "under". The words "between", "from" and "within" open
// the special shapes handled by the caller.
var hedgePhrases = func() map[string][]hedgePhrase {
	list := []struct {
		text, hedge string
	}{
		{"nearly", HedgeNearly}, {"almost", HedgeNearly}, {"close to", HedgeNearly}, {"not quite", HedgeNearly},
		{"shy of", HedgeNearly}, {"approaching", HedgeNearly},
		{"just under", HedgeJustUnder}, {"just below", HedgeJustUnder}, {"just shy of", HedgeJustUnder},
		{"just short of", HedgeJustUnder}, {"slightly under", HedgeJustUnder}, {"slightly below", HedgeJustUnder},
		{"less than", HedgeLessThan}, {"under", HedgeLessThan}, {"fewer than", HedgeLessThan},
		{"below", HedgeLessThan}, {"lower than", HedgeLessThan}, {"smaller than", HedgeLessThan},
		{"slightly less than", HedgeLessThan}, {"<", HedgeLessThan},
		{"at most", HedgeAtMost}, {"no more than", HedgeAtMost}, {"not more than", HedgeAtMost},
		{"up to", HedgeAtMost}, {"as many as", HedgeAtMost}, {"as much as", HedgeAtMost},
		{"a maximum of", HedgeAtMost}, {"no greater than", HedgeAtMost}, {"less than or equal to", HedgeAtMost},
		{"smaller or equal than", HedgeAtMost}, {"smaller than or equal to", HedgeAtMost},
		{"fewer than or equal to", HedgeAtMost}, {"< =", HedgeAtMost}, {"no higher than", HedgeAtMost},
		{"more than", HedgeMoreThan}, {"over", HedgeMoreThan}, {"above", HedgeMoreThan},
		{"upwards of", HedgeMoreThan}, {"upward of", HedgeMoreThan}, {"greater than", HedgeMoreThan},
		{"bigger than", HedgeMoreThan}, {"larger than", HedgeMoreThan}, {"higher than", HedgeMoreThan},
		{"exceed", HedgeMoreThan}, {"exceeds", HedgeMoreThan}, {"exceeding", HedgeMoreThan},
		{"in excess of", HedgeMoreThan}, {"just over", HedgeMoreThan}, {"just above", HedgeMoreThan},
		{"well over", HedgeMoreThan}, {"well above", HedgeMoreThan}, {"slightly more than", HedgeMoreThan},
		{"slightly over", HedgeMoreThan}, {"a little more than", HedgeMoreThan}, {"a little over", HedgeMoreThan},
		{"north of", HedgeMoreThan}, {"better than", HedgeMoreThan}, {">", HedgeMoreThan},
		{"at least", HedgeAtLeast}, {"no less than", HedgeAtLeast}, {"no fewer than", HedgeAtLeast},
		{"not less than", HedgeAtLeast}, {"a minimum of", HedgeAtLeast}, {"greater than or equal to", HedgeAtLeast},
		{"bigger or equal than", HedgeAtLeast}, {"at least or equal to", HedgeAtLeast},
		{"more than or equal to", HedgeAtLeast}, {"greater or equal than", HedgeAtLeast}, {"> =", HedgeAtLeast},
		{"about", HedgeAbout}, {"roughly", HedgeAbout}, {"around", HedgeAbout}, {"approximately", HedgeAbout},
		{"some", HedgeAbout}, {"an estimated", HedgeAbout}, {"estimated", HedgeAbout}, {"approx", HedgeAbout},
		{"roughly about", HedgeAbout}, {"about around", HedgeAbout}, {"an approximate", HedgeAbout},
		{"equal to", HedgeNone}, {"equals to", HedgeNone}, {"equaling to", HedgeNone}, {"equalling to", HedgeNone},
		{"exactly", HedgeNone}, {"precisely", HedgeNone},
		{"between", hedgeBetween}, {"from", hedgeFrom}, {"within", HedgeWithin},
	}
	m := map[string][]hedgePhrase{}
	for _, p := range list {
		w := splitWords(p.text)
		m[w[0]] = append(m[w[0]], hedgePhrase{w, p.hedge})
	}
	for _, ps := range m {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return m
}()

// hedgeBetween and hedgeFrom mark the openers of a range; they never reach
// a Figure.
const (
	hedgeBetween = "between"
	hedgeFrom    = "from"
)

func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// suffixHedges follow a figure ("30 or more", "50 or so").
var suffixHedges = map[string]string{
	"more": HedgeAtLeast, "greater": HedgeAtLeast, "higher": HedgeAtLeast, "above": HedgeAtLeast,
	"over": HedgeAtLeast, "older": HedgeAtLeast, "better": HedgeAtLeast,
	"less": HedgeAtMost, "fewer": HedgeAtMost, "lower": HedgeAtMost, "below": HedgeAtMost,
	"under": HedgeAtMost, "younger": HedgeAtMost,
	"so": HedgeAbout, "thereabouts": HedgeAbout,
}

// changeVerbs before "from" make "from X to Y" a change between two
// figures, not a range of one.
var changeVerbs = ascii.Set("rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "dropped", "drop",
	"drops", "dropping", "grew", "grow", "grows", "growing", "increased", "increase", "increases", "increasing",
	"decreased", "decrease", "declined", "decline", "declines", "jumped", "jump", "jumps", "climbed", "climb",
	"slipped", "slid", "surged", "soared", "plunged", "plummeted", "went", "go", "moved", "shifted", "sank",
	"shrank", "shrunk", "up", "down", "cut", "cuts", "raised", "raise", "boosted", "reduced", "lowered",
	"narrowed", "widened", "expanded", "tumbled", "doubled", "tripled", "swelled", "ballooned", "changed",
	"slumped", "dipped", "edged", "ticked", "improved", "worsened", "spiked", "soar", "bumped", "hiked",
	"upped", "trimmed", "slashed", "dwindled", "was", "were", "been", "shrinking", "climbing")

// functionWords may start a sentence right before a figure; any other
// capitalised word there makes the number part of a name ("Fox 5", "Route
// 66", "Amendment 64").
var functionWords = ascii.Set("a", "an", "the", "about", "nearly", "almost", "around", "roughly", "approximately",
	"some", "more", "less", "fewer", "over", "under", "above", "below", "at", "in", "on", "by", "since",
	"until", "till", "from", "to", "of", "for", "with", "within", "between", "among", "after", "before",
	"during", "through", "only", "just", "all", "and", "or", "but", "nor", "so", "yet", "if", "when",
	"while", "as", "than", "those", "these", "this", "that", "his", "her", "their", "its", "our", "my",
	"your", "another", "each", "every", "up", "top", "last", "next", "first", "latest", "least", "most",
	"exactly", "precisely", "fully", "barely", "still", "including", "like", "unlike", "per", "plus",
	"minus", "negative", "upwards", "upward", "beneath", "toward", "towards", "across", "against", "into",
	"onto", "via", "versus", "vs", "aged", "age", "ages", "some", "estimated", "approx", "nearly", "even",
	"also", "then", "now", "today", "yesterday", "tomorrow", "whereas", "because", "although", "though",
	"where", "why", "how", "what", "which", "who", "whom", "whose", "both", "either", "neither", "any",
	"no", "not", "never", "just", "well", "slightly", "some", "such", "many", "much", "several", "few",
	"other", "others", "once", "again", "here", "there", "it", "he", "she", "they", "we", "i", "you",
	"said", "says", "say", "is", "are", "was", "were", "be", "been", "had", "has", "have", "do", "did",
	"does", "will", "would", "could", "should", "may", "might", "must", "can", "another", "north", "shy",
	"close", "upto", "exceeding", "exceed", "exceeds", "equal", "equals", "equaling", "then", "overall",
	"total", "combined", "average", "nationally", "statewide", "respectively", "roughly", "approaching",
	"nationwide", "overall", "altogether", "additionally", "instead", "meanwhile", "however", "moreover",
	"overall", "perhaps", "maybe", "probably", "already", "almost", "around", "fully", "number",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// codeWords before a number make it a label, not a quantity ("section 230",
// "route 9").
var codeWords = ascii.Set("route", "section", "rule", "article", "chapter", "highway", "interstate", "flight",
	"room", "suite", "no", "exhibit", "amendment", "proposition", "prop", "precinct", "ward", "channel",
	"title", "episode", "season", "volume", "vol", "level", "grade", "gate", "pier", "terminal", "platform",
	"box", "apt", "apartment", "page", "pp", "paragraph", "clause", "line", "item", "figure", "fig", "table",
	"model", "type", "category", "phase", "stage", "tier", "zone", "lane", "exit", "verse", "psalm",
	"district", "question", "measure", "initiative", "bill", "resolution", "code", "form", "schedule",
	"act", "law", "statute", "part", "unit", "lot", "block", "floor", "studio", "track", "bus", "train",
	"covid", "sars", "hr", "ch", "sec", "art", "generation", "gen", "web", "windows",
	"iphone", "ios", "galaxy", "pixel", "version", "v", "ver", "year")

// timeWords after a number make it a time of day.
var timeWords = ascii.Set("am", "pm", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst",
	"mdt", "gmt", "utc", "bst", "cet")

// streetWords end a street address ("1600 Pennsylvania Avenue").
var streetWords = ascii.Set("avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "drive", "dr",
	"lane", "ln", "way", "place", "pl", "court", "ct", "parkway", "pkwy", "highway", "hwy", "square", "sq",
	"terrace", "circle", "plaza", "alley", "pike", "turnpike", "broadway")

// notCounted are plural words after a number that are measures, time spans
// or not nouns at all: the number stays a plain number.
var notCounted = ascii.Set("years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
	"centuries", "times", "miles", "feet", "inches", "yards", "meters", "metres", "kilometers", "kilometres",
	"acres", "pounds", "tons", "tonnes", "gallons", "ounces", "degrees", "liters", "litres", "grams",
	"kilograms", "kilos", "lbs", "mph", "euros", "pesos", "rubles", "yuan", "yen", "francs", "rupees",
	"is", "was", "has", "his", "hers", "its", "this", "thus", "as", "us", "yes", "plus", "less", "unless",
	"always", "perhaps", "afterwards", "towards", "besides", "whereas", "sometimes", "others", "ones",
	"thousands", "millions", "billions", "trillions", "hundreds", "dozens", "tens", "scores", "points",
	"seconds", "apiece", "says", "remains", "seems", "means", "goes", "comes", "makes", "takes", "shows",
	"leads", "trails", "gets", "does", "lives", "runs", "sits", "stands", "wants", "needs", "looks", "thinks",
	"nights", "mornings", "evenings", "afternoons", "weekends", "terms", "cents", "dollars", "percents",
	"bucks", "halves", "thirds", "quarters", "fifths", "sixths", "eighths", "tenths", "yrs", "hrs", "mins",
	"secs", "kms", "its", "whereas", "was", "ms", "mrs", "ds", "ps", "ss", "vs", "innings", "laps", "rounds",
	"steps", "levels", "grades", "goals", "runs", "wickets", "sets", "games", "versus")

// modifiers may stand between a number and the noun it counts ("24 new
// seats", "three swing states"); so may capitalised words and most words
// ending like adjectives.
var modifiers = ascii.Set("new", "more", "other", "top", "major", "key", "big", "small", "large", "young", "old",
	"older", "younger", "white", "black", "female", "male", "former", "current", "likely", "eligible",
	"potential", "possible", "early", "late", "open", "safe", "red", "blue", "purple", "rural", "urban",
	"state", "county", "city", "house", "senate", "party", "primary", "swing", "battleground", "fellow",
	"separate", "different", "full", "straight", "prior", "previous", "recent", "extra", "first-time",
	"only", "same", "such", "total", "individual", "foreign", "native", "immigrant", "legal", "illegal",
	"undocumented", "military", "active", "retired", "civilian", "public", "private", "small-dollar",
	"major-party", "third-party", "independent", "democratic", "republican", "gop", "dem", "progressive",
	"conservative", "liberal", "moderate", "evangelical", "catholic", "hispanic", "latino", "asian",
	"pro-choice", "pro-life", "anti-abortion", "high", "low", "senior", "junior", "top-tier", "second-tier",
	"lower-tier", "super", "pledged", "unpledged", "elected", "unelected", "sitting", "remaining", "leading",
	"voting", "nonvoting", "tax", "campaign", "election", "polling", "voter", "union", "tech", "news",
	"media", "television", "tv", "radio", "ad", "attack", "donor", "contribution", "gun", "police",
	"federal", "local", "national", "global", "international", "domestic", "nuclear", "american",
	"additional", "consecutive", "contested", "competitive", "uncommitted", "undecided")

// wordSet is a set of lower-case ASCII words that rules most other words
// out by their shape before hashing them: the scanner asks it about every
// word of the text.
type wordSet struct {
	words  map[string]bool // each word with a mark of the set's own meaning
	shapes ascii.Shapes
}

// maxSetWord bounds the length of the words of a wordSet.
const maxSetWord = 16

func newWordSet(words map[string]bool) *wordSet {
	ws := &wordSet{words: words}
	for w := range words {
		if !ws.fits(w) {
			panic("figures: word set entry " + w + " is not a short lower-case ASCII word")
		}
		ws.shapes.Add(w)
	}
	return ws
}

// fits reports whether w is a word a wordSet can hold.
func (ws *wordSet) fits(w string) bool {
	return len(w) <= maxSetWord && ascii.IsLowerWord(w)
}

// lookup reports whether w is in the set and, if so, its mark.
func (ws *wordSet) lookup(w string) (mark, ok bool) {
	if !ws.mayHave(w) {
		return false, false
	}
	mark, ok = ws.words[w]
	return mark, ok
}

// hasFolded reports whether the ASCII letters w, in any case, are in the
// set, once mayHave has let them by.
func (ws *wordSet) hasFolded(w string) bool {
	var low [maxSetWord]byte
	return ws.words[string(ascii.AppendLower(low[:0], w))]
}

// mayHave reports whether w, in any case, may be a word of the set: it has
// the length and the end letters of one.
func (ws *wordSet) mayHave(w string) bool { return len(w) <= maxSetWord && ws.shapes.MayHave(w) }
