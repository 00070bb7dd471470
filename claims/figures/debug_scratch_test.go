package figures

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratch(t *testing.T) {
	in := os.Getenv("FD_IN")
	if in == "" {
		t.Skip()
	}
	ctx := Context{}
	if d := os.Getenv("FD_DATE"); d != "" {
		ctx.Date, _ = time.Parse(time.DateOnly, d)
	}
	for _, line := range strings.Split(in, "\n") {
		fmt.Println(">>", line)
		for _, f := range Find(line, ctx) {
			fmt.Printf("   %q %s v=%s lo=%s hi=%s h=%s u=%q d=%q of=%q\n", line[f.Start:f.End], f.Kind, fp(f.Value), fp(f.Low), fp(f.High), f.Hedge, f.Unit, f.Date, f.Of)
		}
	}
}

func fp(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

func TestScratchTok(t *testing.T) {
	in := os.Getenv("FD_TOK")
	if in == "" {
		t.Skip()
	}
	for _, tk := range tokenize(in, nil) {
		fmt.Printf("%+v\n", tk)
	}
}

func TestScratchCorpus(t *testing.T) {
	files := os.Getenv("FD_FILES")
	if files == "" {
		t.Skip()
	}
	for _, p := range strings.Fields(files) {
		b, _ := os.ReadFile(p)
		for _, para := range strings.Split(string(b), "\n") {
			figs := Find(para, Context{})
			var keep []Figure
			for _, f := range figs {
				if os.Getenv("FD_ALL") != "" || (f.Kind != Ordinal && f.Kind != Number) {
					keep = append(keep, f)
				}
			}
			if len(keep) == 0 {
				continue
			}
			fmt.Println(">>", para)
			for _, f := range keep {
				fmt.Printf("   %q %s v=%s lo=%s hi=%s h=%s u=%q d=%q\n", para[f.Start:f.End], f.Kind, fp(f.Value), fp(f.Low), fp(f.High), f.Hedge, f.Unit, f.Date)
			}
		}
	}
}

func TestScratchGen(t *testing.T) {
	in := os.Getenv("FD_GEN")
	if in == "" {
		t.Skip()
	}
	for _, line := range strings.Split(in, "\n") {
		src, text, _ := strings.Cut(line, "\t")
		fmt.Println("# " + src)
		fmt.Println("> " + text)
		for _, f := range Find(text, Context{}) {
			if judged[f.Kind] {
				fmt.Println("= " + render(text, f))
			}
		}
	}
}
