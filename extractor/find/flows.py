"""Counts that follow one another through the stages of a flow (``patterns/flows.yaml``).

``kiểm tra 3.005 tổ chức đảng … kết luận có 1.575 tổ chức đảng … có vi phạm; phải thi hành
kỷ luật 194 tổ chức đảng``: each later-stage count is a subset of the latest count of the
same unit at the stage right before — in its paragraph for the first step, in its sentence
for later steps (members are disciplined after letters and courts too, so a discipline
count is only read against the faults found in the same sentence) and for flows of money.
The text implies the relation rather than states it, so it is ``plausible`` (a breach is
a warning).

Linear in a block's figures: the pairs of figures are found in one pass, a flow whose words
the block never uses is skipped, and earlier stages are looked up by unit.
"""

from __future__ import annotations

import itertools

from extractor.find.context import clause_end, clause_start, full_sentence, in_parens, is_change, unit_key
from extractor.find.facts import REST_OF_RATIO, Figure, Relation
from extractor.text import regexes as rx
from extractor.text.flows import Flow, load_flows
from extractor.text.vocabulary import load_vocabulary

AFTER_REACH = 40  # characters after a figure where the stage it is at may be named
BEFORE_REACH = 90  # characters before a figure (within its clause) where its stage may be named
REST_REACH = 30  # characters before a figure where "còn lại", "kiến nghị xử lý khác" make it a remainder

Staged = list[tuple[Figure, int | None]]


def flow_relations(figs: list[Figure], text: str, base: int, listed: set[str]) -> list[Relation]:
    """Subsets along every flow among the figures of one paragraph.  ``listed``: ids of figures
    that are parts of a breakdown (a part is neither stage of the whole; its total is)."""
    out: list[Relation] = []
    groups = _pair_groups(figs, text, base)
    for flow in load_flows():
        if not flow.pattern.search(text):
            continue
        chosen = [
            i
            for i, f in enumerate(figs)
            if _of_measure(f, flow.measure) and (not flow.units or f.subject in flow.units)
        ]
        staged: Staged = [(figs[i], _own_stage(flow, figs, i, groups[i], text, base)) for i in chosen]
        latest: dict[tuple[str, int], list[int]] = {}  # (unit, stage) -> positions in staged
        for k, (later, stage) in enumerate(staged):
            if stage is not None and later.id not in listed:
                out += _relate(flow, staged, k, latest, listed, text, base)
            if stage is not None:
                latest.setdefault((unit_key(later), stage), []).append(k)
    return out


def stage_keys(figs: list[Figure], text: str, base: int) -> dict[str, tuple[str, int]]:
    """Each figure's stage proper in the first flow of its measure and unit that names one, as
    (flow key, stage): ``thụ lý 4.134 vụ việc, giải quyết 4.071 vụ việc`` are the handling flow's
    first and second.  Remainders, pending statuses and other actions are no stage here."""
    out: dict[str, tuple[str, int]] = {}
    groups = _pair_groups(figs, text, base)
    for flow in load_flows():
        if not flow.pattern.search(text):
            continue
        for i, f in enumerate(figs):
            if f.id in out or not _of_measure(f, flow.measure) or (flow.units and f.subject not in flow.units):
                continue
            stage = _own_stage(flow, figs, i, groups[i], text, base)
            if stage is not None and stage < flow.stages:
                out[f.id] = (flow.key, stage)
    return out


STAGE_RATE = "rate of a stage of a flow"
RATE_NAME_REACH = 40  # characters between a rate's name ("tỷ lệ giải quyết") and its percentage


def stage_rates(figs: list[Figure], text: str, base: int, relations: list[Relation]) -> list[Relation]:
    """``thụ lý 120 vụ, đã giải quyết 100 vụ, còn 20 vụ, tỷ lệ giải quyết đạt 83,3%``: a rate its
    clause names for a stage of a flow (``tỷ lệ giải quyết``: handled; ``tỷ lệ giải quyết đúng
    hạn``: on time), read no other way, is the latest count at that stage over the earlier count
    the flow reads it within (its ``subset_of``).  Two such counts in a pair (``5 vụ/58 bị can``)
    are one thing counted twice: :func:`twin_counts.with_twins` gives the rate the other pair."""
    read = {r.members.get(k) for r in relations for k in ("percent", "change")}
    subsets = [r for r in relations if r.kind == "subset_of" and r.evidence.startswith("flow: ")]
    if not subsets:
        return []
    keys = stage_keys(figs, text, base)
    by_id = {f.id: f for f in figs}
    out = []
    for f in figs:
        if f.measure != "percent" or f.id in read or is_change(f, text, base):
            continue
        named = _rate_named(f, text, base)
        if named is None:
            continue
        sentence = full_sentence(text, f.span.start - base)[0]
        found = [
            r
            for r in subsets
            if r.evidence == f"flow: {named[0]}"
            and keys.get(str(r.members["parts"][0])) == named
            and sentence <= by_id[str(r.members["parts"][0])].span.start - base < f.span.start - base
        ]
        if not found:
            continue
        last = max(found, key=lambda r: by_id[str(r.members["parts"][0])].span.start)
        members = {"percent": f.id, "count": str(last.members["parts"][0]), "base": str(last.members["total"])}
        out.append(Relation("percent_of", members, STAGE_RATE, "plausible"))  # (a pair's twin: twin_counts)
    return out


def _rate_named(f: Figure, text: str, base: int) -> tuple[str, int] | None:
    """The flow and stage a percentage's rate is named for in its clause (``tỷ lệ giải quyết đạt``)."""
    start = f.span.start - base
    opened = max(clause_start(text, start), start - RATE_NAME_REACH)
    names = list(rx.RATE_WORD.finditer(text, opened, start))
    if not names or in_parens(text, opened, start) or rx.PLAN_BEFORE_RATE.search(text, opened, names[-1].start()):
        return None  # "chỉ tiêu tỷ lệ giải quyết …", "(năm 2022 tỷ lệ giải quyết …)": a plan's, another year's
    after = names[-1].end()
    while after < start and text[after].isspace():
        after += 1
    for flow in load_flows():
        named, stop = flow.stages_from(text, after, start)
        stages = [s for s in named if s < flow.stages]
        # the stage words alone name the rate ("tỷ lệ giải quyết đạt"), not the rate of another noun
        # ("tỷ lệ giải quyết đơn khiếu nại đạt 98%")
        if stages and rx.RATE_NAME_TAIL.fullmatch(text, stop, start):
            return flow.key, max(stages)
    return None


def _of_measure(fig: Figure, measure: str) -> bool:
    """A figure a flow of ``measure`` follows: counts include a count over its whole (``85/92``)."""
    return fig.measure == measure or (measure == "count" and fig.measure == "ratio" and bool(fig.base))


def successive_stages(parts: list[Figure], figs: list[Figure], text: str, base: int) -> bool:
    """Whether listed parts stand at successive stages of one flow, each later than the part
    before (``kiểm tra 48 đảng viên (có vi phạm 48 đồng chí, phải thi hành kỷ luật 14 đồng
    chí)``): each is a subset of the one before, not a part beside it."""
    if len(parts) < 2:
        return False
    index = {f.id: i for i, f in enumerate(figs)}
    if any(p.id not in index for p in parts):
        return False
    if rx.VIOLATION_AS_REASON.search(text, clause_start(text, parts[0].span.start - base), parts[-1].span.end - base):
        return False  # "xoá tên do vi phạm là hơn 38,519; gần 12,500 … khai trừ": a reason, no stage
    groups = _pair_groups(figs, text, base)
    for flow in load_flows():
        if not flow.pattern.search(text):
            continue
        named = [_own_stage(flow, figs, index[p.id], groups[index[p.id]], text, base) for p in parts]
        stages = [s for s in named if s is not None and s < flow.stages]
        if len(stages) == len(parts) and all(a < b for a, b in itertools.pairwise(stages)):
            return True
    return False


def _relate(
    flow: Flow,
    staged: Staged,
    k: int,
    latest: dict[tuple[str, int], list[int]],
    listed: set[str],
    text: str,
    base: int,
) -> list[Relation]:
    later, stage = staged[k]
    if stage is None or stage == 0 or is_change(later, text, base):
        return []
    if flow.rest and stage >= flow.stages:
        return _remainder(staged, k, latest, listed, text, base, flow.stages)
    sentence_only = flow.within == "sentence" or (stage >= 2 and flow.later_within == "sentence")
    opens = full_sentence(text, later.span.start - base)[0] if sentence_only else 0
    # the stage right before; with ``skips``, the nearest earlier stage that has a count of the
    # unit ("tiến hành 3 cuộc thanh tra … Bước đầu đã có kết luận 2 cuộc": none finished named)
    before = range(stage - 1, -1, -1) if flow.skips else (stage - 1,)
    earlier = next((e for s in before if (e := _earlier(staged, later, s, latest, listed, opens, text, base))), None)
    if earlier is None or not _goes_on(flow, earlier, later, text, base):
        return []
    if _new_beside_carried(earlier, text, base):
        return []  # "Tồn 15 vụ, thụ lý mới 120 vụ; đã giải quyết 128 vụ": of the 135, not of the 120
    if rx.CARRIED_INTO.search(text, later.span.end - base, clause_end(text, later.span.end - base)):
        return []  # "đã kết thúc 52 cuộc, trong đó có 10 cuộc từ năm 2022 chuyển sang": not all of the earlier
    return [Relation("subset_of", {"total": earlier.id, "parts": [later.id]}, f"flow: {flow.key}", "plausible")]


NEW_REACH = 20  # characters before a count where "mới" makes it a new intake


def _new_beside_carried(earlier: Figure, text: str, base: int) -> bool:
    """Whether an earlier-stage count is a new intake (``thụ lý mới 120 vụ``): some were carried over,
    stated (``Tồn 15 vụ``, ``Kỳ trước chuyển sang 15 đơn``) or not, and what was then handled is of
    both."""
    start = earlier.span.start - base
    return rx.NEW_INTAKE_BEFORE.search(text, max(0, start - NEW_REACH), start) is not None


def _goes_on(flow: Flow, earlier: Figure, later: Figure, text: str, base: int) -> bool:
    """Whether a later count in a sentence or clause (after ``;``) after the earlier count's goes
    on with its flow: for a flow with ``goes_on`` words, only when it opens with them (``Hiện đã
    kết thúc 93 cuộc``) and names no body of its own after them (``Hiện Thanh tra các sở, ngành
    đã kết thúc 20 cuộc``), nothing left (``Hiện còn 7 cuộc``) and no longer period (``lũy kế từ
    năm 2021``)."""
    start = later.span.start - base
    if flow.goes_on is None:
        return True
    sentence, clause = full_sentence(text, start)[0], clause_start(text, start)
    if earlier.span.start - base >= sentence:  # a clause after ";" may not name a body of its own
        return clause <= earlier.span.start - base or not rx.OWN_BODY_OR_LEFT.match(text, clause)
    opens = sentence
    opening = flow.goes_on.match(text, opens)
    if opening is None or rx.OWN_BODY_OR_LEFT.match(text, opening.end()):
        return False
    return not rx.TO_DATE_SCOPE.search(text, opens, start)


def _remainder(
    staged: Staged,
    k: int,
    latest: dict[tuple[str, int], list[int]],
    listed: set[str],
    text: str,
    base: int,
    rest_stage: int,
) -> list[Relation]:
    """``thụ lý 12 vụ, đã xét xử 8 vụ, còn lại 4 vụ``: the first-stage count of the remainder's
    unit (in its paragraph) is the second-stage count (in the remainder's sentence) plus the
    remainders after it (``đã giải
    quyết 45 đơn, đang giải quyết 3 đơn, chưa giải quyết 2 đơn``), when the second-stage count
    is the last of that unit before them and the first-stage count the last before that.  A
    pending status (``đang giải quyết``) need not be all the rest: then the breakdown is open.
    A remainder broken down itself (``còn lại 7 đơn, trong đó đang giải quyết 5 …``) counts once."""
    rest = staged[k][0]
    opens, closes = full_sentence(text, rest.span.start - base)
    if not _left_over(staged[k], rest_stage, text, base):
        return []
    if rx.CARRIED_OVER.search(text, 0, rest.span.start - base):
        return []  # "Kỳ trước chuyển sang 20 đơn, tiếp nhận mới 260 đơn; …": what is left is of both
    unit = unit_key(rest)
    rests = [
        j
        for j, (f, s) in enumerate(staged)
        if s is not None
        and s >= rest_stage
        and unit_key(f) == unit
        and f.id not in listed
        and _left_over(staged[j], rest_stage, text, base)
    ]
    opens = _goes_on_from(staged, rests, text, base, opens, closes)
    restarts = [j for j, (f, st) in enumerate(staged) if st == 0 and unit_key(f) == unit and j > k]
    if any(j > k and staged[j][0].span.start - base < closes and not any(r < j for r in restarts) for j in rests):
        return []  # "đã giải quyết 45, đang giải quyết 3, chưa giải quyết 2": the last remainder lists them all
    same = sorted(j for s in (0, 1) for j in latest.get((unit, s), []) if staged[j][0].id not in listed)
    if same and staged[same[-1]][0].span.start - base < opens:
        return []  # the handled count is the remainder's sentence's
    # the first-stage count may be in an earlier sentence of the paragraph ("Có 77 đơn thuộc thẩm
    # quyền. Đến nay đã giải quyết 66 đơn, còn 11 đơn …"), as for the handled count's own flow
    if same and staged[same[-1]][1] == 1 and _over_its_whole(staged[same[-1]][0], staged, same):
        ratio = staged[same[-1]][0]  # "đã giải quyết 85/92 …, còn 7 …": the ratio's own whole
        return _done_and_rest(staged, ratio, same[-1], k, rests, rest_stage, REST_OF_RATIO)
    if len(same) < 2 or staged[same[-1]][1] != 1 or staged[same[-2]][1] != 0:
        return []  # "đúng hạn 51.072 hồ sơ; quá hạn còn 708 hồ sơ": left of another count, not of the handled
    if any(unit_key(staged[j][0]) == unit and staged[j][0].id not in listed for j in range(same[-2] + 1, same[-1])):
        return []  # "Tiếp nhận 280 đơn. Đơn khiếu nại 160 đơn, đã giải quyết 140 đơn, còn 20": of the 160
    still_open = rx.OPEN_STATUS_AFTER.match(text, rest.span.end - base) is not None  # "còn lại 20 đơn chưa …"
    if not still_open and any(
        _later_stage_between(staged, same[-1], j, rest_stage, unit, text, base) for j in range(same[-1] + 1, k)
    ):
        return []  # "đã giải quyết 90 đơn, đúng hạn 85 đơn, còn lại 5 đơn quá hạn": the rest of the handled
    return _done_and_rest(staged, staged[same[-2]][0], same[-1], k, rests, rest_stage, "flow: remainder")


def _over_its_whole(done: Figure, staged: Staged, same: list[int]) -> bool:
    """Whether the handled count is a ratio over its whole (``85/92``) with no first-stage count
    of that whole stated before it: the whole is then the ratio's own."""
    if done.measure != "ratio" or not done.base:
        return False
    return not any(staged[j][1] == 0 and staged[j][0].value == done.base for j in same[:-1])


def _done_and_rest(
    staged: Staged, total: Figure, done: int, k: int, rests: list[int], rest_stage: int, evidence: str
) -> list[Relation]:
    """``total`` as the handled count and the remainders after it, up to the one at ``k`` (for a
    ratio over its own whole, the ratio in both roles); open when one is a pending status, which
    need not be all the rest."""
    left = [j for j in rests if done < j <= k]
    members = {"total": total.id, "parts": [staged[done][0].id, *(staged[j][0].id for j in left)]}
    pending = any(staged[j][1] != rest_stage for j in left)
    return [Relation("total_parts", members, evidence, "open" if pending else "plausible")]


def _left_over(item: tuple[Figure, int | None], rest_stage: int, text: str, base: int) -> bool:
    """Whether a count read as a remainder is what is left: not one carried over from an earlier
    period (``còn 35 đơn tồn từ năm trước chuyển sang``); after a bare ``còn``, only when the
    number follows it straight away and no ``vẫn`` (still: a kind among what is left) or ``ngoài
    ra`` (besides) stands before (``còn ở cấp huyện, 85 đơn …``, ``còn năm 2022 là 300 đơn``,
    ``vẫn còn 5 đơn khiếu nại đông người``)."""
    fig, stage = item
    start = fig.span.start - base
    if rx.CARRIED_OVER_AFTER.match(text, fig.span.end - base):
        return False
    if stage != rest_stage:
        return True  # a pending status ("đang giải quyết 3 đơn") names itself
    before = text[max(0, start - REST_REACH) : start]
    if rx.LEFT_OVER_WORDS.search(before) or not rx.CON_WORD.search(before):
        return True  # "còn lại", "hiện còn"; another flow's remainder words ("kiến nghị xử lý khác")
    return bool(rx.BARE_CON_BEFORE.search(before)) and not rx.BESIDES_BEFORE.search(before)


def _later_stage_between(staged: Staged, done: int, j: int, rest_stage: int, unit: str, text: str, base: int) -> bool:
    """Whether ``staged[j]``, between the handled count and a remainder, is a count of the same
    unit at a stage after the handled one written in the running text (``đã giải quyết 90 đơn,
    đúng hạn 85 đơn, còn 5 …``: the remainder is then of the handled), not in a bracket after
    it (``kiến nghị thu hồi 119 tỷ đồng (đã thu hồi 118 tỷ đồng); kiến nghị khác 7 tỷ``)."""
    fig, stage = staged[j]
    if stage is None or not 2 <= stage < rest_stage or unit_key(fig) != unit:
        return False
    return not in_parens(text, staged[done][0].span.end - base, fig.span.start - base)


def _goes_on_from(staged: Staged, rests: list[int], text: str, base: int, opens: int, closes: int) -> int:
    """Where a remainder's sentence starts, or the one's before when it goes on from it (``…
    kiến nghị thu hồi 7.621 tỷ đồng. Đồng thời đề nghị … xem xét xử lý 4.414 tỷ đồng``): not when
    the sentence before has a remainder of its own, or this one speaks of an earlier period
    (``… theo các kết luận thanh tra từ những năm trước``)."""
    goes_on = rx.GOES_ON.match(text, opens) or rx.REST_OPENS.match(text, opens)
    if opens < 2 or not goes_on or rx.EARLIER_PERIOD.search(text, opens, closes):
        return opens
    before = full_sentence(text, opens - 2)[0]
    if any(before <= staged[j][0].span.start - base < opens for j in rests):
        return opens
    return before


def _same_unit(a: Figure, b: Figure) -> bool:
    """Counts of one unit; a generic person (``gần 13.400 người``) stands for any persons."""
    if unit_key(a) == unit_key(b):
        return True
    vocab = load_vocabulary()
    persons = vocab.family(a.subject) == vocab.family(b.subject) == "persons"
    return persons and "nguoi" in (a.subject, b.subject)


def _earlier(
    staged: Staged,
    later: Figure,
    stage: int,
    latest: dict[tuple[str, int], list[int]],
    listed: set[str],
    opens: int,
    text: str,
    base: int,
) -> Figure | None:
    """The latest count at ``stage`` of the later count's unit (or, for a generic person,
    of any persons) starting at or after ``opens``."""
    keys = [key for key in latest if key[1] == stage]
    candidates = sorted((j for key in keys for j in latest[key]), reverse=True)
    for j in candidates:
        f = staged[j][0]
        if f.span.start - base < opens:
            break
        if f.id not in listed and _same_unit(f, later) and not is_change(f, text, base):
            return None if _has_sibling(staged, candidates, j, listed, text, base) else f
    return None


def _has_sibling(staged: Staged, candidates: list[int], j: int, listed: set[str], text: str, base: int) -> bool:
    """Whether another count of the chosen earlier count's unit and stage, not a part of a
    breakdown, stands before it in its sentence (``Thanh tra tỉnh 6 cuộc, các sở, ngành 25 cuộc,
    các huyện 14 cuộc``): the later stage is of them all, not of the last, and which whole it is
    of the text does not say."""
    f = staged[j][0]
    opens = full_sentence(text, f.span.start - base)[0]
    return any(
        k < j
        and staged[k][0].id not in listed
        and unit_key(staged[k][0]) == unit_key(f)
        and opens <= staged[k][0].span.start - base
        for k in candidates
    )


def _pair_groups(figs: list[Figure], text: str, base: int) -> list[tuple[int, int]]:
    """For each figure, the first and last index of the pair it is written in (``1.575 tổ chức
    đảng và 6.695 đảng viên``, ``9 vụ/16 bị can``), found in one pass."""
    joined = [
        rx.PAIR_JOIN.fullmatch(text, a.span.end - base, b.span.start - base) is not None
        for a, b in itertools.pairwise(figs)
    ]
    firsts, first = [], 0
    for i in range(len(figs)):
        if i and not joined[i - 1]:
            first = i
        firsts.append(first)
    lasts, last = [0] * len(figs), len(figs) - 1
    for i in range(len(figs) - 1, -1, -1):
        if i < len(figs) - 1 and not joined[i]:
            last = i
        lasts[i] = last
    return list(zip(firsts, lasts, strict=True))


def _own_stage(flow: Flow, figs: list[Figure], i: int, group: tuple[int, int], text: str, base: int) -> int | None:
    """A figure's stage (its pair's, :func:`_stage`), none when another action's word stands
    between its pair's first figure and it (``kiểm tra … 3 tổ chức và 8 đảng viên, giám sát đối
    với 24 tổ chức đảng``: the 24 are supervised, at no stage of the inspection flow)."""
    if i != group[0]:
        first, last = figs[group[0]].span.end - base, figs[group[1]].span.start - base
        other = flow.first_end(flow.other, text, first, last)
        if other is not None and other <= figs[i].span.start - base:
            return None
    return _stage(flow, figs, group, text, base)


def _stage(flow: Flow, figs: list[Figure], group: tuple[int, int], text: str, base: int) -> int | None:
    """The stage of a figure: a remainder word right before its pair (``hiện còn 1 vụ/1 bị
    can``); else the later of the stage named by the last stage word before it in its clause
    (``thi hành kỷ luật 12 đảng viên vi phạm``: disciplined) and the one named right after it,
    before the next comma (``kết luận có 1.575 tổ chức đảng và 6.695 đảng viên có vi phạm``:
    found at fault) — unless what follows is a topic (``kiểm tra 5 tổ chức đảng về thi hành
    kỷ luật``) or another verb after ``và`` (``tiếp nhận 177 đơn thư và giải quyết xong 150
    đơn``: received).  Another action's word (``giám sát``) nearest before the pair leaves it
    no stage before it."""
    first, last = group
    lead = figs[first].span.start - base
    near = flow.stages_in(text, max(clause_start(text, lead), lead - REST_REACH), lead)
    if flow.rest and near and near[-1] >= flow.stages:
        return near[-1]
    after_from = figs[last].span.end - base
    comma = rx.PHRASE_END.search(text, after_from, after_from + AFTER_REACH)
    stop = min(clause_end(text, after_from), comma.start() if comma else after_from + AFTER_REACH)
    if last + 1 < len(figs):
        stop = min(stop, figs[last + 1].span.start - base)
    joined = rx.AND_JOIN.search(text, after_from, stop)  # "177 đơn thư và giải quyết xong 150 đơn": the next verb's
    stop = joined.start() if joined else stop
    opened = text.find("(", after_from, stop)  # "thu hồi 11,2 tỷ đồng (đã thu hồi 9,5 …": the bracket's own stage
    stop = opened if opened >= 0 else stop
    topic = rx.TOPIC_AFTER.search(text, after_from, stop)
    named_after = flow.stages_in(text, after_from, topic.start() if topic else stop)
    if flow.others and named_after[:1] == [flow.other]:
        return None  # "thực hiện 6 cuộc giám sát chuyên đề": another action's count
    after = [s for s in named_after if s < flow.stages]
    start = figs[first].span.start - base
    named = flow.stages_in(text, max(clause_start(text, start), start - BEFORE_REACH), start)
    before = [s for s in named if s < flow.stages] if not named or named[-1] != flow.other else []
    found = ([before[-1]] if before else []) + after
    return max(found) if found else None
