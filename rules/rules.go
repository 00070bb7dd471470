// Package rules decides what is wrong across a set of articles about one race:
// it aligns the figures and quotations that speak of the same fact and runs
// each rule over them, returning findings with their evidence. It never
// reads files and never formats output; each rule lives in its own file with
// its identifier, severity, description and example.
package rules

import (
	"sort"
	"strings"

	"factdiff/claims"
	"factdiff/finding"
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
	// Severity overrides a rule's default severity; Off turns rules off.
	Severity map[string]finding.Severity
	Off      map[string]bool
}

// Check runs every rule over docs and returns the findings in the order of
// the contract.
func Check(docs []*claims.Document, o Options) []finding.Finding {
	return check(newSet(docs, o), o)
}

func check(s *Set, o Options) []finding.Finding {
	var out []finding.Finding
	for _, r := range All() {
		if o.Off[r.ID] || r.CheckOnly && len(o.Drafts) == 0 {
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
	// facts groups claims by what they are about: entity, measure, time.
	facts map[factKey][]Ref
	keys  []factKey
	// full maps a lone surname to the full names the documents give it.
	full map[string]map[string]bool
	// context holds the content words around each entity-less claim, which
	// must be shared before two such claims count as one fact.
	context map[Ref]map[string]bool
	// dates groups the dates of elections by the contest they name.
	dates    map[string][]Ref
	dateKeys []string
}

// Ref points at one claim of one document.
type Ref struct{ Doc, Claim int }

type factKey struct{ entity, measure string }

func newSet(docs []*claims.Document, o Options) *Set {
	s := &Set{Docs: docs, drafts: o.Drafts, facts: map[factKey][]Ref{}, full: map[string]map[string]bool{}}
	for _, d := range docs {
		for _, e := range d.Entities {
			if f := strings.Fields(e.Name); len(f) > 1 {
				last := f[len(f)-1]
				if s.full[last] == nil {
					s.full[last] = map[string]bool{}
				}
				s.full[last][e.Name] = true
			}
		}
	}
	s.dates = map[string][]Ref{}
	s.context = map[Ref]map[string]bool{}
	for di, d := range docs {
		for ci, c := range d.Claims {
			if c.Measure == "election-date" && c.Time != "" && c.Date != "" {
				if _, seen := s.dates[c.Time]; !seen {
					s.dateKeys = append(s.dateKeys, c.Time)
				}
				s.dates[c.Time] = append(s.dates[c.Time], Ref{di, ci})
				continue
			}
			if !comparable(c) || c.Entity == "" && !anonymousFact(c) {
				continue
			}
			k := factKey{s.Canonical(c.Entity), c.Measure}
			if c.Entity == "" {
				s.context[Ref{di, ci}] = contentWords(d, c)
			}
			if _, seen := s.facts[k]; !seen {
				s.keys = append(s.keys, k)
			}
			s.facts[k] = append(s.facts[k], Ref{di, ci})
		}
	}
	sort.Strings(s.dateKeys)
	sort.Slice(s.keys, func(i, j int) bool {
		a, b := s.keys[i], s.keys[j]
		if a.entity != b.entity {
			return a.entity < b.entity
		}
		return a.measure < b.measure
	})
	return s
}

// anonymousFact says whether a claim about no one in particular is still
// definite enough to align by its words: a count of a named thing or an
// amount of money, stated without hedge.
func anonymousFact(c claims.Claim) bool {
	return (c.Kind == "count" || c.Kind == "money") && c.Hedge == "none"
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

// Canonical maps an entity name to the name the set knows it by: a name that
// other documents give in full ("Smith" -> "Jane Smith") takes that form
// when exactly one such full name exists.
func (s *Set) Canonical(name string) string {
	if strings.Contains(name, " ") || len(s.full[name]) != 1 {
		return name
	}
	for full := range s.full[name] {
		return full
	}
	return name
}

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

// IsDraft reports whether document i is under check (always, in compare).
func (s *Set) IsDraft(i int) bool { return len(s.drafts) == 0 || s.drafts[i] }

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
