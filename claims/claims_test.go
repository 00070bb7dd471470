package claims

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"factdiff/claims/article"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestFixturesGolden pins what is read from the bundled articles, so any
// change in reading shows up as a reviewable diff of the JSON.
func TestFixturesGolden(t *testing.T) {
	paths, err := filepath.Glob("../fixtures/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a, err := article.Read(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			d := Read(a)
			d.Path = filepath.Base(p)
			var got bytes.Buffer
			if err := WriteJSON(&got, []*Document{d}, nil); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", filepath.Base(p)+".json")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./claims -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("claims of %s differ from %s; run go test ./claims -update and review the diff", p, golden)
			}
		})
	}
}

func TestPrintText(t *testing.T) {
	if os.Getenv("FACTDIFF_SHOW") == "" {
		t.Skip("set FACTDIFF_SHOW=1 to print what is read from the fixtures")
	}
	paths, _ := filepath.Glob("../fixtures/*/*.txt")
	var docs []*Document
	for _, p := range paths {
		a, err := article.Read(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Read(a))
	}
	var b bytes.Buffer
	if err := WriteText(&b, docs); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}
