package quadtest

import (
	"bytes"
	"errors"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/nquads"
)

// Keys spells quads as sorted, normalised N-Quads-like strings, so that an
// Int read back from a file equals the TypedString it was written as.
func Keys(qs []quad.Quad) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		var k []string
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				k = append(k, nquads.FullDatatypes(v).String())
			} else {
				k = append(k, "")
			}
		}
		out = append(out, strings.Join(k, " "))
	}
	sort.Strings(out)
	return out
}

// DiffKeys returns the keys of want missing from got, and those of got not
// in want.
func DiffKeys(got, want []string) (missing, extra []string) {
	g, w := map[string]bool{}, map[string]bool{}
	for _, k := range got {
		g[k] = true
	}
	for _, k := range want {
		w[k] = true
		if !g[k] {
			missing = append(missing, k)
		}
	}
	for _, k := range got {
		if !w[k] {
			extra = append(extra, k)
		}
	}
	return missing, extra
}

// AssertSameKeys fails the test with every key missing from got or extra
// in it; what names the keys in the messages.
func AssertSameKeys(tb testing.TB, what string, got, want []string) {
	tb.Helper()
	missing, extra := DiffKeys(got, want)
	for _, k := range missing {
		tb.Errorf("%s: missing %s", what, k)
	}
	for _, k := range extra {
		tb.Errorf("%s: unexpected %s", what, k)
	}
}

// DiffLines lists the lines of a missing from b ("- ") and the reverse
// ("+ ").
func DiffLines(a, b string) string {
	missing, extra := DiffKeys(strings.Split(b, "\n"), strings.Split(a, "\n"))
	var buf bytes.Buffer
	for _, l := range missing {
		buf.WriteString("- " + l + "\n")
	}
	for _, l := range extra {
		buf.WriteString("+ " + l + "\n")
	}
	if buf.Len() == 0 {
		return "same lines, another order"
	}
	return buf.String()
}

// ReadNQuads parses text with the strict reader, failing the test on any
// error.
func ReadNQuads(tb testing.TB, text string) []quad.Quad {
	tb.Helper()
	return ReadAll(tb, "ReadQuad", nquads.NewReader(strings.NewReader(text), "t.nq"))
}

// ReadAll reads every quad of r (the strict reader or Cayley's), failing
// the test (named by what) on an error.
func ReadAll(tb testing.TB, what string, r interface{ ReadQuad() (quad.Quad, error) }) []quad.Quad {
	tb.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			tb.Fatalf("%s: %v", what, err)
		}
		out = append(out, q)
	}
}
