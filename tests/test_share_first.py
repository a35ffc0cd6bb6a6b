"""Shares written before their count, the count in a bracket (extractor/find/share_first.py):
``15,5% (186 đảng viên)`` is the count's share, as ``186 đảng viên (15,5%)`` is."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.share_first import EVIDENCE
from tests.snippets import read_snippet, shares


def _share_first(tmp_path: Path, text: str) -> list[tuple[float, float]]:
    facts, _ = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (value[r.members["percent"]], value[r.members["count"]])
        for r in facts.relations
        if r.kind == "percent_of" and r.members.get("count") and r.members["count"] != r.members["percent"]
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Toàn huyện có 1.200 đảng viên, trong đó 15,5% (186 đảng viên) hoàn thành xuất sắc nhiệm vụ.", [(15.5, 186)]),
        (
            "Học sinh giỏi: 9,7% (295 HS); học sinh khá: 56,4% (1723 HS); học sinh trung bình: 31,3% (957 HS).",
            [(9.7, 295), (31.3, 957), (56.4, 1723)],
        ),
        # not a share: a rate of change with its amount, money of a plan, a ratio, two numbers
        ("Số doanh nghiệp đăng ký mới tăng 4,36% (666 doanh nghiệp) so với cùng kỳ năm trước.", None),
        ("Toàn tỉnh chỉ mới giải ngân 18,1% (1.372,2 tỷ đồng) vốn đầu tư công.", []),
        ("Tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66/112 thôn) trên địa bàn huyện.", None),
        ("Có 1.200 đảng viên, trong đó 15,5% (186 đảng viên, tăng 12 người) hoàn thành xuất sắc nhiệm vụ.", []),
    ],
)
def test_which_brackets_hold_the_shares_count(tmp_path: Path, text: str, read: list | None) -> None:
    """``read``: the (share, count) pairs read (None: whatever the other rules read, no pair of
    this form; the rate of change is read as a change, the ratio as a ratio)."""
    facts, _ = read_snippet(tmp_path, text)
    found = [r for r in facts.relations if r.evidence == EVIDENCE]
    if read is None:
        assert found == []
    else:
        assert _share_first(tmp_path, text) == read


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Toàn huyện có 1.200 đảng viên, trong đó 15,5% (186 đảng viên) hoàn thành xuất sắc nhiệm vụ.", []),
        ("Toàn huyện có 1.200 đảng viên, trong đó 18,5% (186 đảng viên) hoàn thành xuất sắc nhiệm vụ.", ["warning"]),
    ],
)
def test_a_share_written_before_its_count_is_checked(tmp_path: Path, text: str, flagged: list[str]) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert shares(facts) == [(float(text.split("trong đó ")[1].split("%")[0].replace(",", ".")), 186, 1200)]
    assert [f.severity for f in findings if f.rule == "percent"] == flagged


@pytest.mark.parametrize(
    "text",
    [
        # households are no share of persons (the bracket's own noun says what is counted)
        "Dân số toàn tỉnh 1.250.000 người; tỷ lệ hộ nghèo đa chiều còn 4,2% (12.600 hộ), hộ cận nghèo 3,1% (9.300 hộ).",
        "Toàn xã có 8.000 người; hộ nghèo chiếm 4,2% (84 hộ).",
        # a share of the plan, and a rate of change with "được"
        "Toàn huyện có 1.050 hộ nghèo. Năm 2024 đã hỗ trợ xây nhà cho hộ nghèo, đạt 95% (950 hộ) kế hoạch.",
        "Đến cuối năm, toàn huyện còn 1.050 hộ nghèo; so với đầu năm đã giảm được 12,5% (150 hộ).",
        # a sibling's bracketed count is no whole, nor is a total of another group named nearby
        "Năm 2024 toàn tỉnh có 65.000 trẻ em dưới 6 tuổi, tỷ lệ trẻ được tiêm chủng đầy đủ đạt 98% (63.700 trẻ), "
        "trẻ dưới 5 tuổi suy dinh dưỡng 11,5% (5.200 trẻ).",
        "Tổng số đại biểu được triệu tập 300 người; tán thành 96% (288 đại biểu), không tán thành 4% (12 đại biểu).",
        # a class's bracketed count is no total of the classes listed after it (was "45 + 14 ≠ 723")
        "+ Về hạnh kiểm\n• Tốt: 74.4% (2271 HS) • Khá: 23.7% (723 HS) • Trung Bình: 45 HS • Yếu: 14 HS",
    ],
)
def test_regression_review_no_finding_on_shares_before_counts_of_other_wholes(tmp_path: Path, text: str) -> None:
    """The review's false warnings: each of these holds, or states nothing to check."""
    _, findings = read_snippet(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.severity != "info"] == []
