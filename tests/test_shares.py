"""Shares whose base is stated elsewhere, and stages of a flow: each case is a sentence written
here (not from the sample reports or the prose corpus), checked as written (the relation is
read and nothing is flagged) and with its percentage or total planted wrong (flagged)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.snippets import read_snippet
from tests.snippets import shares as _shares


def _facts(tmp_path: Path, body: str):
    return read_snippet(tmp_path, body)


SHARES = [
    pytest.param(
        # more than the ratio's count, within its whole: a sibling of its count, a share of its whole
        "Toàn tỉnh có 18/142 xã, phường, thị trấn không có tệ nạn ma túy (chiếm 12,676%); 124 xã, phường, thị trấn "
        "có tệ nạn ma túy (chiếm {}%).",
        "87,324",
        "82,324",
        (87.324, 124, 18),  # the ratio 18/142 is the base, of its whole
        "base",
        id="sibling-of-a-ratios-count",
    ),
    # (text with {} for the share, the share as written, a wrong share, (percent, count, base), "base")
    pytest.param(
        # a comparison's year is no period of the figures after it in the sentence
        "Năm 2023, toàn huyện có 1.240 hộ nghèo trong tổng số 25.310 hộ, chiếm 4,9%, giảm 1,2% so với năm "
        "2022, vượt kế hoạch; có 2.187 hộ cận nghèo, chiếm {}%.",
        "8,64",
        "9,64",
        (8.64, 2187, 25310),
        "base",
        id="compared-year-is-no-period",
    ),
    pytest.param(
        # "hộ" and "trẻ" after a number at a sentence end are what it counts (the tagger reads a verb)
        "Tổng số hộ trong xã là 4.120 hộ. Số hộ nghèo 206 hộ, chiếm tỷ lệ {}%.",
        "5",
        "7",
        (5.0, 206, 4120),
        "base",
        id="households-at-sentence-end",
    ),
    pytest.param(
        "Số trẻ sinh ra trong năm là 3.240 trẻ. Số trẻ là con thứ ba trở lên là 311 trẻ, chiếm {}%.",
        "9,6",
        "12,6",
        (9.6, 311, 3240),
        "base",
        id="children-at-sentence-end",
    ),
    pytest.param(
        # a change closed off by a bracket and a semicolon is skipped: the share is of the level
        "Tổng số việc phải thi hành là 12.400 việc, trong đó: số có điều kiện thi hành là 9.300 việc, tăng "
        "420 việc (tăng 4,7% so với cùng kỳ);  chiếm {}% trong tổng số phải thi hành.",
        "75",
        "79",
        (75.0, 9300, 12400),
        "base",
        id="share-after-closed-off-change",
    ),
    pytest.param(
        # "người" counts persons of any kind: the delegates' share
        "Kết quả bầu cử có 45 đại biểu trúng cử. Đại biểu nữ có 18 người, chiếm {}%.",
        "40",
        "45",
        (40.0, 18, 45),
        "base",
        id="persons-counted-as-nguoi",
    ),
    pytest.param(
        # regression: the words a share names its whole with ("so với tổng số cơ sở Đảng được đánh
        # giá") were looked for in the share's own paragraph at the place of a total of the paragraph
        # before, so that total was never read as described and a wrong share passed unnoticed
        "Đến nay, Đảng bộ đã hoàn thành việc đánh giá chất lượng năm 2023 ở 117/120 tổ chức cơ sở Đảng.\n\n"
        "Qua đánh giá, có 15 cơ sở Đảng được công nhận trong sạch vững mạnh tiêu biểu (bằng {}% so với tổng "
        "số cơ sở Đảng được đánh giá).",
        "12,82",
        "17,82",
        (12.82, 15, 117),
        "base",
        id="regression-named-whole-read-in-its-own-paragraph",
    ),
    pytest.param(
        # regression: a ratio with its own share was taken for a part and never read as the whole
        # of the parts after it (the 480 rated, not the 482)
        "Năm 2023 có 480/482 chi bộ được kiểm điểm, đánh giá, đạt 99,59%. Qua đánh giá, 300 chi bộ đạt trong sạch "
        "vững mạnh, tỷ lệ {}%.",
        "62,5",
        "66,5",
        (62.5, 300, 480),
        "base",
        id="regression-a-ratio-with-its-share-is-the-whole-of-later-parts",
    ),
    pytest.param(
        # the whole named after "chiếm … so với" with no "số"
        "Năm nay có 9.800 học sinh dự thi vào lớp 10. Số học sinh trúng tuyển là 7.350, chiếm {}% so với học sinh "
        "dự thi và tăng 210 em so với năm trước.",
        "75",
        "80",
        (75.0, 7350, 9800),
        "base",
        id="whole-named-after-chiem-so-voi",
    ),
    pytest.param(
        # three shares of one count in a row, each a clause of its own: the third is read too
        "Tổng số hồ sơ tiếp nhận là 4.000; số hồ sơ trực tuyến là 3.200; số hồ sơ đến hạn là 3.000. Số hồ sơ giải "
        "quyết đúng hạn là 2.880, đạt tỉ lệ 72% so với số hồ sơ tiếp nhận; đạt tỉ lệ 90% so với số hồ sơ trực "
        "tuyến; đạt tỉ lệ {}% so với số hồ sơ đến hạn.",
        "96",
        "91",
        (96.0, 2880, 3000),
        "base",
        id="third-share-of-one-count-in-a-row",
    ),
]

RATES = [
    # rates of change whose earlier level is not written: (…, (rate, change, level now), "level")
    pytest.param(
        "Trong tháng 5, toàn tỉnh xảy ra 173 vụ, làm chết 70 người, bị thương 148 người. So với cùng kỳ giảm 40 vụ "
        "(-{}%), giảm 7 người chết (-9,09%), giảm 56 người bị thương (-27,45%).",
        "18,78",
        "23,78",
        (18.78, 40, 173),
        "level",
        id="levels-then-changes",
    ),
    pytest.param(
        "Tổng thu năm 2023 đạt 2.828 tỷ đồng, tăng 204 tỷ đồng ({}%) so với cùng kỳ.",
        "7,8",
        "9,8",
        (7.8, 204, 2828),
        "level",
        id="money-increase",
    ),
    pytest.param(
        "Diện tích gieo trồng đạt 224.951 ha, tăng 616 ha (+0,3%). Trong đó vụ đông xuân đạt 129.039 ha, tăng 281 ha "
        "(+{}%) so với năm trước; vụ mùa đạt 95.912 ha, tăng 335 ha (+0,4%).",
        "0,2",
        "0,9",
        (0.2, 281, 129039),
        "level",
        id="level-change-pairs",
    ),
]

SHARES += [
    pytest.param(
        # a listed part's share of another part of its list, which the share names as its whole
        "Hiện nay Khoa có 65 cán bộ đang công tác, trong số đó có 58 giảng viên, 44 thầy cô có học vị Tiến sĩ "
        "(chiếm {}% tổng số giảng viên), 2 thầy là Giáo sư.",
        "75,9",
        "70,9",
        (75.9, 44, 58),
        "base",
        id="named-sibling-part",
    ),
    pytest.param(
        # a pair over a slash whose first noun is six words long
        "Cả nước hiện có 666 cơ sở truyền thanh cấp huyện/705 huyện, quận, thị xã, thành phố thuộc tỉnh, "
        "đạt tỷ lệ {}%.",
        "94,47",
        "92,47",
        (94.47, 666, 705),
        "base",
        id="long-noun-over-a-slash",
    ),
]


@pytest.mark.parametrize(("text", "share", "wrong", "expected", "role"), [*SHARES, *RATES])
def test_shares_of_a_base_stated_elsewhere(
    tmp_path: Path, text: str, share: str, wrong: str, expected: tuple[float, float, float], role: str
) -> None:
    """The share (or rate of change: ``173 vụ … giảm 40 vụ (-18,78%)`` is 40 of the 213 before)
    is read and nothing flagged; with the wrong percentage, a warning, since its base is read
    from elsewhere or worked out."""
    facts, findings = _facts(tmp_path, text.format(share))
    assert expected in _shares(facts, role)
    assert [f for f in findings if f.rule in ("percent", "granularity")] == []
    _, planted = _facts(tmp_path, text.format(wrong))
    assert [f.severity for f in planted if f.rule == "percent"] == ["warning"]


def test_a_share_after_a_change_in_its_own_bracket_is_the_changes(tmp_path: Path) -> None:
    """``tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%`` in one bracket: the change's share, so
    the level before it is not its count."""
    facts, _ = _facts(
        tmp_path,
        "Toàn tỉnh có 334.000 hộ. Hộ nghèo có 10.689 hộ (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%).",
    )
    assert all(count != 10689 for _, count, _ in _shares(facts))


def test_a_weight_is_a_share_of_money_only(tmp_path: Path) -> None:
    """``13/18 khoản thu …, chiếm tỷ trọng 91,99% tổng số thu``: a weight of the revenue, not of
    the 13 items out of 18 (a false error when the weight was read as the ratio's share)."""
    facts, findings = _facts(
        tmp_path,
        "Tổng thu nội địa 6.530 tỷ đồng, trong đó: 13/18 khoản thu đạt dự toán, các khoản thu này chiếm tỷ "
        "trọng 91,99% tổng số thu nội địa; 05/18 khoản thu không đạt dự toán (chiếm tỷ trọng 8,01%).",
    )
    assert _shares(facts) == []
    assert [f for f in findings if f.rule in ("percent", "granularity")] == []


def test_money_abbreviated_with_its_scale(tmp_path: Path) -> None:
    """``1.184 tỷđ``, ``596tỷđ``, ``101,3 tỷ.đ``: amounts in tỷ đồng, so the structure's shares
    are of the total value."""
    facts, _ = _facts(
        tmp_path,
        "Tổng giá trị sản xuất năm 2020 đạt 1.184 tỷđ. Cơ cấu kinh tế: công nghiệp - xây dựng 596tỷđ, "
        "chiếm 50,3%; dịch vụ 538 tỷ.đ, chiếm 45,4%; nông nghiệp 50 tỷđ, chiếm 4,3%.",
    )
    money = [(f.value, f.unit) for f in facts.figures if f.measure == "money"]
    assert money == [(1184, "tỷ đồng"), (596, "tỷ đồng"), (538, "tỷ đồng"), (50, "tỷ đồng")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Các cấp Hội tiếp nhận 215 đơn thư và giải quyết xong 190 đơn.", (215, 190), id="received-and-handled"
        ),
        pytest.param(
            "Các tổ hòa giải ở cơ sở đã hòa giải 346 vụ việc, hòa giải thành 301 vụ việc.",
            (346, 301),
            id="mediation",
        ),
    ],
)
def test_stages_of_a_flow(tmp_path: Path, text: str, expected: tuple[float, float]) -> None:
    facts, findings = _facts(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    subsets = [
        (value[r.members["total"]], value[r.members["parts"][0]]) for r in facts.relations if r.kind == "subset_of"
    ]
    assert subsets == [expected]
    assert [f for f in findings if f.rule == "subset"] == []
    _, planted = _facts(tmp_path, text.replace(str(expected[0]), "150"))
    assert [f.severity for f in planted if f.rule == "subset"] == ["warning"]


def test_an_outcome_list_after_ket_qua_co(tmp_path: Path) -> None:
    """``thông qua 24 hồ sơ …; kết quả có 19 hồ sơ …, 02 hồ sơ …, 3 hồ sơ …``: the outcomes of
    the files considered."""
    facts, _ = _facts(
        tmp_path,
        "Hội đồng đã xem xét 24 hồ sơ đề nghị; kết quả có 19 hồ sơ được đồng ý, 02 hồ sơ xin rút, 3 hồ sơ "
        "phải bổ sung.",
    )
    value = {f.id: f.value for f in facts.figures}
    listed = [
        (value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind == "total_parts"
    ]
    assert listed == [(24, [2, 3, 19])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn tỉnh có 898/926 khu vực bỏ phiếu và 34/45 xã, phường đạt tỷ lệ 100% cử tri tham gia bầu cử.",
        "Trong đó có 2/85 khu vực bỏ phiếu đã đạt tỷ lệ 100% cử tri trong danh sách đi bầu cử.",
        "Xây dựng làng văn hóa 6/7 làng đạt 100%; công sở văn hóa đạt 100%.",
    ],
)
def test_regression_a_rate_each_unit_reached_is_no_share_of_the_ratio(tmp_path: Path, sentence: str) -> None:
    """``34/45 xã, phường đạt tỷ lệ 100% cử tri tham gia``: the turnout of each commune, not
    34 of 45; three false errors on published election and plan reports."""
    facts, findings = _facts(tmp_path, sentence)
    assert _shares(facts) == []
    assert [f for f in findings if f.rule == "percent"] == []


def test_regression_chiem_100_percent_of_a_ratio_not_whole_is_its_share(tmp_path: Path) -> None:
    """Round 32: ``910/958 (chiếm 100%)``: "chiếm" (accounts for) says a share of the whole,
    never a rate each unit reached, so a 100 % there is a wrong share."""
    facts, findings = _facts(tmp_path, "Hội viên tham gia sinh hoạt thường xuyên 910/958 (chiếm 100%).")
    assert _shares(facts) == [(100.0, 910, 910)]
    assert [(f.rule, f.severity) for f in findings] == [("percent", "error")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kết nạp được 45/50 đảng viên theo chỉ tiêu, trong đó đảng viên là đoàn viên thanh niên chiếm 100%.",
        "Có 91/95 chi bộ đăng ký, chiếm 100% số chi bộ đủ điều kiện.",
        "Có 34/45 xã, phường có số cử tri đi bầu chiếm 100% tổng số cử tri.",
    ],
)
def test_regression_chiem_100_percent_of_another_clause_or_whole_is_no_share_of_the_ratio(
    tmp_path: Path, sentence: str
) -> None:
    """(review) Only "chiếm" right after the ratio, naming no whole after it, says its share."""
    _, findings = _facts(tmp_path, sentence)
    assert [f for f in findings if f.rule == "percent"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Có 62/77 đồng chí tham gia (chiếm 80,5%).", (80.5, 62, 62)),
        ("Có 34/45 xã đạt 75,6% số xã.", (75.6, 34, 34)),
        ("Có 45/45 xã đạt 100%.", (100.0, 45, 45)),
        ("Có 53/83 chi bộ, bằng 63,86% chi bộ toàn huyện.", (63.86, 53, 53)),
    ],
)
def test_a_ratios_own_share_is_still_read(tmp_path: Path, sentence: str, expected: tuple[float, float, float]) -> None:
    """A ratio is its share's count and base (its value is its first number)."""
    facts, _ = _facts(tmp_path, sentence)
    assert _shares(facts) == [expected]


def test_persons_out_of_persons_of_another_noun(tmp_path: Path) -> None:
    """``bầu đủ 7 đại biểu Quốc hội trong tổng số 13 người ứng cử``: the elected out of the
    candidates, an explicit subset."""
    facts, _ = _facts(tmp_path, "Tỉnh đã bầu đủ 7 đại biểu Quốc hội trong tổng số 13 người ứng cử.")
    value = {f.id: f.value for f in facts.figures}
    assert [(value[r.members["total"]], [value[p] for p in r.members["parts"]]) for r in facts.relations] == [(13, [7])]
    _, planted = _facts(tmp_path, "Tỉnh đã bầu đủ 17 đại biểu Quốc hội trong tổng số 13 người ứng cử.")
    assert [f.severity for f in planted if f.rule == "subset"] == ["warning"]  # units differ: not certain


def test_a_breakdown_by_place_after_the_paragraph_of_its_total(tmp_path: Path) -> None:
    """``… có 96 trường đạt chuẩn quốc gia.`` / ``Các trường đạt chuẩn quốc gia theo địa bàn
    các huyện như sau: A: 29 trường; Tp. B: 23 trường; …``: the lead names the subject, the
    dimension after ``theo`` is not part of it, and ``Tp.`` ends no sentence."""
    body = (
        "Đến năm học 2023-2024, toàn tỉnh có 96 trường học các cấp đạt chuẩn quốc gia.\n\n"
        "Các trường đạt chuẩn quốc gia theo địa bàn các huyện, thành phố như sau: Huyện A: 29 trường; "
        "Tp. Bình Minh: {} trường; TX. Ba Đồn: 21 trường; huyện C: 23 trường."
    )
    facts, findings = _facts(tmp_path, body.format("23"))
    value = {f.id: f.value for f in facts.figures}
    listed = [
        (value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind == "total_parts"
    ]
    assert listed == [(96, [21, 23, 23, 29])]
    assert [f for f in findings if f.rule == "sum"] == []
    _, planted = _facts(tmp_path, body.format("33"))
    assert [f.severity for f in planted if f.rule == "sum"] == ["warning"]


@pytest.mark.parametrize("abbreviated", ["Tp. Gia Nghĩa", "TP. Huế", "TX. Ba Đồn", "TT. Phước An", "PGS. TS. An"])
def test_regression_an_abbreviations_dot_ends_no_sentence(abbreviated: str) -> None:
    from extractor.find.context import full_sentence

    text = f"Có 12 trường ở {abbreviated} và 3 trường khác."
    assert full_sentence(text, text.index("3 trường")) == (0, len(text))


def test_a_rate_after_its_own_earlier_level_is_read_as_before(tmp_path: Path) -> None:
    """``so với cùng kỳ năm 2018 (1.170 lượt) giảm 102 lượt, tương ứng 8,7%``: the earlier
    level is written, so the rate is its share (no derived level)."""
    text = "Đã tiếp 1.068 lượt người, so với cùng kỳ năm 2018 (1.170 lượt) giảm 102 lượt, tương ứng 8,7%."
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if "level" in r.members] == []
    assert [r.members.get("base") is not None for r in facts.relations if r.kind == "percent_of"] == [True]


def test_a_named_total_before_a_list_of_amounts_and_their_weights(tmp_path: Path) -> None:
    """``… là 1.021,736 tỷ đồng. Trong tổng số nguồn vốn ngân sách …, chia ra: cấp tỉnh
    807,775 tỷ đồng, … chiếm tỷ trọng 79,06% trong tổng nguồn vốn; … cấp xã 1,506 tỷ đồng,
    chiếm 0,15%``: the total named in words breaks down into the amounts, and each weight is
    a share of it (in one money unit)."""
    body = (
        "Vốn đầu tư thực hiện thuộc nguồn vốn ngân sách Nhà nước do địa phương quản lý năm 2020 là 1.021,736 tỷ "
        "đồng. Trong tổng số nguồn vốn ngân sách Nhà nước do địa phương quản lý, chia ra: nguồn vốn cấp tỉnh là "
        "807,775 tỷ đồng, chiếm tỷ trọng {}% trong tổng nguồn vốn; nguồn vốn cấp huyện là 212,455 tỷ đồng, chiếm "
        "tỷ trọng 20,79%; nguồn vốn cấp xã là 1.506 triệu đồng, chiếm 0,15%."
    )
    facts, findings = _facts(tmp_path, body.format("79,06"))
    assert sorted(_shares(facts)) == [(0.15, 1506, 1021.736), (20.79, 212.455, 1021.736), (79.06, 807.775, 1021.736)]
    assert [f for f in findings if f.rule in ("percent", "sum")] == []
    _, planted = _facts(tmp_path, body.format("84,06"))
    assert [f.severity for f in planted if f.rule == "percent"] == ["warning"]


def test_regression_bang_after_an_amount_is_no_share_of_its_list_total(tmp_path: Path) -> None:
    """``Vốn trung ương đạt 41,6 nghìn tỷ đồng …, trong đó Bộ Giao thông Vận tải đạt 20.876 tỷ
    đồng, bằng 52,8%``: of the ministry's plan, not of the 41,6 (a false warning once amounts
    were compared in one unit)."""
    facts, findings = _facts(
        tmp_path,
        "Vốn trung ương quản lý đạt 41,6 nghìn tỷ đồng, bằng 49,6% kế hoạch năm, trong đó Bộ Giao thông Vận tải "
        "đạt 20.876 tỷ đồng, bằng 52,8% và tăng 59,3%; Bộ Y tế 1.298 tỷ đồng, bằng 33,8% và giảm 54,9%.",
    )
    assert [s for s in _shares(facts) if s[0] in (52.8, 33.8)] == []
    assert [f for f in findings if f.rule == "percent"] == []


def test_regression_a_level_after_a_plan_is_no_stated_target(tmp_path: Path) -> None:
    """``…, đạt 98,4% kế hoạch năm 2016 và bằng 116,98% so với cùng kỳ``: the 116,98 % is a
    level against last year, not the plan's target (a target relation of 98,4 over 116,98 was
    read)."""
    facts, _ = _facts(
        tmp_path,
        "Trong 10 tháng, có 98.410 lao động đi làm việc ở nước ngoài, đạt 98,4% kế hoạch năm 2016 và bằng 116,98% "
        "so với cùng kỳ năm ngoái.",
    )
    value = {f.id: f.value for f in facts.figures}
    targets = [{k: value.get(v) for k, v in r.members.items() if v} for r in facts.relations if r.kind == "target"]
    assert targets == [{"actual": 98410, "percent": 98.4}]


def test_regression_a_clause_opening_with_ty_le_has_its_own_count(tmp_path: Path) -> None:
    """``…đạt 95,9% (17.076/17.807 trẻ); tỷ lệ huy động trẻ 6 tuổi vào lớp 1 … đạt 98% (17.020/17.371
    em)``: the second rate is not of the first ratio (a false error once the ages and grades
    between them were no figures)."""
    facts, findings = _facts(
        tmp_path,
        "Tỷ lệ huy động trẻ 5 tuổi đi học mẫu giáo đạt 95,9% (17.076/17.807 trẻ); tỷ lệ huy động trẻ 6 tuổi vào lớp "
        "1/tổng số trẻ 6 tuổi trên địa bàn đạt 98% (17.020/17.371 em).",
    )
    assert sorted(s[0] for s in _shares(facts)) == [95.9, 98.0]
    assert [f for f in findings if f.rule == "percent" and f.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kế hoạch năm 2021 là 2.418,6 tỷ đồng, giá trị giải ngân là 1.903,2 tỷ đồng, đạt 78,7% kế hoạch.",
            (1903.2, 2418.6, 78.7),
            id="plan-then-disbursed",
        ),
        pytest.param(
            "Dự toán giao 450 tỷ đồng, thu được 400 tỷ đồng, đạt 88,9% dự toán.", (400, 450, 88.9), id="du-toan"
        ),
    ],
)
def test_a_plan_stated_before_what_was_achieved_is_the_target(
    tmp_path: Path, text: str, expected: tuple[float, float, float]
) -> None:
    """The plan first, then what was achieved, then ``đạt X% kế hoạch``: the plan is the target
    (the plan was read as what was achieved, so a wrong percentage went unseen)."""
    facts, findings = _facts(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    targets = [
        tuple(value[r.members[k]] for k in ("actual", "target", "percent"))
        for r in facts.relations
        if r.kind == "target" and r.members.get("target")
    ]
    assert targets == [expected]
    assert [f for f in findings if f.rule == "percent"] == []
    _, planted = _facts(tmp_path, text.replace(f"{expected[2]:g}".replace(".", ",") + "%", "60%"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["percent"]


@pytest.mark.parametrize(
    ("text", "wrong", "expected"),
    [
        pytest.param(
            "Xí nghiệp khai thác được 84,57 tấn mủ so với 66,1 tấn giao, đạt {}% và về đích trước 60 ngày.",
            ("127,9", "117,9"),
            [("target", "percent", "error")],
            id="so-voi-plan-giao-dat",
        ),
        pytest.param(
            "Năm 2023 huyện thu ngân sách 130 tỷ đồng so với kế hoạch 100 tỷ đồng, đạt {}%.",
            ("130", "125"),
            [("target", "percent", "error")],
            id="so-voi-ke-hoach-dat",
        ),
        pytest.param(
            "Cả năm công ty sẽ khai thác được 1.265 tấn so với kế hoạch giao 1.150 tấn, vượt khoảng {}%.",
            ("10", "15"),
            [("target", "percent", "warning")],
            id="so-voi-ke-hoach-vuot",
        ),
        pytest.param(
            "Công ty khai thác được 1.842 tấn mủ quy khô so với 1.750 tấn giao, đạt {}%, về đích trước 45 ngày.",
            ("105,3", "110,3"),
            [("target", "percent", "error")],
            id="a-longer-noun-then-giao",
        ),
        pytest.param(
            "Tổng thu ngân sách năm 2023 đạt 412 tỷ đồng so với 380 tỷ đồng dự toán giao, đạt {}%.",
            ("108,4", "113,4"),
            [("target", "percent", "error")],
            id="du-toan-giao-after",
        ),
        pytest.param(
            "Năm 2023 đạt sản lượng 1.265 triệu kWh so với kế hoạch 1.150 triệu kWh, vượt {}% kế hoạch.",
            ("10", "15"),
            [("target", "percent", "warning")],
            id="vuot-then-the-plans-name",
        ),
    ],
)
def test_what_was_achieved_compared_with_its_plan_then_the_rate(
    tmp_path: Path, text: str, wrong: tuple[str, str], expected: list[tuple[str, str, str]]
) -> None:
    """``A so với (kế hoạch) B (giao), đạt P%``: a target; ``…, vượt P%``: a target whose percentage is
    the excess over the plan (plausible: a warning)."""
    right, planted = wrong
    facts, findings = _facts(tmp_path, text.format(right))
    kind = expected[0][0]
    assert [r.kind for r in facts.relations if r.kind in ("target", "change")] == [kind]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, flagged = _facts(tmp_path, text.format(planted))
    assert [(kind, f.rule, f.severity) for f in flagged if f.severity in ("error", "warning")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # an earlier level compared with, no plan: a level's relative size, read elsewhere or not at all
        "Năm 2023 huyện thu ngân sách 120 tỷ đồng so với 100 tỷ đồng cùng kỳ, tăng 20%.",
        # amounts of two scales are not compared here
        "Năm 2023 huyện thu ngân sách 120 tỷ đồng so với 100 triệu đồng kế hoạch, đạt 120%.",
        # (review) the rate is against another base, named after it
        "Thu ngân sách trên địa bàn năm 2023 được 560 tỷ đồng so với dự toán 520 tỷ đồng, đạt 115% so với cùng kỳ.",
        "Kim ngạch xuất khẩu năm 2023 đạt 650 triệu USD so với kế hoạch 600 triệu USD, bằng 95% cùng kỳ năm 2022.",
        "Toàn huyện huy động được 4.350 trẻ so với chỉ tiêu 4.200 trẻ, đạt 98,5% số trẻ trong độ tuổi.",
        "Doanh thu năm 2023 đạt 560 tỷ đồng so với 520 tỷ đồng kế hoạch, vượt 12% so với cùng kỳ năm 2022.",
        # "vượt 110% kế hoạch": loosely, reached 110 %
        "Sản lượng điện đạt 1.265 triệu kWh so với kế hoạch 1.150 triệu kWh, vượt 110% kế hoạch.",
    ],
)
def test_no_plan_compared_without_a_plan_word_or_of_another_scale(tmp_path: Path, text: str) -> None:
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if r.evidence in ("so với kế hoạch", "vượt … % so với kế hoạch")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanh tra phát hiện vi phạm về kinh tế 96 tỷ đồng, kiến nghị thu hồi 41 tỷ đồng, kiến nghị cơ quan có "
        "thẩm quyền xem xét, xử lý 55 tỷ đồng.",
        "Qua thanh tra phát hiện vi phạm về kinh tế 96 tỷ đồng; trong đó kiến nghị thu hồi 41 tỷ đồng; đề nghị cấp "
        "có thẩm quyền xem xét xử lý 55 tỷ đồng.",
    ],
)
def test_money_in_breach_is_what_is_recovered_and_what_is_handled_otherwise(tmp_path: Path, text: str) -> None:
    """The inspection reports' template: the breach found is the amount recommended for recovery
    plus the amount handled otherwise (it was an open list, or a subset of its first part)."""
    facts, findings = _facts(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    sums = [
        (value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind == "total_parts"
    ]
    assert sums == [(96, [41, 55])]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.replace("96 tỷ", "106 tỷ"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["sum"]


def test_an_amount_outside_a_breakdown_is_a_share_of_its_total(tmp_path: Path) -> None:
    """``… 412.500 tỷ đồng …`` / ``Trong đó, … 52.300 tỷ đồng và … 40.100 tỷ đồng. Ngoài ra, vốn tín
    dụng 247.600 tỷ đồng, chiếm 60%``: the weight of an amount of the paragraph that breaks the
    total down, outside its list (no base had been read: amounts of other sentences are not
    looked at)."""
    text = (
        "Năm 2023, toàn tỉnh huy động được 412.500 tỷ đồng để xây dựng nông thôn mới.\n\n"
        "Trong đó, vốn ngân sách trung ương 52.300 tỷ đồng và vốn ngân sách địa phương 40.100 tỷ đồng. Ngoài ra, vốn "
        "tín dụng 247.600 tỷ đồng, chiếm {}%."
    )
    facts, findings = _facts(tmp_path, text.format("60"))
    assert _shares(facts) == [(60, 247600, 412500)]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.format("66"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["percent"]


def test_a_bracketed_rate_of_a_change_over_a_level_compared_at_length(tmp_path: Path) -> None:
    """``so với số việc … năm 2022 chuyển sang năm 2023 (10.400 việc) tăng 2.080 việc (tăng 20,00%)``:
    the comparison's words run past the bracket's usual reach, and the rate is in a bracket."""
    text = (
        "Số việc có điều kiện năm 2023 chuyển sang năm 2024 là 12.480 việc, so với số việc có điều kiện thi hành năm "
        "2022 chuyển sang năm 2023 (10.400 việc) tăng 2.080 việc (tăng {}%)."
    )
    facts, findings = _facts(tmp_path, text.format("20,00"))
    assert (20.0, 2080, 10400) in _shares(facts)
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.format("25,00"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["percent"]


RATIO_OF_PLAN = (
    "Đến hết quý I/2024, giải ngân vốn đầu tư công của huyện mới được 58,4/612,7 tỷ đồng, bằng {}% kế hoạch.",
    "Trong nhiệm kỳ, Đảng bộ xã đã hoàn thành 17/19 chỉ tiêu, đạt {}% kế hoạch đề ra.",
)


@pytest.mark.parametrize(
    ("text", "share", "wrong"), list(zip(RATIO_OF_PLAN, ("9,5", "89,5"), ("11,5", "95"), strict=True))
)
def test_regression_a_ratio_before_a_share_of_plan_is_achieved_over_planned(
    tmp_path: Path, text: str, share: str, wrong: str
) -> None:
    """``58,4/612,7 tỷ đồng, bằng 9,5% kế hoạch``: the ratio's share, not a target whose
    achieved figure is not given."""
    facts, findings = _facts(tmp_path, text.format(share))
    assert [r.evidence for r in facts.relations if r.kind == "percent_of"] == ["share of a ratio"]
    assert [f for f in findings if f.rule in ("percent", "granularity")] == []
    _, planted = _facts(tmp_path, text.format(wrong))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["percent"]


GOES_ON = (
    "Năm 2022, Thanh tra tỉnh phát hiện sai phạm {n} tỷ đồng, kiến nghị thu hồi 31,6 tỷ đồng. Đồng thời kiến nghị "
    "cấp có thẩm quyền xem xét xử lý 12,4 tỷ đồng."
)


def test_regression_a_sentence_opening_dong_thoi_goes_on_with_the_flow_before(tmp_path: Path) -> None:
    """``… kiến nghị thu hồi 31,6 tỷ đồng. Đồng thời … xem xét xử lý 12,4 tỷ đồng``: what is
    handled otherwise is the rest of the breach, as in one sentence."""
    facts, findings = _facts(tmp_path, GOES_ON.format(n="44"))
    value = {f.id: f.value for f in facts.figures}
    assert (44, [31.6, 12.4]) in [
        (value[r.members["total"]], [value[p] for p in r.members["parts"]])
        for r in facts.relations
        if r.kind == "total_parts"
    ]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, GOES_ON.format(n="49"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["sum"]


BULLETS = "Tổng số cán bộ, giáo viên là 52 người.\n+ Đảng viên: 31/52 = {}%\n+ Biên chế nhà nước: 47/52 = 90,38%."


def test_regression_a_share_on_a_bulleted_line_is_not_read_against_the_next_items_noun(tmp_path: Path) -> None:
    """A list's lines are joined into one block: after ``31/52 = 59,62%`` comes ``+ Biên chế
    …``, the next item, not a noun the share counts (which would make it a rate each unit
    reached, no share of the ratio)."""
    facts, findings = _facts(tmp_path, BULLETS.format("59,62"))
    assert (59.62, 31, 31) in _shares(facts, "base")  # a ratio is its own count and base
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, BULLETS.format("64,62"))
    assert [f.rule for f in planted if f.severity == "error"] == ["percent"]


MORE_THAN_PLANNED = "Điều trị nội trú: 15.340/13.270 lượt bệnh nhân, đạt {}% chỉ tiêu kế hoạch."


def test_regression_achieved_over_a_smaller_plan_after_a_slash(tmp_path: Path) -> None:
    """``15.340/13.270 lượt …, đạt 115,6% chỉ tiêu``: more done than planned is no ratio, so the
    two are counts; the one after the slash is the plan."""
    facts, findings = _facts(tmp_path, MORE_THAN_PLANNED.format("115,6"))
    value = {f.id: f.value for f in facts.figures}
    targets = [(value[r.members["actual"]], value[r.members["target"]]) for r in facts.relations if r.kind == "target"]
    assert targets == [(15340, 13270)]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, MORE_THAN_PLANNED.format("120,6"))
    assert [f.rule for f in planted if f.severity in ("error", "warning")] == ["percent"]


def _change_triples(facts: Any) -> list[tuple[float, float, float]]:
    """Each change read, as (start, change, end) values."""
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["start"]], value[r.members["change"]], value[r.members["end"]])
        for r in facts.relations
        if r.kind == "change"
    ]


EARLIER_IN_BRACKET = (
    "Năm 2023, toàn tỉnh xảy ra {n} vụ tai nạn giao thông, làm chết 61 người. So với cùng kỳ năm trước giảm 14 vụ, "
    "9 người chết (năm 2022 xảy ra 109 vụ, làm chết 70 người)."
)


def test_regression_a_change_with_its_earlier_level_in_a_bracket_after_it(tmp_path: Path) -> None:
    """``… giảm 14 vụ, 9 người chết (năm 2022 xảy ra 109 vụ, làm chết 70 người)``: each earlier
    level less its change is the level now, paired in order; a mismatch is a warning."""
    facts, findings = _facts(tmp_path, EARLIER_IN_BRACKET.format(n=95))
    assert _change_triples(facts) == [(109, 14, 95), (70, 9, 61)]
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, EARLIER_IN_BRACKET.format(n=99))
    assert [(f.rule, f.severity) for f in planted if f.severity in ("error", "warning")] == [("identity", "warning")]


COMPARED_LEVEL_IN_BRACKET = [
    # the earlier level in a bracket right after "so với …", the change right after the bracket
    (
        "Toàn tỉnh đã tiếp {n} lượt người (định kỳ: 320, thường xuyên: 748), so với cùng kỳ năm 2018 (1.170 lượt) "
        "giảm 102 lượt, tương ứng 8,7%.",
        ("1.068", "1.086"),
        (1170, 102, 1068),
    ),
    (  # a bracket nested in the one before it does not hide that the level now stands outside brackets
        "Các cơ quan tiếp nhận {n} đơn (khiếu nại: 87; tố cáo: 91; phản ánh, kiến nghị (PAKN): 523), so với cùng kỳ"
        " năm 2018 (685 đơn) tăng 16 đơn.",
        ("701", "710"),
        (685, 16, 701),
    ),
    (  # the change before the comparison
        "Số vụ phạm tội về trật tự xã hội là {n} vụ, giảm 13 vụ so với cùng kỳ năm trước (141 vụ).",
        ("128", "135"),
        (141, 13, 128),
    ),
    (  # the first comparison inside a bracket, the second after it
        "Tiếp {n} lượt công dân (tăng 65 lượt so với năm 2022), so với năm 2021 (1.190 lượt) tăng 55 lượt.",
        ("1.245", "1.275"),
        (1190, 55, 1245),
    ),
    (  # several comparisons in clauses of their own, each after its level
        "Xảy ra 87 vụ, so với năm 2022 (95 vụ) giảm 8 vụ; làm chết {n} người, so với năm 2022 (60 người) giảm 8 người.",
        ("52", "57"),
        (60, 8, 52),
    ),
    (  # the change before the comparison
        "Tiếp nhận {n} đơn (khiếu nại 120 đơn, tố cáo 45 đơn), giảm 14 đơn so với cùng kỳ năm 2022 (526 đơn).",
        ("512", "563"),
        (526, 14, 512),
    ),
    (  # a list marker's bracket is no bracket around the level now
        "b) Số vụ tai nạn lao động (theo báo cáo của các doanh nghiệp) là {n} vụ, so với năm 2022 (17 vụ) giảm 3 vụ.",
        ("14", "16"),
        (17, 3, 14),
    ),
    (  # each comparison of its own level, the earlier one closed by its change
        "Số vụ phạm tội về trật tự xã hội là 128 vụ, so với cùng kỳ năm trước (141 vụ) giảm 13 vụ; số vụ phạm tội"
        " về kinh tế {n} vụ, so với cùng kỳ (29 vụ) tăng 5 vụ.",
        ("34", "38"),
        (29, 5, 34),
    ),
    (  # the change's rate between it and the comparison
        "Tiếp nhận {n} đơn, giảm 58 đơn, tương ứng 7,3% so với cùng kỳ năm 2022 (794 đơn).",
        ("736", "746"),
        (794, 58, 736),
    ),
    (
        "Tiếp nhận {n} đơn, giảm 58 đơn (7,3%) so với cùng kỳ năm 2022 (794 đơn).",
        ("736", "746"),
        (794, 58, 736),
    ),
    (  # two units over a slash, the changes too
        "Tiếp 102 lượt/{n} người, so với cùng kỳ năm 2022 (110 lượt/160 người) giảm 8 lượt/8 người.",
        ("152", "162"),
        (160, 8, 152),
    ),
    (  # … after the bracket too
        "Năm 2023 kết nạp {n} đảng viên, so với năm 2022 (115 đảng viên) tăng thêm 17 đảng viên.",
        ("132", "140"),
        (115, 17, 132),
    ),
    (  # "tăng thêm" is the change, as "tăng" is
        "Năm 2023 kết nạp {n} đảng viên, tăng thêm 15 đảng viên so với năm 2022 (105 đảng viên).",
        ("120", "132"),
        (105, 15, 120),
    ),
]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Năm 2023 có 87 vụ tai nạn giao thông, so với năm 2022 (95 vụ) giảm 8 vụ, so với năm 2021 (107 vụ) giảm 20"
            " vụ.",
            (95, 8, 87),
        ),
        (
            "Tiếp 1.068 lượt, so với cùng kỳ năm 2022 (1.170 lượt) giảm 102 lượt; so với năm 2021 (1.240 lượt) giảm"
            " 172 lượt.",
            (1170, 102, 1068),
        ),
    ],
)
def test_regression_rev49_a_second_comparison_is_no_step_from_the_first_ones_change(
    tmp_path: Path, text: str, first: tuple[float, float, float]
) -> None:
    """``… (95 vụ) giảm 8 vụ, so với năm 2021 (107 vụ) giảm 20 vụ``: 107 less 8 was read against
    87, a false warning.  The first comparison is read with its own change; the second
    compares the same level now (:func:`test_chained_comparisons_of_one_level`)."""
    facts, findings = _facts(tmp_path, text)
    found = _change_triples(facts)
    assert found[0] == first
    assert all(change != first[1] for start, change, _ in found[1:])
    assert [f for f in findings if f.rule == "identity"] == []


@pytest.mark.parametrize(
    ("text", "second", "flagged"),
    [
        (
            "Năm 2023 có 87 vụ tai nạn giao thông, so với năm 2022 (95 vụ) giảm 8 vụ, so với năm 2021 (107 vụ) giảm"
            " {} vụ.",
            ("20", (107, 20, 87)),
            ("25", ["Start 107 − change 25 does not give the stated end 87"]),
        ),
        (
            "Kết nạp 245 đảng viên, so với năm 2022 (225 đảng viên) tăng 20 đảng viên, so với năm 2021 (198 đảng viên)"
            " tăng {} đảng viên.",
            ("47", (198, 47, 245)),
            ("57", ["Start 198 + change 57 does not give the stated end 245"]),
        ),
    ],
)
def test_chained_comparisons_of_one_level(
    tmp_path: Path, text: str, second: tuple[str, tuple], flagged: tuple[str, list[str]]
) -> None:
    """``87 vụ, so với năm 2022 (95 vụ) giảm 8 vụ, so với năm 2021 (107 vụ) giảm 20 vụ``: each
    comparison is of the level now, 87; a comparison after another clause's level (``…; làm chết
    52 người, so với …``) stays that level's."""
    facts, findings = _facts(tmp_path, text.format(second[0]))
    assert second[1] in _change_triples(facts)
    assert [f for f in findings if f.rule == "identity"] == []
    _, planted = _facts(tmp_path, text.format(flagged[0]))
    assert [f.message_en for f in planted if f.rule == "identity"] == flagged[1]


def test_regression_rev48_a_list_markers_bracket_leaves_the_level_now_outside_brackets(tmp_path: Path) -> None:
    """``a) … tiếp 866 lượt (trong đó 14 lượt …), giảm 146 lượt so với cùng kỳ (…1.012 lượt)``: the
    marker's lone ``)`` does not make the bracket after it closed, so 14 stays inside it and the
    level now is 866 (a count of the brackets from the sentence's start had read 14)."""
    text = (
        "a) Tiếp công dân: tiếp 866 lượt (trong đó 14 lượt đoàn đông người), giảm 146 lượt so với cùng kỳ (6 tháng"
        " đầu năm 2019 đã tiếp 1.012 lượt)."
    )
    facts, findings = _facts(tmp_path, text)
    found = _change_triples(facts)
    assert found == [(1012, 146, 866)]
    assert [f for f in findings if f.rule == "identity"] == []


@pytest.mark.parametrize(("text", "numbers", "change"), COMPARED_LEVEL_IN_BRACKET, ids=lambda v: str(v)[:30])
def test_a_compared_level_in_a_bracket_before_the_change(
    tmp_path: Path, text: str, numbers: tuple[str, str], change: tuple[float, float, float]
) -> None:
    """``…, so với cùng kỳ năm 2018 (1.170 lượt) giảm 102 lượt``: the bracket is the level compared
    with, the change follows it, and the level now stands before the comparison."""
    facts, findings = _facts(tmp_path, text.format(n=numbers[0]))
    found = _change_triples(facts)
    assert change in found
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.format(n=numbers[1]))
    assert ("identity", "warning") in [(f.rule, f.severity) for f in planted]


@pytest.mark.parametrize(
    "text",
    [
        # no comparison before the bracket: a breakdown, not an earlier level
        "Toàn tỉnh đã tiếp 1.068 lượt người (1.170 lượt) giảm 102 lượt.",
        # a figure between the comparison and the bracket: the bracket is that figure's
        "Toàn tỉnh đã tiếp 1.068 lượt người, so với cùng kỳ có 30 đoàn (1.170 lượt) giảm 102 lượt.",
        # a word other than a change after the bracket
        "Toàn tỉnh đã tiếp 1.068 lượt người, so với cùng kỳ năm 2018 (1.170 lượt) có 102 lượt đông người.",
        # a share after the bracket: in points or relative, not read here
        "Tỷ lệ đạt 61,2%, so với cùng kỳ năm 2018 (58,4%) tăng 2,8%.",
        # found by a review (rev48): the bracket is no earlier level (a breakdown, a cause, a plan, a share)
        "Kết nạp 245 đảng viên, tăng 20 đảng viên so với năm 2022 (trong đó nữ 98 đảng viên).",
        "Tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 150 tỷ đồng so với cùng kỳ (trong đó thu nội địa 900 tỷ đồng).",
        "Kết nạp 245 đảng viên, tăng 20 đảng viên so với năm 2022 (nữ 12).",
        "Hiện Đảng bộ có 412 đảng viên, giảm 5 đảng viên so với đầu năm (do chuyển sinh hoạt đi 5 đảng viên).",
        "Toàn Đảng bộ hiện có 6.214 đảng viên, tăng 12 đảng viên so với đầu năm (kết nạp mới 17 đảng viên).",
        "Kết nạp 245 đảng viên, tăng 20 đảng viên so với năm 2022 (kế hoạch 220 đảng viên).",
        "Toàn tỉnh có 24.500 người tham gia, tăng 3.200 người so với cùng kỳ (chiếm 14,2% lực lượng lao động, 2.450"
        " người là lao động tự do).",
        "Năm 2023, kết nạp 245 đảng viên. So với năm 2022, số đảng viên kết nạp mới (trong đó nữ 98 đảng viên) giảm"
        " 15 đảng viên.",
        # … no other time: a plan, an estimate, another place
        "Năm 2023 kết nạp 245 đảng viên, so với kế hoạch (220 đảng viên) tăng 25 đảng viên.",
        "Thu ngân sách đạt 1.250 tỷ đồng, so với dự toán HĐND tỉnh giao (1.100 tỷ đồng) tăng 150 tỷ đồng.",
        "Huyện Cam Lộ tiếp 320 lượt công dân, so với huyện Gio Linh (410 lượt) giảm 90 lượt.",
        # … two levels now could be meant, or none in the sentence
        "Tiếp nhận 245 đơn, trong đó 180 đơn khiếu nại; so với cùng kỳ (230 đơn) tăng 15 đơn.",
        "Tiếp nhận 412 đơn, đã giải quyết 398 đơn, so với cùng kỳ (380 đơn) tăng 32 đơn.",
        "Tiếp nhận mới 701 đơn, số đơn kỳ trước chuyển sang 35 đơn, so với cùng kỳ (685 đơn) tăng 16 đơn.",
        "Khu vực I tiếp 412 lượt, khu vực II tiếp 656 lượt, so với cùng kỳ năm 2018 (1.170 lượt) giảm 102 lượt.",
        "Năm 2023, các tổ chức cơ sở đảng kết nạp 245 đảng viên; ở cấp huyện kết nạp 30 đảng viên, so với năm 2022"
        " (225 đảng viên) tăng 20 đảng viên.",
        "Số việc chuyển kỳ sau 358.855 việc, trong đó số việc năm 2017 chuyển sang năm 2018 là 210.041 việc, so với"
        " số việc năm 2016 chuyển sang năm 2017 (144.857 việc) tăng 65.184 việc.",
        # found by a second review (rev49): a bracket of a part, even one that names a time
        "Trong 6 tháng đầu năm, tiếp nhận 512 đơn, giảm 14 đơn so với cùng kỳ năm 2022 (trong đó quý II tiếp nhận"
        " 268 đơn).",
        "Thu ngân sách 6 tháng đạt 3.215 tỷ đồng, tăng 187 tỷ đồng so với cùng kỳ năm trước (riêng tháng 6 thu 612 tỷ"
        " đồng).",
        "Thụ lý 412 vụ, tăng 27 vụ so với năm trước (trong năm đã giải quyết 385 vụ).",
        # … the level now of another subject
        "Toàn tỉnh tiếp 1.068 lượt; riêng Ban Tiếp công dân tỉnh, so với cùng kỳ năm 2022 (250 lượt) giảm 36 lượt.",
        "Toàn tỉnh tiếp 1.068 lượt, trong đó Ban Tiếp công dân tỉnh so với cùng kỳ năm 2022 (250 lượt) giảm 36 lượt.",
        "Tổng số vụ tai nạn giao thông là 95 vụ; số vụ do vi phạm tốc độ so với năm 2022 (41 vụ) giảm 6 vụ.",
        # … the bracket holds the level now
        "Trong năm 2022 xảy ra 95 vụ tai nạn giao thông; so với năm 2022, năm 2023 (87 vụ) giảm 8 vụ.",
        # … a comparison with a place, an average, a resolution or an allocation, though it names a year
        "Huyện Hải Lăng tiếp 320 lượt công dân, so với huyện Triệu Phong cùng kỳ (410 lượt) giảm 80 lượt.",
        "Huyện Cam Lộ xảy ra 18 vụ tai nạn giao thông, so với bình quân các huyện năm 2023 (22 vụ) giảm 3 vụ.",
        "Kết nạp 245 đảng viên, so với Nghị quyết năm 2023 (220 đảng viên) tăng 20 đảng viên.",
        "Thu ngân sách đạt 6.420 tỷ đồng, so với số Trung ương giao năm 2023 (5.980 tỷ đồng) tăng 400 tỷ đồng.",
        "Tiếp 1.068 lượt người. Trong đó có 25 đoàn đông người với 320 lượt. So với cùng kỳ năm 2018 (1.170 lượt)"
        " giảm 102 lượt.",
    ],
)
def test_no_compared_level_in_a_bracket(tmp_path: Path, text: str) -> None:
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if r.kind == "change"] == []


@pytest.mark.parametrize(
    ("holds", "planted"),
    [
        (
            "Số người được tư vấn, giới thiệu việc làm là 8.747 lượt tăng 3,69% so với tháng 11/2022 (8.436 lượt).",
            "Số người được tư vấn, giới thiệu việc làm là 9.622 lượt tăng 3,69% so với tháng 11/2022 (8.436 lượt).",
        ),
        (
            "Số người được hưởng trợ cấp thất nghiệp tháng 12 là 1.148 giảm 1,63% so với tháng 11/2022 (1.167 người).",
            "Số người được hưởng trợ cấp thất nghiệp tháng 12 là 1.263 giảm 1,63% so với tháng 11/2022 (1.167 người).",
        ),
        (
            "Số lượng người có quyết định hưởng TCTN hàng tháng là 979 người, tăng 129% so với cùng kỳ năm ngoái (427 "
            "người).",
            "Số lượng người có quyết định hưởng TCTN hàng tháng là 1.077 người, tăng 129% so với cùng kỳ năm ngoái "
            "(427 người).",
        ),
    ],
)
def test_a_rate_of_change_over_the_earlier_level_in_a_bracket(tmp_path: Path, holds: str, planted: str) -> None:
    """``8.747 lượt tăng 3,69% so với tháng 11/2022 (8.436 lượt)``: the level now is the earlier
    one times 1 ± the rate; a mismatch is a warning (the levels are paired by their order)."""
    facts, findings = _facts(tmp_path, holds)
    assert [r.evidence for r in facts.relations if r.kind == "change"] in (["tăng (…)"], ["giảm (…)"])
    assert [f for f in findings if f.rule == "identity"] == []
    _, found = _facts(tmp_path, planted)
    assert [f.severity for f in found if f.rule == "identity"] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # the figure before the rate is the change, not the level now
        "Số vụ tai nạn giao thông là 45 vụ, giảm 5 vụ, tương ứng giảm 10% so với cùng kỳ (50 vụ).",
        "Có 1.148 hộ nghèo, giảm 252 hộ, giảm 18% so với năm 2021 (1.400 hộ).",
        # the bracket holds the change, not the earlier level
        "Số lao động được giải quyết việc làm là 3.200 người, tăng 6,7% so với cùng kỳ (200 người).",
    ],
)
def test_regression_review15_no_rate_over_a_change(tmp_path: Path, text: str) -> None:
    _, findings = _facts(tmp_path, text)
    assert [f for f in findings if f.rule == "identity"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the later shares are of the ratio's whole (12/30 = 40 %), not of its count
        "Đến nay có 28/30 xã đạt chuẩn nông thôn mới, đạt 93,33%; 12 xã đạt chuẩn nông thôn mới nâng cao, chiếm 40%.",
        "Năm 2023 có 386/390 chi bộ được kiểm điểm, đánh giá, đạt 98,97%. Qua đánh giá, 215 chi bộ đạt trong sạch "
        "vững mạnh, tỷ lệ 55,13%; 160 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 41,03%.",
        # a small share of some larger whole the text does not state
        "Có 52/54 tổ chức cơ sở đảng được kiểm tra, đạt 96,3%. Toàn tỉnh còn 3 tổ chức cơ sở đảng không hoàn thành "
        "nhiệm vụ, chiếm 0,4%.",
    ],
)
def test_regression_a_share_after_a_ratio_with_its_own_share_may_be_of_either_number(tmp_path: Path, text: str) -> None:
    """A review of the ratio read as the whole of later parts: shares the writer worked out over
    the ratio's whole were flagged against its count, and a small share of an unstated whole
    against the ratio; a share over either number holds, and one far from both reads no base."""
    _, findings = _facts(tmp_path, text)
    assert [f for f in findings if f.rule == "percent"] == []


@pytest.mark.parametrize(
    ("rate", "flagged"),
    [("7,3", []), ("9,3", ["The percentage 9,3% does not match 58/794"])],
)
def test_a_changes_rate_before_the_comparison_is_of_the_level_compared_with(
    tmp_path: Path, rate: str, flagged: list[str]
) -> None:
    """``giảm 58 đơn, tương ứng 7,3% so với cùng kỳ năm 2022 (794 đơn)``: the rate is the change
    over the level in the bracket."""
    _, findings = _facts(
        tmp_path, f"Tiếp nhận 736 đơn, giảm 58 đơn, tương ứng {rate}% so với cùng kỳ năm 2022 (794 đơn)."
    )
    assert [f.message_en for f in findings if f.rule == "percent"] == flagged


def test_regression_rev54_bang_before_the_comparison_is_the_level_over_the_level_then(tmp_path: Path) -> None:
    """``giảm 58 đơn, bằng 92,7% so với cùng kỳ năm 2022 (794 đơn)``: 736 / 794, not the change's rate."""
    _, findings = _facts(tmp_path, "Tiếp nhận 736 đơn, giảm 58 đơn, bằng 92,7% so với cùng kỳ năm 2022 (794 đơn).")
    assert [f.message_en for f in findings if f.rule == "percent"] == []


def test_regression_a_sibling_of_a_ratios_count_is_judged_against_its_whole_alone(tmp_path: Path) -> None:
    """`18/142 xã … (12,676%); 124 xã … (chiếm 82,324%)`: 124 cannot be a share of the 18, so the
    warning names the 142 only (it said "matches neither 124/18 nor 124/142")."""
    _, findings = _facts(
        tmp_path,
        "Toàn tỉnh có 18/142 xã không có tệ nạn ma túy (chiếm 12,676%); 124 xã có tệ nạn ma túy (chiếm 82,324%).",
    )
    assert [f.message_en for f in findings if f.rule == "percent"] == ["The percentage 82,324% does not match 124/142"]


@pytest.mark.parametrize(
    "text",
    [
        # things of another kind of one noun after a ratio are no siblings of its count (a review's cases)
        "Có 120/150 hộ nghèo được vay vốn ưu đãi (80%); 135 hộ cận nghèo được hỗ trợ mua thẻ bảo hiểm y tế (chiếm "
        "84,4%).",
        "Có 9/15 xã miền núi đạt chuẩn nông thôn mới (60%); 13 xã đồng bằng đạt chuẩn nông thôn mới (chiếm 81,25%).",
        "Có 9/15 xã miền núi đạt chuẩn nông thôn mới (60%); 13 xã đạt chuẩn nông thôn mới (chiếm 81,25% số xã đồng "
        "bằng).",
        "Có 12/20 trường THCS đạt chuẩn quốc gia (60%); 18 trường tiểu học đạt chuẩn quốc gia (chiếm 81,8%).",
        "Có 45/60 cán bộ cấp xã có trình độ đại học (75%); 52 công chức cấp xã có trình độ đại học (chiếm 80%).",
    ],
)
def test_regression_review_another_kind_after_a_ratio_is_no_sibling_of_its_count(tmp_path: Path, text: str) -> None:
    _, findings = _facts(tmp_path, text)
    assert [f.message_en for f in findings if f.rule == "percent"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # told apart by a negation alone
        (
            "Có 5/23 xã chưa đạt chuẩn nông thôn mới (chiếm 21,74%); 18 xã đã đạt chuẩn nông thôn mới (chiếm 78,26%).",
            [],
        ),
        (
            "Có 5/23 xã chưa đạt chuẩn nông thôn mới (chiếm 21,74%); 18 xã đã đạt chuẩn nông thôn mới (chiếm 72,26%).",
            ["The percentage 72,26% does not match 18/23"],
        ),
        # another class of one scale
        (
            "Có 12/45 chi bộ xếp loại hoàn thành xuất sắc nhiệm vụ (chiếm 26,67%); 30 chi bộ hoàn thành tốt nhiệm vụ "
            "(chiếm 66,67%).",
            [],
        ),
        (
            "Có 12/45 chi bộ xếp loại hoàn thành xuất sắc nhiệm vụ (chiếm 26,67%); 30 chi bộ hoàn thành tốt nhiệm vụ "
            "(chiếm 61,67%).",
            ["The percentage 61,67% does not match 30/45"],
        ),
    ],
)
def test_a_sibling_of_a_ratios_count(tmp_path: Path, text: str, flagged: list[str]) -> None:
    _, findings = _facts(tmp_path, text)
    assert [f.message_en for f in findings if f.rule == "percent"] == flagged


def test_regression_a_percentage_a_stated_plan_explains_is_no_share_of_the_figure_before(tmp_path: Path) -> None:
    """Round 33: ``hoàn thành 1.761,79/1759 tấn, đạt 100,16%``: the plan achieved (1.761,79 of
    1.759 planned), not a share of the 1.761,79 by the 1.759 (a false warning)."""
    facts, findings = _facts(tmp_path, "Nông trường Bến Củi hoàn thành 1.761,79/1759 tấn, đạt 100,16%.")
    assert [r.kind for r in facts.relations if r.members.get("percent")] == ["target"]
    assert [f for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(
    ("after", "names_a_whole"),
    [
        ("% so với thí sinh dự thi", True),
        ("% so với giá trị sản xuất công nghiệp", True),
        ("% so với cùng kỳ năm trước", False),
        ("% so với năm 2022", False),
        ("% so với kế hoạch", False),
        ("% so với chỉ tiêu đề ra", False),
        ("% so với đầu năm", False),
        ("% so với 2022", False),
    ],
)
def test_the_whole_after_chiem_so_voi_is_no_time_or_plan(after: str, names_a_whole: bool) -> None:
    from extractor.text import regexes as rx

    assert (rx.BARE_WHOLE_AFTER_SHARE.match(after) is not None) == names_a_whole


@pytest.mark.parametrize("bound", ["", "khoảng ", "gần ", "hơn "])
def test_regression_vuot_with_a_bound_is_how_far_above_the_plan_not_the_share_of_it(tmp_path: Path, bound: str) -> None:
    """``vượt gần 4% kế hoạch`` is how far above the plan, as ``vượt 4% kế hoạch`` is: the 4 % was
    read as the share of the plan achieved (a plan stated beside it would then give a false error)."""
    facts, findings = _facts(tmp_path, f"Năm 2021, diện tích thả nuôi tôm đạt 53.000 ha, vượt {bound}4% kế hoạch.")
    assert [r for r in facts.relations if r.kind == "target"] == []
    assert findings == []


def test_regression_a_plan_compared_with_is_no_count_of_the_share_after_it(tmp_path: Path) -> None:
    """(review) ``4.350 trẻ so với chỉ tiêu 4.200 trẻ, đạt 98,5% số trẻ trong độ tuổi``: the 4.200 was
    read as the share's count (a false warning); what was achieved, before the plan, is the count."""
    _, findings = _facts(
        tmp_path, "Toàn huyện huy động được 4.350 trẻ so với chỉ tiêu 4.200 trẻ, đạt 98,5% số trẻ trong độ tuổi."
    )
    assert [f for f in findings if f.rule == "percent"] == []
    text = (
        "Toàn huyện có 15.000 trẻ trong độ tuổi. Huy động được 14.775 trẻ so với chỉ tiêu 14.700 trẻ, đạt {}% số trẻ."
    )
    facts, findings = _facts(tmp_path, text.format("98,5"))
    assert (98.5, 14775, 15000) in _shares(facts, "base")
    assert [f for f in findings if f.rule == "percent"] == []
    _, planted = _facts(tmp_path, text.format("92,5"))
    assert [f.severity for f in planted if f.rule == "percent"] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # no part of the list is what the share names
        "Khoa có 65 cán bộ, trong số đó có 58 giảng viên, 44 thầy cô có học vị Tiến sĩ (chiếm 75% tổng số sinh viên).",
        # two parts of the list are: which one, the text does not say
        "Khoa có 65 cán bộ, trong số đó có 58 giảng viên, 50 giảng viên chính, 44 thầy cô có học vị Tiến sĩ "
        "(chiếm 75% tổng số giảng viên).",
    ],
)
def test_no_named_sibling_part_unless_one_is_named(tmp_path: Path, text: str) -> None:
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if r.evidence == "share of a part of its list named as its whole"] == []


def test_regression_the_base_of_a_pair_over_a_slash_stays_a_base(tmp_path: Path) -> None:
    """The whole of ``9.690 đài truyền thanh/10.599 xã …`` was marked as counted, so the rest named
    after it (``Còn 918 xã … chưa có đài, chiếm 8,6%``) found no base."""
    text = (
        "Cả nước hiện có 9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%. "
        "Còn 909 xã, phường, thị trấn chưa có đài, chiếm {}%."
    )
    facts, findings = _facts(tmp_path, text.format("8,6"))
    assert (8.6, 909, 10599) in _shares(facts)
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.format("9,6"))
    assert [(f.rule, f.severity) for f in planted if f.rule == "percent"] == [("percent", "warning")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share's two counts, one over the other, alone in a bracket after it
        ("Có 17 xã đạt chuẩn, đạt {}% (17 xã/20 xã).", (85.0, 17, 20)),
        (
            "Đã cai nghiện cho 55.000 lượt người, chiếm {}% số lượt người đăng ký cai nghiện ma túy tự nguyện "
            "(55.000 lượt người/80.000 lượt người).",
            (68.75, 55000, 80000),
        ),
    ],
)
def test_a_share_with_its_two_counts_in_a_bracket(tmp_path: Path, text: str, expected: tuple[float, int, int]) -> None:
    share = f"{expected[0]:g}".replace(".", ",")
    facts, findings = _facts(tmp_path, text.format(share))
    assert expected in _shares(facts)
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = _facts(tmp_path, text.format("60"))
    assert [f.rule for f in planted if f.severity in ("error", "warning") and f.rule == "percent"] == ["percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Đạt 95% kế hoạch (12 xã/15 xã).",  # a share of the plan, not of the communes
        "Đạt 80% số xã (12 xã/15 xã, tăng 2 xã).",  # more in the bracket than the pair
    ],
)
def test_no_share_of_a_pair_in_a_bracket_it_does_not_name(tmp_path: Path, text: str) -> None:
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if r.evidence == "ratio in parentheses"] == []


# ---------------------------------------------------------------- regressions of the second review


def test_regression_review_a_rate_of_change_is_no_share_of_the_pair_in_its_bracket(tmp_path: Path) -> None:
    """``tăng 15% (230 hộ/200 hộ)``: the levels of a change in the bracket, not a share's counts."""
    for text in ("Số hộ sử dụng điện lưới tăng 15% (230 hộ/200 hộ).", "Số vụ tai nạn giảm 12% (88 vụ/100 vụ)."):
        facts, findings = _facts(tmp_path, text)
        assert [r for r in facts.relations if r.evidence == "ratio in parentheses"] == []
        assert [f for f in findings if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a share of either count of a pair over a slash, its whole not named: of the 156 here
        (
            "Có 142 trạm y tế có bác sĩ/156 xã, thị trấn, đạt 91%. Có 36 trạm y tế được đầu tư xây mới, chiếm 23,1%.",
            False,
        ),
        # of neither
        (
            "Có 142 trạm y tế có bác sĩ/156 xã, thị trấn, đạt 91%. Có 36 trạm y tế được đầu tư xây mới, chiếm 28,1%.",
            True,
        ),
        # the whole named: of the count, 36/142 = 25,35, though 36/156 would give the 23,1
        (
            "Có 142 trạm y tế có bác sĩ/156 xã, thị trấn, đạt 91%. Có 36 trạm y tế được đầu tư xây mới, chiếm "
            "23,1% số trạm có bác sĩ.",
            True,
        ),
    ],
)
def test_regression_review_a_later_share_of_a_pair_over_a_slash(tmp_path: Path, text: str, flagged: bool) -> None:
    _, findings = _facts(tmp_path, text)
    assert any(f.rule == "percent" and f.severity == "warning" for f in findings) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sibling named in full, the total its first words
        (
            "Đảng bộ xã có 412 đảng viên, trong đó 380 đảng viên chính thức, 57 đồng chí được tặng Huy hiệu Đảng "
            "(chiếm 15% số đảng viên chính thức).",
            (15.0, 57, 380),
        ),
        (
            "Trường có 95 giáo viên, trong đó 60 giáo viên nữ, 20 giáo viên cốt cán, 15 giáo viên dạy giỏi cấp tỉnh "
            "(chiếm 25% số giáo viên nữ).",
            (25.0, 15, 60),
        ),
    ],
)
def test_regression_review_a_sibling_named_in_full(tmp_path: Path, text: str, expected: tuple[float, int, int]) -> None:
    facts, _ = _facts(tmp_path, text)
    assert expected in _shares(facts)


def test_regression_review_a_whole_named_with_more_words_than_the_sibling_is_not_it(tmp_path: Path) -> None:
    """``chiếm 2% số giáo viên tiểu học toàn tỉnh``: of the province's teachers, not the 210."""
    text = (
        "Huyện có 320 giáo viên, trong đó 210 giáo viên tiểu học, 45 giáo viên đạt giáo viên dạy giỏi cấp huyện "
        "(chiếm 2% số giáo viên tiểu học toàn tỉnh)."
    )
    facts, _ = _facts(tmp_path, text)
    assert [r for r in facts.relations if r.evidence == "share of a part of its list named as its whole"] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a rate of classrooms after a ratio of schools: no share of the ratio
        ("Toàn huyện có 64/69 trường đạt chuẩn quốc gia, tỷ lệ phòng học kiên cố đạt trên 97%.", False),
        # the ratio's own share, the rate words bare or a rate of what it counts being done
        ("Toàn huyện có 64/69 trường đạt chuẩn quốc gia, chiếm tỷ lệ trên 92%.", True),
        ("Đã giải quyết 112/120 đơn thuộc thẩm quyền, tỷ lệ giải quyết đạt 93,3%.", True),
        ("Có 543/545 chi bộ kiểm điểm, tỷ lệ hoàn thành đạt 99,6%.", True),
        ("Có 543/545 chi bộ kiểm điểm, đạt tỷ lệ 99,6%.", True),
    ],
)
def test_regression_a_rate_named_for_another_noun_is_no_share_of_the_ratio(
    tmp_path: Path, text: str, read: bool
) -> None:
    facts, _ = _facts(tmp_path, text)
    assert bool([r for r in facts.relations if r.kind == "percent_of"]) is read
