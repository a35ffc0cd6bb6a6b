"""Regressions found by a review of the session's new rules (about 235 probe texts): each case
is a sentence a reviewer wrote to trip a rule, with what the checker must say of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet, shares

ARITHMETIC = ("sum", "subset", "distribution", "percent", "granularity")


def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return sorted((f.rule, f.severity) for f in findings if f.rule in ARITHMETIC)


@pytest.mark.parametrize(
    "text",
    [
        # groups of a ratio: a count after them is no further group
        "Toàn huyện có 61/70 trường đạt chuẩn quốc gia, trong đó mầm non 20/24 trường, tiểu học 25/28 trường, THCS "
        "16/18 trường, 5 trường được công nhận lại.",
        "Năm 2023 có 27/30 xã đạt chuẩn, trong đó 12/13 xã miền núi, 15/17 xã đồng bằng, 3 xã còn lại đang hoàn "
        "thiện hồ sơ.",
        # ratios of other things than the total's
        "Huyện đạt 9/9 tiêu chí huyện nông thôn mới, trong đó 7/8 xã đạt chuẩn nông thôn mới, 1/1 thị trấn đạt chuẩn "
        "đô thị văn minh.",
        # restructuring and a committee's make-up are no structure of shares
        "Tiếp tục đẩy mạnh cơ cấu lại ngành nông nghiệp; giá trị sản phẩm ứng dụng công nghệ cao chiếm 35%, sản phẩm "
        "chủ lực chiếm 70% giá trị sản xuất.",
        "Thực hiện tái cơ cấu doanh nghiệp nhà nước; đến nay vốn nhà nước chiếm 65% vốn điều lệ, doanh nghiệp có lãi "
        "chiếm 80%.",
        "Tiếp tục kiện toàn cơ cấu tổ chức bộ máy; tỷ lệ cán bộ đạt chuẩn chiếm 95%, tỷ lệ cán bộ trẻ chiếm 20%.",
        # a share of another whole after the components
        "Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp chiếm 20,1%, công nghiệp - xây dựng chiếm 35,4%, dịch "
        "vụ chiếm 44,5%; kinh tế số chiếm 10,2% GRDP.",
        "Cơ cấu dân số: dân số thành thị chiếm 35,2%, nông thôn chiếm 64,8%; dân số trong độ tuổi lao động chiếm 62%.",
        "Cơ cấu lao động chuyển dịch tích cực: lao động nông nghiệp chiếm 38,5%, giảm 5,2 điểm phần trăm so với năm "
        "2020; lao động qua đào tạo chiếm 70,2%.",
        # a second year's structure without a colon
        "Cơ cấu kinh tế năm 2020: nông nghiệp chiếm 35%, công nghiệp chiếm 20%, dịch vụ chiếm 45%; năm 2025 dự kiến "
        "nông nghiệp chiếm 30%, công nghiệp chiếm 25%, dịch vụ chiếm 45%.",
        # a rate before its amount: the level must be right before the rate, in its clause
        "Doanh thu toàn ngành đạt 2.450 tỷ đồng, tăng 12%; lợi nhuận trước thuế tăng 8%, tương ứng tăng 45 tỷ đồng.",
        "Tổng vốn đầu tư toàn xã hội đạt 5.200 tỷ đồng, trong đó vốn ngân sách tăng 5,2%, tương ứng tăng 60 tỷ đồng.",
        "Tổng diện tích gieo trồng cây hằng năm đạt 57.421 ha, trong đó diện tích lúa giảm 1,2%, tương ứng giảm 350 "
        "ha.",
        "Diện tích lúa cả năm 40.831 ha; diện tích ngô giảm 5% (-120 ha) do chuyển sang trồng cây ăn quả.",
        "Dự toán HĐND tỉnh giao 11.500 tỷ đồng; ước thực hiện cả năm tăng 8,2% so với năm 2022, tương ứng tăng 943 "
        "tỷ đồng.",
        "Năm 2020 toàn huyện có 1.200 hộ nghèo; đến cuối năm 2023 giảm 25%, tương ứng giảm 300 hộ.",
        # areas are measured: a ratio of hectares stands for half a hectare either way, and no granularity
        "Đã giải phóng mặt bằng được 45/58 ha, đạt 78,1%.",
        "Toàn huyện đã cấp giấy chứng nhận quyền sử dụng đất cho 1.250/1.320 ha đất lâm nghiệp, đạt 94,8%.",
        "Đã bàn giao 45,5/58 ha mặt bằng cho nhà đầu tư, đạt 78,4%.",
        # a delegation's own size after "gồm"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XX gồm 45 đồng chí; bầu Ban Kiểm tra gồm 9 đồng chí; bầu Đoàn đại "
        "biểu đi dự Đại hội cấp trên gồm 15 đồng chí.",
        # the parts make an earlier total of the paragraph before, not its last figure
        "Bộ phận một cửa đã tiếp nhận 56.039 hồ sơ, đã giải quyết 55.120 hồ sơ.\n\nTrong đó, có 12.516 hồ sơ trực "
        "tuyến; 43.523 hồ sơ trực tiếp; giải quyết đúng hạn 54.800 hồ sơ.",
    ],
)
def test_regression_review16_no_false_finding(tmp_path: Path, text: str) -> None:
    assert _found(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups whose wholes add up name their total even with a share between: an error
        (
            "Toàn tỉnh có 442/479 trường đạt chuẩn, chiếm 92,28%. Trong đó, bậc Mầm non có 148/166 trường, chiếm "
            "89,16%; bậc Tiểu học 145/155 trường, chiếm 93,55%; bậc THCS 140/158 trường, chiếm 88,61%.",
            [("sum", "error")],
        ),
        # the second year's structure is read on its own
        (
            "Cơ cấu kinh tế năm 2020: nông nghiệp chiếm 35%, công nghiệp chiếm 20%, dịch vụ chiếm 45%; năm 2025: nông "
            "nghiệp chiếm 30%, công nghiệp chiếm 25%, dịch vụ chiếm 54%.",
            [("distribution", "warning")],
        ),
        # a change word in the bracket, and an amount in another money scale
        (
            "Tổng mức bán lẻ hàng hóa đạt 18.560 tỷ đồng, tăng 13,1% so với cùng kỳ năm 2022 (tăng 1.885 tỷ đồng).",
            [("percent", "warning")],
        ),
        (
            "Thu nội địa đạt 1.245,6 tỷ đồng, tăng 15,2% so với cùng kỳ, tương ứng tăng 138.400 triệu đồng.",
            [("percent", "warning")],
        ),
        # shares under a share of a named unit, written with another noun of that unit: still a list
        (
            "Có 97,6% đảng viên được đánh giá, xếp loại, trong đó 28,2% đồng chí hoàn thành xuất sắc nhiệm vụ, 72,4% "
            "đồng chí hoàn thành tốt nhiệm vụ, 6,5% đồng chí hoàn thành nhiệm vụ.",
            [("sum", "error")],
        ),
        # letters sent to a board: the board is not formed there, its "gồm" breaks the letters down
        ("Có 45 đơn thư gửi đến Ban Kiểm tra gồm 30 đơn tố cáo và 18 đơn khiếu nại.", [("sum", "warning")]),
    ],
)
def test_regression_review16_planted(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(tmp_path, text) == expected


def test_regression_review16_a_bracketed_change_word_sets_the_sign(tmp_path: Path) -> None:
    facts, _ = read_snippet(
        tmp_path,
        "Tổng mức bán lẻ hàng hóa đạt 18.560 tỷ đồng, tăng 11,3% so với cùng kỳ năm 2022 (tăng 1.885 tỷ đồng).",
    )
    assert shares(facts, "level") == [(11.3, 1885, 18560)]
    facts, _ = read_snippet(tmp_path, "Diện tích lúa đạt 8.200 ha, giảm 2,1% (tăng 176 ha) so với cùng kỳ.")
    assert shares(facts, "level") == []


def test_regression_review16_a_list_total_found_as_a_whole_number(tmp_path: Path) -> None:
    """The total's stage was looked up at ``250`` inside ``1.250``: the later stage was summed."""
    facts, findings = read_snippet(
        tmp_path,
        "Năm 2022 đã giải quyết 1.250 đơn; năm 2023 tiếp nhận 270 đơn.\n\nTrong đó, đơn khiếu nại 100 đơn; đơn tố cáo "
        "170 đơn; đã giải quyết 230 đơn.",
    )
    value = {f.id: f.value for f in facts.figures}
    lists = [sorted(value[p] for p in r.members["parts"]) for r in facts.relations if r.kind == "total_parts"]
    assert [100, 170] in lists
    assert [f for f in findings if f.rule == "sum"] == []


@pytest.mark.parametrize(
    "text",
    [
        # shares that name their own whole, or are scoped, imply no common whole
        "Toàn huyện có 14 trường đạt chuẩn quốc gia, chiếm 46,67% tổng số trường; trong đó bậc mầm non 5 trường, "
        "chiếm 33,33% số trường mầm non; bậc tiểu học 9 trường, chiếm 60% số trường tiểu học.",
        "Hộ nghèo toàn huyện còn 360 hộ, chiếm 3%; hộ cận nghèo 480 hộ, chiếm 4%; trong số hộ nghèo có 120 hộ là "
        "đồng bào dân tộc thiểu số, chiếm 33,33% tổng số hộ nghèo.",
        # two times, places, or bodies among the pairs
        "Số hộ nghèo đầu năm 2023 là 1.356 hộ, chiếm 4,52%; đến cuối năm còn 870 hộ, chiếm 2,81%; hộ cận nghèo "
        "1.020 hộ, chiếm 3,29%.",
        "Toàn tỉnh có 4.764 hộ nghèo (năm 2022), chiếm 0,99%; 3.120 hộ nghèo (năm 2023), chiếm 0,63%; 6.480 hộ cận "
        "nghèo (năm 2023), chiếm 1,31%.",
        "Hộ nghèo theo địa bàn: xã Tân Lập 38 hộ, chiếm 1,9%; xã Hòa Bình 52 hộ, chiếm 2,6%; xã An Phú 61 hộ, chiếm "
        "3,05%; thị trấn Phú Mỹ 45 hộ, chiếm 1,2%.",
        "Ban Chấp hành có nữ 5 đồng chí, chiếm 33,33%; trẻ dưới 40 tuổi 2 đồng chí, chiếm 13,33%; Ban Thường vụ có "
        "nữ 1 đồng chí, chiếm 20%.",
        # changes against different references, or a sub-part's change
        "Toàn tỉnh có 2.140 hợp tác xã, tăng 120 hợp tác xã so với năm 2022; trong đó lĩnh vực nông nghiệp 1.420 hợp "
        "tác xã, tăng 85 hợp tác xã so với kế hoạch, phi nông nghiệp 720 hợp tác xã, tăng 40 hợp tác xã so với kế "
        "hoạch.",
        "Tổng đàn trâu bò 45.320 con, giảm 1.210 con; trong đó đàn trâu 12.150 con, giảm 310 con, đàn bò 33.170 "
        "con, riêng bò sữa giảm 760 con.",
        # named items: a part or a change is no total, and a list of some items is open
        "Có 21 sản phẩm được công nhận, trong đó 4 sản phẩm đạt 4 sao; cụ thể: huyện Gò Công Đông (3 sản phẩm), "
        "huyện Châu Thành (6 sản phẩm), thành phố Mỹ Tho (12 sản phẩm).",
        "Có 21 sản phẩm được công nhận, tăng 6 sản phẩm so với năm trước, gồm huyện A (3 sản phẩm), huyện B (6 sản "
        "phẩm) và thành phố C (12 sản phẩm).",
        "Toàn tỉnh có 42 sản phẩm OCOP, trong đó huyện Chợ Gạo (12 sản phẩm) và huyện Cái Bè (10 sản phẩm) có nhiều "
        "sản phẩm nhất.",
        "Có 24 sản phẩm được công nhận, gồm huyện A (3 sản phẩm), huyện B (6 sản phẩm) và thành phố Mỹ Tho (12 sản "
        "phẩm) cùng 3 sản phẩm của các huyện khác.",
        # members of a kind, or what some members did, are no committee's size; nor many bodies' boards
        "Ban Chấp hành có 8 đồng chí nữ, chiếm 17,02%; Ban Thường vụ có 13 đồng chí.",
        "Ban Chấp hành có 05 đồng chí nghỉ hưu, chuyển công tác; Ban Thường vụ có 11 đồng chí.",
        "Đại hội đã bầu Ban Chấp hành gồm 45 đồng chí. Đến nay, Ban Thường vụ các chi, đảng bộ cơ sở có 215 đồng chí.",
        # a rise against the plan with its amount: a rate over the plan, no share of it
        "Giá trị sản xuất công nghiệp đạt 12.450 tỷ đồng, vượt 3,75% kế hoạch (vượt 450 tỷ đồng).",
    ],
)
def test_regression_second_review16_no_false_finding(tmp_path: Path, text: str) -> None:
    assert _found(tmp_path, text) == []


def test_regression_second_review16_a_rise_against_the_plan_is_checked(tmp_path: Path) -> None:
    text = "Giá trị sản xuất công nghiệp đạt 12.450 tỷ đồng, vượt 5,75% kế hoạch (vượt 450 tỷ đồng)."
    assert _found(tmp_path, text) == [("percent", "warning")]
