package audit

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// IsTerminal reports whether f is a terminal, where a progress bar helps;
// anywhere else (a pipe, a log file) it would only be noise.
func IsTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// ParseShard reads "i/n", shard i (1-based) of n, as in --shard 2/8.
func ParseShard(s string) (shard, shards int, err error) {
	is, ns, ok := strings.Cut(s, "/")
	if ok {
		shard, err = strconv.Atoi(is)
	}
	if ok && err == nil {
		shards, err = strconv.Atoi(ns)
	}
	if !ok || err != nil || shards < 1 || shard < 1 || shard > shards {
		return 0, 0, fmt.Errorf("shard %q: want i/n with 1 <= i <= n, e.g. 1/4", s)
	}
	return shard, shards, nil
}

// progress shows on a terminal how far the audit is: input read (with the
// time left when the total is known), clusters done, articles per second
// and findings so far.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	start time.Time
}

// newProgress returns nil, a progress that shows nothing, when w is nil.
func newProgress(w io.Writer, total int64) *progress {
	if w == nil {
		return nil
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSpinnerType(14),
		// No ticker goroutine: the bar is drawn as clusters are written.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{w: w, bar: bar, start: time.Now()}
}

func (p *progress) add(r *result, s *Summary) {
	if p == nil {
		return
	}
	rate := float64(s.Documents) / max(time.Since(p.start).Seconds(), 1e-3)
	p.bar.Describe(fmt.Sprintf("%d clusters, %.0f articles/s, %d findings", s.Clusters, rate, s.Findings))
	_ = p.bar.Add64(r.bytes)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	_ = p.bar.Finish()
	_ = p.bar.Exit()
}
