"""The real-prose evaluation: splits by source, planted errors, false errors per 100 passages.
Run here on a tiny corpus written for the test (the real one is corpus/prose)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.check.inputs import check_extraction
from extractor.cli import main
from extractor.errors import BaocaoError
from extractor.evaluate.prose import (
    _plant_one,
    evaluate_prose,
    flagged,
    load_passages,
    raw_scale,
    vietnamese_number,
    wrong_value,
)
from extractor.find.extract import extract_document
from extractor.read.parse import parse_file

PASSAGE = "Toàn Đảng bộ có 512 tổ chức cơ sở đảng, trong đó 180 đảng bộ cơ sở, 332 chi bộ cơ sở.\n"
GOLD = {
    "document": "t-001",
    "self": None,
    "directives": [],
    "backrefs": [],
    "figures": [
        {"id": "f1", "value": 512, "raw": "512", "measure": "count", "subject": "tccsd", "period": None,
         "where": "body", "quote": "có 512 tổ chức cơ sở đảng"},
        {"id": "f2", "value": 180, "raw": "180", "measure": "count", "subject": "dang_bo_co_so", "period": None,
         "where": "body", "quote": "180 đảng bộ cơ sở"},
        {"id": "f3", "value": 332, "raw": "332", "measure": "count", "subject": "chi_bo_co_so", "period": None,
         "where": "body", "quote": "332 chi bộ cơ sở"},
    ],
    "relations": [
        {"kind": "total_parts", "total": "f1", "parts": ["f2", "f3"], "exhaustive": True, "holds": True,
         "certainty": "explicit", "note": "180 + 332 = 512", "checked_by": ["a", "b"]}
    ],
}  # fmt: skip


def _corpus(tmp_path: Path, split: str = "dev") -> Path:
    root = tmp_path / "prose"
    (root / "passages").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "passages" / "t-001.txt").write_text(PASSAGE, encoding="utf-8")
    (root / "gold" / "t-001.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    with (root / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "url", "source", "host", "title", "published", "topic", "split"])
        w.writerow(["t-001", "https://example.vn/a", "example.vn", "example.vn", "", "", "adm", split])
    return root


def test_planted_errors_are_caught_and_holding_text_is_left_alone(tmp_path: Path) -> None:
    result = evaluate_prose(_corpus(tmp_path), "dev")
    assert (result.passages, result.sources, result.false_errors) == (1, 1, 0)
    assert result.planted_table() == {"sum": (1, 1)}
    [plant] = result.plants
    assert (plant.original, plant.planted) == ("512", "563") and plant.found == ["sum:error"]
    assert result.reports[0].relations.f1 == 1.0


RATIO_PASSAGE = "Toàn tỉnh có 91/91 xã đạt chuẩn nông thôn mới, 54/91 xã đạt chuẩn nâng cao, 25/91 xã kiểu mẫu.\n"
RATIO_GOLD = {
    "document": "t-001",
    "self": None,
    "directives": [],
    "backrefs": [],
    "figures": [
        {"id": "f1", "value": 91, "raw": "91/91", "measure": "ratio", "base": 91, "subject": "other", "period": None,
         "where": "body", "quote": "có 91/91 xã đạt chuẩn"},
        {"id": "f2", "value": 54, "raw": "54/91", "measure": "ratio", "base": 91, "subject": "other", "period": None,
         "where": "body", "quote": "54/91 xã đạt chuẩn nâng cao"},
        {"id": "f3", "value": 25, "raw": "25/91", "measure": "ratio", "base": 91, "subject": "other", "period": None,
         "where": "body", "quote": "25/91 xã kiểu mẫu"},
    ],
    "relations": [
        {"kind": "subset_of", "total": "f1", "parts": ["f2"], "holds": True, "certainty": "plausible",
         "note": "54 <= 91", "checked_by": ["a", "b"]}
    ],
}  # fmt: skip


def test_regression_a_planted_ratio_read_as_two_counts_is_still_judged(tmp_path: Path) -> None:
    """``54/91`` planted as ``100/91`` is read as two counts (achieved over planned): the plant
    is judged by the count that begins it, which the subset finding names."""
    root = _corpus(tmp_path)
    (root / "passages" / "t-001.txt").write_text(RATIO_PASSAGE, encoding="utf-8")
    (root / "gold" / "t-001.json").write_text(json.dumps(RATIO_GOLD, ensure_ascii=False), encoding="utf-8")
    result = evaluate_prose(root, "dev")
    [plant] = result.plants
    assert plant.planted.endswith("/91") and plant.caught and plant.found == ["subset:warning"]


def test_a_split_is_never_mixed(tmp_path: Path) -> None:
    root = _corpus(tmp_path, split="test")
    with pytest.raises(BaocaoError, match="no passage in split 'dev'"):
        load_passages(root, "dev")
    assert [p.id for p in load_passages(root, "test")] == ["t-001"]


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--prose", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "no sources.csv" in result.output


@pytest.mark.parametrize(
    ("raw", "value", "measure", "planted"),
    [("512", 512, "count", "563"), ("7.589", 7589, "count", "8.348"), ("98,58", 98.58, "percent", "93,58"),
     ("83,3", 83.3, "percent", "88,3"), ("02", 2, "count", "04"),
     # a ratio's first number moves and stays at most the second; a scaled raw moves in its units
     ("117/120", 117, "ratio", "105/120"), ("5/70", 5, "ratio", "7/70"), ("49,10", 49.1, "count", "54,01"),
     # a decimal moves by a tenth, at least two units of its last digit (not 2 whole units)
     ("1,5", 1.5, "count", "1,7"), ("0,05", 0.05, "count", "0,07"),
     # numbers written as English writes them stay so (round 32: a table with English grouping)
     ("1,418,800", 1418800, "count", "1,560,680"), ("469,030", 469030, "count", "515,933"),
     ("27.7", 27.7, "percent", "32.7"), ("100.0", 100.0, "percent", "95.0"),
     # digits with no group marks stay so (round 33: a statistics table)
     ("1260601", 1260601, "count", "1386661")],
)  # fmt: skip
def test_planted_numbers_are_written_as_the_text_writes_them(raw, value, measure, planted) -> None:
    assert wrong_value(raw, value, measure)[0] == planted


def test_regression_a_planted_number_in_thousands_is_written_in_thousands() -> None:
    """``49,10 nghìn tấn`` (value 49.100) was planted as ``54.010,00``: a number the text
    never writes, so the plant tested the reader of numbers, not the checker."""
    assert raw_scale("49,10", 49100) == 1000
    assert wrong_value("49,10", 49100, "count", raw_scale("49,10", 49100)) == ("54,01", 54010)
    assert raw_scale("512", 512) == 1 and raw_scale("117/120", 117) == 1


def test_vietnamese_number() -> None:
    assert (vietnamese_number(1234567, 0), vietnamese_number(98.5, 2)) == ("1.234.567", "98,50")


def test_relations_whose_arithmetic_the_text_leaves_open_are_not_planted() -> None:
    from extractor.evaluate.prose import checkable, plant_target

    plan_not_given = {"kind": "target", "actual": "f1", "target": None, "percent": "f2", "holds": True}
    assert not checkable(plan_not_given)
    assert checkable({"kind": "target", "actual": "f1", "target": "f3", "percent": "f2"})
    one_part = {"kind": "total_parts", "total": "f1", "parts": ["f2"], "exhaustive": False}
    assert checkable(one_part) and plant_target(one_part) == "f2"  # planted above its total, like a subset
    assert not checkable({"kind": "total_parts", "total": None, "parts": ["f2"]})


def test_unplantable_relations_are_reported(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    open_target = {"kind": "target", "actual": "f1", "target": None, "percent": None, "holds": True}
    gold = json.loads(json.dumps(GOLD))
    gold["relations"].append(open_target)
    (root / "gold" / "t-001.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = evaluate_prose(root, "dev")
    assert result.unplantable == {"percent": 1}
    assert "not planted" in result.to_text() and result.to_dict()["unplantable"] == {"percent": 1}


def test_a_plant_the_tolerance_admits_is_not_made() -> None:
    from extractor.evaluate.prose import contradicts

    figures = {
        "t": {"id": "t", "value": 250, "raw": "250", "measure": "count", "approx": "trên"},
        "p": {"id": "p", "value": 100, "raw": "100", "measure": "count", "approx": "trên"},
        "e": {"id": "e", "value": 250, "raw": "250", "measure": "count", "approx": None},
    }
    bounded = {"kind": "subset_of", "total": "t", "parts": ["p"]}
    assert not contradicts(bounded, figures, "p", 275)  # "trên 250 …, trong đó trên 275": no error
    exact = {"kind": "subset_of", "total": "e", "parts": ["p"]}
    assert contradicts(exact, figures, "p", 275)
    partial = {"kind": "total_parts", "total": "e", "parts": ["p"], "exhaustive": False}
    assert contradicts(partial, figures, "p", 275)  # a part above its total


def test_regression_a_change_plant_its_bounds_admit_is_not_made() -> None:
    """``tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)``: an end planted as ``gần 19,3``
    still holds (any end under it does), so no plant is made; changes were always planted."""
    from extractor.evaluate.prose import contradicts

    figures = {
        "s": {"id": "s", "value": 8.86, "raw": "8,86", "measure": "count", "approx": "gần"},
        "r": {"id": "r", "value": 97, "raw": "97", "measure": "percent", "approx": None},
        "e": {"id": "e", "value": 17.5, "raw": "17,5", "measure": "count", "approx": "gần"},
        "x": {"id": "x", "value": 17.5, "raw": "17,5", "measure": "count", "approx": None},
    }
    bounded = {"kind": "change", "start": "s", "change": "r", "end": "e", "sign": 1}
    assert not contradicts(bounded, figures, "e", 19.3)
    exact = {"kind": "change", "start": "s", "change": "r", "end": "x", "sign": 1}
    assert contradicts(exact, figures, "x", 19.3)
    counts = {"kind": "change", "start": "s", "change": "x", "end": "e", "sign": -1}  # 8,86 − 17,5 < 0
    assert contradicts(counts, figures, "x", 17.5)


def test_a_part_in_another_money_unit_is_planted_in_its_own_unit() -> None:
    from extractor.evaluate.prose import contradicts, planted_number

    figures = {
        "t": {"id": "t", "value": 149178.75, "raw": "149.178,75", "measure": "money", "unit": "triệu đồng"},
        "p": {"id": "p", "value": 20.559, "raw": "20,559", "measure": "money", "unit": "tỷ đồng"},
    }
    rel = {"kind": "subset_of", "total": "t", "parts": ["p"]}
    raw, value = planted_number(rel, figures) or ("", 0.0)
    assert 149 < value < 200 and raw.startswith("16")  # 149,18 tỷ pushed up, written in tỷ đồng
    assert contradicts(rel, figures, "p", value)
    assert not contradicts(rel, figures, "p", 100.0)  # 100 tỷ is within 149.178,75 triệu


def test_regression_a_corpus_without_gold_is_a_clear_error(tmp_path: Path) -> None:
    """`baocao eval --corpus ../shared/corpus` (no gold/ there) printed empty score tables."""
    (tmp_path / "r.txt").write_text("BÁO CÁO\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--corpus", str(tmp_path)])
    assert result.exit_code == 1 and "no gold file" in result.output


def test_a_distribution_judges_each_of_its_shares() -> None:
    """A planted share is caught by a distribution finding that names it anywhere among its
    shares (the arithmetic cannot tell which share is wrong); other findings judge their first
    figure."""
    from types import SimpleNamespace

    from extractor.evaluate.prose import _judges

    figs = [SimpleNamespace(fid="x1"), SimpleNamespace(fid="x2")]
    assert _judges(SimpleNamespace(rule="distribution", figures=figs), "x2")
    assert not _judges(SimpleNamespace(rule="sum", figures=figs), "x2")
    assert _judges(SimpleNamespace(rule="sum", figures=figs), "x1")


@pytest.mark.parametrize(
    ("gold_value", "gold_unit", "text", "pairs"),
    [
        (34900, "tỷ đồng", "Vốn đầu tư đạt 34,9 nghìn tỷ đồng.", True),  # read as 34.9 nghìn tỷ đồng
        (34.9, "tỷ đồng", "Vốn đầu tư đạt 34,9 nghìn tỷ đồng.", False),  # a thousand times less
        (2.8, "tỷ đồng", "Tiết kiệm 2.800 triệu đồng.", True),
        (2800, "tỷ đồng", "Tiết kiệm 2.800 triệu đồng.", False),
    ],
)
def test_regression_an_amount_in_nghin_ty_pairs_with_gold_in_ty(
    tmp_path: Path, gold_value: float, gold_unit: str, text: str, pairs: bool
) -> None:
    """Money is compared in its currency: the reader keeps `34,9 nghìn tỷ đồng` as 34.9 in
    `nghìn tỷ đồng`, the gold as 34900 `tỷ đồng` (35 gold figures never paired before)."""
    from extractor.evaluate.scores import pair_figures
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    found = [f for f in extract_document(parse_file(path)).figures if f.measure == "money"]
    gold = [{"id": "f1", "value": gold_value, "raw": "?", "measure": "money", "unit": gold_unit, "where": "body"}]
    paired, _ = pair_figures(gold, found, strict=False)
    assert ("f1" in paired) is pairs


SHARES_PASSAGE = (
    "Đảng bộ có 420 đảng viên, trong đó 105 đảng viên nữ (chiếm 25%).\n"
    "Toàn xã có 1.200 hộ đạt gia đình văn hóa, chiếm 86,4% tổng số hộ.\n"
)
SHARES_GOLD = {
    "document": "t-001",
    "self": None,
    "directives": [],
    "backrefs": [],
    "figures": [
        {"id": "f1", "value": 420, "raw": "420", "measure": "count", "subject": "dang_vien", "period": None,
         "where": "body", "quote": "có 420 đảng viên"},
        {"id": "f2", "value": 105, "raw": "105", "measure": "count", "subject": "dang_vien", "period": None,
         "where": "body", "quote": "105 đảng viên nữ"},
        {"id": "f3", "value": 25, "raw": "25", "measure": "percent", "subject": "dang_vien", "period": None,
         "where": "body", "quote": "(chiếm 25%)"},
        {"id": "f4", "value": 1200, "raw": "1.200", "measure": "count", "subject": "other", "period": None,
         "where": "body", "quote": "có 1.200 hộ"},
        {"id": "f5", "value": 86.4, "raw": "86,4", "measure": "percent", "subject": "other", "period": None,
         "where": "body", "quote": "chiếm 86,4%"},
    ],
    "relations": [
        {"kind": "percent_of", "percent": "f3", "count": "f2", "base": "f1", "holds": True,
         "certainty": "explicit", "note": "105 / 420 = 25 %", "checked_by": ["a", "b"]},
        {"kind": "percent_of", "percent": "f5", "count": "f4", "base": None, "holds": True,
         "certainty": "plausible", "note": "the households of the commune are not counted", "checked_by": ["a", "b"]},
    ],
}  # fmt: skip


def test_planted_percentages_are_told_apart_by_whether_the_text_states_their_whole(tmp_path: Path) -> None:
    """A wrong share of a whole the text states is caught; one of a whole it states nowhere
    (``chiếm 86,4% tổng số hộ``) cannot be, and the evaluation says how many are of each."""
    root = _corpus(tmp_path)
    (root / "passages" / "t-001.txt").write_text(SHARES_PASSAGE, encoding="utf-8")
    (root / "gold" / "t-001.json").write_text(json.dumps(SHARES_GOLD, ensure_ascii=False), encoding="utf-8")
    result = evaluate_prose(root, "dev")
    assert result.percent_by_whole() == {"stated": (1, 1), "unstated": (1, 0)}
    assert result.to_dict()["planted_percent_by_whole"]["unstated"] == {"planted": 1, "caught": 0}
    text = result.to_text()
    assert "whole stated" in text and "whole stated nowhere" in text


SHOWN_PASSAGE = (
    "Chi bộ có 73 đảng viên. Kết quả xếp loại: 15 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm 20,5%; 55 đảng "
    "viên hoàn thành tốt nhiệm vụ, chiếm 75,3%; 3 đảng viên hoàn thành nhiệm vụ, chiếm 4,1%.\n"
)


def _fig(fid: str, raw: str, value: float, measure: str, quote: str) -> dict:
    return {"id": fid, "value": value, "raw": raw, "measure": measure, "subject": "dang_vien", "period": None,
            "where": "body", "quote": quote}  # fmt: skip


SHOWN_GOLD = {
    "document": "t-001",
    "self": None,
    "directives": [],
    "backrefs": [],
    "figures": [
        _fig("f1", "73", 73, "count", "có 73 đảng viên"),
        _fig("f2", "15", 15, "count", "15 đảng viên hoàn thành xuất sắc"),
        _fig("f4", "55", 55, "count", "55 đảng viên hoàn thành tốt"),
        _fig("f6", "3", 3, "count", "3 đảng viên hoàn thành nhiệm vụ"),
    ],
    "relations": [
        {"kind": "total_parts", "total": "f1", "parts": ["f2", "f4", "f6"], "holds": True, "certainty": "plausible",
         "note": "15 + 55 + 3 = 73", "checked_by": ["a", "b"]}
    ],
}  # fmt: skip


def test_a_planted_total_a_new_finding_shows_but_no_rule_judges_is_shown_not_caught(tmp_path: Path) -> None:
    """The members' ratings after their stock (``có 73 đảng viên``) may leave some unrated, so a
    raised total is no sum finding; the shares, now of the planted total, are flagged and show
    it. The plant counts as shown, not as caught: the findings judge the percentages."""
    root = _corpus(tmp_path)
    (root / "passages" / "t-001.txt").write_text(SHOWN_PASSAGE, encoding="utf-8")
    (root / "gold" / "t-001.json").write_text(json.dumps(SHOWN_GOLD, ensure_ascii=False), encoding="utf-8")
    result = evaluate_prose(root, "dev")
    [plant] = result.plants
    assert (plant.original, plant.caught, plant.shown) == ("73", False, True)
    assert result.planted_table() == {"sum": (1, 0)} and result.shown_table() == {"sum": (1, 1)}
    assert result.to_dict()["planted"]["sum"] == {"planted": 1, "caught": 0, "shown": 1}
    assert "shown by a new finding:    1" in result.to_text()


def test_a_finding_the_text_had_before_the_plant_shows_nothing(tmp_path: Path) -> None:
    """A flagging finding the unplanted text already had (same rule, same figures) shows
    nothing new: given the planted text's own findings as the ones before, the plant is still
    caught (its finding judges the total) but not shown."""
    root = _corpus(tmp_path)
    [passage] = load_passages(root, "dev")
    figures = {g["id"]: g for g in passage.gold["figures"]}
    [rel] = passage.gold["relations"]
    plant = _plant_one(passage, rel, figures, tmp_path)
    assert plant is not None and plant.caught and plant.shown
    planted = tmp_path / "planted.txt"
    planted.write_text(PASSAGE.replace("512", plant.planted), encoding="utf-8")
    doc = parse_file(planted)
    again = _plant_one(passage, rel, figures, tmp_path, flagged(check_extraction(doc, extract_document(doc))))
    assert again is not None and again.caught and not again.shown
