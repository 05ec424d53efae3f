package server_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering checks cmd → server → queries → graph → schema: server and
// search reach no loaders or extract, and search does not import queries
// (so that queries can offer search as a saved query).
func TestLayering(t *testing.T) {
	const mod = "github.com/newsgraph/newsgraph/"
	forbidden := map[string][]string{
		"server": {mod + "loaders", mod + "extract", mod + "cmd"},
		"search": {mod + "loaders", mod + "extract", mod + "cmd", mod + "queries", mod + "server"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", mod+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range bad {
				if dep == strings.TrimSuffix(b, "/") || strings.HasPrefix(dep, b+"/") || dep == b {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
