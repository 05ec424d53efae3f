//go:build eval

package extract

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestDevScore builds the extraction driver and scores it on the dev gold
// set with shared/eval/score.py. The floors are the scores reached when
// they were set, rounded down: a change that loses ground fails.
func TestDevScore(t *testing.T) {
	eval := filepath.Join("..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(eval, "score.py")); err != nil {
		t.Fatalf("shared/eval not available (the eval tag needs ../shared beside the checkout): %v", err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Fatal("python3 not installed (the eval tag runs score.py)")
	}
	bin := filepath.Join(t.TempDir(), "ngx")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/newsgraph").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	score := func(gold string) map[string]any {
		out, err := exec.Command("python3", filepath.Join(eval, "score.py"), filepath.Join(eval, gold), "--bin", bin, "--json").Output()
		if err != nil {
			t.Fatalf("score.py %s: %v", gold, err)
		}
		var res map[string]any
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("score.py output: %v\n%s", err, out)
		}
		return res
	}
	f1 := func(res map[string]any, k string) float64 { return res[k].(map[string]any)["f1"].(float64) }
	check := func(name string, got, floor float64) {
		t.Logf("%-28s %.3f (floor %.2f)", name, got, floor)
		if got < floor {
			t.Errorf("%s = %.3f, below the floor %.2f", name, got, floor)
		}
	}
	seed := score(filepath.Join("seed", "gold.json"))
	check("seed entities F1", f1(seed, "entities"), 1.0)
	check("seed roles F1", f1(seed, "roles"), 1.0)
	check("seed quotes F1", f1(seed, "quotes"), 1.0)
	dev := score(filepath.Join("dev", "gold.json"))
	for _, fl := range devFloors {
		if fl.key == "indirect_recall" {
			check("dev indirect recall", dev["indirect_recall"].(float64), fl.floor)
			continue
		}
		check("dev "+fl.key+" F1", f1(dev, fl.key), fl.floor)
	}
}

// devFloors: the dev-set scores reached, rounded down.
var devFloors = []struct {
	key   string
	floor float64
}{
	{"entities", 0.94},
	{"type_person", 0.94},
	{"type_country", 0.98},
	{"type_company", 0.90},
	{"type_organization", 0.97},
	{"roles", 0.68},
	{"quotes", 0.84},
	{"indirect_recall", 0.77},
}
