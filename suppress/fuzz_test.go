package suppress

import (
	"testing"
)

// FuzzFind checks that no input panics and that every region lies inside
// the file, names well-formed rules and has a line, in every format.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"[factdiff-ignore]\nTurnout was 61%.",
		"[factdiff-ignore-start misquote]\n\"A\n[factdiff-ignore-end]",
		"<!-- factdiff-ignore -->\nText `<!-- x` --> y\n```\n<!--\n```\n",
		"<!-- factdiff-ignore-line a, b: note --><!-- factdiff-ignore-end -->\n\nx",
		"<p><!-- factdiff-ignore-start -->a<script><!-- factdiff-ignore --></script></p><!--factdiff-ignore-end-->",
		"\uFEFF---\nx: 1\n---\n<!--\nfactdiff-ignore\n-->\r\n“a <!-- factdiff-ignore -->”",
		"`` ` <!-- factdiff-ignore --> ``` \\``<!-- factdiff-ignore -->",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(2))
	}
	paths := [...]string{"a.txt", "a.md", "a.html"}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		path := paths[int(which)%len(paths)]
		raw := []byte(s)
		rs, ps := Find(path, raw)
		for _, r := range rs {
			if r.Start < 0 || r.Start > r.End || r.End > len(raw) {
				t.Fatalf("%s: region [%d,%d) outside %d bytes", path, r.Start, r.End, len(raw))
			}
			if r.Line < 1 {
				t.Fatalf("%s: region without a line: %+v", path, r)
			}
			for _, id := range r.Rules {
				if !validRuleID(id) {
					t.Fatalf("%s: region names malformed rule %q", path, id)
				}
			}
		}
		for _, p := range ps {
			if p.Line < 1 || p.Path != path || p.Message == "" {
				t.Fatalf("%s: bad problem %+v", path, p)
			}
		}
	})
}
