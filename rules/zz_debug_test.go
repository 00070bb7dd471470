package rules

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZDebug(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("ZZDIR") + "/*.txt")
	var texts []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	t.Logf("%v", files)
	s := newSet(readDocs(texts), Options{})
	pairs := alignQuotes(s.Docs)
	for _, p := range pairs {
		if p.a.doc == p.b.doc {
			continue
		}
		t.Logf("pair %d.%d %d.%d matches=%d near=%v same=%v [%s | %s]", p.a.doc, p.a.idx, p.b.doc, p.b.idx, len(p.matches), p.near(), sameStatement(s, p), p.a.span(s, 0, min(6, len(p.a.words))), p.b.span(s, 0, min(6, len(p.b.words))))
		t.Logf("   hunks %v changes %v / %v", p.hunks(), changes(s, p), changes(s, p.swap()))
	}
	for _, v := range versionsOf(s, pairs, sameStatement) {
		f, ok := judgeMisquote(s, misquote, v)
		t.Logf("v %d.%d others %d -> %v %s", v.q.doc, v.q.idx, len(v.others), ok, f.Message)
	}
}

func TestZZTorn(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("ZZDIR") + "/*.txt")
	var texts []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	s := newSet(readDocs(texts), Options{})
	pairs := alignQuotes(s.Docs)
	for q := range creditedTwice(s, pairs) {
		t.Logf("torn %d.%d %q %s", q.doc, q.idx, speakerOf(s, q), q.span(s, 0, min(8, len(q.words))))
	}
	for _, p := range pairs {
		if p.a.doc == p.b.doc {
			t.Logf("same-doc pair %d.%d %d.%d near=%v %q %q", p.a.doc, p.a.idx, p.b.doc, p.b.idx, p.near(), speakerOf(s, p.a), speakerOf(s, p.b))
		}
	}
}
