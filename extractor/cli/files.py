"""Report files named on the command line: directories expanded, each file parsed on its own.

Shared by ``parse`` and ``extract``: one bad file yields its error and the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from extractor.errors import BaocaoError
from extractor.read.limits import Limits

if TYPE_CHECKING:
    from extractor.document.elements import Document

SUFFIXES = {".pdf", ".docx", ".txt"}
EXIT_SOME_FAILED = 1


def expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; a directory contributes its report files (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            out.append(p)
    return out


def parse_all(
    files: list[Path], password: str | None, ocr: str, limits: Limits, silent: bool
) -> Iterator[tuple[Path, Document | None, str | None]]:
    """Parse each file; yield (path, document, None) or (path, None, error message)."""
    from extractor.read.parse import parse_file

    with click.progressbar(
        files,
        label="parsing",
        file=sys.stderr,
        hidden=silent or len(files) < 2,
        item_show_func=lambda p: p.name if p else "",
    ) as bar:
        for path in bar:
            try:
                yield path, parse_file(path, password=password, ocr=ocr, limits=limits), None
            except BaocaoError as exc:
                yield path, None, str(exc) if str(path) in str(exc) else f"{path}: {exc}"
            except Exception as exc:  # a reader bug must not stop the batch either
                yield path, None, f"{path}: internal error ({type(exc).__name__}: {exc})"


def report_failures(failed: int, total: int) -> None:
    """One closing line and exit code 1 when some files could not be read."""
    if failed:
        click.echo(f"{failed} of {total} file(s) could not be read", err=True)
        sys.exit(EXIT_SOME_FAILED)
