"""The checker reads the same figures, relations and citations whether they come from a
loaded database (``baocao check``) or straight from an extraction in memory
(``extractor.check_facts``): every field of every :class:`Fig`, so that a field one path
forgets (the day a count stands at, a figure's occurrence in its sentence, a scan's OCR
confidence, a table cell's column) cannot silently change findings or their ids."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from extractor.check.findings import Cite, Fig
from extractor.check.inputs import facts_to_check_inputs
from extractor.check.runner import _citations, _documents, _figures, _relations
from extractor.cli import main
from extractor.find.extract import extract_document
from extractor.read.parse import parse_file

from .conftest import CORPUS

REPEATED = (
    "BÁO CÁO\nkết quả công tác kiểm tra năm 2023\n\n"
    "Năm 2023, Đảng bộ có 12 chi bộ, trong đó 12 chi bộ hoàn thành tốt nhiệm vụ; "
    "kết nạp 12 đảng viên, đạt 100% kế hoạch.\n"
    "Tính đến ngày 31/12/2023, Đảng bộ có 1.204 đảng viên.\n"
)


def _fields(f: Fig) -> dict[str, object]:
    return {x.name: getattr(f, x.name) for x in fields(Fig) if x.name not in ("id", "document")}


def _stored(path: Path, tmp_path: Path) -> tuple[list[Fig], list, list]:
    db = tmp_path / "p.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--silent"])
    assert result.exit_code in (0, 3), result.output
    with Session(create_engine(f"sqlite:///{db}")) as session:
        docs, _ = _documents(session, None)
        figs = _figures(session, docs)
        return list(figs.values()), _relations(session, docs, figs), _citations(session, docs)


@pytest.mark.parametrize(
    "source",
    [
        "repeated.txt",  # one raw three times in a sentence: each keeps its occurrence
        "003-bao-cao-so-ket-kien-giang.docx",  # tables (cells) and Word footnotes
        "002-ket-luan-huyen-uy-scan.pdf",  # OCR confidence of each block
    ],
)
def test_the_stored_and_the_in_memory_checks_read_the_same_figures(source: str, tmp_path: Path) -> None:
    if source == "repeated.txt":
        path = tmp_path / source
        path.write_text(REPEATED, encoding="utf-8")
    else:
        path = CORPUS / source
    stored_figs, stored_rels, stored_cites = _stored(path, tmp_path)
    doc = parse_file(path)
    memory = facts_to_check_inputs(doc, extract_document(doc))
    assert stored_figs, "nothing was read: the comparison would prove nothing"
    assert [_fields(f) for f in memory.figs] == [_fields(f) for f in stored_figs]

    def rel_key(r) -> tuple:
        roles = {k: [f.fid for f in v] if isinstance(v, list) else v.fid for k, v in r.members.items() if v}
        return (r.kind, sorted(roles.items()), r.evidence, r.certainty)

    assert sorted(map(rel_key, memory.rels)) == sorted(map(rel_key, stored_rels))

    def cite_key(c: Cite) -> tuple:
        return tuple(repr(getattr(c, x.name)) for x in fields(Cite) if x.name != "document")

    assert sorted(map(cite_key, memory.cites)) == sorted(map(cite_key, stored_cites))


def test_regression_figures_in_memory_had_no_occurrence_ocr_confidence_or_cell(tmp_path: Path) -> None:
    """Before one numbering served both paths, figures checked in memory were all occurrence
    0, so two figures of one raw in a sentence shared a finding id; a scan's figures had no
    OCR confidence, and a table's no column."""
    path = tmp_path / "repeated.txt"
    path.write_text(REPEATED, encoding="utf-8")
    doc = parse_file(path)
    figs = facts_to_check_inputs(doc, extract_document(doc)).figs
    twelves = [f for f in figs if f.raw == "12"]
    assert [f.occurrence for f in twelves] == [0, 1, 2]
    assert len({f.identity for f in twelves}) == 3
    scan = parse_file(CORPUS / "002-ket-luan-huyen-uy-scan.pdf")
    scan_figs = facts_to_check_inputs(scan, extract_document(scan)).figs
    assert scan_figs and all(f.ocr_confidence is not None for f in scan_figs)
    docx = parse_file(CORPUS / "003-bao-cao-so-ket-kien-giang.docx")
    assert any(f.cell is not None for f in facts_to_check_inputs(docx, extract_document(docx)).figs)
