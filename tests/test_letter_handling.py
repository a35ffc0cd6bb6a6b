"""The ways letters received were handled (``patterns/partitions.yaml``, ``letter_handling``):
forwarded, answered or guided (returned), filed, sent down with a reminder, or accepted for
resolution. A list naming them in each item after the letters received breaks the letters down,
plausibly (a sum off either way is a warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet
from tests.snippets import subsets_and_breakdowns as _relations

HOLDING = [
    (
        "Năm 2023, Thanh tra tỉnh tiếp nhận 66 đơn, đã chuyển 41 đơn đến cơ quan có thẩm quyền, thụ lý giải "
        "quyết 25 đơn.",
        ("66", ["41", "25"]),
    ),
    (
        "Trong quý I, Ban Tiếp công dân tiếp nhận 128 đơn. Qua phân loại, đã hướng dẫn công dân 40 đơn, chuyển "
        "cơ quan có thẩm quyền 62 đơn, đôn đốc cấp dưới giải quyết 9 đơn; tiếp nhận giải quyết theo thẩm quyền "
        "17 đơn.",
        ("128", ["40", "62", "9", "17"]),
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy nhận được 35 đơn thư, trong kỳ đã chuyển 20 đơn, trả lại và hướng dẫn 9 đơn, "
        "xếp lưu 6 đơn không đủ điều kiện.",
        ("35", ["20", "9", "6"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDING)
def test_the_ways_letters_were_handled_break_down_the_letters_received(
    tmp_path: Path, text: str, expected: tuple[str, list[str]]
) -> None:
    total, parts = expected
    assert ("total_parts", total, parts) in _relations(tmp_path, text)
    _, findings = read_snippet(tmp_path, text)
    assert [f for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(("text", "expected"), HOLDING)
def test_a_way_mistyped_is_a_warning(tmp_path: Path, text: str, expected: tuple[str, list[str]]) -> None:
    part = expected[1][0]
    wrong = text.replace(f" {part} đơn", f" {int(part) + 7} đơn", 1)
    assert wrong != text
    _, findings = read_snippet(tmp_path, wrong)
    assert ("sum", "warning") in [(f.rule, f.severity) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        # another year's letters
        "Năm 2022 tiếp nhận 66 đơn. Năm 2023, đã chuyển 41 đơn đến cơ quan có thẩm quyền, thụ lý giải quyết 25 đơn.",
        # members transferred, no letters
        "Đảng bộ có 120 đảng viên, chuyển sinh hoạt đi 5 đảng viên, chuyển đến 3 đảng viên.",
        # one way alone says nothing of the rest
        "Trong kỳ tiếp nhận 66 đơn, đã chuyển 41 đơn đến cơ quan có thẩm quyền.",
        # (review) "lưu ý" is no way of handling
        "Trong kỳ tiếp nhận 100 đơn, đã chuyển 70 đơn, lưu ý có 30 đơn khiếu nại đông người.",
    ],
)
def test_no_breakdown_of_letters_where_none_is_said(tmp_path: Path, text: str) -> None:
    assert [r for r in _relations(tmp_path, text) if r[0] == "total_parts"] == []


@pytest.mark.parametrize(
    "text",
    [
        # (review) some letters still pending or unnamed: a list of ways says its sum is not above them
        "Trong năm tiếp nhận 156 đơn; đã chuyển 80 đơn, hướng dẫn 30 đơn, số còn lại đang xem xét, xử lý.",
        "Trong năm tiếp nhận 120 đơn, đã chuyển 45 đơn, hướng dẫn 25 đơn.",
        "Tiếp nhận 95 đơn, trong đó: chuyển 52 đơn, trả lời 23 đơn; số còn lại đang xem xét.",
        # (review) letters counted with their cases: the letters are the total
        "Tiếp nhận 120 đơn, tương ứng 95 vụ việc. Đã chuyển 60 đơn, hướng dẫn 40 đơn, lưu 20 đơn.",
        "Tiếp nhận 120 đơn (95 vụ việc). Đã chuyển 60 đơn, hướng dẫn 40 đơn, lưu 20 đơn.",
    ],
)
def test_a_list_of_ways_below_the_letters_received_is_no_finding(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == []


def test_regression_badges_still_break_down_a_count_of_persons_of_any_kind(tmp_path: Path) -> None:
    """Generalising the item-class reader to letters held a total not counted by ``đảng viên`` or
    ``người`` to the badges' own noun, so badges given to ``40 cấp ủy viên`` broke down nothing."""
    text = (
        "Huyện ủy trao tặng Huy hiệu Đảng cho 40 cấp ủy viên. Có 24 đồng chí nhận Huy hiệu 40 năm tuổi Đảng; "
        "16 đồng chí nhận Huy hiệu 30 năm tuổi Đảng."
    )
    assert ("total_parts", "40", ["24", "16"]) in _relations(tmp_path, text)
