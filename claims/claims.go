// Package claims reads one article into what it states: every figure with the
// entity it is about and the measure it gives, every quotation with its
// speaker, and the cast of people and organisations. It knows nothing of other
// documents and never judges whether a statement is right; locations always
// point into the file as the user has it.
package claims

import (
	"strings"
	"sync"

	"factdiff/claims/article"
	"factdiff/claims/ascii"
	"factdiff/claims/figures"
	"factdiff/claims/names"
	"factdiff/claims/normalize"
	"factdiff/claims/quotes"
	"factdiff/claims/sentences"
	"factdiff/claims/textmap"
)

// Location is a span in the original file: 1-based lines, columns in code
// points, EndColumn exclusive.
type Location struct {
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

// Span is a half-open range of byte offsets into the normalised text of a
// Document; Document.Orig turns it into original bytes.
type Span struct{ Start, End int }

// Claim is one figure with what it is about.
type Claim struct {
	Kind    figures.Kind `json:"kind"`
	Text    string       `json:"text"`
	Value   *float64     `json:"value"`
	Low     *float64     `json:"low"`
	High    *float64     `json:"high"`
	Hedge   string       `json:"hedge"`
	Unit    string       `json:"unit,omitempty"`
	Date    string       `json:"date,omitempty"`
	Entity  string       `json:"entity"`
	Measure string       `json:"measure"`
	// Time is the year or contest the clause ties the figure to ("2012",
	// "runoff"), so figures from different elections are not compared.
	Time     string   `json:"time,omitempty"`
	Location Location `json:"location"`
	Sentence string   `json:"sentence"`

	Span Span `json:"-"`
	// SentenceIndex points into Document.Sentences.
	SentenceIndex int `json:"-"`
	// Of says what a "within" hedge bounds against ("majority").
	Of string `json:"-"`
}

// Quote is one quotation with its speaker.
type Quote struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Cue      string   `json:"cue,omitempty"`
	Partial  bool     `json:"partial,omitempty"`
	Location Location `json:"location"`

	// Span covers the quotation with its marks, in normalised text.
	Span Span `json:"-"`
}

// Entity is a person, party or organisation with every name it goes by.
type Entity struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Party   string   `json:"party,omitempty"`
	Title   string   `json:"title,omitempty"`
	Aliases []string `json:"aliases"`
}

// Document is one article as read.
type Document struct {
	Path string
	Meta article.Meta
	// Raw is the file as on disk; Text is its normalised prose, mapped to Raw.
	Raw       []byte
	Text      textmap.Text
	Sentences []sentences.Sentence
	Entities  []Entity
	Claims    []Claim
	Quotes    []Quote

	lines *textmap.Lines
	cast  names.Entities
	// raw is Raw as a string, so that the original text of each claim and
	// sentence is a slice of it rather than a copy.
	raw string
}

// Read reads the claims out of an article.
func Read(a *article.Article) *Document {
	norm := normalize.Text(a.Body)
	d := &Document{
		Path:      a.Path,
		Meta:      a.Meta,
		Raw:       a.Raw,
		Text:      norm,
		Sentences: sentences.Split(norm.S),
		lines:     textmap.NewLines(a.Raw),
		raw:       a.Source,
	}
	mentions := names.Find(norm.S)
	d.cast = names.Group(mentions)
	if len(d.cast) > 0 {
		d.Entities = make([]Entity, 0, len(d.cast))
	}
	for _, e := range d.cast {
		d.Entities = append(d.Entities, Entity{Name: e.Name, Kind: string(e.Kind), Party: e.Party, Title: e.Title, Aliases: e.Aliases})
	}
	low := ascii.Lower(norm.S)
	d.readFigures(mentions, low)
	qs := quotes.Find(norm.S, low, d.cast)
	if len(qs) > 0 {
		d.Quotes = make([]Quote, 0, len(qs))
	}
	for _, q := range qs {
		d.Quotes = append(d.Quotes, Quote{
			Speaker:  q.Speaker,
			Text:     q.Text,
			Cue:      q.Cue,
			Partial:  q.Partial,
			Span:     Span{q.Start, q.End},
			Location: d.Location(Span{q.Start, q.End}),
		})
	}
	return d
}

// finders keep their token buffers from one article to the next.
var finders = sync.Pool{New: func() any { return new(figures.Finder) }}

// readFigures reads the figures of d and whom each is about; low is d's
// text lower-cased by ascii.Lower, shared with the quotation reader.
func (d *Document) readFigures(mentions []names.Mention, low string) {
	// Every sentence is read before the first claim is made, so that the
	// claims, large and many, are allocated at once.
	ctx := figures.Context{Date: d.Meta.Time}
	finder := finders.Get().(*figures.Finder)
	defer finders.Put(finder)
	found := make([][]figures.Figure, len(d.Sentences))
	n := 0
	for si, s := range d.Sentences {
		found[si] = finder.FindLower(d.Text.S[s.Start:s.End], low[s.Start:s.End], ctx)
		n += len(found[si])
	}
	if n == 0 {
		return
	}
	d.Claims = make([]Claim, 0, n)
	at := newAttributor(d, mentions, low)
	// Figures come in order, so their original bytes are looked up from
	// where the last ones were found; figures of one sentence mostly share
	// its context, so its text is taken from the file once.
	orig := d.Text.Cursor()
	context, sentence := Span{-1, -1}, ""
	for si, s := range d.Sentences {
		figs := found[si]
		if len(figs) == 0 {
			continue
		}
		at.readSentence(si, figs)
		first := len(d.Claims)
		for _, f := range figs {
			sp := Span{s.Start + f.Start, s.Start + f.End}
			if cs := d.Context(sp); cs != context {
				context, sentence = cs, d.original(orig.Orig(cs.Start, cs.End))
			}
			from, to := orig.Orig(sp.Start, sp.End)
			c := Claim{
				Kind:          f.Kind,
				Text:          d.original(from, to),
				Value:         f.Value,
				Low:           f.Low,
				High:          f.High,
				Hedge:         f.Hedge,
				Unit:          f.Unit,
				Date:          f.Date,
				Of:            f.Of,
				Location:      d.location(from, to),
				Sentence:      sentence,
				Span:          sp,
				SentenceIndex: si,
			}
			at.attribute(&c)
			d.Claims = append(d.Claims, c)
		}
		parallelShares(d.Claims[first:])
		d.parallelCounts(d.Claims[first:])
	}
}

// parallelShares gives the vote-share measure to a bare percentage of a
// named entity in a sentence that already states a vote share ("Lee won 44%
// of the vote, well ahead of Park's 15%"): parallel figures measure the
// same thing.
func parallelShares(cs []Claim) {
	shares := false
	for _, c := range cs {
		shares = shares || c.Measure == "vote-share"
	}
	if !shares {
		return
	}
	for i := range cs {
		if cs[i].Kind == figures.Percent && cs[i].Measure == "percent" && cs[i].Entity != "" {
			cs[i].Measure = "vote-share"
		}
	}
}

// parallelCounts gives a bare number the noun of a count before it in the
// same sentence, where writers leave the noun out of the parallel figures:
// "758 pledged delegates, compared to Roe's 538 and Lee's 145", "1,590
// votes cast, 1128 were for Roe", "26 debates in all, 17 of which". The
// numbers must be of one order of magnitude (within a factor of 100), and
// a year, a number before a noun of its own or one next to another figure
// is left alone.
func (d *Document) parallelCounts(cs []Claim) {
	var last *Claim
	for i := range cs {
		c := &cs[i]
		switch {
		case c.Kind == figures.Count && c.Unit != "" && c.Value != nil:
			last = c
		case last != nil && c.Kind == figures.Number && c.Value != nil && c.Measure == "number" && bare(d.Text.S, c.Span) &&
			*c.Value >= 2 && *c.Value*100 >= *last.Value && *c.Value <= *last.Value*100:
			c.Kind, c.Unit, c.Measure = figures.Count, last.Unit, last.Unit
		}
	}
}

// bare says whether the figure at sp stands alone: what follows it is
// punctuation, the end, or a word that does not name something counted
// ("and", "were", "of", "in", "for").
func bare(text string, sp Span) bool {
	rest := strings.TrimLeft(text[sp.End:], " ")
	if rest == "" || strings.IndexByte(",.;:)", rest[0]) >= 0 {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return bareFollowers[strings.ToLower(w)]
}

var bareFollowers = map[string]bool{"and": true, "or": true, "were": true, "was": true, "are": true, "of": true,
	"in": true, "for": true, "to": true, "from": true, "by": true, "at": true, "on": true}

// maxContext bounds the context shown around a span, so that a run-on
// "sentence" of megabytes (a file with no full stops) costs each claim and
// finding a line, not the file.
const maxContext = 300

// Context returns the sentence around sp, cut at word boundaries to at most
// maxContext bytes on either side of it.
func (d *Document) Context(sp Span) Span {
	k := d.SentenceAt(sp.Start)
	if k < 0 {
		return sp
	}
	s := d.Sentences[k]
	from, to := s.Start, max(s.End, sp.End)
	if sp.Start-from > maxContext {
		from = sp.Start - maxContext
		for from < sp.Start && d.Text.S[from-1] != ' ' {
			from++
		}
	}
	if to-sp.End > maxContext {
		to = sp.End + maxContext
		for to > sp.End && d.Text.S[to] != ' ' {
			to--
		}
	}
	return Span{from, to}
}

// Orig returns the original byte range of a span of normalised text.
func (d *Document) Orig(sp Span) (int, int) { return d.Text.Orig(sp.Start, sp.End) }

// Original returns a span of normalised text as written in the file, with its
// line breaks folded into spaces so it reads as one line.
func (d *Document) Original(sp Span) string { return d.original(d.Orig(sp)) }

// original is the text of the original bytes [s, e), folded to one line.
func (d *Document) original(s, e int) string { return foldLines(d.raw[s:e]) }

// Location turns a span of normalised text into a location in the file.
func (d *Document) Location(sp Span) Location { return d.location(d.Orig(sp)) }

// location is the location of the original bytes [s, e).
func (d *Document) location(s, e int) Location {
	var l Location
	l.Line, l.Column = d.lines.Position(s)
	l.EndLine, l.EndColumn = d.lines.Position(e)
	return l
}

// SentenceAt returns the index of the sentence holding normalised offset i,
// or -1.
func (d *Document) SentenceAt(i int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch s := d.Sentences[mid]; {
		case i < s.Start:
			hi = mid - 1
		case i >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// Cast is the grouped entities of the document, for rules that need to know
// who is who beyond the canonical names.
func (d *Document) Cast() names.Entities { return d.cast }

func foldLines(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
