"""Numbers that are not figures, in the words of published report prose: time stamps, dates
without a year, batches and ordinals.  Each case also has a figure that must stay one."""

from __future__ import annotations

import pytest

from extractor.text.values import find_quantities

CASES = [
    ("Cập nhật lúc 08:33, Thứ Hai, 01/01/2018 (GMT+7) kết nạp 12 đảng viên", ["12"]),
    ("Sáng 17.6, Đảng bộ kết nạp 15 đảng viên", ["15"]),
    ("chiều 16-9, khai mạc hội nghị với 120 đại biểu", ["120"]),
    ("ngày 2/9 tổ chức kết nạp 20 đảng viên", ["20"]),
    ("Đợt 2.9 kết nạp 12 đảng viên", ["12"]),
    ("đợt 3 có 40 quần chúng", ["40"]),
    ("nhiệm kỳ thứ 3 có 45 chi bộ", ["45"]),
    ("mùa đông thứ 2 liên tiếp hỗ trợ 300 hộ", ["300"]),
    ("tỉnh xếp thứ 3/63 tỉnh, thành phố", ["3"]),  # a rank
    ("đứng thứ 2 toàn quốc", ["2"]),
    ("từ 16 - 19 đảng viên mỗi chi bộ", ["16", "19"]),
    ("có 100 sản phẩm OCOP, trong đó có 1 sản phẩm 5 sao, 27 sản phẩm 4 sao", ["100", "1", "27"]),  # stars rate
    ("khách sạn 3 sao và 12 cơ sở lưu trú", ["12"]),
]


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[c[0][:30] for c in CASES])
def test_only_figures_are_figures(text: str, figures: list[str]) -> None:
    assert [text[q.number_start : q.number_end] for q in find_quantities(text)] == figures
