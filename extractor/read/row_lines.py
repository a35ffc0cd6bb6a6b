"""Tables copied one row per line, their cells separated by spaces.

A table copied from a PDF or a web page's preformatted text often comes out a row a line::

    Năm 1997-1998 2001-2002 2002-2003
    Số trẻ nhà trẻ 532 633 799
    Số trẻ MG 14914 17.468 17.529
    Tổng cộng: 15446 18.101 18.328

Read as prose, its numbers lose their rows and columns.  A row is a label (words, with a
letter) followed by as many value cells as the other rows (numbers as the reports write them,
``-`` for an empty cell).  A run of at least :data:`MIN_ROWS` adjacent rows of one width (two
values at least) is a table.  A row whose label ends in numbers (``Khối 6 120 130``) gives
them back to its label, as do rows whose first values count up by one (``Khối 6``, ``Khối
7``, …: a number in the name); a row with one value fewer than the others keeps its place only when
a wide gap stands where its first value is missing (``Trẻ MG 5 tuổi   12.317 12.269``);
any other row ends the table.  The line right before the rows names the columns when it
ends in as many tokens that hold a digit (``Năm 1997-1998 2001-2002 …``); otherwise the
columns are left unnamed.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from extractor.text.regexes import (
    BULLET_LINE,
    ROW_LINE_HEADER_TOKEN,
    ROW_LINE_LABEL,
    ROW_LINE_NOT_VALUES,
    ROW_LINE_TOKEN,
    ROW_LINE_VALUE,
    ROW_LINE_YEAR,
)

MIN_ROWS = 3  # adjacent rows of one width before lines are read as a table
MIN_VALUES = 2  # value cells per row: a label and one number is a sentence's ending
MAX_LINE_CHARS = 300  # a longer line is prose
WIDTH_WINDOW = 12  # lines from a row whose commonest count of values a run starting there takes
WIDE_GAP = 2  # spaces between a label and its first value where an empty cell was dropped


@dataclass(frozen=True, slots=True)
class _Line:
    label: str
    values: list[str]
    gap: bool  # a wide gap between the label and the first value (an empty first cell)


def _parse(line: str) -> _Line | None:
    """A line's label and its trailing value tokens; None when no label with a letter leads,
    when the line is a list item (``+ Hoàn thành xuất sắc nhiệm vụ 40 16,3%``), or when its
    numbers are a period, a date or a phone number (``nhiệm kỳ 2022 - 2025``, ``31 12 2023``)."""
    if len(line) > MAX_LINE_CHARS or "\t" in line or BULLET_LINE.match(line):
        return None
    spans = [m.span() for m in ROW_LINE_TOKEN.finditer(line)]
    tokens = [line[a:b] for a, b in spans]
    k = len(tokens)
    while k > 0 and ROW_LINE_VALUE.fullmatch(tokens[k - 1]):
        k -= 1
    label, values = " ".join(tokens[:k]), tokens[k:]
    if not ROW_LINE_LABEL.search(label) or ROW_LINE_NOT_VALUES.search(label) or _dated(values):
        return None
    gap = 0 < k < len(tokens) and spans[k][0] - spans[k - 1][1] >= WIDE_GAP
    return _Line(label, values, gap)


def _dated(values: list[str]) -> bool:
    """Values that read as years or a date rather than cells: a dash between two years (``2022
    - 2025``), or a day, a month and a year (``31 12 2023``)."""
    years = [ROW_LINE_YEAR.fullmatch(v) is not None for v in values]
    ranged = any(years[n] and values[n + 1] in "-–—" and years[n + 2] for n in range(len(values) - 2))
    return ranged or (len(values) == 3 and years[2] and not any(years[:2]))


def _fitted(parsed: _Line, width: int) -> list[str] | None:
    """The row's cells at ``width`` values: extra leading values go back to the label; one
    missing value is an empty first cell where a wide gap stands; else None."""
    values = parsed.values
    if len(values) >= width:
        extra = values[: len(values) - width]
        return [" ".join([parsed.label, *extra]), *values[len(values) - width :]]
    if len(values) == width - 1 and parsed.gap and width - 1 >= MIN_VALUES:
        return [parsed.label, "", *values]
    return None


def _width(parsed: list[_Line | None], start: int) -> int:
    """The commonest count of values among the next :data:`WIDTH_WINDOW` parseable lines from
    ``start`` on, up to the first line that is none."""
    counts: Counter[int] = Counter()
    for p in parsed[start : start + WIDTH_WINDOW]:
        if p is None:
            break
        counts[len(p.values)] += 1
    width, _ = counts.most_common(1)[0] if counts else (0, 0)
    return width


def _numbered_names(rows: list[list[str]]) -> bool:
    """Whether the first value of every row counts up by one (``Khối 6``, ``Khối 7``, ``Khối 8``)
    or is a year of its own (``Năm 2021``, ``Năm 2022``): a number in the row's name, not a value."""
    firsts = [row[1] for row in rows]
    if all(ROW_LINE_YEAR.fullmatch(x) for x in firsts) and len(set(firsts)) == len(firsts):
        return True  # "Năm 2021 532 633", "Năm 2022 …": rows named by their years
    if not all(x.isdigit() and len(x) <= 2 for x in firsts):
        return False
    return all(int(b) == int(a) + 1 for a, b in itertools.pairwise(firsts))


def _header(line: str, width: int) -> list[str] | None:
    """A header line before the rows: a label, then ``width`` names that each hold a digit and
    are no count (``Năm 1997-1998 2001-2002``, ``2022 2023``, ``Q1 Q2``); not a row of counts
    (``Tổng số 30 1.186`` is the table's first row)."""
    tokens = line.split()
    if len(tokens) <= width or len(line) > MAX_LINE_CHARS:
        return None
    names = tokens[len(tokens) - width :]
    if not all(ROW_LINE_HEADER_TOKEN.fullmatch(t) for t in names):
        return None
    return [" ".join(tokens[: len(tokens) - width]), *names]


def _rows_at(parsed: list[_Line | None], j: int, width: int) -> tuple[list[list[str]], int]:
    """The rows of ``width`` values from line ``j`` on, and the line after the last."""
    rows: list[list[str]] = []
    while width >= MIN_VALUES and j < len(parsed):
        line = parsed[j]
        cells = _fitted(line, width) if line is not None else None
        if cells is None:
            break
        rows.append(cells)
        j += 1
    return rows, j


def split_row_tables(lines: list[str]) -> list[tuple[int | None, list[str]]]:
    """``lines`` cut into runs of prose (``None``) and tables one row per line (their count of
    header rows: 1), each table's rows given as tab-separated lines."""
    parsed = [_parse(line) for line in lines]
    out: list[tuple[int | None, list[str]]] = []
    pos = i = 0
    while i < len(lines):
        width = _width(parsed, i) if parsed[i] is not None else 0
        rows, j = _rows_at(parsed, i, width)
        if len(rows) < MIN_ROWS:
            i += 1
            continue
        if _numbered_names(rows) and width - 1 >= MIN_VALUES:
            # "Khối 6 8 312" …: the names' numbers go back to them, and the rows after, with
            # no number in their names ("Cộng 30 1.186"), go on at the width left
            rows = [[f"{row[0]} {row[1]}", *row[2:]] for row in rows]
            width -= 1
            more, j = _rows_at(parsed, j, width)
            rows += more
            above = parsed[i - 1] if i > pos else None
            if above is not None and len(above.values) == width:  # "Tổng số 30 1.186" over them
                rows.insert(0, [above.label, *above.values])
                i -= 1
        header = _header(lines[i - 1], width) if i > pos else None
        begin = i - 1 if header is not None else i
        if begin > pos:
            out.append((None, lines[pos:begin]))
        head = header or ["", *[""] * width]
        out.append((1, ["\t".join(row) for row in [head, *rows]]))
        pos = i = j
    if pos < len(lines):
        out.append((None, lines[pos:]))
    return out
