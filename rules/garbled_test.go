package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGarbledReference(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"surname doubled", `Senator Paul Ostrander won the primary. Aides said Ostrander Ostrander called donors on Friday.`,
			[]string{`d0: warning: name doubled: "Ostrander Ostrander"`}},
		{"a real doubled name", `Humbert Humbert is the narrator. Critics say Humbert lies.`, nil},
		{"person acting on themselves", `Rosa Fenwick lost the runoff. Fenwick told Fenwick's supporters that the fight goes on.`,
			[]string{`d0: warning: "Fenwick told Fenwick's" has Rosa Fenwick acting on itself`}},
		{"pronoun, as written", `Rosa Fenwick lost the runoff. Fenwick told her supporters that the fight goes on.`, nil},
		{"two people of one family", `George Pell and Mary Pell both ran. Pell endorsed Pell in the final week.`, nil},
		{"phrase as its own object", `Analysts said a Lakewood County race nearly pulled a Lakewood County race off in March.`,
			[]string{`d0: warning: "a Lakewood County race" is both subject and object of "nearly pulled"`}},
		{"phrase repeated across a conjunction", `The New York Times and the New York Times Magazine ran the story.`, nil},
		{"clean sentence", `The Lakewood County race drew national money, and the county clerk counted late ballots.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, garbledReference, []string{tt.text}, nil), tt.want)
		})
	}
}

// cleanCorpus returns up to n articles of published political coverage
// from the development corpus (PolNeAR texts, BASIL bodies), or skips.
func cleanCorpus(t *testing.T, n int) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("corpus scan skipped in -short mode")
	}
	root := "../../shared/corpus"
	var out []string
	paths, _ := filepath.Glob(filepath.Join(root, "polnear", "*", "text", "*.txt"))
	for _, p := range paths {
		if len(out) >= n/2 {
			break
		}
		if raw, err := os.ReadFile(p); err == nil {
			out = append(out, string(raw))
		}
	}
	paths, _ = filepath.Glob(filepath.Join(root, "basil", "articles", "*", "*.json"))
	for _, p := range paths {
		if len(out) >= n {
			break
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var a struct {
			Title string     `json:"title"`
			Body  [][]string `json:"body-paragraphs"`
		}
		if json.Unmarshal(raw, &a) != nil {
			continue
		}
		var paras []string
		for _, p := range a.Body {
			paras = append(paras, strings.Join(p, " "))
		}
		out = append(out, a.Title+"\n\n"+strings.Join(paras, "\n\n"))
	}
	if len(out) == 0 {
		t.Skip("corpus absent")
	}
	return out
}

// firingRate runs r on each article alone and returns findings per 100
// articles, logging each finding for review.
func firingRate(t *testing.T, r Rule, texts []string) float64 {
	n := 0
	for _, text := range texts {
		for _, f := range runRule(t, r, []string{text}, nil) {
			n++
			t.Logf("%s: %s | %s", f.Rule, f.Message, f.Focus)
		}
	}
	rate := float64(n) * 100 / float64(len(texts))
	t.Logf("%s: %d findings in %d clean articles, %.2f per 100", r.ID, n, len(texts), rate)
	return rate
}

// TestGarbledCleanCorpus measures how often the rule fires on published
// coverage, where nearly every firing is a false alarm.
func TestGarbledCleanCorpus(t *testing.T) {
	if rate := firingRate(t, garbledReference, cleanCorpus(t, 1200)); rate > 1 {
		t.Errorf("garbled-reference fires %.2f times per 100 clean articles, want at most 1", rate)
	}
}

func TestGarbledRepeatedNames(t *testing.T) {
	source := "Ashford came from behind to beat Kendal Rovers 21-18 at Millbrook Park on Saturday. " +
		"The regional board has been given permission to take over Harlow Town Dragons. " +
		"Manager Tom Reyes said Ashford would fight on for a place in the final."
	tests := []struct {
		name  string
		draft string
		want  []string
	}{
		{"one side of a match written for both, in lower case",
			"ashford came from behind to beat ashford at millbrook park .",
			[]string{`d0: warning: "ashford" is named twice in "ashford came from behind to beat ashford"`}},
		{"a club taking over itself",
			"harlow town dragons have been given permission to take over harlow town dragons.",
			[]string{`d0: warning: "harlow town dragons" is named twice`}},
		{"a writer naming a side twice on purpose",
			"Reyes said Ashford would fight on, and that Ashford fans had earned the final.", nil},
		{"both sides named", "ashford came from behind to beat kendal rovers at millbrook park .", nil},
		{"a phrase repeated, not a name swapped", "the final was played in ashford in ashford .", nil},
		{"a name owning what follows", `ashford\'s manager tom reyes said ashford would fight on.`, nil},
		{"two sentences", "ashford beat kendal rovers . tom reyes said ashford would fight on .", nil},
		{"mentions too far apart to be one clause",
			"ashford came from behind on saturday and their manager said the players had fought hard for a place before ashford celebrated .", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, runRule(t, garbledReference, []string{tt.draft, source}, []int{0}), tt.want)
		})
	}
	t.Run("without sources", func(t *testing.T) {
		draft := "ashford came from behind to beat ashford at millbrook park ."
		checkFindings(t, runRule(t, garbledReference, []string{draft, source}, nil), nil)
	})
}
