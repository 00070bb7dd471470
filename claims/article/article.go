// Package article turns one input file (plain text, Markdown or HTML) into the
// article prose the rest of factdiff reads, with every byte of that prose
// mapped back to the file's original bytes, plus the metadata the file carries.
//
// It is the only place that knows about file formats and encodings, and the
// gate that refuses what cannot be read as an article (missing, empty, binary,
// not UTF-8, too large). It never modifies a file and never interprets the
// prose: no sentence splitting, no figures, no normalisation of quotes or
// dashes. Markup is dropped; the words are passed on exactly as written.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factdiff/claims/textmap"
)

// MaxSize is the largest input accepted, in bytes. It keeps the offset maps
// (int32) valid and a run's memory bounded; no news article comes near it.
const MaxSize = 32 << 20

// stdinName is the Path of an article read from standard input, so that
// messages and reports say where the text came from instead of a bare "-".
const stdinName = "<stdin>"

// Meta is what a file says about itself, as opposed to what its prose says.
type Meta struct {
	Title, Date, Outlet, Race string
	// Time is Date understood as a point in time; zero when Date is absent or
	// in a form not recognised, so callers can tell "no date" from a date.
	Time time.Time
}

// Article is one input, ready for the claim extractors.
type Article struct {
	// Path is the path as given; standard input is called "<stdin>".
	Path string
	// Raw is the input exactly as read (BOM and CRs kept) so that byte
	// offsets from Body turn into the lines and columns an editor shows.
	Raw []byte
	// Source is Raw as a string, made once: readers slice the original text
	// of every claim from it rather than copy it out of Raw.
	Source string
	// Body is the prose, paragraphs separated by blank lines; its offsets
	// point into Raw.
	Body textmap.Text
	Meta Meta
}

// Error is an input that cannot be read as an article. It prints as one
// line naming the file, so a batch can report it and carry on.
type Error struct {
	Path string
	Line int // 1-based; 0 when the problem is not on one line
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// The reasons an input is refused; tests and callers match them with errors.Is.
var (
	errTooLarge = errors.New("too large")
	errEmpty    = errors.New("empty")
	errBinary   = errors.New("binary data, not text")
	errNotUTF8  = errors.New("not UTF-8")
	errNoText   = errors.New("no article text")
)

// ioError reports an operating-system failure without repeating the path
// that Error already names, while still unwrapping to the *fs.PathError.
type ioError struct {
	op  string
	err *fs.PathError
}

func (e *ioError) Error() string { return e.op + ": " + e.err.Err.Error() }
func (e *ioError) Unwrap() error { return e.err }

// Read reads the file at path, or stdin (os.Stdin when nil) when path is
// "-", and parses it. Standard input has no extension to go by, so it is
// taken as plain text unless it starts like an HTML page.
func Read(path string, stdin io.Reader) (*Article, error) {
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		raw, err := readLimited(stdin)
		if err != nil {
			return nil, &Error{Path: stdinName, Err: fmt.Errorf("cannot read: %w", err)}
		}
		format := formatPlain
		if looksLikeHTML(raw) {
			format = formatHTML
		}
		return parse(stdinName, raw, format)
	}
	raw, err := readFile(path)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	return Parse(path, raw)
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, wrapOS("cannot open", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, wrapOS("cannot read", err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory, not an article")
	}
	if st.Size() > MaxSize {
		return nil, tooLarge(st.Size())
	}
	raw, err := readLimited(f)
	if err != nil {
		return nil, wrapOS("cannot read", err)
	}
	return raw, nil
}

func wrapOS(op string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &ioError{op: op, err: pe}
	}
	return fmt.Errorf("%s: %w", op, err)
}

// readLimited reads at most MaxSize+1 bytes, enough to tell that an input
// (a pipe, a growing file) is too large without holding all of it.
func readLimited(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, MaxSize+1))
}

func tooLarge(n int64) error {
	return fmt.Errorf("%w (%d MB; the limit is %d MB)", errTooLarge, (n+(1<<20)-1)>>20, MaxSize>>20)
}

type format int

const (
	formatPlain format = iota
	formatMarkdown
	formatHTML
)

// Parse reads raw as the contents of path; the format follows the extension:
// .md and .markdown are Markdown, .html and .htm are HTML, anything else is
// plain text. raw is kept as Article.Raw and never modified.
func Parse(path string, raw []byte) (*Article, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return parse(path, raw, formatMarkdown)
	case ".html", ".htm":
		return parse(path, raw, formatHTML)
	}
	return parse(path, raw, formatPlain)
}

// FromText wraps prose that arrived as a string (an article inside a JSON
// Lines archive) as plain text. It cannot fail: the caller has already
// decoded the text, and an empty article simply has no claims.
func FromText(id, text string, meta Meta) *Article {
	if meta.Time.IsZero() {
		meta.Time = parseDate(meta.Date)
	}
	return &Article{Path: id, Raw: []byte(text), Source: text, Body: plainBody(text), Meta: meta}
}

func parse(path string, raw []byte, f format) (*Article, error) {
	if line, err := check(raw); err != nil {
		return nil, &Error{Path: path, Line: line, Err: err}
	}
	src := string(raw)
	a := &Article{Path: path, Raw: raw, Source: src}
	var err error
	switch f {
	case formatMarkdown:
		a.Body, a.Meta, err = parseMarkdown(src)
	case formatHTML:
		a.Body, a.Meta = parseHTML(src)
	default:
		a.Body = plainBody(src)
	}
	if err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, &Error{Path: path, Line: le.line, Err: le.err}
		}
		return nil, &Error{Path: path, Err: err}
	}
	if strings.TrimLeftFunc(a.Body.S, isBlank) == "" {
		return nil, &Error{Path: path, Err: errNoText}
	}
	a.Meta.Time = parseDate(a.Meta.Date)
	return a, nil
}

// lineError is a format parser's complaint about one line of the file.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

const bom = "\uFEFF"

// check refuses inputs that are not UTF-8 text with something in it, and
// says on which line the trouble is when there is one.
func check(raw []byte) (line int, err error) {
	if len(raw) > MaxSize {
		return 0, tooLarge(int64(len(raw)))
	}
	if len(raw) == 0 {
		return 0, errEmpty
	}
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return 0, fmt.Errorf("%w: UTF-16 text; convert it to UTF-8", errNotUTF8)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return lineOf(raw, i), fmt.Errorf("%w (NUL byte)", errBinary)
	}
	if n := controlBytes(raw); n*10 > len(raw) {
		return 0, fmt.Errorf("%w (%d%% control bytes)", errBinary, n*100/len(raw))
	}
	if !utf8.Valid(raw) {
		i := firstInvalid(raw)
		return lineOf(raw, i), fmt.Errorf("%w (invalid byte 0x%02X); convert it to UTF-8, for example with iconv", errNotUTF8, raw[i])
	}
	if len(bytes.TrimLeftFunc(raw, isBlank)) == 0 {
		return 0, fmt.Errorf("%w (only whitespace)", errEmpty)
	}
	return 0, nil
}

// controlBytes counts C0 controls other than the whitespace ones and DEL;
// text has almost none, binary formats are full of them.
func controlBytes(raw []byte) int {
	n := 0
	for _, c := range raw {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			n++
		}
	}
	return n
}

func firstInvalid(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(raw)
}

func lineOf(raw []byte, i int) int { return bytes.Count(raw[:i], []byte{'\n'}) + 1 }

// isBlank tells the characters that leave a text empty when nothing else
// is there: white space and byte-order marks.
func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// plainBody is the text itself minus a leading BOM and the CR of each CRLF.
func plainBody(src string) textmap.Text {
	if !strings.HasPrefix(src, bom) && !strings.Contains(src, "\r\n") {
		return textmap.Identity(src) // nothing to drop: no copy to make
	}
	var b textmap.Builder
	b.Grow(len(src))
	at := 0
	if strings.HasPrefix(src, bom) {
		at = len(bom)
	}
	for at < len(src) {
		i := strings.Index(src[at:], "\r\n")
		if i < 0 {
			b.Copy(at, src[at:])
			break
		}
		b.Copy(at, src[at:at+i])
		at += i + 1
	}
	return b.Text()
}

// looksLikeHTML tells an HTML page on standard input, where there is no
// extension to go by, from prose.
func looksLikeHTML(raw []byte) bool {
	s := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte(bom)), " \t\r\n\f")
	if len(s) > 16 {
		s = s[:16]
	}
	s = bytes.ToLower(s)
	return bytes.HasPrefix(s, []byte("<!doctype html")) || bytes.HasPrefix(s, []byte("<html"))
}

// parseDate understands the date forms found in front matter and HTML meta
// tags; anything else gives the zero time rather than a guess.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	time.RFC1123Z,
	time.RFC1123,
}
