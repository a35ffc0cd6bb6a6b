"""percent of target: ``đạt X% chỉ tiêu`` against actual / target × 100."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import check_whole_base, judge
from extractor.check.tolerance import Interval
from extractor.find.facts import OVER_PLAN_EVIDENCE, RATE_PLAN_EVIDENCE

WHY_PAIRED_BY_ORDER = (
    "kế hoạch và số thực hiện được ghép theo thứ tự trong câu, văn bản không nói rõ",
    "the plan and what was achieved are paired by their order in the sentence; the text does not say so",
)


@relation_rule("percent", "target")
def check_target(rel: Rel) -> Iterator[FindingData]:
    """percent (of target): ``đạt X% chỉ tiêu`` against actual / target × 100."""
    actual, target, percent = rel.one("actual"), rel.one("target"), rel.one("percent")
    if actual is not None and target is None and percent is not None and percent.measure == "percent":
        yield from check_whole_base(percent, actual, rel)  # "kết nạp 21 đảng viên, đạt 63,3% KH": of no whole plan
        return
    if actual is None or target is None or percent is None:
        return
    if actual.measure == "percent" and target.measure == "percent" and percent.measure != "percent":
        return
    ratio = actual.interval().divide(target.interval())
    if ratio is None:
        return
    inverse = target.interval().divide(actual.interval()) if rel.evidence == RATE_PLAN_EVIDENCE else None
    if inverse is not None and inverse.scale(100.0).overlaps(percent.interval()):
        return  # "Tỷ lệ hộ nghèo là 19,6%, đạt 102% KH (KH: 20%)": a rate of which less is better, rated 20 / 19,6
    expected = ratio.scale(100.0)
    computation = f"{actual.raw} / {target.raw} × 100 = {expected.describe()}; ghi/stated {percent.raw}%"
    texts = (
        f"Tỷ lệ so với chỉ tiêu {percent.raw}% không khớp với {actual.raw}/{target.raw}",
        f"The percentage of target {percent.raw}% does not match {actual.raw}/{target.raw}",
    )
    if rel.evidence == OVER_PLAN_EVIDENCE:  # "1.265 tấn so với kế hoạch giao 1.150 tấn, vượt khoảng 10%"
        expected = expected - Interval(100.0, 100.0)
        computation = f"{actual.raw} / {target.raw} × 100 − 100 = {expected.describe()}; ghi/stated vượt {percent.raw}%"
        texts = (
            f"Mức vượt kế hoạch {percent.raw}% không khớp với {actual.raw}/{target.raw}",
            f"The excess over plan {percent.raw}% does not match {actual.raw}/{target.raw}",
        )
    cap = ("warning", WHY_PAIRED_BY_ORDER) if rel.certainty == "plausible" else None
    found = judge("percent", rel, percent, expected, [percent, actual, target], computation, texts, cap)
    if found is not None:
        yield found
