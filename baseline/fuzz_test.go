package baseline

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"factdiff/finding"
)

// FuzzLoad checks that no input panics and that whatever loads survives a
// round trip through Write unchanged.
func FuzzLoad(f *testing.F) {
	if golden, err := os.ReadFile(filepath.Join("testdata", "golden.json")); err == nil {
		f.Add(golden)
	}
	for _, s := range []string{
		`{"version": 1, "findings": []}`,
		`{"version": 1, "findings": [{"rule": "a", "path": "b", "text": "", "count": 3}]}`,
		`{"version": 1, "findings": [{"rule": "a", "path": "b", "text": "\ud800", "focus": "x", "count": 1e2}]}`,
		`{"findings": [{}], "version": 1}`,
		`{"version": 1, "findings": [[]]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := parse("b.json", data)
		if err != nil {
			return
		}
		var fs []finding.Finding
		for k, n := range b.counts {
			for range min(n, 3) {
				fs = append(fs, finding.Finding{Rule: k.rule, Text: k.text, Focus: k.focus, Location: finding.Location{Path: k.path}})
			}
		}
		path := filepath.Join(t.TempDir(), "b.json")
		if err := Write(path, fs, ""); err != nil {
			t.Fatal(err)
		}
		again, err := Load(path)
		if err != nil {
			t.Fatalf("written baseline does not load: %v", err)
		}
		want := map[key]int{}
		for _, f := range fs {
			want[keyOf(f, "")]++
		}
		if !reflect.DeepEqual(again.counts, want) {
			t.Fatalf("round trip changed the baseline:\n got %v\nwant %v", again.counts, want)
		}
	})
}
