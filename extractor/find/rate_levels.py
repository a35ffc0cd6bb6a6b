"""A rate of change with both levels written in its clause: ``Hà Tĩnh tăng 97% (từ gần 8,86
triệu tấn lên gần 17,5 triệu tấn)``, ``số đảng viên từ 400 lên 500 đồng chí, tăng 25%``,
``giảm từ 1.250 hộ xuống còn 1.000 hộ (giảm 20%)``.

The levels are two figures of one count or amount (the first may leave its noun to the second),
the first after ``từ`` and the second
after ``lên``, ``xuống``, ``còn``, ``thành`` or ``đến`` (``tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5
triệu tấn)``: with the rate, no range; bounds such as ``gần`` between are allowed);
the rate is the one percentage a change word (``tăng``, ``giảm``) governs, right before the
levels (``tăng 97% (từ …``) or right after them (``…, tăng 25%``, ``(giảm 20%)``), in their
clause.  The level now is the earlier one times 1 ± the rate.  A growth rate may be computed
at constant prices or on another base than the levels shown (``GRDP tăng 7% (từ 50.000 lên
58.000 tỷ đồng)`` at current prices), so a mismatch is a warning (``plausible``); none is read
when the sentence names its prices (``giá so sánh``, ``giá hiện hành``), or the rate its own
comparison or period (``tăng 12% so với năm 2022``, ``tăng 12%/năm``).  Two
percentages as levels (``từ 17,83% xuống 15,24%``) are read by the relations stage, which
tells points from a relative change."""

from __future__ import annotations

from extractor.find.context import clause_end, clause_start, counts_alike, full_sentence
from extractor.find.context import position as _pos
from extractor.find.facts import FROM_TO_EVIDENCE, Figure, Relation
from extractor.text import regexes as rx


def rates_between_levels(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for i in range(len(figs) - 1):
        start, end = figs[i], figs[i + 1]
        if start.measure not in ("count", "money") or not _levels(start, end, text, base):
            continue
        rate = _rate_before(figs, i, text, base) or _rate_after(figs, i + 1, text, base)
        if rate is None:
            continue
        change, sign = rate
        if rx.RATE_OF_ITS_OWN.match(text, _pos(change, base)[1]):
            continue  # "…, tăng 12% so với năm 2022", "tăng 12%/năm": a rate of another span
        if rx.PRICES_NAMED.search(text, *full_sentence(text, _pos(start, base)[0])):
            continue  # "GRDP (giá so sánh 2010) tăng 7,2%, từ … (giá hiện hành)": prices of two kinds
        members = {"start": start.id, "change": change.id, "end": end.id}
        word = "tăng" if sign > 0 else "giảm"
        out.append(Relation("change", members, f"{word} {FROM_TO_EVIDENCE}", "plausible"))
    return out


def _levels(start: Figure, end: Figure, text: str, base: int) -> bool:
    """``từ A lên B``: two figures of one count or amount (money in one scale), the first after
    ``từ``, the second after a word that names the end, nothing else between."""
    if end.measure != start.measure or (start.measure == "money" and start.unit != end.unit and not end.unit):
        return False
    if not counts_alike(start, end):  # "từ 400 lên 500 đảng viên": the first takes the second's noun
        return False
    a0, a1 = _pos(start, base)
    b0 = _pos(end, base)[0]
    return bool(rx.LEVEL_FROM.search(text, max(0, a0 - 16), a0)) and rx.LEVEL_TO.fullmatch(text, a1, b0) is not None


def _rate_before(figs: list[Figure], i: int, text: str, base: int) -> tuple[Figure, int] | None:
    """The rate right before the levels: ``tăng 97% (từ …``, ``giảm 20%, từ …``."""
    if i == 0 or figs[i - 1].measure != "percent":
        return None
    rate = figs[i - 1]
    r0, r1 = _pos(rate, base)
    if clause_start(text, _pos(figs[i], base)[0]) > r0:
        return None
    word = rx.CHANGE_BEFORE_RATE.search(text, max(0, r0 - 12), r0)
    if word is None or rx.RATE_THEN_LEVELS.fullmatch(text, r1, _pos(figs[i], base)[0]) is None:
        return None
    return rate, _sign(word.group("word"))


def _rate_after(figs: list[Figure], k: int, text: str, base: int) -> tuple[Figure, int] | None:
    """The rate right after the levels: ``…lên 500 đồng chí, tăng 25%``, ``… (giảm 20%)``."""
    if k + 1 >= len(figs) or figs[k + 1].measure != "percent":
        return None
    rate = figs[k + 1]
    end1, r0 = _pos(figs[k], base)[1], _pos(rate, base)[0]
    if clause_end(text, end1) < r0:
        return None
    word = rx.LEVELS_THEN_RATE.fullmatch(text, end1, r0)
    return (rate, _sign(word.group("word"))) if word is not None else None


def _sign(word: str) -> int:
    return 1 if word.lower() == "tăng" else -1
