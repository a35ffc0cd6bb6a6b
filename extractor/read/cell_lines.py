"""Tables copied from a web page one cell per line, read back into rows.

Copying an HTML table into a text file often puts every cell on a line of its own::

    STT / Nội dung / Tổng số / Chia ra theo khối lớp / lớp 6 / lớp 7
    I / Số học sinh theo hạnh kiểm / 652 / 339 / 313
    1 / Tốt / 262 / 136 / 126

or, with no row numbers, ``Năm học 2014-2015 / Năm học 2015-2016 / Tổng số / 525 / 587 / -
Khối lớp 6 / 180 / 179 / …`` (one line each, here joined by ``/``).  Read as prose, its
numbers lose their rows and columns.  A row is an optional row number (``1``, ``IV``,
``a``), one to :data:`MAX_LABEL_LINES` label lines and as many value lines as the other rows
(a numbered row may have none: a heading row).  A run of lines is a table when at least
:data:`MIN_ROWS` adjacent rows of one width hold values (at least two each, or one under an
``STT`` header).  A row that breaks the pattern ends the table; the lines after it stay
prose.

The header of a numbered table is the run of lines from the row-number column's header
(``STT``, ``TT``, ``S`` / ``T`` / ``T`` spelled one letter a line) to the first row; of an
unnumbered one, the label lines right before its first row.  Its lines name the value
columns only when they can be matched to them without guessing: as many names as columns,
or one more that is a group over the columns after it (``Chia ra theo khối lớp``, ``Trong
đó``).  Otherwise the columns are left unnamed (a multi-row header, whose cells come out
row by row, cannot be placed).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from extractor.text.cues import column_is, column_roles
from extractor.text.regexes import (
    CELL_LINE_DOTTED,
    CELL_LINE_LETTER,
    CELL_LINE_NUMBER_HEADER,
    CELL_LINE_ORDINAL,
    CELL_LINE_ROMAN_DOTTED,
    CELL_LINE_VALUE,
    DITTO_CELL,
    LABEL_ROW_NUMBER,
    PLAN_NAMED,
    SUM_ROW_LABEL,
)

MIN_ROWS = 3  # adjacent rows of one width holding values before lines are read as a table
MIN_VALUES = 2  # value cells per row: one label and one value is too like a numbered list …
MIN_VALUES_UNDER_HEADER = 1  # … unless a row-number column's header (STT) stands above the rows
MAX_CELL_CHARS = 80  # a longer line is prose, never a cell
MAX_LABEL_LINES = 3  # a row's label wraps over at most this many lines
MAX_NUMBER_CHARS = 8  # a row number's line: "IV.", "b)", "1.2.3"
HEADER_REACH = 24  # lines before the first row searched for the row-number column's header
WIDTH_WINDOW = 12  # rows from a row start whose commonest width a run starting there takes
MAX_UNIT_WORDS = 3  # a unit column's cell: "Lượt khách", "Tỷ đồng", "Nghìn tấn"
MAX_HEADINGS = 2  # heading lines between a unit column's header names and the first row


@dataclass(frozen=True, slots=True)
class CellTable:
    start: int  # index of the table's first line (its header, else its first row)
    end: int  # index after its last row's last line
    rows: list[list[str]]  # header rows, then one row per table row: [number,] label, values
    header_rows: int
    unit_column: bool = False  # a unit column after the labels (:func:`_with_unit_column`)


@dataclass(frozen=True, slots=True)
class _Row:
    start: int
    end: int
    number: str | None  # its row number, None when the row has none
    label: list[str]
    values: list[str]


def _is_value(line: str) -> bool:
    return CELL_LINE_VALUE.fullmatch(line) is not None


def _is_label(line: str) -> bool:
    return not _is_value(line) and len(line) <= MAX_CELL_CHARS and CELL_LINE_ORDINAL.fullmatch(line) is None


def _numbered_at(lines: list[str], i: int) -> bool:
    """A row number followed by a label line."""
    short = i + 1 < len(lines) and len(lines[i]) <= MAX_NUMBER_CHARS and bool(CELL_LINE_ORDINAL.fullmatch(lines[i]))
    return short and _is_label(lines[i + 1])


def _row(lines: list[str], i: int, width: int | None, numbered: bool) -> _Row | None:
    """The row that starts at line ``i`` (its row number there when ``numbered``): one to
    :data:`MAX_LABEL_LINES` label lines, then its value lines (at most ``width``).  None when
    no label follows, or a label longer than a cell's."""
    first = i + 1 if numbered else i
    j = first
    while j < len(lines) and j - first < MAX_LABEL_LINES and _is_label(lines[j]):
        j += 1
    if j == first or (j < len(lines) and _is_label(lines[j])):
        return None
    k = j
    while k < len(lines) and _is_value(lines[k]) and (width is None or k - j < width):
        k += 1
    return _Row(i, k, lines[i] if numbered else None, lines[first:j], lines[j:k])


def _starts(lines: list[str]) -> list[tuple[int, bool]]:
    """Lines a row may start at, and whether it starts with a row number: a row number before
    a label, or a label line before a value.  A number before a label may be either (the next
    row's number, or the last value of the row before): both are kept, and the rows' widths
    and numbering tell them apart."""
    out = []
    for i, line in enumerate(lines):
        if _numbered_at(lines, i):
            out.append((i, True))
        if _is_label(line) and i + 1 < len(lines) and _is_value(lines[i + 1]):
            out.append((i, False))
    return out


def _loose_width(lines: list[str], start: int, numbered: bool) -> int:
    """The values after a row's label, up to the next line that is none; for a numbered row
    whose last value stands before a label, one fewer (that value is the next row's number)."""
    row = _row(lines, start, None, numbered)
    if row is None:
        return 0
    width = len(row.values)
    if numbered and width and row.end < len(lines) and _is_label(lines[row.end]):
        width -= 1
    return width


def _run_from(lines: list[str], start: int, width: int, numbered: bool) -> list[_Row]:
    """Adjacent rows of ``width`` values from ``start``: numbered ones (in sequence, ``1``,
    ``2``, …; a numbered row may hold no value: a heading row), or unnumbered ones; without
    the heading rows that end the run (a heading with nothing under it belongs to what
    follows).  Numbered rows may end with an unnumbered sum row (``Tổng cộng``, ``Cộng``)."""
    run: list[_Row] = []
    sequence = _Numbering()
    while start < len(lines):
        row = _row(lines, start, width, numbered) if not numbered or _numbered_at(lines, start) else None
        if row is None or len(row.values) not in ((0, width) if numbered else (width,)):
            break
        if row.number is not None and not sequence.next(row.number):
            break
        run.append(row)
        start = row.end
    while run and not run[-1].values:
        run.pop()
    if numbered and run:
        last = _row(lines, run[-1].end, width, numbered=False)
        if last is not None and len(last.values) == width and SUM_ROW_LABEL.fullmatch(" ".join(last.label)):
            run.append(last)  # "Tổng cộng" / "755" / "37" / …: the sum row under the numbered rows
    return run


def _total_above(lines: list[str], start: int, width: int) -> list[_Row]:
    """An unnumbered row (``Toàn huyện`` / ``765`` / ``37``) over numbered rows of its width
    (``1`` / ``Xã An Phú`` / ``300`` / ``15`` …).  Read as unnumbered rows, each row would take
    the next row's number for its last value; this reading is kept when it holds more rows."""
    head = _row(lines, start, width, numbered=False)
    if head is None or len(head.values) != width or not _numbered_at(lines, head.end):
        return []
    rows = _run_from(lines, head.end, width, numbered=True)
    return [head, *rows] if rows else []


class _Numbering:
    """Row numbers in sequence: arabic numbers count up from 1 (again under each Roman
    numeral), dotted ones from ``n.1`` under ``n`` (``1``, ``1.1``, ``1.2``, ``2``) or under the
    Roman numeral before them (``I``, ``I.1``, ``I.2``, ``II``), letters from ``a`` (again under
    each number), Roman numerals from ``I``."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.path: tuple[int, ...] = ()  # the last arabic or dotted number's parts

    def next(self, number: str) -> bool:
        core = number.rstrip(".)")
        if CELL_LINE_DOTTED.fullmatch(core) or core.isdigit():
            return self._next_arabic(tuple(int(x) for x in core.split(".")))
        under = CELL_LINE_ROMAN_DOTTED.fullmatch(core)
        if under is not None:  # "I.1", "I.2" under "I": counted as 1, 2 in that section
            if self.last.get("roman") != _ROMAN.get(under["roman"]):
                return False
            return self._next_arabic((int(under["n"]),))
        kind, value = _number_value(core)
        if value is None:
            return False
        last = self.last.get(kind, 0)
        if kind == "letter":
            before = _LETTERS[last - 1] if last else ""
            at = _LATIN.find(before) + 1 if before else 0
            follows = {_LETTERS[last : last + 1], _LATIN[at : at + 1] if before else ""}
            if core not in follows and core != "a":
                return False
        elif value not in (1, last + 1):
            return False
        self.last[kind] = value
        if kind == "roman":  # arabic numbers and letters count again under each section
            self.path = ()
            self.last.pop("letter", None)
        return True

    def _next_arabic(self, parts: tuple[int, ...]) -> bool:
        depth = len(parts)
        if parts[:-1] != self.path[: depth - 1]:
            return False  # "1.2" only under "1" (or "1.1")
        before = self.path[depth - 1] if len(self.path) >= depth else 0
        if parts[-1] not in (1, before + 1):
            return False
        self.path = parts
        self.last.pop("letter", None)
        return True


_ROMAN = {
    r: n
    for n, r in enumerate(
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"], 1
    )
}
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese order ("d", "đ", "e", "g"); Latin's is accepted too
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def _number_value(core: str) -> tuple[str, int | None]:
    if core in _ROMAN:
        return "roman", _ROMAN[core]
    if len(core) == 1 and core.isalpha() and core.islower():
        return "letter", _LETTERS.find(core) + 1 or None
    return "other", None


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
        spelled_before = i > floor and _spelled_number_header(lines[i - 1 : i + 2])
        if _spelled_number_header(lines[i : i + 2]) and not spelled_before:
            return i  # "T" / "T" (not the last two letters of "S" / "T" / "T")
    return None


def _spelled_number_header(lines: list[str]) -> bool:
    """``S`` / ``T`` / ``T`` or ``T`` / ``T``: the row-number column's header one letter a line."""
    spelled = len(lines) in (2, 3) and all(CELL_LINE_LETTER.fullmatch(x) for x in lines)
    return spelled and CELL_LINE_NUMBER_HEADER.fullmatch("".join(lines)) is not None


def _header_lines(lines: list[str], start: int) -> int:
    """How many lines the row-number column's header at ``start`` takes (``STT``: one; spelled
    a letter a line: two or three)."""
    if CELL_LINE_NUMBER_HEADER.fullmatch(lines[start]):
        return 1
    return 3 if _spelled_number_header(lines[start : start + 3]) else 2


def _header_rows(label: str, names: list[str], width: int) -> list[list[str]]:
    """Header rows over a label column headed ``label`` and ``width`` value columns, from the
    header lines ``names`` meant for the value columns."""
    if len(names) == width:
        return [[label, *names]]
    groups = [j for j, name in enumerate(names[:-1]) if _is_group(name)]
    if len(names) == width + 1 and len(groups) == 1 and _parallel(names[groups[0] + 1 :]):
        g = groups[0]
        leaves = names[:g] + names[g + 1 :]
        top = [names[g] if j >= g else leaves[j] for j in range(width)]
        under = [leaves[j] if j >= g else "" for j in range(width)]
        return [[label, *top], ["", *under]]
    repeated = _groups_over_repeated_leaves(names, width)
    if repeated is not None:
        return [[label, *repeated[0]], ["", *repeated[1]]]
    return [[label, *[""] * width]]


def _groups_over_repeated_leaves(names: list[str], width: int) -> tuple[list[str], list[str]] | None:
    """Groups, each over the same leaves (``Tổng số`` / ``Công chức`` / ``Viên chức``, then
    ``Số lượng`` / ``Tỷ trọng`` three times): the first row of a two-row header, then its
    second, copied one cell a line.  Placed only when the leaves repeat one pattern of two
    names or more, as many times as there are groups, and no group name is a leaf's."""
    for g in range(2, len(names)):
        leaves = names[g:]
        if len(leaves) != width or width % g or width // g < 2:
            continue
        size = width // g
        pattern = leaves[:size]
        if leaves != pattern * g or len(set(pattern)) != size or set(pattern) & set(names[:g]):
            continue
        return [names[j // size] for j in range(width)], leaves
    return None


def _parallel(leaves: list[str]) -> bool:
    """Whether the names after a group header are its leaves for sure: at least two, opening
    with one word (``lớp 6``, ``lớp 7``; ``Xã An Phú``, ``Xã Bình Lợi``).  A header copied one
    cell a line lists the cells beside the group before its leaves (``Chia ra`` / ``Đảng viên
    mới kết nạp`` / ``Nam`` / ``Nữ``), and where they end cannot be told otherwise."""
    firsts = {name.split()[0].lower() for name in leaves if name.split()}
    return len(leaves) >= 2 and len(firsts) == 1


def _is_group(name: str) -> bool:
    return column_is("breakdown", name) or column_is("subsets", name)


def _commonest(widths: list[int]) -> int:
    counts = Counter(w for w in widths if w)
    return counts.most_common(1)[0][0] if counts else 0


def cell_tables(lines: list[str]) -> list[CellTable]:
    """The tables written one cell per line in ``lines`` (the stripped lines of one
    paragraph), in order, found in one pass.  At each row start a run is tried with the
    commonest width among the next :data:`WIDTH_WINDOW` starts of its kind (numbered or
    not), both kinds where both may start there, the run holding more rows kept; a run too
    short to be a table is skipped whole."""
    starts = _starts(lines)
    widths = [_loose_width(lines, i, numbered) for i, numbered in starts]
    kinds = {True: [k for k, (_, n) in enumerate(starts) if n], False: [k for k, (_, n) in enumerate(starts) if not n]}
    out: list[CellTable] = []
    k = 0
    while k < len(starts):
        i = starts[k][0]
        runs = []
        for j in range(k, min(k + 2, len(starts))):
            start, numbered = starts[j]
            if start != i:
                continue
            ahead = kinds[numbered]
            at = bisect.bisect_left(ahead, j)
            same = [widths[m] for m in ahead[at : at + WIDTH_WINDOW]]
            width = _commonest(same)
            runs.append((_run_from(lines, i, width, numbered) if width else [], width))
            if not numbered and width > MIN_VALUES:  # "… / 37 / 1 / Xã An Phú": the last value is a row number
                runs.append((_total_above(lines, i, width - 1), width - 1))
            if not numbered and width >= MIN_VALUES:  # "… / 37 / 1. / Xã An Phú": a number no value reads
                runs.append((_total_above(lines, i, width), width))
        run, width = max(runs, key=lambda rw: _body_rows(rw[0]))
        table = _table(lines, run, width, out[-1].end if out else 0)
        if table is not None:
            out.append(table)
        end = table.end if table is not None else (run[-1].end if run else i + 1)
        while k < len(starts) and starts[k][0] < end:
            k += 1
    return out


def _table(lines: list[str], run: list[_Row], width: int, floor: int) -> CellTable | None:
    """The run as a table with its header (searched back to ``floor``, the end of the table
    before), if it is one: enough rows, and a header above rows of a single value."""
    if _body_rows(run) < MIN_ROWS:
        return None
    numbered = any(r.number is not None for r in run)
    start = _header_start(lines, run[0].start, floor) if numbered else None
    if start is None and width < MIN_VALUES:
        return None
    header: list[list[str]] = []
    if start is not None:
        first = start + _header_lines(lines, start)
        head = lines[first : run[0].start]
        header = [["STT", *row] if k == 0 else ["", *row] for k, row in enumerate(_column_names(head, width))]
        if not any(header[-1][2:]):  # names that cannot be placed stay in the text before the table
            start, header = None, [["STT", "", *[""] * width]]
    elif not numbered and (unit_table := _with_unit_column(lines, run, width, floor)) is not None:
        return unit_table
    elif not numbered:
        start, header = _names_before(lines, run[0].start, width, floor)
        # an empty header row when none fits: the tab-table reader takes a first row that is
        # not numbered for the header
        header = header or [["", *[""] * width]]
    body = [[*([r.number or ""] if numbered else []), " ".join(r.label), *r.values] for r in run]
    begin = start if start is not None else run[0].start
    return CellTable(begin, run[-1].end, header + body, len(header))


def _is_unit_cell(line: str) -> bool:
    """A cell of a unit column: a ditto mark (``"``) or a unit's short name (``Lượt khách``,
    ``Tỷ đồng``, ``%``, ``Nghìn m3``), no number of its own in it."""
    if DITTO_CELL.fullmatch(line.strip()):
        return True
    words = line.split()
    own_number = any(any(ch.isdigit() for ch in w) and not any(ch.isalpha() for ch in w) for w in words)
    return len(words) <= MAX_UNIT_WORDS and not own_number and _is_label(line)


def _opens_row(line: str) -> bool:
    """Whether a label line opens a row of its own: a row number (``II.``, ``1.1.``, ``a)``) or
    a bullet (``- ``, ``+ ``), not a wrapped label's next line."""
    return bool(LABEL_ROW_NUMBER.match(line)) or line.lstrip()[:1] in "-+•"


def _label_rows(label: list[str]) -> list[str]:
    """A row's label lines cut into the rows they are: a line that opens a row (a number, a
    bullet), or follows one ending with a colon (``Trong đó:``), starts a row; every row but
    the last is a heading with no values (``II. Chăn nuôi`` over ``- Tổng đàn lợn``)."""
    rows: list[list[str]] = []
    for i, line in enumerate(label):
        if not rows or (_opens_row(line) or label[i - 1].rstrip().endswith(":")):
            rows.append([line])
        else:
            rows[-1].append(line)
    return [" ".join(r) for r in rows]


def _unit_header(lines: list[str], label_start: int, width: int, floor: int) -> tuple[int, int] | None:
    """Where a unit column's header (``Đơn vị tính``, ``ĐVT``) stands before ``width`` column
    names, and where the first row's label starts: right after the names, or after up to
    :data:`MAX_HEADINGS` heading lines between them and it (``I. Trồng trọt``); every line a
    label line after ``floor``."""
    for extra in range(MAX_HEADINGS + 1):
        at = label_start - extra - width - 1
        if at < floor or not all(_is_label(x) for x in lines[at:label_start]):
            return None
        if extra and not _heading_line(lines[label_start - extra]):
            return None  # a column's name ("Năm 2024", "Tỷ lệ (%)") is no heading: the names do not fit
        if column_is("unit", lines[at]):
            return at, label_start - extra
    return None


def _heading_line(line: str) -> bool:
    """Whether a line between a header's names and the first row heads rows (``I. Trồng trọt``,
    ``Trồng trọt``, ``Trong đó:``) rather than names a column: no number, no ``%``, no plan, no
    column role of ``patterns/columns.yaml``, unless it opens a row."""
    if _opens_row(line) or line.rstrip().endswith(":"):
        return True
    named = any(column_is(role, line) for role in column_roles()) or PLAN_NAMED.search(line) is not None
    return not named and not any(ch.isdigit() or ch == "%" for ch in line)


def _with_unit_column(lines: list[str], run: list[_Row], width: int, floor: int) -> CellTable | None:
    """An unnumbered table with a unit column after its labels (``Chỉ tiêu`` / ``Đơn vị tính``
    / ``Thực hiện 8 tháng`` / …; rows ``- Khách quốc tế`` / ``"`` / ``511640`` / …): each
    row's last label line is its unit, the first row's label the line before its unit when
    it has only that, and the header a unit column's name then one name per value column.
    Label lines that open rows of their own (a number, a bullet, after ``Trong đó:``) are
    heading rows with no values before the row (:func:`_label_rows`).  None unless every row
    has its unit."""
    first = run[0]
    lone = len(first.label) == 1
    if not all(len(r.label) >= 2 for r in run[1:]) or not all(_is_unit_cell(r.label[-1]) for r in run):
        return None
    label_start = first.start - 1 if lone else first.start
    if label_start <= floor or not _is_label(lines[label_start]):
        return None
    found = _unit_header(lines, label_start, width, floor)
    if found is None:
        return None
    at, names_end = found
    begin = at - 1 if at > floor and column_is("label", lines[at - 1]) else at
    header = [[lines[begin] if begin < at else "", *lines[at:names_end]]]
    body: list[list[str]] = []
    for k, r in enumerate(run):
        own = r.label[:-1]  # (the first row's may start before it: its label, headings above it)
        labels = _label_rows([*lines[names_end : first.start], *own] if k == 0 else own)
        body += [[heading, "", *[""] * width] for heading in labels[:-1]]
        body.append([labels[-1], r.label[-1], *r.values])
    return CellTable(begin, run[-1].end, header + body, 1, unit_column=True)


def _column_names(head: list[str], width: int) -> list[list[str]]:
    """Header rows from the lines after the row-number column's header: the label column's
    name first, then the value columns'."""
    label, names = (head[0], head[1:]) if head else ("", [])
    return _header_rows(label, names, width)


def _names_before(lines: list[str], first_row: int, width: int, floor: int) -> tuple[int | None, list[list[str]]]:
    """An unnumbered table's header: the ``width`` label lines right before its first row
    (``Năm học 2014-2015`` / ``Năm học 2015-2016``), or one more that is a group; none when
    the lines there do not fit, or when the label lines above the rows repeat one another (a
    header whose cells come out two lines each, ``Năm học`` / ``2019-2020``, cannot be placed)."""
    top = first_row
    while top > max(floor, first_row - 2 * width - 2) and _is_label(lines[top - 1]):
        top -= 1
    above = lines[top:first_row]
    if len(set(above)) < len(above):
        return None, []
    for count in (width + 1, width):
        begin = first_row - count
        if begin >= top:
            rows = _header_rows("", lines[begin:first_row], width)
            if any(rows[-1][1:]):
                return begin, rows
    return None, []


def split_cell_tables(lines: list[str]) -> list[tuple[int | None, list[str]]]:
    """``lines`` cut into runs of prose (``None``) and tables one cell per line (their count
    of header rows), each table's rows given as tab-separated lines."""
    if any("\t" in line for line in lines):
        return [(None, lines)]  # a table already set out with tabs, or prose
    out: list[tuple[int | None, list[str]]] = []
    pos = 0
    for table in cell_tables(lines):
        if table.start > pos:
            out.append((None, lines[pos : table.start]))
        out.append((table.header_rows, ["\t".join(row) for row in table.rows]))
        pos = table.end
    if pos < len(lines):
        out.append((None, lines[pos:]))
    return out
