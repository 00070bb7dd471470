package rules

import (
	"fmt"
	"strconv"
	"strings"

	"factdiff/claims"
	"factdiff/claims/figures"
	"factdiff/finding"
	"factdiff/race"
)

var resultsMismatch = Rule{
	Rule: finding.Rule{
		ID:          "results-mismatch",
		Severity:    finding.Error,
		Description: "A candidate's vote share, votes, margin or the turnout that differs from the official results in the race sheet, in a contest the article makes clear (its date, the runoff, the primary, the first round), after rounding and hedges are taken into account.",
		Example:     `"Roe won the runoff with 53.8% of the vote" when the race sheet has 51.78%`,
	},
	run: func(s *Set, rule Rule) []finding.Finding {
		if s.race == nil {
			return nil
		}
		var out []finding.Finding
		for i, d := range s.Docs {
			dates := sentenceDates(d)
			quoted := quotedClaims(d)
			for ci := range d.Claims {
				c := &d.Claims[ci]
				if quoted[ci] || c.Value == nil || aboutPart(c.Sentence) {
					continue
				}
				if f, ok := s.mismatch(rule, i, c, dates[c.SentenceIndex]); ok {
					out = append(out, f)
				}
			}
		}
		return out
	},
}

// Candidate returns the race sheet's candidate a name stands for, or nil
// (always nil without a sheet), so that a rule can tell who can have a vote
// share, a threshold or a runoff place.
func (s *Set) Candidate(name string) *race.Candidate {
	if s.race == nil || name == "" {
		return nil
	}
	if c := s.race.Candidate(name); c != nil {
		return c
	}
	return s.race.Candidate(s.Canonical(name))
}

// official is the sheet's figure for what a claim states.
type official struct {
	value race.Range
	slack float64
	what  string // "Jane Roe's vote share", "the turnout"
	text  string // the figure as the sheet gives it: "51.78%"
}

// mismatch compares claim c of document i with the sheet, in the contest
// its sentence makes clear.
func (s *Set) mismatch(rule Rule, i int, c *claims.Claim, dates []string) (finding.Finding, bool) {
	who := s.Candidate(c.Entity)
	if who == nil && !(c.Measure == "turnout" && c.Entity == "") {
		return finding.Finding{}, false
	}
	r := s.race.Contest(race.Mention{Time: c.Time, Sentence: c.Sentence, Dates: dates})
	if r == nil {
		return finding.Finding{}, false
	}
	o, ok := s.officialFor(s.Docs[i], c, who, r)
	lo, hi := bounds(c)
	if !ok || o.value.Meets(lo, hi, o.slack) {
		return finding.Finding{}, false
	}
	msg := fmt.Sprintf("%s in the %s is %s here; the race sheet has %s", o.what, r.Name(), show(c), o.text)
	if r.Source != "" {
		msg += " (" + r.Source + ")"
	}
	ev := finding.Evidence{
		Location: finding.Location{Path: s.race.Path, Line: r.Line, Column: 1},
		Text:     fmt.Sprintf("%s: %s %s", r.Name(), o.what, o.text),
		Focus:    o.text,
	}
	entity := ""
	if who != nil {
		entity = who.Name
	}
	return s.New(rule, i, c.Span, entity, msg, ev), true
}

// officialFor finds the sheet's figure for the measure c states about who
// (nil for the turnout) in result r.
func (s *Set) officialFor(d *claims.Document, c *claims.Claim, who *race.Candidate, r *race.Result) (official, bool) {
	points := s.race.Tolerance.Points
	switch {
	case c.Measure == "turnout" && c.Kind == figures.Percent:
		t, ok := r.TurnoutRange()
		return official{t, points, "the turnout", t.String() + "%"}, ok
	case who == nil:
		return official{}, false
	case c.Measure == "vote-share" && c.Kind == figures.Percent && !ofGroup(textAfter(d, c)):
		sh, ok := r.Share(who.Name)
		return official{sh, points, who.Name + "'s vote share", sh.String() + "%"}, ok
	case c.Measure == "margin" && c.Kind == figures.Points && c.Of == "" && topTwo(r, who.Name):
		m, ok := r.Margin()
		return official{m, points, "the margin", m.String() + " points"}, ok
	case c.Measure == "votes" && c.Kind == figures.Count && r.Final:
		return s.officialVotes(d, c, who, r)
	}
	return official{}, false
}

// officialVotes finds the official count a vote figure states: the
// candidate's margin when the words say so ("won by 4,120 votes", "a
// 4,120-vote lead"), else the candidate's tally. A tally that reads like the
// margin is left alone: the words may say margin in a way not recognised.
func (s *Set) officialVotes(d *claims.Document, c *claims.Claim, who *race.Candidate, r *race.Result) (official, bool) {
	slack := func(n int) float64 { return s.race.Tolerance.Percent / 100 * float64(n) }
	lo, hi := bounds(c)
	vm, hasMargin := r.VoteMargin()
	hasMargin = hasMargin && topTwo(r, who.Name)
	margin := official{race.Range{Low: float64(vm), High: float64(vm)}, slack(vm), "the margin in votes", votes(vm)}
	if marginWords(textBefore(d, c), textAfter(d, c)) {
		return margin, hasMargin
	}
	n, ok := r.Votes[who.Name]
	if !ok || hasMargin && margin.value.Meets(lo, hi, margin.slack) {
		return official{}, false
	}
	return official{race.Range{Low: float64(n), High: float64(n)}, slack(n), who.Name + "'s vote count", votes(n)}, true
}

// topTwo says whether name finished first or second, between whom a
// margin is measured.
func topTwo(r *race.Result, name string) bool {
	o := r.Order()
	return len(o) >= 2 && (o[0] == name || o[1] == name)
}

// partWords mark a sentence whose figures are not the whole race's
// official result: a poll, a county or precinct, a count under way.
var partWords = []string{"poll", "survey", "county", "counties", "precinct", "reporting", "early returns", "partial", "unofficial", "projected"}

// aboutPart says whether a sentence gives figures of a part of the race or
// of a moment before the count was done.
func aboutPart(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, w := range partWords {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || low[i-1] < 'a' || low[i-1] > 'z' {
				return true
			}
			from = i + len(w)
		}
	}
	return false
}

// ofGroup says whether the words after a share make it a share of a group
// of voters ("60% of independents") rather than of the vote.
func ofGroup(after string) bool {
	rest, ok := strings.CutPrefix(after, " of ")
	if !ok {
		return false
	}
	rest = rest[:min(len(rest), 30)]
	return !strings.Contains(rest, "vote") && !strings.Contains(rest, "ballot")
}

// marginWords say whether a vote count is a margin: "by 4,120 votes", "a
// 4,120-vote lead".
func marginWords(before, after string) bool {
	if strings.HasSuffix(strings.TrimRight(before, " "), " by") {
		return true
	}
	a := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " "), "votes"), " ")
	for _, w := range []string{"margin", "lead", "edge", "advantage", "victory", "win ", "more ", "fewer "} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// textBefore and textAfter return up to 40 bytes of lower-case text either side of
// a claim, within its sentence.
func textBefore(d *claims.Document, c *claims.Claim) string {
	start := d.Sentences[c.SentenceIndex].Start
	return strings.ToLower(d.Text.S[max(start, c.Span.Start-40):c.Span.Start])
}

func textAfter(d *claims.Document, c *claims.Claim) string {
	end := d.Sentences[c.SentenceIndex].End
	return strings.ToLower(d.Text.S[c.Span.End:max(c.Span.End, min(end, c.Span.End+40))])
}

// sentenceDates lists the days each sentence names, by sentence index.
func sentenceDates(d *claims.Document) map[int][]string {
	out := map[int][]string{}
	for _, c := range d.Claims {
		if c.Date != "" {
			out[c.SentenceIndex] = append(out[c.SentenceIndex], c.Date)
		}
	}
	return out
}

// quotedClaims marks the claims that stand inside a quotation: what a
// speaker said is reported, not stated, by the article.
func quotedClaims(d *claims.Document) map[int]bool {
	out := map[int]bool{}
	q := 0
	for i, c := range d.Claims {
		for q < len(d.Quotes) && d.Quotes[q].Span.End <= c.Span.Start {
			q++
		}
		if q < len(d.Quotes) && d.Quotes[q].Span.Start <= c.Span.Start {
			out[i] = true
		}
	}
	return out
}

// votes writes a count with thousands separators: "4,120 votes".
func votes(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + " votes"
}
