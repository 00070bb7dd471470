package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/ascii"
)

// span is a quotation as the marks delimit it, before attribution.
type span struct {
	start, end int      // including the marks
	parts      [][2]int // the quoted words, one range per paragraph
	single     bool     // delimited by single quote marks
}

// mark is one double quotation mark: a straight double quote, or two
// apostrophes standing for one.
type mark struct {
	at, n           int
	canOpen, closes bool
}

// maxSingle bounds a single-quoted quotation, so that an apostrophe far
// away can never pair with an opening one.
const maxSingle = 300

// pairMarks finds the quotations of text in one pass over its lines. A line
// that ends inside a quotation continues it when the next non-empty line
// opens with a quote mark, the news convention for quotations of several
// paragraphs; otherwise the quotation ends with its line.
func pairMarks(text string) []span {
	var out []span
	var marks []mark // of the line being read
	var cur *span    // open double quotation
	open := 0        // offset of the words after cur's latest opening mark
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		first := len(out)
		marks = lineMarks(text, ls, le, marks[:0])
		for _, m := range marks {
			switch {
			case cur != nil && m.closes:
				cur.parts = append(cur.parts, [2]int{open, m.at})
				cur.end = m.at + m.n
				out = append(out, *cur)
				cur = nil
			case cur != nil && strayClose(text, open, m):
				// `is wrong. "The memorandum`: a closing mark pushed onto
				// the next word, since a quotation never opens inside an
				// open one; `'above the law,' " said`: one set apart.
				cur.parts = append(cur.parts, [2]int{open, trimRight(text, open, m.at)})
				cur.end = m.at + m.n
				out = append(out, *cur)
				cur = nil
			case m.canOpen:
				cur = &span{start: m.at}
				open = m.at + m.n
			}
		}
		next := nextLine(text, le)
		if cur != nil {
			cur.parts = append(cur.parts, [2]int{open, trimRight(text, open, le)})
			if m, ok := continuation(text, next); ok {
				open = m.at + m.n
				ls = open
				continue
			}
			cur.end = cur.parts[len(cur.parts)-1][1]
			out = append(out, *cur)
			cur = nil
		}
		out = append(out, singles(text, ls, le, out[first:])...)
		ls = next
	}
	return out
}

// strayClose reports whether mark m, which cannot close by its
// surroundings, closes the quotation whose words start at open: it follows
// a space after the end of a sentence, or stands alone after a comma or a
// nested single mark.
func strayClose(text string, open int, m mark) bool {
	j := trimRight(text, open, m.at)
	if j == m.at || j == open {
		return false
	}
	if m.canOpen {
		return strings.IndexByte(".!?", text[j-1]) >= 0
	}
	return strings.IndexByte(".,!?'", text[j-1]) >= 0
}

// nextLine returns the start of the first non-empty line after the line
// ending at le.
func nextLine(text string, le int) int {
	for le < len(text) && (text[le] == '\n' || text[le] == ' ') {
		le++
	}
	return le
}

// continuation reports whether the line at ls opens with a quote mark.
func continuation(text string, ls int) (mark, bool) {
	le := strings.IndexByte(text[ls:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += ls
	}
	ms := lineMarks(text, ls, min(le, ls+2), nil)
	if len(ms) == 0 || ms[0].at != ls || !ms[0].canOpen {
		return mark{}, false
	}
	return ms[0], true
}

func trimRight(text string, from, to int) int {
	for to > from && text[to-1] == ' ' {
		to--
	}
	return to
}

// lineMarks appends to ms the double marks of text[ls:le] with what their
// surroundings allow them to do.
func lineMarks(text string, ls, le int, ms []mark) []mark {
	line := text[:le]
	quotes := ascii.NewSeeker(`"`, "'") // many bytes a step
	for i := ls; i < le; i++ {
		if i = quotes.Next(line, i); i == le {
			break
		}
		n := 0
		switch {
		case text[i] == '"':
			n = 1
		case strings.HasPrefix(text[i:le], "'''"):
			// a single mark nested against a double one, as in 'old-school'''
			n = 2
			if b := runeBefore(text, i, ls); ascii.IsWord(b) || strings.ContainsRune(".,!?", b) {
				i++
			}
		case text[i] == '\'' && i+1 < le && text[i+1] == '\'':
			n = 2
		default:
			continue
		}
		before, after := runeBefore(text, i, ls), runeAfter(text, i+n, le)
		m := mark{at: i, n: n}
		m.canOpen = opensAfter(before) && !unicode.IsSpace(after) && after != 0
		m.closes = !unicode.IsSpace(before) && before != 0 && (closesBefore(after) || strings.ContainsRune(".,!?", before)) && !(m.canOpen && ascii.IsWord(before))
		ms = append(ms, m)
		i += n - 1
	}
	return ms
}

func runeBefore(text string, i, floor int) rune {
	if i <= floor {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[floor:i])
	return r
}

func runeAfter(text string, i, ceil int) rune {
	if i >= ceil {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:ceil])
	return r
}

// opensAfter reports whether a quotation may open after r.
func opensAfter(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:'", r)
}

// closesBefore reports whether a quotation may close before r.
func closesBefore(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)]}—–-/'…", r)
}

// elisions are words that open with an apostrophe rather than a quote mark.
var elisions = map[string]bool{"em": true, "til": true, "cause": true, "n": true, "tis": true, "twas": true, "s": true, "round": true, "bout": true, "nuff": true}

// singles finds quotations in single marks on the line [ls, le) outside
// doubles, the double quotations that close on that line, in order.
func singles(text string, ls, le int, doubles []span) []span {
	var out []span
	p := 0
	for i := ls; i < le; i++ {
		k := strings.IndexByte(text[i:le], '\'')
		if k < 0 {
			break
		}
		i += k
		for p < len(doubles) && doubles[p].end <= i {
			p++
		}
		if p < len(doubles) && doubles[p].start <= i || !singleOpens(text, i, ls, le) {
			continue
		}
		for j := i + 2; j < le && j-i <= maxSingle; j++ {
			if text[j] == '"' {
				break
			}
			if text[j] == '\'' && singleCloses(text, j, ls, le) {
				out = append(out, span{start: i, end: j + 1, parts: [][2]int{{i + 1, j}}, single: true})
				i = j
				break
			}
		}
	}
	return out
}

func singleOpens(text string, i, ls, le int) bool {
	before, after := runeBefore(text, i, ls), runeAfter(text, i+1, le)
	if !(before == 0 || before == ' ' || strings.ContainsRune("(—–-:\"", before)) || !unicode.IsLetter(after) {
		return false
	}
	w := i + 1
	for w < le && unicode.IsLetter(rune(text[w])) {
		w++
	}
	return !elisions[strings.ToLower(text[i+1:w])]
}

func singleCloses(text string, j, ls, le int) bool {
	before, after := runeBefore(text, j, ls), runeAfter(text, j+1, le)
	if before == ' ' || before == 0 || ascii.IsWord(after) || after == '\'' {
		return false
	}
	if before == 's' && after == ' ' && j+2 < le {
		// "the Smiths' house": a plural possessive before a lower-case word.
		r, _ := utf8.DecodeRuneInString(text[j+2:])
		return !unicode.IsLower(r)
	}
	return true
}
