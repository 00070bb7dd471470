package audit

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"factdiff/claims/article"
	"factdiff/finding"
	"factdiff/load"
)

// MaxLine is the longest archive line read, in bytes: a cluster of several
// articles at article.MaxSize each. A longer line is skipped as a problem
// rather than held in memory.
const MaxLine = 4 * article.MaxSize

// stdinName names standard input in problems and cluster ids, as article does.
const stdinName = "<stdin>"

// input is one PATH of the command line, looked at but not yet read.
type input struct {
	name string
	// clusters are a directory tree's clusters in order; nil for a file.
	clusters []dirCluster
	dir      bool
	// size is the bytes to read, -1 when unknown (standard input).
	size     int64
	problems []finding.Problem
}

// dirCluster is a directory that directly holds articles.
type dirCluster struct {
	id, dir string
	size    int64
}

// plan looks at every path before anything is read, so that the total to
// read is known for the progress bar and a missing path is reported first.
// total is -1 when standard input is among the paths.
func plan(paths []string) (inputs []input, total int64) {
	stdinSeen := false
	for _, p := range paths {
		in := input{name: p}
		switch st, err := os.Stat(p); {
		case p == "-" && stdinSeen:
			in.problems = append(in.problems, problem(stdinName, 0, errors.New("standard input can be read only once")))
		case p == "-":
			stdinSeen, in.size = true, -1
		case err != nil:
			in.problems = append(in.problems, problem(p, 0, err))
		case st.IsDir():
			in.dir = true
			in.clusters, in.problems = walkClusters(p)
			for _, c := range in.clusters {
				in.size += c.size
			}
		case st.Mode().IsRegular():
			in.size = st.Size()
		default:
			in.size = -1 // a pipe, as in <(zcat archive.gz)
		}
		inputs = append(inputs, in)
		if in.size < 0 || total < 0 {
			total = -1
		} else {
			total += in.size
		}
	}
	return inputs, total
}

// walkClusters lists the directories under root that directly hold
// articles, sorted by cluster id. Hidden files and directories are left
// out, as editors and version control keep their own files there.
func walkClusters(root string) ([]dirCluster, []finding.Problem) {
	byDir := map[string]int{}
	var out []dirCluster
	var probs []finding.Problem
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			probs = append(probs, problem(p, 0, err))
		case d.IsDir():
			if p != root && hidden(d.Name()) {
				return filepath.SkipDir
			}
		case isArticleFile(d.Name()):
			dir := filepath.Dir(p)
			i, ok := byDir[dir]
			if !ok {
				i = len(out)
				byDir[dir] = i
				out = append(out, dirCluster{id: clusterID(root, dir), dir: dir})
			}
			if info, err := d.Info(); err == nil {
				out[i].size += info.Size()
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, probs
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

func isArticleFile(name string) bool { return !hidden(name) && load.IsArticle(name) }

// clusterID is dir relative to root, with forward slashes on every system;
// root itself is called by its base name.
func clusterID(root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	if err != nil || rel == "." {
		abs, err := filepath.Abs(root)
		if err != nil {
			abs = root
		}
		return filepath.Base(abs)
	}
	return filepath.ToSlash(rel)
}

// load reads the articles of a directory cluster; an unreadable one is a
// problem and the others are still read.
func (d dirCluster) load() (cluster, []finding.Problem) {
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return cluster{}, []finding.Problem{problem(d.dir, 0, err)}
	}
	c := cluster{id: d.id}
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !isArticleFile(e.Name()) {
			continue
		}
		a, err := article.Read(filepath.Join(d.dir, e.Name()), nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.articles = append(c.articles, a)
	}
	return c, load.Problems(errs)
}

// archiveFormat is how the lines of an archive file are read.
type archiveFormat int

const (
	unknownFormat archiveFormat = iota
	jsonLines
	multiNews
)

// formatByName trusts a JSON Lines extension (so that a malformed first
// line is reported as such); any other file is recognised by its first
// line, see sniff.
func formatByName(name string) archiveFormat {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	if strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".ndjson") {
		return jsonLines
	}
	return unknownFormat
}

// sniff recognises an archive by its first non-blank line: a JSON object
// starts a JSON Lines archive, a line with a Multi-News separator a
// Multi-News one.
func sniff(line []byte) archiveFormat {
	switch {
	case bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")):
		return jsonLines
	case isMultiNews(line):
		return multiNews
	}
	return unknownFormat
}

var errNotArchive = errors.New("not an archive: the first line is neither a JSON object nor " +
	"articles separated by " + rawSeparator + " or " + taggedSeparator + " (to audit article files, put them in a directory)")

var errLineTooLong = fmt.Errorf("line longer than %d MB, skipped", MaxLine>>20)

// lineReader reads an archive line by line, gzip-compressed or not, without
// a limit on a line's length other than MaxLine, and counts the bytes read
// from the file for the progress bar.
type lineReader struct {
	r *bufio.Reader
	// max is MaxLine but for tests.
	max   int
	raw   countingReader
	taken int64
	// n is the 1-based number of the line last read.
	n int
}

var gzipMagic = []byte{0x1f, 0x8b}

// newLineReader recognises gzip by its magic number rather than by the
// name, so compressed standard input works too.
func newLineReader(r io.Reader) (*lineReader, error) {
	l := &lineReader{raw: countingReader{r: r}, max: MaxLine}
	br := bufio.NewReaderSize(&l.raw, 64<<10)
	l.r = br
	if magic, _ := br.Peek(len(gzipMagic)); bytes.Equal(magic, gzipMagic) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		l.r = bufio.NewReaderSize(gz, 64<<10)
	}
	return l, nil
}

// next returns the next line without its line ending (and the first line
// without a byte order mark). A line over l.max comes back empty with
// tooLong set, its bytes read and dropped. At the end it returns io.EOF.
func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !tooLong && len(line)+len(chunk) > l.max {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(line) > 0 || tooLong) {
			err = nil
		}
		if err != nil {
			return nil, false, err
		}
		break
	}
	l.n++
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if l.n == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	return line, tooLong, nil
}

// take returns the bytes read from the file since the last take.
func (l *lineReader) take() int64 {
	n := l.raw.n - l.taken
	l.taken = l.raw.n
	return n
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// problem is an input, or a line of one, that could not be audited. The
// message leaves the place to Path and Line, as load.Problems does.
func problem(path string, line int, err error) finding.Problem {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return finding.Problem{Path: path, Line: line, Message: err.Error()}
}

// where is the place of a problem as editors and compilers write it.
func where(p finding.Problem) string {
	if p.Line < 1 {
		return p.Path
	}
	return fmt.Sprintf("%s:%d", p.Path, p.Line)
}
