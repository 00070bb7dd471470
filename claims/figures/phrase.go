package figures

import (
	"math"

	"factdiff/claims/ascii"
)

// phraseAt reads a figure phrase at token i: an optional hedge, a quantity,
// and what may join a second quantity to it ("between 40 and 45 percent").
func (s *scanner) phraseAt(i int) (int, bool) {
	hedge, j := s.prefix(i)
	start := i
	age := false
	switch {
	case j != i:
	case s.isWord(i, "aged") || (s.isWord(i, "age") && (s.isWord(i-1, "of") || s.isWord(i-1, "at"))):
		age, j = true, i+1
	case s.isWord(i, "age") && s.isWord(i+1, "of") && s.isWord(i-1, "the"):
		age, j = true, i+2 // "at the age of 43"
	}
	if hedge == hedgeFrom && s.changeBefore(i) {
		hedge, start = "", j
	}
	if (hedge == hedgeBetween || hedge == hedgeFrom) && s.yearLike(j) {
		return j, true // a span of years: the date reader takes each
	}
	if j > i && s.yearAt(j, false) {
		return j, true // "some 2016 presidential candidates": a year
	}
	q, st := s.quantityAt(j)
	switch st {
	case qNone:
		return i, false
	case qSkip:
		return q.last + 1, true
	}
	if start == j {
		start = q.first
	}
	switch {
	case hedge == HedgeWithin:
		return s.within(start, q), true
	case age:
		if q.kind != Number || !q.exact || q.val < 0 || q.val > 130 {
			start = j
		} else {
			q.kind, q.unit = Age, "years"
		}
	case j == i && s.appositiveAge(q):
		q.kind, q.unit = Age, "years"
	}
	if end, ok := s.rangeAfter(start, hedge, q); ok {
		return end + 1, true
	}
	if hedge == hedgeBetween || hedge == hedgeFrom || q.kind == Ordinal || q.kind == Date {
		hedge, start = "", j
	}
	hedge = s.orEqual(&q, hedge)
	if q.hedge != "" && (hedge == "" || hedge == HedgeNone || hedge == HedgeAbout) {
		hedge = q.hedge
	}
	if end, ok := s.openRange(start, hedge, q); ok {
		return end + 1, true
	}
	s.emitQuantity(start, q, hedge)
	return q.last + 1, true
}

// prefix reads a hedge phrase at token i and returns its hedge and the
// token after it; with none it returns "" and i.
func (s *scanner) prefix(i int) (string, int) {
	t := s.at(i)
	if t.kind != tWord && t.kind != tPunct {
		return "", i
	}
	if (t.text == ">" || t.text == "<") && s.isPunct(i-1, "=") && s.glued(i) {
		return "", i // "=>30" is no comparison
	}
	for _, p := range hedgePhrases[t.text] {
		if s.matchWords(i, p.words) {
			return p.hedge, i + len(p.words)
		}
	}
	return "", i
}

func (s *scanner) matchWords(i int, words []string) bool {
	for k, w := range words {
		t := s.at(i + k)
		if (t.kind != tWord && t.kind != tPunct) || t.text != w {
			return false
		}
	}
	return true
}

// changeBefore reports a verb of change before "from" at token i: "rose from
// 40 to 45 percent" states two figures, not a range.
func (s *scanner) changeBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		t := s.at(k)
		if t.kind != tWord {
			return false
		}
		if changeVerbs[t.text] {
			return true
		}
	}
	return false
}

// orEqual folds "or equal (to)" after a strict comparison into an inclusive
// one: "less than 5000 or equal".
func (s *scanner) orEqual(q *quantity, hedge string) string {
	k := q.last + 1
	if !s.isWord(k, "or") || !s.isWord(k+1, "equal") {
		return hedge
	}
	end := k + 1
	if s.isWord(end+1, "to") && s.at(end+2).kind != tNum {
		end++
		if s.isWord(end+1, "it") {
			end++
		}
	}
	switch hedge {
	case HedgeLessThan:
		hedge = HedgeAtMost
	case HedgeMoreThan:
		hedge = HedgeAtLeast
	default:
		return hedge
	}
	q.last = end
	return hedge
}

// rangeAfter reads the second end of a range after q and emits the range.
func (s *scanner) rangeAfter(start int, hedge string, q quantity) (int, bool) {
	k := q.last + 1
	c := s.at(k)
	var ok bool
	switch hedge {
	case hedgeBetween:
		ok = s.isWord(k, "and") || s.isDash(k) || s.isWord(k, "to")
	case hedgeFrom:
		ok = s.isWord(k, "to") || s.isDash(k) || s.isWord(k, "through") || s.isWord(k, "until")
	default:
		ok = s.isDash(k) || s.isWord(k, "to") || s.isWord(k, "through") || s.isWord(k, "thru") || s.isWord(k, "or")
	}
	if !ok || q.hedge != "" || q.kind == Ordinal || q.kind == Age || q.kind == Date {
		return 0, false
	}
	or := s.isWord(k, "or")
	q2, st := s.quantityAt(k + 1)
	if st != qFound || q2.kind == Ordinal || q2.kind == Age || q2.kind == Date {
		return 0, false
	}
	if c.kind == tPunct && c.text == "-" && !c.space && s.glued(k+1) && q.kind == Number && !q.n.words &&
		!q.n.decimal && !q2.n.words && !q2.n.decimal && q.val >= q2.val {
		return q2.last, true // a tally: "a 5-4 vote", "won 52-48"
	}
	lo, hi := q, q2
	share(&lo, &hi)
	share(&hi, &lo)
	if c.kind == tWord && c.text == "to" || c.kind == tPunct && c.text == "-" {
		if q.kind == Number && lo.kind == hi.kind && lo.val > hi.val && hedge == "" &&
			(hi.kind == Percent || hi.kind == Points || (c.text == "to" && hi.kind != Number)) {
			// a result: "beat him 52 to 38 percent", "212,205 to 210,424 votes"
			s.emitQuantity(start, lo, "")
			s.emitQuantity(q2.first, q2, "")
			return q2.last, true
		}
	}
	if lo.kind != hi.kind || lo.unit != hi.unit || !(lo.val < hi.val) || q2.hedge != "" ||
		(or && (lo.n.scale != hi.n.scale || hi.val > 2*lo.val)) { // "$10 or $100" is a choice, not a range
		return 0, false
	}
	s.emit(Figure{
		Start: s.at(start).start, End: s.at(q2.last).end, Kind: lo.kind, Unit: lo.unit,
		Value: s.num((lo.val + hi.val) / 2), Low: s.num(lo.val), High: s.num(hi.val), Hedge: HedgeRange,
	})
	return q2.last, true
}

// share gives a bare end of a range the unit and scale of the other: "40 to
// 45 percent", "$2 to $3 million".
func share(a, b *quantity) {
	if a.kind == Number && b.kind != Number {
		a.kind, a.unit, a.exact = b.kind, b.unit, b.exact
	}
	if a.kind == b.kind && a.n.scale == 1 && b.n.scale > 1 && !a.n.fraction && a.val < b.n.val/b.n.scale {
		a.val *= b.n.scale
		a.n.scale = b.n.scale
	}
}

// openRange joins two open bounds into one range: "more than 10 and less
// than 40".
func (s *scanner) openRange(start int, hedge string, q quantity) (int, bool) {
	lower := hedge == HedgeMoreThan || hedge == HedgeAtLeast
	upper := hedge == HedgeLessThan || hedge == HedgeAtMost
	if (!lower && !upper) || !s.isWord(q.last+1, "and") {
		return 0, false
	}
	h2, j := s.prefix(q.last + 2)
	if j == q.last+2 || (lower && h2 != HedgeLessThan && h2 != HedgeAtMost) || (upper && h2 != HedgeMoreThan && h2 != HedgeAtLeast) {
		return 0, false
	}
	q2, st := s.quantityAt(j)
	share(&q, &q2)
	share(&q2, &q)
	if st != qFound || q2.kind != q.kind || q2.unit != q.unit {
		return 0, false
	}
	lo, hi := q.val, q2.val
	if upper {
		lo, hi = hi, lo
	}
	if !(lo < hi) {
		return 0, false
	}
	s.emit(Figure{
		Start: s.at(start).start, End: s.at(q2.last).end, Kind: q.kind, Unit: q.unit,
		Value: s.num((lo + hi) / 2), Low: s.num(lo), High: s.num(hi), Hedge: HedgeRange,
	})
	return q2.last, true
}

// within reads "within 3 points of a majority" as the interval it allows:
// 47 to 50 percent. Without a threshold "within 3 points" is at most 3.
func (s *scanner) within(start int, q quantity) int {
	if (q.kind == Points || q.kind == Percent) && s.isWord(q.last+1, "of") {
		if x, of, end, ok := s.threshold(q.last + 2); ok {
			s.emit(Figure{
				Start: s.at(start).start, End: s.at(end).end, Kind: Percent, Unit: "%",
				Value: s.num(x - q.val), Low: s.num(x - q.val), High: s.num(x), Hedge: HedgeWithin, Of: of,
			})
			return end + 1
		}
	}
	if q.kind == Ordinal || q.kind == Date {
		start = q.first
		s.emitQuantity(start, q, "")
	} else {
		s.emitQuantity(start, q, HedgeAtMost)
	}
	return q.last + 1
}

// threshold reads what "within N points of" measures against: "a
// majority", "50 percent", "the 50% threshold".
func (s *scanner) threshold(k int) (float64, string, int, bool) {
	if s.isWord(k, "a") || s.isWord(k, "an") || s.isWord(k, "the") {
		k++
	}
	for m := 0; m < 2 && s.at(k).kind == tWord && majorityAdjectives[s.at(k).text]; m++ {
		k++
	}
	if s.isWord(k, "majority") {
		return 50, "majority", k, true
	}
	q, st := s.quantityAt(k)
	if st != qFound || q.kind != Percent || q.hedge != "" {
		return 0, "", 0, false
	}
	end := q.last
	of := s.src[s.at(q.first).start:s.at(q.last).end]
	if s.isWord(end+1, "majority") {
		return q.val, "majority", end + 1, true
	}
	if t := s.at(end + 1); t.kind == tWord && thresholdWords[t.text] {
		end++
	}
	return q.val, of, end, true
}

var majorityAdjectives = ascii.Set("outright", "simple", "bare", "clear", "absolute", "overall", "working", "governing")
var thresholdWords = ascii.Set("threshold", "mark", "line", "bar", "barrier", "level", "needed", "required")

// appositiveAge reports an age set off by commas after a name: "Lopez,
// 63, said", "Roe Jr., 56, of Tampa".
func (s *scanner) appositiveAge(q quantity) bool {
	k := q.first - 2
	if s.isPunct(k, ".") && (s.isWord(k-1, "jr") || s.isWord(k-1, "sr")) {
		k--
	}
	name := s.at(k)
	return q.kind == Number && q.exact && !q.n.words && q.first == q.n.first && q.last == q.n.last &&
		q.val >= 18 && q.val <= 110 && s.isPunct(q.first-1, ",") && s.isPunct(q.last+1, ",") &&
		name.kind == tWord && name.upper && !functionWords[name.text] && s.at(k-1).kind != tNum
}

// emitQuantity records q with its hedge, widening the printed precision.
func (s *scanner) emitQuantity(start int, q quantity, hedge string) {
	half := 0.0
	if !q.exact {
		half = q.n.step / 2
	}
	low, high := s.bounds(q.val, half, hedge)
	s.emit(Figure{
		Start: s.at(start).start, End: s.at(q.last).end, Kind: q.kind, Unit: q.unit,
		Value: s.num(q.val), Low: low, High: high, Hedge: hedge,
	})
}

// bounds is the interval a value allows: its printed precision (plus or
// minus half) widened by the hedge.
func (s *scanner) bounds(v, half float64, hedge string) (*float64, *float64) {
	var lo, hi float64
	switch hedge {
	case HedgeNearly:
		lo, hi = 0.9*v, v+half
	case HedgeJustUnder:
		lo, hi = 0.9*v, v
	case HedgeLessThan, HedgeAtMost:
		return nil, s.num(v)
	case HedgeMoreThan, HedgeAtLeast:
		return s.num(v), nil
	case HedgeAbout:
		d := 0.05*math.Abs(v) + half
		lo, hi = v-d, v+d
	default:
		lo, hi = v-half, v+half
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return s.num(lo), s.num(hi)
}
