"""Posts held, listed under a count of persons, are subsets of it (``extractor/find/roles.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet

HOLDS = [
    pytest.param("Kỷ luật 12 đảng viên, trong đó 2 bí thư chi bộ, 1 phó bí thư, 3 chi ủy viên.", id="disciplined"),
    pytest.param("Trong 12 đảng viên nữ có 1 bí thư, 2 phó bí thư và 3 chi ủy viên.", id="women"),
    pytest.param(
        "Đại hội có 150 đại biểu chính thức, trong đó 35 đồng chí là bí thư chi bộ, 20 đồng chí là phó bí thư, 40 "
        "đồng chí là chi ủy viên.",
        id="delegates-who-are",
    ),
    pytest.param(
        "Đại hội có 120 đại biểu, trong đó 35 bí thư, 30 phó bí thư, 40 chi ủy viên, 52 đại biểu nữ.",
        id="delegates-and-an-attribute",
    ),
    # the standing board holds the secretaries too
    pytest.param(
        "Đảng ủy xã có 15 đồng chí, trong đó: 1 bí thư, 2 phó bí thư, 5 ủy viên Ban Thường vụ.", id="standing-board"
    ),
    pytest.param(
        "Kỷ luật 5 đảng viên, trong đó 1 đồng chí nguyên bí thư chi bộ, 2 phó bí thư, 1 chi ủy viên.", id="former"
    ),
]


@pytest.mark.parametrize("text", HOLDS)
def test_posts_held_are_not_summed(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert alarms(findings) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a post held by more than there are
        pytest.param(
            "Kỷ luật 12 đảng viên, trong đó 2 bí thư chi bộ, 1 phó bí thư, 13 chi ủy viên.", "subset", id="over"
        ),
        # the posts of the committee the total sizes may still make it
        pytest.param(
            "Ban Chấp hành Đảng bộ khóa XV có 45 đồng chí, gồm 1 bí thư, 3 phó bí thư và 42 ủy viên.",
            "sum",
            id="committee",
        ),
        # found by a probe review: a committee named after its size, or abbreviated; a standing deputy
        pytest.param(
            "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ khóa mới, gồm 1 bí thư, 2 phó bí thư, 10 ủy viên.",
            "sum",
            id="elected-into-the-committee",
        ),
        pytest.param("ĐU xã có 15 đ/c, trong đó 1 bí thư, 2 phó bí thư, 10 đảng ủy viên.", "sum", id="abbreviated"),
        pytest.param(
            "Đảng ủy xã có 15 đồng chí, trong đó có 1 bí thư, 1 phó bí thư thường trực, 1 phó bí thư kiêm chủ tịch "
            "UBND, 14 đảng ủy viên.",
            "sum",
            id="standing-deputy",
        ),
    ],
)
def test_posts_that_cannot_be_are_flagged(tmp_path: Path, text: str, rule: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert rule in [r for r, _ in alarms(findings)]


def test_posts_held_are_subsets(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Kỷ luật 12 đảng viên, trong đó 2 bí thư chi bộ, 1 phó bí thư, 3 chi ủy viên.")
    assert [(r.kind, len(r.members["parts"])) for r in facts.relations] == [("subset_of", 3)]


def test_regression_a_unit_carried_from_a_bracket_is_no_post(tmp_path: Path) -> None:
    # the forms take the unit of the "(35 cấp ủy viên …)" before them; they are forms, not posts
    _, findings = read_snippet(
        tmp_path,
        "UBKT các cấp thi hành kỷ luật 64 đảng viên (35 cấp ủy viên các cấp), bằng các hình thức: Khiển trách 32, "
        "cảnh cáo 17, khai trừ 9 trường hợp.",
    )
    assert ("sum", "warning") in [(f.rule, f.severity) for f in findings]
