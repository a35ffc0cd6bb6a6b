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
