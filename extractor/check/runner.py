"""Run every rule over the database and keep the findings.

The checker sees every loaded report at once: relations are checked per document,
agreement and directive rules across documents.  Findings are stored by their stable
id; a re-run replaces the findings of the documents it checked and leaves the auditors'
review decisions (kept by finding id) untouched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from extractor.check.apply import run_rules
from extractor.check.findings import LIST_ROLES, Cite, Doc, Fig, FindingData, Rel, numbered
from extractor.document.identity import current_renditions, group_key
from extractor.errors import BaocaoError
from extractor.store.load import file_facts, loaded_reports, now
from models.tables import (
    BlockRow,
    CitationRow,
    DirectiveRow,
    DocumentRow,
    FigureRow,
    Finding,
    RelationMember,
    RelationRow,
    Review,
)


@dataclass
class CheckResult:
    findings: list[FindingData]
    reviews: dict[str, Review]  # latest review per finding id

    def visible(self, hide_dismissed: bool) -> list[FindingData]:
        if not hide_dismissed:
            return self.findings
        return [f for f in self.findings if getattr(self.reviews.get(f.key), "status", None) != "dismissed"]


def _documents(session: Session, names: list[str] | None) -> tuple[dict[int, Doc], dict[int, Doc]]:
    """The reports to check, each by its primary rendition (:func:`group_renditions`: the
    DOCX, else the text-layer PDF, TXT, scan; a report's other renditions are not checked
    again), those with a rendition whose name contains one of ``names`` when given; and their
    other renditions (each knowing its report's primary), by id."""
    rows, groups = loaded_reports(session)
    docs = {
        r.id: Doc(r.id, r.name, r.sha256, r.date, r.organisation_id, r.issuing_body, r.number, r.title, r.format, r.ocr)
        for r in rows.values()
    }
    earlier = _superseded_keys(session)
    chosen: dict[int, Doc] = {}
    others: dict[int, Doc] = {}  # the other renditions of the chosen reports, by id
    for group in groups:
        if names and not any(n in f.name for f in group for n in names):
            continue
        key = group_key(group)
        keys = {k for f in group for k in (f.strong_key, f.name_key, *earlier.get(f.path, ()))}
        alternatives = tuple(sorted(k for k in keys if k and k != key))
        chosen[group[0].id] = replace(docs[group[0].id], report=key, other_keys=alternatives)
        current = {f.id for f in current_renditions(group)}  # older versions and drafts are not compared
        others.update(
            (
                f.id,
                replace(
                    docs[f.id], primary=group[0].id if f.id in current else None, report=key, other_keys=alternatives
                ),
            )
            for f in group[1:]
        )
    return chosen, others


def _superseded_keys(session: Session) -> dict[str, set[str]]:
    """The report keys the earlier versions of each path had (a file re-sent at its path with
    a new date has a new key; decisions made under the old one are carried over)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in session.scalars(select(DocumentRow).where(DocumentRow.status == "superseded")):
        f = file_facts(r)
        out[f.path].update(k for k in (f.strong_key, f.name_key) if k)
    return out


def _figures(session: Session, docs: dict[int, Doc]) -> dict[int, Fig]:
    rows = session.execute(
        select(FigureRow, BlockRow.ocr_confidence)
        .join(BlockRow, BlockRow.id == FigureRow.block_id)
        .where(FigureRow.document_id.in_(list(docs)))
        .order_by(FigureRow.document_id, FigureRow.id)
    )
    figs = numbered(
        Fig(
            id=r.id,
            fid=r.fid,
            document=docs[r.document_id],
            value=r.value,
            raw=r.raw,
            decimals=r.decimals,
            measure=r.measure,
            approx=r.approx,
            subject=r.subject,
            category=r.category,
            period=r.period,
            column_role=r.column_role,
            org=r.org,
            place=r.place,
            page=r.page,
            footnote=r.footnote,
            sentence=r.sentence,
            base=r.base,
            unit=r.unit,
            ocr_confidence=confidence,
            as_of=r.as_of,
            cell=r.cell_col,
        )
        for r, confidence in rows
    )
    return {f.id: f for f in figs}


def _relations(session: Session, docs: dict[int, Doc], figs: dict[int, Fig]) -> list[Rel]:
    members: dict[int, list[RelationMember]] = defaultdict(list)
    query = select(RelationMember).join(RelationRow).where(RelationRow.document_id.in_(list(docs)))
    for m in session.scalars(query):
        members[m.relation_id].append(m)
    out = []
    for r in session.scalars(select(RelationRow).where(RelationRow.document_id.in_(list(docs)))):
        roles: dict[str, Fig | list[Fig] | None] = {}
        for m in sorted(members[r.id], key=lambda m: (m.role, m.position)):
            fig = figs[m.figure_id]
            if m.role in LIST_ROLES:
                existing = roles.setdefault(m.role, [])
                assert isinstance(existing, list)
                existing.append(fig)
            else:
                roles[m.role] = fig
        out.append(Rel(r.kind, docs[r.document_id], roles, r.evidence, r.certainty))
    return out


def _citations(session: Session, docs: dict[int, Doc]) -> list[Cite]:
    query = (
        select(CitationRow, DirectiveRow)
        .join(DirectiveRow, CitationRow.directive_id == DirectiveRow.id)
        .where(CitationRow.document_id.in_(list(docs)))
    )
    return [
        Cite(d.key, docs[c.document_id], c.kind, c.raw, c.date, c.body, c.variant, d.issuer, c.page, c.place)
        for c, d in session.execute(query).all()
    ]


def latest_reviews(session: Session) -> dict[str, Review]:
    """Each finding id's latest decision."""
    out: dict[str, Review] = {}
    for r in session.scalars(select(Review).order_by(Review.at)):
        out[r.finding_key] = r
    return out


def check_database(session: Session, documents: list[str] | None = None) -> CheckResult:
    """Check the loaded documents (all, or those whose names contain one of ``documents``)
    and store the findings."""
    docs, others = _documents(session, documents)
    figs = _figures(session, docs)
    rels = _relations(session, docs, figs)
    cites = _citations(session, docs)
    findings = _one_per_id(run_rules(list(figs.values()), rels, cites, _rendition_pairs(session, figs, others)))
    _save(session, {*docs, *others}, findings)
    reviews = latest_reviews(session)
    _carry_over(session, findings, reviews)
    return CheckResult(findings, reviews)


def _rendition_pairs(
    session: Session, figs: dict[int, Fig], others: dict[int, Doc]
) -> list[tuple[list[Fig], list[Fig]]]:
    """For each other rendition of a report's current version: the primary's figures, and its own."""
    if not others:
        return []
    by_doc: dict[int, list[Fig]] = defaultdict(list)
    for f in figs.values():
        by_doc[f.document.id].append(f)
    for f in _figures(session, others).values():
        by_doc[f.document.id].append(f)
    return [(by_doc[d.primary], by_doc[d.id]) for d in others.values() if d.primary is not None]


def _one_per_id(findings: list[FindingData]) -> list[FindingData]:
    """One finding per id: the same finding read from two renditions of one report (its
    DOCX and its PDF) has one id, and is shown once, on the rendition that speaks for the
    report (DOCX, then text-layer PDF, then TXT, then scan)."""
    best: dict[str, FindingData] = {}
    for f in findings:
        kept = best.get(f.key)
        if kept is None or _rank(f) < _rank(kept):
            best[f.key] = f
    chosen = {id(f) for f in best.values()}
    return [f for f in findings if id(f) in chosen]


def _rank(f: FindingData) -> int:
    return f.document.rank if f.document else 0


def _carry_over(session: Session, findings: list[FindingData], reviews: dict[str, Review]) -> None:
    """A decision recorded under an id the finding had before (from file hashes, or under its
    report's other key) is recorded again under its id now, once, noting where it came from."""
    for f in findings:
        if f.key in reviews:
            continue
        earlier = [(k, reviews[k]) for k in f.earlier_keys() if k != f.key and k in reviews]
        if not earlier:
            continue
        key, old = max(earlier, key=lambda kr: kr[1].at)  # the latest decision
        note = f"{old.note} (recorded under id {key})".strip()
        copy = Review(finding_key=f.key, status=old.status, note=note, reviewer=old.reviewer, at=old.at)
        session.add(copy)
        reviews[f.key] = copy


def _save(session: Session, renditions: set[int], findings: list[FindingData]) -> None:
    """Replace the stored findings of the checked reports (of every rendition: an earlier
    check may have stored some on a rendition that no longer speaks for its report)."""
    session.execute(delete(Finding).where(Finding.document_id.in_(list(renditions))))
    created = now()
    for f in findings:
        existing = session.scalar(select(Finding).where(Finding.key == f.key))
        if existing is not None:
            session.delete(existing)
            session.flush()
        session.add(
            Finding(
                key=f.key,
                rule=f.rule,
                severity=f.severity,
                document_id=f.document.id if f.document else None,
                details=f.to_dict(),
                created_at=created,
            )
        )


MIN_PREFIX = 4  # characters of a finding id that may stand for it


def rule_names() -> list[str]:
    """The names of every rule, once each, in registration order."""
    from extractor.check.registry import registered

    return list(dict.fromkeys(rule.name for rule in registered()))


def find_finding(session: Session, key: str) -> Finding:
    """The finding whose id is ``key`` or starts with it (at least MIN_PREFIX characters, and
    only one finding may match)."""
    key = key.strip()
    exact = session.scalar(select(Finding).where(Finding.key == key))
    if exact is not None:
        return exact
    if len(key) >= MIN_PREFIX:
        matches = list(session.scalars(select(Finding).where(Finding.key.startswith(key, autoescape=True)).limit(6)))
        if len(matches) == 1:
            return matches[0]
        if matches:
            shown = ", ".join(m.key for m in matches[:5])
            raise BaocaoError(
                f"finding id {key!r} is ambiguous: {len(matches)} or more ids start with it ({shown}); give more of it"
            )
    raise BaocaoError(f"no finding with id {key!r}; run `baocao check` and copy an id from its output")


def review(session: Session, key: str, status: str, note: str, reviewer: str) -> tuple[Review, Finding]:
    """Record an auditor's decision on a finding (by its stable id or a unique prefix of it);
    returns the decision and the finding it is on."""
    finding = find_finding(session, key)
    decision = Review(finding_key=finding.key, status=status, note=note, reviewer=reviewer, at=now())
    session.add(decision)
    return decision, finding
