"""A level at the start of a period, its change and the level at the end, stated in separate
sentences: read as a change (plausible), so a wrong number among them is reported as info.  Each
sentence is written for the rule, in the way socio-economic and Party reports state levels."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor

HOLDS = [
    (
        "Tổng số hộ nghèo đầu năm 2023 là 10.781 hộ, chiếm tỷ lệ 4,1%. Đến cuối năm 2023, tổng số hộ nghèo "
        "là 8.481 hộ, chiếm tỷ lệ 3,22% (giảm 2.300 hộ), giảm 0,88% so với đầu năm.",
        [(10781, 2300, 8481), (4.1, 0.88, 3.22)],
    ),
    (
        "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm, Đảng bộ có 1.312 đảng viên, tăng 62 đảng viên.",
        [(1250, 62, 1312)],
    ),
    (
        "Đối với hộ cận nghèo, đầu năm có 21.101 hộ. Đến cuối năm, giảm còn 17.691 (giảm 3.410 hộ).",
        [(21101, 3410, 17691)],
    ),
]

NOT_CHANGES = [
    # the change is over another period, not from the start
    "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, tăng 40 đảng viên so với cùng kỳ.",
    # no start of the period is named
    "Năm 2022, Đảng bộ có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, tăng 62 đảng viên.",
    # the figure after the end is no change
    "Đầu năm có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, 40 đảng viên dự bị.",
]


def _changes(tmp_path: Path, body: str):
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nKết quả công tác\n\n" + body + "\n", encoding="utf-8")
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    found = [
        (value[r.members["start"]], value[r.members["change"]], value[r.members["end"]], r.certainty)
        for r in facts.relations
        if r.kind == "change"
    ]
    return found, extractor.check_facts([(doc, facts)])


@pytest.mark.parametrize(("text", "expected"), HOLDS, ids=[t[:40] for t, _ in HOLDS])
def test_levels_across_sentences(tmp_path: Path, text: str, expected: list[tuple[float, float, float]]) -> None:
    found, findings = _changes(tmp_path, text)
    assert [(s, c, e) for s, c, e, _ in found] == expected
    assert {cert for *_, cert in found} == {"plausible"}
    assert [f for f in findings if f.rule == "identity"] == []


def test_a_wrong_end_is_info(tmp_path: Path) -> None:
    """Across sentences the identity is only implied: a mismatch is reported as ``info`` (a
    second review found other units, subsets and gross changes between such sentences)."""
    text = "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm, Đảng bộ có 1.332 đảng viên, tăng 62 đảng viên."
    _, findings = _changes(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.rule == "identity"] == [("identity", "info")]


@pytest.mark.parametrize("text", NOT_CHANGES, ids=[t[:40] for t in NOT_CHANGES])
def test_no_change_is_read(tmp_path: Path, text: str) -> None:
    found, _ = _changes(tmp_path, text)
    assert found == []


REVIEW_CASES = [  # regressions: a review's false warnings from levels read across sentences
    # the changes are gross (tăng … giảm …), their net not stated
    "Đầu năm 2023, Đảng bộ có 3.450 đảng viên. Đến cuối năm 2023, Đảng bộ có 3.520 đảng viên, "
    "tăng 120 đảng viên do kết nạp mới, giảm 50 đảng viên do từ trần và chuyển sinh hoạt.",
    # another category of the same noun at the end
    "Đầu năm 2023, toàn huyện có 1.250 hộ nghèo, chiếm 4,2%. Đến cuối năm 2023, hộ cận nghèo còn 870 hộ, giảm 95 hộ.",
    # the start and the end in other years than the change
    "Đầu năm 2021, toàn huyện có 62 xã đạt chuẩn nông thôn mới. Đến cuối năm 2023, toàn huyện có 78 xã đạt chuẩn, "
    "riêng năm 2023 tăng 6 xã.",
    # the "end" is acted on, not a level
    "Đầu năm 2023 có 1.200 lao động chưa có việc làm. Đến cuối năm 2023 đã tạo việc làm mới cho 850 lao động, "
    "tăng 120 lao động.",
    "Đầu năm 2023, toàn huyện có 1.250 hộ nghèo. Hiện nay, toàn huyện có 85 hộ nghèo được hỗ trợ xây nhà, tăng 20 hộ.",
]


SECOND_REVIEW = [  # the second review's: at most info now, whatever the reading
    "Đầu năm 2023, huyện Đại Từ có 1.240 hộ nghèo. Đến cuối năm 2023, huyện Phú Lương còn 860 hộ nghèo, giảm 210 hộ.",
    "Đầu năm 2023, toàn tỉnh có 45.300 đảng viên. Đến cuối năm 2023, Đảng bộ Khối doanh nghiệp có 3.250 đảng viên, "
    "tăng 85 đảng viên.",
    "Đầu năm 2023, toàn huyện có 18 xã đạt chuẩn nông thôn mới. Đến cuối năm 2023, có 6 xã đạt chuẩn nông thôn mới "
    "nâng cao, tăng 2 xã.",
]


@pytest.mark.parametrize("text", SECOND_REVIEW, ids=[t[:40] for t in SECOND_REVIEW])
def test_regression_levels_across_sentences_are_never_a_warning(tmp_path: Path, text: str) -> None:
    _, findings = _changes(tmp_path, text)
    assert [f for f in findings if f.rule == "identity" and f.severity != "info"] == []


@pytest.mark.parametrize("text", REVIEW_CASES, ids=[t[:40] for t in REVIEW_CASES])
def test_regression_no_level_change_where_the_text_states_none(tmp_path: Path, text: str) -> None:
    found, findings = _changes(tmp_path, text)
    assert found == []
    assert [f for f in findings if f.rule == "identity"] == []


SUBJECT_AGAIN = [
    # the comparison names the level's subject again, then the earlier time, its level in a bracket
    (
        "Số việc có điều kiện năm 2017 chuyển sang năm 2018 là 210.041 việc, so với số việc có điều kiện thi hành "
        "năm 2016 chuyển sang năm 2017 (144.857 việc) tăng {} việc.",
        "65.184",
        "75.184",
    ),
    (
        "Năm 2023, Đảng bộ kết nạp 250 đảng viên, so với số đảng viên kết nạp năm 2022 (210 đảng viên) "
        "tăng {} đảng viên.",
        "40",
        "45",
    ),
]


SUBJECT_AGAIN.append(
    # two levels of the unit before the comparison: the one whose clause names the subject again
    (
        "Số việc chuyển kỳ sau 358.855 việc, trong đó số việc có điều kiện năm 2017 chuyển sang năm 2018 là "
        "210.041 việc, so với số việc có điều kiện thi hành năm 2016 chuyển sang năm 2017 (144.857 việc) tăng {} việc.",
        "65.184",
        "75.184",
    )
)


SUBJECT_AGAIN += [
    # (review) the subject's level first, a part between it and the comparison
    (
        "Số việc có điều kiện thi hành là 310.200 việc, trong đó số việc đã thi hành xong là 250.100 việc, so với "
        "số việc có điều kiện thi hành năm 2022 (298.600 việc) tăng {} việc.",
        "11.600",
        "11.060",
    ),
    # (review) one word of subject, then the time; a school year; months of a year
    (
        "Trong 6 tháng đầu năm 2024, số vụ phạm tội về ma túy phát hiện là 87 vụ, so với số vụ cùng kỳ năm trước "
        "(95 vụ) giảm {} vụ.",
        "8",
        "18",
    ),
    (
        "Số học sinh bỏ học năm học 2022-2023 là 86 em, so với số học sinh bỏ học năm học 2021-2022 (112 em) "
        "giảm {} em.",
        "26",
        "62",
    ),
    (
        "Số đơn thư tiếp nhận 6 tháng đầu năm 2024 là 512 đơn, so với số đơn thư tiếp nhận 6 tháng đầu năm 2023 "
        "(526 đơn) giảm {} đơn.",
        "14",
        "41",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), SUBJECT_AGAIN)
def test_a_comparison_naming_its_subject_again_gives_the_earlier_level(
    tmp_path: Path, text: str, right: str, wrong: str
) -> None:
    found, findings = _changes(tmp_path, text.format(right))
    assert len(found) == 1
    assert [f for f in findings if f.rule == "identity"] == []
    _, planted = _changes(tmp_path, text.format(wrong))
    assert [(f.rule, f.severity) for f in planted if f.rule == "identity"] == [("identity", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        # another subject, not the level's, at another time
        "Năm 2023, huyện tiếp nhận 512 đơn, so với số hồ sơ của tỉnh năm 2022 (400 hồ sơ) tăng 112 đơn.",
        # the subject again but no other time: another body's level
        "Năm 2023, huyện tiếp nhận 512 đơn, so với số đơn của huyện Gio Linh (400 đơn) tăng 112 đơn.",
        # two levels of the unit, both clauses naming the subject: either could be meant
        "Số việc có điều kiện là 358.855 việc, trong đó số việc có điều kiện chuyển sang năm 2018 là 210.041 việc, "
        "so với số việc có điều kiện năm 2016 chuyển sang năm 2017 (144.857 việc) tăng 65.184 việc.",
        # (review) another body's level, named with "của"
        "Số hộ nghèo của xã Hải Lâm cuối năm 2023 là 245 hộ, so với số hộ nghèo của xã Hải Phú năm 2023 (312 hộ) "
        "giảm 67 hộ.",
        "Số vụ án hình sự thụ lý năm 2023 của huyện Gio Linh là 412 vụ, so với số vụ án của huyện Cam Lộ năm 2023 "
        "(350 vụ) tăng 62 vụ.",
        # (code review) another place named without "của"
        "Số hộ nghèo của xã Hải Lâm cuối năm 2023 là 245 hộ, so với số hộ nghèo trên địa bàn huyện năm 2023 "
        "(1.312 hộ) giảm 67 hộ.",
        "Số hộ nghèo của xã Hải Lâm cuối năm 2023 là 245 hộ, so với số hộ nghèo xã Hải Phú năm 2023 (312 hộ) "
        "giảm 67 hộ.",
        # (review) another kind of the subject: criminal cases now, civil cases then
        "Số vụ án hình sự khởi tố năm 2023 là 85 vụ, so với số vụ án dân sự thụ lý năm 2022 (120 vụ) giảm 35 vụ.",
        # the subject again with a plan
        "Năm 2023 kết nạp 250 đảng viên, so với số đảng viên kết nạp theo kế hoạch năm 2023 (210 đảng viên) tăng 40.",
    ],
)
def test_no_earlier_level_from_another_subject_or_no_time(tmp_path: Path, text: str) -> None:
    found, _ = _changes(tmp_path, text)
    assert found == []


def test_regression_review_last_years_level_in_a_bracket_is_no_part_of_this_years(tmp_path: Path) -> None:
    """The bracket of an earlier level was also read as a part of the level now (a false
    subset warning: 1.170 larger than 1.068)."""
    text = "Số đơn thư tiếp nhận là 1.068 đơn, so với số đơn thư của năm trước (1.170 đơn) giảm 102 đơn."
    found, findings = _changes(tmp_path, text)
    assert [(s, c, e) for s, c, e, _ in found] == [(1170, 102, 1068)]
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def test_regression_code_review_the_subject_said_again_is_looked_for_every_time(tmp_path: Path) -> None:
    """The subject's first words were looked for once in the level's sentence: a first mention of
    another kind (``vụ án dân sự``) hid the level's own (``vụ án hình sự``)."""
    text = (
        "Số vụ án dân sự thụ lý là 40 vụ; số vụ án hình sự khởi tố là 85 vụ, so với số vụ án hình sự khởi tố "
        "năm 2022 (120 vụ) giảm {} vụ."
    )
    found, _ = _changes(tmp_path, text.format("35"))
    assert [(s, c, e) for s, c, e, _ in found] == [(120, 35, 85)]


def test_regression_code_review_a_second_comparison_naming_its_subject_again(tmp_path: Path) -> None:
    """A change closing an earlier comparison of the same level that names its subject again was
    never skipped back over: only the first comparison was read."""
    text = "Năm 2023 xảy ra 87 vụ, so với số vụ năm 2022 (95 vụ) giảm 8 vụ, so với số vụ năm 2021 (107 vụ) giảm {} vụ."
    found, _ = _changes(tmp_path, text.format("20"))
    assert sorted((s, c, e) for s, c, e, _ in found) == [(95, 8, 87), (107, 20, 87)]
