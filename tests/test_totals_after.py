"""A total written after its parts (extractor/find/totals_after.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[str, float, list[float]]], list[str]]:
    facts, findings = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    after = [
        (r.certainty, value[r.members["total"]], [value[p] for p in r.members["parts"]])
        for r in facts.relations
        if r.evidence == "a total after its parts"
    ]
    return after, sorted(f"{f.rule}:{f.severity}" for f in findings if f.rule in ("sum", "subset"))


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Khiển trách 9 đồng chí, cảnh cáo 4 đồng chí, cách chức 2 đồng chí, tổng cộng 15 đồng chí.",
            ("plausible", 15, [9, 4, 2]),
        ),
        (  # bare numbers take the total's noun; "và" joins the last item
            "Kết nạp đảng viên mới: huyện A 120, huyện B 95 và huyện C 40, tổng cộng 255 đảng viên.",
            ("plausible", 255, [120, 95, 40]),
        ),
        (  # a sentence of the total alone sums the one before
            "Kết nạp đảng viên mới: huyện A 120, huyện B 95, huyện C 40. Tổng cộng: 255.",
            ("plausible", 255, [120, 95, 40]),
        ),
        (  # a bracket's own figures are no items
            "Huyện A 120 đảng viên (tăng 10 đảng viên), huyện B 95 đảng viên; cộng lại là 215 đảng viên.",
            ("plausible", 215, [120, 95]),
        ),
        (  # an earlier count of the unit is no item when a later run adds up exactly
            "Năm 2022 kết nạp 300 đảng viên; năm nay huyện A 120 đảng viên, huyện B 95 đảng viên, tổng cộng 215 "
            "đảng viên.",
            ("plausible", 215, [120, 95]),
        ),
        (  # the whole's own name: it holds the items, which may be some of its parts
            "Khối 10: 347 hs, khối 11: 214 hs, khối 12: 197 hs; toàn trường : 758 học sinh.",
            ("open", 758, [347, 214, 197]),
        ),
    ],
)
def test_a_total_after_its_parts(tmp_path: Path, text: str, relation: tuple) -> None:
    after, flagged = _read(tmp_path, text)
    assert after == [relation]
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Khiển trách 9 đồng chí, cảnh cáo 4 đồng chí, cách chức 2 đồng chí, tổng cộng 16 đồng chí.", ["sum:warning"]),
        ("Kết nạp đảng viên mới: huyện A 120, huyện B 95, huyện C 40. Tổng cộng: 265.", ["sum:warning"]),
        # a sum below the whole named by its own name is no finding: the items may be some of its parts
        ("Khối 10: 347 hs, khối 11: 214 hs, khối 12: 197 hs; toàn trường : 858 học sinh.", []),
        ("Khối 10: 347 hs, khối 11: 214 hs, khối 12: 297 hs; toàn trường : 758 học sinh.", ["sum:warning"]),
    ],
)
def test_a_total_after_its_parts_that_does_not_add_up(tmp_path: Path, text: str, flagged: list[str]) -> None:
    assert _read(tmp_path, text)[1] == flagged


@pytest.mark.parametrize(
    "text",
    [
        # "tổng số" names a stock as often as a sum
        "Kết nạp 120 đảng viên, chuyển đến 30 đảng viên, tổng số 5.000 đảng viên.",
        # the total counts another noun
        "Huyện A 120 đảng viên, huyện B 95 đảng viên, tổng cộng 3 huyện.",
        # changes are no items
        "Tăng 5 đảng viên, giảm 3 đảng viên, tổng cộng 200 đảng viên.",
        # one item only
        "Năm 2023 kết nạp 120 đảng viên. Chuyển đến 30 đảng viên. Tổng cộng 5.000 đảng viên.",
        # a year between two items: another time's figure
        "Năm 2022 kết nạp 120 đảng viên, năm 2023 kết nạp 95 đảng viên, tổng cộng 400 đảng viên.",
    ],
)
def test_no_total_after_parts(tmp_path: Path, text: str) -> None:
    after, flagged = _read(tmp_path, text)
    assert after == []
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an amount's total followed by its money unit (a review's case: money totals were never read)
        (
            "Huy động ngân sách tỉnh 12,5 tỷ đồng, ngân sách huyện 4,2 tỷ đồng, nhân dân đóng góp 3,3 tỷ đồng, tổng "
            "cộng 20 tỷ đồng.",
            [],
        ),
        (
            "Huy động ngân sách tỉnh 12,5 tỷ đồng, ngân sách huyện 4,2 tỷ đồng, nhân dân đóng góp 3,3 tỷ đồng, tổng "
            "cộng 22 tỷ đồng.",
            ["sum:warning"],
        ),
        # a bound between the cue and the total
        ("Hỗ trợ xã Ea Tul 512 hộ, xã Ea Tar 325 hộ, xã Cư Dliê M'nông 150 hộ, tổng cộng gần 1.000 hộ.", []),
        (
            "Hỗ trợ xã Ea Tul 512 hộ, xã Ea Tar 325 hộ, xã Cư Dliê M'nông 250 hộ, tổng cộng gần 1.000 hộ.",
            ["sum:warning"],
        ),
    ],
)
def test_regression_review_money_totals_and_bounds_after_their_parts(
    tmp_path: Path, text: str, flagged: list[str]
) -> None:
    assert _read(tmp_path, text)[1] == flagged


@pytest.mark.parametrize(
    ("text", "relation", "flagged"),
    [
        # one item a line, the total on a line of its own (joined to the last item by the reader)
        (
            "Kết nạp đảng viên mới:\n- Huyện A: 120 đảng viên\n- Huyện B: 95 đảng viên\n- Huyện C: 40 đảng viên\n"
            "Tổng cộng: 255 đảng viên.",
            ("plausible", 255, [120, 95, 40]),
            [],
        ),
        (
            "Kết nạp đảng viên mới:\n- Huyện A: 120 đảng viên\n- Huyện B: 95 đảng viên\n- Huyện C: 40 đảng viên\n"
            "Tổng cộng: 265 đảng viên.",
            ("plausible", 265, [120, 95, 40]),
            ["sum:warning"],
        ),
        (  # a review's case: the total after the items' semicolons
            "Kết quả phân loại tổ chức cơ sở đảng năm 2022:\n- Hoàn thành xuất sắc nhiệm vụ: 9 tổ chức;\n- Hoàn thành "
            "tốt nhiệm vụ: 31 tổ chức;\n- Hoàn thành nhiệm vụ: 4 tổ chức;\nCộng: 48 tổ chức.",
            ("plausible", 48, [9, 31, 4]),
            ["sum:warning"],
        ),
    ],
)
def test_a_total_after_list_items(tmp_path: Path, text: str, relation: tuple, flagged: list[str]) -> None:
    after, found = _read(tmp_path, text)
    assert after == [relation]
    assert found == flagged


def test_an_item_with_figures_of_its_own_is_no_part_of_a_total_after_items(tmp_path: Path) -> None:
    text = "Các chi bộ:\n- Chi bộ 1 có 20 đảng viên, trong đó 5 nữ\n- Chi bộ 2 có 30 đảng viên\nCộng: 50 đảng viên."
    assert _read(tmp_path, text)[0] == []


@pytest.mark.parametrize(
    ("text", "relation", "flagged"),
    [
        # the total on a paragraph of its own after the last item's full stop (a review's miss)
        (
            "Kết nạp đảng viên mới:\n- Huyện A: 120 đảng viên;\n- Huyện B: 95 đảng viên;\n- Huyện C: 40 đảng viên.\n"
            "Tổng cộng: 265 đảng viên.",
            ("plausible", 265, [120, 95, 40]),
            ["sum:warning"],
        ),
        # an earlier time's count is no item (a review's false warning)
        (
            "Năm 2022 hỗ trợ 300 hộ; năm nay xã Ea Tul 512 hộ, xã Ea Tar 325 hộ, xã Cư Dliê M'nông 150 hộ, tổng "
            "cộng gần 1.000 hộ.",
            ("plausible", 1000, [512, 325, 150]),
            [],
        ),
        # a part singled out of an item is no item (a review's false warning)
        (
            "Khối 10: 347 học sinh, trong đó nữ 170; khối 11: 300 học sinh, trong đó nữ 150; tổng cộng 647 học sinh.",
            ("plausible", 647, [347, 300]),
            [],
        ),
        (
            "Khối 10: 347 học sinh, trong đó nữ 170; khối 11: 300 học sinh, trong đó nữ 150; tổng cộng 657 học sinh.",
            ("plausible", 657, [347, 300]),
            ["sum:warning"],
        ),
    ],
)
def test_regression_review_items_of_a_total_after_them(
    tmp_path: Path, text: str, relation: tuple, flagged: list[str]
) -> None:
    after, found = _read(tmp_path, text)
    assert after == [relation]
    assert found == flagged


def test_regression_review_no_catastrophic_backtracking_between_levels_and_rate(tmp_path: Path) -> None:
    """A long run of letters with no spaces (PDF text that lost them) between two levels and a
    rate took 34 s: the words before the rate could be split in many ways."""
    import time

    started = time.perf_counter()
    _read(tmp_path, "Số đảng viên từ 400 lên 500 " + "a" * 300 + " tăng 25%.")
    assert time.perf_counter() - started < 5.0
