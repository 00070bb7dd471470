package article

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter splits YAML front matter ("---" on the first line, up to a line
// "---" or "...") off the Markdown src, whose text starts at offset at. It
// returns the metadata and where the document proper starts.
func frontMatter(src string, at int) (Meta, int, error) {
	open := lineEnd(src, at)
	if trimLine(src[at:open]) != "---" {
		return Meta{}, at, nil
	}
	yamlFrom := next(src, open)
	for ls := yamlFrom; ls < len(src); {
		le := lineEnd(src, ls)
		if l := trimLine(src[ls:le]); l == "---" || l == "..." {
			meta, err := decodeFrontMatter(src[yamlFrom:ls])
			return meta, next(src, le), err
		}
		ls = next(src, le)
	}
	return Meta{}, at, &lineError{line: 1, err: errors.New("front matter is not closed: no \"---\" line after the opening one")}
}

// frontMatterLine is the file line of the first line of the YAML, which
// follows the opening "---" on line 1.
const frontMatterLine = 2

// decodeFrontMatter reads the keys factdiff knows; others are left alone so
// that files written for static-site generators are accepted as they are.
func decodeFrontMatter(y string) (Meta, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(y), &doc); err != nil {
		return Meta{}, yamlError(err)
	}
	var m Meta
	if len(doc.Content) == 0 {
		return m, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return m, &lineError{line: frontMatterLine + root.Line - 1, err: errors.New("front matter is not a list of \"key: value\" lines")}
	}
	fields := map[string]*string{"title": &m.Title, "date": &m.Date, "outlet": &m.Outlet, "race": &m.Race}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		dst := fields[strings.ToLower(k.Value)]
		if dst == nil {
			continue
		}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return m, &lineError{line: frontMatterLine + v.Line - 1, err: fmt.Errorf("front matter: %s must be a single value", k.Value)}
		}
		if v.Tag != "!!null" {
			*dst = strings.TrimSpace(v.Value)
		}
	}
	return m, nil
}

// yamlError turns the YAML library's "yaml: line N: problem" into the file
// line of the problem. The library counts lines from 1 for scanner errors
// but from 0 for parser errors (and leaves line 0 out), so the parser's
// problems are told apart by their wording.
func yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, perr := strconv.Atoi(num); perr == nil && n > 0 {
				line, msg = n, after
			}
		}
	}
	if line == 0 || !yamlParserProblem(msg) {
		line = max(line-1, 0)
	}
	return &lineError{line: frontMatterLine + line, err: fmt.Errorf("front matter is not valid YAML: %s", msg)}
}

// yamlParserProblems are the problems the YAML parser (as opposed to its
// scanner) reports, with 0-based line numbers.
var yamlParserProblems = []string{
	"did not find expected ',' or ", "did not find expected '-' indicator",
	"did not find expected <", "did not find expected key",
	"did not find expected node content", "found duplicate %",
	"found incompatible YAML document", "found undefined tag handle",
}

func yamlParserProblem(msg string) bool {
	for _, p := range yamlParserProblems {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// lineEnd is the offset of the "\n" ending the line that starts at ls, or
// len(src).
func lineEnd(src string, ls int) int {
	if i := strings.IndexByte(src[ls:], '\n'); i >= 0 {
		return ls + i
	}
	return len(src)
}

// next is the start of the line after the one ending at le.
func next(src string, le int) int { return min(le+1, len(src)) }

// trimLine drops the trailing blanks and CR that do not change what a
// Markdown line says.
func trimLine(s string) string { return strings.TrimRight(s, " \t\r") }
