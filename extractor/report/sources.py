"""What the auditor's report is made of: the labels of severities, statuses and rules, and
the loaded documents and figures it lists (read from the database, or from documents in
memory)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from extractor.document.elements import Document
from extractor.find.facts import Extraction
from extractor.store.load import loaded_reports
from extractor.text.vocabulary import vietnamese_label
from models.tables import DocumentRow, FigureRow

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {
    "error": ("Lỗi", "Error"),
    "warning": ("Cảnh báo", "Warning"),
    "info": ("Lưu ý", "Info"),
}
STATUS_LABELS = {
    "confirmed": ("đã xác nhận", "confirmed"),
    "dismissed": ("đã bác bỏ", "dismissed"),
    "fixed": ("đã sửa", "fixed"),
    "none": ("chưa xem xét", "not reviewed"),
}
RULE_LABELS = {
    "sum": ("Tổng các phần khác tổng số", "parts do not add up to the total"),
    "distribution": ("Các tỷ lệ không cộng thành 100%", "shares do not add up to 100%"),
    "percent": ("Tỷ lệ không khớp với số đếm", "percentage does not match its counts"),
    "granularity": ("Tỷ lệ không thể có với mẫu số này", "percentage impossible for this denominator"),
    "average": ("Số bình quân không khớp", "average does not match its terms"),
    "agreement": ("Cùng chỉ tiêu, khác giá trị", "same measure, different values"),
    "directive-dates": ("Văn bản được dẫn với nhiều ngày", "directive cited with several dates"),
    "directive-date-after-report": ("Văn bản dẫn có ngày sau báo cáo", "cited directive dated after the report"),
    "directive-level": ("Cấp ban hành không phù hợp", "issuing level does not fit"),
    "directive-variant": ("Số hiệu viết khác dạng chuẩn", "non-standard directive number"),
}
NO_DOCUMENT = "(nhiều báo cáo / several reports)"


# ---------------------------------------------------------------------------- data


@dataclass(frozen=True)
class DocSummary:
    """What the report says about one loaded document."""

    name: str
    title: str | None
    doc_type: str | None
    date: str | None
    issuing_body: str | None
    format: str
    pages: int | None
    figures: int
    renditions: tuple[str, ...] = ()  # the report's other files (its PDF, TXT, scan), when it has some


@dataclass(frozen=True)
class FigureLine:
    """One row of the ``figures`` sheet."""

    document: str
    page: int | None
    place: str
    footnote: int | None
    subject: str
    category: str | None
    period: str | None
    value: float
    raw: str
    measure: str
    unit: str | None
    sentence: str
    subject_label: str | None = None  # what people read for the keys: "đảng viên", "chuyển đến"
    category_label: str | None = None


def _wanted(name: str, names: Sequence[str] | None) -> bool:
    return not names or any(n in name for n in names)


def document_summaries(session: Session, names: Sequence[str] | None = None) -> list[DocSummary]:
    """The loaded reports (all, or those with a file whose name contains one of ``names``), by
    the name of the rendition that speaks for each (:func:`group_renditions`), with the names
    of its other renditions."""
    counts = dict(
        session.execute(select(FigureRow.document_id, func.count(FigureRow.id)).group_by(FigureRow.document_id)).all()
    )
    rows, groups = loaded_reports(session)
    out = []
    for group in groups:
        if not any(_wanted(f.name, names) for f in group):
            continue
        r = rows[group[0].id]
        others = tuple(f.name for f in group[1:])
        out.append(
            DocSummary(
                r.name, r.title, r.doc_type, r.date, r.issuing_body, r.format, r.pages, counts.get(r.id, 0), others
            )
        )
    return sorted(out, key=lambda d: d.name)


def figure_lines(session: Session, names: Sequence[str] | None = None) -> list[FigureLine]:
    """Every figure of the loaded documents, in document and reading order."""
    query = (
        select(FigureRow, DocumentRow.name)
        .join(DocumentRow, FigureRow.document_id == DocumentRow.id)
        .where(DocumentRow.status == "loaded")
        .order_by(DocumentRow.name, FigureRow.span_start, FigureRow.id)
    )
    return [
        FigureLine(
            name,
            f.page,
            f.place,
            f.footnote,
            f.subject,
            f.category,
            f.period,
            f.value,
            f.raw,
            f.measure,
            f.unit,
            f.sentence,
            vietnamese_label(f.subject),
            vietnamese_label(f.category),
        )
        for f, name in session.execute(query).all()
        if _wanted(name, names)
    ]


def summary_of(doc: Document, extraction: Extraction) -> DocSummary:
    """The report's line for a document parsed and extracted in memory (no database)."""
    m = doc.metadata
    return DocSummary(
        Path(doc.path).name,
        m.title,
        m.doc_type,
        m.date,
        m.issuing_body,
        doc.format,
        doc.page_count,
        len(extraction.figures),
    )


def figure_lines_of(doc: Document, extraction: Extraction) -> list[FigureLine]:
    """The ``figures`` sheet's rows for a document extracted in memory, in reading order."""
    name = Path(doc.path).name
    return [
        FigureLine(
            name,
            f.span.pages[0] if f.span.pages else None,
            f.span.where,
            f.span.footnote,
            f.subject,
            f.category,
            f.period,
            f.value,
            f.raw,
            f.measure,
            f.unit,
            f.sentence,
            vietnamese_label(f.subject),
            vietnamese_label(f.category),
        )
        for f in extraction.figures
    ]
