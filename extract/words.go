package extract

// CountWords counts runs of non-space bytes: the words of words/s figures
// (newsgraph bench extract, bench/scale), cheap enough not to weigh on the
// figures it feeds.
func CountWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
