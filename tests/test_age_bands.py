"""Age bands read as ranges of whole years."""

from __future__ import annotations

import math

import pytest

from extractor.text.age_bands import band_of, disjoint


@pytest.mark.parametrize(
    ("words", "band"),
    [
        ("dưới 30 tuổi", (0, 30)),
        ("từ 30 đến dưới 60 tuổi", (30, 60)),
        ("từ 31 đến 50 tuổi", (31, 51)),
        ("31 - 50 tuổi", (31, 51)),
        ("trên 60 tuổi", (61, math.inf)),
        ("từ 60 tuổi trở lên", (60, math.inf)),
        ("60 tuổi trở lên", (60, math.inf)),
        ("Trẻ 5 tuổi", (5, 6)),
        ("đảng viên nữ", None),
    ],
)
def test_band_of(words: str, band: tuple[float, float] | None) -> None:
    assert band_of(words) == band


def test_bands_that_share_no_year_are_disjoint_and_nested_ones_not() -> None:
    assert disjoint([(0, 30), (30, 60), (60, math.inf)])
    assert not disjoint([(0, 30), (0, 40), (40, math.inf)])


@pytest.mark.parametrize(
    ("words", "band"),
    [
        ("từ 30 tuổi trở xuống", (0, 31)),
        ("18 - 30 tuổi", (18, 31)),
        # years in the Party are no age
        ("từ 30 tuổi Đảng trở lên", None),
    ],
)
def test_more_bands(words: str, band: tuple[float, float] | None) -> None:
    assert band_of(words) == band
