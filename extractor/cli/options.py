"""Options shared by several commands: ``--db`` (every command that opens the database but
``serve``, which takes a SQLite file only) and the reading options of the commands that read
report files (parse, extract, ingest)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

import click

from extractor.read.limits import DEFAULT_LIMITS, DESCRIPTIONS, Limits, option_name

F = TypeVar("F", bound=Callable[..., Any])

LIMIT_NAMES = tuple(f.name for f in fields(Limits))


def db_option(fn: F) -> F:
    """``--db``: the database the command opens."""
    return click.option(
        "--db",
        default=None,
        metavar="URL",
        help="Database: a SQLite path or URL, or a postgresql:// URL (default $BAOCAO_DB or baocao.db).",
    )(fn)


def _limit_option(name: str) -> Callable[[F], F]:
    default = getattr(DEFAULT_LIMITS, name)
    kind = click.IntRange(min=1) if isinstance(default, int) else click.FloatRange(min=0, min_open=True)
    return click.option(
        option_name(name),
        name,
        type=kind,
        default=None,
        show_default=False,
        help=f"Limit: {DESCRIPTIONS[name]} (default {default:,}).",
    )


def reading_options(func: F) -> F:
    """``--password`` for encrypted PDFs, ``--ocr auto|always|never`` and one ``--max-…``
    option per limit (:class:`~extractor.read.limits.Limits`); the command receives them as
    ``password``, ``ocr`` and ``limits``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name) for name in LIMIT_NAMES}
        return func(*args, limits=DEFAULT_LIMITS.with_options(**given), **kwargs)

    decorated: Any = wrapper
    for name in reversed(LIMIT_NAMES):
        decorated = _limit_option(name)(decorated)
    decorated = click.option(
        "--ocr",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="OCR pages without a usable text layer (auto), every page, or none.",
    )(decorated)
    return click.option("--password", default=None, help="Password for encrypted PDFs.")(decorated)
