"""Seconds from uploading a 25-page text-layer PDF to its findings, in the web app (warm
workers), side by side with its baseline: the same file through the CLI (`baocao ingest`
then `baocao check`, each a fresh process, as before the web app).

    .venv/bin/python bench/bench_web_upload.py [--corpus ../shared/corpus] [--runs 5] [--workers 2]

Each run uploads a copy of the 003 report's PDF with one byte changed (a new file, read in
full) to an app whose database already holds the five sample reports, and polls
`GET /api/documents/{id}` every 0.1 s until it is done; the target is 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from webserver import BAOCAO, copy_with_new_bytes, wait_done, web_server

REPORT = "003-bao-cao-so-ket-kien-giang.pdf"
TARGET_SECONDS = 5.0


def web_runs(corpus: Path, runs: int, workers: int) -> list[float]:
    preload = sorted(p for p in corpus.glob("00[0-4]-*.docx"))
    out = []
    unit: dict[str, tuple[str, str | None]] = {"unit": ("unit", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH")}
    with web_server(unit, workers, preload) as server, httpx.Client(timeout=120) as client:
        for n in range(runs):
            copy = copy_with_new_bytes(corpus / REPORT, server.folder, n)
            start = time.perf_counter()
            files = [("files", (copy.name, copy.read_bytes(), "application/pdf"))]
            answer = client.post(f"{server.base}/api/uploads", files=files, headers=server.bearer("unit"))
            (doc,) = answer.json()["documents"]
            body = wait_done(client, server, "unit", doc["id"])
            took = time.perf_counter() - start
            assert body["status"] == "done" and body["findings"], body
            out.append(took)
    return out


def cli_runs(corpus: Path, runs: int) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "cli.db")
        preload = sorted(str(p) for p in corpus.glob("00[0-4]-*.docx"))
        subprocess.run([BAOCAO, "ingest", *preload, "--db", db, "--silent"], check=True, capture_output=True)
        for n in range(runs):
            copy = copy_with_new_bytes(corpus / REPORT, Path(tmp), n)
            start = time.perf_counter()
            subprocess.run([BAOCAO, "ingest", str(copy), "--db", db, "--silent"], check=True, capture_output=True)
            subprocess.run([BAOCAO, "check", "--db", db, "--json"], check=True, capture_output=True)
            out.append(time.perf_counter() - start)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    web = web_runs(args.corpus, args.runs, args.workers)
    cli = cli_runs(args.corpus, args.runs)
    print(f"{REPORT} (25 pages), {args.runs} runs, web app with {args.workers} warm workers")
    print(f"{'':32} {'median s':>9} {'max s':>7}")
    for name, times in (("web upload → findings", web), ("CLI ingest + check (baseline)", cli)):
        print(f"{name:32} {statistics.median(times):9.2f} {max(times):7.2f}")
    verdict = "met" if max(web) <= TARGET_SECONDS else "NOT met"
    print(f"target: findings within {TARGET_SECONDS:.0f} s of upload: {verdict}")


if __name__ == "__main__":
    main()
