"""Bulleted items written line by line: a plain-text line that opens with a bullet is an item
of its own (as a Word paragraph is), and the items under a line that ends with a breakdown cue
(``trong đó:``, ``trong đó có:``) are checked against its total, in TXT and DOCX alike."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import extractor
from extractor.document.elements import BlockKind
from extractor.read.plain import read_txt

HEAD = "BÁO CÁO\nKết quả công tác\n\n"


def _txt(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return path


def _docx(tmp_path: Path, body: str) -> Path:
    document = docx.Document()
    for line in HEAD.strip().split("\n") + body.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "r.docx"
    document.save(str(path))
    return path


def _body(path: Path) -> list[str]:
    return [d.text for d in read_txt(path).drafts if d.kind in (None, BlockKind.LIST_ITEM)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kết quả kiểm tra:\n- Kiểm tra 15 tổ chức đảng\n- Giám sát 20 đảng viên",
            ["Kết quả kiểm tra:", "- Kiểm tra 15 tổ chức đảng", "- Giám sát 20 đảng viên"],
        ),
        ("Tổng số:\n• 60,52% trong sạch vững mạnh\n+ Khá", ["Tổng số:", "• 60,52% trong sạch vững mạnh", "+ Khá"]),
        # a range cut by the line break is one paragraph
        ("Nghị quyết nhiệm kỳ 2020\n- 2025 của Đảng bộ", ["Nghị quyết nhiệm kỳ 2020 - 2025 của Đảng bộ"]),
        # a dash that is no bullet (no space after it) continues the line
        ("Số liệu của năm\n-2023 là", ["Số liệu của năm -2023 là"]),
    ],
    ids=["dashes", "dots-and-pluses", "range", "no-space"],
)
def test_a_bulleted_line_opens_an_item(tmp_path: Path, body: str, expected: list[str]) -> None:
    assert _body(_txt(tmp_path, body)) == expected


def test_a_list_of_recipients_stays_one_list(tmp_path: Path) -> None:
    text = HEAD + "Đoạn một.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n"
    raw = read_txt(_write(tmp_path, text))
    assert [d.kind for d in raw.drafts].count(BlockKind.RECIPIENTS) == 1


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _checked(path: Path) -> tuple[list[tuple[str, float, list[float]]], list[tuple[str, str]]]:
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    relations = sorted(
        (r.kind, value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of")
    )
    findings = sorted(
        (f.rule, f.severity) for f in extractor.check_facts([(doc, facts)]) if f.rule != "directive-variant"
    )
    return relations, findings


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


@pytest.mark.parametrize(("holds", "relation", "planted", "finding"), ITEMS, ids=["own-bullet", "trong-do-co", "money"])
@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
def test_items_under_a_cue_line(tmp_path: Path, make, holds: str, relation: tuple, planted: tuple, finding) -> None:
    relations, findings = _checked(make(tmp_path, holds))
    assert relation in relations
    assert findings == []
    wrong = holds.replace(*planted)
    assert wrong != holds
    assert _checked(make(tmp_path, wrong))[1] == finding


def test_a_sibling_item_is_no_part_of_the_item_that_opens_a_list(tmp_path: Path) -> None:
    body = "– Tổng số đảng viên là 41 đảng viên, trong đó:\n– Đảng viên chính thức: 38 đ/c.\n– Đảng viên nữ: 17 đ/c."
    relations, _ = _checked(_txt(tmp_path, body))
    assert not [r for r in relations if r[1] == 41.0 and r[0] == "subset_of" and len(r[2]) == 2]
