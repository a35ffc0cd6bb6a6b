"""The document model every reader emits.

A :class:`Document` is a sequence of :class:`Block` in reading order plus the
footnotes, tables and metadata read from the report itself.  Every block keeps
its provenance: the page(s) it stands on, a bounding box with its coordinate
origin (PDF and OCR only) and the character span of its text inside
``Document.text``.  PDF, DOCX and TXT renderings of one report give the same
blocks; only provenance differs.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class BlockKind(enum.StrEnum):
    """What a block is.  Values are the strings used in JSON output."""

    HEADER = "header"  # the document header block: issuing body, number, motto, place and date
    TITLE = "title"  # document type and subject (BÁO CÁO / sơ kết …)
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    FOOTNOTE = "footnote"
    PAGE_HEADER = "page_header"  # page furniture: running header, page number at the top
    PAGE_FOOTER = "page_footer"  # page furniture at the bottom
    RECIPIENTS = "recipients"  # "Nơi nhận:" and its list
    SIGNATURE = "signature"  # signing capacity, title and name

    @property
    def is_furniture(self) -> bool:
        return self in (BlockKind.PAGE_HEADER, BlockKind.PAGE_FOOTER)


class Origin(enum.StrEnum):
    """Where the y axis of a bounding box starts."""

    TOP_LEFT = "top-left"
    BOTTOM_LEFT = "bottom-left"


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle in PDF points (1/72 inch); ``y0 < y1`` whatever the origin."""

    x0: float
    y0: float
    x1: float
    y1: float
    origin: Origin = Origin.TOP_LEFT

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
            self.origin,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "x0": round(self.x0, 2),
            "y0": round(self.y0, 2),
            "x1": round(self.x1, 2),
            "y1": round(self.y1, 2),
            "origin": self.origin.value,
        }


@dataclass(frozen=True, slots=True)
class Region:
    """The part of one page a block occupies.  ``bbox`` is None for DOCX and TXT."""

    page: int  # 1-based; 0 when the format has no pages (DOCX, TXT)
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    """A footnote marker: it stood at ``offset`` of block ``block``'s text.

    Markers are not part of the block text (so ``đoàn thể¹`` reads ``đoàn thể``);
    ``offset`` is where the marker was, i.e. right after the text it annotates.
    """

    number: int
    block: int
    offset: int


@dataclass(slots=True)
class Cell:
    """One cell of a table grid, merged cells resolved.

    A merged cell is stored once, at its top-left grid position, with its
    spans; the grid positions it covers are filled by :meth:`Table.grid`.
    """

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    header: bool = False


@dataclass
class Table:
    n_rows: int
    n_cols: int
    cells: list[Cell]
    header_rows: int = 0
    pages: list[int] = field(default_factory=list)

    def grid(self) -> list[list[str]]:
        """Rows × columns of text; a merged cell's text fills every position it covers."""
        out = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                    out[r][k] = c.text
        return out

    def origin_grid(self) -> list[list[Cell | None]]:
        """Rows × columns of the cell that covers each position."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                    out[r][k] = c
        return out

    def as_text(self) -> str:
        """Tab-separated rows, each merged cell written once (at its origin)."""
        lines = []
        for r, row in enumerate(self.origin_grid()):
            parts = [c.text if c is not None and (c.row, c.col) == (r, k) else "" for k, c in enumerate(row)]
            lines.append("\t".join(parts).rstrip("\t"))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_rows": self.n_rows,
            "n_cols": self.n_cols,
            "header_rows": self.header_rows,
            "pages": self.pages,
            "cells": [asdict(c) for c in self.cells],
        }


@dataclass
class Block:
    kind: BlockKind
    text: str
    regions: list[Region] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)  # into Document.text
    bold: bool = False
    italic: bool = False
    level: int | None = None  # heading depth, 1 = top
    table: Table | None = None
    ocr_confidence: float | None = None  # mean word confidence 0–100, OCR only

    @property
    def pages(self) -> list[int]:
        return sorted({r.page for r in self.regions})

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind.value,
            "text": self.text,
            "pages": self.pages,
            "regions": [{"page": r.page, "bbox": r.bbox.to_dict() if r.bbox else None} for r in self.regions],
            "span": list(self.span),
        }
        if self.bold:
            d["bold"] = True
        if self.italic:
            d["italic"] = True
        if self.level is not None:
            d["level"] = self.level
        if self.table is not None:
            d["table"] = self.table.to_dict()
        if self.ocr_confidence is not None:
            d["ocr_confidence"] = round(self.ocr_confidence, 1)
        return d


@dataclass
class Footnote:
    number: int
    text: str
    block: int  # index of its FOOTNOTE block in Document.blocks
    ref: FootnoteRef | None  # the marker in the body; None when no marker was found

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "block": self.block,
            "ref": asdict(self.ref) if self.ref else None,
        }


@dataclass
class Metadata:
    """What the report says about itself.  A field the report does not state is None."""

    issuing_body: str | None = None
    parent_body: str | None = None
    number: str | None = None  # as written after "Số", e.g. "161-BC/ĐUK"
    doc_type: str | None = None  # BÁO CÁO, KẾT LUẬN, CHỈ THỊ …
    title: str | None = None  # the subject line(s) under the type
    place: str | None = None
    date: str | None = None  # ISO 8601
    date_raw: str | None = None
    draft: bool = False
    signing_capacity: str | None = None  # T/M BAN THƯỜNG VỤ
    signer_title: str | None = None  # BÍ THƯ
    signer_name: str | None = None
    recipients: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    path: str
    sha256: str
    format: str  # "pdf", "docx", "txt"
    page_count: int | None  # None for formats without pages (DOCX, TXT)
    metadata: Metadata
    blocks: list[Block]
    footnotes: list[Footnote]
    text: str  # the plain text; every Block.span points into it
    ocr: bool = False  # True when any page was read by OCR
    source_encoding: str | None = None  # "tcvn3" or "vni" when legacy text was converted
    warnings: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.table is not None]

    def body_blocks(self) -> list[Block]:
        """Blocks that are neither page furniture nor footnotes."""
        return [b for b in self.blocks if not b.kind.is_furniture and b.kind is not BlockKind.FOOTNOTE]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "baocao.document/1",
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "page_count": self.page_count,
            "ocr": self.ocr,
            "source_encoding": self.source_encoding,
            "metadata": self.metadata.to_dict(),
            "blocks": [b.to_dict() for b in self.blocks],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "warnings": self.warnings,
        }
