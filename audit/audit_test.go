package audit

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"factdiff/claims/article"
	"factdiff/finding"
	"factdiff/rules"
)

// jsonFinding is a finding as the JSON Lines output writes it.
type jsonFinding struct {
	Rule, Severity, Message, Text, Entity, Cluster string
	Location                                       finding.Location
}

// row is one line of JSON Lines output: a finding or the summary.
type row struct {
	jsonFinding
	Summary *Summary `json:"summary"`
}

func audit1(t testing.TB, paths []string, stdin io.Reader, o Options) (string, Summary) {
	t.Helper()
	var out bytes.Buffer
	s, err := Run(context.Background(), paths, stdin, &out, o)
	if err != nil {
		t.Fatalf("Run(%v): %v", paths, err)
	}
	return out.String(), s
}

// rows parses JSON Lines output and checks its shape: findings with a
// cluster, then exactly one summary, last.
func rows(t testing.TB, out string) ([]jsonFinding, Summary) {
	t.Helper()
	var fs []jsonFinding
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for i, l := range lines {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, l)
		}
		if i == len(lines)-1 {
			if r.Summary == nil {
				t.Fatalf("last line is not the summary: %s", l)
			}
			return fs, *r.Summary
		}
		if r.Summary != nil || r.Rule == "" || r.Cluster == "" {
			t.Fatalf("line %d is not a finding with a cluster: %s", i+1, l)
		}
		fs = append(fs, r.jsonFinding)
	}
	t.Fatal("no output")
	return nil, Summary{}
}

func clustersOf(fs []jsonFinding) []string {
	var ids []string
	for _, f := range fs {
		if len(ids) == 0 || ids[len(ids)-1] != f.Cluster {
			ids = append(ids, f.Cluster)
		}
	}
	return ids
}

func TestDirectoryTree(t *testing.T) {
	out, s := audit1(t, []string{"testdata/tree"}, nil, Options{Jobs: 2})
	fs, js := rows(t, out)
	if s.Clusters != 3 || s.Documents != 6 || s.Skipped != 0 || s.Interrupted {
		t.Errorf("summary = %+v; want 3 clusters (hidden directory left out), 6 articles, nothing skipped", s)
	}
	if js.Findings != s.Findings || js.Findings != len(fs) || s.Errors+s.Warnings+s.Infos != s.Findings {
		t.Errorf("summary line %+v does not count the %d findings written", js, len(fs))
	}
	if got, want := clustersOf(fs), []string{"county/mayor", "state-senate/alvarez"}; !slices.Equal(got, want) {
		t.Errorf("clusters with findings = %v, want %v (sorted; the agreeing cluster has none)", got, want)
	}
	for _, f := range fs {
		if strings.Contains(f.Location.Path, ".drafts") || !strings.HasPrefix(f.Location.Path, filepath.Join("testdata/tree", f.Cluster)+string(filepath.Separator)) {
			t.Errorf("finding in %s of cluster %s: want the article's path under its cluster", f.Location.Path, f.Cluster)
		}
	}
	for _, outlet := range []string{"Valley Courier", "Riverside Gazette", "herald", "ledger"} {
		if s.ByOutlet[outlet] == 0 {
			t.Errorf("by_outlet %v has no %q (metadata first, else the file name)", s.ByOutlet, outlet)
		}
	}
	if s.ByRule["number-conflict"] == 0 || len(s.Conflicts) == 0 || s.Conflicts[0].Findings < s.Conflicts[len(s.Conflicts)-1].Findings {
		t.Errorf("by_rule %v, conflicts %v: want number conflicts, ranked", s.ByRule, s.Conflicts)
	}
}

func TestDirectoryHoldingArticles(t *testing.T) {
	out, s := audit1(t, []string{"testdata/tree/county/mayor"}, nil, Options{})
	fs, _ := rows(t, out)
	if s.Clusters != 1 || len(fs) == 0 || fs[0].Cluster != "mayor" {
		t.Errorf("a directory of articles is one cluster named by its base name; got %d clusters, %v", s.Clusters, clustersOf(fs))
	}
}

func TestUnreadableArticle(t *testing.T) {
	_, s := audit1(t, []string{"testdata/broken"}, nil, Options{})
	if s.Clusters != 1 || s.Documents != 2 || s.Skipped != 1 || len(s.Problems) != 1 {
		t.Fatalf("summary = %+v; want the two readable articles audited and the binary one skipped", s)
	}
	p := s.Problems[0]
	if p.Path != filepath.Join("testdata/broken/race/scan.txt") || p.Line != 1 || strings.Contains(p.Message, p.Path) {
		t.Errorf("problem = %+v; want the file and line, named once", p)
	}
}

// jsonArchive turns the tree's clusters into a JSON Lines archive, each
// line repeated with the figures changed so that there are many clusters.
func jsonArchive(t testing.TB, copies int) []byte {
	t.Helper()
	var b bytes.Buffer
	for i := range copies {
		for _, dir := range []string{"state-senate/alvarez", "county/quiet"} {
			entries, err := os.ReadDir(filepath.Join("testdata/tree", dir))
			if err != nil {
				t.Fatal(err)
			}
			var arts []map[string]string
			for k, e := range entries {
				raw, err := os.ReadFile(filepath.Join("testdata/tree", dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				text := string(raw)
				if k == 0 {
					text = strings.ReplaceAll(text, "4", fmt.Sprint(i%10))
				}
				arts = append(arts, map[string]string{"id": e.Name(), "text": text})
			}
			line, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("%s#%d", dir, i), "articles": arts})
			b.Write(append(line, '\n'))
		}
	}
	return b.Bytes()
}

func write(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONLinesSameAsDirectory(t *testing.T) {
	dirOut, dirSum := audit1(t, []string{"testdata/tree/state-senate"}, nil, Options{})
	herald, _ := os.ReadFile("testdata/tree/state-senate/alvarez/herald.txt")
	ledger, _ := os.ReadFile("testdata/tree/state-senate/alvarez/ledger.txt")
	line, _ := json.Marshal(map[string]any{"id": "alvarez", "articles": []map[string]string{
		{"id": "herald.txt", "text": string(herald)}, {"id": "ledger.txt", "text": string(ledger)}}})
	jlOut, jlSum := audit1(t, []string{write(t, "a.jsonl", line)}, nil, Options{})
	dirFs, _ := rows(t, dirOut)
	jlFs, _ := rows(t, jlOut)
	if len(dirFs) == 0 || len(dirFs) != len(jlFs) || dirSum.Claims != jlSum.Claims {
		t.Fatalf("directory: %d findings, %d claims; JSON Lines: %d findings, %d claims", len(dirFs), dirSum.Claims, len(jlFs), jlSum.Claims)
	}
	for i := range dirFs {
		d, j := dirFs[i], jlFs[i]
		if d.Rule != j.Rule || d.Location.Line != j.Location.Line || d.Location.Column != j.Location.Column ||
			filepath.Base(d.Location.Path) != filepath.Base(j.Location.Path) || j.Location.Path != "alvarez/"+filepath.Base(d.Location.Path) {
			t.Errorf("finding %d: directory %+v, JSON Lines %+v", i, d.Location, j.Location)
		}
	}
}

func TestReaders(t *testing.T) {
	herald, _ := os.ReadFile("testdata/tree/state-senate/alvarez/herald.txt")
	ledger, _ := os.ReadFile("testdata/tree/state-senate/alvarez/ledger.txt")
	pair := func(id string, ids ...string) string {
		arts := []map[string]any{{"text": string(herald)}, {"text": string(ledger)}}
		for i, a := range ids {
			arts[i]["id"] = json.RawMessage(a)
		}
		m := map[string]any{"articles": arts}
		if id != "" {
			m["id"] = json.RawMessage(id)
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	flat := func(b []byte) string { return strings.ReplaceAll(strings.TrimSpace(string(b)), "\n", " NEWLINE_CHAR ") }
	tests := []struct {
		name, file, data string
		stdin            bool
		gzip             bool
		clusters, docs   int
		// paths is the set of article paths with findings.
		paths []string
		// problems are the lines of the problems, 0 for a whole input.
		problems []int
		message  string
	}{
		{name: "json lines", file: "races.jsonl", data: pair(`"sen-1"`, `"herald"`, `"ledger"`) + "\n" + pair(`"sen-2"`, `"a"`, `"b"`) + "\n",
			clusters: 2, docs: 4, paths: []string{"sen-1/herald", "sen-1/ledger", "sen-2/a", "sen-2/b"}},
		{name: "ids missing", file: "races.jsonl", data: pair("") + "\n",
			clusters: 1, docs: 2, paths: []string{"races.jsonl:1/1", "races.jsonl:1/2"}},
		{name: "numeric and null ids", file: "races.jsonl", data: pair(`17`, `3`, `null`) + "\n",
			clusters: 1, docs: 2, paths: []string{"17/3", "17/2"}},
		{name: "recognised by content", file: "archive.txt", data: pair(`"x"`) + "\n",
			clusters: 1, docs: 2, paths: []string{"x/1", "x/2"}},
		{name: "gzip", file: "races.jsonl.gz", gzip: true, data: pair(`"z"`) + "\n",
			clusters: 1, docs: 2, paths: []string{"z/1", "z/2"}},
		{name: "standard input, gzip, no final newline", file: "-", stdin: true, gzip: true, data: pair(`"in"`),
			clusters: 1, docs: 2, paths: []string{"in/1", "in/2"}},
		{name: "BOM, CRLF and blank lines", file: "races.jsonl", data: "\uFEFF" + pair(`"a"`) + "\r\n\r\n  \n" + pair(`"b"`) + "\r\n",
			clusters: 2, docs: 4, paths: []string{"a/1", "a/2", "b/1", "b/2"}},
		{name: "malformed line skipped with its number", file: "races.jsonl", data: pair(`"a"`) + "\n{\"id\": \"b\", \"articles\": [\n" + pair(`"c"`) + "\n",
			clusters: 2, docs: 4, paths: []string{"a/1", "a/2", "c/1", "c/2"}, problems: []int{2}, message: "invalid JSON"},
		{name: "no articles list", file: "races.jsonl", data: `{"id": "a", "docs": []}` + "\n" + `{"id": "b", "articles": []}` + "\n",
			clusters: 1, problems: []int{1}, message: `no "articles"`},
		{name: "article without text", file: "races.jsonl", data: `{"id": "a", "articles": [{"id": "x", "title": "t"}]}`,
			problems: []int{1}, message: `article 1 (x): no "text"`},
		{name: "id of the wrong type", file: "races.jsonl", data: `{"id": ["a"], "articles": []}`,
			problems: []int{1}, message: "cluster id"},
		{name: "a JSON array is no cluster", file: "races.jsonl", data: `[1, 2]`,
			problems: []int{1}, message: "not a cluster object"},
		{name: "multi-news raw", file: "train.src", data: "intro |||||" + flat(herald) + " ||||| " + flat(ledger) + "\n",
			clusters: 1, docs: 3, paths: []string{"train.src:1/2", "train.src:1/3"}},
		{name: "multi-news released", file: "test.src.cleaned", data: "no separator on line one\n" + flat(herald) + " story_separator_special_tag  story_separator_special_tag " + flat(ledger) + "\n",
			problems: []int{1}, message: "not an archive"},
		{name: "multi-news released, empty source kept in the numbering", file: "test.src",
			data:     flat(herald) + " story_separator_special_tag  story_separator_special_tag " + flat(ledger) + "\n",
			clusters: 1, docs: 2, paths: []string{"test.src:1/1", "test.src:1/3"}},
		{name: "an article file is no archive", file: "story.txt", data: string(herald), problems: []int{1}, message: "not an archive"},
		{name: "empty file", file: "empty.jsonl", data: ""},
		{name: "corrupt gzip", file: "races.jsonl.gz", data: "\x1f\x8bXgarbage", problems: []int{0}, message: "gzip"},
		{name: "truncated gzip", file: "races.jsonl.gz", gzip: true, data: pair(`"a"`) + "\n",
			problems: []int{1}, message: "cannot read"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.data)
			if tc.gzip {
				data = gz(t, data)
			}
			if strings.HasPrefix(tc.name, "truncated") {
				data = data[:len(data)*2/3]
			}
			var stdin io.Reader
			path := tc.file
			if tc.stdin {
				stdin = bytes.NewReader(data)
			} else {
				path = write(t, tc.file, data)
			}
			out, s := audit1(t, []string{path}, stdin, Options{Jobs: 3})
			fs, _ := rows(t, out)
			if s.Clusters != tc.clusters || s.Documents != tc.docs {
				t.Errorf("%d clusters, %d articles; want %d, %d", s.Clusters, s.Documents, tc.clusters, tc.docs)
			}
			var paths []string
			for _, f := range fs {
				if !slices.Contains(paths, f.Location.Path) {
					paths = append(paths, f.Location.Path)
				}
			}
			sort.Strings(paths)
			want := slices.Sorted(slices.Values(tc.paths))
			if !slices.Equal(paths, want) {
				t.Errorf("articles with findings = %q, want %q", paths, want)
			}
			var lines []int
			for _, p := range s.Problems {
				lines = append(lines, p.Line)
				if !strings.Contains(p.Message, tc.message) || p.Path == "" || strings.Contains(p.Message, p.Path) {
					t.Errorf("problem %+v: want it to name its input once and say %q", p, tc.message)
				}
			}
			if !slices.Equal(lines, tc.problems) || s.Skipped != len(tc.problems) {
				t.Errorf("problems on lines %v (skipped %d), want %v", lines, s.Skipped, tc.problems)
			}
		})
	}
}

func TestPathProblems(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere.jsonl")
	_, s := audit1(t, []string{missing, "-", "-"}, strings.NewReader(""), Options{})
	if s.Skipped != 2 || s.Problems[0].Path != missing || !strings.Contains(s.Problems[1].Message, "only once") {
		t.Errorf("problems = %+v; want the missing file and the second standard input", s.Problems)
	}
}

func TestLongLine(t *testing.T) {
	l, err := newLineReader(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nlast"))
	if err != nil {
		t.Fatal(err)
	}
	l.max = 50
	var got []string
	for {
		line, tooLong, err := l.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d:%q:%v", l.n, line, tooLong))
	}
	want := []string{`1:"short":false`, `2:"":true`, `3:"last":false`}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %v, want %v", got, want)
	}
}

// TestSameBytes runs with one worker and with eight: the output must not
// change by a byte, in any format. Run it with -race.
func TestSameBytes(t *testing.T) {
	archive := write(t, "big.jsonl", jsonArchive(t, 20))
	paths := []string{"testdata/tree", archive, "testdata/broken"}
	for _, format := range Formats() {
		one, s1 := audit1(t, paths, nil, Options{Format: format, Jobs: 1})
		eight, s8 := audit1(t, paths, nil, Options{Format: format, Jobs: 8})
		if one != eight {
			t.Errorf("%s: output differs between 1 and 8 workers", format)
		}
		if s1.Clusters != 44 || s1.Findings == 0 || s1.Skipped != 1 || fmt.Sprint(s1) != fmt.Sprint(s8) {
			t.Errorf("%s: summaries %+v and %+v; want 44 clusters with findings and one problem", format, s1, s8)
		}
	}
}

func TestShardsMakeTheWhole(t *testing.T) {
	archive := jsonArchive(t, 7)
	archive = append(archive, "{not json\n"...)
	paths := []string{"testdata/tree", write(t, "a.jsonl", archive)}
	whole, ws := audit1(t, paths, nil, Options{})
	want := findingLines(whole)
	const n = 3
	var got []string
	var sum Summary
	for i := 1; i <= n; i++ {
		out, s := audit1(t, paths, nil, Options{Shard: i, Shards: n, Jobs: 2})
		if s.Shard != fmt.Sprintf("%d/%d", i, n) {
			t.Errorf("shard %d summary says %q", i, s.Shard)
		}
		if s.Clusters == 0 {
			t.Errorf("shard %d/%d audited nothing", i, n)
		}
		got = append(got, findingLines(out)...)
		sum.Clusters += s.Clusters
		sum.Documents += s.Documents
		sum.Findings += s.Findings
		sum.Skipped += s.Skipped
	}
	sort.Strings(got)
	sort.Strings(want)
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("the %d shards give %d findings, the whole archive %d; want the same", n, len(got), len(want))
	}
	if sum.Clusters != ws.Clusters || sum.Documents != ws.Documents || sum.Findings != ws.Findings || sum.Skipped != ws.Skipped || ws.Skipped != 1 {
		t.Errorf("shards add up to %+v, the whole archive is %+v", sum, ws)
	}
}

func findingLines(out string) []string {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	return lines[:len(lines)-1]
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{{Format: "xml"}, {Shard: 0, Shards: 2}, {Shard: 3, Shards: 2}, {Rules: rules.Options{Drafts: map[int]bool{0: true}}}} {
		if _, err := Run(context.Background(), nil, nil, io.Discard, o); err == nil {
			t.Errorf("Run with %+v: no error", o)
		}
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in      string
		i, n    int
		wantErr bool
	}{
		{"1/4", 1, 4, false},
		{"4/4", 4, 4, false},
		{"1/1", 1, 1, false},
		{"0/4", 0, 0, true},
		{"5/4", 0, 0, true},
		{"2", 0, 0, true},
		{"a/b", 0, 0, true},
		{"1/0", 0, 0, true},
		{"-1/3", 0, 0, true},
	}
	for _, tc := range tests {
		i, n, err := ParseShard(tc.in)
		if i != tc.i || n != tc.n || (err != nil) != tc.wantErr {
			t.Errorf("ParseShard(%q) = %d, %d, %v", tc.in, i, n, err)
		}
	}
}

// cancelAfter cancels the audit once n bytes of the archive have been read.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p[:min(len(p), 512)])
	if c.n -= n; c.n <= 0 {
		c.cancel()
	}
	return n, err
}

func TestInterrupt(t *testing.T) {
	archive := jsonArchive(t, 30)
	whole, ws := audit1(t, []string{"-"}, bytes.NewReader(archive), Options{Jobs: 2})
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	s, err := Run(ctx, []string{"-"}, &cancelAfter{bytes.NewReader(archive), len(archive) / 3, cancel}, &out, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	fs, js := rows(t, out.String())
	if !s.Interrupted || !js.Interrupted || s.Clusters >= ws.Clusters {
		t.Errorf("interrupted audit: %d of %d clusters, interrupted %v", s.Clusters, ws.Clusters, s.Interrupted)
	}
	if !strings.HasPrefix(whole, strings.Join(findingLines(out.String()), "\n")) || len(fs) != s.Findings {
		t.Error("the findings of an interrupted audit are not a prefix of the whole audit's")
	}

	cancelled, stop := context.WithCancel(context.Background())
	stop()
	s, err = Run(cancelled, []string{"testdata/tree"}, nil, io.Discard, Options{})
	if err != nil || !s.Interrupted || s.Clusters != 0 {
		t.Errorf("audit cancelled before it began: %+v, %v", s, err)
	}
}

func TestNothingFoundInAgreement(t *testing.T) {
	out, s := audit1(t, []string{"testdata/tree/county/quiet"}, nil, Options{})
	if s.Findings != 0 || s.Documents != 2 || strings.Count(out, "\n") != 1 {
		t.Errorf("two articles that agree: %d findings, output %q", s.Findings, out)
	}
}

func TestTextFormat(t *testing.T) {
	out, _ := audit1(t, []string{"testdata/tree"}, nil, Options{Format: "text"})
	for _, want := range []string{"audit: 3 clusters, 6 articles", "number-conflict", "Valley Courier", "most often in conflict", "testdata/tree/county/mayor/courier.md:8:"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestProgress(t *testing.T) {
	var progress bytes.Buffer
	quiet, _ := audit1(t, []string{"testdata/tree"}, nil, Options{})
	loud, _ := audit1(t, []string{"testdata/tree"}, nil, Options{Progress: &progress})
	if quiet != loud || progress.Len() == 0 {
		t.Errorf("progress: %d bytes; output changed: %v", progress.Len(), quiet != loud)
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct{ path, meta, want string }{
		{"races/senate/herald.txt", "", "herald"},
		{"races/senate/wire-2.txt", "", "wire"},
		{"races/senate/post_11.html", "", "post"},
		{"races/senate/report.md", "Valley Courier", "Valley Courier"},
		{"c7/a0", "", "a0"},
		{"train.src:4/2", "", "2"},
		{"c/-3.txt", "", "-3"},
		{`c\windows-1.txt`, "", "windows"},
	}
	for _, tc := range tests {
		a := article.FromText(tc.path, "", article.Meta{Outlet: tc.meta})
		if got := outlet(a); got != tc.want {
			t.Errorf("outlet(%q, %q) = %q, want %q", tc.path, tc.meta, got, tc.want)
		}
	}
}

func TestRuleOptions(t *testing.T) {
	_, all := audit1(t, []string{"testdata/tree"}, nil, Options{})
	_, some := audit1(t, []string{"testdata/tree"}, nil, Options{Rules: rules.Options{
		Off:      map[string]bool{"misquote": true},
		Severity: map[string]finding.Severity{"number-conflict": finding.Info},
	}})
	if all.ByRule["misquote"] == 0 || some.ByRule["misquote"] != 0 || some.Infos == 0 || some.RuleSeverity["number-conflict"]["info"] == 0 {
		t.Errorf("rule options not applied: all %v, with options %v %v", all.ByRule, some.ByRule, some.RuleSeverity)
	}
}
