"""Hostile and broken input: limits by design, readable PDFs never rejected for an optional
step, workers bounded and tied to their parent.  One regression test per reported case."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.errors import LimitExceeded, UnreadableFile
from extractor.find.extract import extract_document
from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.read.parse import parse_file

from . import badfiles as bf
from .conftest import CORPUS

# ---------------------------------------------------------------- readable PDFs


@pytest.mark.parametrize("password", [None, "owner-secret", "anything"])
def test_owner_only_pdf_opens_with_or_without_a_password(tmp_path: Path, password: str | None) -> None:
    """A PDF whose only password restricts permissions was refused as 'password is wrong'."""
    path = bf.make_owner_only_pdf(tmp_path / "owner-only.pdf")
    doc = parse_file(path, password=password, ocr="never")
    assert doc.page_count == 4 and "CHỈ THỊ" in doc.text


def test_wrong_password_for_a_locked_pdf_is_still_wrong(tmp_path: Path) -> None:
    path = bf.make_encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(UnreadableFile, match="password is wrong"):
        parse_file(path, password="not-it", ocr="never")


def test_table_finder_failure_keeps_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF that PDFium reads completely was rejected as 'internal error (…)' because the table
    step failed: now the page keeps its text and a warning says so."""
    import extractor.read.pdf.text_layer as text_layer

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("a path the grid cannot place")

    monkeypatch.setattr(text_layer, "find_tables", broken)
    reference = parse_file(CORPUS / "003-bao-cao-so-ket-kien-giang.pdf", ocr="never")
    assert reference.tables == [] and any("tables were not read" in w for w in reference.warnings)
    assert "Kiên Giang" in reference.text or "KIÊN GIANG" in reference.text
    assert "ValueError: a path the grid cannot place" in " ".join(reference.warnings)


# ---------------------------------------------------------------- limits


def test_limits_have_options_and_defaults() -> None:
    assert DEFAULT_LIMITS.with_options(max_pages=None) == DEFAULT_LIMITS
    assert DEFAULT_LIMITS.with_options(max_pages=5).max_pages == 5
    with pytest.raises(TypeError):
        DEFAULT_LIMITS.with_options(max_nonsense=1)


def test_file_size_limit_names_the_file_and_the_option(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Báo cáo\n" * 200_000, encoding="utf-8")
    with pytest.raises(LimitExceeded) as info:
        parse_file(path, limits=Limits(max_file_mb=1))
    assert str(path) in str(info.value)
    assert "over the limit of 1 file size (MB)" in info.value.reason and "--max-file-mb" in info.value.reason
    assert info.value.limit == "max_file_mb"


def test_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Có 12 chi bộ.\n" * 1_000, encoding="utf-8")
    with pytest.raises(LimitExceeded, match="--max-text-chars"):
        parse_file(path, limits=Limits(max_text_chars=5_000))


# ---------------------------------------------------------------- tiny files that eat the machine


def test_docx_grid_span_of_a_hundred_million_columns_is_cut_to_the_table(tmp_path: Path) -> None:
    """A 33 KB DOCX with one gridSpan="100000000" grew past 6 GB: the grid was filled one
    entry per spanned column.  The span is now bounded by the table's own grid."""
    path = bf.make_grid_span_docx(tmp_path / "span.docx")
    doc = parse_file(path)
    assert max(t.n_cols for t in doc.tables) < 64
    assert any("gridSpan of 100,000,000 columns was cut" in w for w in doc.warnings)


def test_table_cells_limit(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    rows = "\n".join("\t".join(str(c) for c in range(400)) for _ in range(600))
    path.write_text("BÁO CÁO\nKết quả\n\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match=r"600 rows × 400 columns.*--max-table-cells"):
        parse_file(path)


def test_one_line_of_three_hundred_thousand_tabs(tmp_path: Path) -> None:
    """A 335 KB TXT with one row of 300,000 tabs passed 6 GB."""
    path = tmp_path / "tabs.txt"
    path.write_text("BÁO CÁO\n" + "x\t" * 300_000 + "\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match="--max-line-chars"):
        parse_file(path)


def test_footnote_markers_two_hundred_thousand_times(tmp_path: Path) -> None:
    """Markers repeated 200,000 times cost time with the square of their number (the text
    before each marker was joined again); reading is now linear.  The alarm turns a return
    of the quadratic cost into a failure instead of a hung suite."""
    import signal

    from extractor.read.plain import extract_markers

    def too_slow(*_: object) -> None:
        raise AssertionError("extract_markers is not linear in the number of markers")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        text, markers = extract_markers("đảng viên¹ " * 200_000)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(markers) == 200_000 and "¹" not in text
    assert markers[1][0] == len("đảng viên đảng viên")


def test_units_keep_their_superscripts() -> None:
    from extractor.read.plain import extract_markers

    assert extract_markers("diện tích 25 m² đất¹") == ("diện tích 25 m² đất", [(19, 1)])


def test_page_limit(tmp_path: Path) -> None:
    path = bf.make_many_page_pdf(tmp_path / "many.pdf", 40)
    with pytest.raises(
        LimitExceeded, match=r"it has 40 pages, over the limit of 30 pages \(raise it with --max-pages\)"
    ):
        parse_file(path, limits=Limits(max_pages=30), ocr="never")


def _fake_tesseract(monkeypatch: pytest.MonkeyPatch, calls: list[int]) -> None:
    from extractor.read.pdf import scan

    def fake(image: object, args: list[str], path: str, what: str, timeout: float = 0) -> str:
        calls.append(1)
        return "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

    monkeypatch.setattr(scan, "check_tesseract", lambda path: None)
    monkeypatch.setattr(scan, "_run_tesseract", fake)


def test_a_page_too_large_to_render_is_refused_by_its_pixels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 610-byte PDF with one 14,400 × 14,400 pt page was rendered at 200 dpi (40,000 ×
    40,000 pixels) and passed 6 GB; a 1e6-point page ended in MemoryError."""
    _fake_tesseract(monkeypatch, [])
    for side in (14_400, 1_000_000):
        path = bf.make_big_page_pdf(tmp_path / f"big-{side}.pdf", side, side)
        assert path.stat().st_size < 1_000
        with pytest.raises(LimitExceeded, match=r"page 1 is .* pixels even at 50 dpi.*--max-page-pixels"):
            parse_file(path, ocr="always")


def test_a_large_page_is_rendered_at_a_lower_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor.read.pdf import scan

    rendered: list[int] = []
    real = scan.render_page

    def recording(page: object, dpi: int) -> object:
        rendered.append(dpi)
        return real(page, dpi)

    monkeypatch.setattr(scan, "render_page", recording)
    _fake_tesseract(monkeypatch, [])
    path = bf.make_big_page_pdf(tmp_path / "a1.pdf", 1684, 2384)  # A1
    parse_file(path, ocr="always")
    (dpi,) = rendered
    width_px, height_px = 1684 * dpi / 72, 2384 * dpi / 72
    assert width_px * height_px <= DEFAULT_LIMITS.max_page_pixels and dpi >= 50


def test_blank_pages_are_not_sent_to_ocr(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """2,000 blank pages meant 15 minutes of OCR: a page without ink is not OCR'd at all."""
    calls: list[int] = []
    _fake_tesseract(monkeypatch, calls)
    path = bf.make_big_page_pdf(tmp_path / "blank.pdf", 595, 842, pages=30)
    doc = parse_file(path, ocr="always")
    assert doc.page_count == 30 and calls == []


def test_ocr_time_is_bounded_per_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import time

    from extractor.read.pdf import scan

    monkeypatch.setattr(scan, "check_tesseract", lambda path: None)
    monkeypatch.setattr(scan, "is_blank", lambda image: False)

    def slow(image: object, args: list[str], path: str, what: str, timeout: float = 0) -> str:
        time.sleep(0.3)
        return ""

    monkeypatch.setattr(scan, "_run_tesseract", slow)
    path = bf.make_big_page_pdf(tmp_path / "slow.pdf", 200, 200, pages=20)
    with pytest.raises(LimitExceeded, match=r"OCR of \d+ of its 20 scanned pages took 1 s.*--max-ocr-seconds"):
        parse_file(path, ocr="always", limits=Limits(max_ocr_seconds=1))


# ---------------------------------------------------------------- encodings that lie


def _utf8_report(min_bytes: int = 120_000) -> str:
    text = (CORPUS / "003-bao-cao-so-ket-kien-giang.txt").read_text(encoding="utf-8")
    while len(text.encode("utf-8")) < min_bytes:
        text += "\n\n" + text
    return text


def test_one_bad_byte_after_100_kb_leaves_utf8_as_utf8(tmp_path: Path) -> None:
    """One invalid byte anywhere in a UTF-8 report made the whole file cp1252, 'repaired' as
    VNI: ÄỏºÂNG Bỏằ…, directives fell from 35 to 12, exit 0, no warning."""
    from extractor import extract_facts

    text = _utf8_report()
    clean = tmp_path / "clean.txt"
    clean.write_text(text, encoding="utf-8")
    data = text.encode("utf-8")
    cut = len(data) - 2_000
    while data[cut] >= 0x80:  # flip a byte between characters, as a damaged transfer would
        cut += 1
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(data[:cut] + b"\xff" + data[cut:])
    good, bad = parse_file(clean), parse_file(damaged)
    assert bad.source_encoding is None
    assert "ĐẢNG BỘ" in bad.text
    assert any(f"1 invalid UTF-8 byte sequence(s) replaced with U+FFFD (at byte {cut:,})" in w for w in bad.warnings)
    assert len(extract_facts(bad).citations) == len(extract_facts(good).citations)


def test_windows_1258_is_detected_and_converted(tmp_path: Path) -> None:
    """A report in Windows-1258 loaded as 'Sôì 1066 -KL/HU / KÊìT LUÂòN' with exit 0."""
    path = tmp_path / "cp1258.txt"
    path.write_bytes(bf.to_cp1258((CORPUS / "002-ket-luan-huyen-uy.txt").read_text(encoding="utf-8")))
    doc = parse_file(path)
    reference = parse_file(CORPUS / "002-ket-luan-huyen-uy.txt")
    assert (doc.metadata.number, doc.metadata.doc_type) == ("1066-KL/HU", "KẾT LUẬN")
    assert doc.text == reference.text
    assert doc.source_encoding == "cp1258"
    assert any(w.startswith("text encoding guessed as Windows-1258 (confidence") for w in doc.warnings)


def test_legacy_text_says_its_guess_and_confidence(tmp_path: Path) -> None:
    path = Path(__file__).parent / "fixtures" / "legacy" / "tcvn3.txt"
    if not path.exists():
        pytest.skip("legacy fixture missing")
    doc = parse_file(path)
    assert doc.source_encoding == "tcvn3"
    assert any(w.startswith("text encoding guessed as TCVN3 (confidence") for w in doc.warnings)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 40,  # every high byte, no words
        "Le rapport annuel présente où nous en sommes, déjà très élevé.".encode("cp1252") * 20,  # French
    ],
    ids=["noise", "french"],
)
def test_eight_bit_text_that_is_not_vietnamese_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "what.txt"
    path.write_bytes(b"BAO CAO\n" + data)
    with pytest.raises(UnreadableFile, match="neither UTF-8 nor a Vietnamese 8-bit encoding"):
        parse_file(path)


# ---------------------------------------------------------------- worker processes


def _ingest_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: object, limits: Limits):
    import extractor.store.workers as workers
    from extractor.store.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("002-ket-luan-huyen-uy.txt", "004-chi-thi-sinh-hoat-chi-bo.txt"):
        (folder / name).write_bytes((CORPUS / name).read_bytes())
    (folder / "hostile.txt").write_text("BÁO CÁO\nx\n", encoding="utf-8")
    monkeypatch.setattr(workers, "parse_file", reader)  # fork: the worker processes see it
    return ingest([folder], db=f"sqlite:///{tmp_path / 'w.db'}", limits=limits)


def _hostile(action):
    real = parse_file

    def reader(path: object, **kw: object) -> object:
        if Path(str(path)).name == "hostile.txt":
            action()
        return real(path, **kw)  # type: ignore[arg-type]

    return reader


def test_a_file_that_needs_too_much_memory_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def eat() -> None:
        hog = [bytearray(64 * 2**20) for _ in range(64)]  # 4 GiB, over the 1,536 MB limit
        assert hog

    summary = _ingest_with(tmp_path, monkeypatch, _hostile(eat), Limits(max_memory_mb=1_536))
    assert summary.loaded == 2
    [(path, reason)] = [(Path(f.path).name, f.reason) for f in summary.failed]
    assert path == "hostile.txt" and "--max-memory-mb" in reason


def test_a_file_that_takes_too_long_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    summary = _ingest_with(tmp_path, monkeypatch, _hostile(lambda: time.sleep(30)), Limits(max_file_seconds=2))
    assert summary.loaded == 2
    [(path, reason)] = [(Path(f.path).name, f.reason) for f in summary.failed]
    assert path == "hostile.txt"
    assert reason.startswith("reading it took more than 2 s, over the limit of 2 seconds to read one file")
    assert reason.endswith("(raise it with --max-file-seconds)")


WATCHED = """
import os, sys, time
from extractor.read.limits import Limits
from extractor.store.workers import worker_pool
pool = worker_pool(1, Limits())
pid = pool.submit(os.getpid).result()
print(pid, flush=True)
pool.submit(time.sleep, 60)
time.sleep(60)
"""


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    """With --workers 2, killing the parent left its workers running."""
    import os
    import signal
    import subprocess
    import sys
    import time

    parent = subprocess.Popen([sys.executable, "-c", WATCHED], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker outlived its killed parent")


def test_legacy_detection_on_a_run_of_high_bytes_is_linear() -> None:
    """Regression: a legacy 'letter' was an alternation whose branches overlapped, so a run of
    128 high bytes without a hyphen backtracked exponentially in the hyphen rule (minutes for
    one line).  Detection over 8 KB of such bytes now returns at once."""
    import signal
    import unicodedata

    from extractor.read.legacy import detect_legacy

    def too_slow(*_: object) -> None:
        raise AssertionError("legacy detection backtracks")

    text = unicodedata.normalize("NFC", (bytes(range(0x80, 0x100)) * 64).decode("cp1252", "replace"))
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        detect_legacy(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_regression_tables_one_cell_per_line_are_found_in_one_pass() -> None:
    """A paragraph of 16,000 small tables one cell per line (208,000 lines) was searched again
    from each table's end: time with the square of their number (two minutes for 4,000).  The
    alarm turns a return of the quadratic cost into a failure instead of a hung suite."""
    import signal

    from extractor.read.cell_lines import split_cell_tables

    def too_slow(*_: object) -> None:
        raise AssertionError("split_cell_tables is not linear in the number of tables")

    table = ["1", "Xã A", "12", "13", "2", "Xã B", "14", "15", "3", "Xã C", "1", "2", "Văn bản nói thêm."]
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        runs = split_cell_tables(table * 16_000)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [header is not None for header, _ in runs[:4]] == [True, False, True, False]
    assert len(runs) == 32_000


def test_regression_a_total_row_over_thousands_of_rows_is_read_in_linear_time(tmp_path: Path) -> None:
    """A table whose first row (``Tổng số``) sums 8,000 rows gives one relation of 8,000 parts per
    column; finding the parts' own changes looked each one up in its block's list, and the
    table's rows were regrouped per row: the square of the rows (minutes for 20,000)."""
    import signal

    def too_slow(*_: object) -> None:
        raise AssertionError("extraction of a large table with a total row is not linear")

    rows = ["STT\tĐơn vị\tSố đảng viên\tKết nạp", "\tTổng số\t8000\t8000"]
    rows += [f"{k}\tXã {k}\t1\t1" for k in range(1, 8001)]
    path = tmp_path / "big.txt"
    path.write_text("BÁO CÁO\nKết quả công tác\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(60)
    try:
        facts = extract_document(parse_file(path))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert any(len(r.members.get("parts") or []) == 8000 for r in facts.relations)
