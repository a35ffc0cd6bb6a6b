"""Relations between figures that the text states, for the checker to test.

* ``total_parts``: a total and its parts — ``94 tổ chức cơ sở đảng, trong đó có 60 đảng
  bộ cơ sở … 34 chi bộ cơ sở``; ``kỷ luật 33 đảng viên (27 khiển trách, 06 cảnh cáo)``; a
  footnote that breaks down the figure its marker follows; a table group row over its
  sub-rows.
* ``percent_of``: a percentage and the count (and base) it is a share of — ``62/77 đồng
  chí … (chiếm 80%)``, ``3.852 đảng viên, bằng 98%``.
* ``target``: achievement against a target — ``đạt 79,61% chỉ tiêu``; in an appendix
  table, the target, actual and percent-of-target columns of one row.
* ``average_of``: ``bình quân 97,11%`` and the yearly values in its footnote.

Relations only say what the text claims; whether the numbers agree is the checker's job.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from extractor.facts import Figure, Relation
from extractor.model import Document

TRONG_DO = re.compile(r"\btrong đó\b", re.IGNORECASE)
SHARE_CUE = re.compile(r"^[\s,;]*(?:\(?\s*)(?:bằng|chiếm|đạt|đạt tỷ lệ|tỷ lệ|=)\s*$", re.IGNORECASE)
TARGET_CUE = re.compile(r"^\s*%?\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|nghị quyết)", re.IGNORECASE)
AVERAGE_CUE = re.compile(r"bình quân\s*(?:đạt\s*)?(?:là\s*)?$", re.IGNORECASE)


def find_relations(doc: Document, figures: list[Figure]) -> list[Relation]:
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        by_block[f.span.block].append(f)
    out: list[Relation] = []
    for index, figs in by_block.items():
        if figs[0].span.where == "table":
            out += _table_relations(figs)
            continue
        text, base = doc.blocks[index].text, doc.blocks[index].span[0]
        out += _parenthesised(figs, text, base)
        out += _trong_do(figs, text, base)
        out += _shares(figs, text, base)
        out += _targets(figs, text, base)
    out += _footnote_breakdowns(doc, by_block)
    return out


def _pos(f: Figure, base: int) -> tuple[int, int]:
    return f.span.start - base, f.span.end - base


def _closing(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return len(text)


def _parenthesised(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for m in re.finditer(r"\(", text):
        close = _closing(text, m.start())
        before = [f for f in figs if _pos(f, base)[1] <= m.start()]
        inside = [f for f in figs if m.start() < _pos(f, base)[0] < close]
        if not before or not inside or m.start() - _pos(before[-1], base)[1] > 40:
            continue
        total = before[-1]
        parts = [f for f in inside if f.measure == "count"]
        if total.measure in ("count", "ratio") and len(parts) >= 2:
            out.append(Relation("total_parts", {"total": total.id, "parts": [f.id for f in parts]}, "(…)"))
    return out


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(".", pos), text.find(";", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _trong_do(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for m in TRONG_DO.finditer(text):
        before = [f for f in figs if _pos(f, base)[1] <= m.start() and f.measure == "count"]
        end = _sentence_end(text, m.end())
        parts = [f for f in figs if m.end() <= _pos(f, base)[0] < end and f.measure == "count"]
        if before and len(parts) >= 2:
            out.append(Relation("total_parts", {"total": before[-1].id, "parts": [f.id for f in parts]}, "trong đó"))
    return out


def _shares(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A percentage right after a count or ratio, joined by bằng/chiếm/đạt."""
    out = []
    for prev, f in itertools.pairwise(figs):
        if f.measure != "percent" or prev.measure not in ("count", "ratio"):
            continue
        gap = text[_pos(prev, base)[1] : _pos(f, base)[0]]
        gap = re.sub(r"^[^\s,;(]*\s*[\w\s,]{0,60}?(?=[,;(]|\s(?:bằng|chiếm|đạt))", "", gap)
        if SHARE_CUE.match(gap):
            base_id = prev.id if prev.measure == "ratio" else None
            out.append(Relation("percent_of", {"percent": f.id, "count": prev.id, "base": base_id}, gap.strip()))
    return out


def _targets(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for i, f in enumerate(figs):
        if f.measure != "percent" or not TARGET_CUE.match(text[_pos(f, base)[1] :]):
            continue
        actual = next((g for g in reversed(figs[:i]) if g.measure in ("count", "money")), None)
        if actual is not None and text.rfind(";", _pos(actual, base)[1], _pos(f, base)[0]) >= 0:
            actual = None
        out.append(
            Relation("target", {"actual": actual.id if actual else None, "target": None, "percent": f.id}, "chỉ tiêu")
        )
    return out


def _footnote_breakdowns(doc: Document, by_block: dict[int, list[Figure]]) -> list[Relation]:
    """A footnote whose counts break down the count its marker follows."""
    out = []
    for note in doc.footnotes:
        if note.ref is None:
            continue
        inside = by_block.get(note.block, [])
        body = by_block.get(note.ref.block, [])
        base = doc.blocks[note.ref.block].span[0]
        before = [f for f in body if _pos(f, base)[1] <= note.ref.offset]
        if not before or note.ref.offset - _pos(before[-1], base)[1] > 60:
            continue
        total, cue = before[-1], f"footnote {note.number}"
        counts = [f.id for f in inside if f.measure == "count"]
        percents = [f.id for f in inside if f.measure == "percent"]
        if total.measure == "count" and len(counts) >= 2:
            out.append(Relation("total_parts", {"total": total.id, "parts": counts}, cue))
        elif total.measure == "percent" and len(percents) >= 2 and _average_before(doc, note.ref.block, total, base):
            out.append(Relation("average_of", {"average": total.id, "terms": percents}, cue))
    return out


def _average_before(doc: Document, block: int, figure: Figure, base: int) -> bool:
    pos = _pos(figure, base)[0]
    return bool(AVERAGE_CUE.search(doc.blocks[block].text[max(0, pos - 30) : pos]))


def _table_relations(figs: list[Figure]) -> list[Relation]:
    rows: dict[int, dict[str, Figure]] = defaultdict(dict)
    for f in figs:
        if f.span.cell is not None and f.column is not None:
            rows[f.span.cell[0]][f.column] = f
    out = []
    for cols in rows.values():
        if "percent_of_target" in cols and ("target" in cols or "actual" in cols):
            members = {
                "actual": cols["actual"].id if "actual" in cols else None,
                "target": cols["target"].id if "target" in cols else None,
                "percent": cols["percent_of_target"].id,
            }
            out.append(Relation("target", members, "table columns"))
    return out
