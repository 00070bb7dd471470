package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"factdiff/config/strictyaml"
	"factdiff/finding"
	"factdiff/internal/testfiles"
	"factdiff/race"
)

func TestParseGood(t *testing.T) {
	c, err := Load("testdata/newsroom.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["misquote"] != "warning" || c.Rules["dangling-number"] != Off {
		t.Errorf("rules %v", c.Rules)
	}
	if c.Tolerance.Points != 0.1 || c.Tolerance.Percent != race.DefaultTolerance.Percent {
		t.Errorf("tolerance %+v: a key left out keeps its default", c.Tolerance)
	}
	if c.Race != filepath.Join("testdata", "sheets", "mayor.yaml") {
		t.Errorf("race %q: relative to the configuration's directory", c.Race)
	}
	if c.By != ByFrontMatter || len(c.Groups) != 2 || c.Groups[1].Files[0] != "metro/council/**" {
		t.Errorf("groups %q %+v", c.By, c.Groups)
	}
	sev, off := c.Severities()
	if sev["misquote"] != finding.Warning || !off["dangling-number"] || len(sev) != 1 || len(off) != 1 {
		t.Errorf("severities %v, off %v", sev, off)
	}
}

func TestStarterIsTheDefault(t *testing.T) {
	c, err := Parse("starter.yaml", []byte(Starter))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	if len(c.Rules) != 0 || c.Tolerance != d.Tolerance || c.Race != "" || c.By != d.By || len(c.Groups) != 0 {
		t.Errorf("the starter %+v differs from the defaults %+v", c, d)
	}
	// Every setting shown commented out must read once uncommented.
	var b strings.Builder
	for _, line := range strings.Split(Starter, "\n") {
		if indent, rest, ok := strings.Cut(line, "# "); ok && strings.TrimSpace(indent) == "" && setting.MatchString(rest) {
			line = indent + rest
		}
		b.WriteString(line + "\n")
	}
	c, err = Parse("uncommented.yaml", []byte(b.String()))
	if err != nil {
		t.Fatalf("%v in\n%s", err, b.String())
	}
	if len(c.Rules) == 0 || c.Race == "" || len(c.Groups) == 0 {
		t.Errorf("uncommented starter read as %+v", c)
	}
}

var setting = regexp.MustCompile(`^ *(- )?[a-z-]+:( |$)`)

func TestParseBad(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"top-level typo", "rule:\n  misquote: warning\n", 1, `unknown key "rule" (did you mean "rules"?)`},
		{"bad severity", "rules:\n  misquote: warn\n", 2, `severity "warn" of misquote is not one of error, warning, info, off`},
		{"severity as a list", "rules:\n  misquote: [error]\n", 2, "must be text"},
		{"tolerance typo", "tolerance:\n  point: 0.1\n", 2, `unknown key "point" (did you mean "points"?)`},
		{"tolerance negative", "tolerance:\n  points: -1\n", 2, "from 0 to 100"},
		{"tolerance as text", "tolerance:\n  percent: half\n", 2, "must be a number"},
		{"race empty", "race:\n", 1, "race is empty"},
		{"groups by what", "groups:\n  by: folder\n", 2, `groups by "folder": want directory or front-matter`},
		{"group without files", "groups:\n  races:\n    - name: x\n", 3, `has no "files"`},
		{"group with a bad glob", "groups:\n  races:\n    - name: x\n      files: ['a/[b']\n", 4, "not a valid glob"},
		{"group named twice", "groups:\n  races:\n    - name: x\n      files: a\n    - name: x\n      files: b\n", 5, "named twice"},
		{"groups a list", "groups:\n  - by: directory\n", 2, "groups must be a mapping"},
		{"not a mapping", "just text\n", 1, "must be a mapping"},
		{"syntax", "rules: [\n", 1, "did not find expected node content"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(".factdiff.yaml", []byte(tc.yaml))
			var e *strictyaml.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want a strictyaml.Error", err)
			}
			prefix := fmt.Sprintf(".factdiff.yaml:%d: ", tc.line)
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q, want %q...%q", err, prefix, tc.msg)
			}
		})
	}
}

func TestCheckRules(t *testing.T) {
	known := []string{"misquote", "number-conflict", "dangling-number"}
	c, err := Parse("c.yaml", []byte("rules:\n  misquote: info\n  number-conflcit: off\n  quote-speakr: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckRules(known)
	if err == nil || err.Error() != `c.yaml:3: unknown rule "number-conflcit" (did you mean "number-conflict"?)` {
		t.Errorf("got %v", err)
	}
	if err := Default().CheckRules(known); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

// write creates a file with its directories.
func write(t *testing.T, path, text string) string {
	t.Helper()
	testfiles.Write(t, filepath.Dir(path), map[string]string{filepath.Base(path): text})
	return path
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home")
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv(EnvVar, "")
	user := write(t, filepath.Join(home, ".config", "factdiff", "config.yaml"), "")
	repo := write(t, filepath.Join(root, "repo", FileName), "")
	deep := filepath.Join(root, "repo", "metro", "mayor")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(root, "elsewhere")
	if err := os.MkdirAll(elsewhere, 0o755); err != nil {
		t.Fatal(err)
	}
	explicit := write(t, filepath.Join(root, "explicit.yaml"), "")
	env := write(t, filepath.Join(root, "env.yaml"), "")

	for _, tc := range []struct {
		name, wd, explicit, env string
		no                      bool
		want                    string
		fails                   bool
	}{
		{name: "walks up to the repository's file", wd: deep, want: repo},
		{name: "in the repository root", wd: filepath.Dir(repo), want: repo},
		{name: "outside any repository: the user's", wd: elsewhere, want: user},
		{name: "the environment beats the directory", wd: deep, env: env, want: env},
		{name: "--config beats the environment", wd: deep, explicit: explicit, env: env, want: explicit},
		{name: "--no-config ignores them all", wd: deep, explicit: explicit, env: env, no: true, want: ""},
		{name: "a missing --config is an error", wd: deep, explicit: filepath.Join(root, "none.yaml"), fails: true},
		{name: "a missing $FACTDIFF_CONFIG is an error", wd: deep, env: filepath.Join(root, "none.yaml"), fails: true},
		{name: "a directory is not a configuration", wd: deep, explicit: root, fails: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(tc.wd)
			t.Setenv(EnvVar, tc.env)
			got, err := Find(tc.explicit, tc.no)
			if (err != nil) != tc.fails || got != tc.want {
				t.Errorf("Find = %q, %v; want %q (error: %v)", got, err, tc.want, tc.fails)
			}
		})
	}
	t.Run("nothing anywhere", func(t *testing.T) {
		t.Chdir(elsewhere)
		t.Setenv("XDG_CONFIG_HOME", filepath.Join(root, "empty"))
		if got, err := Find("", false); got != "" || err != nil {
			t.Errorf("Find = %q, %v", got, err)
		}
	})
}

func TestGroup(t *testing.T) {
	root := t.TempDir()
	cfg := write(t, filepath.Join(root, FileName), "groups:\n  by: front-matter\n  races:\n    - name: mayor-2023\n      files: [\"metro/mayor/**/*.md\", \"wire/mayor-*.txt\"]\n")
	c, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	dirs := *Default()
	t.Chdir(root)
	for _, tc := range []struct {
		c          *Config
		path, meta string
		want       string
	}{
		{c, "metro/mayor/2023/12/runoff.md", "", "mayor-2023"},
		{c, filepath.Join(root, "metro/mayor/debate.md"), "", "mayor-2023"},
		{c, "metro/mayor/debate.txt", "", "metro/mayor"},
		{c, "wire/mayor-ap.txt", "council", "mayor-2023"},
		{c, "wire/council-ap.txt", "council", "council"},
		{c, "wire/other.txt", "  ", "wire"},
		{c, "top.md", "", "."},
		{c, "/elsewhere/a.md", "", "/elsewhere"},
		{&dirs, "metro/mayor/debate.md", "council", "metro/mayor"},
		{&dirs, "./metro/../metro/mayor/x.md", "", "metro/mayor"},
	} {
		if got := tc.c.Group(tc.path, tc.meta); got != tc.want {
			t.Errorf("Group(%q, %q) by %s = %q, want %q", tc.path, tc.meta, tc.c.By, got, tc.want)
		}
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	path, err := Init(dir)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != Starter || path != filepath.Join(dir, FileName) {
		t.Errorf("wrote %q to %s", b, path)
	}
	write(t, path, "rules: {}\n")
	if _, err := Init(dir); !errors.Is(err, fs.ErrExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("second init: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "rules: {}\n" {
		t.Errorf("init overwrote the file: %q", b)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(Starter))
	if b, err := os.ReadFile("testdata/newsroom.yaml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("rules: {a: off}\ngroups: {races: [{name: x, files: ['**/[a-']]}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		c.Group("a/b/c.md", "x")
		c.Severities()
		_ = c.CheckRules([]string{"misquote"})
	})
}

// BenchmarkGroup assigns a newsroom's archive of files to races.
func BenchmarkGroup(b *testing.B) {
	c, err := Load("testdata/newsroom.yaml")
	if err != nil {
		b.Fatal(err)
	}
	paths := make([]string, 1000)
	for i := range paths {
		paths[i] = fmt.Sprintf("testdata/metro/%s/%d/story-%d.md", []string{"mayor", "council", "schools"}[i%3], 2000+i%25, i)
	}
	for b.Loop() {
		for _, p := range paths {
			c.Group(p, "")
		}
	}
}
