"""Ruled tables of a text-layer PDF page, found from its ruling lines with pypdfium2.

A table is a connected set of horizontal and vertical rules.  Its grid lines are the
distinct positions of those rules; an elementary cell whose border is not drawn is merged
with its neighbour, so merged cells get their row and column spans.  A side the producer
left open (rules running past the last line: a row broken at the page foot, a table with
no outer border) is closed where the rules end.  Each cell's text is the text PDFium puts
inside its box.  A table that continues on the next page is joined to its first part: the
header rows repeated at the top of each page are dropped, and a row broken across the page
break is one row again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium

from extractor.document.elements import BBox, Cell, Table
from extractor.read.pdf.lines import SOFT_BREAKS, hyphen_break
from extractor.read.pdf.rules import Rule

SNAP = 3.0  # points: rules this close across are one grid line; collinear rules this close are one
OPEN = 6.0  # points: rules that run this far past the last grid line leave that side open
MIN_TRACK = 4.0  # points: grid lines closer than this (a double rule) are one


@dataclass(eq=False)
class TableChunk:
    """The part of a table that stands on one page."""

    page: int
    bbox: BBox
    n_cols: int
    rows: list[list[Cell]] = field(default_factory=list)  # origin cells per grid row
    open_top: bool = False  # the first row has no rule above it: it continues a row of the page before
    open_bottom: bool = False  # the last row has no rule below it: it goes on over the page
    lines: list[Any] = field(default_factory=list)  # the page's text lines inside it, in reading order
    needs_previous: bool = False  # too little to be a table unless it goes on with one from the page before
    edges: list[float] = field(default_factory=list)  # column edges, for a table drawn with horizontal rules only
    columns: list[float] = field(default_factory=list)  # a ruled grid's column rules, left to right

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def row_texts(self, r: int) -> tuple[str, ...]:
        return tuple(c.text for c in self.rows[r])


@dataclass(frozen=True, slots=True)
class _Line:
    """A merged rule: ``at`` across, from ``lo`` to ``hi`` along."""

    at: float
    lo: float
    hi: float

    def covers(self, v: float) -> bool:
        return self.lo - SNAP <= v <= self.hi + SNAP


def find_tables(rules: Sequence[Rule], textpage: pdfium.PdfTextPage, page_no: int, height: float) -> list[TableChunk]:
    """The ruled tables of one page: at least two columns and text in two cells (one row is
    enough: the last row of a table continued from the page before)."""
    hs = _merge_rules([((r.y0 + r.y1) / 2, r.x0, r.x1) for r in rules if r.horizontal])
    vs = _merge_rules([((r.x0 + r.x1) / 2, r.y0, r.y1) for r in rules if not r.horizontal])
    if len(hs) < 2 or not vs:
        return []
    chunks = []
    for comp_h, comp_v in _components(hs, vs):
        chunk = _grid_chunk(comp_h, comp_v, textpage, page_no, height)
        if chunk is not None:
            chunks.append(chunk)
    return sorted(chunks, key=lambda c: c.bbox.y0)


def _merge_rules(rules: list[tuple[float, float, float]]) -> list[_Line]:
    """Rules at one position (within SNAP across) joined where they touch or overlap along."""
    clusters: list[list[tuple[float, float, float]]] = []
    for rule in sorted(rules):
        if clusters and rule[0] - clusters[-1][0][0] <= SNAP:
            clusters[-1].append(rule)
        else:
            clusters.append([rule])
    out: list[_Line] = []
    for cluster in clusters:
        at = sum(r[0] for r in cluster) / len(cluster)
        runs: list[list[float]] = []
        for _, lo, hi in sorted(cluster, key=lambda r: r[1]):
            if runs and lo <= runs[-1][1] + SNAP:
                runs[-1][1] = max(runs[-1][1], hi)
            else:
                runs.append([lo, hi])
        out.extend(_Line(at, lo, hi) for lo, hi in runs)
    return out


def _components(hs: list[_Line], vs: list[_Line]) -> list[tuple[list[_Line], list[_Line]]]:
    """Groups of rules that cross or touch one another: one group per table."""
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.covers(v.at) and v.covers(h.at):
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[_Line], list[_Line]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if g[0] and g[1]]


def _tracks(positions: list[float]) -> list[float]:
    out: list[float] = []
    for p in sorted(positions):
        if not out or p - out[-1] >= MIN_TRACK:
            out.append(p)
    return out


def _grid_chunk(
    hs: list[_Line], vs: list[_Line], textpage: pdfium.PdfTextPage, page_no: int, height: float
) -> TableChunk | None:
    xs, ys = _tracks([v.at for v in vs]), _tracks([h.at for h in hs])
    open_top = open_bottom = False
    left, right = min(h.lo for h in hs), max(h.hi for h in hs)
    top, bottom = min(v.lo for v in vs), max(v.hi for v in vs)
    if left < xs[0] - OPEN:
        xs.insert(0, left)
    if right > xs[-1] + OPEN:
        xs.append(right)
    if top < ys[0] - OPEN:
        ys.insert(0, top)
        open_top = True
    if bottom > ys[-1] + OPEN:
        ys.append(bottom)
        open_bottom = True
    if len(xs) < 3 or len(ys) < 2:
        return None
    split = _rows_without_column_rules(xs, ys, vs, textpage, height)
    groups = _cell_groups(xs, ys, hs, vs, split)
    cells: list[Cell] = []
    for r0, c0, r1, c1 in groups:
        text = cell_text(textpage, xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1], height)
        cells.append(Cell(row=r0, col=c0, text=text, row_span=r1 - r0 + 1, col_span=c1 - c0 + 1))
    if sum(1 for c in cells if c.text) < 2:
        return None
    rows: list[list[Cell]] = [[] for _ in range(len(ys) - 1)]
    for cell in sorted(cells, key=lambda c: (c.row, c.col)):
        rows[cell.row].append(cell)
    return TableChunk(
        page=page_no,
        bbox=BBox(xs[0], ys[0], xs[-1], ys[-1]),
        n_cols=len(xs) - 1,
        rows=rows,
        open_top=open_top,
        open_bottom=open_bottom,
        needs_previous=len(rows) < 2,
        columns=xs,
    )


def _drawn(lines: list[_Line], at: float, mid: float) -> bool:
    return any(abs(line.at - at) <= SNAP and line.covers(mid) for line in lines)


def _rows_without_column_rules(
    xs: list[float], ys: list[float], vs: list[_Line], textpage: pdfium.PdfTextPage, height: float
) -> set[int]:
    """Rows with no column rule at all whose text stands in two columns or more, no column
    edge cutting a word: the producer stopped the column rules short (a totals row, rows
    under a ruled header); the row is no cell spanning the table (a heading across it runs
    over the edges) and keeps the columns of the rows above."""
    out = set()
    for r in range(len(ys) - 1):
        ymid = (ys[r] + ys[r + 1]) / 2
        if any(_drawn(vs, x, ymid) for x in xs[1:-1]):
            continue
        texts = [cell_text(textpage, xs[c], ys[r], xs[c + 1], ys[r + 1], height) for c in range(len(xs) - 1)]
        whole = cell_text(textpage, xs[0], ys[r], xs[-1], ys[r + 1], height)
        if sum(1 for t in texts if t) >= 2 and " ".join(t for t in texts if t) == whole:
            out.add(r)  # no column edge cuts a word: its text stands in the columns
    return out


def _cell_groups(
    xs: list[float],
    ys: list[float],
    hs: list[_Line],
    vs: list[_Line],
    split: Set[int] = frozenset(),
) -> list[tuple[int, int, int, int]]:
    """Elementary cells joined across the borders that are not drawn (except between the
    columns of the rows in ``split``): (row0, col0, row1, col1) of each cell, inclusive."""
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        ymid = (ys[r] + ys[r + 1]) / 2
        for c in range(nc):
            xmid = (xs[c] + xs[c + 1]) / 2
            if c + 1 < nc and r not in split and not _drawn(vs, xs[c + 1], ymid):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr and not _drawn(hs, ys[r + 1], xmid):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
    spans: dict[int, list[int]] = {}
    for r in range(nr):
        for c in range(nc):
            box = spans.setdefault(find(r * nc + c), [r, c, r, c])
            box[0], box[1] = min(box[0], r), min(box[1], c)
            box[2], box[3] = max(box[2], r), max(box[3], c)
    return [(b[0], b[1], b[2], b[3]) for b in spans.values()]


def cell_text(textpage: pdfium.PdfTextPage, x0: float, y0: float, x1: float, y1: float, height: float) -> str:
    raw = textpage.get_text_bounded(left=x0, bottom=height - y1, right=x1, top=height - y0)
    return join_lines(unicodedata.normalize("NFC", raw).splitlines())


def join_lines(lines: list[str]) -> str:
    """A cell's lines as one text: spaces collapsed; a line that ends in a hyphen or slash
    inside a token ("QĐ/" | "TU") or at a soft break joins the next without a space."""
    text = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if text and text[-1] in SOFT_BREAKS:
            text = text[:-1] + "-"
        if text and not hyphen_break(text):
            text += " "
        text += line
    return text


def _repeated_header(first: TableChunk, chunk: TableChunk) -> int:
    """How many leading rows of ``chunk`` repeat the leading rows of ``first``."""
    k = 0  # (all of a first part of one row, a header left alone at a page's foot, may be repeated)
    while k < min(first.n_rows, chunk.n_rows - 1) and first.row_texts(k) == chunk.row_texts(k):
        k += 1
    return k


def continues(prev: object, chunk: TableChunk) -> bool:
    """``chunk`` goes on with the table ``prev`` ended the page before with (the reading stream
    has nothing between them)."""
    return isinstance(prev, TableChunk) and chunk.page == prev.page + 1 and chunk.n_cols == prev.n_cols


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
        if prev is not None and pos == last_pos + 1 and continues(prev, chunk):
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
    n_rows = 0
    for i, chunk in enumerate(group):
        skip = min(header, _repeated_header(group[0], chunk)) if i > 0 else 0
        broken = i > 0 and (group[i - 1].open_bottom or chunk.open_top) and chunk.n_rows > skip
        base = n_rows - 1 if broken else n_rows
        for r in range(skip, chunk.n_rows):
            row = base + r - skip
            for c in chunk.rows[r]:
                if broken and r == skip and _extend(cells, row, c):
                    continue
                cells.append(
                    Cell(
                        row=row,
                        col=c.col,
                        text=c.text,
                        row_span=c.row_span,
                        col_span=c.col_span,
                        header=i == 0 and r < header,
                    )
                )
        n_rows = base + chunk.n_rows - skip
    return Table(
        n_rows=n_rows,
        n_cols=group[0].n_cols,
        cells=cells,
        header_rows=header,
        pages=[c.page for c in group],
    )


def _extend(cells: list[Cell], row: int, part: Cell) -> bool:
    """Add the rest of a row broken over a page to the cell it continues, in place."""
    for k, cell in enumerate(cells):
        if cell.col == part.col and cell.row <= row < cell.row + cell.row_span:
            text = f"{cell.text} {part.text}".strip()
            cells[k] = Cell(cell.row, cell.col, text, cell.row_span, max(cell.col_span, part.col_span), cell.header)
            return True
    return False
