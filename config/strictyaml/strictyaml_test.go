package strictyaml

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestSuggest(t *testing.T) {
	known := []string{"final", "votes", "shares", "source"}
	for key, want := range map[string]string{
		"finall": ` (did you mean "final"?)`,
		"Vote":   ` (did you mean "votes"?)`,
		"shares": ` (did you mean "shares"?)`,
		"turnot": "",
		"":       "",
	} {
		if got := Suggest(key, known); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestEmptyValues(t *testing.T) {
	d, err := Parse("e.yaml", []byte("m:\nl:\n"))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	err = d.Map(d.Root, "the file", Fields{
		"m": func(v *yaml.Node) error {
			return d.Pairs(v, "m", func(string, *yaml.Node, *yaml.Node) error { calls++; return nil })
		},
		"l": func(v *yaml.Node) error {
			return d.List(v, "l", func(*yaml.Node) error { calls++; return nil })
		},
	})
	if err != nil || calls != 0 {
		t.Errorf("a key with nothing after it is empty: %v, %d calls", err, calls)
	}
}

func TestScalars(t *testing.T) {
	d, err := Parse("s.yaml", []byte("i: 12\nf: 1.5\nb: true\ns: text\nn: 2017-06-20\nbig: 99999999999999999999999\n"))
	if err != nil {
		t.Fatal(err)
	}
	v := map[string]*yaml.Node{}
	for i := 0; i < len(d.Root.Content); i += 2 {
		v[d.Root.Content[i].Value] = d.Root.Content[i+1]
	}
	if n, err := d.Int(v["i"], "i"); n != 12 || err != nil {
		t.Errorf("Int = %d, %v", n, err)
	}
	if _, err := d.Int(v["f"], "f"); err == nil {
		t.Error("1.5 read as a whole number")
	}
	if _, err := d.Int(v["big"], "big"); err == nil {
		t.Error("an integer out of range read")
	}
	if f, err := d.Float(v["i"], "i"); f != 12 || err != nil {
		t.Errorf("Float of a whole number = %v, %v", f, err)
	}
	if b, err := d.Bool(v["b"], "b"); !b || err != nil {
		t.Errorf("Bool = %v, %v", b, err)
	}
	if _, err := d.Bool(v["s"], "s"); err == nil || err.Error() != `s.yaml:4: s must be true or false, not "text"` {
		t.Errorf("Bool of text: %v", err)
	}
	if s, err := d.String(v["n"], "n"); s != "2017-06-20" || err != nil {
		t.Errorf("String of a date = %q, %v", s, err)
	}
}
