"""Property tests (Hypothesis) for Vietnamese numbers, dates, periods and the directive grammar.

Each property states a convention of the reports (``7.589`` is 7589, ``98,58`` is 98.58,
``21-NQ/TW`` is Party style, ``30/2020/NĐ-CP`` State style …) for *every* value Hypothesis
draws, written with every spacing the reports use and embedded in arbitrary Vietnamese text.
The last properties feed arbitrary text (any Unicode, and text built from the reports' own
tokens) to every function, which may return nothing but must never raise.

Runs are deterministic (``derandomize=True``: the examples depend only on the test's name)
and short: the whole module takes well under 30 s.  Library bugs found by these properties
became regression tests, named after their bug, at the end.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.document.elements import Block, BlockKind, Document, Metadata, Region
from extractor.find.context import clause_end, full_sentence
from extractor.find.directives import default_vocabulary, find_citations, find_in_text, parse_date
from extractor.text.nlp import vocab_spans
from extractor.text.regexes import DIGIT_WORDS
from extractor.text.values import (
    find_dates,
    find_periods,
    find_quantities,
    parse_number,
    parse_number_words,
)

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FEW = settings(SETTINGS, max_examples=40)

# ---------------------------------------------------------------------------
# strategies
# ---------------------------------------------------------------------------

VIET_LOWER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
VIET_LETTERS = VIET_LOWER + VIET_LOWER.upper()
NUMBER_WORDS = {*DIGIT_WORDS, "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"}
PUNCTUATION = [",", ";", ".", ":", "(", ")", "“", "”", "-", "…", "!", "?"]

# A word of Vietnamese letters that is not a number word ("hai", "năm" …), so that the filler
# around a number never states a quantity of its own.
words = st.text(alphabet=VIET_LETTERS, min_size=1, max_size=8).filter(lambda w: w.lower() not in NUMBER_WORDS)
filler = st.lists(st.one_of(words, st.sampled_from(PUNCTUATION)), max_size=12).map(" ".join)


def vn_thousands(n: int) -> str:
    """7589 → ``7.589``; 1200000 → ``1.200.000`` (Vietnamese thousands dots)."""
    return f"{n:,}".replace(",", ".")


@st.composite
def written_integers(draw: st.DrawFn) -> tuple[int, str]:
    """An integer as the reports write it: thousands dots, and a leading zero below 10 (``02``)."""
    n = draw(st.integers(min_value=0, max_value=10**12))
    raw = vn_thousands(n)
    if n < 10 and draw(st.booleans()):
        raw = "0" + raw
    return n, raw


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------


@SETTINGS
@given(written_integers())
@example((7589, "7.589"))
@example((2, "02"))
@example((1_200_000, "1.200.000"))
def test_thousands_dots_read_back(case: tuple[int, str]) -> None:
    n, raw = case
    got = parse_number(raw)
    assert got is not None
    assert (got.value, got.raw, got.decimals, got.ambiguous) == (n, raw, 0, False)


@SETTINGS
@given(
    whole=st.integers(min_value=0, max_value=10**9),
    dots=st.booleans(),
    frac=st.text(alphabet="0123456789", min_size=1, max_size=6),
)
@example(whole=98, dots=False, frac="58")
@example(whole=97, dots=False, frac="60")
@example(whole=20331, dots=True, frac="5")
def test_decimal_comma_keeps_its_decimals(whole: int, dots: bool, frac: str) -> None:
    whole_raw = vn_thousands(whole) if dots else str(whole)
    raw = f"{whole_raw},{frac}"
    got = parse_number(raw)
    assert got is not None
    assert got.value == pytest.approx(float(f"{whole}.{frac}"))
    assert (got.raw, got.decimals) == (raw, len(frac))  # trailing zeros count: 97,60 has 2
    # ambiguous only where a foreign reader would see thousands: "1,200"
    assert got.ambiguous == (len(frac) == 3 and "." not in whole_raw and len(whole_raw) <= 3 and whole_raw[0] != "0")


@SETTINGS
@given(st.text())
def test_parse_number_never_raises(text: str) -> None:
    got = parse_number(text)
    if got is not None:
        assert got.raw == text.strip() and got.value >= 0 and got.decimals >= 0


@SETTINGS
@given(st.from_regex(r"\A[0-9][0-9.,]{0,16}\Z"))
def test_parse_number_on_digit_soup(raw: str) -> None:
    got = parse_number(raw)
    if got is None:
        return
    assert got.raw == raw and got.value >= 0
    if not got.ambiguous and "," not in raw:  # a plain Vietnamese integer: the digits themselves
        assert got.value == float(int(raw.replace(".", "")))


# ---------------------------------------------------------------------------
# quantities in text
# ---------------------------------------------------------------------------


@SETTINGS
@given(left=filler, number=written_integers(), right=filler)
@example(left="", number=(7589, "7.589"), right="")
def test_a_count_in_text_is_found_once_at_its_place(left: str, number: tuple[int, str], right: str) -> None:
    n, raw = number
    text = f"{left} kết nạp {raw} đảng viên {right}"
    at = len(left) + len(" kết nạp ")
    found = find_quantities(text)
    spans = [(q.number_start, q.number_end) for q in found]
    assert len(spans) == len(set(spans)), "a number reported twice"
    mine = [q for q in found if (q.number_start, q.number_end) == (at, at + len(raw))]
    assert len(mine) == 1, (text, found)
    q = mine[0]
    assert (q.value, q.number.raw, q.measure, q.number.decimals) == (n, raw, "count", 0)
    assert text[q.number_start : q.number_end] == raw
    assert q.start <= q.number_start < q.number_end <= q.end
    others = [q for q in found if q is not mine[0]]
    assert not others, (text, others)  # the filler has no digits and no number words


@SETTINGS
@given(
    left=filler,
    whole=st.integers(min_value=0, max_value=100),
    frac=st.text(alphabet="0123456789", min_size=1, max_size=2),
    space=st.sampled_from(["", " "]),
    right=filler,
)
@example(left="", whole=97, frac="60", space="", right="")
def test_a_percent_in_text_keeps_raw_and_decimals(left: str, whole: int, frac: str, space: str, right: str) -> None:
    raw = f"{whole},{frac}"
    text = f"{left} đạt {raw}{space}% {right}"
    at = len(left) + len(" đạt ")
    mine = [q for q in find_quantities(text) if (q.number_start, q.number_end) == (at, at + len(raw))]
    assert len(mine) == 1
    q = mine[0]
    assert (q.measure, q.number.raw, q.number.decimals) == ("percent", raw, len(frac))
    assert q.value == pytest.approx(float(f"{whole}.{frac}"))


no_decimal_digits = st.text(st.characters(exclude_categories=("Nd", "Cs")), max_size=80)


@SETTINGS
@given(no_decimal_digits)
def test_text_without_digits_states_only_spelled_out_numbers(text: str) -> None:
    for q in find_quantities(text):
        spelled = text[q.number_start : q.number_end]
        assert not any(ch.isdecimal() for ch in spelled)
        assert parse_number_words(spelled) is not None, (text, q)


@SETTINGS
@given(filler)
def test_filler_alone_states_nothing(text: str) -> None:
    assert find_quantities(text) == []
    assert find_dates(text) == []


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def _two(n: int, pad: bool) -> str:
    return f"{n:02d}" if pad else str(n)


@SETTINGS
@given(
    day=dates,
    style=st.sampled_from(["words", "/", "-", "."]),
    pad=st.booleans(),
    cap=st.booleans(),
    left=filler,
    right=filler,
)
@example(day=dt.date(2023, 7, 25), style="words", pad=False, cap=False, left="", right="")
@example(day=dt.date(2023, 7, 25), style="/", pad=False, cap=False, left="", right="")
@example(day=dt.date(2022, 3, 28), style="-", pad=False, cap=False, left="", right="")
def test_every_valid_date_in_every_style(day: dt.date, style: str, pad: bool, cap: bool, left: str, right: str) -> None:
    d, m = _two(day.day, pad), _two(day.month, pad)
    if style == "words":
        written = f"{'Ngày' if cap else 'ngày'} {d} tháng {m} năm {day.year}"
        text = f"{left} , {written} {right}"
    else:
        written = f"{d}{style}{m}{style}{day.year}"
        text = f"{left} ngày {written} {right}"
    found = find_dates(text)
    assert [(x.iso, x.raw) for x in found] == [(day.isoformat(), written)]
    assert text[found[0].start : found[0].end] == written
    assert find_quantities(text) == []  # a date is not a figure
    assert parse_date(written) == (day.isoformat(), written.removeprefix("Ngày ").removeprefix("ngày "))


@SETTINGS
@given(
    day=st.integers(min_value=1, max_value=31),
    month=st.integers(min_value=1, max_value=12),
    cue=st.sampled_from(["ngày ", "Ngày ", "hôm "]),
    sep=st.sampled_from(["/", "-", "."]),
    left=filler,
    right=filler,
)
@example(day=30, month=6, cue="ngày ", sep="/", left="", right="hằng năm")
@example(day=17, month=6, cue="ngày ", sep=".", left="", right="")
def test_a_day_and_month_without_a_year_is_not_a_figure(
    day: int, month: int, cue: str, sep: str, left: str, right: str
) -> None:
    text = f"{left} {cue}{day}{sep}{month} {right}"
    assert find_dates(text) == []
    assert find_quantities(text) == []


@SETTINGS
@given(day=st.integers(min_value=1, max_value=31), month=st.integers(min_value=1, max_value=12), left=filler)
def test_a_bare_day_slash_month_is_not_a_figure(day: int, month: int, left: str) -> None:
    text = f"{left} dịp {day}/{month}."
    assert find_dates(text) == []
    assert find_quantities(text) == []


@SETTINGS
@given(st.integers(min_value=1, max_value=31), st.integers(min_value=1, max_value=12), st.sampled_from(["-", "."]))
def test_a_bare_day_month_is_never_a_date(day: int, month: int, sep: str) -> None:
    assert find_dates(f"vào {day}{sep}{month} hằng năm") == []


@SETTINGS
@given(y=st.integers(1900, 2099), m=st.integers(1, 12), d=st.integers(29, 31))
def test_impossible_dates_are_dropped(y: int, m: int, d: int) -> None:
    try:
        dt.date(y, m, d)
    except ValueError:
        assert find_dates(f"ngày {d}/{m}/{y}") == []
        assert find_dates(f"ngày {d} tháng {m} năm {y}") == []


# ---------------------------------------------------------------------------
# periods
# ---------------------------------------------------------------------------


@SETTINGS
@given(
    years=st.tuples(st.integers(1900, 2099), st.integers(1900, 2099)),
    intro=st.sampled_from(["", "giai đoạn ", "nhiệm kỳ ", "thời kỳ ", "Giai đoạn "]),
    dash=st.sampled_from(["-", "–", " - ", " – ", "- ", " -"]),
    left=filler,
    right=filler,
)
@example(years=(2020, 2025), intro="giai đoạn ", dash=" – ", left="", right="")
@example(years=(2020, 2025), intro="", dash="-", left="", right="")
def test_year_ranges_are_periods(years: tuple[int, int], intro: str, dash: str, left: str, right: str) -> None:
    y1, y2 = years
    written = f"{intro}{y1}{dash}{y2}"
    text = f"{left} {written} {right}"
    found = find_periods(text)
    if y2 > y1:
        assert [(p.label, p.raw) for p in found] == [(f"{y1}-{y2}", written)]
        assert text[found[0].start : found[0].end] == written
    else:
        assert all(p.label != f"{y1}-{y2}" for p in found)
    assert find_quantities(text) == []  # years are never counts


@SETTINGS
@given(y=st.integers(1900, 2099), cap=st.booleans(), left=filler, right=filler)
def test_a_year_after_nam_is_a_period(y: int, cap: bool, left: str, right: str) -> None:
    text = f"{left} {'Năm' if cap else 'năm'} {y} {right}"
    assert [p.label for p in find_periods(text)] == [str(y)]
    assert find_quantities(text) == []


# ---------------------------------------------------------------------------
# directive numbers
# ---------------------------------------------------------------------------

VOCAB = default_vocabulary()
TYPES = sorted(VOCAB.types)  # (type word, symbol)
SYMBOLS = sorted({sym for _, sym in VOCAB.types})
ISSUERS = sorted({code for code, _, _ in VOCAB.issuers})
STATE_ISSUERS = sorted({code for code, level, _ in VOCAB.issuers if level == "state"})
SPACES = st.sampled_from(["", " "])
DASHES = ["-", "–", "—", "‐", "‑", "−"]  # hyphen-minus, en and em dash, Unicode hyphens, minus sign


@st.composite
def party_numbers(draw: st.DrawFn) -> tuple[str, str, str]:
    """(written, key, canonical): ``02 – ĐA/ ĐU`` → key ``2-ĐA/ĐU``, canonical ``02-ĐA/ĐU`` (any dash, one
    space or none on each side of the dash and the slash)."""
    n = draw(st.integers(1, 9999))
    num = f"{n:0{draw(st.integers(1, 3))}d}"
    sym, iss = draw(st.sampled_from(SYMBOLS)), draw(st.sampled_from(ISSUERS))
    a, b, c, d = (draw(SPACES) for _ in range(4))
    dash = draw(st.sampled_from(DASHES))
    return f"{num}{a}{dash}{b}{sym}{c}/{d}{iss}", f"{n}-{sym}/{iss}", f"{num}-{sym}/{iss}"


def _typed(data: st.DataObject | None, default: str) -> str:
    """An optional type word and ``số`` before a number: ``Nghị quyết số `` (``default`` for an example)."""
    if data is None:
        return default
    word = data.draw(st.sampled_from(["", *(w for w, _ in TYPES)]))
    if word:
        return f"{word} {data.draw(st.sampled_from(['số ', '']))}"
    return data.draw(st.sampled_from(["theo ", "số "]))


@SETTINGS
@given(party_numbers(), st.data(), filler, filler)
@example(("21-NQ/TW", "21-NQ/TW", "21-NQ/TW"), None, "", "")
@example(("21 - NQ/TW", "21-NQ/TW", "21-NQ/TW"), None, "", "")
@example(("21-NQ/ TW", "21-NQ/TW", "21-NQ/TW"), None, "", "")
@example(("1374 – QĐ/TU", "1374-QĐ/TU", "1374-QĐ/TU"), None, "", "")
def test_party_numbers_in_every_spacing(
    number: tuple[str, str, str], data: st.DataObject | None, left: str, right: str
) -> None:
    written, key, canonical = number
    typed = _typed(data, "Nghị quyết số ")
    text = f"{left} {typed}{written}, {right}"
    found = [c for c in find_in_text(text) if c.symbol is not None]
    assert [c.key for c in found] == [key], text
    c = found[0]
    assert text[c.span.start : c.span.end] == c.raw and c.raw.endswith(written)
    assert c.variant == (written != canonical)
    assert find_quantities(text) == []  # a directive number is not a figure


@st.composite
def state_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """(written, key): ``0030/2020/NĐ-CP`` → ``30/2020/NĐ-CP``; ``1030/QĐ-UBND``."""
    n = draw(st.integers(1, 99999))
    num = f"{n:0{draw(st.integers(1, 4))}d}"[-5:]
    year = draw(st.one_of(st.none(), st.integers(1900, 2099)))
    sym = draw(st.sampled_from(SYMBOLS))
    iss = draw(st.sampled_from(STATE_ISSUERS))
    middle = f"/{year}/" if year else "/"
    return f"{num}{middle}{sym}-{iss}", f"{int(num)}{middle}{sym}-{iss}"


@SETTINGS
@given(state_numbers(), st.data(), filler, filler)
@example(("30/2020/NĐ-CP", "30/2020/NĐ-CP"), None, "", "")
@example(("1030/QĐ-UBND", "1030/QĐ-UBND"), None, "", "")
def test_state_numbers(number: tuple[str, str], data: st.DataObject | None, left: str, right: str) -> None:
    written, key = number
    typed = _typed(data, "Quyết định số ")
    text = f"{left} {typed}{written}; {right}"
    found = [c for c in find_in_text(text) if c.symbol is not None]
    assert [c.key for c in found] == [key], text
    c = found[0]
    assert text[c.span.start : c.span.end] == c.raw and c.raw.endswith(written)
    assert find_quantities(text) == []


# Text made of the reports' own tokens: type words, numbers, symbols, dates, periods, cue words.
TOKENS = [
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Đề án",
    "Quy định",
    "Kế hoạch",
    "số",
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    "–",
    "/",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "“",
    "”",
    "%",
    "NQ",
    "TW",
    "ĐU",
    "ĐA",
    "QĐi",
    "NĐ",
    "CP",
    "UBND",
    "ngày",
    "tháng",
    "năm",
    "quý",
    "IV",
    "XII",
    "từ",
    "đến",
    "nay",
    "giai đoạn",
    "nhiệm kỳ",
    "Trung ương",
    "khóa",
    "Hội nghị",
    "Đại hội",
    "lần thứ",
    "gọi tắt là",
    "sau đây gọi tắt là",
    "nay là",
    "nêu trên",
    "này",
    "của",
    "về",
    "Ban Chấp hành",
    "Tỉnh ủy",
    "tỷ đồng",
    "triệu",
    "hơn",
    "khoảng",
    "ước đạt",
    "xếp thứ",
    "hai",
    "mười",
    "lăm",
    "đảng viên",
    "chi bộ",
    "trong đó",
    "0",
    "02",
    "21",
    "7.589",
    "98,58",
    "1,200",
    "2020",
    "2025",
    "31",
    "12",
    "²",
    "¹²",
    "٣",
    "𝟗",
    "１",
    "\u0301",
    "\u200b",
]
report_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=200), report_text)


@settings(SETTINGS, max_examples=300)
@given(any_text)
def test_text_functions_never_raise_and_spans_hold(text: str) -> None:
    parse_number(text)
    parse_number_words(text)
    parse_date(text)
    for d in find_dates(text):
        assert text[d.start : d.end] == d.raw
        dt.date.fromisoformat(d.iso)
    for p in find_periods(text):
        assert text[p.start : p.end] == p.raw and re.fullmatch(r"\d{4}(?:-(?:\d{4}|H[12]|Q[1-4]|\d{2})?)?", p.label)
    for q in find_quantities(text):
        assert 0 <= q.start <= q.number_start < q.number_end <= q.end <= len(text)
    for c in find_in_text(text):
        assert text[c.span.start : c.span.end] == c.raw


def _document(texts: list[str]) -> Document:
    blocks, pos, parts = [], 0, []
    kinds = [BlockKind.PARAGRAPH, BlockKind.FOOTNOTE, BlockKind.TABLE, BlockKind.HEADING, BlockKind.HEADER]
    for i, text in enumerate(texts):
        block = Block(kinds[i % len(kinds)], text, [Region(1)], span=(pos, pos + len(text)))
        blocks.append(block)
        parts.append(text)
        pos += len(text) + 2
    return Document("x.txt", "0", "txt", None, Metadata(number="07-CT/ĐUK"), blocks, [], "\n\n".join(parts))


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=5))
def test_citations_in_a_document_point_at_their_text(texts: list[str]) -> None:
    doc = _document(texts)
    for c in find_citations(doc):
        if c.kind == "self" or c.span.block < 0:
            continue
        assert doc.text[c.span.start : c.span.end] == c.raw, c
        block = doc.blocks[c.span.block]
        assert block.span[0] <= c.span.start <= c.span.end <= block.span[1]


@FEW
@given(st.lists(any_text, min_size=1, max_size=4))
def test_extraction_never_raises_on_arbitrary_blocks(texts: list[str]) -> None:
    from extractor.find.extract import extract_document

    doc = _document(texts)
    facts = extract_document(doc)
    for f in facts.figures:
        assert 0 <= f.span.start <= f.span.end <= len(doc.text)


# ---------------------------------------------------------------------------
# library bugs found by the properties: one regression test each, named after the bug
# ---------------------------------------------------------------------------


def test_party_number_with_two_spaces_around_the_dash() -> None:
    """Regression: '21  -  NQ/TW' was no citation, yet excluded from the figures: lost."""
    assert [c.key for c in find_in_text("Nghị quyết số 21  -  NQ/TW")] == ["21-NQ/TW"]


def test_a_bare_day_dash_month_is_not_a_range() -> None:
    """Regression: 'vào 16-9 hằng năm' was read as the range of two counts 16 and 9."""
    assert find_quantities("vào 16-9 hằng năm") == []
    assert [q.number.raw for q in find_quantities("từ 9-16 đảng viên")] == ["9", "16"]  # a real range stays


@pytest.mark.parametrize("digits", [309, 4301])
def test_a_very_long_digit_run_is_not_a_crash(digits: int) -> None:
    """Regression: a run of 309 digits overflowed float(), one of 4,301 int()'s digit limit
    (found by the extract fuzz: 001-bao-cao-so-ket-bac-giang.docx:xml_long_attr:3003237139)."""
    assert parse_number("9" * digits) is None
    assert find_quantities(f"có {'9' * digits} đảng viên") == []


# ---------------------------------------------------------------------------
# sentence and clause bounds: indexed once per text, same answer as scanning
# ---------------------------------------------------------------------------

punctuated = st.text(alphabet="ab1. !?;\n", max_size=40)


@SETTINGS
@given(text=punctuated, data=st.data())
def test_sentence_and_clause_bounds_match_a_plain_scan(text: str, data: st.DataObject) -> None:
    """full_sentence and clause_end answer from a per-text index (a block of thousands of
    figures stays linear); they must agree with the plain string scans they replace."""
    pos = data.draw(st.integers(0, len(text)))
    start = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find("! ", pos), text.find("? ", pos)) if i >= 0]
    assert full_sentence(text, pos) == (start + 2 if start >= 0 else 0, min(ends) if ends else len(text))
    m = re.compile(r"[;!?]|\.(?!\d)").search(text, pos)
    assert clause_end(text, pos) == (m.start() if m else len(text))


def test_a_unit_word_inside_a_rating_phrase_is_part_of_it_among_many() -> None:
    """The containment test of unit words in rating/action phrases is indexed by position;
    in a long list each 'vụ' of 'hoàn thành nhiệm vụ' still belongs to its phrase."""
    text = ", ".join(f"{i} chi bộ hoàn thành nhiệm vụ" for i in range(1, 60))
    spans = vocab_spans(text)
    assert [s.key for s in spans if s.label == "UNIT"] == ["chi_bo"] * 59
