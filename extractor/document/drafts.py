"""What readers hand to assembly: lines and draft blocks, before classification.

Readers know their format (fonts, Word styles, tab-separated tables, OCR
boxes); assembly (:mod:`extractor.read.assemble`) knows Vietnamese reports (front
matter, headings, closing block, footnote linking).  This module is the
contract between the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document.elements import BBox, BlockKind, Region, Table


@dataclass(slots=True, eq=False)
class Line:
    """One visual line of a page (PDF text layer or OCR), top-left origin, points.

    Lines compare by identity: two lines with the same text and box are still two lines."""

    page: int
    text: str  # superscript footnote markers removed
    bbox: BBox
    size: float  # dominant font size in points (OCR: estimated from the line height)
    bold: bool = False
    italic: bool = False
    markers: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, footnote number)
    conf: float | None = None  # OCR mean word confidence, 0–100


@dataclass(slots=True, eq=False)
class Draft:
    """A block before assembly.

    ``kind`` is set when the reader knows it (table, footnote, page furniture,
    header block, recipients, signature); None lets assembly classify the
    block as title, heading, list item or paragraph.
    """

    text: str
    kind: BlockKind | None = None
    regions: list[Region] = field(default_factory=list)
    markers: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, footnote number)
    bold: bool = False
    italic: bool = False
    centered: bool = False
    table: Table | None = None
    conf: float | None = None
    footnote_number: int | None = None  # for FOOTNOTE drafts


@dataclass
class RawDocument:
    """A reader's output: drafts in reading order."""

    format: str  # "pdf", "docx", "txt"
    page_count: int | None
    drafts: list[Draft]
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    source_encoding: str | None = None  # set when the reader already converted TCVN3/VNI text
    legacy_checked: bool = False  # the reader already looked for TCVN3/VNI text (found or not)
