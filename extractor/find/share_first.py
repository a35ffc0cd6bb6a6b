"""Shares written before their count, the count in a bracket.

``Học sinh giỏi: 9,7% (295 HS); học sinh khá: 56,4% (1723 HS)``, ``trong đó 15,5% (186 đảng
viên) hoàn thành xuất sắc nhiệm vụ``: a percentage followed by a bracket holding only a count
and its noun is that count's share of a whole, as ``295 HS (9,7%)`` is; so is one followed by
``tương đương`` and a count (``hộ nghèo chiếm 20%, tương đương 1.200 hộ``).  Not a rate of change
(``tăng 4,36% (666 doanh nghiệp)``, read as a change), nor an amount of money (``giải ngân
18,1% (1.372,2 tỷ đồng)``: of a plan), nor a count with a ratio or a second number.  The caller
finds the whole as for any share: an earlier total the share rounds from, else the one its
siblings agree on or imply.
"""

from __future__ import annotations

import itertools
import re

from extractor.find.context import is_change, position
from extractor.find.facts import Figure
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue

EVIDENCE = "share written before its count (…)"
CHANGE_REACH = 30  # characters before a share where a change word makes it a rate of change


def bracket_noun(count: Figure, text: str, base: int) -> str:
    """The words after a share's bracketed count, lower case (``hộ`` in ``4,2% (12.600 hộ)``)."""
    end = position(count, base)[1]
    close = rx.COUNT_NOUN_END.search(text, end)
    return " ".join(text[end : close.start() if close else len(text)].lower().split())


def _counted(count: Figure, percent: Figure, text: str, base: int) -> bool:
    """A count, or an amount whose share a share word names (``vốn ngân sách Trung ương chiếm
    64%, tương đương 48.000 tỷ đồng``; ``giải ngân 18,1% (1.372,2 tỷ đồng)`` is of a plan)."""
    if count.measure == "count":
        return True
    return count.measure == "money" and cue_before("share", text, position(percent, base)[0]) is not None


def _count_after(text: str, p_end: int, c_start: int, c_end: int) -> re.Match[str] | None:
    """The end of the count written right after a share: in a bracket of its own (``9,7% (295
    HS)``), or after ``tương đương`` (``chiếm 20%, tương đương 1.200 hộ``, ``55% (tương đương
    969.360 người)``); None when the count is not written so."""
    if rx.SHARE_THEN_BRACKET.fullmatch(text, p_end, c_start) is not None and "(" in text[p_end:c_start]:
        return rx.COUNT_CLOSES_BRACKET.match(text, c_end)
    equivalent = rx.SHARE_THEN_EQUIVALENT.fullmatch(text, p_end, c_start)
    if equivalent is None:
        return None
    ending = rx.COUNT_CLOSES_BRACKET if equivalent["open"] == "(" else rx.COUNT_ENDS_CLAUSE
    return ending.match(text, c_end)


def shares_before_counts(figs: list[Figure], text: str, base: int) -> list[tuple[Figure, Figure]]:
    """(count, percent) for each share written before its bracketed count."""
    out = []
    for percent, count in itertools.pairwise(figs):
        if percent.measure != "percent" or count.base is not None or not _counted(count, percent, text, base):
            continue
        p_end, c_start, c_end = position(percent, base)[1], *position(count, base)
        closed = _count_after(text, p_end, c_start, c_end)
        if closed is None:
            continue
        start = position(percent, base)[0]
        if is_change(percent, text, base) or cue_before("growth_rate", text, start):
            continue  # "tăng 4,36% (666 doanh nghiệp)": a rate of change and its amount
        if rx.CHANGE_WORD_NEAR.search(text, max(0, start - CHANGE_REACH), start):
            continue  # "so với đầu năm đã giảm được 12,5% (150 hộ)": a rate of change too
        if cue("target_after_percent").match(text, closed.end()):
            continue  # "đạt 95% (950 hộ) kế hoạch": a share of the plan
        out.append((count, percent))
    return out
