package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"factdiff/claims"
)

// bounds returns the interval a claim's wording allows, with open sides at
// infinity. A round figure ("$700 billion", "2,000 troops") is read as the
// approximation it usually is, give or take 5%.
func bounds(c *claims.Claim) (float64, float64) {
	lo, hi := math.Inf(-1), math.Inf(1)
	if c.Low != nil {
		lo = *c.Low
	}
	if c.High != nil {
		hi = *c.High
	}
	if c.Low == nil && c.High == nil && c.Value != nil {
		lo, hi = *c.Value, *c.Value
	}
	if c.Value != nil && c.Hedge == "none" && round(c.Text) {
		v := math.Abs(*c.Value)
		lo, hi = min(lo, *c.Value-0.05*v), max(hi, *c.Value+0.05*v)
	}
	return lo, hi
}

// statement is a claim with its intervals read, for comparing it with many
// others: reading them parses the figure's text.
type statement struct {
	c      *claims.Claim
	lo, hi float64 // likely
	closed bool    // the wording bounds it on both sides
}

func statementOf(c *claims.Claim) statement {
	st := statement{c: c}
	if c.Value != nil {
		lo, hi := bounds(c)
		st.closed = !math.IsInf(lo, 0) && !math.IsInf(hi, 0)
		st.lo, st.hi = likelyWithin(c, lo, hi)
	}
	return st
}

// gives says whether statement o gives the value of c: o's wording closes
// its interval on both sides ("over 16 years" gives no value) and the two
// can both be true.
func (o statement) gives(c statement) bool {
	return (o.c.Value == nil || o.closed) && o.meets(c)
}

// round says whether a figure is written as a whole number ending in two
// zeros or more ("700", "2,000"), which writers use for approximations.
func round(text string) bool {
	_, place, ok := numeral(text)
	return ok && place >= 100
}

// numeral reads the first number a figure's text writes in digits: its value
// as written, scale words left out, and the place of its last significant
// digit ("2,000": 1000; "5.7": 0.1; "544": 1).
func numeral(text string) (n, place float64, ok bool) {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 0, 0, false
	}
	place, zeros := 1.0, 1.0
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			n = 10*n + float64(c-'0')
			if c == '0' {
				zeros *= 10
			} else {
				zeros = 1
			}
		case c == ',':
		case c == '.' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			for i++; i < len(text) && text[i] >= '0' && text[i] <= '9'; i++ {
				place /= 10
				n += float64(text[i]-'0') * place
			}
			return n, place, true
		default:
			return n, zeros, true
		}
	}
	return n, zeros, true
}

// compatible reports whether two claims can both be true: their intervals
// meet (dates: the same day, or one is less precise and contains the other).
// A limit is read as the figure its writer likely had: "at least 544" and
// "at least 707" cannot be one count, nor "as many as 1.5 million" and "1.0
// million", though either pair could be true to the letter.
func compatible(a, b *claims.Claim) bool { return statementOf(a).meets(statementOf(b)) }

func (a statement) meets(b statement) bool {
	if a.c.Date != "" || b.c.Date != "" {
		return datesMeet(a.c.Date, b.c.Date)
	}
	if a.c.Value == nil || b.c.Value == nil {
		return true
	}
	return meet(a.lo, a.hi, b.lo, b.hi)
}

// meet says whether two intervals overlap, give or take rounding errors.
func meet(alo, ahi, blo, bhi float64) bool {
	const eps = 1e-9
	return alo <= bhi+eps && blo <= ahi+eps
}

// openSide says which side of an interval is open: 1 above ("at least"),
// -1 below ("less than"), 0 neither or both.
func openSide(lo, hi float64) int {
	switch {
	case math.IsInf(hi, 1) && !math.IsInf(lo, -1):
		return 1
	case math.IsInf(lo, -1) && !math.IsInf(hi, 1):
		return -1
	}
	return 0
}

// likely returns the interval of the figure a claim's writer likely had: its
// bounds, with an open side closed one unit of the limit's last digit beyond
// it ("more than 7,000" is under 8,000, "at least 50" under 60), or a tenth
// of the limit where that is more, since a count that grew by one is still
// told alike.
func likely(c *claims.Claim) (float64, float64) {
	lo, hi := bounds(c)
	return likelyWithin(c, lo, hi)
}

// likelyWithin is likely of c, whose bounds are lo and hi.
func likelyWithin(c *claims.Claim, lo, hi float64) (float64, float64) {
	side := openSide(lo, hi)
	if side == 0 {
		return lo, hi
	}
	end := lo
	if side < 0 {
		end = hi
	}
	reach := math.Abs(end) / 10
	if n, place, ok := numeral(c.Text); ok && n != 0 {
		reach = max(reach, place*math.Abs(end/n))
	}
	if side < 0 {
		return hi - reach, hi
	}
	return lo, lo + reach
}

// timesMeet says whether two claims may speak of the same time: the same
// year or contest, or one of them does not say.
func timesMeet(a, b *claims.Claim) bool {
	return a.Time == b.Time || a.Time == "" || b.Time == ""
}

// related says whether two aligned claims speak of the same fact: the same
// time, and for counts and amounts, the same kind of amount described
// alike, values within a factor of two and at least two content words in
// common near the figure (three for a bare number or a figure of an article
// that lists more than its share). An identical description of two words or more
// ("federal employees", "Senate Democrats") counts as two: it names what is
// counted as plainly as the clause around it, which two writers rarely word
// alike.
func (s *Set) related(a, b Ref) bool {
	ca, cb := s.Claim(a), s.Claim(b)
	if !timesMeet(ca, cb) || s.part(a) != s.part(b) {
		return false
	}
	if s.context[a] == nil && s.context[b] == nil {
		return true
	}
	need := 2
	if ca.Kind == "number" {
		need++ // a bare number says less of what it is
	}
	if s.listed[a] || s.listed[b] {
		need++
	}
	return s.kinship(a, b) >= need
}

// part says whether a claim is told as a part of the figure after it:
// "Fifteen" in "Fifteen of the 19 hijackers". A part and a whole are two
// facts, in one article or two.
func (s *Set) part(r Ref) bool {
	d := s.Docs[r.Doc]
	if r.Claim+1 >= len(d.Claims) {
		return false
	}
	from, to := d.Claims[r.Claim].Span.End, d.Claims[r.Claim+1].Span.Start
	if gap := to - from; gap < 0 || gap > len(" out of their ") {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(d.Text.S[from:to])) {
	case "of", "of the", "out of", "out of the", "of its", "of their":
		return true
	}
	return false
}

// kinship counts what two counts or amounts share in their wording: the
// content words near them, and two for an identical description of two
// words or more or for one noun after two amounts; -1 when they cannot be
// one fact, being amounts of a different kind, described differently or too
// far apart.
func (s *Set) kinship(a, b Ref) int {
	ca, cb := s.Claim(a), s.Claim(b)
	pa, pb := s.phrase(a), s.phrase(b)
	across := !sameMeasure(ca.Measure, cb.Measure) && (s.describedAround(pa, b) || s.describedAround(pb, a))
	if !sameMeasure(ca.Measure, cb.Measure) && !across || !plausible(ca, cb) {
		return -1
	}
	same := slices.Equal(pa, pb)
	if len(pa) > 1 && len(pb) > 1 && !same {
		return -1 // "two Republican senators" and "three Republican state senators"
	}
	shared := 0
	if same && len(pa) > 1 || across {
		shared += 2
	}
	noun := s.noun[a]
	switch other := s.noun[b]; {
	case noun == "" || other == "":
	case noun == other:
		shared += 2 // "the $447 billion jobs package", "the full $313 billion package"
	default:
		return -1 // "the $300 million stadium", "the $450 million bond issue"
	}
	wa, wb := s.context[a], s.context[b]
	for w := range wa {
		if wb[w] && w != noun {
			shared++
		}
	}
	return shared + namedAround(pa, ca.Measure, wb) + namedAround(pb, cb.Measure, wa)
}

// sameMeasure says whether two counts or amounts may measure one thing: the
// same measure, money of any kind against money said plainly, or one toll
// in two words ("injured", "wounded").
func sameMeasure(a, b string) bool {
	return a == b || a == "money" || b == "money" || tolls[a] != "" && family(a) == family(b) || tolls[b] == a
}

// describedAround says whether a count's description of two words or more
// (p, with its noun) is named whole in the clause of count r: "at least 544
// store managers" and "at least 707 women who serve as store managers" count
// one group, told two ways.
func (s *Set) describedAround(p []string, r Ref) bool {
	if len(p) < 2 || s.Claim(r).Kind != "count" {
		return false
	}
	for _, w := range p {
		if !s.context[r][stem(w)] {
			return false
		}
	}
	return true
}

// namedAround counts the words of one count's description (p, its noun
// left out) that the clause of another (words) names, when there are two
// or more: "90 Georgetown University faculty" and "90 faculty members at
// Georgetown, the Jesuit university" count one staff. A single adjective
// may narrow what is counted instead ("eleven Republican candidates" in an
// "18-candidate field" whose district is Republican).
func namedAround(p []string, noun string, words map[string]bool) int {
	n := 0
	for _, w := range p {
		if w = stem(w); words[w] && w != stem(noun) {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return n
}

// amountNoun returns the noun an amount of money stands before, stemmed:
// "package" in "the $447 billion jobs package" and in "the full $313 billion
// package or". The amount names what it is of as a count's noun does, and
// two writers name it alike more often than they word the clause around it
// alike. Only an amount after a determiner or a possessive is read so ("the
// full", "Obama's"): one that is the object itself ("raised $2 million last
// quarter") has no such noun. The noun is the last of at most two
// lower-case words after the amount, before a function word, punctuation,
// a past participle ("the $1.4 billion authorized for fencing") or a
// participle after the noun ("a $35 billion piece providing").
func amountNoun(text string, c claims.Claim) string {
	if c.Kind != "money" || !determined(text[:c.Span.Start]) {
		return ""
	}
	noun := ""
	for i, n := c.Span.End, 0; n < 2 && i < len(text) && text[i] == ' '; n++ {
		j := i + 1
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '-') {
			j++
		}
		w := text[i+1 : j]
		if len(w) < 3 || j < len(text) && !strings.ContainsRune(" ,.;:)", rune(text[j])) || !isContent(w) ||
			strings.HasSuffix(w, "ed") || n > 0 && strings.HasSuffix(w, "ing") {
			break
		}
		noun, i = w, j
	}
	return stem(noun)
}

// determined says whether the text before an amount ends with a determiner
// or a possessive, with at most one adjective after it ("the full").
func determined(before string) bool {
	ws := strings.Fields(before[max(0, len(before)-40):])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		w := ws[k]
		if determiners[strings.ToLower(w)] || strings.HasSuffix(w, "'s") {
			return true
		}
		if strings.ToLower(w) != w || !isContent(w) {
			return false
		}
	}
	return false
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "this": true, "that": true, "whose": true}

// phrase returns the words that say what claim r counts, sorted: "federal
// employees" in "about 800,000 federal employees". They are read once per
// set: kinship compares them for every two claims of a fact.
func (s *Set) phrase(r Ref) []string {
	p, ok := s.phrases[r]
	if !ok {
		p = description(s.Claim(r))
		slices.Sort(p)
		s.phrases[r] = p
	}
	return p
}

// description is the words that say what a figure counts, in order.
func description(c *claims.Claim) []string {
	var out []string
	for _, w := range words(c.Text) {
		if !qualifiers[w] && !numberWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// words splits text into lower-case words of letters, hyphenated ones
// whole.
func words(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	}) {
		if w = strings.Trim(w, "-"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// plausible says whether two values could be one fact misstated rather than
// two facts: a figure garbled or outdated stays under a factor of two,
// while "$2.6 trillion" against "$6.5 trillion" are likely different things.
func plausible(a, b *claims.Claim) bool {
	if a.Value == nil || b.Value == nil {
		return true
	}
	x, y := math.Abs(*a.Value), math.Abs(*b.Value)
	return x < 2*y && y < 2*x
}

// conflict says whether two claims speak of the same fact and cannot both
// be true.
func (s *Set) conflict(a, b Ref) bool {
	return s.related(a, b) && !compatible(s.Claim(a), s.Claim(b))
}

// contentWords returns the longer lower-case words near a claim (within
// wordReach bytes of it, inside its sentence), leaving out the figure's own
// words and common function words.
func contentWords(d *claims.Document, c claims.Claim) map[string]bool {
	ctx := d.Context(c.Span)
	from, to := max(ctx.Start, c.Span.Start-wordReach), min(ctx.End, c.Span.End+wordReach)
	before, after := words(d.Text.S[from:c.Span.Start]), words(d.Text.S[c.Span.End:to])
	if from > ctx.Start && len(before) > 0 {
		before = before[1:] // cut by the window, not a word
	}
	if to < ctx.End && len(after) > 0 {
		after = after[:len(after)-1]
	}
	return contentSet(append(before, after...))
}

// contentSet returns the stems of the words that say what a text is about:
// four letters or more, neither a stop word nor a number.
func contentSet(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if len(w) >= 4 && !stopWords[w] && !numberWords[w] {
			out[stem(w)] = true
		}
	}
	return out
}

// stem reduces a context word to the form two writers share: a plural to
// its singular ("taxes", "funds"), and the words news uses for one toll of a
// shooting or a disaster ("dead", "died") to one of them.
func stem(w string) string {
	if t, ok := tolls[w]; ok {
		return t
	}
	if n := len(w); n > 4 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		if strings.HasSuffix(w, "ies") {
			return w[:n-3] + "y"
		}
		if strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") {
			return w[:n-2]
		}
		return w[:n-1]
	}
	return w
}

var tolls = map[string]string{"dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
	"injured": "wounded", "hurt": "wounded", "injuries": "wounded", "injuring": "wounded", "wounding": "wounded"}

// wordReach is how far from a figure its context words are read: its
// clause, roughly, not the whole of a long sentence.
const wordReach = 80

// qualifiers are the words of a figure that say nothing of what it counts:
// hedges and the articles and particles around them ("at least the").
var qualifiers = map[string]bool{"nearly": true, "almost": true, "roughly": true, "around": true, "least": true,
	"about": true, "under": true, "more": true, "than": true, "over": true, "some": true, "just": true,
	"only": true, "all": true, "the": true, "at": true, "of": true, "a": true, "an": true, "and": true, "or": true}

// numberWords spell numbers and their scale.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

var stopWords = map[string]bool{"that": true, "this": true, "with": true, "from": true, "have": true,
	"were": true, "been": true, "their": true, "they": true, "will": true, "would": true, "said": true,
	"about": true, "which": true, "there": true, "more": true, "than": true, "also": true, "into": true,
	"after": true, "when": true, "what": true, "some": true, "other": true, "over": true, "most": true,
	"only": true, "such": true, "could": true, "says": true, "year": true, "years": true}

// datesMeet compares ISO dates where "XXXX" stands for an unknown year and a
// shorter date ("2017-06") is a coarser one.
func datesMeet(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] && a[i] != 'X' && b[i] != 'X' {
			return false
		}
	}
	return true
}

// show writes a claim's figure the way the article wrote it.
func show(c *claims.Claim) string {
	return fmt.Sprintf("%q", strings.Join(strings.Fields(c.Text), " "))
}

// measureWords turns a measure identifier into words for messages.
func measureWords(m string) string {
	switch m {
	case "vote-share":
		return "vote share"
	case "raised":
		return "amount raised"
	case "spent":
		return "amount spent"
	case "election-date":
		return "election date"
	}
	return strings.ReplaceAll(m, "-", " ")
}

// about says whose measure a finding is about: "Jane Roe's vote share (2016)".
func about(entity string, c *claims.Claim) string {
	s := measureWords(c.Measure)
	switch {
	case entity == "" && c.Kind == "money":
		s = "the amount"
	case entity == "" && (c.Kind == "count" || c.Kind == "number"):
		s = "the number of " + s
	case entity != "":
		s = entity + "'s " + s
	}
	if c.Time != "" {
		s += " (" + c.Time + ")"
	}
	return s
}
