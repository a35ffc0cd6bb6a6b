"""Shares of one thing counted by two units side by side, each over its own whole.

A report often counts one thing twice, by two units, one number right after the other:
``Dân số toàn huyện có 16.516 hộ = 82.741 khẩu; hộ nghèo 6.930 hộ = 35.695 khẩu chiếm
41,96%`` (households and persons), ``phải giải quyết 880 vụ, 1.172 bị can, đã giải quyết 874
vụ, 1.172 bị can, đạt tỷ lệ 99,3%`` (cases and the accused).  The share after the second pair
is of the households or of the persons, of the cases or of the accused: the text does not
say which, and the reports write both (41,96 % is 6.930 of the 16.516 households; 99,3 % is
874 of the 880 cases, not 1.172 of the 1.172 accused).

A share read over one pair whose count and base each have such a twin, of one unit, on the
same side, is given the other pair too (``twin_count``, ``twin_base``); the first written
pair is the share's count and base.  The checker takes the share as holding when it comes out
of either pair, and warns only when it comes out of neither.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from extractor.find.context import position, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

#: The roles of a share's other pair.
TWIN_ROLES = ("twin_count", "twin_base")


#: A count's twin: the other count, whether it is written first, and whether the text joins
#: them outright (``=``, ``/``, a bracket), not by a comma or a dash that may also part two
#: items of a list (``39 đảng bộ, 27 chi bộ cơ sở``).
Twin = tuple[Figure, bool, bool]


def twins(figures: list[Figure], texts: dict[int, tuple[str, int]]) -> dict[str, Twin]:
    """Each count written right beside a count of another unit, joined as one thing counted
    twice (:data:`~extractor.text.regexes.TWIN_COUNT_GAP`), mapped to its :data:`Twin`.  A run
    of three such counts (``262 hộ, 997 nhân khẩu, 3 thôn``) is a list, not a pair: none of it
    is read."""
    out: dict[str, Twin] = {}
    joined = [_joined(a, b, texts) for a, b in itertools.pairwise(figures)]  # figures[i] and [i + 1]
    for i, ok in enumerate(joined):
        if not ok or (i > 0 and joined[i - 1]) or (i + 1 < len(joined) and joined[i + 1]):
            continue
        a, b = figures[i], figures[i + 1]
        outright = bool(ok["joiner"])
        out[a.id] = (b, False, outright)
        out[b.id] = (a, True, outright)
    return out


def _joined(a: Figure, b: Figure, texts: dict[int, tuple[str, int]]) -> re.Match[str] | None:
    if a.span.block != b.span.block or a.span.where != "body" or a.measure != "count" or b.measure != "count":
        return None
    if unit_key(a) == unit_key(b) or not (a.subject_text or "").strip() or not (b.subject_text or "").strip():
        return None
    text, base = texts[a.span.block]
    return rx.TWIN_COUNT_GAP.fullmatch(text, position(a, base)[1], position(b, base)[0])


def with_twins(relations: list[Relation], figures: list[Figure], texts: dict[int, tuple[str, int]]) -> list[Relation]:
    """The relations, each share whose count and base have twins of one unit on the same side
    given the other pair (the first written pair its count and base)."""
    pairs = twins(figures, texts)
    if not pairs:
        return relations
    by_id = {f.id: f for f in figures}
    out = []
    for r in relations:
        if r.kind in ("total_parts", "subset_of"):
            out += _one_part_each(r, pairs, by_id)
            continue
        count, whole = r.members.get("count"), r.members.get("base")
        if r.kind != "percent_of" or not isinstance(count, str) or not isinstance(whole, str) or count == whole:
            out.append(r)
            continue
        mine, theirs = pairs.get(count), pairs.get(whole)
        if mine is None or theirs is None or mine[1] != theirs[1] or by_id.get(count) is None:
            out.append(r)
            continue
        (twin_count, first, _), (twin_base, _, _) = mine, theirs
        if unit_key(twin_count) != unit_key(twin_base) or {twin_count.id, twin_base.id} & {count, whole}:
            out.append(r)
            continue
        pair, twin_pair = (count, whole), (twin_count.id, twin_base.id)
        main, other = (twin_pair, pair) if first else (pair, twin_pair)
        members = {**r.members, "count": main[0], "base": main[1], "twin_count": other[0], "twin_base": other[1]}
        certainty = "plausible"  # which pair the share is of, the text does not say
        out.append(replace(r, members=members, certainty=certainty))
    return out


def _one_part_each(r: Relation, pairs: dict[str, Twin], by_id: dict[str, Figure]) -> list[Relation]:
    """A breakdown whose parts hold both counts of one thing, joined outright (``Toàn xã có 1.200
    hộ = 4.800 khẩu, trong đó hộ nghèo 120 hộ = 540 khẩu``): the part counted by the total's unit
    stays, its twin goes (one part, not two); a breakdown left with one part is a subset, and
    one whose total counts neither unit is not read.  Two parts joined by a comma are two items
    (``66 tổ chức cơ sở đảng, trong đó có 39 đảng bộ, 27 chi bộ cơ sở``)."""
    parts = r.members.get("parts")
    total = by_id.get(str(r.members.get("total")))
    if not isinstance(parts, list) or total is None:
        return [r]
    twinned = [p for p in parts if p in pairs and pairs[p][0].id in parts and pairs[p][2]]
    if not twinned:
        return [r]
    kept = [p for p in parts if p not in twinned or unit_key(by_id[p]) == unit_key(total)]
    if len(kept) + len(twinned) // 2 != len(parts):
        return []  # the total counts neither unit of a pair
    if len(kept) == 1 and r.kind == "total_parts":
        return [Relation("subset_of", {"total": total.id, "parts": kept}, r.evidence, "plausible")]
    return [replace(r, members={**r.members, "parts": kept})]
