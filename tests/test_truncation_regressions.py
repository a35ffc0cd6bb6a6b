"""Shares written by cutting digits off instead of rounding (``26/30 … đạt 86,66%``): the share
rule says a truncation explains it; the granularity rule finds a whole count that gives it, so
it does not also say that none does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 26/30 = 86,666…: cut to 86,66
        (
            "Tính đến nay đảng bộ đã phát triển được 26/30 đảng viên mới đạt 86,66% chỉ tiêu cả nhiệm kỳ.",
            [("percent", "warning")],
        ),
        # 3/7 = 42,857…: cut to 42,85
        ("Thành lập công đoàn cơ sở được 3/7 đạt 42,85%.", [("percent", "warning")]),
        # rounded: nothing
        ("Thành lập công đoàn cơ sở được 3/7 đạt 42,86%.", []),
        # neither: both rules
        ("Thành lập công đoàn cơ sở được 3/7 đạt 42,88%.", [("percent", "error"), ("granularity", "warning")]),
    ],
)
def test_regression_granularity_accepts_a_truncated_share(tmp_path: Path, text: str, found) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert sorted(alarms(findings)) == sorted(found)
