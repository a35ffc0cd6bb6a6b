"""Regressions found by the second review of the figure formats (durations, names, holidays,
ordinals, addresses, spelled-out counts, numbers of times, departments, amounts in scales):
one test per fault, named after it, each with the figure that must stay one."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.directives import find_in_text
from extractor.text.values import find_quantities
from tests.snippets import read_snippet, shares


def _numbers(text: str) -> list[str]:
    return [text[q.number_start : q.number_end] for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a list before a duration: only badge years before "năm tuổi" are no figures
        ("năm 2022 là 56 và 9 tháng đầu năm 2023 là 40", ["56", "40"]),
        ("cả năm 312, 9 tháng đầu năm 2023 là 240", ["312", "240"]),
        ("trao Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng cho 19 đảng viên", ["19"]),
        # a team is named by a number only with "số"; a grade is no count of classes
        ("Đoàn kiểm tra 12 tổ chức đảng", ["12"]),
        ("Đoàn kiểm tra số 2 làm việc với 14 đơn vị", ["14"]),
        ("mở lớp 45 học viên", ["45"]),
        ("mở 3 lớp 150 học viên", ["3", "150"]),
        ("mở lớp 5 học viên cảm tình Đảng", ["5"]),
        ("99,2% học sinh vào lớp 1.", ["99,2"]),
        ("học sinh lớp 9, có 120 em", ["120"]),
        # a holiday's day and month only right after its word, never a ratio later on
        ("Nhân dịp Tết Nguyên đán, 10/12 xã tổ chức thăm hỏi", ["10/12"]),
        ("nhân dịp 30/4 tặng 20 suất quà", ["20"]),
        ("kỷ niệm ngày 3/2 kết nạp 35 đảng viên", ["35"]),
        # a place in a ranking is a figure
        ("tỉnh đứng ở vị trí thứ 25, tăng 3 bậc", ["25", "3"]),
        # an amount after a type word written as a verb or a noun is no document's number
        ("xuất toán do chưa thực hiện đúng quy định 154 tỷ đồng và 103 ha đất", ["154", "103"]),
        ("thu hồi theo quyết định 25 tỷ đồng", ["25"]),
        ("hỗ trợ theo quyết định 1.250 người", ["1.250"]),
        ("Thực hiện Quy định 154 của Ban Bí thư, kiểm tra 12 chi bộ", ["12"]),
        ("theo quyết định 12 và quyết định 15 của UBND tỉnh", []),
        # a counted noun glued to its number by a missing space
        ("có 3 đảng viên 55 năm tuổi đảng; 1đảng viên 50 năm tuổi đảng", ["3", "1"]),
        ("cấp ủy gồm 03 đồng chí: 01bí thư, 01 phó bí thư, 01 ủy viên", ["03", "01", "01", "01"]),
        ("Khối lớp 3: 131 HS/ 54 nữ/ 3lớp", ["131", "54", "3"]),
        ("đã thi hành xong 1.521việc, còn 441 việc; khởi tố 2vụ", ["1.521", "441", "2"]),
        ("CNKG2 và 4.0Hằng", []),
        ("mã số 25C1 và 12B3, lớp 5A2", []),
        # an amount after a name's word is the amount, not the name's number
        ("Tổng vốn 12 tỷ đồng, trong đó ngân sách trung ương 3 tỷ đồng", ["12", "3"]),
        ("quán triệt Nghị quyết Trung ương 4 khóa XII cho 120 đảng viên", ["120"]),
        # a village by its number is a name; rural development's amount is an amount
        ("Gồm các chi bộ: Chi bộ thôn 1, Chi bộ thôn 2, Chi bộ thôn 3 và Chi bộ Trường Tiểu học", []),
        ("Phát triển nông thôn 2.174 tỷ đồng, thôn 3 có 120 hộ nghèo", ["2.174", "120"]),
        ("Xã có 6 thôn, 3.450 hộ; buôn 2 có 40 hộ", ["6", "3.450", "40"]),
        ("tỷ lệ hộ nghèo cao thứ 6 so với cả nước, năm 2018 xếp ở vị trí thứ 8;", ["6", "8"]),
        ("Đây là nhiệm kỳ thứ 3, huyện có 83 chi bộ", ["83"]),
        # "đại biểu 95" counts; a table's number before a comma; the programme with "01" or a list
        ("số đại biểu 95 người", ["95"]),
        ("Theo Bảng 2, toàn tỉnh có 40 xã", ["40"]),
        ("Chương trình Mỗi xã 01 sản phẩm có 12 sản phẩm", ["12"]),
        ("Chương trình Mỗi xã, phường 1 sản phẩm có 12 sản phẩm", ["12"]),
        # a year before a noun that only spelled-out numbers count; "hết năm"; a crop season
        ("đến 2025 hộ nghèo giảm còn 3%", ["3"]),
        ("hết năm 2022 có 40 hộ", ["40"]),
        ("gieo cấy ba vụ lúa, khởi tố tám vụ", ["tám"]),
        # an amount after a name's word is not backtracked into the name's number
        ("ngân sách Trung ương 12.500 triệu đồng", ["12.500"]),
        # a house number is no ratio
        ("trụ sở tại số 125/14 đường Trần Phú có 40 đảng viên", ["40"]),
    ],
)
def test_regression_figure_formats_second_review(text: str, figures: list[str]) -> None:
    assert _numbers(text) == figures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Tổ chức 24 lần kiểm tra, tăng 2 lần so với cùng kỳ (22 lần)", ["count", "count", "count"]),
        ("doanh thu tăng lên 3 lần so với năm 2015", ["ratio"]),
        ("doanh thu tăng gấp 3 lần cùng kỳ", ["ratio"]),
    ],
)
def test_regression_tang_n_lan_of_counted_occasions_is_a_change(text: str, measures: list[str]) -> None:
    assert [q.measure for q in find_quantities(text)] == measures


def test_regression_a_department_is_capitals_only() -> None:
    (c,) = find_in_text("theo Quyết định số 1234/QĐ-UBND-Ngày 5/3/2020 của UBND tỉnh")
    assert c.key == "1234/QĐ-UBND"
    (d,) = find_in_text("Quyết định số 1187/QĐ-BNN-TCLN về công bố hiện trạng rừng")
    assert d.key == "1187/QĐ-BNN-TCLN"


def test_regression_bare_ty_le_after_a_semicolon_is_a_share_of_the_clause_before(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Đảng bộ có 500 đảng viên, trong đó 226 đảng viên nữ; tỷ lệ 45,2%.")
    assert shares(facts) == [(45.2, 226.0, 500.0)]


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        ("hỗ trợ 5 triệu 500 nghìn đồng/người", "5 triệu 500 nghìn", 5.5, "triệu đồng/người"),
        ("thu hút 2 tỷ 300 triệu USD vốn đầu tư", "2 tỷ 300 triệu", 2.3, "tỷ USD"),
        ("tổng vốn 355 tỷ 670 triệu đ", "355 tỷ 670 triệu", 355.67, "tỷ đồng"),
    ],
)
def test_regression_amounts_in_scales_keep_currency_and_tail(text: str, raw: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.number.raw, q.unit) == (raw, unit)
    assert q.value == pytest.approx(value)


def test_regression_an_amount_in_scales_is_shown_without_a_second_scale(tmp_path: Path) -> None:
    _, findings = read_snippet(
        tmp_path,
        "Tổng thu 10 tỷ 500 triệu đồng, gồm: thu nội địa 6.200 triệu đồng, thu khác 4 tỷ 100 triệu đồng.",
    )
    (sums,) = [f for f in findings if f.rule == "sum"]
    assert "6.200 triệu đồng + 4 tỷ 100 triệu đồng" in sums.computation
    assert "triệu tỷ" not in sums.computation + sums.message_en


def test_regression_a_place_in_a_ranking_is_a_rank() -> None:
    text = "tỷ lệ hộ nghèo cao thứ 6 so với cả nước, năm 2018 xếp ở vị trí thứ 8, năm 2020 thứ 10"
    assert [(q.number.raw, q.measure) for q in find_quantities(text)] == [("6", "rank"), ("8", "rank")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a web page's number glued to its cue word is still read (it was lost: round 19)
        ("Thu nội địa đạt 694,41 tỷ đồng, giảm1,73% so với cùng kỳ", ["694,41", "1,73"]),
        ("chi đầu tư 2.032,05 tỷ đồng, tăng31,05%, chiếm28,15% tổng chi", ["2.032,05", "31,05", "28,15"]),
        ("Tỉnh đã trợ cấp tổng số tiền17.170 triệu đồng", ["17.170"]),
        ("số hồ sơ tháng 5 là hơn4.500 hồ sơ", ["4.500"]),
        # glued to any other word it stays no figure: a list's number, a note's marker, a name
        ("Bí thư chi bộ1. Nguyễn Văn A", []),
        ("so với cùng kỳ năm trước1. Diện tích", []),
        ("dịch COVID19 và cúm H5N1", []),
    ],
)
def test_regression_a_number_glued_to_its_cue_word(text: str, figures: list[str]) -> None:
    assert _numbers(text) == figures


@pytest.mark.parametrize(
    "text",
    ["Toàn tỉnh có 150 xã, trong đó 120 xã đạt chuẩn, 30 xã chưa đạt3.", "các khoản thu đều tăng2, chi giảm", "đạt5."],
)
def test_regression_a_note_marker_glued_after_a_cue_word_is_no_figure(text: str) -> None:
    """``chưa đạt3.``: a number glued to its cue word is read only when it goes on to ``%`` or a word."""
    assert all(n not in ("3", "2", "5") for n in _numbers(text))


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("thu bổ sung từ ngân sách cấp trên 300 tỷ đồng", None),  # the level above, no approximation
        ("Cấp trên 12 đơn vị", None),
        ("đạt trên 300 tỷ đồng", "trên"),
        ("đạt hơn 300 tỷ đồng", "hơn"),
    ],
)
def test_cap_tren_is_the_level_above_not_more_than(text: str, approx: str | None) -> None:
    (q,) = find_quantities(text)
    assert q.approx == approx


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the whole a count and its noun stand over, not a year
        ("thi hành xong 1.521 việc/1962 việc có điều kiện", ["1.521", "1962"]),
        ("thi hành xong 1.521việc/1962 việc có điều kiện", ["1.521", "1962"]),
        # years stay years
        ("năm học 2019/2020", []),
        ("tháng 6/2020 có 20 hộ", ["20"]),
    ],
)
def test_a_year_like_whole_over_a_slash_is_a_count(text: str, figures: list[str]) -> None:
    assert _numbers(text) == figures


def test_a_share_of_a_pair_with_a_glued_noun(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Đã thi hành xong 1.521việc/1962 việc có điều kiện, đạt 77,5%.")
    assert shares(facts) == [(77.5, 1521.0, 1962.0)]


@pytest.mark.parametrize("text", ["Ước 02 tháng/2023 thu ngân sách đạt 96,4%", "So với 6 th/2008"])
def test_a_time_over_a_year_stays_a_period(text: str) -> None:
    assert "2023" not in _numbers(text) and "2008" not in _numbers(text)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Xếp loại hoàn thành nhiệm vụ: 01GV.", "01"),
        ("Đảng viên có trình độ sơ cấp: 19đ/c.", "19"),
        ("Học sinh khá: 45HS, giỏi: 12HS.", "45"),
    ],
)
def test_a_count_glued_to_an_abbreviated_noun_of_persons_is_a_figure(tmp_path: Path, text: str, raw: str) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert raw in [f.raw for f in facts.figures]


@pytest.mark.parametrize(
    ("text", "raw", "subject"),
    [
        ("Đảng bộ có 9.160 đảng viên. Đảng viên là người theo đạo là 1228 (chiếm 13,4%).", "1228", "dang_vien"),
        ("Tổng số đảng viên là 40.", "40", "dang_vien"),
        # after a time that opens the sentence, and "Số lượng"
        ("Đảng bộ có 1.420 đảng viên. Trong năm, đảng viên mới kết nạp là 85.", "85", "dang_vien_moi"),
        ("Đảng bộ có 850 đảng viên. Số lượng đảng viên nữ là 214, chiếm 25,18%.", "214", "dang_vien"),
        # an age, an average or an extreme of the unit counts nothing of it
        ("Đảng viên có tuổi cao nhất là 60, thấp nhất là 20.", "60", "other"),
    ],
)
def test_a_number_stated_after_the_unit_a_sentence_opens_with_counts_it(
    tmp_path: Path, text: str, raw: str, subject: str
) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert {f.raw: f.subject for f in facts.figures}[raw] == subject


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a pair over a slash after a noun of persons in capitals, or a count glued to nữ
        ("Năm học này có 333 HS/12 lớp.", ["333", "12"]),
        ("Toàn trường có 513 HS/ 227nữ/ 11 lớp.", ["513", "227", "11"]),
        # "/1 lớp" is a rate's unit alone, a row's count beside rows of the same two nouns …
        ("bình quân 35 HS/1 lớp", ["35"]),
        ("không có lớp nào vượt quá 45 HS/1 lớp; Khối 10: 360 HS/10 lớp", ["45", "360", "10"]),
        ("Trường có 1.248 HS/596 nữ/34 lớp", ["1.248", "596", "34"]),
        ("nhà trẻ 25 trẻ/1 lớp; lớp mầm 87 trẻ/3 lớp", ["25", "1", "87", "3"]),
        # … but not after an average, even beside a pair of the same nouns
        ("đạt 1.286 tiêu chí/92 xã; bình quân 14 tiêu chí/1 xã", ["1.286", "92", "14"]),
        # a document's symbol before a slash stays no noun
        ("theo Kế hoạch số 05-KH/12 ngày", []),
    ],
)
def test_rows_over_slashes_are_read_whole(text: str, figures: list[str]) -> None:
    assert _numbers(text) == figures


def test_regression_the_label_of_a_pairs_partner_is_not_the_first_numbers(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Tổng số trẻ ra lớp: 412 trẻ/15 lớp.")
    assert [(f.raw, f.subject) for f in facts.figures] == [("412", "other"), ("15", "lop")]


def test_regression_the_second_of_a_pair_counts_its_own_noun(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "gồm 235 đơn/235 vụ khiếu nại, 35 đơn/35 vụ tố cáo.")
    assert [f.subject_text for f in facts.figures] == ["đơn", "vụ", "đơn", "vụ"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("+ Tổng số GV 22: xếp loại Khá: 13 GV; Đạt: 09 GV.", "GV"),
        ("Tổng số CBGVNV: 17, biên chế: 12, hợp đồng: 05.", "CBGVNV"),
        ("Tổng số cán bộ, giáo viên, nhân viên 30: hoàn thành tốt nhiệm vụ: 20.", "cán bộ, giáo viên, nhân viên"),
        # a noun after the number is its own
        ("Tổng số 26 xã, có 26 xã đạt tiêu chí lao động.", "xã"),
    ],
)
def test_a_total_of_a_noun_written_before_its_number_counts_that_noun(tmp_path: Path, text: str, noun: str) -> None:
    """``Tổng số GV 22:``: a count labelled the total of a noun the vocabulary does not know,
    written before it, counts that noun (it counted nothing, so no list could break it down)."""
    facts, _ = read_snippet(tmp_path, text)
    assert facts.figures[0].subject_text == noun


def test_an_age_bands_bounds_do_not_keep_a_number_from_its_sentences_unit(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Đảng bộ có 1.250 đảng viên. Đảng viên dưới 30 tuổi là 86 (chiếm 6,88%).")
    assert {f.raw: f.subject for f in facts.figures}["86"] == "dang_vien"


@pytest.mark.parametrize(
    "text",
    [
        # a clause after a semicolon opens with its unit too
        "Đảng bộ huyện có 4.215 đảng viên. Đảng viên nữ là 1.603, chiếm 38,03%; đảng viên dưới 35 tuổi là 702, "
        "chiếm 16,65%.",
        # a share in brackets right after the number says nothing of what it counts
        "Toàn Đảng bộ có 3.360 đảng viên. Đảng viên trên 60 tuổi là 915 (27,23%).",
    ],
)
def test_a_clauses_opening_unit_counts_its_bare_number(tmp_path: Path, text: str) -> None:
    facts, _ = read_snippet(tmp_path, text)
    counted = {f.raw: f.subject for f in facts.figures}
    assert counted.get("702", counted.get("915")) == "dang_vien"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # with no link word: a share right after the number, or the number right after the unit
        ("Toàn Đảng bộ có 2.773 đảng viên. Đảng viên nữ 1.019, chiếm 36,75%.", "1.019"),
        ("Tổng số đảng viên 2.846; đảng viên nữ 1.102, chiếm 38,72%.", "2.846"),
    ],
)
def test_a_number_right_after_its_sentences_unit_or_before_its_share_counts_it(
    tmp_path: Path, text: str, raw: str
) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert {f.raw: f.subject for f in facts.figures}[raw] == "dang_vien"


def test_regression_an_enumerator_after_a_persons_name_counts_nothing(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Đoàn chủ tịch gồm:\n1. Đ/c Đặng Thị Vân Thủy\n2. Đ/c Khuất Thị Mai\n3. Đ/c Oanh")
    assert all(f.subject == "other" for f in facts.figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an age range's bounds are no counts, a change in life expectancy's are
        ("trong đó 18 - 30 tuổi 45 đồng chí, 31 - 50 tuổi 60 đồng chí", ["45", "60"]),
        ("1 lớp Chồi (ghép 3-4 tuổi)", ["1"]),
        ("tăng 5-7 tuổi thọ", ["5", "7"]),
    ],
)
def test_an_age_ranges_bounds_are_no_counts(text: str, figures: list[str]) -> None:
    assert _numbers(text) == figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a count of whole things with commas grouping thousands, as in English
        ("có gần 51,000 đảng viên bị xóa tên, trong đó 38,519 đảng viên vi phạm", [51000.0, 38519.0]),
        ("Hà Nam với 727,215 người tham gia bảo hiểm y tế", [727215.0]),
        # not a measured quantity, nor one with a scale word: the comma is the decimal mark
        ("diện tích 12,500 ha rừng", [12.5]),
        ("thu hút 2,500 nghìn người", [2500.0]),
        # an average may have decimals; "mỗi" after the count makes no average of it
        ("Bình quân mỗi chi bộ có 12,500 đảng viên.", [12.5]),
        ("Toàn Đảng bộ có 51,000 đảng viên, mỗi chi bộ có 25 đảng viên.", [51000.0, 25.0]),
    ],
)
def test_regression_a_count_written_with_english_thousands(tmp_path: Path, text: str, values: list[float]) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert [f.value for f in facts.figures] == values


def test_regression_a_count_in_english_thousands_is_exact(tmp_path: Path) -> None:
    """``8,732 … 3,624 …, tổng cộng 12,456``: 2,410 is 2.410 to within one, not a number written in
    thousands (to within 500), so a sum 100 off is still flagged."""
    _, findings = read_snippet(tmp_path, "Kết nạp 12,456 đảng viên, trong đó 8,732 đảng viên nam, 3,624 đảng viên nữ.")
    assert [f.rule for f in findings if f.severity in ("error", "warning")] == ["sum"]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # percentage points and per cent written out are percentages (the corpus gold's convention)
        ("Công nghiệp tăng 21,98% (đóng góp 5,29 điểm phần trăm), xây dựng tăng.", ["percent", "percent"]),
        ("Tỷ lệ đạt 65,62%, vượt 2,32 điểm phần trăm so với kế hoạch.", ["percent", "percent"]),
        ("Có 89,3 phần trăm đảng viên tham gia.", ["percent"]),
        # "điểm" alone counts points
        ("Bài thi đạt 8,5 điểm.", ["count"]),
    ],
)
def test_percentage_points_and_per_cent_written_out_are_percentages(text: str, measures: list[str]) -> None:
    assert [q.measure for q in find_quantities(text)] == measures


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a numbered list run into one line: its item numbers are no figures
        ("1. Đ/c Đặng Thị Vân Thủy 2. Đ/c Khuất Thị Mai 3. Đ/c Nguyễn Thị Oanh", []),
        ("* Đoàn thư ký gồm: 1. Đ/c Nguyễn Thị Vân", []),
        ("Chi bộ có 25 đảng viên: 1. Nguyễn Văn A 2. Trần Văn B", ["25"]),
        # a number ending a sentence follows no run of item numbers: a figure
        ("Tổng số đại biểu dự đại hội là 120. Đồng chí Bí thư phát biểu.", ["120"]),
        ("Đại hội bầu 2 đồng chí. 3. Đồng chí A", ["2", "3"]),
    ],
)
def test_item_numbers_of_a_numbered_list_run_into_one_line_are_no_figures(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # two commas or more group thousands as English does: the document's "469,030" is 469030
        (
            "Tổng số 2,129,000; công chức 469,030; viên chức 1,659,970; tỷ lệ 94,4%.",
            [2129000.0, 469030.0, 1659970.0, 94.4],
        ),
        # a document that also writes Vietnamese groups ("1.659.970") keeps "12,500 ha" a decimal
        ("Thu 1.659.970 triệu đồng; chi 2,129,000 đồng; diện tích 12,500 ha.", [1659970.0, 2129000.0, 12.5]),
        # a lone "469,030" says nothing of the convention: a decimal comma, as Vietnamese writes it
        ("Diện tích 469,030 ha.", [469.03]),
        # decimals after a point and never after a comma: the commas group thousands too
        ("Tổng thu 272,849 tỷ đồng, đạt 91.47% dự toán, tăng 10.04%.", [272849.0, 91.47, 10.04]),
        # (review) not on one such share, a score or a time; not where "1.245" groups thousands;
        # "0,250" is no group of three
        ("Kinh phí 8,125 tỷ đồng, đạt 91.47% dự toán; điểm 95.5.", [8.125, 91.47, 95.5]),
        ("Có 1.245 đảng viên; thu 2,450 tỷ đồng, đạt 91.47%, tăng 10.04%.", [1245.0, 2.45, 91.47, 10.04]),
        ("Đạt 91.47%, tăng 10.04%; diện tích 0,250 ha.", [91.47, 10.04, 0.25]),
        # ... not where a decimal comma is written as well
        ("Tổng thu 12,500 tỷ đồng, đạt 91.47% dự toán, tăng 12,5%.", [12.5, 91.47, 12.5]),
    ],
)
def test_regression_a_table_copied_with_english_thousands_reads_its_groups_of_three(
    tmp_path: Path, body: str, values: list[float]
) -> None:
    """Round 32 (held out): a statistics table copied with English digit grouping (``2,129,000``,
    ``469,030``, ``27.7``) beside Vietnamese prose (``94,4%``); its ``469,030`` had been read
    as 469,03."""
    facts, _ = read_snippet(tmp_path, body)
    assert [f.value for f in facts.figures] == values
