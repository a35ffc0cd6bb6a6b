"""Tables copied from a web page one cell per line (read back into rows), and the sums a
table states in any format: a ``Tổng số`` column over the columns a ``Chia ra`` header
splits it into, ``Trong đó`` columns within it, and rows numbered at several depths
(``I`` over ``1``, ``2``; ``1`` over ``a``, ``b``)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import extractor
from extractor.read.cell_lines import split_cell_tables
from tests.snippets import breakdowns_and_findings

HEAD = "BÁO CÁO\nKết quả kết nạp đảng viên năm 2024\n\n"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


BY_COMMUNE = """STT
Nội dung
Tổng số
Chia ra theo đơn vị
Xã An Phú
Xã Bình Lợi
Xã Tân Hòa
1
Đảng viên mới kết nạp
46
12
19
15
2
Đảng viên được chuyển chính thức
38
10
17
11
3
Đảng viên từ trần
7
2
3
2"""


def test_cells_one_per_line_are_read_back_into_rows_under_a_grouped_header() -> None:
    runs = split_cell_tables(_lines("Bảng tổng hợp như sau:\n" + BY_COMMUNE + "\nNhư vậy, công tác đạt kết quả tốt."))
    assert [header is not None for header, _ in runs] == [False, True, False]
    rows = [line.split("\t") for line in runs[1][1]]
    assert rows[0] == ["STT", "Nội dung", "Tổng số", *["Chia ra theo đơn vị"] * 3]
    assert rows[1] == ["", "", "", "Xã An Phú", "Xã Bình Lợi", "Xã Tân Hòa"]
    assert rows[2] == ["1", "Đảng viên mới kết nạp", "46", "12", "19", "15"]
    assert rows[-1] == ["3", "Đảng viên từ trần", "7", "2", "3", "2"]
    assert runs[0][1] == ["Bảng tổng hợp như sau:"] and runs[2][1] == ["Như vậy, công tác đạt kết quả tốt."]


SPELLED = (
    "S\nT\nT\nChỉ tiêu\nNăm 2023\nNăm 2024\n1\nSố cuộc kiểm tra\n14\n16\n"
    "2\nSố đảng viên được kiểm tra\n52\n61\n3\nTỷ lệ\n95%\n97,5%"
)


def test_a_header_spelled_a_letter_a_line_and_names_as_many_as_the_columns() -> None:
    (header, rows), *_ = split_cell_tables(_lines(SPELLED))
    assert header == 1
    assert rows[0].split("\t") == ["STT", "Chỉ tiêu", "Năm 2023", "Năm 2024"]
    assert rows[3].split("\t") == ["3", "Tỷ lệ", "95%", "97,5%"]


def test_a_header_that_cannot_be_placed_stays_in_the_text() -> None:
    """A header of two rows copied one cell a line cannot be put over its columns: its lines stay
    text before the table, which starts at its first row (nothing is lost)."""
    head = "STT\nChỉ tiêu\nKết quả\nSo sánh\nNăm 2023\nNăm 2024\nTăng\nGiảm\n"
    body = "1\nSố cuộc\n14\n16\n2\n0\n2\nSố đảng viên\n52\n61\n9\n0\n3\nSố tổ chức\n8\n7\n0\n1"
    (prose, text), (header, rows) = split_cell_tables(_lines(head + body))
    assert (prose, header) == (None, 1)
    assert text == _lines(head)
    assert rows[0].split("\t") == ["STT"] + [""] * 5  # an empty header: the first row stays a row
    assert rows[1].split("\t") == ["1", "Số cuộc", "14", "16", "2", "0"]


NOT_TABLES = [
    # numbered paragraphs with no value lines
    "1\nTuyên truyền sâu rộng nghị quyết\n2\nKiểm tra việc thực hiện\n3\nSơ kết rút kinh nghiệm",
    # one value a row: a numbered list, not a table
    "1\nXã An Phú\n12\n2\nXã Bình Lợi\n19\n3\nThị trấn\n15",
    # two rows only
    "1\nXã An Phú\n12\n4\n2\nXã Bình Lợi\n19\n6\nCộng lại hai xã có 31 đảng viên mới.",
]


@pytest.mark.parametrize("text", NOT_TABLES, ids=["no-values", "one-value", "two-rows"])
def test_numbered_lines_that_are_not_a_table_stay_prose(text: str) -> None:
    assert split_cell_tables(_lines(text)) == [(None, _lines(text))]


def test_a_row_of_another_width_ends_the_table() -> None:
    text = BY_COMMUNE + "\n4\nGhi chú\n5\n6"
    runs = split_cell_tables(_lines(text))
    assert [header is not None for header, _ in runs] == [True, False]
    assert len(runs[0][1]) == 5 and runs[1][1] == ["4", "Ghi chú", "5", "6"]


def test_tab_separated_lines_are_left_to_the_tab_table_reader() -> None:
    lines = ["STT\tNội dung\tTổng số", "1\tĐảng viên\t46"]
    assert split_cell_tables(lines) == [(None, lines)]


# ---------------------------------------------------------------- the sums a table states


_checked = breakdowns_and_findings


def _txt(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return path


def test_a_total_column_split_by_a_chia_ra_header_sums_row_by_row(tmp_path: Path) -> None:
    relations, findings = _checked(_txt(tmp_path, BY_COMMUNE))
    assert ("total_parts", 46.0, [12.0, 15.0, 19.0]) in relations
    assert ("total_parts", 7.0, [2.0, 2.0, 3.0]) in relations
    assert findings == []
    _, planted = _checked(_txt(tmp_path, BY_COMMUNE.replace("38\n10", "39\n10")))
    assert planted == [("sum", "error")]


WITHIN = (  # a tab-separated table, as a Word table reads: "Trong đó" over its two columns
    "STT\tĐơn vị\tTổng số\tTrong đó\tTrong đó\n\t\t\tNữ\tDân tộc thiểu số\n"
    "1\tĐảng bộ xã A\t120\t45\t30\n2\tĐảng bộ xã B\t96\t40\t12\n3\tChi bộ cơ quan\t25\t14\t0"
)


def test_trong_do_columns_are_each_within_the_total_and_never_summed(tmp_path: Path) -> None:
    relations, findings = _checked(_txt(tmp_path, WITHIN))
    assert ("subset_of", 120.0, [45.0]) in relations and ("subset_of", 120.0, [30.0]) in relations
    assert not any(kind == "total_parts" for kind, _, _ in relations)
    assert findings == []
    _, planted = _checked(_txt(tmp_path, WITHIN.replace("96\t40", "96\t104")))
    assert [rule for rule, _ in planted] == ["subset"]


NUMBERED = """STT
Nội dung
Năm 2022
Năm 2023
Năm 2024
I
Tổng số đảng viên
410
425
438
1
Đảng viên chính thức
392
401
417
2
Đảng viên dự bị
18
24
21
II
Đảng viên được khen thưởng
40
46
52
1
Được tặng giấy khen
31
35
40
2
Được tặng bằng khen
5
6
8"""


def test_rows_numbered_at_two_depths_sum_when_the_other_columns_agree(tmp_path: Path) -> None:
    relations, findings = _checked(_txt(tmp_path, NUMBERED))
    assert ("total_parts", 410.0, [18.0, 392.0]) in relations
    assert not any(total == 40.0 for _, total, _ in relations)  # 31 + 5 < 40 in every column: some of it
    assert findings == []
    _, planted = _checked(_txt(tmp_path, NUMBERED.replace("401\n417", "411\n417")))
    assert planted == [("sum", "error")]


def test_sub_rows_a_group_label_says_split_it_sum_without_the_other_columns(tmp_path: Path) -> None:
    one_column = (
        "STT\nNội dung\nSố lượng\nI\nĐảng viên chia theo độ tuổi\n300\n1\nDưới 30 tuổi\n60\n"
        "2\nTừ 30 đến 60 tuổi\n190\n3\nTrên 60 tuổi\n50\nII\nĐảng viên mới\n20\n1\nNữ\n9\n2\nDân tộc thiểu số\n4"
    )
    relations, findings = _checked(_txt(tmp_path, one_column))
    assert ("total_parts", 300.0, [50.0, 60.0, 190.0]) in relations
    assert not any(total == 20.0 for _, total, _ in relations)  # no cue, one column: no evidence
    assert findings == []
    _, planted = _checked(_txt(tmp_path, one_column.replace("190", "180")))
    assert planted == [("sum", "error")]


def _docx_table(tmp_path: Path, text: str) -> Path:
    """A table one cell per line as a Word table, its ``Chia ra`` header merged over the columns
    it spans and the cells before it over both header rows."""
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    rows = [line.split("\t") for line in split_cell_tables(_lines(text))[0][1]]
    width = len(rows[0])
    group = next(c for c, h in enumerate(rows[0]) if h.startswith("Chia ra"))
    t = d.add_table(rows=len(rows), cols=width)
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell and not (r == 0 and c > group):
                t.cell(r, c).text = cell
    t.cell(0, group).merge(t.cell(0, width - 1))
    for c in range(group):
        t.cell(0, c).merge(t.cell(1, c))
    path = tmp_path / "r.docx"
    d.save(str(path))
    return path


def test_docx_table_with_a_merged_chia_ra_header_gives_the_same_sums(tmp_path: Path) -> None:
    from_docx = _checked(_docx_table(tmp_path, BY_COMMUNE))
    from_txt = _checked(_txt(tmp_path, BY_COMMUNE))
    assert from_docx == from_txt
    assert ("total_parts", 38.0, [10.0, 11.0, 17.0]) in from_docx[0]


@pytest.mark.parametrize("share", ["35%", "38%"])
def test_docx_table_with_shares_in_its_labels_reads_as_the_text_copy(tmp_path: Path, share: str) -> None:
    text = CONDUCT.replace(") 35%", f") {share}")
    assert _checked(_docx_table(tmp_path, text)) == _checked(_txt(tmp_path, text))


CONDUCT = """STT
Nội dung
Tổng số
Chia ra theo khối lớp
Khối 10
Khối 11
Khối 12
I
Số học sinh xếp loại hạnh kiểm
800
300
260
240
1
Tốt
(tỉ lệ so với tổng số) 60%
480
190
150
140
2
Khá
(tỉ lệ so với tổng số) 35%
280
95
95
90
3
Trung bình
(tỉ lệ so với tổng số) 5%
40
15
15
10"""


def test_a_share_in_a_rows_label_is_of_its_first_count_over_its_sections_total(tmp_path: Path) -> None:
    """The school quality form's rows (``Tốt (tỉ lệ so với tổng số) 60%``): the share is the row's
    ``Tổng số`` over the section's (``I``) ``Tổng số``."""
    doc = extractor.parse_file(_txt(tmp_path, CONDUCT))
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    shares = sorted(
        (value[r.members["percent"]], value[r.members["count"]], value[r.members["base"]])
        for r in facts.relations
        if r.kind == "percent_of"
    )
    assert shares == [(5.0, 40.0, 800.0), (35.0, 280.0, 800.0), (60.0, 480.0, 800.0)]
    assert _checked(_txt(tmp_path, CONDUCT))[1] == []
    planted = _checked(_txt(tmp_path, CONDUCT.replace(") 35%", ") 38%")))[1]
    assert planted == [("distribution", "error"), ("percent", "error")]  # 60 + 38 + 5 ≠ 100 as well
    # sub-rows that add up in the other columns: a wrong one is an error, though no label says "chia theo"
    # (the row's own Tổng số over its Chia ra columns too)
    planted = _checked(_txt(tmp_path, CONDUCT.replace("95\n95\n90", "95\n95\n99")))[1]
    assert planted == [("sum", "error"), ("sum", "error")]


UNNUMBERED = """5. Học sinh
Năm học 2021-2022
Năm học 2022-2023
Năm học 2023-2024
Tổng số
412
436
451
- Khối lớp 6
110
121
118
- Khối lớp 7
104
112
120
- Khối lớp 8
99
103
111
- Khối lớp 9
99
100
102"""


def test_rows_with_no_number_read_back_under_the_header_lines_before_them() -> None:
    """A label line, then as many values as the other rows; the last value of a row is never
    taken for the next row's number (99 / 104 … are not in sequence)."""
    runs = split_cell_tables(_lines(UNNUMBERED))
    assert [header is not None for header, _ in runs] == [False, True]
    rows = [line.split("\t") for line in runs[1][1]]
    assert rows[0] == ["", "Năm học 2021-2022", "Năm học 2022-2023", "Năm học 2023-2024"]
    assert rows[1] == ["Tổng số", "412", "436", "451"]
    assert rows[-1] == ["- Khối lớp 9", "99", "100", "102"]


def test_header_cells_two_lines_each_leave_the_columns_unnamed() -> None:
    text = UNNUMBERED.replace(
        "Năm học 2021-2022\nNăm học 2022-2023\nNăm học 2023-2024", "Năm học\n2022-2023\nNăm học\n2023-2024"
    )
    (_, rows) = split_cell_tables(_lines(text))[1]
    assert rows[0].split("\t") == ["", "", "", ""]  # an empty header: the first row stays a row
    assert rows[1].split("\t") == ["Tổng số", "412", "436", "451"]


def test_numbers_out_of_sequence_are_no_row_numbers() -> None:
    """``7`` after ``1``, ``2``: a value, so the rows before it do not make a numbered table."""
    text = "1\nXã A\n12\n13\n2\nXã B\n14\n15\n7\nXã C\n16\n17"
    runs = split_cell_tables(_lines(text))
    assert all(header is None for header, _ in runs) or len(runs[0][1]) < 3


@pytest.mark.parametrize(("planted", "found"), [("436", []), ("446", [("sum", "error")])])
def test_unnumbered_rows_sum_under_their_total_row(tmp_path: Path, planted: str, found: list) -> None:
    """``Tổng số`` over the ``-`` rows: a bulleted sub-row of the row above."""
    _, findings = _checked(_txt(tmp_path, UNNUMBERED.replace("436", planted)))
    assert findings == found


SUM_ROW = (
    "Số lớp\tNăm học 2022-2023\tNăm học 2023-2024\tNăm học 2024-2025\nKhối lớp 1\t4\t4\t5\n"
    "Khối lớp 2\t4\t3\t4\nKhối lớp 3\t3\t3\t4\n{label}\t11\t{last}\t13"
)


@pytest.mark.parametrize(
    ("label", "last", "found"),
    [
        ("Cộng", "10", []),
        ("Cộng", "11", [("sum", "error")]),
        ("Tổng cộng:", "11", [("sum", "error")]),
        ("Tổng số", "10", []),
        # a last "Tổng số" sums its rows only when they add up in most columns and in two at least
        ("Tổng số", "11", [("sum", "error")]),  # the other two columns add up: the rows split it
    ],
)
def test_a_sum_row_below_its_rows(tmp_path: Path, label: str, last: str, found: list) -> None:
    _, findings = _checked(_txt(tmp_path, SUM_ROW.format(label=label, last=last)))
    assert findings == found


def test_a_last_total_row_over_rows_that_are_some_of_it_is_no_sum(tmp_path: Path) -> None:
    """``Tổng số`` below ``Nữ``, ``Dân tộc thiểu số``: the rows add up to it in no column."""
    text = "Đảng viên\tNăm 2023\tNăm 2024\nNữ\t40\t44\nDân tộc thiểu số\t12\t15\nTổng số\t120\t126"
    relations, findings = _checked(_txt(tmp_path, text))
    assert not any(kind == "total_parts" for kind, _, _ in relations) and findings == []


def test_a_group_header_over_names_that_are_not_parallel_leaves_the_columns_unnamed() -> None:
    """``Tổng số / Chia ra / Đảng viên mới kết nạp / Nam / Nữ``: the new members' column stood
    beside the group, not under it, and where the leaves start cannot be told: no names."""
    text = BY_COMMUNE.replace(
        "Chia ra theo đơn vị\nXã An Phú\nXã Bình Lợi\nXã Tân Hòa", "Chia ra\nĐảng viên mới\nNam\nNữ"
    )
    (prose, _), (header, rows) = split_cell_tables(_lines(text))
    assert (prose, header) == (None, 1) and rows[1].startswith("1\t")


SUM_AFTER_NUMBERED = (
    "STT\nĐơn vị\nSố đảng viên\nSố chi bộ\nĐảng viên mới\n1\nĐảng bộ xã An Phú\n245\n12\n8\n"
    "2\nĐảng bộ xã Bình Lợi\n198\n10\n6\n3\nĐảng bộ thị trấn\n312\n15\n11\nTổng cộng\n{n}\n37\n25"
)


@pytest.mark.parametrize(("n", "found"), [("755", []), ("765", [("sum", "error")])])
def test_a_sum_row_after_numbered_rows_one_cell_per_line(tmp_path: Path, n: str, found: list) -> None:
    (_, rows), *_ = split_cell_tables(_lines(SUM_AFTER_NUMBERED.format(n=n)))
    assert rows[-1].split("\t") == ["", "Tổng cộng", n, "37", "25"]
    assert _checked(_txt(tmp_path, SUM_AFTER_NUMBERED.format(n=n)))[1] == found


TOTAL_ABOVE = (
    "STT\nĐơn vị\nSố đảng viên\nKết nạp mới\nToàn huyện\n765\n37\n1\nXã An Phú\n{n}\n15\n"
    "2\nXã Bình Lợi\n265\n12\n3\nThị trấn\n200\n10"
)


def test_regression_a_total_row_above_numbered_rows_keeps_its_rows() -> None:
    """Read as rows with no number, each row took the next row's number for its last value."""
    (_, rows), *_ = split_cell_tables(_lines(TOTAL_ABOVE.format(n="300")))
    assert [row.split("\t") for row in rows] == [
        ["STT", "Đơn vị", "Số đảng viên", "Kết nạp mới"],
        ["", "Toàn huyện", "765", "37"],
        ["1", "Xã An Phú", "300", "15"],
        ["2", "Xã Bình Lợi", "265", "12"],
        ["3", "Thị trấn", "200", "10"],
    ]


@pytest.mark.parametrize(
    ("n", "found"),
    [("300", []), ("310", [("sum", "warning")])],  # one column of two still adds up: a warning
)
def test_a_total_row_above_its_rows_sums_them_where_the_columns_agree(tmp_path: Path, n: str, found: list) -> None:
    relations, findings = _checked(_txt(tmp_path, TOTAL_ABOVE.format(n=n)))
    assert ("total_parts", 37.0, [10.0, 12.0, 15.0]) in relations
    assert findings == found


def test_a_total_row_above_rows_that_add_up_in_no_column_is_no_sum(tmp_path: Path) -> None:
    """Only some communes listed under the district's total: nothing is summed."""
    text = TOTAL_ABOVE.format(n="300").replace("Toàn huyện\n765\n37", "Toàn huyện\n2.765\n137")
    assert _checked(_txt(tmp_path, text)) == ([], [])


DOTTED = (
    "STT\nNội dung\nNăm 2022\nNăm 2023\n1\nTổng số đảng viên\n1.250\n1.300\n1.1\nĐảng viên chính thức\n"
    "1.200\n{n}\n1.2\nĐảng viên dự bị\n50\n60\n2\nTổ chức cơ sở đảng\n45\n46\n2.1\nĐảng bộ cơ sở\n15\n16\n"
    "2.2\nChi bộ cơ sở\n30\n30"
)


def test_regression_dotted_row_numbers_are_row_numbers_not_values() -> None:
    (_, rows), *_ = split_cell_tables(_lines(DOTTED.format(n="1.240")))
    assert [row.split("\t")[0] for row in rows] == ["STT", "1", "1.1", "1.2", "2", "2.1", "2.2"]
    assert rows[2].split("\t") == ["1.1", "Đảng viên chính thức", "1.200", "1.240"]


@pytest.mark.parametrize(("n", "found"), [("1.240", []), ("1.250", [("sum", "error")])])
def test_rows_numbered_1_1_under_1_sum_like_letters(tmp_path: Path, n: str, found: list) -> None:
    relations, findings = _checked(_txt(tmp_path, DOTTED.format(n=n)))
    assert ("total_parts", 46.0, [16.0, 30.0]) in relations
    assert findings == found


@pytest.mark.parametrize("number", ["1.3", "2.1", "3"])
def test_a_dotted_number_out_of_sequence_gives_no_sum_across_it(tmp_path: Path, number: str) -> None:
    text = DOTTED.format(n="1.240").replace("\n1.2\n", f"\n{number}\n")
    relations, findings = _checked(_txt(tmp_path, text))
    assert not [r for r in relations if r[1] in (1250.0, 1300.0)] and findings == []


def test_docx_table_with_a_total_row_above_its_rows_reads_as_the_text_copy(tmp_path: Path) -> None:
    rows = [line.split("\t") for line in split_cell_tables(_lines(TOTAL_ABOVE.format(n="310")))[0][1]]
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    path = tmp_path / "r.docx"
    d.save(str(path))
    assert _checked(path) == _checked(_txt(tmp_path, TOTAL_ABOVE.format(n="310")))


def test_regression_a_total_row_above_rows_numbered_with_a_dot() -> None:
    text = TOTAL_ABOVE.format(n="300").replace("\n1\n", "\n1.\n").replace("\n2\n", "\n2.\n").replace("\n3\n", "\n3.\n")
    (_, rows), *_ = split_cell_tables(_lines(text))
    assert [row.split("\t")[:2] for row in rows] == [
        ["STT", "Đơn vị"],
        ["", "Toàn huyện"],
        ["1.", "Xã An Phú"],
        ["2.", "Xã Bình Lợi"],
        ["3.", "Thị trấn"],
    ]


STAFF = (  # round 31: rows numbered I, I.1, I.2, II; the sexes' columns before their total
    "STT\nPhân loại\nNam\nNữ\nTổng số\n"
    "I\nCán bộ cơ hữu, trong đó:\n616\n687\n1303\n"
    "I.1\nCán bộ trong biên chế\n475\n499\n974\n"
    "I.2\nCán bộ hợp đồng dài hạn\n141\n188\n329\n"
    "II\nCác cán bộ khác\n40\n13\n53\n"
    "Tổng số\n656\n700\n1356"
)


def test_rows_numbered_under_roman_sections_and_sexes_before_their_total(tmp_path: Path) -> None:
    """`I` / `I.1` / `I.2` / `II`: a Roman section's rows numbered `I.1`, `I.2` are its sub-rows;
    `Nam | Nữ | Tổng số`: the sexes' columns split the total after them, row by row."""
    relations, findings = _checked(_txt(tmp_path, STAFF))
    assert ("total_parts", 1303.0, [329.0, 974.0]) in relations
    assert ("total_parts", 974.0, [475.0, 499.0]) in relations
    assert findings == []
    _, planted = _checked(_txt(tmp_path, STAFF.replace("188\n329", "188\n299")))
    assert sorted(planted) == [("sum", "error"), ("sum", "error")]


# round 32: a statistics table copied from a web page with a blank line between its cells, its
# row-number header spelled "T" / "T", and a header of two rows (groups over the same leaves)
CELLS_APART = "\n\n".join(
    [
        "Bảng 1: Số công chức viên chức phân loại theo mức độ hoàn thành nhiệm vụ năm 2018",
        "T\nT",
        *["Mức độ hoàn thành nhiệm vụ", "Tổng số", "Công chức", "Viên chức"],
        *["Số lượng", "Tỷ trọng"] * 3,
        *["Tổng số công chức viên chức", "2.129", "100,0", "469", "100,0", "1.660", "100,0"],
        *["1", "Hoàn thành xuất sắc nhiệm vụ", "590", "27,7", "132", "28,1", "458", "27,6"],
        *["2", "Hoàn thành nhiệm vụ", "1.419", "66,7", "321", "68,4", "1.098", "66,1"],
        *["3", "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", "108", "5,1", "11", "2,3", "97", "5,8"],
        *["4", "Không hoàn thành nhiệm vụ", "9", "0,4", "3", "0,6", "6", "0,4"],
        *["5", "Không đánh giá", "3", "0,1", "2", "0,4", "1", "0,1"],
        "Số liệu trên cho thấy tỷ lệ hoàn thành nhiệm vụ cao.",
    ]
)


def test_regression_cells_a_paragraph_each_under_a_header_of_groups_over_the_same_leaves(tmp_path: Path) -> None:
    """Each cell its own paragraph: the run is read back as one table, its ``T`` / ``T``
    row-number header and its two header rows placed (``Tổng số``, ``Công chức``, ``Viên chức``
    each over ``Số lượng | Tỷ trọng``); the paragraphs before and after stay prose."""
    doc = extractor.parse_file(_txt(tmp_path, CELLS_APART))
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    grid = table.grid()
    assert table.header_rows == 2
    assert grid[0] == ["STT", "Mức độ hoàn thành nhiệm vụ", *["Tổng số"] * 2, *["Công chức"] * 2, *["Viên chức"] * 2]
    assert grid[1][2:] == ["Số lượng", "Tỷ trọng"] * 3
    assert grid[2][:3] == ["", "Tổng số công chức viên chức", "2.129"] and grid[-1][:2] == ["5", "Không đánh giá"]
    texts = [b.text for b in doc.blocks if b.table is None]
    assert texts[-1] == "Số liệu trên cho thấy tỷ lệ hoàn thành nhiệm vụ cao." and texts[-2].startswith("Bảng 1")


def test_one_line_paragraphs_that_hold_no_table_stay_paragraphs(tmp_path: Path) -> None:
    body = "\n\n".join(["Nhiệm vụ năm 2025", "Tuyên truyền", "Kiểm tra", "Giám sát"] * 3)
    doc = extractor.parse_file(_txt(tmp_path, body))
    assert not any(b.table is not None for b in doc.blocks)
    assert len([b for b in doc.blocks if b.text == "Tuyên truyền"]) == 3


def test_groups_over_leaves_that_do_not_repeat_one_pattern_stay_unnamed() -> None:
    head = "STT\nNội dung\nNăm 2023\nNăm 2024\nSố lượng\nTỷ trọng\nSố lượng\nTỷ lệ\n"
    body = "1\nXã A\n12\n40\n13\n41\n2\nXã B\n9\n30\n10\n32\n3\nXã C\n9\n30\n8\n27"
    (_, rows), *_ = [run for run in split_cell_tables(_lines(head + body)) if run[0] is not None]
    assert rows[0].split("\t")[2:] == [""] * 4


@pytest.mark.parametrize(
    ("planted", "found"),
    [
        (None, []),
        # a share its count does not give (no count of the 469 gives it; the shares pass the whole's 100,0)
        (("132\n\n28,1", "132\n\n29,1"), [("granularity", "warning"), ("percent", "error"), ("sum", "error")]),
        # the whole's own share written other than 100: it may be a share of another whole (a
        # review's "Tổng số đảng viên được đánh giá | 475 | 97,9"), so nothing is read
        (("1.660\n\n100,0", "1.660\n\n95,0"), []),
        # a group's count (the row's groups make it)
        (
            ("Không hoàn thành nhiệm vụ\n\n9\n\n0,4\n\n3", "Không hoàn thành nhiệm vụ\n\n9\n\n0,4\n\n4"),
            [("percent", "error"), ("sum", "error")],
        ),
        # a count off its column's total
        (("1.419\n\n66,7", "1.449\n\n66,7"), [("percent", "error"), ("sum", "error")]),
    ],
)
def test_share_columns_beside_their_counts_and_rated_rows_with_one_not_rated(
    tmp_path: Path, planted: tuple[str, str] | None, found: list
) -> None:
    """Each ``Tỷ trọng`` cell is its ``Số lượng`` cell over the count of the row whose share is 100;
    the rows numbered 1 to 5 make the whole, the unrated fifth (``Không đánh giá``) among them."""
    text = CELLS_APART if planted is None else CELLS_APART.replace(*planted)
    relations, findings = _checked(_txt(tmp_path, text))
    if planted is None:
        assert ("total_parts", 2129.0, [3.0, 9.0, 108.0, 590.0, 1419.0]) in relations
    assert sorted(set(findings)) == found


RATED_AND_EXEMPT = (
    "STT\tNội dung\tSố lượng\n\tTổng số đảng viên được đánh giá\t100\n1\tHoàn thành xuất sắc nhiệm vụ\t20\n"
    "2\tHoàn thành tốt nhiệm vụ\t70\n3\tHoàn thành nhiệm vụ\t8\n4\tKhông hoàn thành nhiệm vụ\t2\n5\tMiễn đánh giá\t{n}"
)


@pytest.mark.parametrize(
    ("n", "total", "found"),
    [
        ("5", "100", []),  # the rated classes make the whole: the exempt row is outside it
        ("5", "105", []),  # they do not: the whole is every numbered row
        ("5", "107", [("sum", "warning")]),  # nor with it: a mistyped cell, or rows that are some of it
        ("5", "99", [("sum", "error")]),  # the classes alone pass the whole: wrong either way (review)
    ],
)
def test_regression_rated_rows_and_a_row_numbered_on_after_them(
    tmp_path: Path, n: str, total: str, found: list
) -> None:
    """Rows ``1`` … ``4`` rating classes, ``5 Miễn đánh giá`` numbered on after them: the whole
    row (``Tổng số …``) is the classes when they add up to it, else all five rows (the rated
    four alone were summed, and a table whose fifth row is in its whole gave four false errors)."""
    text = RATED_AND_EXEMPT.format(n=n).replace("được đánh giá\t100", f"được đánh giá\t{total}")
    _, findings = _checked(_txt(tmp_path, text))
    assert findings == found


REVIEW_TABLES = [
    # a rate column one row met in full is no share of that row (a review's false errors)
    ("STT\tThôn\tSố hộ\tTỷ lệ\n1\tThôn A\t40\t100\n2\tThôn B\t35\t97,1\n3\tThôn C\t28\t96,4", []),
    (
        "STT\tTrường\tSố học sinh dự thi\tTỷ lệ đỗ (%)\n1\tTrường A\t320\t98,5\n2\tTrường B\t280\t100\n"
        "3\tTrường C\t150\t96,0",
        [],
    ),
    # counts under "Cơ cấu" over named leaves stay counts, and their wrong sum an error
    (
        "STT\tĐơn vị\tSố cấp ủy viên\tCơ cấu nữ\n1\tXã A\t15\t3\n2\tXã B\t13\t4\n3\tXã C\t11\t5\n\tTổng cộng\t39\t13",
        [("sum", "error")],
    ),
    # rating rows numbered as siblings (1 Tốt, 2 Khá …): no row is the group of the others
    ("STT\tXếp loại\tNăm 2023\tNăm 2024\n1\tTốt\t100\t90\n2\tKhá\t60\t70\n3\tĐạt\t20\t25\n4\tChưa đạt\t2\t3", []),
    # a first class the vocabulary does not name ("1 Tốt") is no group of the classes after it;
    # rating rows numbered in one list are summed by the "Tổng cộng" row under them
    ("STT\tXếp loại\tSố học sinh\n1\tTốt\t400\n2\tKhá\t200\n3\tTrung bình\t60\n4\tYếu\t5\n\tTổng cộng\t665", []),
    (
        "STT\tXếp loại\tSố học sinh\n1\tTốt\t400\n2\tKhá\t200\n3\tTrung bình\t60\n4\tYếu\t5\n\tTổng cộng\t675",
        [("sum", "error")],
    ),
    # ... and a "Tỷ lệ (%)" column beside the counts holds their shares of the "Tổng cộng" row's
    (
        "STT\tXếp loại\tSố học sinh\tTỷ lệ (%)\n1\tTốt\t400\t60,2\n2\tKhá\t200\t31,1\n3\tTrung bình\t60\t9,0\n"
        "4\tYếu\t5\t0,8\n\tTổng cộng\t665\t100",
        [("percent", "error"), ("sum", "error")],  # (and the shares pass the 100 the sum row states)
    ),
    # a column of rates under a "Cộng" row is no sum
    (
        "STT\tCấp học\tSố lớp\tTỷ lệ giáo viên/lớp\n1\tMầm non\t40\t2,10\n2\tTiểu học\t120\t1,40\n"
        "3\tTHCS\t60\t1,90\n\tCộng\t220\t1,66",
        [],
    ),
    # the classes add up in one column, not the other: the exempt row is outside, the other an error
    (
        "STT\tNội dung\tNăm 2023\tNăm 2024\n\tToàn Đảng bộ\t100\t104\n1\tHoàn thành xuất sắc nhiệm vụ\t20\t21\n"
        "2\tHoàn thành tốt nhiệm vụ\t70\t72\n3\tHoàn thành nhiệm vụ\t8\t8\n4\tKhông hoàn thành nhiệm vụ\t2\t2\n"
        "5\tMiễn đánh giá\t5\t6",
        [("sum", "error")],
    ),
    # a whole row's share other than 100 is of another whole (the shares are of the rated)
    (
        "STT\tNội dung\tSố lượng\tTỷ lệ (%)\n\tTổng số đảng viên được đánh giá\t475\t97,9\n"
        "1\tHoàn thành xuất sắc nhiệm vụ\t95\t20,0\n2\tHoàn thành tốt nhiệm vụ\t350\t73,7\n"
        "3\tHoàn thành nhiệm vụ\t25\t5,3\n4\tKhông hoàn thành nhiệm vụ\t5\t1,0",
        [],
    ),
    # a numbered first item named "Tổng số …" is no restated whole over a last "Cộng" row
    (
        "STT\tNội dung\tSố tiền\n1\tTổng số tiền chi lương và phụ cấp\t500\n"
        "2\tChi hoạt động thường xuyên\t200\n3\tChi khác\t100\n\tCộng\t800",
        [],
    ),
]


REVIEW_TABLES += [  # a second review's probes of the same readers
    # a row numbered before the classes that is their whole ("Số … được đánh giá"), not a class
    (
        "STT\tNội dung\tSố lượng\n1\tTổng số tổ chức cơ sở đảng\t46\n2\tSố tổ chức cơ sở đảng được đánh giá\t45\n"
        "3\tHoàn thành xuất sắc nhiệm vụ\t9\n4\tHoàn thành tốt nhiệm vụ\t35\n5\tHoàn thành nhiệm vụ\t5\n"
        "6\tKhông hoàn thành nhiệm vụ\t1",
        [("sum", "error")],
    ),
    # a bulleted sub-row numbered in the list is no sibling the sum row adds
    ("STT\tĐơn vị\tSố đảng viên\n1\tĐảng bộ xã A\t250\n2\t- Chi bộ thôn 1 (thuộc xã A)\t40\n"
     "3\tĐảng bộ xã B\t210\n4\tĐảng bộ thị trấn\t180\n\tTổng cộng\t640", []),
    # counts under a group whose name holds "tỷ lệ" are summed; the rate column beside them is not
    ("STT\tĐơn vị\tHộ nghèo và tỷ lệ hộ nghèo\t\n\t\tSố hộ\tTỷ lệ (%)\n1\tXã A\t120\t4,1\n2\tXã B\t95\t3,6\n"
     "3\tXã C\t60\t2,2\n\tCộng\t295\t3,4", [("sum", "error")]),
    # shares under a "Tổng cộng" of 100 that pass it
    ("STT\tXếp loại\tTỷ lệ (%)\n1\tTốt\t60,5\n2\tKhá\t30,0\n3\tTrung bình\t12,0\n4\tYếu\t2,5\n\tTổng cộng\t100",
     [("sum", "error")]),
    # a rate column whose whole row is 100, half the rows agreeing by chance: no share column
    (
        "STT\tTrường\tSố học sinh dự thi\tTỷ lệ\n\tTổng số\t1.000\t100\n1\tTrường THPT A\t400\t40,0\n"
        "2\tTrường THPT B\t300\t30,0\n3\tTrường THPT C\t200\t95,5\n4\tTrường THPT D\t100\t98,0",
        [],
    ),
    # a rate column whose whole row is 100, one row agreeing by chance: no share column
    ("STT\tTrường\tSố học sinh dự thi\tTỷ lệ\n\tTổng số\t1.000\t100\n1\tTrường THPT A\t500\t50,0\n"
     "2\tTrường THPT B\t500\t97,2", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "found"), REVIEW_TABLES)
def test_regression_review_of_the_statistics_tables(tmp_path: Path, body: str, found: list) -> None:
    """Probes of a review of the share columns, the rows numbered on after rating classes and
    the whole rows named with their noun: each a false finding or a lost one, now mended."""
    assert sorted(set(_checked(_txt(tmp_path, body))[1])) == found


def test_regression_a_heading_and_a_figure_before_cells_a_paragraph_each_stay_prose(tmp_path: Path) -> None:
    """A table is read from paragraphs of one cell each only under a row-number header: before an
    unnumbered one, a heading and a line with its figure would be taken for its column names."""
    cells = ["Chi bộ Trường THCS", "4", "3", "Chi bộ Trường Tiểu học", "3", "2", "Chi bộ Trường Mầm non", "3", "2"]
    body = "\n\n".join(["II. KẾT QUẢ", "Tổng số đảng viên mới: 10 đồng chí", *cells])
    facts = extractor.extract_facts(extractor.parse_file(_txt(tmp_path, body)))
    assert next(f.raw for f in facts.figures) == "10"


TWO_YEARS = (  # a group written once over its two leaves, as a tab-separated copy has it
    "STT\tNội dung\tNăm 2023\t\tNăm 2024\t\n\t\tSố lượng\tTỷ lệ\tSố lượng\tTỷ lệ\n"
    "\tTổng số đảng viên\t300\t100\t312\t100\n1\tĐại học trở lên\t140\t46,7\t150\t48,1\n"
    "2\tCao đẳng, trung cấp\t100\t33,3\t100\t32,1\n3\tSơ cấp\t60\t20,0\t62\t19,9"
)


def _docx_two_row_header(tmp_path: Path, text: str) -> Path:
    """The table as Word writes it with no "repeat as header row": ``STT`` and ``Nội dung`` merged
    down over both header rows, each year merged across its two leaves."""
    rows = [line.split("\t") for line in text.split("\n")]
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                t.cell(r, c).text = cell
    for c in (0, 1):
        t.cell(0, c).merge(t.cell(1, c))
    for c in (2, 4):
        t.cell(0, c).merge(t.cell(0, c + 1))
    path = tmp_path / "r.docx"
    d.save(str(path))
    return path


@pytest.mark.parametrize("planted", [False, True], ids=["holds", "planted"])
@pytest.mark.parametrize("source", ["txt", "docx"])
def test_regression_shares_under_two_header_rows_in_a_tab_table_and_a_word_table(
    tmp_path: Path, source: str, planted: bool
) -> None:
    """(review) A group written once over empty cells in a tab-separated table, and a Word table
    whose first row merges down over the second (no "repeat as header row" mark; its second row
    was read as a body row): the ``Tỷ lệ`` columns are each year's shares of its whole."""
    text = TWO_YEARS.replace("33,3", "38,3") if planted else TWO_YEARS
    path = _txt(tmp_path, text) if source == "txt" else _docx_two_row_header(tmp_path, text)
    doc = extractor.parse_file(path)
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    assert table.header_rows == 2
    assert _checked(path)[1] == ([("percent", "error")] if planted else [])


def _word_table(tmp_path: Path, rows: list[str], merges: list[tuple[int, int, int, int]]) -> Path:
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    cells = [row.split("\t") for row in rows]
    t = d.add_table(rows=len(cells), cols=max(len(r) for r in cells))
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    path = tmp_path / "w.docx"
    d.save(str(path))
    return path


def test_regression_a_word_table_whose_first_rows_a_label_merges_down_is_no_header(tmp_path: Path) -> None:
    """(review) ``Khối Đảng`` merged down over its data rows, cells written with their units: no
    header rows (their figures were lost as header text)."""
    rows = [
        "Khối Đảng\tBan Tổ chức\t12 đồng chí\t10 đảng viên nữ",
        "\tBan Tuyên giáo\t9 đồng chí\t8 đảng viên nữ",
        "\tVăn phòng\t15 đồng chí\t14 đảng viên nữ",
        "Khối Chính quyền\tUBND huyện\t40 đồng chí\t38 đảng viên nữ",
        "\tPhòng Tài chính\t11 đồng chí\t11 đảng viên nữ",
    ]
    doc = extractor.parse_file(_word_table(tmp_path, rows, [(0, 0, 2, 0), (3, 0, 4, 0)]))
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    assert table.header_rows == 0
    assert "12" in [f.raw for f in extractor.extract_facts(doc).figures]


@pytest.mark.parametrize("planted", [False, True], ids=["holds", "planted"])
def test_regression_a_word_forms_column_index_row_is_a_header_row(tmp_path: Path, planted: bool) -> None:
    """(review) ``A | B | 1 | 2`` under the header numbers the columns: a header row, no figures
    (its ``2`` was read as a share of 1/600, a false error)."""
    rows = [
        "STT\tNội dung\tSố lượng\tTỷ lệ (%)",
        "A\tB\t1\t2",
        "\tTổng số\t600\t100",
        "1\tĐại học trở lên\t300\t50,0",
        f"2\tCao đẳng, trung cấp\t200\t{'38,3' if planted else '33,3'}",
        "3\tSơ cấp\t100\t16,7",
    ]
    path = _word_table(tmp_path, rows, [])
    (table,) = [b.table for b in extractor.parse_file(path).blocks if b.table is not None]
    assert table.header_rows == 2
    found = sorted(set(_checked(path)[1]))
    assert ("percent", "error") in found if planted else found == []


# A statistics office's table copied a cell a paragraph, with no row-number column: rows
# numbered in their labels (``1.``, ``1.1.``, ``- ``), a unit column of ditto marks, header
# cells wrapped over two lines, and columns of the months before, the month, the months to date
MONTHS = [
    *["Chỉ tiêu", "ĐVT", "Thực hiện\n5 tháng năm 2024", "Ước tính\ntháng 6/2024", "Ước tính 6 tháng\nnăm 2024"],
    "6 tháng 2024 so với cùng kỳ (%)",
    *["I. Trồng trọt", "1. Diện tích gieo trồng", "Ha", "12.400", "2.100", "14.500", "103,2"],
    *["1.1. Lúa", '"', "8.300", "1.500", "9.800", "101,5"],
    *["1.2. Ngô", '"', "4.100", "600", "4.700", "106,8"],
    *["II. Chăn nuôi", "1. Sản lượng thịt hơi xuất chuồng", "Tấn", "5.250", "1.080", "6.330", "104,1"],
    *["- Thịt lợn", '"', "4.020", "830", "4.850", "103,0"],
    *["- Thịt gia cầm", '"', "1.230", "250", "1.480", "108,2"],
    *["2. Tổng đàn lợn", "Con", "152.000", "153.500", "153.500", "98,7"],
]


def _months(**planted: str) -> str:
    cells = list(MONTHS)
    for old, new in planted.items():
        cells[cells.index(old.replace("_", "."))] = new
    return "\n\n".join([*cells, "Nhìn chung sản xuất nông nghiệp ổn định."])


def test_a_table_a_cell_a_paragraph_with_a_unit_column_is_read_back(tmp_path: Path) -> None:
    """No ``STT``: the unit column's header (``ĐVT``) says the run is a table; wrapped header
    cells are one cell each, a heading and the first row of its section are two rows."""
    doc = extractor.parse_file(_txt(tmp_path, _months()))
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    grid = table.grid()
    assert grid[0] == ["Chỉ tiêu", "ĐVT", "Thực hiện 5 tháng năm 2024", "Ước tính tháng 6/2024", *grid[0][4:]]
    assert grid[1] == ["I. Trồng trọt", "", "", "", "", ""]
    assert grid[2] == ["1. Diện tích gieo trồng", "Ha", "12.400", "2.100", "14.500", "103,2"]
    assert grid[3][:3] == ["1.1. Lúa", '"', "8.300"] and grid[5][0] == "II. Chăn nuôi"
    assert [b.text for b in doc.blocks if b.table is None][-1] == "Nhìn chung sản xuất nông nghiệp ổn định."


def test_the_months_to_date_are_the_months_before_plus_the_month(tmp_path: Path) -> None:
    relations, findings = _checked(_txt(tmp_path, _months()))
    assert ("total_parts", 14500.0, [2100.0, 12400.0]) in relations  # a row's months to date
    assert ("total_parts", 14500.0, [4700.0, 9800.0]) in relations  # "1." over "1.1.", "1.2."
    assert ("total_parts", 6330.0, [1480.0, 4850.0]) in relations  # over its "- " rows
    assert not [r for r in relations if r[1] == 153500.0]  # a level (a herd), not a flow
    assert not [r for r in relations if 98.7 in r[2] or r[1] == 103.2]  # the change column
    assert findings == []


def test_a_planted_months_to_date_is_a_warning_the_rows_sum_an_error(tmp_path: Path) -> None:
    _, findings = _checked(_txt(tmp_path, _months(**{"4_850": "4.950"})))
    # 4.020 + 830 ≠ 4.950 (months to date, plausible: a row may be a level); 4.950 + 1.480 ≠ 6.330
    assert findings == [("sum", "error"), ("sum", "warning")]


def test_without_a_unit_column_one_line_paragraphs_stay_paragraphs(tmp_path: Path) -> None:
    cells = [c for c in _months().split("\n\n") if c not in ('"', "ĐVT", "Ha", "Tấn", "Con")]
    doc = extractor.parse_file(_txt(tmp_path, "\n\n".join(cells)))
    assert not any(b.table is not None for b in doc.blocks)


def test_label_numbers_nest_only_with_a_mark_after_them() -> None:
    from extractor.text.regexes import LABEL_ROW_NUMBER

    assert [
        m["number"]
        for t in ["1. Lúa", "1.1. Lúa", "1.2 Ngô", "II. Chăn nuôi", "b) Nữ"]
        if (m := LABEL_ROW_NUMBER.match(t))
    ] == [
        "1.",
        "1.1.",
        "1.2",
        "II.",
        "b)",
    ]
    assert [t for t in ["2 chi bộ", "2020 năm", "1.250 ha"] if LABEL_ROW_NUMBER.match(t)] == []


def test_a_word_table_of_the_months_to_date_gives_the_same_sums_as_the_text_copy(tmp_path: Path) -> None:
    doc = extractor.parse_file(_txt(tmp_path, _months()))
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    word = _word_table(tmp_path, ["\t".join(row) for row in table.grid()], [])
    assert _checked(word)[0] == _checked(_txt(tmp_path, _months()))[0]


# (review of the unit-column tables) ``MH``: a header of the months to date
MH = [
    "Chỉ tiêu",
    "ĐVT",
    "Thực hiện 8 tháng/2015",
    "Dự ước tháng 9/2015",
    "Lũy kế 9 tháng năm 2015",
    "So với cùng kỳ (%)",
]


def _cells(*cells: str) -> str:
    return "\n\n".join([*MH, *cells])


def test_regression_a_heading_over_bulleted_rows_is_a_row_of_its_own(tmp_path: Path) -> None:
    """``II. Chăn nuôi`` / ``- Tổng đàn lợn`` / ``Con`` / …: the heading was joined to the pig
    row's label, which then stood over the cattle and poultry rows (three false errors)."""
    text = _cells(
        *["I. Trồng trọt", "1. Diện tích gieo trồng", "Ha", "10.250", "1.850", "12.100", "101,2"],
        *["2. Sản lượng lúa", "Tấn", "48.000", "9.000", "57.000", "102,0", "II. Chăn nuôi"],
        *["- Tổng đàn lợn", "Con", "152.000", "153.500", "153.500", "98,7"],
        *["- Tổng đàn bò", '"', "21.400", "21.550", "21.550", "101,3"],
        *["- Đàn gia cầm", '"', "64.000", "65.000", "65.000", "102,0"],
    )
    path = _txt(tmp_path, text)
    (table,) = [b.table for b in extractor.parse_file(path).blocks if b.table is not None]
    assert [row[0] for row in table.grid()][-4:] == [
        "II. Chăn nuôi",
        "- Tổng đàn lợn",
        "- Tổng đàn bò",
        "- Đàn gia cầm",
    ]
    assert _checked(path)[1] == []


def test_regression_trong_do_over_bulleted_rows_is_a_row_of_its_own(tmp_path: Path) -> None:
    text = _cells(
        *["1. Lượt khách", "Lượt", "9.000", "1.200", "10.200", "104,0", "Trong đó:"],
        *["- Khách quốc tế", '"', "3.000", "400", "3.400", "101,0"],
        *["- Khách lưu trú", '"', "5.000", "700", "5.700", "103,0"],
    )
    path = _txt(tmp_path, text)
    (table,) = [b.table for b in extractor.parse_file(path).blocks if b.table is not None]
    assert [row[0] for row in table.grid()][2:] == ["Trong đó:", "- Khách quốc tế", "- Khách lưu trú"]
    assert [f for f in _checked(path)[1] if f[1] == "error"] == []


def test_regression_units_with_digits_and_a_plain_heading_before_the_first_row(tmp_path: Path) -> None:
    text = _cells(
        *["Khai thác khoáng sản", "1. Đá xây dựng", "Nghìn m3", "820", "110", "930", "103,0"],
        *["2. Cát xây dựng", '"', "410", "52", "462", "98,0"],
        *["3. Sỏi", '"', "96", "12", "108", "99,0"],
    )
    path = _txt(tmp_path, text)
    (table,) = [b.table for b in extractor.parse_file(path).blocks if b.table is not None]
    assert table.grid()[1][0] == "Khai thác khoáng sản" and table.grid()[2][:2] == ["1. Đá xây dựng", "Nghìn m3"]
    assert ("total_parts", 930.0, [110.0, 820.0]) in _checked(path)[0]


def test_regression_a_column_named_with_don_vi_is_no_unit_column_of_an_unnumbered_table(tmp_path: Path) -> None:
    """``Khối`` / ``Số đơn vị`` / ``Số đảng viên`` / …: the count of units was taken for the unit
    column and its figures lost."""
    cells = ["Khối", "Số đơn vị", "Số đảng viên", "Khối Đảng", "12", "340", "Khối Chính quyền", "25", "1.210"]
    cells += ["Khối Doanh nghiệp", "18", "1.500", "Cộng", "56", "3.050"]
    path = _txt(tmp_path, "\n\n".join(cells))
    assert not any(b.table is not None for b in extractor.parse_file(path).blocks)
    assert "56" in [f.raw for f in extractor.extract_facts(extractor.parse_file(path)).figures]


def test_regression_a_lettered_row_after_a_sum_row_keeps_the_sum(tmp_path: Path) -> None:
    """Rows numbered ``1.`` … in their labels, a ``Cộng`` row, then ``a) Trong đó nữ``: two depths
    in the table switched the sum row off (a planted error missed)."""
    rows = [
        "Đơn vị\tNăm 2023\tNăm 2024",
        "1. Xã An Phú\t12\t15",
        "2. Xã Bình Lợi\t9\t11",
        "3. Thị trấn Tân Hòa\t14\t16",
    ]
    rows += ["Cộng\t35\t43", "a) Trong đó nữ\t15\t18", "b) Trong đó dân tộc thiểu số\t4\t5"]
    planted = "\n".join(rows)
    assert ("sum", "error") in _checked(_txt(tmp_path, planted))[1]
    assert _checked(_txt(tmp_path, planted.replace("\t43", "\t42")))[1] == []


def test_regression_bulleted_rows_that_add_up_in_no_column_are_a_warning_at_most(tmp_path: Path) -> None:
    """``Sản lượng thịt hơi`` over ``- Thịt lợn``, ``- Thịt gia cầm`` (beef not listed): bulleted
    rows are often some of their group; where the columns do not show they add up, a mismatch
    is a warning, as for any list that may name only some kinds (three false errors)."""
    text = _cells(
        *["1. Sản lượng thịt hơi xuất chuồng", "Tấn", "6.240", "810", "7.050", "104,2"],
        *["- Thịt lợn", '"', "4.800", "620", "5.420", "103,0"],
        *["- Thịt gia cầm", '"', "1.100", "150", "1.250", "108,0"],
    )
    assert _checked(_txt(tmp_path, text))[1] == [("sum", "warning")] * 3


# (second review of the unit-column tables and the sum rows)


def test_regression_a_trong_do_row_above_a_sum_row_is_none_of_its_rows(tmp_path: Path) -> None:
    rows = ["STT\tĐơn vị\tSố đảng viên", "1\tXã A\t340", "2\tXã B\t295", "3\tThị trấn\t410"]
    rows += ["4\tTrong đó: đảng viên nữ\t380", "\tCộng\t1.045", "a\tGhi chú 1\t1", "b\tGhi chú 2\t2"]
    relations, findings = _checked(_txt(tmp_path, "\n".join(rows)))
    assert ("total_parts", 1045.0, [295.0, 340.0, 410.0]) in relations and findings == []


def test_regression_a_grand_total_after_a_subtotal_is_not_read_as_a_sum_of_the_rows_since(tmp_path: Path) -> None:
    rows = ["Đơn vị\tSố lượng", "1. Ban Tổ chức\t12", "2. Ban Tuyên giáo\t9", "Cộng\t21"]
    rows += ["3. UBND huyện\t40", "4. Phòng Tài chính\t11", "Tổng cộng\t72", "a) Trong đó nữ\t30"]
    relations, findings = _checked(_txt(tmp_path, "\n".join(rows)))
    assert ("total_parts", 21.0, [9.0, 12.0]) in relations and findings == []


def test_regression_other_groups_adding_up_say_nothing_of_a_partial_bulleted_list(tmp_path: Path) -> None:
    """(third review) A partial list of meats beside complete groups: each group is judged by its
    own columns, so its short sum stays a warning (pooling the table's groups made it an error)."""
    rows = ["Chỉ tiêu\tNăm 2023\tNăm 2024", "Tổng diện tích gieo trồng\t1.500\t1.520", "- Lúa\t900\t910"]
    rows += ["- Ngô\t600\t610", "Sản lượng lương thực\t8.000\t8.200", "- Thóc\t6.000\t6.100", "- Ngô\t2.000\t2.100"]
    rows += ["Sản lượng thịt hơi\t3.000\t3.200", "- Thịt lợn\t2.200\t2.300", "- Thịt gia cầm\t500\t550"]
    assert _checked(_txt(tmp_path, "\n".join(rows)))[1] == [("sum", "warning")] * 2


def test_regression_a_trong_do_heading_over_rows_leaves_the_sum_row_unread(tmp_path: Path) -> None:
    rows = ["Đơn vị\tNăm 2023\tNăm 2024", "Xã An Phú\t100\t110", "Xã Bình Lợi\t80\t90", "Trong đó:\t\t"]
    rows += ["Thôn Đông\t30\t35", "Thôn Tây\t20\t25", "Cộng\t180\t200"]
    assert _checked(_txt(tmp_path, "\n".join(rows)))[1] == []


@pytest.mark.parametrize(("top", "bottom"), [("Cộng:", "Cộng"), ("Cộng", "Cộng")], ids=["a colon", "the same label"])
def test_subtotals_under_one_header_each_sum_their_rows(tmp_path: Path, top: str, bottom: str) -> None:
    rows = ["Đơn vị\tSố lượng", "Xã A\t12", "Xã B\t9", f"{top}\t21", "Xã C\t40", "Xã D\t12", f"{bottom}\t52"]
    relations, findings = _checked(_txt(tmp_path, "\n".join(rows)))
    assert ("total_parts", 52.0, [12.0, 40.0]) in relations and findings == []
    assert ("sum", "error") in _checked(_txt(tmp_path, "\n".join(rows).replace("\t52", "\t55")))[1]


def test_regression_bulleted_rows_that_overlap_are_no_parts_of_their_group(tmp_path: Path) -> None:
    rows = ["Nội dung\tNăm 2023\tNăm 2024", "Tổng số đảng viên\t1.250\t1.310"]
    rows += ["- Đảng viên nữ\t520\t545", "- Đảng viên dân tộc thiểu số\t310\t322"]
    assert _checked(_txt(tmp_path, "\n".join(rows)))[1] == []


def test_regression_a_column_name_is_no_heading_between_the_header_and_the_first_row() -> None:
    """Four names after ``ĐVT`` over rows of three values: the last name (``Tỷ lệ (%)``) was taken
    for a heading and every column moved one name to the left."""
    lines = ["Chỉ tiêu", "ĐVT", "Năm 2024", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "1. Lúa", "Tấn", "900"]
    lines += ["921", "102,4", "2. Ngô", '"', "400", "419", "104,8", "3. Khoai", '"', "120", "118", "98,3"]
    assert not [run for run in split_cell_tables(lines) if run[0] is not None and "Tỷ lệ (%)" in run[1][1]]


def test_regression_a_grand_total_after_a_subtotal_of_any_label_is_not_read(tmp_path: Path) -> None:
    """(fourth review) ``Tổng số 21`` under two rows, then ``Tổng cộng 73`` two rows later: the grand
    total was summed over the rows since the subtotal, a false error."""
    rows = ["Đơn vị\tSố lượng", "Xã A\t12", "Xã B\t9", "Tổng số\t21", "Xã C\t40", "Xã D\t12", "Tổng cộng\t73"]
    assert _checked(_txt(tmp_path, "\n".join(rows)))[1] == []


def test_regression_a_trong_do_row_of_dashes_names_a_subset_and_keeps_the_sum(tmp_path: Path) -> None:
    """(fourth review) ``Trong đó: nữ | -`` holds no figure but names a subset: it is no heading
    over rows, and the sum row under it is still read (a planted error was missed)."""
    rows = ["Đơn vị\tSố lượng", "Xã A\t12", "Trong đó: nữ\t-", "Xã B\t9", "Cộng\t22"]
    assert _checked(_txt(tmp_path, "\n".join(rows)))[1] == [("sum", "error")]


# a column of percentages comparing two columns, header and all ("So với năm 2022 (%)")
COMPARED = (
    "STT\tChỉ tiêu\tNăm 2022\tNăm 2023\tSo với năm 2022 (%)\n"
    "1\tSố lượt khám bệnh\t12.000\t13.200\t110\n"
    "2\tSố bệnh nhân điều trị nội trú\t1.500\t1.650\t110\n"
    "3\tSố ca phẫu thuật\t400\t380\t95\n"
    "4\tSố giường bệnh\t160\t165\t103,1"
)


def _ratios(path: Path) -> list[tuple[float, float, float]]:
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (value[r.members["percent"]], value[r.members["count"]], value[r.members["base"]])
        for r in facts.relations
        if r.kind == "percent_of" and r.evidence.startswith("table: a column of one column")
    )


def test_a_column_of_percentages_is_one_column_over_another_where_the_rows_show_it(tmp_path: Path) -> None:
    assert _ratios(_txt(tmp_path, COMPARED)) == [
        (95.0, 380.0, 400.0),
        (103.1, 165.0, 160.0),
        (110.0, 1650.0, 1500.0),
        (110.0, 13200.0, 12000.0),
    ]
    assert _checked(_txt(tmp_path, COMPARED))[1] == []
    _, planted = _checked(_txt(tmp_path, COMPARED.replace("380\t95", "380\t90")))
    assert planted == [("percent", "warning")]


@pytest.mark.parametrize(
    "table",
    [
        # shares of something the table does not hold: no two columns give them
        COMPARED.replace("\t110\n", "\t61\n").replace("\t95\n", "\t48\n").replace("\t103,1", "\t52,5"),
        # two rows only agree: too few to tell
        COMPARED.replace("\t110\n", "\t61\n", 1).replace("\t103,1", "\t52,5"),
        # a column whose header says it is no comparison
        COMPARED.replace("So với năm 2022 (%)", "Nữ"),
    ],
)
def test_no_ratio_column_is_read_where_the_rows_do_not_show_it(tmp_path: Path, table: str) -> None:
    assert _ratios(_txt(tmp_path, table)) == []


def test_regression_a_rate_over_a_difference_of_two_columns_is_no_ratio_column(tmp_path: Path) -> None:
    """(review) ``HTT / (Tổng − Miễn)``: the three rows with none exempt agree with HTT / Tổng, the
    three others do not; half the rows do not tell, so nothing is read (they were false warnings)."""
    table = (
        "STT\tChi bộ\tTổng số đảng viên\tMiễn đánh giá\tHoàn thành tốt nhiệm vụ trở lên\tTỷ lệ %\n"
        "1\tChi bộ thôn Đông\t40\t0\t36\t90\n2\tChi bộ thôn Tây\t30\t0\t27\t90\n3\tChi bộ thôn Nam\t20\t0\t18\t90\n"
        "4\tChi bộ trường THCS\t25\t1\t22\t91,7\n5\tChi bộ trạm y tế\t12\t1\t10\t90,9\n"
        "6\tChi bộ thôn Bắc\t14\t2\t12\t100"
    )
    assert _ratios(_txt(tmp_path, table)) == []


BUDGET = (
    "STT\tNội dung\tThực hiện 2022\tDự toán 2023\tThực hiện 2023\tSo với dự toán (%)\tSo với cùng kỳ (%)\n"
    "1\tThu thuế ngoài quốc doanh\t22.000\t24.000\t26.400\t110\t120\n"
    "2\tLệ phí trước bạ\t12.500\t12.000\t11.400\t95\t91,2\n"
    "3\tThu tiền sử dụng đất\t100.000\t80.000\t92.000\t115\t92\n"
    "4\tThu phí, lệ phí\t2.500\t3.000\t2.850\t95\t114\n"
    "5\tThu khác ngân sách\t1.600\t1.500\t1.680\t112\t105"
)


def test_two_comparison_columns_are_each_over_the_column_they_name(tmp_path: Path) -> None:
    """``So với dự toán`` over ``Dự toán 2023``; ``So với cùng kỳ`` over the year before's column."""
    ratios = _ratios(_txt(tmp_path, BUDGET))
    assert (110.0, 26400.0, 24000.0) in ratios and (120.0, 26400.0, 22000.0) in ratios
    assert len(ratios) == 10
    assert _checked(_txt(tmp_path, BUDGET))[1] == []


def test_regression_a_comparison_column_is_not_read_over_a_column_it_does_not_name(tmp_path: Path) -> None:
    """(review) ``So với cùng kỳ`` whose values happen to equal this year over the plan in most rows:
    read over the plan, the other rows gave false warnings."""
    table = (
        "STT\tNội dung\tKế hoạch 2023\tThực hiện 2023\tSo với cùng kỳ (%)\n"
        "1\tThu thuế\t24.000\t26.400\t110\n2\tLệ phí\t12.000\t11.400\t95\n3\tThu đất\t80.000\t92.000\t115\n"
        "4\tThu phí\t3.000\t2.850\t104\n5\tThu khác\t1.500\t1.680\t97"
    )
    assert _ratios(_txt(tmp_path, table)) == []


def test_a_word_table_with_a_comparison_column_gives_the_same_ratios_as_the_text(tmp_path: Path) -> None:
    """DOCX parity: the comparison column read from a Word table, wrong cell and all."""
    planted = COMPARED.replace("380\t95", "380\t90")
    word = _word_table(tmp_path, planted.split("\n"), [])
    assert _ratios(word) == _ratios(_txt(tmp_path, planted)) and len(_ratios(word)) == 4
    assert _checked(word)[1] == [("percent", "warning")]
