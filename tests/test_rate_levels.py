"""A rate of change with both levels written in its clause (extractor/find/rate_levels.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[float, float, float]], list[str]]:
    facts, findings = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    changes = [
        (value[r.members["start"]], value[r.members["change"]], value[r.members["end"]])
        for r in facts.relations
        if r.kind == "change" and r.evidence.endswith("(từ … lên …)")
    ]
    return changes, [f"{f.rule}:{f.severity}" for f in findings if f.rule == "identity"]


@pytest.mark.parametrize(
    ("text", "change", "planted"),
    [
        (  # the rate before a bracket of both levels, with bounds
            "Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn).",
            (8.86e6, 97, 17.5e6),
            ("97%", "77%"),
        ),
        (  # the first level leaves its noun to the second
            "Số đảng viên tăng 25% (từ 400 lên 500 đảng viên).",
            (400, 25, 500),
            ("25%", "35%"),
        ),
        (  # the rate after the levels, years between
            "Số đảng viên tăng từ 400 đảng viên năm 2020 lên 500 đảng viên năm 2023, tăng 25%.",
            (400, 25, 500),
            ("500 đảng viên năm 2023", "520 đảng viên năm 2023"),
        ),
        (  # a decrease, the rate in a bracket after
            "Số hộ nghèo giảm từ 1.250 hộ xuống còn 1.000 hộ (giảm 20%).",
            (1250, 20, 1000),
            ("giảm 20%", "giảm 30%"),
        ),
        (  # "đến" after the first level, with the rate: no range
            "Nghệ An tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5 triệu tấn).",
            (3.5e6, 81, 6.5e6),
            ("81%", "201%"),  # (bounds admit any rate that keeps the end under 6,5)
        ),
        (  # amounts in two scales
            "Thu ngân sách tăng 50% (từ 800 triệu đồng lên 1,2 tỷ đồng).",
            (800, 50, 1.2),
            ("50%", "20%"),
        ),
    ],
)
def test_a_rate_between_two_levels(tmp_path: Path, text: str, change: tuple, planted: tuple) -> None:
    """Read as start × (1 ± rate) = end; a mismatch is a warning (the rate may be of another
    base: constant prices)."""
    changes, flagged = _read(tmp_path, text)
    assert [tuple(round(x, 6) for x in c) for c in changes] == [change]
    assert flagged == []
    assert _read(tmp_path, text.replace(*planted))[1] == ["identity:warning"]


@pytest.mark.parametrize(
    "text",
    [
        # the rate in another clause than the levels
        "Tổng số vụ là 50 vụ, giảm 20% so với năm trước; từ 10 vụ lên 12 vụ.",
        # levels of two nouns
        "Tăng 25% (từ 400 hộ lên 500 đảng viên).",
        # a range with no rate
        "Mỗi lớp có từ 30 đến 35 học sinh.",
        # no rate: a change in the count itself is read by the relations stage
        "Số đảng viên tăng từ 400 lên 500 đảng viên, tăng 100 đảng viên.",
    ],
)
def test_no_rate_between_levels(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        # the rate's own comparison or period (a review's false warnings)
        "Thu ngân sách trên địa bàn từ 320 tỷ đồng năm 2020 lên 448 tỷ đồng năm 2023, tăng 12% so với năm 2022.",
        "Tổng thu ngân sách trên địa bàn từ 400 tỷ đồng năm 2020 lên 562 tỷ đồng năm 2023, tăng 12%/năm.",
        # prices of two kinds named in the sentence
        "GRDP năm 2023 theo giá so sánh tăng 8,5% (từ 61.200 tỷ đồng lên 70.350 tỷ đồng theo giá hiện hành).",
    ],
)
def test_regression_review_a_rate_of_another_span_or_price_is_not_read(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text) == ([], [])


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        # levels per unit ("tạ/ha", "triệu đồng/người": a review's misses)
        ("Năng suất lúa bình quân tăng từ 55,2 tạ/ha lên 60,1 tạ/ha, tăng 8,9%.", ("8,9%", "12,9%")),
        (
            "Thu nhập bình quân đầu người tăng từ 35 triệu đồng/người năm 2020 lên 48 triệu đồng/người năm 2023, "
            "tăng 37,1%.",
            ("37,1%", "27,1%"),
        ),
    ],
)
def test_regression_review_levels_per_unit(tmp_path: Path, text: str, planted: tuple) -> None:
    changes, flagged = _read(tmp_path, text)
    assert len(changes) == 1 and flagged == []
    assert _read(tmp_path, text.replace(*planted))[1] == ["identity:warning"]
