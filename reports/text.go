package reports

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/fatih/color"

	"factdiff/finding"
)

// palette holds the colours of one text report. They are made per call and
// switched on or off explicitly, because fatih/color's global switch looks
// at stdout only and a report may go to stderr or a file.
type palette struct {
	on                            bool
	removed, added                *color.Color
	focus, path, rule             *color.Color
	errorSev, warningSev, infoSev *color.Color
}

func newPalette(on bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		on:         on,
		removed:    mk(color.FgRed, color.Bold, color.CrossedOut),
		added:      mk(color.FgGreen, color.Bold),
		focus:      mk(color.Bold, color.Underline),
		path:       mk(color.Bold),
		rule:       mk(color.FgCyan),
		errorSev:   mk(color.FgRed, color.Bold),
		warningSev: mk(color.FgYellow, color.Bold),
		infoSev:    mk(color.FgBlue),
	}
}

func (p palette) severity(s finding.Severity) string {
	switch s {
	case finding.Error:
		return p.errorSev.Sprint(s)
	case finding.Warning:
		return p.warningSev.Sprint(s)
	}
	return p.infoSev.Sprint(s)
}

// diff renders edits on one line: colours when on, otherwise the
// [-removed-]{+added+} markers of git's word diff, so the difference stays
// visible in a pipe or a log file.
func (p palette) diff(es []edit) string {
	var b strings.Builder
	for _, e := range es {
		t := clean(e.text)
		switch e.kind {
		case removed:
			if p.on {
				b.WriteString(p.removed.Sprint(t))
			} else {
				b.WriteString("[-" + t + "-]")
			}
		case added:
			if p.on {
				b.WriteString(p.added.Sprint(t))
			} else {
				b.WriteString("{+" + t + "+}")
			}
		case focused:
			b.WriteString(p.focus.Sprint(t))
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

func writeText(w *bufio.Writer, r finding.Report, o Options) error {
	p := newPalette(o.Color)
	fs := r.Findings
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j].Location.Path == fs[i].Location.Path {
			j++
		}
		fmt.Fprintf(w, "%s (%s)\n", p.path.Sprint(clean(fs[i].Location.Path)), plural(j-i, "finding"))
		for _, f := range fs[i:j] {
			w.WriteString("\n")
			writeTextFinding(w, p, f, o)
		}
		w.WriteString("\n")
		i = j
	}
	if o.Facts && len(r.Facts) > 0 {
		writeFacts(w, p, r.Facts)
	}
	writeSummary(w, p, r)
	return nil
}

func writeTextFinding(w *bufio.Writer, p palette, f finding.Finding, o Options) {
	fmt.Fprintf(w, "%s %s %s %s\n", p.path.Sprint(position(f.Location)), p.severity(f.Severity),
		p.rule.Sprint(clean(f.Rule)), clean(f.Message))
	cs := make([]comparison, len(f.Evidence))
	own := len(f.Evidence) == 0
	for i := range f.Evidence {
		cs[i] = compare(f, &f.Evidence[i], o)
		own = own || cs[i].diff == nil
	}
	if es := flaggedText(f, o); own && len(es) > 0 {
		fmt.Fprintf(w, "    %s\n", p.diff(es))
	}
	for i, c := range cs {
		es := c.diff
		if es == nil {
			es = c.evidence
		}
		fmt.Fprintf(w, "    %s  %s\n", p.path.Sprint(position(f.Evidence[i].Location)), p.diff(es))
	}
}

func writeFacts(w *bufio.Writer, p palette, facts []finding.Fact) {
	fmt.Fprintf(w, "%s\n", p.path.Sprint("Fact sheet"))
	for _, f := range facts {
		what := clean(f.Measure)
		if f.Entity != "" {
			what = clean(f.Entity) + ", " + what
		}
		srcs := make([]string, len(f.Sources))
		for i, s := range f.Sources {
			srcs[i] = position(s.Location)
		}
		fmt.Fprintf(w, "    %s: %s (%s)\n", what, clean(f.Text), strings.Join(srcs, ", "))
	}
	w.WriteString("\n")
}

func writeSummary(w *bufio.Writer, p palette, r finding.Report) {
	s := summarize(r)
	fmt.Fprintf(w, "%s, %s read: ", plural(s.Documents, "document"), plural(s.Claims, "claim"))
	if s.Findings == 0 {
		w.WriteString("no findings\n")
	} else {
		fmt.Fprintf(w, "%s (%s, %s, %s)\n", plural(s.Findings, "finding"), p.errorSev.Sprint(plural(s.Errors, "error")),
			p.warningSev.Sprint(plural(s.Warnings, "warning")), p.infoSev.Sprint(plural(s.Infos, "info")))
		parts := make([]string, len(s.ByRule))
		for i, rc := range s.ByRule {
			parts[i] = clean(rc.Rule) + " " + strconv.Itoa(rc.Count)
		}
		fmt.Fprintf(w, "by rule: %s\n", strings.Join(parts, ", "))
	}
	if s.Suppressed > 0 {
		fmt.Fprintf(w, "%s suppressed as checked\n", plural(s.Suppressed, "finding"))
	}
	if s.Baselined > 0 {
		fmt.Fprintf(w, "%s already in the baseline\n", plural(s.Baselined, "finding"))
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(w, "%s could not be read:\n", plural(len(r.Problems), "input"))
		for _, pr := range r.Problems {
			if pr.Path == "" {
				fmt.Fprintf(w, "    %s\n", clean(pr.Message))
				continue
			}
			fmt.Fprintf(w, "    %s: %s\n", p.path.Sprint(problemPosition(pr)), clean(pr.Message))
		}
	}
}

func writeLines(w *bufio.Writer, r finding.Report, _ Options) error {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s: %s: %s: %s\n", position(f.Location), f.Severity, clean(f.Rule), clean(f.Message))
	}
	return nil
}

// summary is the closing count of a report, in every format; its JSON form
// is the contract's "summary".
type summary struct {
	Documents  int         `json:"documents"`
	Claims     int         `json:"claims"`
	Findings   int         `json:"findings"`
	Errors     int         `json:"errors"`
	Warnings   int         `json:"warnings"`
	Infos      int         `json:"infos"`
	Suppressed int         `json:"suppressed,omitempty"`
	Baselined  int         `json:"baselined,omitempty"`
	ByRule     []ruleCount `json:"-"`
}

type ruleCount struct {
	Rule  string
	Count int
}

func summarize(r finding.Report) summary {
	s := summary{Documents: len(r.Documents), Claims: r.Claims, Findings: len(r.Findings), Suppressed: r.Suppressed, Baselined: r.Baselined}
	s.Errors, s.Warnings, s.Infos = finding.Counts(r.Findings)
	by := map[string]int{}
	for _, f := range r.Findings {
		by[f.Rule]++
	}
	for rule, n := range by {
		s.ByRule = append(s.ByRule, ruleCount{rule, n})
	}
	sort.Slice(s.ByRule, func(i, j int) bool { return s.ByRule[i].Rule < s.ByRule[j].Rule })
	return s
}

// position is path:line:col, or the path alone when the line is unknown.
func position(l finding.Location) string {
	if l.Line < 1 {
		return clean(l.Path)
	}
	return fmt.Sprintf("%s:%d:%d", clean(l.Path), l.Line, max(l.Column, 1))
}

func problemPosition(p finding.Problem) string {
	if p.Line < 1 {
		return clean(p.Path)
	}
	return fmt.Sprintf("%s:%d", clean(p.Path), p.Line)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// clean makes untrusted text safe for a terminal and one line long: line
// breaks and tabs become spaces, other control characters (escape sequences
// could recolour or rewrite the terminal) and bidirectional overrides (they
// could make a line read differently from what it says) become U+FFFD, and
// invalid UTF-8 is replaced.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return unicode.ReplacementChar
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
