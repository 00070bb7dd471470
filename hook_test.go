package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs the hook through the real pre-commit framework, in a
// newsroom repository that takes this repository (at HEAD) as its hook
// source: a clean edit commits, an article contradicting its race is
// refused with its name. It needs git and pre-commit; CI installs them.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds the hook with pre-commit")
	}
	for _, tool := range []string{"git", "pre-commit"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (CI installs it)", tool)
		}
	}
	src, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	rev, err := exec.Command("git", "-C", src, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	dir := t.TempDir()
	repo := filepath.Join(dir, "newsroom")
	env := append(os.Environ(), "HOME="+dir, "PRE_COMMIT_HOME="+filepath.Join(dir, "cache"),
		"GIT_AUTHOR_NAME=desk", "GIT_AUTHOR_EMAIL=desk@example.org",
		"GIT_COMMITTER_NAME=desk", "GIT_COMMITTER_EMAIL=desk@example.org")
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(name string, args ...string) {
		t.Helper()
		if out, err := run(name, args...); err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
	}
	seeds := filepath.Join(src, "fixtures", "ga06-2017")
	copyFile := func(from, to string) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(seeds, from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, "stories", to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(repo, "stories"), 0o755); err != nil {
		t.Fatal(err)
	}
	must("git", "init", "-q")
	config := "repos:\n  - repo: " + src + "\n    rev: " + strings.TrimSpace(string(rev)) + "\n    hooks:\n      - id: factdiff\n"
	if err := os.WriteFile(filepath.Join(repo, ".pre-commit-config.yaml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	copyFile("000_a0436767b513c46d.txt", "wire.txt")
	copyFile("002_0f54007e8e0c6f89.txt", "daily.txt")
	must("git", "add", "-A")
	must("git", "commit", "-qm", "init", "--no-verify")
	must("pre-commit", "install")

	f, err := os.OpenFile(filepath.Join(repo, "stories", "daily.txt"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n")
	f.Close()
	must("git", "add", "-A")
	if out, err := run("git", "commit", "-m", "clean edit"); err != nil {
		t.Fatalf("a clean edit was refused: %v\n%s", err, out)
	}

	copyFile("001_6a58ab3327d5c702.txt", "rewrite.txt")
	must("git", "add", "-A")
	out, err := run("git", "commit", "-m", "garbled")
	if err == nil {
		t.Fatalf("the contradicting article was committed:\n%s", out)
	}
	if !strings.Contains(out, "stories/rewrite.txt") || !strings.Contains(out, "misattribution") {
		t.Errorf("the refusal does not name the file and its finding:\n%s", out)
	}
}
