"""agreement: the same measure (subject, category, period, organisation) stated with
different values in the body or a footnote and in the appendix of one report, or in two
reports about the same organisation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from extractor.check.findings import Fig, FindingData, fig_identity
from extractor.check.registry import facts_rule
from extractor.text.vocabulary import vietnamese_label

TYPO_SPREAD = 0.25  # text and appendix values within 25 % of each other are compared as one measure


def _values_differ(a: Fig, b: Fig) -> bool:
    return not a.interval().overlaps(b.interval())


def _agreement_finding(figs: list[Fig], where_vi: str, where_en: str) -> FindingData:
    values = ", ".join(f"{f.raw} ({f.document.name}, {f.place}, tr./p. {f.page})" for f in figs)
    label = vietnamese_label(figs[0].category) if figs[0].category else None
    subject = f"{vietnamese_label(figs[0].subject)}" + (f" / {label}" if label else "")
    return FindingData(
        rule="agreement",
        severity="warning",
        document=figs[0].document,
        stated=figs[0].raw,
        expected=figs[1].raw,
        computation=f"{subject}, {figs[0].period or '—'}: {values}",
        tolerance="khoảng làm tròn của mỗi số không giao nhau / the rounding intervals do not overlap",
        message_vi=f"Cùng một chỉ tiêu ({subject}) được ghi với các giá trị khác nhau {where_vi}",
        message_en=f"The same measure ({subject}) is stated with different values {where_en}",
        figures=figs,
        identity=fig_identity(figs),
    )


def _specific(f: Fig) -> bool:
    """Only figures that say exactly what they measure are compared: a named unit, a rating
    or action, and no approximation."""
    return f.subject != "other" and f.category is not None and f.approx is None and f.measure in ("count", "percent")


@facts_rule("agreement", "figures")
def check_text_against_table(figs: list[Fig]) -> Iterator[FindingData]:
    """A body or footnote figure without a period against the appendix's whole-period
    ("Thực hiện") cell of the same subject and category in the same report."""
    actual = defaultdict(list)
    for f in figs:
        if f.place == "table" and f.column_role == "actual" and _specific(f):
            actual[(f.document.id, f.subject, f.category, f.measure)].append(f)
    for f in figs:
        if f.place == "table" or f.period is not None or not _specific(f):
            continue
        cells = actual.get((f.document.id, f.subject, f.category, f.measure), [])
        if not cells or any(not _values_differ(f, c) for c in cells):
            continue  # no appendix cell for it, or one that agrees
        near = [c for c in cells if _typo_distance(f, c)]
        if near:
            yield _agreement_finding([f, near[0]], "trong văn bản và phụ lục", "in the text and in the appendix")


def _typo_distance(a: Fig, b: Fig) -> bool:
    """Values close enough to be one measure written twice (588 and 558), not two measures
    that share a subject (07 members inspected for a violation against 5.744 inspected)."""
    big = max(abs(a.value), abs(b.value))
    return big > 0 and abs(a.value - b.value) / big <= TYPO_SPREAD


@facts_rule("agreement", "figures")
def check_across_reports(figs: list[Fig]) -> Iterator[FindingData]:
    """The same measure and period for the same organisation, stated differently in two reports
    (two different reports: the renditions of one, its DOCX and its PDF, are not compared)."""
    groups = defaultdict(list)
    for f in figs:
        if _specific(f) and f.period and f.document.organisation_id is not None and f.org is None:
            groups[(f.document.organisation_id, f.subject, f.category, f.period, f.measure, f.column_role)].append(f)
    for members in groups.values():
        reports = {f.document.identity for f in members}
        if len(reports) < 2:
            continue  # one report, perhaps in several renditions: never set against its own copies
        # the earlier report first, whatever order a batch's workers stored them in
        members.sort(key=lambda f: (f.document.date or "", f.document.name, f.document.id))
        first = members[0]
        for other in members[1:]:
            if other.document.identity != first.document.identity and _values_differ(first, other):
                yield _agreement_finding([first, other], "trong hai báo cáo", "in two reports")
