"""Figures: every quantity a report states, typed and traced to its source.

Stages per text block: find quantities (``values``) → drop those inside directive
citations → attach vocabulary (spaCy span ruler: unit, rating, action, level) →
subject, category, level, period → :class:`~extractor.facts.Figure` with its span.
Table cells take their meaning from the row label and the column header instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractor.facts import Figure, Period, Quantity, Span
from extractor.model import Block, BlockKind, Document, Table
from extractor.nlp import VocabSpan, head_noun, vocab_spans
from extractor.values import find_periods, find_quantities

TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.FOOTNOTE)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ\d(“\"-])|\n")
ADJACENT_GAP = re.compile(r"^[\s:=]*(?:có|là|được|gồm|đạt)?[\s:=]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BlockContext:
    index: int
    block: Block
    where: str
    footnote: int | None


def _contexts(doc: Document) -> Iterable[BlockContext]:
    note_of = {f.block: f.number for f in doc.footnotes}
    for i, b in enumerate(doc.blocks):
        if b.kind in TEXT_KINDS:
            where = "footnote" if b.kind is BlockKind.FOOTNOTE else "body"
            yield BlockContext(i, b, where, note_of.get(i))


def find_figures(doc: Document, excluded: dict[int, list[tuple[int, int]]] | None = None) -> list[Figure]:
    """All figures of ``doc`` in reading order.  ``excluded`` maps a block index to
    character ranges (in block text) that are not figures, e.g. directive citations."""
    excluded = excluded or {}
    figures: list[Figure] = []
    for ctx in _contexts(doc):
        figures += _block_figures(ctx, excluded.get(ctx.index, []))
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE and b.table is not None:
            figures += _table_figures(i, b, b.table, _document_term(doc))
    for n, f in enumerate(figures, start=1):
        f.id = f"f{n}"
    return figures


# ---------------------------------------------------------------- text blocks


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((s for s in sentences if s[0] <= pos <= s[1]), (0, 0))


def _block_figures(ctx: BlockContext, excluded: list[tuple[int, int]]) -> list[Figure]:
    text = ctx.block.text
    quantities = [q for q in find_quantities(text) if not _overlaps(q, excluded)]
    if not quantities:
        return []
    spans = vocab_spans(text)
    periods = find_periods(text)
    sentences = _sentences(text)
    out: list[Figure] = []
    for q in quantities:
        sentence = _sentence_of(sentences, q.number_start)
        fig = _figure(ctx, q, text, sentence)
        _attach_subject(fig, q, text, spans, out, sentence)
        fig.category = _category(q, text, spans, quantities, sentence)
        fig.level = _level(q, spans, sentence)
        fig.period = _period(q, periods, sentence)
        out.append(fig)
    return out


def _overlaps(q: Quantity, ranges: list[tuple[int, int]]) -> bool:
    return any(q.number_start < end and start < q.number_end for start, end in ranges)


def _figure(ctx: BlockContext, q: Quantity, text: str, sentence: tuple[int, int]) -> Figure:
    base = ctx.block.span[0]
    span = Span(
        block=ctx.index,
        start=base + q.number_start,
        end=base + q.number_end,
        pages=tuple(ctx.block.pages),
        where=ctx.where,
        footnote=ctx.footnote,
    )
    return Figure(
        id="",
        value=q.value,
        raw=q.number.raw,
        measure=q.measure,
        span=span,
        unit=q.unit,
        base=q.base,
        decimals=q.number.decimals,
        approx=q.approx,
        sentence=text[sentence[0] : sentence[1]].strip(),
    )


def _attach_subject(
    fig: Figure, q: Quantity, text: str, spans: list[VocabSpan], earlier: list[Figure], sentence: tuple[int, int]
) -> None:
    """The unit right after the quantity (``127 TCCSĐ``, ``98,58% đảng viên``), else the unit
    labelling it (``Tổng số đảng viên: 6.210``), else the subject of the figure before it in
    the same clause (``dự phân loại: 127, HTXS NV: 24``), else the head noun by underthesea."""
    after = next((s for s in spans if s.label == "UNIT" and 0 <= s.start - q.end <= 2), None)
    label = next((s for s in reversed(spans) if s.label == "UNIT" and _adjacent_before(s, q, text)), None)
    unit = after or label
    if unit is not None:
        fig.subject, fig.subject_text = unit.key, unit.text
        return
    clause_start = max(text.rfind(";", 0, q.start) + 1, sentence[0])
    base = fig.span.start - q.number_start  # block start in document coordinates
    prior = [f for f in earlier if f.subject != "other" and f.span.start - base >= clause_start]
    if prior and q.measure in ("count", "ratio", "percent"):
        fig.subject, fig.subject_text = prior[-1].subject, prior[-1].subject_text
        return
    if q.measure in ("count", "ratio"):
        fig.subject_text = head_noun(text[q.end :].lstrip())


def _adjacent_before(s: VocabSpan, q: Quantity, text: str) -> bool:
    return s.end <= q.start and bool(ADJACENT_GAP.match(text[s.end : q.start])) and ":" in text[s.end : q.start]


def _category(
    q: Quantity, text: str, spans: list[VocabSpan], quantities: list[Quantity], sentence: tuple[int, int]
) -> str | None:
    """Rating or action: one written right before the number (``HTXS NV: 24``,
    ``khiển trách 26``), else the nearest one earlier in the clause with no other
    number between, else one right after the counted noun (``53/83 chi bộ … đạt trong
    sạch, vững mạnh``)."""
    cats = [s for s in spans if s.label in ("RATING", "ACTION")]
    before = [s for s in cats if s.end <= q.start and s.start >= sentence[0]]
    if before and ADJACENT_GAP.match(text[before[-1].end : q.start]):
        return _cat_key(before[-1])
    clause_start = max(text.rfind(";", 0, q.start) + 1, sentence[0])
    for s in reversed(before):
        if s.start < clause_start:
            break
        if not any(s.end <= o.start < q.start for o in quantities):
            return _cat_key(s)
    after = [s for s in cats if s.start >= q.end and s.end <= sentence[1] and s.start - q.end <= 45]
    if after and not any(q.end <= o.start < after[0].start for o in quantities):
        return _cat_key(after[0])
    return None


def _cat_key(s: VocabSpan) -> str:
    return ("rating." if s.label == "RATING" else "action.") + s.key


def _level(q: Quantity, spans: list[VocabSpan], sentence: tuple[int, int]) -> str | None:
    levels = [s for s in spans if s.label == "LEVEL" and sentence[0] <= s.start < q.start]
    return levels[-1].key if levels else None


def _period(q: Quantity, periods: list[Period], sentence: tuple[int, int]) -> str | None:
    """The last period stated before the number in the block (``Năm 2011: …``), or the
    first one after it in the same sentence."""
    before = [p for p in periods if p.end <= q.start]
    if before:
        return before[-1].label
    after = [p for p in periods if p.start >= q.end and p.end <= sentence[1]]
    return after[0].label if after else None


# ---------------------------------------------------------------- tables

YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _document_term(doc: Document) -> str | None:
    title = doc.metadata.title or ""
    return next((p.label for p in find_periods(title) if "-" in p.label), None)


def _column_roles(header: list[str], term: str | None) -> list[tuple[str | None, str | None]]:
    """(period, role) for every column from its header text."""
    out: list[tuple[str | None, str | None]] = []
    for h in header:
        low = h.lower()
        periods = find_periods(h)
        if "%" in h and "chỉ tiêu" in low:
            out.append((None, "percent_of_target"))
        elif "chỉ tiêu" in low:
            out.append((term, "target"))
        elif low.strip().startswith("thực hiện") and not periods:
            out.append((None, "actual"))
        elif "6 tháng" in low and YEAR.search(h):
            out.append((f"{YEAR.search(h).group()}-H1", None))  # type: ignore[union-attr]
        elif periods:
            out.append((periods[0].label, None))
        elif YEAR.fullmatch(h.strip()):
            out.append((h.strip(), None))
        else:
            out.append((None, None))
    return out


def _header_labels(table: Table) -> list[str]:
    grid = table.grid()
    head = grid[: max(table.header_rows, 1)]
    return [" ".join(dict.fromkeys(row[c] for row in head if row[c])) for c in range(table.n_cols)]


def _find_col(labels: list[str], *words: str) -> int | None:
    return next((i for i, h in enumerate(labels) if any(w in h.lower() for w in words)), None)


def _table_figures(index: int, block: Block, table: Table, term: str | None) -> list[Figure]:
    labels = _header_labels(table)
    roles = _column_roles(labels, term)
    label_col = _find_col(labels, "nội dung", "chỉ tiêu", "tên") or 1
    unit_col = _find_col(labels, "đơn vị")
    out: list[Figure] = []
    for r, row in enumerate(table.grid()):
        if r < table.header_rows:
            continue
        label = row[label_col].lstrip("-+• ").strip()
        unit = row[unit_col].strip() if unit_col is not None else ""
        for c, cell in enumerate(row):
            if c in (label_col, unit_col) or c == 0:
                continue
            fig = _cell_figure(index, block, (r, c), cell, label, unit, roles[c], labels[c])
            if fig is not None:
                out.append(fig)
    return out


def _cell_figure(
    index: int,
    block: Block,
    cell: tuple[int, int],
    text: str,
    label: str,
    unit: str,
    role: tuple[str | None, str | None],
    header: str,
) -> Figure | None:
    quantities = find_quantities(text)
    if len(quantities) != 1 or not text.strip():
        return None
    q = quantities[0]
    period, column = role
    percent = "%" in unit or column == "percent_of_target" or q.measure == "percent"
    spans = vocab_spans(label)
    subject = next((s for s in spans if s.label == "UNIT"), None)
    category = next((s for s in spans if s.label in ("RATING", "ACTION")), None)
    start = block.span[0]
    return Figure(
        id="",
        value=q.value,
        raw=q.number.raw,
        measure="percent" if percent else ("money" if "đồng" in unit else q.measure),
        span=Span(index, start, block.span[1], tuple(block.pages), "table", None, cell),
        unit=unit if "đồng" in unit else None,
        decimals=q.number.decimals,
        subject=subject.key if subject else "other",
        subject_text=label,
        category=_cat_key(category) if category else None,
        period=period,
        column=column,
        sentence=f"{label} | {header} | {text}",
    )
