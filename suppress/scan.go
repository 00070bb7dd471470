package suppress

import (
	"bytes"
	"factdiff/claims/article/mdline"
	"strings"

	"golang.org/x/net/html"
)

const bom = "\uFEFF"

// plainMarkers finds marker lines: a line holding nothing but "[factdiff-…]".
// A bracket that is not closed is reported rather than read as text, since
// a line starting "[factdiff-" is never prose.
func plainMarkers(src string) []marker {
	var ms []marker
	at := 0
	if strings.HasPrefix(src, bom) {
		at = len(bom)
	}
	for ls := at; ls < len(src); {
		le := lineEnd(src, ls)
		line := src[ls:le]
		t := strings.TrimLeft(line, " \t")
		from := ls + len(line) - len(t)
		t = strings.TrimRight(t, " \t\r")
		if len(t) > len(prefix) && t[0] == '[' && strings.EqualFold(t[1:1+len(prefix)], prefix) {
			m := marker{from: from, to: from + len(t)}
			if t[len(t)-1] == ']' {
				m.body = t[1 : len(t)-1]
			} else {
				m.body = t[1:]
				m.malformed = "marker line has no closing \"]\""
			}
			ms = append(ms, m)
		}
		ls = le + 1
	}
	return ms
}

// htmlMarkers finds comments with the tokenizer the article reader uses, so
// that "<!--" inside a script, an attribute or escaped text is not a mark.
func htmlMarkers(raw []byte) []marker {
	at := 0
	if bytes.HasPrefix(raw, []byte(bom)) {
		at = len(bom)
	}
	var ms []marker
	z := html.NewTokenizer(bytes.NewReader(raw[at:]))
	for pos := at; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			return ms
		}
		from := pos
		pos += len(z.Raw())
		if tt != html.CommentToken || !bytes.HasPrefix(raw[from:pos], []byte("<!--")) {
			continue
		}
		if body := string(z.Text()); isCandidate(body) {
			ms = append(ms, marker{from: from, to: pos, body: body})
		}
	}
}

// isCandidate tells a comment that may be a directive from an ordinary one.
func isCandidate(body string) bool {
	body = strings.TrimLeft(body, " \t\r\n\f")
	return len(body) >= len(prefix) && strings.EqualFold(body[:len(prefix)], prefix)
}

// markdownMarkers finds HTML comments in Markdown prose, skipping front
// matter, fenced and indented code, and code spans, where "<!--" is text.
func markdownMarkers(src string) []marker {
	at := 0
	if strings.HasPrefix(src, bom) {
		at = len(bom)
	}
	s := mdScanner{src: src, comment: -1}
	for ls := skipFrontMatter(src, at); ls < len(src); {
		le := lineEnd(src, ls)
		s.line(ls, le)
		ls = le + 1
	}
	return s.markers
}

// mdScanner is the block state carried from one Markdown line to the next;
// it follows the article reader's Markdown closely enough to agree with it
// on where code is.
type mdScanner struct {
	src     string
	markers []marker
	comment int    // offset of the "<!--" of an open comment, or -1
	fence   string // the backticks or tildes of the open code block
	para    bool   // a paragraph is open, so an indented line continues it
	list    bool   // inside a list, where indented lines are not code
	runs    []run  // the current line's backtick runs
}

// run is a run of backticks; match indexes the next run of the same
// length on the line, the one that closes a code span it opens, or -1.
type run struct{ start, end, match int }

func (s *mdScanner) line(ls, le int) {
	src := s.src
	end := ls + len(strings.TrimRight(src[ls:le], "\r"))
	if s.comment >= 0 {
		s.inline(ls, end)
		return
	}
	if s.fence != "" {
		if mdline.ClosesFence(src[ls:end], s.fence) {
			s.fence = ""
		}
		return
	}
	p := ls
	for {
		q := p + mdline.LeadingSpaces(src[p:end], 3)
		if q >= end || src[q] != '>' {
			break
		}
		p = q + 1
		if p < end && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
	}
	indent, n := mdline.Indentation(src[p:end])
	q := p + n
	switch {
	case q == end:
		s.para = false
		return
	case indent >= 4 && !s.para && !s.list:
		return
	case indent < 4 && mdline.FenceOpener(src[q:end]) != "":
		s.fence = mdline.FenceOpener(src[q:end])
		s.para = false
		return
	}
	if isListItem(src[q:end]) {
		s.list = true
	} else if !s.para && indent == 0 {
		s.list = false
	}
	s.para = src[q] != '#'
	s.inline(q, end)
}

// inline finds the comments on one line's text src[from:to], which may
// open or close a comment spanning lines.
func (s *mdScanner) inline(from, to int) {
	src := s.src
	s.backtickRuns(from, to)
	r := 0
	for i := from; i < to; {
		if s.comment >= 0 {
			j := strings.Index(src[i:to], "-->")
			if j < 0 {
				return
			}
			if body := src[s.comment+len("<!--") : i+j]; isCandidate(body) {
				s.markers = append(s.markers, marker{from: s.comment, to: i + j + len("-->"), body: body})
			}
			s.comment = -1
			i += j + len("-->")
			continue
		}
		switch c := src[i]; {
		case c == '\\' && i+1 < to:
			i += 2
		case c == '`':
			for s.runs[r].end <= i {
				r++
			}
			if m := s.runs[r].match; m >= 0 && s.runs[r].start == i {
				r = m // a code span: its text is code, not comments
			}
			i = s.runs[r].end
		case c == '<' && strings.HasPrefix(src[i:to], "<!--"):
			s.comment = i
			i += len("<!--")
		default:
			i++
		}
	}
}

// backtickRuns indexes the runs of backticks in src[from:to] and pairs each
// with the next run of the same length, in one pass from the right.
func (s *mdScanner) backtickRuns(from, to int) {
	s.runs = s.runs[:0]
	line := s.src[from:to]
	if strings.IndexByte(line, '`') < 0 {
		return
	}
	for i := 0; i < len(line); {
		if line[i] != '`' {
			i++
			continue
		}
		j := i + 1
		for j < len(line) && line[j] == '`' {
			j++
		}
		s.runs = append(s.runs, run{start: from + i, end: from + j, match: -1})
		i = j
	}
	next := map[int]int{}
	for k := len(s.runs) - 1; k >= 0; k-- {
		n := s.runs[k].end - s.runs[k].start
		if m, ok := next[n]; ok {
			s.runs[k].match = m
		}
		next[n] = k
	}
}

// skipFrontMatter returns where the Markdown proper starts: after YAML
// front matter ("---" on the first line up to "---" or "..."), if any. Front
// matter that is never closed runs to the end, as the reader refuses it.
func skipFrontMatter(src string, at int) int {
	le := lineEnd(src, at)
	if strings.TrimRight(src[at:le], " \t\r") != "---" {
		return at
	}
	for ls := le + 1; ls < len(src); {
		le := lineEnd(src, ls)
		if l := strings.TrimRight(src[ls:le], " \t\r"); l == "---" || l == "..." {
			return le + 1
		}
		ls = le + 1
	}
	return len(src)
}

// lineEnd is the offset of the "\n" ending the line that starts at ls, or
// the end of src.
func lineEnd(src string, ls int) int {
	if i := strings.IndexByte(src[ls:], '\n'); i >= 0 {
		return ls + i
	}
	return len(src)
}

// isListItem tells a line opening a bullet or numbered list item.
func isListItem(s string) bool {
	_, ok := mdline.ListMarker(s)
	return ok
}
