"""Researchers' queries and exports (``extractor.store.queries`` and its commands), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import BaocaoError
from extractor.store import queries as q
from extractor.store.engine import open_database, session_scope
from extractor.store.load import store_document

from .conftest import CORPUS

FILES = (
    "003-bao-cao-so-ket-kien-giang.txt",
    "000-bao-cao-tong-ket-ha-tinh.docx",
    "002-ket-luan-huyen-uy.docx",
    "004-chi-thi-sinh-hoat-chi-bo.pdf",  # the one with pages
)
KHOI = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"


@pytest.fixture(scope="module")
def extracted():
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    out = []
    for name in FILES:
        doc = parse_file(CORPUS / name)
        out.append((doc, extract_document(doc)))
    return out


def _load(url: str, documents) -> None:
    engine = open_database(url)
    for doc, ex in documents:
        with session_scope(engine) as s:
            store_document(s, doc, ex)
    engine.dispose()


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory, extracted) -> Path:
    path = tmp_path_factory.mktemp("template") / "loaded.db"
    _load(f"sqlite:///{path}", extracted)
    return path


@pytest.fixture
def loaded(db_url, extracted, request):
    """``db_url`` holding the four sample documents (SQLite: a copy of one loaded file)."""
    if db_url.startswith("sqlite:///"):
        shutil.copyfile(request.getfixturevalue("sqlite_template"), db_url.removeprefix("sqlite:///"))
    else:
        _load(db_url, extracted)
    return db_url


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def rows_of(*args: str) -> list[dict]:
    return json.loads(run(*args, "--json"))


def test_figure_filters_combine_and_each_one_filters(loaded):
    everything = rows_of("figures", "--db", loaded)
    assert {r["document"] for r in everything} == {n for n in FILES if not n.startswith("002")}
    cases = [
        (["--subject", "dang_vien"], lambda r: r["subject"] == "dang_vien"),
        (["--category", "rating.htxsnv"], lambda r: r["category"] == "rating.htxsnv"),
        (["--category", "rating."], lambda r: (r["category"] or "").startswith("rating.")),
        (["--year", "2022"], lambda r: r["year"] == 2022),
        (["--period", "2023-H1"], lambda r: r["period"] == "2023-H1"),
        (["--measure", "percent"], lambda r: r["measure"] == "percent"),
        (["--document", "HA-TINH"], lambda r: r["document"] == "000-bao-cao-tong-ket-ha-tinh.docx"),
        (
            ["--category", "rating.", "--year", "2021"],
            lambda r: (r["category"] or "").startswith("rating.") and r["year"] == 2021,
        ),
        (
            ["--subject", "tccsd", "--document", "kien-giang"],
            lambda r: r["subject"] == "tccsd" and "kien" in r["document"],
        ),
    ]
    for args, keep in cases:
        got = rows_of("figures", "--db", loaded, *args)
        expected = [r for r in everything if keep(r)]
        assert 0 < len(got) < len(everything), args
        assert got == expected, args
    ratings = rows_of("figures", "--db", loaded, "--category", "rating.")
    assert {r["category"] for r in ratings} > {"rating.htxsnv", "rating.httnv"}
    assert rows_of("figures", "--db", loaded, "--category", "rating") == []  # exact unless it ends in "."
    assert len(rows_of("figures", "--db", loaded, "--limit", "7")) == 7
    paged = rows_of("figures", "--db", loaded, "--document", "004")
    assert paged and all(isinstance(r["page"], int) and r["page"] >= 1 for r in paged)


def test_org_resolves_any_spelling_of_the_issuer_or_the_figures_unit(loaded):
    everything = rows_of("figures", "--db", loaded)
    kien_giang = [r for r in everything if r["document"].startswith("003")]
    for spelling in (
        KHOI,
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH",
        "Đảng bộ khối các Cơ quan – Doanh nghiệp tỉnh",
    ):
        assert rows_of("figures", "--db", loaded, "--org", spelling) == kien_giang
    unit = rows_of("figures", "--db", loaded, "--org", "chi bộ khối thương mại thuộc Đảng ủy Sở Công thương")
    assert [(r["document"], r["raw"]) for r in unit] == [("000-bao-cao-tong-ket-ha-tinh.docx", "05")]
    assert rows_of("figures", "--db", loaded, "--org", "Đảng ủy Khối các cơ quan tỉnh") == []
    both = rows_of("figures", "--db", loaded, "--org", KHOI, "--subject", "dang_vien", "--year", "2023")
    assert both and all(r["document"].startswith("003") and r["subject"] == "dang_vien" for r in both)


def test_output_formats_carry_the_same_rows(loaded):
    args = ("figures", "--db", loaded, "--document", "004")
    as_json = rows_of(*args)
    assert as_json and all(r["document"] == "004-chi-thi-sinh-hoat-chi-bo.pdf" for r in as_json)
    as_nl = [json.loads(line) for line in run(*args, "--nl").splitlines()]
    assert as_nl == as_json
    as_csv = list(csv.DictReader(io.StringIO(run(*args, "--csv"))))
    assert [(r["document"], r["page"], r["raw"]) for r in as_csv] == [
        (r["document"], str(r["page"]), r["raw"]) for r in as_json
    ]
    assert list(as_csv[0]) == q.FIGURE_COLUMNS
    table = run(*args).splitlines()
    assert table[0].split() == q.FIGURE_COLUMNS
    assert set(table[1]) == {"-", " "}
    assert len(table) == 2 + len(as_json)
    wide = run("figures", "--db", loaded, "--document", "003", "--limit", "3", "--max-width", "0")
    narrow = run("figures", "--db", loaded, "--document", "003", "--limit", "3", "--max-width", "20")
    assert "7.261 đảng viên" in wide and "…" in narrow and "7.261 đảng viên" not in narrow


def test_directives_dates_counts_and_filters(loaded):
    everything = rows_of("directives", "--db", loaded)
    by_key = {r["key"]: r for r in everything}
    ct = by_key["5-CT/TW"]
    assert ct["dates"] == ["2016-05-15", "2016-05-16"] and ct["date_conflict"] is True
    assert ct["cited_by"] == [
        "002-ket-luan-huyen-uy.docx",
        "003-bao-cao-so-ket-kien-giang.txt",
        "004-chi-thi-sinh-hoat-chi-bo.pdf",
    ]
    assert ct["documents"] == 3 and ct["mentions"] >= 3
    assert by_key["10-CT/TW"]["documents"] == 2  # 002 and 004
    assert not any(r["date_conflict"] for r in everything if len(r["dates"]) <= 1)
    ct_tw = rows_of("directives", "--db", loaded, "--symbol", "CT/TW")
    assert {r["key"] for r in ct_tw} == {k for k, r in by_key.items() if r["symbol"] == "CT" and r["issuer"] == "TW"}
    assert "5-CT/TW" in {r["key"] for r in ct_tw} and len(ct_tw) < len(everything)
    tw = rows_of("directives", "--db", loaded, "--symbol", "/TW")
    assert {r["issuer"] for r in tw} == {"TW"} and len(tw) > len(ct_tw)
    assert rows_of("directives", "--db", loaded, "--key", "05-CT/TW") == [ct]
    cited = rows_of("directives", "--db", loaded, "--cited-by", "KET-LUAN")
    assert cited and all("002-ket-luan-huyen-uy.docx" in r["cited_by"] for r in cited)
    assert len(cited) < len(everything)
    flat = list(csv.DictReader(io.StringIO(run("directives", "--db", loaded, "--key", "5-CT/TW", "--csv"))))
    assert flat[0]["dates"] == "2016-05-15; 2016-05-16"


def test_documents_and_superseded_versions(loaded, extracted):
    doc, ex = extracted[2]  # 002: store a changed version at the same path
    changed = dataclasses.replace(doc, sha256="f" * 64)
    engine = open_database(loaded)
    with session_scope(engine) as s:
        store_document(s, changed, ex)
    engine.dispose()
    docs = rows_of("documents", "--files", "--db", loaded)
    assert [(d["name"], d["status"]) for d in docs if d["name"].startswith("002")] == [
        ("002-ket-luan-huyen-uy.docx", "superseded"),
        ("002-ket-luan-huyen-uy.docx", "loaded"),
    ]
    kg = next(d for d in docs if d["name"].startswith("003"))
    assert (kg["number"], kg["date"], kg["figures"]) == ("161-BC/ĐUK", "2023-07-25", len(extracted[0][1].figures))
    assert next(d for d in docs if d["name"].startswith("004"))["pages"] == 4
    assert list(docs[0]) == q.DOCUMENT_COLUMNS
    reports = rows_of("documents", "--db", loaded)  # one row per report, its current version
    assert list(reports[0]) == q.REPORT_COLUMNS
    assert [r["primary"] for r in reports if r["number"] == "161-BC/ĐUK"] == ["003-bao-cao-so-ket-kien-giang.txt"]
    assert sum(1 for r in reports if r["primary"].startswith("002")) == 1
    one = rows_of("directives", "--db", loaded, "--key", "1066-KL/HU")
    assert one == [] or one[0]["documents"] == 1
    tt = rows_of("directives", "--db", loaded, "--key", "10-CT/TW")[0]
    assert tt["documents"] == 2
    assert rows_of("directives", "--db", loaded, "--key", "10-CT/TW", "--all-versions")[0]["cited_by"] == [
        "002-ket-luan-huyen-uy.docx",
        "004-chi-thi-sinh-hoat-chi-bo.pdf",
    ]
    assert rows_of("directives", "--db", loaded, "--key", "10-CT/TW", "--all-versions")[0]["mentions"] > tt["mentions"]


EXPORTED = (*q.TABLES, "findings", "reviews")


def _read_export(fmt: str, out: Path) -> dict[str, list[dict]]:
    if fmt == "json":
        return json.loads(out.read_text(encoding="utf-8"))
    if fmt == "csv":
        for t in EXPORTED:
            assert (out / f"{t}.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
        return {t: list(csv.DictReader(open(out / f"{t}.csv", encoding="utf-8-sig"))) for t in EXPORTED}
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return {t: pq.read_table(out / f"{t}.parquet").to_pylist() for t in EXPORTED}
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [*EXPORTED, "fields"]
    tables = {}
    for t in EXPORTED:
        header, *rows = list(book[t].iter_rows(values_only=True))
        # a row's empty trailing cells (a finding not reviewed) are not stored in the sheet
        tables[t] = [dict(zip(header, (*r, *[None] * (len(header) - len(r))), strict=True)) for r in rows]
    return tables


def test_export_in_every_format_keeps_the_tidy_layout_and_vietnamese_text(loaded, tmp_path):
    engine = q.connect(loaded)
    expected = q.export_tables(engine)
    engine.dispose()
    assert all(expected[t] for t in q.TABLES)
    for fmt in q.EXPORT_FORMATS:
        out = tmp_path / (f"out.{fmt}" if fmt in ("json", "xlsx") else f"out-{fmt}")
        result = CliRunner().invoke(main, ["export", "--format", fmt, str(out), "--db", loaded])
        assert result.exit_code == 0, result.output
        got = _read_export(fmt, out)
        for table in q.TABLES:
            assert [list(r) for r in got[table]][:1] == [q.columns(table)], (fmt, table)
            assert len(got[table]) == len(expected[table]), (fmt, table)
        fig = next(r for r in got["figures"] if r["raw"] == "7.261")
        assert fig["document"] == "003-bao-cao-so-ket-kien-giang.txt", fmt
        assert float(fig["value"]) == 7261 and fig["subject_text"] == "đảng viên", fmt
        assert "7.261 đảng viên" in fig["sentence"], fmt
        page = next(r for r in got["figures"] if r["document"].startswith("004"))["page"]
        assert str(page) in {"1", "2", "3", "4"}, fmt
        directive = next(r for r in got["directives"] if r["key"] == "5-CT/TW")
        assert directive["dates"] == "2016-05-15; 2016-05-16", fmt
        assert directive["date_conflict"] in (True, "True"), fmt
        doc = next(r for r in got["documents"] if r["name"].startswith("003"))
        assert doc["issuer"] == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH", fmt
        cites = [r for r in got["citations"] if r["directive"] == "5-CT/TW"]
        assert {r["document"] for r in cites} == set(directive["cited_by"].split("; ")), fmt
        assert len(cites) == int(directive["mentions"]) > 2, fmt
        assert [list(r) for r in got["findings"]][:1] == [q.columns("findings")], fmt
        wrong_sum = next(r for r in got["findings"] if r["rule"] == "sum" and r["stated"] == "558")
        assert float(wrong_sum["stated_value"]) == 558 and float(wrong_sum["expected_min"]) == 588, fmt
        assert "558" in wrong_sum["sentences"] and wrong_sum["id"], fmt


def test_export_takes_its_format_from_the_file_name(loaded, tmp_path):
    runner = CliRunner()
    done = runner.invoke(main, ["export", str(tmp_path / "bang.xlsx"), "--db", loaded])
    assert done.exit_code == 0 and (tmp_path / "bang.xlsx").read_bytes()[:2] == b"PK", done.output
    for name, hint in (("bang.csv", "give a directory and --format csv"), ("bang", "give --format")):
        refused = runner.invoke(main, ["export", str(tmp_path / name), "--db", loaded])
        assert refused.exit_code == 1 and hint in refused.output and "Traceback" not in refused.output
        assert not (tmp_path / name).exists()


def _counts(db: str) -> list[tuple]:
    _, rows = q.run_sql(db, "SELECT (SELECT count(*) FROM figures), (SELECT count(*) FROM documents)")
    return rows


REFUSED = [
    "INSERT INTO directives (key) VALUES ('x')",
    "UPDATE figures SET value = 0",
    "DELETE FROM figures",
    "DROP TABLE figures",
    "CREATE TABLE scratch (a integer)",
    "SELECT 1; DELETE FROM figures",
    "SELECT 1; DROP TABLE documents",
]


def test_sql_is_read_only(loaded):
    before = _counts(loaded)
    assert before[0][0] > 0
    names = rows_of("sql", "SELECT name, format FROM documents WHERE name LIKE '%ha-tinh%'", "--db", loaded)
    assert names == [{"name": "000-bao-cao-tong-ket-ha-tinh.docx", "format": "docx"}]
    for statement in REFUSED:
        result = CliRunner().invoke(main, ["sql", statement, "--db", loaded])
        assert result.exit_code == 1, statement
        assert "refused: `baocao sql` is read-only" in result.output, (statement, result.output)
        assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["sql", "SELEC 1", "--db", loaded])
    assert result.exit_code == 1 and "SQL error" in result.output
    # the connection itself refuses, whatever the SQL
    with q.readonly_connection(loaded) as conn, pytest.raises(Exception, match=r"(?i)read-?only"):
        conn.cursor().execute("DELETE FROM citations")
    assert _counts(loaded) == before
    assert q.run_sql(loaded, "SELECT 1 AS a, 2 AS a")[0] == ["a", "a_2"]


def test_sqlite_pragma_and_attach_are_refused(tmp_path, extracted):
    loaded = f"sqlite:///{tmp_path / 'one.db'}"
    engine = open_database(loaded)
    with session_scope(engine) as s:
        store_document(s, *extracted[2])
    engine.dispose()
    for statement in ("PRAGMA query_only = OFF", f"ATTACH DATABASE '{tmp_path / 'x.db'}' AS x"):
        with pytest.raises(BaocaoError, match="read-only"):
            q.run_sql(loaded, statement)
    assert not (tmp_path / "x.db").exists()
    cols, rows = q.run_sql(loaded, "PRAGMA table_info(figures)")
    assert "name" in cols and any("sentence" in r for r in rows)


def test_user_errors_are_one_line_not_tracebacks(tmp_path):
    missing = str(tmp_path / "none.db")
    for args in (["figures", "--db", missing], ["sql", "SELECT 1", "--db", missing], ["documents", "--db", missing]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and result.output.startswith("Error: no database at"), result.output
    assert not Path(missing).exists()


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("csv", "a,b\n1,x; y\n,yes\n"),
        ("nl", '{"a": 1.0, "b": ["x", "y"]}\n{"a": null, "b": true}\n'),
        ("table", "a  b\n-  ----\n1  x; y\n   yes\n"),
    ],
)
def test_render(fmt, expected):
    rows: list[dict] = [{"a": 1.0, "b": ["x", "y"]}, {"a": None, "b": True}]
    assert q.render(rows, ["a", "b"], fmt) == expected


def test_render_truncates_table_cells_only():
    rows = [{"s": "Đảng bộ Khối có 104 tổ chức cơ sở đảng"}]
    assert q.render(rows, ["s"], "table", max_width=10).splitlines()[2] == "Đảng bộ K…"
    assert json.loads(q.render(rows, ["s"], "json", max_width=10)) == rows


def test_figures_say_whether_they_are_a_total_or_a_part(loaded):
    """A researcher summing figures must not count a total and its parts: each figure says
    which it is (`trong đó` lists, tables with a total row)."""
    rows = rows_of("figures", "--db", loaded)
    roles = {r["role"] for r in rows}
    assert {"total", "part", None} <= roles
    total = next(r for r in rows if r["role"] == "total")
    assert total["subject_label"] and total["value"] is not None
