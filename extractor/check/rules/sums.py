"""sum and distribution: the parts of a total add up to it; a list of shares adds up to 100 %.

How a mismatch counts depends on how certain the breakdown's structure is
(``Rel.certainty``, see :data:`extractor.find.facts.CERTAINTIES`):

* ``explicit`` / ``exhaustive`` — every class of a partition (a rating scale, the forms of
  discipline, both kinds of tổ chức cơ sở đảng; a table's group row): the sum must equal the
  total, a mismatch is an ``error``;
* ``disjoint`` — some classes of one partition: a sum above the total is an ``error``, one
  below it a ``warning`` (a class may be missing, or counted as zero);
* ``plausible`` — nothing says the parts are disjoint and complete: a mismatch is a
  ``warning``, and ``info`` when the parts come to well below the total (the list likely
  names only some of its kinds);
* ``open`` — the list says it is incomplete (``…``, ``v.v.``): only a sum above the total
  is a ``warning``.

Parts that come to more than twice their total (:data:`FAR_OFF`) were read under the wrong
total or overlap: a partition's mismatch is then a ``warning`` at most; a list of uncertain
structure is held part by part to its total, as subsets are, and its sum is not judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extractor.check.findings import Fig, FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import FAR_OFF, WHY_EXACT, finding, held_to_total, judge
from extractor.check.tolerance import Interval, total
from extractor.find.facts import REST_CLOSED_EVIDENCE, STRUCTURE_EVIDENCE, WHOLE_AFTER_SLASH

WHY = {
    "disjoint_below": (
        "các phần là các loại riêng biệt nhưng có thể thiếu một loại",
        "the parts are distinct classes, but a class may be missing",
    ),
    "disjoint_partial": (
        "các phần là các loại riêng biệt nhưng chỉ chiếm một phần nhỏ của tổng số: có thể chỉ nêu một số loại",
        "the parts are distinct classes, but well short of the total: the list may name only some",
    ),
    "plausible": (
        "không chắc các phần tách rời và đủ",
        "nothing says the parts are distinct and complete",
    ),
    "open": ("danh sách ghi là chưa đầy đủ", "the list says it is incomplete"),
    "far": (
        "tổng các phần gấp nhiều lần tổng số: nhiều khả năng danh sách thuộc về một tổng khác",
        "the parts come to several times the total: the list most likely belongs to another total",
    ),
    "scale": (
        "tỷ lệ của các loại trong một thang xếp loại, tổng số không được nêu: có thể không cùng một tổng số",
        "shares of the classes of one scale whose whole is not stated: they may not be of one whole",
    ),
    "rest": (
        "tỷ lệ của mọi thành phần, thành phần cuối là phần còn lại: mỗi tỷ lệ được làm tròn riêng",
        "shares of every component, the last named as what is left: each share is rounded on its own",
    ),
    "structure": (
        "tỷ trọng các thành phần của một cơ cấu, có thể không nêu đủ mọi thành phần: chỉ tổng vượt 100% mới là sai",
        "shares of the components of one structure, which may not all be named: only a sum above 100% is wrong",
    ),
    "partial": (
        "không chắc các phần tách rời và đủ, và chúng chỉ chiếm một phần nhỏ của tổng số: có thể chỉ nêu một số loại",
        "nothing says the parts are distinct and complete, and they are well short of the total: the list may name"
        " only some",
    ),
}
# A list of uncertain structure whose parts come to less than this share of the total names
# only some of its kinds far more often than it mistypes a number: info, not a warning
# ("925 xã nâng cao và 110 xã kiểu mẫu" of 5.854 xã đạt chuẩn).  A number mistyped by a
# tenth or so still leaves the parts above it, and stays a warning.
PARTIAL_SHARE = 0.5
# Evidence of lists that enumerate their total ("kỷ luật 45 đảng viên: cảnh cáo 12, khai trừ 3"),
# not single some of it out as "trong đó" may: a short sum there stays a warning.
ENUMERATING = (":", "gồm", "gồm có", "bao gồm")
# The widest rounding spread of whole parts' sum (each part ± half a unit) at which its digits are
# compared with the total's one by one.
ONE_DIGIT_SPREAD = 10


def _cap(rel: Rel, over: bool, short: bool = False, far: bool = False) -> tuple[str, tuple[str, str]] | None:
    """The most severe finding the breakdown's certainty allows; "none" when it allows none.
    ``short``: the parts come to well below the total (:data:`PARTIAL_SHARE`); ``far``: well
    above it (:data:`FAR_OFF`)."""
    certainty = rel.certainty
    if certainty == "plausible" and short:
        return "info", WHY["partial"]
    if certainty == "disjoint" and short and not over and rel.evidence.strip().lower() not in ENUMERATING:
        return "info", WHY["disjoint_partial"]  # "kỷ luật 45 …, trong đó 12 … cảnh cáo và 3 … khai trừ"
    if far:
        return ("warning" if certainty in ("explicit", "exhaustive", "disjoint") else "info"), WHY["far"]
    if certainty in ("explicit", "exhaustive") or (certainty == "disjoint" and over):
        return None
    if certainty == "disjoint":
        return "warning", WHY["disjoint_below"]
    if certainty == "open":
        return ("warning", WHY["open"]) if over else ("none", WHY["open"])
    return "warning", WHY["plausible"]


def _whole_of(ratio: Fig) -> Fig:
    """The whole a ratio is written over (``22`` of ``18/22``), as a count stated where the ratio is."""
    whole = ratio.raw.split("/")[-1].strip()
    return replace(ratio, value=float(ratio.base or 0.0), raw=whole, decimals=0, base=None, measure="count")


def _digits(total_fig: Fig, expected: Interval, spread: float) -> tuple[str, str] | None:
    """The whole total's digits as written and the parts' sum's, when the sum is exact to within
    ``spread`` (its rounding); None for a total with decimals or an inexact sum."""
    digits = "".join(ch for ch in total_fig.raw if ch.isdigit())
    if total_fig.decimals or not digits or expected.hi - expected.lo > spread:
        return None
    return digits, str(round((expected.lo + expected.hi) / 2))


def _digit_dropped(total_fig: Fig, expected: Interval) -> bool:
    """Whether the total reads as the parts' sum with one digit left out (``45`` for 454,
    ``31`` for 312): a mistyped total, not a list read under the wrong one."""
    pair = _digits(total_fig, expected, 1)
    if pair is None:
        return False
    digits, whole = pair
    return any(whole[:i] + whole[i + 1 :] == digits for i in range(len(whole)))


def _one_digit_off(total_fig: Fig, expected: Interval) -> bool:
    """Whether the total, a whole number with four digits other than 0, differs from the parts' exact sum
    in one digit only, or in two swapped side by side (``41.415.381`` for 14.415.381)."""
    pair = _digits(total_fig, expected, ONE_DIGIT_SPREAD)
    if pair is None or sum(ch != "0" for ch in pair[0]) < 4:
        return False  # (a round total, "5.000" against "2.000", matches one digit off by chance)
    digits, whole = pair
    if len(whole) != len(digits):
        return False
    differ = [i for i, (a, b) in enumerate(zip(whole, digits, strict=True)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and whole[differ[0]] == digits[differ[1]]
    return len(differ) == 1 or (swapped and whole[differ[1]] == digits[differ[0]])


@relation_rule("sum", "total_parts")
def check_sum(rel: Rel) -> Iterator[FindingData]:
    """sum: the parts of a total add up to it (a distribution of percentages to 100)."""
    parts = rel.many("parts")
    total_fig = rel.one("total")
    if len(parts) < 2:
        return
    if rel.evidence in WHOLE_AFTER_SLASH and total_fig is not None:
        total_fig = _whole_of(total_fig)
    mixed = total_fig is not None and len({p.unit for p in [*parts, total_fig]}) > 1
    expected = total([p.interval_in(total_fig) if total_fig is not None else p.interval() for p in parts])
    terms = " + ".join(p.shown if mixed else p.raw for p in parts)  # "100 triệu đồng + 2,6 tỷ đồng"
    if total_fig is None:
        if not all(p.measure == "percent" for p in parts):
            return
        if expected.overlaps(Interval(100.0, 100.0)) or (
            rel.certainty in ("disjoint", "open") and expected.lo <= 100.0
        ):
            return  # some classes of a scale only: below 100 is no error
        texts = (
            f"Các tỷ lệ thành phần ({terms}) cộng lại không bằng 100%",
            f"The shares ({terms}) do not add up to 100%",
        )
        # shares of a scale's classes whose whole is not stated may be of wholes that differ a little
        scale = rel.certainty in ("exhaustive", "disjoint", "open")
        severity, why = ("warning", WHY["scale"]) if scale else ("error", WHY_EXACT)
        if rel.evidence == STRUCTURE_EVIDENCE:
            severity, why = "warning", WHY["structure"]
        elif rel.evidence == REST_CLOSED_EVIDENCE:
            severity, why = "warning", WHY["rest"]
        computation = f"{terms} = {expected.describe()} ≠ 100"
        yield finding("distribution", rel, parts, "100", expected, computation, texts, severity, why)
        return
    over = expected.lo > total_fig.interval().hi
    far = expected.lo > FAR_OFF * total_fig.interval().hi and not _digit_dropped(total_fig, expected)
    if far and rel.certainty in ("plausible", "open") and total_fig.measure in ("count", "ratio", "money"):
        # parts that together pass their total many times, each within it, overlap
        # ("Trong tổng số 26 xã, có 26 xã đạt tiêu chí lao động, 25 xã …, 16 xã …"): each is
        # held to its total as a subset is, and their sum is not judged
        yield from held_to_total(rel, far_is_info=True)
        return
    # well short of the total, but short by one digit mistyped in a list that enumerates it
    # (bao gồm 10.236.415 + 4.178.966 = 14.415.381 against 41.415.381): a complete list with a typo
    enumerates = rel.evidence.strip().lower() in ENUMERATING  # ("trong đó" singles out some: left as it was)
    short = expected.hi < PARTIAL_SHARE * total_fig.interval().lo and not (
        enumerates and _one_digit_off(total_fig, expected)
    )
    cap = _cap(rel, over, short, far)
    if cap is not None and cap[0] == "none":
        return
    stated_total = total_fig.shown if mixed else total_fig.raw
    texts = (
        f"Tổng các phần ({terms}) không khớp với tổng số {stated_total}",
        f"The parts ({terms}) do not add up to the stated total {stated_total}",
    )
    in_unit = f" {total_fig.unit}" if mixed and total_fig.unit else ""
    computation = f"{terms} = {expected.describe()}{in_unit}; ghi/stated {stated_total}"
    found = judge("sum", rel, total_fig, expected, [total_fig, *parts], computation, texts, cap)
    if found is not None:
        yield found
