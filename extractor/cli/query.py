"""``baocao figures``, ``directives``, ``documents``, ``sql`` and ``export``: thin click commands
over :mod:`extractor.store.queries`.

Shared pieces, written once: ``--db`` (:func:`extractor.cli.options.db_option`), :func:`output_options` (``--table``
default, ``--csv``, ``--json``, ``--nl``, ``--max-width``; the command returns its rows and
columns, the decorator prints them) and :func:`friendly_errors` (a library
:class:`~extractor.errors.BaocaoError` becomes a one-line :class:`click.ClickException`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option
from extractor.store import EXPORT_FORMATS

F = TypeVar("F", bound=Callable[..., Any])

Result = tuple[Sequence[dict[str, Any]], Sequence[str]]


def output_options(fn: Callable[..., Result]) -> Callable[..., None]:
    """Add the shared output options; the command returns (rows, columns) and this prints them."""

    @functools.wraps(fn)
    def wrapper(*args: Any, fmt: str, max_width: int, **kwargs: Any) -> None:
        rows, cols = fn(*args, **kwargs)
        from extractor.store.queries import render

        click.echo(render(rows, cols, fmt, max_width), nl=False)

    options = [
        click.option("--table", "fmt", flag_value="table", default=True, help="Aligned columns (default)."),
        click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row."),
        click.option("--json", "fmt", flag_value="json", help="A JSON array of objects."),
        click.option("--nl", "fmt", flag_value="nl", help="One JSON object per line."),
        click.option(
            "--max-width",
            type=click.IntRange(min=0),
            default=40,
            show_default=True,
            help="Table output: truncate longer text to this many characters (0: never).",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _all_versions(fn: F) -> F:
    return click.option("--all-versions", is_flag=True, help="Include superseded versions of changed files.")(fn)


@click.command("figures")
@click.option("--subject", help="Subject key, exactly (e.g. dang_vien).")
@click.option("--category", help="Category key exactly (rating.htxsnv), or a prefix ending in '.' (rating.).")
@click.option("--year", type=int, help="Year (the period's last year).")
@click.option("--period", help="Period, exactly (2022, 2020-2025, 2023-H1).")
@click.option("--org", help="Organisation, any spelling: the figure's unit or the document's issuer.")
@click.option("--document", help="Part of the document's file name (case-insensitive).")
@click.option("--measure", help="count, percent, money, ratio…")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many rows.")
@_all_versions
@db_option
@output_options
@user_errors
def figures_cmd(db: str | None, all_versions: bool, **filters: Any) -> Result:
    """Figures in the database, one row per figure with its document and page.

    Filters combine with AND.
    """
    from extractor.store import queries as q  # imported when the command runs: --help stays light

    flt = q.FigureFilter(all_versions=all_versions, **filters)
    return q.figures(q.connect(db), flt), q.FIGURE_COLUMNS


@click.command("directives")
@click.option("--symbol", help="Symbol and issuer (NQ/TW), a symbol alone (NQ) or an issuer alone (/TW).")
@click.option("--key", help="Directive key (21-NQ/TW).")
@click.option("--cited-by", help="Only directives cited by a document whose file name contains this.")
@_all_versions
@db_option
@output_options
@user_errors
def directives_cmd(
    db: str | None, symbol: str | None, key: str | None, cited_by: str | None, all_versions: bool
) -> Result:
    """Directives cited, one row each: every date cited (flagged when they differ), and who cites them."""
    from extractor.store import queries as q  # imported when the command runs: --help stays light

    rows = q.directives(q.connect(db), symbol=symbol, key=key, cited_by=cited_by, all_versions=all_versions)
    return rows, q.DIRECTIVE_COLUMNS


@click.command("documents")
@click.option("--files", is_flag=True, help="One row per file and version instead of one per report.")
@db_option
@output_options
@user_errors
def documents_cmd(files: bool, db: str | None) -> Result:
    """The reports in the database: one row per report with its renditions (its DOCX, PDF,
    TXT or scan: files that carry the same number and issuer, else title and date, else
    name), the one that speaks for it first.  --files lists every file and version (status
    loaded or superseded) with its counts."""
    from extractor.store import queries as q  # imported when the command runs: --help stays light

    engine = q.connect(db)
    try:
        if files:
            return q.documents(engine), q.DOCUMENT_COLUMNS
        return q.reports(engine), q.REPORT_COLUMNS
    finally:
        engine.dispose()


@click.command("units")
@db_option
@output_options
@user_errors
def units_cmd(db: str | None) -> Result:
    """The units (organisations) the reports come from or speak about: canonical name, the
    unit each belongs to where its header says so, every spelling met (aliases), and how
    many current documents and figures are theirs."""
    from extractor.store import queries as q  # imported when the command runs: --help stays light

    engine = q.connect(db)
    try:
        return q.units(engine), q.UNIT_COLUMNS
    finally:
        engine.dispose()


SQL_TIMEOUT = 10.0  # seconds; the same as extractor.store.queries.DEFAULT_TIMEOUT (not imported: --help stays light)


@click.command("sql")
@click.argument("statement")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=SQL_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Stop the statement after this many seconds (SQLite: a progress handler; PostgreSQL: statement_timeout).",
)
@db_option
@output_options
@user_errors
def sql_cmd(statement: str, timeout: float, db: str | None) -> Result:
    """Run one read-only SQL STATEMENT; writes, multiple statements and functions that reach
    outside the database (fts3_tokenizer, load_extension…) are refused."""
    from extractor.store import queries as q  # imported when the command runs: --help stays light

    cols, rows = q.run_sql(db, statement, timeout=timeout)
    return q.tuples_to_rows(cols, rows), cols


@click.command("export")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="csv/parquet: OUT is a directory.  Default: from OUT's extension (.xlsx, .json).",
)
@_all_versions
@db_option
@user_errors
def export_cmd(out: Path, fmt: str | None, all_versions: bool, db: str | None) -> None:
    """Export the database as tidy tables: figures, directives, citations, documents, and the
    checker's findings (with their source sentences and latest decision) and every review
    decision.

    xlsx: one sheet per table (and a 'fields' sheet describing the columns); json: one
    object with one array per table; csv (UTF-8 with a byte-order mark, for Excel) and
    parquet: OUT is a directory holding one file per table.
    """
    from extractor.check.runner import check_database
    from extractor.report.tables import finding_rows, review_rows
    from extractor.store import queries as q  # imported when the command runs: --help stays light
    from extractor.store.engine import session_scope

    fmt = q.export_format(out, fmt)
    engine = q.connect(db)
    try:
        with session_scope(engine) as session:
            extra = {"findings": finding_rows(check_database(session)), "reviews": review_rows(session)}
        counts = q.export(engine, fmt, out, all_versions=all_versions, extra=extra)
    finally:
        engine.dispose()
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()) + f" written to {out}", err=True)
