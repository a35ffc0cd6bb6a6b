#!/usr/bin/env bash
# The main job on the sample corpus: ingest into SQLite, cross-check, write the auditor's report.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
OUT=${OUT:-out}
DB="$OUT/baocao.db"
mkdir -p "$OUT"

echo "== ingest corpus/ into $DB" >&2
status=0
"$BIN/baocao" ingest corpus/ --db "$DB" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then exit "$status"; fi

echo >&2
echo "== check (errors and warnings)" >&2
"$BIN/baocao" check --db "$DB" --severity warning | tail -n 1

echo >&2
echo "== report" >&2
"$BIN/baocao" report --db "$DB" --html "$OUT/report.html" --xlsx "$OUT/report.xlsx"

cat <<EXAMPLES

Try next (copy and paste):
  $BIN/baocao documents --db $DB
  $BIN/baocao figures --db $DB --category rating. --year 2022
  $BIN/baocao figures --db $DB --subject dang_vien --csv > dang_vien.csv
  $BIN/baocao directives --db $DB --symbol NQ/TW
  $BIN/baocao check --db $DB --severity error
  $BIN/baocao sql --db $DB "SELECT subject, COUNT(*) FROM figures GROUP BY subject ORDER BY 2 DESC LIMIT 10"
  $BIN/baocao export --db $DB --format xlsx $OUT/baocao.xlsx
  $BIN/baocao serve --db $DB --open
  open $OUT/report.html
EXAMPLES
