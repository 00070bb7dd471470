// Package group sorts article files into races, the sets of articles that
// are checked against each other: by directory unless the configuration
// groups them by front matter or by globs. The pre-commit hook uses it to
// find, for each staged article, the rest of its race on disk. It reads
// front matter only when the configuration asks for it and never checks
// anything.
package group

import (
	"os"
	"path/filepath"
	"sort"

	"factdiff/claims/article"
	"factdiff/config"
	"factdiff/load"
)

// Race is one group of articles; Staged marks the members under check.
type Race struct {
	Key    string
	Paths  []string
	Staged map[string]bool
}

// Around returns the races of the staged articles, each with all its
// members on disk, in key order. Paths that are not articles are left out.
func Around(staged []string, cfg *config.Config) []Race {
	var articles []string
	for _, p := range staged {
		if load.IsArticle(p) {
			articles = append(articles, p)
		}
	}
	if len(articles) == 0 {
		return nil
	}
	var pool []string
	if byDirectory(cfg) {
		pool = siblings(articles)
	} else {
		pool = load.Expand([]string{base(cfg)})
	}
	marked := map[string]bool{}
	for _, p := range articles {
		marked[filepath.Clean(p)] = true
	}
	var out []Race
	for _, r := range sortInto(append(pool, articles...), cfg) {
		for _, p := range r.Paths {
			if marked[p] {
				r.Staged[p] = true
			}
		}
		if len(r.Staged) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// All returns every race of the articles under root, in key order.
func All(root string, cfg *config.Config) []Race {
	return sortInto(load.Expand([]string{root}), cfg)
}

// byDirectory says whether a race is always one directory, so that only the
// staged articles' directories need reading.
func byDirectory(cfg *config.Config) bool {
	return len(cfg.Groups) == 0 && cfg.By != config.ByFrontMatter
}

// base is where a configuration's globs and front-matter races are looked
// for: its own directory, or the working directory without one.
func base(cfg *config.Config) string {
	if cfg.Path != "" {
		return filepath.Dir(cfg.Path)
	}
	return "."
}

// siblings lists the articles in the directories of paths.
func siblings(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		dir := filepath.Dir(p)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue // the staged file itself reports the problem when read
		}
		for _, e := range entries {
			if !e.IsDir() && load.IsArticle(e.Name()) {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	return out
}

// sortInto groups paths (duplicates dropped) by their race key.
func sortInto(paths []string, cfg *config.Config) []Race {
	byKey := map[string]*Race{}
	seen := map[string]bool{}
	for _, p := range paths {
		p = filepath.Clean(p)
		if seen[p] {
			continue
		}
		seen[p] = true
		meta := ""
		if cfg.By == config.ByFrontMatter {
			if a, err := article.Read(p, nil); err == nil {
				meta = a.Meta.Race
			}
		}
		k := cfg.Group(p, meta)
		if byKey[k] == nil {
			byKey[k] = &Race{Key: k, Staged: map[string]bool{}}
		}
		byKey[k].Paths = append(byKey[k].Paths, p)
	}
	out := make([]Race, 0, len(byKey))
	for _, r := range byKey {
		sort.Strings(r.Paths)
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}
