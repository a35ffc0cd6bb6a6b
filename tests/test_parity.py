"""PDF and DOCX renderings of the same report give the same document.

For each shared report: body text similarity ≥ 0.98 (word level), the same
footnotes with the same texts, the same table cells, the same block kinds.
"""

from __future__ import annotations

import difflib

import pytest

from extractor.document.elements import BlockKind

from .conftest import NAMES


def _body(doc):
    return [b for b in doc.body_blocks() if b.kind is not BlockKind.TABLE]


def _words(blocks):
    return " ".join(b.text for b in blocks).split()


@pytest.mark.parametrize("name", NAMES)
def test_body_text_parity(parsed, name):
    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")
    ratio = difflib.SequenceMatcher(None, _words(_body(pdf)), _words(_body(docx)), autojunk=False).ratio()
    assert ratio >= 0.98, ratio


@pytest.mark.parametrize("name", NAMES)
def test_block_kinds_parity(parsed, name):
    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")
    assert [b.kind for b in _body(pdf)] == [b.kind for b in _body(docx)]


@pytest.mark.parametrize("name", NAMES)
def test_footnote_parity(parsed, name):
    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")
    assert [(f.number, f.text) for f in pdf.footnotes] == [(f.number, f.text) for f in docx.footnotes]


@pytest.mark.parametrize("name", NAMES)
def test_footnote_markers_land_on_the_same_words(parsed, name):
    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")

    def before(doc, f):
        block = doc.blocks[f.ref.block]
        return " ".join(block.text[: f.ref.offset].split()[-3:])

    assert all(f.ref is not None for f in pdf.footnotes + docx.footnotes)
    assert [before(pdf, f) for f in pdf.footnotes] == [before(docx, f) for f in docx.footnotes]


@pytest.mark.parametrize("name", NAMES)
def test_table_parity(parsed, name):
    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")
    assert len(pdf.tables) == len(docx.tables)
    for a, b in zip(pdf.tables, docx.tables, strict=True):
        assert (a.n_rows, a.n_cols, a.header_rows) == (b.n_rows, b.n_cols, b.header_rows)
        assert a.grid() == b.grid()


@pytest.mark.parametrize("name", NAMES)
def test_metadata_parity(parsed, name):
    assert parsed(name, "pdf").metadata == parsed(name, "docx").metadata


@pytest.mark.parametrize("name", NAMES)
def test_numbers_come_out_in_order(parsed, name):
    """Every number of the PDF's body and footnotes, in order, equals the DOCX's: no digit
    swapped or re-ordered by the text layer (``12.4`` never read as ``4.12``)."""
    import re

    def numbers(doc):
        body = " ".join(b.text for b in _body(doc))
        notes = " ".join(f.text for f in doc.footnotes)
        return re.findall(r"\d+(?:[.,/]\d+)*", body), re.findall(r"\d+(?:[.,/]\d+)*", notes)

    pdf, docx = parsed(name, "pdf"), parsed(name, "docx")
    assert numbers(pdf) == numbers(docx)
