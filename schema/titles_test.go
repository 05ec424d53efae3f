package schema

import "testing"

func TestTitleKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CEO", "chief executive officer"},
		{"ceo", "chief executive officer"},
		{"C.E.O.", "chief executive officer"},
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
		{"  Finance\tMinister ", "finance minister"},
		{"former president", "president"},
		{"ex-CEO", "chief executive officer"},
		{"then-chairman", "chair"},
		{"President-elect", "president"},
		{"CEO-designate", "chief executive officer"},
		{"incoming finance minister", "finance minister"},
		{"former", "former"},
		{"late-night host", "late night host"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TitleKey(tt.in); got != tt.want {
			t.Errorf("TitleKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOnePostOneRole: the same post written three ways at one organisation
// is one role node; another organisation or holder is another.
func TestOnePostOneRole(t *testing.T) {
	ada, veltrix := EntityIRI(Person, "Ada Okafor"), EntityIRI(Company, "Veltrix Corp")
	ceo := RoleIRI(ada, "ceo", veltrix)
	for _, title := range []string{"CEO", "chief executive", "Chief Executive Officer", "chief-executive"} {
		if got := RoleIRI(ada, title, veltrix); got != ceo {
			t.Errorf("RoleIRI(%q) = %v, want the ceo role %v", title, got, ceo)
		}
	}
	if RoleIRI(ada, "ceo", EntityIRI(Company, "Kestrel Orbital")) == ceo {
		t.Error("the ceo of another company is the same role")
	}
	if RoleIRI(ada, "chief financial officer", veltrix) == ceo {
		t.Error("cfo and ceo are the same role")
	}
}
