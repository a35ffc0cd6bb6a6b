"""Flows beyond the Party's inspections and letters (``patterns/flows.yaml``): State
inspections carried out, finished and concluded; accounts issued, then activated; Youth Union
members introduced to the Party, then admitted; households, units and products registered for a
title or a certification, then awarded it.  Each later count is within the earlier one,
a plausible subset (a breach is a warning, never an error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import snippet_alarms as _alarms
from tests.snippets import subsets_and_breakdowns as _relations

HOLDING = [
    (
        "Từ đầu năm đến nay, các tổ chức Thanh tra đã thực hiện 106 cuộc thanh tra tại 221 đơn vị. Hiện đã kết "
        "thúc 93 cuộc, ban hành kết luận 73 cuộc.",
        [("106", "93"), ("93", "73")],
    ),
    (  # no count said to be finished: the conclusions are of the inspections carried out
        "Thanh tra tỉnh đã tiến hành 3 cuộc thanh tra trách nhiệm tại 3 đơn vị. Bước đầu đã có kết luận 2 cuộc, "
        "không phát hiện sai phạm.",
        [("3", "2")],
    ),
    (
        "Lĩnh vực tài chính, ngân sách, đã thực hiện 190 cuộc, kết luận 112 cuộc. Qua thanh tra phát hiện vi phạm "
        "về kinh tế là 4.231,4 triệu đồng.",
        [("190", "112")],
    ),
    (
        "Tính đến ngày 1-3, thành phố đã cấp 1.497.360 tài khoản định danh điện tử. Tuy nhiên, chỉ mới có 304.191 "
        "tài khoản được kích hoạt thành công.",
        [("1.497.360", "304.191")],
    ),
    (
        "Giai đoạn 2018-2020, công đoàn các cấp đã giới thiệu 7.582 đoàn viên cho Đảng, số đoàn viên được kết nạp "
        "Đảng là 6.434 người.",
        [("7.582", "6.434")],
    ),
    (
        "Năm 2022, toàn thị xã có 2.450 hộ đăng ký danh hiệu gia đình văn hóa. Qua bình xét cuối năm, có 2.118 hộ "
        "được công nhận danh hiệu.",
        [("2.450", "2.118")],
    ),
    (
        "Các chủ thể đã đăng ký tham gia đánh giá 25 sản phẩm OCOP, kết quả có 21 sản phẩm đạt chứng nhận 3 sao.",
        [("25", "21")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), HOLDING)
def test_a_later_stage_is_within_the_earlier_one(tmp_path: Path, text: str, pairs: list[tuple[str, str]]) -> None:
    relations = _relations(tmp_path, text)
    for earlier, later in pairs:
        assert ("subset_of", earlier, [later]) in relations
    assert _alarms(tmp_path, text) == []


@pytest.mark.parametrize(("text", "pairs"), HOLDING)
def test_a_later_stage_above_the_earlier_one_is_a_warning(
    tmp_path: Path, text: str, pairs: list[tuple[str, str]]
) -> None:
    earlier, later = pairs[-1]
    above = str(int(earlier.replace(".", "")) + 7)
    wrong = text.replace(f" {later} ", f" {above} ", 1)
    assert wrong != text
    assert ("subset", "warning") in _alarms(tmp_path, wrong)


NOT_FLOWS = [
    # a malformed amount after the conclusions ("hơn 37, 38 tỷ đồng") is what was found, at no stage
    "Thanh tra tỉnh đã triển khai 24 cuộc thanh tra, kết thúc 18 cuộc thanh tra và ban hành kết luận 17 cuộc, phát "
    "hiện vi phạm về kinh tế phải xử lý là hơn 37, 38 tỷ đồng.",
    # the Youth Union admits members of its own, never introduced to the Party
    "Huyện Đoàn giới thiệu 91 đoàn viên ưu tú cho Đảng. Năm nay kết nạp mới 342 đoàn viên.",
    # a later period's inspections carried out are not the pool of an earlier period's conclusions
    "Năm 2022 đã ban hành kết luận 30 cuộc thanh tra. Năm 2023 triển khai 20 cuộc thanh tra.",
    # people who register to give blood, and the units of blood given
    "Ngày hội thu hút 400 đoàn viên đăng ký hiến máu, kết quả tiếp nhận được 520 đơn vị máu.",
]


def test_a_stock_of_all_ever_awarded_is_no_stage_of_this_years_registrations(tmp_path: Path) -> None:
    text = (
        "Toàn huyện có 2.005 hộ đăng ký danh hiệu sản xuất kinh doanh giỏi. Kết quả bình xét có 139 hộ đạt tiêu "
        "chuẩn, đến nay tổng số hộ sản xuất kinh doanh giỏi toàn huyện là 3.864 hộ."
    )
    relations = _relations(tmp_path, text)
    assert ("subset_of", "2.005", ["139"]) in relations
    assert not any(r[0] == "subset_of" and "3.864" in r[2] for r in relations)
    assert _alarms(tmp_path, text) == []


@pytest.mark.parametrize("text", NOT_FLOWS)
def test_no_flow_is_read_where_the_stages_do_not_follow(tmp_path: Path, text: str) -> None:
    assert _alarms(tmp_path, text) == []
