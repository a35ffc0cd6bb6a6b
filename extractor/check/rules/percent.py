"""percent and granularity: a percentage against its count over its base, and a percentage
no whole count of its base can produce (GRIM)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from extractor.check.findings import Fig, FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import check_whole_base, finding, judge, truncation_holds
from extractor.check.tolerance import Interval, format_number, truncated
from extractor.check.tolerance import total as total_of
from extractor.find.facts import EITHER_OF_RATIO


def _share(count: Fig, base_value: float | None, base_fig: Fig | None) -> Interval | None:
    numerator = count.interval() if count.measure != "ratio" else count.ratio_intervals()[0]
    if base_fig is not None and base_fig is not count:
        denominator = base_fig.interval_in(count)  # "118.790 triệu đồng" of "119,45 tỷ đồng": one scale
    elif count.base is not None:
        denominator = count.ratio_intervals()[1]  # "45/58 ha": an area's whole is rounded too
    elif base_fig is count:
        denominator = count.interval()  # "toàn bộ 234 chi bộ …, đạt tỷ lệ 100%": all of them
    elif base_value is not None:
        denominator = Interval(base_value, base_value)
    else:
        return None
    ratio = numerator.divide(denominator)
    return ratio.scale(100.0) if ratio else None


WHY_INFERRED_BASE = (
    "mẫu số là tổng số gần nhất cùng loại, văn bản không nêu rõ",
    "the base is the latest total of the same kind; the text does not name it",
)


def _cap(rel: Rel) -> tuple[str, tuple[str, str]] | None:
    """A base the text does not state outright makes a mismatch a warning, not an error."""
    return ("warning", WHY_INFERRED_BASE) if rel.certainty == "plausible" else None


WHY_RATE = (
    "mẫu số là mức trước khi thay đổi, suy ra từ mức hiện tại và mức thay đổi; văn bản không nêu",
    "the base is the level before the change, worked out from the level now and the change; the text does not state it",
)


def check_rate(rel: Rel, percent: Fig, change: Fig, level: Fig) -> Iterator[FindingData]:
    """A change's rate over the level before it, which the text leaves to arithmetic: the
    level now minus an increase, plus a decrease (``1.734 vụ … giảm 400 vụ (-18,74%)``)."""
    moved = change.interval_in(level)
    before = level.interval() + moved if rel.evidence == "giảm" else level.interval() - moved
    ratio = moved.divide(before)
    if ratio is None:
        return
    expected = ratio.scale(100.0)
    op = "+" if rel.evidence == "giảm" else "−"
    earlier = f"({level.raw} {op} {change.raw})"
    computation = f"{change.raw} / {earlier} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ {percent.raw}% không khớp với mức {rel.evidence} {change.raw} so với mức trước đó {earlier}",
        f"The rate {percent.raw}% does not match a change of {change.raw} over the level before it {earlier}",
    )
    cap = ("warning", WHY_RATE)
    found = judge("percent", rel, percent, expected, [percent, change, level], computation, texts, cap)
    if found is not None:
        yield found


WHY_IMPLIED = (
    "mẫu số không được nêu; nó là tổng số mà các tỷ lệ cùng loại khác trong đoạn cùng cho ra",
    "the base is not stated; it is the whole that the other shares of the paragraph all give",
)


WHY_TWO_IMPLIED = (
    "mẫu số không được nêu; hai tỷ lệ của hai loại rời nhau cho ra hai tổng số khác nhau, không biết tỷ lệ nào sai",
    "the base is not stated; the shares of two disjoint classes imply two different wholes, and which is wrong "
    "the arithmetic cannot tell",
)


def check_two_implied(rel: Rel, percent: Fig, count: Fig, peers: list[Fig]) -> Iterator[FindingData]:
    """Two shares of disjoint classes whose whole is not stated: each count over its share must
    give one whole.  One finding for the pair, judging both shares alike."""
    other_count, other = peers
    mine, theirs = _whole_of(count, percent), _whole_of(other_count, other)
    if mine is None or theirs is None or mine.overlaps(theirs):
        return  # (each share rounded or cut off to its decimals: "1 đồng chí (14,2%)" of 7)
    first, second = sorted([(percent, count, mine), (other, other_count, theirs)], key=lambda t: t[0].fid)
    if first[0] is not percent:
        return  # the pair's finding is made once, from its first share
    shown = [f"≈ {format_number(round(50.0 * (w.lo + w.hi)))}" for _, _, w in (first, second)]
    computation = f"{first[1].raw} / {first[0].raw}% {shown[0]}; {second[1].raw} / {second[0].raw}% {shown[1]}"
    texts = (
        f"Tỷ lệ {first[0].raw}% của {first[1].raw} và {second[0].raw}% của {second[1].raw} cho ra hai tổng số khác "
        f"nhau ({shown[0]}, {shown[1]})",
        f"The shares {first[0].raw}% of {first[1].raw} and {second[0].raw}% of {second[1].raw} imply two different "
        f"wholes ({shown[0]}, {shown[1]})",
    )
    expected = first[1].interval().divide(second[2])
    if expected is None:
        return
    figures = [first[0], first[1], second[0], second[1]]
    stated = f"{first[0].raw}%"
    yield finding("percent", rel, figures, stated, expected, computation, texts, "warning", WHY_TWO_IMPLIED)


def check_implied(rel: Rel, percent: Fig, count: Fig, peers: list[Fig]) -> Iterator[FindingData]:
    """A share whose whole is not stated, against the whole its sibling shares all imply (each
    sibling's count over its share); nothing when the siblings do not agree on one.  With one
    sibling, :func:`check_two_implied`."""
    if len(peers) == 2:
        yield from check_two_implied(rel, percent, count, peers)
        return
    wholes = [_whole_of(c, p) for c, p in zip(peers[0::2], peers[1::2], strict=False)]
    if not wholes or any(w is None for w in wholes):
        return
    lo, hi = max(w.lo for w in wholes if w), min(w.hi for w in wholes if w)
    if lo > hi:
        return  # the siblings imply no one whole: one of them is the odd one
    whole = Interval(100.0 * lo, 100.0 * hi)
    share = count.interval().divide(whole)
    if share is None:
        return
    expected = share.scale(100.0)
    shown = f"≈ {format_number(round((whole.lo + whole.hi) / 2))}"
    computation = f"{count.raw} / {whole.describe()} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ {percent.raw}% không khớp với {count.raw} trên tổng số {shown} mà các tỷ lệ khác cùng cho ra",
        f"The share {percent.raw}% does not match {count.raw} of the whole {shown} the other shares give",
    )
    found = judge(
        "percent", rel, percent, expected, [percent, count, *peers], computation, texts, ("warning", WHY_IMPLIED)
    )
    if found is not None:
        yield found


WHY_CLASSES = (
    "mẫu số không được nêu; nó là tổng số của mọi loại trong thang xếp loại mà câu nêu (số được xếp loại)",
    "the base is not stated; it is the sum of every class of the scale the sentence counts (those rated)",
)


def _share_interval(share: Fig) -> Interval:
    """The values a share stands for, rounded or cut off to its decimals."""
    written = share.interval()
    if not share.decimals:
        return written
    return Interval(written.lo, max(written.hi, truncated(share.value, share.decimals).hi))


def _whole_of(count: Fig, share: Fig) -> Interval | None:
    """The wholes a count and its share (rounded or cut off) can come from, in units of 1 % of them."""
    return count.interval().divide(_share_interval(share))


CORROBORATES = 0.1  # a count and share whose whole is known within 10 % of it can bear out another's


def _bears_out(mine: Interval | None, other: Interval | None) -> bool:
    """Whether another count and share imply the whole this one does, and are precise enough to
    say so (``9 hội viên, chiếm 2%`` fits any whole from 360 to 600: it bears out nothing)."""
    return other is not None and other.hi - other.lo <= CORROBORATES * other.hi and _agree([mine, other])


def _agree(wholes: list[Interval | None]) -> bool:
    """Whether the wholes (two at least) have one in common."""
    known = [w for w in wholes if w is not None]
    return len(known) == len(wholes) >= 2 and max(w.lo for w in known) <= min(w.hi for w in known)


def check_classes(rel: Rel, percent: Fig, count: Fig, classes: list[Fig], peers: list[Fig]) -> Iterator[FindingData]:
    """A share of one class of a scale whose every class the sentence counts, with no total.  A
    share that implies the whole another share does is left alone (both may be of a wider whole
    than the rated, the members, some not rated); else against the whole the other shares agree
    on, if they do; else against the classes' sum (the rated)."""
    mine = _whole_of(count, percent)
    others = [_whole_of(c, p) for c, p in zip(peers[0::2], peers[1::2], strict=False)]
    if any(_bears_out(mine, other) for other in others):
        return
    if _agree(others):
        yield from check_implied(rel, percent, count, peers)
        return
    share = count.interval().divide(total_of([c.interval() for c in classes]))
    if share is None:
        return
    expected = share.scale(100.0)
    summed = " + ".join(c.raw for c in classes)
    computation = f"{count.raw} / ({summed}) × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ {percent.raw}% không khớp với {count.raw} trên tổng các loại ({summed})",
        f"The share {percent.raw}% does not match {count.raw} of the classes' sum ({summed})",
    )
    cap = ("warning", WHY_CLASSES)
    found = judge("percent", rel, percent, expected, [percent, count, *classes], computation, texts, cap)
    if found is not None:
        yield found


@relation_rule("percent", "percent_of")
def check_percent(rel: Rel) -> Iterator[FindingData]:
    """percent: a percentage against its count over its base."""
    percent, count, base = rel.one("percent"), rel.one("count"), rel.one("base")
    if percent is None or count is None:
        return
    level = rel.one("level")
    if base is None and level is not None:
        yield from check_rate(rel, percent, count, level)
        return
    if base is None and rel.many("classes"):
        yield from check_classes(rel, percent, count, rel.many("classes"), rel.many("peers"))
        return
    if base is None and rel.many("peers"):
        yield from check_implied(rel, percent, count, rel.many("peers"))
        return
    expected = _share(count, None, base)
    if expected is None:
        if base is None and count.base is None:
            yield from check_whole_base(percent, count, rel)  # "123 làng, khu phố, đạt 56,1%": of no whole number
        return
    if rel.evidence == EITHER_OF_RATIO and base is not None and base.base:
        yield from check_either(rel, percent, count, base, expected)
        return
    twin, twin_share = _twin_pair(rel), _twin_share(rel)
    if twin_share is not None and _comes_out_of(percent, twin_share):
        return  # "6.930 hộ = 35.695 khẩu chiếm 41,96%": of the households, if not of the persons
    # a ratio base counts by its first number: "1.456/1.625 hồ sơ" is 1.456 handled
    if base is not None and base is not count:
        denominator = base.raw.split("/")[0]
    else:  # a ratio's whole, or a count said to be all of them over itself
        denominator = format_number(count.base) if count.base is not None else count.raw
    numerator = count.raw.split("/")[0]
    if base is not None and base is not count and base.unit != count.unit:  # "1.530 triệu đồng/2 tỷ đồng"
        numerator, denominator = count.shown, base.shown
    computation = f"{numerator} / {denominator} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ {percent.raw}% không khớp với {numerator}/{denominator}",
        f"The percentage {percent.raw}% does not match {numerator}/{denominator}",
    )
    if twin and twin_share is not None:  # "6.930 hộ = 35.695 khẩu": of neither pair
        computation += f"; {twin} × 100 = {twin_share.describe()}"
        texts = (f"{texts[0]} lẫn {twin}", f"{texts[1]} nor {twin}")
    figs = [percent, count] + ([base] if base is not None and base is not count else [])
    cap = ("warning", WHY_TWIN) if twin else _cap(rel)
    found = judge("percent", rel, percent, expected, figs, computation, texts, cap)
    if found is not None:
        yield found
    whole_counts = not count.measured and (base is None or not base.measured)  # an area need not be whole
    whole_counts = whole_counts and not (base is not None and base.approx)  # "khoảng 4.125 hộ": any whole near it
    # a level with decimals over another (a table's "So với" column: "Ngày điều trị trung bình | 34 |
    # 36,6 | 107%") is no count of whole things out of a whole
    whole_counts = whole_counts and not count.decimals and not (base is not None and base.decimals)
    if count.measure in ("count", "ratio") and (base is None or base.measure in ("count", "ratio")) and whole_counts:
        yield from check_granularity(percent, count.base if base is None or base is count else base.value, rel)


WHY_TWIN = (
    "tỷ lệ có thể tính theo một trong hai cặp số văn bản nêu (hộ hoặc khẩu, vụ hoặc bị can; số đếm hoặc "
    "tổng của một cặp số viết qua dấu / hoặc «trong tổng số»), văn bản không nói rõ; tỷ lệ không khớp với cả hai",
    "the share may be of either of two pairs the text gives (households or persons, cases or the accused; "
    "the count or the whole of a pair over a slash or «trong tổng số»), the text does not say which, and it "
    "matches neither",
)


def _twin_share(rel: Rel) -> Interval | None:
    """What the other pair of a share of one thing counted by two units gives
    (:mod:`extractor.find.twin_counts`), if it has one."""
    count, base = rel.one("twin_count"), rel.one("twin_base")
    return None if count is None or base is None else _share(count, None, base)


def _twin_pair(rel: Rel) -> str:
    count, base = rel.one("twin_count"), rel.one("twin_base")
    return "" if count is None or base is None else f"{count.raw}/{base.raw}"


def _comes_out_of(percent: Fig, expected: Interval) -> bool:
    """Whether a stated share comes out of what a pair (or a whole count) gives, rounded or cut off."""
    return percent.interval().overlaps(expected) or truncation_holds(percent, expected)


WHY_EITHER = (
    "mẫu số có thể là số đếm hoặc tổng của tỷ số; văn bản không nói rõ, tỷ lệ không khớp với cả hai",
    "the base may be the ratio's count or its whole; the text does not say, and the share matches neither",
)


WHY_RATIO_WHOLE = (
    "số đếm lớn hơn tử số của tỷ số trước nó nên được đọc là một phần của tổng tỷ số; văn bản không nói rõ",
    "the count is larger than the ratio's count before it, so it is read as a share of the ratio's whole; the text "
    "does not say so",
)


def check_either(rel: Rel, percent: Fig, count: Fig, ratio: Fig, of_count: Interval) -> Iterator[FindingData]:
    """A share whose base is a ratio the text leaves open (``128/161 xã …, trong đó 72 xã …
    (chiếm 44,72%)``): it holds over the ratio's count or over its whole; a warning when over
    neither."""
    whole = ratio.base or 0.0
    ratio_of_whole = count.interval().divide(Interval(whole, whole))
    if ratio_of_whole is None:
        return
    of_whole = ratio_of_whole.scale(100.0)
    # more than the ratio's count is no share of it, only of its whole ("18/142 xã …; 124 xã …")
    possible = (of_whole,) if count.value > ratio.value else (of_count, of_whole)
    if any(_comes_out_of(percent, e) for e in possible):
        return
    first, total = ratio.raw.split("/")[0], format_number(whole)
    if len(possible) == 1:
        computation = f"{count.raw} / {total} × 100 = {of_whole.describe()}; ghi/stated {percent.raw}%"
        texts = (
            f"Tỷ lệ {percent.raw}% không khớp với {count.raw}/{total}",
            f"The percentage {percent.raw}% does not match {count.raw}/{total}",
        )
    else:
        computation = (
            f"{count.raw} / {first} × 100 = {of_count.describe()}; {count.raw} / {total} × 100 = "
            f"{of_whole.describe()}; ghi/stated {percent.raw}%"
        )
        texts = (
            f"Tỷ lệ {percent.raw}% không khớp với {count.raw}/{first} lẫn {count.raw}/{total}",
            f"The percentage {percent.raw}% matches neither {count.raw}/{first} nor {count.raw}/{total}",
        )
    near = min(possible, key=lambda e: abs(e.lo - percent.value))
    why = WHY_EITHER if len(possible) > 1 else WHY_RATIO_WHOLE
    yield finding("percent", rel, [percent, count, ratio], percent.raw, near, computation, texts, "warning", why)


def check_granularity(percent: Fig, base: float | None, rel: Rel) -> Iterator[FindingData]:
    """granularity (GRIM): a percentage that no whole count of the stated base can produce,
    rounded or truncated (counts only: an amount of money need not be whole)."""
    if base is None or base <= 0 or base != int(base) or percent.approx:
        return
    n = int(base)
    interval = percent.interval()
    lo = max(0, math.floor(interval.lo * n / 100) - 1)
    # a level over an earlier one may pass 100 % ("bằng 100,33% so với cùng kỳ (9.383 lao động)")
    hi = math.ceil(interval.hi * n / 100) + 1 if interval.hi != float("inf") else n
    shares = [Interval(100 * k / n, 100 * k / n) for k in range(lo, hi + 1)]
    if any(_comes_out_of(percent, s) for s in shares):
        return  # a count gives it, rounded or cut ("26/30 … đạt 86,66%": 86,666… cut to two places)
    texts = (
        f"Không có số nguyên nào trên tổng {n} cho ra tỷ lệ {percent.raw}%",
        f"No whole count out of {n} gives {percent.raw}%",
    )
    nearest = sorted({round(100 * k / n, percent.decimals + 2) for k in range(lo, hi + 1)})
    computation = f"k / {n} × 100 ∈ {{{', '.join(format_number(x) for x in nearest[:4])}…}}; ghi/stated {percent.raw}%"
    yield finding("granularity", rel, [percent], percent.raw, interval, computation, texts, "warning")
