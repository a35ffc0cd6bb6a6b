"""OCR of scanned PDF pages with tesseract (Vietnamese).

The PDF reader calls :func:`page_needs_ocr` on each page's text layer and
:func:`ocr_page` / :func:`ocr_pages` on the pages that need OCR.  What comes
back are :class:`~extractor.document.drafts.Line` objects in reading order, with the
same meaning as text-layer lines: NFC text without superscript footnote
markers (they go to ``Line.markers``), a bounding box in PDF points with a
top-left origin, an estimated font size in points and the mean word
confidence.

tesseract runs as a subprocess (``tesseract stdin stdout … tsv``) with
``OMP_THREAD_LIMIT=1``; :func:`ocr_pages` keeps up to ``workers`` of them busy.
The binary is ``$BAOCAO_TESSERACT`` when set, else :data:`TESSERACT_CMD`.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import statistics
import subprocess
import time
import unicodedata
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import pypdfium2.raw as pdfium_raw
from PIL import Image, ImageOps

from extractor.document.drafts import Line
from extractor.document.elements import BBox, Origin
from extractor.errors import OCRUnavailable, UnreadableFile
from extractor.read.limits import DEFAULT_LIMITS, Limits, exceeded
from extractor.read.pdf.ocr_words import repair_ocr_text

if TYPE_CHECKING:
    import pypdfium2

TESSERACT_ENV = "BAOCAO_TESSERACT"
TESSERACT_CMD = "tesseract"  # used when $BAOCAO_TESSERACT is not set
LANG = "vie"
# Render resolution.  None: the scan's own resolution (its largest image), clamped to
# MIN_DPI..MAX_DPI.  On the corpus (200 dpi scans) upscaling to 300 dpi gave no better
# CER (0.84 % vs 0.81 %) and cost 18 % more time; see bench/ocr_cer.py --dpi.
OCR_DPI: int | None = None
MIN_DPI, MAX_DPI = 200, 400
PSM = 3  # fully automatic page segmentation: keeps two-column header blocks apart
TIMEOUT_S = 300  # one page's OCR at most (the document's budget is limits.max_ocr_seconds)
MIN_FIT_DPI = 50  # a page is rendered at no less than this to fit the pixel limit; larger pages are refused
BLANK_LEVEL = 245  # a grayscale page whose darkest pixel is this light has no ink

# Font size in points = SIZE_FACTOR × the 90th-percentile word height of the line in
# points.  The tallest words of a line span an accent or ascender and a descender,
# about 0.9 em in Times/Liberation Serif; calibrated against the corpus text layer.
SIZE_FACTOR = 1.1
_CAPS_RATIO = 0.86  # capitals: the tallest words are about 1.05 em, not 0.9 em
COLUMN_GAP_EM = 3.0

INSTALL_HINT = (
    "install tesseract with its Vietnamese data: on Debian/Ubuntu "
    "`sudo apt-get install tesseract-ocr tesseract-ocr-vie`; on other systems see "
    "https://tesseract-ocr.github.io/tessdoc/Installation.html (and add the `vie` traineddata)"
)

_probe_cache: dict[str, str | None] = {}  # binary -> None (fine) or the reason it is not


# ---------------------------------------------------------------------------
# availability


def tesseract_binary() -> str:
    """The tesseract command in force: ``$BAOCAO_TESSERACT`` or :data:`TESSERACT_CMD`."""
    return os.environ.get(TESSERACT_ENV) or TESSERACT_CMD


def _probe(binary: str) -> str | None:
    exe = shutil.which(binary)
    if exe is None:
        return f"the page is a scanned image and needs OCR, but the tesseract program ({binary}) was not found; "
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"the page needs OCR, but tesseract ({exe}) could not be run ({exc}); "
    langs = {w.strip() for w in (out.stdout + "\n" + out.stderr).splitlines()}
    if LANG not in langs:
        return f"the page needs OCR, but tesseract ({exe}) has no Vietnamese language data ('{LANG}'); "
    return None


def check_tesseract(path: str) -> None:
    """Raise :class:`OCRUnavailable` when tesseract or its ``vie`` data is missing.

    The probe runs once per process and binary.
    """
    binary = tesseract_binary()
    if binary not in _probe_cache:
        _probe_cache[binary] = _probe(binary)
    reason = _probe_cache[binary]
    if reason is not None:
        raise OCRUnavailable(path, reason + INSTALL_HINT)


# ---------------------------------------------------------------------------
# does a text layer need OCR?

_OK_EXTRA = set("¹²³⁰⁴⁵⁶⁷⁸⁹")
# Characters _char_ok accepts whatever else holds: ASCII, Latin-1, Latin Extended-A/B, combining
# accents, Latin Extended Additional (Vietnamese), general punctuation and currency.
_SPACES = re.compile(r"\s+")
_SURELY_OK = re.compile("[\x20-\x7e\xa0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]+")


def _is_latin_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith("LATIN")


def _char_ok(ch: str) -> bool:
    """Printable ASCII, Latin-1 (legacy TCVN3/VNI text), Latin letters, punctuation, accents."""
    o = ord(ch)
    if 0x20 <= o < 0x7F or 0xA0 <= o <= 0xFF or ch in _OK_EXTRA:
        return True
    if 0x2000 <= o <= 0x206F or 0x20A0 <= o <= 0x20CF:  # general punctuation, currency
        return True
    cat = unicodedata.category(ch)
    return cat == "Mn" or _is_latin_letter(ch)


def page_needs_ocr(text: str) -> bool:
    """True when a page's text layer is empty or garbage and the page must be OCR'd.

    Garbage: fewer than 10 letters, or more than 20 % of the non-space characters
    are control, private-use, replacement or unassigned characters or letters of
    non-Latin scripts.  Legacy TCVN3/VNI text (Latin-1 letters and symbols such as
    ``§¶ng``) is not garbage.
    """
    visible = len(_SPACES.sub("", text))
    if not visible:
        return True
    letters = (c for c in text if c.isalpha() or 0xA0 <= ord(c) <= 0xFF)
    if sum(1 for _ in itertools.islice(letters, 10)) < 10:
        return True
    rest = _SURELY_OK.sub("", text)  # most characters, at C speed; the rest one by one
    bad = sum(1 for c in rest if not c.isspace() and not _char_ok(c))
    return bad > 0.2 * visible


# ---------------------------------------------------------------------------
# tesseract


@dataclass
class _Word:
    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def _run_tesseract(
    image: Image.Image, args: list[str], path: str, what: str, timeout: float = TIMEOUT_S, language: bool = True
) -> str:
    """tesseract's output for ``image``; ``language``: read Vietnamese with the LSTM engine
    (off for orientation detection, which uses its own data)."""
    check_tesseract(path)
    buf = io.BytesIO()
    image.save(buf, "PPM")  # PGM for grayscale: no compression cost
    cmd = [tesseract_binary(), "stdin", "stdout", *(["-l", LANG, "--oem", "1"] if language else []), *args]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        res = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise UnreadableFile(path, f"OCR of {what} took longer than {timeout:,.0f} s and was stopped") from exc
    except OSError as exc:
        raise OCRUnavailable(path, f"tesseract could not be started ({exc}); {INSTALL_HINT}") from exc
    if res.returncode != 0:
        msg = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadableFile(path, f"OCR of {what} failed: tesseract said: {msg[-1] if msg else res.returncode}")
    return res.stdout.decode("utf-8", "replace")


def _parse_tsv(tsv: str) -> list[_Word]:
    words: list[_Word] = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5":
            continue
        text = unicodedata.normalize("NFC", f[11]).strip()
        if not text:
            continue
        block, par, line, left, top, width, height = (int(x) for x in (*f[2:5], *f[6:10]))
        words.append(_Word(block, par, line, left, top, width, height, float(f[10]), text))
    return words


def _group_lines(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped by tesseract line; a line is split where a gap is wider than
    :data:`COLUMN_GAP_EM` (two header columns on one baseline are two lines)."""
    lines: list[list[_Word]] = []
    key = None
    for w in words:
        k = (w.block, w.par, w.line)
        if k != key:
            lines.append([])
            key = k
        lines[-1].append(w)
    return [part for line in lines for part in _split_at_gaps(line)]


def _split_at_gaps(line: list[_Word]) -> list[list[_Word]]:
    em = SIZE_FACTOR * _line_height(line)
    parts = [[line[0]]]
    for prev, w in pairwise(line):
        if w.left - prev.right > COLUMN_GAP_EM * em:
            parts.append([])
        parts[-1].append(w)
    return parts


# ---------------------------------------------------------------------------
# superscript footnote markers

# what tesseract makes of a small raised digit when it glues it to a word
_SUPER_JUNK = set("0123456789¹²³⁰⁴⁵⁶⁷⁸⁹!?/'’‘`´°ºª*^|\"”“")
_TRAILING_PUNCT = set(",.;:)]”\"'’…")
_MARK_PX = 40  # height of a marker crop for the digit pass


@dataclass
class _Glyph:
    x0: int
    x1: int  # exclusive
    top: int
    bottom: int  # exclusive

    @property
    def height(self) -> int:
        return self.bottom - self.top


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """Binary crop, ink = 255."""
    return image.crop(box).point(lambda p: 255 if p < 140 else 0)


def _glyphs(image: Image.Image, box: tuple[int, int, int, int]) -> list[_Glyph]:
    """Runs of inked columns inside ``box`` with their vertical ink extent (page pixels)."""
    x0, y0 = box[0], box[1]
    ink = _ink(image, box)
    cols = ink.resize((ink.width, 1), Image.Resampling.BOX).tobytes()
    out: list[_Glyph] = []
    start = None
    for i, v in enumerate([*cols, 0]):
        if v > 0 and start is None:
            start = i
        elif v == 0 and start is not None:
            bb = ink.crop((start, 0, i, ink.height)).getbbox()
            if bb is not None:
                out.append(_Glyph(x0 + start, x0 + i, y0 + bb[1], y0 + bb[3]))
            start = None
    return out


def _line_glyphs(image: Image.Image, line: list[_Word], em: float) -> list[_Glyph]:
    """Glyph runs of a line, word by word (each clipped to its word's height, so that a
    slightly rotated scan does not mix in the lines above and below), including the gap
    after each word and before the first, where tesseract may have dropped a marker."""
    pad = round(0.6 * em)
    out: list[_Glyph] = []
    for k, w in enumerate(line):
        left = w.left - pad if k == 0 else w.left
        limit = line[k + 1].left - 1 if k + 1 < len(line) else w.right + pad
        right = max(w.right, min(limit, w.right + pad))
        box = (max(0, left), max(0, w.top - 1), min(image.width, right), min(image.height, w.bottom + 1))
        if box[2] > box[0] and box[3] > box[1]:
            out.extend(g for g in _glyphs(image, box) if g.height >= 2)
    return out


def _find_superscripts(image: Image.Image, line: list[_Word], em: float) -> list[_Glyph]:
    """Small raised glyph groups in a line: candidate footnote markers."""
    glyphs = _line_glyphs(image, line, em)
    supers: list[_Glyph] = []
    for i, g in enumerate(glyphs):
        near = [h for h in glyphs[max(0, i - 6) : i + 7] if h is not g and h.height > 0.3 * em]
        if len(near) < 2:
            continue
        base = statistics.median(h.bottom for h in near)
        raised = base - g.bottom
        if 0.18 * em <= raised <= 0.5 * em and 0.28 * em <= g.height <= 0.52 * em and g.x1 - g.x0 <= 0.7 * em:
            supers.append(g)
    return _merge_adjacent(supers, em)


def _merge_adjacent(glyphs: list[_Glyph], em: float) -> list[_Glyph]:
    out: list[_Glyph] = []
    for g in glyphs:
        if out and g.x0 - out[-1].x1 <= 0.3 * em:
            p = out[-1]
            out[-1] = _Glyph(p.x0, g.x1, min(p.top, g.top), max(p.bottom, g.bottom))
        else:
            out.append(g)
    return out


def _read_digits(image: Image.Image, glyphs: list[_Glyph], path: str) -> list[int | None]:
    """OCR each candidate marker, enlarged on a white sheet, as one line of digits.

    One tesseract call per candidate: batching them on one sheet in sparse-text
    mode dropped lone digits, and on one line a non-digit candidate spoiled its
    neighbours.  Pages have a few candidates at most.
    """
    return [_read_digit_crop(image, g, path) for g in glyphs]


def _read_digit_crop(image: Image.Image, g: _Glyph, path: str) -> int | None:
    c = ImageOps.autocontrast(image.crop((g.x0 - 2, g.top - 2, g.x1 + 2, g.bottom + 2)))
    scale = _MARK_PX / max(1, c.height)
    c = c.resize((max(1, round(c.width * scale)), _MARK_PX), Image.Resampling.LANCZOS)
    sheet = Image.new("L", (c.width + 4 * _MARK_PX, 3 * _MARK_PX), 255)
    sheet.paste(c.point(lambda p: 255 if p > 200 else p), (2 * _MARK_PX, _MARK_PX))  # grey background to white
    args = ["--psm", "7", "--dpi", "300", "-c", "tessedit_char_whitelist=0123456789", "tsv"]
    words = [w for w in _parse_tsv(_run_tesseract(sheet, args, path, "a footnote marker")) if w.conf >= 40]
    text = "".join(w.text for w in words)
    return int(text) if text.isdecimal() and text.isascii() and 0 < int(text) < 1000 else None


# ---------------------------------------------------------------------------
# lines


@dataclass
class _Marker:
    glyph: _Glyph
    number: int


def _strip_marker(text: str, leading: bool, digits: int) -> tuple[str, int]:
    """Remove what tesseract read for a ``digits``-long superscript from a word.

    Returns the word without it and the offset in the word where the marker stood.
    Only characters that a small raised digit is misread as are removed, at most
    ``digits`` of them; at the end, trailing punctuation after the marker is kept.
    """
    if leading:
        i = 0
        while i < len(text) and i < digits and text[i] in _SUPER_JUNK:
            i += 1
        return text[i:], 0
    j = len(text)
    while j > 0 and text[j - 1] in _TRAILING_PUNCT and text[j - 1] not in _SUPER_JUNK:
        j -= 1
    k = j
    while k > 0 and j - k < digits and text[k - 1] in _SUPER_JUNK:
        k -= 1
    if k == j:  # tesseract dropped the marker or read it as something else: it stood at the end
        return text, len(text)
    return text[:k] + text[j:], k


def _apply_markers(line: list[_Word], markers: list[_Marker]) -> tuple[str, list[tuple[int, int]]]:
    """Line text with markers removed, and (offset, number) for each marker."""
    tokens: list[str] = []
    found: list[tuple[int, int]] = []
    pending = sorted(markers, key=lambda m: m.glyph.x0)
    for w in line:
        text = w.text
        inside = [m for m in pending if m.glyph.x0 >= w.left - 2 and m.glyph.x1 <= w.right + 2]
        before = [m for m in pending if m.glyph.x1 <= w.left + 2 and m not in inside]
        for m in before:  # dropped by tesseract or its own token: stands before this word
            found.append((_offset(tokens), m.number))
            pending.remove(m)
        for m in inside:
            pending.remove(m)
            leading = m.glyph.x0 - w.left < 0.3 * w.width and m.glyph.x1 - w.left < w.width - 2
            text, cut = _strip_marker(text, leading, len(str(m.number)))
            found.append((_offset([*tokens, text[:cut]]) if cut else _offset(tokens), m.number))
        if text:
            tokens.append(text)
    for m in pending:
        found.append((_offset(tokens), m.number))
    return " ".join(tokens), found


def _offset(tokens: list[str]) -> int:
    return len(" ".join(tokens))


def _line_height(line: list[_Word]) -> float:
    """About 0.9 em in pixels: the 90th-percentile word height, the median for capitals.

    In lower-case text the tallest words span an accent or ascender and a
    descender (about 0.9 em); in capitals they span a capital with a stacked
    accent, about 1.05 em.
    """
    heights = sorted(w.height for w in line if any(c.isalnum() for c in w.text)) or [w.height for w in line]
    letters = [c for w in line for c in w.text if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper()) > 0.7 * len(letters)
    p90 = float(heights[int(0.9 * (len(heights) - 1))])
    return p90 * _CAPS_RATIO if caps else p90


MARKER_HEIGHT = 0.6  # a raised marker's box is at most this share of the line's usual word height


def _raised_junk(w: _Word, word_height: float) -> bool:
    """A word of marker characters only, smaller than the line's words (``word_height``, their
    median): a raised footnote marker read as a word, kept out of the line's box.  A number of
    the text's size (``25/3/2016`` or ``4`` opening a line: a digit is shorter than accented
    words, not that short) is part of the line.  (Not by its height above the baseline: the
    words' bottoms are pulled down by descenders and dots below, so every digit stands "raised".)"""
    return all(c in _SUPER_JUNK for c in w.text) and w.height < MARKER_HEIGHT * word_height


def _line_from_words(
    image: Image.Image, line: list[_Word], markers: list[_Marker], scale: float, page_no: int
) -> Line | None:
    text, found = _apply_markers(line, markers)
    text = repair_ocr_text(unicodedata.normalize("NFC", " ".join(text.split())))
    if not text:
        return None
    word_height = statistics.median(x.height for x in line)
    kept = [w for w in line if not _raised_junk(w, word_height)] or line
    bbox = BBox(
        min(w.left for w in kept) / scale,
        min(w.top for w in kept) / scale,
        max(w.right for w in kept) / scale,
        max(w.bottom for w in kept) / scale,
        Origin.TOP_LEFT,
    )
    confs = [w.conf for w in line if w.conf >= 0]
    size = SIZE_FACTOR * _line_height(kept) / scale
    return Line(
        page=page_no,
        text=text,
        bbox=bbox,
        size=round(size, 1),
        markers=found,
        conf=round(statistics.fmean(confs), 1) if confs else None,
    )


def _lines_from_words(image: Image.Image, words: list[_Word], scale: float, page_no: int, path: str) -> list[Line]:
    groups = _group_lines(words)
    cands: list[tuple[int, _Glyph]] = []
    for i, line in enumerate(groups):
        em = SIZE_FACTOR * _line_height(line)
        cands.extend((i, g) for g in _find_superscripts(image, line, em))
    numbers = _read_digits(image, [g for _, g in cands], path)
    per_line: dict[int, list[_Marker]] = {}
    for (i, g), n in zip(cands, numbers, strict=True):
        if n is not None:
            per_line.setdefault(i, []).append(_Marker(g, n))
    out = []
    for i, line in enumerate(groups):
        made = _line_from_words(image, line, per_line.get(i, []), scale, page_no)
        if made is not None:
            out.append(made)
    return out


# ---------------------------------------------------------------------------
# public API


def choose_dpi(page: pypdfium2.PdfPage) -> int:
    """:data:`OCR_DPI` if set, else the resolution of the page's largest image within MIN_DPI..MAX_DPI."""
    if OCR_DPI:
        return OCR_DPI
    best_area, dpi = 0.0, float(MIN_DPI)
    for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        area_pt = (right - left) * (top - bottom)
        w_px, h_px = obj.get_px_size()
        if area_pt > best_area and w_px * h_px > 0:
            best_area, dpi = area_pt, 72 * (w_px * h_px / area_pt) ** 0.5
    return int(min(MAX_DPI, max(MIN_DPI, round(dpi))))


def fit_dpi(page: pypdfium2.PdfPage, dpi: int, page_no: int, path: str, limits: Limits = DEFAULT_LIMITS) -> int:
    """``dpi``, lowered so that the rendered page stays within ``limits.max_page_pixels``; a
    page too large even at :data:`MIN_FIT_DPI` is refused (a 610-byte PDF may declare a page
    of 14,400 × 14,400 points)."""
    width, height = page.get_size()
    area_in = max(width, 1.0) * max(height, 1.0) / 72**2
    if area_in * dpi**2 <= limits.max_page_pixels:
        return dpi
    fitted = int((limits.max_page_pixels / area_in) ** 0.5)
    if fitted < MIN_FIT_DPI:
        pixels = area_in * MIN_FIT_DPI**2
        found = f"page {page_no} is {width:,.0f} × {height:,.0f} pt: {pixels:,.0f} pixels even at {MIN_FIT_DPI} dpi"
        raise exceeded(path, "max_page_pixels", found, limits.max_page_pixels)
    return fitted


def is_blank(image: Image.Image) -> bool:
    """A page with no ink at all (every pixel near white): nothing for OCR to read."""
    extrema = image.getextrema()
    low = extrema[0] if isinstance(extrema[0], int | float) else min(band[0] for band in extrema)
    return bool(low >= BLANK_LEVEL)


def render_page(page: pypdfium2.PdfPage, dpi: int) -> Image.Image:
    """The page as an 8-bit grayscale image at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_pil().convert("L")
    bitmap.close()
    return image


UNSURE_CONFIDENCE = 60.0  # a page read with a lower mean word confidence may be turned sideways: ask OSD
TURN_GAIN = 15.0  # the turned page is kept when its mean word confidence is at least this much higher


def ocr_image(image: Image.Image, dpi: int, page_no: int, path: str, timeout: float = TIMEOUT_S) -> list[Line]:
    """OCR a rendered page image (``dpi`` pixels per inch) into lines in reading order; a
    blank page has none, without running tesseract.  A page read with low confidence is
    checked for its orientation (tesseract's OSD); one scanned sideways or upside down is
    turned upright and read again, and kept when it reads better (its lines then stand in
    the upright page's frame, as a turned text-layer page's do)."""
    if is_blank(image):
        return []
    words = _read_words(image, dpi, page_no, path, timeout)
    if words and _mean_confidence(words) < UNSURE_CONFIDENCE:
        turn = _osd_turn(image, path, timeout)
        if turn:
            upright = image.rotate(-turn, expand=True, fillcolor=255)
            again = _read_words(upright, dpi, page_no, path, timeout)
            if _mean_confidence(again) >= _mean_confidence(words) + TURN_GAIN:
                image, words = upright, again
    return _lines_from_words(image, words, dpi / 72, page_no, path)


def _read_words(image: Image.Image, dpi: int, page_no: int, path: str, timeout: float) -> list[_Word]:
    tsv = _run_tesseract(image, ["--psm", str(PSM), "--dpi", str(dpi), "tsv"], path, f"page {page_no}", timeout)
    return _parse_tsv(tsv)


def _mean_confidence(words: list[_Word]) -> float:
    found = [w.conf for w in words if w.text.strip() and w.conf >= 0]
    return statistics.fmean(found) if found else 0.0


OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")


def _osd_turn(image: Image.Image, path: str, timeout: float) -> int:
    """How many degrees clockwise tesseract's orientation detection would turn the page
    (0, 90, 180 or 270); 0 when it cannot tell (or its ``osd`` data is missing)."""
    try:
        out = _run_tesseract(image, ["--psm", "0"], path, "the page's orientation", timeout, language=False)
    except UnreadableFile:  # OCRUnavailable is one too: the page is then read as it is
        return 0
    found = OSD_ROTATE.search(out)
    turn = int(found.group(1)) if found else 0
    return turn if turn in (90, 180, 270) else 0


def ocr_page(page: pypdfium2.PdfPage, page_no: int, path: str, limits: Limits = DEFAULT_LIMITS) -> list[Line]:
    """Render one page and OCR it: lines in reading order, markers removed, PDF points."""
    check_tesseract(path)
    dpi = fit_dpi(page, choose_dpi(page), page_no, path, limits)
    return ocr_image(render_page(page, dpi), dpi, page_no, path)


class _OcrBudget:
    """The document's OCR time (``limits.max_ocr_seconds``), spent page by page."""

    def __init__(self, path: str, pages: int, limits: Limits) -> None:
        self.path, self.pages, self.limit = path, pages, limits.max_ocr_seconds
        self.start = time.monotonic()
        self.done = 0

    def remaining(self) -> float:
        left = self.limit - (time.monotonic() - self.start)
        if left <= 0:
            found = f"OCR of {self.done:,} of its {self.pages:,} scanned pages took {self.limit:,.0f} s"
            raise exceeded(self.path, "max_ocr_seconds", found, self.limit)
        return left


def ocr_pages(
    pdf: pypdfium2.PdfDocument,
    page_numbers: list[int],
    path: str,
    workers: int = 2,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[int, list[Line]]]:
    """OCR pages (1-based numbers) with up to ``workers`` tesseract processes, yielding in page order.

    Pages are rendered in the calling thread (pdfium is not thread-safe) just
    before they are handed to a worker, so at most ``workers`` page images are
    held at once.  Each page is rendered within ``limits.max_page_pixels``; the whole
    document's OCR stops with :class:`~extractor.errors.LimitExceeded` once it has taken
    ``limits.max_ocr_seconds``.
    """
    check_tesseract(path)
    workers = max(1, workers)
    budget = _OcrBudget(path, len(page_numbers), limits)
    pending: deque[tuple[int, Future[list[Line]]]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for no in page_numbers:
                while len(pending) >= workers:
                    done_no, fut = pending.popleft()
                    yield done_no, fut.result()
                    budget.done += 1
                timeout = min(TIMEOUT_S, budget.remaining())
                page = pdf[no - 1]
                try:
                    dpi = fit_dpi(page, choose_dpi(page), no, path, limits)
                    image = render_page(page, dpi)
                finally:
                    page.close()
                pending.append((no, pool.submit(ocr_image, image, dpi, no, path, timeout)))
            while pending:
                done_no, fut = pending.popleft()
                yield done_no, fut.result()
                budget.done += 1
        finally:
            for _, fut in pending:
                fut.cancel()
