"""What a Vietnamese number, quantity, date or period is, as read from text.

Every value keeps the raw text it was read from and where it stood in the searched text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Number:
    """A Vietnamese number as written: ``7.589`` → 7589, ``98,58`` → 98.58, ``02`` → 2."""

    value: float
    raw: str
    decimals: int  # digits after the decimal comma as written ("97,60" → 2): the rounding unit
    ambiguous: bool = False  # e.g. "1.200" could be 1200 or 1.2 in a foreign style; flagged, not guessed


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what makes it a measure: percent, money unit, ratio base, approximation."""

    number: Number
    measure: str  # count | percent | money | ratio | rank
    unit: str | None = None  # money unit as written ("tỷ đồng")
    base: float | None = None  # ratio denominator
    approx: str | None = None  # hơn | gần | trên | khoảng | ước
    scale: float = 1.0  # "1,2 triệu" → number 1.2, scale 1e6
    start: int = 0  # span of the whole quantity in the searched text
    end: int = 0
    number_start: int = 0  # span of the number itself
    number_end: int = 0

    @property
    def value(self) -> float:
        return self.number.value * self.scale


@dataclass(frozen=True, slots=True)
class DateValue:
    iso: str  # YYYY-MM-DD
    raw: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Period:
    """A period as the guide writes it: "2022", "2020-2025", "2023-H1", "2013-Q1"."""

    label: str
    raw: str
    start: int
    end: int
