"""Achievement against a target: ``đạt 87,5% so với chỉ tiêu`` (the percent of target after
the achieved figure), a target stated after the achieved percentage (``96,25% (nghị quyết đại
hội đề ra 95%)``), achieved over planned (``26/24, đạt 108,3%``), and a footnote that states
the targets of the percentages its marker follows."""

from __future__ import annotations

from extractor.document.elements import Document
from extractor.find.change_rates import change_sign
from extractor.find.context import (
    before_marker,
    clause_end,
    clause_start,
    full_sentence,
    in_parens,
    is_change,
    own_text,
    unit_key,
)
from extractor.find.context import position as _pos
from extractor.find.facts import OVER_PLAN_EVIDENCE, RATE_PLAN_EVIDENCE, Figure, Relation
from extractor.find.facts import id_of as _id
from extractor.find.facts import rounds_to as _rounds_to
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue

TARGET_PAREN_REACH = 30  # characters between "đạt X% chỉ tiêu" and a target stated in parentheses
PLAN_REACH = 60  # characters before an achieved figure read for the words that name it achieved
EXCESS_REACH = 15  # characters before a percentage where "vượt", "thiếu" make it a distance from the plan
PLAN_CUE_REACH = 80  # characters after a percentage read for "so với chỉ tiêu", "kế hoạch"
# Points within which the achieved over a plan read from its sentence's subject alone must come to
# the stated percentage for the two to be paired: a review's plans of other years, things, parts
# and units were 7 to 1.400 points off, a mistyped percentage is a few.
SUBJECT_PLAN_BAND = 10.0
LEVEL_DOWN_REACH = 15  # characters before a rate read for "còn", "xuống" (a level reached downward)


def targets(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``đạt 87,5% so với chỉ tiêu`` (the percent of target, after the achieved figure) and
    ``96,25% (nghị quyết đại hội đề ra 95%)`` / ``(chỉ tiêu … là 95%)`` (a stated target
    after the achieved percentage)."""
    out = []
    for i, f in enumerate(figs):
        start, end = _pos(f, base)
        if f.measure == "percent" and (compared := _compared_with_plan(figs[:i], f, text, base)) is not None:
            out.append(compared)
            continue
        if f.measure == "percent" and cue("target_after_percent").match(text[end:]):
            if rx.EXCESS_BEFORE.search(text, max(0, start - EXCESS_REACH), start):
                continue  # "vượt 14,5% dự toán", "còn thiếu 20% so với kế hoạch": how far from the plan
            if rx.KH_AFTER.match(text, end) and not rx.KH_PLAN.match(text, end):
                continue  # "chiếm 3,5% KH vay vốn": customers, not the plan ("kh." in lower case neither)
            if change_sign(f, text, base) == -1 or (is_change(f, text, base) and rx.RATE_THEN_NUMBER.match(text, end)):
                continue  # "giảm 3,71% kế hoạch (giảm 62.466 tấn)", "vượt 3,75% kế hoạch (vượt 450 tỷ đồng)": how far
                # from the plan, its amount after it (a rate over the plan), not the plan's share
            clause = clause_start(text, start)
            in_clause = [g for g in figs[:i] if _pos(g, base)[0] >= clause]
            if in_clause and _achieved_over_planned(in_clause[-1], f, text, base):
                # "giải ngân 300,9/4.128,9 tỷ đồng, bằng 7,3% kế hoạch": achieved over planned
                ratio = in_clause[-1].id
                shared = {"percent": f.id, "count": ratio, "base": ratio}
                out.append(Relation("percent_of", shared, "share of a ratio", "plausible"))
                continue
            # the clause's main figure: "Tổ chức 32 lớp … có 2.482 đồng chí tham gia, đạt 64% nghị quyết";
            # not one a percentage before already rates ("kết nạp 1.669 đảng viên, chiếm 83,45% so với
            # chỉ tiêu, trong đó … huyện … đạt trên 100% so với chỉ tiêu của huyện": the units' own)
            rated = [k for k, g in enumerate(in_clause) if g.measure == "percent" and of_a_plan(g, text, base)]
            # (a second plan of the same figure goes on with it: "đạt 60% kế hoạch tỉnh giao, đạt 58% kế
            # hoạch HĐND huyện giao")
            after = _pos(in_clause[rated[-1]], base)[1] if rated else start
            unrated = in_clause[rated[-1] + 1 :] if cue("breakdown").search(text, after, start) else in_clause
            actual = next((g for g in unrated if g.measure in ("count", "money")), None)
            named = _target_named_after(figs[i + 1 :], actual, unrated, text, base, end)
            if named is not None:  # "… 125,75ha … (đạt 52,4% chỉ tiêu tỉnh giao 240ha)": the ha are achieved
                actual = named[0]
            in_parens_target = _target_in_parens(figs[i + 1 :], actual, text, base, end) if named is None else None
            if in_parens_target is not None and actual is not None:
                # "Phát triển mới 5.620 đoàn viên, thành lập 38 công đoàn cơ sở, đạt 126,67% kế hoạch (30 công
                # đoàn cơ sở)": the achieved figure counts what the plan counts
                actual = _counting_as(in_parens_target[0], unrated, text, base) or actual
            if actual is None and (rates := _rate_and_its_plan(figs[i + 1 :], unrated, text, base, end)) is not None:
                # "Tỷ lệ hộ nghèo giảm 1,89%, đạt 125% so với chỉ tiêu (chỉ tiêu là 1,5%/năm)": a rate
                # against the rate planned, paired by the clause's order
                of_rates = {"actual": rates[0].id, "target": rates[1].id, "percent": f.id}
                out.append(Relation("target", of_rates, RATE_PLAN_EVIDENCE, "plausible"))
                continue
            target = (
                (named[1] if named else None)
                or (in_parens_target[0] if in_parens_target else None)
                or _planned_after_slash(actual, in_clause, text, base)
            )
            plan = _plan_first(figs[:i], text, base, start) if target is None else None
            # a plan read from its sentence's subject alone, far from what is stated, is another plan: of
            # another year, thing, part or unit (one its words name, "dự toán … là", stays: a mistyped
            # percentage may be far off, "69,82%" for 96,85%)
            if plan is not None and not _cued_plan(plan[0], text, base) and not _near_stated(plan, f):
                plan = None
            if plan is not None:  # which figure is the plan, the text's order says, not its words
                planned = {"actual": plan[1].id, "target": plan[0].id, "percent": f.id}
                out.append(Relation("target", planned, "kế hoạch … là …, đạt … % kế hoạch", "plausible"))
                continue
            members = {"actual": _id(actual), "target": _id(target), "percent": f.id}
            # the plan an increase of it comes to ("(KH tăng 8% tương đương 25.666 tỷ đồng)"): read, not certain
            equivalent = in_parens_target is not None and in_parens_target[1]
            out.append(Relation("target", members, "chỉ tiêu", "plausible" if equivalent else "explicit"))
        elif f.measure == "percent" and (labelled := _labelled_plan_and_done(figs[:i], f, text, base)) is not None:
            # "Kết nạp đảng viên: kế hoạch 1.800, thực hiện 1.846, tỷ lệ 102,56%": the rate of the plan
            members = {"actual": labelled[1].id, "target": labelled[0].id, "percent": f.id}
            out.append(Relation("target", members, "kế hoạch …, thực hiện …, tỷ lệ …", "plausible"))
        elif f.measure == "percent" and (done := _achieved_over_plan_before(figs[:i], f, text, base)) is not None:
            # "Phát triển hội viên 26/24, đạt 108,3%": more done than planned, over a slash
            members = {"actual": done[0].id, "target": done[1].id, "percent": f.id}
            out.append(Relation("target", members, "achieved/planned, đạt …%", "plausible"))
        elif (
            f.measure == "percent"
            and _target_before(text, start)
            and not cue_before("share", text, start)
            and not is_change(f, text, base)  # "đạt 14,85% kế hoạch, tăng 2,49% cùng kỳ": a change, no target
        ):
            # not "đạt 98,4% kế hoạch năm 2016 và bằng 116,98% so với cùng kỳ": a level, no target
            # (not a share of plan: "đạt 125% so với chỉ tiêu … (chỉ tiêu là 1,5%/năm)" rates the achieved, it is none)
            levels = [
                g
                for g in figs[:i]
                if g.measure == "percent" and not is_change(g, text, base) and not of_a_plan(g, text, base)
            ]
            actual = levels[-1] if levels else None
            if actual is not None and clause_end(text, _pos(actual, base)[1]) >= start:
                out.append(Relation("target", {"actual": actual.id, "target": f.id, "percent": None}, "target stated"))
    return out


def _compared_with_plan(before: list[Figure], percent: Figure, text: str, base: int) -> Relation | None:
    """What was achieved compared with its plan right after it, then the rate (``khai thác được
    84,57 tấn so với 66,1 tấn giao, đạt 127,9%``: a target; ``1.265 tấn so với kế hoạch giao 1.150
    tấn, vượt khoảng 10%``: a target whose percentage is the excess, plausible), a plan word
    before or after the plan's value (not ``so với 100 tỷ đồng cùng kỳ``, an earlier level), and
    nothing after the rate but the clause's end or the plan's name (not ``đạt 115% so với cùng
    kỳ``; ``vượt 110% kế hoạch`` loosely says reached, an excess of 100 % or more before the plan's
    name is left alone).  The two of one kind and measure, neither a change."""
    if len(before) < 2:
        return None
    done, plan = before[-2], before[-1]
    if done.measure not in ("count", "money") or done.measure != plan.measure or plan.value <= 0:
        return None
    if done.unit != plan.unit if done.measure == "money" else unit_key(done) != unit_key(plan):
        return None  # (an amount's noun may be read from the plan's words: "100 tỷ đồng kế hoạch")
    if is_change(done, text, base) or is_change(plan, text, base):
        return None
    compared = rx.PLAN_COMPARED_GAP.fullmatch(text, _pos(done, base)[1], _pos(plan, base)[0])
    then = rx.PLAN_THEN_RATE.fullmatch(text, _pos(plan, base)[1], _pos(percent, base)[0])
    if compared is None or then is None or not (compared.group("plan") or then.group("plan")):
        return None
    ends = rx.COMPARED_RATE_END.match(text, _pos(percent, base)[1])
    if ends is None or (then.group("over") and ends.group("plan") and percent.value >= 100):
        return None  # "…, đạt 115% so với cùng kỳ": of another base; "vượt 110% kế hoạch": loosely, reached
    members = {"actual": done.id, "target": plan.id, "percent": percent.id}
    if then.group("over"):  # the percentage is how far above the plan: achieved / plan − 100 %
        return Relation("target", members, OVER_PLAN_EVIDENCE, "plausible")
    return Relation("target", members, "so với kế hoạch")


def _rate_and_its_plan(
    later: list[Figure], before: list[Figure], text: str, base: int, pos: int
) -> tuple[Figure, Figure] | None:
    """(achieved, planned) when a percentage of plan rates a rate: the clause's one percentage
    before it, and the planned rate in a bracket that opens with the plan's words right after
    it (``Tỷ lệ hộ nghèo toàn tỉnh giảm 1,89%, đạt 125% so với chỉ tiêu giao đầu năm (chỉ tiêu
    là 1,5%/năm)``).  Not when the clause holds another percentage (which one is achieved, the
    text does not say), the bracket names something else first (``(kế hoạch năm 2022: …)``), or
    the rate is a level reached downward (``giảm còn 19,6%, đạt 102% KH (KH: 20%)``: a ceiling,
    which reports rate either way round)."""
    rates = [g for g in before if g.measure == "percent"]
    if len(rates) != 1 or not later or later[0].measure != "percent":
        return None
    planned = later[0]
    start = _pos(planned, base)[0]
    opened = text.rfind("(", pos, start)
    if opened < 0 or not rx.PLAN_OPENS_BRACKET.match(text, pos) or not in_parens(text, pos, start):
        return None
    if not rx.PLANNED_RATE_LEAD.fullmatch(text, opened + 1, start):
        return None
    at = _pos(rates[0], base)[0]
    if rx.LEVEL_DOWN_BEFORE.search(text, max(0, at - LEVEL_DOWN_REACH), at):
        return None  # "giảm còn 19,6%, đạt 102% KH (KH: 20%)": a ceiling, rated either way round
    return rates[0], planned


def _planned_after_slash(actual: Figure | None, in_clause: list[Figure], text: str, base: int) -> Figure | None:
    """The plan written after the achieved figure and a slash (``15.366/13.273 lượt bệnh nhân,
    đạt 115,7% chỉ tiêu``: more done than planned, so no ratio): the figure right after it."""
    if actual is None:
        return None
    later = [g for g in in_clause if _pos(g, base)[0] > _pos(actual, base)[0]]
    if not later or later[0].measure != actual.measure:
        return None
    gap = text[_pos(actual, base)[1] : _pos(later[0], base)[0]].strip()
    if actual.measure == "money" and actual.unit and gap.startswith(actual.unit):
        gap = gap[len(actual.unit) :].strip()  # "1,2 triệu USD/1,5 triệu USD": the amount's unit
    return later[0] if gap == "/" else None


def _achieved_over_plan_before(
    before: list[Figure], percent: Figure, text: str, base: int
) -> tuple[Figure, Figure] | None:
    """(achieved, planned) when the percentage follows, with only a noun and ``đạt``/``bằng``
    between, two figures of one measure over a slash whose first passes the second (``26/24,
    đạt 108,3%``, ``1.200/1.000 tỷ đồng, đạt 120%``): what was done over what was planned."""
    if len(before) < 2 or is_change(percent, text, base):
        return None
    done, plan = before[-2], before[-1]
    if done.measure != plan.measure or done.measure not in ("count", "money") or not done.value > plan.value > 0:
        return None
    if _rounds_to(100.0 * plan.value / done.value, percent):
        return None  # "tiếp nhận/giải quyết 250/220 hồ sơ, đạt 88%": the second of the first
    if text[_pos(done, base)[1] : _pos(plan, base)[0]].strip() != "/":
        return None
    gap = rx.DONE_OVER_PLAN_THEN_SHARE.fullmatch(text, _pos(plan, base)[1], _pos(percent, base)[0])
    if gap is None or rx.BASE_NAMED_AFTER_SHARE.match(text, _pos(percent, base)[1]):
        return None  # "88/80 đồng chí (đạt tỷ lệ 35% tổng số cấp ủy viên)": a share of another whole
    if not rx.ACHIEVED_WORD.search(gap.group(0)) and percent.value <= 100:
        return None  # "145/120 trường, tỷ lệ 72,5%": a bare rate at most 100 % may be of all of them
    return done, plan


def _achieved_over_planned(ratio: Figure, percent: Figure, text: str, base: int) -> bool:
    """Whether a ratio is what a share of plan right after it measures (``hoàn thành 8/9 chỉ
    tiêu, đạt 90% kế hoạch``): only its noun and ``đạt``/``bằng`` between them, and a share a
    ratio can have (``98/125 xã đạt chuẩn …, đạt 104% kế hoạch`` is of a plan not given, the
    125 communes being all of them).  The denominator may still be a population, not the
    plan: a reading, checked as a warning."""
    if ratio.measure != "ratio" or ratio.base is None or is_change(ratio, text, base) or percent.value > 100:
        return False
    return rx.RATIO_THEN_SHARE.fullmatch(text, _pos(ratio, base)[1], _pos(percent, base)[0]) is not None


def _labelled_plan_and_done(before: list[Figure], f: Figure, text: str, base: int) -> tuple[Figure, Figure] | None:
    """(plan, achieved) right before a rate named alone (``kế hoạch 1.800, thực hiện 1.846, tỷ lệ
    102,56%``): the two figures before it in its sentence, the first labelled a plan, the second
    what was done, nothing else between; not a change."""
    start = _pos(f, base)[0]
    if not rx.RATE_NAMED_ALONE.search(text, max(0, start - RATE_NAME_REACH), start) or is_change(f, text, base):
        return None
    if len(before) < 2 or _pos(before[-2], base)[0] < full_sentence(text, start)[0]:
        return None
    plan, done = before[-2], before[-1]
    if plan.measure != done.measure or plan.measure not in ("count", "money") or unit_key(plan) != unit_key(done):
        return None
    if not rx.PLAN_LABEL_BEFORE.search(text, max(0, _pos(plan, base)[0] - RATE_NAME_REACH), _pos(plan, base)[0]):
        return None
    gap = text[_pos(plan, base)[1] : _pos(done, base)[0]]
    return (plan, done) if rx.DONE_LABEL_GAP.fullmatch(gap) else None


RATE_NAME_REACH = 20  # characters before a number where its label ("tỷ lệ", "kế hoạch") is read


def _plan_first(before: list[Figure], text: str, base: int, pos: int) -> tuple[Figure, Figure] | None:
    """(target, achieved) when the plan is stated before what was achieved, in the sentence of
    the percentage at ``pos`` (``Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giá trị giải ngân là
    5.375,5 tỷ đồng, đạt 73,5% kế hoạch``): the latest figure named as the plan (``… là``,
    ``… giao``), and the one figure between it and the percentage, of its measure and unit,
    named as achieved (``giải ngân``, ``thực hiện``, ``kết nạp`` …; not ``trong đó vốn tỉnh``,
    ``đã phân bổ``, ``còn 3 cuộc``).  Not when the percentage names another plan (``kế hoạch
    điều chỉnh``)."""
    if rx.OTHER_PLAN_AFTER.match(text, _percent_end(text, pos)):
        return None
    sentence = full_sentence(text, pos)[0]
    here = [g for g in before if _pos(g, base)[0] >= sentence and not is_change(g, text, base)]
    plans = [g for g in here if g.measure in ("count", "money") and _named_plan(g, text, base)]
    if not plans:
        return _plan_sentence_before(before, here, text, base, pos, sentence)
    plan = plans[-1]
    after = [g for g in here if _pos(g, base)[0] > _pos(plan, base)[0]]
    if len(after) != 1 or after[0].measure != plan.measure or unit_key(after[0]) != unit_key(plan):
        return None
    achieved = after[0]
    lead = text[max(_pos(plan, base)[1], _pos(achieved, base)[0] - PLAN_REACH) : _pos(achieved, base)[0]]
    return (plan, achieved) if cue("achieved_before").search(lead) else None


def _plan_sentence_before(
    before: list[Figure], here: list[Figure], text: str, base: int, pos: int, sentence: int
) -> tuple[Figure, Figure] | None:
    """(target, achieved) when the plan is the one figure named as a plan in the sentence right
    before the percentage's, by the plan word the percentage names (``… giao dự toán thu NSNN
    là 270.000 tỷ đồng. Tuy nhiên, luỹ kế số thu … đạt 261.490 tỷ đồng, bằng 96,82% dự toán``),
    and the achieved one the one figure of its unit before the percentage in its sentence."""
    word = rx.PLAN_WORD_AFTER.match(text, _percent_end(text, pos))
    if word is None or sentence < 2:
        return None
    opens = full_sentence(text, sentence - 2)[0]
    plans = [
        g
        for g in before
        if opens <= _pos(g, base)[0] < sentence and g.measure in ("count", "money") and _named_plan(g, text, base)
    ]
    subject = rx.PLAN_SUBJECT.fullmatch(text, opens, _pos(plans[0], base)[0]) if len(plans) == 1 else None
    if subject is not None:  # the sentence's subject is the plan: "Kế hoạch vốn … năm 2024 được … giao là …"
        named = " ".join(subject.group("plan").lower().split()) == " ".join(word.group("plan").lower().split())
    else:
        named = (
            len(plans) == 1
            and word.group("plan").lower()
            in text[max(0, _pos(plans[0], base)[0] - PLAN_REACH) : _pos(plans[0], base)[0]].lower()
        )
    if not named:
        return None
    plan = plans[0]
    if _second_plan(plan, before, text, base, sentence):
        return None  # "Dự toán … Trung ương giao là 7.150 tỷ đồng, Hội đồng nhân dân tỉnh giao là 7.800 tỷ đồng"
    mine = [g for g in here if g.measure == plan.measure and unit_key(g) == unit_key(plan)]
    if len(mine) != 1 or mine[0].value <= 0:
        return None
    return plan, mine[0]


def _second_plan(plan: Figure, before: list[Figure], text: str, base: int, sentence: int) -> bool:
    """Whether the plan's sentence states another value of its unit after ``là``, ``giao`` or a
    colon (a second plan): which one a percentage is of, its words must say."""
    return any(
        g is not plan
        and _pos(plan, base)[1] <= _pos(g, base)[0] < sentence
        and g.measure == plan.measure
        and unit_key(g) == unit_key(plan)
        and rx.PLAN_VALUE_END.search(text, _pos(plan, base)[1], _pos(g, base)[0]) is not None
        for g in before
    )


def _named_plan(g: Figure, text: str, base: int) -> bool:
    """A figure named as the plan: ``Kế hoạch vốn đầu tư công năm 2023 là 2.450 tỷ đồng``, or the
    first figure of a sentence whose subject is a plan, however long its description (``Kế hoạch
    vốn đầu tư công năm 2024 được Thủ tướng Chính phủ giao cho tỉnh là 12.836 tỷ đồng``)."""
    if _cued_plan(g, text, base):
        return True
    start = _pos(g, base)[0]
    return rx.PLAN_SUBJECT.fullmatch(text, full_sentence(text, start)[0], start) is not None


def _cued_plan(g: Figure, text: str, base: int) -> bool:
    """A figure named as the plan by the words right before it (``Kế hoạch … là``)."""
    start = _pos(g, base)[0]
    return bool(cue_before("plan_before", text, start)) and bool(rx.PLAN_VALUE_END.search(text, 0, start))


def _near_stated(plan: tuple[Figure, Figure], percent: Figure) -> bool:
    """Whether the achieved over a plan read from a sentence's subject comes within
    :data:`SUBJECT_PLAN_BAND` points of the stated percentage.  A plan of another year, thing,
    part or unit (``Dự toán chi … 9.870 tỷ đồng. Thu ngân sách … 2.930 tỷ đồng, bằng 51,2% dự
    toán``) is far off; a mistyped percentage a few points."""
    target, actual = plan
    return target.value > 0 and abs(100.0 * actual.value / target.value - percent.value) <= SUBJECT_PLAN_BAND


def _percent_end(text: str, pos: int) -> int:
    """Where the percentage starting at ``pos`` ends (after its % sign)."""
    m = rx.PERCENT_AT.match(text, pos)
    return m.end() if m else pos


def _target_named_after(
    later: list[Figure], actual: Figure | None, before: list[Figure], text: str, base: int, pos: int
) -> tuple[Figure, Figure] | None:
    """(achieved, target) when the plan's value follows its words right after the percentage
    (``… 125,75ha/1.377,412 tỷ đồng (đạt 52,4% chỉ tiêu tỉnh giao 240ha)``): the target, and the
    clause's main figure when it is of the target's measure and unit, else the one figure before
    the percentage in its clause that is; not a change, a part after ``trong đó``/``riêng`` or a
    raised total (``Kết nạp 212 đảng viên mới, trong đó 85 đảng viên nữ, đạt 84,8% chỉ tiêu năm
    250 đảng viên``: none)."""
    if not later or not rx.PLAN_THEN_VALUE.fullmatch(text, pos, _pos(later[0], base)[0]):
        return None
    target = later[0]
    if target.measure not in ("count", "money") or is_change(target, text, base):
        return None
    if actual is not None and _same_kind(actual, target):
        return actual, target
    same = [g for g in before if _same_kind(g, target) and not is_change(g, text, base)]
    start = _pos(actual, base)[0] if actual is not None else clause_start(text, pos)
    if len(same) != 1 or rx.PART_OR_RAISED_BEFORE.search(text, start, _pos(same[0], base)[0]):
        return None
    return same[0], target


def _same_kind(a: Figure, b: Figure) -> bool:
    """Of one measure and unit (money in one scale: ``850 triệu đồng`` is not compared with ``1 tỷ``)."""
    return a.measure == b.measure and unit_key(a) == unit_key(b) and (a.measure != "money" or a.unit == b.unit)


def _target_in_parens(
    later: list[Figure], actual: Figure | None, text: str, base: int, pos: int
) -> tuple[Figure, bool] | None:
    """The target stated in parentheses right after ``đạt X% chỉ tiêu``: ``kết nạp 212 đảng
    viên, đạt 84,8% chỉ tiêu năm (250 đảng viên)``, of the achieved figure's measure (money in
    its scale); or, in a bracket that opens with the plan's own words, the amount a percentage
    of it comes to (``đạt 98,6% KH (KH tăng 8% tương đương 25.666 tỷ đồng)``; not ``(vượt 2,1%,
    tương đương 111 tỷ đồng)``), then only a reading (the second of the pair: True)."""
    if actual is None or not later:
        return None
    g, equivalent = later[0], False
    if (
        g.measure == "percent"
        and len(later) > 1
        and rx.PLAN_OPENS_BRACKET.match(text, pos, _pos(g, base)[0])
        and rx.EQUIVALENT_LINK.fullmatch(text, _pos(g, base)[1], _pos(later[1], base)[0])
    ):
        g, equivalent = later[1], True
    if g.measure == "money" and actual.measure == "money" and g.unit != actual.unit:
        return None  # "850 triệu đồng … (1 tỷ đồng)": another scale, not compared as written
    start = _pos(g, base)[0]
    if g.measure != actual.measure or not in_parens(text, pos, start) or start - pos > TARGET_PAREN_REACH:
        return None
    if rx.RANGE_AFTER.match(text, _pos(g, base)[1]):
        return None  # "(110.000 - 120.000 lao động)": a target range; which end the share is of, the text does not say
    opened = text.rfind("(", pos, start)
    if cue("compared_in_brackets").search(text, opened, start) or rx.YEAR_IN_BRACKET.search(text, opened, start):
        return None  # "đạt 112% dự toán (cùng kỳ năm trước 4.120 tỷ đồng)": another time, no target
    return g, equivalent


def _counting_as(target: Figure, candidates: list[Figure], text: str, base: int) -> Figure | None:
    """The last of the candidates that counts what a target counts (its unit and noun), when the
    target names one; not a change (``2.150 người (tăng 350 người …), đạt 107,5% kế hoạch (2.000
    người)``: the 2.150), nor a part after ``trong đó`` (``Kết nạp 45 đảng viên, trong đó 30 đảng
    viên nữ, đạt 112,5% kế hoạch (40 đảng viên)``: the 45)."""
    if target.measure != "count" or unit_key(target) == "count:None":
        return None
    return next(
        (
            g
            for g in reversed(candidates)
            if g.measure == "count"
            and unit_key(g) == unit_key(target)
            and not is_change(g, text, base)
            and not rx.PART_LEAD.search(text, _pos(candidates[0], base)[1], _pos(g, base)[0])
            and not in_parens(text, _pos(candidates[0], base)[1], _pos(g, base)[0])
        ),
        None,
    )


def _target_before(text: str, start: int) -> bool:
    """A stated target: ``chỉ tiêu … là 95%``, ``nghị quyết đại hội đề ra 95%``."""
    return bool(cue_before("target_named_before", text, start) or cue_before("target_set_before", text, start))


def footnote_targets(doc: Document, by_block: dict[int, list[Figure]]) -> list[Relation]:
    """A footnote that states the targets (``Nghị quyết 98% đảng viên, quần chúng 90%``) of
    the percentages its marker follows: each target pairs with the achieved percentage of
    the same subject."""
    out = []
    for note in doc.footnotes:
        if note.ref is None or not cue("target_note").match(note.text):
            continue
        achieved = [f for f in before_marker(doc, note, by_block) if f.measure == "percent"]
        for target in (f for f in by_block.get(note.block, []) if f.measure == "percent"):
            actual = next((a for a in reversed(achieved) if a.subject == target.subject != "other"), None)
            if actual is not None:
                members = {"actual": actual.id, "target": target.id, "percent": None}
                out.append(Relation("target", members, f"footnote {note.number}"))
    return out


def of_a_plan(f: Figure, text: str, base: int) -> bool:
    """Whether a percentage is a rate against a plan (``chiếm tỷ lệ 83,45% so với chỉ tiêu``):
    no whole of shares (the units' own rates after it are against their own plans)."""
    text, base = own_text(f, text, base)
    end = _pos(f, base)[1]
    return cue("target_after_percent").match(text[end : end + PLAN_CUE_REACH]) is not None
