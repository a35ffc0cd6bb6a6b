"""The four-step scale of groups, households and pupils' conduct (``tốt, khá, trung bình, yếu``)
and the 2021 results of pupils' training and learning (``tốt, khá, đạt, chưa đạt``): ``tốt`` and
``đạt`` are classes only when written as such (``xếp loại tốt``, ``mức Tốt``, ``mức Đạt``), never
as the words they are everywhere else (``hoàn thành tốt``, ``tốt nghiệp``, ``các loại đạt``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarm_set as _alarm_set
from tests.snippets import categories as _categories
from tests.snippets import subsets_and_breakdowns as _breakdowns

# (text that holds, the same text with one wrong number, the alarm the wrong number raises)
SCALES = [
    (
        "Toàn tỉnh hiện có 133 tổ tiết kiệm và vay vốn, trong đó 113 tổ xếp loại tốt, 16 tổ xếp loại khá, "
        "2 tổ xếp loại trung bình, 2 tổ xếp loại yếu.",
        "16 tổ",
        "18 tổ",
        ("sum", "error"),
    ),
    (
        "Trường có 1.000 học sinh, trong đó mức Tốt 650 học sinh, mức Khá 300 học sinh, mức Đạt 45 học sinh, "
        "mức Chưa đạt 5 học sinh.",
        "Chưa đạt 5",
        "Chưa đạt 15",
        ("sum", "error"),
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "alarm"), SCALES)
def test_every_class_of_the_scale_makes_the_whole(tmp_path: Path, text: str, right: str, wrong: str, alarm) -> None:
    assert _alarm_set(tmp_path, text) == []
    assert _alarm_set(tmp_path, text.replace(right, wrong)) == [alarm]


def test_the_upper_classes_alone_are_some_of_the_whole(tmp_path: Path) -> None:
    text = "Toàn tỉnh hiện có 133 tổ tiết kiệm và vay vốn, trong đó 113 tổ xếp loại tốt, 16 tổ xếp loại khá."
    assert _breakdowns(tmp_path, text) == [("total_parts", "133", ["113", "16"])]
    assert _alarm_set(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chi bộ có 25 đảng viên hoàn thành tốt nhiệm vụ.",
        "Tỷ lệ tốt nghiệp đạt 98%, có 420 em.",
        "Công tác này được duy trì ở mức tốt, 25 xã đạt chuẩn.",
        "Diện tích gieo trồng rau các loại đạt 530,1 ha.",
        "Kết quả xếp loại đạt 100% đảng viên.",
        "Có 12 xã đạt mức đạt chuẩn quốc gia.",
    ],
)
def test_good_and_pass_written_otherwise_are_no_classes(tmp_path: Path, text: str) -> None:
    assert not any(c in ("rating.tot", "rating.dat") for c in _categories(tmp_path, text).values())
