"""subset: overlapping attributes of a total (``trong đó 812 nữ, 95 người dân tộc thiểu số``)
are never summed; each must be at most the total."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import judge
from extractor.check.tolerance import Interval
from extractor.text.quantities import unit_factor

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


@relation_rule("subset", "subset_of")
def check_subset(rel: Rel) -> Iterator[FindingData]:
    """subset: each overlapping part at most its total."""
    yield from held_to_total(rel, far_is_info=len(rel.many("parts")) > 1)


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
