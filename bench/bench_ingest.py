"""Ingestion throughput, scaling over worker processes, and memory of ``extractor.store.ingest.ingest``.

Usage::

    .venv/bin/python bench/bench_ingest.py [--corpus ../shared/corpus] [--docs 500] [--pg URL] [--profile]

A replicated corpus of ``--docs`` documents is built in a temporary directory
from the corpus's text-layer PDFs, DOCX and TXT files (never the ``-scan.pdf``
ones).  Every copy has different bytes, because ``ingest`` skips a file whose
sha256 is already loaded: a TXT copy gets a last line of its own, a PDF copy a
``%`` comment line after ``%%EOF`` and a DOCX copy its own ZIP archive comment.

Each variant runs in its own child process, side by side in the same run:

- parse+extract only (no database): ``extract_document(parse_file(p))`` per file;
- ``ingest`` into a fresh SQLite file, with 1 and with 2 worker processes;
- ``ingest`` into a fresh PostgreSQL database (on the server of ``--pg`` or
  ``$BAOCAO_TEST_PG``; without either, one is started with
  ``scripts/pg-test-server.sh`` and stopped at the end), with 1 and 2 workers;
- ``ingest`` into SQLite with 1 worker on the first ``--small-docs`` documents
  only, for memory flatness.

Every child first parses and extracts one warm-up copy that is not in the
timed set (the first extraction loads spaCy and underthesea), and an ``ingest``
child creates the schema before the clock starts, so the timed work is the
per-document work.  ``--profile`` adds a cProfile of 1-worker SQLite ingestion.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import resource
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
PG_SCRIPT = REPO / "scripts" / "pg-test-server.sh"
PG_ENV = "BAOCAO_TEST_PG"

BASELINE = "parse+extract (no database)"
INGEST = "ingest"
VARIANTS = (BASELINE, INGEST)

# Copies of each report per round of the replicated corpus.  The two 4-page
# documents (002 kết luận, 004 chỉ thị) come three times in every format, the
# three long reports once: 27 documents per round, 9 of them PDFs with 79 pages.
EXTRA_COPIES = {"002": 3, "004": 3}
FORMATS = (".txt", ".docx", ".pdf")

TARGET_SQLITE_VS_BASELINE = 0.70  # 1-worker SQLite ingestion ≥ 70 % of parse+extract alone (docs/s)
TARGET_SPEEDUP = 1.6  # 2 workers ≥ 1.6× 1 worker (docs/s)
FLAT_MB_PER_100 = 10.0  # this script's own threshold for "flat": peak RSS growth per 100 documents
SAMPLE_SECONDS = 0.25  # how often the multi-worker children's memory is sampled


# ---------------------------------------------------------------- corpus


def source_files(corpus: Path) -> list[Path]:
    """The text-layer PDFs, DOCX and TXT of the corpus, one round of the mix (in round order)."""
    found = sorted(p for p in corpus.glob("0??-*") if p.suffix.lower() in FORMATS and not p.name.endswith("-scan.pdf"))
    if not found:
        raise SystemExit(f"no corpus files (0??-*.pdf/.docx/.txt) in {corpus}")
    extra = [p for p in found if EXTRA_COPIES.get(p.name[:3], 1) > 1]
    rounds = [found] + [extra] * (max(EXTRA_COPIES.values(), default=1) - 1)
    return [p for part in rounds for p in part]


def _pdf_copy(data: bytes, n: int) -> bytes:
    """A comment line after ``%%EOF``: PDF readers look for the last ``%%EOF`` and ignore comments."""
    return data + f"% bench copy {n}\n".encode()


def _txt_copy(data: bytes, n: int) -> bytes:
    return data + f"Bản sao số {n}.\n".encode()


def _docx_copy(data: bytes, n: int) -> bytes:
    """Set the ZIP archive comment (the last field of the end-of-central-directory record)."""
    eocd = data.rfind(b"PK\x05\x06")
    if eocd < 0 or len(data) - eocd < 22:
        raise SystemExit("a corpus DOCX has no ZIP end-of-central-directory record")
    comment = f"bench copy {n}".encode()
    return data[: eocd + 20] + struct.pack("<H", len(comment)) + comment


COPIERS = {".pdf": _pdf_copy, ".txt": _txt_copy, ".docx": _docx_copy}


def build_corpus(sources: list[Path], docs: int, dest: Path) -> tuple[list[Path], Path]:
    """*docs* copies of the mix in round order, each with its own bytes; and one warm-up copy apart."""
    originals = {src: src.read_bytes() for src in set(sources)}
    files: list[Path] = []
    for n in range(docs):
        src = sources[n % len(sources)]
        out = dest / f"{n:04d}-{src.name}"
        out.write_bytes(COPIERS[src.suffix.lower()](originals[src], n))
        files.append(out)
    warm_src = sources[0]
    warm = dest / "warm-up" / warm_src.name
    warm.parent.mkdir()
    warm.write_bytes(COPIERS[warm_src.suffix.lower()](originals[warm_src], docs))
    check_copies(files, originals)
    return files, warm


def check_copies(files: list[Path], originals: dict[Path, bytes]) -> None:
    """All copies differ; the first copy of each source still opens like its source."""
    hashes = {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    if len(hashes) != len(files):
        raise SystemExit(f"only {len(hashes)} distinct contents among {len(files)} copies")
    checked: set[str] = set()
    for copy in files:
        name = copy.name[5:]
        if name in checked:
            continue
        checked.add(name)
        src = next(s for s in originals if s.name == name)
        if src.suffix == ".pdf" and page_count(copy) != page_count(src):
            raise SystemExit(f"pypdfium2 reads {copy.name} differently from {src.name}")
        if src.suffix == ".docx":
            with zipfile.ZipFile(copy) as zc, zipfile.ZipFile(src) as zs:
                if zc.namelist() != zs.namelist() or not zc.comment or zc.testzip() is not None:
                    raise SystemExit(f"{copy.name} is not the same ZIP package as {src.name}")
        if src.suffix == ".txt":
            copy.read_bytes().decode("utf-8")


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def describe_mix(files: list[Path]) -> str:
    """How many documents of each format, and the PDF pages among them."""
    by_format = {fmt: sum(1 for f in files if f.suffix.lower() == fmt) for fmt in FORMATS}
    counts: dict[str, int] = {}
    for f in files:
        if f.suffix.lower() == ".pdf" and f.name[5:] not in counts:
            counts[f.name[5:]] = page_count(f)
    pages = sum(counts[f.name[5:]] for f in files if f.suffix.lower() == ".pdf")
    parts = ", ".join(f"{n} {fmt[1:].upper()}" for fmt, n in by_format.items())
    return f"{len(files)} documents ({parts}; {pages} PDF pages)"


# ---------------------------------------------------------------- memory


def status_kb(pid: int | str, field_name: str) -> int:
    """One ``kB`` field of ``/proc/PID/status`` (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def peak_rss_mb() -> float:
    """Peak resident memory of this process (``VmHWM``; ``ru_maxrss`` where /proc is missing)."""
    kb = status_kb("self", "VmHWM")
    return (kb or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def pss_kb(pid: int | str) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def child_pids() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return pids


def machine_busy_seconds() -> float:
    """CPU time all processes on the machine have used since boot (user, nice, system, irq, softirq, steal)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    busy = sum(int(fields[i]) for i in (0, 1, 2, 5, 6, 7) if i < len(fields))
    return busy / os.sysconf("SC_CLK_TCK")


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass
class CpuClock:
    """CPU used between ``__init__`` and :meth:`stop` by this process, its waited-for children and the machine."""

    writer: float = field(default_factory=lambda: cpu_seconds(resource.RUSAGE_SELF))
    workers: float = field(default_factory=lambda: cpu_seconds(resource.RUSAGE_CHILDREN))
    machine: float = field(default_factory=machine_busy_seconds)

    def stop(self) -> dict[str, float]:
        writer = cpu_seconds(resource.RUSAGE_SELF) - self.writer
        workers = cpu_seconds(resource.RUSAGE_CHILDREN) - self.workers
        machine = machine_busy_seconds() - self.machine
        return {"cpu_writer": writer, "cpu_workers": workers, "cpu_others": max(machine - writer - workers, 0.0)}


@dataclass
class Sampler:
    """Samples the worker processes (children of this process) while a multi-worker run goes on.

    ``worker_hwm`` keeps each child's last seen ``VmHWM`` (its own peak RSS so far);
    ``pss_peak_kb`` is the largest sum of PSS (shared pages divided among the
    processes sharing them) of this process and its children at one instant.
    """

    interval: float = SAMPLE_SECONDS
    worker_hwm: dict[int, int] = field(default_factory=dict)
    pss_peak_kb: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def sample(self) -> None:
        pids = child_pids()
        for pid in pids:
            self.worker_hwm[pid] = max(self.worker_hwm.get(pid, 0), status_kb(pid, "VmHWM"))
        self.pss_peak_kb = max(self.pss_peak_kb, pss_kb("self") + sum(pss_kb(p) for p in pids))

    def loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    @contextmanager
    def running(self) -> Iterator[Sampler]:
        thread = threading.Thread(target=self.loop, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()


# ---------------------------------------------------------------- child side


def warm_up(warm: Path) -> None:
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    extract_document(parse_file(warm))


def run_baseline(files: list[Path]) -> dict[str, object]:
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    docs = pages = 0
    start = time.perf_counter()
    for path in files:
        doc = parse_file(path)
        extract_document(doc)
        docs += 1
        pages += doc.page_count or 0
    return {"docs": docs, "pages": pages, "seconds": time.perf_counter() - start, "failed": []}


def run_ingest(files: list[Path], db: str, workers: int) -> dict[str, object]:
    from extractor.store.ingest import ingest

    start = time.perf_counter()
    summary = ingest([str(f) for f in files], db=db, workers=workers)
    seconds = time.perf_counter() - start
    failed = [f"{Path(f.path).name}: {f.reason}" for f in summary.failed]
    return {"docs": summary.loaded, "pages": summary.pages, "seconds": seconds, "failed": failed}


def child_main(args: argparse.Namespace) -> None:
    """Warm up, note RSS, run the variant (sampling workers' memory if any), print one JSON line."""
    files = [Path(line) for line in args.list.read_text().splitlines() if line]
    if args.child == INGEST:
        from extractor.store.engine import open_database

        open_database(args.db).dispose()  # schema created before the clock
    warm_up(args.warm)
    start_mb = peak_rss_mb()
    sampler = Sampler()
    cpu = CpuClock()
    if args.child == BASELINE:
        result = run_baseline(files)
    elif args.workers > 1:
        with sampler.running():
            result = run_ingest(files, args.db, args.workers)
    else:
        result = run_ingest(files, args.db, args.workers)
    result |= cpu.stop()
    result |= {
        "start_mb": start_mb,
        "peak_mb": peak_rss_mb(),
        "children_max_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "worker_hwm_mb": [kb / 1024 for kb in sampler.worker_hwm.values()],
        "pss_peak_mb": sampler.pss_peak_kb / 1024,
    }
    print(json.dumps(result))


# ---------------------------------------------------------------- parent side


@dataclass
class Result:
    name: str
    workers: int
    docs: int
    pages: int
    seconds: float
    start_mb: float  # peak RSS after imports, schema and warm-up, just before the clock
    peak_mb: float  # peak RSS of the benchmark child (the single writer) at the end
    children_max_mb: float  # RUSAGE_CHILDREN ru_maxrss: the largest peak RSS of one worker
    worker_hwm_mb: list[float]  # each worker's sampled VmHWM
    pss_peak_mb: float  # largest sampled PSS sum of writer + workers
    failed: list[str]
    cpu_writer: float  # CPU seconds of the benchmark child itself while timed
    cpu_workers: float  # CPU seconds of its worker processes (waited-for children)
    cpu_others: float  # CPU seconds every other process on the machine used meanwhile

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds > 0 else float("inf")

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else float("inf")


def measure(
    name: str, variant: str, files: list[Path], warm: Path, workdir: Path, db: str = "", workers: int = 1
) -> Result:
    listing = workdir / f"list-{uuid.uuid4().hex[:8]}.txt"
    listing.write_text("\n".join(str(f) for f in files) + "\n")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, "--list", str(listing)]
    cmd += ["--warm", str(warm), "--db", db, "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=workdir)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Result(name=name, workers=workers, **data)


def verdict(value: float, target: float) -> str:
    return "met" if value >= target else "MISSED"


def _row(r: Result) -> str:
    workers_sum = f"{sum(r.worker_hwm_mb):.0f} ({len(r.worker_hwm_mb)} procs)" if r.worker_hwm_mb else "–"
    extra = [f"{r.children_max_mb:.0f}" if r.worker_hwm_mb else "–", f"{r.pss_peak_mb:.0f}" if r.pss_peak_mb else "–"]
    cells = [r.name, str(r.workers), str(r.docs), str(r.pages), f"{r.seconds:.1f}", f"{r.docs_per_second:.2f}"]
    cells += [f"{r.pages_per_second:.1f}", f"{r.peak_mb:.0f}", f"{r.start_mb:.0f}", workers_sum, *extra]
    cores = (r.cpu_writer + r.cpu_workers) / r.seconds
    cells += [f"{r.cpu_writer:.1f} + {r.cpu_workers:.1f}", f"{cores:.2f}", f"{r.cpu_others / r.seconds:.2f}"]
    return "| " + " | ".join(cells) + " |"


def results_table(results: list[Result]) -> str:
    rows = [
        "| Variant | Workers | Docs | PDF pages | Seconds | Docs/s | Pages/s | Peak RSS (MB) | RSS before clock (MB) "
        "| Σ workers' peak RSS (MB) | Largest worker peak (MB) | Peak PSS writer+workers (MB) "
        "| CPU s writer + workers | Cores used | Other load (cores) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows += [_row(r) for r in results]
    failures = [f"- {r.name}: {len(r.failed)} failed, e.g. {r.failed[0]}" for r in results if r.failed]
    if failures:
        rows += ["", "Failures:", *failures]
    return "\n".join(rows)


def ratios_table(by_name: dict[str, Result]) -> str:
    rows = ["| Ratio (docs/s) | Value | Target | |", "|---|---:|---:|---|"]
    base = by_name.get(BASELINE)
    sqlite1, sqlite2 = by_name.get("SQLite ingest"), by_name.get("SQLite ingest ×2")
    if base and sqlite1:
        value = sqlite1.docs_per_second / base.docs_per_second
        rows.append(
            f"| SQLite ingest (1 worker) / parse+extract | {value:.2f} | ≥ {TARGET_SQLITE_VS_BASELINE:.2f} "
            f"| {verdict(value, TARGET_SQLITE_VS_BASELINE)} |"
        )
    pg1, pg2 = by_name.get("PostgreSQL ingest"), by_name.get("PostgreSQL ingest ×2")
    if base and pg1:
        value = pg1.docs_per_second / base.docs_per_second
        rows.append(f"| PostgreSQL ingest (1 worker) / parse+extract | {value:.2f} | (none) | |")
    for label, one, two in (("SQLite", sqlite1, sqlite2), ("PostgreSQL", pg1, pg2)):
        if one and two:
            value = two.docs_per_second / one.docs_per_second
            rows.append(
                f"| {label}: 2 workers / 1 worker | {value:.2f}× | ≥ {TARGET_SPEEDUP:.1f}× "
                f"| {verdict(value, TARGET_SPEEDUP)} |"
            )
    rows += [bound(label, one, two) for label, one, two in (("SQLite", sqlite1, sqlite2), ("PostgreSQL", pg1, pg2))]
    return "\n".join(r for r in rows if r)


def bound(label: str, one: Result | None, two: Result | None) -> str:
    """What 2 workers could reach on 2 idle cores, from the CPU seconds each process spent per document."""
    if not one or not two or not two.docs:
        return ""
    writer, workers = two.cpu_writer / two.docs, two.cpu_workers / two.docs
    limits = {"the writer alone": 1 / writer, "2 cores for all": 2 / (writer + workers), "the 2 workers": 2 / workers}
    limit, value = min(limits.items(), key=lambda kv: kv[1])
    cores = (
        ""
        if not one.seconds
        else f"; the 1-worker run used {(one.cpu_writer + one.cpu_workers) / one.seconds:.2f} cores"
    )
    return (
        f"\n{label}, 2 workers, CPU per document: writer {writer:.3f} s, workers {workers:.3f} s → on 2 idle cores at "
        f"most {value:.2f} docs/s (bound: {limit}), {value / one.docs_per_second:.2f}× the 1-worker rate{cores}."
    )


def flatness(small: Result, large: Result) -> str:
    lines = ["Memory flatness (1-worker SQLite ingestion, each size in a fresh child and a fresh database file):"]
    for r in (small, large):
        lines.append(
            f"- {r.docs} documents: peak RSS {r.peak_mb:.0f} MB (before the clock {r.start_mb:.0f} MB, "
            f"so {r.peak_mb - r.start_mb:.0f} MB during ingestion), {r.docs_per_second:.2f} docs/s"
        )
    if large.docs > small.docs:
        per100 = (large.peak_mb - small.peak_mb) / (large.docs - small.docs) * 100
        flat = "flat" if per100 <= FLAT_MB_PER_100 else "NOT flat"
        lines.append(
            f"- growth: {per100:.1f} MB per 100 documents ({small.docs} → {large.docs}); "
            f"{flat} by this script's threshold of ≤ {FLAT_MB_PER_100:.0f} MB per 100 documents"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- PostgreSQL


@contextmanager
def pg_server(url: str | None) -> Iterator[tuple[str | None, str]]:
    """The server URL (given, or a throwaway one started here) and a note; None if none can be had."""
    if url:
        yield url, f"PostgreSQL server: {redact(url)} (given)"
        return
    cluster = Path(tempfile.mkdtemp(prefix="baocao-pg-bench."))  # in /tmp: the `postgres` user must reach it
    cluster.chmod(0o755)
    proc = subprocess.run(["bash", str(PG_SCRIPT), "start", str(cluster)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", str(cluster)], capture_output=True, check=False)
        yield None, f"PostgreSQL skipped: {PG_SCRIPT.name} could not start a server ({proc.stderr.strip()[-300:]})"
        return
    started = proc.stdout.strip().splitlines()[-1]
    try:
        yield started, f"PostgreSQL server: {started} (started by {PG_SCRIPT.name} for this run, stopped at the end)"
    finally:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", str(cluster)], capture_output=True, check=False)


def redact(url: str) -> str:
    """The URL without a password."""
    head, sep, tail = url.rpartition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, rest = head.split("//", 1)
    return f"{scheme}//{rest.split(':', 1)[0]}:***@{tail}"


@contextmanager
def fresh_pg_database(server: str) -> Iterator[str]:
    """A new empty database on *server*, dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"baocao_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield f"{server.rsplit('/', 1)[0]}/{name}"
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


# ---------------------------------------------------------------- profile

PROBES = (
    ("extractor/store/ingest.py", "jobs", "hash every file + is_loaded query (the jobs generator)"),
    ("extractor/store/ingest.py", "work", "parse + extract (work)"),
    ("extractor/read/parse.py", "parse_file", "  parse_file"),
    ("extractor/find/extract.py", "extract_document", "  extract_document"),
    ("extractor/store/ingest.py", "handle", "write one document (_Batch.handle)"),
    ("extractor/store/load.py", "store_document", "  store_document (build and flush the rows)"),
    ("sqlalchemy/orm/session.py", "flush", "    Session.flush"),
    ("sqlalchemy/orm/session.py", "commit", "  Session.commit"),
    ("extractor/find/directives.py", "group_directives", "  group_directives (run summary)"),
)


def breakdown(stats: pstats.Stats, total: float) -> str:
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    rows = ["| Where | Cumulative s | % of profiled time |", "|---|---:|---:|"]
    for path, func, label in PROBES:
        ct = sum(v[3] for (file, _, name), v in raw.items() if name == func and file.endswith(path))
        rows.append(f"| {label} | {ct:.2f} | {100 * ct / total:.0f} % |")
    return "\n".join(rows)


def profile_ingest(files: list[Path], warm: Path, workdir: Path, top: int = 25) -> str:
    """cProfile of 1-worker SQLite ingestion in this process (warm-up and schema not profiled)."""
    from extractor.store.engine import open_database
    from extractor.store.ingest import ingest

    db = str(workdir / "profile.db")
    open_database(db).dispose()
    warm_up(warm)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    summary = ingest([str(f) for f in files], db=db, workers=1)
    profiler.disable()
    total = time.perf_counter() - start
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    table = breakdown(stats, total)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(15)
    return (
        f"cProfile of 1-worker SQLite ingestion of the first {len(files)} documents "
        f"({summary.loaded} loaded, {total:.1f} s under the profiler; warm-up and schema not profiled)\n\n"
        f"{table}\n\nTop {top} by cumulative time, then top 15 by own time:\n{out.getvalue()}"
    )


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with the corpus files")
    ap.add_argument("--docs", type=int, default=500, help="documents in the replicated corpus (default 500)")
    ap.add_argument("--small-docs", type=int, default=100, help="smaller size for the memory-flatness run")
    ap.add_argument("--pg", help=f"PostgreSQL server URL (default ${PG_ENV}; else one is started)")
    ap.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL runs")
    ap.add_argument("--profile", action="store_true", help="cProfile 1-worker SQLite ingestion")
    ap.add_argument("--profile-docs", type=int, default=100, help="documents ingested under the profiler")
    ap.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    ap.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--warm", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", default="", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not args.child and not 0 < args.small_docs < args.docs:
        ap.error("--small-docs must be between 1 and --docs - 1")
    return args


def run_all(args: argparse.Namespace, files: list[Path], warm: Path, workdir: Path) -> tuple[list[Result], str]:
    results = [measure(BASELINE, BASELINE, files, warm, workdir)]
    for workers in (1, 2):
        name = "SQLite ingest" + (f" ×{workers}" if workers > 1 else "")
        results.append(measure(name, INGEST, files, warm, workdir, str(workdir / f"sqlite-{workers}.db"), workers))
    note = "PostgreSQL skipped (--no-pg)"
    if not args.no_pg:
        with pg_server(args.pg or os.environ.get(PG_ENV)) as (server, note):
            for workers in (1, 2) if server else ():
                with fresh_pg_database(server or "") as url:
                    name = "PostgreSQL ingest" + (f" ×{workers}" if workers > 1 else "")
                    results.append(measure(name, INGEST, files, warm, workdir, url, workers))
    small = files[: args.small_docs]
    results.append(measure(f"SQLite ingest, {len(small)} docs", INGEST, small, warm, workdir, str(workdir / "s.db")))
    return results, note


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child_main(args)
        return 0
    began = time.perf_counter()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        workdir = Path(tmp)
        built = time.perf_counter()
        files, warm = build_corpus(source_files(args.corpus), args.docs, workdir)
        built = time.perf_counter() - built
        results, pg_note = run_all(args, files, warm, workdir)
        by_name = {r.name: r for r in results}
        load_after = os.getloadavg()
        print(
            f"Corpus: {describe_mix(files)}, built in {built:.1f} s; mix per round of {len(source_files(args.corpus))}:"
        )
        print("every report in every format once, the 4-page 002 and 004 three times. Pages = PDF pages only.")
        print(
            f"{pg_note}. CPUs: {os.cpu_count()}; load average (1 min) {load_before[0]:.2f} before, "
            f"{load_after[0]:.2f} after — other work on the machine slows the runs unevenly."
        )
        print()
        print(results_table(results))
        print()
        print(ratios_table(by_name))
        print()
        print(flatness(results[-1], by_name["SQLite ingest"]))
        if args.profile:
            print()
            print(profile_ingest(files[: args.profile_docs], warm, workdir))
    print(f"\nTotal wall time: {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
