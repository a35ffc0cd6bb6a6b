"""An attribute broken down alongside its total: ``9.414 lao động (3.823 lao động nữ), gồm
các thị trường: Nhật Bản: 6.165 lao động (2.535 lao động nữ), Đài Loan: 2.883 lao động
(1.128 lao động nữ), …``.  When a total with one attribute (in brackets, or after ``trong
đó``) is broken down into
parts that each carry the same attribute in brackets, the parts' attributes break the total's
attribute down the same way: as certain as the parts' own list, and ``open`` when some part
states no attribute (``Trung Quốc … 27 lao động nam``) or the list is open itself.
"""

from __future__ import annotations

from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

BRACKET = "(…)"  # the evidence of a bracketed subset (relations._parenthesised)
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
