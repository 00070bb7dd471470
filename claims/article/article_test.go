package article

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// span is a piece of Body and the exact original bytes it must map to.
type span struct{ body, raw string }

func TestParseFiles(t *testing.T) {
	tests := []struct {
		file  string
		meta  Meta
		spans []span
	}{
		{
			file: "frontmatter.md",
			meta: Meta{Title: "O'Malley campaign to shift staff, resources to Iowa", Date: "2015-11-16",
				Outlet: "Associated Press", Race: "2016 Democratic presidential primary",
				Time: time.Date(2015, 11, 16, 0, 0, 0, 0, time.UTC)},
			spans: []span{
				{"O'Malley shifts staff to Iowa", "O'Malley shifts staff to *Iowa"},
				{"Martin O’Malley", "Martin O’Malley"},
				{"shifting\nstaff", "shifting\nstaff"},
				{"Baltimore headquarters to", `Baltimore headquarters](https://example.com/hq_(office) "HQ") to`},
				{"$3.2 million\nand", "$3.2 million\n> and"},
				{"Sanders & others", "Sanders &amp; others"},
				{"federal_matching", "federal_matching"},
				{"nomination.” See", "nomination.”[^1] See"},
			},
		},
		{
			file: "page.html",
			meta: Meta{Title: "Jones wins Alabama Senate seat", Date: "2017-12-13T02:15:00Z", Outlet: "Example News",
				Time: time.Date(2017, 12, 13, 2, 15, 0, 0, time.UTC)},
			spans: []span{
				{"Democrat Doug Jones wins\n\nDemocrat", "Democrat Doug Jones wins</h2>\n  <!-- ad slot -->\n  <p>Democrat"},
				{"Moore, winning", "Moore,\n     winning"},
				{"49.9%", "49.9&#37;"},
				{"Moore’s", "Moore&rsquo;s"},
				{"Jones’s", "Jones&#8217;s"},
				{"turnout\nsurprised", "turnout<br>surprised"},
				{"Jones 49.9%", "Jones</td><td>49.9%"},
				{"about\u00a040", "about&nbsp;40"},
				{"officials said.", "officials</em> said."},
			},
		},
		{
			file: "crlf-bom.txt",
			spans: []span{
				{"Sanders", "Sanders"},
				{"vote.\nClinton", "vote.\r\nClinton"},
				{"55%.\n\nTurnout", "55%.\r\n\r\nTurnout"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			a, err := Read(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(path + ".body")
			if err != nil {
				t.Fatal(err)
			}
			if a.Body.S != string(want) {
				t.Errorf("Body =\n%q\nwant\n%q", a.Body.S, want)
			}
			if a.Meta != tt.meta {
				t.Errorf("Meta = %+v, want %+v", a.Meta, tt.meta)
			}
			if a.Path != path {
				t.Errorf("Path = %q, want %q", a.Path, path)
			}
			for _, sp := range tt.spans {
				if got := origOf(t, a, sp.body); got != sp.raw {
					t.Errorf("%q maps to %q, want %q", sp.body, got, sp.raw)
				}
			}
			checkMap(t, a)
		})
	}
}

// origOf returns the original bytes behind the first occurrence of s in Body.
func origOf(t *testing.T, a *Article, s string) string {
	t.Helper()
	i := strings.Index(a.Body.S, s)
	if i < 0 {
		t.Fatalf("%q not in Body %q", s, a.Body.S)
	}
	from, to := a.Body.Orig(i, i+len(s))
	return string(a.Raw[from:to])
}

// checkMap asserts what every later stage relies on: each Body byte maps to
// a range inside Raw, ranges never go backwards, and a byte standing for
// exactly one original byte is that byte unless it is a break.
func checkMap(t testing.TB, a *Article) {
	t.Helper()
	prevFrom, prevTo := 0, 0
	for i := 0; i < len(a.Body.S); i++ {
		from, to := a.Body.Orig(i, i+1)
		if from < 0 || to > len(a.Raw) || from > to {
			t.Fatalf("byte %d of Body maps to [%d,%d), outside Raw (%d bytes)", i, from, to, len(a.Raw))
		}
		if from < prevFrom || to < prevTo {
			t.Fatalf("byte %d of Body maps to [%d,%d), before [%d,%d)", i, from, to, prevFrom, prevTo)
		}
		c := a.Body.S[i]
		if to-from == 1 && a.Raw[from] != c && c != ' ' && c != '\n' {
			t.Fatalf("byte %d of Body is %q but stands for %q", i, c, a.Raw[from])
		}
		prevFrom, prevTo = from, to
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unchanged", "Sanders won 43% of the vote.\n\nClinton won.", "Sanders won 43% of the vote.\n\nClinton won."},
		{"crlf", "One.\r\nTwo.\r\n", "One.\nTwo.\n"},
		{"lone cr kept", "One.\rTwo.", "One.\rTwo."},
		{"bom", "\uFEFFOne.", "One."},
		{"markup is prose in text", "# Not a heading *here*", "# Not a heading *here*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Body.S != tt.want {
				t.Errorf("Body = %q, want %q", a.Body.S, tt.want)
			}
			checkMap(t, a)
		})
	}
}

func TestFormatByExtension(t *testing.T) {
	in := []byte("# Title\n\n<p>Text &amp; more</p>\n")
	tests := []struct{ path, want string }{
		{"a.md", "Title\n\nText & more"},
		{"a.MARKDOWN", "Title\n\nText & more"},
		{"a.html", "# Title\n\nText & more"},
		{"a.htm", "# Title\n\nText & more"},
		{"a.txt", string(in)},
		{"noext", string(in)},
	}
	for _, tt := range tests {
		a, err := Parse(tt.path, in)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if a.Body.S != tt.want {
			t.Errorf("%s: Body = %q, want %q", tt.path, a.Body.S, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		line int
		msg  string // a further piece the message must hold
	}{
		{"empty.txt", nil, errEmpty, 0, "empty"},
		{"spaces.txt", []byte(" \n\t\r\n\u00a0\n"), errEmpty, 0, "whitespace"},
		{"bom-only.txt", []byte("\uFEFF\n"), errEmpty, 0, "whitespace"},
		{"binary.txt", bytes.Repeat(func() []byte {
			b := make([]byte, 256)
			for i := range b {
				b[i] = byte(i)
			}
			return b
		}(), 64), errBinary, 1, "binary"},
		{"nul.txt", []byte("Warren received 24% of the vote.\n\x00\x00 Biden 19%."), errBinary, 2, "NUL"},
		{"controls.txt", bytes.Repeat([]byte("ab\x01\x02\x03"), 100), errBinary, 0, "control"},
		{"latin1.txt", []byte("Second line.\nLe candidat re\xe7u 19,8 % des voix."), errNotUTF8, 2, "0xE7"},
		{"utf16.txt", []byte("\xff\xfeS\x00a\x00"), errNotUTF8, 0, "UTF-16"},
		{"nav-only.html", []byte("<html><body><nav>Home | Politics</nav><script>x=1</script></body></html>"), errNoText, 0, "no article text"},
		{"comment-only.html", []byte("<!-- nothing here -->\n"), errNoText, 0, "no article text"},
		{"frontmatter-only.md", []byte("---\ntitle: A story\n---\n\n<!-- draft -->\n"), errNoText, 0, "no article text"},
		{"code-only.md", []byte("```\nfmt.Println(1)\n```\n"), errNoText, 0, "no article text"},
		{"unclosed.md", []byte("---\ntitle: A story\n\nText.\n"), nil, 1, "not closed"},
		{"unclosed-list.md", []byte("---\ntitle: A story\ndate: [2019\n---\nText.\n"), nil, 3, "not valid YAML"},
		{"tab.md", []byte("---\ntitle: A story\n\tdate: 2019\n---\nText.\n"), nil, 3, "not valid YAML"},
		{"no-key.md", []byte("---\ntitle: A story\n- x\n---\nText.\n"), nil, 3, "not valid YAML"},
		{"bad-first-line.md", []byte("---\ntitle: : x\n---\nText.\n"), nil, 2, "not valid YAML"},
		{"bad-anchor.md", []byte("---\ntitle: *nope\n---\nText.\n"), nil, 2, "unknown anchor"},
		{"list-title.md", []byte("---\nauthor: x\ntitle:\n  - a\n  - b\n---\nText.\n"), nil, 4, "title must be a single value"},
		{"scalar.md", []byte("---\njust a line\n---\nText.\n"), nil, 2, "key: value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("dir", tt.name)
			_, err := Parse(path, tt.data)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if e.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", e.Line, tt.line, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path+":") || !strings.Contains(msg, tt.msg) || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line starting %q and holding %q", msg, path+":", tt.msg)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("a"), MaxSize+1)
	if _, err := Parse("big.txt", big); !errors.Is(err, errTooLarge) || !strings.HasPrefix(err.Error(), "big.txt: ") {
		t.Errorf("Parse: err = %v, want too large", err)
	}
	if _, err := Read("-", bytes.NewReader(big)); !errors.Is(err, errTooLarge) || !strings.HasPrefix(err.Error(), "<stdin>: ") {
		t.Errorf("Read stdin: err = %v, want too large", err)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(path, nil); !errors.Is(err, errTooLarge) || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("Read file: err = %v, want too large", err)
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	_, err := Read(missing, nil)
	if !errors.Is(err, fs.ErrNotExist) || err.Error() != missing+": cannot open: no such file or directory" {
		t.Errorf("missing file: err = %v", err)
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		t.Errorf("missing file: %v does not unwrap to *fs.PathError", err)
	}
	if _, err := Read(dir, nil); err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("directory: err = %v", err)
	}

	a, err := Read("-", strings.NewReader("Buttigieg finished second.\r\n"))
	if err != nil || a.Path != "<stdin>" || a.Body.S != "Buttigieg finished second.\n" {
		t.Errorf("stdin text: %+v, %v", a, err)
	}
	a, err = Read("-", strings.NewReader("\n<!DOCTYPE html><p>Klobuchar finished &ldquo;third&rdquo;.</p><script>x</script>"))
	if err != nil || a.Body.S != "Klobuchar finished “third”." {
		t.Errorf("stdin html: %+v, %v", a, err)
	}
	if _, err := Read("-", strings.NewReader("")); !errors.Is(err, errEmpty) || !strings.HasPrefix(err.Error(), "<stdin>: ") {
		t.Errorf("empty stdin: err = %v", err)
	}
}

func TestReadLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	data := []byte("\uFEFF---\r\ntitle: T\r\n---\r\n# Head\r\n\r\nText.\r\n")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Read(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Raw, data) {
		t.Errorf("Raw = %q, want the file as on disk %q", a.Raw, data)
	}
	if a.Body.S != "Head\n\nText." || a.Meta.Title != "T" {
		t.Errorf("Body %q, Meta %+v", a.Body.S, a.Meta)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, data) {
		t.Error("the file changed")
	}
}

func TestFromText(t *testing.T) {
	a := FromText("c1/a2", "\uFEFFWarren led.\r\nSanders trailed.", Meta{Title: "Poll", Date: "March 3, 2020"})
	if a.Path != "c1/a2" || a.Body.S != "Warren led.\nSanders trailed." || string(a.Raw) != "\uFEFFWarren led.\r\nSanders trailed." {
		t.Errorf("FromText = %+v", a)
	}
	if want := time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC); !a.Meta.Time.Equal(want) {
		t.Errorf("Time = %v, want %v", a.Meta.Time, want)
	}
	checkMap(t, a)
	if e := FromText("empty", "", Meta{}); e.Body.S != "" {
		t.Errorf("empty FromText Body = %q", e.Body.S)
	}
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2019-06-26", utc(2019, 6, 26, 0, 0)},
		{" 2019-06-26 ", utc(2019, 6, 26, 0, 0)},
		{"2019-06-26T21:05:00Z", utc(2019, 6, 26, 21, 5)},
		{"2019-06-26T21:05:00-04:00", utc(2019, 6, 27, 1, 5)},
		{"2019-06-26 21:05", utc(2019, 6, 26, 21, 5)},
		{"June 26, 2019", utc(2019, 6, 26, 0, 0)},
		{"Jun 26, 2019", utc(2019, 6, 26, 0, 0)},
		{"Wednesday, June 26, 2019", utc(2019, 6, 26, 0, 0)},
		{"26 June 2019", utc(2019, 6, 26, 0, 0)},
		{"", time.Time{}},
		{"last Tuesday", time.Time{}},
		{"2019-13-45", time.Time{}},
		{"26/06/2019", time.Time{}},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestHostileInputs feeds inputs built to make a careless parser quadratic
// or deeply recursive; a hang shows up as the test timing out.
func TestHostileInputs(t *testing.T) {
	patterns := []string{"[", "[^", "](", "(", "<", "<a ", "<a:", "&", "&#", "&amp", "*", "_", "~~",
		"<!--", "-->", "> ", "\n", "# ", "- ", "1. ", "    x\n", "```\n", "\\", "![", "\r\n",
		"<p>", "</div>", "<nav>", "</nav>", "<article>", "<main>", "<td>", "<br>", "<script>"}
	for _, ext := range []string{".md", ".html", ".txt"} {
		for _, p := range patterns {
			data := append(bytes.Repeat([]byte(p), 256<<10/len(p)), " Text."...)
			a, err := Parse("hostile"+ext, data)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Errorf("%s %q: error %v is not an *Error", ext, p, err)
				}
				continue
			}
			checkMap(t, a)
		}
	}
	// Good articles that look hostile must still be read.
	good := map[string]string{
		"oneline.txt": strings.Repeat("The candidate received 52.3% of the vote and $4.1 million ", 120000),
		"deep.html":   strings.Repeat("<div>", 50000) + "Kemp got 50.2%" + strings.Repeat("</div>", 50000),
		"numbers.txt": strings.Repeat("9", 5000) + "% of $" + strings.Repeat("9", 400) + " billion, 1e999 points",
		"quotes.txt":  strings.Repeat(`"`, 20000) + " said Abrams " + strings.Repeat("\u201c", 10000),
	}
	for name, in := range good {
		if _, err := Parse(name, []byte(in)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
