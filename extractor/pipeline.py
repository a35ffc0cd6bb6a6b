"""Named stages from a file on disk to a :class:`~extractor.model.Document`.

sniff → read (format reader) → assemble (classify, join, link, metadata).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractor.assemble import build_document
from extractor.model import Document
from extractor.readers import read_raw


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_file(path: str | Path, *, password: str | None = None, ocr: str = "auto") -> Document:
    """Read one report into the document model.

    ``ocr`` is ``"auto"`` (OCR pages without a usable text layer), ``"always"``
    or ``"never"``.  Raises :class:`~extractor.errors.UnreadableFile` with the
    reason when the file cannot be read.
    """
    p = Path(path)
    raw = read_raw(p, password=password, ocr=ocr)
    return build_document(str(p), sha256_of(p), raw)
