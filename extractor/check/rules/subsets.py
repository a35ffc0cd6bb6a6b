"""subset: overlapping attributes of a total (``trong đó 812 nữ, 95 người dân tộc thiểu số``)
are never summed; each must be at most the total."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import held_to_total


@relation_rule("subset", "subset_of")
def check_subset(rel: Rel) -> Iterator[FindingData]:
    """subset: each overlapping part at most its total."""
    # a part far above a total it is paired with by a list or by order ("Riêng …") was most
    # likely paired wrongly; one part stated with its total is held to it
    yield from held_to_total(rel, far_is_info=len(rel.many("parts")) > 1 or rel.evidence == "riêng")
