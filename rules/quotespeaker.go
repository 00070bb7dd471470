package rules

import (
	"fmt"

	"factdiff/finding"
)

var quoteSpeaker = Rule{
	Rule: finding.Rule{
		ID:       "quote-speaker",
		Severity: finding.Error,
		Description: "The same quotation, word for word, credited to different speakers. " +
			"With three or more sources the speaker most of them name is taken as right; " +
			"with two, the draft is flagged in check, both sides in compare.",
		Example: `"We are going to win this seat in November," Smith said. / ... Jones said.`,
	},
	run: runQuoteSpeaker,
}

func runQuoteSpeaker(s *Set, r Rule) []finding.Finding {
	pairs := alignQuotes(s.Docs)
	torn := creditedTwice(s, pairs)
	keep := func(s *Set, p quotePair) bool {
		return p.near() && speakerOf(s, p.a) != "" && speakerOf(s, p.b) != "" && !torn[p.a] && !torn[p.b]
	}
	var out []finding.Finding
	for _, v := range versionsOf(s, pairs, keep) {
		if f, ok := judgeSpeaker(s, r, v); ok {
			out = append(out, f)
		}
	}
	return out
}

// creditedTwice marks the quotations of a statement that some document
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
			out[p.a], out[p.b] = true, true
		}
	}
	var spread []*quoted
	for _, p := range pairs {
		if p.near() && out[p.a] != out[p.b] {
			spread = append(spread, p.a, p.b)
		}
	}
	for _, q := range spread {
		out[q] = true
	}
	return out
}

// judgeSpeaker decides whether v.q is credited to the wrong person. With
// three or more versions the speaker most documents name wins; with two,
// or a tie, both explicitly attributed versions are reported where judged.
func judgeSpeaker(s *Set, r Rule, v versions) (finding.Finding, bool) {
	who := speakerOf(s, v.q)
	agree := 1
	var rivals []vote
	for _, p := range v.others {
		other := speakerOf(s, p.b)
		if samePerson(who, other) {
			agree++
			continue
		}
		rivals = tally(rivals, other)
	}
	best := -1
	for i, r := range rivals {
		if best < 0 || r.n > rivals[best].n {
			best = i
		}
	}
	if best < 0 || rivals[best].n < agree {
		return finding.Finding{}, false
	}
	rival := rivals[best].name
	if rivals[best].n == agree && !plainDisagreement(s, v, rival) {
		return finding.Finding{}, false
	}
	var ev []finding.Evidence
	from := ""
	for _, p := range v.others {
		if !samePerson(rival, speakerOf(s, p.b)) {
			continue
		}
		if from == "" {
			from = s.Docs[p.b.doc].Path
		}
		ev = append(ev, s.Evidence(p.b.doc, s.Docs[p.b.doc].Quotes[p.b.idx].Span))
	}
	q := s.Docs[v.q.doc].Quotes[v.q.idx]
	msg := fmt.Sprintf("quote credited to %s; %s credits it to %s", who, from, rival)
	return s.New(r, v.q.doc, q.Span, who, msg, ev...), true
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

// plainDisagreement settles a tie: the version is reported when it is
// under check and both it and a version crediting rival name their speaker
// with an attribution cue of their own rather than by carrying it over.
func plainDisagreement(s *Set, v versions, rival string) bool {
	if !s.IsDraft(v.q.doc) || s.Docs[v.q.doc].Quotes[v.q.idx].Cue == "" {
		return false
	}
	for _, p := range v.others {
		if samePerson(rival, speakerOf(s, p.b)) && s.Docs[p.b.doc].Quotes[p.b.idx].Cue != "" {
			return true
		}
	}
	return false
}
