"""Regressions found by the review of the rules for plans, lists far above their totals,
``Riêng`` sentences, amounts' weights and numbers of times: one test per fault, named after
it (sentences of the review, not of the prose corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.text.values import find_quantities
from tests.snippets import read_snippet


def _flags(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, body)
    return [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "body",
    [
        # a part of the plan, an amount allocated, a remainder: no achieved figure
        "Kế hoạch vốn năm 2023 là 2.000 tỷ đồng, trong đó vốn ngân sách tỉnh 1.200 tỷ đồng; đến nay đã giải ngân đạt "
        "85% kế hoạch.",
        "Kế hoạch vốn năm 2023 là 2.000 tỷ đồng (vốn ngân sách tỉnh 1.200 tỷ đồng), đến nay đã giải ngân 85% kế hoạch.",
        "Kế hoạch vốn năm 2023 là 2.000 tỷ đồng, đã phân bổ chi tiết 1.900 tỷ đồng; đến hết năm giải ngân đạt 85% kế "
        "hoạch.",
        "Kế hoạch năm 2023 là 12 cuộc thanh tra, đến nay còn 3 cuộc chưa triển khai, đạt 75% kế hoạch.",
        # the percentage names another plan
        "Kế hoạch vốn năm 2023 là 2.000 tỷ đồng, đã giải ngân 1.700 tỷ đồng, đạt 92% kế hoạch điều chỉnh.",
        # a bracket of another time is no target
        "Thu nội địa đạt 4.850 tỷ đồng, đạt 112% dự toán (cùng kỳ năm trước 4.120 tỷ đồng).",
        "Tổng thu ngân sách đạt 6.032 tỷ đồng, đạt 116% dự toán (năm 2022 đạt 5.385 tỷ đồng).",
        # a sibling set against what came before "Riêng"
        "Tòa án nhân dân hai cấp đã thụ lý 1.245 vụ án hình sự, đã giải quyết 1.180 vụ. Riêng án dân sự, thụ lý 2.860 "
        "vụ, giải quyết 2.540 vụ.",
        "Năm 2023, Thanh tra tỉnh đã tiến hành 18 cuộc thanh tra, phát hiện sai phạm 5,2 tỷ đồng. Riêng Thanh tra các "
        "sở, ngành đã tiến hành 64 cuộc thanh tra, phát hiện sai phạm 12,8 tỷ đồng.",
        # an amount's weight of a base named after it, or of another kind than the list's parts
        "Tổng thu ngân sách năm 2023 đạt 6.032 tỷ đồng, trong đó thu nội địa 4.850 tỷ đồng, thu xuất nhập khẩu 1.182 "
        "tỷ đồng. Chi đầu tư phát triển 2.150 tỷ đồng, chiếm 31,5% tổng chi ngân sách địa phương.",
        "Tổng thu ngân sách năm 2023 đạt 6.032 tỷ đồng, trong đó thu nội địa 4.850 tỷ đồng, thu xuất nhập khẩu 1.182 "
        "tỷ đồng. Thu từ khu vực doanh nghiệp nhà nước 700 tỷ đồng, chiếm 14,4% thu nội địa.",
        "Tổng thu ngân sách năm 2023 đạt 6.032 tỷ đồng, trong đó thu nội địa 4.850 tỷ đồng, thu xuất nhập khẩu 1.182 "
        "tỷ đồng. Chi thường xuyên 5.400 tỷ đồng, chi đầu tư phát triển 2.150 tỷ đồng, chiếm 28,5%.",
    ],
)
def test_regression_no_false_flag_from_plans_brackets_rieng_or_weights(tmp_path: Path, body: str) -> None:
    assert _flags(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "flags"),
    [
        # a plan named at length; its pairing is by order: a warning
        ("Kế hoạch vốn đầu tư công năm 2023 là 2.450 tỷ đồng, đến nay giải ngân 2.107 tỷ đồng, đạt 92% kế hoạch.",
         [("percent", "warning")]),
        ("Chỉ tiêu kết nạp đảng viên năm 2023 là 250 đảng viên, đến nay kết nạp được 230 đảng viên, đạt 85% chỉ tiêu.",
         [("percent", "warning")]),
        # a total with a digit dropped is mistyped, not misread: a partition's error stays an error
        ("Toàn Đảng bộ có 45 tổ chức cơ sở đảng, gồm 198 đảng bộ cơ sở và 256 chi bộ cơ sở.", [("sum", "error")]),
        ("Năm 2023 thi hành kỷ luật 31 đảng viên, gồm: khiển trách 180, cảnh cáo 92, cách chức 25, khai trừ 15 đảng "
         "viên.", [("sum", "error")]),
        ("Năm 2023 kiểm tra 46 tổ chức đảng, trong đó 215 chi bộ, 248 đảng ủy cơ sở.", [("sum", "warning")]),
        # amounts far above their total are held part by part, as counts are
        ("Tổng vốn đầu tư thực hiện năm 2023 đạt 1.250 tỷ đồng, gồm vốn ngân sách nhà nước 820 tỷ đồng, vốn doanh "
         "nghiệp 1.950 tỷ đồng, vốn dân cư 980 tỷ đồng.", [("subset", "warning")]),
    ],
)  # fmt: skip
def test_regression_flags_kept_for_plans_dropped_digits_and_amounts(
    tmp_path: Path, body: str, flags: list[tuple[str, str]]
) -> None:
    assert _flags(tmp_path, body) == flags


def test_regression_a_change_in_a_rieng_sentence_is_no_part(tmp_path: Path) -> None:
    facts, _ = read_snippet(
        tmp_path,
        "Năm 2023 thu ngân sách trên địa bàn đạt 6.032 tỷ đồng. Riêng thu tiền sử dụng đất đạt 1.850 tỷ đồng, vượt 650 "
        "tỷ đồng so với dự toán.",
    )
    value = {f.id: f.value for f in facts.figures}
    assert [
        (value[r.members["total"]], value[r.members["parts"][0]]) for r in facts.relations if r.evidence == "riêng"
    ] == [(6032, 1850)]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("tổ chức 3 lần diễn tập, thu nhập bình quân đầu người tăng 1,5 lần so với năm 2020", ["count", "ratio"]),
        ("Năm 2023, tổ chức 24 lần kiểm tra, gấp 2 lần so với năm 2022 (12 lần).", ["count", "ratio", "count"]),
        ("tổ chức 4 lần giao ban, số vụ vi phạm tăng 2 lần so với năm trước, từ 15 vụ lên 30 vụ",
         ["count", "ratio", "count", "count"]),
    ],
)  # fmt: skip
def test_regression_a_number_of_times_is_a_count_only_as_a_difference_of_occasions(
    text: str, measures: list[str]
) -> None:
    assert [q.measure for q in find_quantities(text)] == measures


def test_regression_a_table_named_bieu_is_no_count() -> None:
    assert [q.number.raw for q in find_quantities("Biểu 05 có 12 chỉ tiêu; số đại biểu 95 người")] == ["12", "95"]


@pytest.mark.parametrize(
    "body",
    [
        # a bracket of what was recovered after the amount recommended for recovery
        "Thanh tra phát hiện sai phạm 18,4 tỷ đồng; kiến nghị thu hồi 11,2 tỷ đồng (đã thu hồi 9,5 tỷ đồng), kiến "
        "nghị xử lý khác 5,2 tỷ đồng.",
        # two years' breakdowns in one sentence: the first is not taken for part of the second
        "Năm 2023, phát hiện sai phạm 18,4 tỷ đồng, kiến nghị thu hồi 11,2 tỷ đồng, kiến nghị xử lý khác 5,2 tỷ đồng; "
        "năm 2022 phát hiện sai phạm 12 tỷ đồng, kiến nghị thu hồi 7 tỷ đồng, kiến nghị xử lý khác 5 tỷ đồng.",
    ],
)
def test_regression_money_in_breach_broken_down_despite_brackets_and_two_years(tmp_path: Path, body: str) -> None:
    assert _flags(tmp_path, body) == [("sum", "warning")]  # 11,2 + 5,2 is not 18,4
