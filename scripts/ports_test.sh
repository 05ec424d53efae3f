#!/usr/bin/env bash
# Tests the choice of ports of scripts/postgres.sh and scripts/galera.sh:
# with someone else's server (a plain TCP listener) on PORT, the PostgreSQL
# primary and its standby, and a MariaDB, take free ports of their own and
# print them in their URLs; run again, each reuses the server it started in
# its directory; stop stops them. Needs root, PostgreSQL and MariaDB, as
# the scripts do. It never touches a server it did not start.
#
#   scripts/ports_test.sh [PORT] [DIR]     (default 54371, a new /tmp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-54371}
DIR=${2:-$(mktemp -d /tmp/postgres-test.XXXXXX)}
mkdir -p "$DIR"
chmod 755 "$DIR" # mktemp makes it 0700; the servers run as postgres and mysql
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fail() { echo "FAIL: $*" >&2; exit 1; }
port_of() { local p=${1#*@127.0.0.1:}; echo "${p%%/*}"; }
answers() { su postgres -s /bin/sh -c "$BIN/pg_isready -h 127.0.0.1 -p $1" >/dev/null 2>&1; }

# Someone else's server on PORT.
python3 -c 'import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(600)' "$PORT" &
OTHER=$!
trap 'kill $OTHER 2>/dev/null; scripts/postgres.sh stop "$DIR/standby"; scripts/postgres.sh stop "$DIR/primary"; scripts/galera.sh stop "$DIR/mariadb"; [ -n "${2:-}" ] || rm -rf "$DIR"' EXIT
for i in $(seq 300); do # python3 may take seconds to start
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  [ "$i" -lt 300 ] || fail "the stand-in server on $PORT did not start"
  sleep 0.1
done

PRIMARY=$(scripts/postgres.sh "$PORT" "$DIR/primary" 2>"$DIR/primary.err") || fail "postgres.sh: $(cat "$DIR/primary.err")"
P=$(port_of "$PRIMARY")
[ "$P" != "$PORT" ] || fail "the primary took port $PORT, which another server holds"
grep -q "port $PORT is taken by a server this script did not start; using $P" "$DIR/primary.err" ||
  fail "postgres.sh did not say it moved off port $PORT: $(cat "$DIR/primary.err")"
answers "$P" || fail "no PostgreSQL answers on $P"
[ "$(sed -n 4p "$DIR/primary/data/postmaster.pid")" = "$P" ] || fail "postmaster.pid does not name port $P"

STANDBY=$(scripts/postgres.sh standby "$P" "$PORT" "$DIR/standby" 2>"$DIR/standby.err") || fail "postgres.sh standby: $(cat "$DIR/standby.err")"
S=$(port_of "$STANDBY")
[ "$S" != "$PORT" ] && [ "$S" != "$P" ] || fail "the standby took port $S (taken: $PORT, primary $P)"
answers "$S" || fail "no PostgreSQL answers on $S"

# Run again: each reuses its own server, on its port, and says nothing.
[ "$(scripts/postgres.sh "$PORT" "$DIR/primary" 2>"$DIR/again.err")" = "$PRIMARY" ] || fail "a second run did not reuse the primary"
[ ! -s "$DIR/again.err" ] || fail "a second run said: $(cat "$DIR/again.err")"
[ "$(scripts/postgres.sh standby "$P" "$PORT" "$DIR/standby")" = "$STANDBY" ] || fail "a second run did not reuse the standby"

# Another directory never reuses them: it starts its own server.
OTHER_URL=$(scripts/postgres.sh "$P" "$DIR/second" 2>"$DIR/second.err") || fail "postgres.sh: $(cat "$DIR/second.err")"
O=$(port_of "$OTHER_URL")
scripts/postgres.sh stop "$DIR/second"
[ "$O" != "$P" ] && [ "$O" != "$S" ] || fail "a second directory was given the running server on $O"

scripts/postgres.sh stop "$DIR/standby"; scripts/postgres.sh stop "$DIR/primary"
! answers "$P" || fail "the primary still answers after stop"
! answers "$S" || fail "the standby still answers after stop"

# MariaDB (galera.sh with one node): the same.
MYSQL=$(scripts/galera.sh start "$DIR/mariadb" 1 "$PORT" 2>"$DIR/mariadb.err") || fail "galera.sh: $(cat "$DIR/mariadb.err")"
M=${MYSQL#*@127.0.0.1:}; M=${M%%/*}
[ "$M" != "$PORT" ] || fail "MariaDB took port $PORT, which another server holds"
grep -q "SQL ports from $PORT are taken by servers this script did not start; using $M" "$DIR/mariadb.err" ||
  fail "galera.sh did not say it moved off port $PORT: $(cat "$DIR/mariadb.err")"
[ "$(scripts/galera.sh start "$DIR/mariadb" 1 "$PORT")" = "$MYSQL" ] || fail "a second run did not reuse the MariaDB"
scripts/galera.sh stop "$DIR/mariadb"
! (exec 3<>"/dev/tcp/127.0.0.1/$M") 2>/dev/null || fail "MariaDB still answers on $M after stop"

echo "ok: with port $PORT taken, primary on $P, standby on $S, a second directory on $O, MariaDB on $M; reused, then stopped"
