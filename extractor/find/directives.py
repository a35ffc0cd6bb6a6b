"""Directive citations: every Nghị quyết, Chỉ thị, Kết luận … a report cites.

``find_citations(doc)`` searches every block of a parsed document (headings,
paragraphs, list items, footnotes, table cells; the header only for the report's
own number) and returns one :class:`~extractor.find.facts.Citation` per mention, with
its normalised key (``corpus/gold/GUIDE.md``), date, issuing body, subject and
provenance.  ``group_directives`` folds mentions into the gold file's
``directives`` entries, ``group_backrefs`` into its ``backrefs``.

The vocabulary (type words, symbols, issuer codes and aliases) is read from
``patterns/directives.yaml``; every ``*.yaml`` declaring ``kind: directives`` in the
directory named by ``BAOCAO_PATTERNS`` is merged in (types and issuers appended,
aliases added).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from extractor.document.elements import Block, BlockKind, Document
from extractor.errors import BaocaoError
from extractor.find.congresses import body_slug, congresses_of_bodies, deaccent, roman, roman_value
from extractor.find.facts import Citation, Span
from extractor.text.regexes import (  # directive patterns live with every other regular expression
    ALIAS_RE,
    ASSEMBLY_NUMBER_RE,
    BODY_CUE_RE,
    BODY_STOP_RE,
    CELL_TERM_RESOLUTION_RE,
    CENTRAL_ABBREVIATION_RE,
    CENTRAL_KEY_RE,
    CITATION_DATE_AFTER_RE,
    CITATION_DATE_RE,
    CITATION_YEAR_AFTER_RE,
    CO_ISSUER_JOIN_RE,
    CONGRESS_CURRENT_RE,
    CONGRESS_EVENT_AFTER_RE,
    CONGRESS_LIST_GAP_RE,
    CONGRESS_LOCAL_RE,
    CONGRESS_NATIONAL_KEY_RE,
    CONGRESS_RE,
    CONGRESS_SHORT_KEY_RE,
    COURSE_NUMERAL_RE,
    COURSE_RE,
    COURSE_SKIP_RE,
    DIGIT,
    ISSUED_BY_RE,
    ISSUER_END_RE,
    ISSUER_WORDS_END_RE,
    LETTER_NUMBER_RE,
    LIST_GAP_RE,
    LISTED_NUMBER_BEFORE_RE,
    MANY_CELLS_RE,
    OFFICE_BEFORE_BODY_RE,
    OLD_GOVERNMENT_NUMBER_RE,
    OPEN_BRACKET_GAP_RE,
    OWN_NUMBER_FLAT_LEAD,
    OWN_NUMBER_FLAT_REACH,
    OWN_NUMBER_LEAD,
    PARTY_BODY_NAME_RE,
    PARTY_ISSUER_FORM,
    PARTY_NUMBER_RE,
    PLENUM_AFTER_CENTRAL_HINT,
    PLENUM_LIST_SPLIT_RE,
    PLENUM_ORDINAL_HINT,
    PLENUM_WORDS,
    QUOTE_END_RE,
    REPLACED_RE,
    ROMAN_RE,
    SENTENCE_END_RE,
    SHORT_LIST_GAP_RE,
    STATE_NUMBER_RE,
    STATE_NUMBER_YEARED_KEY,
    STATE_NUMBER_YEARLESS_KEY,
    SUBJECT_CUE_RE,
    SUBJECT_STOP_RE,
    TAIL_TRAILING_RE,
    TERM_WORD_RE,
    TW_RE,
    TYPE_SPLIT_RE,
    bare_backref_re,
    body_name_re,
    central_citation_re,
    central_ordinal_re,
    central_then_ordinal_re,
    fold_body_name,
    numbered_backref_re,
    qualified_backref_re,
    short_citation_any_case_re,
    type_word_re,
    typed_number_re,
)
from extractor.text.resources import load_yaml

PATTERNS_ENV = "BAOCAO_PATTERNS"
SUBJECT_MAX = 200
# Type words that, written alone and capitalised ("… thực hiện Đề án;"), refer back to
# the one directive of that type cited earlier.
BARE_BACKREF_TYPES = ("Đề án",)

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The directive vocabulary with its patterns compiled once."""

    types: tuple[tuple[str, str], ...]  # (type word, symbol)
    symbol_aliases: dict[str, str]  # upper-cased written form → symbol
    issuers: tuple[tuple[str, str, tuple[str, ...]], ...]  # (code, level, bodies)
    issuer_aliases: dict[str, str]
    type_issuers: dict[str, str] = field(default_factory=dict)  # type word → the one body that issues it
    congress_bodies: dict[str, str] = field(default_factory=dict)  # a body's first words → its congress key words
    national_congress_years: tuple[int, ...] = ()  # the years of the Party's national congresses, I first
    symbols: dict[str, str] = field(init=False)  # upper-cased → canonical symbol
    codes: dict[str, str] = field(init=False)  # upper-cased → canonical issuer code
    type_by_word: dict[str, str] = field(init=False)  # casefolded type word → type word
    type_by_symbol: dict[str, str] = field(init=False)
    party_re: re.Pattern[str] = field(init=False)
    state_re: re.Pattern[str] = field(init=False)
    typed_re: re.Pattern[str] = field(init=False)  # type word [số] right before a number
    backref_number_re: re.Pattern[str] = field(init=False)
    short_any_case_re: re.Pattern[str] = field(init=False)
    backref_qualified_re: re.Pattern[str] = field(init=False)
    bare_re: re.Pattern[str] = field(init=False)
    central_re: re.Pattern[str] = field(init=False)
    central_ordinal_re: re.Pattern[str] = field(init=False)
    central_then_ordinal_re: re.Pattern[str] = field(init=False)
    congress_re: re.Pattern[str] = field(init=False)
    congress_local_re: re.Pattern[str] = field(init=False)
    body_names: re.Pattern[str] = field(init=False)  # any issuer's name, longest first, any separators
    folded_bodies: tuple[tuple[str, str, str], ...] = field(init=False)  # (folded name, code, level)

    def __post_init__(self) -> None:
        sets = object.__setattr__
        names = sorted({b for _, _, bodies in self.issuers for b in bodies}, key=len, reverse=True)
        sets(self, "body_names", body_name_re(names))
        folded = tuple((fold_body_name(b), code, level) for code, level, bodies in self.issuers for b in bodies)
        sets(self, "folded_bodies", folded)
        symbols = {sym.upper(): sym for _, sym in self.types}
        symbols.update({k.upper(): v for k, v in self.symbol_aliases.items()})
        sets(self, "symbols", symbols)
        codes = {code.upper(): code for code, _, _ in self.issuers}
        codes.update({k.upper(): v for k, v in self.issuer_aliases.items()})
        sets(self, "codes", codes)
        sets(self, "type_by_word", {w.casefold(): w for w, _ in self.types})
        by_symbol: dict[str, str] = {}
        for word, sym in self.types:
            by_symbol.setdefault(sym, word)
        sets(self, "type_by_symbol", by_symbol)
        words = [w for w, _ in self.types]
        sets(self, "party_re", PARTY_NUMBER_RE)
        sets(self, "state_re", STATE_NUMBER_RE)
        sets(self, "typed_re", typed_number_re(words))
        sets(self, "backref_number_re", numbered_backref_re(words))
        sets(self, "short_any_case_re", short_citation_any_case_re(words))
        sets(self, "backref_qualified_re", qualified_backref_re(words))
        sets(self, "bare_re", bare_backref_re(BARE_BACKREF_TYPES))
        sets(self, "central_re", central_citation_re(words))
        sets(self, "central_ordinal_re", central_ordinal_re(words))
        sets(self, "central_then_ordinal_re", central_then_ordinal_re(words))
        sets(self, "congress_re", CONGRESS_RE)
        sets(self, "congress_local_re", CONGRESS_LOCAL_RE)

    def canonical_symbol(self, written: str) -> str | None:
        return self.symbols.get(written.upper())

    def canonical_issuer(self, written: str) -> str | None:
        if written in self.codes.values():
            return written
        return self.codes.get(written.upper())

    def is_state_issuer(self, code: str) -> bool:
        """A State body's code (UBND, HĐND, CP, TTg, QH): its numbers are State style."""
        return any(c == code and level == "state" for c, level, _ in self.issuers)

    def issuer_of_body(self, body: str) -> tuple[str, str] | None:
        """(issuer code, level) of the body a citation names (``Bộ Chính trị`` → TW,
        ``Ban Thường vụ Tỉnh ủy`` → TU, ``Ban chấp hành T.Ư Đảng`` → TW): the issuer with the
        longest body name it starts with."""
        written = CENTRAL_ABBREVIATION_RE.sub("Trung ương", body)
        office = OFFICE_BEFORE_BODY_RE.match(written)  # "Bộ trưởng Bộ Quốc phòng": the ministry's
        forms = [fold_body_name(written)] + ([fold_body_name(written[office.end() :])] if office else [])
        best: tuple[int, str, str] | None = None
        for n, code, level in self.folded_bodies:
            if any(f == n or f.startswith(n + " ") for f in forms) and (best is None or len(n) > best[0]):
                best = (len(n), code, level)
        return (best[1], best[2]) if best else None

    def sole_issuer(self, word: str) -> tuple[str, str] | None:
        """(code, level) of the one body that issues documents of this type (a Nghị định is the
        Government's), or None."""
        code = self.type_issuers.get(word)
        return next(((c, level) for c, level, _ in self.issuers if c == code), None) if code else None

    def type_word(self, written: str) -> str | None:
        return self.type_by_word.get(" ".join(written.split()).casefold())


def _read_extra(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise BaocaoError(f"pattern file {path} cannot be read: {exc}") from exc
    return data if isinstance(data, dict) else {}


def _extra_files(directory: str | None) -> list[Path]:
    if not directory:
        return []
    folder = Path(directory)
    if not folder.is_dir():
        raise BaocaoError(f"{PATTERNS_ENV}={directory} is not a directory")
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def _vocabulary_from(sources: list[dict[str, Any]]) -> Vocabulary:
    types: list[tuple[str, str]] = []
    issuers: list[tuple[str, str, tuple[str, ...]]] = []
    symbol_aliases: dict[str, str] = {}
    issuer_aliases: dict[str, str] = {}
    type_issuers: dict[str, str] = {}
    congress_bodies: dict[str, str] = {}
    national_years: tuple[int, ...] = ()
    for data in sources:
        national_years = tuple(int(y) for y in data.get("national_congress_years") or ()) or national_years
        congress_bodies.update({str(k).casefold(): str(v) for k, v in (data.get("congress_bodies") or {}).items()})
        types += [(str(t["name"]), str(t["symbol"])) for t in data.get("types") or []]
        type_issuers.update({str(t["name"]): str(t["issuer"]) for t in data.get("types") or [] if t.get("issuer")})
        issuers += [
            (str(i["code"]), str(i.get("level", "")), tuple(str(b) for b in i.get("bodies") or []))
            for i in data.get("issuers") or []
        ]
        symbol_aliases.update({str(k): str(v) for k, v in (data.get("symbol_aliases") or {}).items()})
        issuer_aliases.update({str(k): str(v) for k, v in (data.get("issuer_aliases") or {}).items()})
    return Vocabulary(
        tuple(types), symbol_aliases, tuple(issuers), issuer_aliases, type_issuers, congress_bodies, national_years
    )


def load_vocabulary(extra_dir: str | None = None) -> Vocabulary:
    """The shipped vocabulary plus every ``kind: directives`` YAML in ``extra_dir``.

    ``extra_dir`` defaults to the ``BAOCAO_PATTERNS`` environment variable.
    """
    directory = extra_dir if extra_dir is not None else os.environ.get(PATTERNS_ENV)
    sources = [load_yaml("directives.yaml")]
    for path in _extra_files(directory):
        data = _read_extra(path)
        if data.get("kind") == "directives":
            sources.append(data)
    key = tuple(repr(s) for s in sources)
    if key not in _CACHE:
        _CACHE[key] = _vocabulary_from(sources)
    return _CACHE[key]


_CACHE: dict[tuple[str, ...], Vocabulary] = {}


def default_vocabulary() -> Vocabulary:
    return load_vocabulary()


# ---------------------------------------------------------------------------
# dates, tails (date, body, subject)
# ---------------------------------------------------------------------------


def parse_date(text: str) -> tuple[str, str] | None:
    """The first date in ``text`` as (ISO, raw): ``16/6/2022``, ``28-3-2022``, ``25 tháng 7 năm 2023``."""
    for m in CITATION_DATE_RE.finditer(text):
        iso = _iso(m)
        if iso:
            return iso, m.group(0)
    return None


def _iso(m: re.Match[str]) -> str | None:
    d, mo, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


@dataclass
class _Tail:
    date: str | None = None
    date_raw: str | None = None
    body: str | None = None
    subject: str | None = None


def _clean(text: str) -> str:
    return TAIL_TRAILING_RE.sub("", " ".join(text.split())).strip()


def _take_date(seg: str, i: int, tail: _Tail) -> int:
    m = CITATION_DATE_AFTER_RE.match(seg, i)
    if tail.date is None and m:
        iso = _iso(m)
        if iso:
            tail.date, tail.date_raw = iso, m.group(0).strip(" ,").removeprefix("ban hành").strip()
            return m.end()
    return i


# lower-case words that occur inside the names of Party and State bodies
ORG_WORDS = frozenset(
    [
        "các",
        "cơ",
        "quan",
        "tỉnh",
        "huyện",
        "thành",
        "phố",
        "quận",
        "xã",
        "phường",
        "thị",
        "khối",
        "hành",
        "vụ",
        "chức",
        "tra",
        "bộ",
        "thư",
        "ương",
        "trị",
        "ủy",
        "uỷ",
        "nhân",
        "dân",
        "thường",
        "chấp",
        "trực",
        "tuyên",
        "giáo",
        "vận",
        "phòng",
        "doanh",
        "nghiệp",
        "kiểm",
        "tổ",
        "ban",
        "hội",
        "nghị",
        "đảng",
        "chính",
        "sở",
        "phủ",
        "tướng",
        "quốc",
        "mặt",
        "trận",
        "đoàn",
        "thanh",
        "niên",
        "lãnh",
        "đạo",
        "đồng",
        "an",  # "Đảng ủy Công an Trung ương"
    ]
)
OLD_GOVERNMENT_SYMBOLS = ("NĐ", "QĐ", "NQ", "CT", "TT", "CĐ")  # the types of old numbers ("Quyết định số 204-TTg")
RECENT_NATIONAL_FIRST = 11  # the XI National Congress (2011): from it on, a bare number may be the Party's
LEVEL_WORDS = ("tỉnh", "huyện", "khối", "quận", "xã", "phường", "thị", "thành")
TWO_WORD_LEVELS = ("thành phố", "thị xã", "thị trấn")  # "Đảng bộ thành phố Bắc Kạn" → thanhpho
ISSUER_BEFORE_REACH = 80  # characters before a short citation where its issuing body may be named


def _org_prefix(text: str) -> str:
    """The longest leading run of words that can belong to a body's name."""
    kept: list[str] = []
    for word in text.split():
        if not (word[0].isupper() or word[0].isdigit() or word.casefold() in ORG_WORDS):
            break
        kept.append(word)
    return " ".join(kept)


def _known_name(seg: str, start: int, names: re.Pattern[str]) -> int:
    """The length of the longest issuer's name written at ``start`` (any case, any separator
    between its words: ``Bộ Văn hóa, Thể thao và Du lịch``, ``Bộ Văn hóa - Thể thao và Du lịch``,
    ``Bộ GD&ĐT``), after an office's title (``Bộ trưởng Bộ Quốc phòng``), else 0."""
    office = OFFICE_BEFORE_BODY_RE.match(seg, start)
    for at in (start, office.end()) if office else (start,):
        m = names.match(seg, at)
        if m is not None:
            return m.end() - start
    return 0


def _take_body(seg: str, i: int, tail: _Tail, vocab: Vocabulary) -> int:
    m = BODY_CUE_RE.match(seg, i)
    if not m:
        return i
    known = _known_name(seg, m.end(), vocab.body_names)
    stop = BODY_STOP_RE.search(seg, m.end() + known)
    end = stop.start() if stop else len(seg)
    name = _clean(seg[m.end() : m.end() + known])  # read whole, commas and dashes in it
    rest = _org_prefix(_clean(seg[m.end() + known : end]))
    body = f"{name} {rest}".strip()
    if body and body[0].isupper() and len(body) <= 120:
        tail.body = body
        return end
    return i


def _take_subject(seg: str, i: int, tail: _Tail) -> None:
    m = SUBJECT_CUE_RE.match(seg, i)
    if not m:
        return
    quoted = bool(m.group("q") or m.group("q2"))
    stop = (QUOTE_END_RE if quoted else SUBJECT_STOP_RE).search(seg, m.end())
    subject = _clean(seg[m.end() : stop.start() if stop else len(seg)])
    if len(subject) > SUBJECT_MAX:
        subject = subject[:SUBJECT_MAX].rsplit(" ", 1)[0]
    tail.subject = subject or None


def parse_tail(text: str, pos: int, vocab: Vocabulary, limit: int | None = None) -> _Tail:
    """Date, issuing body and subject written after a citation ending at ``pos``; the
    vocabulary's issuers' names are read whole (``Bộ Giáo dục và Đào tạo``)."""
    seg = text[pos : len(text) if limit is None else limit]
    tail = _Tail()
    i = _take_date(seg, 0, tail)
    i = _take_body(seg, i, tail, vocab)
    i = _take_date(seg, i, tail)
    course = COURSE_SKIP_RE.match(seg, i)
    _take_subject(seg, course.end() if course else i, tail)
    return tail


# ---------------------------------------------------------------------------
# numbered citations
# ---------------------------------------------------------------------------


@dataclass
class _Token:
    start: int  # of the type word when there is one
    end: int
    num_start: int
    written: str  # the number-symbol part as written
    key: str
    type: str | None
    number: str
    symbol: str
    issuer: str
    variant: bool


def _strip_zeros(number: str) -> str:
    return str(int(number))


def _party_token(m: re.Match[str], vocab: Vocabulary, typed: bool = False) -> _Token | None:
    """A Party number.  A symbol or issuer code not in the vocabulary is read as written when
    it is in capitals and the other one is known (``997-QĐNS/TW``, ``12-NQ/ĐUCA``); a dash for
    the slash (``282-QĐ-ĐU``), a space for the dash (``10 CT/TW``) or a slash for it
    (``39/KH/HU``) only with a known symbol and a known Party issuer (a State issuer's numbers
    are State style: ``1234 QĐ-UBND`` is no ``1234-QĐ/UBND``), or, for a slash after a type
    word (``typed``: ``Quyết định số 97/QĐ/TV``), a known symbol and an issuer in capitals of a
    Party body's form (:data:`PARTY_ISSUER_FORM`; ``125/QĐ/SYT`` of a department is no Party
    number, and its State form elsewhere is the same document)."""
    sym, iss = vocab.canonical_symbol(m["psym"]), vocab.canonical_issuer(m["piss"])
    odd = m["psep"] != "/" or m["pspace"] or m["pslash"]
    if m["pslash"] and m["psep"] != "/":
        return None  # "1436/QĐ-UBND" is a State number
    if m["pslash"] and typed and sym is not None and iss is None and PARTY_ISSUER_FORM.fullmatch(m["piss"]):
        iss = m["piss"]  # "Quyết định số 97/QĐ/TV": a body the vocabulary does not know, numbering Party style
    if odd and (sym is None or iss is None or vocab.is_state_issuer(iss)):
        return None  # "1234 QĐ-UBND", "15-NQ-HĐND": a State issuer's numbers are State style
    if iss is None and m["piss"].isupper():
        iss = m["piss"]
    elif sym is None and iss is not None and len(m["psym"]) > 1 and m["psym"].isupper():
        sym = m["psym"]
    if sym is None or iss is None:
        return None
    num, written = m["pnum"], m.group(0)
    iss = f"{iss}-{m['pdept']}" if m["pdept"] else iss  # "246-KH/TĐTN-TCKT": the department's number
    key = f"{_strip_zeros(num)}-{sym}/{iss}"
    variant = written != f"{num}-{sym}/{iss}"
    return _Token(m.start(), m.end(), m.start(), written, key, None, num, sym, iss, variant)


def _state_token(m: re.Match[str], vocab: Vocabulary) -> _Token | None:
    """A State number (``1030/QĐ-UBND``, ``30/2020/NĐ-CP``); a Party body's number written State
    style (``04/NQ-ĐU``) is that body's Party number, 4-NQ/ĐU, in a variant spelling."""
    sym = vocab.canonical_symbol(m["ssym"])
    if sym is None:
        return None
    num, iss, year = m["snum"], m["siss"], m["syear"]
    party = vocab.canonical_issuer(iss)
    if m["sdept"]:  # "1187/QĐ-BNN-TCLN", "18/BC-HĐND-KTNS": a department's number
        iss, party = f"{iss}-{m['sdept']}", None
    end = m.end()
    if m["sdot"] and (vocab.canonical_issuer(m["sdot"][1:]) or ROMAN_RE.fullmatch(m["sdot"][1:])):
        end = m.start("sdot")  # "15/QĐ-UBND.UBND các huyện", "…/QĐ-UBND.II. NHIỆM VỤ": a sentence run on
    elif m["sdot"]:  # "134/HD-PGDĐT.NV": the issuing office's number
        iss, party = iss + m["sdot"], None
    if not year and party is not None and not vocab.is_state_issuer(party):
        key = f"{_strip_zeros(num)}-{sym}/{party}"
        return _Token(m.start(), end, m.start(), m.string[m.start() : end], key, None, num, sym, party, True)
    middle = f"/{year}/" if year else "/"
    code = iss if m["sdept"] else iss.replace("&", "")  # "TT-BGD&ĐT": the ministry's code is BGDĐT
    key = f"{_strip_zeros(num)}{middle}{sym}-{code}"
    written = m.string[m.start() : end]
    variant = written != f"{num}{middle}{sym}-{code}"
    return _Token(m.start(), end, m.start(), written, key, None, num, sym, iss, variant)


def _assembly_token(m: re.Match[str]) -> _Token:
    """``85/2014/QH13``: the key is the number as written (leading zeros off), symbol and issuer
    ``QH`` (a law when no type word is written)."""
    num, year, term = m["qnum"], m["qyear"], m["qiss"]
    key = f"{_strip_zeros(num)}/{year}/{term}"
    return _Token(m.start(), m.end(), m.start(), m.group(0), key, None, num, "QH", "QH", False)


def _letter_token(m: re.Match[str]) -> _Token:
    """``Văn bản số 7688/UBND-TCD2``: an official letter's number carries its issuer and the
    issuing office, no type symbol; its key is the number as written (leading zeros off)."""
    num, rest = m["lnum"], m["lrest"]
    issuer = rest.split("-", 1)[0]
    written = f"{num}/{rest}"
    return _Token(
        m.start("lnum"),
        m.end(),
        m.start("lnum"),
        written,
        f"{_strip_zeros(num)}/{rest}",
        None,
        num,
        "CV",
        issuer,
        False,
    )


def _old_government_token(m: re.Match[str], text: str, vocab: Vocabulary) -> _Token | None:
    """``Quyết định số 204-TTg``, ``Nghị quyết số 165-CP``: an old Government number, read after
    a type word; the key keeps the number's separator (``390/TTg`` and ``390-TTg`` may be two
    documents of different years)."""
    typed = vocab.typed_re.search(text, max(0, m.start() - 45), m.start())
    word = vocab.type_word(typed["type"]) if typed else None
    if word is None:
        return None
    symbol = next(sym for w, sym in vocab.types if w == word)
    if symbol not in OLD_GOVERNMENT_SYMBOLS:
        return None  # "Kế hoạch số 20-CP": no type the Government numbered so
    sep = "/" if m["osep"] == "/" else "-"
    key = f"{_strip_zeros(m['onum'])}{sep}{m['oiss']}"
    return _Token(m.start(), m.end(), m.start(), m.group(0), key, None, m["onum"], symbol, m["oiss"], False)


def _listed_before(tok: _Token, text: str, vocab: Vocabulary) -> list[_Token]:
    """``Quyết định số 147, 148/QĐ-VKS-P8``: numbers listed before a number share its symbol and
    issuer, when a type word stands before the first of them."""
    out: list[_Token] = []
    start = tok.num_start
    while m := LISTED_NUMBER_BEFORE_RE.search(text, max(0, start - 12), start):
        num = m["num"]
        key = _strip_zeros(num) + tok.key[len(_strip_zeros(tok.number)) :]
        written = num + tok.written[len(tok.number) :]
        out.append(
            replace(tok, start=m.start(), end=m.end("num"), num_start=m.start(), written=written, key=key, number=num)
        )
        start = m.start()
    return out if out and _typed_before(text, start, vocab) else []


def _state_after_type(m: re.Match[str], text: str, vocab: Vocabulary) -> bool:
    """``Quyết định số 456-QĐ-UBND``: a dash for a State number's slash, read after a type word
    and with a State issuer (``282-QĐ-ĐU`` is a Party number)."""
    return _state_issuer(m, vocab) and _typed_before(text, m.start(), vocab)


def _sslash_ok(m: re.Match[str], text: str, vocab: Vocabulary) -> bool:
    return not m["sdash"] and _typed_before(text, m.start(), vocab) and bool(m["syear"] or _state_issuer(m, vocab))


def _state_issuer(m: re.Match[str], vocab: Vocabulary) -> bool:
    issuer = vocab.canonical_issuer(m["siss"])
    return issuer is not None and vocab.is_state_issuer(issuer)


def _typed_before(text: str, start: int, vocab: Vocabulary) -> bool:
    """A type word (and ``số``) right before ``start``: ``Chỉ thị số `` before ``10 CT/TW``."""
    return vocab.typed_re.search(text, max(0, start - 45), start) is not None


def _raw_tokens(text: str, vocab: Vocabulary) -> list[_Token]:
    found = []
    for m in vocab.party_re.finditer(text):
        typed = bool(m["pspace"] or m["pslash"]) and _typed_before(text, m.start(), vocab)  # only they ask
        if (t := _party_token(m, vocab, typed)) and (not m["pspace"] or typed):
            found.append(t)
    found += [
        t
        for m in vocab.state_re.finditer(text)
        if (t := _state_token(m, vocab))
        and (not m["sspace"] or (vocab.canonical_issuer(m["siss"]) and _typed_before(text, m.start(), vocab)))
        and (not m["sdash"] or m["syear"] or _state_after_type(m, text, vocab))
        # "Thông tư số 01/2016/TT/BNV", "Quyết định số 1600/QĐ/TTg": after a type word, with a year or a
        # State issuer ("39/KH/HU" is a Party number)
        # (not with a dash before the symbol too: "1-BC/TTg" is the Party form, swapped)
        and (not m["sslash"] or _sslash_ok(m, text, vocab))
    ]
    found += [_assembly_token(m) for m in ASSEMBLY_NUMBER_RE.finditer(text)]
    found += [t for m in OLD_GOVERNMENT_NUMBER_RE.finditer(text) if (t := _old_government_token(m, text, vocab))]
    found += [listed for t in found for listed in _listed_before(t, text, vocab)]
    taken = [(t.start, t.end) for t in found]
    for m in LETTER_NUMBER_RE.finditer(text):
        if not any(a < m.end() and m.start("lnum") < b for a, b in taken):
            found.append(_letter_token(m))
    return sorted(found, key=lambda t: t.start)


def _assign_types(text: str, tokens: list[_Token], vocab: Vocabulary) -> None:
    prev: _Token | None = None
    for tok in tokens:
        lo = max(0, tok.start - 45)
        m = vocab.typed_re.search(text, lo, tok.start)
        if m and (m.start() == 0 or not text[m.start() - 1].isalpha()):
            tok.type, tok.start = vocab.type_word(m["type"]), m.start()
        elif prev and prev.type and LIST_GAP_RE.fullmatch(text, prev.end, tok.start):
            tok.type = prev.type
        else:
            tok.type = vocab.type_by_symbol.get(tok.symbol)
        prev = tok


def find_numbered(text: str, vocab: Vocabulary) -> list[_Token]:
    """Every ``<type> số <number-SYMBOL/ISSUER>`` (or the bare symbol) in ``text``."""
    tokens = _raw_tokens(text, vocab)
    _assign_types(text, tokens, vocab)
    return tokens


# ---------------------------------------------------------------------------
# unnumbered citations: Nghị quyết Trung ương 4 (khóa XII), Nghị quyết Đại hội XIII
# ---------------------------------------------------------------------------


@dataclass
class _Unnumbered:
    start: int
    end: int
    key: str
    type: str | None
    listed: bool = False  # a congress found after a comma or "và": kept only after another one


def _central_keys(m: re.Match[str], vocab: Vocabulary) -> list[tuple[str, str | None]]:
    words = [vocab.type_word(w) for w in TYPE_SPLIT_RE.split(m["types"])]
    seg = m.group(0)[len(m["types"]) :]
    courses = [(c.start(), _course_numerals(c["courses"])) for c in COURSE_RE.finditer(seg)]
    pairs: list[tuple[str, str]] = []
    for tw in TW_RE.finditer(seg):
        after = [romans for pos, romans in courses if pos > tw.start()]
        n = _plenum(tw[1])
        pairs += [(n, r) for r in after[0]] if after else [(n, "")]
    return _plenum_keys(words, pairs, vocab)


def _plenum_keys(
    words: list[str | None], pairs: list[tuple[str, str]], vocab: Vocabulary
) -> list[tuple[str, str | None]]:
    """(key, type word) of each type word's resolution of each (plenum, course): ``NQTW4-XII``;
    ``NQTW4`` when the course is not written."""
    keys: list[tuple[str, str | None]] = []
    for word in words:
        sym = dict(vocab.types).get(word or "", "NQ")
        for n, course in pairs:
            key = f"{sym}TW{n}-{course}" if course else f"{sym}TW{n}"
            if (key, word) not in keys:
                keys.append((key, word))
    return keys


def _course_numerals(written: str) -> list[str]:
    """``XI, XII`` → ``["XI", "XII"]``; ``11`` → ``["XI"]``."""
    return [roman(n) for n in COURSE_NUMERAL_RE.findall(written)]


def _plenum(n: str) -> str:
    """A plenum's number in digits: ``IV`` → ``4``, ``04`` → ``4``."""
    return str(roman_value(n))


def _issuer_words(after: str, vocab: Vocabulary) -> str:
    """``tỉnh …`` → ``tinh``; ``thành phố Bắc Kạn`` → ``thanhpho``; ``Công ty Than …`` →
    ``congty`` (a body of the vocabulary); ``Các cơ quan tỉnh lần thứ`` → ``cac-co-quan-tinh``."""
    named = ISSUER_END_RE.split(after, maxsplit=1)[0]
    if slug := body_slug(named, vocab.congress_bodies):
        return slug  # "Quân sự tỉnh": whole words of the vocabulary, before lower-case ones are cut
    words = _org_prefix(named).split()
    if not words:
        return ""
    pair = " ".join(words[:2]).casefold()
    if pair in TWO_WORD_LEVELS:
        return deaccent(pair.replace(" ", ""))
    if words[0].casefold() in LEVEL_WORDS:
        return deaccent(words[0])
    return "-".join(deaccent(w) for w in words if not ROMAN_RE.fullmatch(w))


def _ordinal_keys(m: re.Match[str], vocab: Vocabulary) -> list[tuple[str, str | None]]:
    """``Nghị quyết Hội nghị lần thứ bảy … (khóa XII)`` → ``[("NQTW7-XII", "Nghị quyết")]``."""
    written = [m["n"], *PLENUM_LIST_SPLIT_RE.split(m["more"])[1:]] if m["more"] else [m["n"]]
    plenums = [_plenum(n) if n.isdigit() else str(PLENUM_WORDS[" ".join(n.split()).casefold()]) for n in written]
    courses = _course_numerals(m["courses"]) if m["courses"] else []
    words = [vocab.type_word(w) for w in TYPE_SPLIT_RE.split(m["types"])]
    return _plenum_keys(words, [(n, c) for n in plenums for c in courses] or [(n, "") for n in plenums], vocab)


def find_unnumbered(text: str, vocab: Vocabulary) -> list[_Unnumbered]:
    out: list[_Unnumbered] = []
    for m in vocab.central_re.finditer(text):
        out += [_Unnumbered(m.start(), m.end(), k, t) for k, t in _central_keys(m, vocab)]
    for m in vocab.central_ordinal_re.finditer(text) if PLENUM_ORDINAL_HINT.search(text) else ():
        if not any(u.start <= m.start() < u.end for u in out):
            out += [_Unnumbered(m.start(), m.end(), k, t) for k, t in _ordinal_keys(m, vocab)]
    for m in vocab.central_then_ordinal_re.finditer(text) if PLENUM_AFTER_CENTRAL_HINT.search(text) else ():
        if not any(u.start <= m.start() < u.end for u in out):  # "Nghị quyết Trung ương lần thứ 11 (khóa XI)"
            out += [_Unnumbered(m.start(), m.end(), k, t) for k, t in _ordinal_keys(m, vocab)]
    bodies = congresses_of_bodies(text, vocab.congress_bodies, vocab.national_congress_years)
    out += [_Unnumbered(c.start, c.end, c.key, "Nghị quyết", c.listed) for c in bodies]
    for pattern in (vocab.congress_local_re, vocab.congress_re):
        for m in pattern.finditer(text):
            if any(u.start <= m.start() < u.end for u in out):
                continue
            words = _issuer_words(text[m.start("level") :], vocab) if m["level"] else ""
            level = f"{words}-" if words else ""
            term = roman(m["roman"])  # "khóa 18" is the XVIII congress
            out.append(_Unnumbered(m.start(), m.end(), f"NQĐH-{level}{term}", "Nghị quyết", m["listed"] is not None))
    for m in CONGRESS_CURRENT_RE.finditer(text):  # "Nghị quyết Đại hội Đảng bộ Khối": no number
        words = m["cell"] or m["level"]
        one = words.casefold() in LEVEL_WORDS or (m["cell"] and not _many_cells_before(text, m.start()))
        if one and not any(u.start <= m.start() < u.end for u in out):
            out.append(_Unnumbered(m.start(), m.end(), f"NQĐH-{deaccent(words.replace(' ', ''))}", "Nghị quyết"))
    for m in CELL_TERM_RESOLUTION_RE.finditer(text):  # "Nghị quyết của Chi bộ nhiệm kỳ qua"
        said = not m["term"] or TERM_WORD_RE.search(text, _sentence_start(text, m.start()), m.start())
        if said and not _many_cells_before(text, m.start()) and not any(u.start <= m.start() < u.end for u in out):
            out.append(_Unnumbered(m.start(), m.end(), "NQĐH-chibo", "Nghị quyết"))
    return _after_another_congress(sorted(out, key=lambda u: u.start), text)


def _sentence_start(text: str, pos: int) -> int:
    stops = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, pos)]
    return stops[-1] if stops else 0


def _many_cells_before(text: str, start: int) -> bool:
    """Many Party cells named earlier in the sentence (``đại hội các chi bộ``)."""
    return MANY_CELLS_RE.search(text, _sentence_start(text, start), start) is not None


def _after_another_congress(found: list[_Unnumbered], text: str) -> list[_Unnumbered]:
    """Drops a congress found after a comma or ``và`` unless a congress resolution ends there:
    ``…, Đại hội Đảng bộ tỉnh lần thứ XX`` alone is the event, not its resolution."""
    kept: list[_Unnumbered] = []
    for u in found:
        before = [k for k in kept if k.key.startswith("NQĐH") and CONGRESS_LIST_GAP_RE.fullmatch(text, k.end, u.start)]
        if not u.listed or (before and not CONGRESS_EVENT_AFTER_RE.match(text, u.end)):
            kept.append(u)  # "…, Đại hội Đoàn tỉnh lần thứ XVI đã bầu …" is the event
    return kept


# ---------------------------------------------------------------------------
# one block of text
# ---------------------------------------------------------------------------

MENTION_KINDS = ("citation", "replacement")


@dataclass
class _Context:
    """What a block's search needs from the rest of the document."""

    vocab: Vocabulary
    earlier: list[Citation] = field(default_factory=list)  # document order, resolved so far
    self_key: str | None = None
    self_type: str | None = None  # the report's own type word ("Kết luận"), from its header


def _span(start: int, end: int) -> Span:
    return Span(block=0, start=start, end=end)


def _party_by_body(tok: _Token, body: str | None, text: str, vocab: Vocabulary) -> _Token:
    """A number written State style with an issuer code the vocabulary does not know, issued by a
    Party body alone (``kế hoạch số 01/KH-ĐH … của Đảng bộ công ty …``), is that body's Party
    number (``1-KH/ĐH``), in a variant spelling, as ``04/NQ-ĐU`` is ``4-NQ/ĐU``.  Not when
    another issuer is listed with it (``của Đảng ủy - Ban Giám hiệu Trường …``, ``của Chi bộ và
    Công đoàn …``): the code may be the other's."""
    state_written = STATE_NUMBER_YEARLESS_KEY.fullmatch(tok.key) is not None
    known = vocab.canonical_issuer(tok.issuer) is not None or vocab.is_state_issuer(tok.issuer)
    if not state_written or known or "-" in tok.issuer or body is None or not PARTY_BODY_NAME_RE.match(body):
        return tok
    start = text.find(body, tok.end)
    stop = ISSUER_WORDS_END_RE.search(text, start + len(body)) if start >= 0 else None
    words = text[start : stop.start() if stop else len(text)] if start >= 0 else body
    if any(j["next"].isupper() for j in CO_ISSUER_JOIN_RE.finditer(words)):
        return tok
    key = f"{_strip_zeros(tok.number)}-{tok.symbol}/{tok.issuer}"
    return replace(tok, key=key, variant=True)


def _numbered_citations(text: str, ctx: _Context, limit_after: list[int]) -> list[Citation]:
    tokens = find_numbered(text, ctx.vocab)
    aliases = [(m.start("inner"), m.end("inner")) for m in ALIAS_RE.finditer(text)]
    out: list[Citation] = []
    for i, tok in enumerate(tokens):
        limit = min(
            [p for p in limit_after if p > tok.end] + [tokens[i + 1].start if i + 1 < len(tokens) else len(text)]
        )
        tail = parse_tail(text, tok.end, ctx.vocab, limit)
        tok = _party_by_body(tok, tail.body, text, ctx.vocab)
        kind, refers = "citation", None
        if any(a <= tok.num_start < b for a, b in aliases):
            kind, refers = "alias", tok.key
        elif REPLACED_RE.search(text, max(0, tok.start - 12), tok.start):
            previous = out or ctx.earlier
            kind, refers = "replacement", (previous[-1].key if previous else None)
        out.append(
            Citation(
                key=tok.key,
                type=tok.type,
                number=tok.number,
                symbol=tok.symbol,
                issuer=tok.issuer,
                raw=text[tok.start : tok.end],
                span=_span(tok.start, tok.end),
                date=tail.date,
                date_raw=tail.date_raw,
                body=tail.body,
                subject=tail.subject,
                variant=tok.variant,
                kind=kind,
                refers_to=refers,
            )
        )
    return out


def _unnumbered_citations(text: str, ctx: _Context, taken: list[tuple[int, int]]) -> list[Citation]:
    out = []
    for u in find_unnumbered(text, ctx.vocab):
        if any(a < u.end and u.start < b for a, b in taken):
            continue
        tail = parse_tail(text, u.end, ctx.vocab)
        out.append(
            Citation(
                key=u.key,
                type=u.type,
                number=None,
                symbol=None,
                issuer=None,
                raw=text[u.start : u.end],
                span=_span(u.start, u.end),
                date=tail.date,
                date_raw=tail.date_raw,
                body=tail.body,
                subject=tail.subject,
            )
        )
    return out


def _short_aliases(text: str, ctx: _Context, found: list[Citation]) -> list[Citation]:
    """``(gọi tắt là Đề án 02)``: a short name, no number-symbol, for the citation before it."""
    out = []
    typed = type_word_re(w for w, _ in ctx.vocab.types)
    for m in ALIAS_RE.finditer(text):
        inner_start = m.start("inner")
        if any(inner_start <= c.span.start < m.end() for c in found) or not typed.match(m["inner"]):
            continue
        before = [c for c in found if c.span.end <= m.start()] or ctx.earlier
        key = before[-1].key if before else None
        word = typed.match(m["inner"])
        out.append(
            Citation(
                key=key or "",
                type=ctx.vocab.type_word(word.group(0)) if word else None,
                number=None,
                symbol=None,
                issuer=None,
                raw=m["inner"].strip(),
                span=_span(inner_start, m.end("inner")),
                kind="alias",
                refers_to=key,
            )
        )
    return out


def _candidates(ctx: _Context, before: list[Citation], type_word: str | None) -> list[Citation]:
    pool = ctx.earlier + before
    return [c for c in pool if c.kind != "backref" and c.type == type_word and c.key]


def _resolve(cands: list[Citation], number: str | None) -> str | None:
    if number is not None:
        cands = [c for c in cands if c.number and c.number.isdigit() and int(c.number) == int(number)]
    keys = list(dict.fromkeys(c.key for c in cands))
    return keys[0] if len(keys) == 1 else None


def _backref(m: re.Match[str], text: str, ref: str | None, word: str | None, number: str | None) -> Citation:
    return Citation(
        key=ref or "",
        type=word,
        number=number,
        symbol=None,
        issuer=None,
        raw=text[m.start() : m.end()],
        span=_span(m.start(), m.end()),
        kind="backref",
        refers_to=ref,
    )


def _short_citation(m: re.Match[str], text: str, vocab: Vocabulary, word: str) -> Citation | None:
    """A type word and a number without a symbol that names its issuing body: ``Chỉ thị 05
    của Bộ Chính trị`` is 5-CT/TW, ``Nghị định 77 của Chính phủ`` 77/NĐ-CP — a citation in
    short form (a variant spelling of the key), not a back-reference."""
    tail = _Tail()
    i = _take_date(text, m.end(), tail)
    written_year = CITATION_YEAR_AFTER_RE.match(text, i)  # "Nghị quyết 21 năm 2012 của Bộ Chính trị"
    end = _take_body(text, written_year.end() if written_year else i, tail, vocab)
    issuer = vocab.issuer_of_body(tail.body) if tail.body else None
    if issuer is None:  # "Nghị định 68, Nghị định 116 của Chính phủ": the body of the list's last
        issuer = _issuer_of_list(text, i, vocab, word)
    if issuer is None:  # "Thường trực Ban Bí thư đã ban hành Quyết định số 892 …"
        issuer = _issuer_before(text, m.start(), vocab)
    if issuer is None and not tail.body:  # "Nghị định 116": a type only one body issues (when none is named)
        issuer = vocab.sole_issuer(word)
    symbol = next((sym for w, sym in vocab.types if w == word), None)
    if issuer is None or symbol is None:
        return None
    code, level = issuer
    number = str(int(m["num"]))
    year = f"{m['year']}/" if m["year"] else ""  # "Quyết định 1068/2016 của Ban Thường vụ Tỉnh ủy"
    if not year and level == "state" and symbol in YEAR_NUMBERED and tail.date:
        # "Nghị định 100 ngày 30/12/2019 của Chính phủ" is 100/2019/NĐ-CP: decrees and circulars
        # carry the year they were issued in their number
        issued = int(tail.date[:4])
        year = f"{issued}/" if issued >= YEAR_NUMBERED_SINCE else ""
    key = f"{number}/{year}{symbol}-{code}" if level == "state" else f"{number}-{symbol}/{code}"
    return Citation(
        key=key,
        type=word,
        number=m["num"],
        symbol=symbol,
        issuer=code,
        raw=text[m.start() : end].strip(),
        span=_span(m.start(), end),
        date=tail.date,
        date_raw=tail.date_raw,
        body=tail.body,
        variant=True,
    )


# State types whose number carries the year of issue (``100/2019/NĐ-CP``, ``12/2020/TT-BTC``)
# since the law on legal documents of 2002.
YEAR_NUMBERED = frozenset({"NĐ", "TT"})
YEAR_NUMBERED_SINCE = 2003
SHORT_LIST_REACH = 3  # short citations in a row that share the body named after the last


def _issuer_of_list(text: str, pos: int, vocab: Vocabulary, word: str) -> tuple[str, str] | None:
    """The body named after a list of short citations (``Nghị định 68, Nghị định 116 của Chính
    phủ``, ``Quyết định số 79 và Kế hoạch số 80 ngày 13/5/2015 của Viện kiểm sát nhân dân tỉnh``),
    for the ones before the last; none when the list changes type from one a single body issues
    (``Nghị định 43 và Quyết định 15 của UBND tỉnh``: the decree is the Government's)."""
    for _ in range(SHORT_LIST_REACH):
        gap = SHORT_LIST_GAP_RE.match(text, pos)
        nxt = vocab.short_any_case_re.match(text, gap.end()) if gap else None
        if nxt is None or (vocab.type_word(nxt["type"]) != word and vocab.sole_issuer(word) is not None):
            return None
        tail = _Tail()
        i = _take_date(text, nxt.end(), tail)
        _take_body(text, i, tail, vocab)
        if tail.body:
            return vocab.issuer_of_body(tail.body)
        pos = i
    return None


def _issuer_before(text: str, start: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """The body that issues a citation, named before it in its clause: ``Thường trực Ban Bí
    thư đã ban hành Quyết định số 892`` (issuer TW)."""
    clause = text[max(0, start - ISSUER_BEFORE_REACH) : start]
    m = ISSUED_BY_RE.search(clause)
    if m is None:
        return None
    words = m["body"].split()
    for i in range(len(words)):
        found = vocab.issuer_of_body(" ".join(words[i:]))
        if found is not None:
            return found
    return None


def _backrefs(text: str, ctx: _Context, found: list[Citation]) -> list[Citation]:
    taken = [(c.span.start, c.span.end) for c in found]
    out: list[Citation] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    def before(m: re.Match[str]) -> list[Citation]:
        return [c for c in [*found, *lower] if c.span.end <= m.start()]

    lower: list[Citation] = []  # "thực hiện chỉ thị 03 của Bộ Chính trị": a short citation in lower case
    for m in ctx.vocab.short_any_case_re.finditer(text):
        word = ctx.vocab.type_word(m["type"])
        if m["type"][:1].isupper() or not free(m) or word is None:
            continue  # capitalised: read below
        short = _short_citation(m, text, ctx.vocab, word)
        if short is not None:
            lower.append(short)
            taken.append((short.span.start, short.span.end))
    out += lower

    for m in ctx.vocab.backref_qualified_re.finditer(text):
        if not free(m):
            continue
        word = ctx.vocab.type_word(m["type"])
        own = m["q"] == "này" and ctx.self_type is not None and word == ctx.self_type
        ref = ctx.self_key if own else _resolve(_candidates(ctx, before(m), word), None)
        out.append(_backref(m, text, ref, word, None))
        taken.append((m.start(), m.end()))
    for m in ctx.vocab.backref_number_re.finditer(text):
        word = ctx.vocab.type_word(m["type"])
        cands = _candidates(ctx, before(m), word)
        ref = _resolve(cands, m["num"]) if cands else None
        if free(m) and cands and (ref is not None or word is None or _short_citation(m, text, ctx.vocab, word) is None):
            out.append(_backref(m, text, ref, word, m["num"]))
            taken.append((m.start(), m.end()))
        elif free(m) and word is not None:  # no earlier citation of that number: "Chỉ thị 06 của Ban Thường vụ …"
            short = _short_citation(m, text, ctx.vocab, word)
            if short is not None:
                out.append(short)
                taken.append((short.span.start, short.span.end))
    for m in ctx.vocab.bare_re.finditer(text):
        word = ctx.vocab.type_word(m["type"])
        cands = _candidates(ctx, before(m), word)
        if free(m) and cands:
            out.append(_backref(m, text, _resolve(cands, None), word, None))
    return out


def scan_text(text: str, ctx: _Context | None = None) -> list[Citation]:
    """Every citation in one text; spans are offsets into ``text`` (block 0)."""
    ctx = ctx or _Context(default_vocabulary())
    unnumbered_starts = [u.start for u in find_unnumbered(text, ctx.vocab)]
    numbered = _numbered_citations(text, ctx, unnumbered_starts)
    taken = [(c.span.start, c.span.end) for c in numbered]
    found = sorted(numbered + _unnumbered_citations(text, ctx, taken), key=lambda c: c.span.start)
    found += _short_aliases(text, ctx, found)
    found += _backrefs(text, ctx, found)
    return _numbered_in_brackets(sorted(found, key=lambda c: (c.span.start, c.span.end)), text)


def find_in_text(text: str, vocab: Vocabulary | None = None) -> list[Citation]:
    """Citations in a free-standing snippet (no document context), spans into ``text``."""
    found = scan_text(text, _Context(vocab or default_vocabulary()))
    return _complete_central_keys(found)


# ---------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------

_SEARCHED = (
    BlockKind.TITLE,
    BlockKind.HEADING,
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.TABLE,
    BlockKind.FOOTNOTE,
    BlockKind.SIGNATURE,
    BlockKind.RECIPIENTS,
)


def _cell_at(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.rsplit("\n", 1)[-1]
    return before.count("\n"), line.count("\t")


def _place(c: Citation, index: int, block: Block, footnotes: dict[int, int]) -> Citation:
    where = {BlockKind.FOOTNOTE: "footnote", BlockKind.TABLE: "table"}.get(block.kind, "body")
    span = Span(
        block=index,
        start=block.span[0] + c.span.start,
        end=block.span[0] + c.span.end,
        pages=tuple(block.pages),
        where=where,
        footnote=footnotes.get(index),
        cell=_cell_at(block.text, c.span.start) if block.kind is BlockKind.TABLE else None,
    )
    return replace(c, span=span)


def _self_type(doc: Document, vocab: Vocabulary) -> str | None:
    return vocab.type_word(doc.metadata.doc_type) if doc.metadata.doc_type else None


def self_citation(doc: Document, vocab: Vocabulary | None = None) -> Citation | None:
    """The report's own number (``doc.metadata.number``) as a ``kind="self"`` citation."""
    vocab = vocab or default_vocabulary()
    number = doc.metadata.number
    tokens = _raw_tokens(number, vocab) if number else []
    if not tokens:
        return None
    key = tokens[0].key
    for index, block in enumerate(doc.blocks):
        if block.kind is not BlockKind.HEADER:
            continue
        for tok in _raw_tokens(block.text, vocab):
            if tok.key == key:
                line_start = block.text.rfind("\n", 0, tok.start) + 1
                line_end = block.text.find("\n", tok.end) % (len(block.text) + 1)
                c = _self_from(tok, key, doc, _span(line_start, line_end or len(block.text)), _self_type(doc, vocab))
                return _place(c, index, block, {})
    return _self_from(tokens[0], key, doc, Span(block=-1, start=0, end=0), _self_type(doc, vocab))


def _self_from(tok: _Token, key: str, doc: Document, span: Span, word: str | None) -> Citation:
    return Citation(
        key=key,
        type=word,
        number=tok.number,
        symbol=tok.symbol,
        issuer=tok.issuer,
        raw=tok.written,
        span=span,
        date=doc.metadata.date,
        date_raw=doc.metadata.date_raw,
        body=doc.metadata.issuing_body,
        variant=tok.variant,
        kind="self",
    )


def _complete_central_keys(citations: list[Citation]) -> list[Citation]:
    """``NQTW6`` written without its course takes the course when the report names exactly one; a
    State number written without its year (``25/QĐ-TTg``) the year of the one the report gives
    with it (``25/2021/QĐ-TTg``);
    ``Nghị quyết Đại hội Đảng bộ Khối`` (``NQĐH-khoi``) its congress when the report names
    exactly one congress of that party committee (``NQĐH-khoi-VII``)."""
    full = {c.key for c in citations if c.number is None and "-" in c.key}
    out: list[Citation] = []
    for c in citations:
        short = CENTRAL_KEY_RE.fullmatch(c.key) or CONGRESS_SHORT_KEY_RE.fullmatch(c.key)
        if c.kind == "citation" and STATE_NUMBER_YEARLESS_KEY.fullmatch(c.key):
            c = _with_year(c, citations)
        elif c.number is None and c.kind == "citation" and short:
            matches = sorted(k for k in full if k.startswith(c.key + "-"))
            if len(matches) == 1:
                c = replace(c, key=matches[0])
        elif c.number is None and c.kind == "citation" and c.body is None:
            c = replace(c, key=_local_congress_named_before(c.key, out) or c.key)
        out.append(c)
    return out


def _with_year(c: Citation, citations: list[Citation]) -> Citation:
    """``Quyết định 25/QĐ-TTg`` in a report that also cites ``Quyết định số 25/2021/QĐ-TTg`` is
    that decision written short, when the report cites exactly one of that number, symbol and
    issuer with a year, the short form's date (if it gives one) is of that year and no other date
    of it, and its issuing body and subject (if it gives them) are the full one's (a normative
    document's number carries its year and is numbered apart from the others, so ``11/NQ-HĐND``
    dated otherwise, or about something else, is another resolution)."""
    number, rest = c.key.split("/", 1)
    yeared = [
        x
        for x in citations
        if x.kind == "citation"
        and (m := STATE_NUMBER_YEARED_KEY.fullmatch(x.key))
        and (m["number"], m["rest"]) == (number, rest)
    ]
    keys = {x.key for x in yeared}
    if len(keys) != 1:
        return c
    key = keys.pop()
    dated = {x.date for x in yeared if x.date is not None}
    if c.date is not None and (c.date[:4] != key.split("/")[1] or dated - {c.date}):
        return c
    if _told_apart(c.body, [x.body for x in yeared]) or _told_apart(c.subject, [x.subject for x in yeared]):
        return c  # "… của UBND huyện" beside "… của UBND tỉnh"; "về kế hoạch đầu tư công" beside "về phân cấp …"
    return replace(c, key=key, variant=True)


def _told_apart(mine: str | None, theirs: list[str | None]) -> bool:
    """Whether a citation's issuing body (or subject) differs from one the full citations give."""
    return mine is not None and any(t is not None and t.casefold() != mine.casefold() for t in theirs)


def _local_congress_named_before(key: str, earlier: list[Citation]) -> str | None:
    """``Nghị quyết Đại hội VII`` after ``Nghị quyết Đại hội VII Hội Nông dân Việt Nam``
    (``NQĐH-hoinongdan-VII``) is that congress, when exactly one local congress of that number
    was named before it and the number is not one of the Party's recent congresses (whose
    resolutions reports of today cite: XI and after)."""
    if not CONGRESS_NATIONAL_KEY_RE.fullmatch(key):
        return None
    term = key.removeprefix("NQĐH-")
    if roman_value(term) >= RECENT_NATIONAL_FIRST:
        return None  # "Nghị quyết Đại hội XIV" may be the Party's current congress after a province's XIV
    local = {c.key for c in earlier if c.number is None and c.key.startswith("NQĐH-") and c.key.endswith("-" + term)}
    return local.pop() if len(local) == 1 else None


def find_citations(doc: Document, vocab: Vocabulary | None = None) -> list[Citation]:
    """Every directive citation in ``doc``, in block order; the report's own number first."""
    vocab = vocab or default_vocabulary()
    own = self_citation(doc, vocab)
    ctx = _Context(vocab, self_key=own.key if own else None, self_type=_self_type(doc, vocab))
    footnotes = {f.block: f.number for f in doc.footnotes}
    out: list[Citation] = [own] if own else []
    first = next((i for i, b in enumerate(doc.blocks) if b.text), None)
    for index, block in enumerate(doc.blocks):
        header = block.kind is BlockKind.HEADER
        if (block.kind not in _SEARCHED and not header) or not block.text:
            continue
        found = [_place(c, index, block, footnotes) for c in scan_text(block.text, ctx)]
        if header:  # "(Kèm theo Thông tư số 09/2009/TT-BGDĐT …)": cited; "Số: 161-BC/ĐUK": the report's own
            found = [c for c in found if not _own_number(c, block.text, block.span[0], own)]
        elif index == first:  # "TỈNH ỦY LAI CHÂU * Số 101-BC/TU …": a header run into the text
            found = [c for c in found if not _own_number_run_in(c, block.text, block.span[0])]
        ctx.earlier += found
        out += found
    return _complete_central_keys(out)


def _own_number_run_in(c: Citation, text: str, base: int) -> bool:
    """Whether a citation near the start of the document's first text is its own number after
    ``* Số`` (a header flattened into one line, as copied from a web page)."""
    start = c.span.start - base
    lead = OWN_NUMBER_FLAT_LEAD.search(text, 0, start) if start < OWN_NUMBER_FLAT_REACH else None
    return lead is not None and (lead["word"] is None or lead["word"].isupper())


def _own_number(c: Citation, text: str, base: int, own: Citation | None) -> bool:
    """Whether a citation found in the header is the report's own number: its key, or a number
    written after ``Số`` at its line's start (one the metadata did not read)."""
    if own is not None and c.key == own.key:
        return True
    start = c.span.start - base
    return OWN_NUMBER_LEAD.search(text[text.rfind("\n", 0, start) + 1 : start]) is not None


def _numbered_in_brackets(citations: list[Citation], text: str) -> list[Citation]:
    """``Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW)``: an unnumbered citation whose
    number follows in brackets is a mention of that numbered directive."""
    out = list(citations)
    for i, (c, d) in enumerate(itertools.pairwise(citations)):
        unnumbered = c.number is None and c.kind == "citation" and d.number is not None and d.kind == "citation"
        if (
            unnumbered
            and c.span.block == d.span.block
            and OPEN_BRACKET_GAP_RE.fullmatch(text, c.span.end, d.span.start)
        ):
            out[i] = replace(c, key=d.key, number=d.number, symbol=d.symbol, issuer=d.issuer)
    return out


# ---------------------------------------------------------------------------
# gold-file shapes
# ---------------------------------------------------------------------------


def is_mention(c: Citation) -> bool:
    """An explicit citation (type word with number/symbol, or the unnumbered form)."""
    return c.kind in MENTION_KINDS or (c.kind == "alias" and c.symbol is not None)


def group_directives(citations: Iterable[Citation]) -> list[dict[str, Any]]:
    """One entry per key (the report's own number and back-references left out), first-seen order."""
    groups: dict[str, dict[str, Any]] = {}
    for c in citations:
        if not is_mention(c) or not c.key:
            continue
        g = groups.setdefault(c.key, _new_group(c))
        g["mentions"] += 1
        _add(g["dates"], c.date)
        _add(g["bodies"], c.body)
        if c.variant:
            _add(g["variants"], _variant_text(c))
        if g["type"] is None:
            g["type"] = c.type
    return list(groups.values())


def _new_group(c: Citation) -> dict[str, Any]:
    return {
        "key": c.key,
        "type": c.type,
        "number": c.number,
        "symbol": c.symbol,
        "issuer": c.issuer,
        "dates": [],
        "bodies": [],
        "mentions": 0,
        "variants": [],
    }


def _add(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


def _variant_text(c: Citation) -> str:
    m = DIGIT.search(c.raw)
    return c.raw[m.start() :] if m else c.raw


def group_backrefs(citations: Iterable[Citation]) -> list[dict[str, Any]]:
    """The gold file's ``backrefs``: aliases, replacements and short back-references."""
    return [
        {"text": c.raw, "resolves_to": c.refers_to, "kind": c.kind}
        for c in citations
        if c.kind in ("backref", "alias", "replacement")
    ]


def iter_keys(citations: Iterable[Citation]) -> Iterator[str]:
    """Keys of the explicit mentions, in order (for quick checks and reports)."""
    return (c.key for c in citations if is_mention(c))
