"""``baocao ingest``: load report files into the database (thin layer over :func:`extractor.store.ingest.ingest`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option, reading_options
from extractor.read.limits import Limits
from extractor.store.batch import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    IngestProgress,
)

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "ingest_cmd"]

T = TypeVar("T")


class BarProgress(IngestProgress):
    """Progress on stderr: files done/total, pages done and the current file; errors as lines."""

    def __init__(self, silent: bool) -> None:
        self.silent = silent
        self.bar: Any = None
        self.current = ""
        self.pages = 0

    def start(self, total: int) -> None:
        if self.silent or total == 0 or not sys.stderr.isatty():
            return
        self.bar = click.progressbar(
            length=total,
            label="ingesting",
            file=sys.stderr,
            show_pos=True,
            item_show_func=lambda _item: f"{self.pages} pages  {self.current}",
        )
        self.bar.__enter__()

    def begin_file(self, path: str) -> None:
        self.current = path
        if self.bar is not None:
            self.bar.render_progress()

    def end_file(self, path: str, files_done: int, pages_done: int) -> None:
        self.pages = pages_done
        if self.bar is not None:
            self.bar.update(files_done - self.bar.pos)

    def error(self, path: str, reason: str) -> None:
        prefix = "\n" if self.bar is not None else ""
        click.echo(f"{prefix}error: {path}: {reason}", err=True)

    def warning(self, path: str, message: str) -> None:
        if not self.silent:
            prefix = "\n" if self.bar is not None else ""
            click.echo(f"{prefix}warning: {path}: {message}", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@contextmanager
def _bar(silent: bool) -> Iterator[BarProgress]:
    progress = BarProgress(silent)
    try:
        yield progress
    finally:
        progress.close()


def _refuse_empty_directories(paths: tuple[str, ...], recursive: bool) -> None:
    """A directory that gives no file is named on stderr; when no path gives any and report
    files lie below one of them, the command stops (did you mean ``--recursive``?) instead of
    reporting "files: 0"."""
    from extractor.store.ingest import empty_directories, expand_paths

    empty = empty_directories(paths, recursive)
    below = [(d, n) for d, n in empty if n]
    if below and not expand_paths(paths, recursive):
        d, n = below[0]
        raise click.UsageError(f"{d}: no report file at its top level, but {n} in its subfolders: add --recursive")
    for d, n in empty:
        hint = f", but {n} in its subfolders (add --recursive)" if n else ""
        click.echo(f"warning: {d}: no .pdf/.docx/.txt file at its top level{hint}", err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for parsing (1 = in-process).",
)
@click.option("--recursive", is_flag=True, help="Search directories at all levels (default: top level only).")
@click.option(
    "--dask",
    "dask",
    metavar="ADDRESS",
    default=None,
    help="Parse on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).",
)
@reading_options
@click.option("--silent", is_flag=True, help="No progress; only errors (stderr) and the final summary (stdout).")
@user_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str | None,
    workers: int,
    recursive: bool,
    dask: str | None,
    password: str | None,
    ocr: str,
    limits: Limits,
    silent: bool,
) -> None:
    """Load report PATHS (files; directories contribute their .pdf/.docx/.txt files) into the database.

    Files already loaded (same SHA-256) are skipped; a changed file at a known path is
    loaded as a new version and the old one marked superseded.  Each document is
    stored in one transaction, so an interrupted run can simply be started again.

    Every duplicate is named with the file it repeats; Office lock files (~$…) in a
    directory are left out; a path that does not exist is a usage error, and so is a
    directory with report files only in its subfolders when no path gives any (add
    --recursive).  Ctrl-C prints the summary of what was done so far.

    Exit codes: 0 all files loaded or skipped; 3 some files could not be read (the
    others were loaded; each failure is listed); 1 database error or unreachable
    Dask scheduler; 2 invalid command line (a path that does not exist); 130 interrupted.
    """
    from extractor.store.ingest import IngestInterrupted, ingest

    _refuse_empty_directories(paths, recursive)
    try:
        with _bar(silent) as progress:
            summary = ingest(
                paths,
                db=db,
                workers=workers,
                recursive=recursive,
                dask=dask,
                progress=progress,
                password=password,
                ocr=ocr,
                limits=limits,
            )
    except IngestInterrupted as stop:
        click.echo(stop.summary.to_text())
        click.echo("interrupted: what is listed as loaded is in the database; run the command again for the rest")
        sys.exit(EXIT_INTERRUPTED)
    click.echo(summary.to_text())
    sys.exit(summary.exit_code)
