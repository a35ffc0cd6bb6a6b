"""How long the ``baocao`` command takes to answer, beside the interpreter's own start-up.

Each row is the median wall time of ``--runs`` fresh processes (the first run of each row is
a warm-up and not counted).  The baselines are ``python -c pass`` (the floor no command can
go below) and ``python -c "import click"`` (the command-line library alone).  The light
commands (``--version``, ``--help``, the database queries, ``check``) must stay near these;
``extract`` loads spaCy and underthesea and is shown for contrast.

    .venv/bin/python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CLI = "import sys; from extractor.cli import main; sys.argv[0] = 'baocao'; main()"


def timed(argv: list[str], runs: int) -> float:
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if i:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        sample = str(REPO / "corpus" / "002-ket-luan-huyen-uy.txt")
        load = [py, "-c", CLI, "ingest", sample, "--db", db, "--silent"]
        subprocess.run(load, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        rows = [
            ("python -c pass (baseline)", [py, "-c", "pass"]),
            ("python -c 'import click' (baseline)", [py, "-c", "import click"]),
            ("baocao --version", [py, "-c", CLI, "--version"]),
            ("baocao --help", [py, "-c", CLI, "--help"]),
            ("baocao figures --limit 5", [py, "-c", CLI, "figures", "--limit", "5", "--db", db]),
            ("baocao documents", [py, "-c", CLI, "documents", "--db", db]),
            ("baocao sql 'SELECT COUNT(*) …'", [py, "-c", CLI, "sql", "SELECT COUNT(*) FROM figures", "--db", db]),
            ("baocao check", [py, "-c", CLI, "check", "--db", db]),
            ("baocao extract (loads spaCy; contrast)", [py, "-c", CLI, "extract", sample]),
        ]
        print(f"{'command':42} {'median s':>9}   ({args.runs} runs each, after one warm-up)")
        for label, argv in rows:
            print(f"{label:42} {timed(argv, args.runs):9.3f}")


if __name__ == "__main__":
    main()
