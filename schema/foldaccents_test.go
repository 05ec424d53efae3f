package schema

import "testing"

func TestFoldAccents(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tomás", "Tomas"},
		{"Inês", "Ines"},
		{"Wróblewska", "Wroblewska"},
		{"Zoë", "Zoe"},
		{"Søren", "Søren"}, // ø is a letter of its own, not o with a mark
		{"Łukasz", "Łukasz"},
		{"Ada", "Ada"},
		{"Владимир", "Владимир"},
	} {
		if got := FoldAccents(tc.in); got != tc.want {
			t.Errorf("FoldAccents(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldAccentsConcurrent: extraction folds names on many goroutines at
// once (loaders.Extract runs articles in parallel).
func TestFoldAccentsConcurrent(t *testing.T) {
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 2000; i++ {
				if got := FoldAccents("Sébastien Wróblewska"); got != "Sebastien Wroblewska" {
					t.Errorf("FoldAccents = %q", got)
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
