package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

func TestExportGraphMLShape(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	mustAdd(t, s, quadtest.Kenya())
	out := exportString(t, s, FormatGraphML, "")
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	labels := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		attrs := map[string]string{}
		for _, d := range n.Data {
			attrs[d.Key] = d.Value
		}
		labels[attrs["label"]] = attrs["type"]
	}
	for label, typ := range map[string]string{"Ada Okafor": "person", "Kenya": "country", "Veltrix Corp": "company",
		"Veltrix signs orbital deal": "article", "ceo": "role", "“We are going to orbit.”": "statement"} {
		if labels[label] != typ {
			t.Errorf("node %q has type %q, want %q", label, labels[label], typ)
		}
	}
	if strings.Contains(out, "Veltrix Corp CEO Ada Okafor said") {
		t.Error("article bodies should not be in the graph formats")
	}
	if _, ok := labels["Example News"]; ok {
		t.Error("a literal became a node")
	}
	if len(doc.Graph.Edges) == 0 {
		t.Error("no edges")
	}
}

func TestExportGMLAndDOTEscape(t *testing.T) {
	s := mustOpen(t, "mem")
	d := quadtest.Veltrix()
	d.Statements[0].Text = "He said \"no\" & left\nCafé"
	mustAdd(t, s, d)
	gml := exportString(t, s, FormatGML, "")
	if !strings.Contains(gml, "&quot;no&quot; &amp; left&#10;Caf&#233;") || !strings.Contains(gml, "multigraph 1") {
		t.Errorf("GML does not escape strings:\n%s", gml)
	}
	dot := exportString(t, s, FormatDOT, "")
	if !strings.Contains(dot, `\"no\"`) || !strings.HasPrefix(dot, "digraph newsgraph {") || !strings.HasSuffix(dot, "}\n") {
		t.Errorf("DOT:\n%s", dot)
	}
}

func TestExportCSVTables(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	var nodes, edges bytes.Buffer
	w, err := NewCSVWriter(&nodes, &edges)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Write(context.Background(), s, w, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	nrows, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	erows, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(nrows[0], ",") != "id:ID,name,:LABEL" || strings.Join(erows[0], ",") != ":START_ID,:END_ID,:TYPE,article" {
		t.Fatalf("headers %q %q", nrows[0], erows[0])
	}
	ids := map[string]string{}
	for _, r := range nrows[1:] {
		ids[r[0]] = r[2]
	}
	if ids[string(schema.EntityIRI(schema.Person, "Ada Okafor"))] != "Person" || ids[string(schema.ArticleIRI("veltrix-orbital"))] != "Article" {
		t.Errorf("node labels: %v", ids)
	}
	types := map[string]bool{}
	for _, r := range erows[1:] {
		if ids[r[0]] == "" || ids[r[1]] == "" {
			t.Errorf("edge %q refers to a node not in nodes.csv", r)
		}
		if r[3] != "veltrix-orbital" {
			t.Errorf("edge %q: article = %q", r, r[3])
		}
		types[r[2]] = true
	}
	for _, want := range []string{"MENTIONS", "HOLDER", "ROLE_IN", "SPOKEN_BY_CHARACTER", "IS_PART_OF", "CHANNEL"} {
		if !types[want] {
			t.Errorf("no %s edge in %v", want, types)
		}
	}
}

func TestExportEntityNeighbourhood(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	mustAdd(t, s, quadtest.Kenya())
	subjects := func(opts Options) map[string]bool {
		var w sliceWriter
		if _, err := Write(context.Background(), s, &w, opts); err != nil {
			t.Fatalf("Write(%+v): %v", opts, err)
		}
		out := map[string]bool{}
		for _, q := range w.quads {
			out[schema.Text(q.Subject)] = true
		}
		return out
	}
	okafor := string(schema.EntityIRI(schema.Person, "Ada Okafor"))
	veltrixArt := string(schema.ArticleIRI("veltrix-orbital"))
	kenyaArt := string(schema.ArticleIRI("kenya-launch"))
	agency := string(schema.EntityIRI(schema.Organization, "Kenya Space Agency"))
	// An alias finds the entity; depth 1 reaches her article, not the other.
	got := subjects(Options{Entity: "@adaokafor", Depth: 1})
	if !got[okafor] || !got[veltrixArt] || got[kenyaArt] {
		t.Errorf("depth 1: %v", got)
	}
	// Depth 4: her article → Kenya → the other article → its agency.
	got = subjects(Options{Entity: "Okafor", Depth: 4})
	if !got[kenyaArt] || !got[agency] {
		t.Errorf("depth 4: %v", got)
	}
	if _, err := Write(context.Background(), s, &sliceWriter{}, Options{Entity: "Nobody Atall"}); !errors.Is(err, ErrNoEntity) {
		t.Errorf("unknown entity: %v", err)
	}
	// Type: only people and the facts linked to them.
	got = subjects(Options{Type: schema.Person})
	for k := range got {
		if k != okafor && !strings.Contains(k, "/role/") && !strings.Contains(k, "/statement/") {
			t.Errorf("type person selected %s", k)
		}
	}
	if !got[okafor] || len(got) != 3 {
		t.Errorf("type person: %v", got)
	}
	// Quads of a selection only link selected nodes.
	var w sliceWriter
	Write(context.Background(), s, &w, Options{Type: schema.Country})
	for _, q := range w.quads {
		if isNodeValue(q.Object) && !isAttributePredicate(q.Predicate) && !strings.Contains(schema.Text(q.Object), "/country/") {
			t.Errorf("type country: edge to %v", q.Object)
		}
	}
}
