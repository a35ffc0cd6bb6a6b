"""Members (or organisations) left out of a rating, counted after its classes: ``Chi bộ có 31
đảng viên: 5 đồng chí hoàn thành xuất sắc nhiệm vụ, 23 …, 1 …; 2 đồng chí được miễn đánh giá do
tuổi cao``; ``…, 1 chi bộ mới thành lập chưa đánh giá``.

A breakdown of a total by the classes of a rating scale stops at the last class; a count of the
same unit right after it, in the same sentence, whose own words say those counted were not rated
(exempt, not yet rated, not ranked; exempt from Party activities) is one more part of that
breakdown: those rated and those not rated make the total; not when the total counts those rated
(``Tổng số đảng viên được đánh giá là 280 đồng chí``) and the count is said to be besides them
(``…; ngoài ra có 10 đồng chí được miễn đánh giá``).  It joins only when the parts with it still come to no more
than the total (``…, 24 …, 2 …; trong năm có 2 đồng chí được miễn sinh hoạt
đảng``, where the classes already make 31, is another statement).
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from extractor.document.elements import Document
from extractor.find.context import clause_start, last_separator, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.vocabulary import load_vocabulary

BREAKDOWN_CERTAINTIES = ("exhaustive", "disjoint", "plausible", "open")


def with_not_rated(relations: list[Relation], figures: list[Figure], doc: Document) -> list[Relation]:
    """``relations`` with every rating breakdown joined by the count of those not rated after it."""
    by_id = {f.id: f for f in figures}
    following = {a.id: b for a, b in itertools.pairwise(figures) if a.span.block == b.span.block}
    return [_joined(r, by_id, following, doc) for r in relations]


def _joined(r: Relation, by_id: dict[str, Figure], following: dict[str, Figure], doc: Document) -> Relation:
    if r.kind != "total_parts" or r.certainty not in BREAKDOWN_CERTAINTIES or not r.members.get("total"):
        return r
    parts = [by_id[p] for p in r.members["parts"] if p in by_id]
    total = by_id.get(str(r.members["total"]))
    if total is None or not parts or not all((p.category or "").startswith("rating.") for p in parts):
        return r
    extra = following.get(parts[-1].id)
    if extra is None or extra.id in r.members["parts"] or not _not_rated(parts[-1], extra, doc):
        return r
    if _counts_the_rated(total, doc) and _besides(parts[-1], extra, doc):
        return r  # "được đánh giá là 280 đồng chí, …; ngoài ra có 10 đồng chí được miễn đánh giá": not of them
    if sum(p.value for p in parts) + extra.value > total.value:
        return r
    return replace(r, members={**r.members, "parts": [*r.members["parts"], extra.id]})


def _counts_the_rated(total: Figure, doc: Document) -> bool:
    """Whether a total counts those rated (``kết quả đánh giá 38 đồng chí``, ``Tổng số đảng viên
    được đánh giá là 280 đồng chí``, ``250 đảng viên được xếp loại``), not a stock."""
    block = doc.blocks[total.span.block]
    text, base = block.text, block.span[0]
    start, end = total.span.start - base, total.span.end - base
    return bool(rx.RATED_TOTAL.search(text[clause_start(text, start) : start]) or rx.RATED_AFTER.match(text, end))


def _besides(last: Figure, extra: Figure, doc: Document) -> bool:
    """Whether ``extra`` is said to be besides those listed (``…; ngoài ra có 10 đồng chí …``)."""
    block = doc.blocks[extra.span.block]
    return rx.BESIDES.search(block.text, last.span.end - block.span[0], extra.span.start - block.span[0]) is not None


def _not_rated(last: Figure, extra: Figure, doc: Document) -> bool:
    """Whether ``extra`` counts, in the sentence of the rating's last class and of its unit,
    those not rated."""
    if extra.measure != "count" or (extra.category or "").startswith("rating.") or not _same_kind(last, extra):
        return False
    block = doc.blocks[extra.span.block]
    text, base = block.text, block.span[0]
    between = text[last.span.end - base : extra.span.start - base]
    if rx.NEXT_SENTENCE.search(between) or rx.DIGIT.search(between):
        return False
    if rx.NOT_RATED_AFTER.match(text, extra.span.end - base) is not None:
        return True
    # "…; được miễn đánh giá 2 đồng chí": the words before its number, since the last separator
    lead = last_separator(text, extra.span.start - base) + 1
    return rx.NOT_RATED_BEFORE.fullmatch(text, lead, extra.span.start - base) is not None


def _same_kind(a: Figure, b: Figure) -> bool:
    """One unit, or persons both (``đảng viên`` rated, ``đồng chí`` exempt), or organisations both
    (``tổ chức cơ sở đảng`` rated, ``1 chi bộ mới thành lập chưa đánh giá``)."""
    family = load_vocabulary().family
    return unit_key(a) == unit_key(b) or family(a.subject) == family(b.subject) in ("persons", "organisations")
