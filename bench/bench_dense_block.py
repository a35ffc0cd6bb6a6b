"""Extraction time of one block that states many numbers, beside a baseline commit.

A statistical table pasted as prose, or a paragraph that lists every commune, is one
block holding thousands of numbers; extraction should grow about linearly with them.
Each row is the median of ``--runs`` timings of ``extract_document`` on a TXT file of one
paragraph with N counted numbers (``12 chi bộ, 13 đảng viên, …``), in a child process
(spaCy and underthesea loaded and warmed before the clock starts).  Sizes above about
5,000 numbers pass the default line limit (100,000 characters) and are refused.  ``--baseline REV``
runs the same in a temporary git worktree of REV with the same virtualenv, side by side.

    .venv/bin/python bench/bench_dense_block.py [--sizes 1000,2000,4000] [--runs 3] [--baseline HEAD~1]
                                                [--shape prose|table|continued|brackets]

``--shape table``: a tab-separated table of N numbered rows of two counts under a first row
labelled ``Tổng số`` (a table's whole over every row: one sum of N parts per column).
``--shape brackets``: one sentence of N items, each a count with a bracket (``12 chi bộ (3 đảng
bộ)``), every third a level compared with another time's in a bracket (``xã 3 tiếp 103 lượt, so
với cùng kỳ (93 lượt) tăng 10 lượt``).
``--shape continued``: a breakdown of a sum of money that goes on over N sentences, each
opening with the first part's word and stating its own change (``… trong đó: thu nội địa đạt
100 tỷ đồng, tăng 3%. Thu khoản 1 đạt 2,5 tỷ đồng, tăng 2%. …``): one list of N + 1 parts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UNITS = ["chi bộ", "đảng viên", "tổ chức cơ sở đảng", "cuộc kiểm tra"]

CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from extractor.read.parse import parse_file
from extractor.find.extract import extract_document
runs = int(sys.argv[2])
extract_document(parse_file(Path(sys.argv[3])))  # warm-up: loads spaCy and underthesea
rows = {}
for path in sys.argv[4:]:
    doc = parse_file(Path(path))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_document(doc)
        times.append(time.perf_counter() - start)
    rows[path] = statistics.median(times)
print(json.dumps(rows))
"""


def dense_text(n: int) -> str:
    parts = [f"{10 + i % 90} {UNITS[i % len(UNITS)]}" for i in range(n)]
    return "Kết quả: " + ", ".join(parts) + ".\n"


def table_text(n: int) -> str:
    rows = ["STT\tĐơn vị\tSố đảng viên\tKết nạp", f"\tTổng số\t{n}\t{n}"]
    rows += [f"{k}\tXã {k}\t1\t1" for k in range(1, n + 1)]
    return "BÁO CÁO\nKết quả công tác\n\n" + "\n".join(rows) + "\n"


def continued_text(n: int) -> str:
    parts = " ".join(f"Thu khoản {i} đạt {i + 1},5 tỷ đồng, tăng {i % 7 + 1}%." for i in range(1, n + 1))
    return f"Tổng thu ngân sách đạt 99.999 tỷ đồng, trong đó: thu nội địa đạt 100 tỷ đồng, tăng 3%. {parts}\n"


def bracketed_text(n: int) -> str:
    items = [
        f"xã {i} tiếp {100 + i % 50} lượt, so với cùng kỳ ({90 + i % 50} lượt) tăng 10 lượt"
        if i % 3 == 0
        else f"{10 + i % 80} chi bộ ({i % 7 + 1} đảng bộ)"
        for i in range(n)
    ]
    return "Kết quả: " + ", ".join(items) + ".\n"


SHAPES = {"prose": dense_text, "table": table_text, "continued": continued_text, "brackets": bracketed_text}


def measure(tree: Path, files: list[Path], warm: Path, runs: int) -> dict[str, float]:
    argv = [sys.executable, "-c", CHILD, str(tree), str(runs), str(warm), *map(str, files)]
    out = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=tree)
    if out.returncode:
        sys.exit(f"{tree}: the measurement failed:\n{out.stderr[-2000:]}")
    return {str(k): float(v) for k, v in json.loads(out.stdout).items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,2000,4000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", help="git revision to run side by side (a temporary worktree)")
    ap.add_argument("--shape", choices=tuple(SHAPES), default="prose")
    args = ap.parse_args()
    make = SHAPES[args.shape]
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n in sizes:
            path = Path(tmp) / f"dense-{n}.txt"
            path.write_text(make(n), encoding="utf-8")
            files.append(path)
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make(20), encoding="utf-8")
        trees = {"this tree": REPO}
        if args.baseline:
            base = Path(tmp) / "baseline"
            subprocess.run(
                ["git", "worktree", "add", "--detach", str(base), args.baseline],
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            trees[f"baseline {args.baseline}"] = base
        try:
            results = {name: measure(tree, files, warm, args.runs) for name, tree in trees.items()}
        finally:
            if args.baseline:
                subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=REPO, check=False)
    print(f"{'numbers':>8}  " + "  ".join(f"{name:>22}" for name in results))
    for n, path in zip(sizes, files, strict=True):
        print(f"{n:>8}  " + "  ".join(f"{results[name][str(path)]:>21.2f}s" for name in results))


if __name__ == "__main__":
    main()
