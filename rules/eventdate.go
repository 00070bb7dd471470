package rules

import (
	"strings"

	"factdiff/claims"
	"factdiff/claims/ascii"
	"factdiff/claims/figures"
	"factdiff/finding"
)

// eventDates tells whether a draft gives a date to an event its sources
// tell with another time. A summary that joins a year to the wrong event
// ("his first start in 2010", where the source's 2010 was a cup final and
// the first start came on Tuesday) names a date every source has, so the
// value alone backs it; what betrays it is that the words telling the same
// event stand around another time, and the date's own words tell of
// something else.
type eventDates struct {
	s       *Set
	anchors []timeAnchor      // of the sources, read when first needed
	untimed []map[string]bool // the words of each source sentence that gives no time
	read    bool
}

// timeAnchor is a time a source gives, a date or a weekday, with the words
// around it.
type timeAnchor struct {
	doc      int
	sentence claims.Span // for evidence
	date     string      // ISO with X for what is unknown; "" for a weekday
	words    map[string]bool
	beside   map[string]bool
}

// Thresholds of evidence: the words around another time must share at
// least minEventWords of the draft clause's content words, and more than
// half of them, and eventLead more than the words around any time that may
// be the draft's, before the date is called misplaced. The draft's clause is read narrowly (eventWords)
// and the sources' words widely, so that doubt spares the draft.
const (
	minEventWords = 3
	eventLead     = 2
)

// elsewhere returns the evidence that date claim c of draft d belongs to
// another event: a source time whose words tell c's clause clearly better
// than the words around every time that may be c's. A time that may be c's
// and stands beside one of the words c stands beside ("memories of the 2014
// World Cup") backs it however long the sentence. Where a sentence that
// gives no time at all tells the event as well, there is no evidence: the
// draft may have the date from elsewhere in the story ("the semi-final",
// whose day a later sentence gives).
func (ev *eventDates) elsewhere(d *claims.Document, c *claims.Claim) (finding.Evidence, bool) {
	clause := eventWords(d, c.Span)
	if len(clause) < minEventWords {
		return finding.Evidence{}, false
	}
	ev.readSources()
	beside := besideWords(d, c.Span)
	best, other, same, untimed := -1, 0, 0, 0
	for k, a := range ev.anchors {
		switch n := sharedWords(clause, a.words); {
		case a.mayBe(c.Date) && sharedWords(beside, a.beside) > 0:
			return finding.Evidence{}, false
		case a.mayBe(c.Date):
			same = max(same, n)
		case n > other:
			best, other = k, n
		}
	}
	for _, ws := range ev.untimed {
		untimed = max(untimed, sharedWords(clause, ws))
	}
	if best < 0 || other < minEventWords || 2*other <= len(clause) || other < same+eventLead || other < untimed {
		return finding.Evidence{}, false
	}
	a := ev.anchors[best]
	return ev.s.Evidence(a.doc, a.sentence), true
}

// mayBe says whether the anchor's time may be date: a date that agrees
// with it wherever both say something ("in June" and "June 20"), or a
// weekday against a date that gives its day.
func (a timeAnchor) mayBe(date string) bool {
	if a.date == "" {
		return dayOf(date) != ""
	}
	for i := range min(len(a.date), len(date)) {
		if a.date[i] != 'X' && date[i] != 'X' && a.date[i] != date[i] {
			return false
		}
	}
	return true
}

// readSources reads the sources' times and untimed sentences, on first use:
// most drafts give no date to check.
func (ev *eventDates) readSources() {
	if ev.read {
		return
	}
	ev.read = true
	for i, d := range ev.s.Docs {
		if ev.s.IsDraft(i) {
			continue
		}
		timed := make([]bool, len(d.Sentences))
		add := func(c claims.Claim) {
			if k := d.SentenceAt(c.Span.Start); k >= 0 {
				timed[k] = true
				ev.anchors = append(ev.anchors, timeAnchor{doc: i, sentence: d.Context(c.Span), date: c.Date,
					words: contentWords(d, c), beside: besideWords(d, c.Span)})
			}
		}
		for _, c := range d.Claims {
			if c.Date != "" {
				add(c)
			}
		}
		// A year the figure reader took as part of a name ("the 2014 World
		// Cup") is a time all the same.
		for _, n := range numerals(d.Text.S) {
			if len(n.digits) == len("2006") && (n.digits[:2] == "19" || n.digits[:2] == "20") {
				add(claims.Claim{Span: claims.Span{Start: n.start, End: n.end}, Date: n.digits})
			}
		}
		for k, sen := range d.Sentences {
			text := d.Text.S[sen.Start:sen.End]
			for _, at := range weekdaysIn(text) {
				add(claims.Claim{Span: claims.Span{Start: sen.Start + at, End: sen.Start + at}})
			}
			if !timed[k] {
				ev.untimed = append(ev.untimed, contentSet(words(text)))
			}
		}
	}
}

// weekdaysIn returns the offsets of the weekdays named in text: times of the
// story's week, which a story without its date resolves into no date.
func weekdaysIn(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		if !ascii.IsLetter(text[i]) {
			i++
			continue
		}
		end := i + 1
		for end < len(text) && ascii.IsLetter(text[end]) {
			end++
		}
		if figures.Weekday(text[i:end]) {
			out = append(out, i)
		}
		i = end
	}
	return out
}

// sharedWords counts the words a and b share.
func sharedWords(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// clause returns the bounds of the clause around span sp: its sentence cut
// at the nearest commas, semicolons, colons, brackets and stops (of a
// sentence the splitter did not end, or an abbreviation), so that a date in
// "X, who joined in 2011, scored" is read with "joined" only, and at
// wordReach, for captions run together without a full stop.
func clause(d *claims.Document, sp claims.Span) (from, to int) {
	ctx, text := d.Context(sp), d.Text.S
	from, to = max(ctx.Start, sp.Start-wordReach), min(ctx.End, sp.End+wordReach)
	from += strings.LastIndexAny(text[from:sp.Start], clauseMarks) + 1
	if k := strings.IndexAny(text[sp.End:to], clauseMarks); k >= 0 {
		to = sp.End + k
	}
	return from, to
}

const clauseMarks = ",;:().!?"

// eventWords returns the content words of what the date at sp is the time
// of: its clause where it says when the clause happened ("was handed his
// first start in 2010"), the words after it where it names a thing ("the
// 2012 Republican presidential nominee"), and none where it does neither
// ("from 2007 to 2014").
func eventWords(d *claims.Document, sp claims.Span) map[string]bool {
	text := d.Text.S
	from, to := clause(d, sp)
	if before := words(text[from:sp.Start]); len(before) > 0 && timePrepositions[before[len(before)-1]] {
		return contentSet(append(before, words(text[sp.End:to])...))
	}
	if after := words(text[sp.End:to]); len(after) > 0 && len(contentSet(after[:1])) > 0 {
		return contentSet(after)
	}
	return nil
}

var timePrepositions = map[string]bool{"in": true, "on": true, "since": true, "until": true, "till": true,
	"during": true, "by": true, "before": true, "after": true}

// besideWords returns the content words among the two words on each side
// of span sp, inside its sentence.
func besideWords(d *claims.Document, sp claims.Span) map[string]bool {
	ctx, text := d.Context(sp), d.Text.S
	before, after := words(text[ctx.Start:sp.Start]), words(text[sp.End:ctx.End])
	return contentSet(append(before[max(0, len(before)-2):], after[:min(2, len(after))]...))
}
