"""Counts that follow one another through the stages of a flow (``patterns/flows.yaml``).

``kiểm tra 3.005 tổ chức đảng … kết luận có 1.575 tổ chức đảng … có vi phạm; phải thi hành
kỷ luật 194 tổ chức đảng``: each later-stage count is a subset of the latest count of the
same unit at the stage right before, in its paragraph (or sentence, for flows of money).
The text implies it rather than states it, so the relation is ``plausible`` (a breach is a
warning).
"""

from __future__ import annotations

from extractor.find.context import clause_end, clause_start, full_sentence, is_change, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.flows import Flow, load_flows
from extractor.text.vocabulary import load_vocabulary

AFTER_REACH = 40  # characters after a figure where the stage it is at may be named
BEFORE_REACH = 90  # characters before a figure (within its clause) where its stage may be named
REST_REACH = 20  # characters before a figure where "còn lại" makes it a remainder


def flow_relations(figs: list[Figure], text: str, base: int, listed: set[str]) -> list[Relation]:
    """Subsets along every flow among the figures of one paragraph.  ``listed``: ids of figures
    that are parts of a breakdown (a part is neither stage of the whole; its total is)."""
    out = []
    for flow in load_flows():
        staged = [(f, _stage(flow, figs, i, text, base)) for i, f in enumerate(figs) if f.measure == flow.measure]
        for k, (later, stage) in enumerate(staged):
            if stage is None or stage == 0 or later.id in listed or is_change(later, text, base):
                continue
            if flow.rest and stage == flow.stages:
                out += _remainder([(f, s) for f, s in staged[:k] if f.id not in listed], later, flow, text, base)
                continue
            candidates = staged[:k]
            if flow.within == "sentence":
                opens = full_sentence(text, later.span.start - base)[0]
                candidates = [(f, s) for f, s in candidates if f.span.start - base >= opens]
            earlier = _earlier(candidates, later, stage, listed, text, base)
            if earlier is not None:
                members = {"total": earlier.id, "parts": [later.id]}
                out.append(Relation("subset_of", members, f"flow: {flow.key}", "plausible"))
    return out


def _remainder(
    before: list[tuple[Figure, int | None]], rest: Figure, flow: Flow, text: str, base: int
) -> list[Relation]:
    """``thụ lý 12 vụ, đã xét xử 8 vụ, còn lại 4 vụ``: in one sentence, the first-stage count of
    the remainder's unit is the second-stage count plus the remainder, when the second-stage
    count is the last of that unit before it."""
    opens = full_sentence(text, rest.span.start - base)[0]
    same = [(f, s) for f, s in before if f.span.start - base >= opens and unit_key(f) == unit_key(rest)]
    if not same or same[-1][1] != 1:
        return []  # "đúng hạn 51.072 hồ sơ; quá hạn còn 708 hồ sơ": left of another count, not of the handled
    done = len(same) - 1
    total = next((f for f, s in reversed(same[:done]) if s == 0), None)
    if total is None:
        return []
    members = {"total": total.id, "parts": [same[done][0].id, rest.id]}
    return [Relation("total_parts", members, f"flow: {flow.key}, remainder", "plausible")]


def _paired(a: Figure, b: Figure, text: str, base: int) -> bool:
    """Two figures written as one pair (``1.575 tổ chức đảng và 6.695 đảng viên``, ``9 vụ/16 bị can``)."""
    return rx.PAIR_JOIN.fullmatch(text, a.span.end - base, b.span.start - base) is not None


def _same_unit(a: Figure, b: Figure) -> bool:
    """Counts of one unit; a generic person (``gần 13.400 người``) stands for any persons."""
    if unit_key(a) == unit_key(b):
        return True
    vocab = load_vocabulary()
    persons = vocab.family(a.subject) == vocab.family(b.subject) == "persons"
    return persons and "nguoi" in (a.subject, b.subject)


def _earlier(
    before: list[tuple[Figure, int | None]], later: Figure, stage: int, listed: set[str], text: str, base: int
) -> Figure | None:
    for f, s in reversed(before):
        if s != stage - 1 or f.id in listed or not _same_unit(f, later) or is_change(f, text, base):
            continue
        return f
    return None


def _stage(flow: Flow, figs: list[Figure], i: int, text: str, base: int) -> int | None:
    """The stage of ``figs[i]``: named right after it, before the next comma (or after the
    second figure of a pair, ``1.575 tổ chức đảng và 6.695 đảng viên có vi phạm``), else by
    the last stage word before it in its clause."""
    f = figs[i]
    start = f.span.start - base
    first, last = i, i
    while first > 0 and _paired(figs[first - 1], figs[first], text, base):
        first -= 1
    while last + 1 < len(figs) and _paired(figs[last], figs[last + 1], text, base):
        last += 1
    lead = figs[first].span.start - base
    near = flow.stages_in(text, max(clause_start(text, lead), lead - REST_REACH), lead)
    if flow.rest and near and near[-1] == flow.stages:
        return flow.stages  # "hiện còn 1 vụ/1 bị can đang giải quyết": what is left
    after_from = figs[last].span.end - base
    comma = rx.PHRASE_END.search(text, after_from, after_from + AFTER_REACH)
    stop = min(clause_end(text, after_from), comma.start() if comma else after_from + AFTER_REACH)
    if last + 1 < len(figs):
        stop = min(stop, figs[last + 1].span.start - base)
    after = flow.stages_in(text, after_from, stop)
    if after:
        return max(after)
    before = flow.stages_in(text, max(clause_start(text, start), start - BEFORE_REACH), start)
    return before[-1] if before else None
