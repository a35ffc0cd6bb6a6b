"""Shares of classes whose whole is not stated but implied by all of them.

``… không có bằng cấp chứng chỉ 1.287 người chiếm 85,12% tiếp đến là Đại học và trên đại học
128 người chiếm 8,47% … Trung cấp nghề … 43 người chiếm 2,84%, Cao đẳng … 30 người chiếm
1,98% và … sơ cấp 24 người chiếm 1,59%``: no figure is the whole, but each count over its share
gives about 1.512.  When a paragraph has at least :data:`MIN_PAIRS` counts of one unit each
followed by its share, read against no base, and all of them but at most one imply one whole
(their rounding intervals overlap), each share is held to the whole its siblings imply: a share
its count does not give over that whole is a warning (the checker's ``peers`` reading).

The classes must be disjoint, as the shares of a distribution are: the agreeing shares come to
at most 100 %.  Shares of overlapping attributes (``nữ 21 người chiếm 41,18%, dân tộc thiểu số
46 người chiếm 90,2%, …``) pass 100 % and are not read, since one of them (``tái cử``) is often
of another whole (the members before).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from extractor.find.context import clause_start
from extractor.find.facts import Figure, Relation
from extractor.find.share_gaps import new_subject
from extractor.find.sibling_shares import SharePair, rounds_to
from extractor.text import regexes as rx
from extractor.text.nlp import vocab_spans

EVIDENCE = "share of the whole its sibling shares imply"
MIN_PAIRS = 3
NARROW = 0.02  # a whole two shares agree on is known within 2 % of it
SHARES_AT_MOST = 100.0  # the agreeing shares of disjoint classes come to no more than the whole

Interval = tuple[float, float]


def implied_whole_shares(pairs: list[SharePair], unit: Callable[[Figure], str], text: str, base: int) -> list[Relation]:
    """For the pairs (orphan shares, read against no base) of one paragraph, the shares held to
    the whole their siblings of one unit imply; a year written between two pairs (``… chiếm
    2,41%. Đến năm 2022, … 4.764 hộ, chiếm 0,99%``) starts another time's whole, as a new clause
    about a group within or beside the first does (:func:`share_gaps.new_subject`) and a class
    counted again, and a group
    with a time, a place or a body among its pairs (``đầu năm …, đến cuối năm …``, ``xã Tân
    Lập 38 hộ, chiếm 1,9%; xã Hòa Bình …``, ``Ban Chấp hành … ; Ban Thường vụ …``) is not read."""
    by_unit: dict[tuple[str, int], list[SharePair]] = defaultdict(list)
    era = 0
    previous: SharePair | None = None
    classes: set[str] = set()  # the classes counted in this era
    led: str | None = None  # the group noun the era's first clause opens with ("Cấp ủy viên hoàn thành …")
    for p in sorted(pairs, key=lambda p: p.count.span.start):
        gap = (previous.percent.span.end - base, p.count.span.start - base) if previous is not None else (0, 0)
        again = p.count.category is not None and p.count.category in classes
        lead = _group_lead(text[gap[0] : gap[1]]) if previous is not None else None
        if previous is None:
            led = _group_lead(text[clause_start(text, p.count.span.start - base) : p.count.span.start - base], True)
        regrouped = lead is not None and led is not None and lead != led
        if previous is not None and (
            rx.YEAR_WRITTEN.search(text, *gap) or new_subject(text[gap[0] : gap[1]]) or again or regrouped
        ):
            # another time, a new clause about another group ("…; đảng viên nữ … 11 (16,2%)", "Cấp ủy
            # viên … 12 (25,53%); đảng viên … 318 (79,10%)"), or a class counted again ("Tố cáo 18 đơn
            # (39,1%), …; qua xem xét, 12 đơn tố cáo … (66,7%)": of the 18)
            era += 1
            classes = set()
            led = lead
        classes |= {p.count.category} if p.count.category else set()
        previous = p
        if p.count.measure == "count" and not p.count.approx and not p.percent.approx and p.percent.value > 0:
            by_unit[(unit(p.count), era)].append(p)
    out: list[Relation] = []
    for group in by_unit.values():
        first, last = group[0].count.span.start - base, group[-1].percent.span.end - base
        if rx.OTHER_WHOLES_BETWEEN.search(text, first, last):
            continue  # a time, a place or a body among the pairs: each may have its own whole
        if len(group) >= MIN_PAIRS and _one_whole(group):
            for p in group:
                peers = [f.id for q in group if q is not p for f in (q.count, q.percent)]
                members = {"percent": p.percent.id, "count": p.count.id, "peers": peers}
                out.append(Relation("percent_of", members, EVIDENCE, "plausible"))
    return out


def siblings_exclude(pair: SharePair, whole: float, pairs: list[SharePair], listed: float) -> bool:
    """Whether a share read over ``whole`` that does not come out of it (rounded or cut off) has
    a sibling in its sentence with which it implies one other whole, out of which neither comes:
    ``nâng tổng số đảng viên lên 128 đ/c … 10 đồng chí hoàn thành xuất sắc nhiệm vụ, bằng 10,1%;
    78 đồng chí hoàn thành tốt nhiệm vụ, đạt 78,8%; 11 đồng chí hoàn thành nhiệm vụ``: both are
    shares of the 99 rated, not of the 128 members.  Both must imply their whole within
    :data:`NARROW` of it (a small count's share fits many wholes, so agreeing with one is no
    sign), and one must have decimals (round numbers coincide).  Shares that make 100 % between
    them are the whole's that was stated, however they disagree with it (``149 học viên … giỏi 56
    (41,48%), khá 48 (35,56%), trung bình 31 (22,96%)``: the 149 is wrong, not the base); and the
    counts of the sentence (``listed``, the classes' sum) must make the whole the siblings agree
    on (``40 … 35,1%; 71 … 62,3%; 17 …`` of 128 members: they make 128, so a share is wrong)."""
    lo, hi = _whole(pair)
    if _cut_to(pair, whole) or pair.count.approx or pair.percent.approx or not _narrow(lo, hi):
        return False
    sentence = [p for p in pairs if p.sentence == pair.sentence]
    if abs(sum(p.percent.value for p in sentence) - 100.0) <= sum(p.percent.half_unit for p in sentence):
        return False  # shares that make the whole: of the total stated for it, which is then wrong
    for other in pairs:
        if other is pair or other.sentence != pair.sentence or other.count.measure != "count" or other.count.approx:
            continue
        if max(pair.percent.decimals, other.percent.decimals) == 0 or other.percent.value <= 0:
            continue
        olo, ohi = _whole(other)
        agreed = max(lo, olo), min(hi, ohi)
        if _narrow(olo, ohi) and agreed[0] <= agreed[1] and not _cut_to(other, whole):
            # the whole they agree on is the one the sentence's classes make (10 + 78 + 11 = 99):
            # classes that make the stated total instead show a wrong share, not another whole
            return agreed[0] - 0.5 <= listed <= agreed[1] + 0.5
    return False


def _cut_to(p: SharePair, whole: float) -> bool:
    """The share comes out of ``whole``, rounded or cut off to its decimals."""
    return whole > 0 and rounds_to(100.0 * p.count.value / whole, p.percent)


def _narrow(lo: float, hi: float) -> bool:
    return hi - lo <= NARROW * hi


def _whole(p: SharePair) -> Interval:
    """The wholes a count and its rounded share can come from."""
    half = p.percent.half_unit
    return 100.0 * p.count.value / (p.percent.value + half), 100.0 * p.count.value / max(p.percent.value - half, 1e-9)


def _one_whole(group: list[SharePair]) -> bool:
    """Whether all the pairs but at most one imply one whole, and the shares that do come to at
    most 100 %."""
    for left_out in [None, *group]:
        kept = [p for p in group if p is not left_out]
        lo = max(_whole(p)[0] for p in kept)
        hi = min(_whole(p)[1] for p in kept)
        if lo <= hi:
            return sum(p.percent.value for p in kept) <= SHARES_AT_MOST + 0.5 * len(kept)
    return False


def _group_lead(words: str, whole: bool = False) -> str | None:
    """The unit of the group noun a clause opens with (``Cấp ủy viên hoàn thành xuất sắc nhiệm vụ``
    → ``cap_uy_vien``): in ``words`` after its last new clause (a semicolon), or all of them when
    ``whole``; None when the clause opens otherwise."""
    if not whole:
        opened = rx.NEW_CLAUSE_IN_GAP.search(words)
        if opened is None or not opened.group().startswith(";"):
            return None
        words = words[opened.end() :]
    stripped = words.lstrip(" -+•*\n")
    offset = len(words) - len(stripped)
    first = next((s for s in vocab_spans(words) if s.label == "UNIT"), None)
    return first.key if first is not None and first.start == offset else None
