package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// Added quads go into MySQL and MariaDB in bulk too: Cayley's mysql
// writer sends one INSERT per node and one per quad, each a round trip
// (on Galera each also a certification at commit), 1,638 quads/s on one
// MariaDB, 1,823 on three Galera nodes. bulkAddMySQL writes the same rows
// with multi-row INSERTs, up to mysqlRowsPerInsert rows or
// mysqlBytesPerInsert bytes of values each, in one transaction:
//   - nodes: INSERT … ON DUPLICATE KEY UPDATE refs = refs + the batch's
//     uses, as Cayley's writer does one node at a time;
//   - quads: INSERT IGNORE, in the batch's order, straight into quads (no
//     staging table): a multi-row INSERT … VALUES is a "simple insert",
//     for which InnoDB reserves one auto-increment value per row, taken or
//     ignored, as Cayley's one INSERT per quad takes one each, so horizons
//     come out the same (INSERT … SELECT from a staging table reserves
//     them in growing blocks and leaves other gaps).
//
// The rows equal Cayley's writer's (TestBulkEqualsQuadByQuad runs on MySQL
// too). Measured with BenchmarkLoad, 300 articles in one batch, on a
// machine other jobs shared: 888–1,611 quads/s through Cayley's writer,
// 7,133–12,240 in bulk on one MariaDB (827–1,308 and 3,846–12,270 on
// three Galera nodes), three runs each.

// Bounds of one multi-row INSERT: its placeholders stay far under MySQL's
// 65,535 (12 a node), and its packet under max_allowed_packet (16 MiB by
// default on MariaDB 10.11, 64 MiB on MySQL 8) unless one value alone is
// bigger, which Cayley's writer could not send either.
const (
	mysqlRowsPerInsert  = 1000
	mysqlBytesPerInsert = 4 << 20
)

const (
	mysqlInsertNodes = `INSERT INTO nodes (hash, refs, value, value_string, datatype, language,
		iri, bnode, value_int, value_bool, value_float, value_time) VALUES `
	mysqlUpdateRefs  = ` ON DUPLICATE KEY UPDATE refs = refs + VALUES(refs)`
	mysqlInsertQuads = `INSERT IGNORE INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES `
)

func bulkAddMySQLTx(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) (int64, error) {
	nodes := multiInsert{head: mysqlInsertNodes, tail: mysqlUpdateRefs, width: len(nodeColumns)}
	for _, n := range d.IncNode {
		row, err := nodeRow(n)
		if err != nil {
			return 0, err
		}
		if err := nodes.add(ctx, tx, row); err != nil {
			return 0, fmt.Errorf("insert nodes: %w", err)
		}
	}
	if err := nodes.flush(ctx, tx); err != nil {
		return 0, fmt.Errorf("insert nodes: %w", err)
	}
	quads := multiInsert{head: mysqlInsertQuads, width: 4, extra: ", now()"}
	for _, q := range d.QuadAdd {
		row := make([]any, 0, 4)
		for _, h := range q.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		if err := quads.add(ctx, tx, row); err != nil {
			return 0, fmt.Errorf("insert quads: %w", err)
		}
	}
	if err := quads.flush(ctx, tx); err != nil {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	return quads.affected, nil
}

// multiInsert gathers rows into INSERTs of many rows: head, then one
// parenthesised tuple per row (width placeholders, then extra), then tail.
type multiInsert struct {
	head, tail, extra string
	width             int
	args              []any
	bytes             int
	affected          int64 // rows the INSERTs sent so far reported
}

// add appends a row, sending the rows gathered first if it would not fit.
func (m *multiInsert) add(ctx context.Context, tx *sql.Tx, row []any) error {
	size := argBytes(row)
	if rows := len(m.args) / m.width; rows > 0 && (rows == mysqlRowsPerInsert || m.bytes+size > mysqlBytesPerInsert) {
		if err := m.flush(ctx, tx); err != nil {
			return err
		}
	}
	m.args = append(m.args, row...)
	m.bytes += size
	return nil
}

// flush sends the rows gathered, if any.
func (m *multiInsert) flush(ctx context.Context, tx *sql.Tx) error {
	rows := len(m.args) / m.width
	if rows == 0 {
		return nil
	}
	tuple := "(" + strings.Repeat("?, ", m.width-1) + "?" + m.extra + ")"
	var b strings.Builder
	b.Grow(len(m.head) + rows*(len(tuple)+2) + len(m.tail))
	b.WriteString(m.head)
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tuple)
	}
	b.WriteString(m.tail)
	res, err := tx.ExecContext(ctx, b.String(), m.args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	m.affected += n
	m.args, m.bytes = m.args[:0], 0
	return nil
}

// argBytes is about how many bytes a row's values take in a statement.
func argBytes(row []any) int {
	n := 0
	for _, v := range row {
		switch v := v.(type) {
		case []byte:
			n += len(v)
		case string:
			n += len(v)
		default:
			n += 8
		}
	}
	return n
}
