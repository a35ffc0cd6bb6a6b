"""A sentence that singles out part of what the text before it counted: ``cấp ủy các cấp đã
kiểm tra 67.692 tổ chức đảng …`` then ``Riêng ở Trung ương đã thành lập 16 đoàn kiểm tra 50 tổ
chức đảng``; ``… tiếp 259 lượt công dân …`` then ``Riêng tại trụ sở tiếp công dân của tỉnh tiếp
07 lượt``.

Such a sentence (or a clause after a semicolon) opened by ``Riêng`` restates, for a part, what
was counted before it: in its paragraph, or in the paragraph before when it opens its own.
Its counts and amounts of each unit (amounts of one currency whatever their scale) are, in
order, subsets of the figures of that unit counted before, in order (``tiến hành 6.154 cuộc …,
kết thúc 3.737 cuộc`` then ``Riêng lĩnh vực đất đai, đã tiến hành 824 cuộc …, kết luận 625
cuộc``), when there are at least as many of those; changes are neither, and figures singled
out themselves are no totals.  When most of a sentence's parts (two or more) are above their totals, it
sets a sibling against what came before (``Riêng án dân sự, thụ lý 2.860 vụ …`` after ``án
hình sự … 1.245 vụ``): no relation.  The text says the part is one of what was counted, not which count
it is of, so the relation is ``plausible``: a part above its total is a warning.
"""

from __future__ import annotations

from extractor.document.elements import BlockKind, Document
from extractor.find.context import full_sentence, is_change, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.quantities import unit_factor

MEASURES = ("count", "money")


def singled_out_subsets(doc: Document, figures: list[Figure], listed: set[str]) -> list[Relation]:
    """Subsets stated by ``Riêng …`` sentences (see the module's docstring), of figures not
    ``listed`` already as parts of another relation.  The listed ones still tell a sibling set
    from a part (``Riêng với đại biểu HĐND tỉnh, trong 86 người ứng cử, có 51 người trúng cử``
    after ``Trong 10 người ứng cử … có 6 người được bầu``: both above, with the 51 listed)."""
    body = [f for f in figures if f.span.where == "body" and f.measure in MEASURES]
    by_lead: dict[int, list[Figure]] = {}
    for f in body:
        lead = _singled_out_at(doc, f)
        if lead is not None and not _is_change(doc, f):  # "…, vượt 650 tỷ đồng so với dự toán"
            by_lead.setdefault(lead, []).append(f)
    out = []
    for lead, parts in by_lead.items():
        block = parts[0].span.block
        here = [g for g in body if g.span.block == block and g.span.end <= lead]
        before = [g for g in here or [g for g in body if g.span.block == block - 1] if _can_hold(doc, g)]
        if _siblings(_pairs(parts, before)):
            continue  # most parts above their totals: a sibling set against them ("Riêng án dân sự, …")
        free = [f for f in parts if f.id not in listed]
        pairs = _pairs(free, [g for g in before if g.id not in listed])
        if not _siblings(pairs):
            out += [Relation("subset_of", {"total": t.id, "parts": [p.id]}, "riêng", "plausible") for t, p in pairs]
    return out


def _pairs(parts: list[Figure], reference: list[Figure]) -> list[tuple[Figure, Figure]]:
    """(total, part) of each unit, in order, when there are at least as many totals as parts."""
    pairs: list[tuple[Figure, Figure]] = []
    for unit in dict.fromkeys(_unit(f) for f in parts):
        mine = [f for f in parts if _unit(f) == unit]
        theirs = [g for g in reference if _unit(g) == unit]
        if len(theirs) >= len(mine):  # more singled out than counted before: no parallel to follow
            pairs += zip(theirs, mine, strict=False)
    return pairs


def _siblings(pairs: list[tuple[Figure, Figure]]) -> bool:
    """Most of two or more parts above their totals."""
    return len(pairs) > 1 and 2 * sum(_above(part, total) for total, part in pairs) > len(pairs)


def _above(part: Figure, total: Figure) -> bool:
    """Whether a part is above its total (amounts compared in one scale)."""
    return part.value * unit_factor(part.unit, total.unit) > total.value


def _unit(f: Figure) -> tuple[str, str]:
    """What a figure counts, money in one currency whatever its scale."""
    return (f.measure, "money" if f.measure == "money" else unit_key(f))


def _singled_out_at(doc: Document, f: Figure) -> int | None:
    """Where the sentence or clause that singles ``f`` out starts (a document offset), or None."""
    block = doc.blocks[f.span.block]
    text, base = block.text, block.span[0]
    pos = f.span.start - base
    start = full_sentence(text, pos)[0]
    if rx.SINGLED_OUT_LEAD.match(text, start):
        return base + start  # the whole sentence: "Riêng TTCP đã phát hiện …; kiến nghị thu hồi …"
    clause = max(start, text.rfind(";", start, pos) + 1)
    return base + clause if rx.SINGLED_OUT_LEAD.match(text, clause) else None


def _is_change(doc: Document, f: Figure) -> bool:
    block = doc.blocks[f.span.block]
    return is_change(f, block.text, block.span[0])


def _can_hold(doc: Document, g: Figure) -> bool:
    """A figure of a paragraph or list item that can be a total: no change, not singled out."""
    block = doc.blocks[g.span.block]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    return not _is_change(doc, g) and _singled_out_at(doc, g) is None
