"""Whose congress a congress resolution is.

``Nghị quyết Đại hội XIII`` of a report is the Party's national congress, but ``Nghị quyết Đại
hội lần thứ XXVI`` in a sentence about the Đảng bộ Cục Đăng kiểm is that committee's
(``NQĐH-cuc-XXVI``), as are ``Nghị quyết Đại hội Đảng bộ lần thứ VII, …, Đảng bộ thành phố Bắc
Kạn …`` (``NQĐH-thanhpho-VII``), ``Nghị quyết Đại hội Chi bộ lần thứ XVI`` (``NQĐH-chibo-XVI``)
and ``Nghị quyết Đại hội VII Hội Nông dân Việt Nam`` (``NQĐH-hoinongdan-VII``).  The bodies are
data (``congress_bodies`` in ``patterns/directives.yaml``); a congress whose body is not named
keeps the key it had.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from extractor.text.regexes import (
    BODY_NAMED_RE,
    CONGRESS_OF_BODY_RE,
    CONGRESS_TO_SUBJECT_RE,
    COURSE_NUMBERED_RE,
    MASS_ORG_NAMED_RE,
    PARTY_CONGRESS_AFTER_RE,
    SENTENCE_END_RE,
    TERM_OF_OFFICE_RE,
    YEAR_WRITTEN,
)

UNNAMED_COMMITTEE = "dangbo"  # the key words of a Party committee's congress whose committee is not known
NATIONAL_LAST = 14  # the XIV National Congress (2026): a congress numbered higher is a local one
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass(frozen=True)
class CongressKey:
    start: int
    end: int
    key: str
    listed: bool = False  # found after a comma or "và", not after a type word


def deaccent(word: str) -> str:
    """``tỉnh`` → ``tinh``, ``Khối`` → ``khoi``: the issuer words of a local congress key."""
    decomposed = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def roman(n: str) -> str:
    """A congress's number as a Roman numeral: ``18`` → ``XVIII``; a Roman one as written."""
    if not n.isdigit():
        return n
    value, out = int(n), ""
    for v, r in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out, value = out + r, value - v
    return out


def roman_value(n: str) -> int:
    """``XXVI`` → 26, ``18`` → 18."""
    if n.isdigit():
        return int(n)
    values = [ROMAN_VALUES[c] for c in n]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def body_slug(words: str, bodies: Mapping[str, str]) -> str | None:
    """The key words of the body whose name ``words`` begins with (``thành phố Bắc Kạn`` →
    ``thanhpho``, ``Công ty Than Dương Huy`` → ``congty``), the longest name first; None for
    a name not in the vocabulary."""
    folded = " ".join(words.split()).casefold()
    for name in sorted(bodies, key=len, reverse=True):
        if folded == name or (folded.startswith(name) and not folded[len(name)].isalnum()):
            return bodies[name]
    return None


def _sentence_start(ends: list[int], start: int) -> int:
    """Where the sentence holding ``start`` begins, from the sentence ends of its text."""
    i = bisect.bisect_right(ends, start)
    return ends[i - 1] if i else 0


@dataclass(frozen=True)
class _Named:
    start: int
    end: int
    slug: str | None
    one: bool  # one committee, not "các Đảng bộ xã" nor one the subject belongs to ("thuộc Đảng bộ …")
    many: bool  # "các Đảng bộ xã", "80% Đảng bộ xã"


def _named(text: str, bodies: Mapping[str, str]) -> list[_Named]:
    """Every Party committee named in ``text``, found once per text."""
    return [
        _Named(m.start(), m.end(), body_slug(m["name"], bodies), not (m["many"] or m["under"]), bool(m["many"]))
        for m in BODY_NAMED_RE.finditer(text)
    ]


def _body_around(text: str, start: int, end: int, named: list[_Named], ends: list[int]) -> str | None:
    """The committee whose congress it is: the one named last before the citation in its
    sentence (``Đảng bộ huyện Tiên Yên triển khai Nghị quyết Đại hội Đảng bộ lần thứ XXII``);
    else the subject of the clause right after it (``Nghị quyết Đại hội Đảng bộ lần thứ VII, nhiệm
    kỳ 2020 – 2025, Đảng bộ thành phố Bắc Kạn đã …``); else the one named last in the sentences
    before.  Many committees (``các Đảng bộ xã``) and one the subject belongs to (``thuộc Đảng bộ
    …``) are none."""
    lo = _sentence_start(ends, start)
    before = [n for n in named if n.end <= start and n.one]
    if before and before[-1].start >= lo:
        return before[-1].slug
    gap = CONGRESS_TO_SUBJECT_RE.match(text, end)
    subject = BODY_NAMED_RE.match(text, gap.end() if gap else end)
    if subject is not None and not (subject["many"] or subject["under"]):
        return _named_slug(subject, named)
    return before[-1].slug if before else None


def _many_before(start: int, named: list[_Named], ends: list[int]) -> bool:
    """Many committees named earlier in the sentence (``các Đảng bộ xã … Nghị quyết Đại hội Đảng bộ
    lần thứ XX``): each congress's own resolution, no one document."""
    lo = _sentence_start(ends, start)
    return any(n.many and lo <= n.start and n.end <= start for n in named)


def _named_slug(m: re.Match[str], named: list[_Named]) -> str | None:
    return next((n.slug for n in named if n.end == m.end()), None)


def _superseded(number: str, year: int, national_years: Sequence[int]) -> bool:
    """Whether ``year`` is that of the Party's national congress two after ``number`` or later:
    the Party's congress of that number is long past, its resolution no longer one being
    carried out (``Đại hội IV`` in the term 2016-2021)."""
    later = roman_value(number) + 1  # the index of the congress two after it
    return later < len(national_years) and year >= national_years[later]


@dataclass(frozen=True)
class _Times:
    """What the congress rule knows of a text's time: the years of the Party's national
    congresses, first to last, and the earliest year the text writes (None: it writes none)."""

    national: Sequence[int]
    earliest: int | None


def _mass_organisation_congress(
    m: re.Match[str], text: str, bodies: Mapping[str, str], ends: list[int], times: _Times
) -> str | None:
    """The key words of the mass organisation whose own congress ``Nghị quyết Đại hội IV`` is:
    the first one named in its sentence before it (``BCH Hội LHPN thành phố … nghị quyết Đại hội
    IV``), when the sentence ties the congress to that organisation's own term — a term of office
    it writes (``Trong nhiệm kỳ 2016-2021``) or the organisation's course of the same number
    (``… Hội Nhà báo Việt Nam Khóa X``) — and every year the text writes is two national
    congresses after the Party's of that number.  A Party congress named in a sentence about an
    organisation (``… đổi mới do Nghị quyết Đại hội VI đề ra``) is left the Party's."""
    number = m["roman"] or m["roman2"]
    if times.earliest is None or not _superseded(number, times.earliest, times.national):
        return None
    lo = _sentence_start(ends, m.start())
    hi = next((e for e in ends if e > m.end()), len(text))
    # the first one the vocabulary knows ("Tại Hội nghị, Ban Chấp hành Hội LHPN …": not the "Hội nghị")
    org = next((o for o in MASS_ORG_NAMED_RE.finditer(text, lo, m.start()) if body_slug(o["name"], bodies)), None)
    if org is None:
        return None
    terms = [int(t["start"]) for t in TERM_OF_OFFICE_RE.finditer(text, lo, hi)]
    own_term = any(_superseded(number, start, times.national) for start in terms)
    courses = [roman(c["roman"]) for c in COURSE_NUMBERED_RE.finditer(text, org.end(), hi)]
    return body_slug(org["name"], bodies) if own_term or roman(number) in courses else None


def _key(
    m: re.Match[str],
    text: str,
    bodies: Mapping[str, str],
    named: list[_Named],
    ends: list[int],
    times: _Times,
) -> str | None:
    number = m["roman"] or m["roman2"]
    term = roman(number)
    if m["org"]:  # "Nghị quyết Đại hội Chi bộ lần thứ XVI", "… Đoàn TNCS Hồ Chí Minh lần thứ XI"
        slug = body_slug(m["org"], bodies)
    else:  # "Nghị quyết Đại hội VII Hội Nông dân Việt Nam"
        slug = body_slug(m["after"], bodies) if m["after"] else None
        if slug is None and (m["bare"] or roman_value(number) > NATIONAL_LAST):
            slug = _body_around(text, m.start(), m.end(), named, ends)
        if slug is None and m["bare"] and not _many_before(m.start(), named, ends):
            slug = UNNAMED_COMMITTEE  # "Nghị quyết Đại hội Đảng bộ lần thứ XII" of a committee not in the vocabulary
        if slug is None and not m["bare"] and not PARTY_CONGRESS_AFTER_RE.match(text, m.end()):
            slug = _mass_organisation_congress(m, text, bodies, ends, times)  # ("Đại hội IV của Đảng" is the Party's)
    return f"NQĐH-{slug}-{term}" if slug else None


def congresses_of_bodies(text: str, bodies: Mapping[str, str], national_years: Sequence[int] = ()) -> list[CongressKey]:
    """Every congress resolution in ``text`` whose body is named in it or around it (those
    ``listed`` are kept by the caller only after another congress); ``national_years`` are the
    years of the Party's national congresses, first to last."""
    found = list(CONGRESS_OF_BODY_RE.finditer(text))
    if not found:
        return []  # (the text's committees, sentences and years are read only when a congress is named)
    named = _named(text, bodies)
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text)]
    times = _Times(national_years, min((int(y.group()) for y in YEAR_WRITTEN.finditer(text)), default=None))
    return [
        CongressKey(m.start(), m.end(), key, listed=m["listed"] is not None)
        for m in found
        if (key := _key(m, text, bodies, named, ends, times))
    ]
