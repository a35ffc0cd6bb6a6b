"""The normaliser: a parsed document and its facts become rows, in one transaction.

Directives are shared across documents by normalised key; organisations by a
normalised name (diacritics, case, punctuation and "Đảng ủy"/"Đảng bộ" folded, the
province of the parent body kept apart), with every spelling seen kept as an alias.
A changed file at a known path is a new version: the old one is kept and marked
superseded.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, Table, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extractor.document.elements import Block, Document
from extractor.document.identity import FileFacts, group_renditions, text_sketch
from extractor.find.directives import group_directives
from extractor.find.facts import Citation, Extraction, Figure
from extractor.store.engine import session_scope
from extractor.text.regexes import (
    ORG_KEY_CONJUNCTION,
    ORG_KEY_DANG_UY,
    ORG_KEY_NON_WORD,
    ORG_KEY_ROLE_PREFIX,
    YEAR_DIGITS,
)
from extractor.text.vocabulary import label_table
from models.tables import (
    Base,
    BlockRow,
    CitationRow,
    DirectiveRow,
    DocumentRow,
    FigureRow,
    Label,
    Organisation,
    OrganisationAlias,
    RelationMember,
    RelationRow,
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def name_key(name: str) -> str:
    """``ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH`` and ``Đảng bộ khối các Cơ quan – Doanh
    nghiệp tỉnh`` → ``dang bo khoi cac co quan doanh nghiep tinh``."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = ORG_KEY_NON_WORD.sub(" ", text)
    text = ORG_KEY_CONJUNCTION.sub(" ", text)
    text = ORG_KEY_DANG_UY.sub("dang bo", " ".join(text.split()))
    return ORG_KEY_ROLE_PREFIX.sub("", text).strip()


def organisation_key(name: str, parent: str | None = None) -> str:
    """An organisation's key: its name's, after the body above it when the header names one
    (``dang bo tinh kien giang / dang bo khoi …``: two provinces' units of one name stay two)."""
    return f"{name_key(parent)} / {name_key(name)}" if parent else name_key(name)


def unit_name(key: str) -> str:
    """An organisation's key without the body above it (``huyen x / xa y`` → ``xa y``)."""
    return key.rsplit(" / ", 1)[-1]


def resolve_organisation(session: Session, name: str, parent: str | None = None) -> Organisation:
    """The organisation a name stands for, created on first sight; the spelling is kept as an
    alias, and ``parent`` (the body the header names above it) is the unit it belongs to."""
    key = organisation_key(name, parent)
    alias = session.scalar(select(OrganisationAlias).where(OrganisationAlias.key == key))
    if alias is not None:
        org = alias.organisation
    else:
        found = session.scalar(select(Organisation).where(Organisation.key == key))
        if found is None:
            found = Organisation(name=" ".join(name.split()), key=key)
            session.add(found)
            session.flush()
        org = found
        session.add(OrganisationAlias(organisation_id=org.id, alias=name, key=key))
    if parent and org.parent_id is None:
        org.parent_id = resolve_organisation(session, parent).id  # the header names the unit it belongs to
    session.flush()
    return org


def add_alias(session: Session, org: Organisation, alias: str, parent: str | None = None) -> None:
    key = organisation_key(alias, parent)
    if session.scalar(select(OrganisationAlias.id).where(OrganisationAlias.key == key)) is None:
        session.add(OrganisationAlias(organisation_id=org.id, alias=alias, key=key))


def _directive_ids(session: Session, entries: list[dict[str, Any]]) -> dict[str, int]:
    """Ids of the directives with these keys, inserting the new ones in one statement; a key
    another writer inserts at the same time is not an error (ON CONFLICT DO NOTHING)."""
    keys = [e["key"] for e in entries]
    if not keys:
        return {}
    found = dict(session.execute(select(DirectiveRow.key, DirectiveRow.id).where(DirectiveRow.key.in_(keys))).all())
    missing = [
        {k: e.get(k) for k in ("key", "type", "number", "symbol", "issuer")} for e in entries if e["key"] not in found
    ]
    if missing:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            statement: Any = postgresql_insert(_core(DirectiveRow)).on_conflict_do_nothing(index_elements=["key"])
        elif dialect == "sqlite":
            statement = sqlite_insert(_core(DirectiveRow)).on_conflict_do_nothing(index_elements=["key"])
        else:
            statement = insert(_core(DirectiveRow))
        session.execute(statement, missing)
        new = select(DirectiveRow.key, DirectiveRow.id).where(DirectiveRow.key.in_([m["key"] for m in missing]))
        found.update(dict(session.execute(new).all()))
    return {str(k): int(v) for k, v in found.items()}


def _year(period: str | None, fallback: str | None) -> int | None:
    years = YEAR_DIGITS.findall(period or "") or YEAR_DIGITS.findall(fallback or "")
    return int(years[-1]) if years else None


def _document_row(doc: Document, run_id: int | None, org_id: int | None) -> DocumentRow:
    m = doc.metadata
    return DocumentRow(
        sha256=doc.sha256,
        path=doc.path,
        name=Path(doc.path).name,
        format=doc.format,
        pages=doc.page_count,
        ocr=doc.ocr,
        status="loaded",
        run_id=run_id,
        loaded_at=now(),
        doc_type=m.doc_type,
        number=m.number,
        title=m.title,
        issuing_body=m.issuing_body,
        parent_body=m.parent_body,
        organisation_id=org_id,
        place=m.place,
        date=m.date,
        year=int(m.date[:4]) if m.date else None,
        draft=m.draft,
        signer=m.signer_name,
        metadata_json=m.to_dict(),
        warnings=list(doc.warnings),
        text=doc.text,
        modified_at=_file_time(doc.path),
        sketch=list(text_sketch(doc.text)),
    )


def _file_time(path: str) -> dt.datetime | None:
    """When the file was last modified, or None when it is not on this disk (any more)."""
    try:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.UTC)
    except (OSError, ValueError):
        return None


def _timestamp(at: dt.datetime | None) -> float:
    return at.replace(tzinfo=at.tzinfo or dt.UTC).timestamp() if at is not None else 0.0


def _block_rows(doc_id: int, blocks: list[Block]) -> list[dict[str, Any]]:
    return [
        {
            "document_id": doc_id,
            "idx": i,
            "kind": b.kind.value,
            "text": b.text,
            "page": b.pages[0] if b.pages else None,
            "pages": b.pages,
            "regions": [{"page": r.page, "bbox": r.bbox.to_dict() if r.bbox else None} for r in b.regions],
            "span_start": b.span[0],
            "span_end": b.span[1],
            "level": b.level,
            "table_json": b.table.to_dict() if b.table else None,
            "ocr_confidence": b.ocr_confidence,
        }
        for i, b in enumerate(blocks)
    ]


def _figure_row(
    doc_id: int, block_ids: list[int], f: Figure, fallback_year: str | None, org_id: int | None
) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "block_id": block_ids[f.span.block],
        "fid": f.id,
        "value": f.value,
        "raw": f.raw,
        "decimals": f.decimals,
        "measure": f.measure,
        "unit": f.unit,
        "base": f.base,
        "subject": f.subject,
        "subject_text": f.subject_text,
        "category": f.category,
        "level": f.level,
        "period": f.period,
        "year": _year(f.period, fallback_year),
        "as_of": f.as_of,
        "org": f.org,
        "organisation_id": org_id,
        "approx": f.approx,
        "column_role": f.column,
        "place": f.span.where,
        "footnote": f.span.footnote,
        "cell_row": f.span.cell[0] if f.span.cell else None,
        "cell_col": f.span.cell[1] if f.span.cell else None,
        "page": f.span.pages[0] if f.span.pages else None,
        "span_start": f.span.start,
        "span_end": f.span.end,
        "sentence": f.sentence,
    }


def _core(model: Any) -> Table:
    """The Core table of a mapped class, for inserts that skip ORM bookkeeping."""
    return Base.metadata.tables[model.__tablename__]


def _insert_returning(session: Session, table: Any, rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    """Bulk insert through SQLAlchemy Core (one executemany, no ORM bookkeeping); map each
    row's ``key`` value to its new id."""
    if not rows:
        return {}
    core = _core(table)
    statement = insert(core).returning(core.c.id, core.c[key], sort_by_parameter_order=True)
    return {k: i for i, k in session.execute(statement, rows).all()}


def supersede(session: Session, path: str, new_id: int) -> int:
    """Mark the loaded versions of ``path`` other than ``new_id`` as superseded; returns how many."""
    result = session.execute(
        update(DocumentRow)
        .where(DocumentRow.path == path, DocumentRow.id != new_id, DocumentRow.status == "loaded")
        .values(status="superseded", superseded_by=new_id)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def is_loaded(session: Session, sha256: str) -> bool:
    return loaded_id(session, sha256) is not None


def loaded_id(session: Session, sha256: str) -> int | None:
    """The id of the document loaded with the content ``sha256``, or None."""
    return session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha256))


def store_new(
    engine: Engine, doc: Document, ex: Extraction, *, run_id: int | None = None, also: Iterable[Executable] = ()
) -> tuple[int, bool]:
    """Store one document in one transaction, with the statements ``also`` (a run's counts),
    unless its content is loaded already: (its document id, whether this call stored it).  A
    concurrent loader that won the race for the sha256 counts as loaded; any other integrity
    error is raised."""
    try:
        with session_scope(engine) as s:
            found = loaded_id(s, doc.sha256)
            if found is not None:
                return found, False
            row_id = store_document(s, doc, ex, run_id=run_id).id
            for statement in also:
                s.execute(statement)
        return row_id, True
    except IntegrityError:
        with session_scope(engine) as s:
            found = loaded_id(s, doc.sha256)
        if found is None:
            raise
        return found, False


def sync_labels(session: Session) -> None:
    """Write the vocabulary's Vietnamese names of subject, category and level keys into
    ``labels`` (Datasette's views and facets read them there), replacing what was there."""
    session.execute(delete(Label))
    rows = [{"key": k, "kind": kind, "label_vi": label} for k, kind, label in label_table()]
    if rows:
        session.execute(insert(Label), rows)


def file_facts(row: DocumentRow) -> FileFacts:
    """What grouping files into reports needs of a stored document."""
    loaded = _timestamp(row.loaded_at)
    folder = str(Path(row.path).parent)
    return FileFacts(
        row.id,
        row.name,
        row.number,
        row.issuing_body,
        row.title,
        row.date,
        row.format,
        row.ocr,
        row.draft,
        loaded,
        folder,
        row.parent_body,
        row.path,
        row.run_id or 0,
        _timestamp(row.modified_at),
        tuple(row.sketch) if row.sketch is not None else text_sketch(row.text),  # rows loaded before 0008
    )


def loaded_reports(session: Session) -> tuple[dict[int, DocumentRow], list[list[FileFacts]]]:
    """The loaded documents by id, and their files grouped into reports
    (:func:`group_renditions`), the rendition that speaks for each report first."""
    query = select(DocumentRow).where(DocumentRow.status == "loaded").order_by(DocumentRow.id)
    rows = {r.id: r for r in session.scalars(query)}
    return rows, group_renditions([file_facts(r) for r in rows.values()])


def loaded_path(session: Session, sha256: str) -> str | None:
    """The path the content ``sha256`` was loaded from, or None when it is not in the database."""
    return session.scalar(select(DocumentRow.path).where(DocumentRow.sha256 == sha256))


def store_document(session: Session, doc: Document, ex: Extraction, run_id: int | None = None) -> DocumentRow:
    """Insert one document with its blocks, figures, relations and citations."""
    m = doc.metadata
    issuer = resolve_organisation(session, m.issuing_body, m.parent_body) if m.issuing_body else None
    row = _document_row(doc, run_id, issuer.id if issuer else None)
    session.add(row)
    session.flush()
    block_ids_by_idx = _insert_returning(session, BlockRow, _block_rows(row.id, doc.blocks), "idx")
    block_ids = [block_ids_by_idx[i] for i in range(len(doc.blocks))]
    fallback_year = m.date
    org_ids = {f.org: resolve_organisation(session, f.org).id for f in ex.figures if f.org}
    figure_rows = [_figure_row(row.id, block_ids, f, fallback_year, org_ids.get(f.org or "")) for f in ex.figures]
    figure_ids = _insert_returning(session, FigureRow, figure_rows, "fid")
    _store_relations(session, row.id, ex, figure_ids)
    _store_citations(session, row.id, doc, ex.citations, block_ids)
    supersede(session, doc.path, row.id)
    return row


def _store_relations(session: Session, doc_id: int, ex: Extraction, figure_ids: dict[str, int]) -> None:
    rows = [
        {"document_id": doc_id, "kind": r.kind, "evidence": r.evidence, "certainty": r.certainty, "n": n}
        for n, r in enumerate(ex.relations)
    ]
    if not rows:
        return
    core = _core(RelationRow)
    statement = insert(core).returning(core.c.id, sort_by_parameter_order=True)
    ids = [row[0] for row in session.execute(statement, [{k: v for k, v in r.items() if k != "n"} for r in rows])]
    members = []
    for relation_id, rel in zip(ids, ex.relations, strict=True):
        for role, value in rel.members.items():
            listed = value if isinstance(value, list) else [value]
            members += [
                {"relation_id": relation_id, "role": role, "position": pos, "figure_id": figure_ids[fid]}
                for pos, fid in enumerate(i for i in listed if i)
            ]
    if members:
        session.execute(insert(_core(RelationMember)), members)


def _store_citations(
    session: Session, doc_id: int, doc: Document, citations: list[Citation], block_ids: list[int]
) -> None:
    directive_ids = _directive_ids(session, [d for d in group_directives(citations) if d.get("key")])
    rows = []
    for c in citations:
        block = c.span.block
        rows.append(
            {
                "document_id": doc_id,
                "directive_id": directive_ids.get(c.key),
                "block_id": block_ids[block] if 0 <= block < len(block_ids) else None,
                "kind": c.kind,
                "raw": c.raw,
                "date": c.date,
                "date_raw": c.date_raw,
                "body": c.body,
                "subject": c.subject,
                "variant": c.variant,
                "refers_to": c.refers_to,
                "page": c.span.pages[0] if c.span.pages else None,
                "place": c.span.where,
                "span_start": c.span.start,
                "span_end": c.span.end,
            }
        )
    if rows:
        session.execute(insert(_core(CitationRow)), rows)
