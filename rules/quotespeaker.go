package rules

import (
	"fmt"

	"factdiff/finding"
)

var quoteSpeaker = Rule{
	Rule: finding.Rule{
		ID:       "quote-speaker",
		Severity: finding.Error,
		Description: "The same quotation, word for word, credited to different speakers, where each article names its speaker with a verb of saying (said, told, wrote). " +
			"With three or more sources the speaker most of them name is taken as right; " +
			"with two, the draft is flagged in check, both sides in compare.",
		Example: `"We are going to win this seat in November," Smith said. / ... Jones said.`,
	},
	run: runQuoteSpeaker,
}

func runQuoteSpeaker(s *Set, r Rule) []finding.Finding {
	pairs := s.pairs()
	torn := creditedTwice(s, pairs)
	keep := func(s *Set, p quotePair) bool {
		return p.near() && speakerOf(s, p.a) != "" && speakerOf(s, p.b) != "" && !torn[p.a.whole] && !torn[p.b]
	}
	var out []finding.Finding
	for _, v := range versionsOf(s, pairs, keep) {
		if f, ok := judgeSpeaker(s, r, v); ok {
			out = append(out, f)
		}
	}
	return out
}

// creditedTwice marks the passages of a statement that some document
// gives, word for word, to two different people: that document says both
// said it, so other sources crediting either one contradict nothing.
func creditedTwice(s *Set, pairs []quotePair) map[*quoted]bool {
	out := map[*quoted]bool{}
	for _, p := range pairs {
		if p.a.doc != p.b.doc || !p.near() {
			continue
		}
		sa, sb := speakerOf(s, p.a), speakerOf(s, p.b)
		if sa != "" && sb != "" && !samePerson(sa, sb) {
			out[p.a.whole], out[p.b] = true, true
		}
	}
	var spread []*quoted
	for _, p := range pairs {
		if p.near() && out[p.a.whole] != out[p.b] {
			spread = append(spread, p.a.whole, p.b)
		}
	}
	for _, q := range spread {
		out[q] = true
	}
	return out
}

// judgeSpeaker decides whether v.q is credited to the wrong person. Only
// versions that credit their speaker where they quote them have a say
// against another; with three or more versions the speaker most documents
// name wins; with two, or a tie, the version under check is reported.
func judgeSpeaker(s *Set, r Rule, v versions) (finding.Finding, bool) {
	if !attributed(s, v.q) {
		return finding.Finding{}, false
	}
	who := speakerOf(s, v.q)
	agree := 1
	var rivals []vote
	others := bestPerDocument(v.others)
	for _, p := range others {
		other := speakerOf(s, p.b)
		switch {
		case samePerson(who, other):
			agree++
		case attributed(s, p.b):
			rivals = tally(rivals, other)
		}
	}
	best := -1
	for i, r := range rivals {
		if best < 0 || r.n > rivals[best].n {
			best = i
		}
	}
	if best < 0 || rivals[best].n < agree || rivals[best].n == agree && !s.IsDraft(v.q.doc) {
		return finding.Finding{}, false
	}
	rival := rivals[best].name
	var (
		ev   []finding.Evidence
		from string
	)
	for _, p := range others {
		if !samePerson(rival, speakerOf(s, p.b)) || !attributed(s, p.b) {
			continue
		}
		if from == "" {
			from = s.Docs[p.b.doc].Path
		}
		ev = append(ev, s.Evidence(p.b.doc, s.Docs[p.b.doc].Quotes[creditedPart(s, p)].Span))
	}
	msg := fmt.Sprintf("quote credited to %s; %s credits it to %s", who, from, rival)
	return s.New(r, v.q.doc, s.Docs[v.q.doc].Quotes[v.q.parts[0]].Span, who, msg, ev...), true
}

// creditedPart returns the quotation of p's passage, among those holding
// words the pair shares, that carries the attribution: the first with a
// cue of its own, else the first.
func creditedPart(s *Set, p quotePair) int {
	first := -1
	for _, m := range p.matches {
		k := p.b.part(s, m[1])
		if s.Docs[p.b.doc].Quotes[k].Cue != "" {
			return k
		}
		if first < 0 {
			first = k
		}
	}
	return first
}

// bestPerDocument keeps, of the versions each other document gives, the
// one with the most words in common: one document, one vote.
func bestPerDocument(ps []quotePair) []quotePair {
	var out []quotePair
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].b.doc == p.b.doc {
			if len(p.matches) > len(out[n-1].matches) {
				out[n-1] = p
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// vote counts the documents that credit a quotation to one person.
type vote struct {
	name string
	n    int
}

// tally adds a document crediting name to the votes, under the first name
// already counted that is the same person.
func tally(votes []vote, name string) []vote {
	for i := range votes {
		if samePerson(votes[i].name, name) {
			votes[i].n++
			return votes
		}
	}
	return append(votes, vote{name, 1})
}
