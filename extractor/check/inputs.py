"""Checker inputs straight from an extraction, without a database.

``facts_to_check_inputs`` builds the same :class:`Fig`, :class:`Rel` and :class:`Cite`
objects that :mod:`extractor.check.runner` reads from the tables, field for field as
:func:`extractor.store.load.store_document` writes them, so :func:`extractor.check.apply.run_rules` gives the
same findings in memory as ``baocao check`` on a loaded database.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractor.check.apply import run_rules
from extractor.check.findings import LIST_ROLES, Cite, Doc, Fig, FindingData, Rel, numbered
from extractor.document.elements import Document
from extractor.find.directives import group_directives
from extractor.find.facts import Extraction, Figure
from extractor.store.load import organisation_key


@dataclass
class CheckInputs:
    doc: Doc
    figs: list[Fig]
    rels: list[Rel]
    cites: list[Cite]
    by_fid: dict[str, Fig]


def _organisation_id(doc: Document) -> int | None:
    """A stable stand-in for the organisation row id: the hash of the normalised issuer name."""
    m = doc.metadata
    if not m.issuing_body:
        return None
    return zlib.crc32(organisation_key(m.issuing_body, m.parent_body).encode("utf-8"))


def _fig(index: int, f: Figure, doc: Doc, source: Document) -> Fig:
    return Fig(
        id=index,
        fid=f.id,
        document=doc,
        value=f.value,
        raw=f.raw,
        decimals=f.decimals,
        measure=f.measure,
        approx=f.approx,
        subject=f.subject,
        category=f.category,
        period=f.period,
        column_role=f.column,
        org=f.org,
        place=f.span.where,
        page=f.span.pages[0] if f.span.pages else None,
        footnote=f.span.footnote,
        sentence=f.sentence,
        base=f.base,
        unit=f.unit,
        ocr_confidence=source.blocks[f.span.block].ocr_confidence,
        as_of=f.as_of,
        cell=f.span.cell[1] if f.span.cell else None,
    )


def _rel(kind: str, members: dict[str, object], evidence: str, doc: Doc, by_fid: dict[str, Fig], certainty: str) -> Rel:
    roles: dict[str, Fig | list[Fig] | None] = {}
    for role, value in sorted(members.items()):
        ids = value if isinstance(value, list) else [value]
        figs = [by_fid[i] for i in ids if isinstance(i, str) and i in by_fid]
        if role in LIST_ROLES:
            if figs:
                roles[role] = figs
        elif figs:
            roles[role] = figs[0]
    return Rel(kind, doc, roles, evidence, certainty)


def _cites(ex: Extraction, doc: Doc) -> list[Cite]:
    """Citations the database would keep: those whose key is a directive of the report."""
    issuers = {str(d["key"]): d.get("issuer") for d in group_directives(ex.citations) if d.get("key")}
    return [
        Cite(
            c.key,
            doc,
            c.kind,
            c.raw,
            c.date,
            c.body,
            c.variant,
            issuers[c.key],
            c.span.pages[0] if c.span.pages else None,
            c.span.where,
        )
        for c in ex.citations
        if c.key in issuers
    ]


def facts_to_check_inputs(doc: Document, extraction: Extraction, doc_id: int = 1, first_figure: int = 1) -> CheckInputs:
    """The checker's view of one parsed and extracted document (``doc_id`` and ``first_figure``
    tell documents and their figures apart when several are checked together)."""
    d = Doc(
        doc_id, Path(doc.path).name, doc.sha256, doc.metadata.date, _organisation_id(doc), doc.metadata.issuing_body
    )
    figs = numbered(_fig(i, f, d, doc) for i, f in enumerate(extraction.figures, start=first_figure))
    by_fid = {f.fid: f for f in figs}
    rels = [_rel(r.kind, r.members, r.evidence, d, by_fid, r.certainty) for r in extraction.relations]
    return CheckInputs(d, figs, rels, _cites(extraction, d), by_fid)


def check_extraction(doc: Document, extraction: Extraction, doc_id: int = 1) -> list[FindingData]:
    """Every rule over one document in memory (:func:`extractor.check.apply.run_rules`)."""
    inputs = facts_to_check_inputs(doc, extraction, doc_id)
    return run_rules(inputs.figs, inputs.rels, inputs.cites)


def check_documents(pairs: Iterable[tuple[Document, Extraction]]) -> list[FindingData]:
    """Every rule over several documents in memory at once, so that the rules across
    reports (agreement, directive dates) compare them with each other."""
    figs: list[Fig] = []
    rels: list[Rel] = []
    cites: list[Cite] = []
    for doc_id, (doc, extraction) in enumerate(pairs, start=1):
        inputs = facts_to_check_inputs(doc, extraction, doc_id, first_figure=len(figs) + 1)
        figs += inputs.figs
        rels += inputs.rels
        cites += inputs.cites
    return run_rules(figs, rels, cites)
