"""Regression tests for the faults a review found in this session's share and remainder rules
(sibling shares, ``còn`` after a handled count): each paragraph is consistent, so nothing may
be flagged, and the relation read is the right one or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

CONSISTENT_SHARES = [
    # a share naming its whole ("% thu nội địa") in a sentence with no agreeing sibling
    pytest.param(
        "Tổng thu ngân sách năm 2023 đạt 6.000 tỷ đồng. Thu nội địa 5.200 tỷ đồng, chiếm 86,67%; thu xuất nhập "
        "khẩu 600 tỷ đồng, chiếm 10,00%; thu vay 200 tỷ đồng, chiếm 3,33%. Thu từ doanh nghiệp nhà nước 800 tỷ "
        "đồng, chiếm 15,38% thu nội địa; thu tiền sử dụng đất 1.450 tỷ đồng, chiếm 27,88% thu nội địa.",
        id="named-whole-in-another-sentence",
    ),
    # a clause scoped to a part ("Trong thu nội địa, …")
    pytest.param(
        "Tổng thu ngân sách năm 2023 đạt 6.000 tỷ đồng. Thu nội địa 5.200 tỷ đồng, chiếm 86,67%; thu xuất nhập "
        "khẩu 600 tỷ đồng, chiếm 10,00%. Trong thu nội địa, thu từ doanh nghiệp 1.872 tỷ đồng, chiếm 36,00%; "
        "thu thuế 1.000 tỷ đồng, chiếm 19,23%.",
        id="scoped-clause",
    ),
    # a share of another flow of the same currency
    pytest.param(
        "Kim ngạch xuất khẩu năm 2023 đạt 1.250 triệu USD; nhập khẩu đạt 1.080 triệu USD. Xuất khẩu dệt may 500 "
        "triệu USD, chiếm 40,00%; giày dép 250 triệu USD, chiếm 20,00%; thủy sản 125 triệu USD, chiếm 10,00%. "
        "Nhập khẩu nguyên phụ liệu dệt may 254 triệu USD, chiếm 23,52%.",
        id="another-flow",
    ),
    # a share naming "tổng số đại biểu triệu tập" is not of the delegates present
    pytest.param(
        "Tổng số đại biểu được triệu tập 350 đồng chí, có mặt 342 đồng chí. Trong số đại biểu có mặt, nữ 96 "
        "(28,07%); dân tộc thiểu số 74 (21,64%); đại biểu đương nhiên 55 đồng chí, chiếm 15,71% tổng số đại "
        "biểu triệu tập.",
        id="named-whole-of-another-count",
    ),
]


@pytest.mark.parametrize("text", CONSISTENT_SHARES)
def test_regression_review15_no_share_is_read_over_a_wrong_base(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [f for f in findings if f.rule == "percent" and f.severity in ("warning", "error")] == []


def test_regression_review15_a_truncated_share_keeps_its_own_base(tmp_path: Path) -> None:
    """2.105/7.450 = 28,255 written 28,25 (cut off, not rounded): held to its own base, the 7.450
    near-poor households, not the 8.790 poor ones; what it shows is only the truncation, a
    warning that says so."""
    text = (
        "Toàn tỉnh có 8.790 hộ nghèo và 7.450 hộ cận nghèo. Hộ nghèo dân tộc thiểu số 2.393 hộ, chiếm 27,22%; "
        "hộ nghèo người Hoa 53 hộ, chiếm 0,60%; hộ nghèo có người khuyết tật 1.000 hộ, chiếm 11,38%; hộ cận "
        "nghèo dân tộc thiểu số 2.105 hộ, chiếm 28,25%."
    )
    _, findings = read_snippet(tmp_path, text)
    (found,) = [f for f in findings if f.rule == "percent"]
    assert found.severity == "warning" and "7.450" in found.message_en and "truncated" in found.message_en


REMAINDERS = [
    # a breakdown of the remainder is no further remainder
    ("Tiếp nhận 280 đơn, đã giải quyết 250 đơn, còn lại 30 đơn đang giải quyết, trong đó có 8 đơn quá hạn.", [280]),
    # "còn" meaning "as for", before a year, after "ngoài ra", after "vẫn"
    ("Năm 2023 tiếp nhận 120 đơn, đã giải quyết 100 đơn; còn ở cấp huyện, 85 đơn đã được giải quyết xong.", []),
    ("Năm 2023 tiếp nhận 280 đơn, đã giải quyết 250 đơn; còn năm 2022 là 300 đơn.", []),
    ("Tiếp nhận 280 đơn, đã giải quyết 250 đơn, còn 30 đơn; ngoài ra, còn 40 đơn nặc danh không xử lý.", [280]),
    (
        "Năm 2023 tiếp nhận 120 đơn, đã giải quyết 100 đơn, đạt 83,33%; tuy nhiên vẫn còn 5 đơn khiếu nại đông "
        "người, phức tạp, kéo dài.",
        [],
    ),
    # carried over from earlier periods
    ("Tiếp nhận 320 đơn, đã giải quyết 298 đơn; còn 35 đơn tồn đọng từ các năm trước.", []),
    ("Tiếp nhận 320 đơn, đã giải quyết 298 đơn; còn 35 đơn của kỳ trước chuyển qua.", []),
    ("Kỳ trước chuyển sang 20 đơn, tiếp nhận mới 260 đơn; đã giải quyết 250 đơn, còn 30 đơn.", []),
    # a count of the same unit between the first stage and the handled one
    (
        "Tiếp nhận 280 đơn. Đơn khiếu nại 160 đơn, đã giải quyết 140 đơn, còn 20 đơn. Đơn tố cáo 120 đơn, đã "
        "giải quyết 100 đơn.",
        [],
    ),
    (
        "Thi hành án dân sự thụ lý 8.450 việc. Số có điều kiện thi hành 6.200 việc, đã giải quyết xong 5.300 "
        "việc, còn 900 việc.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "totals"), REMAINDERS)
def test_regression_review15_what_is_left(tmp_path: Path, text: str, totals: list[float]) -> None:
    facts, findings = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    assert [value[r.members["total"]] for r in facts.relations if r.evidence == "flow: remainder"] == totals
    assert [f for f in findings if f.rule == "sum" and f.severity in ("warning", "error")] == []
