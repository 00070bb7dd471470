package audit

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"

	"factdiff/finding"
)

// page is a self-contained HTML report: inline CSS and SVG, nothing
// fetched, every text escaped by html/template. It is written in three
// parts so that clusters stream out as they are audited; the summary,
// written last, is shown first by CSS order.
//
//go:embed page.html
var pageHTML string

var page = template.Must(template.New("page").Funcs(template.FuncMap{"where": where}).Parse(pageHTML))

// Chart geometry, in SVG user units.
const (
	labelWidth = 220
	barsWidth  = 360
	barHeight  = 16
	barPitch   = 22
	countGap   = 6
)

type htmlSink struct{ w io.Writer }

func (h htmlSink) begin() error { return h.execute("head", nil) }

func (h htmlSink) cluster(r *result) error {
	if len(r.findings) == 0 {
		return nil
	}
	return h.execute("cluster", struct {
		ID       string
		Findings []finding.Finding
	}{r.id, r.findings})
}

func (h htmlSink) end(s *Summary) error {
	return h.execute("summary", struct {
		*Summary
		Charts                []chart
		LabelWidth, BarHeight int
	}{
		Summary: s,
		Charts: []chart{
			newChart("Findings per rule", ranked(s.ByRule, 0)),
			newChart("Findings per outlet", ranked(s.ByOutlet, TopOutlets)),
		},
		LabelWidth: labelWidth,
		BarHeight:  barHeight,
	})
}

func (h htmlSink) execute(name string, data any) error {
	if err := page.ExecuteTemplate(h.w, name, data); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// chart is a horizontal bar chart, one bar per count, scaled to the
// largest.
type chart struct {
	Title         string
	Width, Height int
	Bars          []bar
}

type bar struct {
	Label                          string
	Count, Y, TextY, Width, CountX int
}

func newChart(title string, counts []count) chart {
	c := chart{Title: title, Width: labelWidth + barsWidth + 60, Height: max(1, len(counts)) * barPitch}
	most := 1
	for _, n := range counts {
		most = max(most, n.N)
	}
	for i, n := range counts {
		w := max(1, n.N*barsWidth/most)
		c.Bars = append(c.Bars, bar{
			Label:  truncate(n.Name, 32),
			Count:  n.N,
			Y:      i*barPitch + (barPitch-barHeight)/2,
			TextY:  i*barPitch + barPitch*3/4,
			Width:  w,
			CountX: labelWidth + w + countGap,
		})
	}
	return c
}

// truncate keeps a chart label within its column.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
