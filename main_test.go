package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"factdiff": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command line end to end, as newsrooms' scripts and
// hooks call it: exit codes, every format on the bundled articles, colour
// decisions and bad input. Each script gets its own copy of fixtures/.
func TestScripts(t *testing.T) {
	fixtures, err := filepath.Abs("fixtures")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// txtar cannot hold a NUL byte, so the binary input is made here.
			binary := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe\x00\x00")
			if err := os.WriteFile(filepath.Join(env.WorkDir, "binary.dat"), binary, 0o644); err != nil {
				return err
			}
			return os.CopyFS(filepath.Join(env.WorkDir, "fixtures"), os.DirFS(fixtures))
		},
	})
}
