#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests on 127.0.0.1:PORT with its data
# in DIR, as the postgres user, unless one answers there already, and prints
# its URL. Usage: scripts/postgres.sh [PORT] [DIR]
set -euo pipefail
PORT=${1:-54329}; DIR=${2:-/tmp/ng-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if ! su postgres -s /bin/sh -c "$BIN/pg_isready -h 127.0.0.1 -p $PORT" >/dev/null 2>&1; then
  rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
  su postgres -s /bin/sh -c "$BIN/initdb -D $DIR/data -A trust -U postgres" >/dev/null
  su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DIR/data -l $DIR/log -o '-h 127.0.0.1 -p $PORT -k $DIR' -w start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres?sslmode=disable"
