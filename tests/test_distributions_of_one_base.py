"""Shares stated with their counts: which lists of them break a whole down.

* Counts whose shares of one base come to 100 % make up that base, also when the base has the
  shares of several distributions, each in its own sentence (by place, then by kind).
* Two percentages stated with counts of two different nouns (``50% (8 xã)``, ``58,9% (66/112
  thôn)``) are rates of two wholes: the second is no piece of the first.

Sentences written for these tests, in the ways reports write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, subsets_and_breakdowns

FIRES = (
    "Trong 6 tháng đầu năm, toàn tỉnh xảy ra 240 vụ cháy, làm chết 3 người. Theo địa bàn: thành thị xảy ra "
    "150 vụ (chiếm 62,5%); nông thôn xảy ra 90 vụ (chiếm 37,5%). Theo loại hình: cháy nhà dân 96 vụ (chiếm "
    "40%); cháy phương tiện giao thông 36 vụ (chiếm 15%); cháy rừng 24 vụ (chiếm 10%)."
)


def test_one_sentence_of_shares_making_100_breaks_the_base_down(tmp_path: Path) -> None:
    found = subsets_and_breakdowns(tmp_path, FIRES)
    assert ("total_parts", "240", ["150", "90"]) in found
    # the shares by kind come to 65 %: some kinds are not named, so no breakdown of them
    assert not any(parts[:1] == ["96"] and kind == "total_parts" for kind, _, parts in found)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("xảy ra 240 vụ cháy", "xảy ra 260 vụ cháy"),  # the base
        ("xảy ra 90 vụ", "xảy ra 110 vụ"),  # a part (its share no longer matches either)
    ],
)
def test_a_wrong_base_or_part_of_the_sentence_is_flagged(tmp_path: Path, wrong: str, right: str) -> None:
    _, findings = read_snippet(tmp_path, FIRES.replace(wrong, right))
    assert ("sum", "warning") in alarms(findings)


def test_the_holding_text_has_no_sum_finding(tmp_path: Path) -> None:
    _, findings = read_snippet(tmp_path, FIRES)
    assert [a for a in alarms(findings) if a[0] == "sum"] == []


NEW_RURAL = (
    "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: tỷ lệ xã đạt chuẩn nông thôn "
    "mới nâng cao 12,5% (2 xã); tỷ lệ thôn đạt chuẩn nông thôn mới 60% (72/120 thôn); tỷ lệ thôn đạt chuẩn "
    "kiểu mẫu 2,5% (3 thôn)."
)


def test_rates_stated_with_counts_of_another_noun_are_no_parts(tmp_path: Path) -> None:
    found = subsets_and_breakdowns(tmp_path, NEW_RURAL)
    assert ("subset_of", "50", ["12,5"]) in found
    assert not any(kind == "total_parts" and total == "50" for kind, total, _ in found)
    _, findings = read_snippet(tmp_path, NEW_RURAL)
    assert alarms(findings) == []


def test_rates_stated_with_counts_of_one_noun_still_add_up(tmp_path: Path) -> None:
    body = "Tỷ lệ hộ nghèo cuối năm còn 5% (200 hộ), trong đó hộ nghèo 3% (120 hộ), hộ cận nghèo 2% (80 hộ)."
    assert ("total_parts", "5", ["3", "2"]) in subsets_and_breakdowns(tmp_path, body)
    wrong = body.replace("cận nghèo 2%", "cận nghèo 4%")
    _, findings = read_snippet(tmp_path, wrong)
    assert any(rule == "sum" for rule, _ in alarms(findings))


# Two totals at two stages of one flow, broken down by items that each state both stages: each
# stage's parts add up to its own total, not the later one's.
STAGE_COLUMNS = [
    (
        "Năm 2023, Tòa án hai cấp thụ lý 2.310 vụ việc, giải quyết 2.250 vụ việc. Trong đó, cấp sơ thẩm thụ lý "
        "2.290 vụ việc, giải quyết 2.232 vụ việc; cấp phúc thẩm thụ lý 20 vụ, giải quyết 18 vụ.",
        [("2.310", ["2.290", "20"]), ("2.250", ["2.232", "18"])],
    ),
    (
        "Các cơ quan đã tiếp nhận 540 đơn, đã giải quyết 505 đơn; trong đó cấp tỉnh tiếp nhận 140 đơn, giải "
        "quyết 130 đơn; cấp huyện tiếp nhận 400 đơn, giải quyết 375 đơn.",
        [("540", ["140", "400"]), ("505", ["130", "375"])],
    ),
]


@pytest.mark.parametrize(("body", "columns"), STAGE_COLUMNS)
def test_items_stating_both_stages_break_each_stage_down(
    tmp_path: Path, body: str, columns: list[tuple[str, list[str]]]
) -> None:
    found = subsets_and_breakdowns(tmp_path, body)
    for total, parts in columns:
        assert ("total_parts", total, parts) in found
    _, findings = read_snippet(tmp_path, body)
    assert alarms(findings) == []


def test_a_wrong_stage_total_is_flagged(tmp_path: Path) -> None:
    body, _ = STAGE_COLUMNS[0]
    # the first stage's total: only its own column's sum tells (the later stage is within it)
    _, findings = read_snippet(tmp_path, body.replace("thụ lý 2.310", "thụ lý 2.410"))
    assert [rule for rule, _ in alarms(findings)] == ["sum"]


def test_items_not_named_before_their_stages_are_no_columns(tmp_path: Path) -> None:
    # the stage words alone open each clause: no item is named, so no columns are read
    body = (
        "Năm 2023, Tòa án thụ lý 2.310 vụ việc, giải quyết 2.250 vụ việc. Trong đó, thụ lý 2.290 vụ việc, "
        "giải quyết 2.232 vụ việc; thụ lý 20 vụ, giải quyết 18 vụ."
    )
    found = subsets_and_breakdowns(tmp_path, body)
    assert ("total_parts", "2.310", ["2.290", "20"]) not in found


# A rate named for a stage of a flow ("tỷ lệ giải quyết"): the latest count at that stage over the
# count the flow reads it within.
STAGE_RATE = [
    ("Tòa án thụ lý 120 vụ, đã giải quyết 100 vụ, còn 20 vụ, tỷ lệ giải quyết đạt {p}%.", "83,3", "88,3"),
    # one thing counted twice: of the cases or of the accused
    (
        "Viện kiểm sát đã thụ lý giải quyết 8 vụ/40 bị can. Đã ban hành cáo trạng truy tố 6 vụ/36 bị can; còn "
        "2 vụ/4 bị can, với tỷ lệ giải quyết đạt {p}%.",
        "75",
        "80",
    ),
]


@pytest.mark.parametrize(("body", "holds", "wrong"), STAGE_RATE)
def test_a_rate_named_for_a_stage_is_of_that_stage(tmp_path: Path, body: str, holds: str, wrong: str) -> None:
    _, findings = read_snippet(tmp_path, body.format(p=holds))
    assert alarms(findings) == []
    _, findings = read_snippet(tmp_path, body.format(p=wrong))
    assert ("percent", "warning") in alarms(findings)


def test_the_twin_of_a_stage_rate_holds_too(tmp_path: Path) -> None:
    body, _, _ = STAGE_RATE[1]
    facts, findings = read_snippet(tmp_path, body.format(p="90"))  # 36 / 40 of the accused
    raw = {f.id: f.raw for f in facts.figures}
    rates = [r for r in facts.relations if r.kind == "percent_of" and raw[r.members["percent"]] == "90"]
    assert rates and all("twin_count" in r.members for r in rates)  # read, of the cases or of the accused
    assert alarms(findings) == []
