"""A figure is read in the text of its own block.  Totals of the paragraph before reach the
readers of the paragraph after (``… 914 tổ chức đảng và 3.057 đảng viên. // Trong đó, …``);
reading their words at their offset in this paragraph's text misread whatever stood there.
The tests run with ``STRICT_OFFSETS`` on (tests/conftest.py), so any such read fails."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.find import context
from extractor.find.facts import Figure
from tests.snippets import read_snippet


def test_the_test_session_reads_strictly() -> None:
    assert context.STRICT_OFFSETS is True


def test_a_figure_read_at_another_blocks_offset_raises(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Đảng bộ có 914 tổ chức đảng.\n\nTrong đó, 898 tổ chức đảng được kiểm tra.")
    first, second = facts.figures[0], facts.figures[1]
    assert first.span.block != second.span.block
    second_base = second.span.start - 10  # any offset of the second block: past the first figure
    with pytest.raises(context.ForeignFigure):
        context.position(first, second_base)


def _figure(facts, raw: str) -> Figure:
    return next(f for f in facts.figures if f.raw == raw)


def test_regression_a_pair_of_totals_of_the_paragraph_before_is_read_there(tmp_path: Path) -> None:
    """ "… 914 tổ chức đảng và 3.057 đảng viên. // Trong đó, … 898 tổ chức Đảng và 3.028 đảng
    viên": the pair was looked for at its offsets in the second paragraph, found nowhere, and
    the list read against the wrong total; now each total keeps its unit's part."""
    facts, findings = read_snippet(
        tmp_path,
        "Năm 2023, các cấp kiểm tra khi có dấu hiệu vi phạm đối với 914 tổ chức đảng và 3.057 đảng viên.\n\n"
        "Trong đó, Ủy ban kiểm tra các địa phương kiểm tra 898 tổ chức Đảng và 3.028 đảng viên.",
    )
    pairs = {
        (_by_id(facts, r.members["total"]), tuple(_by_id(facts, p) for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("subset_of", "total_parts")
    }
    assert pairs == {("914", ("898",)), ("3.057", ("3.028",))}
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def _by_id(facts, fid: str) -> str:
    return next(f.raw for f in facts.figures if f.id == fid)


def test_own_text_is_the_figures_block(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nKết quả\n\nCó 52 chi bộ.\n\nKết nạp 12 đảng viên.\n", encoding="utf-8")
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    first, second = _figure(facts, "52"), _figure(facts, "12")
    text = context.BlockText(doc, second.span.block)
    base = doc.blocks[second.span.block].span[0]
    own, at = context.own_text(first, text, base)
    assert own[context.position(first, at)[0] :].startswith("52 chi bộ")
    assert context.own_text(second, text, base) == (text, base)  # its own block: as given


def test_a_block_text_copied_or_pickled_is_its_plain_text(tmp_path: Path) -> None:
    import copy
    import pickle

    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nKết quả\n\nCó 52 chi bộ.\n", encoding="utf-8")
    doc = extractor.parse_file(path)
    text = context.BlockText(doc, len(doc.blocks) - 1)
    assert pickle.loads(pickle.dumps(text)) == str(text) == copy.deepcopy(text)
    assert text.doc is doc
