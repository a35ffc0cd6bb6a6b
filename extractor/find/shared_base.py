"""Counts out of one whole, one class each: ``Kết quả có 18/22 đồng chí hoàn thành tốt nhiệm vụ
và 04/22 đồng chí hoàn thành xuất sắc nhiệm vụ``, ``có 13/15 xã đạt chuẩn, 2/15 xã chưa đạt
chuẩn``.

Ratios of one sentence written over one whole (the same number after the slash), of one unit,
one right after the other (nothing but ``,``, ``;``, ``và`` or ``có`` between one's words and the
next: no year, place or body of its own, ``Năm 2022 có 18/22 …, năm 2023 có 05/22 …``), each
counting a class: classes of one partition (``patterns/partitions.yaml``: the rating scales,
the forms of discipline, by their category; the classes named by words, such as ``chính thức``
/ ``dự bị``), or one class and its negation (the same words after the number but for ``không``
/ ``chưa`` right before what is done: ``xã chưa đạt chuẩn``; not ``trường có học sinh không
đạt chuẩn``).  Nothing counted in one class is counted in another, so their counts come to at
most the whole (``disjoint``); every class of the partition, or a class and its negation, make
the whole (``exhaustive``).  Ratios of classes that overlap (``8/8 xã đạt chuẩn nông thôn mới,
4/8 xã đạt nông thôn mới nâng cao``), of a class and those above it (``… hoàn thành tốt nhiệm
vụ trở lên``) or of no known classes are not read.  A ratio of the whole itself (``22/22``)
counts everyone, no class.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from extractor.find.context import figures_year, full_sentence, phrase_after, phrase_end, unit_key
from extractor.find.context import position as _pos
from extractor.find.facts import SHARED_BASE, Figure, Relation
from extractor.text import regexes as rx
from extractor.text.partitions import Match, partition_of, word_partition_of

NEGATIONS = rx.NEGATION_WORDS - {"đã"}  # the words that negate ("đã" affirms)
NEGATED_AT_MOST = 3  # words of the noun a negation may follow ("xã", "đơn vị", "hộ gia đình")


def shared_base_breakdowns(figs: list[Figure], text: str, base: int, listed: set[str]) -> list[Relation]:
    """The breakdowns of one paragraph's wholes by the ratios written over them; ``listed``: ids
    of figures already parts of a relation (a group holding one is left alone)."""
    groups: dict[tuple[int, float, str], list[Figure]] = defaultdict(list)
    for f in figs:
        if f.measure == "ratio" and f.base and 0 <= f.value < f.base and not f.approx:
            sentence = full_sentence(text, _pos(f, base)[0])[0]
            groups[(sentence, f.base, unit_key(f))].append(f)
    out: list[Relation] = []
    for group in groups.values():
        if len(group) < 2 or any(f.id in listed for f in group) or not _one_after_another(group, text, base):
            continue
        certainty = _classes(group, text, base)
        if certainty is not None:
            members = {"total": group[0].id, "parts": [f.id for f in group]}
            out.append(Relation("total_parts", members, SHARED_BASE, certainty))
    return out


def _one_after_another(group: list[Figure], text: str, base: int) -> bool:
    """Whether each ratio follows the one before right after its words, with nothing of its own
    before it (``…, 04/22 …``, ``… và có 04/22 …``), and none counts a class and those above it."""
    for prev, f in itertools.pairwise(group):
        if rx.LISTED_NEXT_GAP.fullmatch(text, phrase_end(prev, text, base), _pos(f, base)[0]) is None:
            return False
    return not any(rx.CUMULATIVE_CLASS.search(text, _pos(f, base)[1], phrase_end(f, text, base)) for f in group)


def _classes(group: list[Figure], text: str, base: int) -> str | None:
    """How the ratios' classes divide their whole: ``exhaustive``, ``disjoint`` (or the
    partition's ``open``), or None when they are no classes of one partition."""
    subject = group[0].subject
    match: Match | None = None
    categories = [f.category for f in group]
    if all(categories):
        match = partition_of(subject, categories, "category", figures_year(group))
    words = [_words_after(f, text, base) for f in group]
    if match is None and not any(categories):
        match = word_partition_of(subject, [" ".join(w) for w in words])
    if match is not None:
        return match.certainty
    if len(group) == 2 and not any(categories) and _negation_pair(words[0], words[1]):
        return "exhaustive"
    return None


def _negation_pair(a: list[str], b: list[str]) -> bool:
    """The same words, one of them negated right before what is done, after the noun alone
    (``xã đạt chuẩn`` / ``xã chưa đạt chuẩn``; not ``trường có học sinh không đạt chuẩn``)."""
    plain_a = [w for w in a if w not in NEGATIONS]
    plain_b = [w for w in b if w not in NEGATIONS]
    if plain_a != plain_b or len(plain_a) < 2:
        return False
    negated = [w for w in (a, b) if len(w) > len(plain_a)]
    if len(negated) != 1 or len(negated[0]) != len(plain_a) + 1:
        return False
    at = next(i for i, w in enumerate(negated[0]) if w in NEGATIONS)
    return 0 < at <= NEGATED_AT_MOST and "có" not in negated[0][:at]


def _words_after(f: Figure, text: str, base: int) -> list[str]:
    """The words after a ratio up to the end of its phrase (``xã chưa đạt chuẩn``), lower case."""
    return rx.WORD_RE.findall(phrase_after(f, text, base).lower())
