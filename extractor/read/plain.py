"""Read a plain-text report into draft blocks.

Two shapes of text are understood:

* the clean document-model text (paragraphs separated by blank lines, the
  footnote texts after a ``____`` rule at the end, one tab-separated table
  per table);
* raw text extracted from a PDF: paragraphs cut at page breaks, footnote
  texts standing where a page ended (a long footnote may go on after the
  next page's body text), markdown emphasis (``**…**``, ``*…*``) and tables
  whose header rows repeat at each page break.

Both yield the same drafts: the header columns, the title, body paragraphs
with their footnote markers, tables, footnotes, recipients and signature.
Legacy 8-bit files (TCVN3, VNI) are decoded as cp1252 here and converted
elsewhere.
"""

from __future__ import annotations

import codecs
import difflib
import functools
import itertools
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from extractor.document.drafts import Draft, RawDocument
from extractor.document.elements import BlockKind, Cell, Table
from extractor.errors import UnreadableFile
from extractor.read.cell_lines import MAX_CELL_CHARS, cell_tables, split_cell_tables
from extractor.read.encoding import decide
from extractor.read.legacy import convert
from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.read.limits import check as limit_check
from extractor.read.row_lines import split_row_tables
from extractor.read.sniff import utf16_by_nuls
from extractor.text.regexes import (
    BULLET_LINE,
    CAPITAL_HEADING,
    CELL_LINE_VALUE,
    CONTINUING_LINE_END,
    DRAFT_MARK,
    FOOTNOTE_MARKER_RUN,
    FOOTNOTE_RULE,
    FOOTNOTE_START,
    LAST_WORD,
    LEADING_ITEM_NUMBER,
    LIST_NUMBER_START,
    MARKDOWN_BOLD,
    MARKDOWN_BOLD_ITALIC,
    MARKDOWN_ITALIC,
    MOTTO_LINE,
    PERSON_WORD,
    PLACE_DATE_LINE,
    RECIPIENT_ITEM,
    RECIPIENTS_LINE,
    SIGNING_CAPACITY,
    SUPERSCRIPT_DIGITS,
    TABLE_ROW_NUMBER,
    TYPIST_INITIALS,
    WHITESPACE,
    WHOLE_ROW_LABEL,
)
from extractor.text.resources import load_yaml
from extractor.text.shapes import heading_level

# --------------------------------------------------------------------------- decoding

_C1_HANDLER = "baocao-c1-passthrough"


def _c1_passthrough(exc: UnicodeError) -> tuple[str, int]:
    """Map a byte cp1252 leaves undefined (0x81, 0x8D …) to the C1 code point of the same value."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_C1_HANDLER, _c1_passthrough)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINES = (("\r\n", "\n"), ("\r", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"), ("\f", "\n\n"))


def _decode_raw(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if name.startswith("utf-16") and len(body) % 2:
                body = body[:-1]
            return body.decode(name.replace("-sig", ""), errors="replace"), name
    guess = utf16_by_nuls(data)
    if guess is not None:
        try:
            return data[: len(data) - len(data) % 2].decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors=_C1_HANDLER), "cp1252"


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes of a text file → (NFC text with ``\\n`` newlines, name of the encoding used).

    UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or recognised by its NUL
    bytes), else cp1252 so that TCVN3/VNI bytes survive for later conversion.
    """
    text, name = _decode_raw(data)
    return _normalise(text), name


def _normalise(text: str) -> str:
    """``\\n`` newlines, no BOM, NFC."""
    text = text.lstrip("\ufeff")
    for old, new in _NEWLINES:
        text = text.replace(old, new)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- inline text

_SUP_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_UNITS = {"m", "km", "cm", "dm", "mm"}  # m², km³ … are units, not footnote markers
_UNIT_CONTEXT = 8  # characters before a ² or ³ that tell whether it follows a unit
_MARKER_DIGITS = 6  # a footnote number has a few digits: a longer run of superscripts is text
_TERMINAL = (".", "!", "?", ":", "…")
_CLOSING_QUOTES = "\"'”’»"
_OPENING_QUOTES = "\"'“‘«"


@dataclass
class _Inline:
    text: str
    markers: list[tuple[int, int]] = field(default_factory=list)
    bold: bool = False
    italic: bool = False


def strip_emphasis(text: str) -> str:
    """Remove markdown ``**bold**`` and ``*italic*`` markers; a lone ``*`` stays."""
    return MARKDOWN_ITALIC.sub(r"\1", MARKDOWN_BOLD.sub(r"\1", text))


def _whole_emphasis(text: str) -> tuple[bool, bool]:
    """(bold, italic) when the whole text is wrapped in emphasis markers."""
    if MARKDOWN_BOLD_ITALIC.fullmatch(text):
        return True, True
    if MARKDOWN_BOLD.fullmatch(text):
        return True, False
    return False, MARKDOWN_ITALIC.fullmatch(text) is not None


def _is_unit(before: str, run: str) -> bool:
    if run not in ("²", "³"):
        return False
    word = LAST_WORD.search(before)
    return word is not None and word.group(0) in _UNITS


def _marker_number(run: str) -> int | None:
    """The footnote number a run of superscript digits stands for; None when the run is too long
    to be one (a line of thousands of ``¹``: int() refuses more than 4,300 digits)."""
    return int(run.translate(_SUP_TO_ASCII)) if len(run) <= _MARKER_DIGITS else None


def extract_markers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove superscript digit runs; return the text and (offset, footnote number) pairs.

    Linear in the text: 200,000 markers cost no more than their characters."""
    out: list[str] = []
    markers: list[tuple[int, int]] = []
    pos = length = 0
    for m in FOOTNOTE_MARKER_RUN.finditer(text):
        before = text[pos : m.start()]
        out.append(before)
        length += len(before)
        pos = m.end()
        number = _marker_number(m.group(0))
        if number is None or _is_unit(text[max(0, m.start() - _UNIT_CONTEXT) : m.start()], m.group(0)):
            out.append(m.group(0))
            length += len(m.group(0))
            continue
        markers.append((length, number))
    out.append(text[pos:])
    return "".join(out), markers


def _inline(text: str) -> _Inline:
    """Strip emphasis and footnote markers from one block's text."""
    text = text.strip()
    bold, italic = _whole_emphasis(FOOTNOTE_MARKER_RUN.sub("", text).strip())
    clean, markers = extract_markers(strip_emphasis(text).strip())
    stripped = clean.rstrip()
    markers = [(min(off, len(stripped)), n) for off, n in markers]
    return _Inline(stripped, markers, bold, italic)


def ends_open(text: str) -> bool:
    """True when a paragraph ends without terminal punctuation (closing quotes ignored)."""
    core = text.rstrip().rstrip(_CLOSING_QUOTES).rstrip()
    return bool(core) and not core.endswith(_TERMINAL)


def _is_list_number(text: str) -> bool:
    m = LIST_NUMBER_START.match(text)
    if m is None:
        return False
    number, sep, space, nxt = m.groups()
    if sep == ")":
        return True
    if sep == "/":  # "1/ Khái quát tình hình": a heading; not "1/2 số xã"
        return bool(space) and nxt.isupper()
    if sep == ".":
        return bool(space) or nxt.isupper()
    if sep in ("-", "–"):
        if space:
            return not nxt[0].isdigit()
        word = text[m.start(4) :].split(maxsplit=1)[0]
        return nxt.isupper() and "/" not in word
    return "." in number and nxt.isupper()


def starts_continuation(text: str) -> bool:
    """True when a paragraph starts in lower case or with a number that is not a list number."""
    core = text.lstrip().lstrip(_OPENING_QUOTES)
    if not core:
        return False
    first = core[0]
    if first in "0123456789":
        return not _is_list_number(core)
    return first.isalpha() and first.islower()


# --------------------------------------------------------------------------- paragraphs

_MAX_FRONT = 12  # the title must come within the first paragraphs
_MAX_SUBJECT_CHARS = 600
_WRAPS_PER_LINE_MAX = 50  # text written a paragraph per line has at most one wrapped line in so many
_BLANKS_PER_LINE_MAX = 5  # … and at most one blank line in so many
_SUBJECT_LINE_MAX = 120  # characters: a longer line under the type line is a body paragraph
_HEADING_LINE_MAX = 120  # characters: a numbered heading on a line of its own is no longer
_HEADER_SIMILARITY = 0.75


@dataclass
class _Para:
    lines: list[str]  # stripped, except table rows which keep their tabs
    kind: str  # text, table, rule, footnote, recipients, signature
    header_rows: int | None = None  # a table's header rows when its reader knows them

    @property
    def first(self) -> str:
        return self.lines[0]


def _classify(lines: list[str]) -> str:
    first = strip_emphasis(lines[0].strip())
    if all("\t" in line for line in lines):
        return "table"
    if len(lines) == 1 and FOOTNOTE_RULE.match(first):
        return "rule"
    if FOOTNOTE_START.match(first):
        return "footnote"
    if RECIPIENTS_LINE.match(first):
        return "recipients"
    if SIGNING_CAPACITY.match(first.lstrip("*")):
        return "signature"
    return "text"


def _make_para(lines: list[str], header_rows: int | None = None) -> _Para:
    if not all("\t" in ln for ln in lines):
        lines = [ln.replace("\t", " ").strip() for ln in lines]
    return _Para(lines, _classify(lines), header_rows)


def _starts_note(line: str) -> bool:
    return FOOTNOTE_START.match(line.strip()) is not None


def _bulleted_items(lines: list[str]) -> list[list[str]]:
    """The lines of one paragraph cut before each line that opens with a bullet (``- ``,
    ``+ ``, ``• ``), or with a list number (``3. Tình hình học sinh:``) after a line that
    ends a sentence: one item each, with the lines that wrap it."""
    if any("\t" in line for line in lines):
        return [lines]
    out: list[list[str]] = []
    for line in lines:
        numbered = bool(out) and _is_list_number(line) and not ends_open(out[-1][-1])
        if not out or (BULLET_LINE.match(line) and not _goes_on(out[-1])) or numbered:
            out.append([])
        out[-1].append(line)
    return out


def _goes_on(item: list[str]) -> bool:
    """Whether the lines so far stop inside a phrase, so a next line opening with ``+`` or ``-``
    wraps it (``… 15 đồng chí được miễn đánh giá và`` / ``+ 8 đồng chí mới kết nạp …``): a
    bracket left open, or a last word that joins (``và``, ``của``, a comma)."""
    text = " ".join(item)
    return text.count("(") > text.count(")") or CONTINUING_LINE_END.search(text) is not None


def _tables_in(lines: list[str]) -> list[tuple[int | None, list[str]]]:
    """A paragraph's lines cut into prose (``None``) and tables (their header rows): tables one
    cell per line, then, in the prose left, tables one row per line."""
    out: list[tuple[int | None, list[str]]] = []
    for header, run in split_cell_tables(lines):
        out += [(header, run)] if header is not None else split_row_tables(run)
    return out


def _paras_of(lines: list[str]) -> list[_Para]:
    """The paragraphs of a run of lines with no blank line between: its tables, and its
    bulleted items each on its own."""
    return [
        _make_para(item, header)
        for header, run in _tables_in(lines)
        for piece in (_headings_apart(run) if header is None else [run])
        for item in (_bulleted_items(piece) if header is None else [piece])
    ]


def _headings_apart(lines: list[str]) -> list[list[str]]:
    """The lines cut around each numbered heading in capitals among them (``II. KẾT QUẢ``,
    :func:`_capital_heading`) when no blank line sets it apart, as in Word's plain-text
    export: one that stands first or after a line that ends a sentence or another such
    heading, and before a line not in capitals (a heading on two lines, ``I. KẾT QUẢ …`` /
    ``CỦA BAN CHẤP HÀNH …``, stays whole) that opens no bracket or quote (``(Giai đoạn
    2020 - 2023)``).  Headings in mixed case are left as they are: a wrapped numbered
    paragraph cannot be told from them."""
    out: list[list[str]] = [[]]
    heading = False
    for i, line in enumerate(lines):
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        heading = (
            len(line) <= _HEADING_LINE_MAX
            and _capital_heading(line)
            and (i == 0 or heading or not ends_open(lines[i - 1]))
            and not (after and (after.upper() == after or after[0] in "([\"“'‘«"))
        )
        if heading:
            out += [[line], []]
        else:
            out[-1].append(line)
    return [run for run in out if run]


def _sentence_per_line(text: str) -> bool:
    """Whether the text writes a paragraph per line, as Word's plain-text export does: at most
    one blank line in :data:`_BLANKS_PER_LINE_MAX` lines, and one line, or one in
    :data:`_WRAPS_PER_LINE_MAX`, that goes on in the next (ends open, the next opening in lower
    case: ``… trong đó`` / ``30 chi bộ …``).  Text wrapped at a width (a PDF's text, e-mail)
    has many such lines."""
    raw = text.strip().split("\n")
    lines = [line.strip() for line in raw if line.strip() and "\t" not in line]
    blanks = sum(1 for a, b in itertools.pairwise(raw) if a.strip() and not b.strip())  # blank runs between lines
    wraps = sum(1 for a, b in itertools.pairwise(lines) if ends_open(a) and starts_continuation(b))
    few_wraps = wraps <= max(1, len(lines) // _WRAPS_PER_LINE_MAX)
    return len(lines) > 2 and blanks * _BLANKS_PER_LINE_MAX <= len(lines) and few_wraps


def _ends_paragraph(line: str, after: str) -> bool:
    """In text written a paragraph per line: a line that ends a sentence (not ``:`` or ``;``,
    which a list follows) before a line that opens anew ends its paragraph; so does a numbered
    heading with no other number (``2. Kết quả tổ chức thực hiện``) before a heading numbered
    one level deeper (``2.1. Nhận thức …``), whose number would else be read as a figure (not
    ``1. Tổng số đảng viên: 3.418 đồng chí`` / ``2. …``: a list of figures)."""
    if "\t" in after or starts_continuation(after):
        return False
    core = line.rstrip().rstrip(_CLOSING_QUOTES).rstrip()
    if core.endswith((".", "!", "?", "…")):
        return True
    level, deeper = heading_level(core), heading_level(after)
    bare = level is not None and not any(ch.isdigit() for ch in LEADING_ITEM_NUMBER.sub("", core, count=1))
    return bare and level is not None and deeper is not None and deeper > level and not _goes_on([core])


def _paragraphs(text: str, per_line: bool) -> list[_Para]:
    """Blank-line separated paragraphs, and in text written a paragraph per line
    (:func:`_sentence_per_line`) each line that ends a sentence closes one; a footnote line
    glued under body lines starts its own paragraph."""
    groups: list[list[str]] = []
    current: list[str] = []
    for raw in [*text.split("\n"), ""]:
        ended = per_line and bool(current) and bool(raw.strip()) and _ends_paragraph(current[-1], raw.strip())
        if current and (ended or not raw.strip() or (_starts_note(raw) and not _starts_note(current[0]))):
            groups.append(current)
            current = []
        if raw.strip():
            current.append(raw.rstrip(" \u00a0") if "\t" in raw else raw.strip())
    return [para for group in _cells_apart_joined(groups) for para in _paras_of(group)]


MIN_CELL_RUN = 9  # one-line paragraphs in a run before it is tried as a table copied a cell a paragraph


def _cells_apart_joined(groups: list[list[str]]) -> list[list[str]]:
    """Paragraphs of one short line each in a run (a web table copied with a blank line between
    its cells) joined into one paragraph where the run holds a table one cell per line under a
    row-number header (:func:`cell_tables`, ``STT``); the lines before and after it stay
    paragraphs of their own."""
    out: list[list[str]] = []
    i = 0
    while i < len(groups):
        j = i
        while j < len(groups) and _cell_paragraph(groups[j]):
            j += 1
        if j - i < MIN_CELL_RUN:
            out += groups[i : max(j, i + 1)]
            i = max(j, i + 1)
            continue
        run = groups[i:j]
        cells = [_cells_of(g) for g in run]
        lines = [line for c in cells for line in c]
        owner = [n for n, c in enumerate(cells) for _ in c]  # the paragraph each line is of
        done = 0
        for table in cell_tables(lines):
            if not table.header_rows or not (table.rows[0][0] == "STT" or table.unit_column):
                continue  # only a table under a row-number header (STT) or with a unit column: a
                # heading and a figure before numbers a paragraph each are no header of another
            first, last = owner[table.start], owner[table.end - 1]
            out += run[done:first]
            out.append([line for c in cells[first : last + 1] for line in c])
            done = last + 1
        out += run[done:]
        i = j
    return out


def _cell_paragraph(lines: list[str]) -> bool:
    """A paragraph that may be a cell of a table copied a cell a paragraph: a short line, or a
    short cell wrapped over two or three lines (``Thực hiện`` / ``8 tháng/2015``; a header
    spelled a letter a line, ``T`` / ``T``)."""
    return len(lines) <= 3 and all("\t" not in line for line in lines) and len(" ".join(lines)) <= MAX_CELL_CHARS


def _cells_of(lines: list[str]) -> list[str]:
    """A cell paragraph's cells: one, its lines joined; a header spelled a letter a line
    keeps a letter a line (``S`` / ``T`` / ``T``)."""
    return lines if len(lines) > 1 and all(len(line) == 1 for line in lines) else [" ".join(lines)]


# --------------------------------------------------------------------------- front matter


@functools.cache
def _document_types() -> tuple[str, ...]:
    data = load_yaml("document.yaml") or {}
    names = [str(entry["name"]) for entry in data.get("document_types", [])]
    return tuple(sorted(names, key=len, reverse=True))


def _is_type_line(line: str) -> bool:
    """A line reading exactly a document type (BÁO CÁO …), or a type followed by more capitals."""
    core = WHITESPACE.sub(" ", strip_emphasis(line).strip("* "))
    upper = core.upper()
    return any(upper == name or (upper.startswith(name + " ") and upper == core) for name in _document_types())


def _find_title(paras: list[_Para]) -> tuple[int, int] | None:
    """(paragraph, line) of the document-type line among the first paragraphs."""
    for i, para in enumerate(paras[:_MAX_FRONT]):
        if para.kind != "text":
            continue
        for k, line in enumerate(para.lines):
            if _is_type_line(line):
                return i, k
    return None


def _is_right_column(line: str) -> bool:
    return bool(MOTTO_LINE.match(line) or PLACE_DATE_LINE.match(line) or DRAFT_MARK.match(line))


def _header_drafts(lines: list[str]) -> list[Draft]:
    """One HEADER draft per column; the right column starts at the first motto, place-date or draft line."""
    lines = [ln.strip() for ln in strip_emphasis("\n".join(lines)).split("\n") if ln.strip()]
    split = next((i for i, ln in enumerate(lines) if _is_right_column(ln)), len(lines))
    columns = (lines[:split], lines[split:])
    return [Draft(text="\n".join(col), kind=BlockKind.HEADER) for col in columns if col]


def _title_draft(type_line: str, subject_lines: list[str]) -> Draft:
    head = WHITESPACE.sub(" ", strip_emphasis(type_line).strip("* "))
    if not subject_lines:
        return Draft(text=head, kind=BlockKind.TITLE)
    subject = _inline(" ".join(subject_lines))
    shift = len(head) + 1
    markers = [(off + shift, n) for off, n in subject.markers]
    return Draft(text=f"{head}\n{subject.text}", kind=BlockKind.TITLE, markers=markers)


def _takes_subject(para: _Para) -> bool:
    text = " ".join(para.lines)
    return para.kind == "text" and len(text) <= _MAX_SUBJECT_CHARS and ends_open(text) and not _capital_heading(text)


def _subject_lines(lines: list[str], closed: bool) -> int:
    """How many of the lines under the document-type line, in its paragraph, are the title's
    subject: each no longer than a subject line (:data:`_SUBJECT_LINE_MAX`: a longer one is a
    body paragraph written on one line), ending in no ``;`` (``Căn cứ Kế hoạch …;`` is the
    body's preamble), no numbered heading (``I. TÌNH HÌNH CHUNG``, ``2. Kết quả …``), and ending
    open, but for the last line of a paragraph a blank line ``closed`` (``Kết quả công tác năm
    2023.``): a line that ends a sentence with more lines after it, or in text written a
    paragraph per line, is body (``Đảng bộ có 52 tổ chức cơ sở đảng …``), so no figure of it is
    lost in the title."""
    size = 0
    for taken, line in enumerate(lines):
        last = closed and taken == len(lines) - 1
        if len(line) > _SUBJECT_LINE_MAX or line.rstrip().endswith(";") or CAPITAL_HEADING.match(line.strip()):
            return taken
        if size + len(line) > _MAX_SUBJECT_CHARS or not (ends_open(line) or last):
            return taken
        size += len(line)
    return len(lines)


def _capital_heading(line: str) -> bool:
    """A numbered heading written in capitals (``I. TÌNH HÌNH CHUNG``, ``PHẦN THỨ HAI``,
    ``2. KẾT QUẢ``): never a wrapped line of a title or a paragraph."""
    m = CAPITAL_HEADING.match(line.strip())
    return m is not None and m.group("words").upper() == m.group("words") and any(ch.isalpha() for ch in m["words"])


def _body_after_title(paras: list[_Para], per_line: bool) -> list[_Para]:
    """The paragraphs, with body lines written right under the document-type line (no blank
    line between: ``BÁO CÁO`` / ``Đảng bộ có 52 tổ chức cơ sở đảng …``) split off into a
    paragraph of their own.  The title's subject is the lines after the type line that
    :func:`_subject_lines` counts; those after it are body, not title, so their figures are
    read."""
    found = _find_title(paras)
    if found is None:
        return paras
    t, k = found
    rest = paras[t].lines[k + 1 :]
    taken = _subject_lines(rest, closed=not per_line)
    if taken == len(rest):
        return paras
    head = replace(paras[t], lines=paras[t].lines[: k + 1 + taken])
    return [*paras[:t], head, *_paras_of(rest[taken:]), *paras[t + 1 :]]


def _front_matter(paras: list[_Para]) -> tuple[list[Draft], int]:
    """Header and title drafts, and the index of the first body paragraph."""
    found = _find_title(paras)
    if found is None:
        return [], 0
    t, k = found
    drafts = _header_drafts([ln for p in paras[:t] for ln in p.lines] + paras[t].lines[:k])
    subject, body_start = paras[t].lines[k + 1 :], t + 1
    if not subject and body_start < len(paras) and _takes_subject(paras[body_start]):
        subject, body_start = paras[body_start].lines, body_start + 1
    drafts.append(_title_draft(paras[t].lines[k], subject))
    return drafts, body_start


# --------------------------------------------------------------------------- tables


def _split_row(line: str) -> list[str]:
    return [strip_emphasis(cell.strip()) for cell in line.split("\t")]


def _is_row_number(cell: str) -> bool:
    return bool(TABLE_ROW_NUMBER.fullmatch(cell.strip()))


def _header_count(rows: list[list[str]]) -> int:
    """Rows before the first one numbered by an arabic or roman numeral, or labelled as the
    table's whole with a count right above the numbered rows (``\tToàn huyện\t765``, its number
    cell empty or ``*``); 1 when that is far or absent."""
    for i, row in enumerate(rows):
        whole = 0 < i < len(rows) - 1 and _numbered(rows[i + 1]) and _whole_row(row)
        if _numbered(row) or whole:
            return i if i <= 3 else 1
    return 1 if len(rows) > 1 else 0


def _numbered(row: list[str]) -> bool:
    return bool(row) and _is_row_number(row[0])


def _whole_row(row: list[str]) -> bool:
    """A row labelled as the table's whole, with a count (``*\tToàn huyện\t765``)."""
    labelled = any(WHOLE_ROW_LABEL.fullmatch(c.strip()) for c in row[:2])
    return labelled and any(CELL_LINE_VALUE.fullmatch(c.strip()) for c in row[1:])


def _make_table(rows: list[list[str]], header_rows: int, path: str = "", limits: Limits = DEFAULT_LIMITS) -> Table:
    n_cols = max(len(r) for r in rows)
    found = f"a tab-separated table has {len(rows):,} rows × {n_cols:,} columns"
    limit_check(path, "max_table_cells", len(rows) * n_cols, limits, found)
    cells = [
        Cell(row=r, col=c, text=row[c] if c < len(row) else "", header=r < header_rows)
        for r, row in enumerate(rows)
        for c in range(n_cols)
    ]
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells, header_rows=header_rows)


def _row_similar(a: list[str], b: list[str]) -> bool:
    left, right = " ".join(x for x in a if x), " ".join(x for x in b if x)
    return difflib.SequenceMatcher(None, left, right).ratio() >= _HEADER_SIMILARITY


def _repeated_header(header: list[list[str]], rows: list[list[str]]) -> bool:
    return bool(header) and len(rows) >= len(header) and all(map(_row_similar, header, rows))


# --------------------------------------------------------------------------- closing block


def _signature_line(line: str) -> str | None:
    """'title', 'name' or 'note' for a line that can stand in a signature block, else None."""
    core = line.strip("* ").strip()
    if core.startswith("Người ký"):
        return "name"
    if SIGNING_CAPACITY.match(core):
        return "title"
    if core.startswith("(") and core.endswith(")") and len(core) <= 40:
        return "note"
    words = core.split()
    letters = [ch for ch in core if ch.isalpha()]
    if letters and core.upper() == core and len(words) <= 8 and not core.startswith("PHỤ LỤC"):
        return "title"
    if 2 <= len(words) <= 6 and all(PERSON_WORD.match(w) and w[0].isupper() for w in words):
        return "name"
    return None


def _is_recipient_line(line: str) -> bool:
    core = line.strip("* ").strip()
    return bool(RECIPIENT_ITEM.match(core) or TYPIST_INITIALS.match(core))


# --------------------------------------------------------------------------- body


@dataclass
class _TableState:
    draft: Draft
    rows: list[list[str]]
    header_rows: int


@dataclass
class _Body:
    """Walks the body paragraphs, re-joining what page breaks cut apart."""

    paras: list[_Para]
    drafts: list[Draft] = field(default_factory=list)
    end_notes: list[Draft] = field(default_factory=list)  # footnotes after the ____ rule
    warnings: list[str] = field(default_factory=list)
    open_body: Draft | None = None  # last body paragraph, while only footnotes follow it
    last_note: Draft | None = None  # last footnote, a candidate for a continuation
    table: _TableState | None = None
    after_rule: bool = False
    note_numbers: set[int] = field(default_factory=set)
    path: str = ""
    limits: Limits = DEFAULT_LIMITS

    def run(self, start: int) -> None:
        i = start
        while i < len(self.paras):
            i = self._step(i)

    def _kind(self, i: int) -> str | None:
        return self.paras[i].kind if 0 <= i < len(self.paras) else None

    def _step(self, i: int) -> int:
        para = self.paras[i]
        if para.kind == "footnote":
            self._footnotes(para)
            return i + 1
        if para.kind == "rule":
            self.after_rule = True
            self._close()
            return i + 1
        if para.kind == "table":
            self._table(para)
            return i + 1
        if para.kind == "recipients":
            return self._recipients(i)
        if para.kind == "signature":
            return self._signature(i)
        if self.after_rule and self.last_note is not None:
            self._extend(self.last_note, _inline(" ".join(para.lines)))
            return i + 1
        self._text(i)
        return i + 1

    def _close(self) -> None:
        self.open_body = None
        self.table = None

    def _emit(self, draft: Draft) -> None:
        self.drafts.append(draft)

    # footnotes ---------------------------------------------------------------
    def _footnotes(self, para: _Para) -> None:
        for line in para.lines:
            m = FOOTNOTE_START.match(line)
            number = _marker_number(m.group(1)) if m else None
            if m is None or number is None:
                if self.last_note is not None:
                    self._extend(self.last_note, _Inline(strip_emphasis(line).strip()))
                continue
            note = Draft(text=strip_emphasis(m.group(2)).strip(), kind=BlockKind.FOOTNOTE, footnote_number=number)
            self._add_note(note)

    def _add_note(self, note: Draft) -> None:
        if note.footnote_number in self.note_numbers:
            self.warnings.append(f"footnote {note.footnote_number} appears more than once")
        self.note_numbers.add(note.footnote_number or 0)
        (self.end_notes if self.after_rule else self.drafts).append(note)
        self.last_note = note

    # body paragraphs ---------------------------------------------------------
    @staticmethod
    def _extend(draft: Draft, part: _Inline) -> None:
        if not part.text:
            return
        shift = len(draft.text) + 1 if draft.text else 0
        draft.markers.extend((off + shift, n) for off, n in part.markers)
        draft.text = f"{draft.text} {part.text}" if draft.text else part.text
        draft.bold = draft.bold and part.bold
        draft.italic = draft.italic and part.italic

    def _continues_note(self, i: int, body_open: bool) -> bool:
        note = self.last_note
        if note is None or self.after_rule or not ends_open(note.text):
            return False
        if self._kind(i - 1) == "footnote":
            return False  # a new page's body starts right after the footnote area
        return self._kind(i + 1) == "footnote" or not body_open

    def _text(self, i: int) -> None:
        part = _inline(" ".join(self.paras[i].lines))
        if starts_continuation(part.text):
            body_open = self.open_body is not None and ends_open(self.open_body.text)
            if self._continues_note(i, body_open):
                assert self.last_note is not None
                self._extend(self.last_note, part)
                return
            if body_open:
                assert self.open_body is not None
                self._extend(self.open_body, part)
                return
        draft = Draft(text=part.text, markers=part.markers, bold=part.bold, italic=part.italic)
        self._close()
        self._emit(draft)
        self.open_body = draft

    # tables ------------------------------------------------------------------
    def _table(self, para: _Para) -> None:
        rows = [_split_row(line) for line in para.lines]
        state = self.table
        if state is not None:
            header = state.rows[: state.header_rows]
            if _repeated_header(header, rows):
                state.rows.extend(rows[len(header) :])
                self._refresh(state)
                return
        self._close()
        heads = para.header_rows if para.header_rows is not None else _header_count(rows)
        state = _TableState(Draft(text="", kind=BlockKind.TABLE), rows, heads)
        self._refresh(state)
        self._emit(state.draft)
        self.table = state

    def _refresh(self, state: _TableState) -> None:
        table = _make_table(state.rows, state.header_rows, self.path, self.limits)
        state.draft.table = table
        state.draft.text = table.as_text()

    # closing block -----------------------------------------------------------
    def _recipients(self, i: int) -> int:
        lines = list(self.paras[i].lines)
        j = i + 1
        while self._kind(j) == "text" and all(map(_is_recipient_line, self.paras[j].lines)):
            lines.extend(self.paras[j].lines)
            j += 1
        self._close()
        self._emit(Draft(text=self._clean_lines(lines), kind=BlockKind.RECIPIENTS))
        if self._kind(j) == "text" and _signature_line(self.paras[j].first) == "title":
            return self._signature(j)
        return j

    def _signature(self, i: int) -> int:
        lines = list(self.paras[i].lines)
        j = i + 1
        named = any(_signature_line(ln) == "name" for ln in lines)
        while not named and self._kind(j) == "text":
            kinds = [_signature_line(ln) for ln in self.paras[j].lines]
            if None in kinds:
                break
            lines.extend(self.paras[j].lines)
            named = "name" in kinds
            j += 1
        self._close()
        self._emit(Draft(text=self._clean_lines(lines), kind=BlockKind.SIGNATURE))
        return j

    @staticmethod
    def _clean_lines(lines: list[str]) -> str:
        text = strip_emphasis("\n".join(lines))
        return "\n".join(ln.strip("* ").strip() if ln.strip() != "*" else "*" for ln in text.split("\n"))


# --------------------------------------------------------------------------- entry point


def _drafts_from_text(text: str, path: str = "", limits: Limits = DEFAULT_LIMITS) -> tuple[list[Draft], list[str]]:
    per_line = _sentence_per_line(text)
    paras = _body_after_title(_paragraphs(text, per_line), per_line)
    front, start = _front_matter(paras)
    warnings = [] if front else ["no document type line (BÁO CÁO, KẾT LUẬN …) near the top: no header or title"]
    body = _Body(paras, path=path, limits=limits)
    body.run(start)
    notes = sorted(body.end_notes, key=lambda d: d.footnote_number or 0)
    return [*front, *body.drafts, *notes], warnings + body.warnings


def _check_lines(text: str, path: str, limits: Limits) -> None:
    """One line of 300,000 tabs must not become a table of 300,000 columns."""
    longest = max((len(line) for line in text.split("\n")), default=0)
    limit_check(path, "max_line_chars", longest, limits, f"a line has {longest:,} characters")


def read_txt(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """Read a plain-text report (clean model text or raw PDF-extracted text) into drafts.

    The encoding is decided from the whole file (:mod:`extractor.read.encoding`); a guessed
    one is reported with its confidence in the warnings.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(str(path), f"cannot read the file ({exc.strerror or exc})") from exc
    decoded = decide(data, str(path))
    text = _normalise(decoded.text)
    legacy: str | None = None
    if decoded.legacy:
        # Legacy 8-bit text: convert TCVN3/VNI before the structure is read from it, line by
        # line so that the uppercase-font heuristic sees each line's own context.
        text = "\n".join(convert(line, decoded.legacy) for line in text.split("\n"))
        legacy = decoded.legacy
    elif decoded.encoding == "cp1258":
        legacy = "cp1258"
    if not text.strip():
        raise UnreadableFile(str(path), "no text in file")
    if "\x00" in text:
        raise UnreadableFile(str(path), "binary data, not a text file")
    _check_lines(text, str(path), limits)
    drafts, warnings = _drafts_from_text(text, str(path), limits)
    return RawDocument(
        format="txt",
        page_count=None,
        drafts=drafts,
        warnings=decoded.warnings + warnings,
        source_encoding=legacy,
    )
