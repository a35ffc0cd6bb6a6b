"""Misses of planted errors in the development corpus traced to a structure the rules did not
read, and fixed generically.  Sentences written for these tests in the reports' ways, each
holding and with one wrong number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return sorted((f.rule, f.severity) for f in findings if f.rule in ("sum", "subset", "percent", "distribution"))


def _relations(tmp_path: Path, text: str) -> list[tuple[str, float | None, list[float]]]:
    facts, _ = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    out = []
    for r in facts.relations:
        whole = r.members.get("total") or r.members.get("base")
        parts = r.members.get("parts") or [r.members.get("count")]
        out.append((r.kind, value.get(str(whole)), [value[str(p)] for p in parts if p]))
    return out


ORGANISATIONS = (
    "Đảng bộ có 420 tổ chức cơ sở đảng. Qua đánh giá, 350 tổ chức hoàn thành tốt nhiệm vụ trở lên (chiếm {p}%)."
)


@pytest.mark.parametrize(("share", "found"), [("83,33", []), ("88,33", [("percent", "warning")])])
def test_regression_a_bare_to_chuc_after_a_number_counts_organisations(
    tmp_path: Path, share: str, found: list[tuple[str, str]]
) -> None:
    """``350 tổ chức`` names organisations (the tagger reads ``tổ chức`` as the verb): its share's
    base is the 420 tổ chức cơ sở đảng stated before it (no relation was read)."""
    assert ("percent_of", 420.0, [350.0]) in _relations(tmp_path, ORGANISATIONS.format(p="83,33"))
    assert _found(tmp_path, ORGANISATIONS.format(p=share)) == found


@pytest.mark.parametrize(
    "text",
    [
        "Công ty tổ chức 3 hội nghị, thu hút 350 người tham dự.",  # the verb before a number
        "Đã có 12 tổ chức và 30 cá nhân được khen thưởng.",  # organisations, no base stated
    ],
)
def test_regression_to_chuc_as_a_verb_or_without_a_base_reads_no_share(tmp_path: Path, text: str) -> None:
    assert [r for r in _relations(tmp_path, text) if r[0] == "percent_of"] == []


BADGES_AFTER_A_SUBSET = (
    "Ban Thường vụ Tỉnh ủy tặng Huy hiệu Đảng cho {t} đảng viên của 13/15 đảng bộ trực thuộc; trong đó có 29 "
    "đảng viên được tặng trước thời hạn.\n\n"
    "Gồm: Huy hiệu 30 năm tuổi Đảng là 68 đồng chí; Huy hiệu 40 năm tuổi Đảng là 27 đồng chí; Huy hiệu 50 năm "
    "tuổi Đảng là 60 đồng chí."
)


@pytest.mark.parametrize(("total", "found"), [("155", []), ("171", [("sum", "warning")])])
def test_regression_a_list_opening_a_paragraph_breaks_down_the_total_not_the_part_singled_out_of_it(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    """The paragraph before ends with a part singled out of its total (``trong đó có 29 …``) and a
    ratio of organisations: the list of members breaks down the members' total, whether or not it
    adds up (a wrong total made the list read under the 29, and the planted total went unseen)."""
    assert ("total_parts", float(total), [68.0, 27.0, 60.0]) in _relations(
        tmp_path, BADGES_AFTER_A_SUBSET.format(t=total)
    )
    assert _found(tmp_path, BADGES_AFTER_A_SUBSET.format(t=total)) == found


DISCIPLINE = (
    "Cấp ủy và ủy ban kiểm tra các cấp đã thi hành kỷ luật {t} đảng viên (giảm 12 trường hợp so với cùng kỳ), "
    "khai trừ 45 trường hợp, cách chức 6 trường hợp, cảnh cáo 61 trường hợp, khiển trách 201 trường hợp."
)


@pytest.mark.parametrize(("total", "found"), [("313", []), ("331", [("sum", "warning")])])
def test_regression_the_forms_of_discipline_listed_after_the_count_with_no_cue(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    """``kỷ luật 313 đảng viên, khai trừ 45 …, cách chức 6 …``: the forms break down the members
    disciplined though no cue stands between (the change in brackets is no part)."""
    assert ("total_parts", float(total), [45.0, 6.0, 61.0, 201.0]) in _relations(tmp_path, DISCIPLINE.format(t=total))
    assert _found(tmp_path, DISCIPLINE.format(t=total)) == found


BADGES = [
    (
        "Ban Thường vụ Tỉnh ủy quyết định trao tặng Huy hiệu Đảng cho {t} đảng viên.\n\n"
        "Trong đợt này, có 24 đồng chí nhận Huy hiệu 75 năm tuổi Đảng; 5 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; "
        "153 đồng chí nhận Huy hiệu 55 năm tuổi Đảng và 121 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
        "303",
        "330",
    ),
    (
        "Đợt này, toàn Đảng bộ phường có {t} đảng viên được trao Huy hiệu Đảng. Lãnh đạo Đảng ủy phường đã trao "
        "Huy hiệu 60 năm tuổi Đảng cho 2 đảng viên; Huy hiệu 45 năm tuổi Đảng cho 6 đảng viên và Huy hiệu 30 năm "
        "tuổi Đảng cho 9 đảng viên.",
        "17",
        "19",
    ),
]


@pytest.mark.parametrize(("text", "holds", "wrong"), BADGES)
def test_regression_badge_classes_named_in_each_item_with_no_cue(
    tmp_path: Path, text: str, holds: str, wrong: str
) -> None:
    """The badge each count received is named anywhere in its item, before or after the number;
    the run breaks down the latest count of members whose sentence names the badges."""
    assert _found(tmp_path, text.format(t=holds)) == []
    assert _found(tmp_path, text.format(t=wrong)) == [("sum", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        # no count of the badges' recipients: the 40 members are not them
        "Chi bộ có 40 đảng viên. Đồng chí Bí thư trao Huy hiệu 30 năm tuổi Đảng cho 2 đảng viên; Huy hiệu 40 năm "
        "tuổi Đảng cho 3 đảng viên.",
        # one class only: no list
        "Đảng bộ trao Huy hiệu Đảng cho 12 đảng viên. Trong đó trao Huy hiệu 30 năm tuổi Đảng cho 2 đảng viên.",
    ],
)
def test_regression_badge_items_with_no_total_of_their_own_are_not_summed(tmp_path: Path, text: str) -> None:
    assert _found(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trong danh sách 166 đơn vị, có 62 đơn vị sử dụng ngân sách nhà nước.", []),
        ("Trong danh sách 166 đơn vị, có 183 đơn vị sử dụng ngân sách nhà nước.", [("subset", "warning")]),
        ("Đặc biệt, trong 98 điều của Luật Bầu cử, có tới 40 điều quy định về vai trò của Mặt trận.", []),
        ("Đặc biệt, trong 98 điều của Luật Bầu cử, có tới 108 điều quy định về Mặt trận.", [("subset", "warning")]),
        ("Rà soát cho thấy trong 117 xã đạt chuẩn thì có 161 xã chưa duy trì chuẩn.", [("subset", "warning")]),
        # no correlative, or "trong danh sách" inside a verb phrase: no total
        ("Câu lạc bộ hoạt động trong 08 loại hình, có 120 loại hình mới.", []),
        ("Xóa tên trong danh sách 23 đảng viên, cho ra khỏi Đảng 13 đảng viên, khai trừ khỏi Đảng 03 đảng viên.", []),
    ],
)
def test_regression_a_total_opened_by_trong_inside_a_sentence(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    """``Trong danh sách N …`` opens a total as ``Trong số N …`` does; a bare ``trong N …`` inside a
    sentence only with its correlative (``thì có``, ``có tới``)."""
    assert _found(tmp_path, text) == found


RATED = (
    "Năm 2023, Đảng bộ đã đánh giá, xếp loại {t} đảng viên.\n\n"
    "Qua đánh giá, có 40 đảng viên hoàn thành xuất sắc nhiệm vụ, 180 đảng viên hoàn thành tốt nhiệm vụ, 25 "
    "đảng viên hoàn thành nhiệm vụ, 5 đảng viên không hoàn thành nhiệm vụ."
)
STOCK = (
    "Đảng bộ có {t} đảng viên.\n\n"
    "Qua đánh giá, có 40 đảng viên hoàn thành xuất sắc nhiệm vụ, 180 đảng viên hoàn thành tốt nhiệm vụ, 25 "
    "đảng viên hoàn thành nhiệm vụ, 5 đảng viên không hoàn thành nhiệm vụ."
)


@pytest.mark.parametrize(
    ("text", "total", "found"),
    [
        (RATED, "250", []),
        (RATED, "260", [("sum", "warning")]),  # every one rated has a class: a sum below is off too
        (STOCK, "250", []),
        (STOCK, "260", []),  # a stock may hold members not rated (exempt, newly admitted): open
        (STOCK, "240", [("sum", "warning")]),
    ],
)
def test_regression_every_class_after_the_count_of_those_rated_must_make_it(
    tmp_path: Path, text: str, total: str, found: list[tuple[str, str]]
) -> None:
    assert _found(tmp_path, text.format(t=total)) == found


@pytest.mark.parametrize(
    ("share", "found"),
    [("28,3", []), ("33,3", [("percent", "warning")])],
)
def test_regression_a_rate_of_completion_named_before_its_value(
    tmp_path: Path, share: str, found: list[tuple[str, str]]
) -> None:
    """``đạt tỷ lệ hoàn thành là 28,3%``: the rate's name and ``là`` between the cue and the value."""
    text = (
        "Năm 2019 xử lý tổng số 1.610 hồ sơ. Các đơn vị thuộc Bộ đã xử lý và trả kết quả cho 456 hồ sơ, "
        f"đạt tỷ lệ hoàn thành là {share}%."
    )
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(("share", "found"), [("100", []), ("95", [("percent", "warning")])])
def test_regression_a_share_of_100_percent_in_a_sentence_of_its_own(
    tmp_path: Path, share: str, found: list[tuple[str, str]]
) -> None:
    """``… có 323 học sinh đủ điều kiện. Đạt tỷ lệ 100%.``: a sentence that is nothing but the share
    is of the count before it, and a base as large as its count is a base (100 %)."""
    text = (
        "Kết quả, có 323 học sinh dự xét tuyển vào lớp 6 và có 323 học sinh đủ điều kiện được xét tuyển "
        f"vào lớp 6, năm học 2018 – 2019. Đạt tỷ lệ {share}%."
    )
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # two kinds side by side, each with its own qualifier: neither is the other's whole (round 22's warning)
        ("Năm 2023 có 230 khu dân cư công nhận mới và 167 khu dân cư công nhận lại (74,9%).", False),
        # a count with no qualifier, then one of its kind: a share of it, as before
        ("Đảng bộ có 250 đảng viên và 60 đảng viên nữ (24%).", True),
        ("Toàn tỉnh có 500 hộ nghèo, trong năm có 120 hộ thoát nghèo (24%).", True),
    ],
)
def test_regression_round22_counts_of_two_kinds_joined_by_va_are_no_share_and_base(
    tmp_path: Path, text: str, read: bool
) -> None:
    assert any(r[0] == "percent_of" for r in _relations(tmp_path, text)) is read


# ---------------------------------------------------------------- a review of this session's rules (about 410 probes)


@pytest.mark.parametrize(
    "text",
    [
        # badges of another occasion, time or stock than the count before them
        "Huyện ủy trao Huy hiệu Đảng cho 20 đảng viên. Ngoài ra, có 12 đồng chí được tặng Huy hiệu 30 năm tuổi Đảng "
        "tại Đảng bộ Quân sự và 10 đồng chí nhận Huy hiệu 40 năm tuổi Đảng tại Đảng bộ Công an.",
        "Năm 2022 trao Huy hiệu Đảng cho 20 đảng viên.\n\nNăm 2023, có 15 đồng chí nhận Huy hiệu 30 năm tuổi Đảng, "
        "10 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.",
        "Huyện ủy trao Huy hiệu Đảng cho 20 đảng viên. Toàn Đảng bộ hiện có 25 đồng chí đã nhận Huy hiệu 60 năm tuổi "
        "Đảng, 14 đồng chí đã nhận Huy hiệu 70 năm tuổi Đảng.",
        # the classes of another period, or some left pending, after the count of those rated
        "Đảng ủy đã đánh giá, xếp loại 250 đảng viên.\n\nNăm 2022, có 40 đảng viên hoàn thành xuất sắc nhiệm vụ, 180 "
        "đảng viên hoàn thành tốt nhiệm vụ, 20 đảng viên hoàn thành nhiệm vụ, 5 đảng viên không hoàn thành nhiệm vụ.",
        "Đảng ủy đã đánh giá, xếp loại 250 đảng viên.\n\nQua đánh giá, có 40 đảng viên hoàn thành xuất sắc nhiệm vụ, "
        "180 đảng viên hoàn thành tốt nhiệm vụ, 25 đảng viên hoàn thành nhiệm vụ, 3 đảng viên không hoàn thành nhiệm "
        "vụ; 2 đảng viên đang xem xét.",
        # a sibling amount across a semicolon is no base of the share
        "Thu ngân sách nhà nước trên địa bàn đạt 1.208 tỷ đồng; thu nội địa 1.160,66 tỷ; thu viện trợ 47,34 tỷ, chiếm "
        "3,92%.",
        # "trong N …" with its correlative, of another noun
        "Xã nằm trong 62 xã đặc biệt khó khăn, có tới 85 hộ nghèo.",
        # a share in a sentence of its own is not of the change before it
        "Đến nay, toàn tỉnh có 5 huyện đạt chuẩn nông thôn mới, tăng 2 huyện. Đạt tỷ lệ 50%.",
    ],
)
def test_regression_review17_false_warnings(tmp_path: Path, text: str) -> None:
    assert _found(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an ampersand in a ministry's code is its usual spelling: info, not a warning
        ("Thực hiện Thông tư số 36/2017/TT-BGD&ĐT ngày 28/12/2017 của Bộ GD&ĐT.", [("directive-variant", "info")]),
    ],
)
def test_regression_review17_the_ampersand_of_a_ministry_code_is_info(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert sorted((f.rule, f.severity) for f in findings) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare whole before the qualified count of its noun: the share is read and judged again
        ("Toàn huyện có 350 khu dân cư và 280 khu dân cư đạt chuẩn văn hóa (80%).", []),
        ("Toàn huyện có 350 khu dân cư và 280 khu dân cư đạt chuẩn văn hóa (85%).", [("percent", "warning")]),
        ("Xã có 1.200 hộ gia đình và 960 hộ gia đình đạt danh hiệu văn hóa (88%).", [("percent", "warning")]),
        # the forms of discipline in "đồng chí" after the members disciplined
        (
            "Cấp ủy các cấp đã thi hành kỷ luật 42 đảng viên, khiển trách 25 đồng chí, cảnh cáo 12 đồng chí, khai trừ "
            "9 đồng chí.",
            [("sum", "warning")],
        ),
        # "Kết quả:" opens the results; the count rated named after it ("… được đánh giá, xếp loại")
        (
            "Đảng bộ đã đánh giá, xếp loại 321 đảng viên.\n\nKết quả: có 45 đảng viên hoàn thành xuất sắc nhiệm vụ, "
            "230 đảng viên hoàn thành tốt nhiệm vụ, 30 đảng viên hoàn thành nhiệm vụ, 7 đảng viên không hoàn thành "
            "nhiệm vụ.",
            [("sum", "warning")],
        ),
        (
            "Năm 2023, có 2.345 đảng viên được đánh giá, xếp loại.\n\nCó 356 đảng viên hoàn thành xuất sắc nhiệm vụ, "
            "1.789 đảng viên hoàn thành tốt nhiệm vụ, 180 đảng viên hoàn thành nhiệm vụ, 10 đảng viên không hoàn thành "
            "nhiệm vụ.",
            [("sum", "warning")],
        ),
    ],
)
def test_regression_review17_misses(tmp_path: Path, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stages, not siblings: those who passed sat the exam; a bare "Đạt N%." sentence is the share
        ("Có 156 học sinh dự thi và 150 học sinh đỗ. Đạt 96,15%.", []),
        (
            "Có 156 học sinh dự thi và 150 học sinh đỗ. Đạt 91,15%.",
            [("granularity", "warning"), ("percent", "warning")],
        ),
        # two values of one qualifier: siblings, no share
        ("Năm 2023 có 500 đảng viên nam và 480 đảng viên nữ (48,9%).", []),
    ],
)
def test_regression_review17_stages_joined_by_va_and_a_bare_dat_sentence(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert sorted((f.rule, f.severity) for f in findings if f.severity != "info") == found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Căn cứ Quyết định số 1600/QĐ/TTg ngày 16/8/2016 của Thủ tướng Chính phủ", ["1600/QĐ-TTg"]),
        ("Năm 2016 có 12/2016/TT/BNV", []),  # no type word before a slash for the dash
        ("Báo cáo số 1-BC/TTg,", ["1-BC/TTg"]),  # a dash and a slash swapped: the Party form, read once
    ],
)
def test_regression_review17_a_slash_for_the_dash_after_a_type_word(text: str, keys: list[str]) -> None:
    from extractor.find.directives import find_in_text

    assert [c.key for c in find_in_text(text) if c.kind == "citation"] == keys


@pytest.mark.parametrize(
    ("total", "found"),
    [("64", []), ("74", [("sum", "warning")])],
)
def test_regression_review17_discipline_forms_in_cases_after_semicolons(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    """``Thi hành kỷ luật 64 đảng viên; khiển trách 40 trường hợp; …``: the forms counted in cases,
    one a clause, break down the members disciplined (no relation was read)."""
    text = (
        f"Thi hành kỷ luật {total} đảng viên; khiển trách 40 trường hợp; cảnh cáo 16 trường hợp; cách chức 3 "
        "trường hợp; khai trừ 5 trường hợp."
    )
    assert _found(tmp_path, text) == found


def test_regression_review17_cases_are_no_organisations(tmp_path: Path) -> None:
    text = "Cấp ủy thi hành kỷ luật 5 tổ chức đảng; khiển trách 3 trường hợp, cảnh cáo 4 trường hợp."
    assert _relations(tmp_path, text) == []


@pytest.mark.parametrize(
    ("women", "found"),
    [("160", []), ("460", [("subset", "warning")])],
)
def test_regression_review17_members_are_no_attribute_of_cells(
    tmp_path: Path, women: str, found: list[tuple[str, str]]
) -> None:
    """A list of members' attributes opening a paragraph is of the members, not of the cells they
    meet in (it was held to the 18 cells, as info)."""
    text = (
        "Đảng bộ xã có 420 đảng viên, sinh hoạt tại 18 chi bộ.\n\n"
        f"Trong đó, đảng viên nữ {women} đồng chí, đảng viên dân tộc thiểu số 95 đồng chí."
    )
    assert ("subset_of", 420.0, [float(women), 95.0]) in _relations(tmp_path, text)
    assert _found(tmp_path, text) == found
