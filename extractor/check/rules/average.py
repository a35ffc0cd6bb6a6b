"""average: a stated average (bình quân) against the values it averages."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import judge
from extractor.check.tolerance import total


@relation_rule("average", "average_of")
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
    found = judge("average", rel, average, expected, [average, *terms], computation, texts)
    if found is not None:
        yield found
