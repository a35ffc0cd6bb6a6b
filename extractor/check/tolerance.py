"""What a stated number could have been: intervals for rounding, truncation and approximation.

A figure written ``63,8`` stands for any value that rounds to it: [63,75; 63,85].  If
the author truncated instead of rounding, it stands for [63,8; 63,9).  A count written
``94`` is exact.  ``hơn 90`` / ``trên 90`` mean more than 90, ``gần 90`` a little under
90, ``khoảng 90`` / ``ước 90`` roughly 90 (±10 %): such figures are compared as bounds,
never as equalities.  ``ước`` (an estimate of the period's result) with more than two
significant digits (``ước đạt 14.759,03 tỷ đồng``) is stated to its last digit and rounds
like any other figure.
"""

from __future__ import annotations

from dataclasses import dataclass

APPROX_SPREAD = 0.10  # "khoảng", "ước": within ±10 %
ROUGH_DIGITS = 2  # "ước 12 tỷ" is rough; "ước đạt 14.759,03 tỷ đồng" is an estimate stated to the unit
NEAR_SPREAD = 0.10  # "gần X": between 90 % of X and X


@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: float) -> Interval:
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def multiply(self, other: Interval) -> Interval:
        products = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def divide(self, other: Interval) -> Interval | None:
        """self / other; None when other may be zero."""
        if other.lo <= 0 <= other.hi:
            return None
        quotients = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(quotients), max(quotients))

    def overlaps(self, other: Interval, eps: float = 1e-9) -> bool:
        return self.lo <= other.hi + eps and other.lo <= self.hi + eps

    def grown(self, rate: Interval, sign: float = 1.0) -> Interval:
        """This level changed by ``rate`` per cent, up (``sign`` 1) or down (-1): self × (1 ± rate / 100)."""
        return self.multiply(Interval(1.0, 1.0) + rate.scale(sign / 100.0))

    def describe(self) -> str:
        if self.lo == self.hi:
            return format_number(self.lo)
        hi = "∞" if self.hi == float("inf") else format_number(self.hi)
        return f"[{format_number(self.lo)}; {hi}]"


def format_number(x: float) -> str:
    """Vietnamese style: decimal comma, up to 4 decimals, no trailing zeros."""
    if x == int(x):
        return f"{int(x):,}".replace(",", ".")
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")


def unit_of(decimals: int) -> float:
    return 10.0 ** (-decimals)


def stated(value: float, decimals: int, measure: str, approx: str | None = None) -> Interval:
    """The values a stated figure could stand for, rounding honoured."""
    if approx in ("hơn", "trên"):
        return Interval(value, float("inf"))
    if approx == "gần":
        return Interval(value * (1 - NEAR_SPREAD), value)
    if approx == "khoảng" or (approx == "ước" and significant_digits(value, decimals) <= ROUGH_DIGITS):
        return Interval(value * (1 - APPROX_SPREAD), value * (1 + APPROX_SPREAD))
    if measure == "count" and decimals == 0:
        return Interval(value, value)
    half = unit_of(decimals) / 2
    return Interval(value - half, value + half)


def significant_digits(value: float, decimals: int) -> int:
    """How many significant digits a stated figure has: 14.759,03 has 7, 90 has 1."""
    digits = str(abs(round(value * 10**decimals))).rstrip("0")
    return len(digits) if digits else 0


def truncated(value: float, decimals: int) -> Interval:
    """The values a figure stands for if its author cut digits off instead of rounding."""
    return Interval(value, value + unit_of(decimals) - 1e-12)


def total(intervals: list[Interval]) -> Interval:
    out = Interval(0.0, 0.0)
    for i in intervals:
        out = out + i
    return out
