// Package testfiles writes the small file trees that the tests of several
// packages (inputs, race folders, configuration) read from disk.
package testfiles

import (
	"os"
	"path/filepath"
	"testing"
)

// Write creates every file of files (a path under dir, then its content),
// with the directories it needs.
func Write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for p, body := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
