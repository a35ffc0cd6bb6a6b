"""Options shared by the commands that read report files (parse, extract, ingest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def reading_options(func: F) -> F:
    """``--password`` for encrypted PDFs and ``--ocr auto|always|never``."""
    func = click.option(
        "--ocr",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="OCR pages without a usable text layer (auto), every page, or none.",
    )(func)
    return click.option("--password", default=None, help="Password for encrypted PDFs.")(func)
