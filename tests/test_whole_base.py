"""A share of a whole count whose whole is not stated (``kết nạp 21 đảng viên mới, đạt 63,3%
KH``): no whole number of members gives it, rounded or cut off, so it is a warning
(granularity); other shares of such counts, amounts, and shares paired across a sentence are
left alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.snippets import read_snippet


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Trong tháng 7, chuẩn y kết nạp 21 đảng viên mới, đạt 63,3% KH.", ["warning"]),  # 33,15–33,20 members
        ("Năm 2023, kết nạp 21 đảng viên mới, đạt 63,6% KH.", []),  # 21 of 33
        ("Năm 2023, kết nạp 3 đảng viên mới, đạt 42,85% kế hoạch.", []),  # 3 of 7, cut off
        ("Tổng diện tích gieo trồng thực hiện được 2.516 ha, đạt 101,39%KH.", []),  # an area needs no whole plan
        # the share is another figure's, paired across the sentence
        (
            "Có 20 trường đạt chuẩn Quốc gia mức 2, tỷ lệ phòng học kiên cố đạt 94,7%, tăng 1,1% so với năm học trước "
            "và đạt 99,7% so với kế hoạch.",
            [],
        ),
    ],
)
def test_a_share_of_no_whole_number(tmp_path: Path, text: str, flagged: list[str]) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [f.severity for f in findings if f.rule == "granularity"] == flagged


def test_the_prose_eval_gives_such_a_finding_to_the_target() -> None:
    """A granularity finding that names the achieved count judges the target whose plan is not
    stated; one on the share alone judges shares only."""
    from types import SimpleNamespace

    from extractor.evaluate.checker import _judges_kind

    both: Any = SimpleNamespace(rule="granularity", figures=[object(), object()])
    alone: Any = SimpleNamespace(rule="granularity", figures=[object()])
    assert _judges_kind(both, "target") and _judges_kind(both, "percent_of")
    assert not _judges_kind(alone, "target") and _judges_kind(alone, "percent_of")
