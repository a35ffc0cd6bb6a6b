"""The auditor's report as an Excel workbook: sheet ``findings`` and sheet ``figures``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple, fields
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from extractor.check.apply import SEVERITY_ORDER
from extractor.check.findings import FindingData
from extractor.check.runner import CheckResult
from extractor.report.page import finding_pages
from extractor.report.sources import NO_DOCUMENT, FigureLine, figure_lines
from extractor.report.tables import bounds_of, sentences_of, value_of
from extractor.store.outputs import write_xlsx_row
from models.tables import Review

FINDING_COLUMNS = (
    "id",
    "document",
    "severity",
    "rule",
    "message_vi",
    "message_en",
    "stated",
    "stated_value",
    "expected",
    "expected_min",
    "expected_max",
    "computation",
    "tolerance",
    "pages",
    "sentences",
    "ocr_confidence",
    "review status",
    "reviewer",
    "review note",
)
FIGURE_COLUMNS = tuple(f.name for f in fields(FigureLine))  # the sheet writes astuple(FigureLine)
WIDTHS = {
    "message_vi": 60,
    "message_en": 60,
    "computation": 50,
    "sentence": 90,
    "sentences": 90,
    "document": 34,
    "tolerance": 40,
}


def _fill(sheet: Worksheet, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    write_xlsx_row(sheet, columns)
    for row in rows:
        write_xlsx_row(sheet, row)  # text from a document is a string cell, never a formula
    header = PatternFill("solid", fgColor="DCE3EE")
    for i, name in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.fill = header
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = WIDTHS.get(name, 14)
        if name in ("message_vi", "message_en", "sentence", "sentences", "computation"):
            for c in sheet[letter][1:]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _finding_row(f: FindingData, review: Review | None) -> list[object]:
    return [
        f.key,
        f.document.name if f.document else NO_DOCUMENT,
        f.severity,
        f.rule,
        f.message_vi,
        f.message_en,
        f.stated,
        value_of(f.stated),
        f.expected,
        *bounds_of(f.expected),
        f.computation,
        f.tolerance,
        finding_pages(f),
        sentences_of(f),
        f.ocr_confidence,
        review.status if review is not None else "",
        review.reviewer if review is not None else "",
        review.note if review is not None else "",
    ]


def write_xlsx(
    result: CheckResult,
    figures: Session | Iterable[FigureLine],
    path: str | Path,
    *,
    hide_dismissed: bool = False,
    documents: Sequence[str] | None = None,
) -> None:
    """Write the workbook: sheet ``findings`` (one row per finding) and sheet ``figures``
    (one row per figure of the loaded documents, or of ``documents`` when given; ``figures``
    is a session to read them from, or the rows themselves)."""
    lines = figure_lines(figures, documents) if isinstance(figures, Session) else list(figures)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "findings"
    found = sorted(
        result.visible(hide_dismissed),
        key=lambda f: (f.document.name if f.document else "\uffff", SEVERITY_ORDER[f.severity], f.rule),
    )
    _fill(sheet, FINDING_COLUMNS, (_finding_row(f, result.reviews.get(f.key)) for f in found))
    _fill(book.create_sheet("figures"), FIGURE_COLUMNS, (list(astuple(f)) for f in lines))
    book.save(str(path))
