"""Load many report files into the database: ``baocao ingest``.

Every file is hashed first; bytes already in ``documents`` are skipped without being
parsed.  Parsing and extraction run in worker processes with bounded memory and time
(:mod:`extractor.store.workers`; one worker by default) or on a Dask cluster
(``dask=ADDRESS``); in every case the
calling process is the single writer and stores each document in its own
transaction as soon as its result arrives, so a killed run loses at most the
document being written and a rerun of the same command completes the batch.  A file
that cannot be read becomes an ``ingestion_errors`` row and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import InterfaceError, OperationalError

from extractor.document.elements import Document
from extractor.errors import BaocaoError
from extractor.find.directives import group_directives
from extractor.find.facts import Extraction
from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.read.parse import sha256_of
from extractor.read.sniff import extension_note
from extractor.store.batch import EXIT_OK, EXIT_SOME_FAILED, IngestProgress
from extractor.store.engine import open_database, session_scope
from extractor.store.load import loaded_path, now, store_new, sync_labels
from extractor.store.workers import DASK_CONNECT_TIMEOUT, Job, Runner, WorkResult, dask_runner, process_runner
from models.tables import DirectiveRow, IngestionError, IngestionRun

SUFFIXES = (".pdf", ".docx", ".txt")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class FileFailure:
    path: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    """A file not loaded because its content is already in: ``of`` is the file it repeats."""

    path: str
    of: str
    this_run: bool  # ``of`` was given in this run (else it was loaded before)


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: what was committed stays; ``summary`` says how far it got."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


@dataclass
class IngestSummary:
    """The outcome of one ``ingest`` call."""

    run_id: int
    files: int = 0
    loaded: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)
    figures: int = 0
    pages: int = 0
    directive_keys: set[str] = field(default_factory=set)
    new_directives: int = 0

    @property
    def skipped(self) -> int:
        """Files not loaded because their content is already in the database or in this run."""
        return len(self.duplicates)

    @property
    def directives(self) -> int:
        """Distinct directives cited by the documents loaded in this run."""
        return len(self.directive_keys)

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def to_text(self) -> str:
        done = self.loaded + self.skipped + len(self.failed)
        head = f"files: {self.files}" if done == self.files else f"files: {done} of {self.files} done"
        lines = [
            f"{head} (loaded {self.loaded}, skipped as duplicates {self.skipped}, failed {len(self.failed)})",
            f"figures: {self.figures}",
            f"directives: {self.directives} distinct, {self.new_directives} new",
            f"pages: {self.pages}",
        ]
        if self.duplicates:
            lines.append("skipped:")
            lines += [
                f"  {d.path}: same content as {d.of}" + (" (in this run)" if d.this_run else " (loaded before)")
                for d in self.duplicates
            ]
        if self.failed:
            lines.append("failed:")
            lines += [f"  {f.path}: {f.reason}" for f in self.failed]
        return "\n".join(lines)


# ---------------------------------------------------------------- files


def expand_paths(paths: Iterable[str | Path], recursive: bool = False) -> list[Path]:
    """Files as given; a directory contributes its .pdf/.docx/.txt files (sorted), top
    level only unless ``recursive``.  Paths are made absolute, duplicates dropped."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = p.rglob("*") if recursive else p.iterdir()
            files = sorted(f for f in found if f.is_file() and f.suffix.lower() in SUFFIXES and not is_lock_file(f))
        else:
            files = [p]
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out


def empty_directories(paths: Iterable[str | Path], recursive: bool = False) -> list[tuple[Path, int]]:
    """The directories among ``paths`` that contribute no report file, each with how many
    report files lie in its subfolders (which ``recursive`` would have read)."""
    out = []
    for p in map(Path, paths):
        if p.is_dir() and not expand_paths([p], recursive):
            out.append((p, 0 if recursive else len(expand_paths([p], recursive=True))))
    return out


def is_lock_file(path: Path) -> bool:
    """An Office owner file ("~$Báo cáo.docx") that Word keeps beside an open document."""
    return path.name.startswith("~$")


# ---------------------------------------------------------------- the batch


class _Batch:
    """One ingestion run: decides what to parse and writes the results."""

    def __init__(self, engine: Engine, summary: IngestSummary, progress: IngestProgress) -> None:
        self.engine = engine
        self.summary = summary
        self.progress = progress
        self.queued: dict[str, str] = {}  # sha256 -> the path given for it in this run
        self.failed_paths: set[str] = set()
        self.done = 0

    def jobs(self, files: list[Path], password: str | None, ocr: str, limits: Limits) -> Iterator[Job]:
        """Hash each file; yield those not loaded yet (skips and unreadable files recorded here)."""
        for path in files:
            if is_lock_file(path):
                self.fail(
                    str(path), None, "an Office lock file (~$…), not a report: Word keeps it while the file is open"
                )
                continue
            try:
                sha = sha256_of(path)
            except OSError as exc:
                self.fail(str(path), None, _os_reason(exc))
                continue
            if sha in self.queued:
                self.skip(str(path), self.queued[sha], this_run=True)
                continue
            earlier = self._loaded_path(sha)
            if earlier is not None:
                self.skip(str(path), earlier, this_run=False)
                continue
            self.queued[sha] = str(path)
            self.progress.begin_file(path.name)
            yield Job(str(path), sha, password, ocr, limits)

    def _loaded_path(self, sha: str) -> str | None:
        with session_scope(self.engine) as s:
            return loaded_path(s, sha)

    def handle(self, result: WorkResult) -> None:
        doc, ex = result.document, result.extraction
        if result.error is not None or doc is None or ex is None:
            self.fail(result.path, result.sha256, result.error or "no result")
            return
        try:
            stored = self._store(doc, ex)
        except (OperationalError, InterfaceError) as exc:
            raise BaocaoError(f"database error while storing {result.path}: {exc.orig or exc}") from exc
        except Exception as exc:  # a row the database refuses: this file fails, the batch goes on
            self.fail(result.path, doc.sha256, f"could not be stored ({type(exc).__name__}: {exc})")
            return
        if not stored:  # loaded meanwhile by another run
            with session_scope(self.engine) as session:
                self.skip(result.path, loaded_path(session, doc.sha256) or result.path, this_run=False)
            return
        note = extension_note(Path(result.path), doc.format)
        if note:
            self.progress.warning(result.path, note)
        s = self.summary
        s.figures += len(ex.figures)
        s.pages += doc.page_count or 0
        s.directive_keys.update(d["key"] for d in group_directives(ex.citations) if d.get("key"))
        self._finish_file(result.path)

    def _store(self, doc: Document, ex: Extraction) -> bool:
        """Store one document in one transaction, with the run's counts; False if already there
        (loaded meanwhile by another run, or by one that won the race for its sha256)."""
        _, stored = store_new(self.engine, doc, ex, run_id=self.summary.run_id, also=[self._counts(loaded=1)])
        if stored:
            self.summary.loaded += 1
        return stored

    def _counts(self, loaded: int = 0) -> Any:
        """The run row's counts, so an interrupted run shows how far it got."""
        s = self.summary
        return (
            update(IngestionRun)
            .where(IngestionRun.id == s.run_id)
            .values(loaded=s.loaded + loaded, skipped=s.skipped, failed=len(s.failed))
        )

    def skip(self, path: str, of: str, *, this_run: bool) -> None:
        self.summary.duplicates.append(Duplicate(path, of, this_run))
        self._finish_file(path)

    def fail_copies_of_failures(self) -> None:
        """A copy of a file that failed in this run failed too: it is no duplicate of anything
        loaded (never "skipped" beside a failure)."""
        reasons = {f.path: f.reason for f in self.summary.failed}
        for dup in [d for d in self.summary.duplicates if d.this_run and d.of in reasons]:
            self.summary.duplicates.remove(dup)
            self.done -= 1  # counted once more by fail()
            self.fail(dup.path, None, f"same content as {dup.of}, which failed: {reasons[dup.of]}")

    def fail(self, path: str, sha: str | None, reason: str) -> None:
        if path in self.failed_paths:  # one error row per file and run
            return
        self.failed_paths.add(path)
        self.summary.failed.append(FileFailure(path, reason))
        with session_scope(self.engine) as s:
            s.add(IngestionError(run_id=self.summary.run_id, path=path, sha256=sha, reason=reason, at=now()))
            s.execute(self._counts())
        self.progress.error(path, reason)
        self._finish_file(path)

    def _finish_file(self, path: str) -> None:
        self.done += 1
        self.progress.end_file(Path(path).name, self.done, self.summary.pages)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _start_run(engine: Engine, arguments: dict[str, Any]) -> int:
    with session_scope(engine) as s:
        run = IngestionRun(started_at=now(), arguments=arguments, status="running")
        s.add(run)
        s.flush()
        return run.id


def _end_run(engine: Engine, summary: IngestSummary, status: str) -> None:
    with session_scope(engine) as s:
        s.execute(
            update(IngestionRun)
            .where(IngestionRun.id == summary.run_id)
            .values(
                status=status,
                finished_at=dt.datetime.now(dt.UTC),
                loaded=summary.loaded,
                skipped=summary.skipped,
                failed=len(summary.failed),
            )
        )


def _count_directives(engine: Engine) -> int:
    with session_scope(engine) as s:
        return int(s.scalar(select(func.count()).select_from(DirectiveRow)) or 0)


def ingest(
    paths: Iterable[str | Path],
    db: str | None = None,
    workers: int = 1,
    recursive: bool = False,
    dask: str | None = None,
    progress: IngestProgress | None = None,
    *,
    password: str | None = None,
    ocr: str = "auto",
    dask_timeout: float | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> IngestSummary:
    """Load report files (and the report files of directories) into the database ``db``.

    Every file is read in a worker process within ``limits`` (memory, time, pages …).
    Returns the summary; files that could not be read are in ``summary.failed`` (and
    in ``ingestion_errors``).  Raises :class:`BaocaoError` for a database that cannot
    be opened or written, an unreachable Dask scheduler or ``workers < 1``.
    """
    if workers < 1:
        raise BaocaoError(f"--workers must be at least 1, not {workers}")
    if ocr not in ("auto", "always", "never"):
        raise BaocaoError(f"--ocr must be auto, always or never, not {ocr!r}")
    path_list = [str(p) for p in paths]
    files = expand_paths(path_list, recursive)
    if dask:
        runner = dask_runner(dask, DASK_CONNECT_TIMEOUT if dask_timeout is None else dask_timeout)
    else:
        runner = process_runner(workers, limits)
    arguments = {  # stored in ingestion_runs.arguments; never the password itself
        "paths": path_list,
        "files": len(files),
        "workers": workers,
        "recursive": recursive,
        "dask": dask,
        "ocr": ocr,
        "password": password is not None,
        "limits": asdict(limits),
        "pid": os.getpid(),
    }
    engine = open_database(db)
    try:
        return _run(engine, files, runner, progress or IngestProgress(), (password, ocr, limits), arguments)
    except (OperationalError, InterfaceError) as exc:
        raise BaocaoError(f"database error: {exc.orig or exc}") from exc
    finally:
        engine.dispose()


def _run(
    engine: Engine,
    files: list[Path],
    runner: Runner,
    progress: IngestProgress,
    reading: tuple[str | None, str, Limits],
    arguments: dict[str, Any],
) -> IngestSummary:
    directives_before = _count_directives(engine)
    with session_scope(engine) as session:
        sync_labels(session)
    summary = IngestSummary(run_id=_start_run(engine, arguments), files=len(files))
    batch = _Batch(engine, summary, progress)
    progress.start(len(files))
    try:
        with closing(runner(batch.jobs(files, *reading))) as results:
            for result in results:
                batch.handle(result)
    except KeyboardInterrupt as exc:
        _mark_interrupted(engine, summary)
        with suppress(Exception):  # best effort: the database may be what failed
            summary.new_directives = _count_directives(engine) - directives_before
        raise IngestInterrupted(summary) from exc
    except BaseException:
        _mark_interrupted(engine, summary)
        raise
    batch.fail_copies_of_failures()
    summary.new_directives = _count_directives(engine) - directives_before
    _end_run(engine, summary, "finished")
    return summary


def _mark_interrupted(engine: Engine, summary: IngestSummary) -> None:
    """Best effort: Ctrl-C or a database error; a killed process leaves the run "running"."""
    with suppress(Exception):  # the database itself may be what failed
        _end_run(engine, summary, "interrupted")
