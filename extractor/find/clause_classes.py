"""Breakdowns whose classes are named anywhere in each part's item, with no cue before the list:
``… trao tặng Huy hiệu Đảng cho 637 đảng viên. // Trong đợt trao huy hiệu lần này, có 24 đồng
chí nhận Huy hiệu 75 năm tuổi Đảng; 5 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; …`` or ``trao
Huy hiệu 60 năm tuổi Đảng cho 2 đảng viên; Huy hiệu 55 năm tuổi Đảng cho 1 đảng viên; …``.

Only the partitions marked ``named_in_clause`` in ``patterns/partitions.yaml`` are read this
way: their class names (``Huy hiệu 40 năm``) say what a count is wherever they stand in its
item (the text between the list's separators around the number), where a word such as ``nữ``
could belong to anything near it.  A run is two or more counts of persons, one after the
other in a paragraph, each of whose items names exactly one class, every class at most once;
it breaks down the latest earlier count of persons that is no class itself and whose sentence
names the partition's ``whole`` (``huy hiệu``), in the run's own sentence or the one right
before it (also across a paragraph's end); a run whose sentence names another occasion, time or
stock (``Ngoài ra, …``, ``Năm 2023, …``, ``Đợt 19/5, …``, ``hiện có …``) breaks down nothing.  The
text states no cue between them, and an occasion may list only some of its classes, so the
breakdown is ``plausible``: a sum off either way is a warning; for a partition whose lists of
some classes are the rule (``some: open``: the ways letters were handled, some letters pending)
``open``: only a sum above the total.  A total not of persons counts the whole by its noun
(``tiếp nhận 66 đơn``; not ``(95 vụ việc)``).
"""

from __future__ import annotations

import re

from extractor.document.elements import Document
from extractor.find.context import BlockText, by_block, full_sentence, is_change, matches_by
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.partitions import Partition, named_in_clause
from extractor.text.vocabulary import load_vocabulary

EVIDENCE = "classes named in their items"
PARAGRAPHS_BACK = 1  # the total may be stated in the paragraph before the run
MIN_RUN = 2
FAR_OVER = 2.0  # a run adding up to more than this many times a count breaks down something else
# what ends a list item: a semicolon, a colon, a sentence's end, a comma not inside a number, "và"
ITEM_BREAK = re.compile(r"[;:]|[.!?](?=\s|$)|,(?!\d)|(?<!\w)và(?!\w)", re.IGNORECASE)


def clause_class_breakdowns(doc: Document, figures: list[Figure], listed: set[str]) -> list[Relation]:
    """Breakdowns by the classes each part's item names; ``listed``: the ids of figures already
    parts of a relation (a run holding one is left alone)."""
    partitions = named_in_clause()
    if not partitions:
        return []
    body = by_block([f for f in figures if f.span.where == "body"])
    blocks = sorted(body)
    out: list[Relation] = []
    for n, index in enumerate(blocks):
        text, base = BlockText(doc, index), doc.blocks[index].span[0]
        near = [b for b in blocks[max(0, n - PARAGRAPHS_BACK) : n] if b >= index - PARAGRAPHS_BACK]
        earlier = [(f, doc.blocks[b].text, doc.blocks[b].span[0]) for b in near for f in body[b]]
        for partition in partitions:
            for run in _runs(body[index], text, base, partition):
                if any(f.id in listed for f in run):
                    continue
                own = [(f, text, base) for f in body[index] if f.span.end <= run[0].span.start]
                total = _total([*earlier, *own], run, partition, (text, base))
                if total is None:
                    continue
                opens = full_sentence(text, run[0].span.start - base)[0]
                if total.span.block == index and total.span.start - base >= opens:
                    opens = total.span.end - base  # the total's own sentence: only what follows it
                if rx.OTHER_OCCASION.search(text, opens, run[0].span.start - base):
                    continue  # "Ngoài ra, …", "Năm 2023, …", "Đợt 19/5, …", "hiện có …": another occasion's run
                members = {"total": total.id, "parts": [f.id for f in run]}
                # (a partition whose lists of some classes are the rule: only a sum above the total)
                certainty = "open" if partition.some == "open" else "plausible"
                out.append(Relation("total_parts", members, EVIDENCE, certainty))
    return out


def other_class_named(prev: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether the items of two counts each name one class of one partition read in items, two
    different ones (``đôn đốc … 9 đơn; tiếp nhận giải quyết theo thẩm quyền 17 đơn``: two ways
    letters were handled, not a later stage of them)."""
    for partition in named_in_clause():
        if not (_counted(prev, partition) and _counted(f, partition)):
            continue
        a, b = _classes(partition, prev, text, base), _classes(partition, f, text, base)
        if len(a) == len(b) == 1 and a != b:
            return True
    return False


def _classes(partition: Partition, f: Figure, text: str, base: int) -> set[str]:
    """The classes of ``partition`` named in the list item around ``f``."""
    return partition.classes_in(_item(text, f.span.start - base, f.span.end - base))


def _item(text: str, start: int, end: int) -> str:
    """The list item around a number: from the break before it to the break after it."""
    before = matches_by(ITEM_BREAK, text, 0, len(text), start - 1)  # breaks found once per text
    # a break right before the number is read as the text up to it reads it ("12 chi bộ,13 …")
    last = [m.end() for m in ITEM_BREAK.finditer(text, max(0, start - 3), start)]
    opened = max([*last, before[-1].end() if before else 0])
    after = ITEM_BREAK.search(text, end)
    return text[opened : after.start() if after else len(text)]


def _counted(f: Figure, partition: Partition) -> bool:
    """A count the partition's classes may divide: of a unit its totals name, or of persons when
    they name persons (``đảng viên`` for badges)."""
    if f.measure != "count":
        return False
    vocab = load_vocabulary()
    return f.subject in partition.totals or any(
        vocab.family(t) == "persons" == vocab.family(f.subject) for t in partition.totals
    )


def _runs(figs: list[Figure], text: str, base: int, partition: Partition) -> list[list[Figure]]:
    """Counts of persons one after the other, each item naming one class, all different."""
    runs: list[list[Figure]] = []
    run: list[Figure] = []
    named: set[str] = set()
    for f in figs:
        if f.measure == "percent":
            continue  # a part's own share does not end the run
        classes = _classes(partition, f, text, base) if _counted(f, partition) else set()
        if len(classes) == 1 and not classes & named:
            run.append(f)
            named |= classes
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run, named = ([f], classes) if len(classes) == 1 else ([], set())
    if len(run) >= MIN_RUN:
        runs.append(run)
    return runs


def _total(
    candidates: list[tuple[Figure, str, int]], run: list[Figure], partition: Partition, where: tuple[str, int]
) -> Figure | None:
    """The latest earlier count of persons, no class of the partition itself, not a change and
    not rated, whose sentence names the partition's whole and is the run's own or the one right
    before it (a sentence between may tell of another occasion); none when the run adds up to
    far more than it.  ``where``: the run's block text and its start in the document."""
    assert partition.whole is not None
    for f, text, base in reversed(candidates):
        if not _counted(f, partition) or f.category or is_change(f, text, base):
            continue
        if _classes(partition, f, text, base):
            continue  # a class of its own run, or of another
        lo, hi = full_sentence(text, f.span.start - base)
        if not partition.whole.search(text, lo, hi):
            continue
        persons = load_vocabulary().family(f.subject) == "persons"  # (a count of persons names no badge)
        if not persons and not partition.whole.match((f.subject_text or "").strip()):
            continue  # "120 đơn (95 vụ việc)": letters are counted by their own noun, written with the number
        if not _next_to(f, (text, base), run[0], where):
            return None  # a sentence stands between: the run may be of another occasion
        return f if sum(g.value for g in run) <= FAR_OVER * f.value else None
    return None


def _next_to(total: Figure, at: tuple[str, int], first: Figure, where: tuple[str, int]) -> bool:
    """Whether the run's first count is in the total's sentence or the one right after it, also
    when that one opens the next paragraph (``… cho 637 đảng viên.`` / ``Trong đợt trao huy hiệu
    lần này, có 24 …``)."""
    text, base = where
    opens = full_sentence(text, first.span.start - base)[0]
    if total.span.block != first.span.block:
        total_text, total_base = at
        last = full_sentence(total_text, len(total_text.rstrip()) - 1)[0]
        return opens == 0 and full_sentence(total_text, total.span.start - total_base)[0] == last
    total_opens, total_ends = full_sentence(text, total.span.start - base)
    return opens in (total_opens, full_sentence(text, min(total_ends + 2, len(text) - 1))[0])
