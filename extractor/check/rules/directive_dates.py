"""directive dates: one directive cited with two different dates (in one report or across
reports), and a cited date later than the citing report's own date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from extractor.check.findings import Cite, FindingData
from extractor.check.registry import facts_rule
from extractor.check.rules.judgement import cite_finding


@facts_rule("directive-dates", "citations")
def check_directive_dates(cites: list[Cite]) -> Iterator[FindingData]:
    """One directive cited with different dates, in one report or across reports."""
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
            yield cite_finding(
                "directive-dates",
                "warning",
                listed,
                (
                    f"{key} được dẫn với {len(dates)} ngày khác nhau {where[0]}",
                    f"{key} is cited with {len(dates)} different dates {where[1]}",
                ),
                computation,
            )


@facts_rule("directive-date-after-report", "citations")
def check_directive_after_report(cites: list[Cite]) -> Iterator[FindingData]:
    """A cited date later than the citing report's own date."""
    for c in cites:
        if c.date and c.document.date and c.date > c.document.date and c.kind != "self":
            yield cite_finding(
                "directive-date-after-report",
                "error",
                [c],
                (
                    f"{c.key} được dẫn với ngày {c.date}, sau ngày ban hành báo cáo {c.document.date}",
                    f"{c.key} is cited with the date {c.date}, after the report's own date {c.document.date}",
                ),
                f"{c.date} > {c.document.date}",
            )
