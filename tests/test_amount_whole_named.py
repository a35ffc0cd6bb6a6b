"""A share of an amount that names its whole with ``tổng`` (``chiếm 60% tổng thu ngân sách``,
``chiếm tỷ lệ 0,1% tổng dư nợ``) is of the amount so described, also in an earlier sentence or
paragraph; before, only the amount right before it was tried, so such shares went unchecked.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, shares

NAMED = [
    pytest.param(
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 500 tỷ đồng. Thu nội địa 300 tỷ đồng, chiếm {p}% tổng thu "
        "ngân sách.",
        "60",
        "70",
        (500.0, 300.0),
        id="budget-next-sentence",
    ),
    pytest.param(
        "Tổng dư nợ đạt 3.569 tỷ đồng, tăng 331 tỷ đồng so với đầu năm. Nợ quá hạn 3,4 tỷ đồng, chiếm tỷ lệ {p}% "
        "tổng dư nợ.",
        "0,1",
        "5,1",
        (3569.0, 3.4),
        id="credit-after-a-change",
    ),
    pytest.param(
        "Tổng vốn đầu tư toàn xã hội năm 2023 đạt 5.000 tỷ đồng.\n\nTrong năm, vốn ngân sách nhà nước đạt 1.500 "
        "tỷ đồng, chiếm {p}% tổng vốn đầu tư.",
        "30",
        "35",
        (5000.0, 1500.0),
        id="investment-next-paragraph",
    ),
]


@pytest.mark.parametrize(("body", "holds", "wrong", "pair"), NAMED)
def test_a_share_naming_its_amount_is_of_that_amount(
    tmp_path: Path, body: str, holds: str, wrong: str, pair: tuple[float, float]
) -> None:
    facts, findings = read_snippet(tmp_path, body.format(p=holds))
    assert [(base, count) for _, count, base in shares(facts)] == [pair]
    assert alarms(findings) == []
    _, findings = read_snippet(tmp_path, body.format(p=wrong))
    assert ("percent", "warning") in alarms(findings)


@pytest.mark.parametrize(
    "body",
    [
        # the whole named is another amount than any stated
        "Tổng chi ngân sách đạt 800 tỷ đồng. Thu nội địa 300 tỷ đồng, chiếm 60% tổng thu ngân sách.",
        # a plan, not an amount the text states
        "Tổng thu ngân sách đạt 500 tỷ đồng. Thu nội địa 300 tỷ đồng, chiếm 60% tổng dự toán.",
    ],
)
def test_no_amount_so_described_no_base(tmp_path: Path, body: str) -> None:
    facts, findings = read_snippet(tmp_path, body)
    assert shares(facts) == []
    assert alarms(findings) == []
