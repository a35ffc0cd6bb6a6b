"""``baocao parse``: report files into the document model (``baocao.document/1``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from extractor.cli.files import expand, parse_all, report_failures
from extractor.cli.options import reading_options
from extractor.read.limits import Limits

if TYPE_CHECKING:
    from extractor.document.elements import Document

SUMMARY_COLUMNS = ["file", "format", "pages", "paragraphs", "headings", "footnotes", "tables", "type", "number", "date"]


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "fmt", flag_value="json", help="The document model as JSON (schema in the README).")
@click.option("--nl", "fmt", flag_value="nl", help="One JSON document per line.")
@click.option("--markdown", "fmt", flag_value="markdown", help="Markdown with footnotes and tables.")
@click.option("--text", "fmt", flag_value="text", help="Plain text of the body, then the footnotes.")
@click.option("--summary", "fmt", flag_value="summary", default=True, help="One summary line per document (default).")
@reading_options
@click.option("--silent", is_flag=True, help="No progress on stderr.")
def parse_cmd(files: tuple[str, ...], fmt: str, password: str | None, ocr: str, limits: Limits, silent: bool) -> None:
    """Parse report FILES (PDF, DOCX, TXT; directories are searched) into the document model.

    Every file that cannot be read gets one line on stderr naming it and the
    reason; the other files are still parsed, and the exit code is 1.
    """
    paths = expand(files)
    failed = 0
    docs: list[dict[str, Any]] = []
    for _path, doc, error in parse_all(paths, password, ocr, limits, silent):
        if doc is None:
            failed += 1
            click.echo(f"error: {error}", err=True)
            continue
        _emit(doc, fmt, docs)
    if fmt == "json":
        click.echo(json.dumps(docs if len(paths) > 1 else (docs[0] if docs else None), ensure_ascii=False, indent=2))
    elif fmt == "summary":
        _print_summary(docs)
    report_failures(failed, len(paths))


def _emit(doc: Document, fmt: str, docs: list[dict[str, Any]]) -> None:
    from extractor.document.render import summary, to_json_dict, to_markdown, to_text

    if fmt == "json":
        docs.append(to_json_dict(doc))
    elif fmt == "nl":
        click.echo(json.dumps(to_json_dict(doc), ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(to_markdown(doc))
    elif fmt == "text":
        click.echo(to_text(doc))
    else:
        docs.append(summary(doc))
        for w in doc.warnings:
            click.echo(f"warning: {doc.path}: {w}", err=True)


def _print_summary(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return

    def cell(row: dict[str, Any], col: str) -> str:
        value = row[col]
        return Path(str(value)).name if col == "file" else ("" if value is None else str(value))

    table = [SUMMARY_COLUMNS, *([cell(r, c) for c in SUMMARY_COLUMNS] for r in rows)]
    widths = [max(len(row[i]) for row in table) for i in range(len(SUMMARY_COLUMNS))]
    for row in table:
        click.echo("  ".join(text.ljust(w) for text, w in zip(row, widths, strict=True)).rstrip())
