"""A list whose parts stand at successive stages of one flow (inspected, found at fault,
disciplined) is a chain of subsets, never summed: each part is within the one before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import snippet_alarms as _alarms
from tests.snippets import subsets_and_breakdowns as _relations

CHAINS = [
    (
        "Năm 2023, Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 36 đảng viên (có vi phạm 30 đồng chí, "
        "phải thi hành kỷ luật 11 đồng chí).",
        ("36", "30", "11"),
    ),
    (
        "Qua giải quyết, có 25 trường hợp tố cáo đúng, trong đó 19 trường hợp có vi phạm, phải thi hành kỷ luật 7 "
        "trường hợp.",
        ("25", "19", "7"),
    ),
]


@pytest.mark.parametrize(("text", "chain"), CHAINS)
def test_parts_at_successive_stages_are_a_chain_of_subsets(
    tmp_path: Path, text: str, chain: tuple[str, str, str]
) -> None:
    whole, found, disciplined = chain
    relations = _relations(tmp_path, text)
    assert ("subset_of", whole, [found]) in relations
    assert ("subset_of", found, [disciplined]) in relations
    assert not [r for r in relations if r[0] == "total_parts"]
    assert _alarms(tmp_path, text) == []


@pytest.mark.parametrize(("text", "chain"), CHAINS)
def test_a_later_stage_above_the_one_before_is_a_warning(
    tmp_path: Path, text: str, chain: tuple[str, str, str]
) -> None:
    _, found, disciplined = chain
    wrong = text.replace(f" {disciplined} ", f" {int(found) + 4} ")
    assert ("subset", "warning") in _alarms(tmp_path, wrong)


def test_a_violation_named_as_a_reason_is_no_stage(tmp_path: Path) -> None:
    text = (
        "Trong 5 năm có 1.200 đảng viên bị đưa ra khỏi Đảng, trong đó xóa tên do vi phạm là 900 đảng viên; 300 đảng "
        "viên bị kỷ luật khai trừ."
    )
    assert ("total_parts", "1.200", ["900", "300"]) in _relations(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "alarms"),
    [
        # what is left of a ratio's whole after its count ("85/92", the whole stated nowhere else)
        ("Đã giải quyết 85/92 vụ việc, còn 7 vụ việc đang xác minh.", []),
        ("Đã giải quyết 85/92 vụ việc, còn 9 vụ việc đang xác minh.", [("sum", "warning")]),
        ("Đã giải quyết 5/13 đơn khiếu nại, còn 8 đơn đang tiếp tục xác minh.", []),
        # what is left, in the next sentence ("Hiện còn …" goes on from the one before)
        ("Có 92 vụ việc thuộc thẩm quyền, đã giải quyết 85 vụ việc. Hiện còn 7 vụ việc đang giải quyết.", []),
        (
            "Có 92 vụ việc thuộc thẩm quyền, đã giải quyết 85 vụ việc. Hiện còn 9 vụ việc đang giải quyết.",
            [("sum", "warning")],
        ),
        # ... not what is left of something else, in a sentence of its own ("vẫn còn": a kind)
        ("Đã giải quyết 85/92 vụ việc. Vẫn còn 9 vụ việc khiếu nại đông người.", []),
    ],
)
def test_the_rest_of_a_handled_ratio_and_of_the_sentence_before(tmp_path: Path, text: str, alarms: list) -> None:
    assert _alarms(tmp_path, text) == alarms
