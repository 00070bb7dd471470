package reports

import (
	"os"
	"strconv"
	"syscall"
	"testing"
	"unsafe"
)

// openTerminal opens a pseudo-terminal's follower side, so "auto" can be
// tested against a real terminal without a dependency.
func openTerminal(t *testing.T) *os.File {
	t.Helper()
	leader, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { leader.Close() })
	var unlock int32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, leader.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); errno != 0 {
		t.Skipf("unlocking the pseudo-terminal: %v", errno)
	}
	var n uint32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, leader.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); errno != 0 {
		t.Skipf("naming the pseudo-terminal: %v", errno)
	}
	follower, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { follower.Close() })
	return follower
}

func TestColorForTerminal(t *testing.T) {
	tty := openTerminal(t)
	tests := []struct {
		noColor, term, mode string
		want                bool
	}{
		{"", "xterm-256color", "auto", true},
		{"1", "xterm-256color", "auto", false},
		{"", "dumb", "auto", false},
		{"", "", "auto", true},
		{"1", "xterm-256color", "always", true},
		{"", "xterm-256color", "never", false},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		t.Setenv("TERM", tt.term)
		if got := ColorFor(tty, tt.mode); got != tt.want {
			t.Errorf("NO_COLOR=%q TERM=%q mode %q: got %v, want %v", tt.noColor, tt.term, tt.mode, got, tt.want)
		}
	}
}
