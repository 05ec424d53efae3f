package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
)

func TestBenchExtract(t *testing.T) {
	var out, errb bytes.Buffer
	app := &App{IO: IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, Getenv: func(string) string { return "" }, LogLevel: "warn"}
	if err := app.setupLogger(); err != nil {
		t.Fatal(err)
	}
	opts := &benchExtractOptions{App: app, Paths: []string{"../../examples"}}
	if err := runBenchExtract(context.Background(), opts, &out); err != nil {
		t.Fatal(err)
	}
	// One row per pass: cores, workers, 11 articles, a word count, figures.
	rows := regexp.MustCompile(`(?m)^\d+\s+\d+\s+11\s+[1-9]\d+\s+[\d.]+\s+\d+\s+\d+\s+\d+MB$`).FindAllString(out.String(), -1)
	if len(rows) == 0 {
		t.Errorf("bench extract printed no figures for the 11 example articles:\n%s", out.String())
	}
}
