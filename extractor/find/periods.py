"""A month's figure within the figure of the months to date.

``Trong tháng 3/2021, các địa phương … gieo cấy được 597,5 ha; lũy kế đến hết quý I/2021 là
9.831,9 ha``; ``Diện tích rừng bị thiệt hại trong tháng 10/2019 là 55,7 ha, …, trong đó … cháy là
1,7 ha; … chặt, phá là 54 ha. Tính chung 10 tháng, diện tích rừng bị thiệt hại là 3,2 nghìn ha,
…, trong đó … cháy là 2,7 nghìn ha``: what was done in the month is part of what was done in
the months to date.  The figures of a sentence scoped to one month (:data:`rx.MONTH_SCOPE`, the
scope nearest before them in their sentence), then those of the first sentence or clause after
it scoped to the months to date (:data:`rx.TO_DATE_SCOPE`), in that paragraph or one of the
next two, are paired by what they count, in order: each month's figure is a plausible subset
of its to-date figure.  Changes, shares and figures in brackets are no such figures.
"""

from __future__ import annotations

import itertools

from extractor.document.elements import Document
from extractor.find.context import full_sentence, in_parens, is_change, unit_key
from extractor.find.context import position as _pos
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

EVIDENCE = "tháng … lũy kế"
BLOCKS_AFTER = 2  # paragraphs after the month's where its months to date may be stated
MEASURES = ("count", "money")


def month_within_to_date(doc: Document, figures: list[Figure]) -> list[Relation]:
    """The subsets of each month's figures in the figures of the months to date after them."""
    body = [f for f in figures if f.span.where == "body" and f.measure in MEASURES]
    scoped = [(f, s) for f in body if (s := _scope(doc, f)) is not None and not _aside(doc, f)]
    out: list[Relation] = []
    for i, (_, scope) in enumerate(scoped):
        if scope != "month" or (i > 0 and scoped[i - 1][1] == "month"):
            continue  # the first figure of a run of a month's
        month = _run(scoped[i:], "month")
        rest = scoped[i + len(month) :]
        if not rest or rest[0][1] != "to date" or rest[0][0].span.block > month[-1].span.block + BLOCKS_AFTER:
            continue
        out += _paired(month, _run(rest, "to date"))
    return out


def _run(scoped: list[tuple[Figure, str]], scope: str) -> list[Figure]:
    """The figures from the first on while they are of ``scope``."""
    return [f for f, _ in itertools.takewhile(lambda fs: fs[1] == scope, scoped)]


def _paired(month: list[Figure], to_date: list[Figure]) -> list[Relation]:
    """Each month's figure with the to-date figure of its kind in the same place, in order."""
    out = []
    for key in dict.fromkeys(_kind(f) for f in month):
        mine = [f for f in month if _kind(f) == key]
        theirs = [f for f in to_date if _kind(f) == key]
        if len(mine) != len(theirs):
            continue  # not one to one: which is which the order cannot tell
        out += [
            Relation("subset_of", {"total": t.id, "parts": [m.id]}, EVIDENCE, "plausible")
            for m, t in zip(mine, theirs, strict=True)
        ]
    return out


def _kind(f: Figure) -> str:
    return "money" if f.measure == "money" else unit_key(f)


def _scope(doc: Document, f: Figure) -> str | None:
    """``month`` or ``to date``: the scope written nearest before a figure in its sentence."""
    block = doc.blocks[f.span.block]
    text, start = block.text, _pos(f, block.span[0])[0]
    opens = full_sentence(text, start)[0]
    month = [m.end() for m in rx.MONTH_SCOPE.finditer(text, opens, start)]
    to_date = [m.end() for m in rx.TO_DATE_SCOPE.finditer(text, opens, start)]
    if not month and not to_date:
        return None
    return "month" if max(month, default=-1) > max(to_date, default=-1) else "to date"


def _aside(doc: Document, f: Figure) -> bool:
    """A change, or a figure in a bracket (``(tương đương 1.000 tấn)``): no level of the period."""
    block = doc.blocks[f.span.block]
    text, base = block.text, block.span[0]
    start = _pos(f, base)[0]
    return is_change(f, text, base) or in_parens(text, full_sentence(text, start)[0], start)
