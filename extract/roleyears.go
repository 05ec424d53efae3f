package extract

import "github.com/newsgraph/newsgraph/schema"

// A post stated over a closed range of years is past: "X was chairman of
// Y from 1990 to 2004", "From 1983 to 1987 he was also president of Y",
// "X, treasurer of Y from 2001 to 2008, said", "chief executive of Y
// (1994-2001)". An open range ("since 1990") or a range that a present or
// future verb before the title governs ("is chairman, a post he will hold
// from 2025 to 2029") says nothing; nor does a range in another clause
// (", which grew from 1990 to 2004").

// yearRange is StatusFormer when a closed range of years is said of the
// role: right after it (past its organisation), or opening the sentence
// before it; "" otherwise.
func (c *roleClause) yearRange() schema.RoleStatus {
	if c.title[0] < 0 {
		return ""
	}
	from := c.role[0]
	if c.holder[0] >= 0 && c.holder[1] <= c.title[0] {
		from = c.holder[1]
	}
	for i := from; i < c.title[0]; i++ {
		if w := c.word(i); presentLinks[w] || modals[w] {
			return ""
		}
	}
	if c.closedRange(c.skipOrg(max(c.role[1], c.title[1]))) > 0 {
		return schema.StatusFormer
	}
	start := min(c.role[0], c.title[0])
	if c.holder[0] >= 0 {
		start = min(start, c.holder[0])
	}
	if end := c.closedRange(0); end > 0 && end <= start && start-end <= 2 {
		return schema.StatusFormer // "From 1983 to 1987 [,] he was …"
	}
	return ""
}

// closedRange is the token after a range of two years that starts at
// token i ("from 1990 to 2004", "between 2001 and 2008", "(1994-2001)",
// "1994–2001"), or -1.
func (c *roleClause) closedRange(i int) int {
	if c.word(i) == "(" {
		if e := c.closedRange(i + 1); e > 0 && c.word(e) == ")" {
			return e + 1
		}
		return -1
	}
	if w := c.word(i); w == "from" || w == "between" {
		if !c.year(i + 1) {
			return -1
		}
		if sep := c.word(i + 2); (rangeTo[sep] || w == "between" && sep == "and") && c.year(i+3) {
			return i + 4
		}
		return -1
	}
	if c.year(i) && (c.word(i+1) == "-" || c.word(i+1) == "–") && c.year(i+2) {
		return i + 3
	}
	return -1
}

// year tells that token i is a year: four digits from 1000 to 2999.
func (c *roleClause) year(i int) bool {
	if i < 0 || i >= len(c.toks) || c.toks[i].kind != tNum {
		return false
	}
	w := c.toks[i].text
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for k := 1; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}
