"""Limits on what one report may cost to read: every one has a default, a command-line option
and a clear error naming the file and the limit.

Reports come from outside, so a small file must never be able to take the machine: a DOCX
cell that claims to span a hundred million columns, a PDF page of a square kilometre, a text
file that is one line of tabs, thousands of blank pages to OCR.  The readers check these
limits where the cost arises (before rendering, before building a grid, while reading), and
:class:`~extractor.errors.LimitExceeded` says which limit stopped the file and how to raise it.

The last two limits bound the worker process that reads a file in ``baocao ingest``: its
memory (address space) and its time, so that a file that would kill its reader is recorded
as failed and the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from extractor.errors import LimitExceeded


@dataclass(frozen=True)
class Limits:
    """What one report may cost.  Every field is also a command-line option (``--max-pages``)."""

    max_file_mb: float = 200.0  # size of the file on disk
    max_pages: int = 3_000  # pages of a PDF
    max_page_pixels: int = 40_000_000  # pixels of one page rendered for OCR (A3 at 300 dpi is 17 million)
    max_ocr_seconds: float = 900.0  # OCR time for one document
    max_table_cells: int = 200_000  # cells of one table (rows × columns of its grid)
    max_line_chars: int = 100_000  # characters of one line of a text file
    max_text_chars: int = 20_000_000  # characters of one document's text (about 8,000 pages)
    max_memory_mb: int = 4_096  # address space of the process that reads one file (ingest)
    max_file_seconds: float = 1_800.0  # time to read and extract one file (ingest)

    def with_options(self, **options: Any) -> Limits:
        """These limits with the options that were given (None: keep the default)."""
        given = {k: v for k, v in options.items() if v is not None}
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise TypeError(f"unknown limits: {', '.join(sorted(unknown))}")
        return replace(self, **given)


DEFAULT_LIMITS = Limits()

#: What each limit bounds, in the words of its error message.
DESCRIPTIONS = {
    "max_file_mb": "file size (MB)",
    "max_pages": "pages",
    "max_page_pixels": "pixels per page rendered for OCR",
    "max_ocr_seconds": "seconds of OCR per document",
    "max_table_cells": "cells per table",
    "max_line_chars": "characters per line",
    "max_text_chars": "characters of text per document",
    "max_memory_mb": "memory (MB) of the process reading one file",
    "max_file_seconds": "seconds to read one file",
}


def option_name(limit: str) -> str:
    """``max_pages`` → ``--max-pages``."""
    return "--" + limit.replace("_", "-")


def exceeded(path: str, limit: str, found: str, value: float) -> LimitExceeded:
    """The error for ``path`` going over ``limit`` (a field of :class:`Limits`): ``found`` says
    what the file has, ``value`` the limit in force."""
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    return LimitExceeded(
        path,
        f"{found}, over the limit of {shown} {DESCRIPTIONS[limit]} (raise it with {option_name(limit)})",
        limit,
    )


def check(path: str, limit: str, amount: float, limits: Limits, found: str | None = None) -> None:
    """Raise :class:`LimitExceeded` when ``amount`` is over ``limits.<limit>``."""
    value = getattr(limits, limit)
    if amount > value:
        raise exceeded(path, limit, found or f"{amount:,.0f} {DESCRIPTIONS[limit]}", value)
