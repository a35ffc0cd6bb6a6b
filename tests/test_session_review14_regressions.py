"""Regressions a review of this session's rules found in its own changes, one test each
(the list-item ones are in ``tests/test_bulleted_items.py``, the ratio ones in
``tests/test_ratio_parts.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _sums(tmp_path: Path, body: str) -> tuple[list[tuple[str, str, float, list[float]]], list[tuple[str, str]]]:
    facts, found = read_snippet(tmp_path, body)
    value = {f.id: f.value for f in facts.figures}
    relations = sorted(
        (r.kind, r.certainty, value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of")
    )
    return relations, sorted((f.rule, f.severity) for f in found if f.rule in ("sum", "subset"))


@pytest.mark.parametrize(
    ("body", "relation", "findings"),
    [
        # a label that repeats the total's noun before the class ("đại biểu nam: …") names the class
        (
            "Đại hội có 200 đại biểu chính thức, trong đó: đại biểu nam: 130 đồng chí; đại biểu nữ: 70 đồng chí.",
            ("total_parts", "exhaustive", 200.0, [70.0, 130.0]),
            [],
        ),
        (
            "Hội có 215 hội viên, trong đó: hội viên nam: 190 người; hội viên nữ: 30 người.",
            ("total_parts", "exhaustive", 215.0, [30.0, 190.0]),
            [("sum", "error")],
        ),
        # age bands written before a colon, "từ 18 đến 30 tuổi: 25 đồng chí", are bands, not numbers
        (
            "Tổng số 120 đảng viên, trong đó: từ 18 đến 30 tuổi: 25 đồng chí; từ 31 đến 60 tuổi: 70 đồng chí; "
            "trên 60 tuổi: 25 đồng chí.",
            ("total_parts", "plausible", 120.0, [25.0, 25.0, 70.0]),
            [],
        ),
    ],
    ids=["delegates-by-sex", "members-by-sex-wrong", "age-bands-with-colons"],
)
def test_regression_labels_before_colons(tmp_path: Path, body: str, relation: tuple, findings: list) -> None:
    relations, found = _sums(tmp_path, body)
    assert relation in relations
    assert found == findings


@pytest.mark.parametrize(
    ("body", "findings"),
    [
        # the change written before the two levels it steps between
        ("Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,24%.", []),
        ("Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,64%.", [("identity", "error")]),
        ("Số đảng viên tăng 12 đồng chí, từ 84 lên 96 đồng chí.", []),
        # a rate's change in per cent of itself (17,83 × (1 − 0,145) = 15,24) is no inconsistency
        ("Tỷ lệ hộ nghèo giảm 14,5% so với năm 2016, từ 17,83% xuống còn 15,24%.", []),
        ("Tỷ lệ hộ nghèo giảm từ 17,83% xuống còn 15,24%, giảm 14,5%.", []),
        # a stock, an addition and the level it was raised to: some may have left, so a warning
        ("Năm 2023, chi bộ có 25 đảng viên, kết nạp thêm 3 đảng viên, nâng tổng số đảng viên lên 28 đồng chí.", []),
        (
            "Từ 9 đảng viên ban đầu, chi bộ đã phát triển thêm được 35 đảng viên, nâng tổng số đảng viên lên 46 người.",
            [("identity", "warning")],
        ),
    ],
    ids=["change-first", "change-first-wrong", "counts", "relative-first", "relative-after", "raised", "raised-wrong"],
)
def test_changes_between_two_levels(tmp_path: Path, body: str, findings: list) -> None:
    facts, found = read_snippet(tmp_path, body)
    assert [r for r in facts.relations if r.kind == "change"]
    assert sorted((f.rule, f.severity) for f in found if f.rule == "identity") == findings
