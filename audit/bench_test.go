package audit

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpus is the shared development corpus beside the repository; the
// benchmarks skip when it is absent.
var corpus = filepath.Join("..", "..", "shared", "corpus")

// polnearArchive is about size bytes of real article text as a JSON Lines
// archive, three articles per cluster as perf.py builds it.
func polnearArchive(b *testing.B, size int) (archive []byte, text int) {
	files, _ := filepath.Glob(filepath.Join(corpus, "polnear", "*", "text", "*.txt"))
	if len(files) == 0 {
		b.Skip("no PolNeAR articles under", corpus)
	}
	var buf bytes.Buffer
	var arts []map[string]string
	for i := 0; text < size; i++ {
		raw, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, map[string]string{"id": filepath.Base(files[i%len(files)]), "text": string(raw)})
		text += len(raw)
		if len(arts) == 3 {
			line, _ := json.Marshal(map[string]any{"id": fmt.Sprint("c", i), "articles": arts})
			buf.Write(append(line, '\n'))
			arts = nil
		}
	}
	return buf.Bytes(), text
}

// wordCount is the floor to compare with: one pass over the text that
// only splits it into words, as wc -w does.
func wordCount(data []byte) int {
	s := bufio.NewScanner(bytes.NewReader(data))
	s.Buffer(nil, MaxLine)
	s.Split(bufio.ScanWords)
	n := 0
	for s.Scan() {
		n++
	}
	return n
}

// BenchmarkAudit audits ~5 MB of PolNeAR articles with the default
// number of workers. MB/s counts article text; x-wordcount is the time
// against one word-splitting pass over the same archive.
func BenchmarkAudit(b *testing.B) {
	archive, text := polnearArchive(b, 5<<20)
	start := time.Now()
	wordCount(archive)
	floor := time.Since(start)
	b.SetBytes(int64(text))
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Run(context.Background(), []string{"-"}, bytes.NewReader(archive), io.Discard, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(floor), "x-wordcount")
	reportCPU(b, cpu, text)
}

// reportCPU gives the throughput per second of processor time, a figure
// that holds on a busy machine where MB/s does not. On an idle machine
// with every core working, MB/s is MB/cpu-s times the number of cores.
func reportCPU(b *testing.B, since time.Duration, text int) {
	if used := cpuTime() - since; used > 0 && since > 0 {
		b.ReportMetric(float64(text)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkAuditBASIL audits the BASIL articles laid out as workflows.py
// lays them out: one directory per event, one text file per article.
func BenchmarkAuditBASIL(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpus, "basil", "articles", "*", "*.json"))
	if len(files) == 0 {
		b.Skip("no BASIL articles under", corpus)
	}
	root := b.TempDir()
	var text int64
	clusters := map[string]bool{}
	for _, f := range files {
		triplet, n, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".json"), "_")
		var doc struct {
			Source     string `json:"source"`
			Title      string `json:"title"`
			Paragraphs []any  `json:"body-paragraphs"`
		}
		raw, err := os.ReadFile(f)
		if err == nil {
			err = json.Unmarshal(raw, &doc)
		}
		if err != nil {
			b.Fatal(err)
		}
		var body strings.Builder
		body.WriteString(doc.Title + "\n\n")
		for _, p := range doc.Paragraphs {
			if sentences, ok := p.([]any); ok {
				parts := make([]string, len(sentences))
				for i, s := range sentences {
					parts[i] = fmt.Sprint(s)
				}
				p = strings.Join(parts, " ")
			}
			fmt.Fprint(&body, p, "\n\n")
		}
		dir := filepath.Join(root, triplet)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, doc.Source+"-"+n+".txt"), []byte(body.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		text += int64(body.Len())
		clusters[triplet] = true
	}
	b.SetBytes(text)
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Run(context.Background(), []string{root}, nil, io.Discard, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(clusters))*float64(b.N)/b.Elapsed().Seconds(), "clusters/s")
	reportCPU(b, cpu, int(text))
}
