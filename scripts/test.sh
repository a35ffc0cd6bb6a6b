#!/usr/bin/env bash
# Runs pytest (arguments are passed on) with a throwaway PostgreSQL server, so that the
# database tests run on SQLite and on PostgreSQL.  The server is started before pytest and
# stopped afterwards, also when the tests fail or are interrupted.
#
# $BAOCAO_TEST_PG already set: that server is used and none is started.
# PostgreSQL cannot be started: the PostgreSQL tests are skipped (said loudly), except
# under CI (CI set), where that is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
pg_skipped=""

if [ -z "${BAOCAO_TEST_PG:-}" ]; then
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/baocao-pg.XXXXXX")
  trap 'bash scripts/pg-test-server.sh stop "$pg_dir"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  started=$(date +%s.%N)
  if url=$(bash scripts/pg-test-server.sh start "$pg_dir" 2>"$pg_dir.err"); then
    export BAOCAO_TEST_PG=$url
    echo "test: PostgreSQL test server at $url (started in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $started}") s)"
  else
    reason=$(cat "$pg_dir.err")
    if [ -n "${CI:-}" ]; then
      echo "test: cannot start the PostgreSQL test server, which CI requires: $reason" >&2
      rm -f "$pg_dir.err"
      exit 1
    fi
    pg_skipped="PostgreSQL tests were SKIPPED: cannot start a PostgreSQL test server ($reason)"
    echo "test: $pg_skipped" >&2
  fi
  rm -f "$pg_dir.err"
fi

set +e
"$BIN/pytest" "$@"
status=$?
set -e
if [ -n "$pg_skipped" ]; then
  echo "test: $pg_skipped" >&2
fi
exit "$status"
