package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/nquads"
)

// ImportSource is one N-Quads input of Import.
type ImportSource struct {
	Name string    // named in errors: the path, or "-" for standard input
	R    io.Reader // read once, to the end
}

// ImportOptions configure Import.
type ImportOptions struct {
	// TempDir is where the checked quads are staged; "" means os.TempDir.
	// The staged file is about as large as the inputs.
	TempDir string
}

// Import adds the quads of every source to the store and returns how many
// were new. It is all or nothing against bad input: every line of every
// source is parsed strictly first (nquads.Reader: the N-Quads grammar, IRIs
// valid by RFC 3987), and the first bad line is returned as a *nquads.ParseError
// ("FILE:LINE: …") with nothing written. Only then are the quads written,
// through AddQuads in transactions of Options.BatchSize.
//
// Checking everything first keeps memory bounded whatever the input's
// size: the checked quads are staged in a temporary file, in the strict
// N-Quads that export also writes (nquads.AppendQuad), rather than held in memory or in one store transaction
// (Cayley's kv stores build a whole transaction in memory). The price is
// that the write itself is not one transaction: a crash or a full disk
// during it leaves the quads of the first batches in the store; importing
// the same files again adds the rest and nothing twice.
func (s *Store) Import(ctx context.Context, srcs []ImportSource, opts ImportOptions) (added int, err error) {
	tmp, err := os.CreateTemp(opts.TempDir, "newsgraph-import-*.nq")
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	defer func() {
		tmp.Close()
		if rerr := os.Remove(tmp.Name()); err == nil && rerr != nil {
			err = fmt.Errorf("import: %w", rerr)
		}
	}()
	if err := stageQuads(ctx, srcs, tmp); err != nil {
		return 0, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	added, err = s.AddQuads(ctx, nquads.NewReader(tmp, tmp.Name()))
	if err != nil {
		return added, fmt.Errorf("import: %w", err)
	}
	return added, nil
}

// stageQuads checks every source and writes its quads to w.
func stageQuads(ctx context.Context, srcs []ImportSource, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	for _, src := range srcs {
		r := nquads.NewReader(src.R, src.Name)
		for n := 0; ; n++ {
			q, err := r.ReadQuad()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err // a *nquads.ParseError, or the read error naming the file
			}
			if line, err = nquads.AppendQuad(line[:0], q); err != nil {
				return &nquads.ParseError{File: src.Name, Line: r.Line(), Err: err}
			}
			if _, err := bw.Write(line); err != nil {
				return fmt.Errorf("import: stage: %w", err)
			}
			if n%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return fmt.Errorf("import: %w", err)
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("import: stage: %w", err)
	}
	return nil
}
