"""What every rule shares: how a stated figure is judged against what it should be, and the
wording of a finding (bilingual messages, computation, tolerance).

Every arithmetic rule compares intervals (see :mod:`extractor.check.tolerance`): a relation
holds when what the stated numbers could have been overlaps what they should be.  A relation
that holds only if the author truncated instead of rounding gives a ``warning`` that says so
(``info`` when a figure is approximate, or when the structure is so loose that an outright
mismatch would be only ``info``);
one that fails outright is an ``error`` (exact numbers) or a ``warning`` (when an
approximate figure — hơn, gần, khoảng — is involved).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from extractor.check.findings import Cite, Fig, FindingData, Rel, cite_identity, fig_identity
from extractor.check.tolerance import Interval, format_number, truncated
from extractor.text.quantities import unit_factor
from extractor.text.regexes import WORDS_ONLY_GAP
from extractor.text.vocabulary import load_vocabulary

TOLERANCE_NOTE = (
    "giá trị ghi được hiểu là khoảng làm tròn (±½ đơn vị chữ số cuối) / "
    "stated values are rounding intervals (±½ of the last digit)"
)


SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
WHY_EXACT = ("cấu trúc chắc chắn, số liệu chính xác", "the structure is certain and the figures exact")
WHY_APPROX = ("có số liệu ước lượng (hơn, gần, khoảng…)", "a figure is approximate (hơn, gần, khoảng…)")
WHY_TRUNCATED = (
    "chỉ lệch do cắt bớt chữ số thay vì làm tròn: sai quy tắc làm tròn, nhưng có thể là cách ghi của người viết",
    "it differs only as truncation would: the value breaks the rounding rule, which its author may not have kept",
)


def severity_of(figs: list[Fig]) -> str:
    return "warning" if any(f.approx for f in figs) else "error"


def why_of(figs: list[Fig]) -> tuple[str, str]:
    return WHY_APPROX if any(f.approx for f in figs) else WHY_EXACT


def milder(a: str, b: str) -> str:
    """The milder of two severities."""
    return a if SEVERITY_RANK[a] >= SEVERITY_RANK[b] else b


def truncation_holds(target: Fig, expected: Interval) -> bool:
    return target.decimals > 0 and truncated(target.value, target.decimals).overlaps(expected)


def finding(
    rule: str,
    rel: Rel,
    figs: list[Fig],
    stated_text: str,
    expected: Interval,
    computation: str,
    texts: tuple[str, str],
    severity: str,
    why: tuple[str, str] = WHY_EXACT,
) -> FindingData:
    return FindingData(
        rule=rule,
        severity=severity,
        document=rel.document,
        stated=stated_text,
        expected=expected.describe(),
        computation=computation,
        tolerance=TOLERANCE_NOTE,
        message_vi=texts[0],
        message_en=texts[1],
        figures=figs,
        identity=fig_identity(figs),
        why=why,
    )


def judge(
    rule: str,
    rel: Rel,
    checked: Fig,
    expected: Interval,
    figs: list[Fig],
    computation: str,
    texts: tuple[str, str],
    cap: tuple[str, tuple[str, str]] | None = None,
) -> FindingData | None:
    """None when the stated figure agrees with what it should be; else a finding.  ``cap``
    (a severity and why) makes the finding no more severe than the structure is certain."""
    if checked.interval().overlaps(expected):
        return None
    if truncation_holds(checked, expected):
        trunc = (
            f"{texts[0]} — chỉ khớp nếu số liệu bị cắt bớt chữ số thay vì làm tròn",
            f"{texts[1]} — it matches only if the figure was truncated, not rounded",
        )
        # a warning, unless a figure is approximate or the structure so loose that even an
        # outright mismatch would be only info
        loose = severity_of(figs) != "error" or (cap is not None and cap[0] == "info")
        why = cap[1] if cap is not None else why_of(figs)
        both = (
            WHY_TRUNCATED
            if cap is None and not loose
            else (f"{WHY_TRUNCATED[0]}; {why[0]}", f"{WHY_TRUNCATED[1]}; {why[1]}")
        )
        return finding(rule, rel, figs, checked.raw, expected, computation, trunc, "info" if loose else "warning", both)
    severity, why = severity_of(figs), why_of(figs)
    if cap is not None and milder(severity, cap[0]) != severity:
        severity, why = cap
    return finding(rule, rel, figs, checked.raw, expected, computation, texts, severity, why)


def cite_finding(rule: str, severity: str, cites: list[Cite], texts: tuple[str, str], computation: str) -> FindingData:
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
        identity=cite_identity(cites),
    )


# ---------------------------------------------------------------- a part at most its total

WHY_SUBSET = (
    "một phần lớn hơn tổng của nó, nhưng số liệu có thể thuộc về một tổng khác",
    "a part is larger than its total, though the figure may belong to another total",
)
WHY_FAR = (
    "phần lớn gấp nhiều lần tổng: nhiều khả năng số liệu thuộc về một tổng khác",
    "the part is several times its total: it most likely belongs to another total",
)
# A part more than this many times its total was most likely read under the wrong total (a
# mistyped number rarely doubles it): info, not a warning.
FAR_OFF = 2.0


def held_to_total(rel: Rel, far_is_info: bool) -> Iterator[FindingData]:
    """Each part of ``rel`` at most its total.  ``far_is_info``: a part several times its
    total (:data:`FAR_OFF`) is info (a part of a list most likely read under the wrong total;
    one part alone, stated with its total, is held to it: a dropped digit makes it so)."""
    total_fig = rel.one("total")
    if total_fig is None:
        return
    bound = total_fig.interval()
    for part in rel.many("parts"):
        if part.measure != total_fig.measure and {part.measure, total_fig.measure} != {"count", "ratio"}:
            continue  # a ratio's first number counts like a count: "63/68 đảng bộ …, trong đó có 59 …"
        mixed = part.unit != total_fig.unit  # "3.100 triệu đồng" of "2,5 tỷ đồng": units shown
        a, b = (part.shown, total_fig.shown) if mixed else (part.raw, total_fig.raw)
        texts = (
            f"Số {a} lớn hơn tổng số {b} mà nó thuộc về",
            f"{a} is larger than the total {b} it is part of",
        )
        computation = f"{a} ≤ {b}?"
        expected = Interval(0.0, bound.hi / unit_factor(part.unit, total_fig.unit))  # in the part's unit
        far = far_is_info and part.interval().lo > FAR_OFF * expected.hi
        cap = ("info", WHY_FAR) if far else ("warning", WHY_SUBSET)
        found = judge("subset", rel, part, expected, [part, total_fig], computation, texts, cap)
        if found is not None:
            yield found


WHOLE_FAMILIES = ("persons", "organisations")  # counted in whole numbers, and so are their wholes


def _next_to(count: Fig, percent: Fig) -> bool:
    """Whether the share follows its count in their sentence with no other number between."""
    at = count.sentence.find(count.raw)
    after = count.sentence.find(percent.raw, at + len(count.raw)) if at >= 0 else -1
    return after >= 0 and WORDS_ONLY_GAP.fullmatch(count.sentence, at + len(count.raw), after) is not None


WHY_NO_BASE = (
    "tổng số không được nêu; không có tổng số nguyên nào cho ra tỷ lệ này từ số đếm đã nêu",
    "the whole is not stated, and no whole number of it gives this share of the stated count",
)


def check_whole_base(percent: Fig, count: Fig, rel: Rel) -> Iterator[FindingData]:
    """granularity, its whole not stated: a share of a whole count (``kết nạp 21 đảng viên, đạt
    63,3% kế hoạch``; ``công nhận 123 làng, khu phố, đạt 56,1%``) that no whole number of the
    whole can give, rounded or cut off (21 is 63,3 % of 33,15 to 33,20: of no number of
    members).  Only counts, written whole and exact, with a percentage of at least one decimal."""
    if count.measure != "count" or count.approx or percent.approx or count.decimals or percent.decimals < 1:
        return
    if load_vocabulary().family(count.subject) not in WHOLE_FAMILIES or not _next_to(count, percent):
        return  # areas and tonnes need no whole plan; a share paired across the sentence may be another's
    c = count.value
    unit = 10.0**-percent.decimals
    lo, hi = percent.value - unit / 2, percent.value + unit  # rounded, or cut off
    if c <= 0 or lo <= 0 or c != int(c):
        return
    smallest, largest = 100.0 * c / hi, 100.0 * c / lo
    if math.floor(largest) >= math.ceil(smallest):
        return  # a whole number lies in the range
    texts = (
        f"Không có tổng số nguyên nào để {count.raw} chiếm {percent.raw}%",
        f"No whole number of which {count.raw} is {percent.raw}%",
    )
    computation = (
        f"{count.raw} / ({percent.raw}% ± ½ đơn vị cuối) = {format_number(smallest)}–{format_number(largest)}: "
        "không có số nguyên / no whole number"
    )
    yield finding(
        "granularity",
        rel,
        [percent, count],
        percent.raw,
        percent.interval(),
        computation,
        texts,
        "warning",
        WHY_NO_BASE,
    )
