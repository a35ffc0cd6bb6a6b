"""OCR of scanned pages (extractor.read.pdf.scan) and the CER measure of bench/ocr_cer.py."""

from __future__ import annotations

import importlib.util
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractor.document.drafts import Line
from extractor.document.elements import Origin
from extractor.errors import OCRUnavailable, UnreadableFile
from extractor.read.pdf import scan as pdf_scan

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SCAN_002 = CORPUS / "002-ket-luan-huyen-uy-scan.pdf"
TEXT_002 = CORPUS / "002-ket-luan-huyen-uy.pdf"
SCAN_003 = CORPUS / "003-bao-cao-so-ket-kien-giang-scan.pdf"
TEXT_003 = CORPUS / "003-bao-cao-so-ket-kien-giang.pdf"

needs_corpus = pytest.mark.skipif(not SCAN_003.exists(), reason="shared corpus not found")


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ocr_cer", REPO / "bench" / "ocr_cer.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ocr_cer"] = mod
    spec.loader.exec_module(mod)
    return mod


ocr_cer = _load_bench()


# --------------------------------------------------------------------------- page_needs_ocr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", True),
        ("  \r\n \t ", True),
        ("2", True),  # only a page number: the body is in the image
        ("Trang 3 \n 12/2022", True),  # fewer than 10 letters
        ("Ban Chấp hành Đảng bộ Khối đã tập trung lãnh đạo cấp ủy các tổ chức cơ sở đảng.", False),
        ("BÁO CÁO\nsơ kết 02 năm thực hiện Đề án 02-ĐA/ĐU", False),
        ("§¶ng bé khèi c¸c c¬ quan tØnh l·nh ®¹o thùc hiÖn nghÞ quyÕt", False),  # TCVN3: converted elsewhere
        ("Ñaûng boä khoái caùc cô quan tænh laõnh ñaïo thöïc hieän", False),  # VNI
        ("STT 1 2 3 4 5 6 7 8 9 10 11 12 Tổng số 106 105 98,5% đạt", False),  # numbers-heavy table page
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12 abcdefghijkl", True),  # control characters
        ("\ue001\ue002\ue003\ue004\ue005\ue006 Báo cáo kết quả", True),  # private-use glyph codes
        ("\ufffd" * 40 + " báo cáo kết quả thực hiện", True),  # replacement characters
        ("这是一个扫描页面的文字层垃圾内容测试", True),  # letters, but not Latin
        ("Доклад о результатах работы", True),  # Cyrillic
        ("Đảng bộ ��� tỉnh Kiên Giang tổ chức thành công đại hội", False),  # a few bad characters are fine
    ],
)
def test_page_needs_ocr(text: str, expected: bool) -> None:
    assert pdf_scan.page_needs_ocr(text) is expected


# --------------------------------------------------------------------------- tesseract availability


def _script(tmp_path: Path, name: str, body: str) -> str:
    p = tmp_path / name
    p.write_text("#!/bin/sh\n" + body)
    p.chmod(0o755)
    return str(p)


def test_missing_tesseract_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(pdf_scan.TESSERACT_ENV, str(tmp_path / "no-such-tesseract"))
    with pytest.raises(OCRUnavailable) as err:
        pdf_scan.check_tesseract("scan.pdf")
    assert err.value.path == "scan.pdf"
    assert "tesseract" in err.value.reason and "not found" in err.value.reason
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in err.value.reason
    assert "tesseract-ocr.github.io" in err.value.reason
    assert isinstance(err.value, UnreadableFile)


def test_tesseract_without_vietnamese(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = _script(tmp_path, "tess-eng", 'echo "List of available languages (2):"; echo eng; echo osd\n')
    monkeypatch.setenv(pdf_scan.TESSERACT_ENV, fake)
    with pytest.raises(OCRUnavailable, match="no Vietnamese language data") as err:
        pdf_scan.check_tesseract("a.pdf")
    assert "tesseract-ocr-vie" in err.value.reason


def test_tesseract_failure_is_unreadable_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    body = 'if [ "$1" = "--list-langs" ]; then echo vie; exit 0; fi\necho "Error: bad image" >&2; exit 1\n'
    monkeypatch.setenv(pdf_scan.TESSERACT_ENV, _script(tmp_path, "tess-broken", body))
    image = Image.new("L", (50, 50), 255)
    image.putpixel((10, 10), 0)  # some ink: a blank page is never sent to tesseract
    with pytest.raises(UnreadableFile, match="OCR of page 7 failed: tesseract said: Error: bad image"):
        pdf_scan.ocr_image(image, 300, 7, "b.pdf")


# --------------------------------------------------------------------------- markers in words


@pytest.mark.parametrize(
    ("word", "leading", "digits", "expected", "cut"),
    [
        ("thể!", False, 1, "thể", 3),
        ("thể1", False, 1, "thể", 3),
        ("thể1,", False, 1, "thể,", 3),
        ("bộ”!", False, 1, "bộ”", 3),  # the closing quote is text, the "!" was the marker
        ("niên?.", False, 1, "niên.", 4),
        ("85%)/.", False, 1, "85%).", 4),
        ("khóa12.", False, 2, "khóa.", 4),
        ("năm2019", False, 1, "năm201", 6),  # only as many characters as the marker has digits
        ("Covid-19", False, 1, "Covid-1", 7),
        ("Tỉnh", False, 1, "Tỉnh", 4),  # tesseract dropped the marker: nothing to strip
        ("'Lãnh", True, 1, "Lãnh", 0),
        ("1Năm", True, 1, "Năm", 0),
        ("'", True, 1, "", 0),
        ("Năm", True, 1, "Năm", 0),
    ],
)
def test_strip_marker(word: str, leading: bool, digits: int, expected: str, cut: int) -> None:
    assert pdf_scan._strip_marker(word, leading, digits) == (expected, cut)


# --------------------------------------------------------------------------- ocr_pages order and bounds


def test_ocr_pages_yields_in_order_with_bounded_parallelism(monkeypatch: pytest.MonkeyPatch) -> None:
    busy, peak, lock = [0], [0], threading.Lock()

    def fake_ocr(image: Image.Image, dpi: int, page_no: int, path: str, timeout: float = 0) -> list[Line]:
        with lock:
            busy[0] += 1
            peak[0] = max(peak[0], busy[0])
        time.sleep(0.05 if page_no % 2 else 0.01)  # odd pages finish last
        with lock:
            busy[0] -= 1
        return []

    monkeypatch.setattr(pdf_scan, "ocr_image", fake_ocr)
    monkeypatch.setattr(pdf_scan, "OCR_DPI", 20)  # tiny renders
    monkeypatch.setattr(pdf_scan, "check_tesseract", lambda path: None)
    pdf = pdfium.PdfDocument.new()
    for _ in range(6):
        pdf.new_page(595, 842)
    got = [no for no, _ in pdf_scan.ocr_pages(pdf, [1, 2, 3, 4, 5, 6], "x.pdf", workers=2)]
    assert got == [1, 2, 3, 4, 5, 6]
    assert peak[0] == 2


# --------------------------------------------------------------------------- levenshtein


def _dp(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_levenshtein_matches_dynamic_programming() -> None:
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice("aăâđ ê") for _ in range(rng.randint(0, 80)))
        b = "".join(rng.choice("aăâđ ê") for _ in range(rng.randint(0, 80)))
        assert ocr_cer.levenshtein(a, b) == _dp(a, b)
    assert ocr_cer.levenshtein("kitten", "sitting") == 3
    assert ocr_cer.word_distance(["đảng", "viên", "mới"], ["đảng", "viền", "mới", "x"]) == 2


# --------------------------------------------------------------------------- real OCR (corpus)


@pytest.fixture(scope="module")
def page_002() -> tuple[list[Line], str]:
    pdf = pdfium.PdfDocument(str(SCAN_002))
    [(no, lines)] = list(pdf_scan.ocr_pages(pdf, [2], str(SCAN_002)))
    ref_doc = pdfium.PdfDocument(str(TEXT_002))
    ref = ocr_cer.reference_text(ref_doc[no - 1])
    return lines, ref


@pytest.fixture(scope="module")
def page_003() -> list[Line]:
    pdf = pdfium.PdfDocument(str(SCAN_003))
    return pdf_scan.ocr_page(pdf[1], 2, str(SCAN_003))


@needs_corpus
def test_ocr_002_page_2_cer(page_002: tuple[list[Line], str]) -> None:
    lines, ref = page_002
    hyp = ocr_cer.normalise("\n".join(line.text for line in lines))
    cer = ocr_cer.levenshtein(ref, hyp) / len(ref)
    assert cer < 0.03, f"CER {cer:.3f}"
    for word in (
        "nâng cao chất lượng sinh hoạt chi bộ",
        "Kế hoạch số 59-KH/TU ngày 10/8/2018",
        "ngày 25/10/2021",
        "ngày 22/9/2017",
        "tư tưởng, đạo đức, phong cách Hồ Chí",
        "Chỉ thị số 10-CT/TW ngày 30/03/2007",
    ):
        assert word in hyp, word
    assert all(line.page == 2 and line.conf is not None and 0 <= line.conf <= 100 for line in lines)


@needs_corpus
def test_ocr_003_page_2_markers(page_003: list[Line]) -> None:
    [body] = [line for line in page_003 if "đoàn thể" in line.text and line.markers]
    assert body.markers == [(body.text.index("đoàn thể") + len("đoàn thể"), 1)]
    assert body.text.endswith("đoàn thể")  # the raised 1 is not in the text
    [foot] = [line for line in page_003 if line.text.startswith("Lãnh đạo Đại hội Hội Liên hiệp")]
    assert foot.markers == [(0, 1)]
    assert sum(len(line.markers) for line in page_003) == 2  # nothing else taken for a marker


@needs_corpus
def test_ocr_003_page_2_geometry(page_003: list[Line]) -> None:
    body = [line for line in page_003 if line.bbox.y1 < 730 and len(line.text.split()) >= 6]
    foot = [line for line in page_003 if line.bbox.y0 > 740]
    assert len(body) > 25 and len(foot) == 3
    assert all(12 <= line.size <= 16 for line in body), [line.size for line in body]
    assert all(9 <= line.size <= 13 for line in foot), [line.size for line in foot]
    assert abs(statistics.median(line.size for line in body) - 14) <= 1
    for line in page_003:
        b = line.bbox
        assert b.origin is Origin.TOP_LEFT and 0 <= b.x0 < b.x1 <= 595.5 and 0 <= b.y0 < b.y1 <= 842.1
    assert [line.bbox.y0 for line in body] == sorted(line.bbox.y0 for line in body)
    # the "đoàn thể" line stands where the text layer has it (points, top-left origin)
    ref = pdfium.PdfDocument(str(TEXT_003))[1]
    tp = ref.get_textpage()
    i = tp.get_text_range().index("đạo thực hiện tốt đại hội")
    left, bottom, _, top = tp.get_charbox(i)  # the "đ" of "đạo": PDF origin bottom-left
    [line] = [x for x in page_003 if x.text.startswith("đạo thực hiện tốt đại hội")]
    height = ref.get_height()
    assert abs(line.bbox.x0 - left) < 3
    assert line.bbox.y0 - 3 < height - top and height - bottom < line.bbox.y1 + 3


@needs_corpus
@pytest.mark.parametrize("turned", [90, 180])
def test_a_page_scanned_sideways_or_upside_down_is_read_upright(turned: int) -> None:
    """A scanned page turned a quarter or a half turn reads as poorly as garbage (mean word
    confidence about 40); its orientation is detected and it is read upright (about 95)."""
    pdf = pdfium.PdfDocument(str(SCAN_002))
    page = pdf[1]
    dpi = pdf_scan.choose_dpi(page)
    image = pdf_scan.render_page(page, dpi).rotate(turned, expand=True, fillcolor=255)
    lines = pdf_scan.ocr_image(image, dpi, 2, str(SCAN_002))
    text = " ".join(line.text for line in lines)
    assert "nâng cao chất lượng sinh hoạt chi bộ" in text
    confidences = [line.conf for line in lines if line.conf is not None]
    assert confidences and sum(confidences) / len(confidences) > 80


def _ocr_cases(key: str) -> list:
    from extractor.text.resources import load_yaml

    return list(load_yaml("ocr.yaml")[key])


@pytest.mark.parametrize(("misread", "written"), _ocr_cases("examples"))
def test_misread_words_of_report_prose_are_put_back(misread: str, written: str) -> None:
    """``patterns/ocr.yaml``: ``đẳng viên`` → ``đảng viên``, ``chỉ bộ`` → ``chi bộ``, ``trỌt`` →
    ``trọt`` (found when the prose fixture's scan lost the unit of most Party counts)."""
    from extractor.read.pdf.ocr_words import repair_ocr_text

    assert repair_ocr_text(misread) == written


@pytest.mark.parametrize("text", _ocr_cases("counter_examples"))
def test_words_that_are_words_stay(text: str) -> None:
    from extractor.read.pdf.ocr_words import repair_ocr_text

    assert repair_ocr_text(text) == text


def test_every_ocr_repair_keeps_the_texts_length() -> None:
    """Footnote markers are offsets into a paragraph's text, which is repaired after its lines
    are joined (a phrase may be misread across two lines): a repair must not move them."""
    from extractor.text.resources import load_yaml

    data = load_yaml("ocr.yaml")
    assert all(len(p["misread"]) == len(p["written"]) for p in data["phrases"])
    assert all(ch.lower() != ch and len(ch.lower()) == 1 for ch in data["accented_capitals"])


def test_regression_a_phrase_misread_across_two_lines_is_put_back() -> None:
    from extractor.document.drafts import Draft, Line
    from extractor.document.elements import BBox
    from extractor.read.pdf import text_layer

    lines = [
        Line(1, "trên tổng số 34 đẳng viên (29 chính thức, 4 đẳng", BBox(72, 100, 520, 112), 13.0, conf=91.0),
        Line(1, "viên dự bị).", BBox(72, 114, 200, 126), 13.0, conf=90.0),
    ]
    drafts: list[Draft] = []
    geo = text_layer._Geometry(72.0, 75.0, 108.0, 13.0, {1: 595.0}, 595.0)
    text_layer._flush(lines, drafts, geo)
    assert drafts[0].text == "trên tổng số 34 đảng viên (29 chính thức, 4 đảng viên dự bị)."


def _line(text: str, x0: float, x1: float, y: float, conf: float | None = 90.0, size: float = 14.0):
    from extractor.document.drafts import Line
    from extractor.document.elements import BBox

    return Line(1, text, BBox(x0, y, x1, y + 14), size, conf=conf)


@pytest.mark.parametrize(
    ("prev_end", "next_text", "conf", "starts"),
    [
        (524.0, "trường đạt chuẩn, chiếm 99,35%", 90.0, True),  # "trường" would have fitted: a new paragraph
        (548.0, "trường đạt chuẩn, chiếm 99,35%", 90.0, False),  # it would not have: the line was full
        (548.0, "trường đạt chuẩn, chiếm 99,35%", None, True),  # a text layer keeps its trailing space: unchanged
    ],
)
def test_regression_a_ragged_ocr_line_the_next_word_would_not_fit_is_wrapped(
    prev_end: float, next_text: str, conf: float | None, starts: bool
) -> None:
    from extractor.read.pdf import text_layer

    geo = text_layer._Geometry(34.0, 18.0, 54.0, 14.0, {1: 595.0}, 595.0, 19.0)
    prev = _line("năm học 2023 toàn tỉnh có 148/166 trường đạt, bậc Tiểu học có 154/155", 34.0, prev_end, 100, conf)
    line = _line(next_text, 34.0, 300.0, 119, conf)
    assert text_layer._starts_paragraph(prev, line, geo) is starts


def test_regression_a_number_opening_an_ocr_line_stays_in_its_box() -> None:
    """``4 đảng viên …``: the digit is shorter than accented words but no raised marker."""
    from extractor.read.pdf import scan

    def word(text: str, left: int, top: int, height: int) -> scan._Word:
        return scan._Word(1, 1, 1, left, top, 20 * len(text), height, 95.0, text)

    line = [word("4", 140, 110, 40), word("đảng", 190, 100, 62), word("viên", 290, 100, 55), word("dự", 390, 104, 52)]
    height = statistics.median(w.height for w in line)
    assert not scan._raised_junk(line[0], height)
    marker = word("1", 500, 96, 22)  # a raised footnote marker: about a third of the words' height
    assert scan._raised_junk(marker, statistics.median(w.height for w in [*line, marker]))
