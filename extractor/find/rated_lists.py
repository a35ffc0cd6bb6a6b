"""Rating results stated after the count they rate, in a later sentence or paragraph:
``… toàn Đảng bộ có 50 TCCS Đảng với 5.645 đảng viên.`` / ``Kết quả năm 2022, … toàn Đảng bộ
có 10 TCCS Đảng hoàn thành xuất sắc nhiệm vụ, 37 TCCS Đảng hoàn thành tốt nhiệm vụ và 03
TCCS Đảng hoàn thành nhiệm vụ.``

A run of counts of one unit in one paragraph (no other count between them), each carrying a class of one rating scale
(``patterns/partitions.yaml``), with no count of that unit before it in its sentence (a
total there is read by the relations stage itself), breaks down the latest count of the same
unit, unrated and not a change, stated earlier in the paragraph or in the paragraphs just
before it (of the same period and organisation when both say), stated as a stock (``có``,
``gồm``, ``với``, ``tổng số`` before it) or as the ones rated (``đánh giá``, ``xếp loại`` in its
clause), not as the doers of an action (``40 chi bộ tổ chức sinh hoạt chuyên đề``).  Nothing in
the text ties the run to that count, and a stock often holds some not rated (members exempt
for age, organisations newly formed), so the breakdown is ``open``: only a sum above the
total is a warning.
"""

from __future__ import annotations

from extractor.document.elements import Document
from extractor.find.context import by_block, clause_end, clause_start, full_sentence, is_change, unit_key
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.partitions import exclusive_classes, partition_of

PARAGRAPHS_BACK = 2  # the total may be stated this many paragraphs before the run
MIN_RUN = 2  # a run rates at least this many classes
FAR_OVER = 2.0  # a run adding up to more than this many times a count rates something else


def rated_list_breakdowns(doc: Document, figures: list[Figure], listed: set[str]) -> list[Relation]:
    """Breakdowns of an earlier count by the rating classes listed after it; ``listed``: the
    ids of figures already parts of a relation (a run holding one is left alone)."""
    body = by_block([f for f in figures if f.span.where == "body"])
    out: list[Relation] = []
    blocks = sorted(body)
    for n, index in enumerate(blocks):
        text, base = doc.blocks[index].text, doc.blocks[index].span[0]
        figs = body[index]
        near = [b for b in blocks[max(0, n - PARAGRAPHS_BACK) : n] if b >= index - PARAGRAPHS_BACK]
        earlier = [f for b in near for f in body[b]]
        for run in _runs(figs, text, base):
            if any(f.id in listed for f in run):
                continue
            start = full_sentence(text, run[0].span.start - base)[0]
            own = [f for f in figs if f.span.start - base < start]
            if any(_plain_of_unit(f, run[0]) for f in figs if start <= f.span.start - base < run[0].span.start - base):
                continue  # a total in the run's own sentence: the relations stage reads it
            total = _total_before([*earlier, *own], run, doc)
            if total is None:
                continue
            match = partition_of(total.subject, [f.category for f in run], "category")
            if match is None:
                continue
            members = {"total": total.id, "parts": [f.id for f in run]}
            out.append(Relation("total_parts", members, "ratings after their total", "open"))
    return out


def _rated(f: Figure) -> bool:
    return f.measure == "count" and (f.category or "").startswith("rating.")


def _runs(figs: list[Figure], text: str, base: int) -> list[list[Figure]]:
    """Rated counts of one unit, one after the other in a paragraph, of pairwise different
    classes of one scale (``… có 24 TCCSĐ đạt trong sạch vững mạnh, chiếm gần 59%. Có 15 …
    hoàn thành tốt nhiệm vụ … và 22 … hoàn thành nhiệm vụ``); a share between them does not
    end the run, a count of anything else does."""
    runs: list[list[Figure]] = []
    run: list[Figure] = []
    for f in figs:
        if f.measure != "count":
            continue  # "(bằng 12,82% …)": a part's own share
        joins = (
            run
            and _rated(f)
            and unit_key(f) == unit_key(run[0])
            and all(f.category != g.category and exclusive_classes(f.category or "", g.category or "") for g in run)
        )
        if joins:
            run.append(f)
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run = [f] if _rated(f) else []
    if len(run) >= MIN_RUN:
        runs.append(run)
    return runs


def _plain_of_unit(f: Figure, part: Figure) -> bool:
    return f.measure in ("count", "ratio") and unit_key(f) == unit_key(part) and not _rated(f)


def _total_before(candidates: list[Figure], run: list[Figure], doc: Document) -> Figure | None:
    """The latest earlier count of the run's unit that is no rating, action or change, of the
    same period and organisation when both say."""
    first = run[0]
    for f in reversed(candidates):
        if f.measure not in ("count", "ratio") or unit_key(f) != unit_key(first) or f.category:
            continue
        block = doc.blocks[f.span.block]
        if is_change(f, block.text, block.span[0]) or not _stock(f, block.text, block.span[0]):
            continue
        if f.period and first.period and f.period != first.period:
            return None  # the latest count is of another year: no total
        if f.org and first.org and f.org != first.org:
            return None
        return f if sum(g.value for g in run) <= FAR_OVER * f.value else None
    return None


def _stock(f: Figure, text: str, base: int) -> bool:
    """Whether a count is stated as a stock of its units or as the ones rated, not as the doers
    of an action."""
    start, end = f.span.start - base, f.span.end - base
    lead, tail = text[clause_start(text, start) : start], text[end : clause_end(text, end)].lstrip()
    noun = f.subject_text or ""
    if noun and tail.lower().startswith(noun.lower()):
        tail = tail[len(noun) :]  # "50 tổ chức cơ sở đảng": the noun is no action
    if rx.RATED_POOL.search(lead) or rx.RATED_POOL.search(tail):
        return True
    return rx.STOCK_BEFORE.search(lead) is not None and rx.ACTION_AFTER.search(tail) is None
