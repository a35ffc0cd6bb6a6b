"""``Riêng …``: a sentence that singles out part of what was counted before it (sentences
written here, not taken from the sample reports or the prose corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet, subsets_by

LAND = (
    "Năm 2023, thanh tra các cấp đã tiến hành 412 cuộc thanh tra hành chính, kết thúc 380 cuộc, phát hiện sai "
    "phạm 96,4 tỷ đồng. Riêng lĩnh vực đất đai đã tiến hành {n} cuộc, kết thúc 88 cuộc; phát hiện sai phạm 41,2 "
    "tỷ đồng."
)


def _subsets(facts) -> list[tuple[float, float]]:
    return subsets_by(facts, "riêng")


def test_a_singled_out_sentence_restates_the_counts_before_it_in_order(tmp_path: Path) -> None:
    facts, findings = read_snippet(tmp_path, LAND.format(n=96))
    # (the 88 finished is read within the sentence's own 96 carried out, a flow of inspections)
    assert _subsets(facts) == [(96.4, 41.2), (412, 96)]
    assert subsets_by(facts, "flow: state_inspection") == [(96, 88), (412, 380)]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = read_snippet(tmp_path, LAND.format(n=496))
    assert [(f.rule, f.severity) for f in planted if f.severity in ("error", "warning")] == [("subset", "warning")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit counted only in the singled-out sentence has no total
        ("Cấp ủy các cấp đã kiểm tra 120 tổ chức đảng. Riêng Ủy ban Kiểm tra kiểm tra 40 tổ chức đảng và 25 đảng viên.",
         [(120, 40)]),
        # more singled out than counted before: no parallel to follow
        ("Quà của Chủ tịch nước tặng 9.339 đối tượng. Riêng trợ cấp tết có 90.166 đối tượng; quà tiêu biểu 13.786 "
         "đối tượng.", []),
        # no "Riêng": nothing singled out
        ("Cấp ủy các cấp đã kiểm tra 120 tổ chức đảng. Ủy ban Kiểm tra kiểm tra 40 tổ chức đảng.", []),
    ],
)  # fmt: skip
def test_what_a_singled_out_sentence_is_a_part_of(tmp_path: Path, text: str, expected: list) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert _subsets(facts) == expected
