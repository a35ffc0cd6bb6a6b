"""PDF reader: text layer, rules and tables with pypdfium2, OCR for scanned pages.

Stages, page by page (one page in memory at a time):
  lines    pypdfium2 text lines with size, style and superscript markers
           (or tesseract lines when the page has no usable text layer);
  zones    page furniture (page numbers at the top/bottom), the footnote area
           (below the separator rule, or trailing small-type lines), tables
           (from the page's ruling lines, cell text from PDFium), the body;
Then over the whole document:
  footnotes  marker lines + texts, continuations re-joined across pages;
  tables     a table continued on the next page is one table, repeated header rows dropped;
  body       lines grouped into paragraphs by indent, line end, style and spacing;
             a paragraph cut by a page break is re-joined (next page starts flush
             left, previous line ran to the right margin).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pypdfium2 as pdfium

from extractor.document.drafts import Draft, Line, RawDocument
from extractor.document.elements import BBox, BlockKind, Region, Table
from extractor.read.legacy import convert, detect_legacy, restore_dropped
from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.read.limits import check as limit_check
from extractor.read.pdf.bare_tables import find_bare_tables, may_hold_bare_table
from extractor.read.pdf.lines import SOFT_BREAKS, hyphen_break, text_lines
from extractor.read.pdf.ocr_words import repair_ocr_text
from extractor.read.pdf.open_tables import find_rule_tables, lines_once
from extractor.read.pdf.opening import load_page, open_pdf
from extractor.read.pdf.orientation import upright
from extractor.read.pdf.rules import Rule, page_rules
from extractor.read.pdf.tables import TableChunk, continues, find_tables, merge_continued_tables
from extractor.text import regexes as rx
from extractor.text.shapes import is_document_type_line, is_endnotes_heading, is_recipients_line

FOOTNOTE_SIZE_RATIO = 0.88  # footnote type is smaller than body type (11 pt vs 14 pt)


@dataclass
class PageZones:
    page: int
    width: float
    height: float
    furniture: list[Draft] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    tables: list[TableChunk] = field(default_factory=list)
    rules: list[BBox] = field(default_factory=list)  # thin horizontal rules: footnote separators, table borders
    ocr: bool = False


def read_pdf(
    path: Path, *, password: str | None = None, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS
) -> RawDocument:
    pages: list[PageZones] = []
    warnings: list[str] = []
    with open_pdf(path, password) as pdf:
        page_count = len(pdf)
        limit_check(str(path), "max_pages", page_count, limits, f"it has {page_count:,} pages")
        needs_ocr: list[int] = []
        carry: list[float] | None = None  # the column edges of a rules-only table that ended the page before
        for index in range(page_count):
            zones, wants_ocr = _read_page(pdf, index, ocr, str(path), warnings, carry)
            carry = zones.tables[-1].edges if zones.tables else None
            pages.append(zones)
            if wants_ocr:
                needs_ocr.append(index)
        if needs_ocr:
            _ocr_into(pdf, needs_ocr, pages, str(path), limits)
    encoding = _decode_legacy(pages)
    body_size = _body_size(pages)
    running = _running_lines(pages)
    called = {num for z in pages for ln in z.body for _, num in ln.markers}  # the raised markers' numbers
    for zones in pages:
        _split_zones(zones, body_size, running, called)
    drafts = _assemble_drafts(pages, body_size)
    return RawDocument(
        format="pdf",
        page_count=page_count,
        drafts=drafts,
        ocr=any(z.ocr for z in pages),
        warnings=warnings,
        source_encoding=encoding,
        legacy_checked=True,
    )


# ---------------------------------------------------------------- page reading


def _read_page(
    pdf: pdfium.PdfDocument, index: int, ocr: str, path: str, warnings: list[str], carry: list[float] | None
) -> tuple[PageZones, bool]:
    page = load_page(pdf, index, path)
    try:
        textpage, _ = upright(page, page.get_textpage())
        width, height = page.get_size()
        zones = PageZones(page=index + 1, width=width, height=height)
        try:
            text = textpage.get_text_range()
            wants_ocr = ocr == "always" or (ocr == "auto" and _page_needs_ocr(text))
            if not wants_ocr:
                zones.body = list(text_lines(textpage, index + 1, height))
                rules = page_rules(page)
                zones.rules = [BBox(r.x0, r.y0, r.x1, r.y1) for r in rules if r.horizontal and r.length > 20]
                _tables_into(zones, rules, textpage, warnings, carry)
        finally:
            textpage.close()
        return zones, wants_ocr
    finally:
        page.close()


LEGACY_SAMPLE_LINES = 400  # lines read to decide whether a PDF's text is TCVN3 or VNI


def _decode_legacy(pages: list[PageZones]) -> str | None:
    """Convert TCVN3/VNI text to Unicode before anything reads the layout (the header, "Nơi
    nhận", footnote numbers): decided once for the whole document from its first lines."""
    lines = [ln for z in pages for ln in z.body]
    encoding = detect_legacy("\n".join(ln.text for ln in lines[:LEGACY_SAMPLE_LINES]))
    if encoding is None:
        return None
    for zones in pages:
        zones.body = [_decoded(ln, encoding) for ln in zones.body]
        for chunk in zones.tables:
            chunk.rows = [[replace(c, text=convert(c.text, encoding)) for c in row] for row in chunk.rows]
            chunk.lines = [_decoded(ln, encoding) for ln in chunk.lines]
    _put_back_dropped(pages, encoding)
    return encoding


def _put_back_dropped(pages: list[PageZones], encoding: str) -> None:
    """Put back the letter the producer dropped (TCVN3's "ư" is a soft hyphen), when the whole
    document shows it was dropped; markers keep their place by the text before them.  Tables
    too: their cells, and their lines (a box read as text after all, such as the closing
    block, is read from them)."""
    lines = [ln for z in pages for ln in [*z.body, *(x for c in z.tables for x in c.lines)]]
    cells = [cell for z in pages for c in z.tables for row in c.rows for cell in row]
    fixed = restore_dropped([ln.text for ln in lines] + [c.text for c in cells], encoding)
    if fixed is None:
        return
    new = dict(zip(map(id, lines), fixed[: len(lines)], strict=True))
    new_cells = dict(zip(map(id, cells), fixed[len(lines) :], strict=True))
    for zones in pages:
        zones.body = _rejoin_broken_words([_retext(ln, new[id(ln)]) for ln in zones.body])
        for chunk in zones.tables:
            chunk.lines = [_retext(ln, new[id(ln)]) for ln in chunk.lines]
            chunk.rows = [[replace(c, text=new_cells[id(c)]) for c in row] for row in chunk.rows]


def _rejoin_broken_words(lines: list[Line]) -> list[Line]:
    """A line that ends in the hyphen a producer printed where it broke a word at the dropped
    letter's soft hyphen ("d‐" | "ưỡng", "Trung ‐" | "ương") takes the next line's first word
    back, without the hyphen: the letter was put back at the start of that word."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.text and a.text[-1] in SOFT_BREAKS and b.text[:1] in ("ư", "Ư") and not a.markers):
            continue
        word, _, rest = b.text.partition(" ")
        cut = len(word) + 1
        if any(off < cut for off, _ in b.markers):
            continue
        out[i] = replace(a, text=a.text[:-1] + word)
        out[i + 1] = replace(b, text=rest, markers=[(off - cut, num) for off, num in b.markers])
    return [ln for ln in out if ln.text or ln.markers]


def _retext(line: Line, text: str) -> Line:
    if text == line.text:
        return line
    shift = len(text) - len(line.text)
    markers = [(off + shift if off >= len(line.text) else off, num) for off, num in line.markers]
    return replace(line, text=text, markers=markers)


def _decoded(line: Line, encoding: str) -> Line:
    """A line in Unicode; its markers move with the text before them."""
    markers = [(len(convert(line.text[:off], encoding)), num) for off, num in line.markers]
    return replace(line, text=convert(line.text, encoding), markers=markers)


def _page_needs_ocr(text: str) -> bool:
    from extractor.read.pdf.scan import page_needs_ocr

    return page_needs_ocr(text)


def _ocr_into(pdf: pdfium.PdfDocument, indices: list[int], pages: list[PageZones], path: str, limits: Limits) -> None:
    from extractor.read.pdf.scan import check_tesseract, ocr_pages

    check_tesseract(path)
    for page_no, lines in ocr_pages(pdf, [i + 1 for i in indices], path, limits=limits):
        pages[page_no - 1].body = lines
        pages[page_no - 1].ocr = True


def _tables_into(
    zones: PageZones, rules: list[Rule], textpage: pdfium.PdfTextPage, warnings: list[str], carry: list[float] | None
) -> None:
    """The page's tables (ruled grids, horizontal rules only, no rules at all), and its body
    without their lines.  Finding tables is optional
    for reading a page: when it fails, the page keeps its text and the failure is a warning."""
    try:
        chunks = find_tables(rules, textpage, zones.page, zones.height)
        page_lines = lines_once(textpage, zones.height)
        chunks += find_rule_tables(rules, page_lines, zones.page, zones.width, zones.height, carry)
        if may_hold_bare_table(
            [ln for ln in zones.body if not any(_inside(ln.bbox, c.bbox) for c in chunks)], bool(carry)
        ):
            chunks += find_bare_tables(page_lines, zones.page, [c.bbox for c in chunks], carry)
    except Exception as exc:
        warnings.append(f"page {zones.page}: tables were not read ({type(exc).__name__}: {exc}); its text is kept")
        return
    for chunk in chunks:
        chunk.lines = [ln for ln in zones.body if _inside(ln.bbox, chunk.bbox)]
        taken = {id(ln) for ln in chunk.lines}
        zones.body = [ln for ln in zones.body if id(ln) not in taken]
    zones.tables = chunks


def _one_row_boxes_as_text(stream: list[Line | TableChunk]) -> list[Line | TableChunk]:
    """A table part too short to stand alone (a ruled box of one row, a rules-only table of
    fewer than two structured rows) is a table only when it continues one from the page
    before, or when it ends its page and heads the part on the next (:func:`_heads`: a header
    row left alone at a page's foot, as a browser breaks a table with no repeated header);
    otherwise (a framed closing block, a boxed note, a totals box) its lines are read as text."""
    out: list[Line | TableChunk] = []
    for k, item in enumerate(stream):
        after = stream[k + 1] if k + 1 < len(stream) else None
        if (
            isinstance(item, TableChunk)
            and item.needs_previous
            and not (out and continues(out[-1], item))
            and not (isinstance(after, TableChunk) and _heads(item, after))
        ):
            out.extend(item.lines)
        else:
            out.append(item)
    return out


def _heads(box: TableChunk, rest: TableChunk, slack: float = 3.0) -> bool:
    """Whether a ruled box of one row heads the table part on the next page: as many columns,
    between the same edges (its column rules too, when both are grids), and a header's text:
    no cell a bare number (not a totals box, ``Tổng cộng | 215 | 72``); a period in words is
    header text (``Thực hiện 5 tháng năm 2024``, ``Ước tính tháng 6/2024``)."""
    if not continues(box, rest) or not box.rows:
        return False
    if abs(box.bbox.x0 - rest.bbox.x0) > slack or abs(box.bbox.x1 - rest.bbox.x1) > slack:
        return False
    if box.columns and rest.columns and not _same_rules(box.columns, rest.columns, slack):
        return False
    return not any(rx.CELL_LINE_VALUE.fullmatch(" ".join(cell.text.split())) for cell in box.rows[0])


def _same_rules(a: list[float], b: list[float], slack: float) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= slack for x, y in zip(a, b, strict=True))


def _inside(inner: BBox, outer: BBox, slack: float = 2.0) -> bool:
    cx, cy = (inner.x0 + inner.x1) / 2, (inner.y0 + inner.y1) / 2
    return outer.x0 - slack <= cx <= outer.x1 + slack and outer.y0 - slack <= cy <= outer.y1 + slack


# ---------------------------------------------------------------- zones


def _below_separator(zones: PageZones, body_size: float, called: set[int]) -> list[Line]:
    """Mark the footnote area: lines below a short rule in the lower part of the page, or below
    a full-width one when what follows is small type opening with a footnote marker (a table's
    border is no separator)."""
    lines, height, width = zones.body, zones.height, zones.width
    lower = [r for r in zones.rules if r.y0 > height * 0.35 and r.x1 - r.x0 > 40 and not _cell_border(r, zones.rules)]
    short = [r for r in lower if r.x1 - r.x0 < 0.5 * width]
    for rule in sorted(short or lower, key=lambda r: r.y0):
        below = [ln for ln in lines if ln.bbox.y0 >= rule.y0 - 1]
        small = bool(below) and all(_small(ln, body_size, SHORT_RULE_SIZE_RATIO) for ln in below)
        if (rule in short and small) or _note_area(below, body_size, called):
            return below
    return []


def _cell_border(rule: BBox, rules: list[BBox]) -> bool:
    """A rule that another continues at the same height (the borders of a table's cells)."""
    return any(
        other is not rule
        and abs(other.y0 - rule.y0) < 1.5
        and (abs(other.x0 - rule.x1) < 2 or abs(other.x1 - rule.x0) < 2)
        for other in rules
    )


def _note_area(lines: list[Line], body_size: float, called: set[int]) -> bool:
    """Small type that opens with a footnote marker."""
    return bool(lines) and all(_small(ln, body_size) for ln in lines) and _opens_notes(lines[0], called)


def _small(line: Line, body_size: float, ratio: float = 0.0) -> bool:
    return line.size < body_size * (ratio or FOOTNOTE_SIZE_RATIO)


def _opens_notes(line: Line, called: set[int]) -> bool:
    """A line that opens a footnote area: a raised marker or a number alone; a number in the
    note's own type only when the text has a raised marker of that number (``called``; a
    numbered list in small type is no footnote area)."""
    if _leading_marker(line) is not None or _is_marker_line(line):
        return True
    said = _text_marker(line)
    return said is not None and said in called


def _body_size(pages: list[PageZones]) -> float:
    sizes = [round(ln.size) for z in pages for ln in z.body if len(ln.text) > 40]
    return float(statistics.mode(sizes)) if sizes else 12.0


def _split_zones(
    zones: PageZones, body_size: float, running: set[tuple[bool, str]] | None = None, called: set[int] | None = None
) -> None:
    zones.body = _peel_running(zones, zones.body, running or set())
    notes = _below_separator(zones, body_size, called or set()) if not zones.ocr else []
    body = [ln for ln in zones.body if ln not in notes] if notes else zones.body
    if not notes:
        body, notes = _trailing_small_type(body, body_size, called or set())
    body = _peel_furniture(zones, body)
    if notes and _is_page_number(notes[-1], zones, top=False):  # below the footnotes: never part of one
        zones.furniture.append(_furniture(notes[-1], BlockKind.PAGE_FOOTER))
        notes = notes[:-1]
    zones.body, zones.notes = body, notes


MARKER_SIZE_RATIO = 0.65  # a note's number alone on its line, in type this much smaller than the body's
PARAGRAPH_SPACE = 1.2  # a line this many usual line pitches below the one before starts a paragraph
OCR_SIZE_JITTER = 0.15  # OCR line sizes of one paragraph differ by up to about a tenth (word boxes)
OCR_SHORT_LINE = 15  # characters: an OCR line this short has too few letters to measure its size
SHORT_RULE_SIZE_RATIO = 0.97  # under a short separator rule, notes need only be no larger than the body
RUNNING_MARGIN = 0.09  # the top and bottom bands of a page where running headers and footers stand
RUNNING_SHARE = 0.6  # a line repeated on this share of the pages (digits aside) is a running one
RUNNING_WORDS = 8  # a running header or footer is short ("12/1/26, 6:10 PM 001-bao-cao …")
RUNNING_MIN_PAGES = 3


def _running_key(line: Line, zones: PageZones) -> tuple[bool, str] | None:
    """A short, plain line in the top or bottom band, with its place on the page and its
    digits masked (``1/11`` and ``2/11`` are one); a bold line is a heading, never furniture."""
    top = line.bbox.y1 < zones.height * RUNNING_MARGIN
    bottom = line.bbox.y0 > zones.height * (1 - RUNNING_MARGIN)
    words = line.text.split()
    if not (top or bottom) or not words or line.bold or len(words) > RUNNING_WORDS:
        return None
    return top, f"{round(line.bbox.y0 / 4)}:" + rx.DIGIT_RUN.sub("#", " ".join(words))


def _running_lines(pages: list[PageZones]) -> set[tuple[bool, str]]:
    """Running headers and footers: lines of the page margins that repeat, digits aside, on
    most pages (a browser's date, title, address and "1/11"; a report's running title)."""
    if len(pages) < RUNNING_MIN_PAGES:
        return set()
    seen: Counter[tuple[bool, str]] = Counter()
    for zones in pages[1:]:  # counted after the first page (a report's header block may repeat once)
        seen.update({k for ln in zones.body if (k := _running_key(ln, zones)) is not None})
    return {k for k, n in seen.items() if n >= max(2, RUNNING_SHARE * (len(pages) - 1))}


def _peel_running(zones: PageZones, body: list[Line], running: set[tuple[bool, str]]) -> list[Line]:
    """The running lines of a page become page furniture (never figures)."""
    kept = []
    for ln in body:
        key = _running_key(ln, zones)
        if key is not None and key in running:
            zones.furniture.append(_furniture(ln, BlockKind.PAGE_HEADER if key[0] else BlockKind.PAGE_FOOTER))
        else:
            kept.append(ln)
    return kept


def _trailing_small_type(lines: list[Line], body_size: float, called: set[int]) -> tuple[list[Line], list[Line]]:
    """Without a separator rule: the footnote area is the run of small-type lines at the page end
    that starts with a footnote marker."""
    k = len(lines)
    while k > 0 and lines[k - 1].size < body_size * FOOTNOTE_SIZE_RATIO:
        k -= 1
    tail = lines[k:]
    start = next((i for i, ln in enumerate(tail) if _opens_notes(ln, called)), None)
    if start is None:
        return lines, []
    return lines[: k + start], tail[start:]


def _text_marker(line: Line) -> int | None:
    m = rx.NOTE_NUMBER.match(line.text)
    return int(m.group(1)) if m else None


def _is_marker_line(line: Line) -> bool:
    return line.text.isdecimal() and len(line.text) <= 3 and line.bbox.x1 - line.bbox.x0 < 15


def _peel_furniture(zones: PageZones, body: list[Line]) -> list[Line]:
    """Page numbers and running headers/footers become page-furniture drafts."""
    if body and _is_page_number(body[0], zones, top=True):
        zones.furniture.append(_furniture(body[0], BlockKind.PAGE_HEADER))
        body = body[1:]
    if body and _is_page_number(body[-1], zones, top=False):
        zones.furniture.append(_furniture(body[-1], BlockKind.PAGE_FOOTER))
        body = body[:-1]
    return body


def _is_page_number(line: Line, zones: PageZones, *, top: bool) -> bool:
    text = line.text.strip("- –—").replace("Trang", "").strip()
    in_margin = line.bbox.y1 < zones.height * 0.09 if top else line.bbox.y0 > zones.height * 0.91
    return text.isdigit() and len(text) <= 4 and in_margin


def _furniture(line: Line, kind: BlockKind) -> Draft:
    return Draft(text=line.text, kind=kind, regions=[Region(line.page, line.bbox)])


# ---------------------------------------------------------------- drafts


@dataclass
class _Geometry:
    """Text-block margins measured on the body's long lines; the right margin is kept as a
    gap from the page edge so landscape pages (appendices) are measured correctly."""

    left: float
    right_gap: float
    indent: float
    body_size: float
    widths: dict[int, float]
    main_width: float
    pitch: float = 0.0  # the usual distance between the tops of two lines of one paragraph

    def right(self, line: Line) -> float:
        return self.widths.get(line.page, 595.0) - self.right_gap

    def centred(self, line: Line) -> bool:
        right = self.right(line)
        centre = (line.bbox.x0 + line.bbox.x1) / 2
        width = self.widths.get(line.page, self.main_width)
        if abs(width - self.main_width) > 1:  # a section of another size (landscape appendix): own margins
            return abs(centre - width / 2) < 8 and line.bbox.x0 > width * 0.15
        at_indent = abs(line.bbox.x0 - self.indent) < 4
        flush = line.bbox.x0 < self.left + 4 or (at_indent and not _heading_style(line))
        return abs(centre - (self.left + right) / 2) < 8 and not flush and line.bbox.x1 < right - 4

    def indented(self, line: Line) -> bool:
        return line.bbox.x0 > self.left + 12

    def full(self, line: Line) -> bool:
        return line.bbox.x1 > self.right(line) - 18


def _heading_style(line: Line) -> bool:
    """Bold or in capitals, and no sentence ended: a centred line that happens to start at the
    paragraph indent is still centred (a title or subject line); a plain one there, or one
    ending in a full stop (a bold one-line sentence), is a paragraph's first line."""
    if line.text.rstrip().endswith((".", ";", "!", "?")):
        return False
    return line.bold or (line.text.upper() == line.text and any(ch.isalpha() for ch in line.text))


def _geometry(pages: list[PageZones], body_size: float) -> _Geometry:
    long_lines = [ln for z in pages for ln in z.body if len(ln.text) > 50 and abs(ln.size - body_size) < 1]
    if not long_lines:
        long_lines = [ln for z in pages for ln in z.body] or [Line(1, "", BBox(72, 0, 523, 0), body_size)]
    widths = {z.page: z.width for z in pages}
    left = statistics.median(round(ln.bbox.x0) for ln in long_lines)
    gap = statistics.median(round(widths.get(ln.page, 595.0) - ln.bbox.x1) for ln in long_lines)
    indents = [round(ln.bbox.x0) for ln in long_lines if ln.bbox.x0 > left + 12]
    indent = statistics.median(indents) if indents else left + 36
    main_width = statistics.mode(round(w) for w in widths.values()) if widths else 595
    return _Geometry(
        float(left), float(gap), float(indent), body_size, widths, float(main_width), _pitch(pages, body_size)
    )


def _pitch(pages: list[PageZones], body_size: float) -> float:
    """The most common distance between the tops of consecutive body-size lines: a larger one
    is the space a producer puts between paragraphs (no first-line indent needed)."""
    steps = [
        round(b.bbox.y0 - a.bbox.y0, 1)
        for z in pages
        for a, b in zip(z.body, z.body[1:], strict=False)
        if abs(a.size - body_size) < 1 and abs(b.size - body_size) < 1 and 0 < b.bbox.y0 - a.bbox.y0 < 2 * body_size
    ]
    return float(statistics.mode(steps)) if steps else 0.0


def _assemble_drafts(pages: list[PageZones], body_size: float) -> list[Draft]:
    geo = _geometry(pages, body_size)
    drafts: list[Draft] = []
    for zones in pages:
        drafts.extend(zones.furniture)
    body_stream: list[Line | TableChunk] = []
    note_lines: list[Line] = []
    for zones in pages:
        body_stream.extend(_interleave(zones.body, zones.tables))
        note_lines.extend(zones.notes)
    body_stream = _one_row_boxes_as_text(body_stream)
    front, rest = _front_matter(pages, body_stream, geo)
    drafts.extend(front)
    drafts.extend(_body_drafts(rest, geo))
    drafts.extend(_footnote_drafts(note_lines, body_size))
    return _order(drafts)


def _order(drafts: list[Draft]) -> list[Draft]:
    """Furniture first, then the body in reading order, footnotes where their pages end."""
    furniture = [d for d in drafts if d.kind in (BlockKind.PAGE_HEADER, BlockKind.PAGE_FOOTER)]
    others = [d for d in drafts if d not in furniture]
    body = [d for d in others if d.kind is not BlockKind.FOOTNOTE]
    notes = [d for d in others if d.kind is BlockKind.FOOTNOTE]
    out: list[Draft] = []
    for d in body:
        last_page = d.regions[-1].page if d.regions else 0
        while notes and notes[0].regions and notes[0].regions[0].page < last_page:
            out.append(notes.pop(0))
        out.append(d)
    out.extend(notes)
    return furniture + out


def _interleave(lines: list[Line], tables: list[TableChunk]) -> list[Line | TableChunk]:
    items: list[Line | TableChunk] = [*lines, *tables]
    if tables:
        items.sort(key=lambda it: it.bbox.y0)
    return items


def _front_matter(
    pages: list[PageZones], stream: list[Line | TableChunk], geo: _Geometry
) -> tuple[list[Draft], list[Line | TableChunk]]:
    """The header block: first-page lines above the title, split into left and right columns."""
    first_page = [it for it in stream if isinstance(it, Line) and it.page == 1]
    title_at = next((i for i, ln in enumerate(first_page) if is_document_type_line(ln.text)), None)
    if title_at is None or title_at == 0:
        return [], stream
    header = first_page[:title_at]
    width = pages[0].width
    left = [ln for ln in header if (ln.bbox.x0 + ln.bbox.x1) / 2 < width / 2]
    right = [ln for ln in header if ln not in left]
    drafts = [_column_draft(col, BlockKind.HEADER) for col in (left, right) if col]
    header_ids = {id(ln) for ln in header}
    return drafts, [it for it in stream if id(it) not in header_ids]


def _column_draft(lines: list[Line], kind: BlockKind) -> Draft:
    lines = sorted(lines, key=lambda ln: (ln.page, ln.bbox.y0))
    return Draft(
        text="\n".join(_unwrap([ln.text for ln in lines])),
        kind=kind,
        regions=_regions(lines),
        bold=all(ln.bold for ln in lines),
    )


def _unwrap(texts: list[str]) -> list[str]:
    """Re-join a column line that wrapped: its continuation starts in lower case."""
    out: list[str] = []
    for t in texts:
        if out and t[:1].islower():
            out[-1] += " " + t
        else:
            out.append(t)
    return out


def _regions(lines: list[Line]) -> list[Region]:
    by_page: dict[int, BBox] = {}
    for ln in lines:
        by_page[ln.page] = by_page[ln.page].union(ln.bbox) if ln.page in by_page else ln.bbox
    return [Region(p, b) for p, b in by_page.items()]


def _body_drafts(stream: list[Line | TableChunk], geo: _Geometry) -> list[Draft]:
    drafts: list[Draft] = []
    tables = merge_continued_tables([it for it in stream if isinstance(it, TableChunk)], stream)
    stream = [part for item in stream for part in _split_label_and_signing(item, geo)]
    closing = _closing_start(stream)
    block = _closing_lines(stream, closing, geo) if closing is not None else []
    taken = {id(ln) for ln in block}
    para: list[Line] = []
    for pos, item in enumerate(stream):
        if closing is not None and pos == closing[0] and isinstance(item, Line):
            _flush(para, drafts, geo)
            para = []
            drafts.extend(_closing_drafts(block, item, geo))
        if id(item) in taken:
            continue
        if isinstance(item, TableChunk):
            _flush(para, drafts, geo)
            para = []
            if item in tables:
                drafts.append(_table_draft(tables[item]))
            continue
        if para and _starts_paragraph(para[-1], item, geo):
            _flush(para, drafts, geo)
            para = []
        para.append(item)
    _flush(para, drafts, geo)
    return drafts


def _split_label_and_signing(item: Line | TableChunk, geo: _Geometry) -> list[Line | TableChunk]:
    """ "Nơi nhận: T/M HUYỆN ỦY", one line where PDFium joined the two columns of the closing
    block: the label in the left column, the signing capacity in the right."""
    m = rx.RECIPIENTS_THEN_SIGNING.match(item.text) if isinstance(item, Line) else None
    if m is None or not isinstance(item, Line) or item.markers:
        return [item]
    mid = (geo.left + geo.right(item)) / 2
    left = replace(item, text=m["label"], bbox=replace(item.bbox, x1=min(item.bbox.x1, mid - 21)))
    right = replace(item, text=m["sign"], bbox=replace(item.bbox, x0=max(item.bbox.x0, mid)))
    return [left, right]


def _closing_start(stream: list[Line | TableChunk]) -> tuple[int, int, int] | None:
    """(position in stream, page, end) of the closing block: from the line that opens it ("Nơi
    nhận:") to the end, or to notes collected after it under their heading ("Ghi chú")."""
    for pos, item in enumerate(stream):
        if isinstance(item, Line) and is_recipients_line(item.text):
            end = next(
                (k for k in range(pos + 1, len(stream)) if isinstance(stream[k], Line) and _notes_heading(stream[k])),
                len(stream),
            )
            return pos, item.page, end
    return None


def _notes_heading(item: Line | TableChunk) -> bool:
    return isinstance(item, Line) and is_endnotes_heading(item.text)


def _closing_lines(stream: list[Line | TableChunk], closing: tuple[int, int, int], geo: _Geometry) -> list[Line]:
    """The closing block's lines: on its page from a little above "Nơi nhận:" to a centred line
    below it (an appendix's heading), and, when the
    producer broke the page inside it, the next page's first lines while they are recipients
    on the left ("- …", or the rest of one that has not ended) or the signature on the right
    (a centred line, such as an appendix's heading, ends it)."""
    pos, page, end = closing
    anchor = stream[pos]
    assert isinstance(anchor, Line)
    mid = (geo.left + geo.right(anchor)) / 2
    lines = [it for it in stream[pos:end] if isinstance(it, Line)]
    block = [ln for ln in lines if ln.page == page and ln.bbox.y0 >= anchor.bbox.y0 - 30]
    heading = next((ln for ln in block if ln.bbox.y0 > anchor.bbox.y0 and geo.centred(ln)), None)
    after = _after_last_recipient([ln for ln in block if ln.bbox.x0 < mid - 20])
    cut = min((ln.bbox.y0 for ln in (heading, after) if ln is not None), default=None)
    if cut is not None:  # what follows the closing block on its page (an appendix)
        block = [ln for ln in block if ln.bbox.y0 < cut - 1 or (ln.bbox.x0 >= mid - 20 and ln.bbox.y0 < cut + 30)]
    left = [ln for ln in block if ln.bbox.x0 < mid - 20]
    for ln in (ln for ln in lines if ln.page == page + 1):
        on_left = ln.bbox.x0 < mid - 20
        wrapped = bool(left) and left[-1].text[-1:] not in ",;.:"  # a recipient going on
        if geo.centred(ln) or (on_left and not rx.RECIPIENT_ITEM.match(ln.text) and not wrapped):
            break
        block.append(ln)
        if on_left:
            left.append(ln)
    return block


def _after_last_recipient(left: list[Line]) -> Line | None:
    """The heading that follows the list of recipients once it has ended ("- Lưu VT."): a line
    in bold or in capitals, below one that closed with a full stop (the drafter's reference
    under the list, "NVCường/BTC/98", stays in the block)."""
    for prev, ln in itertools.pairwise(left):
        heading = ln.bold or (ln.text.upper() == ln.text and any(ch.isalpha() for ch in ln.text))
        if prev.text.endswith(".") and heading and not rx.RECIPIENT_ITEM.match(ln.text):
            return ln
    return None


def _closing_drafts(block: list[Line], anchor: Line, geo: _Geometry) -> list[Draft]:
    mid = (geo.left + geo.right(anchor)) / 2
    recipients = [
        ln for ln in block if ln.bbox.x0 < mid - 20 and (ln.page > anchor.page or ln.bbox.y0 >= anchor.bbox.y0 - 2)
    ]
    signature = [ln for ln in block if ln not in recipients]
    drafts = []
    if recipients:
        drafts.append(_column_draft(recipients, BlockKind.RECIPIENTS))
    if signature:
        drafts.append(_column_draft(signature, BlockKind.SIGNATURE))
    return drafts


def _starts_paragraph(prev: Line, line: Line, geo: _Geometry) -> bool:
    if line.page != prev.page:
        return not _continues_across_pages(prev, line, geo)
    if geo.centred(line) or geo.centred(prev):
        together = geo.centred(line) and geo.centred(prev) and _same_style(prev, line) and _tight(prev, line)
        return not together or _is_type_line(prev)
    if geo.indented(line) or not (geo.full(prev) or _wrapped(prev, line, geo)):
        return True
    if abs(prev.size - line.size) > _size_step(prev, line):
        return True
    spaced = geo.pitch and line.bbox.y0 - prev.bbox.y0 > geo.pitch * PARAGRAPH_SPACE
    opens = line.text[:1].isupper() or bool(rx.LIST_START.match(line.text)) or rx.LINE_ENDS_SENTENCE.search(prev.text)
    if spaced and abs(line.size - geo.body_size) < 1 and opens:
        return True  # space between paragraphs instead of an indent (browsers, WeasyPrint)
    return line.bbox.y0 - prev.bbox.y1 > line.size * 1.2


def _wrapped(prev: Line, line: Line, geo: _Geometry) -> bool:
    """An OCR line that ends short of the margin because the next line's first word would not
    have fitted after it (ragged-right text: a scan has no trailing space to show the line was
    full), the width of that word estimated from the line's own letters."""
    if prev.conf is None or not prev.text or not line.text:
        return False
    per_char = (prev.bbox.x1 - prev.bbox.x0) / len(prev.text)
    first = line.text.split()[0]
    return prev.bbox.x1 + per_char * (len(first) + 1) > geo.right(prev)


def _size_step(prev: Line, line: Line) -> float:
    """How far two lines' sizes may differ within one paragraph: a point from a text layer; from
    OCR, whose sizes come from word boxes (a line with brackets or capitals measures taller), a
    share of the size (14.7 and 15.8 are one 14 pt body)."""
    if prev.conf is None and line.conf is None:
        return 1.0
    if min(len(prev.text), len(line.text)) < OCR_SHORT_LINE:
        return math.inf  # "chí." measures its x-height only: no size to compare
    return max(1.0, OCR_SIZE_JITTER * max(prev.size, line.size))


def _tight(prev: Line, line: Line) -> bool:
    """Lines of one centred paragraph are set closer than separate centred paragraphs."""
    return line.bbox.y1 - prev.bbox.y1 < max(line.size, prev.size) * 1.22


def _is_type_line(line: Line) -> bool:
    return is_document_type_line(line.text)


def _same_style(a: Line, b: Line) -> bool:
    return a.bold == b.bold


def _continues_across_pages(prev: Line, line: Line, geo: _Geometry) -> bool:
    """A paragraph cut by a page break: the previous line ran to the right margin,
    the next page's first line is flush left (no first-line indent), same type."""
    if geo.centred(prev) or geo.centred(line) or not geo.full(prev) or geo.indented(line):
        return False
    if prev.text.rstrip().endswith((".", "!", "?", ":", "…")) and line.text[:1].isupper():
        return False
    return abs(prev.size - line.size) <= 1.0 and prev.bold == line.bold


def _flush(lines: list[Line], drafts: list[Draft], geo: _Geometry) -> None:
    if not lines:
        return
    text = ""
    markers: list[tuple[int, int]] = []
    for ln in lines:
        if text and text[-1] in SOFT_BREAKS:
            text = text[:-1] + "-"  # a producer's hyphen at a soft break (TCVN3's "ư" is a soft hyphen)
        if text and not hyphen_break(text):
            text += " "
        markers.extend((len(text) + off, num) for off, num in ln.markers)
        text += ln.text
    conf = [ln.conf for ln in lines if ln.conf is not None]
    if conf:  # a phrase OCR misread across two lines ("4 đẳng" | "viên"); same length, markers stay
        text = repair_ocr_text(text)
    drafts.append(
        Draft(
            text=text,
            regions=_regions(lines),
            markers=markers,
            bold=all(ln.bold for ln in lines),
            italic=all(ln.italic for ln in lines),
            centered=all(geo.centred(ln) for ln in lines),
            conf=sum(conf) / len(conf) if conf else None,
        )
    )


def _table_draft(table: Table) -> Draft:
    return Draft(text=table.as_text(), kind=BlockKind.TABLE, table=table, regions=[Region(p) for p in table.pages])


# ---------------------------------------------------------------- footnotes


def _footnote_drafts(lines: list[Line], body_size: float = 12.0) -> list[Draft]:
    """Footnote texts from the footnote areas, in order; a text without a marker at the
    top of a page's area continues the previous page's last footnote."""
    notes: list[tuple[int | None, list[Line]]] = []
    pending: int | None = None
    openers = [(ln.page, _opening_number(ln)) for ln in lines]  # who could open a note, to look ahead
    for i, ln in enumerate(lines):
        if _is_marker_line(ln) and ln.size < body_size * MARKER_SIZE_RATIO:  # ratios, never points
            pending = int(ln.text)
            continue
        number = pending
        if number is None:
            number = _leading_marker(ln)
        expected = next((n + 1 for n, _ in reversed(notes) if n is not None), None)
        said = _text_marker(ln) if number is None else None
        ended = not notes or notes[-1][1][-1].page != ln.page or rx.LINE_ENDS_SENTENCE.search(notes[-1][1][-1].text)
        if said is not None and not ended and (ln.page, said) in openers[i + 1 :]:
            said = None  # "… có thêm" / "2 xã …": the note goes on; note 2 opens further down
        if said is not None and said in (expected, None if notes else said):
            number = said  # "1 Năm 2020, …": the number in the note's own type, then a space
            ln = _without_marker(ln)
        pending = None
        if number is not None:
            notes.append((number, [ln]))
        elif notes:
            notes[-1][1].append(ln)
        else:
            notes.append((None, [ln]))
    return [_note_draft(num, group) for num, group in notes if num is not None]


def _opening_number(line: Line) -> int | None:
    """The number a line could open a note with: its raised marker first, else a number in the
    note's own type."""
    raised = _leading_marker(line)
    return raised if raised is not None else _text_marker(line)


def _leading_marker(line: Line) -> int | None:
    """The raised marker that opens a line (a footnote's own number), if any."""
    return line.markers[0][1] if line.markers and line.markers[0][0] == 0 else None


def _without_marker(line: Line) -> Line:
    m = rx.NOTE_NUMBER.match(line.text)
    return replace(line, text=line.text[m.end() :]) if m else line


def _note_draft(number: int, lines: list[Line]) -> Draft:
    text = ""
    for ln in lines:
        text += ("" if not text or hyphen_break(text) else " ") + ln.text
    return Draft(text=text, kind=BlockKind.FOOTNOTE, regions=_regions(lines), footnote_number=number)
