// Package audit checks a whole archive of news coverage, cluster by cluster
// (one race or event each), and streams the findings out in input order
// with a summary at the end.
//
// An archive is a directory tree, a JSON Lines file (gzip-compressed or not)
// or a Multi-News source file; see Run. Clusters are read by a pool of
// workers, but the output is the same byte for byte however many ran, and
// memory is bounded by the largest clusters in flight, never by the archive.
// The package never changes an input, never holds the archive in memory and
// never stops the audit for one bad cluster: it reports it and goes on.
package audit

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"runtime"
	"slices"
	"strings"

	"factdiff/claims"
	"factdiff/claims/article"
	"factdiff/finding"
	"factdiff/rules"
)

// Options say how an audit runs and what it writes.
type Options struct {
	// Format is "jsonl" (the default), "html" or "text"; see Formats.
	Format string
	// Jobs is the number of workers; below 1 means one per CPU.
	Jobs int
	// Shard and Shards select every Shards-th cluster, starting with the
	// Shard-th (1-based), so n map tasks with shards 1/n ... n/n together
	// audit every cluster exactly once. Shards 0 or 1 audits everything.
	Shard, Shards int
	// Output is a file to write instead of the writer given to Run. It is
	// written under a temporary name and renamed when complete, so a failed
	// run never leaves a truncated report behind under this name.
	Output string
	// Rules says how each cluster is checked: severities, rules turned off.
	// Drafts must be empty, as an audit judges every article, and a race
	// sheet belongs to one race, not to an archive of them.
	Rules rules.Options
	// Progress receives a progress bar; nil for none. The caller decides,
	// typically when standard error is a terminal (see IsTerminal), so that
	// a pipe or a log stays silent.
	Progress io.Writer
}

// Formats lists the output formats, the default first.
func Formats() []string { return []string{"jsonl", "html", "text"} }

func (o *Options) check() error {
	if o.Format == "" {
		o.Format = Formats()[0]
	}
	if !slices.Contains(Formats(), o.Format) {
		return fmt.Errorf("unknown format %q (want one of %v)", o.Format, Formats())
	}
	if o.Shards > 1 && (o.Shard < 1 || o.Shard > o.Shards) {
		return fmt.Errorf("shard %d/%d: want 1 to %d", o.Shard, o.Shards, o.Shards)
	}
	if len(o.Rules.Drafts) > 0 || o.Rules.Race != nil {
		return errors.New("an audit judges every article of a cluster against the others: no drafts, no race sheet")
	}
	if o.Jobs < 1 {
		o.Jobs = runtime.NumCPU()
	}
	return nil
}

// Run audits the archives at paths and writes the findings and the summary
// to w (or to o.Output). stdin is read for "-" (os.Stdin when nil). Each
// path is
//   - a directory: every directory under it that directly holds article
//     files is a cluster, named by its path relative to the one given (the
//     given one itself by its base name), in sorted order;
//   - a JSON Lines file, one cluster per line:
//     {"id": ..., "articles": [{"id", "text", "title", "date", "outlet"}]};
//   - a Multi-News source file, one cluster per line, its articles
//     separated by "|||||" or "story_separator_special_tag";
//   - "-" for standard input, either kind of file.
//
// A file ending in .jsonl or .ndjson (optionally .gz) is JSON Lines; any
// other file is recognised by its first non-blank line: a JSON object, or a
// line holding one of the Multi-News separators. Compression is recognised
// by content.
//
// A path, line or article that cannot be read is a Problem in the summary
// (with its line number) and the audit goes on. When ctx is cancelled no
// new cluster is started; the clusters before the first unfinished one are
// written, then the summary, marked Interrupted. The output is then a
// complete, honest prefix, so with Output it is still renamed into place.
//
// The error is only for what stops the audit itself: bad options or output
// that cannot be written.
func Run(ctx context.Context, paths []string, stdin io.Reader, w io.Writer, o Options) (Summary, error) {
	if err := o.check(); err != nil {
		return Summary{}, err
	}
	if o.Output == "" {
		return run(ctx, paths, stdin, w, o)
	}
	var s Summary
	err := writeAtomically(o.Output, func(w io.Writer) error {
		var err error
		s, err = run(ctx, paths, stdin, w, o)
		return err
	})
	return s, err
}

// unit is one cluster (or one problem) handed to the workers, numbered in
// output order.
type unit struct {
	ord   int
	bytes int64
	load  func() (cluster, []finding.Problem)
}

// result is a unit once audited.
type result struct {
	ord   int
	bytes int64
	// id is empty when the unit was no cluster, only problems.
	id        string
	documents int
	claims    int
	findings  []finding.Finding
	// outlets name the outlet of each finding's article.
	outlets  []string
	problems []finding.Problem
	// unfinished says the run was interrupted before this unit was audited.
	unfinished bool
}

func run(parent context.Context, paths []string, stdin io.Reader, w io.Writer, o Options) (Summary, error) {
	inputs, total := plan(paths)
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	// tokens bound the units between the feeder and the writer: the
	// feeder cannot run more than 4*Jobs clusters ahead of the output, so
	// memory is bounded by the largest clusters. At 2*Jobs, workers idled
	// 6% of the time behind one long cluster; at 4*Jobs, 2%.
	tokens := make(chan struct{}, 4*o.Jobs)
	work := make(chan unit)
	results := make(chan result)
	f := &feeder{ctx: ctx, stdin: stdin, o: o, tokens: tokens, work: work}
	stopped := make(chan bool, 1)
	go func() {
		stopped <- f.run(inputs)
		close(work)
	}()
	done := make(chan struct{})
	for range o.Jobs {
		go func() {
			for u := range work {
				if ctx.Err() != nil {
					results <- result{ord: u.ord, bytes: u.bytes, unfinished: true}
					continue
				}
				results <- audit(u, o.Rules)
			}
			done <- struct{}{}
		}()
	}
	go func() {
		for range o.Jobs {
			<-done
		}
		close(results)
	}()

	s := newSummary(o)
	out := &writer{bw: bufio.NewWriterSize(w, 64<<10), s: s, progress: newProgress(o.Progress, total)}
	out.sink = newSink(o.Format, out.bw)
	err := out.begin()
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.ord] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if err == nil && !s.Interrupted {
				s.Interrupted = r.unfinished
				if !r.unfinished {
					err = out.cluster(&r)
				}
			}
			if err != nil {
				cancel()
			}
		}
	}
	s.Interrupted = s.Interrupted || <-stopped
	if err == nil {
		err = out.end()
	}
	return *s, err
}

// audit reads the claims of one cluster and checks them against each
// other. A panic in a rule is caught and reported as a problem of this
// cluster: one cluster must not end an audit of thousands.
func audit(u unit, o rules.Options) (r result) {
	r = result{ord: u.ord, bytes: u.bytes}
	c, probs := u.load()
	r.id, r.problems = c.id, probs
	if c.id == "" {
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.findings, r.outlets = nil, nil
			r.problems = append(r.problems, finding.Problem{Path: c.id, Message: fmt.Sprintf("internal error, cluster skipped: %v", p)})
		}
	}()
	docs := make([]*claims.Document, 0, len(c.articles))
	outletOf := map[string]string{}
	for _, a := range c.articles {
		d := claims.Read(a)
		docs = append(docs, d)
		r.claims += len(d.Claims)
		outletOf[a.Path] = outlet(a)
	}
	r.documents = len(docs)
	r.findings = rules.Check(docs, o)
	r.outlets = make([]string, len(r.findings))
	for i := range r.findings {
		r.findings[i].Cluster = c.id
		r.outlets[i] = outletOf[r.findings[i].Location.Path]
	}
	return r
}

// outlet is who published an article: its metadata when it says, else its
// file name without the extension and without a number that only tells
// one article from the next ("nyt-2.txt" is "nyt"), as archives often name
// files after their outlet.
func outlet(a *article.Article) string {
	if a.Meta.Outlet != "" {
		return a.Meta.Outlet
	}
	base := path.Base(strings.ReplaceAll(a.Path, "\\", "/"))
	stem := strings.TrimSuffix(base, path.Ext(base))
	if i := strings.LastIndexAny(stem, "-_"); i > 0 && isDigits(stem[i+1:]) {
		return stem[:i]
	}
	return stem
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// feeder reads the inputs in order and hands out the clusters of this
// shard as units.
type feeder struct {
	ctx    context.Context
	stdin  io.Reader
	o      Options
	tokens chan<- struct{}
	work   chan<- unit
	// seq numbers every cluster of the run, for sharding; ord numbers the
	// units handed out, for the output order.
	seq, ord int
	// owed is the input read since the last unit handed out (other
	// shards' clusters, blank lines), credited to the next for progress.
	owed int64
}

// run feeds every input and reports whether it stopped early because the
// context was cancelled.
func (f *feeder) run(inputs []input) (stopped bool) {
	for _, in := range inputs {
		ok := f.problems(in.problems)
		switch {
		case !ok:
		case in.dir:
			for _, c := range in.clusters {
				if ok = f.cluster(c.size, c.load); !ok {
					break
				}
			}
		case len(in.problems) == 0:
			ok = f.file(in.name)
		}
		if !ok {
			return true
		}
	}
	return false
}

// problems hands out problems that concern a whole input; every shard
// reports them, as every shard is missing what the input held.
func (f *feeder) problems(ps []finding.Problem) bool {
	if len(ps) == 0 {
		return true
	}
	return f.send(func() (cluster, []finding.Problem) { return cluster{}, ps })
}

// cluster hands out the cluster if it belongs to this shard.
func (f *feeder) cluster(bytes int64, load func() (cluster, []finding.Problem)) bool {
	f.owed += bytes
	seq := f.seq
	f.seq++
	if f.o.Shards > 1 && seq%f.o.Shards != f.o.Shard-1 {
		return true
	}
	return f.send(load)
}

func (f *feeder) send(load func() (cluster, []finding.Problem)) bool {
	if f.ctx.Err() != nil {
		return false
	}
	select {
	case f.tokens <- struct{}{}:
	case <-f.ctx.Done():
		return false
	}
	f.work <- unit{ord: f.ord, bytes: f.owed, load: load}
	f.ord++
	f.owed = 0
	return true
}

// file feeds the clusters of an archive file, one per line.
func (f *feeder) file(name string) bool {
	r := f.stdin
	if name == "-" {
		name = stdinName
		if r == nil {
			r = os.Stdin
		}
	} else {
		fh, err := os.Open(name)
		if err != nil {
			return f.problems([]finding.Problem{problem(name, 0, err)})
		}
		defer fh.Close()
		r = fh
	}
	lines, err := newLineReader(r)
	if err != nil {
		return f.problems([]finding.Problem{problem(name, 0, err)})
	}
	format := formatByName(name)
	for {
		line, tooLong, err := lines.next()
		if err == io.EOF {
			f.owed += lines.take()
			return true
		}
		if err != nil {
			return f.problems([]finding.Problem{problem(name, lines.n+1, fmt.Errorf("cannot read: %w", err))})
		}
		n := lines.n
		if tooLong {
			if !f.cluster(lines.take(), problemOnly(problem(name, n, errLineTooLong))) {
				return false
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			f.owed += lines.take()
			continue
		}
		if format == unknownFormat {
			if format = sniff(line); format == unknownFormat {
				return f.problems([]finding.Problem{problem(name, n, errNotArchive)})
			}
		}
		if !f.cluster(lines.take(), lineLoader(format, name, n, line)) {
			return false
		}
	}
}

func problemOnly(p finding.Problem) func() (cluster, []finding.Problem) {
	return func() (cluster, []finding.Problem) { return cluster{}, []finding.Problem{p} }
}

// lineLoader parses a line in the worker, not the feeder, since decoding a
// cluster of long articles is work worth sharing out.
func lineLoader(format archiveFormat, name string, n int, line []byte) func() (cluster, []finding.Problem) {
	id := lineID(name, n)
	return func() (cluster, []finding.Problem) {
		if format == multiNews {
			return parseMultiNews(line, id), nil
		}
		c, err := parseJSONCluster(line, id)
		if err != nil {
			return cluster{}, []finding.Problem{problem(name, n, err)}
		}
		return c, nil
	}
}
