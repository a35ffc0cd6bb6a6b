"""``baocao extract``: directives, figures and relations of report files, with provenance."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from extractor.cli.files import expand, parse_all, report_failures
from extractor.cli.options import reading_options
from extractor.read.limits import Limits

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


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "fmt", flag_value="json", default=True, help="Facts as JSON (default; schema in the README).")
@click.option("--nl", "fmt", flag_value="nl", help="One JSON object per document per line.")
@click.option("--csv", "fmt", flag_value="csv", help="One CSV row per figure.")
@reading_options
@click.option("--silent", is_flag=True, help="No progress on stderr.")
def extract_cmd(files: tuple[str, ...], fmt: str, password: str | None, ocr: str, limits: Limits, silent: bool) -> None:
    """Extract directives, figures and relations from report FILES, with provenance.

    Unreadable files get one line on stderr each; the others are still extracted
    and the exit code is 1.
    """
    from extractor.find.extract import extract_document
    from extractor.find.render import extraction_dict, figure_rows
    from extractor.store.outputs import csv_row

    paths = expand(files)
    failed = 0
    out: list[dict[str, Any]] = []
    writer = None
    for _path, doc, error in parse_all(paths, password, ocr, limits, silent):
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
            writer.writerows(csv_row(row) for row in figure_rows(data))  # text never runs in a spreadsheet
        elif fmt == "nl":
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            out.append(data)
    if fmt == "json":
        click.echo(json.dumps(out if len(paths) > 1 else (out[0] if out else None), ensure_ascii=False, indent=2))
    report_failures(failed, len(paths))
