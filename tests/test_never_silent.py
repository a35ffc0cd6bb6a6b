"""No command gives a silent wrong answer (issue 11): a database that does not exist, or that
holds no baocao tables, is refused with a clear error by every command that reads one, and
no file is created."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

READERS = [
    pytest.param(["check"], id="check"),
    pytest.param(["check", "--json"], id="check-json"),
    pytest.param(["report", "--html", "{out}/r.html"], id="report"),
    pytest.param(["review", "abc123", "--status", "confirmed"], id="review"),
    pytest.param(["export", "--format", "csv", "{out}/x.csv"], id="export"),
    pytest.param(["figures"], id="figures"),
    pytest.param(["directives"], id="directives"),
    pytest.param(["documents"], id="documents"),
    pytest.param(["sql", "SELECT 1"], id="sql"),
]


def _run(args: list[str], db: Path, out: Path):
    argv = [a.replace("{out}", str(out)) for a in args]
    return CliRunner().invoke(main, [*argv, "--db", str(db)])


@pytest.mark.parametrize("args", READERS)
def test_a_missing_database_is_refused_and_not_created(args: list[str], tmp_path: Path) -> None:
    db = tmp_path / "mistyped.db"
    result = _run(args, db, tmp_path)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: no database at {db}"), result.output
    assert "Traceback" not in result.output
    assert not db.exists()


@pytest.mark.parametrize("args", READERS)
@pytest.mark.parametrize("content", ["empty file", "other tables"])
def test_a_database_without_baocao_tables_is_refused(args: list[str], content: str, tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    db.touch()
    if content == "other tables":
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = db.read_bytes()
    result = _run(args, db, tmp_path)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: {db} is not a baocao database"), result.output
    assert db.read_bytes() == before  # nothing migrated into someone else's database


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8765"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert not db.exists()
