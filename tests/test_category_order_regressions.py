"""Regressions of a figure's rating or action when the category is written after the counted
noun: the category right after one count is that count's, not the next count's label."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

CASES = [
    # a rating list whose noun is short ("tổ chức"): each count is rated by the words after it
    pytest.param(
        "Toàn Đảng bộ có 120 tổ chức cơ sở đảng, trong đó 30 tổ chức hoàn thành xuất sắc nhiệm vụ, 80 tổ chức "
        "hoàn thành tốt nhiệm vụ, 8 tổ chức hoàn thành nhiệm vụ, 2 tổ chức không hoàn thành nhiệm vụ.",
        {"30": "rating.htxsnv", "80": "rating.httnv", "8": "rating.htnv", "2": "rating.khtnv"},
        id="short-noun-rating-list",
    ),
    # a label before its number is still the number's own
    pytest.param(
        "Kỷ luật 15 đảng viên, với hình thức: khiển trách 9, cảnh cáo 4, cách chức 2.",
        {"9": "action.ky_luat.khien_trach", "4": "action.ky_luat.canh_cao", "2": "action.ky_luat.cach_chuc"},
        id="labels-before-numbers",
    ),
    # a share after a count is of the count's category
    pytest.param(
        "Năm 2023 có 24 tổ chức cơ sở đảng đạt trong sạch vững mạnh, chiếm gần 59%.",
        {"24": "rating.tsvm", "59": "rating.tsvm"},
        id="share-after-a-rated-count",
    ),
    # a count with no category of its own keeps the one of the total it is part of
    pytest.param(
        "Trong tổng số 235 vụ khiếu nại, liên quan đến lĩnh vực hành chính có 221 vụ, chiếm 94,04%.",
        {"235": "action.khieu_nai", "221": "action.khieu_nai"},
        id="part-keeps-the-total-s-kind",
    ),
    # a general action followed by its form is the form
    pytest.param(
        "Cấp ủy các cấp đã thi hành kỷ luật 30 tổ chức đảng, trong đó có 24 tổ chức bị kỷ luật khiển trách, 6 tổ "
        "chức bị kỷ luật cảnh cáo.",
        {"24": "action.ky_luat.khien_trach", "6": "action.ky_luat.canh_cao"},
        id="action-then-its-form",
    ),
    # one action before a pair of counts of two nouns is both counts'; the next clause's action is
    # the next clause's
    pytest.param(
        "Năm qua, Ủy ban Kiểm tra giám sát 12 tổ chức đảng, 37 đảng viên; kiểm tra 5 chi bộ và 21 đảng viên.",
        {"12": "action.giam_sat", "37": "action.giam_sat", "5": "action.kiem_tra", "21": "action.kiem_tra"},
        id="one-action-over-a-pair",
    ),
    # the second of the pair with a predicate of its own is not the action's
    pytest.param(
        "Trong năm đã khen thưởng 8 tập thể, 96 học sinh được nhận học bổng.",
        {"8": "action.khen_thuong", "96": None},
        id="a-pair-whose-second-has-its-own-verb",
    ),
    # a rating after a semicolon labels the number after it, not the count before it
    pytest.param(
        "Tổng số đảng viên của chi bộ: 42 đồng chí; xếp loại hoàn thành xuất sắc nhiệm vụ 7 đồng chí, hoàn thành "
        "tốt nhiệm vụ 33 đồng chí, hoàn thành nhiệm vụ 2 đồng chí.",
        {"42": None, "7": "rating.htxsnv", "33": "rating.httnv", "2": "rating.htnv"},
        id="a-rating-after-a-semicolon-labels-the-next-number",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_category_of_each_count(tmp_path: Path, body: str, expected: dict[str, str]) -> None:
    facts, _ = read_snippet(tmp_path, body)
    got = {f.raw: f.category for f in facts.figures if f.raw in expected}
    assert got == expected


def test_regression_a_short_noun_rating_list_sums_as_a_partition(tmp_path: Path) -> None:
    body = (
        "Toàn Đảng bộ có 120 tổ chức cơ sở đảng, trong đó 30 tổ chức hoàn thành xuất sắc nhiệm vụ, 80 tổ chức "
        "hoàn thành tốt nhiệm vụ, 8 tổ chức hoàn thành nhiệm vụ, 2 tổ chức không hoàn thành nhiệm vụ."
    )
    _, holding = read_snippet(tmp_path, body)
    assert [f for f in holding if f.rule == "sum"] == []
    _, planted = read_snippet(tmp_path, body.replace("80 tổ chức", "85 tổ chức"))
    assert [f.severity for f in planted if f.rule == "sum"] == ["error"]


def test_regression_a_total_before_a_semicolon_and_ratings_sums_them(tmp_path: Path) -> None:
    body = (
        "Tổng số đảng viên của chi bộ: 42 đồng chí; xếp loại hoàn thành xuất sắc nhiệm vụ 7 đồng chí, hoàn thành "
        "tốt nhiệm vụ 33 đồng chí, hoàn thành nhiệm vụ 2 đồng chí."
    )
    _, holding = read_snippet(tmp_path, body)
    assert [f for f in holding if f.rule == "sum"] == []
    _, planted = read_snippet(tmp_path, body.replace("33 đồng chí", "38 đồng chí"))
    assert [f.rule for f in planted if f.rule == "sum" and f.severity in ("error", "warning")] == ["sum"]


@pytest.mark.parametrize(
    "body",
    [
        # the count before the semicolon is a class of its own (a grade the rating scales do not hold)
        "Kết thúc khóa học, có 56 học viên loại giỏi; 48 học viên loại khá; 31 học viên loại trung bình.",
        "Kết thúc khóa học, có 56 học viên loại giỏi, đạt tỷ lệ 41,48%; 48 học viên loại khá, đạt tỷ lệ 35,56%; "
        "31 học viên loại trung bình, đạt tỷ lệ 22,96%.",
    ],
)
def test_regression_a_classed_count_before_a_semicolon_is_no_total(tmp_path: Path, body: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert [f for f in findings if f.rule == "sum"] == []
