"""Forms this session's rules read, each in sentences written for the test in the reports' ways,
holding and with one wrong number, beside the counter-examples that must stay unread: ratings
listed after a total that a semicolon ends (no cue between them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return sorted((f.rule, f.severity) for f in findings if f.rule in ("sum", "subset", "percent"))


def _breakdowns(tmp_path: Path, text: str) -> list[tuple[float, list[float], str]]:
    facts, _ = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["total"]], sorted(value[p] for p in r.members["parts"]), r.certainty)
        for r in facts.relations
        if r.kind == "total_parts" and r.members.get("total")
    ]


SEMICOLON = (
    "Đảng bộ xã có {n} chi bộ trực thuộc; 18 chi bộ hoàn thành tốt nhiệm vụ, 7 chi bộ hoàn thành nhiệm vụ, "
    "3 chi bộ không hoàn thành nhiệm vụ."
)


@pytest.mark.parametrize(("n", "found"), [("28", []), ("32", []), ("25", [("sum", "warning")])])
def test_regression_ratings_after_a_total_a_semicolon_ends(tmp_path: Path, n: str, found: list) -> None:
    """After a stock some may not be rated (``open``): only a sum above the total is a warning."""
    assert _breakdowns(tmp_path, SEMICOLON.format(n=n)) == [(float(n), [3.0, 7.0, 18.0], "open")]
    assert _found(tmp_path, SEMICOLON.format(n=n)) == found


def test_a_semicolon_after_a_total_of_another_unit_gives_it_no_ratings(tmp_path: Path) -> None:
    text = "Xã có 1.250 hộ dân; 18 chi bộ hoàn thành tốt nhiệm vụ, 7 chi bộ hoàn thành nhiệm vụ."
    assert _breakdowns(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tỷ lệ giáo viên/lớp: 40/16 = 2.5; 39/16 = 2.44; 38/16 = 2.38.", []),
        ("Toàn huyện có 16 xã; đã có 18/16 xã đạt chuẩn nông thôn mới.", [("subset", "warning")]),
    ],
)
def test_regression_a_pair_followed_by_its_quotient_is_a_division(tmp_path: Path, text: str, found: list) -> None:
    """``39/16 = 2.44`` (teachers per class) was held as 39 of a whole of 16: a false warning."""
    assert _found(tmp_path, text) == found


def test_regression_a_plus_that_wraps_a_sentence_is_no_bullet(tmp_path: Path) -> None:
    """``… được miễn đánh giá và`` / ``+ 8 đồng chí mới kết nạp …``: the ``+`` continues the
    sentence (the ratings after ``trong đó`` were read as parts of the 8)."""
    text = (
        "Tổng số đảng viên được đánh giá là 230 đồng chí (không tính 15 đồng chí được miễn đánh giá và\n"
        "+ 8 đồng chí mới kết nạp chưa đủ 6 tháng); trong đó 40 đồng chí hoàn thành xuất sắc nhiệm vụ, 175 đồng chí\n"
        "hoàn thành tốt nhiệm vụ, 13 đồng chí hoàn thành nhiệm vụ, 2 đồng chí không hoàn thành nhiệm vụ."
    )
    assert (230.0, [2.0, 13.0, 40.0, 175.0], "exhaustive") in _breakdowns(tmp_path, text)
    assert [f for f in _found(tmp_path, text) if f[1] != "info"] == []


def test_regression_a_column_beside_a_chia_ra_group_is_not_summed(tmp_path: Path) -> None:
    """A header copied one cell a line (``Tổng số | Chia ra | Đảng viên mới`` over ``Nam | Nữ``)
    put ``Đảng viên mới`` under ``Chia ra``: the rows add up in none, so no split is read."""
    rows = [
        ("Chi bộ thôn Đông", 30, 18, 12, 2),
        ("Chi bộ thôn Đoài", 26, 15, 11, 1),
        ("Chi bộ trường học", 19, 6, 13, 3),
    ]
    cells = "\n".join(f"{k}\n{name}\n{a}\n{b}\n{c}\n{d}" for k, (name, a, b, c, d) in enumerate(rows, 1))
    text = "STT\nChi bộ\nTổng số đảng viên\nChia ra\nĐảng viên mới kết nạp\nNam\nNữ\n" + cells
    assert _found(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a threshold inside the label, no share
        "STT\nNội dung\nSố lượng\nGhi chú\nI\nTổng số thôn, tổ dân phố\n30\n"
        "1\nThôn có tỷ lệ 90% hộ gia đình văn hóa\n21\n2\nThôn đạt chuẩn nông thôn mới\n26",
        # no Tổng số column, rows not numbered at depths: which count, of which whole?
        "Nội dung\nNăm 2023\nNăm 2024\nTổng số đảng viên\n438\n452\nĐảng viên nữ (tỷ lệ 31,6%)\n138\n143\n"
        "Đảng viên trẻ (tỷ lệ 22%)\n96\n99",
    ],
    ids=["threshold", "flat"],
)
def test_regression_label_shares_read_only_where_count_and_whole_are_certain(tmp_path: Path, text: str) -> None:
    assert _found(tmp_path, text) == []
