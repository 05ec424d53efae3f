package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// TestGolden pins everything Extract finds (entities with their spans,
// roles, statements, confidences) on the bundled example articles and on
// made-up texts in testdata/golden: any change to what the stages find
// shows up as a diff of a .json file. Run with -update to rewrite them
// after an intended change.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("../examples/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	own, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, own...)
	if len(own) == 0 || len(inputs) == len(own) {
		t.Fatalf("found %d example and %d made-up articles, want both", len(inputs)-len(own), len(own))
	}
	x := New()
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenJSON(t, x.Extract(goldenArticle(name, string(raw))))
			want := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantb, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, wantb) {
				t.Errorf("Extract(%s) differs from %s:\n%s", in, want, lineDiff(string(wantb), string(got)))
			}
		})
	}
}

// goldenArticle reads the "date YYYY-MM-DD" header line of the example
// format; the rest is the text.
func goldenArticle(id, raw string) schema.Article {
	a := schema.Article{ID: id, Text: raw}
	if first, rest, ok := strings.Cut(raw, "\n"); ok && strings.HasPrefix(first, "date ") {
		a.Date, a.Text = strings.TrimPrefix(first, "date "), strings.TrimLeft(rest, "\n")
	}
	return a
}

func goldenJSON(t *testing.T, d schema.Document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// lineDiff shows the first lines where want and got differ, with their
// line numbers.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out = append(out, fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, wl, gl))
		}
	}
	return strings.Join(out, "\n")
}
