"""directive dates: one directive cited with two different dates (in one report or across
reports), and a cited date later than the citing report's own date.

Party numbers start again with each congress term and State numbers with each year, so two
citations of one key are compared only when they can be the same document: their dates fall
in one term (``01-HD/TW`` of 2012 and of 2021 are two guides) or, for a State number without
its year (``11/NQ-HĐND``), in one year.  The terms are data (``patterns/directives.yaml``).
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Iterator

from extractor.check.findings import Cite, FindingData
from extractor.check.registry import facts_rule
from extractor.check.rules.judgement import cite_finding
from extractor.text.regexes import LOCAL_COMMITTEE, PARTY_KEY, STATE_KEY_WITHOUT_YEAR
from extractor.text.resources import load_yaml


@functools.cache
def _term_starts() -> dict[str, list[str]]:
    terms = load_yaml("directives.yaml")["terms"]
    return {"central": sorted(terms["central"]), "local": sorted(terms["local"])}


def edition(key: str, issuer: str | None, date: str) -> str:
    """What, besides its key, tells a directive apart: the term of a Party number, the year
    of a State number without one, nothing for the others."""
    if STATE_KEY_WITHOUT_YEAR.match(key):
        return date[:4]
    if PARTY_KEY.match(key):
        level = "central" if (issuer or key.rsplit("/", 1)[-1]) in ("TW", "TƯ") or key.endswith("TW") else "local"
        return f"{level}:{bisect.bisect_right(_term_starts()[level], date)}"
    return ""


def _same_body(dated: dict[str, Cite]) -> list[dict[str, Cite]]:
    """The citations of one key and edition grouped by the committee that issued them: a
    province's and a city's committee both number their documents /TU (``Nghị quyết 05 … của
    Tỉnh ủy`` and ``Nghị quyết 05 … của Thành ủy Bảo Lộc`` are two documents), and so do two
    cities'.  A citation naming no committee, or no place, joins every group it can be."""
    named: dict[tuple[str, str], dict[str, Cite]] = defaultdict(dict)
    loose: list[tuple[str, str, Cite]] = []  # (class or "", "", cite): joins every matching group
    for date, c in dated.items():
        local = LOCAL_COMMITTEE.search(c.body or "")
        cls = (local["cls"] or local["cls2"] or "").lower()[:3] if local else ""  # "tỉn", "thà", "thị"
        place = " ".join(local["place"].split()) if local else ""
        if cls and place:
            named[(cls, place)][date] = c
        else:
            loose.append((cls, date, c))
    if not named:
        return [{date: c for _, date, c in loose}]
    groups = []
    for (cls, _place), group in named.items():
        joined = {date: c for other, date, c in loose if other in ("", cls)}
        groups.append({**joined, **group})
    unplaced = {date: c for cls, date, c in loose if cls and all(cls != k[0] for k in named)}
    return [*groups, *([unplaced] if unplaced else [])]


@facts_rule("directive-dates", "citations")
def check_directive_dates(cites: list[Cite]) -> Iterator[FindingData]:
    """One directive cited with different dates, in one report or across reports (only
    citations that can be one document: same term or year)."""
    by_key: dict[tuple[str, str], dict[str, Cite]] = defaultdict(dict)
    for c in cites:
        if c.date and c.kind in ("citation", "alias", "replacement"):
            by_key[(c.key, edition(c.key, c.issuer, c.date))].setdefault(c.date, c)
    for (key, _edition), dated in by_key.items():
        for dates in _same_body(dated):
            if len(dates) > 1:
                yield _dates_finding(key, dates)


def _dates_finding(key: str, dates: dict[str, Cite]) -> FindingData:
    listed = sorted(dates.values(), key=lambda c: c.date or "")
    same_doc = len({c.document.id for c in listed}) == 1
    where = ("trong cùng báo cáo", "within one report") if same_doc else ("giữa các báo cáo", "across reports")
    computation = "; ".join(f"{c.date} ({c.document.name}, tr./p. {c.page})" for c in listed)
    return cite_finding(
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
