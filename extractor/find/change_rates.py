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
from extractor.find.context import position as _pos
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.quantities import unit_factor

RATE_PLAUSIBLE_POINTS = 10.0  # a derived rate within this many points of the stated one
CUE_WORDS_REACH = 30  # characters after a change's number that may name what it counts


def change_rates(figs: list[Figure], text: str, base: int, taken: set[str]) -> list[Relation]:
    """Rates of change of one paragraph whose earlier level is not stated.  ``taken``: the
    percentages already in a relation (a rate whose earlier level is written is read there)."""
    out = []
    for i in range(len(figs) - 1):
        found = _rate_then_amount(figs, i, text, base, taken)
        if found is not None:
            out.append(found)
            taken = taken | {figs[i].id}
    for i in range(1, len(figs)):
        rate, change = figs[i], figs[i - 1]
        if rate.measure != "percent" or rate.id in taken or change.measure not in ("count", "money"):
            continue
        if not is_change(change, text, base) or not _right_after(change, rate, text, base):
            continue
        if rx.POINTS_AFTER.match(text, _pos(rate, base)[1]):
            continue  # "giảm 180 hộ, tương ứng giảm 0,98 điểm phần trăm": the rate's own change, in points
        level = _level(figs, i - 1, text, base)
        if level is None:
            continue
        sign = change_sign(change, text, base)
        if sign is None:
            continue
        moved = change.value * _scale(change, level)
        if _an_earlier_years_level(figs, level, text, base):
            # "245 đơn (năm 2022 là 268 đơn), giảm 23 đơn, tương đương giảm 8,58%": the level is the
            # earlier one, stated: the rate is the change over it
            if level.value > 0 and abs(100.0 * moved / level.value - rate.value) <= RATE_PLAUSIBLE_POINTS:
                members = {"percent": rate.id, "count": change.id, "base": level.id}
                out.append(Relation("percent_of", members, OVER_EARLIER, "plausible"))
            continue
        before = level.value - sign * moved
        if before <= 0 or abs(100.0 * moved / before - rate.value) > RATE_PLAUSIBLE_POINTS:
            continue
        members = {"percent": rate.id, "count": change.id, "level": level.id}
        out.append(Relation("percent_of", members, "tăng" if sign > 0 else "giảm", "plausible"))
    return out


OVER_EARLIER = "rate of change over the earlier level stated"


def _an_earlier_years_level(figs: list[Figure], level: Figure, text: str, base: int) -> bool:
    """Whether a level is written with a year of its own (``năm 2022 là 268 đơn``, ``năm 2022:
    13.672 tỷ đồng``) after a level of the same unit in its sentence of a later year or of none:
    it is the earlier level of the change that follows, not the level now (``Năm 2022 có 268 đơn,
    năm 2023 có 245 đơn, giảm 23 đơn``: the later is the level now)."""
    start = _pos(level, base)[0]
    window = (max(0, start - YEAR_LABEL_REACH), start)
    same_time = rx.SAME_TIME_LABEL_BEFORE.search(text, *window) is not None  # "(cùng kỳ 152 vụ)"
    if not same_time and (level.period is None or not rx.YEAR_LABEL_BEFORE.search(text, *window)):
        return False
    opens = full_sentence(text, start)[0]
    return any(
        f is not level
        and opens <= _pos(f, base)[0] < start
        and f.measure == level.measure
        and unit_key(f) == unit_key(level)
        and (same_time or f.period is None or f.period > str(level.period))
        and not is_change(f, text, base)
        for f in figs
    )


YEAR_LABEL_REACH = 16  # characters before a level where its own year may be written


def _rate_then_amount(figs: list[Figure], i: int, text: str, base: int, taken: set[str]) -> Relation | None:
    """A rate of change written before its amount (``40.831 ha, giảm 1,6% (-673 ha) so cùng
    kỳ``, ``57.421 ha, tăng 0,38% hay tăng 218 ha``, ``tăng 0,4% so với cùng kỳ năm 2020, tương
    ứng tăng 87,2 ha``): the amount is the change, the level right before the rate (its unit
    and the rate's change word between them, no clause break nor ``trong đó``; or its share,
    ``chiếm 87,1%``) its level now.
    A sign or change word in the bracket that contradicts the rate's word, or a rate not a
    change, reads none."""
    rate, amount = figs[i], figs[i + 1]
    if rate.measure != "percent" or rate.id in taken or amount.measure not in ("count", "money"):
        return None
    if not is_change(rate, text, base):
        return None
    gap = rx.RATE_THEN_AMOUNT.fullmatch(text, _pos(rate, base)[1], _pos(amount, base)[0])
    if gap is None:
        return None
    sign = change_sign(rate, text, base)
    written = gap.group("sign") or ""
    word = (gap.group("word") or "").lower()
    if sign is None or (written and (written == "+") != (sign > 0)) or (word and (word != "giảm") != (sign > 0)):
        return None
    level = _level_before_rate(figs, i, text, base)
    if level is None or is_change(level, text, base) or not _same_quantity(level, amount):
        return None
    moved = amount.value * _scale(amount, level)
    before = level.value - sign * moved
    if before <= 0 or abs(100.0 * moved / before - rate.value) > RATE_PLAUSIBLE_POINTS:
        return None
    members = {"percent": rate.id, "count": amount.id, "level": level.id}
    return Relation("percent_of", members, "tăng" if sign > 0 else "giảm", "plausible")


def _level_before_rate(figs: list[Figure], i: int, text: str, base: int) -> Figure | None:
    """The level right before the rate at ``i``, in its own clause (not "…; lợi nhuận tăng 8%"),
    its share of a whole maybe between them (``58.095 ha, chiếm 87,1% giảm 1,6% (-862 ha)``)."""
    rate_at = _pos(figs[i], base)[0]
    level = figs[i - 1] if i else None
    if level is None:
        return None
    if level.measure != "percent":
        return level if rx.LEVEL_THEN_RATE.fullmatch(text, _pos(level, base)[1], rate_at) else None
    if i < 2:
        return None
    share, level = level, figs[i - 2]
    if rx.LEVEL_THEN_SHARE.fullmatch(text, _pos(level, base)[1], _pos(share, base)[0]) is None:
        return None
    return level if rx.SHARE_THEN_RATE.fullmatch(text, _pos(share, base)[1], rate_at) else None


def _same_quantity(level: Figure, amount: Figure) -> bool:
    """A level and an amount of one thing: one unit, or money in two scales (``1.245,6 tỷ
    đồng`` and ``138.400 triệu đồng``)."""
    if level.measure != amount.measure:
        return False
    if level.measure == "money":
        return unit_factor(amount.unit, level.unit) > 0
    return unit_key(level) == unit_key(amount)


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
    run of levels, the one the change's words name (``làm chết 80 người, bị thương 95 người; …
    giảm 10 người chết``), else the one at the change's place in the run.  None — no rate is
    read — when a level of the unit follows the change in its sentence (``giảm 400 vụ
    (-18,74%), còn 1.734 vụ``: the level before is the one written earlier), when the level is
    of another period, or when it is in the sentence before and the change's own sentence
    names another subject (``… 312 vụ phạm tội về trật tự xã hội. Tội phạm về ma túy giảm 25
    vụ``)."""
    change = figs[j]
    start = _pos(change, base)[0]
    sentence, stop = full_sentence(text, start)
    window = full_sentence(text, max(0, sentence - 2))[0] if sentence > 0 else sentence
    first = next(f for f in figs if sentence <= _pos(f, base)[0] and (f is change or is_change(f, text, base)))
    lead = rx.COMPARISON_PHRASE.sub(" ", text[sentence : _change_word_at(first, text, base)].lower())
    subject = rx.WORD_RE.findall(lead)
    if subject and not set(subject) <= set(rx.WORD_RE.findall(text[window:sentence].lower())):
        window = sentence  # the change's sentence names another subject: its level is in that sentence
    unit = unit_key(change)
    same = [
        f
        for f in figs
        if f.measure == change.measure and unit_key(f) == unit and f.unit == change.unit and window <= _pos(f, base)[0]
    ]
    at = same.index(change)
    # a level after "từ" is where a change started ("tăng từ 40 nghìn đồng lên 50 nghìn đồng/kg"), no level now
    changed = [is_change(f, text, base) or _started_from(f, text, base) for f in same]
    semicolon = text.find(";", start, stop)
    clause_stop = semicolon if semicolon >= 0 else stop
    if any(not changed[i] and _pos(same[i], base)[0] < clause_stop for i in range(at + 1, len(same))):
        return None  # "giảm 400 vụ (-18,74%), còn 1.734 vụ": the level now comes after
    levels_before = [i for i in range(at) if not changed[i]]
    if not levels_before:
        return None
    last = levels_before[-1]
    run = last
    while run > 0 and not changed[run - 1]:
        run -= 1
    levels = same[run : last + 1]
    named = _named_level(change, levels, text, base)
    if named is not None:
        found: Figure | None = named
    else:
        nxt = next((i for i in range(last + 1, len(same)) if not changed[i]), len(same))
        following = list(range(last + 1, nxt))  # the changes between the last level and the next one
        if len(following) == 1:
            found = same[last]
        else:
            found = levels[following.index(at)] if len(following) == len(levels) else None
    if found is not None and found.period and change.period and found.period != change.period:
        return None  # "Năm 2022 … 2.134 vụ. Năm 2023, … giảm 400 vụ": last year's level
    return found


def _started_from(f: Figure, text: str, base: int) -> bool:
    start = _pos(f, base)[0]
    return rx.FROM_BEFORE.search(text, max(0, start - FROM_REACH), start) is not None


FROM_REACH = 12  # characters before a level where "từ" makes it a change's start


def _change_word_at(change: Figure, text: str, base: int) -> int:
    """Where the change word before a change's number starts (the number's start if none)."""
    at = _pos(change, base)[0]
    cued = cue_before("change", text, at)
    return at - len(cued.string) + cued.start() if cued is not None else at


def _named_level(change: Figure, levels: list[Figure], text: str, base: int) -> Figure | None:
    """The one level of the run whose clause holds the words after the change's noun (``giảm
    10 người chết`` → ``làm chết 80 người``); None when there are no such words or not one."""
    end = _pos(change, base)[1]
    after = rx.RATE_BRACKET_OPEN.split(text[end : end + CUE_WORDS_REACH], maxsplit=1)[0]
    words = rx.WORD_RE.findall(after.lower())
    noun = (change.subject_text or "").lower().split()
    extra = words[len(noun) :] if words[: len(noun)] == noun else []
    if not extra or len(levels) < 2:
        return None
    fits = [f for f in levels if all(w in _clause_words(f, text, base) for w in extra)]
    return fits[0] if len(fits) == 1 else None


def _clause_words(f: Figure, text: str, base: int) -> list[str]:
    start, end = _pos(f, base)
    lo = max(text.rfind(sep, 0, start) for sep in ",;.") + 1
    hi = min((i for i in (text.find(sep, end) for sep in ",;.") if i >= 0), default=len(text))
    return rx.WORD_RE.findall(text[lo:hi].lower())


def change_sign(change: Figure, text: str, base: int) -> int | None:
    """+1 for a rise (``tăng``, ``vượt``, ``cao hơn``, ``nhiều hơn``), −1 for a fall (``giảm``,
    ``thấp hơn``, ``ít hơn``); None when the change word says neither."""
    cued = cue_before("change", text, _pos(change, base)[0])
    words = " ".join(cued.group().lower().split()) if cued is not None else ""
    if rx.RISE_WORD.search(words):
        return 1
    return -1 if rx.FALL_WORD.search(words) else None


def _scale(change: Figure, level: Figure) -> float:
    """One money unit for both (``tăng 204 tỷ đồng`` of ``2.828 tỷ đồng``); counts as they are."""
    return unit_factor(change.unit, level.unit) if change.measure == "money" else 1.0
