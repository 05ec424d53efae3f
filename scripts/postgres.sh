#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests on 127.0.0.1:PORT with its data
# in DIR, as the postgres user, unless one answers there already, and prints
# its URL.
#
#   scripts/postgres.sh [PORT] [DIR]
#       a primary (the default: 54329, /tmp/ng-pg).
#   scripts/postgres.sh standby PRIMARY_PORT PORT DIR
#       a hot standby of the primary on 127.0.0.1:PRIMARY_PORT: a copy taken
#       with pg_basebackup -R (which writes primary_conninfo and
#       standby.signal), streaming the primary's WAL over loopback.
#   scripts/postgres.sh stop DIR
#       stops the server of DIR by the PID in its postmaster.pid (fast
#       shutdown, SIGINT) and waits until it is gone.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { su postgres -s /bin/sh -c "$1"; }
ready() { as_pg "$BIN/pg_isready -h 127.0.0.1 -p $1" >/dev/null 2>&1; }
url() { echo "postgres://postgres@127.0.0.1:$1/postgres?sslmode=disable"; }

case "${1:-}" in
stop)
  DIR=${2:?usage: postgres.sh stop DIR}
  PIDFILE="$DIR/data/postmaster.pid"
  [ -s "$PIDFILE" ] || exit 0
  PID=$(head -1 "$PIDFILE")
  kill -INT "$PID" 2>/dev/null || exit 0
  for _ in $(seq 300); do kill -0 "$PID" 2>/dev/null || exit 0; sleep 0.1; done
  echo "postgres.sh: $PID still running after 30 s" >&2; exit 1
  ;;
standby)
  PRIMARY=${2:?usage: postgres.sh standby PRIMARY_PORT PORT DIR}
  PORT=${3:?usage: postgres.sh standby PRIMARY_PORT PORT DIR}
  DIR=${4:?usage: postgres.sh standby PRIMARY_PORT PORT DIR}
  if ! ready "$PORT"; then
    rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
    # -X stream: the WAL written during the copy comes with it; -R: the
    # copy starts as a standby of the primary (initdb's pg_hba.conf
    # trusts replication connections from 127.0.0.1).
    as_pg "$BIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY -U postgres -D $DIR/data -R -X stream"
    as_pg "$BIN/pg_ctl -D $DIR/data -l $DIR/log -o '-h 127.0.0.1 -p $PORT -k $DIR' -w start" >/dev/null
  fi
  url "$PORT"
  ;;
*)
  PORT=${1:-54329}; DIR=${2:-/tmp/ng-pg}
  if ! ready "$PORT"; then
    rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR/data -A trust -U postgres" >/dev/null
    as_pg "$BIN/pg_ctl -D $DIR/data -l $DIR/log -o '-h 127.0.0.1 -p $PORT -k $DIR' -w start" >/dev/null
  fi
  url "$PORT"
  ;;
esac
