package loaders

import (
	"fmt"
	"strings"
)

// fmtSscanLine reads the line number off an origin such as "-:12".
func fmtSscanLine(origin string, line *int) (int, error) {
	return fmt.Sscanf(origin[strings.LastIndexByte(origin, ':')+1:], "%d", line)
}
