"""``baocao serve``: a real Datasette server over a SQLite database, fetched over HTTP."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.find.extract import extract_document
from extractor.read.parse import parse_file
from extractor.store.browse import datasette_metadata, load_metadata_file, view_sql
from extractor.store.engine import open_database, session_scope
from extractor.store.load import store_document

from .conftest import CORPUS

FILES = ("002-ket-luan-huyen-uy.docx", "003-bao-cao-so-ket-kien-giang.txt")
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.status, resp.read().decode("utf-8")


def get_json(url: str) -> Any:
    status, body = get(url)
    assert status == 200, url
    return json.loads(body)


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "baocao.db"
    engine = open_database(str(path))
    for name in FILES:
        doc = parse_file(CORPUS / name)
        with session_scope(engine) as s:
            store_document(s, doc, extract_document(doc))
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def server(database: Path) -> Iterator[str]:
    """``baocao serve`` as a subprocess; yields the database's base URL."""
    port = free_port()
    cmd = [sys.executable, "-c", "from extractor.cli import main; main()", "serve", "--db", str(database)]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, f"{base}/-/versions.json")
        yield f"{base}/baocao"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    # the view exists only while serving: the Alembic-managed schema is left as it was
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall() == []


def wait_until_up(proc: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"baocao serve exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            get(url)
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    pytest.fail(f"baocao serve did not answer within {START_TIMEOUT} s")


def query(database: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(sql).fetchall()


def test_figures_page_is_html_with_vietnamese_values_and_descriptions(server, database):
    status, html = get(f"{server}/figures")
    assert status == 200
    assert "<html" in html.lower()
    first = query(database, "SELECT subject_text FROM figures WHERE subject_text IS NOT NULL ORDER BY id LIMIT 1")
    assert first[0][0] != first[0][0].encode("ascii", "ignore").decode()  # it has Vietnamese letters
    assert escape(first[0][0]) in html
    assert "Giá trị / Value" in html  # the column description from the metadata


def test_figures_json_filters_by_subject(server, database):
    rows = get_json(f"{server}/figures.json?_shape=array&_size=max&subject=dang_vien")
    expected = query(database, "SELECT COUNT(*) FROM figures WHERE subject = 'dang_vien'")[0][0]
    assert len(rows) == expected > 0
    assert {r["subject"] for r in rows} == {"dang_vien"}
    assert "7.261" in {r["raw"] for r in rows}


def test_figures_table_has_the_default_facets(server):
    data = get_json(f"{server}/figures.json")
    assert {"subject", "category", "year", "document_id"} <= set(data["facet_results"])


def test_figures_view_joins_the_document_name(server, database):
    data = get_json(f"{server}/figures_view.json?_shape=objects&document=003-bao-cao-so-ket-kien-giang.txt&_size=max")
    rows = data["rows"]
    expected = query(
        database, "SELECT COUNT(*) FROM figures JOIN documents d ON d.id = document_id WHERE d.name LIKE '003-%'"
    )[0][0]
    assert len(rows) == expected > 0
    assert {r["document"] for r in rows} == {"003-bao-cao-so-ket-kien-giang.txt"}
    assert {"subject_label", "category_label", "year", "document"} <= set(data["facet_results"])
    # facets people read: Vietnamese names from the labels table, not keys
    subjects = {item["value"] for item in data["facet_results"]["subject_label"]["results"]}
    assert "đảng viên" in subjects and "dang_vien" not in subjects
    assert {r["subject_label"] for r in rows if r["subject"] == "tccsd"} == {"tổ chức cơ sở đảng"}


def test_ratings_by_year_counts_every_rating_figure(server, database):
    rows = get_json(f"{server}/ratings_by_year.json?_shape=array")
    assert rows and all(r["category"].startswith("rating.") for r in rows)
    expected = query(database, "SELECT year, category, subject, measure FROM figures WHERE category LIKE 'rating.%'")
    counted = Counter((r["year"], r["category"], r["subject"], r["measure"]) for r in rows for _ in range(r["figures"]))
    assert counted == Counter(expected)
    assert all(r["count_sum"] is None for r in rows if r["measure"] != "count")  # percentages are never added


def test_most_cited_directives_counts_documents_and_mentions(server, database):
    rows = get_json(f"{server}/most_cited_directives.json?_shape=array&_size=max")
    mentions = query(
        database,
        "SELECT d.key, c.document_id FROM citations c JOIN directives d ON d.id = c.directive_id"
        " WHERE c.kind != 'self'",
    )
    by_key: dict[str, list[int]] = {}
    for key, doc_id in mentions:
        by_key.setdefault(key, []).append(doc_id)
    got = {r["key"]: (r["documents"], r["mentions"]) for r in rows}
    assert got == {key: (len(set(docs)), len(docs)) for key, docs in by_key.items()}
    assert rows[0]["documents"] == max(len(set(docs)) for docs in by_key.values()) == 2
    assert [r["documents"] for r in rows] == sorted((r["documents"] for r in rows), reverse=True)


@pytest.mark.parametrize(
    ("organisation", "matches"),
    [("", True), ("DOANH NGHIỆP", True), ("doanh nghiep tinh", True), ("không có đơn vị này", False)],
)
def test_figures_by_organisation_filters_by_name(server, database, organisation, matches):
    url = f"{server}/figures_by_organisation.json?_shape=array&_size=max&organisation="
    rows = get_json(url + urllib.parse.quote(organisation))
    total = query(database, "SELECT COUNT(*) FROM figures f JOIN documents d ON d.id = f.document_id")[0][0]
    assert sum(r["figures"] for r in rows) == (total if matches else 0)


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("postgresql://postgres@127.0.0.1:5432/baocao", "Datasette serves SQLite only"),
        ("postgresql+psycopg://u@h/x", "Datasette serves SQLite only"),
        ("missing.db", "no such database file"),
    ],
)
def test_serve_refuses_what_it_cannot_serve(tmp_path, monkeypatch, db, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", "--db", db])
    assert result.exit_code == 1
    assert message in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_metadata_describes_every_served_table_in_both_languages():
    data = load_metadata_file()
    meta = datasette_metadata("x", data)
    tables = meta["databases"]["x"]["tables"]
    needed = {"documents", "figures", "directives", "citations", "blocks", "relations", "relation_members"}
    assert needed | {"organisations", "figures_view"} <= set(tables)
    for name, table in tables.items():
        assert " / " in table["description"], name
        assert all(" / " in text for text in table["columns"].values()), name
    assert set(view_sql(data)) == {"figures_view"}
    assert "sql" not in tables["figures_view"]
    assert {"ratings_by_year", "most_cited_directives", "figures_by_organisation"} <= set(
        meta["databases"]["x"]["queries"]
    )
