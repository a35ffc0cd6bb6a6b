"""An attribute broken down alongside its total: ``9.414 lao động (3.823 lao động nữ), gồm
các thị trường: Nhật Bản: 6.165 lao động (2.535 lao động nữ), Đài Loan: 2.883 lao động
(1.128 lao động nữ), …``.  When a total with one attribute (in brackets, or after ``trong
đó``) is broken down into
parts that each carry the same attribute in brackets, the parts' attributes break the total's
attribute down the same way: as certain as the parts' own list, and ``open`` when some part
states no attribute (``Trung Quốc … 27 lao động nam``) or the list is open itself.
"""

from __future__ import annotations

from extractor.find.change_rates import change_sign
from extractor.find.context import is_change, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

BRACKET = "(…)"  # the evidence of a bracketed subset (relations._parenthesised)
CHANGES = "changes of a breakdown's total and parts"
ATTRIBUTE_WORDS = 3  # words after a bracketed number that name its attribute


def parallel_breakdowns(
    relations: list[Relation], figures: list[Figure], texts: dict[int, tuple[str, int]]
) -> list[Relation]:
    """``texts``: each block's text and offset, for the words after a number."""
    by_id = {f.id: f for f in figures}
    single = [r for r in relations if r.kind == "subset_of" and len(r.members.get("parts") or []) == 1]
    # each part's one bracketed attribute; the total's may also follow "trong đó" ("10.361 lao
    # động, trong đó có 3.679 lao động nữ")
    attribute = {str(r.members["total"]): by_id[r.members["parts"][0]] for r in single if r.evidence == BRACKET}
    whole_attribute = {
        str(r.members["total"]): by_id[r.members["parts"][0]] for r in single if r.evidence in (BRACKET, "trong đó")
    }
    out = []
    for r in relations:
        if r.kind != "total_parts" or str(r.members.get("total")) not in whole_attribute:
            continue
        whole = whole_attribute[str(r.members["total"])]
        name = _name(whole, texts)
        if not name:
            continue
        own = [attribute.get(p) for p in r.members["parts"]]
        listed = [a for a in own if a is not None and _name(a, texts) == name]
        if len(listed) < 2:
            continue
        complete = len(listed) == len(own) and r.certainty not in ("open",)
        certainty = "plausible" if complete else "open"
        members = {"total": whole.id, "parts": [a.id for a in listed]}
        out.append(Relation("total_parts", members, "(…) of each part", certainty))
    return out


def _name(f: Figure, texts: dict[int, tuple[str, int]]) -> str:
    """The first words after a figure's number, lower case: what its attribute is (``lao động
    nữ``)."""
    text, base = texts[f.span.block]
    after = text[f.span.end - base : f.span.end - base + 40]
    return " ".join(rx.WORD_RE.findall(after.lower())[:ATTRIBUTE_WORDS])


def parallel_changes(
    relations: list[Relation], figures: list[Figure], texts: dict[int, tuple[str, int]]
) -> list[Relation]:
    """The changes alongside a breakdown: ``128.134 ha, giảm 461 ha …; trong đó: vụ đông 36.123
    ha, giảm 228 ha …, vụ xuân 92.011 ha, giảm 230 ha``.  When a total and every one of its
    parts carry their own change right after them (one unit, one direction), the parts'
    changes make the total's: a breakdown as plausible as the words allow (a warning), never
    for changes that go both ways, against different references or a plan (``so với năm 2022``
    beside ``so với kế hoạch``), or a list that is open.  Counts and amounts of money."""
    by_block: dict[int, list[Figure]] = {}
    for f in figures:
        by_block.setdefault(f.span.block, []).append(f)
    by_id = {f.id: f for f in figures}
    places = {f.id: k for block in by_block.values() for k, f in enumerate(block)}
    out = []
    for r in relations:
        total = by_id.get(str(r.members.get("total")))
        if r.kind != "total_parts" or total is None or r.certainty == "open" or total.measure not in ("count", "money"):
            continue
        parts = [by_id[p] for p in r.members.get("parts") or [] if p in by_id]
        if len(parts) < 2 or any(p.span.block != parts[0].span.block for p in parts):
            continue
        changes = []
        for f in [total, *parts]:
            change = _own_change(f, by_block, places, texts)
            if change is None:
                break  # a level without its change
            changes.append(change)
        if len(changes) <= len(parts) or len({sign for _, sign in changes}) != 1 or changes[0][1] is None:
            continue  # a level without its change, or changes that go both ways (or either)
        figs = [c for c, _ in changes]
        references = {_reference(c, texts) for c in figs} - {""}
        if len(references) > 1 or any(rx.PLAN_REFERENCE.search(r) for r in references):
            continue  # against another period, or against the plan ("tăng 85 … so với kế hoạch")
        out.append(
            Relation("total_parts", {"total": figs[0].id, "parts": [c.id for c in figs[1:]]}, CHANGES, "plausible")
        )
    return out


def _own_change(
    level: Figure, by_block: dict[int, list[Figure]], places: dict[str, int], texts: dict[int, tuple[str, int]]
) -> tuple[Figure, int | None] | None:
    """The change written right after a level, of its unit (``36.123 ha, giảm 228 ha``), with
    its direction; None when the next figure is not one.  ``places``: each figure's place in
    its block's list."""
    text, base = texts[level.span.block]
    block = by_block[level.span.block]
    at = places[level.id]
    nxt = next((f for f in block[at + 1 :] if f.measure != "percent"), None)
    if nxt is None or nxt.measure != level.measure or unit_key(nxt) != unit_key(level):
        return None
    if not rx.LEVEL_THEN_CHANGE.fullmatch(text, level.span.end - base, nxt.span.start - base):
        return None  # "đàn bò 33.170 con, riêng bò sữa giảm 760 con": a sub-part's change
    if not is_change(nxt, text, base):
        return None
    return nxt, change_sign(nxt, text, base)


def _reference(change: Figure, texts: dict[int, tuple[str, int]]) -> str:
    """What a change is measured against, as written after it (``so với năm 2022``, ``so với kế
    hoạch``): lower case, up to the clause's end; empty when not written."""
    text, base = texts[change.span.block]
    after = rx.CHANGE_TAIL.match(text, change.span.end - base)
    found = rx.REFERENCE_WORDS.search(after.group() if after else "")
    return " ".join(found.group().lower().split()) if found else ""
