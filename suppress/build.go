package suppress

import (
	"bytes"
	"sort"

	"factdiff/finding"
)

// builder turns one file's marks, in file order, into regions. Every
// lookup moves forward through the file, so the work stays linear in its
// size however many marks there are.
type builder struct {
	path     string
	raw      []byte
	paras    []span
	lines    *lines
	regions  []Region
	problems []finding.Problem

	next   int      // first paragraph that may still follow a mark
	quotes quoteRun // the quotation state up to the last mark
	open   []Region // factdiff-ignore-start marks not yet ended
}

func (b *builder) build(ms []marker) {
	for i := 0; i < len(ms); {
		j, alone := b.lineGroup(ms, i)
		for ; i < j; i++ {
			b.mark(ms[i], alone)
		}
	}
	for _, r := range b.open {
		b.problem(r.Line, "factdiff-ignore-start has no factdiff-ignore-end; it covers the rest of the file")
		r.End = len(b.raw)
		b.add(r)
	}
}

// lineGroup returns the end of the marks that start on the line of ms[i],
// and whether that line holds nothing but those marks and blanks.
func (b *builder) lineGroup(ms []marker, i int) (int, bool) {
	ls := b.lines.start(ms[i].from)
	alone := true
	gap := ls
	for {
		alone = alone && isBlank(b.raw[gap:ms[i].from])
		gap = ms[i].to
		i++
		if i == len(ms) || ms[i].from >= b.lines.end(gap) {
			break
		}
	}
	return i, alone && isBlank(b.raw[gap:b.lines.end(gap)])
}

// mark obeys one mark, or says why it cannot.
func (b *builder) mark(m marker, alone bool) {
	line := b.lines.number(m.from)
	if m.malformed != "" {
		b.problem(line, m.malformed)
		return
	}
	d, ok, msg := parseDirective(m.body)
	switch {
	case !ok:
		return
	case msg != "":
		b.problem(line, msg)
		return
	case b.inQuotation(m.from):
		b.problem(line, "mark inside a quotation is read as quoted text, not obeyed; put it before the quotation")
		return
	}
	r := Region{Rules: d.rules, Line: line}
	switch d.kind {
	case nextParagraph:
		for b.next < len(b.paras) && b.paras[b.next].end <= m.to {
			b.next++
		}
		r.Start, r.End = m.to, len(b.raw)
		if b.next < len(b.paras) {
			r.End = b.paras[b.next].end
		}
	case thisLine:
		r.Start, r.End = b.lines.start(m.from), b.lines.end(m.to)
		if alone {
			r.Start = min(r.End+1, len(b.raw))
			r.End = b.lines.end(r.Start)
		}
	case rangeStart:
		r.Start = m.to
		b.open = append(b.open, r)
		return
	case rangeEnd:
		if len(b.open) == 0 {
			b.problem(line, "factdiff-ignore-end without a factdiff-ignore-start before it")
			return
		}
		r = b.open[len(b.open)-1]
		b.open = b.open[:len(b.open)-1]
		r.End = m.from
	}
	b.add(r)
}

// add keeps a region if it covers some prose; a mark that covers none is
// a mistake the editor should hear about.
func (b *builder) add(r Region) {
	i := sort.Search(len(b.paras), func(i int) bool { return b.paras[i].end > r.Start })
	if i == len(b.paras) || b.paras[i].start >= r.End {
		b.problem(r.Line, "mark covers no text")
		return
	}
	b.regions = append(b.regions, r)
}

func (b *builder) problem(line int, msg string) {
	b.problems = append(b.problems, finding.Problem{Path: b.path, Line: line, Message: msg})
}

// inQuotation says whether offset off lies inside a quotation opened
// earlier in its paragraph. Straight double quotes toggle; curly quotes and
// guillemets open and close. Offsets must not decrease from call to call.
func (b *builder) inQuotation(off int) bool {
	q := &b.quotes
	for q.para < len(b.paras) && b.paras[q.para].end <= off {
		q.para++
		q.open = false
	}
	if q.para == len(b.paras) || b.paras[q.para].start > off {
		return false
	}
	q.at = max(q.at, b.paras[q.para].start)
	for _, c := range string(b.raw[q.at:off]) {
		switch c {
		case '"':
			q.open = !q.open
		case '“', '«':
			q.open = true
		case '”', '»':
			q.open = false
		}
	}
	q.at = off
	return q.open
}

// quoteRun is how far inQuotation has read and what it found.
type quoteRun struct {
	para int  // the paragraph being read
	at   int  // offset read up to
	open bool // a quotation is open at offset at
}

func isBlank(s []byte) bool {
	return len(bytes.TrimLeft(s, " \t\r\f\v")) == 0
}

// lines answers line questions about offsets that mostly increase.
type lines struct {
	raw           []byte
	at, n, lstart int // offset counted up to, its 1-based line, that line's start
	endFrom, endA int // the last line-end answer: offsets in [endFrom, endA] end at endA
}

func newLines(raw []byte) *lines {
	l := &lines{raw: raw, n: 1, endFrom: -1, endA: -1}
	if bytes.HasPrefix(raw, []byte(bom)) {
		l.at, l.lstart = len(bom), len(bom)
	}
	return l
}

// seek counts lines up to off, which must not be before the last seek.
func (l *lines) seek(off int) {
	for l.at < off {
		i := bytes.IndexByte(l.raw[l.at:off], '\n')
		if i < 0 {
			l.at = off
			return
		}
		l.at += i + 1
		l.n++
		l.lstart = l.at
	}
}

func (l *lines) number(off int) int {
	l.seek(off)
	return l.n
}

func (l *lines) start(off int) int {
	l.seek(off)
	return l.lstart
}

// end is the offset of the "\n" ending the line that holds off, or the
// end of the file.
func (l *lines) end(off int) int {
	if off >= l.endFrom && off <= l.endA {
		return l.endA
	}
	l.endFrom, l.endA = off, len(l.raw)
	if i := bytes.IndexByte(l.raw[off:], '\n'); i >= 0 {
		l.endA = off + i
	}
	return l.endA
}
