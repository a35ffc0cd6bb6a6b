"""A total written after its parts: ``khiển trách 9 đồng chí, cảnh cáo 4 đồng chí, cách chức 2
đồng chí, tổng cộng 15 đồng chí``; ``huyện A 120; huyện B 95; huyện C 40. Tổng cộng: 255 đảng
viên``; ``khối 10: 347 học sinh; …; toàn trường: 758 học sinh``.

The words before the total (``tổng cộng``, ``cộng lại``, or ``cộng`` before a colon) say it is
the sum of what was just listed.  The whole's own name before a colon (``toàn trường:``, ``toàn
huyện:``) says only that it holds them, since a list of some communes may come before the
district's total: then only a sum above it is flagged (``open``).  ``tổng số`` is no cue: it
names a stock as often as a sum (``…, chuyển đến 30 đảng viên, tổng số 5.000 đảng viên``).

The parts are the run of figures of the total's measure and unit right before it, each after a
list separator, none a change, in a bracket or singled out of its item (``khối 10: 347 học sinh,
trong đó nữ 170; …``), with no other time between (``năm 2022 …; năm nay …``); a figure with no
noun of its own takes the total's, and a noun written as its initials (``hs``) is the noun.
Where the run starts, the text does not say: when a later part of the run adds up to the total
exactly, that is the list; otherwise the whole run is, and a sum off is a warning
(``plausible``), not an error.  A sentence of the total alone (``… huyện C 40. Tổng cộng:
255.``) sums the sentence before it."""

from __future__ import annotations

import re

from extractor.document.elements import BlockKind, Document
from extractor.find.context import (
    BlockText,
    by_block,
    counts_alike,
    full_sentence,
    in_parens,
    is_change,
    unit_key,
)
from extractor.find.context import position as _pos
from extractor.find.facts import Figure, Relation
from extractor.find.part_words import adds_up
from extractor.text import regexes as rx

EVIDENCE = "a total after its parts"
MIN_PARTS = 2
LEAD_REACH = 40  # characters before a total read for the words that make it the sum of a list
GAP_REACH = 80  # characters between two parts at most (a label, its noun and a separator)
SINGLED_REACH = 30  # characters before a figure read for "trong đó" that singles it out of its item


def totals_after_parts(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for i, total in enumerate(figs):
        cued = _cued_total(total, text, base)
        if cued is None:
            continue
        parts = _run_before(figs[:i], total, text, base)
        if len(parts) >= MIN_PARTS:
            out.append(_summed(total, parts, cued))
    return out


def totals_after_items(doc: Document, figures: list[Figure]) -> list[Relation]:
    """A total after a run of list items, one figure each (``- Hoàn thành xuất sắc nhiệm vụ: 9 tổ
    chức;`` / ``- Hoàn thành tốt nhiệm vụ: 31 tổ chức;`` / ``- Hoàn thành nhiệm vụ: 4 tổ chức;
    Cộng: 48 tổ chức.``): the items' figures before the total's own block are parts too, while each
    item block holds one figure alike to the total and nothing else."""
    blocks = by_block([f for f in figures if f.span.where == "body"])
    out = []
    for index, figs in blocks.items():
        if index == 0 or doc.blocks[index - 1].kind is not BlockKind.LIST_ITEM:
            continue  # no item right before the block: nothing to add to its own lists
        text, base = BlockText(doc, index), doc.blocks[index].span[0]
        for i, total in enumerate(figs[:MIN_PARTS]):  # (after two figures of its own the block holds the list)
            cued = _cued_total(total, text, base)
            if cued is None:
                continue
            here = _run_before(figs[:i], total, text, base)
            if len(here) != i or len(here) >= MIN_PARTS:
                continue  # a figure of the block before the total is no item, or the block holds the list
            items = _items_before(doc, blocks, index, total)
            if items and len(items) + len(here) >= MIN_PARTS:
                out.append(_summed(total, items + here, cued))
    return out


def _items_before(doc: Document, blocks: dict[int, list[Figure]], index: int, total: Figure) -> list[Figure]:
    """The one figure alike to ``total`` of each list item right before block ``index``."""
    items: list[Figure] = []
    k = index - 1
    while k >= 0 and doc.blocks[k].kind is BlockKind.LIST_ITEM:
        figs = blocks.get(k, [])
        if len(figs) != 1 or not _alike(figs[0], total):
            break
        items.insert(0, figs[0])
        k -= 1
    return items


def _cued_total(total: Figure, text: str, base: int) -> re.Match[str] | None:
    """The words that make ``total`` the sum of what was just listed, when it is followed by its
    own noun; None otherwise (``…, tổng cộng 3 huyện``: the count of another noun)."""
    if total.measure not in ("count", "money"):
        return None
    start = _pos(total, base)[0]
    cued = rx.TOTAL_AFTER_PARTS.search(text, max(0, start - LEAD_REACH), start)
    return cued if cued is not None and _own_noun_after(total, text, base) else None


def _summed(total: Figure, parts: list[Figure], cued: re.Match[str]) -> Relation:
    """The list's relation: the latest run of parts that makes the total exactly, else all of them;
    ``open`` after the whole's own name (``toàn huyện:`` after some communes)."""
    exact = next((parts[k:] for k in range(len(parts) - MIN_PARTS + 1) if adds_up(parts[k:], total)), None)
    listed = exact or parts
    certainty = "open" if cued.group("whole") else "plausible"
    return Relation("total_parts", {"total": total.id, "parts": [p.id for p in listed]}, EVIDENCE, certainty)


def _run_before(before: list[Figure], total: Figure, text: str, base: int) -> list[Figure]:
    """The figures of the total's measure and unit right before it, in its sentence, each
    after a list separator (``,``, ``;``, a new line) with no other figure between; stops at
    a figure of another kind, a change, a bracketed one or a year written between."""
    opens = full_sentence(text, _pos(total, base)[0])[0]
    if opens > 1 and rx.TOTAL_AFTER_PARTS.fullmatch(text, opens - 2, _pos(total, base)[0]):
        opens = full_sentence(text, opens - 2)[0]  # "… huyện C 40. Tổng cộng: 255": sums the sentence before
    run: list[Figure] = []
    after = total
    for g in reversed(before):
        start, end = _pos(g, base)
        if in_parens(text, opens, start):
            continue  # a bracket's own figures are no items of the list ("120 đảng viên (tăng 10), …")
        if rx.SINGLED_OUT_BEFORE.search(text, max(opens, start - SINGLED_REACH), start):
            continue  # "khối 10: 347 học sinh, trong đó nữ 170; …": a part of the item's own count
        gap = rx.BRACKETED_WORDS.sub("", text[end : _pos(after, base)[0]])
        if start < opens and "\n" not in text[start : _pos(after, base)[0]]:
            break
        if not _alike(g, total) or is_change(g, text, base) or len(gap) > GAP_REACH:
            break
        if (after is not total and not rx.LIST_SEPARATOR.search(gap)) or rx.ITEM_TIME.search(gap):
            break  # "Năm 2022 hỗ trợ 300 hộ; năm nay … 512 hộ, …": items of another time
        run.append(g)
        after = g
    return list(reversed(run))


def _alike(g: Figure, total: Figure) -> bool:
    """Of the total's measure and unit (money in its scale), or a bare number of its measure."""
    if g.measure != total.measure or (g.measure == "money" and g.unit != total.unit):
        return False
    return counts_alike(g, total) or _initials_of(unit_key(g), unit_key(total))


def _initials_of(short: str, full: str) -> bool:
    """Whether one noun is the other written as its initials (``hs`` for ``học sinh``, ``gv`` for
    ``giáo viên``), either way round."""
    if len(short) > len(full):
        short, full = full, short
    words = full.split()
    return len(words) > 1 and " " not in short and short == "".join(w[0] for w in words)


def _own_noun_after(total: Figure, text: str, base: int) -> bool:
    """Whether the total is followed by its own noun (an amount by its money unit: ``tổng cộng 22 tỷ
    đồng``), or by no word at all (``tổng cộng: 255.``)."""
    rest = text[_pos(total, base)[1] :].lstrip().lower()
    noun = (total.unit if total.measure == "money" else total.subject_text) or ""
    noun = noun.lower().strip()
    return (bool(noun) and rest.startswith(noun)) or not rx.WORD_RE.match(rest)
