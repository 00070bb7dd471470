//go:build unix

package audit

import (
	"syscall"
	"time"
)

// cpuTime is the processor time this process has used, which unlike wall
// time does not depend on what else the machine is running.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
