"""A change is no start level: ``năm 2019 tăng thêm 20 trường, năm 2020 tăng thêm 8 trường, nâng
tổng số … lên 213 trường`` had been read as the start 20, the change 8 and the end 213, and gave
a false error (``Start 20 + change 8 does not give the stated end 213``).  A change may still open
a change and its two levels (``giảm 2,59%, từ 17,83% xuống còn 15,24%``).  Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet


def _changes(tmp_path: Path, body: str) -> list[tuple[str, str, str]]:
    facts, _ = read_snippet(tmp_path, body)
    raw = {f.id: f.raw for f in facts.figures}
    return [
        (raw[r.members["start"]], raw[r.members["change"]], raw[r.members["end"]])
        for r in facts.relations
        if r.kind == "change"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Theo kế hoạch, năm 2019 số trường đạt chuẩn quốc gia sẽ tăng thêm 20 trường, năm 2020 tăng thêm 8 "
        "trường, nâng tổng số trường đạt chuẩn quốc gia lên 213 trường.",
        "Năm 2023 tăng 20 hộ, năm 2024 tăng 8 hộ, đưa tổng số hộ tham gia lên 213 hộ.",
        "Quý I giảm 12 hộ nghèo, quý II giảm 9 hộ nghèo, còn 140 hộ nghèo.",
    ],
)
def test_two_changes_then_a_level_are_no_start_change_and_end(tmp_path: Path, body: str) -> None:
    assert _changes(tmp_path, body) == []
    _, findings = read_snippet(tmp_path, body)
    assert [a for a in alarms(findings) if a[0] == "identity"] == []


@pytest.mark.parametrize(
    ("body", "change"),
    [
        ("Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,24%.", ("17,83", "2,59", "15,24")),
        ("Toàn huyện có 104 tổ chức cơ sở đảng, giảm 5, còn 99.", ("104", "5", "99")),
        ("Số chi bộ tăng từ 84 lên 90 chi bộ, tăng 6 chi bộ.", ("84", "6", "90")),
    ],
)
def test_a_change_with_its_levels_is_still_read(tmp_path: Path, body: str, change: tuple[str, str, str]) -> None:
    assert _changes(tmp_path, body) == [change]


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        # the change's rate in a bracket between the change and its levels: both read
        ("Dư nợ tăng 5.500 tỷ đồng (7,8%), từ 70.710 tỷ đồng lên 77.210 tỷ đồng.", "identity"),
        ("Dư nợ tăng 5.500 tỷ đồng (6,4%), từ 70.710 tỷ đồng lên 76.210 tỷ đồng.", "percent"),
    ],
)
def test_a_change_with_its_rate_in_a_bracket_before_its_levels(tmp_path: Path, body: str, rule: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert [r for r, _ in alarms(findings)] == [rule]


def test_a_change_with_its_rate_and_levels_that_hold_is_quiet(tmp_path: Path) -> None:
    body = "Dư nợ tăng 5.500 tỷ đồng (7,8%), từ 70.710 tỷ đồng lên 76.210 tỷ đồng."
    assert ("70.710", "5.500", "76.210") in _changes(tmp_path, body)
    _, findings = read_snippet(tmp_path, body)
    assert alarms(findings) == []
