package figures

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The Microsoft Recognizers-Text English spec cases, scored as
// shared/eval/extraction.py scores them: a gold result is found when a
// figure overlaps its span, has a kind that fits the model and the value
// (or, for ranges, the low and high ends).

const recognizersDir = "../../../shared/corpus/recognizers"

// recognizersFloor is just under the overall accuracy reached; a change
// that loses cases fails the test.
const recognizersFloor = 0.94

type recCase struct {
	Input                string
	NotSupported         string
	NotSupportedByDesign string
	Results              []recResult
}

type recResult struct {
	Text       string
	TypeName   string
	Start      *int
	End        *int
	Length     *int
	Resolution map[string]any
	Value      map[string]any
}

type recGold struct {
	start, end int // code points, end exclusive
	text       string
	kind       Kind // "" fits any kind
	value      float64
	years      float64 // ages given in months, weeks or days: the value in years
	isRange    bool
	lo, hi     *float64
	date       string
}

type recItem struct {
	model, input string
	gold         []recGold
}

var recModels = []string{"PercentModel", "NumberModel", "NumberRangeModel", "OrdinalModel", "CurrencyModel", "AgeModel"}

var falseAlarmKind = map[string]Kind{"PercentModel": Percent, "CurrencyModel": Money, "AgeModel": Age, "OrdinalModel": Ordinal}

func TestRecognizers(t *testing.T) {
	if _, err := os.Stat(recognizersDir); err != nil {
		t.Skipf("recognizers corpus absent at %s: %v", recognizersDir, err)
	}
	items := loadRecognizers(t)
	found := map[string]int{}
	total := map[string]int{}
	alarms := map[string]int{}
	for _, it := range items {
		figs := Find(it.input, Context{})
		if len(it.gold) == 0 {
			for _, f := range figs {
				if k, ok := falseAlarmKind[it.model]; ok && f.Kind == k {
					alarms[it.model]++
					t.Logf("%s false alarm: %q in %q", it.model, it.input[f.Start:f.End], it.input)
				}
			}
			continue
		}
		for _, g := range it.gold {
			total[it.model]++
			hit := false
			for _, f := range figs {
				s := utf8.RuneCountInString(it.input[:f.Start])
				e := s + utf8.RuneCountInString(it.input[f.Start:f.End])
				if min(e, g.end)-max(s, g.start) > 0 && recMatch(g, f) {
					hit = true
				}
			}
			if hit {
				found[it.model]++
			} else if testing.Verbose() {
				t.Logf("%s miss: %q in %q; found %s", it.model, g.text, it.input, describe(it.input, figs))
			}
		}
	}
	var f, n int
	for _, m := range append(recModels, "DateParser*") {
		t.Logf("%-17s %3d/%3d %.2f  false alarms %d", m, found[m], total[m], ratio(found[m], total[m]), alarms[m])
		if m != "DateParser*" {
			f += found[m]
			n += total[m]
		}
	}
	acc := ratio(f, n)
	t.Logf("overall %d/%d %.3f", f, n, acc)
	if acc < recognizersFloor {
		t.Errorf("recognizers accuracy %.3f under the floor %.2f", acc, recognizersFloor)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func describe(s string, figs []Figure) string {
	var b strings.Builder
	for _, f := range figs {
		fmt.Fprintf(&b, "[%q %s", s[f.Start:f.End], f.Kind)
		if f.Value != nil {
			fmt.Fprintf(&b, " %g", *f.Value)
		}
		if f.Low != nil {
			fmt.Fprintf(&b, " lo %g", *f.Low)
		}
		if f.High != nil {
			fmt.Fprintf(&b, " hi %g", *f.High)
		}
		if f.Date != "" {
			fmt.Fprintf(&b, " %s", f.Date)
		}
		b.WriteString("]")
	}
	return b.String()
}

func closeTo(a, b float64) bool {
	d := math.Abs(a - b)
	return d <= 1e-6*max(math.Abs(a), math.Abs(b)) || d < 1e-12
}

func recMatch(g recGold, f Figure) bool {
	if g.kind != "" && f.Kind != g.kind {
		return false
	}
	if g.isRange {
		side := func(want, got *float64) bool {
			if want == nil {
				return got == nil
			}
			return got != nil && closeTo(*got, *want)
		}
		return side(g.lo, f.Low) && side(g.hi, f.High)
	}
	if g.kind == Date {
		return f.Date == g.date
	}
	if f.Value == nil {
		return false
	}
	return closeTo(*f.Value, g.value) || (g.years != 0 && math.Abs(*f.Value-g.years) <= 1e-3*max(1, g.years))
}

func loadRecognizers(t *testing.T) []recItem {
	var items []recItem
	load := func(rel string) []recCase {
		b, err := os.ReadFile(filepath.Join(recognizersDir, rel))
		if err != nil {
			t.Fatalf("reading recognizers cases: %v", err)
		}
		b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
		var cs []recCase
		if err := json.Unmarshal(b, &cs); err != nil {
			t.Fatalf("parsing %s: %v", rel, err)
		}
		return cs
	}
	add := func(model string, c recCase, gold []recGold, keepNegative bool) {
		ns := strings.ToLower(c.NotSupported + "," + c.NotSupportedByDesign)
		if strings.Contains(ns, "dotnet") || regexp.MustCompile(`\ball\b`).MatchString(ns) {
			return
		}
		if len(gold) == 0 && !(keepNegative && len(c.Results) == 0) {
			return
		}
		input := strings.NewReplacer("\r", " ", "\n", " ").Replace(c.Input)
		items = append(items, recItem{model, input, gold})
	}
	span := func(r recResult) (int, int, bool) {
		if r.Start == nil {
			return 0, 0, false
		}
		switch {
		case r.End != nil:
			return *r.Start, *r.End + 1, true
		case r.Length != nil:
			return *r.Start, *r.Start + *r.Length, true
		}
		return *r.Start, *r.Start + utf8.RuneCountInString(r.Text), true
	}
	for _, c := range load("Number/English/PercentModel.json") {
		var gold []recGold
		for _, r := range c.Results {
			v, ok := num(strings.TrimRight(fmt.Sprint(r.Resolution["value"]), "%"))
			s, e, ok2 := span(r)
			if ok && ok2 {
				gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Percent, value: v})
			}
		}
		add("PercentModel", c, gold, true)
	}
	for _, c := range load("Number/English/NumberModel.json") {
		if !readsLikeProse(c.Input) {
			continue
		}
		var gold []recGold
		for _, r := range c.Results {
			v, ok := num(r.Resolution["value"])
			s, e, ok2 := span(r)
			if ok && ok2 {
				gold = append(gold, recGold{start: s, end: e, text: r.Text, value: v})
			}
		}
		add("NumberModel", c, gold, true)
	}
	for _, c := range load("Number/English/NumberRangeModel.json") {
		var gold []recGold
		for _, r := range c.Results {
			lo, hi, ok := parseRange(fmt.Sprint(r.Resolution["value"]))
			s, e, ok2 := span(r)
			if ok && ok2 {
				gold = append(gold, recGold{start: s, end: e, text: r.Text, isRange: true, lo: lo, hi: hi})
			}
		}
		add("NumberRangeModel", c, gold, true)
	}
	for _, c := range load("Number/English/OrdinalModel.json") {
		var gold []recGold
		for _, r := range c.Results {
			if r.TypeName != "ordinal" {
				continue
			}
			v, ok := num(r.Resolution["value"])
			s, e, ok2 := span(r)
			if ok && ok2 {
				gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Ordinal, value: v})
			}
		}
		if len(gold) > 0 || len(c.Results) == 0 {
			add("OrdinalModel", c, gold, true)
		}
	}
	for _, c := range load("NumberWithUnit/English/CurrencyModel.json") {
		var gold []recGold
		other := false
		for _, r := range c.Results {
			v, ok := num(r.Resolution["value"])
			s, e, ok2 := span(r)
			if !ok || !ok2 {
				continue
			}
			unit, iso := fmt.Sprint(r.Resolution["unit"]), fmt.Sprint(r.Resolution["isoCurrency"])
			switch {
			case unit == "Dollar" || unit == "United States dollar" || iso == "USD":
				gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Money, value: v})
			case unit == "Cent":
				gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Money, value: v / 100})
			default:
				other = true
			}
		}
		if len(gold) > 0 || (len(c.Results) == 0 && !other) {
			add("CurrencyModel", c, gold, true)
		}
	}
	perYear := map[string]float64{"Year": 1, "Month": 12, "Week": 52.1775, "Day": 365.25}
	for _, c := range load("NumberWithUnit/English/AgeModel.json") {
		var gold []recGold
		for _, r := range c.Results {
			v, ok := num(r.Resolution["value"])
			s, e, ok2 := span(r)
			if !ok || !ok2 {
				continue
			}
			py := perYear[fmt.Sprint(r.Resolution["unit"])]
			if py == 0 {
				py = 1
			}
			gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Age, value: v, years: v / py})
		}
		add("AgeModel", c, gold, true)
	}
	timex := regexp.MustCompile(`^(?:\d{4}|XXXX)-\d{2}-\d{2}$`)
	monthRe := regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`)
	numDate := regexp.MustCompile(`\d+[/.\-]\d+`)
	for _, c := range load("DateTime/English/DateParser.json") {
		var gold []recGold
		for _, r := range c.Results {
			tx := fmt.Sprint(r.Value["Timex"])
			if !timex.MatchString(tx) || !validTimex(tx) || !(monthRe.MatchString(r.Text) || numDate.MatchString(r.Text)) {
				continue
			}
			if s, e, ok := span(r); ok {
				gold = append(gold, recGold{start: s, end: e, text: r.Text, kind: Date, date: tx})
			}
		}
		if len(gold) > 0 {
			add("DateParser*", c, gold, false)
		}
	}
	return items
}

func validTimex(tx string) bool {
	p := strings.Split(tx, "-")
	m, _ := strconv.Atoi(p[1])
	d, _ := strconv.Atoi(p[2])
	return m >= 1 && m <= 12 && validDay(m, d) && !(m == 2 && d == 29 && p[0] != "XXXX" && !leap(p[0]))
}

func leap(y string) bool {
	n, _ := strconv.Atoi(y)
	return n%4 == 0 && (n%100 != 0 || n%400 == 0)
}

func num(x any) (float64, bool) {
	switch v := x.(type) {
	case float64:
		return v, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		return f, err == nil
	}
	return 0, false
}

var rangeRe = regexp.MustCompile(`^\s*([\[(])\s*([^,\s]*)\s*,\s*([^\])\s]*)\s*([\])])\s*$`)

func parseRange(v string) (*float64, *float64, bool) {
	m := rangeRe.FindStringSubmatch(v)
	if m == nil {
		return nil, nil, false
	}
	side := func(s string) *float64 {
		if s == "" {
			return nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil
		}
		return &f
	}
	return side(m[2]), side(m[3]), true
}

// notProse mirrors NOT_PROSE in extraction.py: NumberModel inputs that do
// not read like news prose.
var notProse = func() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range []string{`\^`, `\d[eE][-+]?\d`, `\d+\.\d+\.\d+`, `[\x{00bc}-\x{00be}\x{2150}-\x{215e}]`,
		`\b(?:lakh|crore|dzs?|nought|naught)\b`, `\d{1,2},\d{2},\d{3}`, `\d\.\d{3},\d`,
		`\d,\d{2}\b`, `\d[ \x{202f}\x{00a0}]\d{3}\b`, `\d, \d{3}`, `[A-Z]{2,}-\d`,
		`(?i)\b(?:fifths|ninths|firsts|hundredths|trillionths|thirtieth|millionth|fourth)\b`,
		`\bone (?:one hundred|twenty-fifth)\b`, `\bover\b`, `(?i)\b(?:minus|negative)\b`,
		`(?:^|\s)-\s?\d`, `\d\s*(?:k|K|M|MM|G)\b`, `\b\d+ in (?:\d|twenty)`, `\bout of\b`,
		`\d+/\d+/\d+`, `\d+ (?:hundred|thousand) (?:and )?\d`, `\w - \w`,
		`\bpoint (?:zero|one|two|three|four|five|six|seven|eight|nine)\b`, `\bdozens\b`,
		`^\s*\d+\.\d*0\s*$`, `^\s*\.\d`} {
		out = append(out, regexp.MustCompile(p))
	}
	return out
}()

var numWordRe = regexp.MustCompile(`(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|` +
	`fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|` +
	`ninety|hundred|thousand|million|billion|trillion|dozen|half|quarters?|thirds?|fifth|eighths?)\b`)

func readsLikeProse(s string) bool {
	if !regexp.MustCompile(`\d`).MatchString(s) && !numWordRe.MatchString(s) {
		return false
	}
	for _, re := range notProse {
		if re.MatchString(s) {
			return false
		}
	}
	return true
}
