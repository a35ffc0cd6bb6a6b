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


def _rows(lines: list[str], min_width: int) -> list[_Row]:
    """The first run of adjacent rows of one width with at least :data:`MIN_ROWS` rows of
    values (rows with no value are heading rows).  The width is the commonest among the
    stretches between row starts; each row then takes that many values, so a number that
    ends a row is never taken for the next row's number."""
    starts = _row_starts(lines)
    stops = [*starts[1:], len(lines)] if starts else []
    widths = Counter(len(r.values) for r in (_row(lines, s, t, None) for s, t in zip(starts, stops, strict=True)))
    del widths[0]
    if not widths or (width := widths.most_common(1)[0][0]) < min_width:
        return []
    begins = set(starts)
    end = 0
    for start in starts:
        if start < end:
            continue  # inside a run already tried
        run = _run_from(lines, start, begins, width)
        while run and not run[-1].values:
            run.pop()  # a heading row with nothing under it belongs to what follows
        if _body_rows(run) >= MIN_ROWS:
            return run
        end = run[-1].end if run else start
    return []


def _run_from(lines: list[str], start: int, begins: set[int], width: int) -> list[_Row]:
    run: list[_Row] = []
    while start in begins:
        row = _row(lines, start, len(lines), width)
        if len(row.values) not in (0, width):
            break
        run.append(row)
        start = row.end
    return run


def _body_rows(rows: list[_Row]) -> int:
    return sum(1 for r in rows if r.values)


def _header_start(lines: list[str], first_row: int) -> int | None:
    """The row-number column's header line before the first row (``STT``, or ``S``/``T``/``T``)."""
    for i in range(first_row - 1, max(-1, first_row - HEADER_REACH - 1), -1):
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


def find_cell_table(lines: list[str]) -> CellTable | None:
    """The first table written one cell per line in ``lines`` (stripped lines of one
    paragraph), if any."""
    rows = _rows(lines, MIN_VALUES) or _rows(lines, MIN_VALUES_UNDER_HEADER)
    if not rows:
        return None
    width = max(len(r.values) for r in rows)
    start = _header_start(lines, rows[0].start)
    if start is None and width < MIN_VALUES:
        return None
    header: list[list[str]] = []
    if start is not None:
        first = start + 1 if CELL_LINE_NUMBER_HEADER.fullmatch(lines[start]) else start + 3
        header = _header_rows(lines[first : rows[0].start], width)
        header[0][0] = "STT"
    body = [[lines[r.start], " ".join(r.label), *r.values] for r in rows]
    begin = start if start is not None else rows[0].start
    return CellTable(begin, rows[-1].end, header + body, len(header))


def split_cell_tables(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """``lines`` cut into runs of prose (False) and tables one cell per line (True), each
    table's rows given as tab-separated lines."""
    if any("\t" in line for line in lines):
        return [(False, lines)]  # a table already set out with tabs, or prose
    out: list[tuple[bool, list[str]]] = []
    rest = lines
    while rest:
        table = find_cell_table(rest)
        if table is None:
            out.append((False, rest))
            break
        if table.start:
            out.append((False, rest[: table.start]))
        out.append((True, ["\t".join(row) for row in table.rows]))
        rest = rest[table.end :]
    return out
