"""``baocao ingest``: idempotence, versions, bad files, workers, Dask, kill -9 — on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from extractor.cli import main
from extractor.errors import BaocaoError
from extractor.store.batch import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, IngestProgress
from extractor.store.engine import resolve_url
from extractor.store.ingest import IngestSummary, expand_paths, ingest
from extractor.store.workers import Job, WorkResult, work
from models.tables import (
    BlockRow,
    CitationRow,
    DirectiveRow,
    DocumentRow,
    FigureRow,
    IngestionError,
    IngestionRun,
    RelationRow,
)

from .conftest import CORPUS

SMALL = ["002-ket-luan-huyen-uy.txt", "004-chi-thi-sinh-hoat-chi-bo.docx", "000-bao-cao-tong-ket-ha-tinh.txt"]
NOT_A_PDF = bytes(range(256)) * 8  # binary data: neither PDF, DOCX nor text
COUNTED = (DocumentRow, BlockRow, FigureRow, CitationRow, RelationRow, DirectiveRow, IngestionError)


def _folder(tmp_path: Path, names: list[str], sub: str = "in") -> Path:
    folder = tmp_path / sub
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _cli(*args: str) -> Any:
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


def _engine(db_url: str) -> Engine:
    return create_engine(resolve_url(db_url))


def _counts(db_url: str) -> dict[str, int]:
    engine = _engine(db_url)
    with engine.connect() as c:
        out = {t.__tablename__: int(c.scalar(select(func.count()).select_from(t)) or 0) for t in COUNTED}
    engine.dispose()
    return out


def _rows(db_url: str, *columns: Any, where: Any = None) -> list[tuple[Any, ...]]:
    engine = _engine(db_url)
    query = select(*columns)
    if where is not None:
        query = query.where(where)
    with engine.connect() as c:
        rows = [tuple(r) for r in c.execute(query)]
    engine.dispose()
    return rows


# ---------------------------------------------------------------- files and pickling


def test_expand_paths_top_level_unless_recursive(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.pdf", "b.DOCX", "c.txt", "d.xlsx", "sub/e.txt"):
        (tmp_path / name).write_text("x")
    top = [p.name for p in expand_paths([tmp_path])]
    assert top == ["a.pdf", "b.DOCX", "c.txt"]
    deep = [p.name for p in expand_paths([tmp_path], recursive=True)]
    assert deep == ["a.pdf", "b.DOCX", "c.txt", "e.txt"]
    # a file given explicitly is taken whatever its suffix, and only once
    assert [p.name for p in expand_paths([tmp_path / "d.xlsx", tmp_path / "d.xlsx"])] == ["d.xlsx"]


def test_worker_results_pickle():
    path = CORPUS / "004-chi-thi-sinh-hoat-chi-bo.pdf"
    result = work(Job(str(path), "x"))
    assert result.error is None and result.document is not None and result.extraction is not None
    back: WorkResult = pickle.loads(pickle.dumps(result))
    assert back.document is not None and back.extraction is not None
    assert back.document.to_dict() == result.document.to_dict()
    assert back.extraction == result.extraction


# ---------------------------------------------------------------- idempotence, versions, bad files


def test_second_run_skips_everything_and_adds_no_rows(db_url, tmp_path):
    folder = _folder(tmp_path, SMALL)
    first = _cli(str(folder), "--db", db_url, "--silent")
    assert first.exit_code == EXIT_OK, first.output
    assert "files: 3 (loaded 3, skipped as duplicates 0, failed 0)" in first.stdout
    assert first.stderr == ""  # --silent: no progress
    before = _counts(db_url)
    assert before["documents"] == 3 and before["figures"] > 0 and before["directives"] > 0
    second = _cli(str(folder), "--db", db_url, "--silent")
    assert second.exit_code == EXIT_OK
    assert "files: 3 (loaded 0, skipped as duplicates 3, failed 0)" in second.stdout
    assert "figures: 0" in second.stdout and "directives: 0 distinct, 0 new" in second.stdout
    assert _counts(db_url) == before
    runs = _rows(db_url, IngestionRun.status, IngestionRun.loaded, IngestionRun.skipped, IngestionRun.failed)
    assert sorted(runs) == [("finished", 0, 3, 0), ("finished", 3, 0, 0)]


def test_skipped_file_is_not_parsed_again(db_url, tmp_path, monkeypatch):
    folder = _folder(tmp_path, SMALL[:1])
    assert ingest([folder], db=db_url).loaded == 1

    def boom(*_a: Any, **_k: Any) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr("extractor.store.workers.parse_file", boom)  # fork: the worker sees it
    summary = ingest([folder], db=db_url)
    assert (summary.loaded, summary.skipped, summary.failed) == (0, 1, [])


def test_changed_file_is_a_new_version_and_the_old_one_is_superseded(db_url, tmp_path):
    path = tmp_path / "report.txt"
    original = (CORPUS / "002-ket-luan-huyen-uy.txt").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    assert ingest([path], db=db_url).loaded == 1
    path.write_text(original + "\nNơi nhận: Lưu Văn phòng.\n", encoding="utf-8")
    summary = ingest([path], db=db_url)
    assert (summary.loaded, summary.skipped) == (1, 0)
    rows = sorted(_rows(db_url, DocumentRow.id, DocumentRow.path, DocumentRow.status, DocumentRow.superseded_by))
    assert len(rows) == 2
    (_old_id, old_path, old_status, old_by), (new_id, new_path, new_status, new_by) = rows
    assert old_path == new_path == str(path.resolve())
    assert (old_status, old_by) == ("superseded", new_id)
    assert (new_status, new_by) == ("loaded", None)


def test_bad_files_fail_alone_with_exit_code_3(db_url, tmp_path):
    folder = _folder(tmp_path, SMALL[:2])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_bytes(NOT_A_PDF)
    result = _cli(str(folder), "--db", db_url, "--silent")
    assert result.exit_code == EXIT_SOME_FAILED
    assert "files: 4 (loaded 2, skipped as duplicates 0, failed 2)" in result.stdout
    empty, fake = str((folder / "empty.txt").resolve()), str((folder / "fake.pdf").resolve())
    assert f"  {empty}: empty file" in result.stdout and f"  {fake}: binary data" in result.stdout
    # one line per failure on stderr, nothing else (--silent)
    assert sorted(result.stderr.splitlines()) == sorted(
        line.replace("  ", "error: ", 1) for line in result.stdout.splitlines() if line.startswith("  /")
    )
    errors = sorted(_rows(db_url, IngestionError.path, IngestionError.sha256, IngestionError.reason))
    assert [e[0] for e in errors] == [empty, fake]
    assert all(e[1] and len(e[1]) == 64 and e[2] for e in errors)
    assert sorted(r[0] for r in _rows(db_url, DocumentRow.name)) == sorted(SMALL[:2])
    assert _rows(db_url, IngestionRun.status, IngestionRun.loaded, IngestionRun.failed) == [("finished", 2, 2)]


def test_regression_ingest_names_a_file_whose_extension_lies(db_url, tmp_path):
    """``parse`` said a text file named .docx was one; ``ingest`` loaded it without a word."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "002-ket-luan-huyen-uy.txt", folder / "ket-luan.docx")
    result = _cli(str(folder), "--db", db_url)
    assert result.exit_code == 0
    named = str((folder / "ket-luan.docx").resolve())
    assert f"warning: {named}: named .docx but is a text file" in result.stderr
    assert "warning" not in _cli(str(folder), "--db", db_url).stderr  # a skipped duplicate says nothing again
    honest = shutil.copy(CORPUS / "000-bao-cao-tong-ket-ha-tinh.txt", tmp_path / "ok.txt")
    loaded = _cli(str(honest), "--db", db_url)
    assert "loaded 1" in loaded.stdout and "warning" not in loaded.stderr


def test_missing_file_is_a_failure_and_database_error_is_exit_1(db_url, tmp_path):
    summary = ingest([tmp_path / "nope.pdf"], db=db_url)
    assert [(Path(f.path).name, f.reason) for f in summary.failed] == [("nope.pdf", "no such file")]
    bad = _cli(str(tmp_path), "--db", "postgresql://nobody@127.0.0.1:1/none", "--silent")
    assert bad.exit_code == 1 and "\nError: cannot migrate database" in bad.stderr
    assert bad.stderr.startswith(f"warning: {tmp_path}: no .pdf/.docx/.txt file")  # the folder holds no report


def test_encrypted_pdf_needs_the_password(db_url, tmp_path):
    from .badfiles import make_encrypted_pdf

    pdf = make_encrypted_pdf(tmp_path / "locked.pdf", password="s3cret")
    without = ingest([pdf], db=db_url)
    assert without.loaded == 0 and "password" in without.failed[0].reason.lower()
    with_password = _cli(str(pdf), "--db", db_url, "--password", "s3cret", "--silent")
    assert with_password.exit_code == EXIT_OK, with_password.output
    assert _rows(db_url, DocumentRow.name) == [("locked.pdf",)]
    args = _rows(db_url, IngestionRun.arguments)
    assert all("s3cret" not in str(a) for a in args)


class Recorder(IngestProgress):
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def start(self, total: int) -> None:
        self.events.append(("start", total))

    def end_file(self, path: str, files_done: int, pages_done: int) -> None:
        self.events.append(("end", path, files_done, pages_done))


def test_progress_counts_files_and_pages(db_url, tmp_path):
    folder = _folder(tmp_path, ["004-chi-thi-sinh-hoat-chi-bo.pdf", "002-ket-luan-huyen-uy.pdf"])
    rec = Recorder()
    summary = ingest([folder], db=db_url, progress=rec)
    assert rec.events[0] == ("start", 2)
    assert [e[2] for e in rec.events[1:]] == [1, 2]
    assert rec.events[-1][3] == summary.pages == 8  # 4 + 4 pages


# ---------------------------------------------------------------- parallel and distributed


def _loaded_rows(db_url: str) -> list[tuple[Any, ...]]:
    engine = _engine(db_url)
    query = (
        select(DocumentRow.sha256, func.count(FigureRow.id))
        .outerjoin(FigureRow, FigureRow.document_id == DocumentRow.id)
        .group_by(DocumentRow.sha256)
    )
    with engine.connect() as c:
        rows = sorted(tuple(r) for r in c.execute(query))
    engine.dispose()
    return rows


PARALLEL = [*SMALL, "004-chi-thi-sinh-hoat-chi-bo.pdf", "002-ket-luan-huyen-uy.docx"]


def test_workers_2_loads_the_same_rows_as_workers_1(db_url, tmp_path):
    folder = _folder(tmp_path, PARALLEL)
    (folder / "empty.txt").write_bytes(b"")
    reference = f"sqlite:///{tmp_path / 'one.db'}"
    one = ingest([folder], db=reference, workers=1)
    result = _cli(str(folder), "--db", db_url, "--workers", "2", "--silent")
    assert result.exit_code == EXIT_SOME_FAILED
    assert _loaded_rows(db_url) == _loaded_rows(reference)
    assert len(_loaded_rows(db_url)) == one.loaded == len(PARALLEL)
    assert f"figures: {one.figures}" in result.stdout


@pytest.mark.parametrize("workers", [1, 2])
def test_a_worker_process_that_dies_fails_only_its_file(tmp_path, monkeypatch, workers):
    """With the default single worker too, a file that kills its reader is recorded as
    failed and the batch goes on (it used to stop the batch on every rerun)."""
    import extractor.store.workers as ingest_module

    real = ingest_module.parse_file
    folder = _folder(tmp_path, SMALL)
    shutil.copy(CORPUS / SMALL[0], folder / "crash.txt")
    (folder / "crash.txt").write_text("khác\n" + (folder / "crash.txt").read_text(encoding="utf-8"), encoding="utf-8")

    def dying(path: Any, **kw: Any) -> Any:
        if Path(path).name == "crash.txt":
            os._exit(9)  # what a segfault in a native reader looks like to the pool
        return real(path, **kw)

    monkeypatch.setattr(ingest_module, "parse_file", dying)  # fork: the workers see it
    summary = ingest([folder], db=f"sqlite:///{tmp_path / 'w.db'}", workers=workers)
    assert summary.loaded == 3
    assert [(Path(f.path).name, f.reason.split(" (")[0]) for f in summary.failed] == [
        ("crash.txt", "the worker process died while reading this file")
    ]


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster


def test_dask_cluster_loads_the_same_rows(db_url, tmp_path, dask_cluster):
    folder = _folder(tmp_path, PARALLEL)
    (folder / "fake.pdf").write_bytes(NOT_A_PDF)
    reference = f"sqlite:///{tmp_path / 'one.db'}"
    ingest([folder], db=reference)
    result = _cli(str(folder), "--db", db_url, "--dask", dask_cluster.scheduler_address, "--silent")
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    assert _loaded_rows(db_url) == _loaded_rows(reference)
    assert next(r[0] for r in _rows(db_url, IngestionRun.arguments))["dask"] == dask_cluster.scheduler_address


def test_unreachable_dask_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    with pytest.raises(BaocaoError, match=re.escape("tcp://127.0.0.1:9")):
        ingest([tmp_path], db=str(tmp_path / "x.db"), dask="tcp://127.0.0.1:9", dask_timeout=1)
    monkeypatch.setattr("extractor.store.ingest.DASK_CONNECT_TIMEOUT", 1.0)
    result = _cli(str(tmp_path), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert _cli(str(tmp_path), "--db", str(tmp_path / "x.db"), "--workers", "0").exit_code == EXIT_USAGE


# ---------------------------------------------------------------- kill -9


KILL_SOURCES = [
    "000-bao-cao-tong-ket-ha-tinh.pdf",
    "002-ket-luan-huyen-uy.docx",
    "004-chi-thi-sinh-hoat-chi-bo.pdf",
    "002-ket-luan-huyen-uy.pdf",
    "000-bao-cao-tong-ket-ha-tinh.docx",
    "004-chi-thi-sinh-hoat-chi-bo.docx",
]


def _replicate(tmp_path: Path, copies: int = 2) -> tuple[Path, dict[str, str]]:
    """``copies`` byte-distinct copies of each source (trailing PDF comment, ZIP comment)."""
    folder = tmp_path / "batch"
    folder.mkdir()
    origin: dict[str, str] = {}
    for n in range(copies):
        for i, source in enumerate(KILL_SOURCES):
            target = folder / f"{n}{i:02d}-{source}"
            shutil.copy(CORPUS / source, target)
            target.chmod(0o644)
            if target.suffix == ".pdf":
                with target.open("ab") as fh:
                    fh.write(f"\n% copy {n}\n".encode())
            else:
                with zipfile.ZipFile(target, "a") as z:
                    z.comment = f"copy {n}".encode()
            origin[str(target.resolve())] = source
    return folder, origin


def _command(folder: Path, db_url: str) -> list[str]:
    return [sys.executable, "-c", "from extractor.cli import main; main()", "ingest", str(folder), "--db", db_url]


def _loaded_count(engine: Engine) -> int:
    try:
        with engine.connect() as c:
            return int(c.scalar(select(func.count()).select_from(DocumentRow)) or 0)
    except SQLAlchemyError:  # schema not created yet
        return 0


def _kill_midway(cmd: list[str], engine: Engine, total: int, cwd: Path) -> int:
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            seen = _loaded_count(engine)
            if 1 <= seen < total:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the batch ended before it could be killed ({proc.returncode})"
    return _loaded_count(engine)


def _orphans(engine: Engine) -> dict[str, int]:
    out = {}
    with engine.connect() as c:
        for table in ("blocks", "figures", "citations", "relations"):
            out[table] = int(
                c.scalar(
                    text(
                        f"SELECT count(*) FROM {table} t LEFT JOIN documents d ON d.id = t.document_id"
                        " WHERE d.id IS NULL"
                    )
                )
                or 0
            )
    return out


def test_kill_9_then_rerun_loads_every_file_exactly_once(db_url, tmp_path):
    folder, origin = _replicate(tmp_path)
    total = len(origin)
    engine = _engine(db_url)
    cmd = _command(folder, db_url)
    before = _kill_midway(cmd, engine, total, tmp_path)
    assert 1 <= before < total
    if db_url.startswith("sqlite"):  # the killed writer left a usable database
        con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
    rerun = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == EXIT_OK, rerun.stderr
    assert "failed 0" in rerun.stdout
    with engine.connect() as c:
        docs = c.execute(select(DocumentRow.sha256, DocumentRow.path, DocumentRow.status, DocumentRow.run_id)).all()
        per_doc = {
            path: (blocks, figures, citations)
            for path, blocks, figures, citations in c.execute(
                text(
                    "SELECT d.path,"
                    " (SELECT count(*) FROM blocks b WHERE b.document_id = d.id),"
                    " (SELECT count(*) FROM figures f WHERE f.document_id = d.id),"
                    " (SELECT count(*) FROM citations x WHERE x.document_id = d.id)"
                    " FROM documents d"
                )
            )
        }
        runs = c.execute(select(IngestionRun.id, IngestionRun.status, IngestionRun.loaded, IngestionRun.skipped)).all()
    # every file exactly once, by content and by path
    assert len(docs) == total
    assert Counter(d.sha256 for d in docs).most_common(1)[0][1] == 1 and len({d.sha256 for d in docs}) == total
    assert sorted(d.path for d in docs) == sorted(origin)
    assert {d.status for d in docs} == {"loaded"}
    assert _orphans(engine) == {"blocks": 0, "figures": 0, "citations": 0, "relations": 0}
    # no half-loaded document: the copies of one source have the same rows
    by_source: dict[str, set[tuple[int, int, int]]] = {}
    for path, counts in per_doc.items():
        by_source.setdefault(origin[path], set()).add(counts)
    assert all(len(v) == 1 and next(iter(v))[0] > 0 for v in by_source.values()), by_source
    # the killed run is still "running" with the documents it committed; the rerun finished the rest
    (killed_id, killed_status, killed_loaded, _), (rerun_id, rerun_status, rerun_loaded, rerun_skipped) = sorted(runs)
    assert (killed_status, rerun_status) == ("running", "finished")
    by_run = Counter(d.run_id for d in docs)
    assert by_run[killed_id] == killed_loaded == before == rerun_skipped
    assert by_run[rerun_id] == rerun_loaded == total - before
    engine.dispose()


def test_summary_text_lists_failures_and_what_each_duplicate_repeats():
    from extractor.store.ingest import Duplicate, FileFailure

    s = IngestSummary(run_id=1, files=4, loaded=1, figures=5, pages=7, new_directives=1)
    s.directive_keys.update({"21-NQ/TW", "10-CT/TW"})
    s.duplicates += [Duplicate("/x/copy.pdf", "/x/a.pdf", True), Duplicate("/y/a.pdf", "/old/a.pdf", False)]
    s.failed.append(FileFailure("/x/bad.pdf", "damaged"))
    assert s.to_text().splitlines() == [
        "files: 4 (loaded 1, skipped as duplicates 2, failed 1)",
        "figures: 5",
        "directives: 2 distinct, 1 new",
        "pages: 7",
        "skipped:",
        "  /x/copy.pdf: same content as /x/a.pdf (in this run)",
        "  /y/a.pdf: same content as /old/a.pdf (loaded before)",
        "failed:",
        "  /x/bad.pdf: damaged",
    ]
    assert s.exit_code == EXIT_SOME_FAILED
