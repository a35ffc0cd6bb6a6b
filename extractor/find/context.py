"""What the figure and relation finders share about where a figure stands: sentences and
clauses of a text block, the figures before a footnote's marker, and the rows and columns of
an appendix table (column roles from ``patterns/columns.yaml``)."""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from extractor.document.elements import Document, Footnote, Table
from extractor.find.facts import Figure
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import column_is
from extractor.text.nlp import vocab_spans

# Set by the tests: reading a figure at the offset of a block it does not stand in (a total
# of the paragraph before, read in this paragraph's text) is then an error, not a silent
# misreading.  Off in use, where such a read gives what it always gave.
STRICT_OFFSETS = False


class ForeignFigure(AssertionError):
    """A figure read in the text of a block it does not stand in."""


def position(f: Figure, base: int) -> tuple[int, int]:
    """Where a figure's number stands in its block's text (``base``: the block's offset).  A
    figure of an earlier block has no place in this one: read it in its own with
    :func:`own_text`."""
    if STRICT_OFFSETS and f.span.start < base:
        raise ForeignFigure(f"{f.id} ({f.raw!r}, block {f.span.block}) read in the block at offset {base}")
    return f.span.start - base, f.span.end - base


def block_text(doc: Document, f: Figure) -> tuple[str, int]:
    """The text of the block a figure stands in, and that block's offset: what
    :func:`position` and the readers of a figure's words need for a figure of an earlier
    paragraph (a base stated in the paragraphs before), not the text being read."""
    block = doc.blocks[f.span.block]
    return block.text, block.span[0]


class BlockText(str):
    """The text of one block that knows its document: a reader given a figure of another block
    (a total of the paragraph before) reads that figure's words in its own block
    (:func:`own_text`), not at a wrong offset of this one.  It holds the document weakly: a
    cache keyed by the text keeps no document alive."""

    block: int
    _doc: weakref.ref[Document]

    def __new__(cls, doc: Document, block: int) -> BlockText:
        out = super().__new__(cls, doc.blocks[block].text)
        out._doc, out.block = weakref.ref(doc), block
        return out

    @property
    def doc(self) -> Document:
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the document of this text is gone")
        return doc

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        return str, (str(self),)  # copied or pickled, it is the plain text


def own_text(f: Figure, text: str, base: int) -> tuple[str, int]:
    """The text and offset to read a figure's words in: ``text`` when the figure stands there,
    else its own block's (when ``text`` is a :class:`BlockText`)."""
    if isinstance(text, BlockText) and f.span.block != text.block:
        return block_text(text.doc, f)
    return text, base


def same_block(figs: Iterable[Figure]) -> bool:
    """Whether the figures all stand in one block."""
    return len({f.span.block for f in figs}) <= 1


# ---------------------------------------------------------------- sentences and clauses


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence: a break after . ! ? ; only before an upper-case letter,
    a digit, a quote or a parenthesis; every line break."""
    out, start = [], 0
    for m in rx.SENTENCE_END.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if m.group() != "\n" and not (nxt.isupper() or nxt.isdigit() or nxt in '(“"-'):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


@functools.lru_cache(maxsize=8)
def _clause_breaks(text: str) -> list[int]:
    """Where each clause break of ``text`` ends (breaks are one character), found once per text."""
    return [m.end() for m in rx.CLAUSE_BREAK.finditer(text)]


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding ``pos`` starts (after the last ; ! ? or sentence-ending dot
    between ``floor`` and ``pos``).  The breaks are found once per text, so a block of
    thousands of figures costs linear time, not quadratic."""
    if pos > floor and text[pos - 1] == ".":
        return pos  # a dot right before pos ends a sentence as far as the text up to pos says
    breaks = _clause_breaks(text)
    i = bisect.bisect_right(breaks, pos) - 1
    return breaks[i] if i >= 0 and breaks[i] - 1 >= floor else floor


def last_separator(text: str, pos: int, floor: int = 0) -> int:
    """Where the last comma, semicolon, colon or opening bracket between ``floor`` and ``pos``
    stands (where a listed part's own words start after it); -1 if none."""
    return max(text.rfind(sep, floor, pos) for sep in ",;:(")


def clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the first break at or after ``pos``)."""
    breaks = _clause_breaks(text)
    i = bisect.bisect_left(breaks, pos + 1)
    return breaks[i] - 1 if i < len(breaks) else len(text)


@functools.lru_cache(maxsize=8)
def _sentence_marks(text: str) -> list[int]:
    """Where each ". ", "! " or "? " of ``text`` starts, found once per text."""
    return [m.start() for m in rx.SENTENCE_MARK.finditer(text)]


def full_sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, bounded by ". ", "! ", "? " (not by ;)."""
    marks = _sentence_marks(text)
    i = bisect.bisect_right(marks, pos - 2)  # a mark before pos ends before it
    j = bisect.bisect_left(marks, pos)
    return (marks[i - 1] + 2 if i > 0 else 0, marks[j] if j < len(marks) else len(text))


@functools.lru_cache(maxsize=256)
def _match_spans(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> tuple[list[int], list[re.Match[str]]]:
    """The matches of ``pattern`` in ``text[lo:hi]``, and their ends, found once per stretch."""
    found = list(pattern.finditer(text, lo, hi))
    return [m.end() for m in found], found


def matches_by(pattern: re.Pattern[str], text: str, lo: int, hi: int, pos: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` read from ``lo`` over ``text[lo:hi]`` that end by ``pos``.

    The stretch is scanned once, however many figures in it ask, so a sentence of thousands of
    figures costs linear time.  A match ending right at ``pos`` is read with what follows it in
    view (the figure's number), not at the end of the text as a scan up to ``pos`` would."""
    ends, found = _match_spans(pattern, text, lo, hi)
    return found[: bisect.bisect_right(ends, pos)]


def in_sentence_before(pattern: re.Pattern[str], text: str, pos: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` in the sentence holding ``pos`` (:func:`full_sentence`), read
    from its start, that end by ``pos``."""
    opens, ends = full_sentence(text, pos)
    return matches_by(pattern, text, opens, ends, pos)


def in_parens(text: str, start: int, pos: int) -> bool:
    """True when ``pos`` lies inside a parenthesis opened after ``start``."""
    segment = text[start:pos]
    return segment.count("(") > segment.count(")")


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence of ``spans`` that holds ``pos``."""
    return next((s for s in spans if s[0] <= pos <= s[1]), (0, 0))


# ---------------------------------------------------------------- footnotes


def by_block(figures: list[Figure]) -> dict[int, list[Figure]]:
    """Figures grouped by the block they stand in, in reading order."""
    out: dict[int, list[Figure]] = {}
    for f in figures:
        out.setdefault(f.span.block, []).append(f)
    return out


def before_marker(doc: Document, note: Footnote, figures: dict[int, list[Figure]]) -> list[Figure]:
    """The figures of the block a footnote's marker stands in, up to the marker."""
    if note.ref is None:
        return []
    anchor = doc.blocks[note.ref.block].span[0] + note.ref.offset
    return [f for f in figures.get(note.ref.block, []) if f.span.end <= anchor]


# ---------------------------------------------------------------- tables


def header_labels(table: Table) -> list[str]:
    """Each column's header text: the header rows' texts of that column, each once, without the
    index an official form numbers it with (``Tỷ lệ (%)`` over ``2``, ``(3)=(1)+(2)``)."""
    grid = table.grid()
    head = grid[: max(table.header_rows, 1)]
    return [
        " ".join(dict.fromkeys(row[c] for row in head if row[c] and not rx.COLUMN_INDEX.fullmatch(row[c].strip())))
        for c in range(table.n_cols)
    ]


def label_column(labels: list[str]) -> int:
    """The column of row labels (``patterns/columns.yaml``: label), else the first column
    that is not a row number (STT)."""
    found = role_column(labels, "label")
    if found is not None:
        return found
    return 1 if labels and column_is("row_number", labels[0]) else 0


def role_column(labels: list[str], role: str) -> int | None:
    """The first column whose header says it has ``role`` (``patterns/columns.yaml``)."""
    return next((i for i, h in enumerate(labels) if column_is(role, h)), None)


@dataclass(frozen=True, slots=True)
class RowInfo:
    label: str  # without its leading "- " / "+ "
    unit: str
    sub: bool  # a sub-row of the group row above it ("- Chuyển đến", "Hoàn thành tốt nhiệm vụ")
    level: int | None = None  # depth its row number gives (I → 0, 1 → 1, a → 2), when numbers nest


#: Depth of a row by its number: Roman numerals head sections, arabic numbers their items,
#: letters the items' sub-items.
ROW_NUMBER_LEVELS = ((rx.ROMAN_ROW_NUMBER, 0), (rx.ARABIC_ROW_NUMBER, 1), (rx.LETTER_ROW_NUMBER, 2))


def row_level(number: str) -> int | None:
    """The depth a row number gives (``II`` → 0, ``3.`` → 1, ``b)`` → 2, ``1.2`` → 2,
    ``1.2.1`` → 3, ``I.1`` → 1: an arabic number under its Roman numeral), else None."""
    number = number.strip()
    if rx.DOTTED_ROW_NUMBER.fullmatch(number):
        return 1 + number.rstrip(".)").count(".")
    if rx.CELL_LINE_ROMAN_DOTTED.fullmatch(number.rstrip(".)")):
        return 1
    return next((level for pattern, level in ROW_NUMBER_LEVELS if pattern.fullmatch(number)), None)


def table_rows(table: Table) -> tuple[list[str], list[RowInfo | None]]:
    """Column header labels and, per grid row, its label, unit and whether it is a sub-row
    (None for header rows)."""
    labels = header_labels(table)
    label_col = label_column(labels)
    unit_col = role_column(labels, "unit")
    rows: list[RowInfo | None] = []
    for r, row in enumerate(table.grid()):
        if r < table.header_rows:
            rows.append(None)
            continue
        raw = row[label_col] or row[0]
        label = raw.lstrip("-+• ").strip()
        unit = row[unit_col].strip() if unit_col is not None else ""
        sub = raw.lstrip()[:1] in "-+•" or is_category_label(label)
        previous = rows[-1] if rows else None
        if not unit and sub and previous is not None and previous.sub:
            unit = previous.unit  # a sub-row with an empty unit cell is in its siblings' unit
        if rx.DITTO_CELL.fullmatch(unit) and previous is not None:
            unit = previous.unit  # '"': the unit of the row above
        rows.append(RowInfo(label, unit, sub))
    return labels, _with_levels(table, label_col, rows)


def _with_levels(table: Table, label_col: int, rows: list[RowInfo | None]) -> list[RowInfo | None]:
    """Rows given the depth of their numbers, when a row-number column before the labels (or,
    with none, the labels' own opening numbers) numbers them at two depths or more (``I`` over
    ``1``, ``2``; ``1`` over ``a``, ``b``; ``1.`` over ``1.1.``, ``1.2.``).
    Unnumbered rows keep their place as sub-rows (``- Đảng viên``) of the row above."""
    grid = table.grid()
    if label_col == 0:  # no row-number column: the numbers the labels open with ("1.1. Lượt khách …")
        opening = [rx.LABEL_ROW_NUMBER.match(row[0].strip()) for row in grid]
        levels = [
            row_level(m["number"]) if m and info is not None else None for m, info in zip(opening, rows, strict=True)
        ]
    else:
        levels = [row_level(grid[r][0]) if info is not None else None for r, info in enumerate(rows)]
    if len({x for x in levels if x is not None}) < 2:
        return rows
    return [  # a numbered row's place is its number's depth, not a bullet or a rating label
        info if info is None else RowInfo(info.label, info.unit, info.sub and level is None, level)
        for info, level in zip(rows, levels, strict=True)
    ]


def is_category_label(label: str) -> bool:
    """A row that is a rating of its group (``Hoàn thành tốt nhiệm vụ``)."""
    return any(s.label == "RATING" and s.start == 0 for s in vocab_spans(label))


# ---------------------------------------------------------------- what a figure is


def unit_key(f: Figure) -> str:
    """What a figure counts, to tell the two halves of a pair apart: its unit key, else the
    words of its noun as written (``vụ``, ``bị can``), else its measure and money unit."""
    if f.subject != "other":
        return f.subject
    return (f.subject_text or "").lower().strip() or f"{f.measure}:{f.unit}"


def bare(f: Figure) -> bool:
    """A number written with no noun of its own (``giảm còn 17.691,``, ``từ 400 lên …``)."""
    return f.subject == "other" and not (f.subject_text or "").strip()


def counts_alike(f: Figure, other: Figure) -> bool:
    """Whether ``f`` counts what ``other`` counts: the same unit, or ``f`` written bare, taking the
    noun of the figure it goes with (``từ 400 lên 500 đảng viên``, ``giảm còn 17.691,``)."""
    return bare(f) or unit_key(f) == unit_key(other)


ADJUSTED_REACH = 30  # characters before a number read for "điều chỉnh tăng"
CHANGE_LIST_DEPTH = 3  # "giảm 07 lượt đoàn, 166 lượt người": how many figures a change word governs


def phrase_end(f: Figure, text: str, base: int) -> int:
    """Where the words after a figure's number stop naming what it counts: a separator, a
    bracket, a stop or the ``và``/``còn`` of the next item."""
    start = f.span.end - base
    stop = rx.PHRASE_OR_BRACKET_END.search(text, start)
    return stop.start() if stop is not None else len(text)


def phrase_after(f: Figure, text: str, base: int) -> str:
    """The words after a figure's number that name what it counts, up to :func:`phrase_end`."""
    return text[f.span.end - base : phrase_end(f, text, base)]


def is_change(f: Figure, text: str, base: int) -> bool:
    """``tăng 4,76%``, ``giảm 11%``: a change, not a level; also the next figures of a list
    the change word governs (``giảm 146 lượt tiếp, 127 lượt người``)."""
    pos = f.span.start - base
    if rx.ADJUSTED_UP.search(text, max(0, pos - ADJUSTED_REACH), pos) and not rx.ADJUSTED_IS_CHANGE.match(text, pos):
        return False  # "vốn điều chỉnh tăng 7.525 tỷ đồng": the capital added, an amount of its own
    for _ in range(CHANGE_LIST_DEPTH):
        if cue_before("change", text, pos) or cue_before("change_compared", text, pos):
            return True
        m = rx.LISTED_AFTER.search(text, max(0, pos - rx.LISTED_REACH), pos)
        if m is None:
            return False
        pos = m.start("num")
    return False


def rate_after_change(change: Figure, rate: Figure, text: str, base: int) -> bool:
    """Whether ``rate`` is the rate of the change ``change`` written right after it, before the
    comparison (``giảm 58 đơn, tương ứng 7,3% so với …``, ``giảm 58 đơn (7,3%) so với …``)."""
    if rate.measure != "percent" or change.measure not in ("count", "money") or not is_change(change, text, base):
        return False
    return rx.CHANGE_THEN_RATE.fullmatch(text, change.span.end - base, rate.span.start - base) is not None


def figures_year(figures: Iterable[Figure]) -> int | None:
    """The earliest year the figures' periods name (``2015``, ``2015-2016``, ``2019-H1``), if any:
    the year a list of them is of, for a scale in use some years only."""
    years = [int(m.group()) for f in figures if (m := rx.YEAR_IN_PERIOD.search(f.period or ""))]
    return min(years) if years else None
