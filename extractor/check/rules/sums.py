"""sum and distribution: the parts of a total add up to it; a list of shares adds up to 100 %."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import finding, judge
from extractor.check.tolerance import Interval, total


@relation_rule("sum", "total_parts")
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
        yield finding(
            "distribution", rel, parts, "100", expected, f"{terms} = {expected.describe()} ≠ 100", texts, "error"
        )
        return
    texts = (
        f"Tổng các phần ({terms}) không khớp với tổng số {total_fig.raw}",
        f"The parts ({terms}) do not add up to the stated total {total_fig.raw}",
    )
    computation = f"{terms} = {expected.describe()}; ghi/stated {total_fig.raw}"
    found = judge("sum", rel, total_fig, expected, [total_fig, *parts], computation, texts)
    if found is not None:
        yield found
