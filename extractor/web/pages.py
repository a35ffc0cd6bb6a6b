"""A PDF page as an image, and where on it the figures of a finding stand: the number's own
characters where the page has a text layer (found inside its block's box), else its block's
box (a scan's OCR line or paragraph).  Boxes are given as percentages of the page, top-left
origin, so the page image can be shown at any size."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RENDER_SCALE = 1.5  # 108 dpi: readable on a laptop screen, about 150 kB a page
MAX_PIXELS = 4_000_000  # a page image's pixels at most (an A4 page at 1.5 is 1.1 million): a huge page is scaled down
RENDERING = threading.BoundedSemaphore(2)  # pages rendered at once in the web process
CACHE_MB = 500  # the page-image cache is pruned, oldest first, to this size when the app starts


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float
    label: str

    def style(self) -> str:
        return f"left:{self.left:.2f}%;top:{self.top:.2f}%;width:{self.width:.2f}%;height:{self.height:.2f}%"


def page_png(path: Path, page: int, cache: Path | None = None, scale: float = RENDER_SCALE) -> bytes:
    """Page ``page`` (1-based) of the PDF at ``path`` as PNG bytes, at most
    :data:`MAX_PIXELS` (a page larger than A3 is scaled down), kept in ``cache`` when given;
    at most two pages render at once."""
    import io

    import pypdfium2 as pdfium

    if cache is not None and cache.is_file():
        return cache.read_bytes()
    with RENDERING:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                raise IndexError(page)
            p = pdf[page - 1]
            width, height = p.get_size()
            fit = math.sqrt(MAX_PIXELS / max(width * height, 1.0))
            image = p.render(scale=min(scale, fit)).to_pil()
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False)
            data = out.getvalue()
        finally:
            pdf.close()
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(cache)
    return data


def figure_boxes(path: Path, page: int, wanted: list[tuple[str, dict[str, Any] | None, str]]) -> list[Box]:
    """Boxes on page ``page`` for each (raw number, its block's bbox on that page, label):
    the occurrence of the number inside (or nearest to) the block's box when the page has a
    text layer, else the block's box itself."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        p = pdf[page - 1]
        width, height = p.get_size()
        text = p.get_textpage()
        out = []
        for raw, bbox, label in wanted:
            found = _occurrence(text, raw, bbox, height)
            rect = found or (_rect(bbox) if bbox else None)
            if rect is not None:
                x0, y0, x1, y1 = rect
                out.append(
                    Box(100 * x0 / width, 100 * y0 / height, 100 * (x1 - x0) / width, 100 * (y1 - y0) / height, label)
                )
        return out
    finally:
        pdf.close()


def _rect(bbox: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(bbox["x0"]), float(bbox["y0"]), float(bbox["x1"]), float(bbox["y1"])


def _occurrence(text: Any, raw: str, bbox: dict[str, Any] | None, height: float) -> tuple[float, ...] | None:
    """The box (top-left origin) of the occurrence of ``raw`` on the page nearest the block's box."""
    boxes = []
    searcher = text.search(raw, match_case=False, match_whole_word=False)
    try:
        while (hit := searcher.get_next()) is not None:
            start, count = hit
            chars = [text.get_charbox(i) for i in range(start, start + count)]
            left, bottom = min(c[0] for c in chars), min(c[1] for c in chars)
            right, top = max(c[2] for c in chars), max(c[3] for c in chars)
            boxes.append((left - 1, height - top - 1, right + 1, height - bottom + 1))
    finally:
        searcher.close()
    if not boxes:
        return None
    if bbox is None:
        return boxes[0]
    x0, y0, x1, y1 = _rect(bbox)

    def distance(b: tuple[float, ...]) -> float:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        dx = max(x0 - cx, 0.0, cx - x1)
        dy = max(y0 - cy, 0.0, cy - y1)
        return dx * dx + dy * dy

    return min(boxes, key=distance)


def prune_cache(folder: Path, megabytes: float = CACHE_MB) -> int:
    """Remove the least recently written page images until ``folder`` holds at most
    ``megabytes``; how many were removed."""
    if not folder.is_dir():
        return 0
    files = sorted((p for p in folder.rglob("*.png") if p.is_file()), key=lambda p: p.stat().st_mtime)
    total = sum(p.stat().st_size for p in files)
    removed = 0
    for p in files:
        if total <= megabytes * 2**20:
            break
        total -= p.stat().st_size
        p.unlink(missing_ok=True)
        removed += 1
    return removed
