"""Tables drawn with horizontal rules only (booktabs, Word's "horizontal lines" styles).

No column rule says where a cell ends, so the columns come from the alignment of the text:
across the table's rows, the strips no character ever covers are the gaps between columns.
The rules say where the table is: a top rule and the rule under its header band, then either
a closing rule, a rule under every row, or (on a page the table runs off) the rows down to
the first break in the text's rhythm.  A row of a table with no rule between rows ends where
a line starts that is no wrap of the one above: a line wraps into the next only when the
next line's first word would not have fitted in its column.

A candidate is a table only when its header band has text in two places on one line and
at least two lines below it have text in three columns (one is enough on a page that goes
on with a table from the page before); anything else (a framed closing block, a heading
between two rules) stays text.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.document.elements import BBox, Cell
from extractor.read.pdf.rules import Rule
from extractor.read.pdf.tables import SNAP, TableChunk, join_lines
from extractor.text import regexes as rx

WIDE = 0.25  # a table's rules run at least this share of the page's width (a footnote rule stands alone)
SAME_EXTENT = 6.0  # points: rules of one table start and end within this of each other
PIECE_GAP = 0.7  # a gap wider than this share of the type size splits a line into pieces (a space is ~0.3)
SPACE = 0.25  # the narrowest space between words, as a share of the type size
RHYTHM = 2.2  # a line further below the one before than this many line pitches ends an open table
MIN_COLUMNS = 3
MAX_HEADER_SHARE = 0.25  # a table's header band is at most this share of the page's height
MIN_WIDTH = 4.0  # points: column edges closer than this are one
ALIGN = 1.5  # points: left ends this close are aligned
START_SHARE = 0.15  # a left end shared by this share of the lines starts a column
MIN_ROWS = 2
NUMBER_ENDS = frozenset("0123456789%")  # a piece cut at a word's start only after a number ("1.200 Tổng")


# baseline, x0, x1, top, bottom, a space before it, size, text
_Char = tuple[float, float, float, float, float, bool, float, str]


@dataclass(frozen=True, slots=True)
class _Word:
    x0: float
    x1: float
    text: str
    lefts: tuple[float, ...]  # each character's left end
    rights: tuple[float, ...]  # and right end

    def cut(self, j: int) -> tuple[_Word, _Word]:
        """The word cut before its ``j``-th character."""
        return (
            _Word(self.x0, max(self.rights[:j]), self.text[:j], self.lefts[:j], self.rights[:j]),
            _Word(self.lefts[j], self.x1, self.text[j:], self.lefts[j:], self.rights[j:]),
        )


@dataclass(eq=False)
class _Piece:
    """Text on one line with no wide gap in it."""

    words: list[_Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def first_word(self) -> float:
        return self.words[0].x1 - self.words[0].x0

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class TextLine:
    top: float
    bottom: float
    size: float
    pieces: list[_Piece] = field(default_factory=list)


def lines_once(textpage: pdfium.PdfTextPage, height: float) -> Callable[[], list[TextLine]]:
    """The page's lines read from its characters on first use and kept: the finders of
    rules-only and of rule-less tables share one pass over a page's characters."""
    return functools.cache(lambda: text_lines(textpage, height))


def find_rule_tables(
    rules: list[Rule],
    page_lines: Callable[[], list[TextLine]],
    page_no: int,
    width: float,
    height: float,
    carry: list[float] | None = None,
) -> list[TableChunk]:
    """The tables of one page that are drawn with horizontal rules only.  ``carry``: the column
    edges of such a table that the page before ended with; a table at the top of this page
    between rules of the same extent goes on with it and keeps its columns (its part here may
    be too short to show them all)."""
    hs = sorted(
        (r for r in rules if r.horizontal and r.x1 - r.x0 >= WIDE * width and not _crossed(r, rules)),
        key=lambda r: r.y0,
    )
    if len(hs) < 2:
        return []
    lines = page_lines()
    chunks: list[TableChunk] = []
    i = 0
    while i + 1 < len(hs):
        chunk = _table_from(hs, i, lines, page_no, height, carry if not chunks else None)
        if chunk is None:
            i += 1
            continue
        chunks.append(chunk)
        i = next((k for k in range(i + 1, len(hs)) if hs[k].y0 > chunk.bbox.y1 + SNAP), len(hs))
    return chunks


def _crossed(h: Rule, rules: list[Rule]) -> bool:
    """A vertical rule crosses ``h``: it belongs to a ruled grid, read elsewhere."""
    y = (h.y0 + h.y1) / 2
    return any(
        not v.horizontal and h.x0 - SNAP <= v.x0 <= h.x1 + SNAP and v.y0 - SNAP <= y <= v.y1 + SNAP for v in rules
    )


def _table_from(
    hs: list[Rule], i: int, lines: list[TextLine], page_no: int, height: float, carry: list[float] | None
) -> TableChunk | None:
    """The table whose top rule is ``hs[i]`` and whose header ends at the next rule of the same
    extent; None when what lies there is no table."""
    top = hs[i]
    same = [h for h in hs[i:] if abs(h.x0 - top.x0) <= SAME_EXTENT and abs(h.x1 - top.x1) <= SAME_EXTENT]
    if len(same) < 2:
        return None
    head_end = same[1]
    others = [h for h in hs if h.y0 > head_end.y1 + SNAP and h not in same]
    in_rules = [h for h in same[2:] if not others or h.y0 < others[0].y0]
    x0, x1 = top.x0, top.x1
    if head_end.y0 - top.y1 > MAX_HEADER_SHARE * height:
        return None  # rules under a running header and over a footer: the page, not a table's header
    header = [ln for ln in lines if top.y1 <= ln.top and ln.bottom <= head_end.y0 + SNAP]
    header = [_clip(ln, x0, x1) for ln in header]
    if not any(len(ln.pieces) >= 2 for ln in header):
        return None
    limit = in_rules[-1].y0 if in_rules else (others[0].y0 if others else height)
    body = [_clip(ln, x0, x1) for ln in lines if ln.top >= head_end.y1 - 1 and ln.bottom <= limit + SNAP]
    body = [ln for ln in body if ln.pieces]
    closed = bool(in_rules)
    if not closed:
        body = _in_rhythm(body)
    if carry and abs(carry[0] - x0) <= SAME_EXTENT and abs(carry[-1] - x1) <= SAME_EXTENT:
        bounds = [x0, *carry[1:-1], x1]
    else:
        bounds = column_bounds(body, header, x0, x1)
    structured = sum(1 for ln in body if len(columns_of(ln, bounds)) >= MIN_COLUMNS)
    if len(bounds) - 1 < MIN_COLUMNS or not structured:
        return None
    bottom = in_rules[-1].y0 if closed else max(ln.bottom for ln in body) + 1
    starts = column_starts([*header, *body], bounds)
    body = split_at_column_starts(body, bounds, starts)
    header = split_at_column_starts(header, bounds, starts, glued_only=True)
    rows = header_rows(header, bounds)
    for group in body_rows(body, bounds, [h.y0 for h in in_rules[:-1]]):
        rows.append(row_cells(len(rows), group, bounds))
    box = BBox(x0, top.y0, x1, bottom)
    return TableChunk(page_no, box, len(bounds) - 1, rows, needs_previous=structured < MIN_ROWS, edges=bounds)


def column_starts(lines: list[TextLine], bounds: list[float]) -> dict[int, float]:
    """Where each column's text starts: the left end of its leftmost piece that stays in it."""
    starts: dict[int, float] = {}
    for ln in lines:
        for p in ln.pieces:
            first, last = _span(p, bounds)
            if first == last:
                starts[first] = min(starts.get(first, p.x0), p.x0)
    return starts


def split_at_column_starts(
    lines: list[TextLine], bounds: list[float], starts: dict[int, float], *, glued_only: bool = False
) -> list[TextLine]:
    """Cut a piece that runs over a column edge where a character starts at the next column's
    text start: a number too wide for its column set against the next column's word (at the
    word's start only after a number: "+ Yếu kém" is one cell spanning two columns), a
    heading wrapped up to the next heading ("Đơn vị" + "Chỉ tiêu" set as "Đơn vịChỉ tiêu").
    A heading in capitals is left whole: it spans the columns it runs into.  ``glued_only``
    (the header band, where cells spanning columns are common): only inside a word, where two
    texts touch; a word that merely starts there may be a spanning heading's."""
    out = []
    for ln in lines:
        pieces: list[_Piece] = []
        for p in ln.pieces:
            if _capitals(p.text) or _span(p, bounds)[0] == _span(p, bounds)[1]:
                pieces.append(p)
                continue
            words: list[_Word] = []
            first_col = _column(p.x0, bounds)
            for w in p.words:
                after_number = bool(words) and words[-1].text[-1:] in NUMBER_ENDS
                at = _cut_at(w, bounds, starts, first_col, after_number and not glued_only, glued_only)
                if at is None:
                    words.append(w)
                    continue
                if at > 0:
                    head, w = w.cut(at)
                    words.append(head)
                pieces.append(_Piece(words))
                words = [w]
                first_col = _column(w.x0, bounds)
            pieces.append(_Piece(words))
        out.append(TextLine(ln.top, ln.bottom, ln.size, pieces))
    return out


def _cut_at(
    w: _Word, bounds: list[float], starts: dict[int, float], first_col: int, at_start: bool, glued: bool = False
) -> int | None:
    """Where in ``w`` a new column starts: the first character standing at a later column's
    text start (the word's first only when ``at_start``), inside a word only at a seam where two
    texts can meet (:func:`_seam`; ``glued``: the header band's stricter one)."""
    for j, left in enumerate(w.lefts):
        if j == 0 and not at_start:
            continue
        if j > 0 and not _seam(w.text[j - 1], w.text[j], glued):
            continue
        col = _column(left, bounds)
        if col > first_col and abs(left - starts.get(col, -1e9)) <= ALIGN:
            return j
    return None


def _seam(before: str, after: str, glued: bool) -> bool:
    """Whether two texts can meet between these characters of one word: a lower-case letter
    and a capital or a digit (``vịChỉ``, ``tiêu95``), or, outside the header band, a digit and a
    letter either way (``1.200Tổng``); never inside a run of lower-case letters (``Vữn|g``,
    ``qu|a``), where a column's start falls by chance."""
    if before.islower() and (after.isupper() or after.isdigit()):
        return True
    return not glued and before.isalnum() and after.isalnum() and before.isdigit() != after.isdigit()


def _span(p: _Piece, bounds: list[float]) -> tuple[int, int]:
    """The first and last columns a piece stands in: by its left end, and as far right as it
    runs well into a column."""
    first = _column(p.x0, bounds)
    last = first
    while last + 2 < len(bounds) and p.x1 > bounds[last + 1] + MIN_WIDTH:
        last += 1
    return first, last


def _column(x: float, bounds: list[float]) -> int:
    return max(0, min(len(bounds) - 2, sum(1 for b in bounds[1:-1] if x >= b)))


def row_cells(row: int, lines: list[TextLine], bounds: list[float]) -> list[Cell]:
    """One row's cells from its lines' pieces: a piece's text goes to the column it starts in;
    a piece that runs into the next columns (a cell spanning them) spans them, unless a piece
    of the same row starts there."""
    texts: dict[int, list[str]] = {}  # per column, one text per line
    spans: dict[int, int] = {}
    for line in lines:
        seen: set[int] = set()
        for p in line.pieces:
            first, last = _span(p, bounds)
            column = texts.setdefault(first, [])
            if first in seen:
                column[-1] += " " + p.text
            else:
                column.append(p.text)
            seen.add(first)
            spans[first] = max(spans.get(first, 1), last - first + 1)
    cells: list[Cell] = []
    starts = sorted(texts)
    for k, col in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(bounds) - 1
        span = min(spans[col], limit - col)
        text = join_lines(texts[col])
        cells.append(Cell(row=row, col=col, text=text, col_span=span))
    covered = {c for cell in cells for c in range(cell.col, cell.col + cell.col_span)}
    cells.extend(Cell(row=row, col=c, text="") for c in range(len(bounds) - 1) if c not in covered)
    return sorted(cells, key=lambda c: c.col)


def header_rows(header: list[TextLine], bounds: list[float]) -> list[list[Cell]]:
    """The header band as one row, or as two when a header cell spans columns that have their
    own headings under it (``Thực hiện qua các năm`` over the years): the upper row holds the
    spanning cells and, two rows high, the headings of the other columns."""
    spanners = [(ln, _span(p, bounds)) for ln in header for p in ln.pieces]
    spanners = [(ln, sp) for ln, sp in spanners if sp[1] > sp[0]]
    if not spanners:
        return [row_cells(0, header, bounds)]
    spanned = {c for _, (a, b) in spanners for c in range(a, b + 1)}
    lowest = max(ln.top for ln, _ in spanners)

    def below(line: TextLine, p: _Piece) -> bool:
        first, last = _span(p, bounds)
        return line.top > lowest and first == last and first in spanned

    upper = [TextLine(ln.top, ln.bottom, ln.size, [p for p in ln.pieces if not below(ln, p)]) for ln in header]
    lower = [TextLine(ln.top, ln.bottom, ln.size, [p for p in ln.pieces if below(ln, p)]) for ln in header]
    if not any(ln.pieces for ln in lower):
        return [row_cells(0, header, bounds)]
    top = row_cells(0, [ln for ln in upper if ln.pieces], bounds)
    top = [c if c.col in spanned else Cell(c.row, c.col, c.text, 2, c.col_span) for c in top]
    bottom = [c for c in row_cells(1, [ln for ln in lower if ln.pieces], bounds) if c.col in spanned]
    return [top, bottom]


def _clip(line: TextLine, x0: float, x1: float) -> TextLine:
    pieces = [p for p in line.pieces if p.x1 > x0 - SNAP and p.x0 < x1 + SNAP]
    return TextLine(line.top, line.bottom, line.size, pieces)


def _in_rhythm(body: list[TextLine]) -> list[TextLine]:
    """The lines of a table that runs off the page: down to the first gap much wider than the
    usual distance between its lines (the page number, a footnote area)."""
    if len(body) < 2:
        return body
    steps = sorted(b.top - a.top for a, b in itertools.pairwise(body))
    pitch = steps[len(steps) // 2]
    out = [body[0]]
    for line in body[1:]:
        if line.top - out[-1].top > RHYTHM * pitch:
            break
        out.append(line)
    return out


def column_bounds(body: list[TextLine], header: list[TextLine], x0: float, x1: float) -> list[float]:
    """Column edges.  An edge stands at the end of every strip no piece of a body line covers,
    just before the next column's text (a heading may run wider than its column's entries;
    lines with one piece, such as a section heading across the table, are left out), and
    just before a left edge many pieces start at that fewer pieces run across (a column whose
    text some cells spanning two columns run into).  Header text beyond every body piece is a column of
    its own (a column with no entry on this page)."""
    lines = [ln for ln in body if len(ln.pieces) >= 2]
    pieces = [p for ln in lines for p in ln.pieces]
    if not pieces:
        return []
    covered = _union([(p.x0, p.x1) for p in pieces])
    extra = [(p.x0, p.x1) for ln in header for p in ln.pieces if not _overlaps(p, covered)]
    covered = _union([*covered, *extra])
    edges = [b_start - ALIGN for (_, _), (b_start, _) in itertools.pairwise(covered)]
    edges.extend(e for e in _start_edges(pieces, len(lines)) if _inside_run(e + ALIGN, covered))
    out = [x0]
    for e in sorted(edges):
        if x0 + MIN_WIDTH < e < x1 - MIN_WIDTH and e - out[-1] >= MIN_WIDTH:
            out.append(e)
    out.append(x1)
    return out


def _inside_run(x: float, covered: list[tuple[float, float]]) -> bool:
    """``x`` lies inside a covered strip, not at its left end (where a gap already stands)."""
    return any(a + 2 * ALIGN < x < b for a, b in covered)


def _start_edges(pieces: list[_Piece], n_lines: int) -> list[float]:
    """Edges before the left ends where at least ``START_SHARE`` of the lines start a piece,
    twice as many as the pieces that run across that place."""
    starts = sorted(p.x0 for p in pieces)
    edges: list[float] = []
    i = 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1] - starts[i] <= ALIGN:
            j += 1
        at, count = starts[i], j - i + 1
        if count >= max(3, START_SHARE * n_lines):
            across = sum(1 for p in pieces if p.x0 < at - ALIGN and p.x1 > at + ALIGN)
            if 2 * across < count:
                edges.append(at - ALIGN)
        i = j + 1
    return edges


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(p: _Piece, covered: list[tuple[float, float]]) -> bool:
    return any(p.x0 < b and p.x1 > a for a, b in covered)


def columns_of(line: TextLine, bounds: list[float]) -> dict[int, _Piece]:
    """The column each piece of the line stands in (by its left end)."""
    out: dict[int, _Piece] = {}
    for p in line.pieces:
        out.setdefault(_column(p.x0, bounds), p)
    return out


def body_rows(body: list[TextLine], bounds: list[float], rules: list[float]) -> list[list[TextLine]]:
    """The body's lines grouped into rows: between the rules under each row when the table has
    them, else a new row at each line that does not wrap the one before."""
    rows: list[list[TextLine]] = []
    right = _column_right_ends(body, bounds)
    prose = _prose_columns(body, bounds)
    for line in body:
        if not rows:
            rows.append([line])
        elif rules:
            prev = rows[-1][-1]
            if any(prev.bottom - SNAP < y < line.top + SNAP for y in rules):
                rows.append([line])
            else:
                rows[-1].append(line)
        elif _wraps(rows[-1][-1], line, bounds, right, prose):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _column_right_ends(body: list[TextLine], bounds: list[float]) -> list[float]:
    """How far text runs in each column: the right end of its widest piece that stays in it.
    A line wrapped because its next word would not fit, so it ends beyond this less the
    width of that word; a short entry does not.  A heading in capitals is left out: it
    usually spans the columns after it, though it may stop short of them."""
    ends = list(bounds[:-1])
    for ln in body:
        for p in ln.pieces:
            first, last = _span(p, bounds)
            if first == last and not _capitals(p.text):
                ends[first] = max(ends[first], p.x1)
    return ends


def _capitals(text: str) -> bool:
    return " " in text and text.upper() == text and any(ch.isalpha() for ch in text)


def _prose_columns(body: list[TextLine], bounds: list[float]) -> set[int]:
    """Columns that hold text of several words somewhere: only their lines can wrap."""
    return {_span(p, bounds)[0] for ln in body for p in ln.pieces if len(p.words) > 1}


def _wraps(prev: TextLine, line: TextLine, bounds: list[float], right: list[float], prose: set[int]) -> bool:
    """``line`` goes on with the cells of ``prev``: each of its pieces stands in the columns of
    a piece of ``prev`` that was full (this piece's first word would not have fitted after
    it).  A piece under a cell that spans columns, or in a column ``prev`` left empty, starts
    a new row; so does a line of several pieces with one in a column of single words under a
    number or under nothing (numbers do not wrap: "1 … 7.400" then "2 … 181" are two rows,
    however narrow the columns; a word may: "vượt" then "20%")."""
    above: dict[int, tuple[_Piece, tuple[int, int]]] = {}
    for q in prev.pieces:
        sp = _span(q, bounds)
        above[sp[0]] = (q, sp)  # the last piece that starts in a column
    if _row_mark(line.pieces[0], bounds):
        return False  # "- …", "+ …", and "2", "III" in the first column: a row's mark starts a row
    here = [(p, _span(p, bounds)) for p in line.pieces]
    if not here or (len(here) > 1 and any(sp[0] not in prose and not _word_above(above, sp[0]) for _, sp in here)):
        return False
    for p, sp in here:
        if sp[0] not in above:
            return False
        q, q_span = above[sp[0]]
        if q_span != sp and not (sp[0] == sp[1] and q_span[0] == q_span[1]):
            return False
        if q.x1 + SPACE * line.size + p.first_word <= right[q_span[1]] and not _goes_on(q, p):
            return False
    return True


def _row_mark(p: _Piece, bounds: list[float]) -> bool:
    """A piece that opens a row: a dash or plus item anywhere, a row's number in the first
    column (a numeral further right may end a cell's text: "… khóa XI," | "XII")."""
    m = rx.TABLE_ROW_MARK.match(p.text)
    return m is not None and (not p.text[:1].isalnum() or _column(p.x0, bounds) == 0)


def _goes_on(above: _Piece, piece: _Piece) -> bool:
    """A piece that carries on the sentence of the piece above it: it starts in lower case
    right under that piece, which does not end its sentence ("- Chỉ tiêu phấn" | "đấu"; a
    cell's next entry starts with a capital or a dash).  The column's width, estimated from
    its widest text, may be a little short of where the producer wrapped."""
    first = piece.text[:1]
    return first.islower() and abs(piece.x0 - above.x0) <= ALIGN and above.text[-1:] not in ".;:!?"


def _word_above(above: dict[int, tuple[_Piece, tuple[int, int]]], col: int) -> bool:
    """The line above has a word without digits in column ``col``: text that may wrap."""
    return col in above and not any(ch.isdigit() for ch in above[col][0].text)


# ---------------------------------------------------------------- characters


def text_lines(textpage: pdfium.PdfTextPage, height: float) -> list[TextLine]:
    """The page's characters as lines (by baseline), each cut into pieces at wide gaps."""
    handle = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    chars: list[_Char] = []
    space = False
    for i in range(pdfium_c.FPDFText_CountChars(handle)):
        code = pdfium_c.FPDFText_GetUnicode(handle, i)
        if code in (32, 0xA0):
            space = True  # a space the file holds or PDFium put between words
            continue
        if code in (10, 13, 0xFFFE) and pdfium_c.FPDFText_IsGenerated(handle, i) == 1:
            space = False
            continue
        pdfium_c.FPDFText_GetCharBox(
            handle, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        )
        pdfium_c.FPDFText_GetCharOrigin(handle, i, ctypes.byref(ox), ctypes.byref(oy))
        size = pdfium_c.FPDFText_GetFontSize(handle, i)
        box = (left.value, right.value, height - top.value, height - bottom.value)
        chars.append((height - oy.value, box[0], box[1], box[2], box[3], space, size, chr(code)))
        space = False
    chars.sort(key=lambda c: c[0])
    grouped: list[list[_Char]] = []
    for ch in chars:
        if grouped and abs(ch[0] - grouped[-1][0][0]) <= 1.5:
            grouped[-1].append(ch)
        else:
            grouped.append([ch])
    return [line for g in grouped if (line := _line(g)) is not None]


def _line(chars: list[_Char]) -> TextLine | None:
    """A line's characters cut into pieces at gaps wider than PIECE_GAP of the type size; a
    space before a character (in the file or put there by PDFium) separates words."""
    ink = sorted((c for c in chars if c[2] > c[1]), key=lambda c: c[1])
    if not ink:
        return None
    size = max(c[6] for c in ink)
    line = TextLine(top=min(c[3] for c in ink), bottom=max(c[4] for c in ink), size=size)
    words: list[_Word] = []
    x1 = ink[0][2]
    word: list[_Char] = []
    for c in ink:
        if word and (c[5] or c[1] - x1 > PIECE_GAP * size):
            words.append(_word(word))
            if c[1] - x1 > PIECE_GAP * size:
                line.pieces.append(_Piece(words))
                words = []
            word = []
        word.append(c)
        x1 = max(x1, c[2])
    words.append(_word(word))
    line.pieces.append(_Piece(words))
    return line


def _word(chars: list[_Char]) -> _Word:
    rights = tuple(c[2] for c in chars)
    return _Word(chars[0][1], max(rights), "".join(c[7] for c in chars), tuple(c[1] for c in chars), rights)
