"""A month's figure within the figure of the months to date (``trong tháng 3 … 597,5 ha; lũy kế
đến hết quý I là 9.831,9 ha``): a subset, paired by what they count, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, subsets_by


def _subsets(facts) -> list[tuple[float, float]]:
    return subsets_by(facts, "tháng … lũy kế")


@pytest.mark.parametrize(
    ("text", "subsets"),
    [
        (
            "Trong tháng 3/2021, các địa phương đã gieo cấy được 597,5 ha; lũy kế đến hết quý I/2021 là "
            "9.831,9 ha, tăng 3,24% so với cùng kỳ năm trước.",
            [(9831.9, 597.5)],
        ),
        (
            "Diện tích rừng bị thiệt hại trong tháng 10/2019 là 55,7 ha, trong đó diện tích rừng bị cháy là 1,7 ha. "
            "Tính chung 10 tháng, diện tích rừng bị thiệt hại là 517 ha, trong đó diện tích rừng bị cháy là 60 ha.",
            [(60.0, 1.7), (517.0, 55.7)],
        ),
        (  # the months to date in the next paragraph, money in two scales
            "Tổng thu ngân sách tháng 02/2023 ước đạt 8.878 tỷ đồng.\n\nƯớc 2 tháng đầu năm 2023, tổng thu ngân sách "
            "đạt 16.455,4 tỷ đồng.",
            [(16455.4, 8878.0)],
        ),
        # a change and a bracket are no level of the month
        ("Trong tháng 6 sản lượng tăng 500 tấn (đạt 40.880 tấn); lũy kế 6 tháng ước đạt 190.021 tấn.", []),
        # two counts of one kind against one: the admitted pair by what they are (the expelled are none)
        (
            "Trong tháng 6 kết nạp 12 đảng viên, khai trừ 2 đảng viên; lũy kế 6 tháng kết nạp 80 đảng viên.",
            [(80.0, 12.0)],
        ),
        # … and where nothing tells them apart, which is which the order cannot tell
        ("Trong tháng 6 có 12 đảng viên dự lớp, 2 đảng viên đi học; lũy kế 6 tháng có 80 đảng viên dự lớp.", []),
        # what a quarter admitted is no count of those disciplined since the start of the year
        ("Quý I, Đảng ủy Khối kết nạp 37 đảng viên. Lũy kế từ đầu năm, thi hành kỷ luật 68 đảng viên.", []),
        # a to-date figure of no category pairs with a month's of any ("… bị xử lý")
        (
            "Trong tháng 10 thi hành kỷ luật 3 đảng viên. Lũy kế 10 tháng có 17 đảng viên bị xử lý.",
            [(17.0, 3.0)],
        ),
        # no months to date
        ("Trong tháng 6 kết nạp 12 đảng viên. Năm 2023 kết nạp 80 đảng viên.", []),
    ],
)
def test_a_months_figure_is_within_the_months_to_date(tmp_path: Path, text: str, subsets) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert _subsets(facts) == subsets
    assert [a for a in alarms(findings) if a[0] == "subset"] == []


def test_a_month_above_the_months_to_date_is_a_warning(tmp_path: Path) -> None:
    _, findings = read_snippet(
        tmp_path, "Trong tháng 3/2021 đã gieo cấy được 9.975,5 ha; lũy kế đến hết quý I/2021 là 9.831,9 ha."
    )
    assert ("subset", "warning") in alarms(findings)


def test_regression_a_date_written_in_words_is_no_months_scope(tmp_path: Path) -> None:
    """``Ngày 15 tháng 3 năm 2023`` dates a sentence; it does not scope its figures to the month."""
    facts, _ = read_snippet(
        tmp_path,
        "Ngày 15 tháng 3 năm 2023, Đảng ủy kết nạp 25 đảng viên. Lũy kế từ đầu năm kết nạp 12 đảng viên.",
    )
    assert _subsets(facts) == []


STANDING = [
    (  # what was added this period, each with the standing count of its kind, in order
        "Thanh Hóa đạt được những kết quả đáng ghi nhận: Có thêm 11 xã, 24 thôn đạt chuẩn nông thôn mới; 8 xã đạt "
        "chuẩn nông thôn mới nâng cao. Hiện Thanh Hóa có 330 xã, 869 thôn đạt chuẩn nông thôn mới, 30 xã đạt chuẩn "
        "nông thôn mới nâng cao.",
        [(30.0, 8.0), (330.0, 11.0), (869.0, 24.0)],
    ),
    (
        "Năm 2022, thành phố công nhận thêm 39 sản phẩm OCOP. Tính đến nay, thành phố có 66 sản phẩm OCOP.",
        [(66.0, 39.0)],
    ),
    # not yet so: what is left is no standing count of what was added
    ("Có thêm 11 xã đạt chuẩn nông thôn mới. Hiện còn 5 xã chưa đạt chuẩn.", []),
    ("Có thêm 11 xã đạt chuẩn nông thôn mới. Hiện toàn tỉnh có 5 xã chưa đạt chuẩn.", []),
    # a part of the standing count is none of it
    (
        "Chi bộ đã phát triển thêm được 35 đảng viên, nâng tổng số đảng viên lên 44 người, trong đó có 20 đảng viên "
        "là sinh viên.",
        [],
    ),
    # a quarter's work is no part of what is in hand now
    (
        "Trong Quý I/2019, Bộ đã xử lý tổng số 1.610 hồ sơ. Hiện nay, Bộ đang thực hiện xử lý 1.154 hồ sơ.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "subsets"), STANDING)
def test_what_was_added_is_within_the_standing_count(tmp_path: Path, text: str, subsets) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert subsets_by(facts, "thêm … hiện có") + _subsets(facts) == subsets
    assert [a for a in alarms(findings) if a[0] == "subset"] == []


def test_more_added_than_standing_is_a_warning(tmp_path: Path) -> None:
    _, findings = read_snippet(
        tmp_path, "Năm 2022, thành phố công nhận thêm 73 sản phẩm OCOP. Tính đến nay, thành phố có 66 sản phẩm OCOP."
    )
    assert ("subset", "warning") in alarms(findings)


def test_a_quarter_is_within_the_months_to_date(tmp_path: Path) -> None:
    facts, _ = read_snippet(
        tmp_path,
        "Sản lượng thủy sản quý III/2019 ước tính đạt 2.190,6 nghìn tấn, tăng 4,9%. Tính chung 9 tháng năm nay, "
        "tổng sản lượng thủy sản ước tính đạt 5.964,9 nghìn tấn, tăng 5,4%.",
    )
    assert _subsets(facts) == [(5_964_900.0, 2_190_600.0)]  # thousands of tons
