package main

import (
	"errors"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		in      []string
		want    map[string]string
		wantErr bool
	}{
		{in: nil, want: map[string]string{}},
		{in: []string{"speaker=Musk", "mentions=Україна"}, want: map[string]string{"speaker": "Musk", "mentions": "Україна"}},
		{in: []string{"q=a=b"}, want: map[string]string{"q": "a=b"}},
		{in: []string{"novalue"}, wantErr: true},
		{in: []string{"=x"}, wantErr: true},
		{in: []string{"a=1", "a=2"}, wantErr: true},
	}
	for _, tt := range tests {
		got, err := parseArgs(tt.in)
		if tt.wantErr {
			var ue *usageError
			if !errors.As(err, &ue) {
				t.Errorf("parseArgs(%q) error = %v, want a usage error", tt.in, err)
			}
			continue
		}
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("parseArgs(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("parseArgs(%q)[%s] = %q, want %q", tt.in, k, got[k], v)
			}
		}
	}
}

func TestDSN(t *testing.T) {
	env := func(v string) func(string) string { return func(string) string { return v } }
	tests := []struct{ flag, env, want string }{
		{"", "", "newsgraph.db"},
		{"", "/data/news.db", "/data/news.db"},
		{"mem:", "/data/news.db", "mem:"},
	}
	for _, tt := range tests {
		app := &App{DB: tt.flag, Getenv: env(tt.env)}
		if got := app.DSN(); got != tt.want {
			t.Errorf("DSN(flag %q, env %q) = %q, want %q", tt.flag, tt.env, got, tt.want)
		}
	}
}
