package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/article/mdline"
	"factdiff/claims/ascii"
	"factdiff/claims/textmap"
)

// parseMarkdown drops the Markdown syntax that is not prose (front matter,
// heading and list markers, emphasis, link targets, images, comments, code)
// and keeps the words at their original offsets. It follows CommonMark where
// that is cheap and line-local, and otherwise errs on the side of leaving a
// character in rather than dropping prose.
func parseMarkdown(src string) (textmap.Text, Meta, error) {
	at := 0
	if strings.HasPrefix(src, bom) {
		at = len(bom)
	}
	meta, at, err := frontMatter(src, at)
	if err != nil {
		return textmap.Text{}, Meta{}, err
	}
	m := &markdown{src: src, w: newWriter(src, len(src)-at)}
	for ls := at; ls < len(src); {
		le := lineEnd(src, ls)
		m.line(ls, le)
		ls = next(src, le)
	}
	return m.w.text(), meta, nil
}

// markdown is the block state carried from one line to the next.
type markdown struct {
	src     string
	w       *writer
	fence   string // the backticks or tildes that opened the code block we are in
	comment bool   // inside an HTML comment
	para    bool   // a paragraph or list item is open, so the next line may continue it
	list    bool   // inside a list, where indented lines continue items instead of being code
	quote   int    // blockquote depth of the previous line
	table   bool   // inside a table, whose rows are lines with "|" between cells
	match   []int32
}

// line handles the line src[ls:le] (le is its "\n" or the end of src).
func (m *markdown) line(ls, le int) {
	src := m.src
	end := ls + len(trimLine(src[ls:le]))
	if m.fence != "" {
		if mdline.ClosesFence(src[ls:end], m.fence) {
			m.fence = ""
		}
		return
	}
	if m.comment {
		m.inline(ls, end)
		return
	}
	p, depth := ls, 0
	for {
		q := p + mdline.LeadingSpaces(src[p:end], 3)
		if q >= end || src[q] != '>' {
			break
		}
		depth++
		p = q + 1
		if p < end && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
	}
	if depth > m.quote {
		m.breakBefore(sepParagraph, ls)
	}
	m.quote = depth
	indent, q := mdline.Indentation(src[p:end])
	q += p
	if q == end {
		m.breakBefore(sepParagraph, ls)
		m.para, m.table = false, false
		return
	}
	if indent >= 4 && !m.para && !m.list {
		m.breakBefore(sepParagraph, ls) // indented code
		return
	}
	rest := src[q:end]
	if indent < 4 && m.tableLine(ls, le, q, end) {
		return
	}
	if indent < 4 && m.block(ls, q, end, rest) {
		return
	}
	if n, ok := mdline.ListMarker(rest); ok && (indent < 4 || m.list) && (!m.para || m.list || interrupts(rest, n)) {
		m.breakBefore(sepParagraph, ls)
		m.list, m.para = true, true
		m.inline(q+n, end)
		return
	}
	if m.para {
		m.breakBefore(sepLine, ls)
	} else {
		m.breakBefore(sepParagraph, ls)
		if indent == 0 {
			m.list = false
		}
	}
	m.para = true
	m.inline(q, end)
}

// block handles the line if it is a block construct other than a list item
// or paragraph text, and says whether it was. Such a block stands apart:
// it ends the paragraph before it and the next line starts a new one.
func (m *markdown) block(ls, q, end int, rest string) bool {
	fence := mdline.FenceOpener(rest)
	heading := atxHeading(rest)
	comment := strings.HasPrefix(rest, "<!--")
	if fence == "" && heading == 0 && !comment && !(m.para && setextUnderline(rest)) &&
		!thematicBreak(rest) && !(!m.para && referenceDefinition(rest)) {
		return false
	}
	m.breakBefore(sepParagraph, ls)
	m.para = false
	switch {
	case fence != "":
		m.fence = fence
	case heading > 0:
		m.inline(headingText(m.src, q+heading, end))
	case comment:
		m.inline(q, end)
	}
	return true
}

// tableLine handles the line if it belongs to a table: a header row (a line
// with "|" followed by a delimiter row such as "|---|:--:|"), the delimiter
// row, which is dropped, or a body row. Each row becomes a paragraph of its
// cells, which are separated by a space standing for their "|".
func (m *markdown) tableLine(ls, le, q, end int) bool {
	src := m.src
	if strings.IndexByte(src[q:end], '|') < 0 {
		m.table = false
		return false
	}
	if !m.table {
		nl := next(src, le)
		if nl == le || !delimiterRow(trimLine(src[nl:lineEnd(src, nl)])) {
			return false
		}
		m.table = true
	} else if delimiterRow(src[q:end]) {
		return true
	}
	m.breakBefore(sepParagraph, ls)
	m.para = false
	cell := q
	if src[q] == '|' {
		cell++
	}
	for i := cell; i <= end; i++ {
		if i < end && (src[i] != '|' || src[i-1] == '\\') {
			continue
		}
		from, to := trimBlanks(src, cell, i)
		m.inline(from, to)
		if i < end {
			m.w.brk(sepSpace, i, i+1)
		}
		cell = i + 1
	}
	return true
}

// delimiterRow is the line under a table's header: pipes, dashes, colons.
func delimiterRow(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return strings.IndexByte(s, '|') >= 0 && strings.IndexByte(s, '-') >= 0 &&
		strings.Trim(s, "|-: \t") == ""
}

// trimBlanks narrows src[from:to] to leave out blanks at either end.
func trimBlanks(src string, from, to int) (int, int) {
	for from < to && (src[from] == ' ' || src[from] == '\t') {
		from++
	}
	for to > from && (src[to-1] == ' ' || src[to-1] == '\t') {
		to--
	}
	return from, to
}

// breakBefore asks for a break standing for the line end before ls.
func (m *markdown) breakBefore(kind sep, ls int) {
	m.w.brk(kind, max(ls-1, 0), ls)
}

// inline writes the prose of src[from:to], one line's text, dropping inline
// markup.
func (m *markdown) inline(from, to int) {
	src := m.src[:to]
	var links *linkIndex
	if strings.IndexByte(src[from:], '[') >= 0 {
		links = m.indexLinks(from, to)
	}
	for i := from; i < to; {
		if m.comment {
			k := strings.Index(src[i:], "-->")
			if k < 0 {
				return
			}
			i += k + len("-->")
			m.comment = false
			continue
		}
		c := src[i]
		switch {
		case c == '\\' && i+1 < to && isASCIIPunct(src[i+1]):
			m.w.copy(i+1, src[i+1:i+2])
			i += 2
		case c == '\\' && i+1 == to: // a hard line break
			i++
		case c == '<' && strings.HasPrefix(src[i:], "<!--"):
			m.comment = true
			i += len("<!--")
		case c == '<' && htmlTagLen(src, i) > 0:
			n := htmlTagLen(src, i)
			switch name := tagName(src[i : i+n]); {
			case name == "br":
				m.w.lineBreak(i, i+n)
			case blockHTML[name]:
				m.w.brk(sepParagraph, i, i+n)
			}
			i += n
		case c == '&':
			if s, n := entity(src, i); n > 0 {
				m.w.replace(i, i+n, s)
				i += n
				break
			}
			m.w.copy(i, "&")
			i++
		case c == '*' || c == '_' || c == '`' || c == '~':
			j := i + 1
			for j < to && src[j] == c {
				j++
			}
			if !emphasis(src, from, i, j) {
				m.w.copy(i, src[i:j])
			}
			i = j
		case c == '!' && links != nil && i+1 < to && links.end(i+1) > 0:
			i = links.end(i + 1) // an image: its alt text is not prose
		case c == '[' && links != nil && links.end(i) > 0:
			i++
		case c == '[' && links != nil && links.footnote(i) > 0:
			i = links.footnote(i)
		case c == ']' && links != nil && links.closes(i) > 0:
			i = links.closes(i)
		default:
			j := i + 1
			for j < to && !mdSpecial[src[j]] {
				j++
			}
			m.w.copy(i, src[i:j])
			i = j
		}
	}
}

var mdSpecial = func() (t [256]bool) {
	for _, c := range []byte("\\<&*_`~![]") {
		t[c] = true
	}
	return t
}()

// linkIndex pairs the brackets and parentheses of one line, so that links
// are found in one pass however the brackets nest or fail to.
type linkIndex struct {
	src   string
	from  int
	match []int32 // for each bracket or parenthesis, the offset of its partner, or -1
}

func (m *markdown) indexLinks(from, to int) *linkIndex {
	n := to - from
	if cap(m.match) < n {
		m.match = make([]int32, n)
	}
	l := &linkIndex{src: m.src[:to], from: from, match: m.match[:n]}
	var brackets, parens []int
	for i := from; i < to; i++ {
		l.match[i-from] = -1
		switch m.src[i] {
		case '\\':
			if i+1 < to {
				i++
				l.match[i-from] = -1
			}
		case '[':
			brackets = append(brackets, i)
		case '(':
			parens = append(parens, i)
		case ']':
			brackets = l.pair(brackets, i)
		case ')':
			parens = l.pair(parens, i)
		}
	}
	return l
}

func (l *linkIndex) pair(stack []int, i int) []int {
	if len(stack) == 0 {
		return stack
	}
	o := stack[len(stack)-1]
	l.match[o-l.from], l.match[i-l.from] = int32(i), int32(o)
	return stack[:len(stack)-1]
}

func (l *linkIndex) partner(i int) int { return int(l.match[i-l.from]) }

// end is, for the "[" at o that opens a link ("[text](target)" or
// "[text][label]"), the offset just after the link; else 0.
func (l *linkIndex) end(o int) int {
	if l.src[o] != '[' {
		return 0
	}
	c := l.partner(o)
	if c < 0 || c+1 >= len(l.src) {
		return 0
	}
	if t := l.src[c+1]; (t == '(' || t == '[') && l.partner(c+1) > c {
		return l.partner(c+1) + 1
	}
	return 0
}

// footnote is, for the "[" at o opening a footnote reference ("[^1]"), the
// offset just after it; else 0.
func (l *linkIndex) footnote(o int) int {
	c := l.partner(o)
	if c < o+2 || l.src[o+1] != '^' {
		return 0
	}
	j := o + 2
	for j < c && (isAlnum(l.src[j]) || l.src[j] == '-' || l.src[j] == '_') {
		j++
	}
	if j != c || j == o+2 {
		return 0
	}
	return c + 1
}

// closes is, for the "]" at c that ends a link's text, the offset just after
// the link; else 0.
func (l *linkIndex) closes(c int) int {
	if o := l.partner(c); o >= 0 && o < c {
		return l.end(o)
	}
	return 0
}

// emphasis says whether the run src[i:j] of "*", "_", "`" or "~" is markup:
// it must touch a word on one side ("5 * 3" is arithmetic), an underscore
// must not sit inside a word (snake_case), and a tilde run must be double
// ("~5%" means about).
func emphasis(src string, from, i, j int) bool {
	before, after := ' ', ' '
	if i > from {
		before, _ = utf8.DecodeLastRuneInString(src[from:i])
	}
	if j < len(src) {
		after, _ = utf8.DecodeRuneInString(src[j:])
	}
	touches := !unicode.IsSpace(before) || !unicode.IsSpace(after)
	switch src[i] {
	case '_':
		return touches && !(ascii.IsWord(before) && ascii.IsWord(after))
	case '~':
		return touches && j-i >= 2
	}
	return touches
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// htmlTagLen is the length of the HTML tag or autolink ("<https://...>")
// at src[i], or 0. The scan stops at the next "<", so a line full of
// unmatched "<" is still read in linear time.
func htmlTagLen(src string, i int) int {
	j := i + 1
	if j < len(src) && src[j] == '/' {
		j++
	}
	if j >= len(src) || !ascii.IsLetter(src[j]) {
		return 0
	}
	for j < len(src) && (isAlnum(src[j]) || src[j] == '-' || src[j] == '+' || src[j] == '.') {
		j++
	}
	if j >= len(src) {
		return 0
	}
	autolink := src[j] == ':'
	if !autolink && src[j] != '>' && src[j] != '/' && src[j] != ' ' && src[j] != '\t' {
		return 0
	}
	for ; j < len(src); j++ {
		switch src[j] {
		case '>':
			return j + 1 - i
		case '<':
			return 0
		case ' ', '\t':
			if autolink {
				return 0
			}
		}
	}
	return 0
}

// tagName is the lower-case element name of a tag such as "</P>".
func tagName(tag string) string {
	s := strings.TrimPrefix(tag[1:], "/")
	n := 0
	for n < len(s) && isAlnum(s[n]) {
		n++
	}
	return strings.ToLower(s[:n])
}

func setextUnderline(s string) bool {
	return s[0] == '=' && strings.Trim(s, "=") == "" || s[0] == '-' && strings.Trim(s, "-") == ""
}

// thematicBreak is a line of three or more "-", "*" or "_", blanks allowed.
func thematicBreak(s string) bool {
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// atxHeading is the length of the "#" marker opening a heading, or 0.
func atxHeading(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
		return 0
	}
	return n
}

// headingText trims the blanks and the optional closing "#"s around the
// heading text in src[from:to].
func headingText(src string, from, to int) (int, int) {
	s := src[from:to]
	t := strings.TrimRight(s, "#")
	if t == "" || t[len(t)-1] == ' ' || t[len(t)-1] == '\t' {
		s = t
	}
	s = strings.TrimRight(s, " \t")
	return from + len(s) - len(strings.TrimLeft(s, " \t")), from + len(s)
}

// interrupts says whether a list item may start inside a paragraph: only a
// non-empty one, and if numbered, numbered 1 (so that a wrapped line
// starting "2016. " stays prose).
func interrupts(s string, n int) bool {
	if n >= len(s) {
		return false
	}
	return s[0] == '-' || s[0] == '+' || s[0] == '*' || strings.HasPrefix(s, "1.") || strings.HasPrefix(s, "1)")
}

// referenceDefinition is a "[label]: target" line, which defines a link
// target and is not prose.
func referenceDefinition(s string) bool {
	if s[0] != '[' {
		return false
	}
	k := strings.IndexByte(s, ']')
	return k > 1 && k+1 < len(s) && s[k+1] == ':'
}
