"""Regressions from a review that wrote 520 report passages whose figures all hold and ran them:
each text below had drawn a false error or warning.  Each is now quiet, and a wrong number
planted into it is still flagged where the reading can tell.  Sentences written for the review."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, subsets_and_breakdowns

QUIET = [
    # (a second review, 468 more passages)
    pytest.param("Tỷ lệ A đạt 50% (10/20 em), tỷ lệ B đạt 80% (8/10 em).", id="each-share-with-its-own-ratio"),
    pytest.param(
        "Phát triển mới 5.620 đoàn viên, thành lập 38 công đoàn cơ sở, đạt 126,67% kế hoạch (30 công đoàn cơ sở).",
        id="target-of-the-figure-counting-its-noun",
    ),
    pytest.param(
        "Đàn bò 12.400 con, tăng 400 con so với năm trước (12.000 con); tỷ lệ bò lai đạt 65%.",
        id="a-rate-in-a-clause-of-its-own",
    ),
    pytest.param(
        "Giá tăng từ 40 nghìn đồng lên 50 nghìn đồng/kg, tăng 10 nghìn đồng (25%).", id="start-is-no-level-now"
    ),
    pytest.param(
        "Hộ nghèo giảm từ 1.800 hộ xuống 1.620 hộ, giảm 180 hộ, tương ứng giảm 0,98 điểm phần trăm.",
        id="percentage-points-are-no-rate",
    ),
    pytest.param(
        "Có 48 học sinh đạt giải/72 học sinh dự thi, trong đó 2 giải Nhì, 14 giải Ba, 32 giải Khuyến khích.",
        id="list-of-the-count-done",
    ),
    pytest.param(
        "Có 165 trạm y tế, trong đó 148 trạm có bác sĩ; 142/165 xã đạt chuẩn y tế.", id="ratio-of-another-noun"
    ),
    pytest.param(
        "Trong 1.250 thí sinh dự thi, có 612 em đạt giải; riêng môn Toán 86 em dự thi, 45 em đạt giải.",
        id="a-group-singled-out",
    ),
    pytest.param("Quy hoạch 85 đồng chí (bằng 1,6 lần so với 53 ủy viên).", id="comparison-in-brackets"),
    pytest.param("Tăng 3 tổ chức (42) và 412 đảng viên (2.833).", id="levels-after-changes"),
    pytest.param("Nợ xấu 902 tỷ đồng, chiếm 1,2% tổng dư nợ (75.210 tỷ đồng).", id="amount-whole-holds"),
    # (the reviews' texts run again at the end: variants of the shapes mended)
    pytest.param("Năm 2022 có 268 đơn, năm 2023 có 245 đơn, giảm 23 đơn (8,58%).", id="later-year-is-the-level-now"),
    pytest.param(
        "Số lao động đi làm việc ở nước ngoài 2.150 người (tăng 350 người so với năm 2022), đạt 107,5% kế hoạch "
        "(2.000 người).",
        id="a-change-is-no-target-actual",
    ),
    pytest.param("Số vụ cũ 45 vụ, mới thụ lý 467 vụ; đã giải quyết 498 vụ (97,27%).", id="new-before-the-verb"),
    pytest.param(
        "Sản lượng lúa đạt 356.800 tấn, tăng 5.300 tấn so với năm 2022 (351.500 tấn), bằng 101,5%.",
        id="ratio-past-the-change",
    ),
    pytest.param(
        "Tổng số giáo viên 12.450 người, trong đó 11.980 người đạt chuẩn trình độ đào tạo trở lên (96,22%), 6.840 "
        "người trên chuẩn (54,94%).",
        id="and-above-after-the-number",
    ),
    pytest.param(
        "Đảng bộ Khối có 45 tổ chức cơ sở đảng với 3.245 đảng viên; so với đầu nhiệm kỳ tăng 3 tổ chức cơ sở đảng (42) "
        "và 412 đảng viên (2.833).",
        id="levels-after-changes-compared",
    ),
    pytest.param(
        "Số vụ vi phạm về môi trường bị phát hiện 186 vụ (cùng kỳ 152 vụ), tăng 34 vụ (22,37%).", id="same-time"
    ),
    pytest.param("Dư nợ tăng 4.500 tỷ đồng, từ 70.710 tỷ đồng lên 75.210 tỷ đồng.", id="money-change-holds"),
    pytest.param("Kết nạp đảng viên: kế hoạch 1.800, thực hiện 1.846, tỷ lệ 102,56%.", id="labelled-plan-holds"),
    # a bracketed percentage after words that compare is the target or earlier level, no share
    pytest.param("Tỷ lệ 92,5% (185/200), vượt chỉ tiêu (90%).", id="target-after-a-ratio"),
    pytest.param("Tỷ lệ giải quyết đạt 91,99% (287/312), cao hơn năm 2022 (89,5%).", id="earlier-year-after-a-ratio"),
    pytest.param("Tỷ lệ án bị hủy, sửa là 0,85% (9/1.058 vụ), thấp hơn chỉ tiêu (1,5%).", id="lower-than-a-target"),
    # a breakdown in brackets inside the first class is no total of the other classes
    pytest.param("Kết quả: 15 HTXSNV (5 nữ, 10 nam), 18 HTTNV, 2 HTNV.", id="aside-in-the-first-class"),
    pytest.param("Có 4 đảng viên HTXSNV (2 nữ), 17 đảng viên HTTNV, 2 đảng viên HTNV.", id="one-number-aside"),
    # two changes, each with its levels in brackets: each change is its own bracket's
    pytest.param("HTXSNV tăng 12 (từ 86 lên 98), KHTNV giảm 3 (từ 8 xuống 5).", id="two-changes-with-levels"),
    pytest.param(
        "Đảng viên nữ tăng 45 (từ 935 lên 980), đảng viên dân tộc thiểu số tăng 12 (từ 233 lên 245).",
        id="two-increases-with-levels",
    ),
    # a new intake beside what was carried over is no whole of what was then handled
    pytest.param("Tồn 15 vụ, thụ lý mới 120 vụ; đã giải quyết 128 vụ.", id="carried-over-and-new"),
    pytest.param(
        "Kỳ trước chuyển sang 15 đơn, tiếp nhận mới 120 đơn; tổng số đơn phải xử lý 135 đơn.", id="pool-after-new"
    ),
    # the earlier year's level stated after the level now: the rate is of it
    pytest.param(
        "Tổng số đơn 245 đơn (năm 2022 là 268 đơn), giảm 23 đơn, tương đương giảm 8,58%.", id="earlier-year-in-brackets"
    ),
    pytest.param(
        "Năm 2023: 14.520 tỷ đồng; năm 2022: 13.672 tỷ đồng; tăng 848 tỷ đồng (6,2%).", id="two-years-labelled"
    ),
    # the level compared with in brackets, then the ratio of the level now to it
    pytest.param("Đạt 356.800 tấn, so với năm 2022 (351.500 tấn) bằng 101,5%.", id="compared-then-ratio"),
    # a norm in brackets after a shortfall is what is compared with, no part
    pytest.param("Có 3.250 giáo viên, thiếu 412 người so với định mức (3.662 người).", id="norm-in-brackets"),
    # a figure after a semicolon written as a whole of its own, more than the total leaves, ends the list
    pytest.param("Tổng số vụ án 512, trong đó án trọng điểm 45 vụ; tổng số bị cáo 896.", id="next-total-named"),
    pytest.param(
        "Kiểm tra 1.120 đảng viên, trong đó cấp ủy viên 356 đồng chí; giám sát 2.150 đảng viên, trong đó cấp ủy viên "
        "685 đồng chí.",
        id="next-total-broken-down",
    ),
    pytest.param(
        "Năm 2023 có 1.250 hộ nghèo, trong đó 812 hộ dân tộc thiểu số; 2.450 hộ cận nghèo, trong đó 1.120 hộ dân tộc "
        "thiểu số.",
        id="poor-then-near-poor",
    ),
    # a share naming its whole in words that tell one total from another
    pytest.param(
        "Kiểm tra 15 đảng viên, kết luận 13 đảng viên có vi phạm, chiếm 86,67%; thi hành kỷ luật 9 đảng viên, chiếm "
        "69,23% số có vi phạm.",
        id="whole-named-by-its-words",
    ),
    # nested, cumulative and held figures are no parts beside the others
    pytest.param(
        "Trong 1.254 đơn có 986 đơn đủ điều kiện; trong số đơn đủ điều kiện có 312 đơn thuộc thẩm quyền, 674 đơn không "
        "thuộc thẩm quyền.",
        id="whole-named-again",
    ),
    pytest.param("Giáo viên 100 người, trong đó đạt chuẩn trở lên 95 người, trên chuẩn 60 người.", id="and-above"),
    pytest.param("Kỷ luật 9 đảng viên, trong đó 5 cấp ủy viên; khiển trách 6, cảnh cáo 3.", id="group-before-forms"),
]


@pytest.mark.parametrize("body", QUIET)
def test_regression_review43_holding_text_is_quiet(tmp_path: Path, body: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert alarms(findings) == []


PLANTED = [
    pytest.param(
        "Số vụ vi phạm về môi trường bị phát hiện 186 vụ (cùng kỳ 152 vụ), tăng 34 vụ (22,37%).",
        "22,37%",
        "25,37%",
        "percent",
        id="rate-over-the-same-time-last-year",
    ),
    pytest.param(
        "Nợ xấu 902 tỷ đồng, chiếm 1,2% tổng dư nợ (75.210 tỷ đồng).",
        "1,2%",
        "1,7%",
        "percent",
        id="amount-whole-in-bracket",
    ),
    pytest.param(
        "Dư nợ tăng 4.500 tỷ đồng, từ 70.710 tỷ đồng lên 75.210 tỷ đồng.",
        "4.500",
        "5.500",
        "identity",
        id="money-change",
    ),
    pytest.param(
        "Kết nạp đảng viên: kế hoạch 1.800, thực hiện 1.846, tỷ lệ 102,56%.",
        "102,56%",
        "107,56%",
        "percent",
        id="labelled-plan-result-rate",
    ),
    pytest.param(
        "Tỷ lệ A đạt 50% (10/20 em), tỷ lệ B đạt 80% (8/10 em).", "80%", "70%", "percent", id="second-ratio-share"
    ),
    pytest.param(
        "Phát triển mới 5.620 đoàn viên, thành lập 38 công đoàn cơ sở, đạt 126,67% kế hoạch (30 công đoàn cơ sở).",
        "38 công đoàn",
        "36 công đoàn",
        "percent",
        id="target-of-its-noun",
    ),
    pytest.param(
        "Có 48 học sinh đạt giải/72 học sinh dự thi, trong đó 2 giải Nhì, 14 giải Ba, 32 giải Khuyến khích.",
        "32 giải",
        "30 giải",
        "sum",
        id="prizes-of-the-winners",
    ),
    pytest.param(
        "Tỷ lệ 92,5% (185/200), vượt chỉ tiêu (90%).", "92,5%", "95,5%", "percent", id="ratio-share-still-read"
    ),
    pytest.param(
        "Kết quả: 15 HTXSNV (5 nữ, 10 nam), 18 HTTNV, 2 HTNV.", "10 nam", "12 nam", "sum", id="aside-still-summed"
    ),
    pytest.param(
        "HTXSNV tăng 12 (từ 86 lên 98), KHTNV giảm 3 (từ 8 xuống 5).",
        "lên 98",
        "lên 99",
        "identity",
        id="change-in-brackets",
    ),
    pytest.param(
        "Tổng số đơn 245 đơn (năm 2022 là 268 đơn), giảm 23 đơn, tương đương giảm 8,58%.",
        "8,58%",
        "9,58%",
        "percent",
        id="rate-over-the-earlier-year",
    ),
    pytest.param(
        "Đạt 356.800 tấn, so với năm 2022 (351.500 tấn) bằng 101,5%.",
        "101,5%",
        "104,5%",
        "percent",
        id="compared-ratio",
    ),
    pytest.param(
        "Kiểm tra 15 đảng viên, kết luận 13 đảng viên có vi phạm, chiếm 86,67%; thi hành kỷ luật 9 đảng viên, chiếm "
        "69,23% số có vi phạm.",
        "69,23%",
        "72,23%",
        "percent",
        id="share-of-the-named-whole",
    ),
    pytest.param(
        "Kỷ luật 9 đảng viên, trong đó 5 cấp ủy viên; khiển trách 6, cảnh cáo 3.",
        "cảnh cáo 3",
        "cảnh cáo 4",
        "sum",
        id="forms",
    ),
    pytest.param(
        "Có 22 xã chưa đạt chuẩn, trong đó 15 xã đạt 15 tiêu chí, 7 xã đạt 14 tiêu chí.",
        "7 xã",
        "6 xã",
        "sum",
        id="communes-by-criteria",
    ),
    pytest.param(
        "Trong 1.254 đơn có 986 đơn đủ điều kiện; trong số đơn đủ điều kiện có 312 đơn thuộc thẩm quyền, 674 đơn không "
        "thuộc thẩm quyền.",
        "674 đơn",
        "684 đơn",
        "sum",
        id="named-again-summed",
    ),
]


@pytest.mark.parametrize(("body", "old", "new", "rule"), PLANTED)
def test_regression_review43_a_planted_number_is_flagged(
    tmp_path: Path, body: str, old: str, new: str, rule: str
) -> None:
    _, findings = read_snippet(tmp_path, body.replace(old, new))
    assert rule in [r for r, _ in alarms(findings)]


def test_regression_review43_attributes_of_the_accused_are_subsets(tmp_path: Path) -> None:
    # women, minors and Party members among the accused overlap: each a subset, none summed
    body = (
        "Tổng số bị can 823, trong đó bị can là nữ 95 (11,54%), bị can dưới 18 tuổi 32 (3,89%), bị can là đảng viên "
        "8 (0,97%)."
    )
    found = subsets_and_breakdowns(tmp_path, body)
    assert ("subset_of", "823", ["95", "32", "8"]) in found
    assert not any(kind == "total_parts" for kind, _, _ in found)


def test_regression_review43_a_list_that_makes_the_whole_of_a_slash_pair_breaks_it_down(tmp_path: Path) -> None:
    body = "Chi bộ có 28 đảng viên/30 đảng viên tham dự, trong đó 25 chính thức, 5 dự bị."
    assert ("total_parts", "30", ["25", "5"]) in subsets_and_breakdowns(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        # (a code review's cases) a part after "trong đó", or an aside, is no target's achieved figure
        "Kết nạp 45 đảng viên, trong đó 30 đảng viên nữ, đạt 112,5% kế hoạch (40 đảng viên).",
        "Kết nạp 45 đảng viên (30 đảng viên là đoàn viên), đạt 112,5% kế hoạch (40 đảng viên).",
        # an earlier level or a change before a share naming its amount's whole is not its amount
        "Nợ xấu 902 tỷ đồng (đầu năm 1.000 tỷ đồng), chiếm 1,2% tổng dư nợ (75.210 tỷ đồng).",
        "Nợ xấu 902 tỷ đồng, tăng 2 tỷ đồng, chiếm 1,2% tổng dư nợ (75.210 tỷ đồng).",
        # a part's change after "trong đó" is no step between the levels
        "Dư nợ tăng từ 70.710 tỷ đồng lên 75.210 tỷ đồng, trong đó tăng 4.000 tỷ đồng dư nợ ngắn hạn.",
        # a rate of another noun, a plan's rate, another year's rate
        "Tòa án thụ lý 120 vụ, giải quyết 100 vụ. Tỷ lệ giải quyết đơn khiếu nại đạt 98%.",
        "Tòa án thụ lý 120 vụ, giải quyết 100 vụ; chỉ tiêu tỷ lệ giải quyết đạt 90%.",
        "Thụ lý 120 vụ, giải quyết 100 vụ, tỷ lệ giải quyết đạt 83,3% (năm 2022 tỷ lệ giải quyết đạt 80%).",
        # the whole named in more words than a stated total's
        "Tổng dư nợ đạt 3.569 tỷ đồng. Dư nợ cho vay hộ nghèo 1.200 tỷ đồng; nợ quá hạn 3,4 tỷ đồng, chiếm 0,28% tổng "
        "dư nợ cho vay hộ nghèo.",
        # one part after a slash pair may be an attribute of the whole
        "Có 48 học sinh đạt giải/72 học sinh dự thi, trong đó 50 học sinh nữ.",
    ],
)
def test_regression_code_review43_quiet(tmp_path: Path, body: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert alarms(findings) == []
