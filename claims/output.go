package claims

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonDocument is one document in the claims contract (spec/claims.md).
type jsonDocument struct {
	Path     string   `json:"path"`
	Title    string   `json:"title,omitempty"`
	Date     string   `json:"date,omitempty"`
	Entities []Entity `json:"entities"`
	Claims   []Claim  `json:"claims"`
	Quotes   []Quote  `json:"quotes"`
}

// WriteJSON writes documents in the claims contract, with the inputs that
// could not be read listed under "errors".
func WriteJSON(w io.Writer, docs []*Document, problems []error) error {
	out := struct {
		Version   int            `json:"version"`
		Documents []jsonDocument `json:"documents"`
		Errors    []string       `json:"errors,omitempty"`
	}{Version: 1, Documents: []jsonDocument{}}
	for _, d := range docs {
		out.Documents = append(out.Documents, jsonDocument{
			Path:     d.Path,
			Title:    d.Meta.Title,
			Date:     d.Meta.Date,
			Entities: nonNil(d.Entities),
			Claims:   nonNil(d.Claims),
			Quotes:   nonNil(d.Quotes),
		})
	}
	for _, p := range problems {
		out.Errors = append(out.Errors, p.Error())
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteText writes what was read for a person to skim: one line per figure
// and quotation, with its place in the file.
func WriteText(w io.Writer, docs []*Document) error {
	var b strings.Builder
	for i, d := range docs {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s: %d figures, %d quotations, %d entities\n", d.Path, len(d.Claims), len(d.Quotes), len(d.Entities))
		for _, e := range d.Entities {
			fmt.Fprintf(&b, "  entity  %s (%s", e.Name, e.Kind)
			if e.Party != "" {
				fmt.Fprintf(&b, ", %s", e.Party)
			}
			fmt.Fprintf(&b, ") aka %s\n", strings.Join(e.Aliases, ", "))
		}
		for _, c := range d.Claims {
			fmt.Fprintf(&b, "  %d:%d  %-8s %-24q %s", c.Location.Line, c.Location.Column, c.Kind, c.Text, interval(c))
			if c.Entity != "" || c.Measure != "" {
				fmt.Fprintf(&b, "  %s of %s", c.Measure, orDash(c.Entity))
			}
			if c.Time != "" {
				fmt.Fprintf(&b, " (%s)", c.Time)
			}
			b.WriteByte('\n')
		}
		for _, q := range d.Quotes {
			fmt.Fprintf(&b, "  %d:%d  quote    %s: %q\n", q.Location.Line, q.Location.Column, orDash(q.Speaker), ellipsize(q.Text, 90))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// interval shows what the wording allows: "=47.3 [47.25, 47.35]", "date 2019-11-05".
func interval(c Claim) string {
	if c.Date != "" {
		return "date " + c.Date
	}
	bound := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%g", *p)
	}
	s := ""
	if c.Value != nil {
		s = fmt.Sprintf("=%g", *c.Value)
	}
	s += " [" + bound(c.Low) + ", " + bound(c.High) + "]"
	if c.Hedge != "" && c.Hedge != "none" {
		s += " " + c.Hedge
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func ellipsize(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "..."
}
