package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
)

func TestDrawArgs(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"Okafor"}, "--out FILE.svg or FILE.png is required"},
		{[]string{"Okafor", "--out", "x.jpg"}, "must end in .svg, .png or .pdf"},
		{[]string{"Okafor", "--out", "x.svg", "--depth", "0"}, "--depth must be at least 1"},
		{[]string{"Okafor", "--out", "x.svg", "--type", "planet"}, `--type: "planet" is not one of`},
		{[]string{"--out", "x.svg"}, "accepts 1 arg"},
	}
	for _, tt := range tests {
		app := &App{IO: IOStreams{Out: io.Discard, Err: io.Discard}}
		var got *drawOptions
		cmd := newDrawCmd(app, func(_ context.Context, o *drawOptions, _ io.Writer) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("draw %q: error %v, want %q", tt.args, err, tt.wantErr)
		}
		_ = got
	}
	app := &App{IO: IOStreams{Out: io.Discard, Err: io.Discard}}
	var got *drawOptions
	cmd := newDrawCmd(app, func(_ context.Context, o *drawOptions, _ io.Writer) error { got = o; return nil })
	cmd.SetArgs([]string{"@adaokafor", "--depth", "2", "--out", "a.PNG"})
	if err := cmd.Execute(); err != nil || got.Entity != "@adaokafor" || got.Depth != 2 {
		t.Errorf("draw = %+v, %v", got, err)
	}
}

func TestDrawWithoutDot(t *testing.T) {
	app := &App{IO: IOStreams{Out: io.Discard, Err: io.Discard}, DB: "mem:", Getenv: func(string) string { return "" },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	opts := &drawOptions{App: app, Entity: "Okafor", Depth: 1, Out: "x.svg",
		LookPath: func(string) (string, error) { return "", errors.New("not found") }}
	err := runDraw(context.Background(), opts, &bytes.Buffer{})
	if !errors.Is(err, errNoDot) || !strings.Contains(err.Error(), "apt-get install graphviz") {
		t.Errorf("runDraw without dot = %v", err)
	}
}
