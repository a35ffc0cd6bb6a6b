"""Cells of the files a spreadsheet opens: every CSV field and XLSX cell built from document
text goes through here, so that text never runs as a formula.

Document text is untrusted: a report may contain ``=HYPERLINK("http://…"&C2,"Chi tiết")``,
and a spreadsheet that opens an export must show that text, not run it.

**CSV** (``baocao export --format csv``; ``--csv`` of ``figures``, ``directives``,
``documents`` and ``sql``; ``baocao extract --csv``).  A field whose value is text and
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a single quote
``'`` in front (``=SUM(A1)`` is written ``'=SUM(A1)``), as OWASP recommends against "CSV
injection".  To keep this reversible, a text field that itself begins with ``'`` also gets
one more ``'`` in front (``'quoted`` is written ``''quoted``).  To get the original text
back, remove exactly one leading ``'`` from every field that begins with ``'``
(:func:`restore_csv_field`).  Numbers are never changed: whether a field is text is decided
by its value's type (``int``, ``float``, ``Decimal`` and ``bool`` are numbers, so a
negative value is written ``-5``), not by how it looks; every other value (text, lists
joined with ``; ``, dates) is treated as text, including the header row.

**XLSX** (``baocao export --format xlsx``, the ``baocao report --xlsx`` workbook).  Every
text value is written as a string cell (never a formula or an error cell, whatever it
begins with), without the control characters a worksheet cannot hold
(:data:`~extractor.text.regexes.XLSX_ILLEGAL_CHARS`, removed); numbers, dates and booleans
stay typed cells.  Nothing is prefixed: the text is otherwise kept verbatim.

JSON and Parquet are not read by spreadsheets: their values are written unchanged.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from extractor.text.regexes import XLSX_ILLEGAL_CHARS

if TYPE_CHECKING:  # openpyxl is imported only by the writers that need it
    from openpyxl.cell.cell import Cell

#: First characters that make a spreadsheet read a CSV field as a formula (OWASP).
CSV_RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The prefix that neutralises a risky field (and that is doubled on a field already starting with it).
CSV_QUOTE = "'"

NUMBER_TYPES = (int, float, decimal.Decimal)  # bool is an int


def is_number(value: Any) -> bool:
    return isinstance(value, NUMBER_TYPES)


# ---------------------------------------------------------------- CSV


def csv_text(text: str) -> str:
    """One text field, neutralised: ``=1+1`` → ``'=1+1``, ``'a`` → ``''a``, ``abc`` → ``abc``."""
    if text.startswith(CSV_RISKY_STARTS) or text.startswith(CSV_QUOTE):
        return CSV_QUOTE + text
    return text


def csv_field(value: Any) -> Any:
    """A value ready for a CSV writer: text neutralised (:func:`csv_text`), numbers and
    ``None`` unchanged; other values are written as their text, neutralised."""
    if value is None or is_number(value):
        return value
    return csv_text(value if isinstance(value, str) else str(value))


def csv_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row for :class:`csv.DictWriter`, every field through :func:`csv_field`."""
    return {key: csv_field(value) for key, value in row.items()}


def restore_csv_field(text: str) -> str:
    """The original text of a field written by :func:`csv_field`: one leading ``'`` removed."""
    return text[len(CSV_QUOTE) :] if text.startswith(CSV_QUOTE) else text


# ---------------------------------------------------------------- XLSX


def xlsx_cell_value(value: Any) -> Any:
    """The value of a cell: text without the control characters a worksheet cannot hold,
    anything else unchanged."""
    return XLSX_ILLEGAL_CHARS.sub("", value) if isinstance(value, str) else value


def xlsx_cell(sheet: Any, value: Any) -> Cell:
    """A cell of ``sheet`` (a worksheet, or a write-only worksheet) holding ``value``; text is
    always a string cell, never a formula (``=…``) or an error (``#N/A``)."""
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet, row=1, column=1, value=xlsx_cell_value(value))  # placed by append
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def write_xlsx_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append one row of :func:`xlsx_cell` cells to ``sheet``."""
    sheet.append([None if value is None else xlsx_cell(sheet, value) for value in values])
