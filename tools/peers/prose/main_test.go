package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

func TestEntitiesMapsAndMergesLabels(t *testing.T) {
	tests := []struct {
		name  string
		found []prose.Entity
		want  []entity
	}{
		{"labels map to types, others drop", []prose.Entity{
			{Text: "Ada Okafor", Label: "PERSON"}, {Text: "Kenya", Label: "GPE"},
			{Text: "Harbour Board", Label: "ORGANIZATION"}, {Text: "Rift Valley", Label: "LOCATION"},
		}, []entity{
			{Name: "Ada Okafor", Type: "person", Aliases: []string{}},
			{Name: "Kenya", Type: "country", Aliases: []string{}},
			{Name: "Harbour Board", Type: "organization", Aliases: []string{}},
		}},
		{"one entity per name, most frequent label", []prose.Entity{
			{Text: `Okafor "`, Label: "GPE"}, {Text: "Okafor", Label: "PERSON"}, {Text: "okafor", Label: "PERSON"},
		}, []entity{{Name: "Okafor", Type: "person", Aliases: []string{}}}},
		{"nothing found", nil, []entity{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entities(tt.found); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entities() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRunPrintsOneDocumentPerArticle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "okafor.txt")
	text := "date 2025-03-04 Ada Okafor said on Monday that Kenya would open the port.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"extract", "--format", "json", path}, &out); err != nil {
		t.Fatal(err)
	}
	var doc document
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if doc.ID != "okafor" || doc.Source != path || doc.Date != "2025-03-04" {
		t.Errorf("id, source, date = %q, %q, %q", doc.ID, doc.Source, doc.Date)
	}
	if doc.Roles == nil || doc.Statements == nil || len(doc.Roles)+len(doc.Statements) != 0 {
		t.Errorf("roles, statements = %v, %v, want two empty lists", doc.Roles, doc.Statements)
	}
	names := map[string]string{}
	for _, e := range doc.Entities {
		names[e.Name] = e.Type
	}
	if names["Ada Okafor"] != "person" {
		t.Errorf("entities %+v: want person Ada Okafor", doc.Entities)
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	noHeader := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(noHeader, []byte("Ada Okafor spoke.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, want string
		args       []string
	}{
		{"no header", noHeader + ":1: missing", []string{"extract", "--format", "json", noHeader}},
		{"missing file", "read article", []string{"extract", "--format", "json", filepath.Join(dir, "none.txt")}},
		{"text format", "usage", []string{"extract", "--format", "text", noHeader}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%v) = %v, want an error containing %q", tt.args, err, tt.want)
			}
		})
	}
}
