// Package strictyaml reads the small hand-written YAML files of factdiff (a
// configuration, a race sheet) so that every mistake is an error naming the
// file and the line: an unknown key, a value of the wrong type, a key given
// twice. A typo must never silently turn a check off. It only walks what the
// YAML parser built; it never guesses what a misspelt key meant beyond
// suggesting the nearest known one.
package strictyaml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a problem at one line of a file; Line is 0 when the YAML parser
// could not say where.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Doc is one parsed file: the name its errors give and its top-level node,
// always a mapping.
type Doc struct {
	Name string
	Root *yaml.Node
}

// Parse reads data as one YAML document whose top level is a mapping. An
// empty file is an empty mapping. Anchors and aliases are refused: these
// files are short, and an alias would let a few bytes stand for a huge
// tree.
func Parse(name string, data []byte) (*Doc, error) {
	d := &Doc{Name: name}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		d.Root = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1}
		return d, nil
	}
	if err != nil {
		return nil, d.syntax(err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, d.syntax(err)
		}
		return nil, d.Errorf(&next, "a second YAML document; put everything in one")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if err := d.noAliases(root); err != nil {
		return nil, err
	}
	if null(root) {
		root = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: root.Line, Column: root.Column}
	}
	if root.Kind != yaml.MappingNode {
		return nil, d.Errorf(root, "the file must be a mapping of keys to values, not %s", kind(root))
	}
	d.Root = root
	return d, nil
}

// syntax turns a parser error ("yaml: line 3: did not find expected key")
// into one naming the file.
func (d *Doc) syntax(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(n); err == nil {
				line, msg = l, after
			}
		}
	}
	return &Error{File: d.Name, Line: line, Msg: msg}
}

func (d *Doc) noAliases(n *yaml.Node) error {
	if n.Kind == yaml.AliasNode {
		return d.Errorf(n, "anchors and aliases are not supported; write the value out")
	}
	for _, c := range n.Content {
		if err := d.noAliases(c); err != nil {
			return err
		}
	}
	return nil
}

// Errorf builds an error at the line of n.
func (d *Doc) Errorf(n *yaml.Node, format string, a ...any) error {
	return &Error{File: d.Name, Line: n.Line, Msg: fmt.Sprintf(format, a...)}
}

// Pairs calls each for every key and value of mapping n, in file order,
// refusing a key given twice. A key with nothing after it ("rules:" whose
// entries are all commented out) is an empty mapping.
func (d *Doc) Pairs(n *yaml.Node, what string, each func(key string, k, v *yaml.Node) error) error {
	if null(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return d.Errorf(n, "%s must be a mapping of keys to values, not %s", what, kind(n))
	}
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return d.Errorf(k, "a key in %s must be plain text, not %s", what, kind(k))
		}
		if seen[k.Value] {
			return d.Errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if err := each(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

// Fields maps each known key of a mapping to what reads its value.
type Fields map[string]func(v *yaml.Node) error

// Map reads mapping n through fields: an unknown key is an error (with the
// nearest known key as a suggestion), and so is a missing required one.
func (d *Doc) Map(n *yaml.Node, what string, fields Fields, required ...string) error {
	got := map[string]bool{}
	err := d.Pairs(n, what, func(key string, k, v *yaml.Node) error {
		read, ok := fields[key]
		if !ok {
			return d.Errorf(k, "unknown key %q%s", key, Suggest(key, keys(fields)))
		}
		got[key] = true
		return read(v)
	})
	if err != nil {
		return err
	}
	for _, r := range required {
		if !got[r] {
			return d.Errorf(n, "%s has no %q", what, r)
		}
	}
	return nil
}

// List calls each for every item of sequence n; nothing is an empty list.
func (d *Doc) List(n *yaml.Node, what string, each func(item *yaml.Node) error) error {
	if null(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return d.Errorf(n, "%s must be a list, not %s", what, kind(n))
	}
	for _, item := range n.Content {
		if err := each(item); err != nil {
			return err
		}
	}
	return nil
}

// String reads a non-empty scalar as text; numbers and dates count as
// their text.
func (d *Doc) String(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", d.Errorf(n, "%s must be text, not %s", what, kind(n))
	}
	if null(n) || strings.TrimSpace(n.Value) == "" {
		return "", d.Errorf(n, "%s is empty", what)
	}
	return n.Value, nil
}

// Strings reads a list of texts; a single text is a list of one.
func (d *Doc) Strings(n *yaml.Node, what string) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		s, err := d.String(n, what)
		return []string{s}, err
	}
	var out []string
	err := d.List(n, what, func(item *yaml.Node) error {
		s, err := d.String(item, "an item of "+what)
		out = append(out, s)
		return err
	})
	return out, err
}

// Float reads a finite number.
func (d *Doc) Float(n *yaml.Node, what string) (float64, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" && n.ShortTag() != "!!float" {
		return 0, d.Errorf(n, "%s must be a number, not %s", what, kind(n))
	}
	var f float64
	if err := n.Decode(&f); err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, d.Errorf(n, "%s must be a finite number, not %q", what, n.Value)
	}
	return f, nil
}

// Int reads a whole number.
func (d *Doc) Int(n *yaml.Node, what string) (int, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		return 0, d.Errorf(n, "%s must be a whole number, not %s", what, kind(n))
	}
	var i int
	if err := n.Decode(&i); err != nil {
		return 0, d.Errorf(n, "%s is out of range: %s", what, n.Value)
	}
	return i, nil
}

// Bool reads true or false.
func (d *Doc) Bool(n *yaml.Node, what string) (bool, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		return false, d.Errorf(n, "%s must be true or false, not %s", what, kind(n))
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, d.Errorf(n, "%s must be true or false, not %q", what, n.Value)
	}
	return b, nil
}

func null(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func keys(fields Fields) []string {
	out := make([]string, 0, len(fields))
	for k := range fields {
		out = append(out, k)
	}
	return out
}

// kind names what a node holds, for messages.
func kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		v := n.Value
		if len(v) > 40 {
			v = v[:40] + "..."
		}
		return strconv.Quote(v)
	}
	return "an alias"
}

// Suggest names the known key nearest a misspelt one, when one is within
// two edits: ` (did you mean "final"?)`, else "".
func Suggest(key string, known []string) string {
	const longest = 64 // keys are short; a long one is no typo of them
	if len(key) > longest {
		return ""
	}
	best, dist := "", 3
	for _, k := range known {
		if e := edits(strings.ToLower(key), k); e < dist || e == dist && best != "" && k < best {
			best, dist = k, e
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// edits is the Levenshtein distance between two short strings.
func edits(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
