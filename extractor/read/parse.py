"""Named stages from a file on disk to a :class:`~extractor.document.elements.Document`.

sniff (format by content) → read (the format's reader) → assemble (classify, join, link,
metadata).  The format is decided by the file's content (magic bytes), never by its name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractor.document.drafts import RawDocument
from extractor.document.elements import Document
from extractor.read.assemble import build_document
from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.read.limits import check as limit_check


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_raw(
    path: Path, *, password: str | None = None, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS
) -> RawDocument:
    """The format's reader over ``path``: drafts in reading order, before assembly."""
    from extractor.read.safety import check_docx_zip
    from extractor.read.sniff import sniff

    _check_size(path, limits)
    found = sniff(path)
    if found.format == "pdf":
        from extractor.read.pdf.text_layer import read_pdf

        raw = read_pdf(path, password=password, ocr=ocr, limits=limits)
    elif found.format == "docx":
        from extractor.read.word import read_docx

        check_docx_zip(path)
        raw = read_docx(path, limits=limits)
    else:
        from extractor.read.plain import read_txt

        raw = read_txt(path, limits=limits)
    if found.note:
        raw.warnings.insert(0, found.note)
    return raw


def _check_size(path: Path, limits: Limits) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # sniff says why it cannot be read
    mb = size / 2**20
    limit_check(str(path), "max_file_mb", mb, limits, f"the file is {mb:,.1f} MB")


def _check_text(path: Path, raw: RawDocument, limits: Limits) -> None:
    chars = sum(len(d.text) for d in raw.drafts)
    limit_check(str(path), "max_text_chars", chars, limits, f"its text is {chars:,} characters")


def parse_file(
    path: str | Path, *, password: str | None = None, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read one report into the document model.

    ``ocr`` is ``"auto"`` (OCR pages without a usable text layer), ``"always"``
    or ``"never"``; ``limits`` bound what the file may cost (:mod:`extractor.read.limits`).
    Raises :class:`~extractor.errors.UnreadableFile` with the reason when the file cannot be
    read, :class:`~extractor.errors.LimitExceeded` when it is over a limit.
    """
    p = Path(path)
    raw = read_raw(p, password=password, ocr=ocr, limits=limits)
    _check_text(p, raw, limits)
    return build_document(str(p), sha256_of(p), raw)
