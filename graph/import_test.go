package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// readAllNQuads parses text strictly, failing the test on any error.
func readAllNQuads(tb testing.TB, text string) []quad.Quad {
	tb.Helper()
	return readAll(tb, "ReadQuad", NewNQuadsReader(strings.NewReader(text), "t.nq"))
}

// readAll reads every quad of r, failing the test (named by what) on an
// error.
func readAll(tb testing.TB, what string, r interface{ ReadQuad() (quad.Quad, error) }) []quad.Quad {
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

func TestNQuadsReaderAccepts(t *testing.T) {
	const a, p, g = "<https://e.example/a>", "<https://e.example/p>", "<https://e.example/g>"
	tests := []struct {
		name, line string
		want       quad.Quad
	}{
		{"triple", a + " " + p + " " + a + " .", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
		{"quad, tabs, comment", "\t" + a + "\t" + p + ` "x" ` + g + " . # note", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("x"), quad.IRI("https://e.example/g"))},
		{"no spaces", a + p + `"x"` + g + ".", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("x"), quad.IRI("https://e.example/g"))},
		{"escapes", a + " " + p + ` "q\"b\\n\nt\tu\u00e9U\U0001F680z\u0000" .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("q\"b\\n\nt\tuéU🚀z\x00"), nil)},
		{"typed", a + " " + p + ` "2025-06-01"^^<http://www.w3.org/2001/XMLSchema#date> .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), schema.Date("2025-06-01"), nil)},
		{"language", a + " " + p + ` "Лена"@ru-Cyrl .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.LangString{Value: "Лена", Lang: "ru-Cyrl"}, nil)},
		{"blank nodes", "_:b1 " + p + " _:b.2.", quad.Make(quad.BNode("b1"), quad.IRI("https://e.example/p"), quad.BNode("b.2"), nil)},
		{"uchar in IRI", `<https://e.example/\u00E9> ` + p + " " + a + " .", quad.Make(quad.IRI("https://e.example/é"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
		{"crlf", a + " " + p + " " + a + " .\r", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAllNQuads(t, "# comment\n\n"+tt.line+"\n")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("read %q = %#v, want %#v", tt.line, got, tt.want)
			}
		})
	}
}

// TestNQuadsReaderRejects: every line Cayley's lenient reader takes as
// something else, and every IRI that is not valid, is an error with the
// file and line.
func TestNQuadsReaderRejects(t *testing.T) {
	const a, p = "<https://e.example/a>", "<https://e.example/p>"
	tests := []struct{ name, line, want string }{
		{"unterminated predicate", a + ` <https://e.example/b "oops" .`, "not allowed in an IRI"},
		{"bare word object", a + " " + p + " c .", "want an IRI, a blank node or a literal"},
		{"space in IRI", `<https://e.example/a b> ` + p + " " + a + " .", "not allowed in an IRI"},
		{"relative IRI", "<s> " + p + " " + a + " .", "not an absolute IRI"},
		{"IRI needing escapes", `<https://e.example/\u007B> ` + p + " " + a + " .", "must be percent-encoded"},
		{"bad percent", `<https://e.example/%zz> ` + p + " " + a + " .", "must be percent-encoded"},
		{"incomplete", a + " " + p + " .", "subject, a predicate and an object"},
		{"no dot", a + " " + p + " " + a, "want '.'"},
		{"text after", a + " " + p + " " + a + " . x", "text after"},
		{"literal subject", `"s" ` + p + " " + a + " .", "subject"},
		{"blank predicate", a + " _:p " + a + " .", "want an IRI"},
		{"literal label", a + " " + p + ` "o" "g" .`, "want an IRI or a blank node"},
		{"invalid utf-8", a + " " + p + " \"\xff\" .", "invalid UTF-8"},
		{"short escape", a + " " + p + ` "\u12" .`, "escape"},
		{"surrogate", a + " " + p + ` "\uD800" .`, "bad escape"},
		{"bad echar", a + " " + p + ` "\x" .`, "bad escape"},
		{"unterminated string", a + " " + p + ` "abc .`, "unterminated string"},
		{"bad language", a + " " + p + ` "x"@1en .`, "language tag"},
		{"bad blank node", "_:-b " + p + " " + a + " .", "blank node"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewNQuadsReader(strings.NewReader(a+" "+p+" "+a+" .\n\n"+tt.line+"\n"), "bad.nq")
			if _, err := r.ReadQuad(); err != nil {
				t.Fatalf("line 1: %v", err)
			}
			_, err := r.ReadQuad()
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "bad.nq:3: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("read %q: error %v, want bad.nq:3: … %s", tt.line, err, tt.want)
			}
		})
	}
}

func TestNQuadsReaderLongLine(t *testing.T) {
	r := NewNQuadsReader(io.MultiReader(strings.NewReader(`<https://e.example/a> <https://e.example/p> "`), zeros{}), "big.nq")
	if _, err := r.ReadQuad(); err == nil || !strings.Contains(err.Error(), "big.nq:1: line longer than") {
		t.Errorf("endless line: %v, want a line-length error", err)
	}
}

// zeros is an endless reader of 'a' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestImportBadLineWritesNothing: a file whose third line of five is bad
// is refused whole, naming the file and line, and a good file given
// before it is not written either.
func TestImportBadLineWritesNothing(t *testing.T) {
	const good = "<https://e.example/a> <https://e.example/p> \"1\" .\n"
	bad := good + "<https://e.example/b> <https://e.example/p> \"2\" .\n" +
		"<https://e.example/c> <https://e.example/p \"3\" .\n" + good + good
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, veltrixDoc())
			before := storeKeys(t, s, "")
			srcs := []ImportSource{
				{Name: "good.nq", R: strings.NewReader("<https://e.example/z> <https://e.example/p> <https://e.example/y> .\n")},
				{Name: "bad.nq", R: strings.NewReader(bad)},
			}
			n, err := s.Import(context.Background(), srcs, ImportOptions{TempDir: t.TempDir()})
			if err == nil || !strings.HasPrefix(err.Error(), "bad.nq:3: ") || n != 0 {
				t.Fatalf("Import = %d, %v; want 0 and an error starting bad.nq:3:", n, err)
			}
			assertSameKeys(t, "store after a refused import", storeKeys(t, s, ""), before)
		})
	}
}

func TestImportLeavesNoTempFile(t *testing.T) {
	s := mustOpen(t, "mem")
	dir := t.TempDir()
	src := ImportSource{Name: "g.nq", R: strings.NewReader("<https://e.example/a> <https://e.example/p> \"x\" .\n")}
	if n, err := s.Import(context.Background(), []ImportSource{src}, ImportOptions{TempDir: dir}); err != nil || n != 1 {
		t.Fatalf("Import = %d, %v; want 1 quad", n, err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("Import left %d files in its temporary directory", len(left))
	}
}

// hostileDoc is an article whose every field an attacker chose.
func hostileDoc(id, url, text string) *schema.Document {
	return &schema.Document{
		Article: schema.Article{
			ID: id, URL: url, Date: "2025-06-02", Origin: "feed\x00.jsonl",
			Title: "Quotes \" and \\ back\\slashes\r\n\t\x01\x7f\u2028\u2029 \xed\xa0\x80 lone surrogate", Publisher: "Pub> <x> .",
			Text: text,
		},
		Entities: []schema.Entity{{Name: "Ada \"Okafor\"", Type: schema.Person, Aliases: []string{"@ada>\n"}}},
	}
}

func hostileDocs() []*schema.Document {
	long := "https://news.example/" + strings.Repeat("a b", 3400)
	return []*schema.Document{
		hostileDoc("inject-1", "https://news.example/x> <https://evil.example/p> \"forged\" <https://newsgraph.dev/id/article/victim> .\n<https://news.example/y", "body\n<a> <b> <c> ."),
		hostileDoc("Space Id", "https://news.example/a b", "text"),
		hostileDoc("ctl\x00\x01", "https://news.example/\x00\x1f\x7f\"{}|\\^`", "nul\x00here"),
		hostileDoc("long", long, strings.Repeat("x\n", 500)),
		hostileDoc("bad-utf8-\xff", "https://news.example/\xff\xfe", "\xc3\x28"),
		hostileDoc("not-a-url", "www.example.com/a b> .", "t"),
		hostileDoc("!!!", "javascript:alert(1)", "t"),
	}
}

// TestHostileExportRoundTrip: a store loaded with hostile values exports
// N-Quads that the strict reader takes whole, with the store's quads, and
// export → import → export is byte for byte the same.
func TestHostileExportRoundTrip(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			for _, d := range hostileDocs() {
				mustAdd(t, s, d)
			}
			first := exportString(t, s, FormatNQuads, "")
			assertSameKeys(t, "strict read of the export", keys(readAllNQuads(t, first)), storeKeys(t, s, ""))
			if strings.Contains(first, "evil.example/p> ") {
				t.Errorf("the injected quad reached the export:\n%s", first)
			}
			if c := strings.Count(first, "\n"); c != len(storeKeys(t, s, "")) {
				t.Errorf("export has %d lines for %d quads", c, len(storeKeys(t, s, "")))
			}
			copyStore := mustOpen(t, kind)
			src := ImportSource{Name: "first.nq", R: strings.NewReader(first)}
			if _, err := copyStore.Import(context.Background(), []ImportSource{src}, ImportOptions{TempDir: t.TempDir()}); err != nil {
				t.Fatalf("importing the export: %v", err)
			}
			if second := exportString(t, copyStore, FormatNQuads, ""); second != first {
				t.Errorf("export → import → export differs:\n%s", diffLines(first, second))
			}
		})
	}
}

// diffLines lists the lines of a missing from b and the reverse.
func diffLines(a, b string) string {
	missing, extra := diffKeys(strings.Split(b, "\n"), strings.Split(a, "\n"))
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
