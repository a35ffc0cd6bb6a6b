"""Readers that once scanned from a sentence's start for every figure (quadratic in a block of
thousands of numbers) now find their matches once per stretch: they must read what the scans
read.  Speed itself is measured by ``bench/bench_dense_block.py``, not here."""

from __future__ import annotations

import re

import pytest

from extractor.find.clause_classes import _item
from extractor.find.context import in_sentence_before, matches_by

WORD = re.compile(r"(?<!\w)(?:tháng|quý|thêm)(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "Trong tháng 3 kết nạp 12 đảng viên, thêm 4 chi bộ, quý II kết nạp 30 đảng viên.",
        "Tháng này thêm 2 xã; quý I thêm 5 xã. Trong tháng, thêm 7 thôn và 3 bản.",
        "12 chi bộ, 13 đảng viên, 14 tổ chức cơ sở đảng, 15 cuộc kiểm tra, thêm 16 chi bộ",
    ],
)
def test_matches_found_once_are_those_a_scan_up_to_each_number_finds(text: str) -> None:
    for number in re.finditer(r"\d+", text):
        pos = number.start()
        opens = text.rfind(". ", 0, pos)
        opens = opens + 2 if opens >= 0 else 0
        scanned = [m.span() for m in WORD.finditer(text, opens, pos)]
        assert [m.span() for m in in_sentence_before(WORD, text, pos)] == scanned
        assert [m.span() for m in matches_by(WORD, text, 0, len(text), pos)] == [
            m.span() for m in WORD.finditer(text, 0, pos)
        ]


@pytest.mark.parametrize(
    ("text", "number", "item"),
    [
        # a comma glued to the number ends the item before it, as the text up to the number reads it
        ("cho 2 đảng viên,3 đảng viên nhận Huy hiệu 55 năm", ",3", "3 đảng viên nhận Huy hiệu 55 năm"),
        ("cho 2 đảng viên; 3 đảng viên nhận Huy hiệu 55 năm", " 3", " 3 đảng viên nhận Huy hiệu 55 năm"),
        ("cho 2 đảng viên và 3 đảng viên nhận Huy hiệu 55 năm", " 3", " 3 đảng viên nhận Huy hiệu 55 năm"),
        # a comma inside a number is no break
        ("Huy hiệu 55 năm cho 2,5 nghìn đảng viên, 3 chi bộ", " 2,5", "Huy hiệu 55 năm cho 2,5 nghìn đảng viên"),
    ],
)
def test_regression_an_items_break_right_before_its_number(text: str, number: str, item: str) -> None:
    start = text.index(number) + 1
    assert _item(text, start, start + len(number) - 1) == item
