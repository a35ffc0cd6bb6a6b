"""Bulleted items, one Word paragraph each: the items under a paragraph or an item that ends
with a breakdown cue (``trong đó:``, ``trong đó có:``) are checked against its total.  A
plain-text file's lines that open with a bullet or a list number are items too, with the
lines that wrap them, and read the same."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import extractor
from tests.snippets import breakdowns_and_findings

HEAD = "BÁO CÁO\nKết quả công tác\n\n"


def _docx(tmp_path: Path, body: str) -> Path:
    document = docx.Document()
    for line in HEAD.strip().split("\n") + body.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "r.docx"
    document.save(str(path))
    return path


def _txt(tmp_path: Path, body: str) -> Path:
    """The body's lines under the same title, one line each, no blank line between them."""
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return path


WRITERS = {"docx": _docx, "txt": _txt}


_checked = breakdowns_and_findings


ITEMS = [
    # (list that holds, its relation, the list with one number planted, the finding on it)
    (
        "– Tổng số đảng viên đến cuối năm là 41 đảng viên, trong đó:\n+ Đảng viên chính thức: 38 đ/c.\n"
        "+ Đảng viên nữ: 17 đ/c.\n– Trình độ trung cấp chính trị: 03 đ/c.",
        ("subset_of", 41.0, [17.0, 38.0]),
        ("38 đ/c", "45 đ/c"),
        [("subset", "warning")],
    ),
    (
        "Hội có 24 hội viên, trong đó có:\n+ 11 đại học\n+ 15 đảng viên\n+ 3 nữ",
        ("subset_of", 24.0, [3.0, 11.0, 15.0]),
        ("11 đại học", "27 đại học"),
        [("subset", "warning")],
    ),
    (
        "Tổng kinh phí hỗ trợ là 120 triệu đồng, trong đó:\n- Hỗ trợ xây nhà: 90 triệu đồng;\n"
        "- Hỗ trợ sửa nhà: 30 triệu đồng.",
        ("total_parts", 120.0, [30.0, 90.0]),
        ("30 triệu", "40 triệu"),
        [("sum", "warning")],
    ),
]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize(("holds", "relation", "planted", "finding"), ITEMS, ids=["own-bullet", "trong-do-co", "money"])
def test_items_under_a_cue_line(tmp_path: Path, holds: str, relation: tuple, planted: tuple, finding, fmt: str) -> None:
    write = WRITERS[fmt]
    relations, findings = _checked(write(tmp_path, holds))
    assert relation in relations
    assert findings == []
    wrong = holds.replace(*planted)
    assert wrong != holds
    assert _checked(write(tmp_path, wrong))[1] == finding


def test_a_sibling_item_is_no_part_of_the_item_that_opens_a_list(tmp_path: Path) -> None:
    body = "– Tổng số đảng viên là 41 đảng viên, trong đó:\n– Đảng viên chính thức: 38 đ/c.\n– Đảng viên nữ: 17 đ/c."
    relations, _ = _checked(_docx(tmp_path, body))
    assert not [r for r in relations if r[1] == 41.0 and r[0] == "subset_of" and len(r[2]) == 2]


NESTED = [
    # (items, the relations read, the findings on them): regressions from a review of the item lists
    (  # a sub-list under an item is that item's breakdown, skipped by the outer list
        "Tổng số đơn thư tiếp nhận: 120 đơn, trong đó:\n- Đơn thuộc thẩm quyền: 80 đơn, trong đó:\n"
        "+ Khiếu nại: 50 đơn;\n+ Tố cáo: 30 đơn.\n- Đơn không thuộc thẩm quyền: 40 đơn.",
        [("total_parts", 120.0, [40.0, 80.0]), ("total_parts", 80.0, [30.0, 50.0])],
        [],
    ),
    (  # a shallower item after a sub-list ends it (three levels)
        "- Về công tác tiếp công dân, giải quyết đơn thư:\n+ Tiếp nhận 30 đơn, trong đó:\n"
        "• Đơn khiếu nại: 18 đơn;\n• Đơn tố cáo: 12 đơn.\n- Về kết quả giải quyết: đã giải quyết 25 đơn.",
        [("total_parts", 30.0, [12.0, 18.0])],
        [],
    ),
    (  # every dash is one bullet: "–" after "-" items is their sibling
        "- Tổng số đơn nhận được: 45 đơn, trong đó:\n+ Đơn khiếu nại: 20 đơn;\n+ Đơn tố cáo: 25 đơn.\n"
        "– Số đơn đã giải quyết: 40 đơn.",
        [("total_parts", 45.0, [20.0, 25.0])],
        [],
    ),
    (  # a lettered item opens a list of dashes
        "a) Tổng số đơn thư tiếp nhận: 45 đơn, trong đó:\n- Đơn khiếu nại: 20 đơn;\n- Đơn tố cáo: 26 đơn.",
        [("total_parts", 45.0, [20.0, 26.0])],
        [("sum", "error")],
    ),
    (  # official and probationary members partition the members: an error when they do not add up
        "Đảng bộ có 356 đảng viên, trong đó:\n- 340 đảng viên chính thức;\n- 18 đảng viên dự bị.",
        [("total_parts", 356.0, [18.0, 340.0])],
        [("sum", "error")],
    ),
    (  # the two kinds of base organisation, named by their unit
        "Đảng bộ có 45 tổ chức cơ sở đảng, trong đó:\n- 28 đảng bộ cơ sở;\n- 17 chi bộ cơ sở.",
        [("total_parts", 45.0, [17.0, 28.0])],
        [],
    ),
    (  # an item of the list's level with no figure is a sub-heading: it ends the list
        "Đảng bộ huyện có 250 tổ chức cơ sở đảng, trong đó:\n- Đảng bộ cơ sở: 100 tổ chức;\n"
        "- Chi bộ cơ sở: 150 tổ chức;\n- Kết quả đánh giá, xếp loại năm 2023:\n"
        "- Hoàn thành xuất sắc nhiệm vụ: 50 tổ chức;\n- Hoàn thành tốt nhiệm vụ: 150 tổ chức.",
        [("total_parts", 250.0, [100.0, 150.0])],
        [],
    ),
    (  # items numbered "(1)"
        "Tổng số đơn thư tiếp nhận là 125 đơn, trong đó:\n(1) Đơn khiếu nại: 50 đơn;\n(2) Đơn tố cáo: 30 đơn;\n"
        "(3) Đơn kiến nghị, phản ánh: 45 đơn.",
        [("total_parts", 125.0, [30.0, 45.0, 50.0])],
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "relations", "findings"),
    NESTED,
    ids=["sub-list", "three-levels", "dashes", "lettered", "chinh-thuc-du-bi", "tccsd", "sub-heading", "bracketed"],
)
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_nested_and_classed_items(tmp_path: Path, body: str, relations: list, findings: list, fmt: str) -> None:
    found_relations, found = _checked(WRITERS[fmt](tmp_path, body))
    assert [r for r in found_relations if r[0] == "total_parts"] == sorted(relations)
    assert found == findings


def test_shares_of_items_far_down_a_list_are_of_its_total(tmp_path: Path) -> None:
    """Each item is a paragraph: the fifth item's share is still of the list's total."""
    body = (
        "Toàn Đảng bộ có 240 đảng viên, trong đó:\n- Đảng viên nữ: 96 đồng chí, chiếm 40%;\n"
        "- Đảng viên có trình độ đại học trở lên: 120 đồng chí, chiếm 50%;\n"
        "- Đảng viên trẻ dưới 30 tuổi: 36 đồng chí, chiếm 15%;\n"
        "- Đảng viên là người dân tộc thiểu số: 48 đồng chí, chiếm 20%;\n"
        "- Đảng viên được miễn sinh hoạt: 12 đồng chí, chiếm {}%."
    )
    doc = extractor.parse_file(_docx(tmp_path, body.format("5")))
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    bases = sorted(value[r.members["base"]] for r in facts.relations if r.kind == "percent_of")
    assert bases == [240.0] * 5
    assert _checked(_docx(tmp_path, body.format("5")))[1] == []
    assert _checked(_docx(tmp_path, body.format("8")))[1] == [("percent", "warning")]


@pytest.mark.parametrize(
    ("good", "finding"),
    [("9,7", []), ("19,7", [("percent", "warning")])],
)
def test_regression_shares_of_one_whole_one_item_each(tmp_path: Path, good: str, finding: list) -> None:
    """``• Học sinh giỏi: 9,7% (295 HS)`` / ``• Học sinh khá: 56,4% (1723 HS)`` / …, one Word
    paragraph each and no whole stated: the whole the shares imply is read over the run of items,
    as within one paragraph (each item alone had too few siblings, so a wrong share passed)."""
    body = (
        "Về học lực:\n"
        f"• Học sinh giỏi: {good}% (295 HS)\n"
        "• Học sinh khá: 56,4% (1723 HS)\n"
        "• Học sinh trung bình: 31,3% (957 HS)\n"
        "• Học sinh yếu: 76 em"
    )
    assert [f for f in _checked(_docx(tmp_path, body))[1] if f[0] in ("percent", "sum")] == finding


def test_txt_items_keep_their_wrapped_lines_and_numbered_headings_open_paragraphs(tmp_path: Path) -> None:
    body = (
        "1. Đội ngũ đảng viên:\n- Có 06 quần chúng ưu tú đã học lớp nhận thức về Đảng, trong đó 02 quần chúng\n"
        "đang hoàn thiện hồ sơ.\n- Chi bộ có 31 đảng viên.\n2. Tình hình học sinh:\nNăm học có 420 học sinh, tăng\n"
        "3. lớp so với năm trước."
    )
    doc = extractor.parse_file(_txt(tmp_path, body))
    texts = [b.text for b in doc.blocks[1:]]
    assert texts == [
        "1. Đội ngũ đảng viên:",
        "- Có 06 quần chúng ưu tú đã học lớp nhận thức về Đảng, trong đó 02 quần chúng đang hoàn thiện hồ sơ.",
        "- Chi bộ có 31 đảng viên.",
        "2. Tình hình học sinh: Năm học có 420 học sinh, tăng 3. lớp so với năm trước.",
    ]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_items_that_state_another_unit_beside_their_part(tmp_path: Path, fmt: str) -> None:
    """``- Khối 7: 110 học sinh/ 3 lớp``: the pupils are the part of the pupils, the classes not."""
    body = (
        "Năm học 2023 - 2024 toàn trường có 420 học sinh. Trong đó:\n- Khối 6: 120 học sinh/4 lớp.\n"
        "- Khối 7: 110 học sinh/ 3 lớp.\n- Khối 8: 100 học sinh/ 3 lớp.\n- Khối 9: 90 học sinh/ 3 lớp."
    )
    relations, findings = _checked(WRITERS[fmt](tmp_path, body))
    assert ("total_parts", 420.0, [90.0, 100.0, 110.0, 120.0]) in relations
    assert findings == []
    assert _checked(WRITERS[fmt](tmp_path, body.replace("100 học sinh", "130 học sinh")))[1] == [("sum", "warning")]
