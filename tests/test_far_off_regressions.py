"""Lists whose parts come to several times their total: read under the wrong total, or
overlapping attributes taken for a breakdown.  On the development corpus these gave 31 of
the 87 warnings and errors on text whose figures hold, and one false error."""

from __future__ import annotations

from pathlib import Path

from tests.snippets import read_snippet

CRITERIA = (
    "Trong tổng số {n} xã, có {a} xã đạt tiêu chí lao động có việc làm, 19 xã đạt tiêu chí tổ chức sản xuất, "
    "14 xã đạt tiêu chí thu nhập và 11 xã đạt tiêu chí hộ nghèo."
)


def _flags(findings: list) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")]


def test_regression_criteria_met_by_communes_overlap_and_are_not_summed(tmp_path: Path) -> None:
    _, findings = read_snippet(tmp_path, CRITERIA.format(n=21, a=21))
    assert _flags(findings) == []


def test_regression_a_criterion_met_by_more_communes_than_there_are_is_flagged(tmp_path: Path) -> None:
    _, findings = read_snippet(tmp_path, CRITERIA.format(n=21, a=24))
    assert _flags(findings) == [("subset", "warning")]


def test_regression_a_partition_far_above_its_nearest_total_is_no_error(tmp_path: Path) -> None:
    """``49 đảng bộ và 78 chi bộ cơ sở`` break down the 127 of the sentence, not the 57 in
    enterprises they follow: a partition twice its total was read under the wrong one."""
    _, findings = read_snippet(
        tmp_path,
        "Hiện nay, toàn Đảng bộ Khối có 131 tổ chức cơ sở đảng; trong đó có 72 tổ chức cơ sở đảng trong các cơ quan, "
        "đơn vị sự nghiệp và 59 tổ chức cơ sở đảng trong doanh nghiệp (bao gồm 50 đảng bộ và 81 chi bộ cơ sở).",
    )
    assert ("sum", "error") not in _flags(findings)


def test_regression_one_part_stated_with_its_total_is_held_to_it_however_far(tmp_path: Path) -> None:
    """One part in brackets after its total is attached for certain: several times the total
    (a dropped digit: 346 written 34) is still a warning."""
    _, findings = read_snippet(tmp_path, "Năm 2023 tiếp nhận 130 đơn thư (có 630 đơn trùng nội dung).")
    assert [(f.rule, f.severity) for f in findings if f.rule == "subset"] == [("subset", "warning")]


def test_regression_a_list_of_attributes_far_above_its_total_is_info(tmp_path: Path) -> None:
    _, findings = read_snippet(
        tmp_path, "Chi bộ có 12 đảng viên, trong đó 40 đảng viên nữ, 35 đảng viên là người dân tộc thiểu số."
    )
    assert sorted((f.rule, f.severity) for f in findings if f.rule == "subset") == [("subset", "info")] * 2
