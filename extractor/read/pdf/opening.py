"""Open a PDF with pypdfium2 and turn every PDFium failure into a clear error.

PDFium reads the file lazily from disk, so opening a 2,000-page report is
fast and memory grows only with the pages a caller keeps loaded.  On a
damaged file PDFium first tries to repair the cross-reference table; when
that fails loading stops with ``FPDF_ERR_FORMAT``, and when it succeeds the
damage may only show up as a page that cannot be loaded, which
:func:`load_page` reports by page number.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.errors import EncryptedFile, UnreadableFile

NEED_PASSWORD = "encrypted PDF: a password is required (use --password)"
WRONG_PASSWORD = "encrypted PDF: the password is wrong"


@contextmanager
def open_pdf(path: Path, password: str | None = None) -> Iterator[pdfium.PdfDocument]:
    """Open *path* and close the document on exit (pages still open are closed with it).

    Raises :class:`EncryptedFile` for a missing or wrong password and
    :class:`UnreadableFile` for a missing, damaged or truncated file or a PDF
    with no pages.
    """
    pdf = pdfium.PdfDocument(_load_raw(Path(path), password))
    try:
        yield pdf
    finally:
        pdf.close()


def load_page(pdf: pdfium.PdfDocument, index: int, path: Path | str) -> pdfium.PdfPage:
    """Page *index* (zero-based) of an open document, or :class:`UnreadableFile` naming the page."""
    try:
        return pdf[index]
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(
            str(path), f"damaged or truncated PDF: page {index + 1} of {len(pdf)} cannot be loaded"
        ) from exc


def _load_raw(path: Path, password: str | None) -> pdfium_c.FPDF_DOCUMENT:
    """FPDF_LoadDocument with the error mapped; the handle is closed here if we refuse it."""
    name = str(path)
    if not path.exists():
        raise UnreadableFile(name, "file not found")
    if not path.is_file():
        raise UnreadableFile(name, "is a directory, not a file")
    pw = None if password is None else password.encode("utf-8")
    raw = pdfium_c.FPDF_LoadDocument(os.fsencode(path), pw)
    if not raw and password is not None and int(pdfium_c.FPDF_GetLastError()) == pdfium_c.FPDF_ERR_PASSWORD:
        # a password given for a PDF that needs none to open (no encryption, or only an owner
        # password that restricts permissions): it opens with the empty user password
        raw = pdfium_c.FPDF_LoadDocument(os.fsencode(path), None)
        if not raw:
            raise EncryptedFile(name, WRONG_PASSWORD)
    if not raw:
        raise _load_error(name, int(pdfium_c.FPDF_GetLastError()), password)
    if pdfium_c.FPDF_GetPageCount(raw) < 1:
        pdfium_c.FPDF_CloseDocument(raw)
        raise UnreadableFile(name, "PDF has no pages")
    return raw


def _load_error(name: str, code: int, password: str | None) -> UnreadableFile:
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return EncryptedFile(name, NEED_PASSWORD if password is None else WRONG_PASSWORD)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedFile(name, "encrypted PDF: its security handler is not supported, so it cannot be opened")
    if code == pdfium_c.FPDF_ERR_FILE:
        return UnreadableFile(name, "cannot open the file (not found or not readable)")
    if code == pdfium_c.FPDF_ERR_FORMAT:
        return UnreadableFile(name, "damaged or truncated PDF: PDFium cannot parse or repair it")
    return UnreadableFile(name, f"damaged or truncated PDF: PDFium error {code} while opening it")
