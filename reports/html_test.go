package reports

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"factdiff/finding"
)

const (
	hostileScript = `<script>alert(1)</script>`
	hostileImg    = `<img src=x onerror=alert(2)>`
	hostileLink   = `<a href="javascript:alert(3)">results</a>`
)

// hostileReport carries markup in every place article text can reach.
func hostileReport() finding.Report {
	return finding.Report{
		Documents: []finding.Document{{Path: `evil"<b>.txt`, Claims: 1}},
		Problems:  []finding.Problem{{Path: "<svg onload=alert(4)>.txt", Message: hostileScript}},
		Findings: []finding.Finding{{
			Rule: "misquote", Severity: finding.Error,
			Message:  "quote differs: " + hostileImg,
			Location: loc(`evil"<b>.txt`, 3, 1),
			Text:     `"Glad to help!` + hostileScript + hostileImg + `" the aide said.`,
			Entity:   hostileLink,
			Evidence: []finding.Evidence{{Location: loc("clean.txt", 1, 1), Text: `"Glad to help!" the aide said.`}},
		}, {
			Rule: "garbled-reference", Severity: finding.Warning, Message: "no evidence",
			Location: loc("other.txt", 1, 1), Text: hostileScript + " is text", Focus: hostileScript,
		}},
		Facts: []finding.Fact{{Measure: hostileImg, Text: hostileScript}},
	}
}

func writeHTMLBytes(t *testing.T, r finding.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r, Options{Format: "html", Facts: true}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var externalURL = regexp.MustCompile(`(?i)(src|href|url)\s*[=(]\s*["']?\s*(https?:|//|javascript:)`)

func TestHTMLEscapesHostileText(t *testing.T) {
	out := string(writeHTMLBytes(t, hostileReport()))
	for _, bad := range []string{"<script", "<img", "<svg", "<a ", "<b>", "javascript:alert(3)\">"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "<ins>", "<mark>"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	for _, r := range []finding.Report{sampleReport(), hostileReport(), {}} {
		out := writeHTMLBytes(t, r)
		if externalURL.Match(out) || bytes.Contains(out, []byte("@import")) {
			t.Errorf("page refers to something outside itself: %s", externalURL.Find(out))
		}
		if !bytes.Contains(out, []byte("@media print")) || !bytes.HasPrefix(out, []byte("<!DOCTYPE html>")) {
			t.Errorf("page lacks a doctype or print style")
		}
	}
}

// TestHTMLInBrowser renders the hostile page in headless Chromium and reads
// back the DOM: the markup must be text, and no script element may exist.
func TestHTMLInBrowser(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not on PATH")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, writeHTMLBytes(t, hostileReport()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+page)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	if bytes.Contains(bytes.ToLower(dom), []byte("<script")) {
		t.Errorf("the DOM has a script element")
	}
	if bytes.Contains(dom, []byte("<img")) || bytes.Contains(dom, []byte("<svg")) {
		t.Errorf("the DOM has an element made from article text")
	}
	if !bytes.Contains(dom, []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
		t.Errorf("the hostile text is not in the DOM as text:\n%s", dom)
	}
	if !bytes.Contains(dom, []byte("<ins>")) {
		t.Errorf("the difference is not marked in the DOM")
	}
}
