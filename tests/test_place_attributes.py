"""Places counted by what they are among places (``xã đặc biệt khó khăn``, ``xã biên giới``,
``huyện nghèo``) overlap: each is a subset of the places' total, never summed; a status that
divides them (``đạt chuẩn nông thôn mới`` and not) is still a breakdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import snippet_alarms as _alarms
from tests.snippets import subsets_and_breakdowns as _relations


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        ("Toàn tỉnh có 106 xã, phường, thị trấn (62 xã đặc biệt khó khăn, 22 xã biên giới).", "106", ["62", "22"]),
        ("Huyện có 24 xã, trong đó 8 xã đặc biệt khó khăn, 5 xã biên giới, 3 xã an toàn khu.", "24", ["8", "5", "3"]),
        ("Tỉnh có 11 huyện, trong đó có 04 huyện nghèo, 02 huyện miền núi.", "11", ["04", "02"]),
    ],
)
def test_places_by_what_they_are_are_subsets(tmp_path: Path, text: str, total: str, parts: list[str]) -> None:
    relations = _relations(tmp_path, text)
    assert not [r for r in relations if r[0] == "total_parts"]
    assert {p for kind, whole, ps in relations if kind == "subset_of" and whole == total for p in ps} == set(parts)
    assert _alarms(tmp_path, text) == []


def test_a_place_by_an_attribute_above_its_total_is_flagged(tmp_path: Path) -> None:
    text = "Huyện có 24 xã, trong đó 28 xã đặc biệt khó khăn, 5 xã biên giới."
    assert ("subset", "warning") in _alarms(tmp_path, text) or ("subset", "error") in _alarms(tmp_path, text)


def test_a_status_that_divides_places_is_still_summed(tmp_path: Path) -> None:
    text = "Huyện có 24 xã, trong đó 20 xã đạt chuẩn nông thôn mới, 5 xã chưa đạt chuẩn."
    assert ("total_parts", "24", ["20", "5"]) in _relations(tmp_path, text)
