package finding

import (
	"encoding/json"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, name := range []string{"info", "warning", "error"} {
		s, err := ParseSeverity(name)
		if err != nil || s.String() != name {
			t.Errorf("ParseSeverity(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity accepted an unknown severity")
	}
	if b, _ := json.Marshal(Error); string(b) != `"error"` {
		t.Errorf("Error marshals as %s", b)
	}
	if Info >= Warning || Warning >= Error {
		t.Error("severities are out of order")
	}
}

// TestSortIsTotal checks that findings end in the contract's order whatever
// order they came in.
func TestSortIsTotal(t *testing.T) {
	at := func(path string, line, col int, rule, msg string) Finding {
		return Finding{Rule: rule, Message: msg, Location: Location{Path: path, Line: line, Column: col}}
	}
	want := []Finding{
		at("a.txt", 1, 5, "misquote", "x"),
		at("a.txt", 2, 1, "misquote", "x"),
		at("a.txt", 2, 3, "arithmetic", "y"),
		at("a.txt", 2, 3, "misquote", "a"),
		at("a.txt", 2, 3, "misquote", "b"),
		at("b.txt", 1, 1, "arithmetic", "z"),
	}
	got := []Finding{want[5], want[3], want[1], want[4], want[0], want[2]}
	Sort(got)
	for i := range want {
		if got[i].Location != want[i].Location || got[i].Rule != want[i].Rule || got[i].Message != want[i].Message {
			t.Fatalf("position %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	e, w, n := Counts([]Finding{{Severity: Error}, {Severity: Warning}, {Severity: Warning}, {Severity: Info}})
	if e != 1 || w != 2 || n != 1 {
		t.Errorf("Counts = %d, %d, %d", e, w, n)
	}
}
