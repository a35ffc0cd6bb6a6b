"""Tables copied from a web page one cell per line, read back into rows.

Copying an HTML table into a text file often puts every cell on a line of its own::

    STT / Nội dung / Tổng số / Chia ra theo khối lớp / lớp 6 / lớp 7
    I / Số học sinh theo hạnh kiểm / 652 / 339 / 313
    1 / Tốt / 262 / 136 / 126

(one line each, here joined by ``/``).  Read as prose, its numbers lose their rows and
columns.  A run of lines is such a table when at least :data:`MIN_ROWS` consecutive rows
each open with a row number (``1``, ``IV``, ``a``) followed by a label line, and each
holds the same number of value lines (at least two; a row with none is a heading row).
A row that breaks the pattern ends the table; the lines after it stay prose.

The header is the run of lines from the row-number column's header (``STT``, ``TT``,
``S`` / ``T`` / ``T`` spelled one letter a line) to the first row.  Its lines name the
value columns only when they can be matched to them without guessing: as many names as
columns, or one more that is a group over the columns after it (``Chia ra theo khối
lớp``, ``Trong đó``).  Otherwise the columns are left unnamed (a multi-row header, whose
cells come out row by row, cannot be placed).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from extractor.text.cues import column_is
from extractor.text.regexes import (
    CELL_LINE_LETTER,
    CELL_LINE_NUMBER_HEADER,
    CELL_LINE_ORDINAL,
    CELL_LINE_VALUE,
)

MIN_ROWS = 3  # consecutive rows of the same width before lines are read as a table
MIN_VALUES = 2  # value cells per row: one label and one value is too like a numbered list …
MIN_VALUES_UNDER_HEADER = 1  # … unless a row-number column's header (STT) stands above the rows
MAX_CELL_CHARS = 80  # a longer line is prose, never a cell
HEADER_REACH = 24  # lines before the first row searched for the row-number column's header
WIDTH_WINDOW = 12  # rows from a row start whose commonest width a run starting there takes


@dataclass(frozen=True, slots=True)
class CellTable:
    start: int  # index of the table's first line (its header, else its first row)
    end: int  # index after its last row's last line
    rows: list[list[str]]  # header rows, then one row per table row: number, label, values
    header_rows: int


@dataclass(frozen=True, slots=True)
class _Row:
    start: int
    end: int
    label: list[str]
    values: list[str]


def _is_value(line: str) -> bool:
    return CELL_LINE_VALUE.fullmatch(line) is not None


def _is_label(line: str) -> bool:
    return not _is_value(line) and len(line) <= MAX_CELL_CHARS and CELL_LINE_ORDINAL.fullmatch(line) is None


def _row_starts(lines: list[str]) -> list[int]:
    """Lines that are a row number followed by a label line."""
    return [
        i
        for i in range(len(lines) - 1)
        if CELL_LINE_ORDINAL.fullmatch(lines[i]) and _is_label(lines[i + 1]) and len(lines[i]) <= 4
    ]


def _row(lines: list[str], start: int, stop: int, width: int | None) -> _Row:
    """The row from ``start`` up to ``stop`` (the next row's start): its label lines, then
    its value lines (at most ``width`` of them)."""
    i = start + 1
    while i < stop and _is_label(lines[i]):
        i += 1
    end = i
    while end < stop and _is_value(lines[end]) and (width is None or end - i < width):
        end += 1
    return _Row(start, end, lines[start + 1 : i], lines[i:end])


def _run_from(lines: list[str], start: int, begins: set[int], width: int) -> list[_Row]:
    """Adjacent rows of ``width`` values (or none: heading rows) from ``start``, without the
    heading rows that end it (a heading with nothing under it belongs to what follows)."""
    run: list[_Row] = []
    while start in begins:
        row = _row(lines, start, len(lines), width)
        if len(row.values) not in (0, width):
            break
        run.append(row)
        start = row.end
    while run and not run[-1].values:
        run.pop()
    return run


def _body_rows(rows: list[_Row]) -> int:
    return sum(1 for r in rows if r.values)


def _header_start(lines: list[str], first_row: int, floor: int) -> int | None:
    """The row-number column's header line before the first row (``STT``, or ``S``/``T``/``T``),
    at ``floor`` or after."""
    for i in range(first_row - 1, max(floor, first_row - HEADER_REACH) - 1, -1):
        if len(lines[i]) > MAX_CELL_CHARS:
            return None
        if CELL_LINE_NUMBER_HEADER.fullmatch(lines[i]):
            return i
        if _spelled_number_header(lines[i : i + 3]):
            return i
    return None


def _spelled_number_header(lines: list[str]) -> bool:
    """``S`` / ``T`` / ``T``: the row-number column's header one letter a line."""
    spelled = len(lines) == 3 and all(CELL_LINE_LETTER.fullmatch(x) for x in lines)
    return spelled and CELL_LINE_NUMBER_HEADER.fullmatch("".join(lines)) is not None


def _header_rows(head: list[str], width: int) -> list[list[str]]:
    """Header rows for a table whose value columns are ``width`` wide, from the header lines
    after the row-number column's (the label column's name first)."""
    label, names = (head[0], head[1:]) if head else ("", [])
    if len(names) == width:
        return [["", label, *names]]
    groups = [j for j, name in enumerate(names[:-1]) if _is_group(name)]
    if len(names) == width + 1 and len(groups) == 1:
        g = groups[0]
        leaves = names[:g] + names[g + 1 :]
        top = [names[g] if j >= g else leaves[j] for j in range(width)]
        under = [leaves[j] if j >= g else "" for j in range(width)]
        return [["", label, *top], ["", "", *under]]
    return [["", label, *[""] * width]]


def _is_group(name: str) -> bool:
    return column_is("breakdown", name) or column_is("subsets", name)


def _widths(lines: list[str], starts: list[int]) -> list[int]:
    """Each row start's count of value lines up to the next row start."""
    stops = [*starts[1:], len(lines)] if starts else []
    return [len(_row(lines, s, t, None).values) for s, t in zip(starts, stops, strict=True)]


def _commonest(widths: list[int]) -> int:
    counts = Counter(w for w in widths if w)
    return counts.most_common(1)[0][0] if counts else 0


def cell_tables(lines: list[str]) -> list[CellTable]:
    """The tables written one cell per line in ``lines`` (the stripped lines of one
    paragraph), in order, found in one pass.  A run is tried at each row start in turn with
    the commonest width among the next :data:`WIDTH_WINDOW` rows (so a number that ends a row
    is never taken for the next row's number); a run too short to be a table is skipped
    whole."""
    starts = _row_starts(lines)
    widths = _widths(lines, starts)
    begins = set(starts)
    out: list[CellTable] = []
    k = 0
    while k < len(starts):
        width = _commonest(widths[k : k + WIDTH_WINDOW])
        run = _run_from(lines, starts[k], begins, width) if width else []
        table = _table(lines, run, width, out[-1].end if out else 0)
        if table is not None:
            out.append(table)
        end = table.end if table is not None else (run[-1].end if run else starts[k] + 1)
        k = max(k + 1, bisect.bisect_left(starts, end))
    return out


def _table(lines: list[str], run: list[_Row], width: int, floor: int) -> CellTable | None:
    """The run as a table with its header (searched back to ``floor``, the end of the table
    before), if it is one: enough rows, and a header above rows of a single value."""
    if _body_rows(run) < MIN_ROWS or width < MIN_VALUES_UNDER_HEADER:
        return None
    start = _header_start(lines, run[0].start, floor)
    if start is None and width < MIN_VALUES:
        return None
    header: list[list[str]] = []
    if start is not None:
        first = start + 1 if CELL_LINE_NUMBER_HEADER.fullmatch(lines[start]) else start + 3
        header = _header_rows(lines[first : run[0].start], width)
        header[0][0] = "STT"
    body = [[lines[r.start], " ".join(r.label), *r.values] for r in run]
    begin = start if start is not None else run[0].start
    return CellTable(begin, run[-1].end, header + body, len(header))


def split_cell_tables(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """``lines`` cut into runs of prose (False) and tables one cell per line (True), each
    table's rows given as tab-separated lines."""
    if any("\t" in line for line in lines):
        return [(False, lines)]  # a table already set out with tabs, or prose
    out: list[tuple[bool, list[str]]] = []
    pos = 0
    for table in cell_tables(lines):
        if table.start > pos:
            out.append((False, lines[pos : table.start]))
        out.append((True, ["\t".join(row) for row in table.rows]))
        pos = table.end
    if pos < len(lines):
        out.append((False, lines[pos:]))
    return out
