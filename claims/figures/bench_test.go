package figures

import (
	"os"
	"strings"
	"testing"
)

// benchText is about 1 MB of prose: the sentence cases repeated.
func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		b.Fatalf("reading sentences: %v", err)
	}
	var para strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "> ") {
			para.WriteString(line[2:])
			para.WriteString(" ")
		}
	}
	p := para.String() + "\n\n"
	return strings.Repeat(p, 1<<20/len(p)+1)
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Find(text, Context{})
	}
}
