//go:build external

package export

import "github.com/newsgraph/newsgraph/internal/pgtest"

// With -tags external every backend test also runs on PostgreSQL.
func init() {
	backends = append(backends, "postgres")
	freshPostgres = pgtest.Database
}
