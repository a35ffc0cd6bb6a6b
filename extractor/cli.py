"""The ``baocao`` command: a thin layer over the library verbs.

Progress goes to stderr (``--silent`` turns it off); library errors become one
line naming the file and the reason; one bad file never stops a batch.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from extractor.commands.options import reading_options
from extractor.errors import BaocaoError
from extractor.model import Document
from extractor.pipeline import parse_file
from extractor.render import summary, to_json_dict, to_markdown, to_text

SUFFIXES = {".pdf", ".docx", ".txt"}
EXIT_SOME_FAILED = 1


def _expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; a directory contributes its report files (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            out.append(p)
    return out


def _parse_all(
    files: list[Path], password: str | None, ocr: str, silent: bool
) -> Iterator[tuple[Path, Document | None, str | None]]:
    """Parse each file; yield (path, document, None) or (path, None, error message)."""
    with click.progressbar(
        files,
        label="parsing",
        file=sys.stderr,
        hidden=silent or len(files) < 2,
        item_show_func=lambda p: p.name if p else "",
    ) as bar:
        for path in bar:
            try:
                yield path, parse_file(path, password=password, ocr=ocr), None
            except BaocaoError as exc:
                yield path, None, str(exc) if str(path) in str(exc) else f"{path}: {exc}"
            except Exception as exc:  # a reader bug must not stop the batch either
                yield path, None, f"{path}: internal error ({type(exc).__name__}: {exc})"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baocao")
def main() -> None:
    """baocao: read Vietnamese Party and government reports into structured, checkable facts."""


@main.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "fmt", flag_value="json", help="The document model as JSON (schema in the README).")
@click.option("--nl", "fmt", flag_value="nl", help="One JSON document per line.")
@click.option("--markdown", "fmt", flag_value="markdown", help="Markdown with footnotes and tables.")
@click.option("--text", "fmt", flag_value="text", help="Plain text of the body, then the footnotes.")
@click.option("--summary", "fmt", flag_value="summary", default=True, help="One summary line per document (default).")
@reading_options
@click.option("--silent", is_flag=True, help="No progress on stderr.")
def parse_cmd(files: tuple[str, ...], fmt: str, password: str | None, ocr: str, silent: bool) -> None:
    """Parse report FILES (PDF, DOCX, TXT; directories are searched) into the document model.

    Every file that cannot be read gets one line on stderr naming it and the
    reason; the other files are still parsed, and the exit code is 1.
    """
    paths = _expand(files)
    failed = 0
    docs: list[dict[str, Any]] = []
    for _path, doc, error in _parse_all(paths, password, ocr, silent):
        if doc is None:
            failed += 1
            click.echo(f"error: {error}", err=True)
            continue
        _emit(doc, fmt, docs)
    if fmt == "json":
        click.echo(json.dumps(docs if len(paths) > 1 else (docs[0] if docs else None), ensure_ascii=False, indent=2))
    elif fmt == "summary":
        _print_summary(docs)
    if failed:
        click.echo(f"{failed} of {len(paths)} file(s) could not be read", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _emit(doc: Document, fmt: str, docs: list[dict[str, Any]]) -> None:
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
    cols = ["file", "format", "pages", "paragraphs", "headings", "footnotes", "tables", "type", "number", "date"]

    def cell(row: dict[str, Any], col: str) -> str:
        value = row[col]
        return Path(str(value)).name if col == "file" else ("" if value is None else str(value))

    table = [cols, *([cell(r, c) for c in cols] for r in rows)]
    widths = [max(len(row[i]) for row in table) for i in range(len(cols))]
    for row in table:
        click.echo("  ".join(text.ljust(w) for text, w in zip(row, widths, strict=True)).rstrip())


# ---------------------------------------------------------------- extract


FIGURE_COLUMNS = [
    "document",
    "id",
    "page",
    "where",
    "footnote",
    "value",
    "raw",
    "measure",
    "unit",
    "base",
    "subject",
    "subject_text",
    "category",
    "level",
    "org",
    "period",
    "approx",
    "column",
    "start",
    "end",
    "sentence",
]


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "fmt", flag_value="json", default=True, help="Facts as JSON (default; schema in the README).")
@click.option("--nl", "fmt", flag_value="nl", help="One JSON object per document per line.")
@click.option("--csv", "fmt", flag_value="csv", help="One CSV row per figure.")
@reading_options
@click.option("--silent", is_flag=True, help="No progress on stderr.")
def extract_cmd(files: tuple[str, ...], fmt: str, password: str | None, ocr: str, silent: bool) -> None:
    """Extract directives, figures and relations from report FILES, with provenance.

    Unreadable files get one line on stderr each; the others are still extracted
    and the exit code is 1.
    """
    from extractor.extract import extract_document
    from extractor.render import extraction_dict, figure_rows

    paths = _expand(files)
    failed = 0
    out: list[dict[str, Any]] = []
    writer = None
    for _path, doc, error in _parse_all(paths, password, ocr, silent):
        if doc is None:
            failed += 1
            click.echo(f"error: {error}", err=True)
            continue
        try:
            data = extraction_dict(doc, extract_document(doc))
        except Exception as exc:  # one document's extraction failure must not stop the batch
            failed += 1
            click.echo(f"error: {doc.path}: extraction failed ({type(exc).__name__}: {exc})", err=True)
            continue
        if fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=FIGURE_COLUMNS, extrasaction="ignore")
                writer.writeheader()
            writer.writerows(figure_rows(data))
        elif fmt == "nl":
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            out.append(data)
    if fmt == "json":
        click.echo(json.dumps(out if len(paths) > 1 else (out[0] if out else None), ensure_ascii=False, indent=2))
    if failed:
        click.echo(f"{failed} of {len(paths)} file(s) could not be read", err=True)
        sys.exit(EXIT_SOME_FAILED)


# ---------------------------------------------------------------- eval


@main.command("eval")
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True, type=click.Path(file_okay=False))
@click.option("--gold", "gold_dir", default=None, type=click.Path(file_okay=False), help="Default: CORPUS/gold.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "docx", "txt", "scan"]),
    multiple=True,
    help="Formats to evaluate (repeatable); default pdf and docx.",
)
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON.")
@click.option("--quiet", is_flag=True, help="Scores only, without the list of misses and spurious facts.")
@click.option(
    "--checker/--no-checker",
    default=True,
    show_default=True,
    help="Also evaluate the checker: gold inconsistencies flagged, holding relations left alone.",
)
def eval_cmd(
    corpus_dir: str, gold_dir: str | None, fmt: tuple[str, ...], as_json: bool, quiet: bool, checker: bool
) -> None:
    """Precision, recall and F1 of extraction against the hand-checked gold files.

    Per kind (directive mentions and keys, figures strict and loose, relations) and per
    document; every miss and every spurious fact is listed (unless --quiet).  With
    --checker (default) the checker is run on the extracted facts and scored against the
    gold relations' holds: genuine inconsistencies flagged, holding relations left alone.
    """
    from extractor.evalreport import run_eval

    report = run_eval(
        Path(corpus_dir),
        Path(gold_dir) if gold_dir else Path(corpus_dir) / "gold",
        fmt or ("pdf", "docx"),
        checker=checker,
    )
    click.echo(report.to_json() if as_json else report.to_text(misses=not quiet))


def _register_commands() -> None:
    """Add the commands defined in :mod:`extractor.commands` modules (``*_cmd`` objects)."""
    import importlib

    from extractor.commands import MODULES

    for name in MODULES:
        try:
            module = importlib.import_module(f"extractor.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"extractor.commands.{name}":
                raise
            continue
        for attr in dir(module):
            obj = getattr(module, attr)
            if attr.endswith("_cmd") and isinstance(obj, click.Command):
                main.add_command(obj)


_register_commands()
