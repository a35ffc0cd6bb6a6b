"""A breakdown set as a list of items after the paragraph that opens it: ``… tổng kinh phí là
101.964.713 đồng.`` / ``Trong đó:`` / ``- Bồi thường về tài sản: 97.109.250 đồng;`` /
``- Tiền thưởng: 4.855.463 đồng.``, or ``Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giải ngân
5.375,5 tỷ đồng, trong đó:`` followed by one item per source, each with its plan and its
disbursement.

A paragraph that ends with a breakdown cue and a colon (``trong đó:``, ``gồm:``, ``cụ thể:``
after its own total, whose items then each count the total's own things; not ``cụ thể như
sau:``, which may list criteria met or grades) or is only that cue is followed by its
items: the list-item blocks right after it, each stating figures of the total's measure.
The totals are the figures of that measure in the paragraph before the cue (the cue's own
paragraph, or the one before a cue-only paragraph); when each item states as many such
figures as there are totals, the k-th figure of every item is a part of the k-th total
(parallel lists: plan with plan, disbursement with disbursement; past the first, only where
an item's figure is introduced by a word its total is); when each item states one and the
paragraph one total, they are its parts.  An item that ends with a cue opens a sub-list of
its own: the items one level deeper (``- … 80 đơn, trong đó:`` / ``+ Khiếu nại: 50 đơn``),
levels told by the marks (numbers and letters, then dashes, pluses, dots); a list takes the
items of its first item's level and skips deeper ones.  Items that are the classes of one
partition (by category, unit or the words of their label) break the total down, exhaustively
when every class is named; items that count overlapping attributes (``Có trình độ đại học:
850 người``) are subsets; other items are a ``plausible`` breakdown (nothing says they are
every kind of the total): a mismatch is a warning.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from extractor.document.elements import BlockKind, Document
from extractor.find.facts import Figure, Relation
from extractor.find.part_words import counts_alike, slash_row
from extractor.text import regexes as rx
from extractor.text.age_bands import band_of, disjoint
from extractor.text.partitions import (
    class_named,
    counts_members,
    is_subset_word,
    partition_of,
    side_by_side,
    word_partition_of,
)
from extractor.text.quantities import same_money, unit_factor
from extractor.text.vocabulary import load_vocabulary

MIN_ITEMS = 2  # a breakdown lists at least this many items
WORDS_REACH = 25  # characters before a figure read for the words that introduce it
SENTENCE_REACH = 120  # characters before a total read for what its sentence says it counts
ITEM_SANITY = 10  # an item more than ten times the total counts something else (as in relations)
PLAIN_WORDS = frozenset({"là", "có", "đạt", "được", "với", "số", "tổng", "năm", "trong", "đó", "và", "của"})


def item_list_breakdowns(doc: Document, figures: list[Figure]) -> list[Relation]:
    """Breakdowns whose parts are the list items after a paragraph, or an item, ending with a cue."""
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.span.where == "body":
            by_block[f.span.block].append(f)
    out: list[Relation] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        cue = rx.CUE_BEFORE_ITEMS.search(block.text)
        if cue is None:
            continue
        own = _mark(block.text) if block.kind == BlockKind.LIST_ITEM else None
        head = block.text[: cue.start()].strip()
        owner = i if head else _previous_with_figures(i, by_block)
        if owner is None or (cue.group("specific") and owner != i):
            continue  # "cụ thể:" opens a list of the paragraph's own total only
        items = _items_after(blocks, i, by_block, own)
        totals = [f for f in by_block[owner] if owner != i or f.span.end - blocks[i].span[0] <= cue.start()]
        found = _pair(totals, items, doc)
        if cue.group("specific"):  # "cụ thể:" may list measures taken ("- Hỗ trợ vay vốn: 620 hộ"): only
            found = [r for r in found if _each_counts_the_total(r, figures, doc)]  # counts of the total's things
        out += found
    return out


def _each_counts_the_total(r: Relation, figures: list[Figure], doc: Document) -> bool:
    """Whether every part of a relation counts what its total counts (a unit that can be its
    part, or its noun as written), under a label that does not repeat the action the total's
    sentence states (``hỗ trợ 1.250 hộ …, cụ thể: - Hỗ trợ vay vốn: 620 hộ``: kinds of support,
    which a household may get several of)."""
    by_id = {f.id: f for f in figures}
    total = by_id[str(r.members["total"])]
    parts = [by_id[p] for p in r.members.get("parts") or []]
    block = doc.blocks[total.span.block]
    said = set(_pairs_of_words(block.text[: total.span.start - block.span[0]][-SENTENCE_REACH:]))
    vocab = load_vocabulary()
    for p in parts:
        kind = p.subject != "other" and vocab.can_be_part_of(p.subject, total.subject)
        if not (kind or counts_alike(total, p)) or set(_pairs_of_words(_label(p, doc))[:1]) & said:
            return False
    return True


def _pairs_of_words(text: str) -> list[tuple[str, str]]:
    """The pairs of words in a row of ``text``, lower case, in order."""
    words = rx.WORD_RE.findall(text.lower())
    return list(itertools.pairwise(words))


def _previous_with_figures(i: int, by_block: dict[int, list[Figure]]) -> int | None:
    return i - 1 if i > 0 and by_block.get(i - 1) else None


# How deep a list item's mark usually stands: numbers and letters above dashes, dashes above
# pluses, pluses above dots ("a) …" / "- …" / "+ …" / "• …").
MARK_RANK = {"#": 0, "-": 1, "+": 2, "•": 3, "*": 3}
DASHES = "-–—"


def _mark(text: str) -> str:
    """An item's mark: its bullet (every dash one bullet), ``#`` for a number or letter (``1.``,
    ``a)``, ``(1)``), "" when it has none."""
    stripped = text.lstrip()
    if rx.BULLET_LINE.match(stripped):
        return "-" if stripped[0] in DASHES else stripped[0]
    return "#" if rx.ITEM_MARK.match(stripped) or rx.BRACKETED_NUMBER.match(stripped) else ""


def _items_after(blocks: list, i: int, by_block: dict[int, list[Figure]], own: str | None) -> list[list[Figure]]:
    """The items of the list block ``i`` opens: those right after it with the first one's mark,
    skipping deeper ones (an item's own sub-list, ``+ …`` under ``- … 80 đơn, trong đó:``) and
    ending at a shallower one or at anything that is no item.  Under an item (``– Tổng số …,
    trong đó:``) the list is one level deeper than the item, or there is none."""
    items: list[list[Figure]] = []
    level: int | None = None
    for k in range(i + 1, len(blocks)):
        if blocks[k].kind != BlockKind.LIST_ITEM:
            break
        rank = MARK_RANK.get(_mark(blocks[k].text))
        if rank is None:
            break
        if level is None:
            if own is not None and rank <= MARK_RANK.get(own, -1):
                break  # a sibling of the item, no sub-list
            level = rank
        if rank < level or (rank == level and not by_block.get(k)):
            break  # a shallower item, or one of the list's level with no figure: a sub-heading
        if rank == level:
            items.append(by_block[k])
    return items


def _pair(totals: list[Figure], items: list[list[Figure]], doc: Document) -> list[Relation]:
    if len(items) < MIN_ITEMS:
        return []
    for measure in ("money", "count"):
        wholes = [t for t in totals if t.measure == measure]
        rows = [[f for f in item if f.measure == measure] for item in items]
        if not wholes or not all(rows):
            continue
        if all(len(r) == len(wholes) for r in rows):
            pairs = [(w, [r[k] for r in rows]) for k, w in enumerate(wholes)]
            # past the first column, a part is what its total is: "đã giải quyết 280" / "đã giải quyết
            # 100", not "tồn 10"; a table's columns over slashes are by place ("412 trẻ/15 lớp" / "- Nhà
            # trẻ: 86 trẻ/4 lớp")
            table = all(_over_slashes(r, doc) for r in [wholes, *rows])
            pairs = pairs[:1] + [(w, ps) for w, ps in pairs[1:] if table or all(_same_words(w, p, doc) for p in ps)]
        elif len(wholes) == 1 and all(len(r) == 1 for r in rows):
            pairs = [(wholes[0], [r[0] for r in rows])]
        elif len(wholes) == 1 and _one_each(own := _of_whole_unit(wholes[0], rows)):
            pairs = [(wholes[0], [r[0] for r in own])]  # "- Khối 7 : 77 HS/ 03 lớp": the pupils, not the classes
        else:
            continue  # several totals and one figure an item: which one the items break down is unsaid
        return [r for w, parts in pairs if all(_fits(p, w) for p in parts) for r in _classify(w, parts, doc)]
    return []


def _over_slashes(figs: list[Figure], doc: Document) -> bool:
    """Whether figures (of one measure) are one row written over slashes in one block (``86
    trẻ/4 lớp``): each after the one before, with only a noun and a slash between."""
    if len(figs) < 2 or any(f.span.block != figs[0].span.block for f in figs):
        return False
    block = doc.blocks[figs[0].span.block]
    return len(slash_row(figs, 0, block.text, block.span[0])) == len(figs)


def _one_each(rows: list[list[Figure]]) -> bool:
    return all(len(r) == 1 for r in rows)


def _of_whole_unit(whole: Figure, rows: list[list[Figure]]) -> list[list[Figure]]:
    """Each item's figures that count what the whole counts (its unit key as read), when some
    item states figures of other units beside its part."""
    return [[f for f in row if f.subject == whole.subject] for row in rows]


def _classify(total: Figure, parts: list[Figure], doc: Document) -> list[Relation]:
    """What the items state about their total: the classes of one partition (a rating scale,
    the forms of discipline, ``đảng viên chính thức`` / ``dự bị``, by their category or the
    words of their label or after their number) a breakdown, exhaustive when every class is
    named; overlapping attributes (``- Có trình độ đại học: 850 người``) a subset; anything
    else a plausible breakdown (nothing says the items are every kind of the total).  Items
    that name the classes of two partitions side by side (``- Đảng viên chính thức: …`` /
    ``- Đảng viên dự bị: …`` / ``- Đảng viên nữ: …``) break it down once by each, the other
    items subsets (:func:`side_by_side`)."""
    labels = [_label(p, doc) for p in parts]
    afters = [_after(p, doc) for p in parts]
    noun = (total.subject_text or "").lower()
    block = doc.blocks[total.span.block]
    # the words of the total's sentence before it: "Tổng số đảng viên của Đảng bộ … là 845 đồng chí"
    written = rx.SENTENCE_MARK_SPLIT.split(block.text[: total.span.start - block.span[0]][-SENTENCE_REACH:])[-1]
    groups = side_by_side(
        [_bare_class_of(total, label, after, noun, written) for label, after in zip(labels, afters, strict=True)]
    )
    if groups is not None and any(_of_the_item_before(g, parts) for g in groups):
        groups = None  # "- Đảng viên dự bị: 20 đồng chí;" / "- Nam: 12 đồng chí;" / "- Nữ: 8 đồng chí.": the 20's
    if groups is None:
        return [_classify_one(total, parts, labels, afters, noun)]
    out = [
        _classify_one(total, [parts[i] for i in g], [labels[i] for i in g], [afters[i] for i in g], noun)
        for g in groups
    ]
    grouped = {i for g in groups for i in g}
    rest = [p.id for i, p in enumerate(parts) if i not in grouped]
    if not rest:  # every item a class of one of the partitions
        return out
    return [*out, Relation("subset_of", {"total": total.id, "parts": rest}, EVIDENCE, "plausible")]


def _of_the_item_before(group: list[int], parts: list[Figure]) -> bool:
    """Whether the classes of a group add up to the item just before its first: they break that
    item down, not the total."""
    before = group[0] - 1
    return before >= 0 and before not in group and parts[before].value == sum(parts[i].value for i in group)


def _bare_class_of(total: Figure, label: str, after: str, noun: str, written: str) -> tuple[str, str] | None:
    """The class an item names by its label (``Đảng viên nữ: 512 đồng chí``) or after its number
    (``- 1.198 đảng viên chính thức``), nothing more beside it; a class of members only of a total
    of members (``Tổng số cán bộ, công chức xã: 22 người`` / ``+ Đảng viên nữ: 8 người``: no)."""
    return class_named(total.subject, after, label, noun, counts_members(total.subject, written))


def _classify_one(total: Figure, parts: list[Figure], labels: list[str], afters: list[str], noun: str) -> Relation:
    members = {"total": total.id, "parts": [p.id for p in parts]}
    match = (
        partition_of(total.subject, [p.category for p in parts], "category")
        or partition_of(total.subject, [p.subject for p in parts], "subject")
        or word_partition_of(total.subject, labels)
        or word_partition_of(total.subject, afters)
        or word_partition_of(total.subject, [_without(label, noun) for label in labels])
    )
    if match is not None:
        return Relation("total_parts", members, EVIDENCE, match.certainty)
    afters = [_without(after, noun) for after in afters]  # "420 học sinh" / "- Khối 7: 110 học sinh/ 3 lớp"
    bands = [band_of(label) for label in labels]
    if len(bands) >= 2 and all(bands) and disjoint([b for b in bands if b]):
        return Relation("total_parts", members, EVIDENCE, "plausible")  # "- Dưới 30 tuổi: 45 đồng chí; - Từ 30 …"
    if any(is_subset_word(label) or is_subset_word(after) for label, after in zip(labels, afters, strict=True)):
        return Relation("subset_of", members, EVIDENCE, "plausible")
    return Relation("total_parts", members, EVIDENCE, "plausible")


EVIDENCE = "trong đó: (các mục)"


def _label(part: Figure, doc: Document) -> str:
    """An item's words before its number, without its mark (``Đảng viên chính thức`` of ``+
    Đảng viên chính thức: 26 đ/c``)."""
    block = doc.blocks[part.span.block]
    return rx.ITEM_MARK.sub("", block.text[: part.span.start - block.span[0]]).strip(" :")


def _after(part: Figure, doc: Document) -> str:
    block = doc.blocks[part.span.block]
    return block.text[part.span.end - block.span[0] :].strip()


def _without(label: str, noun: str) -> str:
    """A label (or the words after a part) without the total's own noun in front (``hội viên
    nam`` of ``215 hội viên`` → ``nam``; ``học sinh/ 3 lớp`` of ``420 học sinh`` → ``/ 3 lớp``)."""
    own = noun and label.lower().startswith(noun) and not label[len(noun) : len(noun) + 1].isalnum()
    return label[len(noun) :].strip() if own else label


def _words_before(f: Figure, doc: Document) -> set[str]:
    block = doc.blocks[f.span.block]
    start = f.span.start - block.span[0]
    return {w for w in block.text[max(0, start - WORDS_REACH) : start].lower().split() if w.isalpha()} - PLAIN_WORDS


def _same_words(total: Figure, part: Figure, doc: Document) -> bool:
    """The part is introduced by a word the total is (``giải ngân``, ``đã giải quyết``), and
    negated only if the total is (``chưa giải quyết 10`` is no part of ``đã giải quyết 280``)."""
    return bool(_words_before(total, doc) & _words_before(part, doc)) and _negated(total, doc) == _negated(part, doc)


def _negated(f: Figure, doc: Document) -> bool:
    block = doc.blocks[f.span.block]
    start = f.span.start - block.span[0]
    return rx.NEGATION.search(block.text[max(0, start - WORDS_REACH) : start]) is not None


def _persons(part: Figure, total: Figure) -> bool:
    """An item counting a kind of person under a total of another kind (``12 Đảng viên`` of
    ``18 hội viên``), which :meth:`Vocabulary.can_be_part_of` does not allow by itself (it
    already allows persons counted by a generic word, ``26 đ/c`` of ``29 đảng viên``, and a
    bare attribute, ``+ 9 Đại học``)."""
    family = load_vocabulary().family
    return family(total.subject) == family(part.subject) == "persons"


def _fits(part: Figure, total: Figure) -> bool:
    """A part of ``total``: of its unit (one currency for money, in any scale), and not so much
    larger that it must count something else.  A part somewhat above its total is kept: under
    the cue it is one, and the checker says it does not fit (``29 đảng viên, trong đó:`` /
    ``+ Đảng viên chính thức là: 32 đ/c``)."""
    if total.measure == "money" and not same_money(part.unit, total.unit):
        return False
    kinds = load_vocabulary().can_be_part_of(part.subject, total.subject) or _persons(part, total)
    if total.measure == "count" and not kinds:
        return False
    return 0 <= part.value * unit_factor(part.unit, total.unit) <= total.value * ITEM_SANITY
