#!/usr/bin/env bash
# Runs every test of newsgraph on a fresh machine: installs what the tests
# need (Go modules; Debian's raptor2-utils for the independent N-Quads
# parser, postgresql for the PostgreSQL backend), starts PostgreSQL on
# loopback, then runs the Go tests, including those that call external tools
# or servers (build tag "external").
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "== PostgreSQL on loopback"
NEWSGRAPH_TEST_POSTGRES=$(./scripts/postgres.sh 54329 "${TMPDIR:-/tmp}/newsgraph-test-pg")
export NEWSGRAPH_TEST_POSTGRES

echo "== go vet"
go vet ./...
echo "== go test"
go test -tags external -count=1 ./...
