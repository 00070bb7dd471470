package audit

import (
	"fmt"
	"sort"

	"factdiff/finding"
)

// TopConflicts is how many of the facts most often in conflict a summary
// lists.
const TopConflicts = 10

// Summary is what an audit read and found, over the clusters written. It
// holds counts only, never timings, so the same archive always gives the
// same summary.
type Summary struct {
	Clusters  int `json:"clusters"`
	Documents int `json:"documents"`
	Claims    int `json:"claims"`
	Findings  int `json:"findings"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Infos     int `json:"infos"`
	// Skipped counts the Problems: paths, lines and articles not audited.
	Skipped int            `json:"skipped"`
	ByRule  map[string]int `json:"by_rule"`
	// RuleSeverity splits ByRule by severity, as some rules (misquote)
	// report both errors and warnings.
	RuleSeverity map[string]map[string]int `json:"by_rule_severity"`
	// ByOutlet counts findings by the outlet of the flagged article.
	ByOutlet map[string]int `json:"by_outlet"`
	// Conflicts are the facts most often in conflict, most first.
	Conflicts []Conflict        `json:"conflicts"`
	Problems  []finding.Problem `json:"problems"`
	// Shard is "i/n" when the audit was one shard of n.
	Shard       string `json:"shard,omitempty"`
	Interrupted bool   `json:"interrupted"`

	conflicts map[Conflict]int
}

// Conflict is an entity that a rule flagged Findings times: who the
// archive most often gets wrong, and how.
type Conflict struct {
	Entity   string `json:"entity"`
	Rule     string `json:"rule"`
	Findings int    `json:"findings"`
}

func newSummary(o Options) *Summary {
	s := &Summary{
		ByRule:       map[string]int{},
		RuleSeverity: map[string]map[string]int{},
		ByOutlet:     map[string]int{},
		Conflicts:    []Conflict{},
		Problems:     []finding.Problem{},
		conflicts:    map[Conflict]int{},
	}
	if o.Shards > 1 {
		s.Shard = fmt.Sprintf("%d/%d", o.Shard, o.Shards)
	}
	return s
}

// add counts one audited cluster.
func (s *Summary) add(r *result) {
	if r.id != "" {
		s.Clusters++
	}
	s.Documents += r.documents
	s.Claims += r.claims
	s.Findings += len(r.findings)
	e, w, i := finding.Counts(r.findings)
	s.Errors, s.Warnings, s.Infos = s.Errors+e, s.Warnings+w, s.Infos+i
	for k, f := range r.findings {
		s.ByRule[f.Rule]++
		bySev := s.RuleSeverity[f.Rule]
		if bySev == nil {
			bySev = map[string]int{}
			s.RuleSeverity[f.Rule] = bySev
		}
		bySev[f.Severity.String()]++
		s.ByOutlet[r.outlets[k]]++
		if f.Entity != "" {
			s.conflicts[Conflict{Entity: f.Entity, Rule: f.Rule}]++
		}
	}
	s.Problems = append(s.Problems, r.problems...)
	s.Skipped = len(s.Problems)
}

// finish ranks the conflicts once all clusters are counted.
func (s *Summary) finish() {
	s.Conflicts = s.Conflicts[:0]
	for c, n := range s.conflicts {
		c.Findings = n
		s.Conflicts = append(s.Conflicts, c)
	}
	sort.Slice(s.Conflicts, func(i, j int) bool {
		a, b := s.Conflicts[i], s.Conflicts[j]
		if a.Findings != b.Findings {
			return a.Findings > b.Findings
		}
		if a.Entity != b.Entity {
			return a.Entity < b.Entity
		}
		return a.Rule < b.Rule
	})
	if len(s.Conflicts) > TopConflicts {
		s.Conflicts = s.Conflicts[:TopConflicts]
	}
}

// count is one line of a ranking.
type count struct {
	Name string
	N    int
}

// ranked orders counts most first, then by name, keeping at most limit
// (all when limit is 0).
func ranked(m map[string]int, limit int) []count {
	out := make([]count, 0, len(m))
	for k, n := range m {
		out = append(out, count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Name < out[j].Name
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
