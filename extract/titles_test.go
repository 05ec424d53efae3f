package extract

import "testing"

func TestTitleKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CEO", "chief executive officer"},
		{"ceo", "chief executive officer"},
		{"chief executive officer", "chief executive officer"},
		{"Chief Executive", "chief executive officer"},
		{"group chief executive", "group chief executive officer"},
		{"CFO", "chief financial officer"},
		{"chief financial officer", "chief financial officer"},
		{"COO", "chief operating officer"},
		{"chief operating officer", "chief operating officer"},
		{"CTO", "chief technology officer"},
		{"chief technology officer", "chief technology officer"},
		{"chairman", "chair"},
		{"chairwoman", "chair"},
		{"chair", "chair"},
		{"vice-chairman", "vice chair"},
		{"nonexecutive chairman", "nonexecutive chair"},
		{"vice-president", "vice president"},
		{"VP", "vice president"},
		{"co-founder", "co founder"},
		{"cofounder", "co founder"},
		{"space chief", "space chief"},
		{"chief of staff", "chief of staff"},
		{"president and CEO", "president and chief executive officer"},
	}
	for _, tt := range tests {
		if got := TitleKey(tt.in); got != tt.want {
			t.Errorf("TitleKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

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
