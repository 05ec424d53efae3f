package queries_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/queries"
)

// TestGizmoLimits runs scripts past the memory budget and the answer
// limit: each fails with ErrTooLarge and a message naming the flag, and a
// script within them still answers. It also fails if a Cayley upgrade
// hides the session's runtime from the guard.
func TestGizmoLimits(t *testing.T) {
	s := fixtureStore(t)
	opt := queries.RunOptions{Timeout: 5 * time.Second, MemoryBudget: 32 << 20, MaxBytes: 4096}
	tests := []struct {
		name, script, want string
	}{
		{"ArrayBuffer past the budget", "new ArrayBuffer(1e9)", "new ArrayBuffer needs 1000000000 bytes, over the Gizmo memory budget of 33554432 bytes (newsgraph serve --gizmo-memory)"},
		{"padStart past the budget", `"x".padStart(1e9)`, "String.prototype.padStart needs 1000000000 bytes"},
		{"string doubling", `var s = "x"; while (true) s += s`, "gizmo: script used more than 32 MiB of memory (newsgraph serve --gizmo-memory)"},
		{"answer past the limit", `for (var i = 0; i < 10; i++) g.emit("x".repeat(1000))`, "gizmo: answer larger than 4096 bytes (newsgraph serve --max-answer-bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := queries.RunGizmo(context.Background(), s, tt.script, opt)
			if !errors.Is(err, queries.ErrTooLarge) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("RunGizmo(%q) = %v, want ErrTooLarge with %q", tt.script, err, tt.want)
			}
		})
	}
	res, err := queries.RunGizmo(context.Background(), s, `var b = new Uint8Array(1024); g.emit({n: b.length, s: "x".repeat(100)})`, opt)
	if err != nil || len(res.Rows) != 1 || res.Rows[0]["n"] != int64(1024) {
		t.Errorf("script within the limits = %v, %v", res, err)
	}
}
