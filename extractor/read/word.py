"""DOCX reader: Word paragraphs, tables, page furniture and footnotes as drafts.

python-docx opens the package and parses the parts it knows (document,
styles, headers, footers); the footnotes part, which python-docx does not
expose, is parsed here with :func:`extractor.read.safety.xml_parser`.

Drafts come in this order: page headers and footers (distinct texts), then
the body in document order (paragraphs, layout tables as HEADER /
RECIPIENTS / SIGNATURE drafts, data tables as TABLE drafts), then the
footnotes in number order.  Footnote reference marks are not part of any
text; each is recorded as ``(offset, number)`` in ``Draft.markers``, the
number being Word's automatic one (order of first reference in the body).
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.exceptions import InvalidXmlError
from lxml import etree

from extractor.document.drafts import Draft, RawDocument
from extractor.document.elements import BlockKind, Cell, Table
from extractor.errors import UnreadableFile
from extractor.read.limits import DEFAULT_LIMITS, Limits, exceeded
from extractor.read.safety import xml_parser
from extractor.text.regexes import COLUMN_INDEX, HEADER_NUMBER, WORD_CLOSING_LINE, WORD_HEADER_LINE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_FALSE = frozenset({"0", "false", "off"})
_NO_BORDER = frozenset({"nil", "none"})
_SKIPPED_NOTE_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
# Inline containers whose runs are part of the paragraph text.
_CONTAINERS = frozenset(
    _w(t)
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple", "dir", "bdo")
)
_BLANK_CHARS = {_w("tab"): " ", _w("ptab"): " ", _w("br"): " ", _w("cr"): " ", _w("noBreakHyphen"): "-"}

WORD_MAX_COLUMNS = 63  # Word lays out at most 63 columns: the bound of a span when a table has no grid
_LAYOUT_MAX_ROWS = 4
_LAYOUT_MAX_COLS = 3


# --------------------------------------------------------------------------- styles


def _flag(props: Any, tag: str) -> bool | None:
    """A toggle property (w:b, w:i, w:vanish) of an rPr: True/False when set, None when absent."""
    if props is None:
        return None
    el = props.find(_w(tag))
    if el is None:
        return None
    return el.get(_w("val"), "true").lower() not in _FALSE


class _StyleSheet:
    """Resolves bold, italic and alignment through Word's style inheritance."""

    def __init__(self, styles_element: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._default_para: str | None = None
        for st in styles_element.findall(_w("style")):
            sid = st.get(_w("styleId"))
            if sid is None:
                continue
            self._by_id[sid] = st
            if st.get(_w("type")) == "paragraph" and st.get(_w("default"), "0").lower() in ("1", "true", "on"):
                self._default_para = sid
        self._defaults = styles_element.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._by_id:
            seen.add(style_id)
            style = self._by_id[style_id]
            yield style
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None

    def style_flag(self, style_id: str | None, tag: str) -> bool | None:
        for style in self._chain(style_id):
            value = _flag(style.find(_w("rPr")), tag)
            if value is not None:
                return value
        return None

    def default_flag(self, tag: str) -> bool:
        return bool(_flag(self._defaults, tag))

    def style_jc(self, style_id: str | None) -> str | None:
        for style in self._chain(style_id):
            jc = style.find(f"{_w('pPr')}/{_w('jc')}")
            if jc is not None:
                return jc.get(_w("val"))
        return None

    def paragraph_style(self, p: Any) -> str | None:
        ps = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        return ps.get(_w("val")) if ps is not None else self._default_para

    def table_borders(self, style_id: str | None) -> Any:
        for style in self._chain(style_id):
            borders = style.find(f"{_w('tblPr')}/{_w('tblBorders')}")
            if borders is not None:
                return borders
        return None


# --------------------------------------------------------------------------- footnote numbers


class _NoteNumbers:
    """Word's automatic footnote numbers: 1, 2, 3 … in order of first reference."""

    def __init__(self) -> None:
        self.by_id: dict[int, int] = {}

    def number(self, note_id: int) -> int:
        if note_id not in self.by_id:
            self.by_id[note_id] = len(self.by_id) + 1
        return self.by_id[note_id]


@dataclass
class _Ctx:
    styles: _StyleSheet
    notes: _NoteNumbers
    warnings: list[str] = field(default_factory=list)
    path: str = ""
    limits: Limits = DEFAULT_LIMITS
    tables: int = 0  # tables read so far (for messages)


# --------------------------------------------------------------------------- paragraph text


@dataclass
class _Rich:
    """Raw paragraph text with per-character emphasis and marker positions."""

    chars: list[str] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)
    marks: list[tuple[int, int]] = field(default_factory=list)  # (raw offset, footnote number)

    def add(self, text: str, bold: bool, italic: bool) -> None:
        self.chars.extend(text)
        self.bold.extend([bold] * len(text))
        self.italic.extend([italic] * len(text))


@dataclass
class _Para:
    text: str
    markers: list[tuple[int, int]]
    bold: bool = False
    italic: bool = False
    centered: bool = False


def _run_format(r: Any, pstyle: str | None, ctx: _Ctx) -> tuple[bool, bool, bool]:
    """Effective (bold, italic, hidden) of a run: direct > character style > paragraph style > defaults."""
    rpr = r.find(_w("rPr"))
    rstyle_el = rpr.find(_w("rStyle")) if rpr is not None else None
    rstyle = rstyle_el.get(_w("val")) if rstyle_el is not None else None
    out = []
    for tag in ("b", "i", "vanish"):
        value = _flag(rpr, tag)
        if value is None:
            value = ctx.styles.style_flag(rstyle, tag)
        if value is None:
            value = ctx.styles.style_flag(pstyle, tag)
        out.append(ctx.styles.default_flag(tag) if value is None else value)
    return out[0], out[1], out[2]


def _read_run(r: Any, pstyle: str | None, rich: _Rich, ctx: _Ctx) -> None:
    bold, italic, hidden = _run_format(r, pstyle, ctx)
    if hidden:
        return
    for child in r:
        tag = child.tag
        if tag == _w("t"):
            rich.add(child.text or "", bold, italic)
        elif tag in _BLANK_CHARS:
            rich.add(_BLANK_CHARS[tag], bold, italic)
        elif tag == _w("footnoteReference"):
            note_id = child.get(_w("id"))
            if note_id is not None and note_id.lstrip("-").isdigit():
                rich.marks.append((len(rich.chars), ctx.notes.number(int(note_id))))
            else:
                ctx.warnings.append(f"footnote reference without a valid id ({note_id!r}) ignored")


def _walk_inline(el: Any, pstyle: str | None, rich: _Rich, ctx: _Ctx) -> None:
    for child in el:
        if child.tag == _w("r"):
            _read_run(child, pstyle, rich, ctx)
        elif child.tag in _CONTAINERS:
            _walk_inline(child, pstyle, rich, ctx)


def _normalise(rich: _Rich) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Collapse whitespace, strip, NFC; returns text, raw indices kept, markers with final offsets.

    A marker's offset is right after the last non-space character before it.
    """
    out: list[str] = []
    kept: list[int] = []
    pending = False
    marks = sorted(rich.marks, key=lambda m: m[0])
    placed: list[tuple[int, int]] = []
    mi = 0
    for i, ch in enumerate(rich.chars):
        while mi < len(marks) and marks[mi][0] <= i:
            placed.append((len(out), marks[mi][1]))
            mi += 1
        if ch.isspace():
            pending = bool(out)
            continue
        if pending:
            out.append(" ")
            pending = False
        out.append(ch)
        kept.append(i)
    placed.extend((len(out), m[1]) for m in marks[mi:])
    text, placed = _nfc("".join(out), placed)
    return text, kept, placed


def _nfc(text: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """NFC-normalise ``text`` keeping marker offsets at the same logical places."""
    cuts = sorted({off for off, _ in marks})
    pieces, start, new_at = [], 0, {}
    for cut in cuts:
        pieces.append(unicodedata.normalize("NFC", text[start:cut]))
        start = cut
        new_at[cut] = sum(len(p) for p in pieces)
    pieces.append(unicodedata.normalize("NFC", text[start:]))
    joined = "".join(pieces)
    whole = unicodedata.normalize("NFC", text)
    if joined != whole:  # a combining mark right after a marker: keep the canonical text
        return whole, [(min(new_at[off], len(whole)), n) for off, n in marks]
    return joined, [(new_at[off], n) for off, n in marks]


def _paragraph(p: Any, ctx: _Ctx) -> _Para:
    pstyle = ctx.styles.paragraph_style(p)
    rich = _Rich()
    _walk_inline(p, pstyle, rich, ctx)
    text, kept, markers = _normalise(rich)
    jc_el = p.find(f"{_w('pPr')}/{_w('jc')}")
    jc = jc_el.get(_w("val")) if jc_el is not None else ctx.styles.style_jc(pstyle)
    return _Para(
        text=text,
        markers=markers,
        bold=bool(kept) and all(rich.bold[i] for i in kept),
        italic=bool(kept) and all(rich.italic[i] for i in kept),
        centered=jc == "center",
    )


def _join(paras: Iterable[_Para], sep: str) -> tuple[str, list[tuple[int, int]]]:
    """Join non-empty paragraphs with ``sep``, shifting their markers."""
    text = ""
    markers: list[tuple[int, int]] = []
    for para in paras:
        if not para.text:
            continue
        if text:
            text += sep
        markers.extend((len(text) + off, n) for off, n in para.markers)
        text += para.text
    return text, markers


# --------------------------------------------------------------------------- tables


@dataclass
class _GridCell:
    row: int
    col: int
    paras: list[_Para]
    row_span: int = 1
    col_span: int = 1


@dataclass
class _Grid:
    n_rows: int
    n_cols: int
    cells: list[_GridCell]
    header_rows: int


def _int_attr(el: Any, default: int) -> int:
    if el is None:
        return default
    value = el.get(_w("val"), "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def _rows(tbl: Any) -> list[Any]:
    rows = []
    for child in tbl:
        if child.tag == _w("tr"):
            rows.append(child)
        elif child.tag in (_w("sdt"), _w("customXml")):
            rows.extend(_rows(child.find(_w("sdtContent")) if child.tag == _w("sdt") else child))
    return rows


def _row_cells(tr: Any) -> list[Any]:
    cells = []
    for child in tr:
        if child.tag == _w("tc"):
            cells.append(child)
        elif child.tag in (_w("sdt"), _w("customXml")):
            inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if inner is not None:
                cells.extend(_row_cells(inner))
    return cells


def _cell_paragraphs(tc: Any, ctx: _Ctx) -> list[_Para]:
    return [_paragraph(p, ctx) for p in tc.iter(_w("p"))]


def _is_header_row(tr: Any) -> bool:
    return _flag(tr.find(_w("trPr")), "tblHeader") is True


def _bounded(value: int, col: int, width: int, ctx: _Ctx, what: str) -> int:
    """A span (or a row's skipped columns) as Word can lay it out: never past the table's
    grid (its ``tblGrid``), nor past Word's own maximum of columns when the grid is missing.
    A DOCX of 33 KB may claim ``gridSpan="100000000"``; that cell covers the columns left."""
    room = max(width - col, 1)
    if value <= room:
        return value
    ctx.warnings.append(f"table {ctx.tables}: a cell's {what} of {value:,} columns was cut to the {room} the table has")
    return room


def _build_grid(tbl: Any, ctx: _Ctx) -> _Grid:
    """Resolve gridSpan / vMerge / hMerge into one cell per merged region, bounded by the
    table's real columns and by ``limits.max_table_cells``."""
    ctx.tables += 1
    rows = _rows(tbl)
    n_cols = len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
    width = n_cols if n_cols else WORD_MAX_COLUMNS
    owner: dict[tuple[int, int], _GridCell] = {}
    cells: list[_GridCell] = []
    for r, tr in enumerate(rows):
        skipped = _int_attr(tr.find(f"{_w('trPr')}/{_w('gridBefore')}"), 0)
        col = _bounded(skipped, 0, width - 1, ctx, "gridBefore") if skipped else 0
        last: _GridCell | None = None
        for tc in _row_cells(tr):  # a row with more cells than the grid declares widens the table
            tcpr = tc.find(_w("tcPr"))
            span = _int_attr(tcpr.find(_w("gridSpan")) if tcpr is not None else None, 1)
            span = _bounded(span, col, width, ctx, "gridSpan")
            vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
            hmerge = tcpr.find(_w("hMerge")) if tcpr is not None else None
            above = owner.get((r - 1, col))
            if vmerge is not None and vmerge.get(_w("val"), "continue") == "continue" and above and above.col == col:
                above.row_span = r - above.row + 1
                target = above
            elif hmerge is not None and hmerge.get(_w("val"), "continue") == "continue" and last is not None:
                last.col_span += span
                target = last
            else:
                target = _GridCell(r, col, _cell_paragraphs(tc, ctx), col_span=span)
                cells.append(target)
            for k in range(col, col + span):
                owner[(r, k)] = target
            last = target
            col += span
        n_cols = max(n_cols, col)
        cells_so_far = (r + 1) * n_cols
        if cells_so_far > ctx.limits.max_table_cells:
            found = f"table {ctx.tables} has {len(rows):,} rows × {n_cols:,} columns"
            raise exceeded(ctx.path, "max_table_cells", found, ctx.limits.max_table_cells)
    header_rows = 0
    while header_rows < len(rows) and _is_header_row(rows[header_rows]):
        header_rows += 1
    header_rows = header_rows or _merged_header_rows(cells, len(rows))
    head = max(header_rows, 1)  # (a table with no header row marked is read under its first row)
    if _index_row(cells, head, len(rows)):
        header_rows = head + 1
    return _Grid(len(rows), n_cols, cells, header_rows)


def _index_row(cells: list[_GridCell], row: int, n_rows: int) -> bool:
    """Whether the row right under the header numbers the columns (``A | B | 1 | 2``, ``(1) | (2)
    | (3)=(1)+(2)``), as official forms print: one more header row, its indices no figures."""
    texts = [" ".join(p.text for p in c.paras).strip() for c in cells if c.row == row]
    filled = [t for t in texts if t]
    return row < n_rows - 1 and len(filled) >= 3 and all(COLUMN_INDEX.fullmatch(t) for t in filled)


def _merged_header_rows(cells: list[_GridCell], n_rows: int) -> int:
    """Header rows no "repeat as header row" marks: a first row whose cells each merge down over
    the rows under it or span columns (``STT`` and ``Nội dung`` over two rows, ``Năm 2023`` over
    ``Số lượng | Tỷ lệ``) heads as many rows, when none of them holds a number other than a
    year (``12 đồng chí`` in a first row merged down by a ``Khối`` label is data); else none."""
    first = [c for c in cells if c.row == 0]
    depth = max((c.row_span for c in first), default=1)
    if depth < 2 or depth >= n_rows or any(c.row_span != depth and c.col_span < 2 for c in first):
        return 0
    head = [" ".join(p.text for p in c.paras) for c in cells if c.row < depth]
    if any(HEADER_NUMBER.search(text) for text in head):
        return 0
    return depth


def _is_borderless(tbl: Any, ctx: _Ctx) -> bool:
    tblpr = tbl.find(_w("tblPr"))
    borders = tblpr.find(_w("tblBorders")) if tblpr is not None else None
    if borders is None and tblpr is not None:
        style = tblpr.find(_w("tblStyle"))
        borders = ctx.styles.table_borders(style.get(_w("val")) if style is not None else None)
    groups = [borders] if borders is not None else []
    groups.extend(tbl.iter(_w("tcBorders")))
    for group in groups:
        for edge in group:
            if edge.get(_w("val"), "nil") not in _NO_BORDER:
                return False
    return True


def _columns(grid: _Grid) -> list[list[_Para]]:
    """A layout table's paragraphs grouped by grid column, left to right, top to bottom."""
    by_col: dict[int, list[_Para]] = {}
    for cell in sorted(grid.cells, key=lambda c: (c.col, c.row)):
        by_col.setdefault(cell.col, []).extend(cell.paras)
    return [by_col[k] for k in sorted(by_col)]


def _layout_kind(grid: _Grid) -> str | None:
    """'closing', 'header' or None (not a layout table) from a borderless table's content."""
    if grid.n_rows > _LAYOUT_MAX_ROWS or grid.n_cols > _LAYOUT_MAX_COLS:
        return None
    texts = [p.text for c in grid.cells for p in c.paras if p.text]
    if any(WORD_CLOSING_LINE.match(t) for t in texts):
        return "closing"
    if any(WORD_HEADER_LINE.match(t) for t in texts):
        return "header"
    return None


def _layout_drafts(grid: _Grid, kind: str) -> list[Draft]:
    drafts = []
    for paras in _columns(grid):
        text, markers = _join(paras, "\n")
        if not text:
            continue
        if kind == "header":
            block = BlockKind.HEADER
        elif any(WORD_CLOSING_LINE.match(p.text) for p in paras):
            block = BlockKind.RECIPIENTS
        else:
            block = BlockKind.SIGNATURE
        drafts.append(Draft(text=text, kind=block, markers=markers))
    return drafts


def _table_draft(grid: _Grid) -> Draft:
    cells, marks = [], {}
    for gc in grid.cells:
        text, markers = _join(gc.paras, " ")
        cells.append(Cell(gc.row, gc.col, text, gc.row_span, gc.col_span, header=gc.row < grid.header_rows))
        if markers:
            marks[(gc.row, gc.col)] = markers
    table = Table(n_rows=grid.n_rows, n_cols=grid.n_cols, cells=cells, header_rows=grid.header_rows)
    text = table.as_text()
    return Draft(text=text, kind=BlockKind.TABLE, table=table, markers=_table_markers(table, text, marks))


def _table_markers(
    table: Table, text: str, marks: dict[tuple[int, int], list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Place cell markers at their offsets in ``table.as_text()``."""
    if not marks:
        return []
    out: list[tuple[int, int]] = []
    line_start = 0
    for r, (line, row) in enumerate(zip(text.split("\n"), table.origin_grid(), strict=True)):
        pos = line_start
        for k, cell in enumerate(row):
            is_origin = cell is not None and (cell.row, cell.col) == (r, k)
            out.extend((pos + off, n) for off, n in marks.get((r, k), []))
            pos += (len(cell.text) if is_origin and cell is not None else 0) + 1
        line_start += len(line) + 1
    return out


def _table(tbl: Any, ctx: _Ctx) -> list[Draft]:
    grid = _build_grid(tbl, ctx)
    kind = _layout_kind(grid) if _is_borderless(tbl, ctx) else None
    if kind is not None:
        return _layout_drafts(grid, kind)
    return [_table_draft(grid)]


# --------------------------------------------------------------------------- body


def _body_drafts(container: Any, ctx: _Ctx) -> list[Draft]:
    drafts: list[Draft] = []
    for child in container:
        if child.tag == _w("p"):
            para = _paragraph(child, ctx)
            if para.text:
                drafts.append(
                    Draft(
                        text=para.text,
                        markers=para.markers,
                        bold=para.bold,
                        italic=para.italic,
                        centered=para.centered,
                    )
                )
        elif child.tag == _w("tbl"):
            drafts.extend(_table(child, ctx))
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                drafts.extend(_body_drafts(content, ctx))
        elif child.tag == _w("customXml"):
            drafts.extend(_body_drafts(child, ctx))
    return drafts


def _furniture(document: Any, ctx: _Ctx) -> list[Draft]:
    """Distinct non-empty page headers and footers of every section (linked ones are not repeated)."""
    drafts: list[Draft] = []
    seen: set[tuple[BlockKind, str]] = set()
    for section in document.sections:
        parts = [
            (BlockKind.PAGE_HEADER, section.header),
            (BlockKind.PAGE_HEADER, section.first_page_header),
            (BlockKind.PAGE_HEADER, section.even_page_header),
            (BlockKind.PAGE_FOOTER, section.footer),
            (BlockKind.PAGE_FOOTER, section.first_page_footer),
            (BlockKind.PAGE_FOOTER, section.even_page_footer),
        ]
        for kind, hf in parts:
            if hf.is_linked_to_previous:  # no definition of its own: nothing new, and reading it would add one
                continue
            scratch = _Ctx(ctx.styles, _NoteNumbers())  # references here would not be body footnotes
            text, _ = _join((_paragraph(p, scratch) for p in hf.part.element.iter(_w("p"))), "\n")
            if text and (kind, text) not in seen:
                seen.add((kind, text))
                drafts.append(Draft(text=text, kind=kind))
    return drafts


# --------------------------------------------------------------------------- footnotes


def _footnotes_root(document: Any, path: Path) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            try:
                return etree.fromstring(rel.target_part.blob, xml_parser())
            except etree.XMLSyntaxError as exc:
                raise UnreadableFile(
                    str(path), f"the footnotes part (word/footnotes.xml) is not valid XML: {_one_line(exc)}"
                ) from exc
    return None


def _footnote_drafts(document: Any, ctx: _Ctx, path: Path) -> list[Draft]:
    root = _footnotes_root(document, path)
    referenced = dict(ctx.notes.by_id)
    texts: dict[int, str] = {}
    if root is not None:
        for note in root.findall(_w("footnote")):
            raw_id = note.get(_w("id"), "")
            if note.get(_w("type"), "normal") in _SKIPPED_NOTE_TYPES or not raw_id.lstrip("-").isdigit():
                continue
            scratch = _Ctx(ctx.styles, _NoteNumbers(), ctx.warnings)
            text, _ = _join((_paragraph(p, scratch) for p in note.iter(_w("p"))), " ")
            texts[int(raw_id)] = text
    drafts = []
    for note_id in texts:
        if note_id not in referenced:
            number = ctx.notes.number(note_id)
            ctx.warnings.append(f"footnote id {note_id} is never referenced in the text; numbered {number}")
    for note_id, number in sorted(ctx.notes.by_id.items(), key=lambda item: item[1]):
        if note_id not in texts:
            ctx.warnings.append(f"footnote reference {number} (id {note_id}) has no footnote text")
        elif not texts[note_id]:
            ctx.warnings.append(f"footnote {number} (id {note_id}) is empty")
        else:
            drafts.append(Draft(text=texts[note_id], kind=BlockKind.FOOTNOTE, footnote_number=number))
    return drafts


# --------------------------------------------------------------------------- entry point


def _one_line(exc: BaseException) -> str:
    """An exception's message on one line (libxml2's messages hold line breaks)."""
    return " ".join(str(exc).split())


def _open(path: Path) -> Any:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(name, f"cannot read the file ({exc.strerror or exc})") from exc
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, zlib.error) as exc:
        raise UnreadableFile(name, "not a valid DOCX file: it is not a ZIP archive, or the archive is damaged") from exc
    except KeyError as exc:
        raise UnreadableFile(name, f"not a valid DOCX file: a required part is missing ({exc.args[0]})") from exc
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(name, f"not a valid DOCX file: a part is not valid XML ({_one_line(exc)})") from exc
    except AttributeError as exc:  # python-docx meets a content-types or relationships part of the wrong kind
        raise UnreadableFile(name, f"not a valid DOCX file: a package part is damaged ({_one_line(exc)})") from exc
    except ValueError as exc:
        content_type = str(exc).rpartition("content type is ")[2]
        raise UnreadableFile(name, f"not a Word document (its main part has content type {content_type})") from exc


def _drafts(document: Any, ctx: _Ctx, path: Path) -> list[Draft]:
    root = document.element
    body = root.find(_w("body")) if root.tag == _w("document") else None
    if body is None:
        raise UnreadableFile(str(path), "not a valid DOCX file: word/document.xml holds no document body")
    body_drafts = _body_drafts(body, ctx)
    furniture = _furniture(document, ctx)
    return furniture + body_drafts + _footnote_drafts(document, ctx, path)


def read_docx(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """Read a DOCX file into drafts: page furniture, body in order, then footnotes.

    Raises :class:`~extractor.errors.UnreadableFile` when the file is not a readable DOCX,
    :class:`~extractor.errors.LimitExceeded` for a table over ``limits.max_table_cells``.
    """
    document = _open(path)
    try:
        ctx = _Ctx(_StyleSheet(document.styles.element), _NoteNumbers(), path=str(path), limits=limits)
        drafts = _drafts(document, ctx, path)
    except (KeyError, ValueError, InvalidXmlError, AttributeError) as exc:
        # dangling relationship, malformed attribute, a relationship to a part of the wrong kind
        raise UnreadableFile(str(path), f"the DOCX structure is damaged ({_one_line(exc)})") from exc
    return RawDocument(format="docx", page_count=None, drafts=drafts, ocr=False, warnings=ctx.warnings)
