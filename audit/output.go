package audit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
)

// TopOutlets is how many outlets the text and HTML summaries list.
const TopOutlets = 15

// writer writes audited clusters as they come, in order, flushing after
// each so that a consumer downstream sees findings while the audit runs.
type writer struct {
	bw       *bufio.Writer
	sink     sink
	s        *Summary
	progress *progress
}

// sink is one output format.
type sink interface {
	begin() error
	cluster(r *result) error
	end(s *Summary) error
}

func newSink(format string, w io.Writer) sink {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return jsonlSink{enc}
	case "html":
		return htmlSink{w}
	case "text":
		return textSink{w}
	}
	return nil
}

func (w *writer) begin() error {
	if err := w.sink.begin(); err != nil {
		return err
	}
	return w.flush()
}

func (w *writer) cluster(r *result) error {
	w.s.add(r)
	if err := w.sink.cluster(r); err != nil {
		return err
	}
	w.progress.add(r, w.s)
	return w.flush()
}

func (w *writer) end() error {
	w.s.finish()
	w.progress.finish()
	if err := w.sink.end(w.s); err != nil {
		return err
	}
	return w.flush()
}

func (w *writer) flush() error {
	if err := w.bw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// jsonlSink writes one finding per line, then {"summary": ...}.
type jsonlSink struct{ enc *json.Encoder }

func (jsonlSink) begin() error { return nil }

func (j jsonlSink) cluster(r *result) error {
	for _, f := range r.findings {
		if err := j.enc.Encode(f); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}

func (j jsonlSink) end(s *Summary) error {
	if err := j.enc.Encode(struct {
		Summary *Summary `json:"summary"`
	}{s}); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// textSink writes one finding per line, as compilers do, then the summary.
type textSink struct{ w io.Writer }

func (textSink) begin() error { return nil }

func (t textSink) cluster(r *result) error {
	for _, f := range r.findings {
		l := f.Location
		fmt.Fprintf(t.w, "%s:%d:%d: %s: %s [%s]\n", oneLine(l.Path), l.Line, l.Column, f.Severity, oneLine(f.Message), f.Rule)
	}
	return nil
}

func (t textSink) end(s *Summary) error {
	return writeSummaryText(t.w, s)
}

// writeSummaryText writes the summary for a person at a terminal.
func writeSummaryText(w io.Writer, s *Summary) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\naudit: %d clusters, %d articles, %d claims\n", s.Clusters, s.Documents, s.Claims)
	fmt.Fprintf(tw, "findings: %d (%d errors, %d warnings, %d infos)\n", s.Findings, s.Errors, s.Warnings, s.Infos)
	fmt.Fprintf(tw, "skipped: %d\n", s.Skipped)
	for _, p := range s.Problems {
		fmt.Fprintf(tw, "  %s: %s\n", oneLine(where(p)), oneLine(p.Message))
	}
	if s.Shard != "" {
		fmt.Fprintf(tw, "shard: %s\n", s.Shard)
	}
	if s.Interrupted {
		fmt.Fprintf(tw, "interrupted: the clusters above were audited, the rest were not\n")
	}
	if len(s.ByRule) > 0 {
		fmt.Fprintf(tw, "\nby rule\n")
		for _, c := range ranked(s.ByRule, 0) {
			fmt.Fprintf(tw, "  %s\t%d\t%s\n", c.Name, c.N, severities(s.RuleSeverity[c.Name]))
		}
		fmt.Fprintf(tw, "\nby outlet\n")
		for _, c := range ranked(s.ByOutlet, TopOutlets) {
			fmt.Fprintf(tw, "  %s\t%d\n", oneLine(c.Name), c.N)
		}
	}
	if len(s.Conflicts) > 0 {
		fmt.Fprintf(tw, "\nmost often in conflict\n")
		for _, c := range s.Conflicts {
			fmt.Fprintf(tw, "  %s\t%s\t%d\n", oneLine(c.Entity), c.Rule, c.Findings)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// severities says how a rule's findings split, most serious first.
func severities(m map[string]int) string {
	var parts []string
	for _, sev := range []string{"error", "warning", "info"} {
		if m[sev] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[sev], sev))
		}
	}
	return strings.Join(parts, ", ")
}

// oneLine keeps a message on its line and out of the terminal's control,
// whatever an article put in it (line breaks, escape sequences).
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
