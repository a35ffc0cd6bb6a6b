"""Regressions of the faults a probe review (341 probes) found in this session's share, list and
target rules: each text is consistent, so no warning or error may come out, or holds one wrong
number that must be flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

CONSISTENT = [
    # a share a part named after "trong đó" has is not the quotient of the amounts over a slash
    pytest.param("Đã hỗ trợ 1,2 tỷ đồng/1,5 tỷ đồng kinh phí, trong đó ngân sách tỉnh chiếm 60%.", id="pair-then-part"),
    # a kind, then ratings of the total after a comma: the kind is not rated
    pytest.param(
        "Đảng bộ xã có 18 chi bộ, trong đó 10 chi bộ thôn, 12 chi bộ hoàn thành tốt nhiệm vụ, 5 chi bộ hoàn thành "
        "nhiệm vụ, 1 chi bộ không hoàn thành nhiệm vụ.",
        id="kind-comma-ratings",
    ),
    # the kind and the ratings together make the total: the rest are rated
    pytest.param(
        "Đảng bộ có 152 đảng viên, trong đó 28 đảng viên được miễn sinh hoạt; 100 đảng viên hoàn thành tốt nhiệm vụ, "
        "22 đảng viên hoàn thành nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ.",
        id="exempt-then-ratings",
    ),
    # a kind by its unit
    pytest.param(
        "Huyện có 25 tổ chức cơ sở đảng, trong đó 15 đảng bộ xã; 5 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, "
        "18 hoàn thành tốt nhiệm vụ, 2 hoàn thành nhiệm vụ.",
        id="kind-by-unit",
    ),
    # ratings of a kind after a colon
    pytest.param(
        "Đảng bộ xã có 18 chi bộ, trong đó 10 chi bộ thôn: 6 chi bộ thôn hoàn thành tốt nhiệm vụ, 4 chi bộ thôn hoàn "
        "thành nhiệm vụ.",
        id="kind-colon-its-ratings",
    ),
    # "all of them", then a rate of something else
    pytest.param("Toàn bộ 234 chi bộ đã tổ chức đại hội, tỷ lệ đảng viên tham dự đạt 95,6%.", id="all-then-rate"),
    pytest.param("Tất cả 45 xã đều có tỷ lệ hộ dân sử dụng nước sạch đạt 98%.", id="all-then-rate-of-households"),
    pytest.param(
        "Toàn thể 120 cán bộ, công chức được khảo sát, mức độ hài lòng đạt 87,5%.", id="all-then-satisfaction"
    ),
    # shares of some classes for two groups
    pytest.param(
        "Cán bộ quản lý: 15 đồng chí hoàn thành xuất sắc nhiệm vụ, tỷ lệ 62,5%; giáo viên: 54 đồng chí hoàn thành "
        "tốt nhiệm vụ, tỷ lệ 75%.",
        id="two-groups-shares",
    ),
    pytest.param(
        "Đảng viên nam có 23 đồng chí hoàn thành xuất sắc nhiệm vụ, tỷ lệ 88,5%; đảng viên nữ có 17 đồng chí hoàn "
        "thành tốt nhiệm vụ, tỷ lệ 65,4%.",
        id="men-and-women-shares",
    ),
    # received over settled: the share is the second of the first
    pytest.param("Đã tiếp nhận/giải quyết 250/220 hồ sơ, đạt 88%.", id="received-settled"),
    # a listed part's share of a whole it names, and one that comes out of the sentence's ratio
    pytest.param(
        "Có 180/200 đảng viên dự họp (đạt 90%), vắng 20 đảng viên, trong đó 15 đảng viên vắng có lý do (chiếm 1,5% "
        "tổng số đảng viên toàn Đảng bộ).",
        id="part-share-of-a-named-whole",
    ),
    pytest.param(
        "Kết quả, có 333/424 công chức có mặt tại công sở (đạt tỷ lệ 78,54%), vắng mặt 91 công chức, trong đó vắng "
        "mặt 8 công chức không lý do tại thời điểm kiểm tra (chiếm 1,89%).",
        id="small-part-share-of-the-ratio",
    ),
    # more done than planned, or a growth, is no part of the plan
    pytest.param("Tổng giá trị sản xuất 2.340 tỷ đồng/2.100 tỷ đồng, tăng 11,4% so với cùng kỳ.", id="pair-growth"),
    # a share whose count follows it is not of the count before it
    pytest.param(
        "Trong tổng số 2.400 hộ, tỷ lệ hộ có nhà tiêu hợp vệ sinh là 85% tương đương với 2.040 hộ, tỷ lệ bao phủ "
        "bảo hiểm y tế đạt 92% tương đương với 8.500 người.",
        id="second-share-counted-after",
    ),
    pytest.param(
        "Có 25 đảng viên hoàn thành xuất sắc nhiệm vụ (19,2%), 101 đảng viên hoàn thành tốt nhiệm vụ (77,7%).",
        id="bracketed-shares-below-100",
    ),
    pytest.param("Đại hội có 350 đại biểu; 280 là đảng viên (80%).", id="elided-after-a-semicolon-holds"),
    pytest.param("Đã chi trả 850 triệu đồng/1,2 tỷ đồng, đạt 70,8%.", id="pair-of-two-scales-holds"),
    pytest.param("Thu ngân sách đạt 1.250 tỷ đồng/1.000 tỷ đồng, đạt 125% dự toán.", id="money-above-plan-holds"),
    pytest.param("Kim ngạch xuất khẩu đạt 1,2 triệu USD/1,5 triệu USD, đạt 80% kế hoạch.", id="usd-pair-holds"),
    # what inspections found is no inspection concluded
    pytest.param(
        "Thanh tra tỉnh đã triển khai 24 cuộc thanh tra, kết thúc 18 cuộc thanh tra và ban hành kết luận 17 cuộc, "
        "phát hiện vi phạm về kinh tế phải xử lý là hơn 37, 38 tỷ đồng.",
        id="inspections-then-findings",
    ),
    # inspections concluded may pass those carried out this year (carried over, cumulative, of
    # several kinds): no flow from the one to the other
    pytest.param(
        "Trong năm, thực hiện 8 cuộc thanh tra, ban hành kết luận 12 cuộc (trong đó 4 cuộc của năm 2022 chuyển sang).",
        id="concluded-carried-over",
    ),
    pytest.param(
        "Toàn tỉnh tiến hành 15 cuộc thanh tra, 12 cuộc kiểm tra chuyên ngành; đã ban hành kết luận 24 cuộc.",
        id="concluded-of-two-kinds",
    ),
    # second review: an excess or a shortfall over the plan is no share of it
    pytest.param(
        "Thu ngân sách trên địa bàn đạt 1.145 tỷ đồng/1.000 tỷ đồng, vượt 14,5% dự toán tỉnh giao.",
        id="excess-over-plan",
    ),
    pytest.param(
        "Kim ngạch xuất khẩu đạt 1,2 triệu USD/1,5 triệu USD, còn thiếu 20% so với kế hoạch.", id="shortfall-of-plan"
    ),
    pytest.param(
        "Tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 1.380 tỷ đồng/1.200 tỷ đồng kế hoạch.",
        id="amount-over-its-plan",
    ),
    # classes labelled after a sub-group, or after a part of a list, break nothing down
    pytest.param(
        "Đảng bộ có 412 đảng viên.\n\nSố đảng viên được đánh giá, xếp loại năm 2023: nam 250 đồng chí, nữ 150 đồng "
        "chí.",
        id="labelled-classes-of-a-sub-group",
    ),
    pytest.param(
        "Chi bộ có 37 đảng viên, trong đó 5 đảng viên trên 60 tuổi.\n\nĐảng viên chính thức: 31 đồng chí, đảng viên dự "
        "bị: 06 đồng chí.",
        id="labelled-classes-after-a-listed-part",
    ),
    # the admitted named and none of them counted: the stock is no total of them (an older false error)
    pytest.param("Đảng bộ có 412 đảng viên.\nTrong số đảng viên mới kết nạp: nam 5, nữ 3.", id="admitted-of-no-total"),
    # an approximate base admits any whole near it
    pytest.param(
        "Toàn huyện có khoảng 4.125 hộ dân; qua rà soát có 313 hộ nghèo, chiếm 7,58% tổng số hộ.", id="approx-base"
    ),
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_regression_review22_consistent_text_draws_no_alarm(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    alarms = [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")]
    assert [a for a in alarms if not a[0].startswith("directive")] == []


WRONG = [
    pytest.param(
        "Đã giải ngân 120 tỷ đồng/150 tỷ đồng kế hoạch vốn được giao, đạt 85%.", "percent", id="pair-long-noun"
    ),
    pytest.param(
        "Có 23 đảng viên hoàn thành xuất sắc nhiệm vụ, tỷ lệ 28,5%. Có 101 đảng viên hoàn thành tốt nhiệm vụ, tỷ lệ "
        "81,5%.",
        "distribution",
        id="shares-across-a-full-stop",
    ),
    pytest.param("Phát triển đoàn viên được 551/530, đạt 98,96%.", "percent", id="more-done-wrong-share"),
    pytest.param(
        "Có 25 đảng viên hoàn thành xuất sắc nhiệm vụ (19,2%), 101 đảng viên hoàn thành tốt nhiệm vụ (87,7%).",
        "distribution",
        id="bracketed-shares-of-some-classes",
    ),
    pytest.param("Đại hội có 350 đại biểu; 280 là đảng viên (85%).", "percent", id="elided-after-a-semicolon"),
    pytest.param("Đã chi trả 850 triệu đồng/1,2 tỷ đồng, đạt 78,8%.", "percent", id="pair-of-two-scales"),
    pytest.param(
        "Năm 2023 kết nạp 8 đảng viên. Trong số đảng viên mới kết nạp: nam 5, nữ 4.", "sum", id="admitted-by-sex"
    ),
    pytest.param("Thu ngân sách đạt 1.250 tỷ đồng/1.000 tỷ đồng, đạt 120% dự toán.", "percent", id="money-above-plan"),
    pytest.param(
        "Đảng bộ xã có 18 chi bộ, trong đó 10 chi bộ thôn, 12 chi bộ hoàn thành tốt nhiệm vụ, 5 chi bộ hoàn thành "
        "nhiệm vụ, 3 chi bộ không hoàn thành nhiệm vụ.",
        "sum",
        id="kind-comma-ratings-too-many",
    ),
]


@pytest.mark.parametrize(("text", "rule"), WRONG)
def test_regression_review22_one_wrong_number_is_flagged(tmp_path: Path, text: str, rule: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [f for f in findings if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # an amount over an amount, in a currency written in capitals or over a round number
        ("Kim ngạch xuất khẩu đạt 1,2 triệu USD/1,5 triệu USD, đạt 80% kế hoạch.", ["1,2", "1,5", "80"]),
        ("Thu ngân sách đạt 1.250 tỷ đồng/1.000 tỷ đồng, đạt 125% dự toán.", ["1.250", "1.000", "125"]),
        # a rate per unit is still no amount of its own
        ("Mức hỗ trợ 2 triệu đồng/1 hộ.", ["2"]),
        ("Có 32 giường bệnh/10.000 dân.", ["32"]),
    ],
)
def test_regression_review22_the_second_amount_of_a_pair_is_a_figure(tmp_path: Path, text: str, raws: list) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert [f.raw for f in facts.figures] == raws
