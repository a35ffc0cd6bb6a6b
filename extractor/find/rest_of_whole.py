"""Ratios out of one whole, the second the rest: ``tiếp 40 lượt … tập trung chủ yếu trong
lĩnh vực đất đai 38/40 lượt …, các lĩnh vực khác 3/40 lượt``.  Two ratios of one paragraph
over the same whole, of one unit, the second labelled as the rest (``khác``, ``còn lại``),
share that whole out between them: their counts make the whole (three or more may nest,
``… 20/40 xã đạt chuẩn nâng cao``, and are left alone).  The whole is the first count of that
value and unit stated before them in the paragraph; with none stated nothing is read.
Plausible only (one visit may be about land and another field too), so a mismatch is a
warning.
"""

from __future__ import annotations

from collections import defaultdict

from extractor.find.context import position, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

EVIDENCE = "ratios of one whole, one the rest"
LABEL_REACH = 40  # characters before a ratio read for the words that label it


def ratios_with_rest(figs: list[Figure], text: str, base: int) -> list[Relation]:
    groups: dict[tuple[float, str], list[Figure]] = defaultdict(list)
    for f in figs:
        if f.measure == "ratio" and f.base:
            groups[(f.base, unit_key(f))].append(f)
    out = []
    for (whole_value, unit), ratios in groups.items():
        if len(ratios) != 2 or not _labelled_rest(ratios[1], text, base):
            continue  # (three or more may nest: "32/40 xã đạt chuẩn, 20/40 xã đạt chuẩn nâng cao, 8/40 xã còn lại")
        first = position(ratios[0], base)[0]
        whole = next(
            (
                f
                for f in figs
                if f.measure == "count"
                and f.value == whole_value
                and unit_key(f) == unit
                and position(f, base)[1] <= first
            ),
            None,
        )
        if whole is not None:
            out.append(
                Relation("total_parts", {"total": whole.id, "parts": [r.id for r in ratios]}, EVIDENCE, "plausible")
            )
    return out


def _labelled_rest(ratio: Figure, text: str, base: int) -> bool:
    """Whether the word right before a ratio calls it the rest (``các lĩnh vực khác 3/40``,
    ``còn lại 2/40 xã``; not a group within it, ``các xã còn lại có 3/40 xã``), or the words
    after its noun do (``8/40 xã còn lại``)."""
    start, end = position(ratio, base)
    before = rx.REST_RIGHT_BEFORE.search(text, max(0, start - LABEL_REACH), start)
    return bool(before or rx.REST_AFTER_NOUN.match(text, end))
