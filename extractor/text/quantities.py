"""What a Vietnamese number, quantity, date or period is, as read from text.

Every value keeps the raw text it was read from and where it stood in the searched text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from extractor.text.regexes import SCALE_WORDS

CURRENCY_NAMES = {"đồng": "đồng", "vnđ": "đồng", "vnd": "đồng", "usd": "USD"}


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


@functools.lru_cache(maxsize=1024)
def money_scale(unit: str | None) -> tuple[str, float] | None:
    """A money unit as its currency (with any per-tail) and scale: ``tỷ đồng`` → ("đồng", 1e9),
    ``triệu đồng/người`` → ("đồng/người", 1e6), ``USD`` → ("USD", 1); None for no money unit.
    Amounts of one currency in different scales (``100 triệu đồng`` within ``12 tỷ đồng``)
    compare once each is multiplied by its scale."""
    if not unit:
        return None
    words = unit.lower().split()
    scale = 1.0
    while len(words) > 1 and words[0] in SCALE_WORDS:  # "nghìn tỷ đồng"
        scale *= SCALE_WORDS[words.pop(0)]
    currency, slash, per = " ".join(words).partition("/")
    name = CURRENCY_NAMES.get(currency.strip())
    if name is None:
        return None
    return name + slash + per, scale


def same_money(a: str | None, b: str | None) -> bool:
    """Two money units of one currency (and per-tail), whatever their scales."""
    x, y = money_scale(a), money_scale(b)
    return x is not None and y is not None and x[0] == y[0]


def unit_factor(part: str | None, total: str | None) -> float:
    """What a value in ``part``'s money unit is multiplied by to be in ``total``'s (1 when the
    units are the same or not money of one currency)."""
    x, y = money_scale(part), money_scale(total)
    if x is None or y is None or x[0] != y[0]:
        return 1.0
    return x[1] / y[1]
