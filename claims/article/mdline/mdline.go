// Package mdline classifies single lines of Markdown by the CommonMark rules
// for where blocks start: indentation, code fences, list markers. Both the
// article reader and the inline-mark scanner need the same answers, so they
// share this; it never builds a document.
package mdline

import "strings"

// LeadingSpaces counts up to limit spaces at the start of s.
func LeadingSpaces(s string, limit int) int {
	n := 0
	for n < len(s) && n < limit && s[n] == ' ' {
		n++
	}
	return n
}

// Indentation returns the width of s's leading blanks in columns (a tab
// advances to the next multiple of four) and their length in bytes.
func Indentation(s string) (cols, n int) {
	for ; n < len(s); n++ {
		switch s[n] {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			return cols, n
		}
	}
	return cols, n
}

// FenceOpener is the run of three or more backticks or tildes that opens a
// code block on this line, or "".
func FenceOpener(s string) string {
	if len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return ""
	}
	n := 1
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < 3 || (s[0] == '`' && strings.IndexByte(s[n:], '`') >= 0) {
		return ""
	}
	return s[:n]
}

// ClosesFence says whether line closes a code block opened by fence.
func ClosesFence(line, fence string) bool {
	s := line[LeadingSpaces(line, 3):]
	n := 0
	for n < len(s) && s[n] == fence[0] {
		n++
	}
	return n >= len(fence) && strings.TrimLeft(s[n:], " \t") == ""
}

// ListMarker returns the length of the bullet or number that opens a list
// item on a non-empty line s, with the blanks after it.
func ListMarker(s string) (int, bool) {
	n := 0
	switch {
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		n = 1
	default:
		for n < len(s) && n < 10 && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == 0 || n == 10 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0, false
		}
		n++
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0, false
	}
	_, blanks := Indentation(s[n:])
	return n + blanks, true
}
