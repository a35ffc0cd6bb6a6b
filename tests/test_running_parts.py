"""A list's parts gathered one by one keep their sum in the total's unit (the quadratic-time
regression of lists continued over hundreds of sentences): the kept sum is the one summing
them again gives, whatever their money scales, after appends and after a part is replaced."""

from __future__ import annotations

import pytest

from extractor.find.facts import Figure, Span
from extractor.find.part_words import RunningParts, adds_up, summed_in


def _money(fid: str, value: float, unit: str) -> Figure:
    return Figure(fid, value, str(value), "money", Span(0, 0, 1), unit=unit)


TOTAL = _money("t", 12.1, "tỷ đồng")
PARTS = [
    _money("a", 3.1, "tỷ đồng"),
    _money("b", 900.0, "triệu đồng"),
    _money("c", 0.7, "tỷ đồng"),
    _money("d", 7_400.0, "triệu đồng"),
]


@pytest.mark.parametrize("n", range(len(PARTS) + 1))
def test_running_parts_keep_the_sum_summing_again_gives(n: int) -> None:
    running = RunningParts(TOTAL)
    for f in PARTS[:n]:
        running.append(f)
    assert running.sum == summed_in(list(PARTS[:n]), TOTAL)
    assert summed_in(running, TOTAL) == summed_in(list(running), TOTAL)


def test_replacing_a_part_sums_the_parts_again() -> None:
    running = RunningParts(TOTAL)
    for f in PARTS:
        running.append(f)
    running[-1] = _money("e", 7.4, "tỷ đồng")  # the same amount, in the total's unit
    assert running.sum == summed_in([*PARTS[:-1], running[-1]], TOTAL)
    assert adds_up(running, TOTAL)


def test_a_kept_sum_is_of_its_own_total_only() -> None:
    """Another total asks for the parts in its own unit: the kept sum is not that."""
    running = RunningParts(TOTAL)
    for f in PARTS:
        running.append(f)
    in_millions = _money("m", 12_100.0, "triệu đồng")
    assert summed_in(running, in_millions) == pytest.approx(12_100.0)
    assert adds_up(running, TOTAL, None)


def test_one_more_part_after_the_list() -> None:
    assert adds_up(PARTS[:3], TOTAL, PARTS[3])
    assert not adds_up(PARTS[:2], TOTAL, PARTS[3])
