package audit

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func FuzzParseJSONCluster(f *testing.F) {
	for _, seed := range []string{
		`{"id": "senate-2018", "articles": [{"id": "wire", "text": "The senator won 52 percent.", "title": "Results", "date": "2018-11-07"}]}`,
		`{"id": 7, "articles": [{"text": "a"}, {"id": null, "text": ""}]}`,
		`{"articles": []}`,
		`{"id": "x", "articles": [{"id": "a"}]}`,
		`{"id": "x", "articles": [{"id": {"nested": 1}, "text": "t"}]}`,
		`{"id": "\u0000", "articles": [{"id": "\ud800", "text": "\u001b[2J"}]}`,
		`{"id": "x", "articles": [`,
		`[1, 2, 3]`,
		`{"id": 1e400, "articles": []}`,
		`null`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		c, err := parseJSONCluster(line, "archive.jsonl:1")
		if err != nil {
			return
		}
		if c.id == "" {
			t.Fatal("cluster without an id")
		}
		for _, a := range c.articles {
			if !strings.HasPrefix(a.Path, c.id+"/") || len(a.Path) == len(c.id)+1 {
				t.Fatalf("article path %q is not <cluster>/<article> of %q", a.Path, c.id)
			}
		}
	})
}

func FuzzLines(f *testing.F) {
	for _, seed := range []string{
		"",
		"\n\n",
		"{\"id\": 1}\r\n{\"id\": 2}",
		"\uFEFFfirst ||||| second\nthird story_separator_special_tag fourth NEWLINE_CHAR NEWLINE_CHAR fifth",
		"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff",
		strings.Repeat("x", 200) + "\nshort",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := newLineReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		l.max = 64
		for {
			line, tooLong, err := l.next()
			if err != nil {
				if err != io.EOF && !bytes.HasPrefix(data, gzipMagic) {
					t.Fatalf("plain input: %v", err)
				}
				break
			}
			if tooLong && len(line) > 0 || len(line) > l.max || bytes.IndexByte(line, '\n') >= 0 {
				t.Fatalf("line %d: %q (too long %v)", l.n, line, tooLong)
			}
			if isMultiNews(line) {
				c := parseMultiNews(line, "m:1")
				for _, a := range c.articles {
					if strings.Contains(a.Body.S, rawSeparator) && !strings.Contains(string(line), taggedSeparator) {
						t.Fatalf("separator left in article %q", a.Body.S)
					}
				}
			}
		}
		if !bytes.HasPrefix(data, gzipMagic) && l.n > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d lines from %d line breaks", l.n, bytes.Count(data, []byte("\n")))
		}
	})
}
