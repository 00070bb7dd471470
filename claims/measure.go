package claims

import (
	"strings"

	"factdiff/claims/ascii"
	"factdiff/claims/figures"
)

// cue is a phrase that tells what a figure measures when it stands near it.
type cue struct {
	measure string
	words   []string
}

// Cues are tried in order; the first whose phrase is in the clause wins. The
// phrases after the figure ("of the vote") are stronger than the verbs before
// it, so they come first.
var (
	voteAfter    = []cue{{"vote-share", []string{"of the vote", "of votes", "of the votes", "of the ballots", "of ballots cast", "of the popular vote"}}}
	percentAfter = []cue{
		{"threshold", []string{"needed", "threshold", "to avoid a runoff", "to win outright", "required"}},
		{"turnout", []string{"turnout"}},
		{"approval", []string{"approval", "approve"}},
		{"poll", []string{"poll", "survey"}},
	}
	percentBefore = []cue{
		{"poll", []string{"poll", "survey"}},
		{"threshold", []string{"threshold", "needed", "need ", "needs", "majority of", "required"}},
		{"turnout", []string{"turnout"}},
		{"approval", []string{"approval", "approve"}},
		{"unemployment", []string{"unemployment", "jobless"}},
		{"vote-share", []string{"received", "won", "got", "took", "captured", "garnered", "earned", "drew", "pulled", "secured", "finished with", "votes", "the vote", "hovering", "with"}},
	}
	pointsCues = []cue{
		{"swing", []string{"swing", "shift"}},
		{"margin", []string{"won by", "win by", "carried", "margin", "beat", "defeated", "victory", "lead", "led ", "ahead", "re-elected", "reelected", "won ", "by "}},
	}
	moneyCues = []cue{
		{"spent", []string{"spent", "spend", "spending", "pumped", "poured", "plowed", "invested", "ad buy", "ads", "poured"}},
		{"raised", []string{"raised", "raise", "raising", "hauled", "haul", "brought in", "collected", "fundrais", "donations", "contributions", "took in"}},
	}
)

// measureBefore and measureAfter are how many bytes of the clause before
// and after a figure measure looks at: its cues stand close to the figure.
const (
	measureBefore = 60
	measureAfter  = 40
)

// measure names what the figure c measures, from the clause text before and
// after it (lower case), of which it reads the last measureBefore and the
// first measureAfter bytes.
func measure(c *Claim, before, after string) string {
	switch c.Kind {
	case figures.Percent:
		if c.Hedge == "within" && c.Of != "" {
			return "vote-share"
		}
		if m := firstCue(voteAfter, head(after, measureAfter), true); m != "" {
			return m
		}
		if m := firstCue(percentAfter, untilFigure(head(after, measureAfter)), false); m != "" {
			return m
		}
		if m := firstCue(percentBefore, tail(before, measureBefore), false); m != "" {
			return m
		}
		if strings.HasSuffix(before, "'s ") {
			return "vote-share" // "Roe's 52%": a candidate's own percentage is her share
		}
		return "percent"
	case figures.Points:
		if m := firstCue(pointsCues, tail(before, measureBefore)+" "+head(after, 20), false); m != "" {
			return m
		}
		return "points"
	case figures.Money:
		if m := firstCue(moneyCues, tail(before, measureBefore)+" "+head(after, 30), false); m != "" {
			return m
		}
		return "money"
	case figures.Count:
		if c.Unit != "" {
			return c.Unit
		}
		return "count"
	case figures.Age:
		return "age"
	case figures.Date:
		ctx := tail(before, measureBefore) + " " + head(after, measureAfter)
		for _, w := range []string{"election", "runoff", "primary", "vote", "ballot", "caucus"} {
			if strings.Contains(ctx, w) {
				return "election-date"
			}
		}
		return "date"
	case figures.Number:
		if w := firstWord(after); spans[w] {
			return w // "52 years", "38 miles": what the number measures
		}
		return "number"
	case figures.Ordinal:
		a := head(after, 20)
		switch {
		case strings.HasPrefix(a, " place") || strings.HasPrefix(a, " finish") || strings.HasPrefix(a, "-place"):
			return "place"
		case strings.HasPrefix(a, " district") || strings.HasPrefix(a, " congressional district"):
			return "district"
		}
		return "ordinal"
	}
	return string(c.Kind)
}

// spans are the units of length of time and distance a bare number may
// measure; the figure reader leaves them as numbers, since they count no
// things. Weeks, days and hours are left out: "three weeks" of a shutdown is
// "five weeks" a fortnight later, a difference of dates, not of fact.
var spans = map[string]bool{"years": true, "miles": true, "acres": true, "feet": true}

// participleAfter returns the past participle that says what a bare number
// counts, from the clause after it as written: "50 killed and 53 wounded",
// "at least 53 others were wounded", "12 arrested". Such a number counts the
// people something happened to, as plainly as a noun would. A participle of
// need ("270 needed to win") says what is wanted, not what happened, and a
// capitalised word is a name ("700,000 Deferred Action ... recipients").
func participleAfter(after string) string {
	after = head(after, measureAfter)
	words := strings.Fields(after)
	k := 0
	if k < len(words) && (words[k] == "others" || words[k] == "more") {
		k++
	}
	for k < len(words) && auxiliaries[words[k]] {
		k++
	}
	if k >= len(words) {
		return ""
	}
	w := strings.TrimRight(words[k], ",.;:)")
	if !ascii.IsLowerWord(w) || len(w) < 4 || !(strings.HasSuffix(w, "ed") || irregularParticiples[w]) || needVerb(w) {
		return ""
	}
	switch {
	case len(w) < len(words[k]):
		return w // the clause goes on after punctuation
	case k+1 < len(words):
		if participleFollowers[words[k+1]] {
			return w // "53 wounded in the attack"
		}
		return "" // an adjective or a verb with an object: "4 in 10 registered voters"
	case len(after) < measureAfter:
		return w // the end of the clause
	}
	return "" // cut by the window: not a whole word
}

var auxiliaries = ascii.Set("were was are is have has had been being")

// participleFollowers are the words that may follow a participle that ends
// what a number counts: prepositions of time and place, conjunctions.
var participleFollowers = ascii.Set("in at on by during after and or as since when while from across near including is was are were")

// irregularParticiples are the words of a toll that do not end in -ed.
var irregularParticiples = ascii.Set("dead hurt slain")

// firstWord returns the first word of text, lower case as text is.
func firstWord(text string) string {
	text = strings.TrimLeft(text, " ")
	if i := strings.IndexFunc(text, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		return text[:i]
	}
	return text
}

// untilFigure cuts text at the next figure, whose cues are its own.
func untilFigure(text string) string {
	if i := strings.IndexAny(text, "0123456789"); i >= 0 {
		return text[:i]
	}
	return text
}

func firstCue(cues []cue, text string, prefix bool) string {
	for _, c := range cues {
		for _, w := range c.words {
			if prefix && strings.HasPrefix(strings.TrimLeft(text, " "), w) || !prefix && strings.Contains(text, w) {
				return c.measure
			}
		}
	}
	return ""
}

// contests are the words by which articles tell one contest of a race from
// another.
var contests = []string{"runoff", "run-off", "primary", "first round", "general election", "special election", "caucus"}

// yearOf ties a figure to a year named in its clause, so that a 2012
// margin is never compared with a 2016 one.
func yearOf(c *Claim, clause string) string {
	digits := ascii.NewSeeker("1", "2") // a year starts with 1 or 2
	for i := 0; i+4 <= len(clause); i++ {
		if i = digits.Next(clause, i); i+4 > len(clause) {
			break
		}
		if isYear(clause, i) && (c.Kind != figures.Date || !strings.Contains(c.Text, clause[i:i+4])) {
			return clause[i : i+4]
		}
	}
	return ""
}

// contestOf ties a figure to a contest named in its clause (lower-cased),
// so that a runoff share is never compared with a primary one.
func contestOf(c *Claim, low string) string {
	for _, w := range contests {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			if c.Kind == figures.Date || !ahead(low[:i]) {
				return strings.ReplaceAll(w, "run-off", "runoff")
			}
			from = i + len(w)
		}
	}
	return ""
}

// ahead says whether the words before a contest's name look forward to it
// ("will face off in a runoff", "ahead of the June runoff"): a share or a
// margin beside them belongs to the contest just held, not to the one to
// come (a date beside them is the coming contest's own).
func ahead(before string) bool {
	b := tail(before, 40)
	if strings.HasSuffix(b, " a ") || strings.HasSuffix(b, " an ") {
		return true
	}
	for _, w := range forward {
		if strings.Contains(b, w) {
			return true
		}
	}
	return false
}

var forward = []string{"ahead of", "before the", "face", "advance", "head to", "heads to", "headed to", "heading to", "into the", "force", "avoid", "upcoming", "next"}

// isYear reports whether s[i:i+4] is a stand-alone year from 1900 to 2099.
func isYear(s string, i int) bool {
	if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return false
	}
	return !(i > 0 && isWordByte(s[i-1]) || i+4 < len(s) && isWordByte(s[i+4]) && s[i+4] != '\'')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// head and tail cut clause text to the words nearest the figure.
func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
