"""A share read over an earlier total that its sibling shares rule out: ``nâng tổng số đảng
viên lên 128 đ/c … 10 đồng chí hoàn thành xuất sắc nhiệm vụ, bằng 10,1%; 78 đồng chí hoàn thành
tốt nhiệm vụ, đạt 78,8%``: both come out of the 99 members rated, not of the 128, so the 128 is
no base and nothing is said (before: a false warning, 10/128 = 7,81 %)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, shares

BEFORE = "Năm 2012 kết nạp 5 đồng chí, nâng tổng số đảng viên Đảng bộ lên 128 đ/c, sinh hoạt ở 11 chi bộ. "
RATED = (
    "Qua đánh giá, toàn Đảng bộ có 10 đồng chí hoàn thành xuất sắc nhiệm vụ, bằng {a}%; 78 đồng chí hoàn "
    "thành tốt nhiệm vụ, đạt {b}%; 11 đồng chí hoàn thành nhiệm vụ."
)


@pytest.mark.parametrize(
    ("a", "b", "base_read", "found"),
    [
        ("10,1", "78,8", False, []),  # both of the 99 rated: the 128 is ruled out
        ("15,1", "78,8", True, [("percent", "warning"), ("granularity", "warning")]),  # planted: they disagree
        # the sibling planted: they disagree, both read over the 128 (60,8 is near 78/128 = 60,94)
        ("10,1", "60,8", True, [("percent", "warning"), ("percent", "warning"), ("granularity", "warning")]),
    ],
)
def test_regression_siblings_rule_out_an_earlier_total(tmp_path: Path, a, b, base_read, found) -> None:
    facts, findings = read_snippet(tmp_path, BEFORE + RATED.format(a=a, b=b))
    assert any(base == 128 for _, _, base in shares(facts)) is base_read
    assert sorted(alarms(findings)) == sorted(found)


def test_a_small_counts_share_rules_nothing_out(tmp_path: Path) -> None:
    """``12 vụ (1,3%)`` fits any whole from 889 to 960: agreeing with ``320 vụ (33,6%)`` on 952 is
    no sign that the stated 881 is not their base."""
    text = (
        "Năm 2023 toàn tỉnh xảy ra 881 vụ cháy. Số vụ cháy tại nhà dân là 320 vụ (chiếm 33,6%); "
        "cháy rừng 12 vụ (chiếm 1,3%)."
    )
    facts, _ = read_snippet(tmp_path, text)
    assert (33.6, 320.0, 881.0) in shares(facts)


def test_a_share_cut_to_its_places_comes_out_of_its_base(tmp_path: Path) -> None:
    """``29 người (đạt 50,8%)`` of 57 is 50,877… cut to 50,8: the 57 is not ruled out."""
    text = (
        "Danh sách đại biểu ứng cử là 57 người. Cơ cấu gồm: đại biểu nữ là 29 người (đạt 50,8%), "
        "đại biểu tái cử 18 người (31,57%), đại biểu ngoài đảng là 4 người (7,01%)."
    )
    facts, _ = read_snippet(tmp_path, text)
    assert sorted(base for _, _, base in shares(facts)) in ([57.0] * 3, [])


@pytest.mark.parametrize(("total", "flagged"), [("135", False), ("149", True)])
def test_regression_shares_that_make_the_whole_keep_its_stated_total(tmp_path: Path, total: str, flagged) -> None:
    """``149 học viên … giỏi 56 (41,48%), khá 48 (35,56%), trung bình 31 (22,96%)``: the shares
    make 100 % and agree on 135, so they are of the stated whole and the 149 is the wrong number
    (not ruled out as their base, which would hide the error)."""
    text = (
        f"Lớp bồi dưỡng có {total} học viên tham gia khóa học. Kết quả học tập: loại giỏi 56 học viên, chiếm "
        "41,48%; loại khá 48 học viên, chiếm 35,56%; loại trung bình 31 học viên, chiếm 22,96%."
    )
    facts, findings = read_snippet(tmp_path, text)
    assert any(base == float(total) for _, _, base in shares(facts))
    assert bool(alarms(findings)) is flagged
