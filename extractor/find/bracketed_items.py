"""Named items whose counts stand in brackets.

``Có 21 sản phẩm được đánh giá … gồm huyện Gò Công Đông (3 sản phẩm), huyện Châu Thành (6
sản phẩm) và Thành phố Mỹ Tho (12 sản phẩm)``; ``74 giải pháp dự thi ở 5 lĩnh vực: lĩnh vực
công nghệ thông tin (16 giải pháp); lĩnh vực cơ khí (11 giải pháp); …``: each item is a name
followed by a bracket holding only its count (and the count's noun).  A run of at least two
such items of one noun, after ``gồm``, ``trong đó`` or a colon, breaks down the latest count
of that noun before it in the sentence (not a change, nor a part after ``trong đó``):
plausibly (the items are named, not classes of a partition), and only as an open list when
it says it names some (``…``, ``có nhiều sản phẩm nhất``, ``tập trung ở``, ``như``, ``cùng …
của các huyện khác``).
"""

from __future__ import annotations

from extractor.find.context import full_sentence, is_change
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.partitions import ends_partial

EVIDENCE = "named items (…)"
MIN_ITEMS = 2
TAIL = 40  # characters after the last item where "…" or "nhiều nhất" says the list names only some
LEAD = 60  # characters before the first item where "tập trung ở", "như" say the same


def bracketed_item_lists(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    runs: list[list[tuple[Figure, str]]] = []
    for f in figs:
        noun = _item(f, text, base)
        if noun is None:
            continue
        if runs and _continues(runs[-1][-1][0], f, text, base) and runs[-1][-1][1] == noun:
            runs[-1].append((f, noun))
        else:
            runs.append([(f, noun)])
    for run in runs:
        if len(run) < MIN_ITEMS:
            continue
        items = [f for f, _ in run]
        total = _total(figs, items[0], run[0][1], text, base)
        if total is None:
            continue
        end = items[-1].span.end - base
        tail = text[end : end + TAIL]
        lead = text[max(0, items[0].span.start - base - LEAD) : items[0].span.start - base]
        some = ends_partial(tail) or rx.SOME_ITEMS.search(tail) or rx.SOME_ITEMS_LEAD.search(lead)
        certainty = "open" if some else "plausible"
        out.append(Relation("total_parts", {"total": total.id, "parts": [f.id for f in items]}, EVIDENCE, certainty))
    return out


def _item(f: Figure, text: str, base: int) -> str | None:
    """The noun of an item's count when ``f`` is alone in a bracket right after a name (``Châu
    Thành (6 sản phẩm)``); None otherwise."""
    if f.measure != "count":
        return None
    start = f.span.start - base
    m = next(
        (m for m in rx.ITEM_BRACKET.finditer(text, max(0, start - 4), start + 60) if m.start("num") == start), None
    )
    if m is None:
        return None
    if not rx.NAME_BEFORE_BRACKET.search(text, 0, m.start()):
        return None
    return (m.group("noun") or "").strip().lower()


def _continues(prev: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether the next item follows the last after ``,``, ``;`` or ``và`` and a name."""
    gap = text[prev.span.end - base : f.span.start - base]
    return rx.ITEM_GAP.fullmatch(gap) is not None


def _total(figs: list[Figure], first: Figure, noun: str, text: str, base: int) -> Figure | None:
    """The latest count of the items' noun before the first item in its sentence, with a list
    cue (``gồm``, ``trong đó``, a colon) between them."""
    start = full_sentence(text, first.span.start - base)[0]
    for g in reversed([g for g in figs if start <= g.span.start - base < first.span.start - base]):
        if g.measure != "count" or _item(g, text, base) is not None or is_change(g, text, base):
            continue  # an item, or a change ("tăng 6 sản phẩm so với năm trước")
        if rx.PART_CUE_BEFORE.search(text, max(0, g.span.start - base - LEAD), g.span.start - base):
            continue  # a part of an earlier total ("21 sản phẩm …, trong đó 4 sản phẩm đạt 4 sao")
        words = text[g.span.end - base : g.span.end - base + len(noun) + 2].lower()
        if noun and not words.strip().startswith(noun):
            continue
        if rx.ITEMS_CUE.search(text, g.span.end - base, first.span.start - base):
            return g
        return None
    return None
