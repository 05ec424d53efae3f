#!/usr/bin/env bash
# Starts a throwaway MariaDB Galera cluster for the tests: NODES mariadbd
# processes on 127.0.0.1, each with its own data directory and config under
# DIR, run directly (never the system's mariadb service), as the mysql user.
# It prints one DSN per node, separated by spaces, for the user newsgraph
# (password newsgraph) and the database newsgraph. A cluster already
# answering there is left alone, and its DSNs printed.
#
#   scripts/galera.sh start DIR [NODES] [SQLPORT] [GALERAPORT]
#       node i (1..NODES) serves SQL on SQLPORT+i-1 and Galera replication
#       on GALERAPORT+i-1, IST on GALERAPORT+10+i-1, SST on GALERAPORT+20+i-1.
#       NODES=1 starts a plain MariaDB (no wsrep).
#   scripts/galera.sh node DIR I
#       (re)starts node I of that cluster, which rejoins it (a node killed by
#       a test), and waits until it is synced.
#   scripts/galera.sh stop DIR
#       stops every node by the PID in its pid file.
#
# A cluster answering on DIR's own sockets is the one this script started
# there: it is reused. Ports held by anything else make the cluster start
# on the next ports that are all free (SQL and Galera apart), said on
# stderr; the DSNs name the ports it runs on.
#
# Measured here (2 cores): a 3-node cluster starts in about 20 s, most of it
# the two rsync state transfers.
set -euo pipefail
CMD=${1:?usage: galera.sh start|node|stop DIR …}
DIR=${2:?usage: galera.sh start|node|stop DIR …}
BIN=/usr/sbin/mariadbd
PROVIDER=/usr/lib/galera/libgalera_smm.so

client() { # client I SQL: runs SQL as root on node I's socket
  mariadb --no-defaults --socket="$DIR/node$1/sock" -uroot -N -B -e "$2"
}

# wait_ready I: until node I answers and, in a cluster, is synced (60 s).
wait_ready() {
  for _ in $(seq 600); do
    if [ ! -s "$DIR/node$1/pid" ] || ! kill -0 "$(cat "$DIR/node$1/pid")" 2>/dev/null; then
      # Not started yet, or died: mariadbd writes its pid file once up.
      if [ -f "$DIR/node$1/exited" ]; then
        echo "galera.sh: node $1 exited; see $DIR/node$1/err.log" >&2; tail -20 "$DIR/node$1/err.log" >&2; exit 1
      fi
    else
      state=$(client "$1" "SELECT IF(@@wsrep_on, (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT'), 'Synced')" 2>/dev/null || true)
      [ "$state" = Synced ] && return 0
    fi
    sleep 0.1
  done
  echo "galera.sh: node $1 not ready after 60 s; see $DIR/node$1/err.log" >&2
  exit 1
}

# run_node I [ARGS…]: starts node I's mariadbd in the background, detached,
# and holding none of this script's output open (a caller reading it,
# as $(galera.sh start …) does, would wait for the server to exit).
run_node() {
  local i=$1; shift
  if [ -s "$DIR/node$i/pid" ] && kill -0 "$(cat "$DIR/node$i/pid")" 2>/dev/null; then
    return 0 # running already
  fi
  rm -f "$DIR/node$i/exited" "$DIR/node$i/pid"
  (setsid "$BIN" --defaults-file="$DIR/node$i/my.cnf" "$@"
   touch "$DIR/node$i/exited") </dev/null >>"$DIR/node$i/out.log" 2>&1 &
}

# write_config I NODES SQLPORT GALERAPORT
write_config() {
  local i=$1 n=$2 sql=$3 gal=$4 peers="" j
  for j in $(seq "$n"); do peers+="${peers:+,}127.0.0.1:$((gal + j - 1))"; done
  mkdir -p "$DIR/node$i"
  cat >"$DIR/node$i/my.cnf" <<EOF
[mariadbd]
user=mysql
datadir=$DIR/node$i/data
socket=$DIR/node$i/sock
pid-file=$DIR/node$i/pid
log-error=$DIR/node$i/err.log
bind-address=127.0.0.1
port=$((sql + i - 1))
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_general_ci
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
max_connections=400
binlog_format=ROW
innodb_autoinc_lock_mode=2
EOF
  if [ "$n" -gt 1 ]; then
    cat >>"$DIR/node$i/my.cnf" <<EOF
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=newsgraph-test-$sql
wsrep_cluster_address=gcomm://$peers
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$((gal + i - 1))
wsrep_node_incoming_address=127.0.0.1:$((sql + i - 1))
wsrep_sst_receive_address=127.0.0.1:$((gal + 20 + i - 1))
wsrep_sst_method=rsync
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((gal + i - 1));ist.recv_addr=127.0.0.1:$((gal + 10 + i - 1));gcache.size=256M"
EOF
  fi
}

# port_taken PORT: something accepts connections on 127.0.0.1:PORT.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_base BASE WHAT OFFSET…: BASE, or the first base after it (up to 200
# more) at which every BASE+OFFSET is free.
free_base() {
  local base=$1 what=$2 b o ok; shift 2
  for b in $(seq "$base" $((base + 200))); do
    ok=1
    for o in "$@"; do port_taken $((b + o)) && { ok=0; break; }; done
    if [ $ok = 1 ]; then
      [ "$b" = "$base" ] || echo "galera.sh: $what ports from $base are taken by servers this script did not start; using $b" >&2
      echo "$b"; return 0
    fi
  done
  echo "galera.sh: no free $what ports in $base..$((base + 200))" >&2; exit 1
}

dsns() { # dsns NODES SQLPORT
  local out="" j
  for j in $(seq "$1"); do out+="${out:+ }mysql://newsgraph:newsgraph@127.0.0.1:$(($2 + j - 1))/newsgraph"; done
  echo "$out"
}

case $CMD in
start)
  NODES=${3:-3}; SQL=${4:-3311}; GAL=${5:-4571}
  if client 1 "SELECT 1" >/dev/null 2>&1; then
    dsns "$NODES" "$(sed -n 's/^port=//p' "$DIR/node1/my.cnf")"; exit 0
  fi
  SQL=$(free_base "$SQL" SQL $(seq 0 $((NODES - 1))))
  if [ "$NODES" -gt 1 ]; then
    GAL=$(free_base "$GAL" Galera $(for i in $(seq 0 $((NODES - 1))); do echo "$i $((10 + i)) $((20 + i))"; done))
  fi
  rm -rf "$DIR"; mkdir -p "$DIR"
  for i in $(seq "$NODES"); do write_config "$i" "$NODES" "$SQL" "$GAL"; done
  # Only node 1 gets a fresh database: the others receive its state.
  mkdir -p "$DIR/node1/data"
  mariadb-install-db --defaults-file="$DIR/node1/my.cnf" --skip-test-db >"$DIR/node1/install.log" 2>&1
  chown -R mysql "$DIR"
  if [ "$NODES" -gt 1 ]; then run_node 1 --wsrep-new-cluster; else run_node 1; fi
  wait_ready 1
  client 1 "CREATE USER IF NOT EXISTS 'newsgraph'@'127.0.0.1' IDENTIFIED BY 'newsgraph';
    GRANT ALL ON *.* TO 'newsgraph'@'127.0.0.1'; CREATE DATABASE IF NOT EXISTS newsgraph"
  for i in $(seq 2 "$NODES"); do
    mkdir -p "$DIR/node$i/data"; chown -R mysql "$DIR/node$i"
    run_node "$i"; wait_ready "$i"
  done
  dsns "$NODES" "$SQL"
  ;;
node)
  I=${3:?usage: galera.sh node DIR I}
  run_node "$I"
  if ! (wait_ready "$I"); then
    # A node SIGKILLed during writes may find its state neither joinable
    # by an incremental transfer nor by a full one into its old data
    # directory (seen once in CI: "State transfer failed: No message of
    # desired type … Will never receive state"). It then joins as a new
    # node does, with an empty data directory and a full transfer.
    echo "galera.sh: node $I joins again from an empty data directory" >&2
    if [ -s "$DIR/node$I/pid" ]; then kill -9 "$(cat "$DIR/node$I/pid")" 2>/dev/null || true; fi
    for _ in $(seq 100); do [ -f "$DIR/node$I/exited" ] && break; sleep 0.1; done
    rm -rf "$DIR/node$I/data"; mkdir -p "$DIR/node$I/data"; chown -R mysql "$DIR/node$I"
    run_node "$I"; wait_ready "$I"
  fi
  ;;
stop)
  pids=()
  for f in "$DIR"/node*/pid; do
    [ -s "$f" ] && pids+=("$(cat "$f")")
  done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 300); do
    alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && exit 0
    sleep 0.1
  done
  echo "galera.sh: nodes still running after 30 s: ${pids[*]}" >&2; exit 1
  ;;
*) echo "usage: galera.sh start|node|stop DIR …" >&2; exit 2 ;;
esac
