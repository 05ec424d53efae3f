package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionText(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	main := debug.Module{Path: "github.com/newsgraph/newsgraph", Version: "v1.2.0"}
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"tagged release", &debug.BuildInfo{GoVersion: "go1.26.8", Main: main},
			true, "newsgraph v1.2.0\nmodule github.com/newsgraph/newsgraph\nbuilt with go1.26.8\n"},
		{"checkout with changes", &debug.BuildInfo{GoVersion: "go1.26.8",
			Main:     debug.Module{Path: "github.com/newsgraph/newsgraph", Version: "(devel)"},
			Settings: settings("vcs", "git", "vcs.revision", "6d046a8c", "vcs.time", "2026-12-05T01:00:00Z", "vcs.modified", "true")},
			true, "newsgraph (devel)\nmodule github.com/newsgraph/newsgraph\ncommit 6d046a8c+modified (2026-12-05T01:00:00Z)\nbuilt with go1.26.8\n"},
		{"clean checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: main,
			Settings: settings("vcs.revision", "6d046a8c", "vcs.modified", "false")},
			true, "newsgraph v1.2.0\nmodule github.com/newsgraph/newsgraph\ncommit 6d046a8c\nbuilt with go1.26.8\n"},
		{"no build info", nil, false, "newsgraph (unknown version: built without module information)\n"},
	}
	for _, tt := range tests {
		if got := versionText(tt.bi, tt.ok); got != tt.want {
			t.Errorf("%s: versionText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestVersionCommand: 'version' and '--version' print the same, with the
// module path, and exit 0.
func TestVersionCommand(t *testing.T) {
	var outs []string
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := runCmd(t, args...)
		if code != exitOK || stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
		if !strings.HasPrefix(stdout, "newsgraph ") || !strings.Contains(stdout, "module github.com/newsgraph/newsgraph\n") {
			t.Errorf("%v printed %q, want the version and module path", args, stdout)
		}
		outs = append(outs, stdout)
	}
	if outs[0] != outs[1] {
		t.Errorf("version printed %q, --version %q", outs[0], outs[1])
	}
}
