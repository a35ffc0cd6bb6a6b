"""Balances of a stock over a period (``patterns/flows.yaml``, ``balances``): ``Đầu năm, Đảng bộ
có 1.250 đảng viên; trong năm kết nạp 45 đảng viên, chuyển đến 12, chuyển đi 20, từ trần 7;
cuối năm có 1.280 đảng viên`` — the stock at the start, plus what came in, minus what went out,
is the stock at the end.

Read in one paragraph: a count of the stock named as at the start (no change, aside or movement
itself), the next count of its unit named as at the end of the same kind of period (``đầu năm``
… ``cuối năm``), and every count between them a movement, its word before it in its clause
(``kết nạp 45``) or right after it (``4.120 hộ thoát nghèo``), counting the stock's unit, a kind
of it or persons.  A count between that is no movement (``2.000 hộ cận nghèo``), or a ``trong
đó`` between, reads no balance.  The report need not name every movement, so the relation is
``plausible``.
"""

from __future__ import annotations

import re

from extractor.find.context import full_sentence, in_parens, is_change, unit_key
from extractor.find.context import position as _pos
from extractor.find.facts import GENERIC_PERSONS, Figure, Relation
from extractor.text import regexes as rx
from extractor.text.flows import Balance, load_balances
from extractor.text.vocabulary import load_vocabulary

EVIDENCE = "balance: start + in − out = end"
NAME_REACH = 60  # characters before a count where the words naming it at the start or the end are read


def stock_balances(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """The balances of one paragraph's figures."""
    out = []
    for balance in load_balances():
        if not balance.start.search(text) or not balance.end.search(text):
            continue
        for i, first in enumerate(figs):
            if first.measure != "count" or not _of_stock(balance, first) or _aside_or_moved(balance, first, text, base):
                continue  # "Từ đầu năm đến nay, kết nạp 45 …": a movement is no stock at the start
            opened = _named(balance.start, first, text, base)
            if opened is None:
                continue
            ends = (
                (k, closed)
                for k in range(i + 1, len(figs))
                if figs[k].measure == "count"
                and unit_key(figs[k]) == unit_key(first)
                and (closed := _named(balance.end, figs[k], text, base)) is not None
            )
            last, closed = next(ends, (None, None))
            if last is None or _period_word(closed) != _period_word(opened):
                continue  # "Đầu nhiệm kỳ … cuối năm 2023 …": two periods
            if rx.PART_LEAD.search(text, _pos(first, base)[1], _pos(figs[last], base)[0]):
                continue  # "… 4.120 hộ thoát nghèo, trong đó 1.500 hộ …": a movement broken down, read no balance
            if found := _balance(balance, first, figs[i + 1 : last], figs[last], text, base):
                out.append(found)
    return out


def _balance(
    balance: Balance, first: Figure, between: list[Figure], last: Figure, text: str, base: int
) -> Relation | None:
    plus: list[str] = []
    minus: list[str] = []
    for f in between:
        if f.measure == "percent" or in_parens(text, _pos(first, base)[1], _pos(f, base)[0]):
            continue  # a movement's share, or an aside in brackets
        if f.measure != "count" or (f.subject_text and not _counts_the_stock(f, first)):
            return None  # another thing counted between
        way = _movement(balance, f, text, base)
        if way is None:
            return None  # "…, trong đó 30 đoàn viên": no movement, so the paragraph is no balance
        (plus if way > 0 else minus).append(f.id)
    if not plus and not minus:
        return None
    members = {"start": first.id, "plus": plus, "minus": minus, "end": last.id}
    return Relation("balance", members, EVIDENCE, "plausible")


def _of_stock(balance: Balance, f: Figure) -> bool:
    noun = " ".join((f.subject_text or "").lower().split())
    return f.subject in balance.units or noun in balance.units


def _named(words: re.Pattern[str], f: Figure, text: str, base: int) -> str | None:
    """The words before a count in its sentence, back to a semicolon, that name it at the start or
    the end (``đầu năm``), lower case; None if none do."""
    start = _pos(f, base)[0]
    opened = max(full_sentence(text, start)[0], text.rfind(";", 0, start) + 1, start - NAME_REACH)
    m = words.search(text, opened, start)
    return m.group().lower() if m else None


def _period_word(words: str | None) -> str:
    """The period a start or end word names (``đầu năm`` → ``năm``, ``cuối nhiệm kỳ`` → ``nhiệm kỳ``)."""
    return " ".join((words or "").split()[1:])


def _aside_or_moved(balance: Balance, f: Figure, text: str, base: int) -> bool:
    """Whether a count is a change, stands in a bracket, or is itself a movement."""
    start = _pos(f, base)[0]
    opened = full_sentence(text, start)[0]
    return is_change(f, text, base) or in_parens(text, opened, start) or _movement(balance, f, text, base) is not None


def _counts_the_stock(f: Figure, first: Figure) -> bool:
    """Whether a movement counts what the stock counts: its unit, a kind of it (``45 đảng viên
    mới`` of the members), or persons named generically (``7 đồng chí``)."""
    if unit_key(f) == unit_key(first) or f.subject == GENERIC_PERSONS:
        return True
    return f.subject != "other" and load_vocabulary().can_be_part_of(f.subject, first.subject)


def _movement(balance: Balance, f: Figure, text: str, base: int) -> int | None:
    """+1 for what came in, -1 for what went out, by the words right after the count (to the
    next separator) or, failing them, the words before it in its clause; None if neither."""
    start, end = _pos(f, base)
    stop = rx.LIST_SEPARATOR.search(text, end)
    after = (end, stop.start() if stop else len(text))
    sep = max(text.rfind(c, 0, start) for c in ",;:")
    before = (max(sep + 1, start - NAME_REACH), start)
    for lo, hi in (after, before):
        came, went = balance.plus.search(text, lo, hi), balance.minus.search(text, lo, hi)
        if came and not went:
            return 1
        if went and not came:
            return -1
    return None
