"""Ruled tables found from a page's ruling lines, however the producer drew them.

Each case draws one small table operator by operator (see ``tests/pdfdraw.py``) and reads it
back with the PDF reader: the same grid must come out whether the rules are strokes, thin
filled rectangles, one path holding the whole grid, a rectangle per cell, or inner rules
only; merged cells keep their spans; a row broken over a page is one row.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractor.read.parse import parse_file
from extractor.read.pdf.rules import page_rules
from extractor.read.pdf.tables import find_tables

from . import pdfdraw as d

XS = [80.0, 200.0, 320.0, 440.0]
YS = [700.0, 680.0, 660.0, 640.0, 620.0]  # top to bottom
ROWS = [
    ["Don vi", "Dang vien", "Ty le"],
    ["Chi bo A", "120", "40,5"],
    ["Chi bo B", "95", "31,7"],
    ["Chi bo C", "85", "27,8"],
]
LEAD = d.text(80, 740, "Bang 1. So lieu dang vien cua cac chi bo nam 2023 nhu sau.", 12)


def _texts(rows: list[list[str]], ys: list[float] = YS) -> str:
    out = ""
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                out += d.text(XS[c] + 4, ys[r] - 14, cell)
    return out


def _strokes(segs: list[tuple[float, float, float, float]]) -> str:
    return "".join(d.stroke(*s) for s in segs)


def _fills(segs: list[tuple[float, float, float, float]]) -> str:
    return "".join(d.fill(*s) for s in segs)


def _cell_rects(_: list[tuple[float, float, float, float]]) -> str:
    return "".join(
        d.cell_rect(XS[c], YS[r + 1], XS[c + 1], YS[r]) for r in range(len(YS) - 1) for c in range(len(XS) - 1)
    )


def _inner_only(_: list[tuple[float, float, float, float]]) -> str:
    """No outer border: the rules between rows and between columns only."""
    h = [(XS[0], y, XS[-1], y) for y in YS[1:-1]]
    v = [(x, YS[0], x, YS[-1]) for x in XS[1:-1]]
    return _strokes(h + v)


DRAWERS: dict[str, Callable[[list[tuple[float, float, float, float]]], str]] = {
    "two-point strokes (LibreOffice, xelatex)": _strokes,
    "thin filled rectangles (Chromium, Word)": _fills,
    "one path for the whole grid (ReportLab)": d.one_path,
    "a stroked rectangle per cell": _cell_rects,
    "inner rules only, no outer border": _inner_only,
}


def _read(tmp_path: Path, pages: list[str]):
    return parse_file(d.write_pdf(tmp_path / "t.pdf", pages), ocr="never")


@pytest.mark.parametrize("how", list(DRAWERS))
def test_the_same_grid_whoever_drew_the_rules(tmp_path: Path, how: str) -> None:
    segs = d.grid_segments(XS, YS)
    doc = _read(tmp_path, [LEAD + DRAWERS[how](segs) + _texts(ROWS)])
    assert [t.grid() for t in doc.tables] == [ROWS]
    assert "Chi bo A" not in " ".join(b.text for b in doc.blocks if b.kind != "table")  # cells are no paragraphs


def test_a_header_cell_over_two_columns_keeps_its_span(tmp_path: Path) -> None:
    segs = d.grid_segments(XS, YS, skip_v={(0, 2)})  # no rule between columns 2 and 3 in the header
    rows = [["Don vi", "Ket qua", ""], *ROWS[1:]]
    doc = _read(tmp_path, [LEAD + _strokes(segs) + _texts(rows)])
    (table,) = doc.tables
    head = [c for c in table.cells if c.row == 0 and c.col == 1]
    assert head and head[0].col_span == 2 and head[0].text == "Ket qua"
    assert table.grid()[0] == ["Don vi", "Ket qua", "Ket qua"]
    assert table.grid()[1:] == ROWS[1:]


def test_a_row_broken_over_the_page_is_one_row(tmp_path: Path) -> None:
    """The first page's last row has no rule below it (the column rules run on to where the
    page's table ends); the next page repeats the header, then the rest of that row."""
    ys1 = [700.0, 680.0, 660.0]  # header, Chi bo A; the broken row runs 660 → 620 with no rule under it
    segs1 = [(XS[0], y, XS[-1], y) for y in ys1] + [(x, 700.0, x, 620.0) for x in XS]
    page1 = LEAD + _strokes(segs1) + _texts([*ROWS[:2], ["Chi bo B", "95", "31,7"]], [*ys1, 640.0])
    ys2 = [780.0, 760.0, 740.0, 720.0]  # header again, the rest of the broken row, Chi bo C
    segs2 = d.grid_segments(XS, ys2)
    page2 = _strokes(segs2) + _texts([ROWS[0], ["khoi co quan", "", ""], ROWS[3]], ys2)
    doc = _read(tmp_path, [page1, page2])
    (table,) = doc.tables
    assert table.pages == [1, 2]
    assert table.grid() == [ROWS[0], ROWS[1], ["Chi bo B khoi co quan", "95", "31,7"], ROWS[3]]


def test_a_table_continued_without_a_repeated_header_keeps_its_first_row(tmp_path: Path) -> None:
    ys1 = [700.0, 680.0, 660.0, 640.0]
    page1 = LEAD + _strokes(d.grid_segments(XS, ys1)) + _texts(ROWS[:3], ys1)
    ys2 = [780.0, 760.0]
    page2 = _strokes(d.grid_segments(XS, ys2)) + _texts([ROWS[3]], ys2) + d.text(80, 700, "Tiep theo la phan ket luan.")
    doc = _read(tmp_path, [page1, page2])
    (table,) = doc.tables
    assert table.grid() == ROWS


@pytest.mark.parametrize("wide", [True, False], ids=["as-wide", "narrower"])
def test_regression_a_header_row_alone_at_a_pages_foot_heads_the_table_on_the_next(tmp_path: Path, wide: bool) -> None:
    """A browser breaks a table with no repeated header right after its first row: that row,
    a ruled box of one row at the foot of the page, heads the table the next page goes on
    with between the same edges (it was read as a line of text, and the table lost its column
    names); a box of another width stays text."""
    ys1 = [120.0, 100.0]
    xs1 = XS if wide else [80.0, 160.0, 240.0, 300.0]
    page1 = (
        LEAD
        + _strokes(d.grid_segments(xs1, ys1))
        + "".join(d.text(xs1[c] + 4, 106.0, cell) for c, cell in enumerate(ROWS[0]))
    )
    ys2 = [780.0, 760.0, 740.0, 720.0]
    page2 = _strokes(d.grid_segments(XS, ys2)) + _texts(ROWS[1:], ys2)
    doc = _read(tmp_path, [page1, page2])
    (table,) = doc.tables
    assert table.grid() == (ROWS if wide else ROWS[1:])
    assert any(b.text == " ".join(ROWS[0]) for b in doc.blocks) is not wide


def _box_at_foot(xs: list[float], cells: list[str]) -> str:
    return _strokes(d.grid_segments(xs, [120.0, 100.0])) + "".join(
        d.text(xs[c] + 4, 106.0, cell) for c, cell in enumerate(cells)
    )


@pytest.mark.parametrize(
    ("xs", "cells"),
    [
        pytest.param(XS, ["Tong cong", "215", "72"], id="a totals box"),
        pytest.param([80.0, 140.0, 420.0, 440.0], ["Ghi chu:", "So lieu tinh den 30/6", ""], id="other column rules"),
    ],
)
def test_regression_a_box_at_a_pages_foot_that_is_no_header_stays_text(
    tmp_path: Path, xs: list[float], cells: list[str]
) -> None:
    """(review) A one-row box with numbers in it, or with its column rules elsewhere, heads no
    table on the next page: its lines stay text, and that table keeps its own first row."""
    ys2 = [780.0, 760.0, 740.0, 720.0, 700.0]
    page2 = _strokes(d.grid_segments(XS, ys2)) + _texts(ROWS, ys2)
    doc = _read(tmp_path, [LEAD + _box_at_foot(xs, cells), page2])
    (table,) = doc.tables
    assert table.grid() == ROWS


def test_regression_a_header_naming_periods_at_a_pages_foot_heads_the_table_on_the_next(tmp_path: Path) -> None:
    """A header whose cells name periods (``Nam 2023``, ``6 thang/2024``) holds digits but no cell
    that is a number: it heads the table on the next page (ReportLab broke a statistics table
    after its header; the header was read as text and the columns lost their names)."""
    header = ["Chi tieu", "Nam 2023", "6 thang/2024"]
    ys2 = [780.0, 760.0, 740.0, 720.0]
    page2 = _strokes(d.grid_segments(XS, ys2)) + _texts(ROWS[1:], ys2)
    doc = _read(tmp_path, [LEAD + _box_at_foot(XS, header), page2])
    (table,) = doc.tables
    assert table.grid() == [header, *ROWS[1:]]


def test_regression_a_header_alone_at_a_pages_foot_and_repeated_on_the_next_is_one_header(tmp_path: Path) -> None:
    """(review) The header left alone at the foot of the page and repeated at the top of the
    next (Word's "repeat as header row") is the table's header once."""
    ys2 = [780.0, 760.0, 740.0, 720.0, 700.0]
    page2 = _strokes(d.grid_segments(XS, ys2)) + _texts(ROWS, ys2)
    doc = _read(tmp_path, [LEAD + _box_at_foot(XS, ROWS[0]), page2])
    (table,) = doc.tables
    assert table.grid() == ROWS


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(d.cell_rect(80, 600, 440, 700) + d.text(90, 680, "Du thao lan 2"), id="a framed text box"),
        pytest.param(
            d.stroke(80, 700, 440, 700) + d.stroke(80, 640, 440, 640) + d.text(90, 680, "120 dang vien"),
            id="rules above and below a line, no column rule",
        ),
        pytest.param(
            _strokes(d.grid_segments(XS, YS)),
            id="an empty grid",
        ),
    ],
)
def test_no_table_where_there_is_none(tmp_path: Path, page: str) -> None:
    doc = _read(tmp_path, [LEAD + page])
    assert doc.tables == []


# ---------------------------------------------------------------- against pdfplumber's table finder

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "producers"
CORPUS_003 = Path(__file__).resolve().parents[1] / "corpus" / "003-bao-cao-so-ket-kien-giang.pdf"
RULED = [CORPUS_003, *(FIXTURES / r / "003-bao-cao-so-ket-kien-giang.pdf" for r in ("chromium", "weasyprint", "tcvn3"))]


def _plumber_cells(path: Path) -> dict[int, Counter[str]]:
    import pdfplumber

    out: dict[int, Counter[str]] = {}
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            texts = [" ".join((t or "").split()) for tab in page.find_tables() for row in tab.extract() for t in row]
            if texts:
                out[i + 1] = Counter(unicodedata.normalize("NFC", t) for t in texts if t)
    return out


def _native_cells(path: Path) -> tuple[dict[int, Counter[str]], set[int]]:
    out: dict[int, Counter[str]] = {}
    open_pages: set[int] = set()
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chunks = find_tables(page_rules(page), textpage, i + 1, page.get_height())
            if chunks:
                out[i + 1] = Counter(c.text for ch in chunks for row in ch.rows for c in row if c.text)
            if any(ch.open_top or ch.open_bottom for ch in chunks):
                open_pages.add(i + 1)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return out, open_pages


@pytest.mark.parametrize("path", RULED, ids=lambda p: f"{p.parent.name}/{p.name[:3]}")
def test_the_same_cells_as_pdfplumber(path: Path) -> None:
    """pdfplumber is the reference for ruled tables: on every page the native finder reads the
    same cell texts, and on a page whose last row runs on over the page (no rule below it,
    which pdfplumber leaves out) at least the same."""
    plumber = _plumber_cells(path)
    native, open_pages = _native_cells(path)
    assert set(native) == set(plumber)
    for page, cells in plumber.items():
        if page in open_pages:
            assert not cells - native[page], page
        else:
            assert native[page] == cells, page


# ---------------------------------------------------------------- tables with horizontal rules only

RULE_X = (75.0, 470.0)
COLS = [80.0, 110.0, 280.0, 340.0, 400.0]


def _rule(y: float) -> str:
    return d.stroke(RULE_X[0], y, RULE_X[1], y)


def _line(y: float, cells: list[str]) -> str:
    return "".join(d.text(COLS[c], y, t) for c, t in enumerate(cells) if t)


def _lines(cells_of, n: int = 4) -> str:
    """``n`` lines 14 points apart from the top, line ``i`` holding ``cells_of(i)``."""
    return "".join(_line(688 - 14 * i, cells_of(i)) for i in range(n))


BOOKTABS_BODY = [
    (658, ["1", "Tong so dang vien cua cac chi bo", "120", "125", ""]),
    (646, ["", "truc thuoc", "", "", ""]),  # the cell above wrapped: "truc" would not have fitted
    (634, ["2", "Chi bo A", "40", "42", "tang"]),
    (622, ["3", "Chi bo B", "80", "83", ""]),
]
BOOKTABS_HEAD = _line(688, ["STT", "Noi dung", "Ket qua thuc hien", "", "Ghi chu"]) + _line(
    676, ["", "", "2021", "2022", ""]
)
BOOKTABS_GRID = [
    ["STT", "Noi dung", "Ket qua thuc hien", "Ket qua thuc hien", "Ghi chu"],
    ["STT", "Noi dung", "2021", "2022", "Ghi chu"],
    ["1", "Tong so dang vien cua cac chi bo truc thuoc", "120", "125", ""],
    ["2", "Chi bo A", "40", "42", "tang"],
    ["3", "Chi bo B", "80", "83", ""],
]


def test_a_booktabs_table_is_read_from_the_alignment_of_its_text(tmp_path: Path) -> None:
    """Top rule, header band, a rule under it, rows with no rule between them, a closing rule:
    columns from where no text ever stands, a wrapped cell kept in its row, a header cell over
    two columns with their headings under it."""
    page = LEAD + _rule(700) + BOOKTABS_HEAD + _rule(668) + "".join(_line(y, c) for y, c in BOOKTABS_BODY)
    doc = _read(tmp_path, [page + _rule(612) + d.text(80, 580, "Ket qua tren cho thay chi bo da hoan thanh.")])
    (table,) = doc.tables
    assert table.header_rows == 2 and table.grid() == BOOKTABS_GRID
    assert "Ket qua tren cho thay" in doc.text and "Tong so dang vien" not in doc.text.split("Ket qua tren")[1]


def test_a_table_with_a_rule_under_every_row_takes_its_rows_from_the_rules(tmp_path: Path) -> None:
    rows = [
        (688, ["STT", "Don vi", "Dang vien", "Ty le", ""]),
        (670, ["1", "Chi bo A", "120", "40,5", ""]),
        (652, ["2", "Chi bo Co quan", "95", "31,7", ""]),
        (640, ["", "Tinh uy", "", "", ""]),  # a second line of the same row: no rule above it
        (622, ["3", "Chi bo C", "85", "27,8", ""]),
    ]
    rules = "".join(_rule(y) for y in (700, 682, 664, 634, 616))
    doc = _read(tmp_path, [LEAD + rules + "".join(_line(y, c) for y, c in rows)])
    (table,) = doc.tables
    assert [r[:4] for r in table.grid()] == [
        ["STT", "Don vi", "Dang vien", "Ty le"],
        ["1", "Chi bo A", "120", "40,5"],
        ["2", "Chi bo Co quan Tinh uy", "95", "31,7"],
        ["3", "Chi bo C", "85", "27,8"],
    ]


def test_a_booktabs_table_that_runs_over_the_page_is_one_table(tmp_path: Path) -> None:
    """The first page has no closing rule: the table runs to the last line in its rhythm; the
    next page repeats the header and closes the table."""
    page1 = LEAD + _rule(700) + BOOKTABS_HEAD + _rule(668) + "".join(_line(y, c) for y, c in BOOKTABS_BODY[:3])
    head2 = _line(788, ["STT", "Noi dung", "Ket qua thuc hien", "", "Ghi chu"]) + _line(776, ["", "", "2021", "2022"])
    page2 = _rule(800) + head2 + _rule(768) + _line(758, BOOKTABS_BODY[3][1]) + _rule(750)
    page2 += d.text(80, 700, "Ket qua tren cho thay chi bo da hoan thanh.")
    doc = _read(tmp_path, [page1, page2])
    (table,) = doc.tables
    assert table.pages == [1, 2] and table.grid() == BOOKTABS_GRID


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            _rule(700)
            + _line(688, ["", "Noi nhan:", "T/M BAN THUONG VU", "", ""])
            + _line(676, ["", "- Nhu tren,", "BI THU", "", ""])
            + _line(664, ["", "- Luu VP.", "", "", ""])
            + _rule(650)
            + d.text(80, 600, "PHU LUC")
            + d.text(80, 588, "So lieu chi tiet kem theo bao cao."),
            id="a closing block between two rules",
        ),
        pytest.param(
            _rule(700) + d.text(80, 688, "PHAN THU NHAT") + _rule(680) + d.text(80, 660, "Tinh hinh chung nam 2023."),
            id="a heading between two rules",
        ),
    ],
)
def test_no_rules_only_table_where_there_is_none(tmp_path: Path, page: str) -> None:
    doc = _read(tmp_path, [LEAD + page])
    assert doc.tables == []


# ---------------------------------------------------------------- tables with no rules at all


def test_a_table_with_no_rules_is_read_from_the_alignment_of_its_text(tmp_path: Path) -> None:
    """The booktabs table above without its rules (a "no borders" style): found from lines cut
    by wide gaps at the same places, its header band above the first numbered row, the prose
    after it left as text."""
    page = LEAD + BOOKTABS_HEAD + "".join(_line(y, c) for y, c in BOOKTABS_BODY)
    doc = _read(tmp_path, [page + d.text(80, 580, "Ket qua tren cho thay chi bo da hoan thanh.")])
    (table,) = doc.tables
    assert table.header_rows == 2 and table.grid() == BOOKTABS_GRID
    assert "Ket qua tren cho thay" in doc.text and "Bang 1. So lieu" in doc.text


def test_a_table_with_no_rules_that_runs_over_the_page_is_one_table(tmp_path: Path) -> None:
    page1 = LEAD + BOOKTABS_HEAD + "".join(_line(y, c) for y, c in BOOKTABS_BODY[:3])
    head2 = _line(788, ["STT", "Noi dung", "Ket qua thuc hien", "", "Ghi chu"]) + _line(776, ["", "", "2021", "2022"])
    page2 = head2 + _line(758, BOOKTABS_BODY[3][1]) + d.text(80, 700, "Ket qua tren cho thay chi bo da hoan thanh.")
    doc = _read(tmp_path, [page1, page2])
    (table,) = doc.tables
    assert table.pages == [1, 2] and table.grid() == BOOKTABS_GRID


JUSTIFIED = [  # a justified paragraph whose short lines the producer stretched word by word
    "Trong nam 2023, cac chi bo da to chuc sinh hoat dinh ky theo dung quy dinh cua Dieu le.",
    "Hoi     nghi     so     ket     giua     nhiem     ky     duoc     to     chuc     trang     trong",
    "va dat ket qua tot, cac dong chi dang vien tham gia day du va co nhieu y kien dong gop.",
    "Cong     tac     kiem     tra,     giam     sat     duoc     tang     cuong     thuong     xuyen",
    "theo ke hoach da de ra va dat nhieu ket qua quan trong trong nam qua tai cac chi bo.",
    "Nhieu   mo   hinh   hay,   cach   lam   moi   duoc   nhan   rong   trong   toan   Dang   bo",
]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("".join(d.text(80, 700 - 14 * i, t, 11) for i, t in enumerate(JUSTIFIED)), id="justified prose"),
        pytest.param(
            _line(688, ["", "Noi nhan:", "T/M BAN THUONG VU", "", ""])
            + _line(676, ["", "- Nhu tren,", "BI THU", "", ""])
            + _line(664, ["", "- Luu VP.", "", "", ""])
            + _line(652, ["", "", "Nguyen Van A", "", ""]),
            id="a closing block in two columns",
        ),
        pytest.param(
            _line(688, ["", "Tong so:", "120", "", ""]) + d.text(80, 660, "Cac chi bo deu hoan thanh nhiem vu."),
            id="one line with wide gaps",
        ),
        # regressions (a review): lists set at tab stops, and a table with no header, were read
        # as tables whose first row became a header, and lost its figures
        pytest.param(
            _lines(lambda i: ["", f"- Thu loai {i + 1}:", f"{4100 - 900 * i} ty dong,", f"dat {112 - i}%", ""]),
            id="a dashed list at tab stops",
        ),
        pytest.param(
            _lines(lambda i: [f"{i + 1}. Dong chi A{i},", "", "Bi thu,", f"dat 9{i},2% so phieu;", ""]),
            id="a numbered list at tab stops",
        ),
        pytest.param(
            _lines(lambda i: [f"{i + 1}", f"Huyen {chr(65 + i)}", f"{4120 - 100 * i}", f"{112 - i}", "2,7"], 3),
            id="a table with no header",
        ),
        # regressions (a second review): the same without marks, names, a first row of data
        pytest.param(
            _lines(lambda i: ["", f"Thu loai {i + 1}:", f"{4100 - 900 * i} ty dong,", f"dat {112 - i}%", ""]),
            id="a label and value list without marks",
        ),
        pytest.param(
            _lines(lambda i: ["", f"Nguyen Van A{i}", f"Tran Thi B{i}", f"Le Van C{i}", ""]),
            id="names in three columns",
        ),
        pytest.param(
            _lines(lambda i: ["", f"Huyen {chr(65 + i)}", f"{4120 - 100 * i}", f"{112 - i}", "2,7"]),
            id="a first row of data, no header",
        ),
    ],
)
def test_no_table_without_rules_where_there_is_none(tmp_path: Path, page: str) -> None:
    doc = _read(tmp_path, [LEAD + page])
    assert doc.tables == []


# ---------------------------------------------------------------- pages turned by /Rotate


def test_a_landscape_page_turned_by_rotate_is_read_upright(tmp_path: Path) -> None:
    """A wide appendix set on a landscape page that the file turns with /Rotate 90 (its text
    runs up the portrait page): read in the orientation a viewer shows, its table found, the
    page number the portrait page kept (now sideways) left out."""
    body = d.text(80, 540, "PHU LUC: Ket qua thuc hien chi tieu nam 2023 cua cac chi bo.", 12)
    table = _rule(520) + BOOKTABS_HEAD.replace(" 688 Td", " 508 Td").replace(" 676 Td", " 496 Td")
    table += _rule(488) + "".join(_line(y - 180, c) for y, c in BOOKTABS_BODY) + _rule(432)
    page = d.landscape(body + table) + d.text(290, 30, "7")
    doc = parse_file(d.write_pdf(tmp_path / "r.pdf", [page], rotate=90), ocr="never")
    (tbl,) = doc.tables
    assert tbl.grid() == BOOKTABS_GRID
    assert "PHU LUC: Ket qua thuc hien chi tieu nam 2023" in doc.text
    assert all(b.text != "7" for b in doc.blocks)


# ---------------------------------------------------------------- review regressions


BODY_LINES = [
    "Dang bo co 94 to chuc co so dang, trong do 60 dang bo co so va 34 chi bo co so.",
    "Tong so dang vien la 7.589 dong chi; nam 2022 ket nap 212 dang vien moi.",
    "Cac chi bo duy tri sinh hoat dinh ky hang thang theo dung quy dinh cua Dieu le.",
]


def test_regression_rules_under_a_running_header_and_over_a_footer_are_no_table(tmp_path: Path) -> None:
    """A rule under the running header, a rule over a footer of two lines in three parts
    each: the page between them was read as one table's header band."""
    page = d.stroke(75, 800, 520, 800) + d.text(80, 805, "DANG UY KHOI - BAO CAO NAM 2022", 9)
    page += "".join(d.text(80, 760 - 16 * i, line, 11) for i, line in enumerate(BODY_LINES * 4))
    page += d.text(80, 540, "Noi nhan:", 11) + d.text(330, 540, "T/M DANG UY", 11)  # two columns on one line
    page += d.text(80, 524, "- Luu Van phong.", 11) + d.text(350, 524, "BI THU", 11)
    page += d.stroke(75, 60, 520, 60)
    for y in (48, 36):
        page += d.text(80, y, "So 1 Tran Phu", 8) + d.text(260, y, "DT 0297 3862 123", 8) + d.text(460, y, "Trang 1", 8)
    doc = _read(tmp_path, [page])
    assert doc.tables == []
    assert "ket nap 212 dang vien moi" in doc.text


def test_regression_a_sideways_strip_drawn_first_does_not_turn_the_page(tmp_path: Path) -> None:
    """An e-signature strip of some 200 characters running up the margin, drawn before the
    page's upright text, turned the page and its body was set aside."""
    strip = "Ky boi: Van phong Dang uy Khoi - Email: vanphong@dangbo.vn - Thoi gian ky: 25.07.2023 " * 3
    page = f"BT /F1 7 Tf 0 1 -1 0 40 120 Tm ({strip[:230]}) Tj ET\n"
    page += "".join(d.text(80, 760 - 16 * i, line, 11) for i, line in enumerate(BODY_LINES * 3))
    doc = _read(tmp_path, [page])
    assert "Tong so dang vien la 7.589 dong chi" in doc.text


@pytest.mark.parametrize("verticals", ["all rows but the last", "the header row only"])
def test_regression_column_rules_that_stop_short_keep_the_columns(tmp_path: Path, verticals: str) -> None:
    """Column rules stopped before the totals row (or drawn in the header only): each such row
    was one cell across the table ("Tong cong 27 32 36") and its figures were lost."""
    rows_with_rules = len(YS) - 2 if verticals.startswith("all") else 1
    segs = [(XS[0], y, XS[-1], y) for y in YS]
    segs += [(x, YS[r], x, YS[r + 1]) for r in range(rows_with_rules) for x in XS]
    segs += [(x, YS[0], x, YS[-1]) for x in (XS[0], XS[-1])]  # the outer border all the way
    doc = _read(tmp_path, [LEAD + _strokes(segs) + _texts(ROWS)])
    (table,) = doc.tables
    assert table.grid() == ROWS


def test_a_heading_row_across_the_whole_table_stays_one_cell(tmp_path: Path) -> None:
    segs = d.grid_segments(XS, YS, skip_v={(1, 1), (1, 2)})  # row 1: no inner column rules
    rows = [ROWS[0], ["", "", ""], ROWS[2], ROWS[3]]
    heading = d.text(XS[0] + 4, YS[1] - 14, "PHAN A: KET QUA THUC HIEN CHI TIEU DANG VIEN CUA CAC CHI BO NAM 2023")
    doc = _read(tmp_path, [LEAD + _strokes(segs) + _texts(rows) + heading])
    (table,) = doc.tables
    head = [c for c in table.cells if c.row == 1]
    assert len(head) == 1 and head[0].col_span == 3 and head[0].text.startswith("PHAN A: KET QUA")


@pytest.mark.parametrize("soft", ["\u2010", "\u00ad", "\ufffe"])
def test_regression_a_soft_hyphen_at_a_cell_line_end_joins_as_the_text_layer_does(soft: str) -> None:
    """A producer's soft hyphen (U+00AD) at the end of a line inside a table cell joins the next
    line as a hyphen, without a space, as in body text (the table reader missed U+00AD)."""
    from extractor.read.pdf.tables import join_lines

    assert join_lines([f"Quyết định số 1374{soft}", "QĐ/TU"]) == "Quyết định số 1374-QĐ/TU"
    assert join_lines(["Chi bộ", "cơ sở"]) == "Chi bộ cơ sở"
