"""Format readers.  Each turns a file into a :class:`~extractor.layout.RawDocument`.

The format is decided by the file's content (magic bytes), never by its name.
"""

from __future__ import annotations

from pathlib import Path

from extractor.layout import RawDocument


def read_raw(path: Path, *, password: str | None = None, ocr: str = "auto") -> RawDocument:
    from extractor.safety import check_docx_zip
    from extractor.sniff import sniff

    found = sniff(path)
    if found.format == "pdf":
        from extractor.readers.pdf_text import read_pdf

        raw = read_pdf(path, password=password, ocr=ocr)
    elif found.format == "docx":
        from extractor.readers.word import read_docx

        check_docx_zip(path)
        raw = read_docx(path)
    else:
        from extractor.readers.text_file import read_txt

        raw = read_txt(path)
    if found.note:
        raw.warnings.insert(0, found.note)
    return raw
