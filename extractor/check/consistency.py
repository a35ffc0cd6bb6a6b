"""Consistency rules across places and reports: agreement of figures and directive citations.

* agreement — the same measure (subject, category, period, organisation) stated with
  different values in the body or a footnote and in the appendix of one report, or in
  two reports about the same organisation;
* directive dates — one directive cited with two different dates (in one report or
  across reports); a cited date later than the citing report's own date;
* directive level — a symbol whose issuer level contradicts the body named with it
  (a ``/TW`` directive said to be issued by a provincial standing committee);
* directive variants — a mistyped or oddly spaced number recognised as a known
  directive (``02-ĐA/DU`` for ``02-ĐA/ĐU``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from extractor.check.findings import Cite, Fig, FindingData, fig_identity

TYPO_SPREAD = 0.25  # text and appendix values within 25 % of each other are compared as one measure

BODY_LEVEL_WORDS = {
    "central": ("trung ương", "bộ chính trị", "ban bí thư"),
    "provincial": ("tỉnh ủy", "tỉnh uỷ", "đảng bộ tỉnh"),
    "district": ("huyện ủy", "huyện uỷ", "quận ủy", "đảng bộ huyện"),
    "bloc": ("đảng ủy khối", "đảng uỷ khối", "đảng bộ khối"),
}


def _values_differ(a: Fig, b: Fig) -> bool:
    return not a.interval().overlaps(b.interval())


def _agreement_finding(figs: list[Fig], where_vi: str, where_en: str) -> FindingData:
    values = ", ".join(f"{f.raw} ({f.document.name}, {f.place}, tr./p. {f.page})" for f in figs)
    subject = figs[0].subject + (f" / {figs[0].category}" if figs[0].category else "")
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


def check_across_reports(figs: list[Fig]) -> Iterator[FindingData]:
    """The same measure and period for the same organisation, stated differently in two reports."""
    groups = defaultdict(list)
    for f in figs:
        if _specific(f) and f.period and f.document.organisation_id is not None and f.org is None:
            groups[(f.document.organisation_id, f.subject, f.category, f.period, f.measure, f.column_role)].append(f)
    for members in groups.values():
        docs = {f.document.id for f in members}
        if len(docs) < 2:
            continue
        first = members[0]
        for other in members[1:]:
            if other.document.id != first.document.id and _values_differ(first, other):
                yield _agreement_finding([first, other], "trong hai báo cáo", "in two reports")


def _cite_finding(rule: str, severity: str, cites: list[Cite], texts: tuple[str, str], computation: str) -> FindingData:
    return FindingData(
        rule=rule,
        severity=severity,
        document=cites[0].document,
        stated=cites[0].raw,
        expected=cites[-1].raw,
        computation=computation,
        tolerance="—",
        message_vi=texts[0],
        message_en=texts[1],
        citations=cites,
        identity=tuple(f"{c.document.sha256}:{c.key}:{c.raw}:{c.date}" for c in cites),
    )


def check_directive_dates(cites: list[Cite]) -> Iterator[FindingData]:
    by_key: dict[str, dict[str, Cite]] = defaultdict(dict)
    for c in cites:
        if c.date and c.kind in ("citation", "alias", "replacement"):
            by_key[c.key].setdefault(c.date, c)
    for key, dates in by_key.items():
        if len(dates) > 1:
            listed = sorted(dates.values(), key=lambda c: c.date or "")
            same_doc = len({c.document.id for c in listed}) == 1
            where = ("trong cùng báo cáo", "within one report") if same_doc else ("giữa các báo cáo", "across reports")
            computation = "; ".join(f"{c.date} ({c.document.name}, tr./p. {c.page})" for c in listed)
            yield _cite_finding(
                "directive-dates",
                "warning",
                listed,
                (
                    f"{key} được dẫn với {len(dates)} ngày khác nhau {where[0]}",
                    f"{key} is cited with {len(dates)} different dates {where[1]}",
                ),
                computation,
            )


def check_directive_after_report(cites: list[Cite]) -> Iterator[FindingData]:
    for c in cites:
        if c.date and c.document.date and c.date > c.document.date and c.kind != "self":
            yield _cite_finding(
                "directive-date-after-report",
                "error",
                [c],
                (
                    f"{c.key} được dẫn với ngày {c.date}, sau ngày ban hành báo cáo {c.document.date}",
                    f"{c.key} is cited with the date {c.date}, after the report's own date {c.document.date}",
                ),
                f"{c.date} > {c.document.date}",
            )


def _body_level(body: str) -> str | None:
    low = body.casefold()
    for level, words in BODY_LEVEL_WORDS.items():
        if any(w in low for w in words):
            return level
    return None


def check_directive_level(cites: list[Cite], issuer_levels: dict[str, str]) -> Iterator[FindingData]:
    for c in cites:
        if not c.body or not c.issuer or c.kind == "self":
            continue
        symbol_level = issuer_levels.get(c.issuer)
        body_level = _body_level(c.body)
        if symbol_level and body_level and symbol_level != body_level:
            texts = (
                f"Ký hiệu {c.key} (cấp {symbol_level}) mâu thuẫn với cơ quan ban hành ghi kèm: {c.body}",
                f"The symbol of {c.key} ({symbol_level} level) contradicts the issuing body written with it: {c.body}",
            )
            computation = f"{c.issuer} → {symbol_level}; «{c.body}» → {body_level}"
            yield _cite_finding("directive-level", "warning", [c], texts, computation)


def _only_spacing(c: Cite) -> bool:
    """``02- ĐA/ĐU`` is the normal number with odd spacing; ``02-ĐA/DU`` is mistyped."""
    compact = "".join(c.raw.split()[-1:]) if " " not in c.raw.strip() else "".join(c.raw.split())
    return c.key.split("-", 1)[-1] in compact


def check_directive_variants(cites: list[Cite]) -> Iterator[FindingData]:
    for c in cites:
        if c.variant and c.kind != "self":
            texts = (
                f"Số hiệu viết khác dạng chuẩn: «{c.raw}» được nhận là {c.key}",
                f"Non-standard spelling «{c.raw}» read as {c.key}",
            )
            severity = "info" if _only_spacing(c) else "warning"
            yield _cite_finding("directive-variant", severity, [c], texts, f"«{c.raw}» → {c.key}")
