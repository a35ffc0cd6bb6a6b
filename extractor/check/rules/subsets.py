"""subset: overlapping attributes of a total (``trong đó 812 nữ, 95 người dân tộc thiểu số``)
are never summed; each must be at most the total."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import judge
from extractor.check.tolerance import Interval

WHY_SUBSET = (
    "một phần lớn hơn tổng của nó, nhưng số liệu có thể thuộc về một tổng khác",
    "a part is larger than its total, though the figure may belong to another total",
)


@relation_rule("subset", "subset_of")
def check_subset(rel: Rel) -> Iterator[FindingData]:
    """subset: each overlapping part at most its total."""
    total_fig = rel.one("total")
    if total_fig is None:
        return
    bound = total_fig.interval()
    for part in rel.many("parts"):
        if part.measure != total_fig.measure and {part.measure, total_fig.measure} != {"count", "ratio"}:
            continue  # a ratio's first number counts like a count: "63/68 đảng bộ …, trong đó có 59 …"
        texts = (
            f"Số {part.raw} lớn hơn tổng số {total_fig.raw} mà nó thuộc về",
            f"{part.raw} is larger than the total {total_fig.raw} it is part of",
        )
        computation = f"{part.raw} ≤ {total_fig.raw}?"
        expected = Interval(0.0, bound.hi)
        found = judge("subset", rel, part, expected, [part, total_fig], computation, texts, ("warning", WHY_SUBSET))
        if found is not None:
            yield found
