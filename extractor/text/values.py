"""Vietnamese numbers, quantities, dates and periods read from text (pure functions, no I/O).

Conventions of the reports: ``.`` groups thousands (``7.589`` → 7589), ``,`` is the decimal
comma (``98,58`` → 98.58).  Spans returned index into the text given.  Patterns live in
``extractor.text.regexes``.

Number-reading rules (``parse_number``):

* digits only → integer, leading zeros dropped (``02`` → 2);
* dots only, every group after the first exactly three digits, first group 1–3 digits
  (``7.589``, ``1.200.000``) → thousands, *not* ambiguous: that is the reports' convention;
* one dot and any other group size (``1.5``, ``12.4``, ``1.2345``) → not a Vietnamese
  thousands group, read as a foreign decimal point, ``ambiguous=True``; several dots with
  a bad group (``1.2.3``) → None (a section number, not a number);
* one comma (``98,58``, ``97,60``) → decimal comma; ``ambiguous=True`` only when exactly
  three digits follow and the integer part is 1–3 digits not starting with 0 (``1,200``
  could be a foreign 1200);
* several commas, well grouped (``1,200,000``) → foreign thousands, ``ambiguous=True``;
* dots then a comma (``20.331,5``) → Vietnamese; commas then a dot (``1,200.5``) → foreign,
  ``ambiguous=True``; anything else → None.

``decimals`` is the number of digits after the decimal separator as written (trailing
zeros kept: ``97,60`` → 2).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Iterable, Iterator
from datetime import date

from extractor.text import regexes as fr
from extractor.text.quantities import DateValue, Number, Period, Quantity

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

Spans = list[tuple[int, int]]


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------


MAX_DIGITS = 18  # more digits than any figure a report states: not a number to read


def english_thousands(raw: str) -> float | None:
    """The value of a number written with commas between groups of three digits, as in English
    (``51,000`` → 51000, ``1,234,567``), read so; None for any other writing."""
    return float(raw.replace(",", "")) if fr.COMMA_GROUPED.fullmatch(raw) else None


def parse_number(raw: str) -> Number | None:
    """Read one number as written (rules in the module docstring); None if it is not one."""
    s = raw.strip()
    if not fr.TOKEN.fullmatch(s) or sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None
    if "," in s and "." in s:
        return _mixed(s)
    if s.count(",") == 1:
        return _decimal_comma(s)
    if "," in s:
        ok = fr.FOREIGN_GROUPED.fullmatch(s)
        return Number(float(s.replace(",", "")), s, 0, ambiguous=True) if ok else None
    if "." in s:
        return _dotted(s)
    if len(s) > MAX_DIGITS:
        return None  # a run of digits no report counts with (float() overflows past 308)
    return Number(float(int(s)), s, 0)


def _decimal_comma(s: str) -> Number:
    whole, frac = s.split(",")
    ambiguous = len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0")
    return Number(float(f"{whole}.{frac}"), s, len(frac), ambiguous=ambiguous)


def _dotted(s: str) -> Number | None:
    groups = s.split(".")
    if 1 <= len(groups[0]) <= 3 and not s.startswith("0") and all(len(g) == 3 for g in groups[1:]):
        return Number(float(s.replace(".", "")), s, 0)
    if len(groups) == 2:
        return Number(float(s), s, len(groups[1]), ambiguous=True)
    return None


def _mixed(s: str) -> Number | None:
    if fr.VN_MIXED.fullmatch(s):
        whole, frac = s.replace(".", "").split(",")
        return Number(float(f"{whole}.{frac}"), s, len(frac))
    if fr.FOREIGN_MIXED.fullmatch(s):
        frac = s.rsplit(".", 1)[1]
        return Number(float(s.replace(",", "")), s, len(frac), ambiguous=True)
    return None


# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------


class _WordNumber:
    """State of a spelled-out number being read word by word."""

    def __init__(self) -> None:
        self.total = 0.0
        self.group = 0
        self.digit: int | None = None
        self.prev = ""

    def feed(self, word: str) -> bool:
        """Take one word; False when it cannot continue the number."""
        ok = self._take(word)
        if ok:
            self.prev = word
        return ok

    def _take(self, w: str) -> bool:
        if w in fr.AFTER_TENS_WORDS and self.prev in ("mười", "mươi"):
            return self._set_digit(fr.AFTER_TENS_WORDS[w])
        if w in fr.DIGIT_WORDS:
            return self._set_digit(fr.DIGIT_WORDS[w])
        if w == "mười":
            ok = self.digit is None and self.group % 100 == 0
            self.group += 10 if ok else 0
            return ok
        if w in ("mươi", "trăm"):
            return self._multiply(10 if w == "mươi" else 100)
        if w in ("linh", "lẻ"):
            return self.prev == "trăm"
        if w in fr.SCALE_WORDS:
            return self._scale(fr.SCALE_WORDS[w])
        return False

    def _set_digit(self, value: int) -> bool:
        if self.digit is not None:
            return False
        self.digit = value
        return True

    def _multiply(self, factor: int) -> bool:
        if self.digit is None:
            return False
        self.group += self.digit * factor
        self.digit = None
        return True

    def _scale(self, factor: float) -> bool:
        part = self.group + (self.digit or 0)
        if part == 0 and self.total == 0:
            return False
        if part == 0:
            self.total *= factor  # "nghìn tỷ"
        else:
            self.total += part * factor
        self.group, self.digit = 0, None
        return True

    @property
    def value(self) -> float:
        return self.total + self.group + (self.digit or 0)


def parse_number_words(text: str) -> tuple[float, int] | None:
    """Read a spelled-out number at the start of ``text``: (value, characters consumed).

    ``"mười lăm đảng viên"`` → (15, 8); ``"hai mươi tư"`` → (24, 11); ``"một trăm linh năm"``
    → (105, 17); ``"ba triệu"`` → (3e6, 8).  ``mốt``/``tư``/``lăm`` count only after
    ``mười``/``mươi``; a trailing ``linh``/``lẻ`` is left out.  None when no number word
    starts the text, or the context says it is not a number: followed by a digit
    (``"năm 2022"``), by ``là`` (``"Một là,"``), ``số``/``cách`` (``"một số"``); a lone
    ``năm`` followed by a year word (``"năm nay"``, ``"năm học"``).  Whether the number
    counts something is the caller's business (``find_quantities`` wants a counted noun).
    """
    state = _WordNumber()
    end, last, words = 0, 0, 0
    for m in fr.WORD_RE.finditer(text):
        if text[last : m.start()].strip() or not state.feed(m.group().lower()):
            break
        words, last = words + 1, m.end()
        if m.group().lower() not in ("linh", "lẻ"):
            end = m.end()
    if end == 0 or fr.NOT_AFTER_NUMBER_WORD.match(text, end):
        return None
    if words == 1 and text[:end].lower() == "năm" and fr.YEAR_AFTER_NAM.match(text, end):
        return None
    return state.value, end


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def find_dates(text: str) -> list[DateValue]:
    """Every valid date: ``ngày 25 tháng 7 năm 2023``, ``25/7/2023``, ``28-3-2022``, ``30/03/2007``.

    ``raw`` is the date as written: the whole phrase for the word form, the digits for the
    numeric form (``ngày 16/6/2022`` → raw ``16/6/2022``).  Impossible dates (``31/2/2023``)
    are dropped; a day and month without a year is not a date here.
    """
    found: list[DateValue] = []
    for pattern in (fr.DATE_WORDS_RE, fr.DATE_DMY_RE):
        for m in pattern.finditer(text):
            iso = _iso(m.group("y"), m.group("m"), m.group("d"))
            if iso and not _overlaps(m.start(), m.end(), [(d.start, d.end) for d in found]):
                found.append(DateValue(iso, m.group(), m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------


def find_periods(text: str) -> list[Period]:
    """Every period, labelled as the gold guide writes them.

    ``năm 2022`` → "2022"; ``2020-2025``/``nhiệm kỳ 2020 - 2025``/``giai đoạn 2011-2022`` →
    "2020-2025"; ``6 tháng đầu năm 2023`` → "2023-H1", ``… cuối năm`` → "2023-H2",
    ``3 tháng đầu năm`` → "2023-Q1"; ``quý I/2013`` → "2013-Q1"; ``tháng 7/2023`` →
    "2023-07"; ``từ năm 2011 đến nay`` → "2011-" (open end: ``-`` with nothing after);
    ``từ năm 2011 đến năm 2015`` → "2011-2015", ``… đến tháng 10/2023`` → "2011-2023".
    ``raw`` includes the introducing words (``nhiệm kỳ``, ``từ năm``).  Years inside a full
    date are not periods; a bare year without ``năm`` is not one either.
    """
    taken: Spans = [(d.start, d.end) for d in find_dates(text)]
    found: list[Period] = []
    for pattern, label in _PERIOD_RULES:
        for m in pattern.finditer(text):
            lab = label(m)
            if lab and not _overlaps(m.start(), m.end(), taken):
                taken.append((m.start(), m.end()))
                found.append(Period(lab, m.group(), m.start(), m.end()))
    return sorted(found, key=lambda p: p.start)


AS_OF_REACH = 40  # characters before a date where its "as of" words may start


def find_as_of(text: str) -> list[DateValue]:
    """Every point in time a count is said to stand at, as an ISO date: a date after "tính
    đến (ngày)", "đến hết", "tại thời điểm" (``tính đến ngày 31/12/2022`` → 2022-12-31), and
    the start or end of a year (``đầu năm 2023`` → 2023-01-01, ``cuối năm 2022`` →
    2022-12-31; ``6 tháng đầu năm 2023`` is a period, and ``so với đầu năm 2023`` the base of a
    change, not a point).  ``raw`` includes the introducing words."""
    out: list[DateValue] = []
    for d in find_dates(text):
        m = fr.AS_OF_INTRO.search(text, max(0, d.start - AS_OF_REACH), d.start)
        if m is not None:
            out.append(DateValue(d.iso, text[m.start() : d.end], m.start(), d.end))
    for m in fr.YEAR_EDGE_RE.finditer(text):
        if fr.COMPARED_WITH.search(text, max(0, m.start() - 10), m.start()):
            continue  # "tăng 120 so với đầu năm": the point a change is measured from
        iso = f"{m['y']}-01-01" if m["pos"].lower() == "đầu" else f"{m['y']}-12-31"
        out.append(DateValue(iso, m.group(), m.start(), m.end()))
    return sorted(out, key=lambda d: d.start)


def _from_to_label(m: re.Match[str]) -> str | None:
    if m.group("now"):
        return f"{m.group('y1')}-"
    end = m.group("y2") or m.group("y3")
    return f"{m.group('y1')}-{end}" if int(end) >= int(m.group("y1")) else None


def _half_label(m: re.Match[str]) -> str | None:
    n = {"sáu": 6, "ba": 3}.get(m.group("n").lower()) or int(m.group("n"))
    first = m.group("pos").lower() == "đầu"
    name = {(6, True): "H1", (6, False): "H2", (3, True): "Q1", (3, False): "Q4"}.get((n, first))
    return f"{m.group('y')}-{name}" if name else None


def _quarter_label(m: re.Match[str]) -> str:
    q = m.group("q").upper()
    return f"{m.group('y')}-Q{_ROMAN.get(q) or int(q)}"


def _month_label(m: re.Match[str]) -> str | None:
    month = int(m.group("m"))
    return f"{m.group('y')}-{month:02d}" if 1 <= month <= 12 else None


def _range_label(m: re.Match[str]) -> str | None:
    y1, y2 = m.group("y1"), m.group("y2")
    return f"{y1}-{y2}" if int(y2) > int(y1) else None


_PERIOD_RULES = (
    (fr.FROM_TO_RE, _from_to_label),
    (fr.HALF_YEAR_RE, _half_label),
    (fr.QUARTER_RE, _quarter_label),
    (fr.MONTH_YEAR_RE, _month_label),
    (fr.YEAR_RANGE_RE, _range_label),
    (fr.YEAR_WORD_RE, lambda m: m.group("y")),
)


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity stated in ``text``, in reading order.

    Measures: ``count``, ``percent`` (``98,58%``, ``98,58 %``), ``money`` (``30.196 tỷ đồng``:
    number 30196, unit "tỷ đồng" as written, scale 1), ``ratio`` (``62/77``: number 62,
    base 77), ``rank`` (``xếp thứ 3``).  A scale word without a currency scales a count:
    ``hơn 1,2 triệu`` → number 1.2, scale 1e6.  ``approx`` is the guide's word
    (``ước đạt`` → "ước", ``xấp xỉ`` → "khoảng").  Spelled-out numbers count only before a
    counted noun on the same line (``hai đồng chí``); a lone ``một`` never does, a lone ``năm``
    not after ``mỗi``/``hằng``/``các``… ("mỗi năm tổ chức").

    Ranges (``10-15%``, ``từ 10 đến 15``, ``1-2 lớp``) give two quantities that share the
    range's qualifiers (approx, percent, unit, scale) and its whole span (``start``/``end``);
    their ``number_start``/``number_end`` differ.

    Not quantities: dates and day-months (``ngày 30/6``, ``19/5``), years (4-digit 1900–2099
    without ``%`` or a unit), periods and durations (``2020-2025``, ``02 năm``, ``6 tháng``),
    document numbers (``21-NQ/TW``, ``Hướng dẫn 02``), list markers and enumerators at a
    line start or in parentheses (``1.``, ``2.1-``, ``(2)``, ``II-``), names (``Trung ương 4``,
    ``Ban Chỉ đạo 35``, ``lần thứ 7``, ``4.0``, ``Covid-19``, ``CNKG2``), times and phone numbers.
    A slash pair is a ratio only when numerator ≤ denominator, the denominator is not a year
    (``10/2023``) and it cannot be a day/month (denominator > 12, or a word follows it:
    ``10/12 chỉ tiêu``).
    """
    masked = _masked_spans(text)
    found = list(_ranks(text, _Mask(masked)))
    found += _compound_money(text, _Mask(masked + [(q.start, q.end) for q in found]))
    found += _thousands_of_scale(text, _Mask(masked + [(q.start, q.end) for q in found]))
    mask = _Mask(masked + [(q.start, q.end) for q in found])
    for m in fr.QUANTITY_RE.finditer(text):
        if not mask.overlaps(m.start("num"), m.end()):
            found.extend(_from_match(m, text))
    found.extend(_paired(text, _Mask(masked + [(q.start, q.end) for q in found])))
    found.extend(_word_quantities(text, _Mask(masked + [(q.start, q.end) for q in found])))
    return _bare_scale_money(sorted(found, key=lambda q: (q.start, q.number_start)), text)


def _bare_scale_money(found: list[Quantity], text: str) -> list[Quantity]:
    """A count with a bare scale word (``47,34 tỷ``) after an amount of that scale's đồng in its
    sentence (``… đạt 16,78 tỷ đồng, …; thu viện trợ … 47,34 tỷ, chiếm 3,92%``): money in the
    amount's unit, its currency left unwritten, not 47 340 000 000 things."""
    out = list(found)
    for i, q in enumerate(out):
        bare = fr.BARE_MONEY_SCALE.match(text, q.number_end) if q.measure == "count" and q.scale > 1 else None
        if bare is None:
            continue
        unit = f"{bare['scale'].lower()} đồng"
        money = next((p for p in reversed(out[:i]) if p.measure == "money"), None)
        if money is None or (money.unit or "").lower() != unit or fr.SENTENCE_MARK.search(text, money.end, q.start):
            continue
        out[i] = dataclasses.replace(q, measure="money", unit=unit, scale=1.0)
    return out


PAIR_REACH = 50  # characters before a slash pair's noun where its first number stands
PER_UNIT = (1.0, 1000.0, 10000.0, 100000.0)  # "…/1 hộ", "…/10.000 dân": the unit of a rate
DONG_ABBR_MIN = 1000.0  # "đ" after a smaller number is not read as đồng


def _at_least(raw: str, minimum: float) -> bool:
    number = parse_number(raw)
    return number is not None and number.value >= minimum


def _per_unit(value: float, first: str) -> bool:
    """Whether the number after a slash is the unit of a rate (``/1 hộ``, ``/10.000 dân``) — not
    the second count of a pair of ones (``1 vụ/1 bị can``)."""
    if value not in PER_UNIT:
        return False
    return value != 1.0 or not fr.ONE_FIRST.match(first)


def _paired(text: str, mask: _Mask) -> Iterator[Quantity]:
    """The second number of a slash pair (``19 vụ/48 bị can``, ``333 HS/12 lớp``): a quantity of
    its own when the word before the slash is a lowercase noun, or one of persons in capitals,
    right after a number.  ``/1 lớp`` is a rate's unit unless the text pairs the same two nouns
    with other numbers (rows ``25 trẻ/1 lớp; 87 trẻ/3 lớp``) and no average or cap is said
    (``bình quân 14 tiêu chí/1 xã``, ``vượt quá 45 HS/1 lớp``)."""
    found = []
    for m in fr.PAIRED_QUANTITY_RE.finditer(text):
        noun = m.group("noun")
        lead = text[max(0, m.start("noun") - PAIR_REACH) : m.end("noun")]
        first = fr.PAIR_FIRST.search(lead)
        counted = noun.islower() or fr.PERSONS_ABBREVIATED.fullmatch(noun)
        if not (counted or _measure(m)[0] == "money") or not first or mask.overlaps(m.start("num"), m.end()):
            continue
        num = parse_number(m.group("num"))
        if num is not None and not _is_year(m, num, text):
            at = max(0, m.start("noun") - PAIR_REACH) + first.start()
            average = fr.RATE_LEAD.search(text, max(0, at - PAIR_REACH), at) is not None
            found.append((m, num, first.group(), average))
    paired = {_nouns(text, m) for m, num, lead_words, _ in found if not _per_unit(num.value, lead_words)}
    for m, num, lead_words, average in found:
        measure, unit, scale = _measure(m)
        rate = _per_unit(num.value, lead_words) and (average or _nouns(text, m) not in paired)
        if rate and measure != "money":
            continue  # "2 triệu đồng/1 hộ", "32 giường bệnh/10.000 dân": a rate per unit, not a count
        yield Quantity(
            num,
            measure,
            unit=unit,
            scale=scale,
            start=m.start("num"),
            end=m.end(),
            number_start=m.start("num"),
            number_end=m.end("num"),
        )


def _nouns(text: str, m: re.Match[str]) -> tuple[str, str]:
    """The noun before a pair's slash and the first word after its number, lower case."""
    after = fr.WORD_RE.search(text, m.end("num"), m.end("num") + PAIR_REACH)
    return m.group("noun").lower(), after.group().lower() if after else ""


class _Mask:
    """Character spans that are not quantities, merged and sorted for fast overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: Spans = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _masked_spans(text: str) -> Spans:
    spans: Spans = [(d.start, d.end) for d in find_dates(text)]
    spans += [(p.start, p.end) for p in find_periods(text)]
    for pattern in fr.EXCLUSION_RES:
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans + _inline_item_numbers(text) + _organisation_name_numbers(text)


def _organisation_name_numbers(text: str) -> Spans:
    """The numbers ending organisations' names (``Chi bộ … miền Đông 2 được thành lập``), each
    alone of its kind in its sentence and after no list cue there: a run of them (``Đảng bộ xã
    An Phú 12 đã …, Đảng bộ xã Bình Lợi 19 đã …``) or one after ``trong đó`` are counts, each
    unit's, written without their noun."""
    found = list(fr.ORGANISATION_NAME_NUMBER.finditer(text))
    out: Spans = []
    for m in found:
        opens, closes = _sentence_bounds(text, m.start())
        if sum(1 for o in found if opens <= o.start() < closes) > 1:
            continue
        if fr.LIST_CUE_BEFORE.search(text, opens, m.start()):
            continue
        out.append((m.start("n"), m.end("n")))
    return out


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the sentence (to a full stop before a space, or a line's end; not the dot of
    ``1.234``, nor a semicolon between a list's items) around ``pos`` starts and ends."""
    stops = [m.end() for m in fr.SENTENCE_STOP.finditer(text, 0, pos)]
    after = fr.SENTENCE_STOP.search(text, pos)
    return (stops[-1] if stops else 0), (after.start() if after else len(text))


def _inline_item_numbers(text: str) -> Spans:
    """The item numbers of a numbered list run into one line (``1. Đ/c Đặng Thị Vân Thủy 2. Đ/c
    Khuất Thị Mai 3. Đ/c …``): a run that opens with ``1.`` at a line's start or after a colon and
    goes on ``2.``, ``3.`` … each before a capital; a ``1.`` alone after a colon before a person's
    title (``Đoàn thư ký gồm: 1. Đ/c …``).  A number ending a sentence (``… là 120. Đồng chí …``)
    follows no ``119.`` and stays a figure."""
    runs: list[Spans] = []
    for m in fr.INLINE_ITEM_NUMBER.finditer(text):
        n = int(m["n"])
        if n == 1 and fr.ITEM_RUN_OPENS.search(text, max(0, m.start() - ITEM_OPEN_REACH), m.start()):
            runs.append([(m.start(), m.end())])
        elif runs and n == len(runs[-1]) + 1:
            runs[-1].append((m.start(), m.end()))
    return [s for run in runs if len(run) >= 2 or fr.ITEM_PERSON.match(text, run[0][1]) for s in run]


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _compound_money(text: str, mask: _Mask) -> list[Quantity]:
    """An amount written in two or three scales, ``355 tỷ 670 triệu đồng`` (355,67 tỷ đồng),
    ``3 tỷ 396 triệu 500 nghìn đồng``, ``5 triệu 500 nghìn đồng/người``: one amount in its
    first scale, its raw the words as written."""
    out = []
    for m in fr.COMPOUND_MONEY_RE.finditer(text):
        if mask.overlaps(m.start("big"), m.end()):
            continue
        big, mid = fr.SCALE_WORDS[m["big_word"].lower()], fr.SCALE_WORDS[m["mid_word"].lower()]
        small = fr.SCALE_WORDS[m["small_word"].lower()] if m["small"] else None
        if mid >= big or (small is not None and small >= mid):
            continue  # "5 nghìn 300 triệu": no amount written in falling scales
        value = int(m["big"].replace(".", "")) + int(m["mid"]) * mid / big
        value += int(m["small"]) * small / big if small is not None else 0.0
        end = m.end("small_word") if m["small"] else m.end("mid_word")
        decimals = round(math.log10(big / (small or mid)))
        number = Number(value, text[m.start("big") : end], decimals)
        approx = fr.APPROX_WORDS[" ".join(m["approx"].lower().split())] if m["approx"] else None
        scale = {1e9: "tỷ", 1e6: "triệu"}[big]
        unit = f"{scale} {fr.DONG_ABBR_END.sub(' đồng', m['cur']).strip()}"
        span = {"start": m.start(), "end": m.end(), "number_start": m.start("big"), "number_end": end}
        out.append(Quantity(number, "money", unit=unit, approx=approx, **span))
    return out


def _thousands_of_scale(text: str, mask: _Mask) -> list[Quantity]:
    """``30 ngàn 309 tỷ đồng``: 30.309 tỷ đồng, one amount; ``5 ngàn 972 người``: 5.972; the raw
    is the words as written."""
    out = []
    for m in fr.THOUSANDS_OF_SCALE_RE.finditer(text):
        if mask.overlaps(m.start("big"), m.end()):
            continue
        number = Number(int(m["big"]) * 1000 + int(m["rest"]), text[m.start("big") : m.end("rest")], 0)
        approx = fr.APPROX_WORDS[" ".join(m["approx"].lower().split())] if m["approx"] else None
        unit = None
        if m["scale"]:
            scale = "triệu" if m["scale"].lower() == "triệu" else "tỷ"
            unit = f"{scale} {fr.DONG_ABBR_END.sub(' đồng', m['cur']).strip()}"
        span = {"start": m.start(), "end": m.end(), "number_start": m.start("big"), "number_end": m.end("rest")}
        out.append(Quantity(number, "money" if unit else "count", unit=unit, approx=approx, **span))
    return out


def _ranks(text: str, mask: _Mask) -> Iterator[Quantity]:
    for m in fr.RANK_RE.finditer(text):
        num = parse_number(m.group("num"))
        if num and not mask.overlaps(m.start("num"), m.end("num")):
            yield Quantity(num, "rank", start=m.start(), end=m.end(), number_start=m.start("num"), number_end=m.end())


def _from_match(m: re.Match[str], text: str) -> list[Quantity]:
    """The quantities of one QUANTITY_RE match (none when it is a year, a date or unreadable)."""
    num = parse_number(m.group("num"))
    if num is None or _is_year(m, num, text):
        return []
    if m.group("base"):
        return _ratio(m, num, text)
    measure, unit, scale = _measure(m)
    if measure == "count" and scale == 1.0 and _times(m, text):
        measure = "ratio"  # "gấp 3 lần": a ratio whose base is the thing compared with
    approx = fr.APPROX_WORDS[" ".join(m.group("approx").lower().split())] if m.group("approx") else None
    out = [_quantity(m, "num", num, measure, unit, scale, approx)]
    num2 = parse_number(m.group("num2")) if m.group("num2") else None
    if num2 is not None and _day_month(m, num, num2):
        return []  # "vào 16-9 hằng năm": a day and month without a year, not the range 16–9
    if num2 is not None:
        out.append(_quantity(m, "num2", num2, measure, unit, scale, approx))
    return out


def _times(m: re.Match[str], text: str) -> bool:
    """``gấp 3 lần``, ``gấp hơn 2,5 lần``, ``tăng 0,7 lần``: a number of times, no count; but
    ``tăng 2 lần`` in a sentence that counts occasions it is the difference of (``tổ chức 24
    lần kiểm tra, tăng 2 lần so với cùng kỳ (22 lần)``) changes that count."""
    before = fr.TIMES_BEFORE.search(text, max(0, m.start() - TIMES_REACH), m.start())
    if before is None or fr.TIMES_AFTER.match(text, m.end("num")) is None:
        return False
    num = parse_number(m.group("num"))
    if num is None or num.decimals or fr.TIMES_GAP.search(before.group()):
        return True  # "tăng 1,5 lần", "gấp 2 lần": never a number of occasions
    return not _occasions_differ_by(text, m.start("num"), num.value)


def _occasions_differ_by(text: str, at: int, step: float) -> bool:
    """Whether the sentence around ``at`` counts occasions with two other numbers that differ
    by ``step`` (``24 lần`` and ``(22 lần)`` around ``tăng 2 lần``)."""
    window = max(0, at - SENTENCE_REACH)
    edges = [e.end() for e in fr.SENTENCE_EDGE.finditer(text, window, at)]
    start = edges[-1] if edges else window
    stop = fr.SENTENCE_EDGE.search(text, at, at + SENTENCE_REACH)
    end = stop.start() if stop else min(len(text), at + SENTENCE_REACH)
    counts = []
    for other in fr.OCCASIONS_COUNTED.finditer(text, start, end):
        lead = fr.TIMES_BEFORE.search(text, max(start, other.start() - TIMES_REACH), other.start())
        value = parse_number(other.group("num"))
        if other.start() != at and lead is None and value is not None:
            counts.append(value.value)
    return any(abs(abs(a - b) - step) < 1e-9 for a in counts for b in counts)


ITEM_OPEN_REACH = 6  # characters before an item's "1." read for a line's start or a colon
TIMES_REACH = 15  # characters before a number where "gấp" makes it a number of times
SENTENCE_REACH = 300  # characters either side of a number of times searched for counted occasions


def _day_month(m: re.Match[str], num: Number, num2: Number) -> bool:
    """Two whole numbers joined by a dash that can only be a day and a month: the second
    smaller than the first (a range never runs backwards), a day and a month in size, and
    nothing that makes them counts (no percent, unit or scale)."""
    joiner = m.string[m.end("num") : m.start("num2")].strip()
    whole = num.decimals == 0 and num2.decimals == 0 and not num.raw.count(".") and not num2.raw.count(".")
    bare = not (m.group("pct") or m.group("money") or m.groupdict().get("money_abbr") or m.group("scale"))
    return joiner in ("-", "–") and whole and bare and num2.value < num.value <= 31 and 1 <= num2.value <= 12


def _quantity(
    m: re.Match[str], group: str, num: Number, measure: str, unit: str | None, scale: float, approx: str | None
) -> Quantity:
    return Quantity(
        num,
        measure,
        unit=unit,
        approx=approx,
        scale=scale,
        start=m.start(),
        end=m.end(),
        number_start=m.start(group),
        number_end=m.end(group),
    )


PAIR_LOOKBACK = 40  # characters before a number read for a count and its noun over a slash


def _is_year(m: re.Match[str], num: Number, text: str = "") -> bool:
    """A bare 19xx/20xx number is a year, unless it carries a unit, counts a noun that follows
    it (``kết nạp 2015 đảng viên``) and no ``năm`` stands before it, or is the whole a count
    and its noun stand over (``1.521 việc/1962 việc``)."""
    raw = num.raw
    year_like = len(raw) == 4 and raw.isdigit() and 1900 <= num.value <= 2099
    if not year_like or m.group("pct") or m.group("money") or m.groupdict().get("money_abbr") or m.group("scale"):
        return False
    if m.groupdict().get("base"):
        return False
    if fr.COUNT_AND_NOUN_OVER.search(text, max(0, m.start("num") - PAIR_LOOKBACK), m.start("num")):
        return False  # "1.521 việc/1962 việc có điều kiện": the whole of a count over a slash
    counts = fr.COUNTED_NOUN_RE.match(text, m.end("num")) is not None
    after_nam = fr.NAM_BEFORE_NUMBER.search(text[max(0, m.start("num") - 8) : m.start("num")])
    return not counts or after_nam is not None


def _measure(m: re.Match[str]) -> tuple[str, str | None, float]:
    if m.group("pct"):
        return "percent", None, 1.0
    if m.group("money"):
        unit = " ".join(m.group("money").split())
        return "money", fr.DONG_ABBR_END.sub(" đồng", unit), 1.0  # "1,5 tỷ đ", "1.184 tỷđ", "101,3 tỷ.đ"
    if m.groupdict().get("money_abbr") and _at_least(m.group("num"), DONG_ABBR_MIN):
        return "money", "đồng", 1.0  # "7.500.000 đ"; "8,5 đ" may be points, "12 đ" anything
    if m.group("scale"):
        return "count", None, fr.SCALE_WORDS[m.group("scale").lower()]
    return "count", None, 1.0


def _ratio(m: re.Match[str], num: Number, text: str) -> list[Quantity]:
    base = parse_number(m.group("base"))
    if base is None or _day_month_like(m, num, base, text):
        return []
    if num.value > base.value:
        if num.value <= 31 and base.value <= 12 and not num.decimals and not base.decimals:
            return []  # "vào 19/5 hằng năm": a day and month whatever follows
        return _achieved_over_plan(m, num, base)
    approx = fr.APPROX_WORDS[" ".join(m.group("approx").lower().split())] if m.group("approx") else None
    end = m.end("base")
    return [
        Quantity(
            num,
            "ratio",
            base=base.value,
            approx=approx,
            start=m.start(),
            end=end,
            number_start=m.start("num"),
            number_end=end,
        )
    ]


def _achieved_over_plan(m: re.Match[str], num: Number, base: Number) -> list[Quantity]:
    """``45.799/36.875 tỷ đồng``, ``8.793/6.500 đảng viên``: the first above the second is no
    share of it but what was achieved against the plan: two figures, each of the unit after."""
    measure, unit, scale = _measure(m)
    approx = fr.APPROX_WORDS[" ".join(m.group("approx").lower().split())] if m.group("approx") else None
    first = Quantity(
        num, measure, unit=unit, approx=approx, scale=scale, start=m.start(), end=m.end(),
        number_start=m.start("num"), number_end=m.end("num"),
    )  # fmt: skip
    second = Quantity(
        base, measure, unit=unit, scale=scale, start=m.start("base"), end=m.end(),
        number_start=m.start("base"), number_end=m.end("base"),
    )  # fmt: skip
    return [first, second]


def _day_month_like(m: re.Match[str], num: Number, base: Number, text: str) -> bool:
    """``19/5``, ``30/6`` (a day and month), ``10/2023``, ``30/2020`` (a month or number and a year)."""
    if len(base.raw) == 4 and base.raw.isdigit() and 1900 <= base.value <= 2099:
        return True
    if num.decimals or base.decimals or base.value > 12 or num.value > 31:
        return False
    return not fr.WORD_AFTER.match(text, m.end("base")) and not _own_share_after(m, num, base, text)


SHARE_MATCH_POINTS = 0.5  # a day-month-like pair is a ratio only when the share after it is its own


def _own_share_after(m: re.Match[str], num: Number, base: Number, text: str) -> bool:
    """``CBQL: Trên chuẩn 02/02 (100%)``: a pair that could be a day and a month is a ratio when
    the share right after it is its quotient, and no time word stands before it (``tính đến
    05/11 (đạt 72,5%)`` is a date)."""
    after = fr.SHARE_AFTER.match(text, m.end("base"))
    if after is None or not base.value or fr.TIME_WORD_BEFORE.search(text[max(0, m.start() - 15) : m.start()]):
        return False
    share = parse_number(after.group("share"))
    return share is not None and abs(100.0 * num.value / base.value - share.value) <= SHARE_MATCH_POINTS


def _year_nam(raw: str, text: str, start: int) -> bool:
    """A lone ``năm`` after ``mỗi``/``hằng``/``các``… means "year": "mỗi năm tổ chức 1-2 lớp"."""
    return raw.lower() == "năm" and bool(fr.BEFORE_YEAR_NAM.search(text[max(0, start - 12) : start]))


def _word_quantities(text: str, mask: _Mask) -> Iterator[Quantity]:
    taken_until = 0
    for m in fr.NUMBER_WORD_RE.finditer(text):
        if m.start() < taken_until or mask.overlaps(m.start(), m.end()):
            continue
        read = parse_number_words(text[m.start() :])
        if read is None:
            continue
        value, length = read
        end = m.start() + length
        raw = text[m.start() : end]
        if raw.lower() == "một" or not fr.WORD_COUNTED_NOUN_RE.match(text, end) or _year_nam(raw, text, m.start()):
            continue
        taken_until = end
        num = Number(value, raw, 0)
        yield Quantity(num, "count", start=m.start(), end=end, number_start=m.start(), number_end=end)
