// Package rules decides what is wrong across a set of articles about one race:
// it aligns the figures and quotations that speak of the same fact and runs
// each rule over them, returning findings with their evidence. It never
// reads files and never formats output; each rule lives in its own file with
// its identifier, severity, description and example.
package rules

import (
	"math"
	"slices"
	"sort"
	"strings"

	"factdiff/claims"
	"factdiff/finding"
	"factdiff/race"
)

// Rule is one check over an aligned set of documents.
type Rule struct {
	finding.Rule
	// CheckOnly rules run only when drafts are checked against sources.
	CheckOnly bool
	run       func(s *Set, r Rule) []finding.Finding
}

// All lists every rule, in the order `factdiff rules` shows them.
func All() []Rule {
	return []Rule{
		numberConflict,
		misattribution,
		misquote,
		quoteSpeaker,
		garbledReference,
		danglingNumber,
		arithmetic,
		dateConflict,
		unsupportedFigure,
		unsupportedName,
		swappedName,
		resultsMismatch,
	}
}

// Info returns the metadata of every rule, for help texts and SARIF.
func Info() []finding.Rule {
	var out []finding.Rule
	for _, r := range All() {
		out = append(out, r.Rule)
	}
	return out
}

// Options say how a set of documents is checked.
type Options struct {
	// Drafts marks the documents under check (by index); the others are
	// sources, evidence only. Empty means compare: every document is judged.
	Drafts map[int]bool
	// Peers says the documents under check are peers of the others (new
	// coverage of a race), not drafts written from them as sources: rules
	// that need sources do not run.
	Peers bool
	// Severity overrides a rule's default severity; Off turns rules off.
	Severity map[string]finding.Severity
	Off      map[string]bool
	// Race is the race sheet with the official results, or nil.
	Race *race.Sheet
}

// Check runs every rule over docs and returns the findings in the order of
// the contract.
func Check(docs []*claims.Document, o Options) []finding.Finding {
	return check(newSet(docs, o), o)
}

func check(s *Set, o Options) []finding.Finding {
	var out []finding.Finding
	for _, r := range All() {
		if o.Off[r.ID] || r.CheckOnly && (len(o.Drafts) == 0 || o.Peers) {
			continue
		}
		for _, f := range r.run(s, r) {
			if !s.judged(f.Location.Path) {
				continue
			}
			if sev, ok := o.Severity[r.ID]; ok && f.Severity == r.Severity {
				f.Severity = sev
			}
			if f.Evidence == nil {
				f.Evidence = []finding.Evidence{}
			}
			out = append(out, f)
		}
	}
	finding.Sort(out)
	return dedupe(out)
}

// Report checks docs and returns the whole report of one run: the documents
// with what was read from them, the findings and the rules that could fire.
// The fact sheet lists what the documents agree on. Problems and
// suppressions are the caller's to add.
func Report(docs []*claims.Document, o Options) finding.Report {
	s := newSet(docs, o)
	r := finding.Report{Findings: check(s, o), Rules: Info(), Facts: s.sheet()}
	for _, d := range docs {
		r.Documents = append(r.Documents, finding.Document{Path: d.Path, Claims: len(d.Claims), Quotes: len(d.Quotes)})
		r.Claims += len(d.Claims)
	}
	return r
}

// dedupe drops a finding that repeats another's rule and place, which
// happens when several sources give the same evidence.
func dedupe(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Rule == f.Rule && p.Location == f.Location && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// Set is the documents of one race with their facts aligned.
type Set struct {
	Docs   []*claims.Document
	drafts map[int]bool
	peers  bool
	// facts groups claims by what they are about: entity, measure, time.
	facts map[factKey][]Ref
	keys  []factKey
	// full maps a lone surname to the people (first and last name) the
	// documents give it; spelling maps each such person to the shortest of
	// the names they go by ("Donald J. Trump", "Donald Trump").
	full     map[string]map[string]bool
	spelling map[string]string
	// context holds the content words around each count or amount, which
	// must be shared before two of them count as one fact.
	context map[Ref]map[string]bool
	// listed marks the counts and amounts of a group split by byScale:
	// their articles list so many that shared words say less.
	listed map[Ref]bool
	// noun holds the noun an amount stands before, stemmed ("package" in
	// "the $447 billion jobs package"): what the amount is of.
	noun map[Ref]string
	// phrases caches the phrase of each claim kinship compares.
	phrases map[Ref][]string
	// tokens caches each document's words, which several rules read.
	tokens [][]word
	// quotePairs caches the aligned quotations, read by two rules.
	quotePairs []quotePair
	aligned    bool
	// sourceNames caches sourceNameWords, read by two rules.
	sourceNames map[string]bool
	// dates groups the dates of elections by the contest they name.
	dates    map[string][]Ref
	dateKeys []string
	// race is the race sheet, or nil.
	race *race.Sheet
}

// Ref points at one claim of one document.
type Ref struct{ Doc, Claim int }

// factKey names one fact: whose, which measure and, for a group of counts
// or amounts too large to align whole, the order of magnitude of the values
// (see byScale).
type factKey struct {
	entity, measure string
	scale           int
}

func newSet(docs []*claims.Document, o Options) *Set {
	s := &Set{Docs: docs, drafts: o.Drafts, peers: o.Peers, facts: map[factKey][]Ref{}, full: map[string]map[string]bool{},
		spelling: map[string]string{}, race: o.Race}
	for _, d := range docs {
		for _, e := range d.Entities {
			first, last, ok := personName(e.Name)
			if !ok {
				continue
			}
			if s.full[last] == nil {
				s.full[last] = map[string]bool{}
			}
			key := first + " " + last
			s.full[last][key] = true
			if sp, seen := s.spelling[key]; !seen || len(e.Name) < len(sp) || len(e.Name) == len(sp) && e.Name < sp {
				s.spelling[key] = e.Name
			}
		}
	}
	s.tokens = make([][]word, len(docs))
	s.dates = map[string][]Ref{}
	s.context = map[Ref]map[string]bool{}
	s.listed = map[Ref]bool{}
	s.noun = map[Ref]string{}
	s.phrases = map[Ref][]string{}
	for di, d := range docs {
		for ci, c := range d.Claims {
			if c.Measure == "election-date" && c.Time != "" && c.Date != "" {
				if _, seen := s.dates[c.Time]; !seen {
					s.dateKeys = append(s.dateKeys, c.Time)
				}
				s.dates[c.Time] = append(s.dates[c.Time], Ref{di, ci})
				continue
			}
			if !comparable(c) {
				continue
			}
			k := factKey{entity: s.Canonical(c.Entity), measure: c.Measure}
			if byWords(c) {
				r := Ref{di, ci}
				k = factKey{measure: family(c.Measure)}
				s.context[r] = contentWords(d, c)
				if n := amountNoun(d.Text.S, c); n != "" {
					s.noun[r] = n
				}
			} else if c.Entity == "" {
				continue
			}
			if _, seen := s.facts[k]; !seen {
				s.keys = append(s.keys, k)
			}
			s.facts[k] = append(s.facts[k], Ref{di, ci})
		}
	}
	s.alsoDescribed()
	var keys []factKey
	for _, k := range s.keys {
		switch {
		case !repetitive(s.facts[k]):
			keys = append(keys, k)
		case k.entity == "":
			keys = append(keys, s.byScale(k)...)
		}
	}
	s.keys = keys
	s.dateKeys = slices.DeleteFunc(s.dateKeys, func(k string) bool { return repetitive(s.dates[k]) })
	sort.Strings(s.dateKeys)
	sort.Slice(s.keys, func(i, j int) bool {
		a, b := s.keys[i], s.keys[j]
		if a.entity != b.entity {
			return a.entity < b.entity
		}
		if a.measure != b.measure {
			return a.measure < b.measure
		}
		return a.scale < b.scale
	})
	return s
}

// alsoDescribed adds a count to the group of another measure when the
// words right after it say what it counts as a description of two words or
// more that a count of that measure has: "at least 707 women who serve as
// store managers" and "700 staff, all store managers" join "at least 544
// store managers", which may count the same people. Other words before the
// description ("workers who complained to store managers") speak of
// someone else.
func (s *Set) alsoDescribed() {
	described := map[string]string{} // the last two words of a description -> its measure
	for _, k := range s.keys {
		for _, r := range s.facts[k] {
			if c := s.Claim(r); c.Kind == "count" {
				if d := description(c); len(d) >= 2 {
					described[d[len(d)-2]+" "+d[len(d)-1]] = k.measure
				}
			}
		}
	}
	if len(described) == 0 {
		return
	}
	for _, k := range s.keys {
		for _, r := range s.facts[k] {
			c := s.Claim(r)
			if c.Kind != "count" {
				continue
			}
			d := s.Docs[r.Doc]
			after := words(d.Text.S[c.Span.End:min(d.Context(c.Span).End, c.Span.End+wordReach)])
			for i := 2; i < len(after) && i < 8; i++ {
				if after[i-2] != "as" && after[i-2] != "all" {
					continue
				}
				m, ok := described[after[i-1]+" "+after[i]]
				if !ok || m == k.measure {
					continue
				}
				other := factKey{measure: m}
				if !slices.Contains(s.facts[other], r) {
					s.facts[other] = append(s.facts[other], r)
				}
			}
		}
	}
}

// byScale splits the counts or amounts of a key that some document states
// too often to align as one group (an article listing a couple's taxes,
// income and gifts year by year) by the order of magnitude of their values,
// and returns the keys of the groups small enough to align. Two figures for
// one fact are under a factor of two apart (see plausible), so each keeps
// all but the few across a power of ten to compare with, and aligning stays
// near-linear.
func (s *Set) byScale(k factKey) []factKey {
	var keys []factKey
	for _, r := range s.facts[k] {
		v := s.Claim(r).Value
		if v == nil || *v == 0 {
			continue
		}
		sub := factKey{k.entity, k.measure, int(math.Floor(math.Log10(math.Abs(*v))))}
		if _, seen := s.facts[sub]; !seen {
			keys = append(keys, sub)
		}
		s.facts[sub] = append(s.facts[sub], r)
		s.listed[r] = true
	}
	delete(s.facts, k)
	return slices.DeleteFunc(keys, func(k factKey) bool { return repetitive(s.facts[k]) })
}

// maxStatements is how often one document may state one fact before the
// fact counts as ambiguous: an article giving the same measure of the same
// person more often than this is listing, not stating, and aligning every
// pair of such statements would cost the square of their number.
const maxStatements = 16

// repetitive says whether some document states a fact too often to align.
func repetitive(refs []Ref) bool {
	n := map[int]int{}
	for _, r := range refs {
		if n[r.Doc]++; n[r.Doc] > maxStatements {
			return true
		}
	}
	return false
}

// byWords says whether a claim is aligned by the words around it rather than
// by its entity: counts and amounts ("800,000 federal employees", "$5.7
// billion for a border wall") are about things more than people, and the
// person a clause names is a poor guide to which fact they state.
func byWords(c claims.Claim) bool {
	return c.Kind == "count" || c.Kind == "money" || c.Kind == "number"
}

// family groups measures that may state one fact in other words: money
// "used", "paid" or "spent" may be the same amount, and the people "injured"
// or "hurt" in an attack are those "wounded".
func family(m string) string {
	switch m {
	case "raised", "spent":
		return "money"
	}
	if t, ok := tolls[m]; ok {
		return t
	}
	return m
}

// comparable says whether a claim states something definite enough to
// align: a known measure with a value or a date.
func comparable(c claims.Claim) bool {
	switch c.Measure {
	case "", "percent", "points", "number", "ordinal", "count", "date", "poll", "approval":
		return false
	}
	return c.Value != nil || c.Date != ""
}

// Canonical maps an entity name to the name the set knows it by: variants
// of one person's name ("Donald J. Trump", "Donald Trump") take one
// spelling, and a surname alone ("Trump") takes it too when exactly one
// person in the documents has that surname.
func (s *Set) Canonical(name string) string {
	if first, last, ok := personName(name); ok {
		if sp, known := s.spelling[first+" "+last]; known {
			return sp
		}
		return name
	}
	if len(s.full[name]) != 1 {
		return name
	}
	for key := range s.full[name] {
		return s.spelling[key]
	}
	return name
}

// personName splits a name of two words or more into its first and last
// name, leaving out middle names and a generational suffix.
func personName(name string) (first, last string, ok bool) {
	f := strings.Fields(name)
	if n := len(f); n > 2 && suffixes[strings.TrimSuffix(f[n-1], ".")] {
		f = f[:n-1]
	}
	if len(f) < 2 {
		return "", "", false
	}
	return f[0], f[len(f)-1], true
}

var suffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// judged reports whether findings in path are reported: every document in
// compare, only drafts in check.
func (s *Set) judged(path string) bool {
	if len(s.drafts) == 0 {
		return true
	}
	for i, d := range s.Docs {
		if d.Path == path {
			return s.drafts[i]
		}
	}
	return false
}

// sourced says whether the documents under check were written from the
// others (check), which are then the authority, rather than beside them.
func (s *Set) sourced() bool { return len(s.drafts) > 0 && !s.peers }

// IsDraft reports whether document i is under check (always, in compare).
func (s *Set) IsDraft(i int) bool { return len(s.drafts) == 0 || s.drafts[i] }

// words returns the words of document i, read once per set.
func (s *Set) words(i int) []word {
	if s.tokens[i] == nil {
		s.tokens[i] = tokenize(s.Docs[i].Text.S)
	}
	return s.tokens[i]
}

// nameWords returns the words the sources keep for names (sourceNameWords),
// read once per set.
func (s *Set) nameWords() map[string]bool {
	if s.sourceNames == nil {
		s.sourceNames = sourceNameWords(s)
	}
	return s.sourceNames
}

// pairs returns the quotations of the set aligned across documents,
// aligned once per set.
func (s *Set) pairs() []quotePair {
	if !s.aligned {
		s.quotePairs, s.aligned = alignQuotes(s.Docs), true
	}
	return s.quotePairs
}

// Claim returns the claim a Ref points at.
func (s *Set) Claim(r Ref) *claims.Claim { return &s.Docs[r.Doc].Claims[r.Claim] }

// Locate builds the finding location of a span of normalised text in doc i.
func (s *Set) Locate(i int, sp claims.Span) finding.Location {
	d := s.Docs[i]
	l := d.Location(sp)
	start, end := d.Orig(sp)
	return finding.Location{Path: d.Path, Line: l.Line, Column: l.Column, EndLine: l.EndLine, EndColumn: l.EndColumn, Start: start, End: end}
}

// Evidence cites a span of doc i: its location and its sentence as written.
func (s *Set) Evidence(i int, sp claims.Span) finding.Evidence {
	d := s.Docs[i]
	return finding.Evidence{Location: s.Locate(i, sp), Text: d.Original(d.Context(sp)), Focus: d.Original(sp)}
}

// New builds a finding of rule r at span sp of doc i, quoting its sentence.
func (s *Set) New(r Rule, i int, sp claims.Span, entity, message string, ev ...finding.Evidence) finding.Finding {
	d := s.Docs[i]
	return finding.Finding{
		Rule:     r.ID,
		Severity: r.Severity,
		Message:  message,
		Location: s.Locate(i, sp),
		Text:     d.Original(d.Context(sp)),
		Focus:    d.Original(sp),
		Entity:   entity,
		Evidence: ev,
	}
}
