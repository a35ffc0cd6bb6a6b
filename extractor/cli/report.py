"""``baocao report``: the auditor's report as one self-contained HTML file and an Excel workbook."""

from __future__ import annotations

from pathlib import Path

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option


def _written(path: Path, what: str) -> None:
    click.echo(f"{what}: {path}")


@click.command("report")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write the report as one self-contained HTML file (inline CSS and JS, opens offline).",
)
@click.option(
    "--xlsx",
    "xlsx_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Also write an Excel workbook with the sheets 'findings' and 'figures'.",
)
@db_option
@click.option(
    "--document", "documents", multiple=True, help="Only documents whose file name contains this (repeatable)."
)
@click.option("--hide-dismissed", is_flag=True, help="Leave out findings an auditor dismissed.")
@user_errors
def report_cmd(
    html_path: Path | None, xlsx_path: Path | None, db: str | None, documents: tuple[str, ...], hide_dismissed: bool
) -> None:
    """Check the loaded reports and write the auditor's report: findings grouped by report and
    severity, bilingual explanations, computations, tolerances, stable ids for `baocao review`,
    review decisions, and the source sentences or table cells with the figures highlighted."""
    if html_path is None and xlsx_path is None:
        raise click.UsageError("give --html OUT.html and/or --xlsx OUT.xlsx")
    from extractor.check.runner import check_database
    from extractor.report.page import render_html
    from extractor.report.sources import document_summaries
    from extractor.report.workbook import write_xlsx
    from extractor.store.engine import open_existing, session_scope

    names = list(documents) or None
    engine = open_existing(db)
    try:
        with session_scope(engine) as session:
            result = check_database(session, names)
            docs = document_summaries(session, names)
            html = render_html(result, docs, hide_dismissed=hide_dismissed) if html_path else None
            try:
                if xlsx_path is not None:
                    write_xlsx(result, session, xlsx_path, hide_dismissed=hide_dismissed, documents=names)
                    _written(xlsx_path, "xlsx")
                if html_path is not None and html is not None:
                    html_path.write_text(html, encoding="utf-8")
                    _written(html_path, "html")
            except OSError as exc:
                raise click.ClickException(f"cannot write the report: {exc.strerror or exc}") from exc
    finally:
        engine.dispose()
    shown = result.visible(hide_dismissed)
    counts = {s: sum(1 for f in shown if f.severity == s) for s in ("error", "warning", "info")}
    click.echo(
        f"{len(shown)} finding(s) in {len(docs)} report(s): "
        f"{counts['error']} error, {counts['warning']} warning, {counts['info']} info"
    )
