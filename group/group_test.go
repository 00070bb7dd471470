package group

import (
	"path/filepath"
	"reflect"
	"testing"

	"factdiff/config"
	"factdiff/internal/testfiles"
)

// tree writes files (path -> content) under a temporary directory and makes
// it the working directory.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	testfiles.Write(t, dir, files)
	t.Chdir(dir)
}

func summary(rs []Race) map[string][]string {
	out := map[string][]string{}
	for _, r := range rs {
		var staged []string
		for _, p := range r.Paths {
			mark := ""
			if r.Staged[p] {
				mark = "*"
			}
			staged = append(staged, mark+filepath.ToSlash(p))
		}
		out[r.Key] = staged
	}
	return out
}

func TestAround(t *testing.T) {
	files := map[string]string{
		"mayor/wire.txt":   "Lopez won.\n",
		"mayor/daily.md":   "---\nrace: mayor\n---\nLopez won.\n",
		"mayor/notes.csv":  "not an article\n",
		"senate/blog.html": "<p>Roe won.</p>",
		"senate/post.txt":  "Roe won.\n",
	}
	tests := []struct {
		name   string
		cfg    string
		staged []string
		want   map[string][]string
	}{
		{
			name:   "a staged article brings its directory",
			staged: []string{"mayor/wire.txt"},
			want:   map[string][]string{"mayor": {"mayor/daily.md", "*mayor/wire.txt"}},
		},
		{
			name:   "two races staged, files that are not articles ignored",
			staged: []string{"senate/post.txt", "mayor/notes.csv", "mayor/daily.md"},
			want: map[string][]string{
				"mayor":  {"*mayor/daily.md", "mayor/wire.txt"},
				"senate": {"senate/blog.html", "*senate/post.txt"},
			},
		},
		{
			name:   "nothing to check",
			staged: []string{"mayor/notes.csv"},
			want:   map[string][]string{},
		},
		{
			name:   "named globs join directories into one race",
			cfg:    "groups:\n  races:\n    - name: all\n      files: ['**/*.txt']\n",
			staged: []string{"senate/post.txt"},
			want:   map[string][]string{"all": {"mayor/wire.txt", "*senate/post.txt"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree(t, files)
			cfg := config.Default()
			if tt.cfg != "" {
				var err error
				if cfg, err = config.Parse(".factdiff.yaml", []byte(tt.cfg)); err != nil {
					t.Fatal(err)
				}
			}
			if got := summary(Around(tt.staged, cfg)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestAll(t *testing.T) {
	tree(t, map[string]string{"a/x.txt": "x\n", "a/y.txt": "y\n", "b/z.md": "z\n"})
	got := summary(All(".", config.Default()))
	want := map[string][]string{"a": {"a/x.txt", "a/y.txt"}, "b": {"b/z.md"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
