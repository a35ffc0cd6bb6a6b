"""A standing board within its executive committee: its size is at most the committee's.
Sentences written for these tests in the ways congress reports state the two sizes."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.committees import EVIDENCE
from tests.snippets import read_snippet


def _pairs(facts) -> list[tuple[float, float]]:
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["total"]], value[r.members["parts"][0]])
        for r in facts.relations
        if r.kind == "subset_of" and r.evidence == EVIDENCE
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Đại hội bầu Ban Chấp hành Đảng bộ gồm 39 đồng chí, Ban Thường vụ 11 đồng chí.", (39, 11)),
        ("Đại hội đã chỉ định Ban Chấp hành Đảng bộ Tổng công ty gồm 27 ủy viên; Ban Thường vụ có 7 ủy viên.", (27, 7)),
        (
            "Đại hội bầu Ban Chấp hành Hội Nông dân tỉnh khóa X, nhiệm kỳ 2023 - 2028 gồm 35 ủy viên; Ban Thường vụ "
            "gồm 9 ủy viên.",
            (35, 9),
        ),
        (
            "Kết quả bầu 95 đồng chí vào Ban Thường vụ và 310 đồng chí được bầu vào Ban Chấp hành các huyện đoàn.",
            (310, 95),
        ),
        ("Sau khi kiện toàn (Ban Chấp hành 41, Ban Thường vụ 13, Bí thư và 02 Phó Bí thư).", (41, 13)),
        ("- Ban Chấp hành gồm có: 15 đồng chí.\n\n- Ban Thường vụ gồm có: 05 đồng chí.", (15, 5)),
        # "N ủy viên Ban Chấp hành," with the clause ending there (round 26, then development)
        (
            "Đại hội cơ sở đã bầu 187 ủy viên Ban Chấp hành, 134 đại biểu chính thức. Tại phiên họp thứ nhất, "
            "Ban Chấp hành các xã đã bầu 54 ủy viên Ban Thường vụ, 18 chủ tịch.",
            (187, 54),
        ),
        # regression: the committee named first in the board's clause ("Ban Chấp hành đã bầu Ban
        # Thường vụ gồm …") was taken for the body the count sizes, and its predicate dropped both
        (
            "Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí; Ban Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí.",
            (15, 5),
        ),
    ],
)
def test_a_standing_board_within_its_committee(tmp_path: Path, text: str, pair: tuple[float, float]) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert pair in _pairs(facts)
    assert [f for f in findings if f.rule == "subset"] == []


def test_a_standing_board_larger_than_its_committee_is_a_warning(tmp_path: Path) -> None:
    _, findings = read_snippet(tmp_path, "Đại hội bầu Ban Chấp hành gồm 13 đồng chí, Ban Thường vụ gồm 31 đồng chí.")
    assert [f.severity for f in findings if f.rule == "subset"] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # what a body did, not its size
        "Ban Thường vụ Tỉnh ủy đã kiểm tra 35 đồng chí; Ban Chấp hành Đảng bộ xã có 13 đồng chí.",
        "Ban Thường vụ Tỉnh ủy chỉ định tăng thêm 01 ủy viên Ban Chấp hành. Hiện nay Ban Chấp hành có 36 đồng chí.",
        "Ban Chấp hành đã tổ chức 12 hội nghị; Ban Thường vụ tổ chức 48 cuộc họp.",
        # bodies of two levels, both named
        "Ban Chấp hành Đảng bộ xã gồm 13 đồng chí; Ban Thường vụ Huyện ủy gồm 15 đồng chí.",
        # another body between them: the inspection commission is no standing board
        "Đại hội bầu Ban Chấp hành gồm 9 ủy viên và Ủy ban Kiểm tra gồm 5 ủy viên.",
        # members added or appointed to each body are no sizes
        "Ban Thường vụ Tỉnh ủy chỉ định tăng thêm 01 ủy viên Ban Chấp hành và cho chủ trương bầu 01 ủy viên "
        "Ban Thường vụ.",
    ],
)
def test_no_board_within_a_committee(tmp_path: Path, text: str) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert _pairs(facts) == []
    assert [f for f in findings if f.rule == "subset"] == []
