#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite.
#
#   scripts/pg-test-server.sh start [DIR]   create a cluster in DIR (default: a new temp dir),
#                                           start it on 127.0.0.1 on a free port (and a unix socket
#                                           in DIR), wait until it accepts connections, and print
#                                           its URL (postgresql://postgres@127.0.0.1:PORT/postgres)
#   scripts/pg-test-server.sh stop DIR      stop that server and remove DIR
#
# Trust authentication, no fsync: for tests only.  As root the cluster belongs to the
# `postgres` user (initdb refuses to run as root); otherwise to the current user.
# The server binaries are looked up in $PG_BIN, /usr/lib/postgresql/<newest>/bin, then $PATH.
set -euo pipefail

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

pg_bin() {
  local dir
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] || die "PG_BIN=$PG_BIN holds no initdb"
    echo "$PG_BIN"
    return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian package 'postgresql' or set PG_BIN"
  fi
}

# Run a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")  # the postgres user may not enter the caller's directory
  else
    "$@"
  fi
}

free_port() {
  "${PYTHON:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local dir=${1:-} bin port
  bin=$(pg_bin)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' user to own the cluster (initdb refuses root)"
  fi
  if [ -z "$dir" ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/baocao-pg.XXXXXX")
    echo "pg-test-server: cluster in $dir (stop with: $0 stop $dir)" >&2
  fi
  mkdir -p "$dir"
  [ -e "$dir/data" ] && die "$dir/data exists already"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || die "server did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
  for _ in $(seq 1 100); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      echo "$port" >"$dir/port"
      echo "postgresql://postgres@127.0.0.1:$port/postgres"
      return
    fi
    sleep 0.1
  done
  die "server on port $port does not accept connections: $(tail -n 5 "$dir/server.log")"
}

stop() {
  local dir=${1:-} bin
  [ -n "$dir" ] || die "usage: $0 stop DIR"
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    bin=$(pg_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null ||
      echo "pg-test-server: could not stop the server in $dir" >&2
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) die "usage: $0 start [DIR] | stop DIR" ;;
esac
