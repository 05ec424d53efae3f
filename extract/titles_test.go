package extract

import "testing"

// TestOneRolePerPost: the same post written two ways is one role.
func TestOneRolePerPost(t *testing.T) {
	d := run("Veltrix CEO Dana Morrow said sales rose. Dana Morrow, chief executive officer of Veltrix, said more. Karl Weston, Veltrix's chairman, agreed.")
	n := 0
	for _, r := range d.Roles {
		if r.Person == "Dana Morrow" {
			n++
			if r.Title != "ceo" {
				t.Errorf("title %q, want the first one written, %q", r.Title, "ceo")
			}
		}
	}
	if n != 1 {
		t.Errorf("%d roles for Dana Morrow, want 1: %+v", n, d.Roles)
	}
}
