"""Partitions written side by side in one list: ``29 đảng viên, trong đó 26 chính thức, 12 nam,
17 nữ``; ``27 chính thức, 3 dự bị, 12 nam, 18 nữ``; list items ``- Đảng viên chính thức: …`` /
``- Đảng viên nữ: …`` (read in ``item_lists.py`` with the same partition helpers).

Each partition with two classes or more named breaks the total down on its own; every other part
is a subset; nothing is summed across partitions.  A class counts the total only when it is
named and nothing more (:func:`class_of`); classes that count a narrower group break nothing
down (:func:`_a_class_of_the_total`).
"""

from __future__ import annotations

from dataclasses import replace

from extractor.find.context import full_sentence, own_text, position
from extractor.find.facts import Figure, Relation
from extractor.find.part_words import (
    SUBSET_SANITY,
    adds_up,
    amount_in,
    counts_alike,
    counts_attribute,
    counts_persons,
    label_of,
    list_tail,
    noun_of,
    one_scale,
    over_another_base,
    words_after,
)
from extractor.text import regexes as rx
from extractor.text.partitions import (
    bare_class,
    class_named,
    counts_members,
    ends_partial,
    load_partitions,
    names_a_class_of,
    read_after_numbers,
    side_by_side,
)


def partitions_side_by_side(
    total: Figure, parts: list[Figure], text: str, base: int, end: int, evidence: str
) -> list[Relation] | None:
    """A list of persons that names two or more classes of one partition by words beside other
    parts (``29 đảng viên, trong đó 26 chính thức, 12 nam, 17 nữ``; ``27 chính thức, 3 dự bị, 12
    nam, 18 nữ``): each such partition breaks the total down on its own, and every other part
    that counts what the total counts is a subset of it; nothing is summed across partitions
    (:func:`side_by_side`).  A part above the total after a semicolon past the classes, when
    they make the total, is another statement (``…, gồm 10 nam, 5 nữ; 40 đảng viên dự bị``).
    None, for the other readings, when the total counts no persons (``320 hộ``) or a class counts
    a narrower group than the total (:func:`_a_class_of_the_total`)."""
    if total.subject != "other" and not counts_persons(total):
        return None
    if one_scale(total, parts, text, base):
        return None  # "3 thạc sĩ, 30 đại học, 5 cao đẳng": one scale names every part (a plain breakdown)
    named = [class_of(f, total, text, base) for f in parts]  # each part's (partition, class), read once
    groups = side_by_side(named)
    if groups is None:
        return None
    families = [[parts[i] for i in group] for group in groups]
    if not all(_a_class_of_the_total(group, parts, total, text, base) for group in families):
        return None
    keys = {c[0] for group in groups for i in group if (c := named[i]) is not None}
    grouped = {f.id for group in families for f in group}
    if any(names_a_class_of(key, _own_words(f, text, base)) for f in parts if f.id not in grouped for key in keys):
        return None  # "2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng, 5 đồng chí Huy hiệu 60 năm, …": one more class
    out = [
        _family_breakdown(total, [parts[i] for i in g], [named[i] for i in g], text, base, end, evidence)
        for g in groups
    ]
    rest = [f for f in parts if f.id not in grouped and amount_in(f, total) <= total.value * SUBSET_SANITY]
    if all(adds_up(group, total) for group in families):
        last = max(position(f, base)[1] for group in families for f in group)
        after = [f for f in rest if position(f, base)[0] > last and ";" in text[last : position(f, base)[0]]]
        rest = [f for f in rest if f not in after or amount_in(f, total) <= total.value]
    # an attribute or a class of another partition is a subset for certain, another count of
    # what the total counts plausibly ("120 đảng viên" among "350 người … 200 nam, 150 nữ")
    class_by_id = {f.id: c for f, c in zip(parts, named, strict=True)}
    sure = [f for f in rest if counts_attribute(f, text, base, total) or class_by_id[f.id]]
    maybe = [f for f in rest if f not in sure and counts_alike(total, f)]
    if maybe:  # "120 đại biểu, trong đó 45 đại biểu nữ, 60 đại biểu nam, 15 đại biểu là khách mời": the
        # classes may leave out another kind of the total
        out = [replace(r, certainty="disjoint") if r.certainty == "exhaustive" else r for r in out]
    for group, certainty in ((sure, "explicit"), (maybe, "plausible")):
        if group:
            out.append(Relation("subset_of", {"total": total.id, "parts": [f.id for f in group]}, evidence, certainty))
    return out


def _own_words(f: Figure, text: str, base: int, to_number: bool = False) -> str:
    """A listed part's own words: its label and what follows its number up to the next part, or
    with ``to_number`` up to the next number (``97 HS/ 41 nữ``: ``HS/``)."""
    after = rx.CLASS_OWN_WORDS_END.split(words_after(f, text, base), maxsplit=1)[0]
    return f"{label_of(f, text, base)} {rx.DIGIT.split(after, maxsplit=1)[0] if to_number else after}"


def _family_breakdown(
    total: Figure,
    group: list[Figure],
    named: list[tuple[str, str] | None],
    text: str,
    base: int,
    end: int,
    evidence: str,
) -> Relation:
    """The breakdown of a total by the classes of one partition listed beside other parts
    (``named``: the group's ``(partition, class)`` each): exhaustive when every class is named,
    else as the partition says of some of its classes (disjoint or open); plausible when the
    parts are ratios over another base, open when the list says it is incomplete."""
    found = {c for c in named if c is not None}
    key = next(iter(found))[0]
    partition = next(p for p in load_partitions().partitions if p.key == key)
    certainty = "exhaustive" if {name for _, name in found} == set(partition.classes) else partition.some
    if over_another_base(group, total, text, base):
        certainty = "plausible"
    elif ends_partial(list_tail(text, position(group[-1], base)[1], end)):
        certainty = "open"
    return Relation("total_parts", {"total": total.id, "parts": [f.id for f in group]}, evidence, certainty)


def _a_class_of_the_total(group: list[Figure], parts: list[Figure], total: Figure, text: str, base: int) -> bool:
    """Whether the classes a list names count the list's total, not a narrower group: not when
    the first's clause opens with other words (``số đảng viên dự bị có 12 nam, 8 nữ``, ``trong
    năm kết nạp mới 8 nam, 4 nữ``; a linking ``có`` is no such word), or when they add up to the
    part just before them (``36 đồng chí, nam 20 đồng chí, nữ 16 đồng chí``: the 36 broken down).
    A class that goes on with what those counted did (``10 nữ đã được xét công nhận``) is no class
    (:func:`class_of`)."""
    label = rx.LINKING_LEAD.sub("", label_of(group[0], text, base).strip())
    if label and class_of(group[0], total, text, base, label_only=True) is None:
        return False
    at = parts.index(group[0])
    return not (at > 0 and parts[at - 1] not in group and parts[at - 1].value == sum(f.value for f in group))


def class_of(f: Figure, total: Figure, text: str, base: int, label_only: bool = False) -> tuple[str, str] | None:
    """The ``(partition, class)`` a part names and nothing more (:func:`bare_class`): after its
    number (``12 đảng viên nam``, ``06 đ/c nam``), or in its label with only a person noun after
    its number (``nữ 16 đồng chí``); a class of members only of a total of members."""
    noun = noun_of(total, text, base)
    members = counts_members(total.subject, _sentence_before(total, text, base))
    label = rx.LINKING_LEAD.sub("", label_of(f, text, base).strip())
    if label_only:
        return bare_class(total.subject, label, noun, members)
    return class_named(total.subject, words_after(f, text, base), label, noun, members)


def _sentence_before(total: Figure, text: str, base: int) -> str:
    """The words of a total's sentence before its number: what it counts may be named there
    (``Tổng số đảng viên: 96 đồng chí``)."""
    text, base = own_text(total, text, base)
    start = position(total, base)[0]
    return text[full_sentence(text, start)[0] : start]


def class_mates(attributes: list[Figure], parts: list[Figure], text: str, base: int) -> list[Figure]:
    """The parts that name another class of a partition an attribute names a class of: ``30 hội
    viên nam`` beside the attribute ``40 hội viên nữ`` is one too (the men and the women of the
    association, not of the total), never summed with the other parts."""
    keys = {p.key for p in read_after_numbers()}
    named = {k for f in attributes for k in keys if names_a_class_of(k, _own_words(f, text, base, True))}
    mates = [f for f in parts if f not in attributes]
    return [f for f in mates if any(names_a_class_of(k, _own_words(f, text, base, True)) for k in named)]


def another_partition(made: list[Figure], nxt: list[Figure], total: Figure, text: str, base: int) -> bool:
    """Whether the next two figures name two classes of one partition (:func:`class_of`) that
    the parts which made the total named none of: a second breakdown of the total by another
    partition, read side by side with the first (:func:`partitions_side_by_side`)."""
    named = [class_of(f, total, text, base) for f in nxt]
    if len(named) < 2 or None in named or len({n for n in named if n}) != 2 or len({n[0] for n in named if n}) != 1:
        return False
    key = next(n[0] for n in named if n)
    return all((c := class_of(f, total, text, base)) is None or c[0] != key for f in made)
