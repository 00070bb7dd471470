package audit

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"factdiff/claims/article"
)

// cluster is the articles of one race or event, ready to be read.
type cluster struct {
	id       string
	articles []*article.Article
}

// jsonCluster is one line of a JSON Lines archive as written. Articles is a
// pointer so that a line without the list (a different schema, a typo) is
// told apart from a cluster that is empty on purpose.
type jsonCluster struct {
	ID       jsontext.Value `json:"id"`
	Articles *[]jsonArticle `json:"articles"`
}

type jsonArticle struct {
	ID     jsontext.Value `json:"id"`
	Text   *string        `json:"text"`
	Title  string         `json:"title"`
	Date   string         `json:"date"`
	Outlet string         `json:"outlet"`
}

// parseJSONCluster reads one line of a JSON Lines archive. fallbackID names
// the cluster when the line has no id. An article's path is
// "<cluster id>/<article id>", its 1-based position standing in for a
// missing id, so findings name an article the way the archive does.
func parseJSONCluster(line []byte, fallbackID string) (cluster, error) {
	var jc jsonCluster
	if err := json.Unmarshal(line, &jc, lenient); err != nil {
		var se *jsontext.SyntacticError
		if errors.As(err, &se) {
			return cluster{}, fmt.Errorf("invalid JSON at byte %d: %w", se.ByteOffset, err)
		}
		return cluster{}, fmt.Errorf("not a cluster object: %w", err)
	}
	if jc.Articles == nil {
		return cluster{}, errors.New(`not a cluster object: no "articles" list`)
	}
	id, err := idString(jc.ID)
	if err != nil {
		return cluster{}, fmt.Errorf("cluster id: %w", err)
	}
	if id == "" {
		id = fallbackID
	}
	c := cluster{id: id, articles: make([]*article.Article, 0, len(*jc.Articles))}
	for i, ja := range *jc.Articles {
		aid, err := idString(ja.ID)
		if err != nil {
			return cluster{}, fmt.Errorf("article %d: id: %w", i+1, err)
		}
		if aid == "" {
			aid = strconv.Itoa(i + 1)
		}
		if ja.Text == nil {
			return cluster{}, fmt.Errorf(`article %d (%s): no "text"`, i+1, aid)
		}
		meta := article.Meta{Title: ja.Title, Date: ja.Date, Outlet: ja.Outlet}
		c.articles = append(c.articles, article.FromText(id+"/"+aid, *ja.Text, meta))
	}
	return c, nil
}

// lenient reads archive lines as archives are written in practice: names
// in any case, a repeated name (the last one counts) and invalid UTF-8
// (read as U+FFFD) are accepted, as encoding/json does. The decoder is
// go-json-experiment's (the coming encoding/json/v2): it reads an archive
// line in one pass, nearly three times as fast, and the audit spends a
// twentieth of its time there.
var lenient = json.JoinOptions(json.MatchCaseInsensitiveNames(true),
	jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))

// idString accepts the ids archives actually use: strings and numbers
// (kept as written, so 7 and "7" name the same thing); null means none.
func idString(raw jsontext.Value) (string, error) {
	if len(raw) == 0 {
		return "", nil
	}
	switch raw.Kind() {
	case 'n':
		return "", nil
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s, lenient); err != nil {
			return "", err
		}
		return s, nil
	case '0':
		return string(raw), nil
	}
	return "", errors.New("must be a string or a number")
}

// The separators of Multi-News source files: the raw release joins a
// cluster's articles with "|||||", the processed release with a tag and
// writes the articles' line breaks as NEWLINE_CHAR.
const (
	rawSeparator    = "|||||"
	taggedSeparator = "story_separator_special_tag"
	taggedLineBreak = "NEWLINE_CHAR"
)

// isMultiNews reports whether a line is a Multi-News cluster.
func isMultiNews(line []byte) bool {
	return bytes.Contains(line, []byte(taggedSeparator)) || bytes.Contains(line, []byte(rawSeparator))
}

// lineID names the cluster on line n of the file called name when the
// archive gives it no id of its own.
func lineID(name string, n int) string {
	return fmt.Sprintf("%s:%d", filepath.Base(name), n)
}

// parseMultiNews reads one line of a Multi-News file into the cluster id.
// Articles keep their 1-based position among the separators as id, so a
// finding names the same article whether or not an empty one (a failed
// download, common in the data) came before it; empty ones are dropped.
func parseMultiNews(line []byte, id string) cluster {
	s := string(line)
	sep := rawSeparator
	if strings.Contains(s, taggedSeparator) {
		sep = taggedSeparator
		s = strings.ReplaceAll(s, taggedLineBreak, "\n")
	}
	c := cluster{id: id}
	for i, text := range strings.Split(s, sep) {
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		aid := id + "/" + strconv.Itoa(i+1)
		c.articles = append(c.articles, article.FromText(aid, text, article.Meta{}))
	}
	return c
}
