"""Shares whose siblings agree on their base (``extractor/find/sibling_shares.py``): sentences
written here, each read as written (the shares are related, nothing flagged) and with one share
planted wrong (flagged against the base its siblings agree on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.sibling_shares import AGREED
from tests.snippets import read_snippet
from tests.snippets import shares as _shares

CASES = [
    # (text with {} for one share, that share as written, a wrong one, (percent, count, base))
    pytest.param(
        # the shares name "hộ nghèo của tỉnh", not the list's own total (1.250)
        "Toàn tỉnh có 5.000 hộ nghèo, với 17.000 người. Hộ nghèo là đồng bào dân tộc thiểu số có 1.250 "
        "hộ, chiếm 25,00% hộ nghèo của tỉnh, trong đó dân tộc Khmer có 1.000 hộ, chiếm 20,00% hộ nghèo "
        "của tỉnh; người Hoa có 200 hộ, chiếm {}%; dân tộc khác là 50 hộ, chiếm 1,0%.",
        "4,0",
        "9,0",
        (4.0, 200, 5000),
        id="named-whole-not-the-list-total",
    ),
    pytest.param(
        # the base stated after the shares, in the same paragraph
        "Trong đó có 1.030 đảng viên là nữ (chiếm 41,20%); 1.285 đảng viên dưới 30 tuổi (chiếm {}%). "
        "Trong tổng số 2.500 đảng viên được kết nạp trong năm, có 2.410 đồng chí có trình độ trung học "
        "phổ thông (chiếm 96,40%).",
        "51,40",
        "56,40",
        (51.4, 1285, 2500),
        id="base-after-the-shares",
    ),
]


@pytest.mark.parametrize(("text", "share", "wrong", "expected"), CASES)
def test_siblings_agree_on_a_base(
    tmp_path: Path, text: str, share: str, wrong: str, expected: tuple[float, float, float]
) -> None:
    facts, findings = read_snippet(tmp_path, text.format(share))
    assert expected in _shares(facts)
    assert not [f for f in findings if f.rule == "percent"]
    _, planted = read_snippet(tmp_path, text.format(wrong))
    flagged = [f for f in planted if f.rule == "percent" and f.severity in ("warning", "error")]
    assert len(flagged) == 1 and flagged[0].severity == "warning"  # plausible: the text names no base
    assert float(wrong.replace(",", ".")) in [f.value for f in flagged[0].figures]


def test_a_share_exact_over_its_own_base_keeps_it(tmp_path: Path) -> None:
    """The listed part's total gives 80,00 % exactly: it stays that share's base, though its
    siblings agree on another."""
    facts, findings = read_snippet(
        tmp_path,
        "Toàn tỉnh có 5.000 hộ nghèo. Hộ dân tộc thiểu số có 1.250 hộ, chiếm 25,00%, trong đó hộ Khmer "
        "có 1.000 hộ, chiếm 80,00%; hộ người Hoa 200 hộ, chiếm 4,00%; hộ dân tộc khác 50 hộ, chiếm 1,00%.",
    )
    assert (80.0, 1000, 1250) in _shares(facts)
    assert not [f for f in findings if f.rule == "percent"]


def test_two_whole_percentages_pick_no_base(tmp_path: Path) -> None:
    """50 % and 25 % of 400 households could come out of many figures: no base is agreed (the
    28 % is left to the rule of the latest total, which reads it plausibly)."""
    facts, _ = read_snippet(
        tmp_path, "Toàn xã có 400 hộ và 800 nhân khẩu. Có 200 hộ tham gia, chiếm 50%; 100 hộ vay vốn, chiếm 28%."
    )
    assert not [r for r in facts.relations if r.evidence == AGREED]


def test_a_share_far_from_the_agreed_base_is_left_alone(tmp_path: Path) -> None:
    """The 30 % is twenty points from 60 of the 5.000 the other shares agree on: of some other
    whole, so neither related to it nor flagged."""
    facts, findings = read_snippet(
        tmp_path,
        "Toàn tỉnh có 5.000 hộ nghèo. Hộ dân tộc thiểu số có 1.250 hộ, chiếm 25,00% hộ nghèo của tỉnh; "
        "hộ người Hoa 200 hộ, chiếm 4,00% hộ nghèo của tỉnh; hộ tái nghèo 60 hộ, chiếm 30,00%.",
    )
    assert [(p, c) for p, c, _ in _shares(facts)] == [(4.0, 200), (25.0, 1250)]
    assert not [f for f in findings if f.rule == "percent" and f.severity in ("warning", "error")]
