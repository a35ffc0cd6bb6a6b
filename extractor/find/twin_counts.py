"""Shares and breakdowns of one thing counted by two units side by side.

A report often counts one thing twice, by two units, one number right after the other:
``Dân số toàn huyện có 16.516 hộ = 82.741 khẩu; hộ nghèo 6.930 hộ = 35.695 khẩu chiếm
41,96%`` (households and persons), ``phải giải quyết 880 vụ, 1.172 bị can, đã giải quyết 874
vụ, 1.172 bị can, đạt tỷ lệ 99,3%`` (cases and the accused).  Which pairs of units count one
thing is data (``patterns/unit_pairs.yaml``): two counts of two things (``9 tổ chức đảng, 225 đảng
viên``) are two items of a list.

* A share after the second pair, over a whole written the same way, is of the households or
  of the persons, of the cases or of the accused: the text does not say which, and the
  reports write both (41,96 % is 6.930 of the 16.516 households; 99,3 % is 874 of the 880
  cases, not 1.172 of the 1.172 accused).  The share keeps the first written pair as its count
  and base and is given the other (``twin_count``, ``twin_base``); the checker takes it as
  holding when it comes out of either.  A share that names the noun of one pair after it or
  after ``tỷ lệ`` (``đạt 99,3% số bị can``) is of that pair only.
* In a breakdown, a part counted twice is one part (``Toàn xã có 1.200 hộ = 4.800 khẩu, trong đó
  hộ nghèo 120 hộ = 540 khẩu, …``): the parts counted by the total's unit make one breakdown, and
  when the total is counted twice too, the others make a second, of its twin.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from extractor.find.context import position, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.unit_pairs import one_thing

#: A count's twin and whether the twin is written first.
Twin = tuple[Figure, bool]

NAMED_REACH = 30  # characters after a share where the noun of the pair it is of may stand ("… số bị can")


def twins(figures: list[Figure], texts: dict[int, tuple[str, int]]) -> dict[str, Twin]:
    """Each count written right beside a count of one thing by another unit
    (:func:`~extractor.text.unit_pairs.one_thing`, joined by ``=``, a dash, a slash, a comma or a
    bracket), mapped to its :data:`Twin`.  A run of three such counts is a list, not a pair:
    none of it is read."""
    out: dict[str, Twin] = {}
    joined = [_joined(a, b, texts) for a, b in itertools.pairwise(figures)]  # figures[i] and [i + 1]
    for i, ok in enumerate(joined):
        if not ok or (i > 0 and joined[i - 1]) or (i + 1 < len(joined) and joined[i + 1]):
            continue
        a, b = figures[i], figures[i + 1]
        out[a.id] = (b, False)
        out[b.id] = (a, True)
    return out


def _joined(a: Figure, b: Figure, texts: dict[int, tuple[str, int]]) -> bool:
    if a.span.block != b.span.block or a.span.where != "body" or a.measure != "count" or b.measure != "count":
        return False
    return counted_twice(a, b, *texts[a.span.block])


def counted_twice(a: Figure, b: Figure, text: str, base: int) -> bool:
    """Whether ``b``, written right after ``a``, counts the thing ``a`` counts by another unit
    (:func:`~extractor.text.unit_pairs.one_thing`: never two counts of one noun, ``120 lượt người,
    150 lượt người``), joined by :data:`~extractor.text.regexes.TWIN_COUNT_GAP`."""
    if not one_thing(a.subject_text or "", b.subject_text or ""):
        return False
    return rx.TWIN_COUNT_GAP.fullmatch(text, position(a, base)[1], position(b, base)[0]) is not None


def with_twins(relations: list[Relation], figures: list[Figure], texts: dict[int, tuple[str, int]]) -> list[Relation]:
    """The relations, each share whose count and base have twins of one unit on the same side
    given the other pair, and each breakdown whose parts are counted twice read once per unit."""
    pairs = twins(figures, texts)
    if not pairs:
        return relations
    by_id = {f.id: f for f in figures}
    out = []
    for r in relations:
        if r.kind in ("total_parts", "subset_of"):
            out += _one_part_each(r, pairs, by_id)
        elif r.kind == "percent_of":
            out.append(_either_pair(r, pairs, by_id, texts))
        else:
            out.append(r)
    return out


def _either_pair(
    r: Relation, pairs: dict[str, Twin], by_id: dict[str, Figure], texts: dict[int, tuple[str, int]]
) -> Relation:
    count, whole, share = (by_id.get(str(r.members.get(k))) for k in ("count", "base", "percent"))
    if count is None or whole is None or share is None or count is whole:
        return r
    mine, theirs = pairs.get(count.id), pairs.get(whole.id)
    if mine is None or theirs is None or mine[1] != theirs[1]:
        return r
    (twin_count, first), (twin_base, _) = mine, theirs
    if unit_key(twin_count) != unit_key(twin_base) or {twin_count.id, twin_base.id} & {count.id, whole.id}:
        return r
    pair, other = (count, whole), (twin_count, twin_base)
    named = _named_pair(share, pair, other, texts)
    if named is not None:  # "đạt 99,3% số bị can": of that pair only
        return replace(r, members={**r.members, "count": named[0].id, "base": named[1].id})
    main, alt = (other, pair) if first else (pair, other)
    members = {**r.members, "count": main[0].id, "base": main[1].id, "twin_count": alt[0].id, "twin_base": alt[1].id}
    return replace(r, members=members, certainty="plausible")  # which pair, the text does not say


def _named_pair(
    share: Figure, pair: tuple[Figure, Figure], other: tuple[Figure, Figure], texts: dict[int, tuple[str, int]]
) -> tuple[Figure, Figure] | None:
    """The pair whose noun, and only whose, the words between the counts and the share or right
    after the share name (``…, 1.160 bị can, đạt 99,3% số bị can``, ``tỷ lệ đảng viên …``)."""
    if share.span.block != pair[0].span.block:
        return None
    text, base = texts[share.span.block]
    later = max((pair[0], other[0]), key=lambda f: f.span.start)
    last = position(later, base)[1]
    noun = (later.subject_text or "").lower()
    if noun and text[last:].lstrip().lower().startswith(noun):  # past the later count's own noun
        last = text.lower().index(noun, last) + len(noun)
    after = position(share, base)[1]
    reach = min(after + NAMED_REACH, *(i for c in ",;.()" if (i := text.find(c, after + 1)) >= 0), len(text))
    words = " ".join(text[last:reach].lower().split())  # (the share's clause only: not the next item's noun)
    said = [p for p in (pair, other) if _says(words, p[0].subject_text or "")]
    return said[0] if len(said) == 1 and (said[0][0].subject_text or "").strip() else None


def _says(words: str, noun: str) -> bool:
    noun = " ".join(noun.lower().split())
    return bool(noun) and rx.whole_words(noun).search(words) is not None


def _one_part_each(r: Relation, pairs: dict[str, Twin], by_id: dict[str, Figure]) -> list[Relation]:
    """A breakdown whose parts hold both counts of one thing (``Toàn xã có 1.200 hộ = 4.800 khẩu,
    trong đó hộ nghèo 120 hộ = 540 khẩu``): the parts counted by the total's unit stay, their twins
    go (one part, not two); a breakdown left with one part is a subset, and one whose total counts
    neither unit is not read.  When the total has a twin of the other unit and every part has
    one, those make a second breakdown (``4.800 khẩu`` of ``540 khẩu``, …)."""
    parts = r.members.get("parts")
    total = by_id.get(str(r.members.get("total")))
    if not isinstance(parts, list) or total is None:
        return [r]
    twinned = [p for p in parts if p in pairs and pairs[p][0].id in parts]
    if not twinned:
        return [r]
    kept = [p for p in parts if p not in twinned or unit_key(by_id[p]) == unit_key(total)]
    if len(kept) + len(twinned) // 2 != len(parts):
        return []  # the total counts neither unit of a pair
    out = [_with_parts(r, total, kept)]
    total_twin = pairs.get(total.id)
    others = [pairs[p][0].id for p in kept if p in pairs]
    if total_twin is not None and len(others) == len(kept) and total_twin[0].id not in parts:
        out.append(_with_parts(r, total_twin[0], others))
    return out


def _with_parts(r: Relation, total: Figure, parts: list[str]) -> Relation:
    if len(parts) == 1 and r.kind == "total_parts":
        return Relation("subset_of", {"total": total.id, "parts": parts}, r.evidence, "plausible")
    return replace(r, members={**r.members, "total": total.id, "parts": parts})
