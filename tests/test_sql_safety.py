"""SQL someone types cannot reach the machine: ``baocao sql`` and ``baocao serve`` (Datasette)
refuse functions that reach past the data (``fts3_tokenizer`` returns a memory address), stop
memory and time bombs with one clear error, and Datasette answers every write request 403."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import BaocaoError
from extractor.store import queries as q
from extractor.store.browse import (
    SQL_TIME_LIMIT_MS,
    datasette_metadata,
    load_metadata_file,
    make_datasette,
)

from .conftest import CORPUS
from .test_serve import database, server  # noqa: F401  (the real `baocao serve` subprocess)

REPORT = "004-chi-thi-sinh-hoat-chi-bo.txt"
COUNT_TO_1E9 = (
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 1000000000) SELECT count(*) FROM r"
)
FAST = 8.0  # seconds: "within a few seconds", with room for a slow machine


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("sqlsafety") / "baocao.db"
    result = CliRunner().invoke(main, ["ingest", str(CORPUS / REPORT), "--db", str(path), "--silent"])
    assert result.exit_code == 0, result.output
    return str(path)


def sql(db: str, statement: str, *options: str) -> tuple[int, str, float]:
    start = time.monotonic()
    result = CliRunner().invoke(main, ["sql", statement, "--db", db, *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output, time.monotonic() - start


def one_error_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), output
    assert "Traceback" not in output
    return lines[0]


# ---------------------------------------------------------------- baocao sql


@pytest.mark.parametrize(
    ("statement", "function"),
    [
        ("SELECT fts3_tokenizer('simple')", "fts3_tokenizer"),
        ("SELECT hex(FTS3_TOKENIZER('porter'))", "fts3_tokenizer"),
        ("SELECT count(*) FROM figures WHERE fts3_tokenizer('simple') IS NOT NULL", "fts3_tokenizer"),
        ("SELECT fts3_tokenizer('x', x'0000000000000000')", "fts3_tokenizer"),
        ("SELECT load_extension('/tmp/evil')", "load_extension"),
        ("SELECT fts5(NULL)", "fts5"),
    ],
)
def test_sql_refuses_functions_that_reach_outside_the_database(db, statement, function):
    code, output, _ = sql(db, statement)
    assert code == 1
    line = one_error_line(output)
    assert f"{function}()" in line and "not allowed" in line, line


BOMBS = [
    "SELECT zeroblob(2000000000)",
    "SELECT length(randomblob(2000000000))",
    "SELECT printf('%.*c', 2000000000, 'x')",
    "SELECT format('%!.*c', '2e9', 'x')",
    "SELECT printf(x'252E2A63', 2000000000, 'x')",  # the format as a blob: '%.*c'
    "WITH RECURSIVE r(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM r) SELECT max(length(s)) FROM r",
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT length(group_concat(x)) FROM r",
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r",
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r ORDER BY x DESC",
]


@pytest.mark.parametrize("statement", BOMBS)
def test_memory_and_time_bombs_stop_with_one_clear_line(db, statement):
    code, output, took = sql(db, statement, "--timeout", "2")
    assert code == 1, output
    line = one_error_line(output)
    assert line.startswith("Error: the query was stopped"), line
    assert took < FAST, f"{took:.1f} s"


def test_a_slow_query_is_stopped_by_the_timeout(db):
    code, output, took = sql(db, COUNT_TO_1E9, "--timeout", "1")
    assert code == 1
    assert one_error_line(output) == "Error: the query was stopped after 1 s (raise it with --timeout)"
    assert took < FAST
    code, output, _ = sql(db, COUNT_TO_1E9, "--timeout", "0")
    assert code == 2 and "--timeout" in output  # a timeout must be more than 0


def test_the_default_timeout_is_ten_seconds():
    from extractor.cli.query import SQL_TIMEOUT, sql_cmd

    assert SQL_TIMEOUT == q.DEFAULT_TIMEOUT == 10
    option = next(p for p in sql_cmd.params if p.name == "timeout")
    assert option.default == 10 and option.help and "seconds" in option.help


def test_a_result_too_large_for_memory_is_refused(db, monkeypatch):
    monkeypatch.setattr(q, "MAX_RESULT_BYTES", 1_000_000)
    statement = (
        "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 100000) SELECT x, 'abc' FROM r"
    )
    with pytest.raises(BaocaoError, match=r"the result is larger than 0 MB: narrow the query"):
        q.run_sql(db, statement)
    assert len(q.run_sql(db, statement.replace("100000", "1000"))[1]) == 1000


def test_ordinary_queries_still_work_and_the_heap_limit_is_put_back(db):
    with sqlite3.connect(":memory:") as conn:
        before = conn.execute("PRAGMA hard_heap_limit").fetchone()[0]
    _, rows = q.run_sql(
        db, "SELECT printf('%.2f|%5s|%-3d|%%', 3.14159, 'ab', 7), format('%,d', 1234567), count(*) FROM figures"
    )
    assert rows == [("3.14|   ab|7  |%", "1,234,567", 1)]
    assert q.run_sql(db, "SELECT length(zeroblob(1000)), length(printf('%.*c', 1000, 'x'))")[1] == [(1000, 1000)]
    assert q.run_sql(db, "SELECT name FROM pragma_table_info('figures') WHERE name = 'sentence'")[1] == [("sentence",)]
    with sqlite3.connect(":memory:") as conn:
        assert conn.execute("PRAGMA hard_heap_limit").fetchone()[0] == before
    code, output, _ = sql(db, "SELECT count(*) AS n FROM documents", "--csv")
    assert code == 0 and output == "n\n1\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("%d", 5), False),
        (("%.*c", 2_000_000_000, "x"), True),
        (("%.*c", -2_000_000_000, "x"), True),
        (("%.*c", "2000000000abc", "x"), True),
        (("%200000000d", 1), True),
        (("%.*s", 2_000_000_000, "x"), False),  # a precision that is a maximum
        (("%%%.*c", 10, "x"), False),
        (("%s %.*c", "a", 2_000_000_000, "x"), True),
        ((b"%.*c", 2_000_000_000, "x"), True),
        ((None,), False),
    ],
)
def test_printf_too_big(args, expected):
    assert q.printf_too_big(args[0], args[1:]) is expected


def test_statement_timeout_on_every_backend(db_url):
    """SQLite: the progress handler; PostgreSQL: ``statement_timeout`` (skipped without a server)."""
    from extractor.store.engine import open_database

    open_database(db_url).dispose()
    slow = "SELECT pg_sleep(5)" if db_url.startswith("postgresql") else COUNT_TO_1E9
    code, output, took = sql(db_url, slow, "--timeout", "1")
    assert code == 1
    assert one_error_line(output) == "Error: the query was stopped after 1 s (raise it with --timeout)"
    assert took < FAST
    code, output, _ = sql(db_url, "SELECT 1 AS one", "--csv")
    assert code == 0 and output == "one\n1\n"


# ---------------------------------------------------------------- Datasette


@pytest.fixture(scope="module")
def datasette(db) -> Any:
    return make_datasette(Path(db), datasette_metadata("baocao", load_metadata_file()), "baocao")


def requests(ds: Any, calls: list[tuple[str, str, dict[str, Any]]]) -> list[Any]:
    """Run (method, path, httpx keyword arguments) requests in-process, in order."""

    async def run() -> list[Any]:
        await ds.invoke_startup()
        return [await ds.client.request(method, path, **kwargs) for method, path, kwargs in calls]

    return asyncio.run(run())


def query_url(name: str, statement: str, **extra: str) -> str:
    return f"/{name}.json?" + urllib.parse.urlencode({"sql": statement, "_shape": "objects", **extra})


@pytest.mark.parametrize("name", ["baocao", "_memory"])
def test_datasette_refuses_fts3_tokenizer_and_load_extension(datasette, name):
    statements = [
        "select fts3_tokenizer('simple')",
        "select hex(fts3_tokenizer('simple'))",
        "select load_extension('x')",
    ]
    for statement, response in zip(
        statements, requests(datasette, [("GET", query_url(name, s), {}) for s in statements]), strict=True
    ):
        assert response.status_code == 400, statement
        data = response.json()
        assert data["ok"] is False and "not authorized to use function" in data["error"], data
        assert not data["rows"] and "$base64" not in response.text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # Datasette prints UDF errors
def test_datasette_stops_memory_and_time_bombs(datasette):
    assert datasette.setting("sql_time_limit_ms") == SQL_TIME_LIMIT_MS
    calls: list[tuple[str, str, dict[str, Any]]] = [("GET", query_url("baocao", s), {}) for s in BOMBS[:6]]
    calls.append(("GET", query_url("baocao", COUNT_TO_1E9), {}))  # the server's own limit
    start = time.monotonic()
    responses = requests(datasette, calls)
    took = time.monotonic() - start
    for (_, url, _), response in zip(calls, responses, strict=True):
        assert response.status_code == 400, url
        assert response.json()["ok"] is False
    assert "too long" in responses[-1].json()["error"]
    assert took < FAST + SQL_TIME_LIMIT_MS / 1000


def _counts(path: str) -> tuple[int, ...]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return (len(tables), *(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables))


WRITES = [
    ("POST", "/baocao/figures/-/insert", {"row": {"raw": "x"}}),
    ("POST", "/baocao/figures/-/insert", {"rows": [{"raw": "x"}]}),
    ("POST", "/baocao/figures/-/upsert", {"rows": [{"id": 1, "raw": "x"}]}),
    ("POST", "/baocao/-/create", {"table": "scratch", "columns": [{"name": "a"}]}),
    ("POST", "/baocao/figures/-/drop", {"confirm": True}),
    ("POST", "/baocao/figures/1/-/update", {"update": {"raw": "x"}}),
    ("POST", "/baocao/figures/1/-/delete", {}),
    ("POST", "/baocao/figures", {}),
    ("POST", "/baocao", {"sql": "DELETE FROM figures"}),
    ("POST", "/baocao/ratings_by_year", {}),
    ("PUT", "/baocao/figures", {}),
    ("PATCH", "/baocao/figures/1", {}),
    ("DELETE", "/baocao/figures/1", {}),
]


def test_every_write_endpoint_answers_403(datasette, db):
    before = _counts(db)
    calls: list[tuple[str, str, dict[str, Any]]] = [(m, path, {"json": body}) for m, path, body in WRITES]
    calls += [(method, path, {"data": {"sql": "DELETE FROM figures"}}) for method, path, _ in WRITES]  # a form
    for (method, path, _), response in zip(calls, requests(datasette, calls), strict=True):
        assert response.status_code == 403, (method, path, response.status_code, response.text[:200])
        assert response.json() == {
            "ok": False,
            "error": "baocao serve is read-only: only GET and HEAD requests are answered",
            "status": 403,
        }
    assert _counts(db) == before


@pytest.mark.parametrize(
    "path",
    [
        "/baocao/figures.csv",
        "/baocao/figures.csv?_stream=on",
        "/baocao.csv?sql=select+1",
        "/baocao/figures?_format=csv",
    ],
)
def test_datasette_csv_downloads_are_refused(datasette, path):
    """Datasette writes document text into its CSV as it is (=HYPERLINK(…) would run in a
    spreadsheet) and has no hook to neutralise it: its CSV downloads answer 403 and say
    which command writes a safe CSV."""
    [response] = requests(datasette, [("GET", path, {})])
    assert response.status_code == 403
    assert "baocao export --format csv" in response.json()["error"]


def test_reading_and_canned_queries_still_work(datasette):
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/baocao/figures.json?_shape=array", {}),
        ("GET", "/baocao/ratings_by_year.json?_shape=array", {}),
        ("GET", "/baocao/most_cited_directives.json?_shape=array", {}),
        ("GET", "/baocao/figures_by_organisation.json?_shape=array&organisation=", {}),
        ("GET", query_url("baocao", "select count(*) as n, printf('%.2f', 2.5) as p from documents"), {}),
        ("GET", "/baocao/figures", {}),
        ("HEAD", "/baocao/figures", {}),
    ]
    responses = requests(datasette, calls)
    assert [r.status_code for r in responses] == [200] * len(calls)
    assert len(responses[0].json()) == 1
    assert responses[4].json()["rows"] == [{"n": 1, "p": "2.50"}]


def test_the_real_server_refuses_writes_and_fts3_tokenizer(server):  # noqa: F811
    for path in ("/figures/-/insert", "/-/create", "/figures/1/-/delete"):
        request = urllib.request.Request(
            server + path, data=b'{"row": {"raw": "x"}}', method="POST", headers={"Content-Type": "application/json"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403, path
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(server + ".json?" + urllib.parse.urlencode({"sql": "select fts3_tokenizer('simple')"}))
    assert refused.value.code == 400
    assert b"not authorized to use function" in refused.value.read()


def test_datasette_grants_no_write_permission(datasette):
    """Datasette 1.0's write API asks these permissions: refused to everyone, root included."""
    actions = ["insert-row", "update-row", "delete-row", "create-table", "alter-table", "drop-table", "view-table"]
    actors: list[dict[str, str] | None] = [None, {"id": "root"}]

    async def run() -> set[tuple[str, str]]:
        granted = set()
        for actor in actors:
            for action in actions:
                if await datasette.permission_allowed(actor, action, resource=("baocao", "figures"), default=True):
                    granted.add((actor["id"] if actor else "anonymous", action))
        return granted

    assert asyncio.run(run()) == {("anonymous", "view-table"), ("root", "view-table")}
