#!/usr/bin/env bash
# Sets up everything baocao needs on a fresh Debian/Ubuntu machine:
# system packages (tesseract with Vietnamese data for scanned PDFs; the PostgreSQL server,
# which `make test` starts as a throwaway instance for the database tests; Chromium and
# chromedriver for the web app's browser test) and a virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
  need_apt+=(tesseract-ocr-vie)
fi
# orientation detection (a page scanned sideways): tesseract-ocr depends on it, but check
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx osd; then
  need_apt+=(tesseract-ocr-osd)
fi
# PostgreSQL server binaries: Debian puts them in /usr/lib/postgresql/<version>/bin.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ! command -v initdb >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi
# Debian's Chromium and its driver: the web app's browser test (tests/test_web_browser.py).
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=none; fi
  if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install ${need_apt[*]} (tesseract OCR with Vietnamese data: scanned PDFs need it;" \
      "postgresql: the database tests run on it too)" >&2
  else
    echo "setup: installing ${need_apt[*]}" >&2
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null; }; then
      echo "setup: could not install ${need_apt[*]}" >&2
      # CI needs all of them; on a developer machine the tests that need them are skipped
      [ -z "${CI:-}" ] || exit 1
    fi
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[dev]'
