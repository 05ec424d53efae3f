package loaders

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// ReadAliases reads a file of user aliases: one entity a line, tab-separated,
// as TYPE, canonical name, then its aliases:
//
//	# comments and blank lines are skipped
//	person	Volodymyr Zelenskyy	Зеленський	Zelensky
//	company	Veltrix Corp.	Veltrix	VTX
//
// A bad line fails the whole file with a *ParseError, so that half an alias
// file is never applied.
func ReadAliases(name string, r io.Reader) ([]schema.Entity, error) {
	var out []schema.Entity
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		e, err := parseAliasLine(sc.Text())
		if err != nil {
			return nil, &ParseError{File: name, Line: line, Err: err}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	return out, nil
}

func parseAliasLine(line string) (schema.Entity, error) {
	if !utf8.ValidString(line) {
		return schema.Entity{}, ErrNotUTF8
	}
	var fields []string
	for _, f := range strings.Split(line, "\t") {
		if f = strings.TrimSpace(f); f != "" {
			fields = append(fields, f)
		}
	}
	if len(fields) < 3 {
		return schema.Entity{}, fmt.Errorf("want TYPE<tab>NAME<tab>ALIAS..., got %d field(s)", len(fields))
	}
	t, err := schema.ParseEntityType(fields[0])
	if err != nil {
		return schema.Entity{}, err
	}
	return schema.Entity{ID: schema.EntityKey(t, fields[1]), Type: t, Name: fields[1], Aliases: fields[2:]}, nil
}
