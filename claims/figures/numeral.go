package figures

import (
	"math"
	"strconv"
	"strings"
)

// numeral is a number as printed, in digits, words or both ("1.2 million",
// "twenty-one", "two-thirds", "3 hundred and one").
type numeral struct {
	first, last int     // tokens
	val         float64 // the value, scale included
	step        float64 // the size of the last printed digit, scale included; 0 when exact
	scale       float64 // the scale word's multiplier, 1 without one
	decimal     bool    // printed with a decimal part
	words       bool    // starts with a number word
	ordinal     bool    // "21st", "twenty-first"
	fraction    bool    // "two-thirds", "a half"
}

// numState is the kind of the last part of a number read so far; it says
// what may follow ("twenty" may take "one", "one" may not take "two").
type numState uint8

const (
	pNone numState = iota
	pA
	pDigits
	pUnit
	pTeen
	pTens
	pHundred
	pScale
	pDozen
	pFrac
	pAnd
)

// numReader holds a number being read; commit marks the tokens up to j as
// part of it, so a reader that stops half-way through "and" or "a" leaves
// them out.
type numReader struct {
	total, group float64
	prev         numState
	minScale     float64 // scales must fall: "two million three thousand"
	lastMult     float64 // what "and a half" is a half of
	last         int
}

// numeral reads a number starting at token i. money allows the bare "m" and
// "k" suffixes ("$3.4M").
func (s *scanner) numeral(i int, money bool) (numeral, bool) {
	n := numeral{first: i, scale: 1, step: 1}
	r := numReader{minScale: math.Inf(1), lastMult: 1, last: -1}
	j := i
	switch t := s.at(i); t.kind {
	case tNum:
		if t.dotted || t.intDigits > maxDigits {
			return n, false
		}
		r.group = t.val
		r.prev = pDigits
		r.last = i
		n.step = math.Pow(10, -float64(t.dec))
		n.decimal = t.dec > 0
		j = i + 1
		if w := s.at(j); w.kind == tWord && s.glued(j) {
			if sc, ok := gluedScale(w.text, money); ok {
				n.last, n.val, n.scale, n.step = j, tidy(t.val*sc), sc, n.step*sc
				return n, true
			}
			n.last, n.val = i, t.val
			return n, true
		}
		if f, end, ok := s.mixedFraction(j, t); ok {
			n.last, n.val, n.fraction, n.step = end, t.val+f, true, 0
			return n, true
		}
	case tWord:
		n.words = true
	default:
		return n, false
	}
	var saved *numReader
	s.readWords(&r, &n, j, &saved)
	if saved != nil {
		if w, ok := numWords[s.at(r.last+1).text]; ok && s.at(r.last+1).kind == tWord && w.class != cUnit && w.class != cTeen && w.class != cTens {
			r = *saved
		}
	}
	if r.last < 0 {
		return n, false
	}
	n.last = r.last
	n.val = r.total + r.group
	if !math.IsInf(r.minScale, 1) {
		n.scale = r.minScale
		n.step *= r.minScale
		n.val = tidy(n.val)
	}
	if n.fraction {
		n.step = 0
	}
	return n, true
}

// readWords continues a number with words from token j. saved receives the
// state before an "and" whose continuation may turn out to belong to a
// second number ("two million and three million").
func (s *scanner) readWords(r *numReader, n *numeral, j int, saved **numReader) {
	for ; ; j++ {
		if s.isPunct(j, "-") && s.glued(j) && r.prev != pNone && r.prev != pDigits && r.prev != pA &&
			s.at(j+1).kind == tWord && s.glued(j+1) {
			continue
		}
		t := s.at(j)
		if t.kind != tWord {
			return
		}
		w := t.text
		if !numberWords.mayHave(w) && w != "a" && w != "an" && w != "and" && w != "point" {
			return // no number word, the usual case, looked up no further
		}
		if nw, ok := numWords[w]; ok {
			if !r.word(nw) {
				return
			}
			r.last = j
			continue
		}
		switch w {
		case "a", "an":
			if j != n.first || !s.startsWithA(j+1) {
				return
			}
			r.prev = pA
			continue
		case "and":
			if s.andFraction(r, n, j) {
				return
			}
			switch r.prev {
			case pHundred, pScale, pDozen:
				if nw, ok := numWords[s.at(j+1).text]; ok && s.at(j+1).kind == tWord &&
					(nw.class == cUnit || nw.class == cTeen || nw.class == cTens) {
					c := *r
					*saved = &c
					r.prev = pAnd
					continue
				}
			}
			return
		case "point":
			if r.prev != pUnit && r.prev != pTeen && r.prev != pTens && r.prev != pHundred {
				return
			}
			f, digits, end := s.spokenDecimals(j + 1)
			if digits == 0 {
				return
			}
			r.group += f
			r.last = end
			n.step = math.Pow(10, -float64(digits))
			n.decimal = true
			return
		}
		if d, ok := denominators[w]; ok && s.fractionWord(r, j, d) {
			r.last = j
			n.fraction = true
			continue
		}
		if v, ok := ordinalWords[w]; ok && r.ordinal(v) {
			r.last = j
			n.ordinal = true
			return
		}
		return
	}
}

// andFraction reads "and a half", "and three quarters" after the number
// read so far, as a fraction of its last scale ("3 million and a half") or
// scaled by a word after it ("one and a half million").
func (s *scanner) andFraction(r *numReader, n *numeral, j int) bool {
	if r.prev == pNone || r.prev == pA || r.prev == pAnd || r.prev == pFrac {
		return false
	}
	f, end, ok := s.fractionAt(j + 1)
	if !ok {
		return false
	}
	if sc, isScale := s.scaleAt(end + 1); isScale && sc < r.minScale {
		if math.IsInf(r.minScale, 1) {
			r.group = (r.total + r.group + f) * sc
			r.total = 0
		} else {
			r.total += f * sc
		}
		r.minScale = sc
		end++
	} else {
		r.group += f * r.lastMult
	}
	r.last = end
	n.fraction = true
	return true
}

// word adds a cardinal number word.
func (r *numReader) word(nw numWord) bool {
	p := r.prev
	switch nw.class {
	case cUnit, cTeen:
		if !(p == pNone || p == pHundred || p == pScale || p == pAnd || (p == pTens && nw.class == cUnit && nw.val > 0)) {
			return false
		}
		r.group += nw.val
		r.prev = pUnit
		if nw.class == cTeen {
			r.prev = pTeen
		}
	case cTens:
		if !(p == pNone || p == pHundred || p == pScale || p == pAnd) {
			return false
		}
		r.group += nw.val
		r.prev = pTens
	case cHundred:
		if !(p == pUnit || p == pTeen || p == pTens || p == pA || p == pDigits) || r.group >= 100 || r.group != math.Trunc(r.group) {
			return false
		}
		if p == pA {
			r.group = 1
		}
		r.group *= 100
		r.prev = pHundred
	case cScale:
		if !(p == pUnit || p == pTeen || p == pTens || p == pHundred || p == pA || p == pDigits || p == pFrac || p == pDozen) ||
			nw.val >= r.minScale {
			return false
		}
		if p == pA {
			r.group = 1
		}
		r.total += r.group * nw.val
		r.group = 0
		r.minScale, r.lastMult = nw.val, nw.val
		r.prev = pScale
	case cDozen:
		if !(p == pUnit || p == pTeen || p == pTens || p == pA || p == pDigits) {
			return false
		}
		if p == pA {
			r.group = 1
		}
		r.group *= 12
		r.prev = pDozen
	}
	return true
}

// ordinal ends a number with an ordinal word ("twenty-first", "three
// hundredth").
func (r *numReader) ordinal(v float64) bool {
	p := r.prev
	switch {
	case v >= 100:
		if !(p == pNone || p == pUnit || p == pTeen || p == pTens || p == pHundred || p == pA) {
			return false
		}
		if p == pNone || p == pA {
			r.group = max(r.group, 1)
		}
		r.group *= v
	case p == pNone || p == pHundred || p == pScale || p == pAnd || (p == pTens && v < 10):
		r.group += v
	default:
		return false
	}
	return true
}

// startsWithA reports whether token i can follow "a" inside a number ("a
// hundred", "a dozen", "a half").
func (s *scanner) startsWithA(i int) bool {
	t := s.at(i)
	if t.kind != tWord {
		return false
	}
	if nw, ok := numWords[t.text]; ok {
		return nw.class == cHundred || nw.class == cScale || nw.class == cDozen
	}
	if _, ok := denominators[t.text]; ok {
		return true
	}
	v, ok := ordinalWords[t.text]
	return ok && v >= 100
}

// fractionWord reads denominator d at token j after the numerator read so
// far: "two-thirds", "a quarter", "one fifth", "half". A singular ordinal
// after "a" is a fraction only where no noun follows: "a third of voters",
// but "a third term".
func (s *scanner) fractionWord(r *numReader, j int, d float64) bool {
	w := s.at(j).text
	plural := strings.HasSuffix(w, "s")
	switch r.prev {
	case pUnit, pTeen, pTens:
		if r.total != 0 || r.group <= 0 || (!plural && r.group != 1) {
			return false
		}
		r.group /= d
	case pA:
		if w != "half" && w != "quarter" && !s.endsNoun(j+1) {
			return false
		}
		r.group = 1 / d
	case pNone:
		if w == "half" && !s.isPunct(j+1, "-") {
			r.group = 0.5
		} else if _, ok := s.scaleAt(j + 1); w == "quarter" && ok {
			r.group = 0.25
		} else {
			return false
		}
	default:
		return false
	}
	r.prev = pFrac
	return true
}

// endsNoun reports whether token i cannot be the noun an ordinal modifies.
func (s *scanner) endsNoun(i int) bool {
	t := s.at(i)
	if t.kind != tWord {
		return true
	}
	if _, ok := s.scaleAt(i); ok {
		return true
	}
	return t.text == "of" || t.text == "and" || t.text == "or" || t.text == "percent"
}

// fractionAt reads "a half", "a quarter", "two thirds" after "and".
func (s *scanner) fractionAt(i int) (float64, int, bool) {
	num := 1.0
	t := s.at(i)
	if t.kind != tWord {
		return 0, 0, false
	}
	switch nw, ok := numWords[t.text]; {
	case t.text == "a" || t.text == "an":
	case ok && (nw.class == cUnit || nw.class == cTeen) && nw.val > 0:
		num = nw.val
	default:
		return 0, 0, false
	}
	d, ok := denominators[s.at(i+1).text]
	if !ok || s.at(i+1).kind != tWord {
		return 0, 0, false
	}
	plural := strings.HasSuffix(s.at(i+1).text, "s")
	if plural == (num == 1) && s.at(i+1).text != "half" {
		return 0, 0, false
	}
	return num / d, i + 1, true
}

// scaleAt reports the multiplier of a spelled-out scale word at token i.
func (s *scanner) scaleAt(i int) (float64, bool) {
	t := s.at(i)
	if t.kind != tWord {
		return 0, false
	}
	nw, ok := numWords[t.text]
	if !ok || nw.class != cScale {
		return 0, false
	}
	return nw.val, true
}

// spokenDecimals reads the words after "point": "seventy-one" and "seven
// one" are both .71. It returns the value, its digit count and the last token.
func (s *scanner) spokenDecimals(i int) (float64, int, int) {
	var ds []byte
	end := i - 1
	for j := i; len(ds) < 12; j = end + 1 {
		t := s.at(j)
		nw, ok := numWords[t.text]
		if t.kind != tWord || !ok {
			break
		}
		switch nw.class {
		case cUnit:
			ds = append(ds, '0'+byte(nw.val))
		case cTeen:
			ds = append(ds, '1', '0'+byte(nw.val-10))
		case cTens:
			ds = append(ds, '0'+byte(nw.val/10))
			k := j + 1
			if s.isPunct(k, "-") && s.glued(k) {
				k++
			}
			if u, ok := numWords[s.at(k).text]; ok && s.at(k).kind == tWord && u.class == cUnit && u.val > 0 {
				ds = append(ds, '0'+byte(u.val))
				j = k
			}
		default:
			return decimals(ds), len(ds), end
		}
		end = j
	}
	return decimals(ds), len(ds), end
}

func decimals(ds []byte) float64 {
	var f float64
	for k := len(ds) - 1; k >= 0; k-- {
		f = (f + float64(ds[k]-'0')) / 10
	}
	return f
}

// mixedFraction reads the "1/4" of "2 1/4" at token i.
func (s *scanner) mixedFraction(i int, whole *token) (float64, int, bool) {
	a, b := s.at(i), s.at(i+2)
	if whole.dec != 0 || a.kind != tNum || !a.space || !s.isPunct(i+1, "/") || !s.glued(i+1) ||
		b.kind != tNum || !s.glued(i+2) || a.dec != 0 || b.dec != 0 || a.commas || b.commas {
		return 0, 0, false
	}
	switch b.val {
	case 2, 3, 4, 8, 16:
	default:
		return 0, 0, false
	}
	if a.val <= 0 || a.val >= b.val || (s.isPunct(i+3, "/") && s.glued(i+3)) {
		return 0, 0, false
	}
	return a.val / b.val, i + 2, true
}

// tidy drops the binary noise a scale leaves (0.57 times a hundred is
// 56.99999999999999 in floating point), keeping fifteen significant digits.
func tidy(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}
