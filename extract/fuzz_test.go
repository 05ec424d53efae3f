package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

var fuzzSeeds = []string{
	"",
	"Mr. Smith's U.S. unit, Pellham\\/Dunmore-Hale Co., said \"no\" — @acme_co.",
	"“Stakes are high,” he added. \"Unclosed",
	"I hereby\n\nВладимир Путин\n\nto — Ilsa Varga (@ilsavarga) June 9, 2023",
	"according to , said \" \" ' ’s 's —",
	"\xff\xfeA. B. C.",
	"Shares of Hanegawa Co. of", // a company's seat cut off by the end of the text
	// the statement stage's patterns, cut short
	"\"A b c d.\n\n\"E f g,\" said Kim Brandt, the union's",
	"X rose, according to Norway's Ministry of Fisheries's agent,",
	"Kim Brandt accused Halvorsen ASA of",
	"The army, known as NAF, said",
	"It added that. As Kim noted,",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize(text)
		prev := 0
		for _, tk := range toks {
			if tk.s < prev || tk.e <= tk.s || tk.e > len(text) || text[tk.s:tk.e] != tk.text {
				t.Fatalf("bad token %+v in %q", tk, text)
			}
			prev = tk.e
		}
		splitSentences(toks)
	})
}

func FuzzQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		d := x.Extract(schema.Article{ID: "f", Date: "2020-01-01", Text: text})
		in := func(sp *schema.Span) {
			if sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End) {
				t.Fatalf("span %+v out of bounds (%d) in %q", *sp, len(text), text)
			}
		}
		names := map[string]bool{}
		for _, e := range d.Entities {
			if e.Name == "" || utf8.ValidString(text) && !utf8.ValidString(e.Name) {
				t.Fatalf("bad name %q", e.Name)
			}
			names[e.Name] = true
			for i := range e.Spans {
				in(&e.Spans[i])
			}
		}
		for _, r := range d.Roles {
			in(r.Span)
			if !names[r.Person] || r.Org != "" && !names[r.Org] {
				t.Fatalf("role %+v names unknown entities", r)
			}
			if r.Confidence <= 0 || r.Confidence > 1 {
				t.Fatalf("role confidence %v", r.Confidence)
			}
		}
		for _, s := range d.Statements {
			in(s.Span)
			if s.Speaker != "" && !names[s.Speaker] || s.SpeakerOrg != "" && !names[s.SpeakerOrg] {
				t.Fatalf("statement %+v names unknown entities", s)
			}
			if s.Confidence <= 0 || s.Confidence > 1 {
				t.Fatalf("statement confidence %v", s.Confidence)
			}
		}
	})
}
