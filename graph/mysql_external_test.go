//go:build external

package graph

import "github.com/newsgraph/newsgraph/internal/mysqltest"

// With -tags external every backend test also runs on MariaDB.
func init() {
	backends = append(backends, "mysql")
	freshMySQL = mysqltest.Database
}
