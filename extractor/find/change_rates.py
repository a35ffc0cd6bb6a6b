"""A change's rate when the level it is compared with is not written: ``cả nước xảy ra 1.734
vụ … So với cùng kỳ năm 2014 giảm 400 vụ (-18,74%)``.  The earlier level is the level now
plus a decrease (minus an increase), so the rate is 400 / (1.734 + 400); the text implies the
base rather than states it, so the relation is ``plausible`` (a mismatch a warning).

A rate is a percentage right after a change of a count or an amount (``giảm 400 vụ
(-18,74%)``, ``tăng 204 tỷ đồng (7,8%)``, ``giảm 102 lượt, tương ứng 8,7%``).  Its level is a
figure of the same unit and measure stated before the change in its sentence or the
sentence before, that is no change itself; when the changes of one unit follow its levels in
the same order (``làm chết 708 người, làm bị thương 1.484 người. … giảm 47 người chết …,
giảm 560 người bị thương …``), the k-th change goes with the k-th level.  A pairing whose
rate is more than :data:`RATE_PLAUSIBLE_POINTS` from the stated one is some other reading
and is dropped.
"""

from __future__ import annotations

from extractor.find.context import full_sentence, is_change, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.quantities import unit_factor

RATE_PLAUSIBLE_POINTS = 10.0  # a derived rate within this many points of the stated one


def change_rates(figs: list[Figure], text: str, base: int, taken: set[str]) -> list[Relation]:
    """Rates of change of one paragraph whose earlier level is not stated.  ``taken``: the
    percentages already in a relation (a rate whose earlier level is written is read there)."""
    out = []
    for i in range(1, len(figs)):
        rate, change = figs[i], figs[i - 1]
        if rate.measure != "percent" or rate.id in taken or change.measure not in ("count", "money"):
            continue
        if not is_change(change, text, base) or not _right_after(change, rate, text, base):
            continue
        level = _level(figs, i - 1, text, base)
        if level is None:
            continue
        sign = _sign(change, text, base)
        moved = change.value * _scale(change, level)
        before = level.value - sign * moved
        if before <= 0 or abs(100.0 * moved / before - rate.value) > RATE_PLAUSIBLE_POINTS:
            continue
        members = {"percent": rate.id, "count": change.id, "level": level.id}
        out.append(Relation("percent_of", members, "tăng" if sign > 0 else "giảm", "plausible"))
    return out


def _pos(f: Figure, base: int) -> tuple[int, int]:
    return f.span.start - base, f.span.end - base


def _right_after(change: Figure, rate: Figure, text: str, base: int) -> bool:
    """``giảm 400 vụ (-18,74%)``, ``giảm 102 lượt, tương ứng 8,7%``: the rate follows the
    change's noun directly, in a bracket or after ``tương ứng``."""
    gap = text[_pos(change, base)[1] : _pos(rate, base)[0]]
    if rx.RATE_IN_BRACKET.fullmatch(gap):
        return True
    return rx.WORDS_ONLY.fullmatch(gap.split(",")[0]) is not None and bool(
        cue_before("change_share", text, _pos(rate, base)[0])
    )


def _level(figs: list[Figure], j: int, text: str, base: int) -> Figure | None:
    """The level the change at ``j`` is a change of: the level of its unit right before it
    (``vụ đông xuân đạt 129.039 ha, tăng 281 ha (+0,2%)``), or, when several changes follow a
    run of levels, the level at the change's place in the run (``làm chết 708 người, làm bị
    thương 1.484 người. … giảm 47 người chết …, giảm 560 người bị thương …``)."""
    change = figs[j]
    start = _pos(change, base)[0]
    sentence = full_sentence(text, start)[0]
    window = full_sentence(text, max(0, sentence - 2))[0] if sentence > 0 else sentence
    unit = unit_key(change)
    same = [
        f
        for f in figs
        if f.measure == change.measure and unit_key(f) == unit and f.unit == change.unit and window <= _pos(f, base)[0]
    ]
    at = same.index(change)
    changed = [is_change(f, text, base) for f in same]
    levels_before = [i for i in range(at) if not changed[i]]
    if not levels_before:
        return None
    last = levels_before[-1]
    nxt = next((i for i in range(last + 1, len(same)) if not changed[i]), len(same))
    following = list(range(last + 1, nxt))  # the changes between the last level and the next one
    run = last
    while run > 0 and not changed[run - 1]:
        run -= 1
    levels = same[run : last + 1]
    if len(following) == 1:
        return same[last]
    k = following.index(at)
    return levels[k] if len(following) == len(levels) else None


def _sign(change: Figure, text: str, base: int) -> int:
    step = cue_before("change_step", text, _pos(change, base)[0])
    return 1 if step is not None and step.group("cue").lower() == "tăng" else -1


def _scale(change: Figure, level: Figure) -> float:
    """One money unit for both (``tăng 204 tỷ đồng`` of ``2.828 tỷ đồng``); counts as they are."""
    return unit_factor(change.unit, level.unit) if change.measure == "money" else 1.0
