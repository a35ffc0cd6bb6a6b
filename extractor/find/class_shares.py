"""Shares of the classes of one partition, whose whole is not stated.

``Kết quả xếp loại đảng viên: hoàn thành xuất sắc nhiệm vụ 25 đồng chí (15,2%), hoàn thành tốt
nhiệm vụ 130 đồng chí (79,3%), hoàn thành nhiệm vụ 9 đồng chí, không hoàn thành nhiệm vụ 0 đồng
chí``: the counts are the classes of one scale (``patterns/partitions.yaml``), each once, and no
total is stated.  Classes are disjoint, so their shares are of one whole:

* two shares of distinct classes or more are held to the whole the others imply, as
  :mod:`implied_whole` does for three shares of any counts (``peers``); two suffice here, since
  the classes leave no doubt that the shares are of one whole;
* when the sentence also counts every class of the scale, their sum (the 164 rated) says which
  share is wrong when the shares disagree (``classes``).  The shares may be of a wider whole
  than the rated (``25 + 101 + 3 = 129`` rated of 130 members, the shares of the 130): when they
  all agree on one whole, the sum is not held against them.

A mismatch is a warning.  Only shares read against no base come here, and one share alone is
left alone: nothing tells the whole it is of.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from extractor.find.context import figures_year, full_sentence, is_change
from extractor.find.facts import Figure, Relation
from extractor.find.implied_whole import EVIDENCE as PEERS_EVIDENCE
from extractor.find.share_gaps import group_label, other_words
from extractor.find.sibling_shares import SharePair, rounds_to
from extractor.text import regexes as rx
from extractor.text.partitions import ANY, load_partitions, partition_of

EVIDENCE = "share of the sum of its scale's classes"
SIBLINGS_BASE = "share of the base its sibling classes' shares have"
CLAUSE_MARKS = ";,\n()"  # what bounds a count's own clause, for "trở lên"
ITEM_MARKS = ";\n"  # what bounds an item of a list, for "trở lên"


def class_shares(
    pairs: list[SharePair],
    figs: list[Figure],
    text: str,
    base: int,
    based: Sequence[SharePair] = (),
    ruled_out: frozenset[str] | set[str] = frozenset(),
    known: Sequence[Figure] = (),
) -> tuple[list[Relation], list[SharePair]]:
    """The relations read for shares of the classes of one partition (``pairs``: shares read
    against no base; ``figs``: the paragraph's figures; ``based``: the paragraph's shares read
    against a base; ``ruled_out``: the shares whose siblings ruled a base out for them, which
    are not given it back; ``known``: the figures a base may be, the paragraphs' before too), and
    the pairs left for other readings."""
    pairs = [replace(p, sentence=full_sentence(text, p.count.span.start - base)[0]) for p in pairs]
    based = [replace(p, sentence=full_sentence(text, p.count.span.start - base)[0]) for p in based]
    by_sentence: dict[int, list[SharePair]] = defaultdict(list)
    for p in pairs:
        by_sentence[p.sentence].append(p)
    out: list[Relation] = []
    read: set[str] = set()
    for start, every in by_sentence.items():
        group = [p for p in every if not _and_above(p.count, text, base)]
        counts = _sentence_counts(figs, group, start, text, base) if group else []
        siblings = [b for b in based if b.sentence == start]
        found = _of_sentence(group, counts, text, base)
        if not found and not any(p.percent.id in ruled_out for p in group):
            found = _with_siblings_base(group, siblings, counts, text, base, [*known, *figs])
        out += found
        read |= {r.members["percent"] for r in found}
    return out, [p for p in pairs if p.percent.id not in read]


def _with_siblings_base(
    group: list[SharePair], siblings: list[SharePair], counts: list[Figure], text: str, base: int, figs: list[Figure]
) -> list[Relation]:
    """Shares of one sentence read against no base whose sibling shares, of the other classes of
    the same scale, are read against one total (``Tổng số đảng viên … là 164 đồng chí. … hoàn
    thành xuất sắc nhiệm vụ 25 đồng chí (15,2%), hoàn thành tốt nhiệm vụ 130 đồng chí (79,3%),
    hoàn thành nhiệm vụ 9 đồng chí (15,5%)``: the 15,5 % fits no total, but its class's
    siblings say it is of the 164).  Two siblings at least, each coming out of the total: one
    that does not may be the wrong one (``… 128 đ/c. … 10 đồng chí …, bằng 15,1%; 78 đồng chí
    …, đạt 78,8%``: the 78,8 % is of the 99 rated, the 15,1 % wrong)."""
    wholes = {str(b.relation.members.get("base")) for b in siblings if b.relation is not None}
    if not counts or len(siblings) < 2 or len(wholes) != 1 or "None" in wholes:
        return []
    whole_fig = next((f for f in figs if f.id in wholes), None)
    if whole_fig is None or whole_fig.value <= 0:
        return []
    if not all(rounds_to(100.0 * b.count.value / whole_fig.value, b.percent) for b in siblings):
        return []
    orphans = [p for p in group if p.count.category and p.count.measure == "count" and not p.count.approx]
    every = [*siblings, *orphans]
    classes = _by_category(every, counts) if orphans else None  # (each a class of one scale, of one unit)
    if classes is None or len(classes[0]) != len(every) or _other_units_between(every, text, base):
        return []
    (whole,) = wholes
    return [
        Relation(
            "percent_of", {"percent": p.percent.id, "count": p.count.id, "base": whole}, SIBLINGS_BASE, "plausible"
        )
        for p in orphans
    ]


def item_class_shares(pairs: list[SharePair], figs: list[Figure], text: str) -> tuple[list[Relation], list[SharePair]]:
    """As :func:`class_shares`, for the shares of a run of list items (``• Hoàn thành xuất sắc
    nhiệm vụ: 25 đồng chí (15,2%)`` / ``• Hoàn thành tốt nhiệm vụ: …``), read as one list
    (``figs``: the items' figures; ``text``: the document's)."""
    if not pairs:
        return [], pairs
    first = min(p.count.span.start for p in pairs)
    last = max(p.percent.span.end for p in pairs)
    if rx.YEAR_WRITTEN.search(text, first, last):
        return [], pairs
    counts = [f for f in figs if _class_count(f, text, 0)]
    found = _of_sentence([p for p in pairs if not _and_above(p.count, text, 0)], counts, text, 0)
    read = {r.members["percent"] for r in found}
    return found, [p for p in pairs if p.percent.id not in read]


def _sentence_counts(figs: list[Figure], group: list[SharePair], start: int, text: str, base: int) -> list[Figure]:
    """The counts of the sentence of ``group`` (``start``: where it opens in ``text``) that are
    not changes; none when a year stands between its shares (``năm 2022 … (15%); năm 2023 …``:
    each year's shares have a whole of their own), nor a class counted with the ones above it
    (``trở lên``: it overlaps the classes)."""
    first = min(p.count.span.start for p in group) - base
    last = max(p.percent.span.end for p in group) - base
    if rx.YEAR_WRITTEN.search(text, first, last):
        return []
    end = full_sentence(text, last)[1]
    return [f for f in figs if start <= f.span.start - base < end and _class_count(f, text, base)]


def _class_count(f: Figure, text: str, base: int) -> bool:
    """Whether a figure may count a class: a count, no change, not of a class and the ones above it."""
    return f.measure == "count" and not is_change(f, text, base) and not _and_above(f, text, base)


def _bounds(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    """The stretch of ``text`` around ``[start, end)`` between the nearest of ``marks`` on either side."""
    lo = max(text.rfind(c, 0, start) for c in marks) + 1
    his = [i for i in (text.find(c, end) for c in marks) if i >= 0]
    return lo, min(his) if his else len(text)


def _and_above(count: Figure, text: str, base: int) -> bool:
    """Whether a count is of a class and the ones above it (``hoàn thành tốt nhiệm vụ trở lên 155
    đồng chí``, ``155 đồng chí hoàn thành tốt nhiệm vụ trở lên``): ``trở lên`` in its own
    clause, between the separators around it."""
    lo, hi = _bounds(text, count.span.start - base, count.span.end - base, CLAUSE_MARKS)
    return rx.AND_ABOVE.search(text, lo, hi) is not None


def _other_units_between(pairs: list[SharePair], text: str, base: int) -> bool:
    """Whether a unit, a place or a time with a whole of its own stands between two of the
    shares (``Chi bộ A có 12 … (30%), chi bộ B có 18 … (72%)``, ``năm trước …, năm nay …``)."""
    ordered = sorted(pairs, key=lambda p: p.count.span.start)
    for p, q in itertools.pairwise(ordered):
        lo, hi = max(p.count.span.end, p.percent.span.end) - base, min(q.count.span.start, q.percent.span.start) - base
        # (a unit named right after the earlier count is its noun: "(12 đảng bộ cơ sở) và 70% (…")
        counted_from = min(p.count.span.start, p.percent.span.start) - base
        stretch = _without_and_above(text[counted_from:hi])
        if any(m["counted"] is None and m.end() > lo - counted_from for m in rx.OTHER_UNIT_BETWEEN.finditer(stretch)):
            return True
        gap = stretch[lo - counted_from :]
        if group_label(gap) or other_words(gap, {p.count.subject, q.count.subject}):
            return True
    return False


def _without_and_above(stretch: str) -> str:
    """``stretch`` with the clauses of a class and the ones above it blanked (``…, nâng tổng số
    đảng viên hoàn thành tốt nhiệm vụ trở lên là 155 đồng chí (94,5%); …``): no group of its own."""
    out = list(stretch)
    for m in rx.AND_ABOVE.finditer(stretch):
        lo, hi = _bounds(stretch, m.start(), m.end(), ITEM_MARKS)
        out[lo:hi] = " " * (hi - lo)
    return "".join(out)


def _of_sentence(group: list[SharePair], counts: list[Figure], text: str, base: int) -> list[Relation]:
    """The relations of the shares of one sentence whose counts are distinct classes of one
    partition, two shares at least: each with its peers (the other shares and their counts),
    and, when the sentence counts every class of the partition, with the classes' counts."""
    if not counts:
        return []  # a year or a class with the ones above it in the sentence (:func:`_sentence_counts`)
    candidates = [p for p in group if p.count.measure == "count" and not p.count.approx]
    shared, classed = _by_category(candidates, counts) or _by_unit(candidates, counts)
    if len(shared) < 2 or _other_units_between(shared, text, base):
        return []
    every = bool(classed) and {p.count.id for p in shared} <= {f.id for f in classed}
    out = []
    for p in shared:
        peers = [f.id for q in shared if q is not p for f in (q.count, q.percent)]
        members: dict[str, str | list[str]] = {"percent": p.percent.id, "count": p.count.id, "peers": peers}
        if every:
            members["classes"] = [f.id for f in classed]
        out.append(Relation("percent_of", members, EVIDENCE if every else PEERS_EVIDENCE, "plausible"))
    return out


Classes = tuple[list[SharePair], list[Figure]]


def _by_category(pairs: list[SharePair], counts: list[Figure]) -> Classes | None:
    """The shares of counts of one unit rated or acted on in distinct classes of one partition
    (``khiển trách 9 …, cảnh cáo 6 …``), and the sentence's counts of every class of it when it
    counts them all (else none)."""
    shared = [p for p in pairs if p.count.category]
    if len(shared) < 2 or len({p.count.subject for p in shared}) != 1:
        return None
    subject = shared[0].count.subject
    year = figures_year([p.count for p in shared])
    if partition_of(subject, [p.count.category for p in shared], "category", year) is None:
        return None
    classed = [f for f in counts if f.category and f.subject == subject]
    scale = partition_of(subject, [f.category for f in classed], "category", year)
    return shared, (classed if scale is not None and scale.exhaustive else [])


def _by_unit(pairs: list[SharePair], counts: list[Figure]) -> Classes:
    """The shares of counts of distinct units that are the classes of one partition of a kind of
    organisation (``12 đảng bộ cơ sở (chiếm 40%) và 18 chi bộ cơ sở (chiếm 60%)``), and the
    sentence's counts of every class when it counts them all.  Not a partition that may divide a
    total of any unit (``12 tập thể …, 25 cá nhân …``: commendations, each share maybe of its own)."""
    units = [p.count.subject for p in pairs]
    if len(pairs) < 2 or len(set(units)) != len(units):
        return [], []
    for partition in load_partitions().partitions:
        if partition.by != "subject" or ANY in partition.totals or not set(units) <= set(partition.classes):
            continue
        classed = [f for f in counts if f.subject in partition.classes]
        named = {f.subject for f in classed}
        return pairs, (classed if len(named) == len(classed) and named == set(partition.classes) else [])
    return [], []
