"""Shares and their bases: which count a percentage is a share of, and of which whole.

``chiếm 80%`` after ``62/77 đồng chí``, ``bằng 98%`` after ``3.852 đảng viên``: a share's count is
the figure it is stated with; its base the whole that count is part of, stated with it (a ratio's
second number, a list's total), named after it (``so với tổng số đại biểu``) or stated earlier in
the paragraph or the paragraphs before (the latest total of the same subject).  The relations
stage (:mod:`extractor.find.relations`) calls :func:`paragraph_shares`, :func:`shares_first` and
the other share readers here, once per paragraph, with the lists it has read.  The small readers
both stages need (:func:`closing_bracket`, :func:`totals_before`, :func:`kind_of_count`,
:func:`category_within`, …) live here too, so that the relations stage imports them from below.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from extractor.document.elements import Document
from extractor.find.class_shares import class_shares
from extractor.find.context import (
    block_text,
    clause_end,
    clause_start,
    full_sentence,
    in_parens,
    is_change,
    last_separator,
    own_text,
    rate_after_change,
    unit_key,
)
from extractor.find.context import position as _pos
from extractor.find.facts import EITHER_OF_RATIO, GENERIC_PERSONS, Figure, Relation
from extractor.find.facts import rounds_to as _rounds_to
from extractor.find.implied_whole import implied_whole_shares, siblings_exclude
from extractor.find.part_words import (
    SUBSET_LOOKAHEAD,
)
from extractor.find.part_words import amount_in as _amount
from extractor.find.part_words import counts_persons as _counts_persons
from extractor.find.part_words import same_noun as _same_noun
from extractor.find.part_words import words_after as _after
from extractor.find.share_first import EVIDENCE as SHARE_FIRST
from extractor.find.share_first import bracket_noun
from extractor.find.sibling_shares import SharePair, sibling_shares
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue, cue_window
from extractor.text.flows import load_flows
from extractor.text.nlp import head_noun, vocab_spans
from extractor.text.partitions import (
    better_class,
    exclusive_classes,
)
from extractor.text.quantities import same_money, unit_factor
from extractor.text.vocabulary import load_vocabulary

NAME_REACH = 30  # characters before a share where a proper name may end with a cue word ("Cao Bằng")
UNMET_REACH = 12  # characters before a share word read for a negation or an aim ("chưa", "phấn đấu")
DESCRIPTION_REACH = 100  # characters of a figure's clause before it that may describe it as a whole
PLAN_REACH = 40  # characters before a number read for the plan it is compared with
BASE_PLAUSIBLE_POINTS = 10.0  # an inferred base must give a share within this many points of the stated one
TOTALS_LOOKED_AT = 24  # the figures before a breakdown cue looked at for totals at all
BRACKET_REACH = 300  # characters back where a bracket holding a figure may have opened
CUE_REACH = 40  # characters of a bracket's opening read for its cue
COMPARED_REACH = 100  # characters before a bracketed earlier level where its comparison may start
NAMED_BASE_REACH = 80  # characters between a share and the base it names after it ("so với tổng số đại biểu … (60")
OWN_BRACKET_FIGURES = 6  # figures in a bracket of a part's own before "trên tổng số" looked past
BASES_TRIED = 60  # the figures before a share in its paragraph tried as its base
SIBLING_WORDS = 5  # words after a ratio and a count compared to tell its sibling (negation left out)
SIBLING_WORDS_MIN = 2  # … at least this many
TOLD_WORDS_REACH = 60  # characters after a number read for those words
SHARED_RATIO_FACTOR = 3.0  # a share read over a ratio stated with its own share is within this factor of it
DONE_OF_TOTAL = "what was done, of the total"  # evidence of a count cut from a list (_done_after_kind)
EARLIER_TOTAL = "share of an earlier total"
SHARE_PHRASE_WORDS = 4  # words after a share that may name its whole in full
WHOLE_LEAD_WORDS = frozenset({"số", "tổng", "so", "với", "trên", "của"})  # "so với tổng số …" before a named whole
CLAUSE_FILLERS = frozenset({"và", "trong", "đó", "có", "là", "còn", "ngoài", "ra", "với", "gồm"})
ALL_OF_THEM = "share of a count said to be all of them (toàn bộ …)"
NOUN_LIST_REACH = 40  # characters after a count where the nouns it names one after another are read
NOUN_LIST_MAX = 3


def _counts_same_things(part: Figure, total: Figure) -> bool:
    """A part of named units the total's can hold; of unnamed units, the same noun (``1.250 hộ``
    is no part of ``15 thôn``)."""
    if "other" in (part.subject, total.subject):
        return unit_key(part) == unit_key(total) or (part.subject == "other" and not part.subject_text)
    return load_vocabulary().can_be_part_of(part.subject, total.subject)


def _share_of_first(count: Figure, ratio: Figure, percent: Figure) -> bool:
    """Whether a share is of a ratio's first number (``1.456/1.625 hồ sơ …, trong đó đúng hạn
    1.447 hồ sơ (99,4%)``) rather than of its base: it rounds to the first, or only the first
    is near it."""
    first = 100.0 * count.value / ratio.value
    second = 100.0 * count.value / ratio.base if ratio.base else None
    if _rounds_to(first, percent):
        return True
    if second is not None and (_rounds_to(second, percent) or abs(second - percent.value) <= BASE_PLAUSIBLE_POINTS):
        return False
    return abs(first - percent.value) <= BASE_PLAUSIBLE_POINTS


def _recovered(f: Figure, text: str, base: int) -> bool:
    """Whether an amount is named as recovered (``đã thu hồi``, ``đã thu được``): ``đạt 50%``
    after it is the share of what was to be recovered."""
    start = _pos(f, base)[0]
    lead = stage_lead(text, start)
    return any(
        flow.measure == "money" and any(st == 2 for st in flow.stages_in(text, lead, start)) for flow in load_flows()
    )


def stage_lead(text: str, start: int) -> int:
    """Where the words naming a figure's stage in a flow may begin: its clause, at most
    ``CUE_REACH`` characters back."""
    return max(clause_start(text, start), start - CUE_REACH)


def _unmet_or_aimed(text: str, start: int, cued: re.Match[str], name: str) -> bool:
    """Whether the share word before a percentage is negated or aimed at (``chưa đạt 90%``,
    ``phấn đấu đạt 95%``): a level not reached, or to reach, not what the count before it is of."""
    at = max(0, start - cue_window(name)) + cued.start()
    return rx.UNMET_OR_AIMED.search(text, max(0, at - UNMET_REACH), at) is not None


def _share_word(cued: re.Match[str] | None, after: str = "") -> bool:
    """Whether a share cue says "share" (``chiếm``, ``tỷ lệ``, ``tỷ trọng``), not only ``đạt``
    or ``bằng`` (which after an amount of money mostly give the fulfilment of its plan or its
    level against last year: ``Bộ Giao thông Vận tải đạt 20.876 tỷ đồng, bằng 52,8%``)."""
    words = (cued.group() if cued else "").lower()
    if rx.TOTAL_NAMED_AFTER.match(after):
        return bool(words.strip(" ("))  # "bằng 84,3% tổng thu": of the total it names
    return bool(words.strip(" (")) and not rx.PLAN_WORD_ONLY.fullmatch(words)


def _amount_share(f: Figure, cued: re.Match[str] | None, after: str = "") -> bool:
    return f.measure == "money" and _share_word(cued, after)


def out_of_part(figs: list[Figure], i: int, text: str, base: int) -> Figure | None:
    """The count the figure at ``i`` is the total of, written ``N trong (trên) tổng số M``."""
    if i == 0:
        return None
    f = figs[i]
    # the count right before, or the one before a bracket of its own ("33 đảng viên (gồm 29 …, 4 …)
    # trên tổng số 34"): the nearest whose gap to the total is an out-of phrase
    g = next(
        (
            g
            for g in reversed(figs[max(0, i - OWN_BRACKET_FIGURES) : i])
            if rx.OUT_OF.fullmatch(text, _pos(g, base)[1], _pos(f, base)[0])
        ),
        None,
    )
    if g is None or g.measure != f.measure or g.measure not in ("count", "money"):
        return None
    # persons out of persons of another noun: "7 đại biểu … trong tổng số 13 người ứng cử"
    persons = g.measure == "count" and _counts_persons(g) and _counts_persons(f)
    if not persons and not same_unit(g, f):
        return None
    if g.measure == "count" and not persons and not _counts_same_things(g, f):
        return None  # "45 đảng viên vi phạm trong tổng số 12 tổ chức đảng": other things
    gap = rx.OUT_OF.fullmatch(text, _pos(g, base)[1], _pos(f, base)[0])
    if gap is None:
        return None
    if "số" not in gap.group(0).lower() and not _bare_out_of(g, f, text, base):
        return None
    return g


def _bare_out_of(g: Figure, f: Figure, text: str, base: int) -> bool:
    """``còn 3 trong 12 xã``: a count out of a count of things (written larger or not: a wrong
    count is what the checker is for), not a product (``vắc xin 5 trong 1``), a label's number
    (``khối 12 trong 5 trường``) nor occasions (``45 trong 12 buổi tiếp``)."""
    if f.value <= 1 or rx.LABEL_NUMBER_LEAD.search(text, max(0, _pos(g, base)[0] - 8), _pos(g, base)[0]):
        return False  # "vắc xin 5 trong 1"; "học sinh khối 12 trong 5 trường": a grade's number
    return rx.EPISODE_AFTER.match(text, _pos(f, base)[1]) is None


def closing_bracket(text: str, start: int) -> int:
    """The ``)`` closing the ``(`` at ``start``, over one bracket nested inside; a parenthesis
    left open ends at its first colon or semicolon, or where its sentence ends (reports do
    forget to close them)."""
    depth = 0
    stop = None  # where an unclosed parenthesis would end
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i  # closed: "(án sơ thẩm 6 vụ/9 bị cáo; án phúc thẩm 2 vụ/2 bị cáo)" spans its ";"
        if depth > 2 or (text[i] in ".\n" and rx.SENTENCE_STOP.match(text, i)):
            return stop if stop is not None else i  # one bracket inside ("(KN: 87; …; khiếu nại (KNPA): 523)") nests
        if stop is None and text[i] in ":;":
            stop = i
    return stop if stop is not None else len(text)


def totals_before(figs: list[Figure], text: str, base: int, pos: int) -> list[Figure]:
    """Counts before ``pos`` that can be a total: not a change (``tăng 7``) and not inside a
    parenthesis closed before ``pos`` (``có 512 TCCSĐ (tăng 7 so với năm 2020), trong đó …``),
    nor a score or any figure before one (``điểm trung bình là 3.60, trong đó …``), nor an age,
    nor a rate of a plan (``đạt 34% kế hoạch``)."""
    out: list[Figure] = []
    for f in figs[-TOTALS_LOOKED_AT:]:  # a total is among the last few figures before its list
        start, end = _pos(f, base)
        if end > pos or f.measure not in ("count", "ratio", "percent", "money") or is_change(f, text, base):
            continue
        if f.measure == "percent" and cue_before("growth_rate", text, start):
            continue  # a growth rate is no sum of the sectors' rates
        if f.measure == "percent" and rx.PLAN_WORD_AFTER.match(text, end):
            continue  # "đạt 34% kế hoạch năm. Trong đó nữ chiếm 69%": a rate of the plan, no whole of shares
        if cue_before("average_level", text, start):
            out = []  # "… 5 tiêu chuẩn: điểm trung bình là 3.60, trong đó …": a score, no sum, nor the figure before
            continue
        if cue("age").match(_after(f, text, base).strip()):
            continue  # "độ tuổi bình quân … là 27,4 tuổi; trong đó …": an age, no sum of counts
        close = text.find(")", end, pos)
        if close >= 0 and in_parens(text, max(full_sentence(text, start)[0], start - BRACKET_REACH), start):
            continue  # inside a bracket closed before the cue
        out.append(f)
    return out


def kind_of_count(f: Figure) -> str | None:
    """What a count counts, coarsely: a unit's family (``persons``, ``organisations``), or the
    noun it names when no vocabulary entry does (``đại biểu``); None when it names none."""
    if f.subject != "other":
        return load_vocabulary().family(f.subject)
    return f"noun:{f.subject_text.lower()}" if f.subject_text else None


def same_unit(a: Figure, b: Figure) -> bool:
    """The same unit, or money of one currency in two scales (``100 triệu đồng`` within ``12 tỷ
    đồng``: the checker compares them in one scale)."""
    return a.unit == b.unit or same_money(a.unit, b.unit)


def category_within(part: str | None, total: str | None) -> bool:
    """A part rated or acted on as ``part`` can belong to a total of ``total`` unless both are
    different classes of one partition (a cảnh cáo is never part of a khai trừ, an HTNV never
    part of an HTXSNV)."""
    if not part or not total or part == total:
        return True
    return not exclusive_classes(part, total) or better_class(part, total)


def totals_of_parts(lists: list[Relation], figures: list[Figure]) -> dict[str, Figure]:
    """Each listed part's total: the base of a share stated with the part (``trong đó, có
    564 nữ (20,14%)`` of ``1.351 đảng viên mới``)."""
    by_id = {f.id: f for f in figures}
    out: dict[str, Figure] = {}
    for r in lists:
        total = by_id.get(r.members.get("total") or "")
        if r.evidence == DONE_OF_TOTAL:
            continue  # "…, trong đó 68 đơn thuộc thẩm quyền; đã giải quyết 65 đơn, đạt 95,6%": of the 68
        for part in r.members.get("parts") or []:
            if total is None or total.measure not in ("count", "ratio", "money") or part not in by_id:
                continue  # a ratio counts by its first number: "1.456/1.625 …, trong đó đúng hạn 1.447 (99,4%)"
            whole = total.measure == "ratio" and bool(total.base) and total.base != total.value
            if better_class(by_id[part].category or "", total.category or "") and not whole:
                # "4.740 … HTTNV, chiếm 98,1%, trong đó 858 … HTXSNV, chiếm 18%": a share of all;
                # after a ratio ("12/15 đảng bộ cơ sở HTTNV, trong đó 3 … HTXSNV (chiếm 20%)") all
                # may be its whole: the share is of its count or its whole (EITHER_OF_RATIO)
                continue
            out.setdefault(part, total)
    return out


def paragraph_shares(
    figs: list[Figure],
    text: str,
    base: int,
    earlier: list[Figure] | None = None,
    listed_in: dict[str, Figure] | None = None,
    orphans: list[SharePair] | None = None,
    counted_after: set[str] | None = None,
    *,
    doc: Document,
) -> list[Relation]:
    """A percentage introduced by chiếm/bằng/tỷ lệ after a count of the same sentence; not one
    whose count is written after it (``counted_after``: ``… đạt 92% tương đương với 8.500
    người``, :mod:`share_first`), unless the count before it is a ratio it is the share of.

    After a ratio (``62/77 đồng chí … (chiếm 80%)``) the ratio is both the count and the
    base: explicit.  After a listed part, its list's total (in brackets right after the part,
    whatever share it gives).  After a plain count, an earlier total of the same unit, also
    in an earlier sentence or one of the few paragraphs before in its section (``earlier``;
    ``Đảng bộ có 420 TCCSĐ. Qua đánh giá, 350 tổ chức hoàn thành tốt nhiệm vụ trở lên
    (chiếm 83,33%)``): plausible, since the text does not say which total it is a share of.
    ``doc`` holds the blocks of the earlier figures, whose words are read in their own block."""
    out = []

    def described(g: Figure, words: str) -> bool:
        return _described_as(g, words, *block_text(doc, g))

    counted: set[str] = set()
    shared: set[str] = set()  # ratios stated with their own share
    slashed: dict[str, str] = {}  # each count of a pair over a slash → the other ("142 trạm …/156 xã")
    for i, f in enumerate(figs):
        start = _pos(f, base)[0]
        cued_by = "share"
        cued = cue_before(cued_by, text, start)
        if cued is None:
            cued_by = "share_in_parens"
            cued = cue_before(cued_by, text, start)
        if cued and rx.NAME_ENDS_WITH_CUE.search(text, max(0, start - NAME_REACH), start):
            cued = None  # "tăng cao như Cao Bằng 23%": a province's name, no "bằng"
        if cued and _unmet_or_aimed(text, start, cued, cued_by):
            cued = None  # "12/15 chi bộ …, chưa đạt 90% theo kế hoạch", "phấn đấu đạt 95%": no share reached
        weight = None if cued else cue_before("amount_share", text, start)
        if f.measure != "percent" or not (cued or weight):
            continue
        if f.id in (counted_after or set()) and i > 0 and figs[i - 1].measure != "ratio":
            continue  # its count follows it: read by shares_first
        after = text[_pos(f, base)[1] : _pos(f, base)[1] + CUE_REACH]
        if cue("target_after_percent").match(after) or cue("no_share_after").match(after):
            continue  # "đạt 84,8% chỉ tiêu", "đạt 98,5% dự toán", "bằng 96% cùng kỳ": no share of a count
        # the count before it; an age ("57 đại biểu dưới 40 tuổi (chiếm 3,59%)") counts nothing
        # nor a change in between ("175,085 tỷ đồng, tăng 83,73% so với cùng kỳ và chiếm tỷ trọng 84,30%")
        j = _count_before_share(figs, i, text, base, start)
        prev = figs[j] if j is not None else None
        reaches = prev is not None and share_reaches(text, _pos(prev, base)[1], start, is_change(prev, text, base))
        if prev is not None and cued and j == i - 1 and _all_of_them(prev, f, text, base):
            # "toàn bộ 234 chi bộ … đã tổ chức thành công Đại hội …, đạt tỷ lệ 100%": all of them
            members = {"percent": f.id, "count": prev.id, "base": prev.id}
            out.append(Relation("percent_of", members, ALL_OF_THEM, "plausible"))
            continue
        if (
            prev is not None
            and j is not None
            and j > 0
            and _compared_level(prev, text, base)
            and _right_after(prev, start, text, base)
        ):
            # "Đạt 356.800 tấn, so với năm 2022 (351.500 tấn) bằng 101,5%": the level over the earlier one
            # (past the change between: "356.800 tấn, tăng 5.300 tấn so với năm 2022 (351.500 tấn), bằng …")
            k = j - 1
            while k > 0 and is_change(figs[k], text, base):
                k -= 1
            level = figs[k]
            money = prev.measure == "money"
            if (
                level.measure == prev.measure
                and unit_key(level) == unit_key(prev)
                and (not money or same_money(level.unit, prev.unit))
            ):
                members = {"percent": f.id, "count": level.id, "base": prev.id}
                out.append(Relation("percent_of", members, "so với (…) bằng", "plausible"))
            continue
        if i + 1 < len(figs) and _states_its_ratio(f, figs[i + 1], text, base):
            continue  # "…, tỷ lệ B đạt 80% (8/10 em)": the ratio after it is its own (ratio_after)
        if prev is not None and cued_by == "share_in_parens" and _compared_before(prev, start, text, base):
            continue  # "92,5% (185/200), vượt chỉ tiêu (90%)": the target compared with, no share of the 185
        if j is None or prev is None or not reaches:
            # far from any count, a share may still name the whole of a ratio of its sentence
            # ("91/664 đơn vị cấp huyện thuộc 37 tỉnh … (chiếm 13,7% tổng số đơn vị cấp huyện)")
            whole = _named_ratio(figs[:i], whole_named(f, text, base), text, base, f) if cued else None
            out += [_share_of_named_ratio(f, whole)] if whole is not None else []
            continue
        if weight is not None and prev.measure != "money":
            continue  # "13/18 khoản thu …, chiếm tỷ trọng 91,99%": a weight of money, not of the items
        if _rate_in_bracket(prev, f, cued, text, base):
            continue  # "945.600 trẻ, tăng 26.801 trẻ (2,9%) so với cùng kỳ": the change's rate, read as one
        cued = cued or weight
        part = out_of_part(figs, j, text, base) or _same_noun_pair(figs, j, text, base, f)
        # "1.240 hộ trong tổng số 25.310 hộ, chiếm 4,9%": the 1.240 is counted, 25.310 stays a base
        if part is None and prev.measure == "ratio":
            # a ratio with its share ("543/545 chi bộ … đánh giá, đạt 99,6%") may still be the whole
            # of the parts after it ("304 chi bộ đạt TSVM, tỷ lệ 55,8%": of the 543 or the 545)
            shared.add(prev.id)
        else:
            counted.add(prev.id if part is None else part.id)
        named = _base_after(figs, i, text, base) if prev.measure in ("count", "ratio") else None
        in_words = _base_in_words(f, text, base) if named is None else None
        if named is not None:  # "55/55 đại biểu …, đạt 91,67% so với tổng số đại biểu (60 đại biểu)"
            out.append(Relation("percent_of", {"percent": f.id, "count": prev.id, "base": named.id}, "share"))
        elif part is not None:  # "tại 1.725 chi bộ trên tổng số 4.130 chi bộ, đạt 41,8%"
            if _rate_of_each_of(part, prev.value, f, text, base):
                continue  # "34 trong 45 xã, phường đạt tỷ lệ 100% cử tri đi bầu": each commune's turnout
            out.append(Relation("percent_of", {"percent": f.id, "count": part.id, "base": prev.id}, "share"))
        elif (over := _pair_over_slash(figs, j, text, base, f)) is not None:
            # "9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%": both stay bases, of
            # what is named after them ("Còn 918 xã, phường, thị trấn chưa có đài, chiếm 8,6%"; "36 trạm
            # y tế …, chiếm 30% số trạm có bác sĩ" after "142 trạm y tế có bác sĩ/156 xã")
            counted.discard(prev.id)
            slashed.update({over.id: prev.id, prev.id: over.id})
            members = {"percent": f.id, "count": over.id, "base": prev.id}
            out.append(Relation("percent_of", members, "share of a pair over a slash", "plausible"))
        elif prev.measure == "ratio":
            if _rate_of_each(prev, f, text, base):
                continue  # "34/45 xã, phường đạt tỷ lệ 100% cử tri tham gia": each commune's turnout
            out.append(Relation("percent_of", {"percent": f.id, "count": prev.id, "base": prev.id}, "share"))
        elif prev.id in (listed_in or {}) and (prev.measure == "count" or _amount_share(prev, cued, after)):
            # the part's own total, stated with it; an amount's only after a share word ("trong đó
            # vốn tín dụng 436 tỷ đồng, chiếm 70,3%"), not "đạt" (of its own plan)
            own = (listed_in or {})[prev.id]
            # "chiếm 15,71% tổng số đại biểu triệu tập": its head words ("đại biểu triệu"), as _base_in_words
            named_whole = in_words or " ".join((whole_named(f, text, base) or "").split()[:2])
            # the whole named in full may be a part before, not the total ("412 đảng viên, trong đó 380 đảng
            # viên chính thức, 57 … (chiếm 15% số đảng viên chính thức)", "… 58 giảng viên, 44 thầy cô …
            # (chiếm 75% tổng số giảng viên)")
            full_whole = _whole_named_in_full(f, text, base)
            if full_whole and own.value > 0 and not _described_as(own, full_whole, text, base):
                sibling = _named_sibling(figs[:j], prev, own, full_whole, listed_in or {}, text, base)
                if sibling is not None:
                    members = {"percent": f.id, "count": prev.id, "base": sibling.id}
                    out.append(Relation("percent_of", members, NAMED_SIBLING, "plausible"))
                    continue
            if own.value <= 0 or (named_whole and not _described_as(own, named_whole, text, base)):
                _orphan(orphans, prev, f)  # "(chiếm 13,63% so với tổng số hộ nghèo DTTS)": of another total, named
                continue
            amount = prev.value * (unit_factor(prev.unit, own.unit) if prev.measure == "money" else 1.0)
            bracketed = cue_before("share_in_parens", text, start) is not None  # "trong đó, có 564 nữ (20,14%)"
            if own.measure == "ratio" and own.base and own.base != own.value and not _share_of_first(prev, own, f):
                # "98/112 xã …, trong đó 35 xã … (chiếm 31,25%)": of the 98 or of the 112, unsaid
                near = min(abs(100.0 * amount / whole - f.value) for whole in (own.value, own.base))
                words = whole_named(f, text, base)  # "(chiếm 48% số xã vùng đồng bằng)": of another whole
                if near <= BASE_PLAUSIBLE_POINTS and (words is None or _described_as(own, words, text, base)):
                    members = {"percent": f.id, "count": prev.id, "base": own.id}
                    out.append(Relation("percent_of", members, EITHER_OF_RATIO, "plausible"))
                continue
            ratio = _ratio_of_sentence(figs[:j], prev, f, text, base) if whole_named(f, text, base) is None else None
            if ratio is not None and not _rounds_to(100.0 * amount / own.value, f) and _exact_over(prev, ratio, f):
                # "333/424 công chức có mặt …, vắng mặt 91 …, trong đó 8 … (chiếm 1,89%)": 8/424 exactly
                members = {"percent": f.id, "count": prev.id, "base": ratio.id}
                out.append(Relation("percent_of", members, EITHER_OF_RATIO, "plausible"))
            elif (bracketed and not (_rate_within_group(own, prev) and not _share_word(cued, after))) or abs(
                100.0 * amount / own.value - f.value
            ) <= BASE_PLAUSIBLE_POINTS:
                members = {"percent": f.id, "count": prev.id, "base": own.id}
                out.append(Relation("percent_of", members, "share of a listed part's total", "plausible"))
            elif ratio is not None:
                # "333/424 công chức có mặt …, vắng mặt 91 …, trong đó 28 … (chiếm 6,59%)": of all 424
                members = {"percent": f.id, "count": prev.id, "base": ratio.id}
                out.append(Relation("percent_of", members, EITHER_OF_RATIO, "plausible"))
            else:
                _orphan(orphans, prev, f)  # far from its list's total: of some other whole
        elif prev.measure == "money" and (whole := _amount_base_after(figs, i, prev, text, base)) is not None:
            # "Nợ xấu 902 tỷ đồng, chiếm 1,2% tổng dư nợ (75.210 tỷ đồng)": the whole named, then stated
            members = {"percent": f.id, "count": prev.id, "base": whole.id}
            out.append(Relation("percent_of", members, "share", "plausible"))
        elif prev.measure == "money" and (two := _amounts_after_counts(figs, j, text, base, f)) is not None:
            # "thi hành xong 33 việc/39 việc …, với số tiền 63,8 tỷ đồng/67,7 tỷ đồng, đạt 84,6%": of
            # either pair, unsaid (the checker takes either)
            (paid, owed), (cases_done, cases) = two
            members = {"percent": f.id, "count": paid.id, "base": owed.id}
            members.update({"twin_count": cases_done.id, "twin_base": cases.id})
            out.append(Relation("percent_of", members, TWO_PAIRS, "plausible"))
        elif prev.measure == "money" and not _share_word(cued, after) and not _recovered(prev, text, base):
            continue  # "chi thường xuyên 1.180 tỷ đồng, đạt 98,5%": of the estimate, not a share
        elif prev.measure == "count" and (before := _count_before_total(figs, j, text, base, f)) is not None:
            # "số hồ sơ trực tuyến là 115.665 và tổng số hồ sơ giải quyết là 168.746, chiếm 68,54%"
            members = {"percent": f.id, "count": before.id, "base": prev.id}
            out.append(Relation("percent_of", members, "share of the count before a named total", "plausible"))
        elif prev.measure == "count" and (
            whole := _named_ratio(figs[: j + 1], whole_named(f, text, base), text, base, f)
        ):
            out.append(_share_of_named_ratio(f, whole))  # "91/664 đơn vị cấp huyện thuộc 37 tỉnh … (chiếm 13,7% …)"
        elif prev.measure in ("count", "money"):
            # a count with its own share ("đúng hạn 41.160 hồ sơ, đạt tỷ lệ 98%") is a part, not a base;
            # an amount's base is the amount right before it ("kiến nghị thu hồi 119.452 triệu đồng (đã
            # thu hồi 118.790 …, đạt 99%)")
            amount_whole = _amount_whole_named(f, text, base) if prev.measure == "money" else None
            if prev.measure == "count":
                looked = [*(earlier or []), *figs[max(0, i - BASES_TRIED) : i - 1]]
                if in_words is None and (telling := _telling_words(f, prev, looked, text, base, described)):
                    in_words = telling  # "…, chiếm 69,23% số có vi phạm": only a total so described
            elif amount_whole is not None:
                # "Tổng thu ngân sách đạt 500 tỷ đồng. … Thu nội địa 300 tỷ đồng, chiếm 60% tổng thu ngân
                # sách": an amount so described, also in an earlier sentence or paragraph
                looked = [*(earlier or []), *figs[max(0, j - BASES_TRIED) : j]]
                looked = [g for g in looked if described(g, amount_whole)]
            else:
                looked = figs[max(0, j - 1) : j]
            # (a total the share names in words may have a share of its own: "… ĐKXT là 660.258 (đạt tỉ lệ
            # 65,9%) … đạt tỉ lệ 92,7% so với số thí sinh ĐKXT")
            candidates = [
                g
                for g in looked
                if (g.id not in counted or in_words) and (g.id not in shared or in_words or _near(prev, g, f))
            ]
            # not a group singled out of another rating class ("Hoàn thành tốt nhiệm vụ: 130 …, trong đó:
            # + Đảng viên hưu trí: 60 …. - Hoàn thành nhiệm vụ: 9 đồng chí (5,5%)": of all rated, not the 60)
            candidates = [g for g in candidates if not _group_of_another_class(g, prev, listed_in or {})]
            if in_words:  # "chiếm 12,82% so với tổng số cơ sở Đảng được đánh giá": only a total so described
                candidates = [g for g in candidates if described(g, in_words)]
                candidates = _narrowed(candidates, f, text, base, lambda g: description(g, *block_text(doc, g)))
            if (done := _whole_acted_on(f, text, base)) is not None:
                # "chiếm 7,42% số đảng viên được xét tặng": those considered, not every member
                candidates = [g for g in candidates if any(described(g, w) for w in done)]
            total = _base_of(prev, candidates, text, base, f, doc, named=bool(in_words or amount_whole))
            if total is None and prev.measure == "money" and _share_word(cued, after) and not in_words:
                total = _breakdown_total(prev, f, listed_in or {}, figs, text, base)
            if total is not None:
                members = {"percent": f.id, "count": prev.id, "base": total.id}
                if total.id in slashed and whole_named(f, text, base) is None:
                    # "142 trạm y tế có bác sĩ/156 xã …. Có 36 trạm y tế …, chiếm 23,1%": of either count of
                    # the pair, unsaid (the checker takes either)
                    members.update({"twin_count": prev.id, "twin_base": slashed[total.id]})
                # a ratio's share may be of its count or of its whole ("386/390 chi bộ …; 215 chi bộ
                # …, tỷ lệ 55,13%": of the 390): the text does not say which
                either = total.measure == "ratio" and total.base and total.base != total.value
                out.append(Relation("percent_of", members, EITHER_OF_RATIO if either else EARLIER_TOTAL, "plausible"))
            else:
                _orphan(orphans, prev, f)
    return out


#: The evidence of a listed part's share of another part of its list that the share names as its
#: whole (``có 65 cán bộ, trong số đó có 58 giảng viên, 44 thầy cô có học vị Tiến sĩ (chiếm 75% tổng
#: số giảng viên)``).
NAMED_SIBLING = "share of a part of its list named as its whole"


def _named_sibling(
    before: list[Figure], part: Figure, own: Figure, named: str, listed_in: dict[str, Figure], text: str, base: int
) -> Figure | None:
    """The one part listed before ``part`` under the same total, in its sentence, that the whole
    a share names describes (``58 giảng viên`` for ``tổng số giảng viên``), no smaller than it."""
    if not named:
        return None
    opens = full_sentence(text, _pos(part, base)[0])[0]
    found = [
        g
        for g in before
        if listed_in.get(g.id) is own
        and _pos(g, base)[0] >= opens
        and g.measure == "count"
        and g.value >= part.value
        and _described_as(g, named, text, base)
    ]
    return found[0] if len(found) == 1 else None


def _near(count: Figure, ratio: Figure, percent: Figure) -> bool:
    """Whether a share is near what a count gives over a ratio's count or whole, within a
    factor of :data:`SHARED_RATIO_FACTOR` (a ratio stated with its own share is a whole of the
    parts after it only so: ``52/54 tổ chức …, đạt 96,3%. … còn 3 tổ chức …, chiếm 0,4%`` is a
    share of some larger whole, not 5,77 % of the 52)."""
    if percent.value <= 0:
        return False
    shares = [100.0 * count.value / whole for whole in (ratio.value, ratio.base or 0.0) if whole > 0]
    return any(max(x, percent.value) <= SHARED_RATIO_FACTOR * min(x, percent.value) for x in shares if x > 0)


def shares_first(
    pairs: list[tuple[Figure, Figure]],
    text: str,
    base: int,
    figs: list[Figure],
    section: list[Figure],
    taken: set[str],
    orphans: list[SharePair],
    doc: Document,
) -> list[Relation]:
    """Shares written before their bracketed count (``pairs``, :mod:`share_first`), over an
    earlier total of the count's unit that they are plausible shares of; the others left to
    their siblings."""
    out = []
    siblings = {count.id for count, _ in pairs}  # "tiêm chủng đạt 98% (63.700 trẻ)": a sibling's count, no whole
    for count, percent in pairs:
        if percent.id in taken:
            continue
        noun = bracket_noun(count, text, base) if count.measure != "money" else ""  # an amount's is its currency
        looked = [
            g
            for g in [*section, *[g for g in figs if g.span.start < percent.span.start]]
            # of the same things, by the bracket's own noun: no households over persons
            if g.id not in siblings and _sibling_base(g, count) and _counts_as(g, noun)
        ]
        total = _base_of(count, looked, text, base, percent, doc)
        if total is not None and not _rounds_to(100.0 * count.value / _amount(total, count), percent):
            # a total the share does not come out of is its base only when the share is listed
            # under it ("1.200 đảng viên, trong đó 18,5% (186 …)"), not one of another group
            # named nearby ("65.000 trẻ em dưới 6 tuổi, …, trẻ dưới 5 tuổi suy dinh dưỡng 11,5% (…)")
            gap = text[_pos(total, base)[1] : _pos(percent, base)[0]] if total.span.block == percent.span.block else ""
            listed = cue("breakdown").search(gap) and ";" not in gap and "." not in gap.rstrip()
            if not listed and not (gap and _scopes_its_sentence(total, percent, text, base)):
                total = None
        if total is None:
            _orphan(orphans, count, percent)
            continue
        members = {"percent": percent.id, "count": count.id, "base": total.id}
        out.append(Relation("percent_of", members, SHARE_FIRST, "plausible"))
    return out


def _scopes_its_sentence(total: Figure, percent: Figure, text: str, base: int) -> bool:
    """Whether the total opens its sentence as the scope of what follows (``Trong 158 đại biểu
    chính thức …, tỷ lệ đại biểu nữ … là 41% tương đương với 66 đại biểu``), the share in it."""
    opens = full_sentence(text, _pos(total, base)[0])[0]
    return (
        bool(rx.SCOPE_OPENS.fullmatch(text, opens, _pos(total, base)[0]))
        and full_sentence(text, _pos(percent, base)[0])[0] == opens
    )


def _counts_as(whole: Figure, noun: str) -> bool:
    """Whether a bracket's noun (``hộ``, ``đảng viên``, ``HS``) counts what ``whole`` counts: the
    same unit of the vocabulary, or the whole written with those words; no noun, no doubt."""
    if not noun:
        return True
    units = [s.key for s in vocab_spans(noun) if s.label == "UNIT"]
    if units:
        return units[0] == whole.subject or load_vocabulary().can_be_part_of(units[0], whole.subject)
    own = (whole.subject_text or "").lower()
    return bool(own) and (own.startswith(noun) or noun.startswith(own))


def _rate_in_bracket(change: Figure, percent: Figure, cued: re.Match[str] | None, text: str, base: int) -> bool:
    """A bare percentage in a bracket right after a change (``tăng 26.801 trẻ (2,9%)``): the rate
    of that change, not a share (a share word says a share: ``(tăng 137 hộ, chiếm 0,04%)``)."""
    if cued is None or not is_change(change, text, base) or change.measure != "count":
        return False
    return rx.BARE_RATE_BRACKET.fullmatch(text, _pos(change, base)[1], _pos(percent, base)[0]) is not None


def _orphan(orphans: list[SharePair] | None, count: Figure, percent: Figure) -> None:
    """A share whose base was not found: its siblings may agree on one (:mod:`sibling_shares`)."""
    if orphans is not None:
        orphans.append(SharePair(count, percent))


def agreed_shares(
    shares: list[Relation], orphans: list[SharePair], figs: list[Figure], section: list[Figure], doc: Document
) -> list[Relation]:
    """``shares`` with the paragraph's shares whose siblings agree on a base read over it."""
    text, base = doc.blocks[figs[0].span.block].text, doc.blocks[figs[0].span.block].span[0]
    by_id = {f.id: f for f in [*section, *figs]}
    pairs = [
        SharePair(by_id[r.members["count"]], by_id[r.members["percent"]], r)
        for r in shares
        if r.kind == "percent_of" and r.members.get("count") in by_id and r.members.get("percent") in by_id
    ]
    pairs = [
        replace(p, sentence=full_sentence(text, _pos(p.count, base)[0])[0])
        for p in [*pairs, *orphans]
        if p.count.span.block == p.percent.span.block == figs[0].span.block
    ]
    if len(pairs) < 2:
        return shares
    candidates = [f for f in [*section, *figs] if f.measure in ("count", "ratio", "money")]
    # (orphans: shares read against no base; their siblings may agree on a stated one, or imply one)

    readings = {p.percent.id: _share_reading(p, text, base) for p in pairs}  # once per share, not per whole

    def fits(pair: SharePair, whole: Figure) -> bool:
        return _sibling_base(whole, pair.count) and _may_be_of(pair, whole, readings[pair.percent.id], base, doc)

    def names(pair: SharePair, whole: Figure) -> bool:
        # all the words the share names its whole with describe this one ("chiếm 6% tổng thu nội
        # địa" names the domestic revenue, not the total revenue its siblings come out of)
        words = _share_phrase(pair.percent, text, base)
        return bool(words) and fits(pair, whole) and _described_as(whole, words, *block_text(doc, whole))

    drop, add = sibling_shares(pairs, candidates, fits, _amount, BASE_PLAUSIBLE_POINTS, names)
    excluded = _excluded_by_siblings(pairs, drop, by_id, text, base)
    drop = drop + [p.relation for p in excluded if p.relation is not None]
    orphans = orphans + [SharePair(p.count, p.percent) for p in excluded]
    based = {r.members["percent"] for r in add}
    # shares that name no whole of their own and open no scope ("chiếm 33,33% số trường mầm non",
    # "trong số hộ nghèo có 120 hộ …, chiếm …", "Riêng …"): their whole may be one the others imply
    unbased = [
        p
        for p in orphans
        if p.percent.id not in based
        and p.count.span.block == figs[0].span.block
        and _reads_no_whole(p, readings.get(p.percent.id, (None, None)), text, base)
        and not _scoped_part(p.count, text, base)
    ]
    with_base = [
        p for p in pairs if p.relation is not None and p.relation.members.get("base") and p.relation not in drop
    ]
    with_base += [replace(p, relation=r) for p in pairs for r in add if r.members.get("percent") == p.percent.id]
    ruled_out = {p.percent.id for p in excluded}  # (no siblings' base for a share they ruled it out for)
    classes, unbased = class_shares(unbased, figs, text, base, with_base, ruled_out, section)
    return [r for r in shares if r not in drop] + add + classes + implied_whole_shares(unbased, unit_key, text, base)


def _excluded_by_siblings(
    pairs: list[SharePair], drop: list[Relation], by_id: dict[str, Figure], text: str, base: int
) -> list[SharePair]:
    """The shares read over an earlier total that a sibling share of their sentence rules out
    (:func:`siblings_exclude`), the counts of their sentence adding up to the whole the siblings
    agree on: their base is not known, so they are orphans again."""
    out = []
    figures = list(by_id.values())
    for p in pairs:
        rel = p.relation
        if rel is None or rel in drop or rel.evidence != EARLIER_TOTAL or rel.members.get("base") not in by_id:
            continue
        listed = _sentence_counts(p, figures, text, base)
        if siblings_exclude(p, _amount(by_id[rel.members["base"]], p.count), pairs, listed):
            out.append(p)
    return out


def _sentence_counts(pair: SharePair, figures: list[Figure], text: str, base: int) -> float:
    """The sum of the counts of a share's sentence that count what its count counts (persons
    among persons), asides in brackets left out: the whole its list of classes makes."""
    block = pair.count.span.block
    alike = [
        g
        for g in figures
        if g.span.block == block
        and g.measure == "count"
        and full_sentence(text, _pos(g, base)[0])[0] == pair.sentence
        and not in_parens(text, pair.sentence, _pos(g, base)[0])
        and (unit_key(g) == unit_key(pair.count) or (_counts_persons(g) and _counts_persons(pair.count)))
    ]
    return sum(g.value for g in alike)


def _reads_no_whole(pair: SharePair, reading: tuple[str | None, tuple[int, int] | None], text: str, base: int) -> bool:
    """Whether a share's words name no whole of their own: no whole after it, or only the one
    a scope of everything opening its clause names (``Trong tổng số người lao động nộp hồ sơ
    …``, the whole the siblings imply; not ``Trong thu nội địa, …``, a part)."""
    named, scope = reading
    opened = rx.WHOLE_SCOPE.match(text, scope[0]) if scope is not None else None
    if scope is not None and opened is None:
        return False
    if named is None or scope is None or opened is None:
        return named is None
    return _names_the_scope(pair, text[opened.end() : scope[1]], text, base)


def _names_the_scope(pair: SharePair, scoped: str, text: str, base: int) -> bool:
    """Whether the whole a share names after it is the one its sentence's ``Trong tổng số …``
    names (``… 128 người chiếm 8,47% số người nộp hồ sơ hưởng trợ cấp thất nghiệp``): every
    word of the named whole, up to its end, is among the scope's own words; not when the scope
    names several groups (``Trong tổng số hộ nghèo và hộ cận nghèo …``: ``30% số hộ nghèo`` is
    of one of them), nor a whole qualified further (``số người nộp hồ sơ lần đầu``)."""
    cut = rx.NAMED_BASE_STOP.search(scoped)
    if cut is not None and cut.group().strip().lower() == "và":
        return False  # the scope names several groups
    own = set((scoped[: cut.start()] if cut else scoped).lower().split())
    end = _pos(pair.percent, base)[1]
    after = rx.NAMED_BASE_STOP.split(text[end : end + NAMED_BASE_REACH].lstrip(" %\t"), maxsplit=1)[0]
    words = [w for w in after.lower().split() if w not in WHOLE_LEAD_WORDS]
    return bool(words) and set(words) <= own


def _scoped_part(count: Figure, text: str, base: int) -> bool:
    """Whether a count stands in a scope opened before it in its clause (``trong số hộ nghèo có
    120 hộ``, ``Riêng …``): its share is of that scope.  Not a scope that opens the sentence
    (``Trong tổng số người lao động nộp hồ sơ …, … 1.287 người chiếm 85,12%, …``): that one is
    the whole of every share of the sentence."""
    start = _pos(count, base)[0]
    scope = rx.SCOPED_BEFORE.search(text, max(0, start - CUE_REACH), start)
    if scope is None:
        return False
    opens = full_sentence(text, start)[0]
    return bool(text[opens : scope.start()].strip()) or scope.group(0).lower().startswith(("riêng", "trong đó"))


def _share_reading(pair: SharePair, text: str, base: int) -> tuple[str | None, tuple[int, int] | None]:
    """What a share's words say of its whole: the whole it names after it (``chiếm 15,38% thu
    nội địa``, ``… tổng số đại biểu triệu tập``), and the span of a scope opening its clause
    (``Trong thu nội địa, …``, ``trong số trường đạt chuẩn quốc gia có 85 trường``), if any."""
    named = whole_named(pair.percent, text, base) or share_words(pair.percent, text, base)
    start = _pos(pair.count, base)[0]
    opens = max(full_sentence(text, start)[0], text.rfind(";", 0, start) + 1)
    scope = rx.SCOPE_LEAD.match(text, opens)
    if scope is None or scope.end() > start:
        return named, None
    comma = text.find(",", scope.end(), start)
    return named, (opens, comma if comma >= 0 else start)


def _may_be_of(
    pair: SharePair, whole: Figure, reading: tuple[str | None, tuple[int, int] | None], base: int, doc: Document
) -> bool:
    """Whether the share may be of ``whole`` by its words (:func:`_share_reading`): the whole it
    names is what ``whole`` is written as, and no scope opening its clause leaves ``whole`` out."""
    named, scoped_to = reading
    # (the whole may be in a paragraph before: read in its own)
    if named is not None and not _described_as(whole, named, *block_text(doc, whole)):
        return False
    if scoped_to is None:
        return True
    inside = whole.span.block == pair.count.span.block and scoped_to[0] <= _pos(whole, base)[0] < scoped_to[1]
    return inside  # "Trong tổng số 8.299 đảng viên …, có …"


def _share_phrase(f: Figure, text: str, base: int) -> str:
    """All the words right after a share that name its whole, lower case, up to a function word,
    an abbreviation or the clause's end (``chiếm 6% tổng thu nội địa.`` → ``tổng thu nội địa``;
    ``chiếm 6,39% tổng thu NSNN trên địa bàn`` → ``tổng thu``); empty when none do."""
    if share_words(f, text, base) is None:
        return ""
    tail = rx.CHANGE_TAIL.match(text, _pos(f, base)[1])
    words: list[str] = []
    for word in (tail.group() if tail else "").lstrip(" \t%").split():
        bare = word.rstrip(",:")
        if not bare or bare.isupper() or rx.DIGIT.search(bare) or len(words) == SHARE_PHRASE_WORDS:
            break  # an abbreviation ("NSNN"), a number, or enough words
        words.append(bare.lower())
        if bare != word:
            break  # the clause goes on after a comma
    return " ".join(words)


def share_words(f: Figure, text: str, base: int) -> str | None:
    """The words right after a share that name its whole (``chiếm 26,61% hộ nghèo của tỉnh`` →
    ``hộ nghèo``), lower case; None when none do (``chiếm 0,6%;``, ``chiếm 50,3%, tăng …``)."""
    m = rx.SHARE_WHOLE_WORDS.match(text, _pos(f, base)[1])
    return " ".join(m["words"].lower().split()) if m else None


def _sibling_base(whole: Figure, count: Figure) -> bool:
    """Whether ``whole`` may be the base of ``count``'s share: larger, of the same kind of thing
    (the same measure and money of one currency, or what :func:`_can_be_base` lets count
    persons or subjects), of the same period, neither rated nor a part of a partition."""
    if count.measure == "money":
        if whole.measure != "money" or not same_money(whole.unit, count.unit):
            return False
    elif whole.measure not in ("count", "ratio") or count.measure not in ("count", "ratio"):
        return False
    if _amount(whole, count) <= max(count.value, 0.0) or not _base_category(whole, count):
        return False
    if count.period and whole.period and count.period != whole.period:
        return False
    if count.measure == "money":
        return True
    if GENERIC_PERSONS in (count.subject, whole.subject) and _counts_persons(count) and _counts_persons(whole):
        return True
    if "other" in (count.subject, whole.subject):
        return count.subject == whole.subject
    return whole.subject == count.subject or load_vocabulary().can_be_part_of(count.subject, whole.subject)


def _breakdown_total(
    amount: Figure, percent: Figure, listed_in: dict[str, Figure], figs: list[Figure], text: str, base: int
) -> Figure | None:
    """The total that the paragraph's breakdown of amounts is of, for an amount of the same
    paragraph outside that list with its weight (``… 621.324 tỷ đồng …`` / ``Trong đó, vốn
    ngân sách … 77.397,8 tỷ đồng và … 66.397,8 tỷ đồng. Ngoài ra còn có vốn lồng ghép … 49.967
    tỷ đồng, chiếm 8%``): when nothing after the percentage names its base (``chiếm 31,5% tổng
    chi``), the amount is named with the head word of the list's parts (``vốn``; not ``Chi đầu
    tư`` beside ``thu nội địa``), and the total, of one currency, gives the stated share within
    ``BASE_PLAUSIBLE_POINTS``; the nearest of several."""
    if rx.WORD_AFTER_PERCENT.match(text, _pos(percent, base)[1]):
        return None
    start = _pos(amount, base)[0]
    named = text[full_sentence(text, start)[0] : start].lower().split()
    parts = {f.id: f for f in figs}
    fits = []
    for part_id, t in listed_in.items():
        if part_id not in parts or t.measure != "money" or not same_money(t.unit, amount.unit):
            continue
        head = _clause_head(parts[part_id], text, base)
        whole = t.value * unit_factor(t.unit, amount.unit)
        if not head or head not in named or not whole > amount.value > 0:
            continue
        gap = abs(100.0 * amount.value / whole - percent.value)
        if gap <= BASE_PLAUSIBLE_POINTS:
            fits.append((gap, t))
    return min(fits, key=lambda x: x[0])[1] if fits else None


def _clause_head(f: Figure, text: str, base: int) -> str:
    """The first word of what a figure's clause names before its number, lower case (``vốn`` in
    ``Trong đó, vốn ngân sách nhà nước … 77.397,8 tỷ đồng``); empty when it names nothing."""
    start = _pos(f, base)[0]
    opens = full_sentence(text, start)[0]
    cut = last_separator(text, start, opens)
    words = [w for w in text[max(opens, cut + 1) : start].lower().split() if w not in CLAUSE_FILLERS]
    return words[0] if words else ""


def _rate_of_each(ratio: Figure, percent: Figure, text: str, base: int) -> bool:
    """Whether a percentage after a ratio is a rate each of the ratio's units reached, not the
    ratio's share: it names another noun after it (``34/45 xã, phường đạt tỷ lệ 100% cử tri
    tham gia bầu cử``: the voters of each commune), or it is 100 % of a ratio that is not
    whole (``6/7 làng đạt 100%``: each village met its plan).  Three false errors of turnout
    and plan on published reports."""
    return _rate_of_each_of(ratio, ratio.base, percent, text, base)


def _rate_of_each_of(count: Figure, whole: float | None, percent: Figure, text: str, base: int) -> bool:
    """:func:`_rate_of_each` for a count out of a whole written apart (``34 trong 45 xã, phường
    đạt tỷ lệ 100% cử tri …``) as for a ratio."""
    start, end = _pos(percent, base)
    if _rate_of_another_named(count, percent, text, base):
        return True  # "64/69 trường, tỷ lệ phòng học kiên cố đạt trên 97%": the classrooms' rate
    after = rx.CLAUSE_TAIL.match(text, end, end + CUE_REACH)  # its own words: not past a line or a clause
    noun = head_noun(after.group().lstrip(" %\u00a0")) if after else None
    if percent.value == 100.0 and whole is not None and count.value < whole:
        # ... but "chiếm" right after the ratio, naming no whole after it, says its share
        # ("910/958 hội viên (chiếm 100%)": a wrong one; not "…, chiếm 100% số chi bộ đủ điều kiện")
        return noun is not None or not rx.ACCOUNTS_FOR_RIGHT_AFTER.fullmatch(text, _pos(count, base)[1], start)
    if noun is None or rx.BASE_NOUN.match(noun):
        return False  # "đạt 75,6% số xã", "chiếm 12% tổng số": the base named
    return noun.lower().split()[0] != noun_head(count)


def _rate_of_another_named(count: Figure, percent: Figure, text: str, base: int) -> bool:
    """Whether a rate named between a count and a share after it, in their clause, is of another
    noun than the count's (``64/69 trường, tỷ lệ phòng học kiên cố đạt trên 97%``), not of the
    count itself (``18/20 xã, tỷ lệ xã đạt chuẩn 90%``)."""
    gap_at = _pos(count, base)[1]
    gap = text[gap_at : _pos(percent, base)[0]]
    if any(c in gap for c in ";()") or clause_end(text, gap_at) < _pos(percent, base)[0]:
        return False
    named = rx.RATE_THEN_WORDS.search(gap)
    noun = head_noun(named["words"]) if named else None
    return noun is not None and noun.lower().split()[0] != noun_head(count)


def _all_of_them(count: Figure, percent: Figure, text: str, base: int) -> bool:
    """Whether the count a share follows in its sentence, no figure between, is said to be all of
    its kind (``toàn bộ 234 chi bộ``, ``tất cả 15 xã``): the share is of the count itself."""
    start = _pos(count, base)[0]
    if count.measure != "count" or count.approx or not rx.ALL_OF_BEFORE.search(text, max(0, start - 20), start):
        return False
    if full_sentence(text, start) != full_sentence(text, _pos(percent, base)[0]):
        return False
    # only a bare share word before it ("…, đạt tỷ lệ 100%"), no rate of something else between
    # ("…, tỷ lệ đảng viên tham dự đạt 95,6%", "đều có tỷ lệ hộ dân … đạt 98%")
    gap = text[_pos(count, base)[1] : _pos(percent, base)[0]]
    tail = rx.BARE_SHARE_TAIL.search(gap)
    return tail is not None and not rx.RATE_NAMED.search(gap, 0, tail.start())


def share_reaches(text: str, end: int, start: int, change: bool = False) -> bool:
    """Whether a share at ``start`` can be of the count ending at ``end``: in its clause, or
    in the clause right after that opens with the share word (``579.413 việc, tăng 7.240 việc
    (…);  chiếm 79,56%``), or in the sentence right after that is nothing but the share
    (``… có 323 học sinh đủ điều kiện được xét tuyển. Đạt tỷ lệ 100%.``), unless that count is a
    change (``… có 5 huyện đạt chuẩn, tăng 2 huyện. Đạt tỷ lệ 50%.``: of the level, not the change);
    or after clauses that are each a share alone, of the same count (``…; đạt tỉ lệ 74,9% so với
    số thí sinh ĐKXT; đạt tỉ lệ 80,8% so với …``)."""
    breaks = rx.CLAUSE_BREAK.findall(text, end, start)
    if not breaks:
        return True
    last = max(text.rfind(b, end, start) for b in set(breaks))
    if breaks == ["."]:
        return not change and rx.SHARE_SENTENCE_LEAD.fullmatch(text, last + 1, start) is not None
    if set(breaks) != {";"} or rx.SHARE_CLAUSE_LEAD.fullmatch(text, last + 1, start) is None:
        return False
    # shares of one count in a row, each a clause of its own ("… là 494.488, đạt tỉ lệ 49,3% so với
    # …; đạt tỉ lệ 74,9% so với …; đạt tỉ lệ 80,8% so với …"): the clauses between are shares alone
    between = text[text.find(";", end, start) + 1 : last].split(";") if len(breaks) > 1 else []
    return all(rx.SHARE_CLAUSE.fullmatch(clause) for clause in between)


def _right_after(level: Figure, share: int, text: str, base: int) -> bool:
    """Whether a share follows the bracket that holds an earlier level with only ``bằng`` or
    ``đạt`` between (``so với năm 2022 (351.500 tấn) bằng 101,5%``), no clause of its own
    (``(12.000 con); tỷ lệ bò lai đạt 65%``)."""
    return rx.BRACKET_THEN_RATIO_WORD.fullmatch(text, _pos(level, base)[1], share) is not None


def _compared_before(count: Figure, share: int, text: str, base: int) -> bool:
    """Whether words between a count and a bracketed share after it compare with something else
    (``… (287/312), cao hơn năm 2022 (89,5%)``, ``…, vượt chỉ tiêu (90%)``): the share is that
    other thing's."""
    return rx.COMPARED_BEFORE_BRACKET.search(text, _pos(count, base)[1], share) is not None


def _count_before_share(figs: list[Figure], i: int, text: str, base: int, share: int) -> int | None:
    """The index of the figure before ``figs[i]`` (a share at ``share``) that the share may be of,
    behind the ones :func:`_skipped_before_share` skips; a share of the same count before it is
    skipped up to that share (``đạt tỉ lệ 49,3% so với …; đạt tỉ lệ 74,9% so với …; đạt tỉ lệ
    80,8% …``: the 49,3 % is behind the 74,9 %, which is behind the 80,8 %)."""
    at = share
    for k in range(i - 1, -1, -1):
        if not _skipped_before_share(figs[k], text, base, at):
            return k
        if figs[k].measure == "percent" and rx.SECOND_SHARE_GAP.fullmatch(text, _pos(figs[k], base)[1], at):
            at = _pos(figs[k], base)[0]
    return None


def _skipped_before_share(f: Figure, text: str, base: int, share: int) -> bool:
    """A figure a share's count is looked for behind: an age, a plan compared with (``so với chỉ
    tiêu 4.200 trẻ``), a rate of change (a percentage or a multiple, ``tăng 9,17 lần``), or a change
    closed off from the share by a bracket or a semicolon (``579.413 việc, tăng 7.240 việc (tăng
    1,27% …); chiếm 79,56%``: the share of the level).  A change the share follows in its own
    clause or bracket is its count (``(tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)``,
    ``tăng 204 tỷ đồng (7,8%)``)."""
    if cue("age").match(f.subject_text or ""):
        return True
    start = _pos(f, base)[0]
    if f.measure in ("count", "money") and rx.PLAN_COMPARED_BEFORE.search(text, max(0, start - PLAN_REACH), start):
        return True  # "4.350 trẻ so với chỉ tiêu 4.200 trẻ, đạt 98,5% số trẻ …": the plan compared with
    if f.measure == "ratio" and f.base is None:
        return True  # a multiple ("gấp 2,5 lần so với năm 2020") counts nothing
    if f.measure == "percent" and rx.SECOND_SHARE_GAP.fullmatch(text, _pos(f, base)[1], share):
        return True  # "(chiếm 13,63% so với … và chiếm 23,4% so với …)": both of the count before
    if not is_change(f, text, base):
        return False
    # a rate of change, as a percentage or a multiple ("tăng 9,17 lần"), is never a share's count
    return f.measure in ("percent", "ratio") or rx.CLOSED_OFF.search(text, _pos(f, base)[1], share) is not None


def lead_words(f: Figure, text: str, base: int, reach: int = SUBSET_LOOKAHEAD) -> str:
    """The words of a figure's clause before its number, lower case (``hộ nghèo có`` in ``…
    tỉnh. Hộ nghèo có 10.689 hộ``; ``tổng số hộ nghèo là`` in ``Tổng số hộ nghèo là 4.000 hộ``),
    at most ``reach`` characters back."""
    text, base = own_text(f, text, base)
    start = _pos(f, base)[0]
    lo = max(full_sentence(text, start)[0], start - reach)
    cut = last_separator(text, start, lo)
    return " ".join(text[max(lo, cut + 1) : start].lower().split())


def _named_base_words(f: Figure, text: str, base: int) -> list[str] | None:
    """The words of the base a share names after it without a number (``so với tổng số hộ nghèo
    DTTS`` → ``hộ``, ``nghèo``, ``dtts``; after ``chiếm``, ``so với`` alone: ``chiếm 61,1% so với
    thí sinh dự thi``), lower case; None when it names none."""
    start, end = _pos(f, base)
    m = cue("base_after_share").match(text[end : end + CUE_REACH])
    if m is None and rx.SHARE_OF_CHIEM.search(text, max(0, start - CUE_REACH), start):
        # "chiếm 61,1% so với thí sinh dự thi tốt nghiệp THPT": the whole, named with no "số"
        m = rx.BARE_WHOLE_AFTER_SHARE.match(text[end : end + CUE_REACH])
    if m is None:
        return None
    return rx.NAMED_BASE_STOP.split(text[end + m.end() : end + m.end() + CUE_REACH], maxsplit=1)[0].lower().split()


def _telling_words(
    f: Figure, count: Figure, looked: list[Figure], text: str, base: int, described: Callable[[Figure, str], bool]
) -> str | None:
    """The words a share names its whole with after ``số`` (``chiếm 69,23% số có vi phạm`` → ``có
    vi phạm``), when they are two words at least, do not open with the count's own noun (``bằng 50%
    tổng số đảng viên mới kết nạp`` after ``76 đảng viên mới``: the noun again, read as before),
    and describe some of the totals looked at but not all: they tell its whole (``kết luận 13 đảng
    viên có vi phạm``, not ``kiểm tra 15 đảng viên``), even one stated with its own share."""
    words = whole_named(f, text, base)
    if words is None or len(words.split()) < 2:
        return None
    noun = (count.subject_text or "").lower().split()
    if noun and words.split()[0] == noun[0]:
        return None
    fitting = [g for g in looked if described(g, words)]
    return words if fitting and len(fitting) < len(looked) else None


def _amount_base_after(figs: list[Figure], i: int, amount: Figure, text: str, base: int) -> Figure | None:
    """The amount a share names as its whole with ``tổng`` and states right after in a bracket
    (``chiếm 1,7% tổng dư nợ (75.210 tỷ đồng)``), of the share's amount's currency."""
    if i + 1 >= len(figs) or figs[i + 1].measure != "money" or not same_money(figs[i + 1].unit, amount.unit):
        return None
    if is_change(amount, text, base) or rx.CLOSE_OR_DIGIT.search(text, _pos(amount, base)[1], _pos(figs[i], base)[0]):
        return None  # "902 tỷ đồng (đầu năm 1.000 tỷ đồng), chiếm …", "…, tăng 2 tỷ đồng, chiếm …": not the amount
    nxt = figs[i + 1]
    return nxt if rx.AMOUNT_WHOLE_THEN_BRACKET.fullmatch(text, _pos(figs[i], base)[1], _pos(nxt, base)[0]) else None


def _amount_whole_named(f: Figure, text: str, base: int) -> str | None:
    """``tổng`` and up to three words of the amount a share names as its whole (``chiếm 60% tổng thu
    ngân sách`` → ``tổng thu ngân sách``; ``… tổng dư nợ cho vay hộ nghèo`` → ``tổng dư nợ cho``,
    which no ``Tổng dư nợ đạt …`` is), lower case; None when it names none so."""
    m = rx.AMOUNT_WHOLE_AFTER_SHARE.match(text, _pos(f, base)[1])
    return "tổng " + " ".join(m.group("words").lower().split()) if m else None  # (up to three words after "tổng")


def _base_in_words(f: Figure, text: str, base: int) -> str | None:
    """The first words of the base a share names after it without a number (``so với tổng số
    hộ nghèo DTTS`` → ``hộ nghèo``), lower case; None when it names none."""
    words = _named_base_words(f, text, base)
    if words is None:
        return None
    return " ".join(words[:2]) or None


NAMED_WORDS_MOST = 5  # words of a named base read to tell two totals described alike apart


def _narrowed(
    candidates: list[Figure], f: Figure, text: str, base: int, description_of: Callable[[Figure], str]
) -> list[Figure]:
    """Of the totals a share's named base describes in its first words, the one whose words
    hold all of its longer name alone, in any order (``so với số thí sinh dự thi tốt nghiệp THPT``
    of ``thí sinh dự thi …`` and ``thí sinh đăng ký xét tuyển (ĐKXT)``; ``so với số thí sinh
    ĐKXT``: the abbreviation in the second's brackets); all of them when no longer name tells one."""
    if len(candidates) < 2:
        return candidates
    words = _named_base_words(f, text, base)
    if words is None:
        return candidates
    held = {g.id: set(rx.WORD_RE.findall(description_of(g))) for g in candidates}
    for n in range(3, min(len(words), NAMED_WORDS_MOST) + 1):
        named = [g for g in candidates if set(words[:n]) <= held[g.id]]
        if len(named) == 1:
            return named
        if not named:
            break
    return candidates


def _described_as(g: Figure, words: str, text: str, base: int) -> bool:
    """Whether a figure is written as what ``words`` name: in the words of its clause before its
    number (``Hộ nghèo có``, ``Tổng số hộ nghèo là``) or after it (``tổ chức cơ sở Đảng``)."""
    return words in description(g, text, base)


def description(g: Figure, text: str, base: int) -> str:
    """The words a figure is written with, lower case: its clause before its number and its noun
    after it, a name's abbreviation in brackets read as a word of it (``số thí sinh đăng ký xét
    tuyển (ĐKXT) đại học là``)."""
    text, base = own_text(g, text, base)
    text = rx.BRACKETED_ABBREVIATION.sub(lambda m: m.group().replace("(", " ").replace(")", " "), text)
    noun = rx.NAMED_BASE_STOP.split(_after(g, text, base), maxsplit=1)[0]
    # the whole clause before it: "Tổng thu ngân sách Nhà nước trên địa bàn tỉnh 8 tháng ước đạt 784,27"
    return " ".join(f"{lead_words(g, text, base, DESCRIPTION_REACH)} {noun}".lower().split())


def _same_noun_pair(figs: list[Figure], j: int, text: str, base: int, share: Figure | None = None) -> Figure | None:
    """The first of a ratio written with its noun after each number (``129 xã/193 xã``): the
    count, when ``figs[j]`` is the second (the base); not a pair of two units (``19 vụ/48 bị
    can``); nor of two amounts of one currency (``18.239 tỷ đồng/33.429 tỷ đồng``)."""
    if j == 0 or figs[j - 1].measure != figs[j].measure or figs[j].measure not in ("count", "money"):
        return None
    if figs[j].measure == "money" and (
        not same_money(figs[j - 1].unit, figs[j].unit) or _pair_before(figs, j - 1, text, base)
    ):
        return None  # "33 việc/39 việc, … 63,8 tỷ đồng/67,7 tỷ đồng, đạt 84,6%": of either pair
    if figs[j].measure == "money" and share is not None and not _share_of_the_pair(figs[j], share, text, base):
        return None  # "1,2 tỷ đồng/1,5 tỷ đồng kinh phí, trong đó ngân sách tỉnh chiếm 60%": another part's
    gap = rx.NOUN_SLASH_GAP.fullmatch(text, _pos(figs[j - 1], base)[1], _pos(figs[j], base)[0])
    if gap is None:
        return None
    if figs[j].measure == "money":
        return figs[j - 1]  # one currency, whatever its scale: "850 triệu đồng/1,2 tỷ đồng", "…/KH 27,4 tỷ đồng"
    noun = gap["noun"].lower()
    after = text[_pos(figs[j], base)[1] : _pos(figs[j], base)[1] + len(noun) + 2].lower()
    return figs[j - 1] if after.strip().startswith(noun) else None


#: The evidence of a share after two pairs over a slash, of counts then of amounts (``33 việc/39
#: việc …, 63,8 tỷ đồng/67,7 tỷ đồng, đạt 84,6%``): of either pair.
TWO_PAIRS = "share of a pair of amounts or of the pair of counts before it"


def _amounts_after_counts(
    figs: list[Figure], j: int, text: str, base: int, share: Figure
) -> tuple[tuple[Figure, Figure], tuple[Figure, Figure]] | None:
    """The pair of amounts over a slash that ``figs[j]`` ends (``63,8 tỷ đồng/67,7 tỷ đồng``) and the
    pair of counts over a slash before it in its sentence (``33 việc/39 việc``), when the share
    follows the amounts with a share word and a few words only, and the counts have no share of
    their own."""
    if j < 3 or figs[j - 1].measure != "money" or not same_money(figs[j - 1].unit, figs[j].unit):
        return None
    if not rx.NOUN_SLASH_GAP.fullmatch(text, _pos(figs[j - 1], base)[1], _pos(figs[j], base)[0]):
        return None
    if not _share_of_the_pair(figs[j], share, text, base):
        return None
    opens = full_sentence(text, _pos(figs[j], base)[0])[0]
    for k in range(j - 2, 0, -1):
        if _pos(figs[k - 1], base)[0] < opens or figs[k].measure == "percent":
            return None  # another sentence, or a share of its own between
        if figs[k].measure == "count" and _same_noun_pair(figs, k, text, base) is figs[k - 1]:
            return (figs[j - 1], figs[j]), (figs[k - 1], figs[k])
    return None


def _share_of_the_pair(second: Figure, share: Figure, text: str, base: int) -> bool:
    """Whether only a few words and a share word stand between an amounts' pair and the share
    after it (``33.429 tỷ đồng, đạt 55%``, ``… đồng kinh phí, bằng 80%``): the pair's quotient,
    not a share some part named after a ``trong đó`` has."""
    return rx.PAIR_THEN_SHARE.fullmatch(text, _pos(second, base)[1], _pos(share, base)[0]) is not None


def _pair_before(figs: list[Figure], j: int, text: str, base: int) -> bool:
    """Whether a ratio or two numbers over a slash stand before ``figs[j]`` in its sentence,
    with no share of their own after them (``26/24, đạt 108,3%, … 6.100.000đ/6.100.000đ, đạt
    100%``: the first pair has its own; a rate of change, an interest rate or ``x 100%`` is none)."""
    opens = full_sentence(text, _pos(figs[j], base)[0])[0]
    for k in range(j - 1, -1, -1):
        if _pos(figs[k], base)[0] < opens or (k > 0 and _own_share(figs[k - 1], figs[k], text, base)):
            return False
        if figs[k].measure == "ratio" or "/" in text[_pos(figs[k], base)[1] : _pos(figs[k + 1], base)[0]]:
            return True
    return False


SLASH_REACH = 20  # characters before a pair's second number where its slash and the plan's words may stand


def _own_share(second: Figure, share: Figure, text: str, base: int) -> bool:
    """Whether ``share`` is the share of the pair or ratio ``second`` ends, written right after it
    (``26/24, đạt 108,3%``, ``33 việc/39 việc (84,6%)``)."""
    start = _pos(second, base)[0]
    pair = (
        second.measure == "ratio" or rx.PAIR_SLASH_BEFORE.search(text, max(0, start - SLASH_REACH), start) is not None
    )
    return (
        share.measure == "percent"
        and pair
        and not is_change(share, text, base)
        and rx.PAIR_THEN_SHARE.fullmatch(text, _pos(second, base)[1], _pos(share, base)[0]) is not None
    )


def _pair_over_slash(figs: list[Figure], j: int, text: str, base: int, percent: Figure) -> Figure | None:
    """The first of two counts of two kinds written one over the other (``9.690 đài truyền
    thanh/10.599 xã``) when the share after them is near the first over the second: so many of
    the second have the first (within ``BASE_PLAUSIBLE_POINTS``; a pair of a case and its
    accused, ``19 vụ/48 bị can``, gives no such share)."""
    if j == 0 or figs[j - 1].measure != "count" or figs[j].measure != "count":
        return None
    first, second = figs[j - 1], figs[j]
    gap = (_pos(first, base)[1], _pos(second, base)[0])
    if not rx.NOUNS_SLASH_GAP.fullmatch(text, *gap) or rx.TWO_WAY_PAIR.match(text, gap[0]):
        return None
    if second.value <= 0 or first.value > second.value or is_change(first, text, base):
        return None
    return first if abs(100.0 * first.value / second.value - percent.value) <= BASE_PLAUSIBLE_POINTS else None


def _count_before_total(figs: list[Figure], j: int, text: str, base: int, percent: Figure) -> Figure | None:
    """The count joined by ``và tổng số`` to the total a share follows (``số hồ sơ trực tuyến là
    115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, chiếm 68,54%``): the share is of that
    count over the total, when it is near it (within ``BASE_PLAUSIBLE_POINTS``)."""
    if j == 0:
        return None
    count, total = figs[j - 1], figs[j]
    if count.measure != "count" or not 0 < count.value < total.value or is_change(count, text, base):
        return None
    if not rx.AND_TOTAL_GAP.fullmatch(text, _pos(count, base)[1], _pos(total, base)[0]):
        return None
    if kind_of_count(count) != kind_of_count(total) and None not in (kind_of_count(count), kind_of_count(total)):
        return None
    return count if abs(100.0 * count.value / total.value - percent.value) <= BASE_PLAUSIBLE_POINTS else None


def whole_named(f: Figure, text: str, base: int) -> str | None:
    """The first words of the whole a share names after it (``so với tổng số hộ nghèo``, or
    just ``tổng số đơn vị cấp huyện``), lower case; None when it names none."""
    words = _base_in_words(f, text, base)
    if words is not None:
        return words
    return " ".join(_words_of_whole_after(f, text, base)[:3]).lower() or None


def _whole_named_in_full(f: Figure, text: str, base: int) -> str:
    """Every word of the whole a share names after it (``chiếm 15% số đảng viên chính thức`` →
    ``đảng viên chính thức``; ``… số giáo viên tiểu học toàn tỉnh`` keeps ``toàn tỉnh``), lower
    case; empty when it names none."""
    return " ".join(_words_of_whole_after(f, text, base)).lower()


def _words_of_whole_after(f: Figure, text: str, base: int) -> list[str]:
    """The words of the whole a share names right after it, with no number (``chiếm 13,7% tổng số
    đơn vị cấp huyện`` → ``đơn``, ``vị``, ``cấp``, ``huyện``), up to a stop; none when it names none."""
    m = rx.WHOLE_AFTER_SHARE.match(text, _pos(f, base)[1])
    if m is None:
        return []
    return rx.NAMED_BASE_STOP.split(text[m.end() : m.end() + CUE_REACH], maxsplit=1)[0].split()


def _whole_acted_on(f: Figure, text: str, base: int) -> list[str] | None:
    """The words of the action a share's named whole underwent (``số đảng viên được xét tặng`` →
    ``xét``, ``tặng``; ``số hồ sơ đã được tiếp nhận`` → ``tiếp``, ``nhận``), lower case: only a
    total written with one of them is that whole; None when the whole names no action."""
    m = rx.WHOLE_AFTER_SHARE.match(text, _pos(f, base)[1])
    if m is None:
        return None
    named = rx.NAMED_BASE_STOP.split(text[m.end() : m.end() + CUE_REACH], maxsplit=1)[0]
    acted = rx.WHOLE_ACTION.search(named)
    return acted.group("action").lower().split() if acted else None


def _share_of_named_ratio(percent: Figure, ratio: Figure) -> Relation:
    """The share of a ratio whose whole the share names (:func:`_named_ratio`)."""
    members = {"percent": percent.id, "count": ratio.id, "base": ratio.id}
    return Relation("percent_of", members, "share of a ratio its base names", "plausible")


def _exact_over(count: Figure, ratio: Figure, percent: Figure) -> bool:
    """Whether the share comes out exactly (to its decimals) from the count over the ratio's
    count or its whole."""
    return any(_rounds_to(100.0 * count.value / whole, percent) for whole in (ratio.value, ratio.base or 0.0) if whole)


def _ratio_of_sentence(before: list[Figure], count: Figure, percent: Figure, text: str, base: int) -> Figure | None:
    """The latest ratio of the share's sentence, of the count's kind, over whose count or whole
    the count gives a share near the stated one (within ``BASE_PLAUSIBLE_POINTS``): the base of a
    part's share that its own list's total does not give."""
    opens = full_sentence(text, _pos(percent, base)[0])[0]
    for g in reversed(before):
        if _pos(g, base)[0] < opens:
            return None
        if (
            g.measure != "ratio"
            or not g.base
            or g.base == g.value
            or g.value <= 0
            or kind_of_count(g) != kind_of_count(count)
        ):
            continue
        near = min(abs(100.0 * count.value / whole - percent.value) for whole in (g.value, g.base))
        return g if near <= BASE_PLAUSIBLE_POINTS else None
    return None


def _named_ratio(before: list[Figure], words: str | None, text: str, base: int, percent: Figure) -> Figure | None:
    """The latest ratio of the share's sentence that the words naming its base describe
    (``91/664 đơn vị cấp huyện …, chiếm 13,7% tổng số đơn vị cấp huyện``), when the share is
    near its quotient (within ``BASE_PLAUSIBLE_POINTS``)."""
    if not words or (before and _after(before[-1], text, base).strip().lower().startswith(words)):
        return None  # the count right before the share counts that whole itself: its own share
    opens = full_sentence(text, _pos(percent, base)[0])[0]
    for g in reversed(before):
        if _pos(g, base)[0] < opens:
            break
        if g.measure == "ratio" and g.base and _described_as(g, words, text, base):
            near = abs(100.0 * g.value / g.base - percent.value) <= BASE_PLAUSIBLE_POINTS
            return g if near else None
    return None


def _base_after(figs: list[Figure], i: int, text: str, base: int) -> Figure | None:
    """The base a share names right after it (``đạt 91,67% so với tổng số đại biểu … (60 đại
    biểu)``): the next figure, a count in the same sentence within reach, nothing between."""
    f = figs[i]
    end = _pos(f, base)[1]
    if i + 1 >= len(figs) or not cue("base_after_share").match(text[end : end + CUE_REACH]):
        return None
    nxt = figs[i + 1]
    start = _pos(nxt, base)[0]
    if nxt.measure != "count" or start - end > NAMED_BASE_REACH or clause_end(text, end) < start:
        return None
    if is_change(nxt, text, base):
        return None  # "chiếm 3,20% so với tổng số hộ toàn tỉnh (tăng 137 hộ …)": a change is no base
    return nxt


def _compared_level(f: Figure, text: str, base: int) -> bool:
    """Whether the figure is the level compared with, alone in a bracket right after the
    comparison: ``so với cùng kỳ năm 2018 (1.170 lượt)``."""
    start, end = _pos(f, base)
    opened = text.rfind("(", max(0, start - CUE_REACH), start)
    if opened < 0 or text[opened + 1 : start].strip() or rx.DIGIT.search(text, end, closing_bracket(text, opened)):
        return False
    # the comparison's words may be long ("so với số việc có điều kiện thi hành năm 2016 chuyển
    # sang năm 2017 (144.857 việc)"): looked for back to the clause's start
    lo = max(clause_start(text, opened), opened - COMPARED_REACH, 0)
    return cue("compared_in_brackets").search(text, min(lo, max(0, opened - CUE_REACH)), opened) is not None


def change_shares(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A change stated as a share of the level it is compared with, that level alone in a
    bracket right after the comparison: ``so với cùng kỳ năm 2018 (1.170 lượt) giảm 102 lượt,
    tương ứng 8,7%``.  No relation when the earlier level is not stated so (the text leaves
    its base to arithmetic)."""
    out = []
    for i in range(2, len(figs)):
        f, change, prior = figs[i], figs[i - 1], figs[i - 2]
        start = _pos(f, base)[0]
        if f.measure != "percent" or not cue_before("change_share", text, start):
            continue
        if not is_change(change, text, base) or is_change(prior, text, base) or unit_key(prior) != unit_key(change):
            continue
        if clause_end(text, _pos(prior, base)[1]) < start:
            continue
        if _compared_level(prior, text, base):
            members = {"percent": f.id, "count": change.id, "base": prior.id}
            out.append(Relation("percent_of", members, "change as a share of the level before", "plausible"))
    return out + _rates_before_comparison(figs, text, base)


def _rates_before_comparison(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A change's rate written before the comparison that gives the level compared with: ``giảm
    58 đơn, tương ứng 7,3% so với cùng kỳ năm 2022 (794 đơn)``, ``giảm 58 đơn (7,3%) so với …
    (794 đơn)``: the change over that level."""
    out = []
    for change, f, prior in zip(figs, figs[1:], figs[2:], strict=False):
        if not rate_after_change(change, f, text, base):
            continue
        if (
            unit_key(prior) != unit_key(change)
            or is_change(prior, text, base)
            or not _compared_level(prior, text, base)
        ):
            continue
        if not rx.RATE_THEN_COMPARISON.fullmatch(text, _pos(f, base)[1], text.rfind("(", 0, _pos(prior, base)[0])):
            continue
        members = {"percent": f.id, "count": change.id, "base": prior.id}
        out.append(Relation("percent_of", members, "change as a share of the level before", "plausible"))
    return out


def _states_its_ratio(f: Figure, g: Figure, text: str, base: int) -> bool:
    """Whether a percentage is followed by the ratio it states, alone in a bracket (``80% (8/10
    em)``)."""
    return g.measure == "ratio" and rx.OPENS_PAREN.fullmatch(text, _pos(f, base)[1], _pos(g, base)[0]) is not None


def ratio_after(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A percentage followed by the ratio it states, in parentheses: ``đạt 95,9%
    (17.076/17.807 trẻ)``, ``98,23% (17.455/17.768 học sinh)``."""
    out = []
    for i, (f, g) in enumerate(itertools.pairwise(figs)):
        if f.measure != "percent":
            continue
        if g.measure != "ratio":
            out += _pair_in_parentheses(figs, i, text, base)
            continue
        gap = (_pos(f, base)[1], _pos(g, base)[0])
        named = _noun_of_both(rx.NOUN_OPENS_PAREN.fullmatch(text, *gap), g, text, base)
        if _states_its_ratio(f, g, text, base) or named:
            out.append(Relation("percent_of", {"percent": f.id, "count": g.id, "base": g.id}, "ratio in parentheses"))
    return out


def _pair_in_parentheses(figs: list[Figure], i: int, text: str, base: int) -> list[Relation]:
    """A percentage followed by the two counts it states, one over the other, alone in a bracket:
    ``chiếm gần 67% số lượt người đăng ký … (55.000 lượt người/80.000 lượt người)``; the words
    between them, if any, name the counts' noun after ``số`` (not ``95% kế hoạch (12 xã/15 xã)``)."""
    if i + 2 >= len(figs) or _same_noun_pair(figs, i + 2, text, base) is not figs[i + 1]:
        return []
    f, count, whole = figs[i], figs[i + 1], figs[i + 2]
    if is_change(f, text, base):
        return []  # "tăng 15% (230 hộ/200 hộ)": a rate of change, the levels in the bracket
    gap = text[_pos(f, base)[1] : _pos(count, base)[0]]
    noun = " ".join((count.subject_text or "").lower().split())
    named = rx.WHOLE_NAMED_THEN_PAREN.fullmatch(gap)
    if not (
        rx.OPENS_PAREN.fullmatch(gap) or (named and noun and " ".join(named["words"].lower().split()).startswith(noun))
    ):
        return []
    if not rx.NOUN_CLOSES_PAREN.match(text, _pos(whole, base)[1]):
        return []  # more in the bracket than the pair
    return [Relation("percent_of", {"percent": f.id, "count": count.id, "base": whole.id}, "ratio in parentheses")]


def _noun_of_both(gap: re.Match[str] | None, ratio: Figure, text: str, base: int) -> bool:
    """``100% số xã (24/24 xã)``: the words between the share and the bracket end with the noun
    the ratio counts (not ``95% kế hoạch (12/15 chỉ tiêu)``, a share of another thing)."""
    if gap is None:
        return False
    after = text[_pos(ratio, base)[1] :].split()
    noun = gap["noun"].lower().split()
    return bool(after) and after[0].strip(").,;").lower() == noun[-1]


def totals_of(doc: Document, figs: list[Figure]) -> list[Figure]:
    """The figures of a paragraph that can be totals of a breakdown after it."""
    if not figs:
        return []
    block = doc.blocks[figs[0].span.block]
    return totals_before(figs, block.text, block.span[0], len(block.text))


def just_before(earlier: list[Figure] | None, first: Figure) -> list[Figure]:
    """The figures of the paragraph right before ``first``'s (none when another block, such as
    a heading or a table, stands between)."""
    if not earlier or earlier[-1].span.block != first.span.block - 1:
        return []
    return earlier


def _base_of(
    count: Figure, earlier: list[Figure], text: str, base: int, percent: Figure, doc: Document, named: bool = False
) -> Figure | None:
    """The earlier total the count is a share of: a count of the same unit (or one the
    count's unit is a kind of), larger, not rated (:func:`_base_category`), not a change, and plausible — the share it
    gives within ``BASE_PLAUSIBLE_POINTS`` of the stated one (a total of the same unit that
    gives 16 % for a stated 96,8 % is some other total, not this share's base).  Of several,
    the one whose share rounds to the stated percentage (``222 đại biểu nữ (chiếm 13,99%)``
    of the 1.587 delegates, not of the 1.381 elected ones listed among them), else the latest:
    a wrong percentage matches none and is judged against the latest.  A ratio counts by its
    first number (``đánh giá chất lượng ở 117/120 tổ chức cơ sở Đảng``: 117 were rated).
    ``named``: the share names its whole in words, and ``earlier`` holds only totals so described:
    they may count with another noun than the count's, one the vocabulary has no unit for (``44
    thầy cô … đạt tỉ lệ 75% so với tổng số giảng viên`` of ``58 giảng viên``; not ``25 chi bộ``
    of ``3.500 đảng viên``)."""
    candidates = [g for g in reversed(earlier) if _can_be_base(g, count, text, base, percent, doc, named)]
    exact = [g for g in candidates if _rounds_to(100.0 * count.value / _amount(g, count), percent)]
    found = exact or candidates
    return found[0] if found else None


def _can_be_base(
    g: Figure, count: Figure, text: str, base: int, percent: Figure, doc: Document, named: bool = False
) -> bool:
    vocab = load_vocabulary()
    if count.measure == "money" and named:  # "… chiếm 60% tổng thu ngân sách": an amount so described
        if g.measure != "money" or not same_money(g.unit, count.unit):
            return False
    elif count.measure == "money":  # "kiến nghị thu hồi 119.452 triệu đồng (đã thu hồi 118.790 …, đạt 99%)"
        if g.measure != "money" or not same_money(g.unit, count.unit) or g.span.block != count.span.block:
            return False
        if full_sentence(text, _pos(count, base)[0])[0] > _pos(g, base)[0]:
            return False  # amounts of other sentences are of other things
        if ";" in text[_pos(g, base)[1] : _pos(count, base)[0]]:
            return False  # "thu nội địa 1.160,66 tỷ; thu viện trợ 47,34 tỷ, chiếm 3,92%": a sibling
    elif g.measure not in ("count", "ratio"):
        return False
    # a base as large as its count is a share of 100 % ("có 323 học sinh dự xét tuyển và có 323 học
    # sinh đủ điều kiện. Đạt tỷ lệ 100%"); a smaller one is no base
    whole = _amount(g, count)
    sibling = _sibling_of_ratio(g, count, text, base)
    if sibling:  # of the ratio's whole, not of its count
        whole = g.base or whole
    if g.id == count.id or whole < max(count.value, 1e-9) or not (sibling or _base_category(g, count)):
        return False
    if abs(100.0 * count.value / whole - percent.value) > BASE_PLAUSIBLE_POINTS:
        return False
    if g.span.block == count.span.block and is_change(g, text, base):
        return False
    if count.period and g.period and count.period != g.period:
        return False  # a total of another year is not this share's base
    if _and_sibling(g, count, text, base):
        return False  # "230 khu dân cư công nhận mới và 167 khu dân cư công nhận lại (74,9%)": siblings
    if count.measure == "money":
        return True
    if named and count.measure == g.measure == "count" and "other" in (count.subject, g.subject):
        return True  # (a noun the vocabulary has no unit for; two known units must still fit each other)
    if GENERIC_PERSONS in (count.subject, g.subject) and _counts_persons(count) and _counts_persons(g):
        return True  # "Đại biểu nữ có 44 người, chiếm 49,43%" of "89 đại biểu"
    if count.subject == "other":  # "222 đại biểu nữ" of "1.587 đại biểu"; "367 tin" of "393 tố giác, tin báo"
        return bool(noun_head(count)) and (
            noun_head(count) == noun_head(g) or noun_head(count) in _listed_heads(g, *block_text(doc, g))
        )
    return g.subject == count.subject or (g.subject != "other" and vocab.can_be_part_of(count.subject, g.subject))


def _group_of_another_class(g: Figure, count: Figure, listed_in: dict[str, Figure]) -> bool:
    """Whether ``g`` is a group singled out of a rating class other than ``count``'s (``Hoàn thành
    tốt nhiệm vụ: 130 …, trong đó: + Đảng viên hưu trí: 60 …``): no base of a share of ``count``,
    itself a class of the scale (``Hoàn thành nhiệm vụ: 9 đồng chí (5,5%)``)."""
    whole = listed_in.get(g.id)
    if whole is None or g.category or not (count.category or "").startswith("rating."):
        return False
    return bool(whole.category and whole.category.startswith("rating.")) and whole.category != count.category


def _rate_within_group(total: Figure, part: Figure) -> bool:
    """Whether a bracketed share of a group listed under a rated class may be the class's rate
    within the group rather than the group's share of the class (``hoàn thành tốt nhiệm vụ: 130
    đồng chí (79,3%), trong đó: + Đảng viên là công chức: 46 đồng chí (79,3%)``: 79,3 % of the
    civil servants did well, not 46 of the 130): the total is a rating class, the part no class of
    its scale.  Such a share far from the part over the total, with no share word (``chiếm``, ``tỷ
    lệ``) saying it is the part's share, is left to other readings."""
    return bool(total.category and total.category.startswith("rating.")) and not part.category


def _sibling_of_ratio(g: Figure, count: Figure, text: str, base: int) -> bool:
    """Whether a count more than a ratio's count, within its whole and in its sentence, is the
    count's sibling: the same things told apart by a negation alone (``18/142 xã … không có tệ
    nạn ma túy (12,676%); 124 xã … có tệ nạn ma túy (87,324%)``, ``chưa đạt`` / ``đã đạt``) or
    another class of one scale (``12/45 chi bộ hoàn thành xuất sắc nhiệm vụ; 30 chi bộ hoàn thành
    tốt nhiệm vụ``).  Not things of another kind of one noun (``9/15 xã miền núi …; 13 xã đồng
    bằng …``)."""
    if g.measure != "ratio" or not g.base or not g.value < count.value <= g.base:
        return False
    if full_sentence(text, _pos(g, base)[0]) != full_sentence(text, _pos(count, base)[0]):
        return False
    if g.category and count.category:
        return exclusive_classes(g.category, count.category)
    ours, theirs = _told_words(g, text, base), _told_words(count, text, base)
    return len(ours) >= SIBLING_WORDS_MIN and ours == theirs


def _told_words(f: Figure, text: str, base: int) -> list[str]:
    """The first words after a number, up to a bracket or a clause's end, without the words
    that only affirm or negate (``không``, ``chưa``, ``đã``)."""
    end = _pos(f, base)[1]
    m = rx.TOLD_WORDS_END.search(text, end, end + TOLD_WORDS_REACH)
    words = rx.WORD_RE.findall(text[end : m.start() if m else end + TOLD_WORDS_REACH].lower())
    return [w for w in words if w not in rx.NEGATION_WORDS][:SIBLING_WORDS]


def _and_sibling(g: Figure, count: Figure, text: str, base: int) -> bool:
    """Whether two counts of one noun, each with its own value of one qualifier, are joined by
    ``và`` in one clause (``230 khu dân cư công nhận mới và 167 khu dân cư công nhận lại``): two
    kinds side by side, neither the other's whole.  A first count written with the bare noun the
    second one qualifies (``350 khu dân cư và 280 khu dân cư đạt chuẩn``) is its whole."""
    if g.span.block != count.span.block or not g.subject_text or not _same_noun(g, count):
        return False
    between = text[_pos(g, base)[1] : _pos(count, base)[0]]
    if rx.CLAUSE_OR_COMMA.search(between) or not rx.AND_BEFORE_END.search(between):
        return False
    first = rx.AND_BEFORE_END.sub("", between).lower().split()  # what the first count is written with
    second = text[_pos(count, base)[1] :].lower().split()[: len(first)]
    # two values of one qualifier, the phrases differing in their last word only ("khu dân cư công nhận
    # mới" / "… công nhận lại", "đảng viên nam" / "… nữ"), are kinds side by side; other qualifiers may
    # be stages ("156 học sinh dự thi và 150 học sinh đỗ": those who passed sat it)
    one_word_apart = first[:-1] == second[:-1] and first[-1:] != second[-1:]
    return len(first) >= 2 and len(second) == len(first) and one_word_apart


def _base_category(g: Figure, count: Figure) -> bool:
    """A rated count is a part, never a base; a count acted on (``kết nạp 152 đảng viên``, ``kỷ
    luật 17 đảng viên``) is the base of its breakdown (``nữ có 73 đồng chí (chiếm 48,02%)``),
    unless the count is another class of the same partition (a cảnh cáo is no share of the
    khiển trách)."""
    if g.category is None:
        return True
    return g.category.startswith("action.") and category_within(count.category, g.category)


def _listed_heads(f: Figure, text: str, base: int) -> set[str]:
    """The first words of the nouns a count names one after another (``393 tố giác, tin báo về
    tội phạm`` → ``tố``, ``tin``): each counts some of the things it counts."""
    end = _pos(f, base)[1]
    stop = rx.NOUN_LIST_END.search(text, end, end + NOUN_LIST_REACH)
    pieces = rx.NOUN_LIST_SPLIT.split(text[end : stop.start() if stop else end + NOUN_LIST_REACH].strip())
    words = [p.lower().split() for p in pieces[:NOUN_LIST_MAX]]
    return {w[0] for w in words if w and w[0].isalpha()} if len(words) > 1 else set()


def noun_head(f: Figure) -> str:
    """The first word of what a figure counts, as written (``đại biểu`` → ``đại``)."""
    words = (f.subject_text or "").lower().split()
    return words[0] if words else ""
