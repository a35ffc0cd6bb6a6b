"""Shares whose siblings agree on their base.

``Hộ nghèo là đồng bào dân tộc thiểu số có 2.393 hộ, chiếm 27,22% hộ nghèo của tỉnh, trong đó
đồng bào dân tộc Khmer có 2.339 hộ, chiếm 26,61% hộ nghèo của tỉnh; người Hoa có 53 hộ, chiếm
0,6%``: no word says which total the 0,6 % is of, but 2.393, 2.339 and 53 are each the stated
share of the 8.790 poor households named before them, and of no other figure.  When at least
two shares of one paragraph come out exactly (to the stated decimals, rounded or cut off) from
one figure (three when they are whole percentages), that figure is the base of every share of
a sentence holding one of them that may be of it (the caller's ``fits``: it counts the same
things, it is what the share names in words, the share is not scoped to a part, ``Trong thu
nội địa, …``) and lands within ``BASE_PLAUSIBLE_POINTS`` of it: a share read before against
another base that does not come out exactly, or one read against none, is taken over it,
plausibly.  A share that comes out exactly from its own base keeps it.  A wrong percentage
among siblings is then a mismatch against the base the others agree on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractor.find.facts import Figure, Relation

AGREED = "share of the base its sibling shares agree on"
MIN_AGREEING = 2  # shares that must come out exactly from one figure
MIN_AGREEING_WHOLE = (
    3  # … when they are written without decimals ("chiếm 50%"): more, since whole percentages coincide more often
)


@dataclass(frozen=True)
class SharePair:
    """A count and the percentage stated as its share, with the relation read for them (if any),
    and where the sentence holding them starts."""

    count: Figure
    percent: Figure
    relation: Relation | None = None
    sentence: int = 0


Fits = Callable[[SharePair, Figure], bool]  # whether a figure may be a pair's base at all
Amount = Callable[[Figure, Figure], float]  # a whole's amount in its part's unit


def rounds_to(value: float, percent: Figure) -> bool:
    """``value`` written to the percentage's decimals is the percentage, rounded or cut off
    (``42,857`` written ``42,85``)."""
    unit = 10.0**-percent.decimals
    rounded = abs(value - percent.value) <= 0.5 * unit + 1e-9
    return rounded or 0.0 <= value - percent.value < unit - 1e-9


def _share(pair: SharePair, whole: Figure, amount: Amount) -> float | None:
    value = amount(whole, pair.count)
    return 100.0 * pair.count.value / value if value > 0 else None


def _exact(pair: SharePair, whole: Figure, amount: Amount) -> bool:
    share = _share(pair, whole, amount)
    return share is not None and rounds_to(share, pair.percent)


def _enough(agreeing: list[SharePair]) -> bool:
    with_decimals = [p for p in agreeing if p.percent.decimals > 0]
    return len(with_decimals) >= MIN_AGREEING or len(agreeing) >= MIN_AGREEING_WHOLE


def _agreeing(pairs: list[SharePair], whole: Figure, fits: Fits, amount: Amount) -> list[SharePair]:
    return [p for p in pairs if p.count.id != whole.id and fits(p, whole) and _exact(p, whole, amount)]


def agreed_base(pairs: list[SharePair], candidates: list[Figure], fits: Fits, amount: Amount) -> Figure | None:
    """The one candidate from which enough shares come out exactly; None when none or several do."""
    best: list[tuple[int, Figure]] = []
    for whole in candidates:
        agreeing = _agreeing(pairs, whole, fits, amount)
        if _enough(agreeing):
            best.append((len(agreeing), whole))
    if not best:
        return None
    top = max(n for n, _ in best)
    winners = [w for n, w in best if n == top]
    return winners[0] if len({w.value for w in winners}) == 1 else None


def sibling_shares(
    pairs: list[SharePair],
    candidates: list[Figure],
    fits: Fits,
    amount: Amount,
    plausible_points: float,
    names: Fits | None = None,
) -> tuple[list[Relation], list[Relation]]:
    """(relations to drop, relations to add) for the shares of one paragraph: a share is read
    over the agreed base only when another share of its sentence comes out of it exactly, or
    when it names that base in words (``names``: ``chiếm 6,39% tổng thu NSNN`` of ``Tổng thu
    ngân sách Nhà nước … 784,27 tỷ đồng``, each share in a sentence of its own)."""
    whole = agreed_base(pairs, candidates, fits, amount)
    if whole is None:
        return [], []
    agreeing = _agreeing(pairs, whole, fits, amount)
    drop: list[Relation] = []
    add: list[Relation] = []
    for p in pairs:
        if p.count.id == whole.id or not fits(p, whole):
            continue
        named = names is not None and names(p, whole)
        if not named and not any(a is not p and a.sentence == p.sentence for a in agreeing):
            continue  # no sibling in its sentence, no word naming the base: it may be of another whole
        own = p.relation
        if own is not None and (
            own.certainty == "explicit" or own.members.get("base") == whole.id or _own_exact(own, p, amount, candidates)
        ):
            continue
        share = _share(p, whole, amount)
        if share is None or abs(share - p.percent.value) > plausible_points:
            continue
        if own is not None:
            drop.append(own)
        members = {"percent": p.percent.id, "count": p.count.id, "base": whole.id}
        add.append(Relation("percent_of", members, AGREED, "plausible"))
    return drop, add


def _own_exact(rel: Relation, pair: SharePair, amount: Amount, figures: list[Figure]) -> bool:
    """The share comes out exactly from the base it was read with (or that base is none of the
    paragraph's candidates: left alone)."""
    base = next((f for f in figures if f.id == rel.members.get("base")), None)
    if base is None:
        return True
    return _exact(pair, base, amount)
