package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// parse reads a baseline strictly: exact key names (encoding/json alone
// would accept "Rule" for "rule"), no unknown or repeated keys, every
// required key present, counts of at least one, no finding recorded twice,
// nothing after the object. Errors name the file and the line.
func parse(name string, data []byte) (*Baseline, error) {
	r := &reader{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	r.dec.UseNumber()
	b := &Baseline{counts: map[key]int{}}
	seenAt := map[key]int64{}
	version, haveFindings := 0, false
	err := r.object("the baseline", func(k string, at int64) error {
		switch k {
		case "version":
			if err := r.integer(k, &version); err != nil {
				return err
			}
			if version != Version {
				return r.errorf(at, "version %d is not one this factdiff reads (want %d)", version, Version)
			}
		case "findings":
			haveFindings = true
			return r.array(k, func(at int64) error {
				e, err := r.entry(at)
				if err != nil {
					return err
				}
				// Read as Write would have written it, so a hand-edited
				// entry still matches.
				k := key{rule: e.Rule, path: path.Clean(e.Path), text: squash(e.Text), focus: squash(e.Focus)}
				if first, dup := seenAt[k]; dup {
					return r.errorf(at, "finding repeats the one on line %d; record it once with its count", r.line(first))
				}
				seenAt[k] = at
				b.counts[k] = e.Count
				return nil
			})
		default:
			return r.errorf(at, "unknown key %q (want version and findings)", k)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	switch {
	case version == 0:
		return nil, r.errorf(0, "no version")
	case !haveFindings:
		return nil, r.errorf(0, "no findings list")
	}
	at := r.dec.InputOffset()
	if _, err := r.dec.Token(); err != io.EOF {
		return nil, r.errorf(at, "data after the baseline object")
	}
	return b, nil
}

// entry reads one recorded finding, whose object starts at offset at.
func (r *reader) entry(at int64) (entry, error) {
	var e entry
	have := map[string]bool{}
	err := r.object("a finding", func(k string, at int64) error {
		have[k] = true
		switch k {
		case "rule":
			return r.str(k, &e.Rule)
		case "path":
			return r.str(k, &e.Path)
		case "text":
			return r.str(k, &e.Text)
		case "focus":
			return r.str(k, &e.Focus)
		case "count":
			if err := r.integer(k, &e.Count); err != nil {
				return err
			}
			if e.Count < 1 {
				return r.errorf(at, "count %d: a recorded finding occurs at least once", e.Count)
			}
			return nil
		}
		return r.errorf(at, "unknown key %q in a finding (want rule, path, text, focus and count)", k)
	})
	if err != nil {
		return e, err
	}
	for _, k := range [...]string{"rule", "path", "text", "count"} {
		if !have[k] {
			return e, r.errorf(at, "finding has no %q", k)
		}
	}
	if e.Rule == "" || e.Path == "" {
		return e, r.errorf(at, "finding has an empty rule or path")
	}
	return e, nil
}

// reader walks the JSON tokens of one file, knowing where each one is.
type reader struct {
	name string
	data []byte
	dec  *json.Decoder
}

// object reads an object, calling each for every key with the offset the
// key starts at; each must consume the key's value.
func (r *reader) object(what string, each func(key string, at int64) error) error {
	if err := r.delim('{', what+" must be an object"); err != nil {
		return err
	}
	seen := map[string]bool{}
	for r.dec.More() {
		at := r.dec.InputOffset()
		t, err := r.dec.Token()
		if err != nil {
			return r.syntax(err, at)
		}
		k, _ := t.(string)
		if seen[k] {
			return r.errorf(at, "key %q appears twice", k)
		}
		seen[k] = true
		if err := each(k, at); err != nil {
			return err
		}
	}
	return r.delim('}', "malformed object")
}

// array reads an array, calling each for every element with its offset.
func (r *reader) array(name string, each func(at int64) error) error {
	if err := r.delim('[', fmt.Sprintf("%q must be a list", name)); err != nil {
		return err
	}
	for r.dec.More() {
		if err := each(r.dec.InputOffset()); err != nil {
			return err
		}
	}
	return r.delim(']', "malformed list")
}

// delim reads the delimiter want, or fails with msg. A closing delimiter
// is asked for only where the decoder allows nothing else.
func (r *reader) delim(want json.Delim, msg string) error {
	at := r.dec.InputOffset()
	t, err := r.dec.Token()
	if err != nil {
		return r.syntax(err, at)
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return r.errorf(at, "%s", msg)
	}
	return nil
}

// str reads the value of key, which must be a string.
func (r *reader) str(key string, dst *string) error {
	t, at, err := r.scalar()
	if err != nil {
		return err
	}
	s, ok := t.(string)
	if !ok {
		return r.errorf(at, "%q must be a string, not %s", key, describe(t))
	}
	*dst = s
	return nil
}

// integer reads the value of key, which must be a whole number.
func (r *reader) integer(key string, dst *int) error {
	t, at, err := r.scalar()
	if err != nil {
		return err
	}
	num, ok := t.(json.Number)
	if !ok {
		return r.errorf(at, "%q must be a whole number, not %s", key, describe(t))
	}
	n, err := strconv.Atoi(string(num))
	if err != nil {
		return r.errorf(at, "%q must be a whole number, not %s", key, num)
	}
	*dst = n
	return nil
}

// scalar reads the next token as a value, with its offset.
func (r *reader) scalar() (json.Token, int64, error) {
	at := r.dec.InputOffset()
	t, err := r.dec.Token()
	if err != nil {
		return nil, at, r.syntax(err, at)
	}
	return t, at, nil
}

func describe(t json.Token) string {
	switch t := t.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "true or false"
	case json.Number:
		return "a number"
	case json.Delim:
		if t == '{' {
			return "an object"
		}
		return "a list"
	}
	return fmt.Sprintf("%v", t)
}

// syntax reports a JSON syntax error at its own offset when it has one.
func (r *reader) syntax(err error, at int64) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		at = se.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return r.errorf(int64(len(r.data)), "unexpected end of file")
	}
	return r.errorf(at, "%v", err)
}

func (r *reader) errorf(at int64, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.name, r.line(at), fmt.Sprintf(format, args...))
}

// line is the 1-based line of the first token at or after offset at; the
// decoder's offsets point before the white space and separators that
// precede a token.
func (r *reader) line(at int64) int {
	i := min(max(int(at), 0), len(r.data))
	for i < len(r.data) && strings.IndexByte(" \t\r\n,:", r.data[i]) >= 0 {
		i++
	}
	return bytes.Count(r.data[:i], []byte{'\n'}) + 1
}
