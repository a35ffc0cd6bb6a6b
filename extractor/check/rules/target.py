"""percent of target: ``đạt X% chỉ tiêu`` against actual / target × 100."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import judge


@relation_rule("percent", "target")
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
    found = judge("percent", rel, percent, expected, [percent, actual, target], computation, texts)
    if found is not None:
        yield found
