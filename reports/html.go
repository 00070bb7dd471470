package reports

import (
	"bufio"
	_ "embed"
	"html/template"
	"strings"

	"factdiff/finding"
)

// The page is one file with its style inline and no script or outside URL,
// so it can be mailed, archived or opened offline and shows the same.
//
//go:embed report.html
var pageSource string

var page = template.Must(template.New("report").Funcs(template.FuncMap{"plural": plural}).Parse(pageSource))

type htmlPage struct {
	Summary  summary
	Problems []htmlProblem
	Groups   []htmlGroup
	Facts    []htmlFact
}

type htmlProblem struct{ Where, Message string }

type htmlGroup struct {
	Path     string
	Findings []htmlFinding
}

type htmlFinding struct {
	Where, Severity, Rule, Message, Entity string
	// Flagged is shown alone when there is no evidence to compare with.
	Flagged  []htmlSpan
	Evidence []htmlComparison
}

// htmlComparison is one row: the flagged text beside one piece of evidence,
// each side showing only its own words.
type htmlComparison struct {
	Where            string
	Flagged, Against []htmlSpan
}

// htmlSpan is a stretch of text and how to mark it: "ins", "del", "mark" or
// "" for plain text. The template, not this code, writes the tags, so
// article text only ever reaches the page escaped.
type htmlSpan struct{ Tag, Text string }

type htmlFact struct{ What, Text, Sources string }

func writeHTML(w *bufio.Writer, r finding.Report, o Options) error {
	p := htmlPage{Summary: summarize(r)}
	for _, pr := range r.Problems {
		p.Problems = append(p.Problems, htmlProblem{problemPosition(pr), pr.Message})
	}
	for _, f := range r.Findings {
		if n := len(p.Groups); n == 0 || p.Groups[n-1].Path != f.Location.Path {
			p.Groups = append(p.Groups, htmlGroup{Path: f.Location.Path})
		}
		g := &p.Groups[len(p.Groups)-1]
		g.Findings = append(g.Findings, htmlFindingOf(f, o))
	}
	if o.Facts {
		for _, f := range r.Facts {
			p.Facts = append(p.Facts, htmlFactOf(f))
		}
	}
	return page.Execute(w, p)
}

func htmlFindingOf(f finding.Finding, o Options) htmlFinding {
	hf := htmlFinding{
		Where: position(f.Location), Severity: f.Severity.String(), Rule: f.Rule,
		Message: f.Message, Entity: f.Entity,
	}
	if len(f.Evidence) == 0 {
		hf.Flagged = htmlSide(flaggedText(f, o), removed)
		return hf
	}
	for i := range f.Evidence {
		hc := htmlComparison{Where: position(f.Evidence[i].Location)}
		if c := compare(f, &f.Evidence[i], o); c.diff != nil {
			hc.Flagged, hc.Against = htmlSide(c.diff, removed), htmlSide(c.diff, added)
		} else {
			hc.Flagged, hc.Against = htmlSide(c.flagged, removed), htmlSide(c.evidence, added)
		}
		hf.Evidence = append(hf.Evidence, hc)
	}
	return hf
}

// htmlSide keeps the edits of one side of a diff (leaving out the other
// side's kind) as marked spans.
func htmlSide(es []edit, other editKind) []htmlSpan {
	var out []htmlSpan
	for _, e := range es {
		if e.kind == other {
			continue
		}
		tag := ""
		switch e.kind {
		case removed:
			tag = "del"
		case added:
			tag = "ins"
		case focused:
			tag = "mark"
		}
		out = append(out, htmlSpan{tag, strings.ToValidUTF8(e.text, "\uFFFD")})
	}
	return out
}

func htmlFactOf(f finding.Fact) htmlFact {
	what := f.Measure
	if f.Entity != "" {
		what = f.Entity + ", " + what
	}
	srcs := make([]string, len(f.Sources))
	for i, s := range f.Sources {
		srcs[i] = position(s.Location)
	}
	return htmlFact{What: what, Text: f.Text, Sources: strings.Join(srcs, ", ")}
}
