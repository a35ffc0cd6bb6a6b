"""The rating of youth union and mass association members (``xuất sắc, khá, trung bình, yếu``)
is a scale of its own, and a list item whose class the vocabulary does not hold is no total."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarm_set as _alarm_set
from tests.snippets import categories as _categories

# (text that holds, the same text with one wrong number, the alarm the wrong number raises)
ASSOCIATION_RATINGS = [
    (
        "Năm 2023, Đoàn xã có 320 đoàn viên, kết quả xếp loại: xuất sắc 64 đoàn viên, khá 201 đoàn viên, "
        "trung bình 50 đoàn viên, yếu 5 đoàn viên.",
        "khá 201",
        "khá 211",
        ("sum", "error"),
    ),
    (
        "Hội Cựu chiến binh xã có 286 hội viên, xếp loại hội viên: xuất sắc 70, khá 190, trung bình 26.",
        "khá 190",
        "khá 196",
        ("sum", "error"),
    ),
    (
        "Chi hội Nông dân ấp 3 có 58 hội viên, xếp loại xuất sắc 12 hội viên, khá 40 hội viên, trung bình 6 hội viên.",
        "xuất sắc 12",
        "xuất sắc 15",
        ("sum", "error"),
    ),
    # the total after a comma, in a phrase of its own (no item of the enumeration after it)
    (
        "Chi hội Cựu chiến binh thôn Tây, hiện có 46 hội viên, cuối năm bình xét: xuất sắc 12 hội viên, khá 30 hội "
        "viên, trung bình 4 hội viên.",
        "khá 30",
        "khá 32",
        ("sum", "error"),
    ),
    # a time after the class leaves it the class
    (
        "Trong 215 đoàn viên của Đoàn xã, số đoàn viên được xếp loại xuất sắc trong năm 2023 là 48, khá 139, trung "
        "bình 28.",
        "khá 139",
        "khá 149",
        ("sum", "error"),
    ),
    # the ones rated stated before a semicolon: the run after it may leave some unrated
    (
        "Tổng số đoàn viên được đánh giá: 150; xếp loại xuất sắc 30 đoàn viên, khá 100 đoàn viên, trung bình "
        "20 đoàn viên.",
        "khá 100",
        "khá 110",
        ("sum", "warning"),
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "alarm"), ASSOCIATION_RATINGS)
def test_association_member_ratings_add_up_to_their_members(
    tmp_path: Path, text: str, right: str, wrong: str, alarm: tuple[str, str]
) -> None:
    assert _alarm_set(tmp_path, text) == []
    assert alarm in _alarm_set(tmp_path, text.replace(right, wrong))


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Đảng ủy tặng giấy khen cho 12 tập thể và 30 cá nhân có thành tích xuất sắc năm 2023.", "30"),
        ("Xã được tặng Cờ thi đua xuất sắc, 5 tập thể đạt Tập thể lao động xuất sắc.", "5"),
        ("Có 514/632 công chức đạt danh hiệu Đoàn viên công đoàn xuất sắc.", "514/632"),
        ("Ban Tổ chức chọn 24 thí sinh xuất sắc nhất vào vòng chung khảo.", "24"),
        ("Toàn trường có 86 học sinh đạt danh hiệu học sinh xuất sắc.", "86"),
    ],
)
def test_a_commendation_or_title_is_no_class_of_the_scale(tmp_path: Path, text: str, raw: str) -> None:
    assert _categories(tmp_path, text)[raw] != "rating.xuat_sac"


def test_excellent_members_commended_keep_the_commendation(tmp_path: Path) -> None:
    text = "Đảng ủy tặng giấy khen cho 17 đảng viên xuất sắc, gồm 9 đồng chí nam và 8 đồng chí nữ."
    assert _categories(tmp_path, text)["17"] == "action.khen_thuong"


@pytest.mark.parametrize(
    "text",
    [
        "Năm học 2022 - 2023, toàn trường có 540 học sinh; xếp loại học lực: giỏi 120 em, khá 250 em, "
        "trung bình 160 em, yếu 10 em.",
        "Kết quả rèn luyện của học viên: giỏi: 35 học viên, khá: 80 học viên, trung bình: 12 học viên.",
    ],
)
def test_an_item_of_a_class_outside_the_vocabulary_is_no_total_of_the_others(tmp_path: Path, text: str) -> None:
    assert _alarm_set(tmp_path, text) == []


def test_a_label_naming_the_whole_still_totals_the_classes_after_it(tmp_path: Path) -> None:
    text = "Tổng số: 127, HTXS: 24, HTT: 86, HTNV: 15, KHTNV: 4."
    assert ("sum", "error") in _alarm_set(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Chi hội có 168 hội viên, trong đó 42 hội viên thuộc hộ khá, giàu.", "42"),
        ("Hội viên thuộc hộ trung bình có 97 người.", "97"),
    ],
)
def test_a_households_wealth_is_no_rating(tmp_path: Path, text: str, raw: str) -> None:
    assert _categories(tmp_path, text)[raw] is None
