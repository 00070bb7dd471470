// Package suppress reads the marks an editor leaves in an article to say
// "checked, do not flag this again", and drops the findings they cover.
//
// The grammar, the same in every format:
//
//	factdiff-ignore [RULE...] [: note]        the paragraph after the mark
//	factdiff-ignore-line [RULE...] [: note]   the line the mark is on; the next line when the mark is alone on its line
//	factdiff-ignore-start [RULE...] [: note]  everything up to the next factdiff-ignore-end
//	factdiff-ignore-end
//
// RULEs are rule ids separated by spaces or commas; none means every rule.
// A note after a colon is for people and is not read. In Markdown and HTML a
// mark is a comment ("<!-- factdiff-ignore misquote -->"); in plain text it is
// a line of its own in square brackets ("[factdiff-ignore misquote]").
// "The paragraph after the mark" is the paragraph as factdiff reads the file
// (package article): from the end of the mark to the end of the first
// paragraph that has text after it, so a mark inside a paragraph covers the
// rest of that paragraph.
//
// A mark is text, not a mark, inside Markdown code, in HTML escaped as
// "&lt;!--", inside a plain-text line with other words, and inside an open
// quotation of its paragraph. Anything that looks like a mark but cannot be
// obeyed (a misspelt directive, a rule id that does not exist, an end with
// no start, a mark that covers no text, a mark inside a quotation) is
// reported as a problem with its file and line: a typo must never silently
// suppress nothing, and a suppressed finding is always counted, never lost.
//
// The package never edits a file and never decides what is a finding.
package suppress

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"

	"factdiff/claims/article"
	"factdiff/finding"
)

// Region is a stretch of a file an editor marked as checked.
type Region struct {
	// Start and End are byte offsets into the file as on disk, End exclusive.
	Start, End int
	// Rules are the rule ids the mark names; empty means every rule.
	Rules []string
	// Line is the 1-based line of the mark, for messages about it.
	Line int
}

// prefix starts every directive; text starting with it (in any case) that
// is not a valid directive is reported, since it is most likely a typo.
const prefix = "factdiff-"

// kind is what a directive covers.
type kind int

const (
	nextParagraph kind = iota
	thisLine
	rangeStart
	rangeEnd
)

var directives = map[string]kind{
	"factdiff-ignore":       nextParagraph,
	"factdiff-ignore-line":  thisLine,
	"factdiff-ignore-start": rangeStart,
	"factdiff-ignore-end":   rangeEnd,
}

// marker is one mark as the format scanners find it.
type marker struct {
	// from and to are the bytes of the whole mark: the comment with its
	// delimiters, or the bracketed text of a marker line.
	from, to int
	// body is the directive text between the delimiters.
	body string
	// malformed says why the mark cannot be read, before its body is.
	malformed string
}

// span is a paragraph of prose in original offsets: from its first
// non-blank byte to the end of its last one.
type span struct{ start, end int }

// Find returns the regions the marks in the file cover, and a problem for
// every mark that cannot be obeyed as written. Unknown rule ids are left to
// Apply, which knows the rules. path decides the format, as it does for the
// article reader.
func Find(path string, raw []byte) ([]Region, []finding.Problem) {
	if !containsFold(raw, prefix) {
		return nil, nil
	}
	var ms []marker
	switch format(path) {
	case formatMarkdown:
		ms = markdownMarkers(string(raw))
	case formatHTML:
		ms = htmlMarkers(raw)
	default:
		ms = plainMarkers(string(raw))
	}
	if len(ms) == 0 {
		return nil, nil
	}
	b := builder{path: path, raw: raw, paras: paragraphs(path, raw), lines: newLines(raw)}
	b.build(ms)
	sort.SliceStable(b.problems, func(i, j int) bool { return b.problems[i].Line < b.problems[j].Line })
	return b.regions, b.problems
}

type fileFormat int

const (
	formatPlain fileFormat = iota
	formatMarkdown
	formatHTML
)

// format follows the extension the same way article.Parse does, so marks
// are read in the syntax the file's prose was read in.
func format(path string) fileFormat {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm":
		return formatHTML
	}
	return formatPlain
}

// paragraphs are the file's paragraphs as the article reader sees them; a
// file the reader refuses has none, so no mark in it covers anything (and
// the file is reported as unreadable elsewhere).
func paragraphs(path string, raw []byte) []span {
	a, err := article.Parse(path, raw)
	if err != nil {
		return nil
	}
	body := a.Body
	var out []span
	start, end := -1, -1 // the open paragraph in body offsets
	for ls := 0; ls <= len(body.S); {
		le := strings.IndexByte(body.S[ls:], '\n')
		if le < 0 {
			le = len(body.S)
		} else {
			le += ls
		}
		line := body.S[ls:le]
		if t := strings.TrimLeft(line, " \t\r\f\v"); t != "" {
			if start < 0 {
				start = le - len(t)
			}
			end = ls + len(strings.TrimRight(line, " \t\r\f\v"))
		} else if start >= 0 {
			out = append(out, origSpan(body.Orig(start, end)))
			start = -1
		}
		ls = le + 1
	}
	if start >= 0 {
		out = append(out, origSpan(body.Orig(start, end)))
	}
	return out
}

func origSpan(from, to int) span { return span{from, to} }

// directive is a mark's body understood.
type directive struct {
	kind  kind
	rules []string
}

// parseDirective reads a mark's body. ok is false for text that is not a
// directive at all (an ordinary comment); problem is set for one that is
// meant as a directive but is malformed.
func parseDirective(body string) (d directive, ok bool, problem string) {
	body = strings.TrimSpace(body)
	if len(body) < len(prefix) || !strings.EqualFold(body[:len(prefix)], prefix) {
		return d, false, ""
	}
	word, rest := body, ""
	if i := strings.IndexAny(body, " \t\r\n,:"); i >= 0 {
		word, rest = body[:i], body[i:]
	}
	k, known := directives[word]
	if !known {
		return d, true, "unknown directive " + quote(word) + " (want factdiff-ignore, factdiff-ignore-line, factdiff-ignore-start or factdiff-ignore-end)"
	}
	d.kind = k
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	for _, id := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' || r == '\n' }) {
		if !validRuleID(id) {
			return d, true, "malformed rule id " + quote(id) + " in " + word + " (rule ids are like number-conflict; put a note after a colon)"
		}
		d.rules = append(d.rules, id)
	}
	if k == rangeEnd && len(d.rules) > 0 {
		return d, true, "factdiff-ignore-end takes no rule ids; it ends the latest factdiff-ignore-start"
	}
	return d, true, ""
}

// validRuleID accepts lower-case words joined by single hyphens.
func validRuleID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' && s[i-1] != '-') {
			return false
		}
	}
	return true
}

func quote(s string) string {
	const limit = 40
	if len(s) > limit {
		s = strings.ToValidUTF8(s[:limit], "") + "…"
	}
	return `"` + s + `"`
}

// containsFold reports whether raw contains the ASCII word s in any case,
// the cheap test that lets a file without marks skip all the work.
func containsFold(raw []byte, s string) bool {
	want := []byte(s)
	lower, upper := s[0], s[0]-'a'+'A'
	for i := 0; i+len(s) <= len(raw); i++ {
		if c := raw[i]; (c == lower || c == upper) && bytes.EqualFold(raw[i:i+len(s)], want) {
			return true
		}
	}
	return false
}
