"""Tables copied one row per line, cells split by spaces (``Số trẻ MG 14914 17.468 17.529``),
read back into rows; and the prose lines that must stay prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read.row_lines import split_row_tables
from tests.snippets import breakdowns_and_findings

KINDERGARTEN = """Bảng thống kê quy mô giáo dục mầm non
Năm 1997-1998 2001-2002 2002-2003
Số trẻ nhà trẻ 532 633 799
Số trẻ MG 14914 17.468 17.529
Tổng cộng: {n} 18.101 18.328
Trẻ MG 5 tuổi   12.317 12.269
Số trẻ đến trường lớp ngày càng tăng."""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


def test_rows_one_per_line_are_read_back_under_their_header() -> None:
    runs = split_row_tables(_lines(KINDERGARTEN.format(n="15446")))
    assert [header for header, _ in runs] == [None, 1, None]
    assert [row.split("\t") for row in runs[1][1]] == [
        ["Năm", "1997-1998", "2001-2002", "2002-2003"],
        ["Số trẻ nhà trẻ", "532", "633", "799"],
        ["Số trẻ MG", "14914", "17.468", "17.529"],
        ["Tổng cộng:", "15446", "18.101", "18.328"],
        ["Trẻ MG 5 tuổi", "", "12.317", "12.269"],  # a wide gap where the first cell is empty
    ]


def test_numbers_that_end_a_label_go_back_to_it() -> None:
    text = "Khối lớp\nKhối 6 120 130\nKhối 7 110 125\nKhối 8 100 98"
    (_, head), (_, rows) = split_row_tables(_lines(text))
    assert head == ["Khối lớp"] and rows[1].split("\t") == ["Khối 6", "120", "130"]


def test_a_row_with_a_value_missing_and_no_gap_ends_the_table() -> None:
    text = "Xã A 12 13 14\nXã B 15 16 17\nXã C 18 19 20\nXã D 21 22\nXã E 1 2 3"
    runs = split_row_tables(_lines(text))
    assert [header for header, _ in runs] == [1, None] and runs[1][1] == ["Xã D 21 22", "Xã E 1 2 3"]


@pytest.mark.parametrize(
    "text",
    [
        # sentences ending with one number each; two rows only; a list with words between numbers
        "Năm 2022 kết nạp 120\nNăm 2023 kết nạp 130\nNăm 2024 kết nạp 140",
        "Xã A 12 13\nXã B 14 15\nNhư vậy, kết quả tốt.",
        "- Xã A: 12 chi bộ, 300 đảng viên\n- Xã B: 10 chi bộ, 250 đảng viên\n- Xã C: 9 chi bộ, 200 đảng viên",
    ],
)
def test_lines_that_are_no_table_stay_prose(text: str) -> None:
    assert split_row_tables(_lines(text)) == [(None, _lines(text))]


@pytest.mark.parametrize(("n", "found"), [("15446", []), ("16.991", [("sum", "error")])])
def test_a_sum_row_one_row_per_line_is_checked(tmp_path: Path, n: str, found: list) -> None:
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nKết quả công tác\n\n" + KINDERGARTEN.format(n=n) + "\n", encoding="utf-8")
    relations, findings = breakdowns_and_findings(path)
    assert ("total_parts", 18101.0, [633.0, 17468.0]) in relations
    assert findings == found


def test_regression_rows_one_per_line_are_found_in_one_pass() -> None:
    """Many lines of numbers, none a table of the run's width at most starts: the width of a run
    is taken from a window of lines, not from all lines after it (quadratic)."""
    import signal

    def too_slow(*_: object) -> None:
        raise AssertionError("split_row_tables is not linear")

    lines = [f"Dòng {k % 7} " + " ".join(["1"] * (k % 5 + 1)) for k in range(60_000)]
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        runs = split_row_tables(lines)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert sum(len(run) for _, run in runs) >= len(lines) - 1


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # numbers in the rows' names, a sum row with none, a total row above
            "Tổng số 30 1.186\nKhối 6 8 312\nKhối 7 8 300\nKhối 8 7 290\nKhối 9 7 284\nCộng 30 1.186",
            ["Tổng số", "Khối 6", "Khối 7", "Khối 8", "Khối 9", "Cộng"],
        ),
        ("Năm 2021 532 633\nNăm 2022 540 640\nNăm 2023 560 700", ["Năm 2021", "Năm 2022", "Năm 2023"]),
    ],
)
def test_regression_numbers_in_names_and_rows_without_them(text: str, rows: list) -> None:
    (header, table), *_ = split_row_tables(_lines(text))
    assert header == 1 and [row.split("\t")[0] for row in table[1:]] == rows


@pytest.mark.parametrize(
    "text",
    [
        "Ban chấp hành nhiệm kỳ 2022 - 2025\nBan kiểm tra nhiệm kỳ 2022 - 2025\nBan thường vụ nhiệm kỳ 2022 - 2025",
        "Điện thoại 0912 345 678\nFax 0912 345 679\nHotline 0912 345 680",
        "Khai mạc 31 12 2023\nBế mạc 02 01 2024\nTổng kết 15 01 2024",
    ],
)
def test_regression_periods_dates_and_phone_numbers_are_no_rows(text: str) -> None:
    assert split_row_tables(_lines(text)) == [(None, _lines(text))]
