"""A finding's id comes from what it is about, not from a file's bytes (issue 11): a review
decision survives a changed byte and the same report in a second format, one report's
renditions give each finding once, and decisions recorded under the ids of earlier versions
are carried over."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

from .conftest import CORPUS, NAMES

REPORT = "003-bao-cao-so-ket-kien-giang"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 3), result.output
    return result.stdout


def _findings(db: str) -> dict[str, dict]:
    return {f["id"]: f for f in json.loads(_run("check", "--db", db, "--json"))}


def _wrong_sum(findings: dict[str, dict]) -> dict:
    return next(f for f in findings.values() if f["rule"] == "sum" and f["stated"] == "558")


def test_a_review_survives_a_changed_byte_and_a_second_format(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    pdf = tmp_path / "in" / f"{REPORT}.pdf"
    pdf.parent.mkdir()
    shutil.copy(CORPUS / f"{REPORT}.pdf", pdf)
    _run("ingest", str(pdf), "--db", db, "--silent")
    target = _wrong_sum(_findings(db))
    _run("review", target["id"], "--status", "confirmed", "--note", "đã báo đơn vị", "--db", db)

    pdf.write_bytes(pdf.read_bytes() + b"\n% one more byte\n")  # the unit sends the file again
    _run("ingest", str(pdf), "--db", db, "--silent")
    again = _findings(db)
    assert target["id"] in again and again[target["id"]]["review"]["status"] == "confirmed"

    docx = tmp_path / "in" / f"{REPORT}.docx"
    shutil.copy(CORPUS / f"{REPORT}.docx", docx)
    _run("ingest", str(docx), "--db", db, "--silent")
    both = _findings(db)
    assert both[target["id"]]["review"]["status"] == "confirmed"
    assert both[target["id"]]["document"] == docx.name  # the DOCX speaks for the report
    assert len(both) == len(again)  # the PDF and the DOCX give each finding once


def test_all_renditions_give_no_more_findings_than_the_docx_alone(tmp_path: Path) -> None:
    every = tmp_path / "every"
    docx = tmp_path / "docx"
    every.mkdir()
    docx.mkdir()
    for name in NAMES:
        for ext in ("docx", "pdf", "txt"):
            shutil.copy(CORPUS / f"{name}.{ext}", every)
        shutil.copy(CORPUS / f"{name}.docx", docx)
    _run("ingest", str(every), "--db", str(tmp_path / "every.db"), "--silent", "--ocr", "never")
    _run("ingest", str(docx), "--db", str(tmp_path / "docx.db"), "--silent")
    from_every = _findings(str(tmp_path / "every.db"))
    from_docx = _findings(str(tmp_path / "docx.db"))

    def what(found: dict[str, dict]) -> list[tuple[str, str, str]]:
        return sorted((f["rule"], f["stated"], f["expected"]) for f in found.values())

    assert what(from_every) == what(from_docx)  # ids differ: a report without a full header is known by its folder
    assert not any(f["rule"] == "agreement" and f["message_en"].endswith("in two reports") for f in from_every.values())


def test_a_decision_under_an_earlier_id_is_carried_over(tmp_path: Path) -> None:
    from extractor.check.runner import check_database
    from extractor.store.engine import open_existing, session_scope
    from extractor.store.load import now
    from models.tables import Review

    db = str(tmp_path / "r.db")
    _run("ingest", str(CORPUS / f"{REPORT}.txt"), "--db", db, "--silent")
    engine = open_existing(db)
    with session_scope(engine) as s:
        finding = next(f for f in check_database(s).findings if f.rule == "sum" and f.stated == "558")
        legacy, key = finding.legacy_key, finding.key
        assert legacy != key
        s.add(Review(finding_key=legacy, status="dismissed", note="cũ", reviewer="a", at=now()))
    with session_scope(engine) as s:
        result = check_database(s)
        assert result.reviews[key].status == "dismissed"
        assert result.reviews[key].note == f"cũ (recorded under id {legacy})"
    with session_scope(engine) as s:  # carried once
        check_database(s)
        assert s.query(Review).filter(Review.finding_key == key).count() == 1
    engine.dispose()


_COMMUNE = """ĐẢNG BỘ HUYỆN AN PHÚ
ĐẢNG ỦY XÃ AN HÀ
*
Số {number}
ĐẢNG CỘNG SẢN VIỆT NAM
An Hà, ngày {day} tháng {month} năm 2024

BÁO CÁO
{title}

{body}
"""


def test_a_decision_on_a_finding_over_two_reports_survives_the_other_reports_new_key(tmp_path: Path) -> None:
    """An `agreement` finding sets two reports of one unit against each other; its id names
    both. When the other report is sent again at its path with a corrected date (a new key),
    the decision is carried over to the finding's new id."""
    folder = tmp_path / "in"
    folder.mkdir()
    rated = "Kết quả đánh giá, xếp loại năm 2023 có {} chi bộ hoàn thành tốt nhiệm vụ."
    first = _COMMUNE.format(
        number="12-BC/ĐU",
        day="10",
        month="01",
        title="Kết quả đánh giá năm 2023",
        body="Năm 2023, Đảng bộ xã có 40 chi bộ trực thuộc. " + rated.format(12),
    )
    (folder / "a.txt").write_text(first, encoding="utf-8")
    second = _COMMUNE.format(
        number="15-BC/ĐU", day="20", month="3", title="Tổng kết công tác năm 2023", body=rated.format(14)
    )
    (folder / "b.txt").write_text(second, encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    (before,) = [f for f in _findings(db).values() if f["rule"] == "agreement"]
    assert (before["stated"], before["expected"]) == ("12", "14")
    _run("review", before["id"], "--status", "confirmed", "--note", "hai báo cáo lệch", "--db", db)

    (folder / "b.txt").write_text(second.replace("ngày 20 tháng 3", "ngày 25 tháng 3"), encoding="utf-8")
    _run("ingest", str(folder / "b.txt"), "--db", db, "--silent")
    (after,) = [f for f in _findings(db).values() if f["rule"] == "agreement"]
    assert after["id"] != before["id"]  # the other report's key is part of the id
    assert after["review"]["status"] == "confirmed"
    assert after["review"]["note"] == f"hai báo cáo lệch (recorded under id {before['id']})"


@pytest.mark.parametrize(
    ("number", "issuer", "title", "name", "same_as_pdf"),
    [
        ("161-BC/ĐUK", "ĐẢNG ỦY KHỐI", None, "x.docx", True),
        ("161-BC/ĐUK ", "Đảng ủy  Khối", None, "y.txt", True),
        ("162-BC/ĐUK", "ĐẢNG ỦY KHỐI", None, "x.pdf", False),
        (None, None, None, "003-bao-cao-scan.pdf", False),
    ],
)
def test_a_reports_identity_is_its_number_and_issuer(number, issuer, title, name, same_as_pdf) -> None:
    from extractor.check.findings import Doc

    pdf = Doc(1, "003.pdf", "a" * 64, "2023-07-25", None, "ĐẢNG ỦY KHỐI", "161-BC/ĐUK", None, "pdf")
    other = Doc(2, name, "b" * 64, "2023-07-25", None, issuer, number, title, name.rsplit(".", 1)[1])
    assert (other.identity == pdf.identity) is same_as_pdf


def test_a_figure_the_sent_file_states_differently_from_the_docx_is_a_finding(tmp_path: Path) -> None:
    """The unit's TXT (or PDF) says 7.216 where the report's DOCX says 7.261: a `rendition`
    warning on the TXT, and no other finding beyond the DOCX's own."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / f"{REPORT}.docx", folder)
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    assert text.count("7.261") == 1
    (folder / f"{REPORT}.txt").write_text(text.replace("7.261", "7.216"), encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    found = _findings(db)
    (rendition,) = [f for f in found.values() if f["rule"] == "rendition"]
    assert (rendition["document"], rendition["stated"], rendition["expected"]) == (f"{REPORT}.txt", "7.216", "7.261")
    assert rendition["severity"] == "warning" and "DOCX" in rendition["message_en"]
    alone = tmp_path / "alone.db"
    _run("ingest", str(folder / f"{REPORT}.docx"), "--db", str(alone), "--silent")
    assert set(found) - {rendition["id"]} == set(_findings(str(alone)))


def _facts(i: int, name: str, fmt: str, *, number: str | None = "161-BC/ĐUK", ocr: bool = False, **kw):
    from extractor.document.identity import FileFacts

    return FileFacts(i, name, number, "ĐẢNG ỦY KHỐI", None, "2023-07-25", fmt, ocr, **kw)


def test_the_final_and_the_latest_speak_for_a_report() -> None:
    """A draft and its final are versions of one report: the final speaks for it; of two
    finals the latest loaded; of one version, the DOCX before the PDF before the scan."""
    from extractor.document.identity import group_renditions

    files = [
        _facts(1, "bc.pdf", "pdf", loaded=100.0),
        _facts(2, "du-thao.docx", "docx", draft=True, loaded=50.0),
        _facts(3, "bc-gui-lai.pdf", "pdf", loaded=200.0),
        _facts(4, "bc-scan.pdf", "pdf", ocr=True, loaded=300.0),
    ]
    (group,) = group_renditions(files)
    assert [f.id for f in group] == [3, 1, 4, 2]


def test_regression_a_corrected_docx_loaded_in_one_run_with_its_original_speaks() -> None:
    """Two DOCX of one report in one run (files load in name order): the one saved last is
    current, not the one loaded last; a later run still brings the later version."""
    from extractor.document.identity import group_renditions

    corrected = _facts(1, "bc-ban-sua.docx", "docx", run=1, modified=2000.0, loaded=10.0)
    original = _facts(2, "bc.docx", "docx", run=1, modified=1000.0, loaded=11.0)
    (group,) = group_renditions([corrected, original])
    assert [f.id for f in group] == [1, 2]
    resent = _facts(3, "bc-gui-lai.docx", "docx", run=2, modified=500.0, loaded=20.0)
    (group,) = group_renditions([corrected, original, resent])
    assert [f.id for f in group] == [3, 1, 2]


def test_regression_the_corrected_docx_speaks_when_its_name_sorts_first(tmp_path: Path) -> None:
    """End to end: the corrected copy (saved later, named so that it loads first) is the
    report's primary rendition, so the report's figures are the corrected ones."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    original = folder / "b-bao-cao.docx"
    corrected = folder / "a-bao-cao-sua.docx"
    shutil.copy(CORPUS / f"{REPORT}.docx", original)
    _replace_in_docx(original, corrected, "7.261", "7.216")
    os.utime(original, (1_600_000_000, 1_600_000_000))
    os.utime(corrected, (1_700_000_000, 1_700_000_000))
    db = str(tmp_path / "r.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    (report,) = json.loads(_run("documents", "--db", db, "--json"))
    assert report["renditions"][0]["path"].endswith("a-bao-cao-sua.docx"), report
    found = _findings(db).values()
    assert {f["document"] for f in found if f["rule"] != "rendition"} == {corrected.name}


def _replace_in_docx(source: Path, target: Path, old: str, new: str) -> None:
    import docx

    document = docx.Document(str(source))
    runs = [r for p in document.paragraphs for r in p.runs if old in r.text]
    assert runs, f"{old} is in no single run of {source.name}"
    for r in runs:
        r.text = r.text.replace(old, new)
    document.save(str(target))


def test_only_the_current_versions_renditions_are_compared() -> None:
    """The primary and the best file of each other kind, final as it is: a draft before its
    final and a file sent again are other versions, not renditions of the current one."""
    from extractor.document.identity import current_renditions, group_renditions

    files = [
        _facts(1, "bc.pdf", "pdf", run=1),
        _facts(2, "du-thao.docx", "docx", draft=True, run=1),
        _facts(3, "bc.docx", "docx", run=1),
        _facts(4, "bc-gui-lai.docx", "docx", run=2),
        _facts(5, "bc-scan.pdf", "pdf", ocr=True, run=1),
    ]
    (group,) = group_renditions(files)
    assert [f.id for f in current_renditions(group)] == [4, 1, 5]


def test_regression_a_draft_with_the_finals_number_is_no_rendition_of_it(tmp_path: Path) -> None:
    """A draft ("Dự thảo") with the final's number, issuer and date, whose figures the final
    changed: a version of the report, so its expected changes are no `rendition` warnings."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / f"{REPORT}.docx", folder)
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    draft = text.replace("\nBÁO CÁO\n", "\n(Dự thảo)\nBÁO CÁO\n", 1).replace("7.261", "7.216")
    assert draft.count("(Dự thảo)") == 1
    (folder / f"{REPORT}-du-thao.txt").write_text(draft, encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    (report,) = json.loads(_run("documents", "--db", db, "--json"))
    assert len(report["renditions"]) == 2, report  # grouped with its final
    assert [f for f in _findings(db).values() if f["rule"] == "rendition"] == []


def test_regression_a_file_without_its_header_in_another_folder_joins_the_report_it_repeats(tmp_path: Path) -> None:
    """The unit's TXT, its header cut off (no number, issuer or date), kept in another folder
    under another name: its text is near-identical to the DOCX's, so it is that report's
    rendition, not a sixth report; another report's text joins nothing."""
    (tmp_path / "docx").mkdir()
    (tmp_path / "sent").mkdir()
    shutil.copy(CORPUS / f"{REPORT}.docx", tmp_path / "docx")
    shutil.copy(CORPUS / "002-ket-luan-huyen-uy.docx", tmp_path / "docx")
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    body = text[text.index("Phần thứ nhất") :]
    (tmp_path / "sent" / "ban-gui.txt").write_text(body, encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(tmp_path / "docx"), str(tmp_path / "sent"), "--db", db, "--silent")
    reports = json.loads(_run("documents", "--db", db, "--json"))
    assert sorted(len(r["renditions"]) for r in reports) == [1, 2]
    (joined,) = [r for r in reports if len(r["renditions"]) == 2]
    assert {Path(x["path"]).name for x in joined["renditions"]} == {f"{REPORT}.docx", "ban-gui.txt"}


def test_regression_a_file_naming_its_issuer_joins_by_text_only_a_report_naming_the_same() -> None:
    """A unit's file naming the unit, without a date, whose text repeats a report whose header
    names no issuer (or another unit) is no rendition of it; a headerless file still joins."""
    from extractor.document.identity import group_renditions, text_sketch

    sketch = text_sketch(" ".join(f"mục {i} có {i * 3} chi bộ" for i in range(400)))
    target = _facts(1, "bc.docx", "docx", sketch=sketch)  # a full header: number, "ĐẢNG ỦY KHỐI", date
    from dataclasses import replace

    unnamed = replace(target, issuer=None)
    forged = _facts(2, "gia.txt", "txt", number=None, sketch=sketch)
    forged = replace(forged, issuer="ĐẢNG ỦY XÃ AN HÀ", date=None)
    assert sorted(len(g) for g in group_renditions([unnamed, forged])) == [1, 1]
    assert sorted(len(g) for g in group_renditions([target, forged])) == [1, 1]
    headerless = replace(forged, issuer=None)
    assert sorted(len(g) for g in group_renditions([target, headerless])) == [2]


def test_a_text_near_identical_to_two_reports_joins_neither() -> None:
    from extractor.document.identity import group_renditions, text_sketch

    text = " ".join(f"đoạn {i} có {i * 7} đảng viên" for i in range(400))
    sketch = text_sketch(text)
    a = _facts(1, "a.docx", "docx", sketch=sketch)
    b = _facts(2, "b.docx", "docx", number="162-BC/ĐUK", sketch=sketch)
    headerless = _facts(3, "x.txt", "txt", number=None, sketch=sketch)
    assert headerless.strong_key is None
    assert sorted(len(g) for g in group_renditions([a, headerless])) == [2]
    assert sorted(len(g) for g in group_renditions([a, b, headerless])) == [1, 1, 1]
    other = _facts(4, "y.txt", "txt", number=None, sketch=text_sketch(text.replace("đảng viên", "chi bộ")))
    assert sorted(len(g) for g in group_renditions([a, other])) == [1, 1]


def test_files_of_one_name_join_unless_their_text_layers_disagree() -> None:
    from extractor.document.identity import group_renditions

    unread_scan = _facts(2, "003-bc-scan.pdf", "pdf", number=None, ocr=True)
    ocr_misread = _facts(3, "003-bc-scan.pdf", "pdf", number="16l-BC/ĐUK", ocr=True)
    other_report = _facts(4, "003-bc.txt", "txt", number="162-BC/ĐUK")
    for other, joins in ((unread_scan, True), (ocr_misread, True), (other_report, False)):
        groups = group_renditions([_facts(1, "003-bc.docx", "docx"), other])
        assert (len(groups) == 1) is joins, other


def test_a_finding_on_figures_read_from_a_scan_shows_the_ocr_confidence(tmp_path: Path) -> None:
    from extractor.check.findings import Doc, Fig, FindingData
    from extractor.check.runner import CheckResult
    from extractor.cli.check import _describe
    from extractor.report.page import render_html
    from extractor.report.tables import finding_rows
    from extractor.report.workbook import FINDING_COLUMNS, write_xlsx

    doc = Doc(1, "bc-scan.pdf", "a" * 64, None, None, None, None, None, "pdf", True)
    figs = [
        Fig(1, "f1", doc, 558.0, "558", 0, "count", page=2, sentence="Chuyển đến 558", ocr_confidence=71.34),
        Fig(2, "f2", doc, 183.0, "183", 0, "count", page=2, sentence="2020: 183", ocr_confidence=93.0),
    ]
    f = FindingData("sum", "error", doc, "558", "588", "183 + … = 588", "±0", "Tổng …", "The sum …", figures=figs)
    assert f.ocr_confidence == 71.3 and f.to_dict()["ocr_confidence"] == 71.3
    assert "OCR: read from a scan, confidence 71.3 / 100" in _describe(f, None)
    assert "confidence 71.3/100" in render_html(CheckResult([f], {}), [])
    assert finding_rows(CheckResult([f], {}))[0]["ocr_confidence"] == 71.3
    write_xlsx(CheckResult([f], {}), [], tmp_path / "r.xlsx")
    from openpyxl import load_workbook

    header, row = list(load_workbook(tmp_path / "r.xlsx")["findings"].iter_rows(values_only=True))
    assert dict(zip(FINDING_COLUMNS, row, strict=True))["ocr_confidence"] == 71.3 and header == FINDING_COLUMNS


@pytest.mark.parametrize(("confidence", "severity"), [(96.0, "warning"), (72.5, "info"), (None, "info")])
def test_a_scans_figure_that_differs_from_the_docx_is_a_finding_by_its_ocr_confidence(
    confidence: float | None, severity: str
) -> None:
    """A scan is compared with its report's DOCX like any rendition: a figure it pairs that
    differs is a warning when the OCR was sure of its block, else only info (a misread digit)."""
    from extractor.check.findings import Doc, Fig
    from extractor.check.rules.renditions import check_renditions

    docx = Doc(1, "bc.docx", "a" * 64, None, None, None, None, None, "docx", False)
    scan = Doc(2, "bc-scan.pdf", "b" * 64, None, None, None, None, None, "pdf", True, primary=1)
    sentence = "Đảng bộ có 99 tổ chức cơ sở đảng với {} đảng viên."
    first = Fig(1, "f2", docx, 7261.0, "7.261", 0, "count", sentence=sentence.format("7.261"))
    other = Fig(
        2, "f2", scan, 7216.0, "7.216", 0, "count", sentence=sentence.format("7.216"), ocr_confidence=confidence
    )
    same = [Fig(3, "f1", docx, 99.0, "99", 0, "count", sentence=sentence.format("7.261"))]
    (found,) = list(
        check_renditions(
            [([*same, first], [Fig(4, "f1", scan, 99.0, "99", 0, "count", sentence=sentence.format("7.216")), other])]
        )
    )
    assert (found.severity, found.stated, found.expected) == (severity, "7.216", "7.261")
    assert "OCR" in found.why[1] and found.document is scan


def test_figures_read_from_a_scan_carry_the_ocr_confidence(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _run("ingest", str(CORPUS / "002-ket-luan-huyen-uy-scan.pdf"), "--db", db, "--silent")
    rows = json.loads(_run("figures", "--db", db, "--json"))
    assert rows and all(r["ocr_confidence"] is not None and 0 < r["ocr_confidence"] <= 100 for r in rows)


def test_units_with_the_unit_each_belongs_to_and_their_spellings(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    _run("ingest", str(CORPUS / f"{REPORT}.docx"), str(CORPUS / f"{REPORT}.txt"), "--db", db, "--silent")
    rows = {r["unit"]: r for r in json.loads(_run("units", "--db", db, "--json"))}
    issuer = rows["ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH"]
    assert issuer["reports_to"] == "ĐẢNG BỘ TỈNH KIÊN GIANG" and issuer["documents"] == 1  # DOCX and TXT: one report
    assert 300 < issuer["figures"] < 500  # the report's figures, counted once
    assert rows["ĐẢNG BỘ TỈNH KIÊN GIANG"]["reports_to"] is None


def _report(number: str, day: str, sentence: str) -> str:
    return (
        "ĐẢNG BỘ TỈNH KIÊN GIANG\nĐẢNG ỦY KHỐI\nCÁC CƠ QUAN-DOANH NGHIỆP TỈNH\n*\n"
        f"Số {number}\nĐẢNG CỘNG SẢN VIỆT NAM\nKiên Giang, {day}\n\n"
        "BÁO CÁO\ntình hình tổ chức cơ sở đảng và đảng viên\n\n"
        f"I. TÌNH HÌNH CHUNG\n\n{sentence}\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "Tính đến ngày 31/12/2022, Đảng bộ Khối có 7.261 đảng viên.",
            "Đầu năm 2023, Đảng bộ Khối có 7.216 đảng viên.",
            True,
        ),
        (
            "Tính đến ngày 31/12/2022, Đảng bộ Khối có 7.261 đảng viên.",
            "Đầu năm 2023, Đảng bộ Khối có 7.261 đảng viên.",
            False,
        ),
        (
            "Tính đến ngày 31/12/2022, Đảng bộ Khối có 7.261 đảng viên.",
            "Cuối năm 2023, Đảng bộ Khối có 7.216 đảng viên.",
            False,
        ),
        ("Năm 2022, Đảng bộ Khối có 7.261 đảng viên.", "Năm 2023, Đảng bộ Khối có 7.216 đảng viên.", False),
    ],
)
def test_a_units_count_at_one_point_in_two_reports(tmp_path: Path, first: str, second: str, flagged: bool) -> None:
    """Members at the end of 2022 in one report and at the start of 2023 in the next are one
    count; a later point, or counts that say no point, are not compared."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bc-2022.txt").write_text(_report("10-BC/ĐUK", "ngày 15 tháng 1 năm 2023", first), encoding="utf-8")
    (folder / "bc-2023.txt").write_text(_report("25-BC/ĐUK", "ngày 20 tháng 7 năm 2023", second), encoding="utf-8")
    db = str(tmp_path / "c.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    found = [f for f in _findings(db).values() if f["rule"] == "continuity"]
    assert bool(found) is flagged, found
    if flagged:
        assert {found[0]["stated"], found[0]["expected"]} == {"7.216", "7.261"}
        assert "đảng viên" in found[0]["message_vi"]


def _commune(number: str, issuer: str, day: str, sentence: str) -> str:
    head = f"{issuer}\n*\n" if issuer else ""
    return (
        f"{head}Số {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{day}\n\nBÁO CÁO\nkết quả công tác năm\n\n"
        f"I. TÌNH HÌNH\n\n{sentence}\n"
    )


ERROR = "Đảng bộ có 40 đảng viên, trong đó 25 đảng viên nam, 20 đảng viên nữ."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two communes, one number, no issuer, two folders (regression: merged, one never checked)
        (("xa-a", "12-BC/ĐU", "", "ngày 5 tháng 1 năm 2023"), ("xa-b", "12-BC/ĐU", "", "ngày 5 tháng 1 năm 2023")),
        # one unit's report with one number in two years (numbers restart each year)
        (
            ("don-vi", "05-BC/ĐUK", "ĐẢNG ỦY KHỐI", "ngày 10 tháng 12 năm 2022"),
            ("don-vi", "05-BC/ĐUK", "ĐẢNG ỦY KHỐI", "ngày 10 tháng 12 năm 2023"),
        ),
    ],
)
def test_two_reports_that_share_a_number_stay_two_reports(tmp_path: Path, a: tuple, b: tuple) -> None:
    for i, (folder, number, issuer, day) in enumerate((a, b)):
        where = tmp_path / "in" / folder
        where.mkdir(parents=True, exist_ok=True)
        sentence = ERROR.replace("40", str(40 + i))  # two communes' own (wrong) figures
        (where / f"bao-cao-{i}.txt").write_text(_commune(number, issuer, day, sentence), encoding="utf-8")
    db = str(tmp_path / "t.db")
    _run("ingest", str(tmp_path / "in"), "--recursive", "--db", db, "--silent")
    reports = json.loads(_run("documents", "--db", db, "--json"))
    assert len(reports) == 2
    errors = [f for f in _findings(db).values() if f["rule"] == "sum"]
    assert sorted(f["document"] for f in errors) == ["bao-cao-0.txt", "bao-cao-1.txt"]
    assert not [f for f in _findings(db).values() if f["rule"] == "rendition"]


def test_two_columns_whose_headings_end_alike_are_two_places() -> None:
    from extractor.check.findings import where_key

    start = where_key("table", "Tổng số | Đầu năm 2023 | 100", 2)
    end = where_key("table", "Tổng số | Cuối năm 2023 | 100", 3)
    assert start != end
    assert where_key("table", "Xóa tên | Thực hiện qua các năm 2022 | 4", 6) == where_key(
        "table", "Xóa tên | 2022 | 4", 6
    )


def test_regression_a_sentence_repeated_in_one_rendition_is_not_paired() -> None:
    """The DOCX says "Năm 2023 kết nạp 15 …" and later "… 20 …"; the TXT rewords only the first:
    its 20 was paired with the DOCX's 15 ("the TXT states 20 where the DOCX states 15")."""
    from extractor.check.findings import Doc, Fig
    from extractor.check.rules.renditions import check_renditions

    docx = Doc(1, "bc.docx", "a" * 64, None, None, None, None, None, "docx")
    txt = Doc(2, "bc.txt", "b" * 64, None, None, None, None, None, "txt", primary=1)
    said = "Năm 2023 kết nạp {} đảng viên mới."

    def fig(doc: Doc, i: int, raw: str, sentence: str) -> Fig:
        return Fig(i, f"f{i}", doc, float(raw), raw, 0, "count", sentence=sentence)

    primary = [fig(docx, 1, "15", said.format(15)), fig(docx, 2, "20", said.format(20))]
    other = [fig(txt, 1, "15", "Trong năm 2023 đã kết nạp 15 đảng viên mới."), fig(txt, 2, "20", said.format(20))]
    assert list(check_renditions([(primary, other)])) == []
    differs = [fig(txt, 1, "15", said.format(15)), fig(txt, 2, "21", said.format(21))]
    assert [f.stated for f in check_renditions([(primary, differs)])] == ["21"]


def test_a_decision_survives_the_report_getting_a_stronger_key(tmp_path: Path) -> None:
    """The unit's TXT came without its date (the report is known by its file's name); the
    DOCX with the full header arrives next and the report is known by its header: the
    decision recorded on the TXT's finding holds on the DOCX's."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    assert "Kiên Giang, ngày 25 tháng 7 năm 2023\n" in text
    (folder / "bc.txt").write_text(text.replace("Kiên Giang, ngày 25 tháng 7 năm 2023\n", ""), encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(folder), "--db", db, "--silent")
    target = _wrong_sum(_findings(db))
    _run("review", target["id"], "--status", "dismissed", "--note", "đã đối chiếu", "--db", db)
    shutil.copy(CORPUS / f"{REPORT}.docx", folder / "bc.docx")
    _run("ingest", str(folder), "--db", db, "--silent")
    now = _wrong_sum(_findings(db))
    assert now["id"] != target["id"] and now["document"] == "bc.docx"
    assert now["review"]["status"] == "dismissed" and target["id"] in now["review"]["note"]


def test_regression_two_units_of_one_name_under_two_bodies_are_two_reports(tmp_path: Path) -> None:
    """Two communes each have a "CHI BỘ THÔN ĐÔNG" whose reports start again at 01: same
    number, same date, two bodies above them. They were one report, one never checked."""
    for i, commune in enumerate(("ĐẢNG BỘ XÃ AN HÀ", "ĐẢNG BỘ XÃ AN BÌNH")):
        where = tmp_path / "in" / f"xa-{i}"
        where.mkdir(parents=True)
        sentence = ERROR.replace("40", str(40 + i))
        text = _commune("01-BC/CB", f"{commune}\nCHI BỘ THÔN ĐÔNG", "Thôn Đông, ngày 15 tháng 12 năm 2023", sentence)
        (where / f"bao-cao-{i}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "t.db")
    _run("ingest", str(tmp_path / "in"), "--recursive", "--db", db, "--silent")
    assert len(json.loads(_run("documents", "--db", db, "--json"))) == 2
    errors = [f for f in _findings(db).values() if f["rule"] == "sum"]
    assert sorted(f["document"] for f in errors) == ["bao-cao-0.txt", "bao-cao-1.txt"]


def test_regression_a_decision_survives_a_file_re_sent_with_a_new_date(tmp_path: Path) -> None:
    """The unit re-sends its report at the same path with the date corrected: the report's
    key (number, issuer, date) changed and every decision was lost."""
    path = tmp_path / "bc.txt"
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run("ingest", str(path), "--db", db, "--silent")
    target = _wrong_sum(_findings(db))
    _run("review", target["id"], "--status", "confirmed", "--db", db)
    path.write_text(text.replace("ngày 25 tháng 7 năm 2023", "ngày 26 tháng 7 năm 2023"), encoding="utf-8")
    _run("ingest", str(path), "--db", db, "--silent")
    now = _wrong_sum(_findings(db))
    assert now["id"] != target["id"] and now["review"]["status"] == "confirmed"


def test_regression_check_facts_in_memory_compares_counts_at_one_point(tmp_path: Path) -> None:
    """``check_facts`` on documents in memory did not carry the day a count stands at
    (``as_of``), so two reports' counts at one point were never compared there, as they are
    once stored: a silent miss of the library verb."""
    import extractor

    pairs = []
    for name, number, day, sentence in (
        (
            "bc-2022.txt",
            "10-BC/ĐUK",
            "ngày 15 tháng 1 năm 2023",
            "Tính đến ngày 31/12/2022, Đảng bộ Khối có 7.261 đảng viên.",
        ),
        ("bc-2023.txt", "25-BC/ĐUK", "ngày 20 tháng 7 năm 2023", "Đầu năm 2023, Đảng bộ Khối có 7.216 đảng viên."),
    ):
        path = tmp_path / name
        path.write_text(_report(number, day, sentence), encoding="utf-8")
        doc = extractor.parse_file(path)
        pairs.append((doc, extractor.extract_facts(doc)))
    found = [f for f in extractor.check_facts(pairs) if f.rule == "continuity"]
    assert len(found) == 1
    assert "7.216" in found[0].computation and "7.261" in found[0].computation
