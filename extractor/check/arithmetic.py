"""Arithmetic rules over the relations the text states: sums, shares, averages, targets,
percentage distributions and granularity (GRIM).

Every rule compares intervals (see :mod:`extractor.check.tolerance`): a relation holds
when what the stated numbers could have been overlaps what they should be.  A relation
that holds only if the author truncated instead of rounding gives an ``info`` finding
that says so; one that fails outright is an ``error`` (exact numbers) or a ``warning``
(when an approximate figure — hơn, gần, khoảng — is involved).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from extractor.check.findings import Fig, FindingData, Rel, fig_identity
from extractor.check.tolerance import Interval, _fmt, total, truncated

TOLERANCE_NOTE = (
    "giá trị ghi được hiểu là khoảng làm tròn (±½ đơn vị chữ số cuối) / "
    "stated values are rounding intervals (±½ of the last digit)"
)


def _severity(figs: list[Fig]) -> str:
    return "warning" if any(f.approx for f in figs) else "error"


def _truncation_holds(target: Fig, expected: Interval) -> bool:
    return target.decimals > 0 and truncated(target.value, target.decimals).overlaps(expected)


def _finding(
    rule: str,
    rel: Rel,
    figs: list[Fig],
    stated_text: str,
    expected: Interval,
    computation: str,
    texts: tuple[str, str],
    severity: str,
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
    )


def _judge(
    rule: str, rel: Rel, checked: Fig, expected: Interval, figs: list[Fig], computation: str, texts: tuple[str, str]
) -> FindingData | None:
    """None when the stated figure agrees with what it should be; else a finding."""
    if checked.interval().overlaps(expected):
        return None
    if _truncation_holds(checked, expected):
        trunc = (
            f"{texts[0]} — chỉ khớp nếu số liệu bị cắt bớt chữ số thay vì làm tròn",
            f"{texts[1]} — it matches only if the figure was truncated, not rounded",
        )
        return _finding(rule, rel, figs, checked.raw, expected, computation, trunc, "info")
    return _finding(rule, rel, figs, checked.raw, expected, computation, texts, _severity(figs))


def check_sum(rel: Rel) -> Iterator[FindingData]:
    """sum: the parts of a total add up to it (a distribution of percentages to 100)."""
    parts = rel.many("parts")
    total_fig = rel.one("total")
    if len(parts) < 2:
        return
    expected = total([p.interval() for p in parts])
    terms = " + ".join(p.raw for p in parts)
    if total_fig is None:
        if not all(p.measure == "percent" for p in parts):
            return
        if expected.overlaps(Interval(100.0, 100.0)):
            return
        texts = (
            f"Các tỷ lệ thành phần ({terms}) cộng lại không bằng 100%",
            f"The shares ({terms}) do not add up to 100%",
        )
        yield _finding(
            "distribution", rel, parts, "100", expected, f"{terms} = {expected.describe()} ≠ 100", texts, "error"
        )
        return
    texts = (
        f"Tổng các phần ({terms}) không khớp với tổng số {total_fig.raw}",
        f"The parts ({terms}) do not add up to the stated total {total_fig.raw}",
    )
    computation = f"{terms} = {expected.describe()}; ghi/stated {total_fig.raw}"
    found = _judge("sum", rel, total_fig, expected, [total_fig, *parts], computation, texts)
    if found is not None:
        yield found


def _share(count: Fig, base_value: float | None, base_fig: Fig | None) -> Interval | None:
    numerator = count.interval() if count.measure != "ratio" else Interval(count.value, count.value)
    if base_fig is not None and base_fig is not count:
        denominator = base_fig.interval()
    elif count.base is not None:
        denominator = Interval(count.base, count.base)
    elif base_value is not None:
        denominator = Interval(base_value, base_value)
    else:
        return None
    ratio = numerator.divide(denominator)
    return ratio.scale(100.0) if ratio else None


def check_percent(rel: Rel) -> Iterator[FindingData]:
    """percent: a percentage against its count over its base."""
    percent, count, base = rel.one("percent"), rel.one("count"), rel.one("base")
    if percent is None or count is None:
        return
    expected = _share(count, None, base)
    if expected is None:
        return
    denominator = base.raw if base is not None and base is not count else _fmt(count.base or 0)
    numerator = count.raw.split("/")[0]
    computation = f"{numerator} / {denominator} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ {percent.raw}% không khớp với {numerator}/{denominator}",
        f"The percentage {percent.raw}% does not match {numerator}/{denominator}",
    )
    figs = [percent, count] + ([base] if base is not None and base is not count else [])
    found = _judge("percent", rel, percent, expected, figs, computation, texts)
    if found is not None:
        yield found
    yield from check_granularity(percent, count.base if base is None or base is count else base.value, rel)


def check_granularity(percent: Fig, base: float | None, rel: Rel) -> Iterator[FindingData]:
    """granularity (GRIM): a percentage that no whole count of the stated base can produce."""
    if base is None or base <= 0 or base != int(base) or percent.approx:
        return
    n = int(base)
    interval = percent.interval()
    lo = max(0, math.floor(interval.lo * n / 100) - 1)
    hi = min(n, math.ceil(interval.hi * n / 100) + 1) if interval.hi != float("inf") else n
    if any(interval.overlaps(Interval(100 * k / n, 100 * k / n)) for k in range(lo, hi + 1)):
        return
    texts = (
        f"Không có số nguyên nào trên tổng {n} cho ra tỷ lệ {percent.raw}%",
        f"No whole count out of {n} gives {percent.raw}%",
    )
    nearest = sorted({round(100 * k / n, percent.decimals + 2) for k in range(lo, hi + 1)})
    computation = f"k / {n} × 100 ∈ {{{', '.join(_fmt(x) for x in nearest[:4])}…}}; ghi/stated {percent.raw}%"
    yield _finding("granularity", rel, [percent], percent.raw, interval, computation, texts, "warning")


def check_average(rel: Rel) -> Iterator[FindingData]:
    """average: a stated average (bình quân) against the values it averages."""
    average, terms = rel.one("average"), rel.many("terms")
    if average is None or len(terms) < 2:
        return
    expected = total([t.interval() for t in terms]).scale(1 / len(terms))
    listing = " + ".join(t.raw for t in terms)
    computation = f"({listing}) / {len(terms)} = {expected.describe()}; ghi/stated {average.raw}"
    texts = (
        f"Số bình quân {average.raw} không khớp với trung bình của {len(terms)} giá trị",
        f"The average {average.raw} does not match the mean of its {len(terms)} values",
    )
    found = _judge("average", rel, average, expected, [average, *terms], computation, texts)
    if found is not None:
        yield found


def check_target(rel: Rel) -> Iterator[FindingData]:
    """percent (of target): ``đạt X% chỉ tiêu`` against actual / target × 100."""
    actual, target, percent = rel.one("actual"), rel.one("target"), rel.one("percent")
    if actual is None or target is None or percent is None:
        return
    if actual.measure == "percent" and target.measure == "percent" and percent.measure != "percent":
        return
    ratio = actual.interval().divide(target.interval())
    if ratio is None:
        return
    expected = ratio.scale(100.0)
    computation = f"{actual.raw} / {target.raw} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ so với chỉ tiêu {percent.raw}% không khớp với {actual.raw}/{target.raw}",
        f"The percentage of target {percent.raw}% does not match {actual.raw}/{target.raw}",
    )
    found = _judge("percent", rel, percent, expected, [percent, actual, target], computation, texts)
    if found is not None:
        yield found


def check_identity(rel: Rel) -> Iterator[FindingData]:
    """identity over time: start ± change = end, where the report states all three."""
    start, change, end = rel.one("start"), rel.one("change"), rel.one("end")
    if start is None or change is None or end is None:
        return
    sign = 1 if rel.evidence == "tăng" else -1
    expected = start.interval() + change.interval().scale(sign)
    op = "+" if sign > 0 else "−"
    computation = f"{start.raw} {op} {change.raw} = {expected.describe()}; ghi/stated {end.raw}"
    texts = (
        f"Số đầu kỳ {start.raw} {op} thay đổi {change.raw} không bằng số cuối kỳ {end.raw}",
        f"Start {start.raw} {op} change {change.raw} does not give the stated end {end.raw}",
    )
    found = _judge("identity", rel, end, expected, [end, start, change], computation, texts)
    if found is not None:
        yield found


RELATION_RULES: dict[str, Callable[[Rel], Iterator[FindingData]]] = {
    "change": check_identity,
    "total_parts": check_sum,
    "percent_of": check_percent,
    "average_of": check_average,
    "target": check_target,
}


def check_relation(rel: Rel) -> list[FindingData]:
    rule = RELATION_RULES.get(rel.kind)
    return list(rule(rel)) if rule else []
