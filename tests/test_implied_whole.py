"""Shares whose whole is not stated but implied by all of them: each is held to the whole its
siblings give.  Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.implied_whole import EVIDENCE
from tests.snippets import read_snippet

LIST = (
    "Người nộp hồ sơ hưởng trợ cấp thất nghiệp không có bằng cấp 2.046 người chiếm 72,45%, đại học 412 người chiếm "
    "14,59%, trung cấp 203 người chiếm 7,19% và cao đẳng 163 người chiếm 5,77%."
)


def _implied(facts) -> int:
    return sum(1 for r in facts.relations if r.evidence == EVIDENCE)


def test_shares_of_classes_held_to_the_whole_they_imply(tmp_path: Path) -> None:
    facts, findings = read_snippet(tmp_path, LIST)
    assert _implied(facts) == 4  # 2.046 + 412 + 203 + 163 = 2.824: every share comes out of it
    assert [f for f in findings if f.rule == "percent"] == []


@pytest.mark.parametrize("planted", [("14,59%", "19,59%"), ("5,77%", "10,77%"), ("72,45%", "67,45%")])
def test_a_share_off_the_whole_its_siblings_imply(tmp_path: Path, planted: tuple[str, str]) -> None:
    _, findings = read_snippet(tmp_path, LIST.replace(*planted))
    found = [f for f in findings if f.rule == "percent"]
    assert [f.severity for f in found] == ["warning"]
    assert found[0].stated == planted[1].rstrip("%")


@pytest.mark.parametrize(
    "text",
    [
        # overlapping attributes: their shares pass 100 %, and one is often of another whole
        "Cơ cấu ứng cử viên gồm: nữ là 21 người chiếm 41,18%, dân tộc thiểu số 46 người chiếm 90,2%, dưới 40 tuổi 24 "
        "người chiếm 47,06%, tái cử 11 người chiếm 34,38%.",
        # two years' wholes
        "Năm 2021 tỉnh có 6.269 hộ nghèo, chiếm 1,31% và 11.570 hộ cận nghèo, chiếm 2,41%. Đến năm 2022, tổng số hộ "
        "nghèo là 4.764 hộ, chiếm 0,99%, số hộ cận nghèo là 11.049 hộ, chiếm 2,29%.",
        # two shares only: which of them is wrong cannot be told
        "Có 1.287 người chiếm 85,12% và 128 người chiếm 13,47%.",
    ],
)
def test_no_whole_implied(tmp_path: Path, text: str) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert _implied(facts) == 0
    assert [f for f in findings if f.rule == "percent"] == []


SCOPED = (
    "Trong tổng số người nộp hồ sơ hưởng trợ cấp thất nghiệp thì không có bằng cấp 2.046 người chiếm 72,45%, đại "
    "học 412 người chiếm {}% số người nộp hồ sơ hưởng trợ cấp, trung cấp 203 người chiếm 7,19% và cao đẳng 163 "
    "người chiếm 5,77%."
)


def test_a_share_naming_the_whole_its_sentence_opens_with_is_one_of_the_siblings(tmp_path: Path) -> None:
    """``Trong tổng số người nộp hồ sơ …, … 412 người chiếm 14,59% số người nộp hồ sơ …``: the
    whole the share names is the one its sentence's scope names, so it is held to the whole
    its siblings imply like the others, and a wrong one is flagged."""
    facts, findings = read_snippet(tmp_path, SCOPED.format("14,59"))
    assert _implied(facts) == 4
    assert [f for f in findings if f.rule == "percent"] == []
    _, planted = read_snippet(tmp_path, SCOPED.format("19,59"))
    assert [(f.severity, f.stated) for f in planted if f.rule == "percent"] == [("warning", "19,59")]


def test_a_share_naming_another_whole_than_the_scope_is_not_held_to_the_siblings(tmp_path: Path) -> None:
    text = SCOPED.format("14,59").replace("số người nộp hồ sơ hưởng trợ cấp,", "số lao động có trình độ đại học,")
    facts, _ = read_snippet(tmp_path, text)
    assert _implied(facts) == 3


@pytest.mark.parametrize(
    "text",
    [
        # the scope names two groups; the share names one of them (360 of 1.200 poor households)
        "Trong tổng số hộ nghèo và hộ cận nghèo toàn huyện, hộ thiếu vốn 1.530 hộ chiếm 76,5%, hộ thiếu đất 210 hộ "
        "chiếm 10,5%, hộ thiếu lao động 160 hộ chiếm 8% và hộ không có đất sản xuất 360 hộ chiếm 30% số hộ nghèo.",
        # the named whole is qualified further than the scope (those filing the first time)
        "Trong tổng số người lao động nộp hồ sơ hưởng trợ cấp thất nghiệp, lao động phổ thông 1.120 người chiếm "
        "74,67%, đại học 205 người chiếm 13,67%, cao đẳng 98 người chiếm 6,53%, trung cấp 77 người chiếm 9,5% số "
        "người nộp hồ sơ lần đầu.",
    ],
)
def test_regression_a_share_of_a_narrower_whole_than_the_scope_is_no_sibling(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [f for f in findings if f.rule == "percent"] == []
