"""One small PDF per fault a review found in the reader's handling of other producers
(tests/fixtures/producers/regressions/, printed with WeasyPrint and Chromium), each named
after the fault it pins down."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "fixtures" / "producers" / "regressions"


@functools.cache
def _read(name: str):
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    doc = parse_file(HERE / f"{name}.pdf")
    return doc, extract_document(doc)


def _body(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind.value in ("paragraph", "heading", "list_item")]


def test_regression_a_note_line_starting_with_the_next_number_continues_the_note() -> None:
    """ "… huyện An Biên có thêm" / "2 xã đạt chuẩn …": one note, not notes 1 and 2."""
    doc, _ = _read("D2")
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert "2 xã đạt chuẩn" in doc.footnotes[0].text
    assert not doc.warnings


def test_regression_a_numbered_list_in_small_type_is_no_footnote_area() -> None:
    doc, ex = _read("A")
    assert doc.footnotes == []
    assert ("15.000", "body") in [(f.raw, f.span.where) for f in ex.figures]


def test_regression_footnotes_of_one_shape_on_every_page_are_no_running_footer() -> None:
    doc, _ = _read("E")
    assert [f.number for f in doc.footnotes] == [1, 2, 3]
    assert all(f.ref is not None for f in doc.footnotes)
    assert not [b for b in doc.blocks if b.kind.value in ("page_header", "page_footer")]


def test_regression_an_appendix_heading_on_every_page_is_no_running_header() -> None:
    doc, _ = _read("F")
    assert "Phụ lục 3" in _body(doc)


def test_regression_a_header_repeated_on_an_appendix_page_stays_in_the_header() -> None:
    doc, _ = _read("O2")
    assert doc.metadata.parent_body == "ĐẢNG BỘ TỈNH KIÊN GIANG"


def test_regression_notes_a_little_smaller_than_the_body_under_a_short_rule() -> None:
    doc, ex = _read("R13")
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert ("40", "footnote") in [(f.raw, f.span.where) for f in ex.figures]


def test_regression_a_ghi_chu_under_a_table_of_the_text_is_no_endnotes_heading() -> None:
    """The endnotes are those under the "Ghi chú" after the text's last marker."""
    doc, _ = _read("J")
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Năm 2022 kết nạp 1.100 đảng viên."),
        (2, "Năm 2022 đạt 90%."),
    ]


def test_regression_an_exponent_after_a_unit_is_no_footnote_marker() -> None:
    doc, _ = _read("P")
    assert all(f.ref is not None for f in doc.footnotes)
    assert not [w for w in doc.warnings if "more than once" in w]


def test_regression_a_label_and_its_value_across_a_gap_stay_one_paragraph() -> None:
    doc, _ = _read("H")
    assert "Tổng số đảng viên toàn Đảng bộ: 12.345 đồng chí." in _body(doc)


def test_regression_a_paragraph_set_with_more_line_spacing_stays_whole() -> None:
    doc, _ = _read("M")
    assert any(t.startswith("Đoạn giãn dòng.") and "667 chi bộ cơ sở" in t for t in _body(doc))


def _lines(tmp_path: Path, content: str) -> list:
    import pypdfium2 as pdfium

    from extractor.read.pdf.lines import text_lines

    from . import pdfdraw

    pdf = pdfium.PdfDocument(pdfdraw.write_pdf(tmp_path / "m.pdf", [content]))
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        return list(text_lines(textpage, 1, page.get_height()))
    finally:
        pdf.close()


def test_regression_a_marker_raised_without_shrinking_is_a_marker(tmp_path: Path) -> None:
    """ReportLab raises a footnote marker in the body's own size: "tot" then "10" 5 pt higher,
    right against the word, was read as part of the text (or as "1" and a stray "0")."""
    content = "BT /F1 12 Tf 80 700 Td (Chi bo sinh hoat tot) Tj 5 Ts (10) Tj 0 Ts (. Tiep theo la ket qua.) Tj ET\n"
    (line,) = _lines(tmp_path, content)
    assert line.text == "Chi bo sinh hoat tot. Tiep theo la ket qua." and line.markers == [(20, 10)]


def test_regression_a_full_size_number_set_higher_apart_from_the_text_is_no_marker(tmp_path: Path) -> None:
    """A table cell's number that stands a little higher than the label of its row, with a gap
    before it, is text, not a footnote marker."""
    content = "BT /F1 12 Tf 80 700 Td (Tong so dang vien) Tj 160 5 Td (120) Tj ET\n"
    lines = _lines(tmp_path, content)
    assert [m for ln in lines for m in ln.markers] == []
    assert "120" in " ".join(ln.text for ln in lines)


@pytest.mark.parametrize(
    ("before", "unit"),
    [("4.200 m", True), ("diện tích 12 km", True), ("năm", False), ("n¨m", False), ("khóa XIm", False)],
)
def test_regression_a_tcvn3_word_ending_in_m_is_no_unit_before_an_exponent(before: str, unit: bool) -> None:
    """ "n¨m¹" (TCVN3 "năm¹", not yet decoded when markers are read) was taken for "m²": the
    note's marker 10 lost its 1."""
    from extractor.text import regexes as rx

    assert bool(rx.UNIT_BEFORE_EXPONENT.search(before)) is unit


def test_regression_a_word_broken_at_the_dropped_tcvn3_letter_is_one_word() -> None:
    """WeasyPrint breaks a TCVN3 line at the soft hyphen that is the letter ư and prints a
    hyphen: "Trung ‐" | "ương 4" was read "Trung - ương 4", so the directive was missed."""
    from extractor.document.drafts import Line
    from extractor.document.elements import BBox
    from extractor.read.pdf.text_layer import _rejoin_broken_words

    box = BBox(0, 0, 10, 10)
    lines = [
        Line(1, "Nghị quyết Trung \u2010", box, 12.0),
        Line(1, "ương 4 (khóa XII) và bồi d\u2010", box, 12.0),
        Line(1, "ưỡng chính trị", box, 12.0, markers=[(14, 3)]),
    ]
    out = _rejoin_broken_words(lines)
    assert [ln.text for ln in out] == ["Nghị quyết Trung ương", "4 (khóa XII) và bồi dưỡng", "chính trị"]
    assert out[2].markers == [(9, 3)]  # still after "trị"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Nơi nhận:", "- Thường trực các đoàn thể trực thuộc Đảng ủy", "Khối,", "- Lưu VP."],
            ["Thường trực các đoàn thể trực thuộc Đảng ủy Khối", "Lưu VP"],
        ),
        (["Nơi nhận:", "- Như trên,", "- Lưu VT.", "NVCường/BTC/98"], ["Như trên", "Lưu VT"]),
        (["Nơi nhận:", "- Lưu VT.", "PHỤ LỤC"], ["Lưu VT"]),
    ],
)
def test_regression_a_recipient_wrapped_in_its_column_keeps_its_end(lines: list[str], expected: list[str]) -> None:
    """ "- Thường trực … Đảng ủy" | "Khối," lost "Khối" (a line without its own dash was
    dropped); a line after the list has ended is still no recipient."""
    from extractor.read.frontmatter import _read_recipients

    assert _read_recipients(lines) == expected


def test_regression_recipients_and_signing_capacity_on_one_line_are_two_columns() -> None:
    """PDFium joined "Nơi nhận:" and "T/M HUYỆN ỦY" on one line: no closing block was found,
    so the signer was lost.  The line is cut into the label (left column) and the capacity."""
    from extractor.document.drafts import Line
    from extractor.document.elements import BBox
    from extractor.read.pdf.text_layer import _Geometry, _split_label_and_signing

    geo = _Geometry(left=85.0, right_gap=57.0, indent=120.0, body_size=14.0, widths={4: 595.0}, main_width=595.0)
    line = Line(4, "Nơi nhận: T/M HUYỆN ỦY", BBox(95, 755, 470, 770), 12.0, bold=True)
    label, capacity = _split_label_and_signing(line, geo)
    assert isinstance(label, Line) and isinstance(capacity, Line)
    assert (label.text, capacity.text) == ("Nơi nhận:", "T/M HUYỆN ỦY")
    assert label.bbox.x1 < capacity.bbox.x0
    kept = Line(4, "Nơi nhận: - Như trên;", BBox(95, 755, 300, 770), 12.0)
    assert _split_label_and_signing(kept, geo) == [kept]


@pytest.mark.parametrize(
    ("text", "bold", "centred"),
    [
        ("SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT", False, True),  # capitals at the indent: centred
        ("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội", True, True),  # a bold subject line
        ("Năm 2023, các chi bộ đã tổ chức sinh hoạt đều đặn.", False, False),  # a paragraph's first line
        ("Năm 2023, các chi bộ đã tổ chức sinh hoạt đều đặn.", True, False),  # a bold sentence (a review)
    ],
)
def test_regression_a_centred_line_that_starts_at_the_paragraph_indent(text: str, bold: bool, centred: bool) -> None:
    """A centred title or subject line whose left end falls at the paragraph indent was read
    as a paragraph's first line; in plain type such a line still is one."""
    from extractor.document.drafts import Line
    from extractor.document.elements import BBox
    from extractor.read.pdf.text_layer import _Geometry

    geo = _Geometry(left=85.0, right_gap=57.0, indent=120.0, body_size=14.0, widths={1: 595.0}, main_width=595.0)
    right = 595.0 - 57.0
    line = Line(1, text, BBox(120.0, 200, 85.0 + right - 120.0, 214), 14.0, bold=bold)  # symmetric about the centre
    assert geo.centred(line) is centred
