"""No command gives a silent wrong answer (issue 11): a database that does not exist, or that
holds no baocao tables, is refused with a clear error by every command that reads one, and
no file is created."""

from __future__ import annotations

import shutil
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


# ---------------------------------------------------------------- ingest


def _ingest(*args: str):
    return CliRunner().invoke(main, ["ingest", *args])


def test_ingest_a_missing_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    result = _ingest(str(tmp_path / "khong-co.pdf"), "--db", str(db), "--silent")
    assert result.exit_code == 2 and "khong-co.pdf" in result.output and "does not exist" in result.output
    assert not db.exists()


def test_regression_a_folder_with_reports_only_in_subfolders_is_no_silent_zero(tmp_path: Path) -> None:
    """`ingest inbox/` where the reports sit in `inbox/xa-an-ha/`: a usage error that says
    to add --recursive (not "files: 0"), no database created; with another path that gives
    files, a warning names the folder and the rest is loaded."""
    src = Path(__file__).resolve().parents[1] / "corpus" / "002-ket-luan-huyen-uy.txt"
    (tmp_path / "inbox" / "xa-an-ha").mkdir(parents=True)
    shutil.copy(src, tmp_path / "inbox" / "xa-an-ha")
    db = tmp_path / "b.db"
    result = _ingest(str(tmp_path / "inbox"), "--db", str(db), "--silent")
    assert result.exit_code == 2 and "--recursive" in result.output and "inbox" in result.output
    assert not db.exists()
    (tmp_path / "other").mkdir()
    shutil.copy(src, tmp_path / "other" / "bc.txt")
    mixed = _ingest(str(tmp_path / "inbox"), str(tmp_path / "other"), "--db", str(db), "--silent")
    assert mixed.exit_code == 0 and "loaded 1" in mixed.stdout
    assert "inbox: no .pdf/.docx/.txt file at its top level, but 1 in its subfolders" in mixed.stderr
    assert _ingest(str(tmp_path / "inbox"), "--recursive", "--db", str(db), "--silent").exit_code == 0


def test_ingest_names_every_duplicate_and_what_it_repeats(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "corpus" / "002-ket-luan-huyen-uy.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(src.read_bytes())
    (folder / "b.txt").write_bytes(src.read_bytes())
    db = str(tmp_path / "b.db")
    first = _ingest(str(folder), "--db", db, "--silent")
    assert first.exit_code == 0, first.output
    assert f"{folder / 'b.txt'}: same content as {folder / 'a.txt'} (in this run)" in first.output
    (tmp_path / "c.txt").write_bytes(src.read_bytes())
    again = _ingest(str(tmp_path / "c.txt"), "--db", db, "--silent")
    assert f"{tmp_path / 'c.txt'}: same content as {folder / 'a.txt'} (loaded before)" in again.output


def test_ingest_never_calls_a_failed_files_copy_skipped(tmp_path: Path) -> None:
    """Two copies of a broken file: both failed, each with one error row for the run (and a
    second run records its own rows, one per file again)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf"):
        (folder / name).write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    result = _ingest(str(folder), "--db", str(tmp_path / "b.db"), "--silent")
    assert result.exit_code == 3, result.output
    assert "skipped as duplicates 0, failed 2" in result.output
    assert f"{folder / 'b.pdf'}: same content as {folder / 'a.pdf'}, which failed:" in result.output
    assert "already loaded" not in result.output
    with sqlite3.connect(tmp_path / "b.db") as conn:
        rows = conn.execute("SELECT run_id, path FROM ingestion_errors ORDER BY path").fetchall()
    assert [Path(p).name for _, p in rows] == ["a.pdf", "b.pdf"] and len({r for r, _ in rows}) == 1
    again = _ingest(str(folder), "--db", str(tmp_path / "b.db"), "--silent")
    assert again.exit_code == 3
    with sqlite3.connect(tmp_path / "b.db") as conn:
        per_run = conn.execute("SELECT run_id, COUNT(*), COUNT(DISTINCT path) FROM ingestion_errors GROUP BY run_id")
        assert [(n, d) for _, n, d in per_run.fetchall()] == [(2, 2), (2, 2)]


def test_ingest_leaves_office_lock_files_out_of_a_folder(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "corpus" / "002-ket-luan-huyen-uy.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bao-cao.txt").write_bytes(src.read_bytes())
    (folder / "~$bao-cao.docx").write_bytes(b"\x0bNguyen Van A" + b"\x00" * 150)
    db = str(tmp_path / "b.db")
    result = _ingest(str(folder), "--db", db, "--silent")
    assert result.exit_code == 0 and "files: 1 (loaded 1" in result.output, result.output
    named = _ingest(str(folder / "~$bao-cao.docx"), "--db", db, "--silent")
    assert named.exit_code == 3 and "an Office lock file" in named.output


def test_ingest_interrupted_prints_what_was_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C after the first file: the summary so far, exit 130, the run marked interrupted."""
    import extractor.store.ingest as store

    src = Path(__file__).resolve().parents[1] / "corpus"
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("002-ket-luan-huyen-uy.txt", "004-chi-thi-sinh-hoat-chi-bo.txt"):
        (folder / name).write_bytes((src / name).read_bytes())
    real = store._Batch.handle
    calls = []

    def handle_then_stop(self, result):
        calls.append(result.path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, result)

    monkeypatch.setattr(store._Batch, "handle", handle_then_stop)
    db = str(tmp_path / "b.db")
    result = _ingest(str(folder), "--db", db, "--silent")
    assert result.exit_code == 130, result.output
    assert "files: 1 of 2 done (loaded 1" in result.output and "interrupted:" in result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM ingestion_runs").fetchall() == [("interrupted",)]
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
