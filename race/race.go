// Package race reads a race sheet: what a desk knows for certain about one
// race (who the candidates are and the names they go by, the official results
// of each contest) and derives the figures articles print from it (shares as
// rounded, margins in points and votes, the winner). It never reads articles
// and never judges them; it only answers what the official figure is and
// which contest an article's words point to.
package race

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"factdiff/config/strictyaml"
)

// Sheet is one race as the desk knows it.
type Sheet struct {
	// Path is the file the sheet was read from, which findings cite.
	Path       string
	Race       string
	Office     string
	Candidates []Candidate
	Results    []Result
	// Tolerance is how far a figure may stray beyond its own rounding and
	// still agree; the caller sets it from the configuration.
	Tolerance Tolerance

	names map[string]int // lower-case name or alias -> candidate index
}

// Candidate is one person on the ballot with the names articles use.
type Candidate struct {
	Name    string
	Party   string
	Aliases []string
}

// Result is the official outcome of one contest of the race.
type Result struct {
	// Contest is the contest as the desk names it ("runoff", "primary").
	Contest string
	// Date is the election day, YYYY-MM-DD, or empty.
	Date string
	// Final is false for a partial count, whose vote totals still grow.
	Final bool
	// Votes and Shares are keyed by candidate name. Shares are percent;
	// those not on the sheet are computed from the votes.
	Votes   map[string]int
	Shares  map[string]float64
	Turnout *float64
	Source  string
	// Line is where the result starts in the sheet.
	Line int

	// half is the rounding of each printed share: a share given as 51.78
	// is known to ±0.005, one computed from votes exactly.
	half        map[string]float64
	turnoutHalf float64
	// kinds are the kinds of contest its Contest names.
	kinds map[kind]bool
}

// Tolerance is the slack allowed beyond rounding.
type Tolerance struct {
	// Points is allowed on shares, margins and turnout, in percentage
	// points: it forgives a share truncated rather than rounded in print.
	Points float64
	// Percent is allowed on vote counts, relative to the official count.
	Percent float64
}

// DefaultTolerance forgives a truncated last digit of a share and the
// rounding of a vote count to three significant figures or so.
var DefaultTolerance = Tolerance{Points: 0.05, Percent: 0.5}

// Range is an official figure as precisely as the sheet knows it.
type Range struct{ Low, High float64 }

// Meets says whether a claim's interval [lo, hi] can hold the official
// figure, allowing slack either side.
func (r Range) Meets(lo, hi, slack float64) bool {
	const eps = 1e-9 // printed decimals are not exact in binary
	return lo <= r.High+slack+eps && r.Low-slack-eps <= hi
}

// Mid is the figure to show for the range.
func (r Range) Mid() float64 { return (r.Low + r.High) / 2 }

// String writes the figure to the precision the sheet knows it: "51.78"
// for a share printed so, two decimals for one computed from votes.
func (r Range) String() string {
	decimals := 2
	if w := r.High - r.Low; w > 0 {
		decimals = min(max(int(math.Round(-math.Log10(w))), 0), 4)
	}
	return strconv.FormatFloat(r.Mid(), 'f', decimals, 64)
}

// Load reads and checks the sheet at path.
func Load(path string) (*Sheet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("race sheet: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a sheet from data; name is the file its errors and findings
// cite.
func Parse(name string, data []byte) (*Sheet, error) {
	d, err := strictyaml.Parse(name, data)
	if err != nil {
		return nil, err
	}
	s := &Sheet{Path: name, Tolerance: DefaultTolerance, names: map[string]int{}}
	var results *yaml.Node
	err = d.Map(d.Root, "the race sheet", strictyaml.Fields{
		"race":       func(v *yaml.Node) (err error) { s.Race, err = d.String(v, "race"); return },
		"office":     func(v *yaml.Node) (err error) { s.Office, err = d.String(v, "office"); return },
		"candidates": func(v *yaml.Node) error { return s.readCandidates(d, v) },
		"results":    func(v *yaml.Node) error { results = v; return nil },
	}, "race", "candidates")
	if err != nil {
		return nil, err
	}
	if results != nil {
		err = d.List(results, "results", func(item *yaml.Node) error {
			r, err := s.readResult(d, item)
			s.Results = append(s.Results, r)
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Sheet) readCandidates(d *strictyaml.Doc, n *yaml.Node) error {
	err := d.List(n, "candidates", func(item *yaml.Node) error {
		var c Candidate
		err := d.Map(item, "a candidate", strictyaml.Fields{
			"name":    func(v *yaml.Node) (err error) { c.Name, err = d.String(v, "name"); return },
			"party":   func(v *yaml.Node) (err error) { c.Party, err = d.String(v, "party"); return },
			"aliases": func(v *yaml.Node) (err error) { c.Aliases, err = d.Strings(v, "aliases"); return },
		}, "name")
		if err != nil {
			return err
		}
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			k := key(name)
			if i, taken := s.names[k]; taken && i != len(s.Candidates) {
				return d.Errorf(item, "%q already names %s", name, s.Candidates[i].Name)
			}
			s.names[k] = len(s.Candidates)
		}
		s.Candidates = append(s.Candidates, c)
		return nil
	})
	if err == nil && len(s.Candidates) == 0 {
		return d.Errorf(n, "candidates lists no one")
	}
	return err
}

func (s *Sheet) readResult(d *strictyaml.Doc, n *yaml.Node) (Result, error) {
	r := Result{Line: n.Line, Final: true, half: map[string]float64{}}
	var votes, shares *yaml.Node
	err := d.Map(n, "a result", strictyaml.Fields{
		"contest": func(v *yaml.Node) (err error) { r.Contest, err = d.String(v, "contest"); return },
		"date":    func(v *yaml.Node) (err error) { r.Date, err = readDate(d, v); return },
		"final":   func(v *yaml.Node) (err error) { r.Final, err = d.Bool(v, "final"); return },
		"votes":   func(v *yaml.Node) error { votes = v; return nil },
		"shares":  func(v *yaml.Node) error { shares = v; return nil },
		"turnout": func(v *yaml.Node) error {
			t, err := percent(d, v, "turnout")
			r.Turnout, r.turnoutHalf = &t, half(v.Value)
			return err
		},
		"source": func(v *yaml.Node) (err error) { r.Source, err = d.String(v, "source"); return },
	})
	if err != nil {
		return r, err
	}
	r.kinds = kinds(r.Contest, true)
	if r.Contest == "" && r.Date == "" {
		return r, d.Errorf(n, "a result needs a contest or a date, or no article can point to it")
	}
	if votes != nil {
		r.Votes = map[string]int{}
		err = s.perCandidate(d, votes, "votes", func(name string, v *yaml.Node) error {
			n, err := d.Int(v, "votes of "+name)
			if err == nil && n < 0 {
				err = d.Errorf(v, "votes of %s are negative", name)
			}
			r.Votes[name] = n
			return err
		})
	}
	if err != nil {
		return r, err
	}
	r.Shares = map[string]float64{}
	if shares != nil {
		total := 0.0
		err = s.perCandidate(d, shares, "shares", func(name string, v *yaml.Node) error {
			p, err := percent(d, v, "the share of "+name)
			r.Shares[name], r.half[name] = p, half(v.Value)
			total += p
			return err
		})
		if err == nil && total > 100+0.01*float64(len(r.Shares)) {
			err = d.Errorf(shares, "shares add up to %.2f%%, over 100", total)
		}
	}
	r.shareVotes()
	return r, err
}

// perCandidate reads a mapping keyed by candidate, resolving aliases to the
// candidate's name; a key that names no candidate, or one named twice, is
// an error.
func (s *Sheet) perCandidate(d *strictyaml.Doc, n *yaml.Node, what string, each func(name string, v *yaml.Node) error) error {
	seen := map[string]bool{}
	return d.Pairs(n, what, func(key string, k, v *yaml.Node) error {
		c := s.Candidate(key)
		if c == nil {
			return d.Errorf(k, "%s names %q, who is not among the candidates", what, key)
		}
		if seen[c.Name] {
			return d.Errorf(k, "%s gives %s twice", what, c.Name)
		}
		seen[c.Name] = true
		return each(c.Name, v)
	})
}

// shareVotes computes the share of every candidate with votes and no
// printed share, as percent of the candidates' total.
func (r *Result) shareVotes() {
	total := 0
	for _, v := range r.Votes {
		total += v
	}
	if total == 0 {
		return
	}
	for name, v := range r.Votes {
		if _, printed := r.Shares[name]; !printed {
			r.Shares[name] = 100 * float64(v) / float64(total)
			r.half[name] = 0
		}
	}
}

func percent(d *strictyaml.Doc, n *yaml.Node, what string) (float64, error) {
	p, err := d.Float(n, what)
	if err == nil && (p < 0 || p > 100) {
		err = d.Errorf(n, "%s is %s%%, outside 0 to 100", what, n.Value)
	}
	return p, err
}

// half is half a unit of the last printed digit of a number ("51.78" ->
// 0.005), the rounding it carries.
func half(text string) float64 {
	h := 0.5
	if _, frac, ok := strings.Cut(text, "."); ok {
		for _, c := range frac {
			if c >= '0' && c <= '9' {
				h /= 10
			}
		}
	}
	return h
}

func readDate(d *strictyaml.Doc, n *yaml.Node) (string, error) {
	s, err := d.String(n, "date")
	if err != nil {
		return "", err
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", d.Errorf(n, "date %q is not a day written YYYY-MM-DD", s)
	}
	return s, nil
}

// key is how a name is looked up: case and spacing do not matter.
func key(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }

// Candidate returns the candidate a name or alias stands for, or nil.
func (s *Sheet) Candidate(name string) *Candidate {
	if i, ok := s.names[key(name)]; ok {
		return &s.Candidates[i]
	}
	return nil
}

// Share returns a candidate's official share of the vote in percent.
func (r *Result) Share(name string) (Range, bool) {
	p, ok := r.Shares[name]
	return Range{p - r.half[name], p + r.half[name]}, ok
}

// TurnoutRange returns the official turnout in percent.
func (r *Result) TurnoutRange() (Range, bool) {
	if r.Turnout == nil {
		return Range{}, false
	}
	return Range{*r.Turnout - r.turnoutHalf, *r.Turnout + r.turnoutHalf}, true
}

// Order returns the candidates in order of finish: by votes when every
// candidate with a share has votes too, else by share. Ties keep the order
// of names, and Winner refuses to choose between them.
func (r *Result) Order() []string {
	byVotes := len(r.Votes) > 0 && len(r.Votes) == len(r.Shares)
	out := make([]string, 0, len(r.Shares))
	for name := range r.Shares {
		out = append(out, name)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if byVotes && r.Votes[a] != r.Votes[b] {
			return r.Votes[a] > r.Votes[b]
		}
		if !byVotes && r.Shares[a] != r.Shares[b] {
			return r.Shares[a] > r.Shares[b]
		}
		return a < b
	})
	return out
}

// Winner returns the candidate who finished first, or "" when the sheet
// shows a tie or too little to tell.
func (r *Result) Winner() string {
	o := r.Order()
	switch {
	case len(o) == 0:
		return ""
	case len(o) == 1:
		return o[0]
	case r.Shares[o[0]] == r.Shares[o[1]] && (len(r.Votes) == 0 || r.Votes[o[0]] == r.Votes[o[1]]):
		return ""
	}
	return o[0]
}

// Margin returns the lead of the first over the second in percentage
// points, as precisely as their shares are known.
func (r *Result) Margin() (Range, bool) {
	o := r.Order()
	if len(o) < 2 {
		return Range{}, false
	}
	a, _ := r.Share(o[0])
	b, _ := r.Share(o[1])
	return Range{a.Low - b.High, a.High - b.Low}, true
}

// VoteMargin returns the lead of the first over the second in votes.
func (r *Result) VoteMargin() (int, bool) {
	o := r.Order()
	if len(o) < 2 || len(r.Votes) != len(r.Shares) {
		return 0, false
	}
	return r.Votes[o[0]] - r.Votes[o[1]], true
}

// Name says which contest the result is, for messages: its contest and
// date as the sheet gives them.
func (r *Result) Name() string {
	switch {
	case r.Contest == "":
		return r.Date
	case r.Date == "":
		return r.Contest
	}
	return r.Contest + " of " + r.Date
}
