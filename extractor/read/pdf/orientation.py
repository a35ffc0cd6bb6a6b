"""Pages whose text does not run left to right, turned so it does, before anything reads them.

A landscape appendix is often a portrait page with ``/Rotate 90`` whose content is drawn
sideways (LaTeX's ``pdflscape``, some report generators), or sideways content on a portrait
page.  PDFium gives such text in the page's own space, running up or down the page.  The
dominant direction of a sample of the page's characters says how many quarter turns make it
upright; every page object is then turned in memory (the file is never written) and the
page's boxes set to the turned size, so lines, rules, tables and boxes are all read in the
page's reading orientation, which for a ``/Rotate`` page is how a viewer shows it.  Text left
in the other direction after the turn (the portrait page number of a turned page) is set
aside.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

SAMPLE = 400  # characters whose direction is looked at, spread evenly over the page
MAJORITY = 0.6  # share of the sample that must run one way for the page to be turned


def upright(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> tuple[pdfium.PdfTextPage, int]:
    """The page's text page, after turning the page so its text runs left to right; and the
    quarter turns (clockwise) that took, 0 when the page was upright."""
    turns = _quarter_turns(textpage)
    if not turns:
        return textpage, 0
    textpage.close()
    _turn(page, turns)
    return page.get_textpage(), turns


def _quarter_turns(textpage: pdfium.PdfTextPage) -> int:
    handle = textpage.raw
    quarters: Counter[int] = Counter()
    n = pdfium_c.FPDFText_CountChars(handle)
    step = max(1, n // SAMPLE)  # spread over the whole page: a sideways strip drawn first is not the page
    for i in range(0, n, step):
        if pdfium_c.FPDFText_GetUnicode(handle, i) <= 32:
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(handle, i)
        if angle < 0:
            continue  # PDFium could not say
        quarters[round(math.degrees(angle) / 90) % 4] += 1
    if not quarters:
        return 0
    quarter, count = quarters.most_common(1)[0]
    if quarter == 0 or count < MAJORITY * sum(quarters.values()):
        return 0
    return (4 - quarter) % 4


def _drop_sideways_text(raw: object) -> None:
    """Remove the text objects that still do not run left to right: what the producer kept in
    the page's first orientation (the page number of a portrait page whose body was turned)."""
    m = pdfium_c.FS_MATRIX()
    for i in range(pdfium_c.FPDFPage_CountObjects(raw) - 1, -1, -1):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            continue
        sideways = m.a <= 0 or abs(m.b) > 0.01 * abs(m.a)
        if sideways and pdfium_c.FPDFPage_RemoveObject(raw, obj):
            pdfium_c.FPDFPageObj_Destroy(obj)


def _turn(page: pdfium.PdfPage, turns: int) -> None:
    """Turn every top-level object ``turns`` quarter turns clockwise about the page and make
    the page's boxes the turned size, with no ``/Rotate`` left."""
    raw = page.raw
    rotated = pdfium_c.FPDFPage_GetRotation(raw) % 2 == 1
    width, height = page.get_size()
    if rotated:
        width, height = height, width  # the page's own (unrotated) size
    a, b, c, d, e, f = {
        1: (0, -1, 1, 0, 0, width),
        2: (-1, 0, 0, -1, width, height),
        3: (0, 1, -1, 0, height, 0),
    }[turns]
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        pdfium_c.FPDFPageObj_Transform(pdfium_c.FPDFPage_GetObject(raw, i), a, b, c, d, e, f)
    _drop_sideways_text(raw)
    new_w, new_h = (height, width) if turns % 2 else (width, height)
    pdfium_c.FPDFPage_SetMediaBox(raw, 0, 0, new_w, new_h)
    pdfium_c.FPDFPage_SetCropBox(raw, 0, 0, new_w, new_h)
    pdfium_c.FPDFPage_SetRotation(raw, 0)
