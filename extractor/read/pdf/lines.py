"""Lines of a PDF page's text layer, read with pypdfium2.

pypdfium2 gives the page text in content order with generated line breaks,
one character per text-page index, so a line's characters are a contiguous
index range.  Per line we ask PDFium only for what the layout needs: the
boxes of its first and last visible characters, the size and font of a few
sample characters, and the size of each digit (a digit much smaller than the
line is a superscript footnote marker).  That keeps the reader within a small
factor of raw text extraction while still seeing fonts and positions.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.document.drafts import Line
from extractor.document.elements import BBox
from extractor.text import regexes as rx
from extractor.text.regexes import TEXT_LINE

JOIN_GAP = 3.0  # pieces of one line on one baseline are at most this many type sizes apart
RAISED_RATIO = 0.25  # a digit whose baseline is this share of the type size above the line's is raised
SUPERSCRIPT_RATIO = 0.75  # a digit below this fraction of the line's size is a superscript
SHRUNK_DIGIT = 0.6  # a digit's ink this share of the type size high is shrunk (full size: 0.68-0.73)
ATTACHED_GAP = 0.3  # a raised digit this close (in type sizes) to the character before it is a marker
_ITALIC_FLAG = 64  # PDF font descriptor flag bit 7
_DIGITS = re.compile(r"\d+")  # what str.isdecimal() accepts, in runs
# The space before a page number that ends a line (rx.PAGE_NUMBER_TAIL), after a non-space.
_PAGE_NUMBER_AFTER_SPACE = re.compile(r"(?<=[^ ]) (?=" + rx.PAGE_NUMBER_TAIL.pattern + r"\Z)")


@dataclass
class _CharProbe:
    """Thin wrapper over one text page's raw handle, with a font-name cache."""

    handle: object
    height: float
    _name: ctypes.Array[ctypes.c_char] = field(default_factory=lambda: ctypes.create_string_buffer(96))
    _flags: ctypes.c_int = field(default_factory=ctypes.c_int)

    def size(self, i: int) -> float:
        return float(pdfium_c.FPDFText_GetFontSize(self.handle, i))

    def font(self, i: int) -> tuple[str, int]:
        pdfium_c.FPDFText_GetFontInfo(self.handle, i, self._name, 96, ctypes.byref(self._flags))
        return self._name.value.decode("latin-1", "replace"), self._flags.value

    def box(self, i: int) -> tuple[float, float, float, float]:
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        pdfium_c.FPDFText_GetCharBox(
            self.handle, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        )
        return left.value, bottom.value, right.value, top.value

    def origin_y(self, i: int) -> float:
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(self.handle, i, ctypes.byref(x), ctypes.byref(y))
        return y.value


def _is_bold(font_name: str) -> bool:
    name = font_name.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def _is_italic(font_name: str, flags: int) -> bool:
    name = font_name.lower()
    return bool(flags & _ITALIC_FLAG) or "italic" in name or "oblique" in name


def _split_marker_runs(
    text: str, start: int, probe: _CharProbe, base: float, baseline: float | None = None
) -> tuple[str, list[tuple[int, int]]]:
    """Remove superscript digit runs from ``text``; return the text and (offset, number) markers.
    A digit is superscript when it is smaller than the line's type, or raised above the line's
    baseline (``baseline``, from its letters): some producers scale text by a matrix and report
    one font size for all of it (Skia).  Only the digits are looked at (most lines have none)."""
    flagged: list[int] = []
    for m in _DIGITS.finditer(text):
        for k in range(m.start(), m.end()):
            small = probe.size(start + k) < base * SUPERSCRIPT_RATIO
            attached = k > 0 and not text[k - 1].isspace()
            raised = baseline is not None and _raised(probe, start + k, baseline, base, attached)
            after_flagged = bool(flagged) and flagged[-1] == k - 1
            if (small or raised) and not after_flagged and rx.UNIT_BEFORE_EXPONENT.search(text, 0, k):
                continue  # "4.200 m²": an exponent, not a footnote marker
            if small or raised:
                flagged.append(k)
    if not flagged:
        return text, []
    parts: list[str] = []
    markers: list[tuple[int, int]] = []
    last = removed = 0
    i = 0
    while i < len(flagged):
        j = i
        while j + 1 < len(flagged) and flagged[j + 1] == flagged[j] + 1:
            j += 1
        a, b = flagged[i], flagged[j] + 1
        parts.append(text[last:a])
        markers.append((a - removed, int(text[a:b])))
        removed += b - a
        last, i = b, j + 1
    parts.append(text[last:])
    return "".join(parts), markers


def _raised(probe: _CharProbe, i: int, baseline: float, base: float, attached: bool = False) -> bool:
    """Whether the character at ``i`` stands clearly above the line's baseline, and is either
    shrunk (its ink well below a digit's full height) or set right against the character
    before it (a marker raised without shrinking: "tốt³" in full size).  A full-size digit
    apart from the text before it is no marker (a number PDFium put on the line of a label
    set lower, in a table row)."""
    if probe.origin_y(i) - baseline <= base * RAISED_RATIO:
        return False
    left, bottom, _, top = probe.box(i)
    if top - bottom < base * SHRUNK_DIGIT:
        return True
    return attached and left - probe.box(i - 1)[2] < ATTACHED_GAP * base


def _style_sample(text: str, start: int) -> list[int]:
    """Indices of a few letters spread over the line (first, middle, last)."""
    letters = [k for k, ch in enumerate(text) if ch.isalpha()]
    if not letters:
        return []
    picks = {letters[0], letters[len(letters) // 2], letters[-1]}
    return [start + k for k in sorted(picks)]


def _make_line(raw_text: str, start: int, probe: _CharProbe, page_no: int) -> Line | None:
    lead = len(raw_text) - len(raw_text.lstrip())
    text = raw_text.strip()
    if not text:
        return None
    first, last = start + lead, start + lead + len(text) - 1
    sample = _style_sample(text, first)
    sizes = [probe.size(i) for i in sample] or [probe.size(first)]
    base = max(sizes)
    fonts = [probe.font(i) for i in sample]
    bold = bool(fonts) and all(_is_bold(name) for name, _ in fonts)
    italic = bool(fonts) and all(_is_italic(name, fl) for name, fl in fonts)
    baseline = probe.origin_y(first if not text[0].isdigit() else sample[0] if sample else first)
    letters_baseline = probe.origin_y(sample[0]) if sample else None
    clean, markers = _split_marker_runs(text, first, probe, base, letters_baseline)
    x0, _, _, _ = probe.box(first)
    _, _, x1, _ = probe.box(last)
    top = probe.height - (baseline + base * 0.8)
    bottom = probe.height - (baseline - base * 0.25)
    return Line(
        page=page_no,
        text=" ".join(clean.split()),
        bbox=BBox(x0, top, x1, bottom),
        size=base,
        bold=bold,
        italic=italic,
        markers=markers,
    )


SOFT_BREAKS = "\u2010\u00ad\ufffe"  # hyphens a producer prints, or PDFium returns, at a soft line break


def hyphen_break(text: str) -> bool:
    """A line that ends inside a hyphenated or slashed token ("17-" | "QĐ/TU", "28-" | "3-2022",
    "11-NQ/" | "ĐUK") joins without a space."""
    return len(text) > 1 and text[-1] in "-–/" and not text[-2].isspace()


def text_lines(textpage: pdfium.PdfTextPage, page_no: int, page_height: float) -> Iterator[Line]:
    """Yield the visual lines of one page in content order (top-left origin)."""
    probe = _CharProbe(textpage.raw, page_height)
    text = textpage.get_text_range()
    prev: Line | None = None
    for piece, start in _pieces(text, probe):
        line = _make_line(piece, start, probe, page_no)
        if line is None or not (line.text or line.markers):
            continue
        if prev is not None and _same_baseline(prev, line):
            prev = _join(prev, line)
            continue
        if prev is not None and _superscript_after(prev, line):
            prev = _with_marker(prev, line)  # "… Tỉnh ủy.¹": the marker PDFium gave a line of its own
            continue
        if prev is not None:
            yield prev
        prev = line
    if prev is not None:
        yield prev


def _pieces(text: str, probe: _CharProbe) -> Iterator[tuple[str, int]]:
    """The page's text lines, each split where a space spans a wide gap (a page number in the
    right margin that PDFium puts on the last footnote line: "… KHTNV: 129. 9")."""
    for match in TEXT_LINE.finditer(text):
        raw, start = match.group(), match.start()
        tail = _PAGE_NUMBER_AFTER_SPACE.search(raw)  # only a page number at the line's end is cut off
        if tail is not None:
            k = tail.start()
            before, after = probe.box(start + k - 1), probe.box(start + k + 1)
            if after[0] - before[2] > JOIN_GAP * max(probe.size(start + k - 1), 1.0):
                yield raw[:k], start
                yield raw[k + 1 :], start + k + 1
                continue
        yield raw, start


def _same_baseline(a: Line, b: Line) -> bool:
    """PDFium breaks a line after a superscript; the rest of the line follows on the same baseline."""
    return abs(a.bbox.y1 - b.bbox.y1) < 2.0 and b.bbox.x0 >= a.bbox.x1 - 1.0 and abs(a.size - b.size) < 1.0


def _superscript_after(a: Line, b: Line) -> bool:
    """A short digit run in smaller type right after a line, raised into its upper half."""
    if not (b.text.isdecimal() and len(b.text) <= 3 and b.size < a.size * SUPERSCRIPT_RATIO):
        return False
    if rx.UNIT_BEFORE_EXPONENT.search(a.text):
        return False  # "4.200 m" + "2": an exponent
    beside = b.bbox.x0 >= a.bbox.x1 - 1.0 and b.bbox.x0 - a.bbox.x1 < a.size
    return beside and a.bbox.y0 - 1.0 <= b.bbox.y1 <= a.bbox.y1 and b.bbox.y1 < a.bbox.y1 - 0.2 * a.size


def _with_marker(a: Line, b: Line) -> Line:
    return replace(a, bbox=a.bbox.union(b.bbox), markers=[*a.markers, (len(a.text), int(b.text))])


def _join(a: Line, b: Line) -> Line:
    gap = " " if b.bbox.x0 - a.bbox.x1 > 0.2 * a.size else ""
    shift = len(a.text) + len(gap)
    return Line(
        page=a.page,
        text=a.text + gap + b.text,
        bbox=a.bbox.union(b.bbox),
        size=max(a.size, b.size),
        bold=a.bold and b.bold,
        italic=a.italic and b.italic,
        markers=[*a.markers, *((off + shift, num) for off, num in b.markers)],
    )
