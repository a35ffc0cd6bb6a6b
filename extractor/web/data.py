"""What the web pages show, read from the database with the reader's permissions: a unit's
user sees its own unit's reports only (those its header names as issuer, and those its
users uploaded); everyone else sees every report."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.check.runner import latest_reviews
from extractor.document.identity import FileFacts, group_key
from extractor.store.load import loaded_reports, unit_name
from extractor.store.users import Account, can, is_unit
from models.tables import CitationRow, DirectiveRow, DocumentRow, Finding, Organisation, Upload

SEVERITIES = ("error", "warning", "info")
Group = list[FileFacts]  # one report: its files, the one that speaks for it first


@dataclass
class Rendition:
    id: int
    name: str
    format: str
    pages: int | None
    ocr: bool
    sha256: str
    draft: bool


@dataclass
class ReportView:
    """One report (its renditions grouped) as a list row or a page's header."""

    id: int  # the primary rendition's document id: the report's address
    key: str
    doc_type: str | None
    number: str | None
    title: str | None
    date: str | None
    year: int | None
    issuer: str | None
    unit_key: str | None
    renditions: list[Rendition]
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.renditions]

    @property
    def label(self) -> str:
        return self.number or self.title or self.renditions[0].name


def _org_keys(session: Session) -> dict[int, str]:
    return {i: k for i, k in session.execute(select(Organisation.id, Organisation.key))}


def _own_uploads(session: Session, account: Account) -> set[int]:
    """The documents this unit filed itself (each checked, when filed, to name the unit as
    its issuer: :func:`extractor.web.jobs.filing_refusal`)."""
    if account.unit_key is None:
        return set()
    rows = select(Upload.document_id).where(
        Upload.document_id.is_not(None), Upload.unit_key == account.unit_key, Upload.private.is_(False)
    )
    return {int(d) for d in session.scalars(rows) if d is not None}


def _unit_sees(account: Account, orgs: dict[int, str]) -> set[int]:
    """The organisations that are the account's unit (:func:`is_unit`; a unit given without
    the body above it matches that name under one body only)."""
    if account.unit_key is None:
        return set()
    names = Counter(unit_name(k) for k in orgs.values())
    return {i for i, k in orgs.items() if is_unit(k, account.unit_key, ambiguous=names[unit_name(k)] > 1)}


def _visible_groups(session: Session, account: Account) -> tuple[dict[int, DocumentRow], dict[int, str], list[Group]]:
    """The loaded documents, the organisations' keys, and the reports (groups of renditions)
    ``account`` may see: every report for the roles that see all; for a unit, the reports
    whose header names it as issuer (an organisation of the unit, or its own filing)."""
    rows, groups = loaded_reports(session)
    orgs = _org_keys(session)
    if can(account, "see_all"):
        return rows, orgs, groups
    mine, own = _unit_sees(account, orgs), _own_uploads(session, account)
    # the report is the unit's when the file that speaks for it is
    visible = [g for g in groups if rows[g[0].id].organisation_id in mine or g[0].id in own]
    return rows, orgs, visible


def reports(session: Session, account: Account, year: int | None = None) -> list[ReportView]:
    """The reports ``account`` may see (of ``year`` when given), newest first."""
    rows, orgs, groups = _visible_groups(session, account)
    counts = _finding_counts(session)
    views = [_view(group, rows, orgs, counts) for group in groups]
    out = [v for v in views if year is None or v.year == year]
    out.sort(key=lambda r: (r.date or "", r.id), reverse=True)
    return out


def report(session: Session, account: Account, document_id: int) -> ReportView | None:
    """The report one of whose renditions is ``document_id``, when ``account`` may see it
    (None otherwise: the page answers 404 whether it exists or not).  Only its findings are
    counted (a page image asks for it on every request)."""
    rows, orgs, groups = _visible_groups(session, account)
    group = next((g for g in groups if any(f.id == document_id for f in g)), None)
    if group is None:
        return None
    return _view(group, rows, orgs, _finding_counts(session, [f.id for f in group]))


def _view(
    group: list[FileFacts], rows: dict[int, DocumentRow], orgs: dict[int, str], counts: dict[int, Counter[str]]
) -> ReportView:
    primary = rows[group[0].id]
    total: Counter[str] = Counter()
    for f in group:
        total.update(counts.get(f.id, Counter()))
    org = orgs.get(primary.organisation_id or -1)
    return ReportView(
        id=primary.id,
        key=group_key(group),
        doc_type=primary.doc_type,
        number=primary.number,
        title=primary.title,
        date=primary.date,
        year=primary.year,
        issuer=primary.issuing_body,
        unit_key=unit_name(org) if org else None,
        renditions=[
            Rendition(
                f.id, rows[f.id].name, rows[f.id].format, rows[f.id].pages, rows[f.id].ocr, rows[f.id].sha256, f.draft
            )
            for f in group
        ],
        counts=total,
    )


def _finding_counts(session: Session, ids: list[int] | None = None) -> dict[int, Counter[str]]:
    """Findings by severity per document (of ``ids`` only, when given)."""
    query = select(Finding.document_id, Finding.severity)
    if ids is not None:
        query = query.where(Finding.document_id.in_(ids))
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for doc_id, severity in session.execute(query):
        if doc_id is not None:
            out[int(doc_id)][str(severity)] += 1
    return out


def findings(session: Session, view: ReportView) -> list[dict[str, Any]]:
    """The report's findings (as ``baocao check --json`` gives them, with their decision),
    errors first."""
    reviews = latest_reviews(session)
    rows = session.scalars(select(Finding).where(Finding.document_id.in_(view.ids))).all()
    out = []
    for row in rows:
        found = dict(row.details or {})
        found.setdefault("id", row.key)
        decision = reviews.get(row.key)
        found["review"] = (
            {
                "status": decision.status,
                "note": decision.note,
                "reviewer": decision.reviewer,
                "at": decision.at.isoformat(timespec="seconds"),
            }
            if decision is not None
            else None
        )
        out.append(found)
    order = {s: i for i, s in enumerate(SEVERITIES)}
    out.sort(key=lambda f: (order.get(f.get("severity", ""), 9), f.get("rule", ""), f["id"]))
    return out


def citations(session: Session, document_id: int) -> list[dict[str, Any]]:
    """The directives the document cites: key, type, the dates it gives and the page."""
    query = (
        select(DirectiveRow.key, DirectiveRow.type, CitationRow.raw, CitationRow.date, CitationRow.page)
        .join(DirectiveRow, DirectiveRow.id == CitationRow.directive_id)
        .where(CitationRow.document_id == document_id)
        .order_by(CitationRow.id)
    )
    seen: dict[str, dict[str, Any]] = {}
    for key, kind, raw, date, page in session.execute(query):
        entry = seen.setdefault(key, {"key": key, "type": kind, "raws": [], "dates": [], "pages": []})
        if raw not in entry["raws"]:
            entry["raws"].append(raw)
        if date and date not in entry["dates"]:
            entry["dates"].append(date)
        if page and page not in entry["pages"]:
            entry["pages"].append(page)
    return list(seen.values())


def uploads(session: Session, account: Account, limit: int = 50) -> list[Upload]:
    """The account's own uploads, newest first."""
    query = select(Upload).where(Upload.user_id == account.id).order_by(Upload.id.desc()).limit(limit)
    return list(session.scalars(query))


def upload(session: Session, account: Account, upload_id: int) -> Upload | None:
    """An upload the account may see: its own, or (for those who see every report) a filed one."""
    up = session.get(Upload, upload_id)
    if up is None:
        return None
    if up.user_id == account.id or (can(account, "see_all") and not up.private):
        return up
    return None
