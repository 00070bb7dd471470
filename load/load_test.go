package load

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factdiff/internal/testfiles"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, dir, map[string]string{
		"race/b.txt": "b", "race/a.md": "a", "race/page.HTML": "p", "race/notes.csv": "n",
		"race/.git/x.txt": "hidden", "race/sub/c.txt": "c",
	})
	race := filepath.Join(dir, "race")
	got := Expand([]string{race, "-", "missing.txt"})
	want := []string{
		filepath.Join(race, "a.md"), filepath.Join(race, "b.txt"), filepath.Join(race, "page.HTML"),
		filepath.Join(race, "sub", "c.txt"), "-", "missing.txt",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Expand\n got %q\nwant %q", got, want)
	}
}

// TestDocumentsKeepsOrder reads a batch with bad inputs among good ones, with
// one worker and with many: the same documents and problems in input order.
func TestDocumentsKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"empty.txt": ""}
	var paths []string
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		files[n+".txt"] = "Democrat Maria Lopez received 52.4% of the vote in " + n + ".\n"
		paths = append(paths, filepath.Join(dir, n+".txt"))
	}
	testfiles.Write(t, dir, files)
	paths = append(paths[:3], append([]string{filepath.Join(dir, "empty.txt"), filepath.Join(dir, "missing.txt")}, paths[3:]...)...)
	var first []string
	for _, jobs := range []int{1, 8} {
		docs, problems := Documents(paths, strings.NewReader(""), jobs)
		var got []string
		for _, d := range docs {
			got = append(got, filepath.Base(d.Path))
		}
		for _, p := range Problems(problems) {
			got = append(got, filepath.Base(p.Path)+": "+p.Message)
		}
		if len(docs) != 8 || len(problems) != 2 {
			t.Fatalf("jobs %d: %d documents, %d problems: %q", jobs, len(docs), len(problems), got)
		}
		if first == nil {
			first = got
		} else if !reflect.DeepEqual(got, first) {
			t.Errorf("jobs %d read %q, jobs 1 read %q", jobs, got, first)
		}
	}
}

func TestStandardInputOnce(t *testing.T) {
	docs, problems := Documents([]string{"-", "-"}, strings.NewReader("Lopez received 52.4% of the vote.\n"), 2)
	if len(docs) != 1 || len(problems) != 1 || !strings.Contains(problems[0].Error(), "only once") {
		t.Errorf("got %d documents and problems %v", len(docs), problems)
	}
}
