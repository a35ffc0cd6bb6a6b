"""A breakdown set as a list of items after the paragraph that opens it: ``… tổng kinh phí là
101.964.713 đồng.`` / ``Trong đó:`` / ``- Bồi thường về tài sản: 97.109.250 đồng;`` /
``- Tiền thưởng: 4.855.463 đồng.``, or ``Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giải ngân
5.375,5 tỷ đồng, trong đó:`` followed by one item per source, each with its plan and its
disbursement.

A paragraph that ends with a breakdown cue and a colon (or is only that cue) is followed by
its items: the list-item blocks right after it, each stating figures of the total's measure.
The totals are the figures of that measure in the paragraph before the cue (the cue's own
paragraph, or the one before a cue-only paragraph); when each item states as many such
figures as there are totals, the k-th figure of every item is a part of the k-th total
(parallel lists: plan with plan, disbursement with disbursement); when each item states one,
they are parts of the last total.  Nothing says the items are every kind of the total, so the
breakdown is ``plausible``: a mismatch is a warning.
"""

from __future__ import annotations

from collections import defaultdict

from extractor.document.elements import BlockKind, Document
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.quantities import same_money, unit_factor

MIN_ITEMS = 2  # a breakdown lists at least this many items


def item_list_breakdowns(doc: Document, figures: list[Figure]) -> list[Relation]:
    """Breakdowns whose parts are the list items after a paragraph ending with a cue."""
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.span.where == "body":
            by_block[f.span.block].append(f)
    out: list[Relation] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        cue = rx.CUE_BEFORE_ITEMS.search(block.text)
        if cue is None or block.kind == BlockKind.LIST_ITEM:
            continue
        head = block.text[: cue.start()].strip()
        owner = i if head else _previous_with_figures(i, by_block)
        if owner is None:
            continue
        items = _items_after(blocks, i, by_block)
        totals = [f for f in by_block[owner] if owner != i or f.span.end - blocks[i].span[0] <= cue.start()]
        out += _pair(totals, items)
    return out


def _previous_with_figures(i: int, by_block: dict[int, list[Figure]]) -> int | None:
    return i - 1 if i > 0 and by_block.get(i - 1) else None


def _items_after(blocks: list, i: int, by_block: dict[int, list[Figure]]) -> list[list[Figure]]:
    items = []
    for k in range(i + 1, len(blocks)):
        if blocks[k].kind != BlockKind.LIST_ITEM or not by_block.get(k):
            break
        items.append(by_block[k])
    return items


def _pair(totals: list[Figure], items: list[list[Figure]]) -> list[Relation]:
    if len(items) < MIN_ITEMS:
        return []
    for measure in ("money", "count"):
        wholes = [t for t in totals if t.measure == measure]
        rows = [[f for f in item if f.measure == measure] for item in items]
        if not wholes or not all(rows):
            continue
        if all(len(r) == len(wholes) for r in rows):
            pairs = [(w, [r[k] for r in rows]) for k, w in enumerate(wholes)]
        elif all(len(r) == 1 for r in rows):
            pairs = [(wholes[-1], [r[0] for r in rows])]
        else:
            continue
        return [
            Relation("total_parts", {"total": w.id, "parts": [p.id for p in parts]}, "trong đó: (các mục)", "plausible")
            for w, parts in pairs
            if all(_fits(p, w) for p in parts)
        ]
    return []


def _fits(part: Figure, total: Figure) -> bool:
    """A part of ``total``: of its unit (one currency for money, in any scale), not larger."""
    if total.measure == "money" and not same_money(part.unit, total.unit):
        return False
    if total.measure == "count" and part.subject != total.subject:
        return False
    return 0 <= part.value * unit_factor(part.unit, total.unit) <= total.value
