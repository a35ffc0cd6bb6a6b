"""A breakdown that ends with a catch-all class, in the sentence after its total: ``… đã tiếp
89 lượt/102 người … Nội dung … về các lĩnh vực như đất đai 66 lượt, bồi thường 03 lượt, lĩnh
vực khác 19 lượt.``

A run of counts of one unit in one sentence, each after its own label, the last labelled as
the rest (``lĩnh vực khác``, ``các loại khác``, ``còn lại``), claims to cover everything of
its kind: it breaks down the latest count of that unit in the sentence right before it, when
no other count stands between.  Nothing but the order ties the run to that count, so the
breakdown is ``plausible``: a sum off either way is a warning.
"""

from __future__ import annotations

from extractor.document.elements import Document
from extractor.find.context import by_block, full_sentence, is_change
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

MIN_PARTS = 2
FAR = 10  # a part more than ten times the count counts something else


def catch_all_breakdowns(doc: Document, figures: list[Figure], listed: set[str]) -> list[Relation]:
    """Breakdowns by a run that ends with a catch-all class; ``listed``: ids of figures already
    parts of a relation (a run holding one is left alone)."""
    out: list[Relation] = []
    for index, figs in by_block([f for f in figures if f.span.where == "body"]).items():
        block = doc.blocks[index]
        text, base = block.text, block.span[0]
        for run in _runs(figs, text, base):
            if any(f.id in listed for f in run):
                continue
            total = _total_before(figs, run, text, base)
            if total is not None:
                members = {"total": total.id, "parts": [f.id for f in run]}
                out.append(Relation("total_parts", members, "các loại … khác", "plausible"))
    return out


def _noun(f: Figure, text: str, base: int) -> str:
    """The first word after a figure's number (``lượt`` of ``66 lượt``)."""
    words = text[f.span.end - base : f.span.end - base + 20].replace("/", " ").split()
    return words[0].strip(".,;:()").lower() if words else ""


def _runs(figs: list[Figure], text: str, base: int) -> list[list[Figure]]:
    """Counts of one noun, one after the other in a sentence, the last one's label a catch-all."""
    runs: list[list[Figure]] = []
    run: list[Figure] = []
    for f in figs:
        if f.measure != "count" or is_change(f, text, base):
            run = []
            continue
        same = run and _noun(f, text, base) == _noun(run[0], text, base)
        if same and full_sentence(text, f.span.start - base)[0] == full_sentence(text, run[0].span.start - base)[0]:
            run.append(f)
        else:
            run = [f]
        label = text[max(0, f.span.start - base - rx.CATCH_ALL_REACH) : f.span.start - base]
        if len(run) >= MIN_PARTS and rx.CATCH_ALL_LABEL.search(label):
            runs.append(list(run))
            run = []
    return runs


def _total_before(figs: list[Figure], run: list[Figure], text: str, base: int) -> Figure | None:
    """The latest count of the run's noun in the sentence right before the run's, with no count
    between, and no part far above it (``FAR``: then the run counts something else)."""
    opens = full_sentence(text, run[0].span.start - base)[0]
    if opens < 2:
        return None
    before = full_sentence(text, opens - 2)[0]
    earlier = [f for f in figs if before <= f.span.start - base < opens and f.measure == "count"]
    between = [f for f in figs if opens <= f.span.start - base < run[0].span.start - base]
    if not earlier or between:
        return None
    total = next((f for f in reversed(earlier) if _noun(f, text, base) == _noun(run[0], text, base)), None)
    if total is None or is_change(total, text, base) or any(p.value > FAR * total.value for p in run):
        return None
    return total
