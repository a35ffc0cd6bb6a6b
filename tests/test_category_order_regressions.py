"""Regressions of a figure's rating or action and of the count a rating list breaks down: the
category right after one count is that count's, not the next count's label; an action is never
borrowed from the next clause; one action over a pair of counts is both counts'; a rating list
after a semicolon breaks down the count the semicolon closes only when that count is a stock of
those rated, or the stock the sentence opens with when the semicolon closes only its asides."""

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
    # a few words may stand between the action and the pair, after the first count's noun, and after the
    # second's as a qualifier of both
    pytest.param(
        "Cấp ủy cơ sở giám sát thường xuyên 38 chi bộ, 207 đảng viên; kiểm tra đối với 9 tổ chức đảng cấp dưới và "
        "14 đảng viên khi có dấu hiệu vi phạm.",
        {"38": "action.giam_sat", "207": "action.giam_sat", "9": "action.kiem_tra", "14": "action.kiem_tra"},
        id="a-pair-with-words-around-it",
    ),
    # candidates for admission are not those admitted; "đã xem xét kết nạp được" is an admission
    pytest.param(
        "Đoàn trường giới thiệu cho Đảng xem xét kết nạp 37 đoàn viên ưu tú; chi bộ đề nghị kết nạp 9 quần chúng "
        "và đã xem xét kết nạp được 6 quần chúng.",
        {"37": None, "9": None, "6": "action.ket_nap"},
        id="candidates-for-admission",
    ),
    # an action after a comma that acts on the number after it is that number's, not the count's before
    pytest.param(
        "Đảng bộ có 1.318 đảng viên, kết nạp mới 61 đảng viên, đạt 110% chỉ tiêu.",
        {"1.318": None, "61": "action.ket_nap"},
        id="an-action-after-a-comma-acting-on-the-next-number",
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
    # an action after a semicolon is the next clause's, whatever stands between it and its number
    pytest.param(
        "Tổng số hội viên: 356; kết nạp mới trong năm: 41 hội viên.",
        {"356": None, "41": "action.ket_nap"},
        id="an-action-after-a-semicolon-is-the-next-clauses",
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
        # a count acted on (admitted, rewarded) before the semicolon is no stock of those rated
        "Trong năm 2024, chi bộ kết nạp 3 đảng viên; hoàn thành xuất sắc nhiệm vụ 5 đồng chí, hoàn thành tốt "
        "nhiệm vụ 22 đồng chí, hoàn thành nhiệm vụ 2 đồng chí.",
        "Đảng bộ có 315 đảng viên, được khen thưởng 6 đồng chí; hoàn thành xuất sắc nhiệm vụ 50 đồng chí, hoàn thành "
        "tốt nhiệm vụ 240 đồng chí, hoàn thành nhiệm vụ 25 đồng chí.",
        # a count of a group apart (reserve members, exempt ones, excellent youth) is no total either
        "Tổng số đảng viên 73 đồng chí, đảng viên dự bị 6 đồng chí; hoàn thành xuất sắc nhiệm vụ 11 đồng chí, hoàn "
        "thành tốt nhiệm vụ 58 đồng chí, hoàn thành nhiệm vụ 4 đồng chí.",
        "Tổng số đảng viên 97 đồng chí; miễn đánh giá 6 đồng chí; hoàn thành xuất sắc nhiệm vụ 15 đồng chí, hoàn "
        "thành tốt nhiệm vụ 70 đồng chí, hoàn thành nhiệm vụ 6 đồng chí.",
        "Chi đoàn có 7 đoàn viên xuất sắc; hoàn thành tốt nhiệm vụ 26 đoàn viên; hoàn thành nhiệm vụ 4 đoàn viên.",
        # the count a semicolon closes must be a stock of the year the ratings are of
        "Số đảng viên được đánh giá năm 2021: 39 đồng chí; năm 2022 hoàn thành xuất sắc nhiệm vụ 6 đồng chí, hoàn "
        "thành tốt nhiệm vụ 31 đồng chí, hoàn thành nhiệm vụ 4 đồng chí.",
        # … not a count of those who died, were awarded or were exempted
        "Tổng số đảng viên 67 đồng chí; từ trần 2 đồng chí; hoàn thành xuất sắc nhiệm vụ 10 đồng chí, hoàn thành "
        "tốt nhiệm vụ 51 đồng chí, hoàn thành nhiệm vụ 4 đồng chí.",
        "Năm 2022, chi bộ được tặng Huy hiệu Đảng 5 đồng chí; hoàn thành xuất sắc nhiệm vụ 9 đồng chí, hoàn thành "
        "tốt nhiệm vụ 27 đồng chí, hoàn thành nhiệm vụ 1 đồng chí.",
        # a class of its own before the semicolon (a grade the rating scales do not hold)
        "Kết thúc khóa học, có 56 học viên loại giỏi; 48 học viên loại khá; 31 học viên loại trung bình.",
        "Kết thúc khóa học, có 56 học viên loại giỏi, đạt tỷ lệ 41,48%; 48 học viên loại khá, đạt tỷ lệ 35,56%; "
        "31 học viên loại trung bình, đạt tỷ lệ 22,96%.",
        # "xếp loại xuất sắc 17 …" is the first class of the run, not its total
        "Số đoàn viên được đánh giá: 88 đoàn viên; xếp loại xuất sắc 17 đoàn viên, khá 49 đoàn viên, trung bình 19 "
        "đoàn viên, yếu 3 đoàn viên.",
    ],
)
def test_regression_no_total_of_ratings_from_a_count_that_is_no_stock_of_them(tmp_path: Path, body: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "Tổng số đảng viên được đánh giá, xếp loại năm 2024: 61 đồng chí; hoàn thành xuất sắc nhiệm vụ 10 đồng "
            "chí, hoàn thành tốt nhiệm vụ 47 đồng chí, hoàn thành nhiệm vụ 4 đồng chí.",
            "61",
        ),
        (
            "Chi bộ có 52 đảng viên, 21 đảng viên nữ; hoàn thành xuất sắc nhiệm vụ 8 đồng chí, hoàn thành tốt nhiệm vụ "
            "41 đồng chí, hoàn thành nhiệm vụ 3 đồng chí.",
            "52",
        ),
    ],
)
def test_the_ones_rated_before_a_semicolon_are_the_total_of_their_ratings(
    tmp_path: Path, body: str, total: str
) -> None:
    facts, _ = read_snippet(tmp_path, body)
    raw = {f.id: f.raw for f in facts.figures}
    assert [raw[r.members["total"]] for r in facts.relations if r.kind == "total_parts"] == [total]


@pytest.mark.parametrize(
    ("body", "right", "wrong"),
    [
        (
            "Chi bộ có 44 đảng viên, chính thức 40 đồng chí; hoàn thành xuất sắc nhiệm vụ 8 đồng chí, hoàn thành tốt "
            "nhiệm vụ 33 đồng chí, hoàn thành nhiệm vụ 3 đồng chí.",
            "33 đồng chí",
            "35 đồng chí",
        ),
        (
            "Đảng bộ xã có 215 đảng viên, đảng viên dự bị 12 đồng chí; hoàn thành xuất sắc nhiệm vụ 30 đồng chí, "
            "hoàn thành tốt nhiệm vụ 170 đồng chí, hoàn thành nhiệm vụ 12 đồng chí.",
            "170 đồng chí",
            "180 đồng chí",
        ),
        (
            "Chi bộ có 40 đảng viên; chuyển sinh hoạt đi nơi khác 2 đồng chí; hoàn thành xuất sắc nhiệm vụ 6 đồng "
            "chí, hoàn thành tốt nhiệm vụ 30 đồng chí, hoàn thành nhiệm vụ 2 đồng chí.",
            "30 đồng chí",
            "34 đồng chí",
        ),
    ],
)
def test_regression_a_stock_with_its_asides_before_a_semicolon_totals_the_ratings_after(
    tmp_path: Path, body: str, right: str, wrong: str
) -> None:
    """The count a semicolon closes is a class of the stock or an action on some of it (``chính
    thức 40 đồng chí``, ``chuyển sinh hoạt đi 2 đồng chí``): the stock the sentence opens with is
    the total, and a sum above it is a warning (some may not be rated: one below is none)."""
    _, holding = read_snippet(tmp_path, body)
    assert [f for f in holding if f.severity in ("error", "warning")] == []
    _, planted = read_snippet(tmp_path, body.replace(right, wrong))
    assert [(f.rule, f.severity) for f in planted if f.severity in ("error", "warning")] == [("sum", "warning")]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # the organisations' generic noun is no action: "Tổng số tổ chức cơ sở đảng:" names a stock
        (
            "Tổng số tổ chức cơ sở đảng: 64; hoàn thành xuất sắc nhiệm vụ 13 tổ chức, hoàn thành tốt nhiệm vụ 47 "
            "tổ chức, hoàn thành nhiệm vụ 4 tổ chức.",
            [],
        ),
        (
            "Tổng số tổ chức cơ sở đảng: 64; hoàn thành xuất sắc nhiệm vụ 13 tổ chức, hoàn thành tốt nhiệm vụ 49 "
            "tổ chức, hoàn thành nhiệm vụ 4 tổ chức.",
            [("sum", "warning")],
        ),
        # a change in brackets closing the count's clause leaves the count the one the semicolon closes
        (
            "Tổng số đảng viên 131 đồng chí (tăng 9 đồng chí so với năm trước); hoàn thành xuất sắc nhiệm vụ 20 đồng "
            "chí, hoàn thành tốt nhiệm vụ 115 đồng chí, hoàn thành nhiệm vụ 5 đồng chí.",
            [("sum", "warning")],
        ),
    ],
)
def test_regression_a_stock_before_a_semicolon_by_label_or_with_its_change(
    tmp_path: Path, body: str, found: list[tuple[str, str]]
) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == found
