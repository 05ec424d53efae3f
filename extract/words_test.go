package extract

import "testing"

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"  ", 0}, {"one", 1}, {" two  words\n", 2}, {"a\tb\r\nc", 3}, {"Путин сказал", 2},
	}
	for _, tt := range tests {
		if got := CountWords(tt.in); got != tt.want {
			t.Errorf("CountWords(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
