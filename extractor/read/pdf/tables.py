"""Ruled tables in a text-layer PDF, read with pdfplumber on the pages that have ruling lines.

pdfplumber's table finder is the best tool for ruled tables, but it parses a
page's whole content stream in Python; it is therefore run only on pages whose
path objects suggest a table.  Cells are mapped onto a grid built from the
distinct cell edges, so merged cells get their row and column spans.  A table
that continues on the next page is joined to its first part and the header
rows repeated at the top of each page are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from extractor.document.elements import BBox, Cell, Table

EDGE_SNAP = 2.5  # points: cell edges closer than this are one grid line


@dataclass(eq=False)
class TableChunk:
    """The part of a table that stands on one page."""

    page: int
    bbox: BBox
    n_cols: int
    rows: list[list[Cell]] = field(default_factory=list)  # origin cells per grid row

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def row_texts(self, r: int) -> tuple[str, ...]:
        return tuple(c.text for c in self.rows[r])


def extract_tables(
    path: Path, password: str | None, indices: Sequence[int], warnings: list[str] | None = None
) -> Iterator[tuple[int, list[TableChunk]]]:
    """The ruled tables of the pages ``indices``.  Table finding is an optional step: a page
    (or a file) on which it fails keeps its text, and the failure is added to ``warnings``."""
    notes = warnings if warnings is not None else []
    try:
        pdf = _open(path, password)
    except Exception as exc:  # pdfplumber cannot parse what PDFium read: keep the text
        notes.append(f"tables were not read ({type(exc).__name__}: {exc}); the text of every page is kept")
        return
    try:
        for index in indices:
            try:
                page = pdf.pages[index]
                try:
                    chunks = [_chunk(index + 1, t) for t in page.find_tables()]
                finally:
                    page.close()
            except Exception as exc:  # one page's table finder fails: that page keeps its text
                notes.append(f"page {index + 1}: tables were not read ({type(exc).__name__}: {exc}); its text is kept")
                continue
            chunks = [c for c in chunks if c.n_rows >= 2 and c.n_cols >= 2]
            if chunks:
                yield index, chunks
    finally:
        _close(pdf)


def _close(pdf: Any) -> None:
    """Close pdfplumber's document.  Its ``close()`` first builds every page, which fails on a
    damaged page tree or page box (the pages were already reported): then close the file alone."""
    try:
        pdf.close()
    except Exception:
        if not pdf.stream_is_external:
            pdf.stream.close()


def _open(path: Path, password: str | None) -> Any:
    """pdfplumber on ``path``: with the password, else without it (a PDF whose password only
    restricts permissions opens with an empty user password)."""
    if password:
        try:
            return pdfplumber.open(path, password=password)
        except Exception:
            pass
    return pdfplumber.open(path, password="")


def _snap(values: list[float]) -> list[float]:
    edges: list[float] = []
    for v in sorted(values):
        if not edges or v - edges[-1] > EDGE_SNAP:
            edges.append(v)
    return edges


def _index(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def _clean(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _chunk(page_no: int, table: Any) -> TableChunk:
    boxes = [(r, c, box) for r, row in enumerate(table.rows) for c, box in enumerate(row.cells) if box is not None]
    texts = table.extract()
    xs = _snap([v for _, _, b in boxes for v in (b[0], b[2])])
    ys = _snap([v for _, _, b in boxes for v in (b[1], b[3])])
    grid_rows: list[list[Cell]] = [[] for _ in range(len(ys) - 1)]
    for r, c, (x0, top, x1, bottom) in boxes:
        row, col = _index(ys, top), _index(xs, x0)
        cell = Cell(
            row=row,
            col=col,
            text=_clean(texts[r][c]),
            row_span=max(1, _index(ys, bottom) - row),
            col_span=max(1, _index(xs, x1) - col),
        )
        grid_rows[row].append(cell)
    x0, top, x1, bottom = table.bbox
    return TableChunk(page=page_no, bbox=BBox(x0, top, x1, bottom), n_cols=len(xs) - 1, rows=grid_rows)


def _repeated_header(first: TableChunk, chunk: TableChunk) -> int:
    """How many leading rows of ``chunk`` repeat the leading rows of ``first``."""
    k = 0
    while k < min(first.n_rows, chunk.n_rows) - 1 and first.row_texts(k) == chunk.row_texts(k):
        k += 1
    return k


def merge_continued_tables(chunks: list[TableChunk], stream: Sequence[object]) -> dict[TableChunk, Table]:
    """Group chunks that follow each other in the reading stream (nothing but other
    chunks between them, on consecutive pages, same column count) into tables.
    Returns the first chunk of each table mapped to the merged table."""
    groups: list[list[TableChunk]] = []
    last_pos = -2
    positions = {id(it): pos for pos, it in enumerate(stream)}
    for chunk in chunks:
        pos = positions[id(chunk)]
        prev = groups[-1][-1] if groups else None
        continues = (
            prev is not None and pos == last_pos + 1 and chunk.page == prev.page + 1 and chunk.n_cols == prev.n_cols
        )
        if continues:
            groups[-1].append(chunk)
        else:
            groups.append([chunk])
        last_pos = pos
    return {g[0]: _merge(g) for g in groups}


def _header_rows(group: list[TableChunk]) -> int:
    repeats = [_repeated_header(group[0], c) for c in group[1:]]
    if repeats and min(repeats) > 0:
        return min(repeats)
    first = group[0].rows[0] if group[0].rows else []
    spans = [c.row_span for c in first]
    return max(spans) if spans and max(spans) > 1 else (1 if first else 0)


def _merge(group: list[TableChunk]) -> Table:
    header = _header_rows(group)
    cells: list[Cell] = []
    row_base = 0
    for i, chunk in enumerate(group):
        skip = header if i > 0 else 0
        for r in range(skip, chunk.n_rows):
            for c in chunk.rows[r]:
                cells.append(
                    Cell(
                        row=row_base + r - skip,
                        col=c.col,
                        text=c.text,
                        row_span=c.row_span,
                        col_span=c.col_span,
                        header=i == 0 and r < header,
                    )
                )
        row_base += chunk.n_rows - skip
    return Table(
        n_rows=row_base,
        n_cols=group[0].n_cols,
        cells=cells,
        header_rows=header,
        pages=[c.page for c in group],
    )
