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


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_raw(path: Path, *, password: str | None = None, ocr: str = "auto") -> RawDocument:
    """The format's reader over ``path``: drafts in reading order, before assembly."""
    from extractor.read.safety import check_docx_zip
    from extractor.read.sniff import sniff

    found = sniff(path)
    if found.format == "pdf":
        from extractor.read.pdf.text_layer import read_pdf

        raw = read_pdf(path, password=password, ocr=ocr)
    elif found.format == "docx":
        from extractor.read.word import read_docx

        check_docx_zip(path)
        raw = read_docx(path)
    else:
        from extractor.read.plain import read_txt

        raw = read_txt(path)
    if found.note:
        raw.warnings.insert(0, found.note)
    return raw


def parse_file(path: str | Path, *, password: str | None = None, ocr: str = "auto") -> Document:
    """Read one report into the document model.

    ``ocr`` is ``"auto"`` (OCR pages without a usable text layer), ``"always"``
    or ``"never"``.  Raises :class:`~extractor.errors.UnreadableFile` with the
    reason when the file cannot be read.
    """
    p = Path(path)
    raw = read_raw(p, password=password, ocr=ocr)
    return build_document(str(p), sha256_of(p), raw)
