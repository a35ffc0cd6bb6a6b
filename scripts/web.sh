#!/usr/bin/env bash
# `make web`: the web app on the sample database (made by `make demo` if missing), with a demo
# account, on http://127.0.0.1:8000/ (PORT=… to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
OUT=${OUT:-out}
DB="$OUT/baocao.db"
PORT=${PORT:-8000}
DEMO_USER=${DEMO_USER:-demo}
DEMO_PASSWORD=${DEMO_PASSWORD:-demo-baocao}

if [ ! -f "$DB" ]; then
  VENV=${VENV:-.venv} OUT="$OUT" bash scripts/demo.sh >/dev/null
fi
if ! "$BIN/baocao" users list --db "$DB" 2>/dev/null | cut -f1 | grep -qx "$DEMO_USER"; then
  printf '%s\n' "$DEMO_PASSWORD" | "$BIN/baocao" users add "$DEMO_USER" --role admin --password-stdin --db "$DB" >/dev/null
fi
cat <<EOF
baocao web on the sample database $DB
  address:  http://127.0.0.1:$PORT/
  login:    $DEMO_USER / $DEMO_PASSWORD  (role admin; make others with: $BIN/baocao users add NAME --role unit --unit "…" --db $DB)
EOF
exec "$BIN/baocao" web --db "$DB" --port "$PORT" --data "$OUT/web"
