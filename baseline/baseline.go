// Package baseline records the findings a set of articles has today, so
// that later runs report only new ones. This is how an archive with known
// problems adopts factdiff without fixing its past first.
//
// A finding is recognised by its rule, its file (relative to the working
// directory, so the baseline moves with the repository), the sentence it
// flags and the part of it the finding is about, with runs of white space
// read as one space. Lines, columns and messages are left out on purpose:
// a finding keeps its identity when text is added above it, when a sentence
// is re-wrapped, when another article joins the race, or when a new release
// words its message differently; it becomes new when its own sentence
// changes. The same finding twice is recorded with a count of two.
//
// The file is versioned JSON, sorted, written atomically, and read
// strictly: anything malformed is an error naming the file and line. The
// package never decides what is a finding and never edits an article.
package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"factdiff/finding"
)

// Version is the format version this package writes and reads.
const Version = 1

// Baseline is a recorded set of findings, with how often each occurred.
type Baseline struct {
	counts map[key]int
}

// key is what identifies a finding across runs.
type key struct {
	rule, path, text, focus string
}

func keyOf(f finding.Finding, workDir string) key {
	return key{rule: f.Rule, path: relPath(f.Location.Path, workDir), text: squash(f.Text), focus: squash(f.Focus)}
}

// relPath names path relative to workDir, with forward slashes, so the
// same file has the same name from any checkout on any system. A relative
// path is already relative to the working directory; a name that is not a
// file path ("<stdin>") is kept as it is.
func relPath(path, workDir string) string {
	p := filepath.Clean(path)
	if filepath.IsAbs(p) && workDir != "" {
		if rel, err := filepath.Rel(workDir, p); err == nil {
			p = rel
		}
	}
	return filepath.ToSlash(p)
}

// squash reads every run of white space as one space, so re-wrapping a
// paragraph does not make its findings new.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// entry is one recorded finding as stored.
type entry struct {
	Rule  string `json:"rule"`
	Path  string `json:"path"`
	Text  string `json:"text"`
	Focus string `json:"focus,omitempty"`
	Count int    `json:"count"`
}

type file struct {
	Version  int     `json:"version"`
	Findings []entry `json:"findings"`
}

// Write records fs in a new baseline at path, replacing any file there
// only once the new one is complete.
func Write(path string, fs []finding.Finding, workDir string) error {
	counts := map[key]int{}
	for _, f := range fs {
		counts[keyOf(f, workDir)]++
	}
	out := file{Version: Version, Findings: make([]entry, 0, len(counts))}
	for k, n := range counts {
		out.Findings = append(out.Findings, entry{Rule: k.rule, Path: k.path, Text: k.text, Focus: k.focus, Count: n})
	}
	sort.Slice(out.Findings, func(i, j int) bool { return less(out.Findings[i], out.Findings[j]) })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	if err := writeAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	return nil
}

func less(a, b entry) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	if a.Text != b.Text {
		return a.Text < b.Text
	}
	return a.Focus < b.Focus
}

// writeAtomic writes data to a temporary file beside path and renames it
// into place, so a reader sees the old baseline or the new one, never half.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Load reads the baseline at path.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	return parse(path, data)
}

// Filter returns the findings of fs the baseline does not record, in
// their order, and how many it left out. A finding recorded n times covers
// n occurrences; the ones beyond are new. workDir must be the directory
// the paths were made relative to when the baseline was written.
func (b *Baseline) Filter(fs []finding.Finding, workDir string) (kept []finding.Finding, known int) {
	left := make(map[key]int, len(b.counts))
	for k, n := range b.counts {
		left[k] = n
	}
	for _, f := range fs {
		k := keyOf(f, workDir)
		if left[k] > 0 {
			left[k]--
			known++
			continue
		}
		kept = append(kept, f)
	}
	return kept, known
}
