"""Ruling lines of a PDF page, from pypdfium2's path objects, walked once per page.

Producers draw a rule in many ways: a stroked two-point line (LibreOffice, xelatex), a thin
filled rectangle (Chromium, Word), one path holding a whole grid of strokes (ReportLab), a
stroked rectangle around a cell.  Every way gives the same :class:`Rule`: a horizontal or
vertical segment in top-left page coordinates.  A path whose bounds are thin is one rule
read from its bounds (no segment is read); only a wide path is taken apart into its
sub-paths.  Filled wide shapes (cell shading, images' frames) are no rules.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

THIN = 2.5  # points: a path thinner than this across is a rule
MIN_RULE = 2.5  # points: a rule at least this long (a dot is no rule)
_MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO
_LINETO = pdfium_c.FPDF_SEGMENT_LINETO


@dataclass(frozen=True, slots=True)
class Rule:
    """One ruling line: horizontal (``y0 == y1`` up to its width) or vertical, top-left origin."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.y1 - self.y0

    @property
    def length(self) -> float:
        return max(self.x1 - self.x0, self.y1 - self.y0)


def page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """Every horizontal and vertical rule on ``page`` (top-level path objects).  The page's
    objects are walked through PDFium's C interface: a page printed by a browser holds
    thousands of text and path objects, and wrapping each in a Python object would cost
    more than reading the page's text."""
    height = page.get_height()
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    rules: list[Rule] = []
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if x1 - x0 < THIN or y1 - y0 < THIN:
            rule = _thin(x0, height - y1, x1, height - y0)
            if rule is not None:
                rules.append(rule)
        else:
            rules.extend(_wide_path_rules(obj, height))
    return rules


def _thin(x0: float, y0: float, x1: float, y1: float) -> Rule | None:
    if max(x1 - x0, y1 - y0) < MIN_RULE:
        return None
    return Rule(x0, y0, x1, y1)


def _wide_path_rules(obj: Any, height: float) -> Iterator[Rule]:
    """The rules a wide path (a raw FPDF_PAGEOBJECT) draws: a stroked path's straight
    axis-parallel segments, a filled path's thin sub-paths."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value and not stroke.value:
        return
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return
    for points in _subpaths(obj):
        pts = [(m.a * x + m.c * y + m.e, height - (m.b * x + m.d * y + m.f)) for x, y in points]
        if stroke.value:
            for (ax, ay), (bx, by) in itertools.pairwise(pts):
                if abs(ay - by) < THIN or abs(ax - bx) < THIN:
                    rule = _thin(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
                    if rule is not None:
                        yield rule
        elif len(pts) >= 2:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            if max(xs) - min(xs) < THIN or max(ys) - min(ys) < THIN:
                rule = _thin(min(xs), min(ys), max(xs), max(ys))
                if rule is not None:
                    yield rule


def _subpaths(raw: Any) -> Iterator[list[tuple[float, float]]]:
    """Each sub-path's points in the path's own space; a closed sub-path ends at its start.
    A sub-path with a curve in it is left out: a curve is no rule."""
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    curved = False
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        if kind == _MOVETO:
            if len(points) >= 2 and not curved:
                yield points
            points, curved = [(x.value, y.value)], False
            continue
        curved = curved or kind != _LINETO
        points.append((x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(seg) and points:
            points.append(points[0])
    if len(points) >= 2 and not curved:
        yield points
