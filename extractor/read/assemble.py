"""From a reader's drafts to the :class:`~extractor.document.elements.Document`.

Stages: repair (legacy encodings → Unicode, NFC) → front matter (header block,
title) → classify (heading, list item, paragraph) → link (footnote markers to
footnotes) → lay out (plain text and spans) → metadata.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from extractor.document.drafts import Draft, RawDocument
from extractor.document.elements import Block, BlockKind, Cell, Document, Footnote, FootnoteRef, Table
from extractor.read.frontmatter import read_metadata
from extractor.read.legacy import convert, detect_legacy
from extractor.text.shapes import endnote, heading_level, is_document_type_line, is_endnotes_heading, is_list_item

NOTE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)  # the kinds an endnote paragraph is read as

BLOCK_SEPARATOR = "\n\n"
HEADING_MAX_CHARS = 250


def build_document(path: str, sha256: str, raw: RawDocument) -> Document:
    drafts = [d for d in raw.drafts if d.text.strip() or d.table is not None]
    encoding = _repair(drafts, detect=not raw.legacy_checked)
    drafts = _front_matter(drafts)
    blocks, markers = _classify(drafts, styled=raw.format != "txt")
    markers += _endnotes(blocks, markers)
    text = _lay_out(blocks)
    footnotes, link_warnings = _link_footnotes(blocks, markers)
    return Document(
        path=path,
        sha256=sha256,
        format=raw.format,
        page_count=raw.page_count,
        metadata=read_metadata(blocks),
        blocks=blocks,
        footnotes=footnotes,
        text=text,
        ocr=raw.ocr,
        source_encoding=raw.source_encoding or encoding,
        warnings=[*raw.warnings, *link_warnings],
    )


# ---------------------------------------------------------------- repair


def _repair(drafts: list[Draft], *, detect: bool = True) -> str | None:
    """Convert TCVN3/VNI text to Unicode (decided once for the whole document, unless the reader
    decided already) and NFC everything."""
    encoding = detect_legacy("\n".join(d.text for d in drafts[:400])) if detect else None

    def fix(s: str) -> str:
        return unicodedata.normalize("NFC", convert(s, encoding) if encoding else s)

    for d in drafts:
        _remap(d, fix)
        if d.table is not None:
            d.table.cells = [_fix_cell(c, fix) for c in d.table.cells]
    return encoding


def _fix_cell(cell: Cell, fix: Callable[[str], str]) -> Cell:
    cell.text = fix(cell.text)
    return cell


def _remap(d: Draft, fix: Callable[[str], str]) -> None:
    """Apply ``fix`` to a draft's text, carrying marker offsets through length changes."""
    if d.markers:
        d.markers = [(len(fix(d.text[:off])), num) for off, num in d.markers]
    d.text = fix(d.text)


# ---------------------------------------------------------------- front matter


def _front_matter(drafts: list[Draft]) -> list[Draft]:
    """Drafts before the document-type line are the header block; the type line and the
    centred subject lines under it are the title."""
    if any(d.kind is BlockKind.TITLE for d in drafts):
        return drafts
    start = next((i for i, d in enumerate(drafts) if d.kind is None and is_document_type_line(d.text)), None)
    if start is None:
        return drafts
    for d in drafts[:start]:
        if d.kind is None:
            d.kind = BlockKind.HEADER
    end = start + 1
    while end < len(drafts) and _subject_line(drafts[end]):
        end += 1
    title = drafts[start]
    subject = " ".join(d.text for d in drafts[start + 1 : end])
    merged = Draft(
        text=title.text.strip() + ("\n" + subject if subject else ""),
        kind=BlockKind.TITLE,
        regions=[r for d in drafts[start:end] for r in d.regions],
        bold=all(d.bold for d in drafts[start:end]),
        centered=True,
    )
    return [*drafts[:start], merged, *drafts[end:]]


def _subject_line(d: Draft) -> bool:
    """A subject line under the type: centred, or bold in sentence case (long subjects run
    the full width); never a numbered heading, a part heading or a rule."""
    text = d.text.strip()
    if d.kind is not None or heading_level(text) is not None:
        return False
    if not (d.centered or (d.bold and text.upper() != text)):
        return False
    return not (text.strip("-–_* ") == "" or text.upper().startswith("PHẦN"))


# ---------------------------------------------------------------- classify


def _classify(drafts: list[Draft], *, styled: bool) -> tuple[list[Block], list[tuple[int, int, int]]]:
    """Blocks from drafts; returns also every marker as (block index, offset, number).

    ``styled`` says whether the format carries bold/italic/alignment (PDF, DOCX); plain
    text does not, so there a short numbered line without closing punctuation is a heading."""
    blocks: list[Block] = []
    markers: list[tuple[int, int, int]] = []
    for d in drafts:
        kind, level = _kind_of(d, styled)
        text = d.text if kind in (BlockKind.HEADER, BlockKind.SIGNATURE, BlockKind.RECIPIENTS) else d.text.strip()
        block = Block(
            kind=kind,
            text=text,
            regions=list(d.regions),
            bold=d.bold,
            italic=d.italic,
            level=level,
            table=d.table,
            ocr_confidence=d.conf,
        )
        if kind is BlockKind.FOOTNOTE:
            block.level = None
            markers.append((len(blocks), -1, d.footnote_number or 0))
        markers.extend((len(blocks), off, num) for off, num in d.markers)
        blocks.append(block)
    return blocks, markers


def _kind_of(d: Draft, styled: bool) -> tuple[BlockKind, int | None]:
    if d.kind is not None:
        return d.kind, None
    text = d.text.strip()
    level = heading_level(text)
    short = len(text) <= HEADING_MAX_CHARS and not text.endswith((".", ";", ","))
    if not styled and level is not None and short and not text.endswith(":"):
        return BlockKind.HEADING, level
    if d.centered and d.bold:
        return BlockKind.HEADING, level or 1
    if level is not None and short and (d.bold or d.italic or text.upper() == text):
        return BlockKind.HEADING, level
    if is_list_item(text):
        if d.italic and short and text.startswith("- "):
            return BlockKind.HEADING, 6
        return BlockKind.LIST_ITEM, None
    if d.bold and short:
        return BlockKind.HEADING, level or 6
    return BlockKind.PARAGRAPH, None


# ---------------------------------------------------------------- lay out and link


def _lay_out(blocks: list[Block]) -> str:
    parts: list[str] = []
    pos = 0
    for b in blocks:
        if parts:
            pos += len(BLOCK_SEPARATOR)
        b.span = (pos, pos + len(b.text))
        parts.append(b.text)
        pos += len(b.text)
    return BLOCK_SEPARATOR.join(parts)


def _endnotes(blocks: list[Block], markers: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Notes collected after the text under a heading (``Ghi chú``), each numbered as a marker
    of the text that has no footnote of its own, in order: they become the footnotes of those
    markers (a browser's print of a Word file sets footnotes so)."""
    noted = {num for _, off, num in markers if off < 0}
    wanted = sorted({num for _, off, num in markers if off >= 0} - noted)
    last_marker = max((idx for idx, off, _ in markers if off >= 0), default=-1)
    # the heading after the text's last marker ("Ghi chú:" under a table of the text is its own note)
    headings = [i for i, b in enumerate(blocks) if i > last_marker and is_endnotes_heading(b.text)]
    if not wanted or not headings:
        return []
    start = headings[-1]
    found: list[tuple[int, int, int]] = []
    for i in range(start + 1, len(blocks)):
        note = endnote(blocks[i].text) if blocks[i].kind in NOTE_KINDS else None
        if note is None or len(found) == len(wanted) or note[0] != wanted[len(found)]:
            break
        found.append((i, -1, note[0]))
    for i, _, _ in found:
        note = endnote(blocks[i].text)
        blocks[i].kind, blocks[i].text, blocks[i].level = BlockKind.FOOTNOTE, note[1] if note else blocks[i].text, None
    return found


def _link_footnotes(blocks: list[Block], markers: list[tuple[int, int, int]]) -> tuple[list[Footnote], list[str]]:
    notes = {num: idx for idx, off, num in markers if off < 0}
    refs: dict[int, FootnoteRef] = {}
    warnings: list[str] = []
    for idx, off, num in markers:
        if off < 0:
            continue
        if num in refs:
            warnings.append(f"footnote marker {num} appears more than once; the first one is linked")
            continue
        refs[num] = FootnoteRef(number=num, block=idx, offset=off)
    footnotes = [Footnote(num, blocks[idx].text, idx, refs.get(num)) for num, idx in sorted(notes.items())]
    warnings += [f"footnote {n} has no marker in the text" for n in sorted(notes) if n not in refs]
    warnings += [f"footnote marker {n} has no footnote text" for n in sorted(refs) if n not in notes]
    return footnotes, warnings


def table_from_rows(rows: list[list[str]], header_rows: int = 0) -> Table:
    """A table without merged cells from rows of text (TXT tables, tests)."""
    n_cols = max((len(r) for r in rows), default=0)
    cells = [
        Cell(row=r, col=c, text=text, header=r < header_rows)
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells, header_rows=header_rows)
