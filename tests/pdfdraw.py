"""Small PDFs drawn operator by operator, to test how the reader sees rules and tables.

Every producer draws a table's rules its own way; these helpers write the same grid as
LibreOffice (two-point strokes), Chromium and Word (thin filled rectangles), ReportLab (one
path holding the whole grid), or a stroked rectangle per cell, so a test can ask for each.
Coordinates are PDF points with the origin at the bottom left of an A4 page.  Text is in
Helvetica (WinAnsi): the tests that use these files are about geometry, not about letters.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0


def text(x: float, y: float, s: str, size: float = 10.0) -> str:
    safe = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td ({safe}) Tj ET\n"


def stroke(x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> str:
    """One rule as a stroked two-point line."""
    return f"{width:g} w {x0:g} {y0:g} m {x1:g} {y1:g} l S\n"


def fill(x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> str:
    """One rule as a thin filled rectangle around the line from (x0, y0) to (x1, y1)."""
    h = width / 2
    if y0 == y1:
        return f"{x0:g} {y0 - h:g} {x1 - x0:g} {width:g} re f\n"
    return f"{x0 - h:g} {y0:g} {width:g} {y1 - y0:g} re f\n"


def one_path(segments: Sequence[tuple[float, float, float, float]], width: float = 0.5) -> str:
    """Every rule in one stroked path object."""
    body = "".join(f"{x0:g} {y0:g} m {x1:g} {y1:g} l " for x0, y0, x1, y1 in segments)
    return f"{width:g} w {body}S\n"


def cell_rect(x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> str:
    return f"{width:g} w {x0:g} {y0:g} {x1 - x0:g} {y1 - y0:g} re S\n"


def grid_segments(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    skip_v: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> list[tuple[float, float, float, float]]:
    """The rules of a full grid over ``xs`` (left to right) and ``ys`` (top to bottom): every
    row's rule, and each column rule cut per row so a merged cell can leave one out
    (``skip_v`` holds (row, column line) pairs not drawn)."""
    segs = [(xs[0], y, xs[-1], y) for y in ys]
    for r in range(len(ys) - 1):
        for k, x in enumerate(xs):
            if (r, k) not in skip_v:
                segs.append((x, ys[r], x, ys[r + 1]))
    return segs


def landscape(content: str) -> str:
    """Content drawn on a landscape page (842 x 595, origin at its bottom left) turned onto a
    portrait page, as ``pdflscape`` does: write the page with ``rotate=90`` so a viewer shows
    it upright."""
    return f"q 0 1 -1 0 {PAGE_W:g} 0 cm\n{content}Q\n"


def write_pdf(path: Path, pages: Sequence[str], rotate: int = 0) -> Path:
    """A PDF whose pages have these content streams, with Helvetica as /F1 (and ``/Rotate``
    on every page when ``rotate`` is given)."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, content in enumerate(pages):
        data = content.encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:g} {PAGE_H:g}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R /Rotate {rotate} >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
