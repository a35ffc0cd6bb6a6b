"""Parse speed and memory of the text-layer PDF pipeline against pypdfium2 and pdfplumber.

Usage::

    .venv/bin/python bench/bench_parse.py [--corpus ../shared/corpus] [--min-pages 300] [--profile]

The five text-layer PDFs of the corpus (``0??-*.pdf`` without ``-scan``) are
copied into a temporary directory as many times as needed to reach
``--min-pages`` pages.  Each variant runs in its own child process, so the
peak RSS reported is that variant's alone; the time is measured inside the
child with ``time.perf_counter`` around the work only (interpreter start-up
and imports excluded).  Memory flatness: the pipeline runs on one big PDF,
made by concatenating the five PDFs with pypdfium2, at two sizes, and the
growth of peak RSS per 100 pages is printed.

Extraction (``extractor.find.extract.extract_document``) is measured the same way,
twice: on documents parsed beforehand (extraction alone) and as
``extract_document(parse_file(p))`` (end to end).  Its first call loads spaCy
and underthesea, so one warm-up document (the first copy) is processed before
the clock starts and left out of those two rows.  ``--profile`` adds a
cProfile of the pipeline, and one of extraction, over the replicated corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.document.elements import Document

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PDFIUM = "pypdfium2 raw text"
PLUMBER = "pdfplumber extract_text"
OURS = "baocao parse"
EXTRACT = "baocao extract (on parsed docs)"
PARSE_EXTRACT = "baocao parse+extract"
VARIANTS = (PDFIUM, PLUMBER, OURS, EXTRACT, PARSE_EXTRACT)
TARGET_VS_PDFIUM = 0.25  # ours must run at ≥ 25 % of the raw pypdfium2 text speed (footnotes and tables included)
TARGET_VS_PLUMBER = 10.0  # ours must be ≥ 10× faster than pdfplumber extract_text
TARGET_EXTRACT_VS_PARSE = 1.0  # extraction alone must be at least as fast as parsing


@dataclass
class Result:
    variant: str
    pages: int  # pages actually processed in the timed loop
    seconds: float
    import_mb: float  # peak RSS just before the timed loop (after imports; for extraction also parse + warm-up)
    peak_mb: float  # peak RSS at the end of the child
    note: str = ""

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else float("inf")


# ---------------------------------------------------------------- corpus


def source_pdfs(corpus: Path) -> list[Path]:
    found = sorted(p for p in corpus.glob("0??-*.pdf") if not p.name.endswith("-scan.pdf"))
    if not found:
        raise SystemExit(f"no text-layer PDFs (0??-*.pdf) in {corpus}")
    return found


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def replicate(sources: list[Path], min_pages: int, dest: Path) -> list[Path]:
    """Copy the sources round-robin (all five, then all five again…) until ≥ *min_pages* pages."""
    counts = {src: page_count(src) for src in sources}
    out: list[Path] = []
    total, rep = 0, 0
    while total < min_pages:
        for src in sources:
            copy = dest / f"r{rep:03d}-{src.name}"
            shutil.copyfile(src, copy)
            out.append(copy)
            total += counts[src]
        rep += 1
    return out


def concatenate(sources: list[Path], min_pages: int, dest: Path) -> tuple[Path, int]:
    """One PDF made of the sources imported again and again until it has ≥ *min_pages* pages."""
    import pypdfium2 as pdfium

    big = pdfium.PdfDocument.new()
    try:
        while len(big) < min_pages:
            for src in sources:
                part = pdfium.PdfDocument(src)
                try:
                    big.import_pages(part, index=len(big))
                finally:
                    part.close()
        big.save(dest)
        return dest, len(big)
    finally:
        big.close()


# ---------------------------------------------------------------- child side


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    On Linux ``ru_maxrss`` survives fork + exec: a child started by a parent
    that has ever held 40 MB reports at least 40 MB.  ``VmHWM`` in
    ``/proc/self/status`` belongs to the child's own address space, so it is
    used when present; ``ru_maxrss`` (kilobytes on Linux) otherwise.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Timed:
    pages: int
    seconds: float
    note: str = ""
    start_mb: float | None = None  # peak RSS read just before the clock, when the runner did untimed work first


def run_pdfium(files: list[Path], budget: float) -> Timed:
    import pypdfium2 as pdfium

    pages = 0
    start = time.perf_counter()
    for path in files:
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return Timed(pages, time.perf_counter() - start)


def run_plumber(files: list[Path], budget: float) -> Timed:
    """Whole files in corpus order; stops at a file boundary once *budget* seconds are spent."""
    import pdfplumber

    pages = 0
    start = time.perf_counter()
    for done, path in enumerate(files):
        elapsed = time.perf_counter() - start
        if elapsed > budget:
            note = f"subset: first {done} of {len(files)} files timed (budget {budget:.0f} s); pages/s from the subset"
            return Timed(pages, elapsed, note)
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return Timed(pages, time.perf_counter() - start)


def pipeline_function() -> tuple[Callable[[Path], Document], str]:
    """``parse_file``, or reader + assembly when a module the pipeline needs is not there yet."""
    try:
        import extractor.read.parse
        import extractor.read.safety
        import extractor.read.sniff  # noqa: F401
        from extractor.read.parse import parse_file

        return parse_file, ""
    except ModuleNotFoundError as exc:
        from extractor.read.assemble import build_document
        from extractor.read.pdf.text_layer import read_pdf

        def fallback(path: Path) -> Document:
            return build_document(str(path), "x", read_pdf(path))

        return fallback, f"parse_file unavailable ({exc}); timed build_document(read_pdf(p)) instead"


def run_ours(files: list[Path], budget: float) -> Timed:
    pages = sum(page_count(path) for path in files)  # counted before the clock starts
    parse, note = pipeline_function()
    start = time.perf_counter()
    for path in files:
        parse(path)
    return Timed(pages, time.perf_counter() - start, note)


def warm_up_note(warm: Path, pages: int) -> str:
    return (
        f"warm-up: {warm.name} ({pages} pages) was processed once before the clock started "
        "(first call loads spaCy and underthesea) and is not in pages timed"
    )


def run_extract(files: list[Path], budget: float) -> Timed:
    """Parse every file first (untimed), extract the first document as warm-up, then time
    ``extract_document`` over the other parsed documents."""
    from extractor.find.extract import extract_document

    parse, note = pipeline_function()
    docs = [parse(path) for path in files]
    warm, rest = docs[0], docs[1:]
    extract_document(warm)
    pages = sum(doc.page_count or 0 for doc in rest)
    start_mb = peak_rss_mb()
    start = time.perf_counter()
    for doc in rest:
        extract_document(doc)
    seconds = time.perf_counter() - start
    notes = [warm_up_note(files[0], warm.page_count or 0), note]
    return Timed(pages, seconds, "; ".join(n for n in notes if n), start_mb)


def run_parse_extract(files: list[Path], budget: float) -> Timed:
    """``extract_document(parse_file(p))`` per file; the first file is the untimed warm-up."""
    from extractor.find.extract import extract_document

    parse, note = pipeline_function()
    warm_path, rest = files[0], files[1:]
    warm = parse(warm_path)
    extract_document(warm)
    pages = 0
    start_mb = peak_rss_mb()
    start = time.perf_counter()
    for path in rest:
        doc = parse(path)
        extract_document(doc)
        pages += doc.page_count or 0
    seconds = time.perf_counter() - start
    notes = [warm_up_note(warm_path, warm.page_count or 0), note]
    return Timed(pages, seconds, "; ".join(n for n in notes if n), start_mb)


CHILD_RUNNERS: dict[str, Callable[[list[Path], float], Timed]] = {
    PDFIUM: run_pdfium,
    PLUMBER: run_plumber,
    OURS: run_ours,
    EXTRACT: run_extract,
    PARSE_EXTRACT: run_parse_extract,
}


def child_main(variant: str, files: list[Path], budget: float) -> None:
    """Import what the variant needs, note RSS, run it, print one JSON line."""
    if variant in (OURS, EXTRACT, PARSE_EXTRACT):
        pipeline_function()
    if variant in (EXTRACT, PARSE_EXTRACT):
        import extractor.find.extract  # noqa: F401  (imports spaCy; its models load on the first call)
    elif variant == PLUMBER:
        import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401  (all three variants use it: counting pages, pdfplumber's renderer, the reader)

    import_mb = peak_rss_mb()
    timed = CHILD_RUNNERS[variant](files, budget)
    result = {
        "pages": timed.pages,
        "seconds": timed.seconds,
        "import_mb": import_mb if timed.start_mb is None else timed.start_mb,
        "peak_mb": peak_rss_mb(),
        "note": timed.note,
    }
    print(json.dumps(result))


# ---------------------------------------------------------------- parent side


def measure(variant: str, files: list[Path], budget: float = 0.0) -> Result:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, "--budget", str(budget)]
    cmd += [str(f) for f in files]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{variant} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Result(variant, data["pages"], data["seconds"], data["import_mb"], data["peak_mb"], data["note"])


def verdict(value: float, target: float) -> str:
    return "met" if value >= target else "MISSED"


def markdown_table(results: list[Result], total_pages: int, files: int) -> str:
    rows = [
        f"Corpus: {files} PDFs, {total_pages} pages (the five text-layer corpus PDFs replicated).",
        "",
        "| Variant | Pages timed | Seconds | Pages/s | Peak RSS (MB) | RSS before timed loop (MB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        cells = [r.variant, str(r.pages), f"{r.seconds:.2f}", f"{r.pages_per_second:.1f}"]
        cells += [f"{r.peak_mb:.0f}", f"{r.import_mb:.0f}"]
        rows.append("| " + " | ".join(cells) + " |")
    by_name = {r.variant: r for r in results}
    ours = by_name[OURS].pages_per_second
    vs_pdfium = ours / by_name[PDFIUM].pages_per_second
    vs_plumber = ours / by_name[PLUMBER].pages_per_second
    rows += [
        "",
        "| Ratio (pages/s) | Value | Target | |",
        "|---|---:|---:|---|",
        f"| baocao / pypdfium2 | {vs_pdfium:.2f} | ≥ {TARGET_VS_PDFIUM:.2f} | {verdict(vs_pdfium, TARGET_VS_PDFIUM)} |",
        f"| baocao / pdfplumber | {vs_plumber:.1f}× | ≥ {TARGET_VS_PLUMBER:.0f}× | "
        f"{verdict(vs_plumber, TARGET_VS_PLUMBER)} |",
    ]
    if EXTRACT in by_name:
        vs_parse = by_name[EXTRACT].pages_per_second / ours
        rows.append(
            f"| baocao extract / baocao parse | {vs_parse:.2f} | ≥ {TARGET_EXTRACT_VS_PARSE:.2f} | "
            f"{verdict(vs_parse, TARGET_EXTRACT_VS_PARSE)} |"
        )
    notes = [f"- {r.variant}: {r.note}" for r in results if r.note]
    if notes:
        rows += ["", "Notes:", *notes]
    return "\n".join(rows)


def flatness(sources: list[Path], sizes: list[int], workdir: Path) -> str:
    """Peak RSS of the pipeline, and of raw pypdfium2 text as a baseline, on one big PDF at each size."""
    bigs = [concatenate(sources, size, workdir / f"big-{size}.pdf")[0] for size in sizes]
    lines = ["Memory flatness (one concatenated PDF per child process):"]
    notes: set[str] = set()
    for variant in (OURS, PDFIUM):
        measured = [measure(variant, [big]) for big in bigs]
        for r in measured:
            lines.append(
                f"- {variant}, {r.pages} pages: peak RSS {r.peak_mb:.0f} MB (after imports {r.import_mb:.0f} MB), "
                f"{r.seconds:.2f} s, {r.pages_per_second:.1f} pages/s"
            )
            notes.update({r.note} - {""})
        small, large = measured[0], measured[-1]
        if large.pages > small.pages:
            per100 = (large.peak_mb - small.peak_mb) / (large.pages - small.pages) * 100
            lines.append(f"- {variant} growth: {per100:.1f} MB per 100 pages ({small.pages} → {large.pages} pages)")
    lines += [f"- note: {note}" for note in sorted(notes)]
    return "\n".join(lines)


def profile(files: list[Path], top: int = 25) -> str:
    parse, note = pipeline_function()
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        parse(path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(15)
    header = f"cProfile of the pipeline over {len(files)} files" + (f" ({note})" if note else "")
    return header + " — top by cumulative time, then top 15 by own time:\n" + out.getvalue()


def profile_extraction(files: list[Path], top: int = 25) -> str:
    """cProfile of ``extract_document`` alone: parse all files and warm up on the first, unprofiled."""
    from extractor.find.extract import extract_document

    parse, note = pipeline_function()
    docs = [parse(path) for path in files]
    extract_document(docs[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs[1:]:
        extract_document(doc)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(15)
    header = (
        f"cProfile of extract_document over {len(docs) - 1} parsed documents "
        f"(parsing and the warm-up document {files[0].name} not profiled)" + (f" ({note})" if note else "")
    )
    return header + f" — top {top} by cumulative time, then top 15 by own time:\n" + out.getvalue()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with the corpus PDFs")
    ap.add_argument("--min-pages", type=int, default=300, help="replicate the corpus to at least this many pages")
    ap.add_argument(
        "--flat-sizes", default="150,600", help="page counts of the single big PDF for memory flatness (comma list)"
    )
    ap.add_argument("--plumber-budget", type=float, default=60.0, help="seconds after which pdfplumber is cut short")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of the pipeline and of extraction")
    ap.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    ap.add_argument("--budget", type=float, default=0.0, help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child_main(args.child, args.files, args.budget)
        return 0
    sources = source_pdfs(args.corpus)
    sizes = sorted(int(s) for s in args.flat_sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="bench_parse_") as tmp:
        workdir = Path(tmp)
        files = replicate(sources, args.min_pages, workdir)
        total = sum(page_count(f) for f in files)
        results = [
            measure(PDFIUM, files),
            measure(PLUMBER, files, args.plumber_budget),
            measure(OURS, files),
            measure(EXTRACT, files),
            measure(PARSE_EXTRACT, files),
        ]
        print(markdown_table(results, total, len(files)))
        print()
        print(flatness(sources, sizes, workdir))
        if args.profile:
            print()
            print(profile(files))
            print()
            print(profile_extraction(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
