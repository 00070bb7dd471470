// Package reports turns a finding.Report into what people and tools read:
// a terminal report with word-level diffs, the JSON contract, SARIF for code
// scanning, a self-contained HTML page, and one line per finding for editors.
//
// It only presents: it never decides what is wrong, never reorders findings
// other than by the contract's sort, and never lets article text (untrusted
// input) reach a terminal as control sequences or a page as markup.
package reports

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/mattn/go-isatty"

	"factdiff/finding"
)

// Options chooses the format and how it looks.
type Options struct {
	Format  string // text (default), json, sarif, html, line
	Color   bool   // decided by the caller per stream with ColorFor
	Context string // "trim" (default) or "full": trim long sentences around the difference
	Facts   bool   // text and html: print the fact sheet (Report.Facts)
	WorkDir string // SARIF: paths relative to it
	Version string // tool version for SARIF
	// InformationURI is where SARIF viewers send people to read about the
	// tool; it is left out when empty rather than pointing somewhere made up.
	InformationURI string
}

var writers = map[string]func(*bufio.Writer, finding.Report, Options) error{
	"text":  writeText,
	"json":  writeJSON,
	"sarif": writeSARIF,
	"html":  writeHTML,
	"line":  writeLines,
}

// Formats lists the names Options.Format accepts, for usage messages.
func Formats() []string {
	return []string{"text", "json", "sarif", "html", "line"}
}

// Write renders r to w in o.Format. Findings are sorted again here so the
// bytes depend only on the report's content, not on how it was assembled.
func Write(w io.Writer, r finding.Report, o Options) error {
	format := o.Format
	if format == "" {
		format = "text"
	}
	write, ok := writers[format]
	if !ok {
		return fmt.Errorf("reports: unknown format %q (want one of %v)", o.Format, Formats())
	}
	if o.Context != "" && o.Context != "trim" && o.Context != "full" {
		return fmt.Errorf("reports: unknown context %q (want trim or full)", o.Context)
	}
	r.Findings = sortedFindings(r.Findings)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw, r, o); err != nil {
		return fmt.Errorf("reports: writing %s: %w", format, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("reports: writing %s: %w", format, err)
	}
	return nil
}

// sortedFindings returns a sorted copy, leaving the caller's slice alone,
// with every Evidence list non-nil so JSON shows [] rather than null.
func sortedFindings(fs []finding.Finding) []finding.Finding {
	out := slices.Clone(fs)
	if out == nil {
		out = []finding.Finding{}
	}
	for i := range out {
		if out[i].Evidence == nil {
			out[i].Evidence = []finding.Evidence{}
		}
	}
	finding.Sort(out)
	return out
}

// ColorFor decides colour for one stream: mode "auto"|"always"|"never"; auto
// is on only when f is a terminal and NO_COLOR is unset/empty and TERM !=
// "dumb". An explicit "always" wins over NO_COLOR, as the NO_COLOR convention
// asks of command-line flags. Any other mode is treated as auto.
func ColorFor(f *os.File, mode string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if f == nil || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fd := f.Fd()
	return isatty.IsTerminal(fd) || isatty.IsCygwinTerminal(fd)
}
