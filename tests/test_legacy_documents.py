"""Pre-Unicode reports end to end: every format converts to Unicode before structure is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read.parse import parse_file

LEGACY = Path(__file__).parent / "fixtures" / "legacy"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("tcvn3.txt", "tcvn3"), ("vni.txt", "vni"), ("tcvn3.docx", "tcvn3"), ("tcvn3.pdf", "tcvn3")],
)
def test_legacy_report_reads_as_unicode(name, encoding):
    doc = parse_file(LEGACY / name)
    assert doc.source_encoding == encoding
    meta = doc.metadata
    assert meta.number == "161-BC/ĐUK"
    assert meta.issuing_body == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH"
    assert meta.date == "2023-07-25"
    expected = (LEGACY / f"{name}.expected.txt").read_text(encoding="utf-8")
    body = [b.text for b in doc.body_blocks() if b.kind.value in ("paragraph", "list_item")]
    assert body, "no body paragraphs"
    for text in body:
        assert " ".join(text.split()[:8]) in " ".join(expected.split())
