package reports

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"factdiff/finding"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "%SRCROOT%"
	// fingerprintKey is versioned so a change to what is hashed can never
	// be mistaken for the old hash by code scanning.
	fingerprintKey = "factdiff/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Artifacts   []sarifArtifact   `json:"artifacts"`
	Results     []sarifResult     `json:"results"`
	ColumnKind  string            `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri,omitempty"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     *sarifMessage `json:"shortDescription,omitempty"`
	FullDescription      *sarifMessage `json:"fullDescription,omitempty"`
	Help                 *sarifHelp    `json:"help,omitempty"`
	DefaultConfiguration sarifConfig   `json:"defaultConfiguration"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifArtifact struct {
	Location sarifArtifactLocation `json:"location"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

func writeSARIF(w *bufio.Writer, r finding.Report, o Options) error {
	s := &sarifBuilder{workDir: o.WorkDir, ruleIndex: map[string]int{}, seen: map[string]bool{}}
	for _, rule := range r.Rules {
		s.addRule(rule)
	}
	for _, d := range r.Documents {
		s.artifactLocation(d.Path)
	}
	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		results = append(results, s.result(f))
	}
	inv := sarifInvocation{ExecutionSuccessful: len(r.Problems) == 0}
	for _, p := range r.Problems {
		loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: s.artifactLocation(p.Path)}}
		if p.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: 1}
		}
		inv.Notifications = append(inv.Notifications, sarifNotification{
			Level: "error", Message: sarifMessage{Text: p.Message}, Locations: []sarifLocation{loc},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: "factdiff", InformationURI: o.InformationURI, Version: o.Version, Rules: s.rules,
			}},
			Invocations: []sarifInvocation{inv},
			Artifacts:   s.artifacts,
			Results:     results,
			ColumnKind:  "unicodeCodePoints",
		}},
	})
}

// sarifBuilder collects the rules and artifacts that results refer to, so
// every ruleIndex is in range even for a rule the report did not describe.
type sarifBuilder struct {
	workDir   string
	rules     []sarifRule
	ruleIndex map[string]int
	artifacts []sarifArtifact
	seen      map[string]bool
}

func (s *sarifBuilder) addRule(r finding.Rule) int {
	if i, ok := s.ruleIndex[r.ID]; ok {
		return i
	}
	sr := sarifRule{ID: r.ID, Name: ruleName(r.ID), DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)}}
	if r.Description != "" {
		sr.ShortDescription = &sarifMessage{Text: firstSentence(r.Description)}
		sr.FullDescription = &sarifMessage{Text: r.Description}
		h := sarifHelp{Text: r.Description, Markdown: r.Description}
		if r.Example != "" {
			h.Text += "\n\nExample: " + r.Example
			h.Markdown += "\n\n**Example:** " + r.Example
		}
		sr.Help = &h
	}
	s.ruleIndex[r.ID] = len(s.rules)
	s.rules = append(s.rules, sr)
	return len(s.rules) - 1
}

func (s *sarifBuilder) result(f finding.Finding) sarifResult {
	idx := s.addRule(finding.Rule{ID: f.Rule, Severity: f.Severity})
	msg := escapeSARIF(f.Message)
	var related []sarifLocation
	var links []string
	for i, ev := range f.Evidence {
		id := i + 1
		related = append(related, sarifLocation{
			ID:               &id,
			PhysicalLocation: s.physical(ev.Location, ""),
			Message:          &sarifMessage{Text: ev.Text},
		})
		label := filepath.Base(ev.Path)
		if ev.Line > 0 {
			label = fmt.Sprintf("%s:%d", label, ev.Line)
		}
		links = append(links, fmt.Sprintf("[%s](%d)", escapeSARIF(label), id))
	}
	if len(links) > 0 {
		msg += " (see " + strings.Join(links, ", ") + ")"
	}
	phys := s.physical(f.Location, f.Text)
	return sarifResult{
		RuleID:           f.Rule,
		RuleIndex:        idx,
		Level:            sarifLevel(f.Severity),
		Message:          sarifMessage{Text: msg},
		Locations:        []sarifLocation{{PhysicalLocation: phys}},
		RelatedLocations: related,
		PartialFingerprints: map[string]string{
			fingerprintKey: fingerprint(f.Rule, phys.ArtifactLocation.URI, f.Text, f.Message),
		},
	}
}

// physical places a location; a location without a line (a race sheet
// entry, say) still names its file, and SARIF's 1-based minimum is kept.
func (s *sarifBuilder) physical(l finding.Location, snippet string) sarifPhysicalLocation {
	pl := sarifPhysicalLocation{ArtifactLocation: s.artifactLocation(l.Path)}
	if l.Line < 1 {
		return pl
	}
	reg := &sarifRegion{StartLine: l.Line, StartColumn: max(l.Column, 1)}
	if l.EndLine >= l.Line && l.EndColumn > 0 {
		reg.EndLine, reg.EndColumn = l.EndLine, l.EndColumn
	}
	if snippet != "" {
		reg.Snippet = &sarifMessage{Text: snippet}
	}
	pl.Region = reg
	return pl
}

// artifactLocation names path relative to the source root when it lies
// inside WorkDir (or is already relative), and by an absolute file URI
// otherwise, registering it in the run's artifact list once.
func (s *sarifBuilder) artifactLocation(path string) sarifArtifactLocation {
	loc := sarifArtifactLocation{URIBaseID: srcRoot}
	p := filepath.Clean(path)
	if filepath.IsAbs(p) && s.workDir != "" {
		if rel, err := filepath.Rel(s.workDir, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	if filepath.IsAbs(p) {
		loc.URIBaseID = ""
		loc.URI = (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
	} else {
		loc.URI = (&url.URL{Path: filepath.ToSlash(p)}).String()
	}
	if !s.seen[loc.URI] {
		s.seen[loc.URI] = true
		s.artifacts = append(s.artifacts, sarifArtifact{Location: loc})
	}
	return loc
}

func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "note"
}

// fingerprint identifies a finding across runs without its line number, so
// code scanning keeps an alert open (not closed and reopened) when text is
// added above it.
func fingerprint(rule, uri, text, message string) string {
	h := sha256.New()
	for _, part := range []string{rule, uri, strings.Join(strings.Fields(text), " "), message} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// ruleName turns "number-conflict" into "NumberConflict", the identifier
// style SARIF viewers expect of a rule name.
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// escapeSARIF keeps brackets in a message from being read as SARIF's
// embedded links, which are the only markup plain-text messages have.
func escapeSARIF(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(s)
}
