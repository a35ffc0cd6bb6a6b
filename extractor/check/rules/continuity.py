"""continuity: a unit's count at one point in time, stated in two reports (members at the end
of 2022 in one, at the start of 2023 in the next), must be the same count.

Only counts that say the day they stand at (``tính đến 31/12/2022``, ``đầu năm 2023``) are
compared, of persons or organisations (đảng viên, tổ chức cơ sở đảng …), with no rating or
action, about the reporting unit itself, in two different reports (never two renditions of
one); the end of a year and the start of the next are one point.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from extractor.check.findings import Fig, FindingData, fig_identity
from extractor.check.registry import facts_rule
from extractor.text.vocabulary import load_vocabulary, vietnamese_label

STOCKS = ("persons", "organisations")  # unit families whose counts are stocks at a day


@facts_rule("continuity", "figures")
def check_continuity(figs: list[Fig]) -> Iterator[FindingData]:
    """The same unit's count of the same thing at one day (or the end of a year and the start
    of the next) stated differently in two reports."""
    vocab = load_vocabulary()
    groups: dict[tuple[int, str, str], list[Fig]] = defaultdict(list)
    for f in figs:
        if not _stock(f, vocab.family(f.subject)) or f.document.organisation_id is None:
            continue
        assert f.as_of is not None
        groups[(f.document.organisation_id, f.subject, _point(f.as_of))].append(f)
    for members in groups.values():
        first = members[0]
        for other in members[1:]:
            if other.document.identity != first.document.identity and other.value != first.value:
                yield _finding(first, other)
                break


def _stock(f: Fig, family: str) -> bool:
    return (
        f.as_of is not None
        and f.measure == "count"
        and f.category is None
        and f.approx is None
        and f.org is None
        and family in STOCKS
    )


def _point(iso: str) -> str:
    """One key for the end of a day and the start of the next (31/12/2022 and 01/01/2023)."""
    day = dt.date.fromisoformat(iso)
    return (day + dt.timedelta(days=1)).isoformat() if day.month == 12 and day.day == 31 else iso


def _finding(a: Fig, b: Fig) -> FindingData:
    what = vietnamese_label(a.subject)
    return FindingData(
        rule="continuity",
        severity="warning",
        document=b.document,
        stated=b.raw,
        expected=a.raw,
        computation=(f"{what}: {a.raw} ({a.document.name}, {a.as_of}) / {b.raw} ({b.document.name}, {b.as_of})"),
        tolerance="cùng một thời điểm, phải bằng nhau / one point in time: must be equal",
        message_vi=(f"Số {what} của cùng đơn vị tại cùng thời điểm khác nhau giữa hai báo cáo: {a.raw} và {b.raw}"),
        message_en=f"The unit's number of {what} at one point in time differs between two reports: {a.raw}, {b.raw}",
        figures=[b, a],
        identity=fig_identity([b, a]),
        why=(
            "hai báo cáo khác nhau, cùng đơn vị, cùng đối tượng, cùng thời điểm ghi rõ",
            "two different reports, one unit, one subject, the same stated point in time",
        ),
    )
