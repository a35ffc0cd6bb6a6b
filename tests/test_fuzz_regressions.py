"""Every crash the reader fuzz found (:mod:`tests.fuzz`), as a small deterministic test.

Each case rebuilds the crashing input from the corpus with the same mutator and seed (no
binary file is committed) and parses it here: the outcome must be a document, or an
``UnreadableFile`` naming the file with a one-line reason.  Before the fixes each of these
ended in another exception ("internal error") or a reason broken over two lines.
Reproduce one by hand with ``python -m tests.fuzz --replay FILE:MUTATOR:SEED``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document.elements import Document
from extractor.errors import UnreadableFile
from extractor.read.parse import parse_file
from extractor.read.plain import extract_markers

from . import fuzz

# (recipe, what happened before the fix, the outcome now: "document" or a fragment of the reason)
CRASHES = [
    # DOCX: python-docx meets a [Content_Types].xml or .rels part of the wrong kind (renamed, swapped,
    # emptied) and raised AttributeError from its package reader.
    (
        "004-chi-thi-sinh-hoat-chi-bo.docx:zip_rename_member:2323669223",
        "AttributeError: 'lxml.etree._Element' object has no attribute 'Relationship_lst'",
        "a package part is damaged",
    ),
    (
        "003-bao-cao-so-ket-kien-giang.docx:zip_rename_member:978079781",
        "AttributeError: 'lxml.etree._Element' object has no attribute 'overrides'",
        "a package part is damaged",
    ),
    (
        "000-bao-cao-tong-ket-ha-tinh.docx:zip_rename_member:1737247929",
        "AttributeError: 'CT_Relationships' object has no attribute 'overrides'",
        "a package part is damaged",
    ),
    (
        "002-ket-luan-huyen-uy.docx:zip_rename_member:2612916970",
        "AttributeError: 'CT_Types' object has no attribute 'Relationship_lst'",
        "a package part is damaged",
    ),
    (
        "000-bao-cao-tong-ket-ha-tinh.docx:zip_zero_member:4289919423",
        "AttributeError: 'lxml.etree._Element' object has no attribute 'overrides'",
        "a package part is damaged",
    ),
    (
        "004-chi-thi-sinh-hoat-chi-bo.docx:zip_zero_member:1725045170",
        "AttributeError: 'lxml.etree._Element' object has no attribute 'Relationship_lst'",
        "a package part is damaged",
    ),
    # DOCX: a flipped byte in the central directory asks for a ZIP version zipfile does not implement,
    # and sniffing the format let NotImplementedError through.
    (
        "004-chi-thi-sinh-hoat-chi-bo.docx:flip_bytes:1535972110",
        "NotImplementedError: zip file version 14.8 (sniff.py _zip_format)",
        "damaged or truncated ZIP/DOCX file",
    ),
    # DOCX: a relationship (styles, page header) whose target is not a part of that kind: python-docx
    # gives a bare Part, and word.py read .styles / .element from it.
    (
        "002-ket-luan-huyen-uy.docx:xml_retag:555407076",
        "AttributeError: 'Part' object has no attribute 'styles'",
        "the DOCX structure is damaged",
    ),
    (
        "001-bao-cao-so-ket-bac-giang.docx:xml_retag:804399156",
        "AttributeError: 'Part' object has no attribute 'element' (word.py _furniture)",
        "the DOCX structure is damaged",
    ),
    # DOCX: libxml2's message holds a line break, so the error took two lines.
    (
        "001-bao-cao-so-ket-bac-giang.docx:xml_byte_flip:936890768",
        "reason over two lines: 'Char 0x0 out of allowed range\\n, line 2 …'",
        "a part is not valid XML",
    ),
    # PDF: pdfplumber's close() builds every page, and raised on a damaged page box or page tree
    # outside the table step's guard (the file is read by PDFium; only tables were at stake).
    (
        "003-bao-cao-so-ket-kien-giang.pdf:pdf_mediabox:2664992298",
        "MalformedPDFException: Bounding box contains non-number coordinate(s)",
        "document",
    ),
    ("003-bao-cao-so-ket-kien-giang.pdf:pdf_mediabox:4239228978", "IndexError: list index out of range", "document"),
    (
        "003-bao-cao-so-ket-kien-giang.pdf:pdf_count:854066770",
        "PdfminerException: Invalid dictionary construct",
        "document",
    ),
    (
        "003-bao-cao-so-ket-kien-giang.pdf:pdf_mediabox:2134354355",
        "PdfminerException: float() argument must be a string or a real number, not 'PSKeyword'",
        "document",
    ),
    (
        "003-bao-cao-so-ket-kien-giang.pdf:flip_bytes:958319991",
        "PdfminerException: Invalid dictionary construct: [/'Length', 27, …]",
        "document",
    ),
    (
        "003-bao-cao-so-ket-kien-giang.pdf:pdf_numbers:2727267647",
        "MalformedPDFException: Bounding box contains non-number coordinate(s)",
        "document",
    ),
    # PDF: a small superscript digit glyph ('³', '¹') passed str.isdigit() and int() refused it.
    (
        "002-ket-luan-huyen-uy.pdf:flip_bytes:2716578059",
        "ValueError: invalid literal for int() with base 10: '³' (lines.py _split_marker_runs)",
        "document",
    ),
    (
        "003-bao-cao-so-ket-kien-giang.pdf:delete_chunk:282159140",
        "ValueError: invalid literal for int() with base 10: '¹' (lines.py _split_marker_runs)",
        "document",
    ),
    # TXT: a line of 100,000 superscript digits read as one footnote number.
    (
        "003-bao-cao-so-ket-kien-giang.txt:txt_long_line:832937034",
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion (plain.py _footnotes)",
        "document",
    ),
]


@pytest.mark.parametrize(("recipe", "before", "now"), CRASHES, ids=[c[0] for c in CRASHES])
def test_fuzz_crash_is_fixed(tmp_path: Path, recipe: str, before: str, now: str) -> None:
    name, mutator, seed = recipe.rsplit(":", 2)
    path = fuzz.build_input(fuzz.Case(0, name, mutator, int(seed)), fuzz.CORPUS, tmp_path)
    try:
        doc = parse_file(path, ocr="never")
    except UnreadableFile as exc:
        assert now != "document", f"{recipe}: expected a document, got {exc}"
        assert exc.path == str(path) and str(exc).startswith(f"{path}: ")
        assert now in exc.reason and "\n" not in exc.reason, exc.reason
        return
    assert now == "document", f"{recipe}: expected an error saying {now!r}"
    assert isinstance(doc, Document) and doc.path == str(path) and doc.blocks
    assert fuzz.check_document(doc, path) is None


def test_a_run_of_thousands_of_superscripts_in_a_body_line_is_text() -> None:
    """The body-line twin of the TXT crash above: extract_markers read the run with int()."""
    text, markers = extract_markers("Kết quả" + "¹" * 5000 + " đạt 98%²")
    assert markers == [(len(text), 2)] and "¹" * 5000 in text
    assert extract_markers("đảng viên¹² mới³")[1] == [(9, 12), (13, 3)]  # real markers are unchanged
