package rules

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"factdiff/claims"
	"factdiff/finding"
)

var arithmetic = Rule{
	Rule: finding.Rule{
		ID:          "arithmetic",
		Severity:    finding.Error,
		Description: "Figures in one article that cannot add up: vote shares of different candidates in one contest that sum to more than 100%, or a stated margin that differs from the shares.",
		Example:     `"Roe won 61% ... Lopez took 44%" in the same race`,
	},
	run: func(s *Set, rule Rule) []finding.Finding {
		var out []finding.Finding
		for di := range s.Docs {
			out = append(out, sharesOver100(s, rule, di)...)
			out = append(out, marginAgainstShares(s, rule, di)...)
		}
		return out
	},
}

// sharesOver100 flags a contest in document di whose candidates' shares, at
// their lowest, sum to more than 100%. Each candidate counts once, with the
// lowest share the document gives, so repeated or hedged mentions never
// inflate the sum.
func sharesOver100(s *Set, rule Rule, di int) []finding.Finding {
	type share struct {
		low float64
		ref Ref
	}
	byTime := map[string]map[string]share{}
	for _, k := range s.keys {
		if k.measure != "vote-share" {
			continue
		}
		for _, r := range s.facts[k] {
			c := s.Claim(r)
			if r.Doc != di || c.Low == nil || c.Hedge == "within" {
				continue
			}
			if byTime[c.Time] == nil {
				byTime[c.Time] = map[string]share{}
			}
			if old, ok := byTime[c.Time][k.entity]; !ok || *c.Low < old.low {
				byTime[c.Time][k.entity] = share{*c.Low, r}
			}
		}
	}
	times := make([]string, 0, len(byTime))
	for t := range byTime {
		times = append(times, t)
	}
	sort.Strings(times)
	var out []finding.Finding
	for _, t := range times {
		shares := byTime[t]
		if len(shares) < 2 {
			continue
		}
		names := make([]string, 0, len(shares))
		sum := 0.0
		for n, sh := range shares {
			names = append(names, n)
			sum += sh.low
		}
		if sum <= 100.5 {
			continue
		}
		sort.Strings(names)
		var parts []string
		var ev []finding.Evidence
		for _, n := range names[1:] {
			c := s.Claim(shares[n].ref)
			parts = append(parts, fmt.Sprintf("%s %s", n, show(c)))
			ev = append(ev, s.Evidence(di, c.Span))
		}
		first := s.Claim(shares[names[0]].ref)
		msg := fmt.Sprintf("vote shares add up to at least %.1f%%: %s %s, %s", sum, names[0], show(first), strings.Join(parts, ", "))
		out = append(out, s.New(rule, di, first.Span, names[0], msg, ev...))
	}
	return out
}

// marginAgainstShares flags a margin in points that document di states for
// one of exactly two candidates whose shares of the same contest it also
// states, when no rounding of the shares gives that margin.
func marginAgainstShares(s *Set, rule Rule, di int) []finding.Finding {
	shares := map[string]map[string]Ref{} // time -> entity -> most precise share
	var margins []Ref
	for _, k := range s.keys {
		for _, r := range s.facts[k] {
			c := s.Claim(r)
			if r.Doc != di || c.Low == nil || c.High == nil || c.Hedge == "within" {
				continue
			}
			switch k.measure {
			case "vote-share":
				if shares[c.Time] == nil {
					shares[c.Time] = map[string]Ref{}
				}
				if old, ok := shares[c.Time][k.entity]; !ok || precision(c) < precision(s.Claim(old)) {
					shares[c.Time][k.entity] = r
				}
			case "margin":
				if c.Kind == "points" {
					margins = append(margins, r)
				}
			}
		}
	}
	var out []finding.Finding
	for _, m := range margins {
		mc := s.Claim(m)
		pair := shares[mc.Time]
		who := s.Canonical(mc.Entity)
		if _, ok := pair[who]; len(pair) != 2 || !ok {
			continue
		}
		var a, b *claims.Claim
		for e, r := range pair {
			if e == who {
				a = s.Claim(r)
			} else {
				b = s.Claim(r)
			}
		}
		// The gap the shares allow, whichever way round, against the margin.
		lo, hi := *a.Low-*b.High, *a.High-*b.Low
		if lo <= -*mc.Low && -*mc.High <= hi || lo <= *mc.High && *mc.Low <= hi {
			continue
		}
		gapLo, gapHi := math.Abs(lo), math.Abs(hi)
		if gapLo > gapHi {
			gapLo, gapHi = gapHi, gapLo
		}
		msg := fmt.Sprintf("a margin of %s does not follow from the shares %s and %s, %.1f to %.1f points apart",
			show(mc), show(a), show(b), gapLo, gapHi)
		out = append(out, s.New(rule, di, mc.Span, who, msg, s.Evidence(di, a.Span), s.Evidence(di, b.Span)))
	}
	return out
}
