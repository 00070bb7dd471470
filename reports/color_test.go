package reports

import (
	"os"
	"testing"
)

func TestColorForWithoutTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm-256color")
	tests := []struct {
		f    *os.File
		mode string
		want bool
	}{
		{w, "auto", false},
		{w, "", false},
		{w, "always", true},
		{w, "never", false},
		{nil, "auto", false},
		{nil, "always", true},
	}
	for _, tt := range tests {
		if got := ColorFor(tt.f, tt.mode); got != tt.want {
			t.Errorf("ColorFor(pipe=%v, %q) = %v, want %v", tt.f != nil, tt.mode, got, tt.want)
		}
	}
}
