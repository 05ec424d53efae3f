#!/usr/bin/env bash
# Runs every test of newsgraph on a fresh machine: installs what the tests
# need (Go modules; Debian's raptor2-utils for the independent N-Quads
# parser, postgresql for the PostgreSQL backend, mariadb-server for MySQL
# and Galera), starts PostgreSQL and MariaDB on loopback, then runs the Go
# tests, including those that call external tools or servers (build tag
# "external").
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
# Issue 6 (exports and loaders): Graphviz's dot renders DOT exports and
# 'newsgraph draw'; Debian's python3 with networkx reads GraphML and GML;
# node and npm run tools/rdfcheck (the npm packages jsonld and n3, which
# read N-Quads and JSON-LD exports independently of Cayley).
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || need_apt+=(python3-networkx)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
# Issue 4 (web console): Debian's Chromium for the browser tests.
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# Issue 16: MariaDB and Galera (mariadb-server depends on galera-4 and
# rsync, for the cluster's state transfers).
command -v mariadbd >/dev/null 2>&1 || need_apt+=(mariadb-server)
if [ ${#need_apt[@]} -gt 0 ]; then
  # apt-get waits up to 10 minutes for another apt or dpkg (unattended
  # upgrades, a second test run) to let go of the dpkg lock, instead of
  # failing at once; its own progress lines show while it works (a first
  # install takes minutes).
  echo "== installing with apt-get: ${need_apt[*]} (waiting for the dpkg lock if another apt holds it)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  apt_get=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q)
  "${apt_get[@]}" update
  "${apt_get[@]}" install -y "${need_apt[@]}"
fi

echo "== PostgreSQL on loopback"
# Our own server in our own directory: postgres.sh reuses only the server
# it started there, and takes another port than 54329 if someone else's
# answers on it; the URL names the port.
NEWSGRAPH_TEST_POSTGRES=$(./scripts/postgres.sh 54329 "${TMPDIR:-/tmp}/newsgraph-test-pg")
PG_PORT=${NEWSGRAPH_TEST_POSTGRES#*@127.0.0.1:}; PG_PORT=${PG_PORT%%/*}
# Issue 16, point 4: a hot standby of it (pg_basebackup -R) for the read
# replica tests, stopped, by its PID, on exit.
PG_STANDBY_DIR="${TMPDIR:-/tmp}/newsgraph-test-pg-standby"
trap './scripts/postgres.sh stop "$PG_STANDBY_DIR"' EXIT
NEWSGRAPH_TEST_POSTGRES_STANDBY=$(./scripts/postgres.sh standby "$PG_PORT" $((PG_PORT + 1)) "$PG_STANDBY_DIR")
echo "   primary $NEWSGRAPH_TEST_POSTGRES, standby $NEWSGRAPH_TEST_POSTGRES_STANDBY"
export NEWSGRAPH_TEST_POSTGRES NEWSGRAPH_TEST_POSTGRES_STANDBY

# Issue 16: one MariaDB for the store tests on MySQL, and a three-node
# Galera cluster for the failover tests; stopped, by their PIDs, on exit.
echo "== MariaDB and a Galera cluster on loopback"
MARIADB_DIR="${TMPDIR:-/tmp}/newsgraph-test-mariadb" GALERA_DIR="${TMPDIR:-/tmp}/newsgraph-test-galera"
trap './scripts/postgres.sh stop "$PG_STANDBY_DIR"; ./scripts/galera.sh stop "$MARIADB_DIR"; ./scripts/galera.sh stop "$GALERA_DIR"' EXIT
NEWSGRAPH_TEST_MYSQL=$(./scripts/galera.sh start "$MARIADB_DIR" 1 33061)
NEWSGRAPH_TEST_GALERA=$(./scripts/galera.sh start "$GALERA_DIR" 3 33071 45671)
export NEWSGRAPH_TEST_MYSQL NEWSGRAPH_TEST_GALERA

# Issue 6: the npm packages of tools/rdfcheck, from its package-lock.json.
if [ ! -d tools/rdfcheck/node_modules/jsonld ] || [ ! -d tools/rdfcheck/node_modules/n3 ]; then
  echo "== npm ci in tools/rdfcheck"
  (cd tools/rdfcheck && npm ci --no-audit --no-fund --silent)
fi

echo "== go vet"
go vet ./...
echo "== go test"
go test -tags external -count=1 ./...

# Issue 4 (web console): browser tests in web/e2e, run with node's own test
# runner. They drive Debian's Chromium (/usr/bin/chromium) through the npm
# package playwright-core; no browser is ever downloaded (never run
# `npx playwright install`). The tests load examples/ into a fresh store,
# start `newsgraph serve` on a free loopback port and fail, not skip, when
# anything is wrong. Screenshots go to .artifacts/screenshots/.
if [ ! -d web/node_modules/playwright-core ] || [ ! -d web/node_modules/esbuild ]; then
  echo "== npm ci in web"
  (cd web && npm ci --no-audit --no-fund --silent)
fi
echo "== browser tests (web/e2e)"
NEWSGRAPH_BIN="${TMPDIR:-/tmp}/newsgraph-e2e"
go build -o "$NEWSGRAPH_BIN" ./cmd/newsgraph
NEWSGRAPH_BIN="$NEWSGRAPH_BIN" node --test web/e2e/

# The ports of the test servers: postgres.sh and galera.sh never take a
# port someone else's server holds, and reuse only the servers they started.
echo "== scripts/ports_test.sh"
./scripts/ports_test.sh
