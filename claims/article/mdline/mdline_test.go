package mdline

import "testing"

func TestLines(t *testing.T) {
	tests := []struct {
		line    string
		fence   string
		list    int
		isList  bool
		indent  int
		closing string // a fence this line closes
	}{
		{line: "```go", fence: "```"},
		{line: "~~~~", fence: "~~~~", closing: "~~~"},
		{line: "``not a fence``"},
		{line: "- item", list: 2, isList: true},
		{line: "12) item", list: 4, isList: true},
		{line: "2016. was a year", list: 6, isList: true},
		{line: "-dash"},
		{line: "\t  code", indent: 6},
		{line: "   ```", indent: 3, closing: "```"},
		{line: "Plain prose."},
	}
	for _, tt := range tests {
		if got := FenceOpener(tt.line); got != tt.fence {
			t.Errorf("FenceOpener(%q) = %q, want %q", tt.line, got, tt.fence)
		}
		if n, ok := ListMarker(tt.line); ok != tt.isList || n != tt.list {
			t.Errorf("ListMarker(%q) = %d, %v, want %d, %v", tt.line, n, ok, tt.list, tt.isList)
		}
		if cols, _ := Indentation(tt.line); cols != tt.indent {
			t.Errorf("Indentation(%q) = %d, want %d", tt.line, cols, tt.indent)
		}
		if tt.closing != "" && !ClosesFence(tt.line, tt.closing) {
			t.Errorf("ClosesFence(%q, %q) = false", tt.line, tt.closing)
		}
	}
}
