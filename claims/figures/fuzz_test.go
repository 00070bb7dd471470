package figures

import (
	"strings"
	"testing"
	"time"

	"factdiff/claims/ascii"
)

// FuzzFind feeds arbitrary text: no input may panic, and every result must
// keep the contract checked by checkFigures.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"just under 30 percent", "$4.7 million", "between 40 and 45 percent", "a 5-4 vote", "March 14, 2019",
		"within 3 percentage points of a majority", "Lopez, 63, said", "one and a half million",
		"13.5.2015", "3 hundred and one", "2  1/4", "$ 75 million", "10 $ 30 $", "-3", "<= -30", "Q3 2019",
		"two million and three million", "point seventy-one", "+1-222-2222-2222", "https://x.com/1%",
		"a third of", "mid-June", "2019's third quarter", "1,000,000,000,000,000,000", "9" + strings.Repeat("0", 400),
	} {
		f.Add(s)
	}
	ctx := Context{Date: time.Date(2019, 3, 14, 0, 0, 0, 0, time.UTC)}
	var reused Finder
	f.Fuzz(func(t *testing.T, s string) {
		checkFigures(t, s, Find(s, Context{}))
		figs := Find(s, ctx)
		checkFigures(t, s, figs)
		var full Finder
		for _, cx := range []Context{ctx, {}} {
			if all := full.scan(s, "", cx); len(all) > 0 && !mayHoldFigure(s, cx) {
				t.Fatalf("mayHoldFigure passes over %q, which holds %s", s, renderAll(s, all))
			}
		}
		if again, want := renderAll(s, reused.Find(s, ctx)), renderAll(s, figs); again != want {
			t.Fatalf("a reused Finder reads %q as %s, a fresh one as %s", s, again, want)
		}
		if lowered, want := renderAll(s, reused.FindLower(s, ascii.Lower(s), ctx)), renderAll(s, figs); lowered != want {
			t.Fatalf("FindLower reads %q as %s, Find as %s", s, lowered, want)
		}
	})
}

// TestLongInputs feeds a megabyte of each shape that could make a careless
// scanner quadratic; the test's own timeout catches a hang.
func TestLongInputs(t *testing.T) {
	for _, unit := range []string{"1-", "one and ", "$", "9", "a", "1/", "- ", "between 1 and ", "twenty-",
		"June ", "1,000,", "http://x ", "Lopez, 63, ", "one hundred and ", "0.", "\u2014"} {
		s := strings.Repeat(unit, (1<<20)/len(unit))
		start := time.Now()
		checkFigures(t, s, Find(s, Context{}))
		if d := time.Since(start); testing.Verbose() || d > 30*time.Second {
			t.Logf("%q x %d: %v", unit, len(s)/len(unit), d)
		}
		if d := time.Since(start); d > 30*time.Second {
			t.Errorf("%q repeated to 1 MB took %v", unit, d)
		}
	}
}
