"""A rate whose label names its base with a number: ``2. Tỷ lệ tiêu chí áp dụng so với 83 tiêu
chí: 99%`` after ``1. Tổng số các tiêu chí được áp dụng đánh giá: 82/83 tiêu chí``.

The label (``Tỷ lệ <what> so với [tổng số] N <noun>:``, or ``… là``) opens the rate's line or
sentence; the base is the ``N`` written in it, and the count is the latest figure before of that
noun, in the rate's paragraph or the two before it (by their place in the document, figures or
none), a ratio over that very base (its first number).  A plain count below the base is not
taken: the label's other words (``hoàn thành tốt``, ``vi phạm``, ``giảm``) may name any class of
the base, or a change.  The count is paired by its noun, not named: plausible (a wrong rate is a
warning).
"""

from __future__ import annotations

from extractor.document.elements import Document
from extractor.find.context import by_block
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

EVIDENCE = "a rate labelled with its base"
BLOCKS_BACK = 2  # paragraphs before the rate's where its count may stand


def labelled_rates(doc: Document, figures: list[Figure]) -> list[Relation]:
    """The rates of the document whose labels name their base, with their counts."""
    body = by_block([f for f in figures if f.span.where == "body"])
    blocks = sorted(body)
    out = []
    for index in blocks:
        block = doc.blocks[index]
        figs = body[index]
        for i, rate in enumerate(figs):
            if rate.measure != "percent" or i == 0:
                continue
            base_fig = figs[i - 1]
            start = base_fig.span.start - block.span[0]
            label = rx.RATE_LABEL_BEFORE_BASE.search(block.text, 0, start)
            if label is None or base_fig.measure != "count" or base_fig.value <= 0:
                continue
            if not rx.RATE_LABEL_AFTER_BASE.fullmatch(
                block.text, base_fig.span.end - block.span[0], rate.span.start - block.span[0]
            ):
                continue
            noun = _noun(base_fig)
            earlier = [f for b in blocks if index - BLOCKS_BACK <= b < index for f in body[b]] + figs[: i - 1]
            count = next((f for f in reversed(earlier) if _counted(f, base_fig, noun)), None)
            if count is not None:
                members = {"percent": rate.id, "count": count.id, "base": base_fig.id}
                out.append(Relation("percent_of", members, EVIDENCE, "plausible"))
    return out


def _counted(f: Figure, base: Figure, noun: str) -> bool:
    """Whether ``f`` counts some of the base: of its noun, a ratio over the base itself (a count
    below it may be any class of it: ``114 hồ sơ đúng hạn, 6 hồ sơ trễ hạn``, or a change)."""
    if not noun or _noun(f) != noun:
        return False
    return f.measure == "ratio" and f.base == base.value


def _noun(f: Figure) -> str:
    """A figure's noun as written, lower case, its spaces one each."""
    return " ".join((f.subject_text or "").lower().split())
