package article

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"factdiff/claims/ascii"
	"factdiff/claims/textmap"
)

// droppedNames are elements whose content is never article prose: code,
// page furniture (navigation, headers, asides, forms) and embedded media.
var droppedNames = [...]string{"script", "style", "noscript", "template", "nav",
	"header", "footer", "aside", "form", "svg", "iframe", "button", "title",
	"select", "textarea", "object", "canvas", "audio", "video", "math"}

// droppedHTML numbers droppedNames from 1, so that 0 means "not dropped".
var droppedHTML = func() map[string]int {
	m := make(map[string]int, len(droppedNames))
	for i, n := range droppedNames {
		m[n] = i + 1
	}
	return m
}()

// blockHTML holds elements that end a paragraph where they open or close.
var blockHTML = ascii.Set("address", "article", "blockquote", "body", "caption",
	"center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
	"figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr",
	"legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
	"table", "tbody", "tfoot", "thead", "tr", "ul")

// cellHTML holds table cells, which separate words without ending a line.
var cellHTML = ascii.Set("td", "th")

// tokens walks an HTML document one token at a time, tracking each token's
// byte range and whether it lies inside a dropped element. It keeps counts,
// not a stack of open elements, so deep or broken nesting costs nothing.
type tokens struct {
	z        *html.Tokenizer
	typ      html.TokenType
	name     []byte                     // lower-case tag name of a tag token
	from, to int                        // the token's bytes in the source
	open     [len(droppedNames) + 1]int // how many of each dropped element are open
	dropped  int                        // how many dropped elements are open
}

func newTokens(src string, at int) *tokens {
	return &tokens{z: html.NewTokenizer(strings.NewReader(src[at:])), to: at}
}

func (t *tokens) next() bool {
	t.typ = t.z.Next()
	if t.typ == html.ErrorToken {
		return false
	}
	t.from, t.to = t.to, t.to+len(t.z.Raw())
	t.name = nil
	if t.typ == html.StartTagToken || t.typ == html.EndTagToken || t.typ == html.SelfClosingTagToken {
		t.name, _ = t.z.TagName()
	}
	d := droppedHTML[string(t.name)]
	switch {
	case t.typ == html.StartTagToken && d > 0:
		t.open[d]++
		t.dropped++
	case t.typ == html.EndTagToken && t.open[d] > 0:
		t.open[d]--
		t.dropped--
	case t.typ == html.EndTagToken && (string(t.name) == "body" || string(t.name) == "html"):
		t.open = [len(t.open)]int{}
		t.dropped = 0
	}
	return true
}

func (t *tokens) is(typ html.TokenType, name string) bool {
	return t.typ == typ && string(t.name) == name
}

// region is a candidate container of the article: an outermost <article>
// or <main> element, with how much visible text it holds.
type region struct{ from, to, text int }

// htmlScan is what a first pass over the page learns: the metadata and the
// containers the article text could be in.
type htmlScan struct {
	meta                    Meta
	ogTitle, titleTag, time string
	articles, mains         []region
}

// parseHTML takes the text of the page's <article> (the one with most text
// if there are several), else its <main>, else everything, leaving out the
// elements in droppedHTML.
func parseHTML(src string) (textmap.Text, Meta) {
	at := 0
	if strings.HasPrefix(src, bom) {
		at = len(bom)
	}
	scan := scanHTML(src, at)
	r := region{from: at, to: len(src)}
	if best, ok := richest(scan.articles); ok {
		r = best
	} else if best, ok := richest(scan.mains); ok {
		r = best
	}
	return htmlText(src, at, r), scan.meta
}

func richest(rs []region) (region, bool) {
	best := region{}
	for _, r := range rs {
		if r.text > best.text {
			best = r
		}
	}
	return best, best.text > 0
}

func scanHTML(src string, at int) htmlScan {
	var s htmlScan
	t := newTokens(src, at)
	var inArticle, inMain int
	inTitle := false
	for t.next() {
		switch t.typ {
		case html.TextToken:
			if inTitle && s.titleTag == "" {
				s.titleTag = strings.Join(strings.Fields(string(t.z.Text())), " ")
			}
			if t.dropped == 0 {
				n := visible(src[t.from:t.to])
				addText(s.articles, inArticle, n)
				addText(s.mains, inMain, n)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			s.tagMeta(t)
			inTitle = t.is(html.StartTagToken, "title") && t.dropped == 1 // not an <svg> icon's title
			if t.dropped == 0 && t.typ == html.StartTagToken {
				s.articles = openRegion(s.articles, &inArticle, t, "article")
				s.mains = openRegion(s.mains, &inMain, t, "main")
			}
		case html.EndTagToken:
			inTitle = false
			if t.dropped == 0 {
				closeRegion(s.articles, &inArticle, t, "article")
				closeRegion(s.mains, &inMain, t, "main")
			}
		}
	}
	s.meta.Title = s.ogTitle
	if s.meta.Title == "" {
		s.meta.Title = s.titleTag
	}
	if s.meta.Date == "" {
		s.meta.Date = s.time
	}
	return s
}

func openRegion(rs []region, depth *int, t *tokens, name string) []region {
	if string(t.name) != name {
		return rs
	}
	*depth++
	if *depth == 1 {
		rs = append(rs, region{from: t.from, to: -1})
	}
	return rs
}

func closeRegion(rs []region, depth *int, t *tokens, name string) {
	if string(t.name) != name || *depth == 0 {
		return
	}
	*depth--
	if *depth == 0 {
		rs[len(rs)-1].to = t.to
	}
}

func addText(rs []region, depth, n int) {
	if depth > 0 {
		rs[len(rs)-1].text += n
	}
}

// visible counts the bytes of s that are not HTML whitespace.
func visible(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(s[i]) {
			n++
		}
	}
	return n
}

// tagMeta records the metadata a tag carries: Open Graph and article meta
// properties, and the first <time datetime> outside dropped elements.
func (s *htmlScan) tagMeta(t *tokens) {
	isTime := string(t.name) == "time"
	if string(t.name) != "meta" && !(isTime && t.dropped == 0) {
		return
	}
	var prop, content, datetime string
	for more := true; more; {
		var k, v []byte
		k, v, more = t.z.TagAttr()
		switch string(k) {
		case "property", "name":
			prop = string(bytes.ToLower(v))
		case "content":
			content = strings.TrimSpace(string(v))
		case "datetime":
			datetime = strings.TrimSpace(string(v))
		}
	}
	first := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	switch {
	case isTime:
		first(&s.time, datetime)
	case prop == "og:title":
		first(&s.ogTitle, content)
	case prop == "og:site_name":
		first(&s.meta.Outlet, content)
	case prop == "article:published_time":
		first(&s.meta.Date, content)
	}
}

// htmlText is the prose of region r: text outside dropped elements, with
// whitespace runs collapsed to one space and block elements turned into
// paragraph breaks. A single <br> is a line break inside a paragraph, as
// browsers show it; two in a row are how many pages separate paragraphs.
func htmlText(src string, at int, r region) textmap.Text {
	if r.to < 0 {
		r.to = len(src)
	}
	w := newWriter(src, r.to-r.from)
	t := newTokens(src, at)
	for t.next() && t.from < r.to {
		if t.from < r.from {
			continue
		}
		switch t.typ {
		case html.TextToken:
			if t.dropped == 0 {
				htmlRun(w, src[:t.to], t.from)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			switch {
			case string(t.name) == "br":
				w.lineBreak(t.from, t.to)
			case blockHTML[string(t.name)] || droppedHTML[string(t.name)] > 0:
				w.brk(sepParagraph, t.from, t.to)
			case cellHTML[string(t.name)]:
				w.brk(sepSpace, t.from, t.to)
			}
		}
	}
	return w.text()
}

// htmlRun writes the text src[i:], decoding character references.
func htmlRun(w *writer, src string, i int) {
	for i < len(src) {
		c := src[i]
		switch {
		case isHTMLSpace(c):
			j := i + 1
			for j < len(src) && isHTMLSpace(src[j]) {
				j++
			}
			w.brk(sepSpace, i, j)
			i = j
		case c == '&':
			if s, n := entity(src, i); n > 0 {
				w.replace(i, i+n, s)
				i += n
				continue
			}
			w.copy(i, "&")
			i++
		default:
			j := i + 1
			for j < len(src) && src[j] != '&' && !isHTMLSpace(src[j]) {
				j++
			}
			w.copy(i, src[i:j])
			i = j
		}
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
