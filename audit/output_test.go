package audit

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteAtomically(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "audit.jsonl")
	failure := errors.New("disk on fire")
	err := writeAtomically(target, func(w io.Writer) error {
		io.WriteString(w, `{"rule": "half a line`)
		return failure
	})
	if !errors.Is(err, failure) {
		t.Errorf("error = %v, want the writer's", err)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("a failed write left %v behind", names)
	}

	if err := os.WriteFile(target, []byte("yesterday's audit\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_ = writeAtomically(target, func(w io.Writer) error { return failure })
	if b, _ := os.ReadFile(target); string(b) != "yesterday's audit\n" {
		t.Errorf("a failed write changed the previous report to %q", b)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only the previous report", names)
	}
}

func TestRunOutputFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "audit.jsonl")
	s, err := Run(context.Background(), []string{"testdata/tree"}, nil, nil, Options{Output: target})
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	fs, js := rows(t, string(out))
	if len(fs) != s.Findings || js.Clusters != 3 {
		t.Errorf("file holds %d findings of %d, summary %+v", len(fs), s.Findings, js)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only the report", names)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if _, err := Run(context.Background(), []string{"testdata/tree"}, nil, nil, Options{Output: bad, Format: "pdf"}); err == nil {
		t.Error("bad format: no error")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a failed run left %s: %v", bad, err)
	}
	if _, err := Run(context.Background(), []string{"testdata/tree"}, nil, nil, Options{Output: filepath.Join(dir, "no", "such", "dir.jsonl")}); err == nil {
		t.Error("output in a missing directory: no error")
	}
}

// failingWriter fails after n bytes, as a full disk does.
type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("no space left on device")
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	archive := write(t, "a.jsonl", jsonArchive(t, 30))
	_, err := Run(context.Background(), []string{archive}, nil, &failingWriter{n: 2000}, Options{Jobs: 2, Format: "text"})
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Errorf("error = %v, want the write failure", err)
	}
}

var external = regexp.MustCompile(`(?i)(src|href|xlink:href)\s*=\s*["']?\s*(https?:)?//`)

func TestHTML(t *testing.T) {
	out, s := audit1(t, []string{"testdata/tree", "testdata/broken"}, nil, Options{Format: "html"})
	if s.Findings == 0 {
		t.Fatal("no findings to show")
	}
	for _, want := range []string{
		"<!DOCTYPE html>", "<svg", "<rect", "Findings per rule", "Findings per outlet", "Valley Courier",
		"number-conflict", "county/mayor", "&lt;script&gt;alert(1)&lt;/script&gt;", "scan.txt:1</code>: binary data",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(out, "<script>alert") || strings.Count(out, "<script") != 0 {
		t.Error("article text reached the page as markup")
	}
	if m := external.FindString(out); m != "" {
		t.Errorf("page fetches %q; it must be self-contained", m)
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "</html>") || strings.Count(out, "<main>") != 1 {
		t.Error("page is not one complete document")
	}
}

func TestHTMLEmptyArchive(t *testing.T) {
	out, s := audit1(t, []string{t.TempDir()}, nil, Options{Format: "html"})
	if s.Clusters != 0 || !strings.Contains(out, "</html>") || !bytes.Contains([]byte(out), []byte(`<td class="n">0</td>`)) {
		t.Errorf("an empty archive: want a page saying 0, got %d clusters:\n%s", s.Clusters, out)
	}
}
