#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests on 127.0.0.1 with its data in
# DIR, as the postgres user, and prints its URL.
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
#
# Only a server this script started is ever reused: the one whose
# postmaster.pid in DIR/data names a live process serving DIR/data; its URL
# carries the port it runs on. Anything else answering on PORT is someone
# else's (another checkout's tests, a developer's database): the server
# then takes the next free port after PORT, says so on stderr, and the URL
# it prints names that port — callers read the port from the URL.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { su postgres -s /bin/sh -c "$1"; }
url() { echo "postgres://postgres@127.0.0.1:$1/postgres?sslmode=disable"; }

# port_taken PORT: something accepts connections on 127.0.0.1:PORT.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port PORT: PORT if free, else the first free one of the 100 after it.
free_port() {
  local p
  for p in $(seq "$1" $(($1 + 100))); do
    if ! port_taken "$p"; then
      [ "$p" = "$1" ] || echo "postgres.sh: port $1 is taken by a server this script did not start; using $p" >&2
      echo "$p"; return 0
    fi
  done
  echo "postgres.sh: no free port in $1..$(($1 + 100))" >&2; exit 1
}

# own_port DIR: the port of the server running on DIR/data that this
# script started (postmaster.pid: line 1 the PID, line 4 the port), or
# nothing (exit 1) if none runs there.
own_port() {
  local pidfile="$1/data/postmaster.pid" pid port
  [ -s "$pidfile" ] || return 1
  pid=$(sed -n 1p "$pidfile"); port=$(sed -n 4p "$pidfile")
  kill -0 "$pid" 2>/dev/null || return 1
  as_pg "$BIN/pg_isready -h 127.0.0.1 -p $port" >/dev/null 2>&1 || return 1
  echo "$port"
}

# start DIR PORT: starts the server of DIR/data on PORT, or fails with its log.
start() {
  if ! as_pg "$BIN/pg_ctl -D $1/data -l $1/log -o '-h 127.0.0.1 -p $2 -k $1' -w start" >/dev/null; then
    echo "postgres.sh: the server of $1 did not start; $1/log:" >&2; tail -5 "$1/log" >&2; exit 1
  fi
}

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
  if ! PORT=$(own_port "$DIR"); then
    PORT=$(free_port "${3}")
    rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
    # -X stream: the WAL written during the copy comes with it; -R: the
    # copy starts as a standby of the primary (initdb's pg_hba.conf
    # trusts replication connections from 127.0.0.1).
    as_pg "$BIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY -U postgres -D $DIR/data -R -X stream"
    start "$DIR" "$PORT"
  fi
  url "$PORT"
  ;;
*)
  PORT=${1:-54329}; DIR=${2:-/tmp/ng-pg}
  if ! PORT=$(own_port "$DIR"); then
    PORT=$(free_port "${1:-54329}")
    rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR/data -A trust -U postgres" >/dev/null
    start "$DIR" "$PORT"
  fi
  url "$PORT"
  ;;
esac
