"""Vietnamese numbers, quantities, dates and periods (extractor.text.values), table-driven.

Snippets marked "corpus" are copied from /work/shared/corpus/*.txt; the others are written
for these tests so that the patterns are not tuned to five documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.text.values import find_dates, find_periods, find_quantities, parse_number, parse_number_words

CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # the sample reports, copied from ../shared/corpus

# ---------------------------------------------------------------------------
# parse_number: raw → (value, decimals, ambiguous)
# ---------------------------------------------------------------------------

NUMBERS = [
    ("7.589", 7589, 0, False),
    ("1.200.000", 1200000, 0, False),
    ("98,58", 98.58, 2, False),
    ("20.331,5", 20331.5, 1, False),
    ("70.512,75", 70512.75, 2, False),
    ("02", 2, 0, False),
    ("0", 0, 0, False),
    ("97,60", 97.6, 2, False),  # trailing zero kept in decimals
    ("0,40", 0.4, 2, False),
    ("1635", 1635, 0, False),
    ("1,200", 1.2, 3, True),  # could be a foreign 1200
    ("0,125", 0.125, 3, False),  # a leading zero cannot be a thousands group
    ("12,345", 12.345, 3, True),
    ("1.5", 1.5, 1, True),  # not a Vietnamese thousands group
    ("12.4", 12.4, 1, True),
    ("4.0", 4.0, 1, True),
    ("1,200,000", 1200000, 0, True),  # foreign thousands
    ("1,200.50", 1200.5, 2, True),  # foreign mixed
]


@pytest.mark.parametrize(("raw", "value", "decimals", "ambiguous"), NUMBERS)
def test_parse_number(raw, value, decimals, ambiguous):
    n = parse_number(raw)
    assert n is not None
    assert (n.value, n.decimals, n.ambiguous, n.raw) == (pytest.approx(value), decimals, ambiguous, raw)


@pytest.mark.parametrize("raw", ["", "abc", "1.2.3", "2.1.", "12,5,3.4", "1.2345.6", "-5", "1/2"])
def test_parse_number_rejects(raw):
    assert parse_number(raw) is None


# ---------------------------------------------------------------------------
# parse_number_words: text → (value, consumed) or None
# ---------------------------------------------------------------------------

WORDS = [
    ("hai đồng chí", 2, 3),
    ("Hai đồng chí", 2, 3),
    ("mười lăm đảng viên", 15, 8),
    ("mười một lớp", 11, 8),
    ("hai mươi tư cán bộ", 24, 11),
    ("ba mươi mốt chi bộ", 31, 11),
    ("hai mươi lăm", 25, 12),
    ("một trăm linh năm người", 105, 17),
    ("một trăm lẻ năm", 105, 15),
    ("hai trăm mười", 210, 13),
    ("ba triệu người", 3e6, 8),
    ("hai nghìn không trăm hai mươi", 2020, 29),
    ("năm ngàn", 5000, 8),
    ("bảy tỷ", 7e9, 6),
    ("năm đảng viên", 5, 3),
    ("chín", 9, 4),
]


@pytest.mark.parametrize(("text", "value", "length"), WORDS)
def test_parse_number_words(text, value, length):
    assert parse_number_words(text) == (pytest.approx(value), length)


@pytest.mark.parametrize(
    "text",
    ["năm 2022", "Một là, tăng cường", "một số cấp ủy", "năm nay", "năm học mới", "tư tưởng", "lăm", "trăm người", ""],
)
def test_parse_number_words_rejects(text):
    assert parse_number_words(text) is None


def test_trailing_linh_is_not_consumed():
    assert parse_number_words("một trăm linh") == (100, 8)


# ---------------------------------------------------------------------------
# find_quantities: text → [(raw, value, measure, unit, base, approx)]
# ---------------------------------------------------------------------------


def _count(raw: str) -> tuple:
    return (raw, int(raw), "count", None, None, None)


QUANTITIES = [
    # corpus
    (
        "Tổng doanh thu trên 81.326 tỷ đồng, đạt 87,5% so với chỉ tiêu nhiệm kỳ",
        [("81.326", 81326, "money", "tỷ đồng", None, "trên"), ("87,5", 87.5, "percent", None, None, None)],
    ),
    ("nộp ngân sách tỉnh 20.331,5 tỷ đồng", [("20.331,5", 20331.5, "money", "tỷ đồng", None, None)]),
    # a document type word used as a verb before a count: "kết luận 85 đảng viên có vi phạm"
    ("Qua kiểm tra, kết luận 85 đảng viên có vi phạm", [_count("85")]),
    # … and before letters, files and cases: "hướng dẫn 10 đơn" (the 10 was read as Hướng dẫn số 10)
    ("tiếp nhận 40 đơn, đã chuyển 25 đơn, hướng dẫn 10 đơn, lưu 5 đơn", [_count(n) for n in ("40", "25", "10", "5")]),
    ("kết luận 12 vụ việc, hướng dẫn 7 hồ sơ", [_count("12"), _count("7")]),
    ("thực hiện theo hướng dẫn 10 của Ban Tổ chức Tỉnh ủy", []),
    # (review) "số" after the type word makes it a document's number, whatever follows
    ("Thực hiện hướng dẫn số 10 đơn vị đã triển khai kế hoạch", []),
    ("cấp 2.000 thẻ bảo hiểm y tế", [("2.000", 2000, "count", None, None, None)]),
    # a pair written with a slash after the first number's noun: two counts, not a ratio
    ("thụ lý điều tra 19 vụ/48 bị can", [_count("19"), _count("48")]),
    ("tiếp định kỳ 98 lượt /115 người", [_count("98"), _count("115")]),
    # the first number's noun may run to six words
    ("có 666 cơ sở truyền thanh cấp huyện/705 huyện", [_count("666"), _count("705")]),
    # a rate per unit: the second number is the unit, not a count
    ("đạt 32 giường bệnh/10.000 dân", [_count("32")]),
    # a pair of ones is two counts, not a rate per one unit
    ("hiện còn 1 vụ/1 bị can đang giải quyết", [_count("1"), _count("1")]),
    ("cấp 3 giấy chứng nhận quyền sử dụng đất", [_count("3")]),
    (
        "thu hồi 1 tỷ đồng/40,5 tỷ đồng",
        [("1", 1, "money", "tỷ đồng", None, None), ("40,5", 40.5, "money", "tỷ đồng", None, None)],
    ),
    ("Đến nay, đã có 77/77 chi, đảng bộ cơ sở", [("77", 77, "ratio", None, 77, None)]),
    (
        "Năm 2011: Tổng số 127 TCCSĐ, dự phân loại: 127, HTXS NV: 24, HTT: 86, HTNV: 15, KHTNV: 2",
        [_count(r) for r in ("127", "127", "24", "86", "15", "2")],
    ),
    ("kỷ luật 33 đảng viên (27 khiển trách, 06 cảnh cáo)", [_count("33"), _count("27"), _count("06")]),
    (
        "Thu nhập bình quân người lao động là 10,4 triệu đồng/người/tháng, tăng 4,76% so với đầu nhiệm kỳ.",
        [("10,4", 10.4, "money", "triệu đồng/người/tháng", None, None), ("4,76", 4.76, "percent", None, None, None)],
    ),
    (
        # đồng abbreviated, glued or not; "Đ/c" (đồng chí) is no money
        "thu hồi 38.012.000đ; xã A là 7.500.000 đ; có 2 Đ/c có đạo",
        [
            ("38.012.000", 38012000, "money", "đồng", None, None),
            ("7.500.000", 7500000, "money", "đồng", None, None),
            _count("2"),
        ],
    ),
    (
        "Đến nay đã có 62/77 đồng chí thủ trưởng (chiếm 80%)",
        [("62", 62, "ratio", None, 77, None), ("80", 80, "percent", None, None, None)],
    ),
    ("Có 10/12 chỉ tiêu định lượng của Nghị quyết", [("10", 10, "ratio", None, 12, None)]),
    # a share right after a pair that could be a day and a month makes it a ratio
    (
        "CBQL: Trên chuẩn 02/02 (100%)",
        [("02", 2, "ratio", None, 2, None), ("100", 100, "percent", None, None, None)],
    ),
    ("Nhân viên: 03/06, đạt 50%", [("03", 3, "ratio", None, 6, None), ("50", 50, "percent", None, None, None)]),
    ("Họp ngày 02/02 (thứ Hai), 12 đảng viên dự", [_count("12")]),
    # a percent sign after several spaces (a form filled in with the space bar)
    (
        "Đại biểu nữ: 06/29 vị chiếm     20,68  %;",
        [("06", 6, "ratio", None, 29, None), ("20,68", 20.68, "percent", None, None, None)],
    ),
    (
        "Kết quả 98,58% đảng viên; 90,61 % quần chúng",
        [("98,58", 98.58, "percent", None, None, None)] * 1 + [("90,61", 90.61, "percent", None, None, None)],
    ),
    ("Tổng huy động vốn ước đạt 201.465 tỷ đồng", [("201.465", 201465, "money", "tỷ đồng", None, "ước")]),
    ("bình quân mỗi năm khoảng 45 cuộc", [("45", 45, "count", None, None, "khoảng")]),
    ("Tặng Huy hiệu đảng cho 120 đồng chí¹⁷.", [("120", 120, "count", None, None, None)]),
    ("với tổng số tiền 100 triệu đồng.", [("100", 100, "money", "triệu đồng", None, None)]),
    (
        "bình quân mỗi năm tổ chức 1-2 lớp tập huấn",
        [("1", 1, "count", None, None, None), ("2", 2, "count", None, None, None)],
    ),
    # written for the tests
    ("Dân số hơn 1,2 triệu người.", [("1,2", 1.2e6, "count", None, None, "hơn")]),
    (
        "gần 3.500 hộ nghèo, xấp xỉ 12,5% dân số",
        [("3.500", 3500, "count", None, None, "gần"), ("12,5", 12.5, "percent", None, None, "khoảng")],
    ),
    (
        "tỷ lệ hộ nghèo giảm từ 10-15%",
        [("10", 10, "percent", None, None, None), ("15", 15, "percent", None, None, None)],
    ),
    (
        "mỗi chi bộ từ 10 đến 15 đảng viên",
        [("10", 10, "count", None, None, None), ("15", 15, "count", None, None, None)],
    ),
    ("Hai đồng chí được khen thưởng", [("Hai", 2, "count", None, None, None)]),
    ("kết nạp mười lăm đảng viên mới", [("mười lăm", 15, "count", None, None, None)]),
    ("quỹ hỗ trợ 500.000 đồng/hộ", [("500.000", 500000, "money", "đồng/hộ", None, None)]),
    ("Huyện xếp thứ 3 toàn tỉnh", [("3", 3, "rank", None, None, None)]),
    (
        "đạt 1.250/1.300 hộ, trên 96%",
        [("1.250", 1250, "ratio", None, 1300, None), ("96", 96, "percent", None, None, "trên")],
    ),
    ("Xã có 4 thôn và 12 tổ dân cư", [("4", 4, "count", None, None, None), ("12", 12, "count", None, None, None)]),
]


def _rows(text):
    return [(q.number.raw, q.value, q.measure, q.unit, q.base, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_find_quantities(text, expected):
    got = _rows(text)
    assert [(r, pytest.approx(v), m, u, b, a) for r, v, m, u, b, a in expected] == got


NOT_QUANTITIES = [
    "Hướng dẫn số 02-HD/TU, ngày 28-3-2022",  # corpus
    "Quy định 1193 - QĐ/TU, ngày 05/12/2019",  # corpus
    "Công văn số 181 - CV/ĐU ngày 04 tháng 4 năm 2017",  # corpus
    "Nghị định 30/2020/NĐ-CP và Quyết định 1234/QĐ-TTg",
    "Số 161-BC/ĐUK",
    "Nghị quyết Trung ương 4 (khóa XII)",  # corpus
    "lần thứ VII, nhiệm kỳ 2020 - 2025",  # corpus
    "Ban Chỉ đạo 35 tỉnh",
    "ảnh hưởng của dịch Covid-19",
    "tiêu chuẩn cán bộ thời công nghệ 4.0",
    "tiêu chuẩn cán bộ thời công nghệ 4.0Hằng năm",  # corpus (missing space)
    "Chương trình CNKG2",
    "Sơ kết 02 năm thực hiện Đề án",  # corpus
    "trong 6 tháng qua",
    "dịp sinh nhật Bác Hồ 19/5⁸.",  # corpus
    "đến ngày 30/6 hằng năm",
    "từ ngày 01-05 hằng tháng",  # corpus
    "đến tháng 10/2023",
    "năm 2022 và 2023",
    "giai đoạn 2016-2020",
    "6 tháng đầu năm 2023",
    "họp lúc 7h30, kết thúc 14 giờ 30 phút",
    "Hướng dẫn 02 của Ban Thường vụ Tỉnh ủy",
    "theo Điều 5 Quy định",
    "Một là, tăng cường công tác giáo dục",
    "một số cấp ủy",
    "Phần thứ hai",
    "mỗi năm tổ chức hội nghị",
    "1. Mở đầu",
    "2.1- Công tác chính trị",
    "(2) Định kỳ hàng tháng",
    "II- NHIỆM VỤ",
    "2.2 Kết quả",
    "ĐT: 0297.3862.123",
    "trường đạt chuẩn Quốc gia mức độ 1",
    "theo Kết luận 85 của Bộ Chính trị",
    "có trình độ văn hoá tốt nghiệp cấp 3",
    "có trình độ văn hoá tốt nghiệp cấp 3.",
    "Thực hiện Chỉ thị 05 đảng viên",  # a capitalised type word names a document
    "theo Nghị quyết số 11/NQ-HĐND/2021",  # a symbol before a slash is no pair
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert _rows(text) == []


def test_list_marker_only_at_line_start():
    rows = _rows("Mục tiêu\n1. Kết nạp 25 đảng viên, đạt 1.200 điểm")
    assert [r[0] for r in rows] == ["25", "1.200"]


def test_spans_index_into_text():
    text = "Tổng doanh thu trên 81.326 tỷ đồng."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == "trên 81.326 tỷ đồng"
    assert text[q.number_start : q.number_end] == "81.326"


def test_range_shares_span_and_qualifiers():
    text = "giảm khoảng 10-15% số hộ"
    a, b = find_quantities(text)
    assert (a.start, a.end) == (b.start, b.end) and text[a.start : a.end] == "khoảng 10-15%"
    assert text[a.number_start : a.number_end] == "10" and text[b.number_start : b.number_end] == "15"
    assert a.approx == b.approx == "khoảng"


def test_ambiguous_number_is_flagged_in_quantities():
    (q,) = find_quantities("có 1,200 người tham gia")
    assert q.number.ambiguous and q.value == pytest.approx(1.2)


def test_trailing_zero_decimals_in_quantities():
    (q,) = find_quantities("năm 2022, đạt tỷ lệ 97,60%.")
    assert (q.number.raw, q.number.decimals, q.measure) == ("97,60", 2, "percent")


# ---------------------------------------------------------------------------
# find_dates
# ---------------------------------------------------------------------------

DATES = [
    ("Kiên Giang, ngày 25 tháng 7 năm 2023", [("2023-07-25", "ngày 25 tháng 7 năm 2023")]),  # corpus
    ("Ngày 08 tháng 8 năm 2023, Ban Chấp hành", [("2023-08-08", "Ngày 08 tháng 8 năm 2023")]),  # corpus
    ("Hướng dẫn số 02-HD/TU, ngày 28-3-2022", [("2022-03-28", "28-3-2022")]),  # corpus
    ("Chỉ thị số 10-CT/TW, ngày 30/03/2007", [("2007-03-30", "30/03/2007")]),  # corpus
    ("Nghị quyết số 21-NQ/TW, ngày 16/6/2022, Hội nghị", [("2022-06-16", "16/6/2022")]),  # corpus
    ("ký ngày 25/7/2023 và 1.12.2021", [("2023-07-25", "25/7/2023"), ("2021-12-01", "1.12.2021")]),
    ("ngày 29/2/2024 hợp lệ, 31/2/2023 và 29/2/2023 không", [("2024-02-29", "29/2/2024")]),
    ("ngày 30/6 hằng năm; 10/2023; 1.200.000 đồng; 2020-2025", []),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_find_dates(text, expected):
    got = find_dates(text)
    assert [(d.iso, d.raw) for d in got] == expected
    assert all(text[d.start : d.end] == d.raw for d in got)


# ---------------------------------------------------------------------------
# find_periods
# ---------------------------------------------------------------------------

PERIODS = [
    ("Tình hình năm 2022", [("2022", "năm 2022")]),
    ("nhiệm kỳ 2020 - 2025", [("2020-2025", "nhiệm kỳ 2020 - 2025")]),  # corpus
    ("Đại hội nhiệm kỳ 2020-2025;", [("2020-2025", "nhiệm kỳ 2020-2025")]),
    ("kế hoạch 2021–2025", [("2021-2025", "2021–2025")]),
    ("Báo cáo 6 tháng đầu năm 2023", [("2023-H1", "6 tháng đầu năm 2023")]),
    ("06 tháng cuối năm 2023", [("2023-H2", "06 tháng cuối năm 2023")]),
    ("3 tháng đầu năm 2024", [("2024-Q1", "3 tháng đầu năm 2024")]),
    ("trong quý I/2013", [("2013-Q1", "quý I/2013")]),
    ("Quý IV năm 2022", [("2022-Q4", "Quý IV năm 2022")]),
    ("quý 3/2021", [("2021-Q3", "quý 3/2021")]),
    ("từ năm 2011 đến nay đã kết nạp", [("2011-", "từ năm 2011 đến nay")]),  # corpus
    ("từ năm 2016 đến năm 2020", [("2016-2020", "từ năm 2016 đến năm 2020")]),
    ("Giai đoạn từ năm 2011 đến tháng 10/2023, đã tổ chức", [("2011-2023", "từ năm 2011 đến tháng 10/2023")]),
    ("giai đoạn 2011-2022", [("2011-2022", "giai đoạn 2011-2022")]),
    ("tháng 7/2023", [("2023-07", "tháng 7/2023")]),
    ("Năm 2016, có 3.852 đảng viên", [("2016", "Năm 2016")]),  # corpus
    ("ngày 25 tháng 7 năm 2023", []),  # a date, not a period
    ("có 2.020 đảng viên, 2025-2020, năm học", []),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_find_periods(text, expected):
    got = find_periods(text)
    assert [(p.label, p.raw) for p in got] == expected
    assert all(text[p.start : p.end] == p.raw for p in got)


# ---------------------------------------------------------------------------
# Whole reports: smoke checks with numbers the reports certainly state
# ---------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_corpus_report_003():
    text = (CORPUS / "003-bao-cao-so-ket-kien-giang.txt").read_text(encoding="utf-8")
    raws = {(q.number.raw, q.measure) for q in find_quantities(text)}
    for expected in [("30.196", "money"), ("7.261", "count"), ("98,58", "percent"), ("10", "ratio")]:
        assert expected in raws
    assert not {r for r, _ in raws} & {"161", "2023", "2020", "2025"}  # own number, years
    assert "2023-07-25" in {d.iso for d in find_dates(text)}


def test_percent_after_a_document_type_word_is_a_figure():
    from extractor.text.values import find_quantities

    found = [(q.value, q.measure) for q in find_quantities("Nghị quyết 98% đảng viên, quần chúng 90%.")]
    assert found == [(98, "percent"), (90, "percent")]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Tính đến ngày 31/12/2022, Đảng bộ có 7.261 đảng viên.", ["2022-12-31"]),
        ("đến hết ngày 31 tháng 12 năm 2022 có 5 chi bộ", ["2022-12-31"]),
        ("tại thời điểm 01/01/2023 có 99 đảng viên", ["2023-01-01"]),
        ("Đầu năm 2023 có 7.300 đảng viên", ["2023-01-01"]),
        ("cuối năm 2022 còn 7.261 đảng viên", ["2022-12-31"]),
        ("6 tháng đầu năm 2023 kết nạp 50 đảng viên", []),  # a period, not a point
        ("tăng 120 đảng viên so với đầu năm 2022", []),  # the base of a change
        ("Kiên Giang, ngày 25 tháng 7 năm 2023", []),  # a date, not a point a count stands at
    ],
)
def test_points_in_time_a_count_stands_at(text, points):
    from extractor.text.values import find_as_of

    assert [p.iso for p in find_as_of(text)] == points


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("tổng nguồn vốn đạt hơn 355 tỷ 670 triệu đồng", "355 tỷ 670 triệu", 355.67),
        ("nợ quá hạn 3 tỷ 396 triệu 500 nghìn đồng", "3 tỷ 396 triệu 500 nghìn", 3.3965),
        ("nguồn từ Trung ương là 3.135 tỷ 793 triệu đồng", "3.135 tỷ 793 triệu", 3135.793),
        ("tổng nguồn lực huy động là 30 ngàn 309 tỷ đồng", "30 ngàn 309", 30309),
    ],
)
def test_an_amount_in_two_or_three_scales_is_one_amount(text: str, raw: str, value: float) -> None:
    """``355 tỷ 670 triệu đồng`` is 355,67 tỷ đồng (it was a count of 355 billion and 670 triệu)."""
    (q,) = find_quantities(text)
    assert (q.number.raw, q.measure, q.unit) == (raw, "money", "tỷ đồng")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("doanh thu tăng gấp 3 lần cùng kỳ", "ratio"),
        ("gấp hơn 2,5 lần so với năm trước", "ratio"),
        ("vốn đầu tư tăng 0,7 lần so với năm 2015", "ratio"),
        ("Đảng bộ Khối đã trải qua 4 lần tách, nhập", "count"),
    ],
)
def test_a_number_of_times_is_a_ratio(text: str, measure: str) -> None:
    """``gấp 3 lần``, ``tăng 0,7 lần``: a ratio to the thing compared with (no count); ``4 lần
    tách, nhập`` counts occasions."""
    assert [q.measure for q in find_quantities(text) if q.number.raw in ("3", "2,5", "0,7", "4")] == [measure]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("thu ngân sách trên địa bàn 45.799/36.875 tỷ đồng", [("45.799", "money"), ("36.875", "money")]),
        ("phát triển đảng viên mới 8.793/6.500 đảng viên", [("8.793", "count"), ("6.500", "count")]),
        ("vào 19/5 hằng năm", []),  # a day and month
        ("ngân sách Trung ương 1.933,8 triệu đồng", [("1.933,8", "money")]),  # not "Trung ương 1"
        ("lũy kế 10 tháng 3.798,254 tỷ đồng", [("3.798,254", "money")]),  # not "tháng 3"
    ],
)
def test_achieved_over_plan_and_amounts_after_names(text: str, numbers: list[tuple[str, str]]) -> None:
    """``8.793/6.500 đảng viên``: achieved over plan, two figures (a ratio above 1 was dropped);
    an amount's first digits are no plenum's or month's number."""
    assert [(q.number.raw, q.measure) for q in find_quantities(text)] == numbers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("đã giảm bốn đầu mối và sáu tổng cục", [4, 6]),
        ("khởi tố mới tám vụ, phát hiện thêm bốn vụ với tám người", [8, 4, 8]),
        ("hai lần được Thủ tướng tặng cờ thi đua", [2]),
        ("Trong số mười ĐV bị kỷ luật có chín ĐV bị cảnh cáo", [10, 9]),
    ],
)
def test_spelled_out_counts_of_cases_and_offices(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


def test_thousands_written_in_words_are_one_count() -> None:
    """``5 ngàn 972 người`` is 5.972 (it was 5.000 and 972)."""
    assert [(q.number.raw, q.value) for q in find_quantities("có 5 ngàn 972 người tham gia")] == [("5 ngàn 972", 5972)]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        # a bare scale after an amount of that scale's đồng in its sentence: money, in that unit
        ("thu xuất nhập khẩu đạt 16,78 tỷ đồng, chiếm 1,39%; thu viện trợ 47,34 tỷ, chiếm 3,92%.", [16.78, 47.34]),
        ("hỗ trợ 120 triệu đồng cho hộ nghèo và 35 triệu cho hộ cận nghèo", [120.0, 35.0]),
        # another scale, another sentence, or no amount before: a count as before
        ("thu 16,78 tỷ đồng. Dân số đạt 1,2 triệu người", [16.78]),
        ("hỗ trợ 12 tỷ đồng cho 1,5 triệu lượt người", [12.0]),
        ("dân số 2,3 triệu, tăng 1,2%", []),
        ("hỗ trợ 120 triệu đồng cho 1,2 triệu người", [120.0]),
    ],
)
def test_a_bare_scale_in_a_sentence_of_amounts_is_money(text: str, money: list[float]) -> None:
    assert [q.value for q in find_quantities(text) if q.measure == "money"] == money
