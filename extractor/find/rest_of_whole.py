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
        if len(ratios) != 2 or ratios[1].value >= whole_value or not _labelled_rest(ratios, text, base):
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


def _labelled_rest(ratios: list[Figure], text: str, base: int) -> bool:
    """Whether the second ratio is called the rest of what the first counts: by the words after
    its noun (``8/40 xã còn lại``), or by ``khác``/``còn lại`` right before it after the kind
    the first is named by before its number (``lĩnh vực đất đai 38/40 …, các lĩnh vực khác
    3/40``; not another kind, ``18/20 xã …; các tiêu chí khác: 20/20 xã``)."""
    first, rest = ratios
    start, end = position(rest, base)
    if rx.REST_AFTER_NOUN.match(text, end):
        return True
    before = rx.REST_RIGHT_BEFORE.search(text, max(0, start - LABEL_REACH), start)
    if before is None:
        return False
    kind = rx.KIND_BEFORE_REST.search(text, max(0, before.start() - LABEL_REACH), before.start())
    if kind is None:
        return False
    first_start = position(first, base)[0]
    named = text[max(0, first_start - LABEL_REACH) : first_start].lower()
    return kind.group("kind").lower() in named or kind.group("kind").lower() == (first.subject_text or "").lower()
