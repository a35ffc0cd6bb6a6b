"""Tables drawn with no rule at all (a "no borders" table style, columns set with tabs).

Nothing drawn says where such a table is, so it is found from its text: lines cut by wide
gaps into pieces in at least three places (*anchors*) whose pieces start where the pieces
of other anchors near them start.  A justified line of prose stretched word by word has wide
gaps too, but its words line up with no other line's.  From the first anchor, a table runs
down over every line whose pieces all start at a column the anchors opened (the wrapped
words of a cell, a section row spanning columns), in the same type size, with no blank
wider than a row's, and ends at the first line that does not (the prose after it).  Its
columns, header and rows are then read as for a table drawn with horizontal rules only
(:mod:`extractor.read.pdf.open_tables`): the header is the band above the first row (the
next line with text in the first column, or opening with a row's number or dash).

A candidate is a table only when at least ``MIN_ANCHORS`` lines are anchors, it has three
columns, at least two lines of its body have text in three of them and figures past their
first cell, and it opens with a header (no row mark, no figure), not with a row: a list set at
tab stops (``Thu nội địa: | 4.100 tỷ đồng | đạt 112%``), names in three columns, or a table
with no header stays text; only a table going on from the page before may open with a row.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from extractor.document.drafts import Line
from extractor.document.elements import BBox
from extractor.read.pdf.open_tables import (
    MIN_COLUMNS,
    SAME_EXTENT,
    TextLine,
    body_rows,
    column_bounds,
    column_starts,
    columns_of,
    header_rows,
    row_cells,
    split_at_column_starts,
)
from extractor.read.pdf.tables import TableChunk
from extractor.text import regexes as rx

ANCHOR_PIECES = 3  # a line with text in this many places may be a table's row
MIN_ANCHORS = 3  # lines with text in ANCHOR_PIECES places a table needs (a header and two rows)
MATCHED_STARTS = 2  # an anchor shares this many of its piece starts (after the first) with another
ALIGN = 2.0  # points: piece starts this close are one column's
NEAR = 150.0  # points: anchors this close vertically may vouch for each other's alignment
SAME_SIZE = 0.15  # a table's lines differ in type size by at most this share
HEADER_LINES = 6  # a header band is at most this many lines
CROSSED = 2  # a line that runs over this many columns' starts is prose, not a cell's
GATE_ROWS = 3  # rows that look cut into cells before a page's characters are read again
MIN_FIGURE_ROWS = 2  # body lines with a figure past their first cell a table needs (statistics, not names)
WIDE_LINE = 0.62  # a line wider than this many type sizes per character has wide gaps (prose: 0.4-0.6)
LINE_GAP = 1.6  # a blank wider than this many type sizes between two lines ends a table


def may_hold_bare_table(lines: list[Line], going_on: bool = False) -> bool:
    """A cheap look at the page's text-layer lines before its characters are read again one by
    one: enough rows that look cut into cells, each either several lines on one baseline (a
    producer that sets each cell apart) or one line much wider than its letters (cells apart
    on one run), one of them without a row mark or a figure (a header; a list set at tab stops
    is no table).  Most pages skip the character pass."""
    per_row: dict[int, int] = {}
    headed: set[int] = set()  # rows that may be a header: not opening with a row's number or dash
    for ln in lines:
        row = round(ln.bbox.y1)
        per_row[row] = per_row.get(row, 0) + 1
        if ln.text.count(" ") >= ANCHOR_PIECES - 1 and ln.bbox.x1 - ln.bbox.x0 > WIDE_LINE * ln.size * len(ln.text):
            per_row[row] += ANCHOR_PIECES
        if not rx.TABLE_ROW_MARK.match(ln.text) and not rx.DIGIT.search(ln.text):
            headed.add(row)
    rows = [row for row, n in per_row.items() if n >= 2]
    if going_on:
        return bool(rows)
    return len(rows) >= GATE_ROWS and any(row in headed for row in rows)


def find_bare_tables(
    page_lines: Callable[[], list[TextLine]],
    page_no: int,
    taken: list[BBox],
    carry: list[float] | None = None,
) -> list[TableChunk]:
    """The tables of one page drawn without any rule, outside the boxes of the tables already
    found (``taken``).  ``carry``: the column edges of a table the page before ended with; a
    table of the same extent here goes on with it and keeps its columns."""
    lines = [ln for ln in page_lines() if not any(_within(ln, box) for box in taken)]
    anchors = _aligned_anchors(lines)
    chunks: list[TableChunk] = []
    i = 0
    while i < len(lines):
        if id(lines[i]) not in anchors:
            i += 1
            continue
        region = _region(lines, i, anchors)
        chunk = _chunk(region, anchors, page_no, carry if not chunks else None)
        if chunk is not None:
            chunks.append(chunk)
        i += len(region)
    return chunks


def _within(line: TextLine, box: BBox) -> bool:
    mid = (line.top + line.bottom) / 2
    return box.y0 - 1 <= mid <= box.y1 + 1 and any(box.x0 - 1 <= p.x0 <= box.x1 + 1 for p in line.pieces)


def _aligned_anchors(lines: list[TextLine]) -> set[int]:
    """Ids of the lines with text in ``ANCHOR_PIECES`` places whose piece starts (after the
    first) line up with those of another such line near it."""
    candidates = [ln for ln in lines if len(ln.pieces) >= ANCHOR_PIECES]
    out: set[int] = set()
    for a, b in itertools.combinations(candidates, 2):
        if abs(a.top - b.top) > NEAR:
            continue
        shared = sum(1 for p in a.pieces[1:] if any(abs(p.x0 - q.x0) <= ALIGN for q in b.pieces[1:]))
        if shared >= MATCHED_STARTS:
            out.update((id(a), id(b)))
    return out


def _region(lines: list[TextLine], first: int, anchors: set[int]) -> list[TextLine]:
    """The lines of the table whose first anchor is ``lines[first]``: its columns start where
    the pieces of the anchors near it start (a header's second line may open sub-columns the
    first line spans)."""
    head = lines[first]
    region = [head]
    starts = [p.x0 for ln in lines[first:] if id(ln) in anchors and ln.top - head.top <= NEAR for p in ln.pieces]
    size = head.size
    for line in lines[first + 1 :]:
        if line.top - region[-1].bottom > LINE_GAP * size:
            break  # a gap wider than a row's: the text after the table
        if abs(line.size - size) > SAME_SIZE * size:
            break
        if id(line) not in anchors and not _in_columns(line, starts):
            break
        region.append(line)
        starts += [p.x0 for p in line.pieces] if id(line) in anchors else []
    return region


def _in_columns(line: TextLine, starts: list[float]) -> bool:
    """Every piece of ``line`` starts at a column and runs over fewer than ``CROSSED`` other
    columns' starts (a line of prose after the table starts at its left edge but runs across
    it; a cell's text may run into the next column), unless it is a heading in capitals
    spanning the columns."""
    for p in line.pieces:
        if not any(abs(p.x0 - s) <= ALIGN for s in starts):
            return False
        crossed = {round(s) for s in starts if p.x0 + ALIGN < s < p.x1 - ALIGN}
        if not p.text.isupper() and len(crossed) >= CROSSED:
            return False
    return True


def _chunk(region: list[TextLine], anchors: set[int], page_no: int, carry: list[float] | None) -> TableChunk | None:
    """The table of a region; None when it is too little to be one.  A region of the extent of
    the table the page before ended with goes on with it and needs less (its part here may be
    one row): it is kept only if it does follow that table (``needs_previous``)."""
    x0 = min(p.x0 for ln in region for p in ln.pieces) - 1
    x1 = max(p.x1 for ln in region for p in ln.pieces) + 1
    going_on = (
        carry is not None
        and len(carry) >= 2
        and abs(carry[0] - x0) <= SAME_EXTENT
        and abs(carry[-1] - x1) <= SAME_EXTENT
    )
    n_anchors = sum(1 for ln in region if id(ln) in anchors)
    if n_anchors < (MIN_ANCHORS - 1 if going_on else MIN_ANCHORS):
        return None
    opens_with_row = not _header_like(region[0])
    if opens_with_row and not going_on:
        return None  # "- Thu nội địa: | 4.100 tỷ đồng", "1. Đồng chí …": a list set at tab stops, no header
    n_head = 0 if opens_with_row else _header_lines(region, x0 + 1)
    header, body = region[:n_head], region[n_head:]
    bounds = [x0, *carry[1:-1], x1] if carry is not None and going_on else column_bounds(body, header, x0, x1)
    structured = sum(1 for ln in body if len(columns_of(ln, bounds)) >= MIN_COLUMNS)
    if len(bounds) - 1 < MIN_COLUMNS or structured < (1 if going_on else 2):
        return None
    if not going_on and _numbers_in_body(body) < MIN_FIGURE_ROWS:
        return None  # names in three columns: text, in its reading order
    starts = column_starts(region, bounds)
    body = split_at_column_starts(body, bounds, starts)
    header = split_at_column_starts(header, bounds, starts, glued_only=True)
    rows = header_rows(header, bounds)
    for group in body_rows(body, bounds, []):
        rows.append(row_cells(len(rows), group, bounds))
    box = BBox(x0, region[0].top - 1, x1, region[-1].bottom + 1)
    short = n_anchors < MIN_ANCHORS or structured < 2
    return TableChunk(page_no, box, len(bounds) - 1, rows, needs_previous=short, edges=bounds)


def _header_like(line: TextLine) -> bool:
    """A line that can open a table: headings, no row mark and no figure (``STT | Nội dung |
    Đơn vị tính``), unlike a list's line set at tab stops (``Thu nội địa: | 4.100 tỷ đồng``)
    or a first row of data (``Toàn tỉnh | 13.200 | 347``)."""
    return not rx.TABLE_ROW_MARK.match(line.pieces[0].text) and not any(rx.DIGIT.search(p.text) for p in line.pieces)


def _numbers_in_body(body: list[TextLine]) -> int:
    return sum(1 for ln in body if any(rx.DIGIT.search(p.text) for p in ln.pieces[1:]))


def _header_lines(region: list[TextLine], left: float) -> int:
    """The header band: the lines above the first body row, which is the next line with text
    at the table's left edge (a row's number or label) or opening with a row mark (``I``,
    ``1``, ``- Đảng viên``); at most ``HEADER_LINES``; the first line alone when there is none."""
    for k, line in enumerate(region[1 : HEADER_LINES + 1], start=1):
        if abs(line.pieces[0].x0 - left) <= ALIGN or rx.TABLE_ROW_MARK.match(line.pieces[0].text):
            return k
    return 1
