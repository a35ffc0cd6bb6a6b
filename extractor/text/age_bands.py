"""Age bands as ranges of whole years: ``dưới 30 tuổi`` is 0–29, ``từ 30 đến dưới 60 tuổi``
30–59, ``31 - 50 tuổi`` 31–50, ``trên 60 tuổi`` 61 and above, ``từ 60 tuổi trở lên`` 60 and
above, ``trẻ 5 tuổi`` 5 only.  Bands that share no year are the classes of one scale (their counts add up to the
whole); bands that nest (``dưới 30 tuổi``, ``dưới 40 tuổi``) count overlapping groups.
"""

from __future__ import annotations

import itertools
import math

from extractor.text import regexes as rx


def band_of(words: str) -> tuple[float, float] | None:
    """The years of the age band ``words`` name, as [first, last + 1); None when they name none."""
    m = rx.AGE_BAND_BOUNDS.search(words)
    if m is None:
        return None
    low = int(m["low"])
    if m["under"]:
        return 0, low
    if m["down"]:  # "từ 30 tuổi trở xuống"
        return 0, low + 1
    if m["high"]:
        return low, int(m["high"]) + (0 if m["below"] else 1)
    if m["over"]:
        return low + 1, math.inf
    return (low, math.inf) if m["since"] or m["up"] else (low, low + 1)


def disjoint(bands: list[tuple[float, float]]) -> bool:
    """Whether no two bands share a year."""
    ordered = sorted(bands)
    return all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))
