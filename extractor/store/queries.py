"""Researchers' queries over the database: figures, directives, documents, read-only SQL
and a tidy export (CSV, JSON, XLSX, Parquet).

Every query reads only documents whose status is ``loaded`` (the current version of
each file) unless ``all_versions`` is set.  Rows are plain dicts whose keys are the
column names documented in :data:`FIELDS`; every figure and citation row carries its
document's name and its page.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, case, create_engine, func, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from extractor.errors import BaocaoError
from extractor.store import EXPORT_FORMATS
from extractor.store.engine import open_existing, resolve_url
from extractor.store.load import loaded_reports, name_key
from extractor.store.outputs import csv_field, csv_row, is_number, write_xlsx_row
from extractor.text.regexes import LEADING_ZEROS, SQL_NUMERIC_PREFIX, SQL_PRINTF_SPEC
from extractor.text.vocabulary import vietnamese_label
from models.tables import (
    BlockRow,
    CitationRow,
    DirectiveRow,
    DocumentRow,
    FigureRow,
    Organisation,
    OrganisationAlias,
    RelationMember,
)

Row = dict[str, Any]

# ---------------------------------------------------------------- the tidy layout

# (column, type, description) per table; the same layout for queries and every export format.
FIELDS: dict[str, list[tuple[str, str, str]]] = {
    "figures": [
        ("document", "text", "file name of the document the figure is in"),
        ("document_id", "integer", "the document's id (`documents.id`)"),
        ("page", "integer", "page the figure is on (empty for DOCX/TXT)"),
        ("place", "text", "`body`, `footnote` or `table`"),
        ("figure", "text", "figure id within the document version (`f12`)"),
        ("value", "float", "the number, as a value (`7.261` → 7261, `45,5%` → 45.5)"),
        ("raw", "text", "the number exactly as written"),
        ("measure", "text", "`count`, `percent`, `money`, `ratio`…"),
        ("unit", "text", "unit as written (`đảng viên`, `tổ chức cơ sở đảng`, `triệu đồng`…)"),
        ("subject", "text", "normalised subject key (what is counted)"),
        ("subject_text", "text", "the subject as written"),
        ("category", "text", "classification key (`rating.htxsnv`, `action.ket_nap`…), empty when none"),
        ("period", "text", "period the figure refers to (`2022`, `2020-2025`, `2023-H1`)"),
        ("year", "integer", "the period's last year (else the document's year), for filters"),
        ("org", "text", "organisation the figure is about, as written, when the sentence names one"),
        ("footnote", "integer", "footnote number when `place` is `footnote`"),
        ("sentence", "text", "the sentence (or table row) the figure was read from"),
        ("ocr_confidence", "float", "read from a scan: tesseract's mean word confidence (0–100) in its block"),
        (
            "role",
            "text",
            "`total` when the text gives parts of it, `part` when it is one of the parts of a total"
            " stated beside it (sum only one of the two), else empty",
        ),
        ("subject_label", "text", "the subject in words (`đảng viên`, `tổ chức cơ sở đảng`; `khác` for other)"),
        ("category_label", "text", "the category in words (`hoàn thành xuất sắc nhiệm vụ`, `chuyển đến`)"),
    ],
    "directives": [
        ("key", "text", "normalised key (`21-NQ/TW`, `NQTW4-XII`)"),
        ("type", "text", "`Nghị quyết`, `Chỉ thị`, `Kết luận`…"),
        ("number", "text", "number as written (`05`)"),
        ("symbol", "text", "type symbol (`NQ`, `CT`, `KL`…)"),
        ("issuer", "text", "issuing body symbol (`TW`, `TU`, `BTCTW`…)"),
        ("dates", "text", "every distinct issue date cited, ISO 8601, `; `-separated"),
        ("date_conflict", "boolean", "true when documents cite more than one date"),
        ("documents", "integer", "number of documents citing it"),
        ("mentions", "integer", "number of mentions over all documents"),
        ("cited_by", "text", "names of the citing documents, `; `-separated"),
    ],
    "citations": [
        ("document", "text", "file name of the citing document"),
        ("document_id", "integer", "the citing document's id"),
        ("page", "integer", "page of the mention (empty for DOCX/TXT)"),
        ("place", "text", "`body`, `footnote` or `table`"),
        ("directive", "text", "key of the directive cited (empty for a document's own number)"),
        ("kind", "text", "`citation`, `self`, `alias`, `replacement` or `backref`"),
        ("raw", "text", "the mention as written"),
        ("date", "text", "issue date given with the mention, ISO 8601"),
        ("date_raw", "text", "that date as written"),
        ("body", "text", "issuing body as written"),
        ("subject", "text", "subject of the directive as written (`về …`)"),
        ("refers_to", "text", "for aliases, replacements and back-references: the key referred to"),
        ("variant", "boolean", "true when the mention is written in a non-standard way"),
    ],
    "documents": [
        ("id", "integer", "document id"),
        ("name", "text", "file name"),
        ("path", "text", "path the file was loaded from"),
        ("sha256", "text", "SHA-256 of the file"),
        ("format", "text", "`pdf`, `docx` or `txt`"),
        ("pages", "integer", "page count (empty for DOCX/TXT)"),
        ("ocr", "boolean", "true when text was recognised from page images"),
        ("type", "text", "document type from the header (`BÁO CÁO`, `KẾT LUẬN`…)"),
        ("number", "text", "document number (`161-BC/ĐUK`)"),
        ("date", "text", "document date, ISO 8601"),
        ("title", "text", "title"),
        ("issuer", "text", "issuing body as written in the header"),
        ("parent_body", "text", "the issuing body's parent as written"),
        ("signer", "text", "signer's name"),
        ("status", "text", "`loaded` (current version) or `superseded`"),
        ("figures", "integer", "number of figures"),
        ("citations", "integer", "number of directive mentions"),
        ("loaded_at", "text", "when it was loaded, ISO 8601 UTC"),
    ],
    "findings": [
        ("id", "text", "the finding's stable id (for `baocao review`)"),
        ("rule", "text", "`sum`, `percent`, `agreement`, `directive-dates`…"),
        ("severity", "text", "`error`, `warning` or `info`"),
        ("document", "text", "file name of the document (empty for findings across documents)"),
        ("stated", "text", "the figure as the report states it"),
        ("stated_value", "float", "the stated figure as a number"),
        ("expected", "text", "what the other figures give (a value or an interval `[a; b]`)"),
        ("expected_min", "float", "the least expected value"),
        ("expected_max", "float", "the greatest expected value"),
        ("computation", "text", "how the expected value was computed"),
        ("tolerance", "text", "the tolerance applied, and why"),
        ("message_vi", "text", "the finding in Vietnamese"),
        ("message_en", "text", "the finding in English"),
        ("pages", "text", "pages of the figures and citations, `, `-separated"),
        ("sentences", "text", "the sentences or table rows the figures were read from, ` | `-separated"),
        ("ocr_confidence", "float", "read from a scan: the lowest OCR confidence (0–100) of its figures"),
        ("review_status", "text", "the latest decision: `confirmed`, `dismissed`, `fixed`, empty when none"),
        ("reviewer", "text", "who made the latest decision"),
        ("review_note", "text", "the latest decision's note"),
    ],
    "reviews": [
        ("finding", "text", "id of the finding decided on"),
        ("status", "text", "`confirmed`, `dismissed` or `fixed`"),
        ("note", "text", "why"),
        ("reviewer", "text", "who decided"),
        ("at", "text", "when, ISO 8601 UTC"),
    ],
}
DATA_TABLES = ("figures", "directives", "citations", "documents")  # read from the loaded reports

FIGURE_COLUMNS = [f[0] for f in FIELDS["figures"] if f[0] not in ("document_id", "footnote")]
DIRECTIVE_COLUMNS = [f[0] for f in FIELDS["directives"]]
DOCUMENT_COLUMNS = ["name", "format", "pages", "type", "number", "date", "issuer", "status"]
DOCUMENT_COLUMNS += ["figures", "citations", "loaded_at"]
TABLES = ("figures", "directives", "citations", "documents")


def columns(table: str) -> list[str]:
    return [f[0] for f in FIELDS[table]]


# ---------------------------------------------------------------- connecting


def connect(db: str | None) -> Engine:
    """An engine on an existing, up-to-date baocao database (see :func:`open_existing`)."""
    return open_existing(db)


@contextmanager
def _reading(engine: Engine) -> Iterator[Session]:
    try:
        with Session(engine) as session:
            yield session
    except SQLAlchemyError as exc:
        raise BaocaoError(f"database error: {exc}") from exc


# ---------------------------------------------------------------- figures


@dataclass(frozen=True)
class FigureFilter:
    """Filters of :func:`figures`; all given ones must hold (AND)."""

    subject: str | None = None
    category: str | None = None  # exact, or a prefix when it ends with "." (``rating.``)
    year: int | None = None
    period: str | None = None
    org: str | None = None  # the figure's organisation or the document's issuer, by name key
    document: str | None = None  # part of the document's file name, case-insensitive
    measure: str | None = None
    limit: int | None = None
    all_versions: bool = False


def organisation_ids(session: Session, name: str) -> set[int]:
    """Ids of the organisations a name (any spelling) stands for, with or without a parent body."""
    key = name_key(name)
    if not key:
        return set()
    suffix = f" / {key}"
    aliases = select(OrganisationAlias.organisation_id).where(
        or_(OrganisationAlias.key == key, OrganisationAlias.key.endswith(suffix, autoescape=True))
    )
    orgs = select(Organisation.id).where(
        or_(Organisation.key == key, Organisation.key.endswith(suffix, autoescape=True))
    )
    return set(session.scalars(aliases)) | set(session.scalars(orgs))


PART_ROLES = ("parts", "terms")  # relation roles of a figure that is part of a total stated beside it


def _figure_select(session: Session, flt: FigureFilter) -> Select[FigureRow, str, float | None, str | None]:
    f, d = FigureRow, DocumentRow
    is_total = select(RelationMember.id).where(RelationMember.figure_id == f.id, RelationMember.role == "total")
    is_part = select(RelationMember.id).where(RelationMember.figure_id == f.id, RelationMember.role.in_(PART_ROLES))
    role = case((is_total.exists(), "total"), (is_part.exists(), "part"), else_=None)
    query = (
        select(f, d.name, BlockRow.ocr_confidence, role)
        .join(d, d.id == f.document_id)
        .join(BlockRow, BlockRow.id == f.block_id)
    )
    if not flt.all_versions:
        query = query.where(d.status == "loaded")
    for column, value in ((f.subject, flt.subject), (f.period, flt.period), (f.measure, flt.measure)):
        if value is not None:
            query = query.where(column == value)
    if flt.year is not None:
        query = query.where(f.year == flt.year)
    if flt.category is not None:
        category = flt.category
        cond = f.category.startswith(category, autoescape=True) if category.endswith(".") else f.category == category
        query = query.where(cond)
    if flt.document is not None:
        query = query.where(d.name.icontains(flt.document, autoescape=True))
    if flt.org is not None:
        ids = organisation_ids(session, flt.org)
        query = query.where(or_(f.organisation_id.in_(ids), d.organisation_id.in_(ids)))
    query = query.order_by(d.name, d.id, f.id)
    return query.limit(flt.limit) if flt.limit is not None else query


def _figure_dict(f: FigureRow, document: str, ocr_confidence: float | None = None, role: str | None = None) -> Row:
    return {
        "document": document,
        "document_id": f.document_id,
        "page": f.page,
        "place": f.place,
        "figure": f.fid,
        "value": f.value,
        "raw": f.raw,
        "measure": f.measure,
        "unit": f.unit,
        "subject": f.subject,
        "subject_text": f.subject_text,
        "category": f.category,
        "period": f.period,
        "year": f.year,
        "org": f.org,
        "footnote": f.footnote,
        "sentence": f.sentence,
        "ocr_confidence": round(ocr_confidence, 1) if ocr_confidence is not None else None,
        "role": role,
        "subject_label": vietnamese_label(f.subject),
        "category_label": vietnamese_label(f.category),
    }


def figures(engine: Engine, flt: FigureFilter | None = None) -> list[Row]:
    """One row per figure matching ``flt`` (see :data:`FIELDS` ``figures``)."""
    flt = flt or FigureFilter()
    if flt.limit is not None and flt.limit < 0:
        raise BaocaoError("--limit must be 0 or more")
    with _reading(engine) as session:
        return [_figure_dict(*row) for row in session.execute(_figure_select(session, flt))]


# ---------------------------------------------------------------- directives


def _parse_symbol(symbol: str) -> tuple[str | None, str | None]:
    """``NQ/TW`` → (NQ, TW); ``NQ`` → (NQ, None); ``/TW`` → (None, TW)."""
    head, _, tail = symbol.strip().partition("/")
    return head.strip() or None, tail.strip() or None


def normalise_key(key: str) -> str:
    """``05-CT/TW`` → ``5-CT/TW`` (keys are stored without leading zeros)."""
    return LEADING_ZEROS.sub("", key.strip())


def directives(
    engine: Engine,
    symbol: str | None = None,
    key: str | None = None,
    cited_by: str | None = None,
    all_versions: bool = False,
) -> list[Row]:
    """One row per directive cited by a (loaded) document, with every date cited and who cites it."""
    d, c, doc = DirectiveRow, CitationRow, DocumentRow
    query = select(d, c.date, doc.name).join(c, c.directive_id == d.id).join(doc, doc.id == c.document_id)
    if not all_versions:
        query = query.where(doc.status == "loaded")
    if symbol:
        sym, issuer = _parse_symbol(symbol)
        query = query.where(*([d.symbol == sym] if sym else []), *([d.issuer == issuer] if issuer else []))
    if key:
        query = query.where(d.key == normalise_key(key))
    with _reading(engine) as session:
        rows = session.execute(query.order_by(d.key, doc.name, c.id)).all()
    out: dict[int, Row] = {}
    for directive, date, name in rows:
        row = out.setdefault(directive.id, _directive_dict(directive))
        row["mentions"] += 1
        if date and date not in row["dates"]:
            row["dates"].append(date)
        if name not in row["cited_by"]:
            row["cited_by"].append(name)
    result = [_finish(r) for r in out.values()]
    if cited_by:
        needle = cited_by.casefold()
        result = [r for r in result if any(needle in n.casefold() for n in r["cited_by"])]
    return result


def _directive_dict(d: DirectiveRow) -> Row:
    return {"key": d.key, "type": d.type, "number": d.number, "symbol": d.symbol, "issuer": d.issuer} | {
        "dates": [],
        "date_conflict": False,
        "documents": 0,
        "mentions": 0,
        "cited_by": [],
    }


def _finish(row: Row) -> Row:
    row["dates"] = sorted(row["dates"])
    row["date_conflict"] = len(row["dates"]) > 1
    row["documents"] = len(row["cited_by"])
    return row


# ---------------------------------------------------------------- documents and citations


def documents(engine: Engine, all_versions: bool = True) -> list[Row]:
    """One row per document version (see :data:`FIELDS` ``documents``)."""
    d = DocumentRow
    n_fig = select(func.count(FigureRow.id)).where(FigureRow.document_id == d.id).scalar_subquery()
    n_cit = select(func.count(CitationRow.id)).where(CitationRow.document_id == d.id).scalar_subquery()
    query = select(d, n_fig, n_cit).order_by(d.name, d.id)
    if not all_versions:
        query = query.where(d.status == "loaded")
    with _reading(engine) as session:
        return [_document_dict(doc, nf, nc) for doc, nf, nc in session.execute(query)]


UNIT_COLUMNS = ["unit", "reports_to", "aliases", "documents", "figures"]


def units(engine: Engine) -> list[Row]:
    """One row per unit (organisation): its canonical name, the unit it belongs to where a
    header says so, every spelling met, the current reports it issued and the figures about
    it (its own, or in its reports without another unit named), each report counted once
    (by the rendition that speaks for it)."""
    o = Organisation
    with _reading(engine) as session:
        primary = [g[0].id for g in loaded_reports(session)[1]]
        n_docs = (
            select(func.count(DocumentRow.id))
            .where(DocumentRow.organisation_id == o.id, DocumentRow.id.in_(primary))
            .scalar_subquery()
        )
        n_figs = (
            select(func.count(FigureRow.id))
            .join(DocumentRow, DocumentRow.id == FigureRow.document_id)
            .where(DocumentRow.id.in_(primary))
            .where(func.coalesce(FigureRow.organisation_id, DocumentRow.organisation_id) == o.id)
            .scalar_subquery()
        )
        names = dict(session.execute(select(o.id, o.name)).all())
        aliases: dict[int, list[str]] = {}
        for org_id, alias in session.execute(select(OrganisationAlias.organisation_id, OrganisationAlias.alias)):
            spelled = aliases.setdefault(org_id, [])
            if alias not in spelled:
                spelled.append(alias)
        rows = session.execute(select(o.id, o.name, o.parent_id, n_docs, n_figs).order_by(o.name)).all()
    return [
        {
            "unit": name,
            "reports_to": names.get(parent) if parent else None,
            "aliases": [a for a in aliases.get(org_id, []) if a != name],
            "documents": docs,
            "figures": figs,
        }
        for org_id, name, parent, docs, figs in rows
    ]


REPORT_COLUMNS = ["report", "type", "number", "date", "issuer", "primary", "renditions", "figures", "citations"]


def reports(engine: Engine) -> list[Row]:
    """One row per report: the loaded files that are one report grouped
    (:func:`group_renditions`: same number and issuer, else title and date, else name), the
    rendition that speaks for it first (DOCX, text-layer PDF, TXT, scan); its figures and
    citations are the primary rendition's."""
    rows = {r["id"]: r for r in documents(engine, all_versions=False)}
    with _reading(engine) as session:
        groups = loaded_reports(session)[1]
    out = []
    for group in groups:
        members = [rows[f.id] for f in group if f.id in rows]  # a file loaded between the two reads waits
        if not members:
            continue
        first = members[0]
        out.append(
            {
                "report": _report_label(first),
                "type": first["type"],
                "number": first["number"],
                "date": first["date"],
                "issuer": first["issuer"],
                "title": first["title"],
                "primary": first["name"],
                "renditions": [
                    {k: r[k] for k in ("name", "format", "ocr", "pages", "path", "sha256", "id")} for r in members
                ],
                "figures": first["figures"],
                "citations": first["citations"],
            }
        )
    return sorted(out, key=lambda r: (r["date"] or "", r["report"]))


def _report_label(row: Row) -> str:
    if row["number"]:
        return f"{row['number']} ({row['issuer']})" if row["issuer"] else str(row["number"])
    return str(row["title"] or row["name"])


def _document_dict(d: DocumentRow, n_figures: int, n_citations: int) -> Row:
    loaded = d.loaded_at.replace(tzinfo=d.loaded_at.tzinfo or dt.UTC).astimezone(dt.UTC)
    return {
        "id": d.id,
        "name": d.name,
        "path": d.path,
        "sha256": d.sha256,
        "format": d.format,
        "pages": d.pages,
        "ocr": d.ocr,
        "type": d.doc_type,
        "number": d.number,
        "date": d.date,
        "title": d.title,
        "issuer": d.issuing_body,
        "parent_body": d.parent_body,
        "signer": d.signer,
        "status": d.status,
        "figures": n_figures,
        "citations": n_citations,
        "loaded_at": loaded.isoformat(timespec="seconds"),
    }


def citations(engine: Engine, all_versions: bool = False) -> list[Row]:
    """One row per directive mention (see :data:`FIELDS` ``citations``)."""
    c, doc = CitationRow, DocumentRow
    query = (
        select(c, doc.name, DirectiveRow.key)
        .join(doc, doc.id == c.document_id)
        .outerjoin(DirectiveRow, DirectiveRow.id == c.directive_id)
        .order_by(doc.name, doc.id, c.id)
    )
    if not all_versions:
        query = query.where(doc.status == "loaded")
    with _reading(engine) as session:
        return [_citation_dict(row, name, key) for row, name, key in session.execute(query)]


def _citation_dict(c: CitationRow, document: str, key: str | None) -> Row:
    return {
        "document": document,
        "document_id": c.document_id,
        "page": c.page,
        "place": c.place,
        "directive": key,
        "kind": c.kind,
        "raw": c.raw,
        "date": c.date,
        "date_raw": c.date_raw,
        "body": c.body,
        "subject": c.subject,
        "refers_to": c.refers_to,
        "variant": c.variant,
    }


# ---------------------------------------------------------------- export


def export_tables(engine: Engine, all_versions: bool = False) -> dict[str, list[Row]]:
    """The four tidy tables, flat (lists joined with ``; ``), in :data:`FIELDS` column order."""
    tables = {
        "figures": figures(engine, FigureFilter(all_versions=all_versions)),
        "directives": directives(engine, all_versions=all_versions),
        "citations": citations(engine, all_versions=all_versions),
        "documents": documents(engine, all_versions=all_versions),
    }
    return {name: [flat_row(row, columns(name)) for row in rows] for name, rows in tables.items()}


def flat_row(row: Row, cols: Sequence[str]) -> Row:
    return {c: "; ".join(map(str, v)) if isinstance(v, list) else v for c, v in ((c, row.get(c)) for c in cols)}


def export(
    engine: Engine,
    fmt: str,
    out: Path,
    all_versions: bool = False,
    extra: dict[str, list[Row]] | None = None,
) -> dict[str, int]:
    """Write the tidy tables to ``out`` (a file for json/xlsx, a directory for csv/parquet),
    with the ``extra`` tables (findings and reviews, made by the checker) after them; rows
    per table."""
    if fmt not in EXPORT_FORMATS:
        raise BaocaoError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    if fmt in ("json", "xlsx") and not out.parent.is_dir():
        raise BaocaoError(f"cannot write {out}: no directory {out.parent}")
    tables = export_tables(engine, all_versions)
    for name, rows in (extra or {}).items():
        tables[name] = [flat_row(row, columns(name)) for row in rows]
    try:
        {"csv": _write_csv, "json": _write_json, "xlsx": _write_xlsx, "parquet": _write_parquet}[fmt](tables, out)
    except OSError as exc:
        raise BaocaoError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return {name: len(rows) for name, rows in tables.items()}


EXTENSIONS = {".xlsx": "xlsx", ".json": "json"}  # a file's format; csv and parquet write a directory


def export_format(out: Path, fmt: str | None) -> str:
    """The export format: as given, else from OUT's extension (``.xlsx``, ``.json``)."""
    if fmt is not None:
        return fmt
    if out.suffix.lower() in EXTENSIONS:
        return EXTENSIONS[out.suffix.lower()]
    if out.suffix.lower() in (".csv", ".parquet"):
        raise BaocaoError(
            f"{out}: CSV and Parquet exports write one file per table into a directory: "
            f"give a directory and --format {out.suffix.lower().lstrip('.')}"
        )
    raise BaocaoError(f"{out}: give --format (csv, json, xlsx or parquet), or a file name ending in .xlsx or .json")


def _directory(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise BaocaoError(f"{out} is a file: CSV and Parquet exports write a directory of files")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _write_csv(tables: dict[str, list[Row]], out: Path) -> None:
    directory = _directory(out)
    for name, rows in tables.items():
        # with a byte-order mark, so that Excel opens the Vietnamese text as UTF-8
        with open(directory / f"{name}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns(name))
            writer.writeheader()
            writer.writerows(csv_row(row) for row in rows)


def _write_json(tables: dict[str, list[Row]], out: Path) -> None:
    out.write_text(json.dumps(tables, ensure_ascii=False, indent=1, default=jsonable), encoding="utf-8")


def _write_xlsx(tables: dict[str, list[Row]], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        cols = columns(name)
        write_xlsx_row(sheet, cols)
        for row in rows:
            write_xlsx_row(sheet, (row[c] for c in cols))
    fields = book.create_sheet("fields")
    write_xlsx_row(fields, ["table", "column", "type", "description"])
    for name, specs in FIELDS.items():
        for spec in specs:
            write_xlsx_row(fields, [name, *spec])
    book.save(out)


def _write_parquet(tables: dict[str, list[Row]], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"text": pa.string(), "integer": pa.int64(), "float": pa.float64(), "boolean": pa.bool_()}
    directory = _directory(out)
    for name, rows in tables.items():
        schema = pa.schema([(col, types[kind]) for col, kind, _ in FIELDS[name]])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), directory / f"{name}.parquet")


# ---------------------------------------------------------------- read-only SQL


READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list"}

#: SQL functions refused wherever SQL someone typed runs (``baocao sql``, ``baocao serve``): each
#: reaches past the data into the program or the machine.  ``fts3_tokenizer`` returns the memory
#: address of C code (and, given a second argument, calls code at any address); ``fts5`` takes a
#: pointer; ``load_extension`` loads a shared library; ``readfile``, ``writefile``, ``edit`` and
#: ``fsdir`` (the sqlite3 shell's) read and write files.
REFUSED_FUNCTIONS = frozenset({"fts3_tokenizer", "fts5", "load_extension", "readfile", "writefile", "edit", "fsdir"})

DEFAULT_TIMEOUT = 10.0  # seconds a `baocao sql` statement may run (--timeout)
MAX_VALUE_BYTES = 100_000_000  # SQLITE_LIMIT_LENGTH: the longest text or blob a statement may build
MAX_HEAP_BYTES = 1 << 30  # SQLite's hard_heap_limit while a `baocao sql` statement runs
MAX_RESULT_BYTES = 512 << 20  # about this much memory for the rows a statement returns
PROGRESS_STEPS = 1000  # SQLite VM instructions between two looks at the clock (about 0.1 ms)


PRINTF_FUNCTIONS = ("printf", "format")
PRINTF_MAX_ONLY = frozenset("sqQwz")  # conversions whose precision is a maximum, not an output length


def _sql_int(value: Any) -> float:
    """An argument as SQLite's printf reads a ``*`` width or precision (``'2e9abc'`` → 2e9), as a float."""
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str | bytes):
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        match = SQL_NUMERIC_PREFIX.match(text)
        return float(match.group()) if match else 0.0
    return 0.0


def printf_too_big(fmt: Any, args: Sequence[Any]) -> bool:
    """Whether ``printf(fmt, *args)`` asks for a width or an output precision over
    :data:`MAX_VALUE_BYTES` (whose result SQLite cannot return, after seconds of work:
    ``printf('%.*c', 2000000000, 'x')`` runs 15 s where no progress handler can stop it)."""
    if isinstance(fmt, bytes):  # SQLite reads a blob format as text
        fmt = fmt.decode("utf-8", "replace")
    if not isinstance(fmt, str):
        return False
    rest = iter(args)
    for spec in SQL_PRINTF_SPEC.finditer(fmt):
        width = _printf_size(spec["width"], rest)
        precision = _printf_size(spec["precision"], rest)
        if width > MAX_VALUE_BYTES or (precision > MAX_VALUE_BYTES and spec["kind"] not in PRINTF_MAX_ONLY):
            return True
        if spec["kind"] != "%":
            next(rest, None)  # the value converted
    return False


def _printf_size(part: str | None, rest: Iterator[Any]) -> float:
    """A width or precision: written out, or ``*`` (the next argument), or none."""
    if part == "*":
        return abs(_sql_int(next(rest, 0)))
    return float(part) if part else 0.0


#: Tables no typed query reads (Datasette, ``baocao sql``): the web app's accounts (password
#: and token hashes) and its uploads (a unit's private checks).
PRIVATE_TABLES = frozenset({"users", "api_tokens", "uploads"})


class SQLiteGuard:
    """The authoriser of a SQLite connection running SQL someone typed: refuses setting a
    pragma, ``ATTACH``/``DETACH``, :data:`REFUSED_FUNCTIONS` and reading the
    :data:`PRIVATE_TABLES`, and remembers the function it refused (for the error message).
    Also stands in for ``printf``/``format``: a call asking for more than
    :data:`MAX_VALUE_BYTES` fails at once (:func:`printf_too_big`), any other is SQLite's own
    printf, run on a private in-memory connection."""

    def __init__(self) -> None:
        self.refused_function: str | None = None
        self.too_big = False
        self._printer: sqlite3.Connection | None = None

    def printf(self, *args: Any) -> Any:
        if args and printf_too_big(args[0], args[1:]):
            self.too_big = True
            raise ValueError(f"printf() would build a text over {MAX_VALUE_BYTES // 1_000_000} MB")
        if self._printer is None:
            self._printer = sqlite3.connect(":memory:", check_same_thread=False)
            self._printer.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        marks = ", ".join("?" * len(args))
        return self._printer.execute(f"SELECT printf({marks})", args).fetchone()[0]

    def __call__(self, action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
        if action == sqlite3.SQLITE_PRAGMA and arg2 is not None and (arg1 or "").lower() not in READ_PRAGMAS:
            return sqlite3.SQLITE_DENY  # setting a pragma
        if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in REFUSED_FUNCTIONS:
            self.refused_function = (arg2 or "").lower()
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_READ and (arg1 or "").lower() in PRIVATE_TABLES:
            return sqlite3.SQLITE_DENY  # a private table: reading any of its columns fails
        return sqlite3.SQLITE_OK


def guard_sqlite(conn: sqlite3.Connection) -> SQLiteGuard:
    """Install the :class:`SQLiteGuard` authoriser, its ``printf``/``format`` and the
    :data:`MAX_VALUE_BYTES` length limit (``zeroblob(2000000000)`` then fails at once instead
    of taking 2 GB)."""
    guard = SQLiteGuard()
    conn.set_authorizer(guard)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    for name in PRINTF_FUNCTIONS:  # the application's function of a name wins over SQLite's own
        conn.create_function(name, -1, guard.printf, deterministic=True)
    return guard


class TimeBudget:
    """A progress handler that stops the statement running on ``conn`` once ``seconds`` have passed."""

    def __init__(self, conn: sqlite3.Connection, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.expired = False
        conn.set_progress_handler(self._tick, PROGRESS_STEPS)

    def _tick(self) -> int:
        if time.monotonic() >= self.deadline:
            self.expired = True
            return 1  # SQLite stops the statement: "interrupted"
        return 0


@dataclass
class _SQLiteSession:
    """A read-only SQLite connection with its guard and the heap limit to put back."""

    conn: sqlite3.Connection
    guard: SQLiteGuard
    previous_heap_limit: int


def _sqlite_readonly(path: str) -> _SQLiteSession:
    if not Path(path).exists():
        raise BaocaoError(f"no database at {path}")
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only=ON")
    # the heap limit is the process's: lowered for the statement, put back by readonly_connection
    previous = int(conn.execute("PRAGMA hard_heap_limit").fetchone()[0])
    limit = min(previous, MAX_HEAP_BYTES) if previous > 0 else MAX_HEAP_BYTES
    conn.execute(f"PRAGMA hard_heap_limit={limit}")
    return _SQLiteSession(conn, guard_sqlite(conn), previous)


def _pg_readonly(url: Any, timeout: float) -> Any:
    options = f"-c default_transaction_read_only=on -c statement_timeout={max(1, round(timeout * 1000))}"
    engine = create_engine(url, poolclass=NullPool, connect_args={"options": options})
    try:
        conn = engine.raw_connection()
    except Exception as exc:  # the driver's own connection errors (raw connections are not wrapped)
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BaocaoError(f"cannot connect to {url.render_as_string()}: {reason}") from exc
    cur = conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    conn.commit()
    return conn


@contextmanager
def _readonly(db: str | None, timeout: float) -> Iterator[tuple[Any, SQLiteGuard | None]]:
    open_existing(db).dispose()  # a missing or foreign database is an error, not an empty answer
    url = make_url(resolve_url(db))
    backend = url.get_backend_name()
    guard, heap_limit = None, 0
    if backend == "sqlite":
        session = _sqlite_readonly(url.database or "")
        conn: Any = session.conn
        guard, heap_limit = session.guard, session.previous_heap_limit
    elif backend == "postgresql":
        conn = _pg_readonly(url, timeout)
    else:
        raise BaocaoError(f"read-only SQL is supported on SQLite and PostgreSQL, not {backend}")
    try:
        yield conn, guard
    finally:
        conn.rollback()
        if guard is not None:
            conn.set_authorizer(None)
            conn.execute(f"PRAGMA hard_heap_limit={heap_limit}")  # the process's limit as it was
        conn.close()


@contextmanager
def readonly_connection(db: str | None, timeout: float = DEFAULT_TIMEOUT) -> Iterator[Any]:
    """A DB-API connection the database itself keeps read-only: SQLite opened ``mode=ro`` with
    ``query_only``, the :class:`SQLiteGuard` authoriser (no pragma changes, no ATTACH, none of
    :data:`REFUSED_FUNCTIONS`), values of at most :data:`MAX_VALUE_BYTES` and SQLite's heap at
    most :data:`MAX_HEAP_BYTES`; PostgreSQL sessions with ``default_transaction_read_only`` and
    a ``statement_timeout`` of ``timeout`` seconds.  Never committed: rolled back and closed at
    the end."""
    with _readonly(db, timeout) as (conn, _guard):
        yield conn


REFUSED_SQLSTATES = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege
TIMEOUT_SQLSTATE = "57014"  # query_canceled (statement_timeout)


def _refusal(exc: Exception) -> str | None:
    """The reason a statement was refused as a write or as several statements, else None."""
    text = str(exc)
    if "one statement at a time" in text or "multiple commands" in text:
        return "only one statement is allowed"
    if getattr(exc, "sqlstate", None) in REFUSED_SQLSTATES:
        return text.splitlines()[0]
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or "not authorized" in lowered or "query_only" in lowered:
        return text
    return None


def _stopped(exc: Exception, timeout: float, budget: TimeBudget | None, guard: SQLiteGuard | None) -> str | None:
    """The one-line reason a statement was stopped by a limit, else None."""
    name = getattr(exc, "sqlite_errorname", None)
    if (budget is not None and budget.expired) or getattr(exc, "sqlstate", None) == TIMEOUT_SQLSTATE:
        return f"the query was stopped after {timeout:g} s (raise it with --timeout)"
    if name == "SQLITE_TOOBIG" or (guard is not None and guard.too_big):
        return f"the query was stopped: it builds a text or blob over {MAX_VALUE_BYTES // 1_000_000} MB"
    if name == "SQLITE_NOMEM":
        return f"the query was stopped: it needs more than {MAX_HEAP_BYTES >> 20} MB of memory"
    return None


def _cost(value: Any) -> int:
    """About the memory a fetched value takes in Python."""
    return 64 + len(value) if isinstance(value, str | bytes) else 32


def _fetch(cur: Any) -> list[tuple[Any, ...]]:
    """Every row, refusing a result over about :data:`MAX_RESULT_BYTES` of memory."""
    rows: list[tuple[Any, ...]] = []
    used = 0
    while batch := cur.fetchmany(1000):
        for row in batch:
            used += 56 + sum(_cost(v) for v in row)
            rows.append(tuple(row))
        if used > MAX_RESULT_BYTES:
            raise BaocaoError(
                f"the result is larger than {MAX_RESULT_BYTES >> 20} MB: narrow the query (WHERE, LIMIT, "
                "aggregates) or use `baocao export`"
            )
    return rows


def run_sql(db: str | None, sql: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only statement; returns (column names, rows).  Writes, multiple statements
    and :data:`REFUSED_FUNCTIONS` are refused with a :class:`BaocaoError` and change nothing;
    a statement running longer than ``timeout`` seconds, building a value over
    :data:`MAX_VALUE_BYTES` or returning more than about :data:`MAX_RESULT_BYTES` is stopped
    with a :class:`BaocaoError` (one line)."""
    if not timeout > 0:
        raise BaocaoError("--timeout must be more than 0 seconds")
    with _readonly(db, timeout) as (conn, guard):
        cur = conn.cursor()
        budget = TimeBudget(conn, timeout) if isinstance(conn, sqlite3.Connection) else None
        try:
            if isinstance(conn, sqlite3.Connection):
                cur.execute(sql)
            else:
                cur.execute(sql, prepare=True)  # the extended protocol: one statement only
            rows = _fetch(cur) if cur.description else []
        except BaocaoError:
            raise
        except Exception as exc:  # the driver's own error classes differ per database
            if guard is not None and guard.refused_function is not None:
                raise BaocaoError(
                    f"refused: the SQL function {guard.refused_function}() is not allowed "
                    "(it reaches outside the database)"
                ) from exc
            stopped = _stopped(exc, timeout, budget, guard)
            if stopped is not None:
                raise BaocaoError(stopped) from exc
            reason = _refusal(exc)
            if reason is not None:
                raise BaocaoError(f"refused: `baocao sql` is read-only ({reason})") from exc
            raise BaocaoError(f"SQL error: {str(exc).strip()}") from exc
        names = [d[0] for d in cur.description] if cur.description else []
        return _unique(names), rows


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


# ---------------------------------------------------------------- output formats

OUTPUT_FORMATS = ("table", "csv", "json", "nl")


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "name" in value and "format" in value:  # a report's rendition
        return f"{value['name']} ({value['format']}{', OCR' if value.get('ocr') else ''})"
    if isinstance(value, list):
        return "; ".join(map(_cell, value))
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_cell(value: Any) -> Any:
    """A CSV field: numbers as :func:`_cell` writes them, anything else as neutralised text
    (:mod:`extractor.store.outputs`)."""
    text = _cell(value)
    return text if value is None or is_number(value) else csv_field(text)


def _csv_lines(rows: Iterable[Sequence[Any]]) -> str:
    """CSV lines ending in ``\n``; a field holding a carriage return is quoted (the csv module
    quotes only the characters of its line terminator, so it writes with ``\r\n``)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    lines = []
    for row in rows:
        writer.writerow(row)
        lines.append(buf.getvalue()[:-2] + "\n")
        buf.seek(0)
        buf.truncate()
    return "".join(lines)


def _truncate(text: str, width: int) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return text if width <= 0 or len(text) <= width else text[: max(width - 1, 0)] + "…"


def render(rows: Sequence[Row], cols: Sequence[str], fmt: str, max_width: int = 40) -> str:
    """Rows as an aligned table (long text truncated to ``max_width``, 0 = never), CSV, a JSON
    array or newline-delimited JSON."""
    if fmt == "json":
        data = [{c: r.get(c) for c in cols} for r in rows]
        return json.dumps(data, ensure_ascii=False, indent=2, default=jsonable) + "\n"
    if fmt == "nl":
        objects = (json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False, default=jsonable) for r in rows)
        return "".join(line + "\n" for line in objects)
    if fmt == "csv":
        return _csv_lines([[csv_field(c) for c in cols], *([_csv_cell(r.get(c)) for c in cols] for r in rows)])
    if fmt != "table":
        raise BaocaoError(f"unknown output format {fmt!r}")
    table = [list(cols), *([_truncate(_cell(r.get(c)), max_width) for c in cols] for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(cols))]
    lines: list[str] = ["  ".join(t.ljust(w) for t, w in zip(line, widths, strict=True)).rstrip() for line in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def tuples_to_rows(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[Row]:
    return [dict(zip(cols, r, strict=True)) for r in rows]
