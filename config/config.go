// Package config finds and reads .factdiff.yaml, the settings a newsroom
// repository gives factdiff once: rule severities, numeric tolerances, the
// race sheet and how articles group into races. Reading is strict: an
// unknown key or a bad value is an error naming the file and line, never a
// silent default. It knows rules only by the identifiers its caller passes
// in, and it never runs a check.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"factdiff/config/strictyaml"
	"factdiff/finding"
	"factdiff/race"
)

// FileName is the configuration a repository keeps at its root or in any
// directory above the articles.
const FileName = ".factdiff.yaml"

// EnvVar names a configuration file for every run in a shell or CI job.
const EnvVar = "FACTDIFF_CONFIG"

// Ways of grouping articles into races when no named group takes them.
const (
	ByDirectory   = "directory"
	ByFrontMatter = "front-matter"
)

// Off turns a rule off in Rules.
const Off = "off"

// Config is one configuration file as read, or the defaults.
type Config struct {
	// Path is the file read; empty for the defaults.
	Path string
	// Rules maps a rule identifier to "error", "warning", "info" or Off.
	Rules map[string]string
	// Tolerance is the slack figures get beyond their rounding.
	Tolerance race.Tolerance
	// Race is the race sheet's path, resolved against the file's directory.
	Race string
	// By is ByDirectory or ByFrontMatter.
	By string
	// Groups are named races whose files globs pick; the first match wins.
	Groups []Group

	ruleLines map[string]int
}

// Group is a named race and the globs (with **) of its files, relative to
// the configuration's directory.
type Group struct {
	Name  string
	Files []string
}

// Default returns the settings used without a configuration file.
func Default() *Config {
	return &Config{Rules: map[string]string{}, Tolerance: race.DefaultTolerance, By: ByDirectory, ruleLines: map[string]int{}}
}

// Find returns the configuration file to use: the explicit one, else
// $FACTDIFF_CONFIG, else the first .factdiff.yaml from the working
// directory up, else factdiff/config.yaml in the user's configuration
// directory; "" when there is none or noConfig says to ignore them all. A
// file named explicitly or by the environment must exist.
func Find(explicit string, noConfig bool) (string, error) {
	if noConfig {
		return "", nil
	}
	for _, named := range []string{explicit, os.Getenv(EnvVar)} {
		if named == "" {
			continue
		}
		info, err := os.Stat(named)
		if err != nil {
			return "", fmt.Errorf("config: %w", err)
		}
		if info.IsDir() {
			return "", fmt.Errorf("config: %s is a directory", named)
		}
		return named, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	for dir := wd; ; {
		if p := filepath.Join(dir, FileName); isFile(p) {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if dir, err := os.UserConfigDir(); err == nil {
		if p := filepath.Join(dir, "factdiff", "config.yaml"); isFile(p) {
			return p, nil
		}
	}
	return "", nil
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// Load reads the configuration at path; an empty path gives the defaults.
func Load(path string) (*Config, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; name is the file its errors cite
// and the race sheet's path is relative to.
func Parse(name string, data []byte) (*Config, error) {
	d, err := strictyaml.Parse(name, data)
	if err != nil {
		return nil, err
	}
	c := Default()
	c.Path = name
	err = d.Map(d.Root, "the configuration", strictyaml.Fields{
		"rules":     func(v *yaml.Node) error { return c.readRules(d, v) },
		"tolerance": func(v *yaml.Node) error { return c.readTolerance(d, v) },
		"race": func(v *yaml.Node) error {
			p, err := d.String(v, "race")
			if err == nil && !filepath.IsAbs(p) {
				p = filepath.Join(filepath.Dir(name), p)
			}
			c.Race = p
			return err
		},
		"groups": func(v *yaml.Node) error { return c.readGroups(d, v) },
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

var severities = []string{"error", "warning", "info", Off}

func (c *Config) readRules(d *strictyaml.Doc, n *yaml.Node) error {
	return d.Pairs(n, "rules", func(id string, k, v *yaml.Node) error {
		sev, err := d.String(v, "the severity of "+id)
		if err != nil {
			return err
		}
		if !slices.Contains(severities, sev) {
			return d.Errorf(v, "severity %q of %s is not one of %s%s", sev, id, strings.Join(severities, ", "), strictyaml.Suggest(sev, severities))
		}
		c.Rules[id] = sev
		c.ruleLines[id] = k.Line
		return nil
	})
}

func (c *Config) readTolerance(d *strictyaml.Doc, n *yaml.Node) error {
	number := func(dst *float64, what string, limit float64) func(v *yaml.Node) error {
		return func(v *yaml.Node) error {
			f, err := d.Float(v, what)
			if err == nil && (f < 0 || f > limit) {
				err = d.Errorf(v, "%s must be from 0 to %g, not %s", what, limit, v.Value)
			}
			*dst = f
			return err
		}
	}
	return d.Map(n, "tolerance", strictyaml.Fields{
		"points":  number(&c.Tolerance.Points, "tolerance points", 100),
		"percent": number(&c.Tolerance.Percent, "tolerance percent", 100),
	})
}

func (c *Config) readGroups(d *strictyaml.Doc, n *yaml.Node) error {
	names := map[string]bool{}
	return d.Map(n, "groups", strictyaml.Fields{
		"by": func(v *yaml.Node) error {
			by, err := d.String(v, "groups by")
			if err == nil && by != ByDirectory && by != ByFrontMatter {
				err = d.Errorf(v, "groups by %q: want %s or %s", by, ByDirectory, ByFrontMatter)
			}
			c.By = by
			return err
		},
		"races": func(v *yaml.Node) error {
			return d.List(v, "races", func(item *yaml.Node) error {
				var g Group
				err := d.Map(item, "a race group", strictyaml.Fields{
					"name":  func(v *yaml.Node) (err error) { g.Name, err = d.String(v, "name"); return },
					"files": func(v *yaml.Node) error { return readGlobs(d, v, &g.Files) },
				}, "name", "files")
				if err == nil && names[g.Name] {
					err = d.Errorf(item, "race group %q is named twice", g.Name)
				}
				names[g.Name] = true
				c.Groups = append(c.Groups, g)
				return err
			})
		},
	})
}

func readGlobs(d *strictyaml.Doc, n *yaml.Node, dst *[]string) error {
	globs, err := d.Strings(n, "files")
	if err != nil {
		return err
	}
	if len(globs) == 0 {
		return d.Errorf(n, "files lists no glob")
	}
	for _, g := range globs {
		if !doublestar.ValidatePattern(filepath.ToSlash(g)) {
			return d.Errorf(n, "files: %q is not a valid glob", g)
		}
	}
	*dst = globs
	return nil
}

// CheckRules reports the first rule identifier that is not among known,
// at its line, so a misspelt rule never silently keeps its severity.
func (c *Config) CheckRules(known []string) error {
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		if !slices.Contains(known, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	sort.Slice(ids, func(i, j int) bool { return c.ruleLines[ids[i]] < c.ruleLines[ids[j]] })
	return &strictyaml.Error{File: c.Path, Line: c.ruleLines[ids[0]], Msg: fmt.Sprintf("unknown rule %q%s", ids[0], strictyaml.Suggest(ids[0], known))}
}

// Severities splits Rules into the severity overrides and the rules
// turned off, as the checker takes them.
func (c *Config) Severities() (map[string]finding.Severity, map[string]bool) {
	sev, off := map[string]finding.Severity{}, map[string]bool{}
	for id, s := range c.Rules {
		if s == Off {
			off[id] = true
			continue
		}
		if v, err := finding.ParseSeverity(s); err == nil {
			sev[id] = v
		}
	}
	return sev, off
}

// Group returns the key of the race a file belongs to: the name of the
// first named group whose globs match it, else (grouping by front matter)
// the race its front matter names, else its directory, relative to the
// configuration's directory (or the working directory) when inside it.
// Group names, front-matter races and directories share one key space, so
// a group named like a directory joins it.
func (c *Config) Group(path, meta string) string {
	base := c.base()
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	rel, inside := within(base, abs)
	for _, g := range c.Groups {
		for _, glob := range g.Files {
			target := rel
			if filepath.IsAbs(glob) {
				target = abs
			} else if !inside {
				continue
			}
			if ok, _ := doublestar.PathMatch(filepath.ToSlash(glob), filepath.ToSlash(target)); ok {
				return g.Name
			}
		}
	}
	if c.By == ByFrontMatter && strings.TrimSpace(meta) != "" {
		return strings.TrimSpace(meta)
	}
	dir := filepath.Dir(abs)
	if r, ok := within(base, dir); ok {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(dir)
}

// base is the directory relative paths of the configuration mean.
func (c *Config) base() string {
	if c.Path != "" {
		if abs, err := filepath.Abs(filepath.Dir(c.Path)); err == nil {
			return abs
		}
	}
	wd, _ := os.Getwd()
	return wd
}

// within returns path relative to dir when it lies inside it.
func within(dir, path string) (string, bool) {
	if dir == "" {
		return "", false
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// Init writes the starter configuration into dir and returns its path. It
// never overwrites an existing file.
func Init(dir string) (string, error) {
	path := filepath.Join(dir, FileName)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s already exists; not overwriting it: %w", path, fs.ErrExist)
	}
	if err != nil {
		return "", fmt.Errorf("init: %w", err)
	}
	if _, err := f.WriteString(Starter); err != nil {
		f.Close()
		return "", fmt.Errorf("init: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("init: %w", err)
	}
	return path, nil
}
