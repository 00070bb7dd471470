// Package load turns the paths named on a command line into read documents:
// directories are expanded to the articles in them, every file is read and
// its claims extracted in parallel, and the result keeps the order the user
// gave. An unreadable input is set aside as a problem naming it, never a
// reason to stop: the rest of the batch is still read.
package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"factdiff/claims"
	"factdiff/claims/article"
	"factdiff/finding"
)

// Extensions are the file endings read as articles when a directory is named.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Expand replaces each directory in paths by the articles below it, sorted,
// and keeps files and "-" as given. A missing path is kept so that reading
// it reports the problem in its place.
func Expand(paths []string) []string {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil || !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, path)
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && IsArticle(path) {
				found = append(found, path)
			}
			return nil
		})
		sort.Strings(found)
		out = append(out, found...)
	}
	return out
}

// IsArticle reports whether a file's name marks it as an article.
func IsArticle(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Result is one input: its document, or the problem that kept it from
// being read.
type Result struct {
	Path string
	Doc  *claims.Document
	Err  error
}

// Documents reads every path (after Expand) with up to jobs workers and
// returns the readable documents and the problems, each in input order.
// Standard input may be named once.
func Documents(paths []string, stdin io.Reader, jobs int) ([]*claims.Document, []error) {
	results := read(Expand(paths), stdin, jobs)
	var docs []*claims.Document
	var problems []error
	for _, r := range results {
		if r.Err != nil {
			problems = append(problems, r.Err)
			continue
		}
		docs = append(docs, r.Doc)
	}
	return docs, problems
}

// read reads paths as given, in parallel, keeping their order.
func read(paths []string, stdin io.Reader, jobs int) []Result {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	results := make([]Result, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = one(paths[i], stdin)
			}
		}()
	}
	stdinSeen := false
	for i, p := range paths {
		if p == "-" {
			if stdinSeen {
				results[i] = Result{Path: p, Err: fmt.Errorf("-: standard input can be read only once")}
				continue
			}
			stdinSeen = true
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func one(path string, stdin io.Reader) Result {
	a, err := article.Read(path, stdin)
	if err != nil {
		return Result{Path: path, Err: err}
	}
	return Result{Path: a.Path, Doc: claims.Read(a)}
}

// Problems turns read errors into the report's form, with the line where the
// reader knew it.
func Problems(errs []error) []finding.Problem {
	var out []finding.Problem
	for _, err := range errs {
		p := finding.Problem{Message: err.Error()}
		var ae *article.Error
		if errors.As(err, &ae) {
			p.Path, p.Line, p.Message = ae.Path, ae.Line, ae.Err.Error()
		}
		out = append(out, p)
	}
	return out
}
