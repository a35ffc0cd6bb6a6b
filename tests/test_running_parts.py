"""A list's parts gathered one by one keep their sum in the total's unit (the quadratic-time
regression of lists continued over hundreds of sentences): the kept sum is the one summing
them again gives, whatever their money scales, after appends, after a part is replaced and
after any other change to the list; and parts make their total exactly up to the rounding of
adding floats, which grows with the amounts."""

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
    assert running.sum == pytest.approx(summed_in([*PARTS[:-1], running[-1]], TOTAL))
    assert adds_up(running, TOTAL)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.extend(PARTS[:2]),
        lambda r: r.insert(0, PARTS[1]),
        lambda r: r.pop(),
        lambda r: r.pop(0),
        lambda r: r.remove(PARTS[2]),
        lambda r: r.__delitem__(1),
        lambda r: r.__setitem__(slice(0, 2), PARTS[2:]),
        lambda r: r.__iadd__(PARTS[1:3]),
        lambda r: r.clear(),
    ],
)
def test_every_change_to_the_list_keeps_its_sum(change: object) -> None:
    running = RunningParts(TOTAL)
    for f in PARTS:
        running.append(f)
    change(running)  # type: ignore[operator]
    assert running.sum == pytest.approx(summed_in(list(running), TOTAL))


def test_parts_in_the_millions_make_their_total_up_to_float_rounding() -> None:
    """``7.338.828,4 + 3.788.378,2 + 114.104,3 + 4.906.975,1`` is ``16.148.286`` (adding the
    floats is off by more than 1e-9: the list went on and swallowed the next figure)."""
    total = _money("t", 16_148_286.0, "triệu đồng")
    parts = [_money(str(i), v, "triệu đồng") for i, v in enumerate([7_338_828.4, 3_788_378.2, 114_104.3, 4_906_975.1])]
    assert adds_up(parts, total)
    assert not adds_up(parts[:3], total)


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
