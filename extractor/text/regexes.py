"""Regular-expression fragments: the one place where patterns for the text of reports live.

Each helper returns a pattern *string* (with named groups where a caller needs the
parts) and documents one example it matches.  Helpers compose: ``quantity()`` is
built from ``number()``, ``approx_word()``, ``percent()`` and ``money_unit()``.
The compiled patterns at the end of each section are built once, at import.

Sections: numbers · number words · quantities · dates · periods · exclusions
(things that look like numbers but are not figures) · organisations · directive
citations (fragments, then the compiled patterns and the builders over the directive
vocabulary) · cues · sentences and small shapes · plain-text layout · Word layout ·
document header · PDF text · legacy encodings · NLP tokens · store keys · SQL typed
by a user.  Add new sections below, with the same conventions: one helper per idea, an
example in every docstring, compiled constants in UPPER_CASE.

Patterns whose words are data (``patterns/*.yaml``, the legacy encoding tables, the
directive vocabulary) keep their data where it is: the builders here take the data and
return the compiled pattern, and the caller keeps it (cached, compiled once).

All word patterns expect NFC text and are compiled case-insensitive unless the
compiled constant says otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_LETTER = r"[^\W\d_]"  # one letter, any script (Vietnamese included)
VIET_CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"  # a class's body
_GLUED = r"[^\W_⁰¹²³⁴⁵⁶⁷⁸⁹]"  # a letter or digit glued to a number; footnote superscripts may follow it
# đồng abbreviated: "38.012.000đ", "7.500.000 đ" (not "Đ/c", "đ.c": đồng chí); before a slash and a
# number only after three digits ("6.100.000đ/6.100.000đ"; "8đ/10đ" are points)
_DONG_ABBR = r"(?:đ(?![\w/]|\.\w)|(?<=\d{3})đ(?=/\d))"
# A unit of area or weight glued to its number: "68.358ha rừng", "5km", "12m2" (the number is a figure).
_GLUED_UNIT = r"(?:ha|km2|km|m2|m3|kg|tấn)(?!\w)"
# A scale word glued to đồng or its abbreviation, or to the number: "1.184 tỷđ", "101,3 tỷ.đ", "596tỷđ".
_SCALE_DONG = rf"(?:tỷ|tỉ|triệu|nghìn|ngàn)(?:\.?{_DONG_ABBR}|\s+đồng(?!\w)(?!\s+(?:chí|bào)(?!\w)))"
# A counted noun of persons or Party units glued to its number by a missing space: "1đảng viên
# 50 năm tuổi đảng", "01bí thư, 01 phó bí thư" (the number is a figure).
# Also the nouns a report counts most ("1.521việc/1962 việc", "54 nữ/ 3lớp", "2vụ").
_PERSONS_ABBREVIATED = r"GV|HS|ĐV|CB|NV|CBQL|CBGV|CBCNV"  # giáo viên, học sinh, đảng viên, cán bộ …
_GLUED_NOUN = (
    r"(?:đảng\s+viên|đồng\s+chí|bí\s+thư|phó\s+bí\s+thư|chi\s+bộ|đảng\s+bộ|ủy\s+viên|uỷ\s+viên"
    r"|việc|vụ|đơn|hồ\s+sơ|lớp|người|hộ|học\s+sinh|xã|trường|nữ|nam"
    rf"|{_PERSONS_ABBREVIATED}|đ/c)(?!\w)"  # "hoàn thành nhiệm vụ: 01GV", "3CBQL", "sơ cấp: 19đ/c", "227nữ"
)
# An average or a cap said before a rate's number in its clause (search, to the number): "Số tiêu
# chí đạt bình quân: 14 tiêu chí/1 xã", "không có lớp nào vượt quá 45 HS/1 lớp" are rates even
# beside "1.286 tiêu chí/92 xã", "360 HS/10 lớp".
RATE_LEAD = re.compile(
    r"(?<!\w)(?:bình\s+quân|trung\s+bình|vượt\s+quá|không\s+quá|tối\s+đa|tối\s+thiểu|định\s+mức)(?!\w)[^.;\n]*$",
    re.IGNORECASE,
)
# Between a figure and a bracket (search): a new clause that compares ("…; so với năm học trước
# (1.198 HS …)"): the bracket holds the compared figures, no part of the figure before.
COMPARISON_BEFORE_BRACKET = re.compile(r";\s*so\s+(?:với|cùng)(?!\w)[^;()]*$", re.IGNORECASE)
# A label that names a quality, not a place or a class (search): "thôn văn hóa", "đạt chuẩn quốc
# gia", "có thư viện", "hoạt động hiệu quả", "ngừng hoạt động": such counts overlap.
QUALITY_LABEL = re.compile(
    r"(?<!\w)(?:đạt|có|được|không|chưa|đang|hoạt\s+động|văn\s+hóa|văn\s+hoá|kiểu\s+mẫu|tiêu\s+biểu"
    r"|xuất\s+sắc|vững\s+mạnh|hiệu\s+quả|hoàn\s+thành)(?!\w)",
    re.IGNORECASE,
)
# A clause that opens with another year (search): "…; năm 2023, hoàn thành xuất sắc nhiệm vụ 12 …"
# (not a comparison inside an item: "tăng 2 đồng chí so với năm 2023").
CLAUSE_OPENS_WITH_YEAR = re.compile(r"[;.]\s*(?:(?:trong\s+)?năm\s+)?(?:19|20)\d\d(?![\d.,]\d)", re.IGNORECASE)
# A noun and a slash right before a number (search, to the number): "235 đơn/235 vụ".
AFTER_NOUN_SLASH = re.compile(rf"{_LETTER}\s*/\s*$")
# A number and the words after it (match): "15 lớp" after "412 trẻ/".
NUMBER_THEN_WORDS = re.compile(rf"\d[\d.,]*\s*(?P<words>{_LETTER}+(?:\s+{_LETTER}+){{0,3}})")
# A noun of persons written in capitals (fullmatch): "333 HS/12 lớp" is a pair like "19 vụ/48 bị can".
PERSONS_ABBREVIATED = re.compile(_PERSONS_ABBREVIATED)
DASHES = "[-–—‐‑−]"  # hyphen-minus, en and em dash, Unicode hyphens and minus: "1374 – QĐ/TU"


def level_then(*words: str) -> str:
    """Between a level and what follows it right after (fullmatch): its unit (a few characters,
    no clause break), a comma or bracket, ``ước``, then one of the change ``words`` ("40.831 ha,
    giảm ", "22,4 triệu đồng (tăng ")."""
    return rf"[^\d;.,()]{{0,25}}?[,(]?\s*(?:ước\s+)?(?:{'|'.join(words)})\s*"


def whole_number_re(raw: str) -> re.Pattern[str]:
    """``raw`` as a whole number, not part of a longer one (``250`` not in ``1.250``)."""
    return re.compile(rf"(?<![\d.,]){re.escape(raw)}(?![\d]|[.,]\d)")


def leading_words(alternatives: list[str]) -> str:
    """One of ``alternatives`` (whole words) at the start of a text."""
    return rf"^\s*{_words(*alternatives)}"


def words_alternation(alternatives: list[str]) -> str:
    """One of ``alternatives`` as whole words (:func:`_words`); matches nothing when there are none."""
    return _words(*alternatives) if alternatives else r"(?!)"


def _words(*alternatives: str) -> str:
    """Alternation of literal words/phrases, longest first, whole words only."""
    ordered = sorted(alternatives, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return rf"(?<!\w)(?:{body})(?!\w)"


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------


def digits_token() -> str:
    """Digits with any ``.``/``,`` grouping, taken whole: ``7.589``, ``98,58``, ``20.331,5``, ``1.2.3``.

    Atomic so that ``4.0H`` is not read back as ``4``; parse with ``values.parse_number``.
    """
    return r"(?>\d+(?:[.,]\d+)*)"


# Words a web page may glue its number to, dropping the space ("giảm1,73%", "chiếm28,15%",
# "tổng số tiền17.170 triệu đồng"): the number is still free-standing after them, and only after
# them ("chi bộ1." is a list's number, "năm trước1" a note's marker).
GLUED_CUES = ("tăng", "giảm", "chiếm", "đạt", "hơn", "tiền", "khoảng", "gần")
# Between a ratio and its share (fullmatch): its noun, then "chiếm" (accounts for: a share of a
# whole, never a rate each unit reached; "910/958 hội viên (chiếm ",
# "45/50 xã, chiếm tỷ lệ "); no other clause ("…, trong đó … chiếm").
ACCOUNTS_FOR_RIGHT_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*[,(]?\s*chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*", re.IGNORECASE)
# … and only when the number goes on as a figure does, to a "%" or a word ("chưa đạt3." and
# "tăng2," are a note's markers glued after a clause)
_GLUED_GOES_ON = r"(?=\d+(?:[.,]\d+)*(?:\s*%|\s+[^\W\d_]))"
_GLUED_AFTER_CUE = "(?:" + "|".join(rf"(?<=(?<!\w){w})" for w in GLUED_CUES) + ")" + _GLUED_GOES_ON


def number(name: str = "num", lead: str | None = None) -> str:
    """A free-standing number: ``7.589`` in "có 7.589 đảng viên".

    Not glued to a letter, digit or ``/`` before it (``CNKG2``, ``ng/BTC/98``), not the
    decimals of a number the pattern could not start at (``5`` of "đồng/40,5"), not after a
    letter and hyphen (``Covid-19``), not followed by a letter or digit (``4.0Hằng``, ``7h30``).
    ``lead`` replaces what may stand before it.
    """
    free = rf"(?:(?<![\w/])|{_GLUED_AFTER_CUE})"
    before = rf"{free}(?<!\d[.,])(?<!{_LETTER}-)" if lead is None else lead
    glued_ok = rf"{_DONG_ABBR}|{_SCALE_DONG}|{_GLUED_UNIT}|{_GLUED_NOUN}"  # what may follow with no space
    return rf"{before}(?P<{name}>{digits_token()})(?!(?!{glued_ok}){_GLUED})"


def roman() -> str:
    """A Roman numeral I–XXXIX as a whole word: ``XII`` in "khóa XII", ``I`` in "quý I/2013"."""
    return r"(?<!\w)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?!\w)"


# Whole-token shapes for values.parse_number (see its rules).
TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
VN_MIXED = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
FOREIGN_MIXED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
FOREIGN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------

DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
AFTER_TENS_WORDS: dict[str, int] = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}  # only after mười/mươi
SCALE_WORDS: dict[str, float] = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# What stands before the report's own number on a header line: "Số: 161-BC/ĐUK", "Số 12/BC-UBND".
OWN_NUMBER_LEAD = re.compile(r"^\W*số\W*$", re.IGNORECASE)
# A header run together on one line before the report's own number: "TỈNH ỦY LAI CHÂU * Số 101-BC/TU …",
# "… LAI CHÂU Số 101-BC/TU" (a word in capitals right before "Số").
OWN_NUMBER_FLAT_LEAD = re.compile(r"(?:\*|(?<!\w)(?P<word>\w{2,}))\s*Số\s*:?\s*$")  # the word: in capitals
OWN_NUMBER_FLAT_REACH = 200  # characters from a document's start where a run-together header may give it
# A scale word right after a number with no noun after it, only a break or a linking word
# ("47,34 tỷ, chiếm 3,92%", "35 triệu cho hộ cận nghèo"; not "1,2 triệu người", "2 triệu USD").
BARE_MONEY_SCALE = re.compile(
    r"\s*(?P<scale>tỷ|tỉ|triệu)(?!\w)(?=\s*(?:[,;.)]|$|(?:và|cho|chiếm|đạt|tăng|giảm|bằng|so)(?!\w)))",
    re.IGNORECASE,
)

# Nouns that make a number word a count ("hai đồng chí", "mười lăm đảng viên").
COUNTED_NOUNS: tuple[str, ...] = (
    "đồng chí",
    "người",
    "đảng viên",
    "cán bộ",
    "quần chúng",
    "chi bộ",
    "đảng bộ",
    "tổ chức",
    "cơ sở",
    "cơ quan",
    "đơn vị",
    "doanh nghiệp",
    "lớp",
    "cuộc",
    "hội nghị",
    "tập thể",
    "cá nhân",
    "trường hợp",
    "văn bản",
    "chuyên đề",
    "nhiệm vụ",
    "giải pháp",
    "nhóm",
    "khâu",
    "đột phá",
    "tiêu chí",
    "chỉ tiêu",
    "bài",
    "lượt",
    "buổi",
    "đoàn",
    "cấp ủy viên",
    "ủy viên",
    "bí thư",
    "phó bí thư",
)
# Nouns that also make a spelled-out number a count (what inspection, court and public-order
# reports count: "khởi tố mới tám vụ án", "bốn đầu mối", "hai lần được tặng cờ", "mười ĐV bị
# kỷ luật"), but never a bare 19xx/20xx a count of them: "đến 2025 hộ nghèo giảm …" is a year.
# A bare "vụ" is matched in WORD_COUNTED_NOUN_RE (a case, not a crop season: "ba vụ lúa").
WORD_COUNTED_NOUNS: tuple[str, ...] = (
    *COUNTED_NOUNS,
    "vụ việc",
    "vụ án",
    "bị can",
    "bị cáo",
    "đối tượng",
    "ĐV",
    "đầu mối",
    "tổng cục",
    "lần",
    "địa phương",
    "hộ",
    "đơn",
    "hồ sơ",
    "dự án",
    "công trình",
    "sản phẩm",
)


def number_word() -> str:
    """The first word of a spelled-out number: ``hai`` in "hai đồng chí", ``mười`` in "mười lăm".

    Not after ``thứ`` (an ordinal: "Phần thứ hai").
    """
    return r"(?<!thứ )(?<!Thứ )" + _words(*DIGIT_WORDS, "mười")


def _not_counting() -> str:
    """No counted noun follows: the number before it counts nothing."""
    return rf"(?!{counted_noun()})"


def counted_noun() -> str:
    """A noun that a number word can count, after spaces on the same line: ``" đồng chí"``."""
    return r"[ \u00a0]+" + _words(*COUNTED_NOUNS)


NUMBER_WORD_RE = re.compile(number_word(), re.IGNORECASE)
# What a spelled-out number counts: a counted noun, or a case ("tám vụ"; not a crop: "ba vụ lúa").
WORD_COUNTED_NOUN_RE = re.compile(
    rf"[ \u00a0]+(?:{_words(*WORD_COUNTED_NOUNS)}|vụ(?!\w)(?![ \u00a0]+(?:lúa|mùa|đông|xuân|hè|thu|màu)(?!\w)))",
    re.IGNORECASE,
)
# Nouns a number counts that the POS tagger reads as a verb or an adjective when a full stop or
# a comma follows ("435.688 hộ." → hộ/V, "1576 trẻ," → trẻ/A): households, children, suspects
# and defendants; organisations ("350 tổ chức hoàn thành …": the tagger says verb).
MISTAGGED_COUNTED_NOUN = re.compile(
    r"(?P<noun>hộ|trẻ|bị\s+can|bị\s+cáo|tổ\s+chức)(?!\w)(?!\s+chiếu)", re.IGNORECASE
)  # not "hộ chiếu"; "34 bị can, án cũ …": the tagger reads "bị" as the passive
COUNTED_NOUN_RE = re.compile(counted_noun(), re.IGNORECASE)
# A count and its noun, then a slash, right before a number: "1.521 việc/" before "1962 việc" (the
# number is the whole they are out of, not a year); not a time ("02 tháng/2023", "6 th/2008").
COUNT_AND_NOUN_OVER = re.compile(
    r"(?<![\w/.,])\d[\d.,]*[ \u00a0]*"
    r"(?:(?!(?:tháng|th|quý|năm|tuần|ngày|kỳ|đợt)(?![^\W\d_]))[^\W\d_]+[ \u00a0]*){1,3}/[ \u00a0]*$",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"\w+")
# Context that stops a number word being a number (values.parse_number_words / find_quantities).
NOT_AFTER_NUMBER_WORD = re.compile(r"\s*(?:\d|là\b|số\b|cách\b)", re.IGNORECASE)
YEAR_AFTER_NAM = re.compile(
    r"\s+(?:nay|học|ngoái|tới|qua|sau|trước|đầu|cuối|mới|thứ|tài|trở|liền|liên|kế)\b", re.IGNORECASE
)
BEFORE_YEAR_NAM = re.compile(
    r"(?<!\w)(?:mỗi|hằng|hàng|các|những|từng|trong|cả|nhiều|qua|cùng|này|sau|đầu|cuối|của|một|hai|ba|hết)\s+$",
    re.IGNORECASE,
)
# "năm" ending the text just before a number makes it a year: "kết nạp năm " before "2015".
NAM_BEFORE_NUMBER = re.compile(r"\bnăm\s*$", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------

APPROX_WORDS: dict[str, str] = {  # as written (lower case) → the guide's word
    "hơn": "hơn",
    "gần": "gần",
    "trên": "trên",
    "khoảng": "khoảng",
    "xấp xỉ": "khoảng",
    "chừng": "khoảng",
    "ước": "ước",
    "ước đạt": "ước",
    "ước tính": "ước",
    "ước khoảng": "ước",
}
# "đồng" is money unless it starts another word ("đồng chí", "đồng thời", …).
_NOT_MONEY_DONG = "chí|bào|thời|ý|bộ|đội|nghiệp|hương|chủ|tâm|minh|loạt|đều|nhất|phục|lòng|hành|tình|thuận"


def approx_word() -> str:
    """An approximation word before a number: ``trên`` in "trên 81.326 tỷ đồng", ``ước đạt``;
    not the ``trên`` of ``cấp trên`` (the level above: "thu bổ sung từ ngân sách cấp trên 300 tỷ
    đồng" is exactly 300)."""
    return rf"(?P<approx>(?<!cấp\s)(?<!Cấp\s)(?<!CẤP\s){_words(*APPROX_WORDS)})"


def percent() -> str:
    """A percent sign, optionally after spaces: ``%`` in "98,58%", ``" %"`` in "98,58 %", and
    "20,68  %" of a form filled in with the space bar; or written out: ``1,04 điểm phần trăm``
    (percentage points), ``89,3 phần trăm``."""
    return r"(?P<pct>[ \u00a0]{0,4}%|[ \u00a0]{1,4}(?:điểm[ \u00a0]+)?phần[ \u00a0]+trăm(?!\w))"


def scale_word() -> str:
    """A scale word after a number: ``triệu`` in "hơn 1,2 triệu"."""
    return rf"(?P<scale>{_words(*SCALE_WORDS)})"


# The plan's words after a slash, before its amount: "/KH 27,4 tỷ đồng", "/kế hoạch năm 120", "/dự toán 3,5".
_PLAN_WORDS = r"(?:KH|kế\s+hoạch|dự\s+toán)(?:\s+(?:năm|giao|được\s+giao))?\s*:?\s*"
_PLAN_AFTER_SLASH = rf"{_PLAN_WORDS}(?=\d)"
# … straight before an amount that is no year ("/KH 100", not "/KH năm 2023", "/KH 2023").
_PLAN_AMOUNT_AFTER_SLASH = r"(?:KH|kế\s+hoạch|dự\s+toán)\s*:?\s*(?!(?:19|20)\d\d(?!\d|[.,]\d))(?=\d)"


def money_unit() -> str:
    """A money unit as written, with its per-tail: ``tỷ đồng``, ``triệu đồng/người/tháng``, ``USD``."""
    scale = _words(*SCALE_WORDS)
    currency = rf"(?:đồng(?!\s+(?:{_NOT_MONEY_DONG}))|USD|VNĐ|VND)(?!\w)"
    scaled_abbr = rf"(?:{scale}\s+){{1,2}}{_DONG_ABBR}"  # "1,5 tỷ đ"
    # "/người", not the plan's amount after a slash ("36,32 tỷ đồng/KH 27,4 tỷ đồng"; "38,5 triệu
    # đồng/KH" is per customer)
    per = rf"/(?!{_PLAN_AFTER_SLASH}){_LETTER}+"
    return rf"(?P<money>(?:(?:{scale}\s+){{0,2}}{currency}|{scaled_abbr}|{_SCALE_DONG})(?:{per})*)"


def range_joiner() -> str:
    """What joins the two ends of a range: ``-`` in "10-15%", ``đến`` in "từ 10 đến 15"."""
    return r"\s*(?:-|–|đến|tới)\s*"


def _quantity_tail() -> str:
    """What may follow a quantity's number: a percent sign, a money unit (``đ`` for đồng, or
    ``tỷđ``, glued or not) or a scale word."""
    return rf"(?:{percent()}|\s*{money_unit()}|\s?(?P<money_abbr>{_DONG_ABBR})|\s+{scale_word()})?"


def quantity() -> str:
    """A number with its qualifiers: ``trên 81.326 tỷ đồng``, ``62/77``, ``10-15%``, ``98,58 %``.

    Groups: approx, num, base (ratio), num2 (range end), pct, money, scale.
    """
    tail = _quantity_tail()
    ratio = rf"\s*/\s*(?P<base>{digits_token()})(?!{_GLUED}|/)"
    rng = rf"{range_joiner()}{number('num2')}"
    return rf"(?:{approx_word()}\s+)?{number('num')}(?:{ratio}|{rng})?{tail}"


def paired_quantity() -> str:
    """The second number of a pair written with a slash after the first one's noun: ``48`` in
    "19 vụ/48 bị can", ``115`` in "98 lượt /115 người", ``40,5 tỷ đồng`` in "1 tỷ
    đồng/40,5 tỷ đồng".  Group ``noun``: the word before the slash (the caller keeps only a
    lowercase noun after a number, never a document symbol such as ``HĐND/12``)."""
    lead = rf"(?P<noun>{_LETTER}+) ?/ ?"
    return rf"{lead}{number('num', lead='')}(?!\s*/\s*\d){_quantity_tail()}"


def rank() -> str:
    """A rank: ``xếp thứ 3`` (number group ``num``), ``đứng thứ 2``, ``xếp hạng 5``, ``vị trí thứ 8``,
    ``cao thứ 6`` (so với cả nước)."""
    words = ("xếp thứ", "đứng thứ", "xếp hạng", "đứng hạng", "xếp hạng thứ", "vị trí thứ", "cao thứ", "thấp thứ")
    return rf"{_words(*words)}\s+{number('num')}"


QUANTITY_RE = re.compile(quantity(), re.IGNORECASE)
# "gấp hơn ", "tăng ", "giảm khoảng ": before a number of times ("tăng 1,3 lần"; not "4 lần tách, nhập")
TIMES_BEFORE = re.compile(
    r"(?<!\w)(?:gấp|tăng|giảm|cao\s+hơn|thấp\s+hơn)(?:\s+lên)?(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ))?\s*$",
    re.IGNORECASE,
)
TIMES_AFTER = re.compile(r"\s*lần(?!\w)", re.IGNORECASE)  # "… lần" after a number of times
# Occasions counted in a sentence ("tổ chức 24 lần kiểm tra", "(22 lần)"): "tăng 2 lần" that is
# their difference is a change of that count, not a ratio.
OCCASIONS_COUNTED = re.compile(r"(?<![\w.,])(?P<num>\d[\d.,]*)\s*lần(?!\w)", re.IGNORECASE)
TIMES_GAP = re.compile(r"gấp", re.IGNORECASE)  # "gấp N lần" is always a number of times
SENTENCE_EDGE = re.compile(r"[.;!?\n](?!\d)")
# An amount in two or three scales: "hơn 355 tỷ 670 triệu đồng", "3 tỷ 396 triệu 500 nghìn đồng",
# "5 triệu 500 nghìn đồng/người", "2 tỷ 300 triệu USD" (group cur: the currency and its per-tail).
COMPOUND_MONEY_RE = re.compile(
    rf"(?:{approx_word()}\s+)?(?<![\w.,])(?P<big>\d{{1,3}}(?:\.\d{{3}})*)\s+(?P<big_word>tỷ|tỉ|triệu)"
    r"\s+(?P<mid>\d{1,3})\s+(?P<mid_word>triệu|nghìn|ngàn)"
    r"(?:\s+(?P<small>\d{1,3})\s+(?P<small_word>nghìn|ngàn))?"
    rf"\s+(?P<cur>(?:đồng|đ|USD|VNĐ|VND)(?!\w)(?:/{_LETTER}+)*)",
    re.IGNORECASE,
)
# Thousands written in words: "30 ngàn 309 tỷ đồng" is 30.309 tỷ đồng, "5 ngàn 972 người" 5.972.
THOUSANDS_OF_SCALE_RE = re.compile(
    rf"(?:{approx_word()}\s+)?(?<![\w.,])(?P<big>\d{{1,3}})\s+(?:ngàn|nghìn)\s+(?P<rest>\d{{3}})(?![\d.,]\d)"
    rf"(?:\s+(?P<scale>tỷ|tỉ|triệu)\s+(?P<cur>(?:đồng|đ|USD|VNĐ|VND)(?!\w)(?:/{_LETTER}+)*)"
    r"|(?=\s+[^\W\d_])(?!\s+(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD)(?!\w)))",  # a count: "5 ngàn 972 người"
    re.IGNORECASE,
)
PAIRED_QUANTITY_RE = re.compile(paired_quantity(), re.IGNORECASE)
# The figure before a listed one: a number, its noun (up to four words) and a comma, "và" or a
# slash right before the listed figure ("giảm 146 lượt tiếp, 127 lượt người", "giảm 8 lượt/8
# người"); searched in the last LISTED_REACH characters.
LISTED_AFTER = re.compile(rf"(?<![\w.,])(?P<num>\d[\d.,]*)(?:\s+{_LETTER}+){{1,4}}\s*(?:,|\svà|/)\s*$", re.IGNORECASE)
LISTED_REACH = 60
# Between a count and a count of a kind of its unit: its noun, a comma and "có" ("8.982 đảng
# viên, có 4.307 cấp ủy viên", "250 đảng viên, trong đó có trên 100 …").
HAVING_GAP = re.compile(
    rf"(?:\s+{_LETTER}+){{1,4}}\s*,\s*(?:trong\s+đó\s+)?(?:thì\s+)?có(?:\s+(?:trên|hơn|gần|khoảng))?\s+",
    re.IGNORECASE,
)
# Between a part of a list and a figure that describes it: "149 đảng bộ cơ sở, với 1.251 chi bộ
# trực thuộc và 285 chi bộ cơ sở" (the 1.251 are the 149's own branches, no part of the list).
# A sentence that goes on from the one before, as one statement of the same event: "… kiến nghị
# thu hồi 7.621 tỷ đồng. Đồng thời đề nghị … xem xét xử lý 4.414 tỷ đồng".
GOES_ON = re.compile(r"Đồng\s+thời\b")
# A sentence that opens with what is left goes on from the one before ("… đã giải quyết 85 vụ
# việc. Hiện còn 7 vụ việc đang …").
REST_OPENS = re.compile(r"(?:Hiện\s+(?:nay\s+|tại\s+)?còn|Còn\s+lại|Số\s+còn\s+lại)(?!\w)")
# The words right after a figure up to the end of its line, clause or list item ("% số xã", not
# the next item's "+ Biên chế nhà nước: …", its lines joined into one block).
CLAUSE_TAIL = re.compile(r"(?:(?!\s[-–+•]\s)[^\n;.,()+•:])*")
# Between a pair of amounts over a slash and their quotient (fullmatch): a "đ" glued to the second
# amount, a few words of their noun (its unit included), then the share word or a bracket ("33.429
# tỷ đồng, đạt 55", " tỷ đồng kinh phí, bằng ", " tỷ đồng = ", "đ, đạt ", " triệu đồng (đạt ", " tỷ đồng (").
PAIR_THEN_SHARE = re.compile(
    rf"(?:{_DONG_ABBR})?(?:\s+(?!(?:trong|riêng|còn)(?!\w)){_LETTER}+){{0,8}}\s*"
    r"(?:,?\s*(?:(?:đạt|bằng|chiếm)(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?|=)|\(\s*(?:(?:đạt|bằng|chiếm)(?:\s+t[ỷỉ]\s+lệ)?|=)?)\s*",
    re.IGNORECASE,
)
# Between a ratio and a share of plan that measures it: its noun, then "đạt" or "bằng" ("8/9
# chỉ tiêu, đạt 90% kế hoạch", "300,9/4.128,9 tỷ đồng, bằng 7,3% kế hoạch").
RATIO_THEN_SHARE = re.compile(rf"(?:\s+{_LETTER}+){{0,4}}\s*,?\s*(?:đạt|bằng)(?:\s+tỷ\s+lệ)?\s*", re.IGNORECASE)
# After a percentage of plan, the plan's words and then its value ("đạt 52,4% chỉ tiêu tỉnh giao
# 240ha", "đạt 90% kế hoạch năm là 1.200 tỷ đồng"): the target is that value.
PLAN_THEN_VALUE = re.compile(
    r"\s*%?\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)"
    r"(?:\s+(?:tỉnh|huyện|thành\s+phố|trên|được|giao|năm|đề\s+ra|là)(?!\w))*\s*:?\s*",
    re.IGNORECASE,
)
_BOUND = r"(?:(?:gần|hơn|trên|khoảng|xấp\s+xỉ)\s+)?"  # a bound before a number: "gần 1.000"
# Right before a total written after its parts, after a separator: ", tổng cộng", "; cộng lại là",
# ". Tổng cộng:", "; toàn trường :" (the unit of the whole only before a colon; group "whole": a
# whole the list may not exhaust), a bound between ("tổng cộng gần 1.000 hộ").  Not "tổng số",
# which names a stock as often as a sum.
TOTAL_AFTER_PARTS = re.compile(
    # (or a capitalised "Tổng cộng", "Cộng" on a line the reader joined to the last item's)
    r"(?:^\s*|[,;:.\n]\s*|\s+(?=(?-i:Tổng\s+cộng|Cộng)))"
    r"(?:tổng\s+cộng|cộng\s+lại|cộng(?=\s*:)|(?P<whole>toàn\s+(?:trường|huyện|tỉnh|xã|"
    rf"thành\s+phố|quận|đảng\s+bộ|ngành|đơn\s+vị))(?=\s*:))\s*(?:là|có|được)?\s*:?\s*{_BOUND}$",
    re.IGNORECASE,
)
# Where the words that tell what a count counts end: a bracket, a semicolon, a sentence's end.
TOLD_WORDS_END = re.compile(r"[(;:]|\.(?:\s|$)")
# Words that only affirm or negate a status ("không có", "chưa đạt", "đã đạt"): siblings differ by them.
NEGATION_WORDS = frozenset({"không", "chưa", "đã"})
# A rate of change with both levels in its clause (extractor/find/rate_levels.py): "tăng 97% (từ gần
# 8,86 triệu tấn lên gần 17,5 triệu tấn)", "từ 400 lên 500 đồng chí, tăng 25%".
LEVEL_FROM = re.compile(rf"(?<!\w)từ\s+{_BOUND}$", re.IGNORECASE)
_LEVEL_YEAR = r"(?:(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?:19|20)\d\d\s*,?\s*)?"  # "400 đảng viên năm 2020 lên …"
_LEVEL_WORD = rf"{_LETTER}+(?:/{_LETTER}+)?"  # a level's unit word, per-unit too: "tạ/ha", "đồng/người"
LEVEL_TO = re.compile(
    rf"\s*(?:{_LEVEL_WORD}\s+){{0,4}}?{_LEVEL_YEAR}(?:lên|xuống(?:\s+còn)?|còn|thành|đến)\s+{_BOUND}", re.IGNORECASE
)
CHANGE_BEFORE_RATE = re.compile(rf"(?<!\w)(?P<word>tăng|giảm)\s+(?:thêm\s+)?{_BOUND}$", re.IGNORECASE)
RATE_THEN_LEVELS = re.compile(rf"\s*%\s*[(,]?\s*từ\s+{_BOUND}", re.IGNORECASE)
LEVELS_THEN_RATE = re.compile(
    rf"\s*(?:{_LEVEL_WORD}(?![^\W\d_])\s*){{0,4}}?{_LEVEL_YEAR}[,;(]\s*(?P<word>tăng|giảm)\s+{_BOUND}",
    re.IGNORECASE,
)
# Right after a rate: its own comparison or period ("tăng 12% so với năm 2022", "tăng 12%/năm",
# "bình quân mỗi năm"), so it is no rate between the two levels written with it.
RATE_OF_ITS_OWN = re.compile(
    r"\s*%?\s*(?:/\s*năm|(?:so\s+với|so|mỗi|hằng|hàng|bình\s+quân|trung\s+bình)(?!\w))", re.IGNORECASE
)
# A sentence that names the prices of its figures: a growth rate at constant prices beside levels
# at current prices ("GRDP (giá so sánh 2010) tăng 7,2%, từ 42.500 tỷ đồng … (giá hiện hành)").
PRICES_NAMED = re.compile(r"(?<!\w)giá\s+(?:so\s+sánh|hiện\s+hành|cố\s+định|thực\s+tế)(?!\w)", re.IGNORECASE)
# Right before a figure that states the size of something else than a list's total ("305 phó giáo sư
# trên quy mô 82.586 sinh viên", "với quy mô 500 giường bệnh"): no part of the list.  Not a part's own
# size ("dự án nhà máy may có quy mô 1.200 tỷ đồng") nor a class ("12 trang trại quy mô trên 1.000 con").
SCALE_BEFORE = re.compile(
    r"(?<!\w)(?:trên|với)\s+quy\s+mô\s+(?:là\s+|gồm\s+|(?:gần|hơn|trên|khoảng)\s+)?$", re.IGNORECASE
)
# Right before a figure that tells a part's own size or class within its item ("320 hộ chăn nuôi quy
# mô 50 con trở lên", "12 trang trại quy mô trên 1.000 con"): no part when a count stands before it.
ITEM_SCALE_BEFORE = re.compile(r"(?<!\w)quy\s+mô\s+(?:(?:trên|dưới|từ|gần|hơn|khoảng)\s+)?$", re.IGNORECASE)
# A time between two items of a list written after their total ("Năm 2022 hỗ trợ 300 hộ; năm nay …"):
# the items before it are of another time.
ITEM_TIME = re.compile(r"(?<!\w)(?:(?:19|20)\d\d|năm\s+(?:nay|trước|qua|ngoái)|cùng\s+kỳ)(?!\w)", re.IGNORECASE)
# Right before a figure in its item: a part singled out of the item's own count ("khối 10: 347 học
# sinh, trong đó nữ 170; …"), no item of the list.
SINGLED_OUT_BEFORE = re.compile(r"(?<!\w)(?:trong\s+(?:đó|số\s+đó)|bao\s+gồm|gồm)(?!\w)[^,;:]*$", re.IGNORECASE)
# Between two items of a list: a comma, a semicolon, a new line or "và".
LIST_SEPARATOR = re.compile(r"[,;\n]|\svà\s", re.IGNORECASE)
# From a bracket's opening to the planned rate in it: "(chỉ tiêu là 1,5%", "(kế hoạch giảm 1%",
# "(chỉ tiêu Nghị quyết giảm 1,5%", "(chỉ tiêu kế hoạch: 29%".
PLANNED_RATE_LEAD = re.compile(
    r"\s*(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)(?:\s+(?:nghị\s+quyết|NQ|đại\s+hội|kế\s+hoạch|KH|tỉnh|huyện|"
    r"thành\s+phố|trên|được|giao|năm|đề\s+ra|là)(?!\w))*\s*:?\s*(?:(?:giảm|tăng)\s+)?",
    re.IGNORECASE,
)
# Right before a level reached downward ("giảm còn 19,6%", "xuống 2,1%"): a plan of it is a ceiling,
# and a percentage of plan may be written either way round (20 / 19,6 = 102%).
LEVEL_DOWN_BEFORE = re.compile(r"(?:còn|xuống)\s*(?:mức\s*)?$", re.IGNORECASE)
# From a percentage of plan to a bracket that opens with the plan's own words: "% KH (KH tăng ".
PLAN_OPENS_BRACKET = re.compile(
    r"\s*%?\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)[^()]{0,20}\(\s*"
    r"(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)(?!\w)",
    re.IGNORECASE,
)
# Before a figure in its clause: a part of a breakdown or a raised total ("trong đó", "riêng",
# "nâng tổng … lên"), no achieved figure of the whole.
PART_OR_RAISED_BEFORE = re.compile(r"(?<!\w)(?:trong\s+đó|riêng|nâng|đưa\s+tổng)(?!\w)", re.IGNORECASE)
# Between a percentage in a bracket and the amount it comes to: "(KH tăng 8% tương đương 25.666 tỷ)".
EQUIVALENT_LINK = re.compile(r"\s*%?\s*,?\s*(?:tương\s+đương(?:\s+với)?|tức\s+là|tức)\s*", re.IGNORECASE)
# Between two counts over a slash, the first above the second, and a share that measures them:
# as above, or a rate named right before the share, after a comma, a semicolon or in a bracket
# ("88/80 đồng chí (đạt tỷ lệ 35%)", "17/15 xã, tỷ lệ 20%", "Biên chế : 10/08 ; Tỉ lệ : 75%"), or an
# equals sign ("45/40 đảng viên = 112,5%").
DONE_OVER_PLAN_THEN_SHARE = re.compile(
    rf"(?:\s+{_LETTER}+){{0,4}}\s*[,;(]?\s*(?:(?:đạt|bằng)(?:\s+t[ỷỉ]\s+lệ)?|t[ỷỉ]\s+lệ|=)\s*:?\s*", re.IGNORECASE
)
# After a share: the whole it is of, named ("35% tổng số cấp ủy viên", "20% so với tổng số xã").
BASE_NAMED_AFTER_SHARE = re.compile(r"\s*%\s*(?:so\s+với\s+|trên\s+)?(?:tổng|số)(?!\w)", re.IGNORECASE)
ACHIEVED_WORD = re.compile(r"(?<!\w)(?:đạt|bằng)(?!\w)", re.IGNORECASE)
# Words of a plan or target in a clause: "chỉ tiêu", "kế hoạch", "KH", "dự toán", "vượt", "được giao".
PLAN_WORDS = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán|vượt|giao)(?!\w)", re.IGNORECASE)
# A clause opening with a scope that is not the list's own ("Trong thu nội địa, …", "trong số trường
# đạt chuẩn quốc gia có …"; not "Trong đó", nor a time: "Trong nhiệm kỳ, …", "Trong 6 tháng đầu năm, …").
SCOPE_LEAD = re.compile(
    r"\s*(?:[-–+•]\s*)?[Tt]rong\s+(?!đó(?!\w))"
    r"(?!(?:\d+\s+)?(?:năm|nhiệm\s+kỳ|nhiệm\s+kì|kỳ|kì|tháng|quý|quí|tuần|ngày|đợt|dịp|thời\s+gian|thời\s+kỳ|giai\s+đoạn|"
    r"những\s+năm|các\s+năm)(?!\w))(?=\S)",
    re.IGNORECASE,
)
# The words right after a share that name its whole: "% hộ nghèo của tỉnh" (group words: up to two
# words, after "số"/"tổng số"), not a function word ("% so với", "% và", "% trong", "% tăng"), nor
# the next item's lead ("% tiếp đến là …", "% sau đó", "% đứng thứ hai").
SHARE_WHOLE_WORDS = re.compile(
    r"[ \t]*%?[ \t]*(?:(?:tổng\s+)?số\s+)?(?P<words>(?!(?:so|và|trong|tăng|giảm|đạt|của|là|với|trên|dưới|tương|"
    r"bằng|cao|thấp|các|năm|tháng|kế|chỉ|dự|cùng|hoặc|hay|thì|nhưng|còn|ở|tại|do|vì|theo|từ|đến|lên|xuống|vượt|"
    r"tiếp|sau|đứng)(?!\w))"
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)",
    re.IGNORECASE,
)
# Between the two ends of a range (fullmatch): "1,5-1,6", "30 - 35", "3 đến 5", "1,5 – 2"; the
# first end may carry its unit ("1,5 triệu - 2 triệu", "3% - 5%").
RANGE_GAP = re.compile(r"\s*(?:%|triệu|tỷ|nghìn|ngàn)?\s*(?:-|–|—|đến|tới)\s*", re.IGNORECASE)
# A percentage and "tương đương (với)" right before a count: the count is the share's ("41% tương đương với 66")
# Between a part and the same part in another unit: "… rừng tập trung, tương đương với " (fullmatch).
EQUIVALENT_GAP = re.compile(r"[^\d;.]*?,?\s*(?:tương\s+đương|tương\s+ứng)(?:\s+với)?\s*", re.IGNORECASE)
# Right after a percentage's number (match): its count alone in a bracket, and the noun counted
# ("50% (8 xã)", "58,9% (66/112 thôn, …)", "1,8 % (khoảng 2 thôn)"): the share is of that noun's whole.
PERCENT_THEN_BRACKETED_COUNT = re.compile(
    rf"\s*%\s*\(\s*(?:{_LETTER}+\s+){{0,2}}?\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s*(?P<noun>{_LETTER}+)", re.IGNORECASE
)
EQUIVALENT_BEFORE = re.compile(r"[\d.,]+\s*%\s*,?\s*(?:tương\s+đương|tương\s+ứng)(?:\s+với)?\s*$", re.IGNORECASE)
MEASURE_LEAD = re.compile(r"^(?:tỷ\s+lệ|tỉ\s+lệ|số\s+lượng|số)\s+", re.IGNORECASE)  # "tỷ lệ đại biểu nữ" names women
# Between a count and its share: the count's own words, at most one comma or bracket, then the
# share word ("21 đảng viên mới, đạt 63,3%"; not "21 đảng viên, kinh phí thực hiện đạt 87,3%").
WORDS_ONLY_GAP = re.compile(
    r"[^\d,;()]{0,40}(?:,\s*|\s*\(\s*)?(?:đạt|bằng|chiếm|tỷ\s+lệ|tỉ\s+lệ)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*", re.IGNORECASE
)
# "KH" after a percentage (any case, as the plan cue reads it) and "KH" that is the plan: in capitals,
# not "KH vay vốn" (customers who borrow), after no "chiếm" (a share)
KH_AFTER = re.compile(r"\s*%?\s*kh(?!\w)", re.IGNORECASE)
KH_PLAN = re.compile(r"\s*%?\s*KH(?!\w)(?!\s+vay)")
# Between a level and its rate of change (fullmatch): its noun, then "tăng"/"giảm" ("8.747 lượt tăng ").
# "bằng"/"đạt" say the level is that per cent of the earlier one ("9.414 lao động, bằng 100,33% so với cùng kỳ").
RATE_WORD_BEFORE = re.compile(r"[^\d;.()]{0,30}?[,\s](?P<word>tăng|giảm|bằng|đạt)\s*", re.IGNORECASE)
# Between a rate of change and the earlier level in a bracket (fullmatch): "% so với tháng 11/2022 (".
# The bracket may name the earlier period first: "… (tháng 01 năm 2019 là 9.383 lao động)".
COMPARED_THEN_BRACKET = re.compile(
    r"\s*%\s*,?\s*so\s+(?:với|cùng)[^();.]{0,60}?\(\s*"
    r"(?:(?:tháng|quý|năm|kỳ|cùng\s+kỳ|6\s+tháng|9\s+tháng)[^()%;]{0,30}?\s(?:là|đạt|có)\s+)?",
    re.IGNORECASE,
)
# Between a level and a figure of its own in a bracket right after it (fullmatch): "lao động (".
OWN_BRACKET_AFTER = re.compile(r"[^\d;.()%]{0,30}\(\s*")
# A comparison with a plan, not an earlier period: "so với kế hoạch (…)".
COMPARED_WITH_PLAN = re.compile(
    r"so\s+với\s+(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|nghị\s+quyết|KH|NQ)(?!\w)", re.IGNORECASE
)
# After "chiếm …" (a share of a whole, never of a plan or a time): the whole named right after the
# percentage and "so với" with no "số" ("chiếm 61,1% so với thí sinh dự thi tốt nghiệp THPT");
# not a time, a plan or an earlier period ("so với cùng kỳ", "so với năm 2022", "so với kế hoạch").
SHARE_OF_CHIEM = re.compile(
    r"chiếm(?:\s+t[ỷỉ]\s+(?:lệ|trọng))?(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$", re.IGNORECASE
)
BARE_WHOLE_AFTER_SHARE = re.compile(
    r"\s*%\s*so\s+với\s+(?!(?:năm|cùng|kỳ|kế|chỉ|dự|mục|nghị|tháng|quý|đầu|cuối|trước|KH|NQ|giai|bình|mức|"
    r"lần|đợt|học\s+kỳ|nhiệm\s+kỳ|thời|quy|tiêu\s+chuẩn|yêu\s+cầu)(?!\w))(?=[^\W\d_])",
    re.IGNORECASE,
)
# Right before a number: a plan it is compared with ("4.350 trẻ so với chỉ tiêu 4.200 trẻ, đạt 98,5%
# số trẻ trong độ tuổi"): the plan is no count of a share after it, what was achieved before it is.
_PLAN_NAME = r"(?:kế\s+hoạch|KH|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)"  # a plan's name
PLAN_COMPARED_BEFORE = re.compile(
    rf"(?<!\w)so\s+với\s+{_PLAN_NAME}(?:\s+(?:được\s+)?giao)?(?:\s*(?:là|:))?\s*$", re.IGNORECASE
)
# The earlier level's unit, then the bracket closes; the level may bring its own part first
# ("(tháng 01 năm 2019 là 9.383 lao động trong đó có 2.501 lao động nữ)").
BRACKET_CLOSES = re.compile(r"[^\d();]{0,20}(?:[,;]?\s*trong\s+(?:đó|số\s+đó)[^();%]{0,40})?\)", re.IGNORECASE)
# A level above another, in a part's label ("trên chuẩn", "trên đại học"; not "trên địa bàn").
ABOVE_WORD = re.compile(r"(?<!\w)trên(?!\w)(?!\s+(?:địa\s+bàn|tổng\s+số|cơ\s+sở))", re.IGNORECASE)
AND_ABOVE = re.compile(r"(?<!\w)trở\s+lên(?!\w)", re.IGNORECASE)  # "hoàn thành tốt nhiệm vụ trở lên"
YEAR_IN_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # the year of a figure's period ("2015-2016", "2019-H1")
CLAUSE_END_CUT = re.compile(r"[;.(]")  # where a part's own words end, looking for "trở lên" after it
# Right after a percentage: a class and above or below ("40% trở lên"), no component's share.
SHARE_AND_BEYOND = re.compile(r"\s*%?\s*trở\s+(?:lên|xuống)(?!\w)", re.IGNORECASE)
RESTRUCTURING_BEFORE = re.compile(r"(?<!\w)tái\s+$", re.IGNORECASE)  # "tái cơ cấu ngành": restructuring
RESTRUCTURING_AFTER = re.compile(r"\s+lại(?!\w)", re.IGNORECASE)  # "cơ cấu lại nền kinh tế"
# Among the pairs of shares that would imply one whole: a time, a place or a body that may each
# have a whole of its own ("đầu năm … đến cuối năm", "xã Tân Lập 38 hộ …; xã Hòa Bình …", "Ban
# Chấp hành … Ban Thường vụ …").
_ADMIN_PLACES = r"xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh"  # places with a whole of their own
_PARTY_UNITS = r"chi\s+bộ|đảng\s+bộ"  # Party organisations with a whole of their own
_EARLIER_TIMES = r"đầu\s+năm|cuối\s+năm|năm\s+trước|cùng\s+kỳ"  # times with a whole of their own
OTHER_WHOLES_BETWEEN = re.compile(
    rf"(?<![\d.,/])(?:19|20)\d{{2}}(?![\d.,]\d)|(?<!\w)(?:{_EARLIER_TIMES}|đến\s+nay|hiện\s+nay|{_ADMIN_PLACES}|"
    rf"Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Ủy\s+ban|{_PARTY_UNITS})(?!\w)",
    re.IGNORECASE,
)
# Between the shares of the classes of one scale: a unit, a place or a time that has a whole of its
# own ("Chi bộ A có 12 … (30%), chi bộ B có 18 …", "khối xã, thị trấn 120 …", "năm nay có …"), unless
# it is the noun a count is of ("25 chi bộ …, 95 chi bộ …": group counted).
OTHER_UNIT_BETWEEN = re.compile(
    rf"(?P<counted>\d\s*)?(?<!\w)(?:{_PARTY_UNITS}|khối|{_ADMIN_PLACES}|cơ\s+quan|đơn\s+vị|trường|"
    rf"{_EARLIER_TIMES}|năm\s+nay|năm\s+ngoái|kỳ\s+trước)(?!\w)",
    re.IGNORECASE,
)
# A part of an item, to the item's end: "trong đó cấp ủy viên 4 đồng chí (26,7% số cấp ủy viên)".
SUB_PART_STRETCH = re.compile(r"(?<!\w)trong\s+(?:đó|số\s+đó)(?!\w)[^;\n]*", re.IGNORECASE)
# Where a new clause opens between two shares, the last one (search): "; …", "trong đó …".
NEW_CLAUSE_IN_GAP = re.compile(
    r"(?:;|(?<!\w)trong\s+đó(?!\w))(?!.*(?:;|(?<!\w)trong\s+đó(?!\w)))", re.IGNORECASE | re.DOTALL
)
GROUP_APART = re.compile(r"(?<!\w)(?:đối\s+với|riêng)(?!\w)", re.IGNORECASE)  # "; đối với đảng viên hưu trí, …"
# An attribute that makes a group within the one counted: "đảng viên nữ", "đoàn viên dân tộc thiểu số".
GROUP_ATTRIBUTE = re.compile(
    r"(?<!\w)(?:nữ|dân\s+tộc|tôn\s+giáo|có\s+đạo|theo\s+đạo|dự\s+bị|hưu\s+trí|trẻ|khuyết\s+tật)(?!\w)", re.IGNORECASE
)
# What may stand between the shares of a scale's classes once the class names are taken out
# (fullmatch): punctuation, list marks and the words that link a class to its count ("; loại …",
# ", được xếp loại …: ", " và ").
CLASS_GAP_WORDS = re.compile(
    r"(?:[\s,;:.()%\-–+•*]|(?<!\w)(?:và|có|là|được|đạt|xếp|loại|chiếm|tỷ|tỉ|lệ|với|bằng|hình|thức|dưới|số|"
    r"mức|cuối|cùng|còn|lại|bị|đánh|giá|kết|quả)(?!\w))*",
    re.IGNORECASE,
)
# A sentence opened by its total as the scope of what follows (fullmatch, from the sentence's
# start to the total): "Trong ", "Trong tổng số ", "Trong số ".
SCOPE_OPENS = re.compile(r"\s*trong\s+(?:tổng\s+)?(?:số\s+)?", re.IGNORECASE)
# Right before a count said to be all of its kind: "toàn bộ 234 chi bộ", "tất cả 15 xã".
ALL_OF_BEFORE = re.compile(r"(?<!\w)(?:toàn\s+bộ|tất\s+cả|toàn\s+thể)\s+$", re.IGNORECASE)
# A scope of everything that follows, opening a clause: "Trong tổng số người lao động nộp hồ sơ".
WHOLE_SCOPE = re.compile(r"\s*(?:[-–+•]\s*)?trong\s+tổng\s+số\s+(?!\d)", re.IGNORECASE)
# The end of the words before a share that say only "share": ", đạt tỷ lệ ", " đạt ", " bằng ".
BARE_SHARE_TAIL = re.compile(r",?\s*(?:đạt|bằng|chiếm)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.IGNORECASE)
# A rate of some other thing named before a share: "tỷ lệ đảng viên tham dự", "mức độ hài lòng".
RATE_NAMED = re.compile(r"(?<!\w)(?:tỷ\s+lệ|tỉ\s+lệ|mức\s+độ|số\s+lượng|số)(?!\w)", re.IGNORECASE)
# A rate named with its words, before a share (search): "tỷ lệ phòng học kiên cố đạt" → "phòng học kiên
# cố đạt" (its noun is then the tagger's: a verb, "tỷ lệ giải quyết đạt", names none); not the words a
# share's value may follow ("tỷ lệ đạt", "tỷ lệ trên 81,6%", "tỷ lệ là").
RATE_THEN_WORDS = re.compile(
    rf"(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?:số\s+)?"
    rf"(?!(?:đạt|là|hơn|trên|dưới|gần|khoảng|xấp|bằng|chung|bình|tương|khá|cao|thấp|chiếm)(?!\w))"
    rf"(?P<words>{_LETTER}[^\d%;()]{{0,40}})",
    re.IGNORECASE,
)
# Between a class's share and the next class's count in one list (fullmatch): "%; ", "%, và ",
# "%. Có ", "%), ".
NEXT_CLASS_GAP = re.compile(r"\s*%?\s*\)?\s*[,;.]\s*(?:và\s+)?(?:có\s+)?", re.IGNORECASE)
# Right before a percentage of a plan, words that make it how far from the plan, not how much of
# it: "vượt 14,5% dự toán", "còn thiếu 20% so với kế hoạch".
EXCESS_BEFORE = re.compile(
    r"(?<!\w)(?:vượt|thiếu|hụt)(?:\s+(?:mức|so\s+với))?(?:\s+(?:khoảng|hơn|gần|trên|xấp\s+xỉ))?\s*$", re.IGNORECASE
)
# Before an amount over a smaller one, in its clause (search): an achievement or budget revenue,
# done against a plan ("thu ngân sách trên địa bàn đạt 36 tỷ đồng/33 tỷ đồng", "Thu tiền sử dụng
# đất 45,8 tỷ đồng/40 tỷ đồng"), not an amount recovered of one owed ("án hình sự … thu hơn 6,4
# tỷ đồng/32 tỷ đồng").
PLANNED_AMOUNT_LEAD = re.compile(
    r"(?<!\w)(?:đạt|ngân\s+sách|tiền\s+sử\s+dụng\s+đất|tiền\s+thuê\s+đất|thuế|thu\s+nội\s+địa|dự\s+toán|huy\s+động|"
    r"kế\s+hoạch|chỉ\s+tiêu|giải\s+ngân|vốn\s+đầu\s+tư|kim\s+ngạch|doanh\s+thu|giá\s+trị\s+sản\s+xuất)(?!\w)",
    re.IGNORECASE,
)
# Before an amount over a smaller one (search), or after the pair (match): it was recovered of
# what was owed, a subset ("truy thu tiền sử dụng đất 3,2 tỷ đồng/2,8 tỷ đồng phải nộp", "thu
# nộp ngân sách nhà nước", "thi hành xong").
RECOVERED_WORDS = re.compile(
    r"(?<!\w)(?:thu\s+hồi|truy\s+thu|thu\s+nộp|nộp|thi\s+hành|khắc\s+phục|bồi\s+thường|hoàn\s+trả|xử\s+lý|"
    r"phải\s+thu|phải\s+nộp)(?!\w)",
    re.IGNORECASE,
)
OWED_AFTER = re.compile(
    r"[^,;.()]{0,25}?(?<!\w)(?:phải\s+(?:thu|nộp|thu\s+hồi|thi\s+hành)|có\s+điều\s+kiện\s+thi\s+hành|nợ)(?!\w)",
    re.IGNORECASE,
)
# After a pair over a slash, in its clause, words that make the second a plan or an earlier level
# (match): "… kế hoạch", ", vượt …", ", tăng 11,4%", ", đạt 125%".
OVER_PLAN_AFTER = re.compile(
    r"[^.;]{0,60}?(?:(?<!\w)(?:vượt|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|KH|tăng|so\s+với)(?!\w)"
    r"|(?<!\w)đạt\s+(?:[1-9]\d{2,})(?:,\d+)?\s*%)",
    re.IGNORECASE,
)
# A scope opened before a count in its clause ("trong số hộ nghèo có 120 hộ", "Riêng các xã vùng
# cao …"): the count's share is of that scope.
SCOPED_BEFORE = re.compile(r"(?<!\w)(?:riêng|trong\s+số|trong\s+tổng\s+số|trong\s+đó)(?!\w)[^;.]*$", re.IGNORECASE)
# A level's own change right after it: its unit, a comma or bracket, the change word ("36.123
# ha, giảm 228 ha"), not another subject's ("33.170 con, riêng bò sữa giảm 760 con").
LEVEL_THEN_CHANGE = re.compile(level_then("tăng", "giảm", r"tăng\s+thêm"), re.IGNORECASE)
CHANGE_TAIL = re.compile(r"[^;.()]{0,80}")  # the rest of a change's clause: what it is measured against
REFERENCE_WORDS = re.compile(r"(?<!\w)(?:so\s+với|so|vượt)(?!\w)[^,;]*", re.IGNORECASE)  # "so với năm 2022"
PLAN_REFERENCE = re.compile(r"kế\s+hoạch|\bkh\b|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết", re.IGNORECASE)
# Around a list of named items, words that it names only some of them: after it ("… có nhiều
# sản phẩm nhất", "cùng 3 sản phẩm của các huyện khác") or before it ("tập trung ở", "như").
SOME_ITEMS = re.compile(r"(?<!\w)(?:nhất|khác|còn\s+lại|cùng\s+\d)(?!\w)", re.IGNORECASE)
SOME_ITEMS_LEAD = re.compile(
    r"(?<!\w)(?:tập\s+trung|chủ\s+yếu|như|điển\s+hình|nhiều\s+nhất|một\s+số)(?!\w)[^;.]*$", re.IGNORECASE
)
PART_CUE_BEFORE = re.compile(r"(?<!\w)(?:trong\s+đó|trong\s+số\s+đó)(?!\w)[^;.\d]*$", re.IGNORECASE)  # a part's lead
YEAR_WRITTEN = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")  # "năm 2022", "2016-2020": a time's own year
# Named items with their counts in brackets (extractor/find/bracketed_items.py): "huyện Châu
# Thành (6 sản phẩm)": a bracket holding only a count and its noun …
ITEM_BRACKET = re.compile(r"\(\s*(?P<num>\d[\d.,]*)\s*(?P<noun>(?:[^\W\d_]+\s*){0,4})\)")
NAME_BEFORE_BRACKET = re.compile(r"[^\W\d_]\s*$")  # … right after a name
# … the next item after ",", ";" or "và" and its name …
ITEM_GAP = re.compile(r"[^\d()]{0,40}\)\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)[^\d();.]{1,80}\(\s*", re.IGNORECASE)
# … and a list cue between the total and the first item.
ITEMS_CUE = re.compile(r"(?<!\w)(?:gồm|trong\s+đó|cụ\s+thể)(?!\w)|:", re.IGNORECASE)
LABEL_PIECES = re.compile(r"[;:,]")  # a label's pieces: its name is the last that holds words
# The end of a structure component's name: the share words before its percentage ("ngành Dịch
# vụ chiếm tỷ trọng", "Thương mại:"), dropped to leave the name.
STRUCTURE_LABEL_TAIL = re.compile(
    r"(?:(?:chiếm\s+)?(?:tỷ|tỉ)\s+(?:trọng|lệ)|chiếm|:)\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*$", re.IGNORECASE
)
COMPARED_AFTER = re.compile(r"\s*%?\s*(?:so\s+với|so\s+cùng\s+kỳ)(?!\w)", re.IGNORECASE)  # "bằng 125% so với …"
WHOLE_CUE = re.compile(r"[Tt]rong\s+(?:tổng\s+)?số(?!\w)")  # "trong (tổng) số" naming a share's whole
# What events are counted in (held against a plan, not out of a whole): "buổi", "hội nghị", "lớp", "đợt".
EVENT_NOUN = re.compile(r"\s*(?:buổi|hội\s+nghị|lớp|đợt|cuộc|phiên|kỳ|chuyến|điểm)(?!\w)", re.IGNORECASE)
PERCENT_RIGHT_BEFORE = re.compile(r"%\s*$")  # a percentage right before a cue ("chiếm 87,45% trong tổng số")
# Between a share and the count it is, written after it in a bracket: "9,7% (295 HS)" (fullmatch).
SHARE_THEN_BRACKET = re.compile(r"\s*%?\s*\(\s*")
# … or after "tương đương", in a bracket or after a comma: "chiếm 20%, tương đương 1.200 hộ", "đạt 55%
# (tương đương 969.360 người)" (fullmatch).
# Between a share and the count it is equivalent to (fullmatch): ", tương đương ", " (tương đương
# ", " tương đương với " ("tỷ lệ đại biểu nữ là 41% tương đương với 66 đại biểu").
SHARE_THEN_EQUIVALENT = re.compile(r"\s*%?\s*(?P<open>\(|,)?\s*(?:tương\s+đương|tức\s+là)\s+(?:với\s+)?", re.IGNORECASE)
# Between a change and the bare rate after it in a bracket (fullmatch): its noun, then "(" and
# at most a sign: "26.801 trẻ (2,9" of "tăng 26.801 trẻ (2,9%)", "400 vụ (-18,74".
BARE_RATE_BRACKET = re.compile(r"(?:\s+[^\W\d_][^\s\d(),;.]*){0,3}\s*\(\s*[-+]?\s*")
# A change word a few words before a share ("giảm được 12,5% (150 hộ)", "tăng thêm 3% (…)"): a rate.
CHANGE_WORD_NEAR = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+[^\W\d_]+){0,2}\s*$", re.IGNORECASE)
# After that count: its noun, then the bracket's end, and nothing else ("295 HS)", "186 đảng viên)").
COUNT_CLOSES_BRACKET = re.compile(r"(?:\s+[^\W\d_][^\s\d,;:.()/%]*){0,4}\s*\)")
COUNT_NOUN_END = re.compile(r"[),;.]")  # where the noun after a share's count ends
COUNT_ENDS_CLAUSE = re.compile(r"(?:\s+[^\W\d_][^\s\d,;:.()/%]*){0,4}\s*(?:[,;.)]|$)")  # "1.200 hộ." / "1.200 hộ,"
SLASH_ONLY = re.compile(r"\s*/\s*")  # between the two numbers of a pair over a slash (fullmatch)
# Words of an earlier period in a sentence: its figures are not this period's flow ("thu hồi được
# 9,1 tỷ đồng theo các kết luận thanh tra từ những năm trước", "kỳ trước chuyển sang").
EARLIER_PERIOD = re.compile(r"\b(?:năm\s+trước|kỳ\s+trước|tồn\s+đọng|chuyển\s+sang)\b", re.IGNORECASE)
# After a count: it was carried over from an earlier period ("35 đơn tồn từ năm trước chuyển sang",
# "35 đơn tồn đọng từ các năm trước", "35 đơn của kỳ trước chuyển qua").
_CARRIED = r"(?<!\w)(?:(?:từ|của)\s+(?:các\s+)?(?:năm|kỳ)\s+trước|chuyển\s+(?:sang|qua))(?!\w)"
CARRIED_OVER_AFTER = re.compile(rf"[^,;.]{{0,30}}?{_CARRIED}", re.IGNORECASE)
# Right before a level (search, to it): its own year, as a label ("năm 2022 là 268 đơn", "năm 2022:
# 13.672 tỷ đồng", "(năm 2022: 268)").
YEAR_LABEL_BEFORE = re.compile(r"(?<!\w)năm\s+(?:19|20)\d\d\s*(?:là|:|đạt|có)?\s*$", re.IGNORECASE)
# Right before a level (search, to it): the same time of an earlier year, as a label ("(cùng kỳ 152
# vụ)", "cùng kỳ năm trước là 152"): the earlier level of a change.
SAME_TIME_LABEL_BEFORE = re.compile(
    r"(?<!\w)cùng\s+kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?\s*(?:là|:|đạt|có)?\s*$", re.IGNORECASE
)
CARRIED_OVER = re.compile(_CARRIED, re.IGNORECASE)  # anywhere before: some counts were carried over
# Right before a number (search, to it): a new intake ("thụ lý mới 120 vụ", "tiếp nhận mới", "phát sinh
# mới", "mới phát sinh"): some were carried over, so it is no whole of what was then handled.
NEW_INTAKE_BEFORE = re.compile(
    r"(?<!\w)(?:mới(?:\s+(?:phát\s+sinh|thụ\s+lý|tiếp\s+nhận))?|phát\s+sinh)\s*(?:là|:)?\s*$", re.IGNORECASE
)
# a later count said to hold some carried over from an earlier period ("đã kết thúc 52 cuộc, trong
# đó có 10 cuộc từ năm 2022 chuyển sang"), not carried forward ("còn 5 đơn chuyển sang kỳ sau")
CARRIED_INTO = re.compile(
    rf"{_CARRIED}(?!\s+(?:kỳ|năm|quý|tháng|giai\s+đoạn)\s+(?:sau|tới))"
    r"|(?<!\w)tồn(?:\s+đọng)?(?!\w)|(?<!\w)(?:thuộc\s+)?kế\s+hoạch\s+năm\s+(?:19|20)\d\d|(?<!\w)từ\s+năm\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
# After a sentence's opening word: a body of its own ("Hiện Thanh tra các sở, ngành …", a capital
# after the opener), what is left ("Hiện còn 7 cuộc") or another year ("; năm 2023 có 180 …"): the
# sentence or clause does not go on with the flow.
OWN_BODY_OR_LEFT = re.compile(rf",?\s*(?:[{VIET_CAPITALS}]|(?:còn|chưa|vẫn)(?!\w)|năm\s+(?:19|20)\d\d)")
LEFT_OVER_WORDS = re.compile(r"(?<!\w)(?:còn\s+lại|hiện\s+còn)(?!\w)", re.IGNORECASE)  # what is left, said so
CON_WORD = re.compile(r"(?<!\w)còn(?!\w)", re.IGNORECASE)  # "còn" anywhere
# "còn " right before a number, or before the first of its pair ("còn 1 vụ/5 bị can")
BARE_CON_BEFORE = re.compile(
    r"(?<!\w)(?<!vẫn\s)còn\s*(?:[\d.,]+[ \t]*[^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]*/[ \t]*)?$", re.IGNORECASE
)
BESIDES_BEFORE = re.compile(r"(?<!\w)ngoài\s+ra(?!\w)", re.IGNORECASE)  # "ngoài ra, còn 40 đơn …"
# A clause that opens a statement of its own after a list: "…, có 20 đồng chí …", "…, đang giải
# quyết 26 tin" (not "…, 1 đơn vị bầu cử …", a further part).
NEW_STATEMENT = re.compile(r"[,;]\s*(?:có|còn|đã|đang|chưa|trong\s+đó)\b", re.IGNORECASE)
# A noun abbreviated in capitals right after a number: "198 CBCNV", "45 ĐVTN" (a vocabulary
# word such as HTXSNV or TCCSĐ is read as such first).
OWN_ABBREVIATION = re.compile(r"[ \u00a0]+(?P<abbr>[A-ZĐ][A-ZĐ0-9]{1,9})(?![\w-])")
# A count labelled as the total of a noun written before it, with nothing else between: "Tổng số
# GV 22:", "Tổng số cán bộ, giáo viên, nhân viên 30:", "Tổng số CBGVNV: 17" (the noun, group noun).
# Not a verb or link word (the noun is unsaid: "Tổng số là 45", "Tổng số tăng 12"), and one after
# the noun is left out ("Tổng số hồ sơ tiếp nhận là 1.245", "đưa tổng số cơ sở … lên 1.450").
_TOTAL_LINK = r"(?:là|gồm|có|lên|đạt|bằng|được|với|tăng|giảm|đã|đang|chưa|còn)(?!\w)"
TOTAL_OF_NOUN_BEFORE = re.compile(
    rf"(?<!{_LETTER})tổng\s+số\s+(?!{_TOTAL_LINK})(?P<noun>{_LETTER}+(?:[ ,/&-]+{_LETTER}+){{0,6}}?)"
    rf"(?:\s+{_TOTAL_LINK})?\s*:?\s*$",
    re.IGNORECASE,
)
# Between a general action and its form written right after it ("bị kỷ luật cảnh cáo", "kỷ luật
# bằng hình thức khiển trách"): the form is the figure's category.
FORM_AFTER_ACTION = re.compile(r"\s*(?:bằng\s+)?(?:hình\s+thức\s*)?:?\s*", re.IGNORECASE)
# After a form of discipline named by a "hình thức" cue, its count or a colon: the cue opens a
# list ("với hình thức khiển trách 9, …", "hình thức cảnh cáo: 4"), not a part's label.
FORM_COUNTED = re.compile(r"\s*(?::|\(?\d|(?:là|có|đối\s+với|với)\s+\d)")
# The part's own places or persons after "tại" too: "89 cuộc thanh tra, kiểm tra hành chính tại 146
# đơn vị và 448 cuộc … đối với 1.602 cá nhân" (the units inspected, no inspections).
PART_WITH_GAP = re.compile(
    rf"(?:\s*,?\s+{_LETTER}+){{1,8}}\s*,?\s+(?:(?<!tương đương )(?<!tương ứng )với|tại)\s+{_BOUND}",
    re.IGNORECASE,
)
# A list's first label that opens with the body that acted ("UBKT Đảng ủy Khối cảnh cáo", "Ban
# Thường vụ Huyện ủy kỷ luật"): the parts count what that body did, some of the total only. Not a
# committee's members ("đảng ủy viên") nor a unit counted ("chi bộ").
AGENT_LEAD = re.compile(
    r"(?:UBKT|(?:ủy|uỷ)\s+ban\s+kiểm\s+tra|ban\s+thường\s+vụ|BTV"
    r"|(?:cấp|đảng|huyện|tỉnh|thành|quận|thị)\s+(?:ủy|uỷ))(?!\s+viên)(?!\w)",
    re.IGNORECASE,
)
# A sentence that opens with its unit and states its number after "là", "có" or a colon, no other
# number between: "Đảng viên là người theo đạo là 1228 (chiếm 1,3%)" (figures._sentence_subject).
# (not before its own breakdown in brackets, whose parts may be labelled by other units: "Số chi bộ …
# là 3114 (trong đó …; Doanh nghiệp 225, … cơ quan hành chính 363, …)")
# ... nor a number whose unit is in the bracket after it ("là 2.000 (ha)"): only a share may follow there
NOTHING_COUNTED_AFTER = re.compile(
    r"\s*(?:[,;.]|$|\(\s*(?:(?:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ|tăng|giảm)(?!\w)|\d[\d.,]*\s*%\s*\)))", re.IGNORECASE
)
# (after a time that opens the sentence and "Tổng số", "Số lượng": "Trong năm, đảng viên mới kết nạp là
# 85", "Số lượng đảng viên nữ là 214")
SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:trong\s+năm|năm\s+(?:19|20)\d\d|đến\s+nay|hiện\s+nay)\s*,?\s+)?"
    r"(?:(?:tổng\s+)?số(?:\s+lượng)?\s+)?",
    re.IGNORECASE,
)
# (not an age, an average or an extreme of the unit: "Đảng viên có tuổi cao nhất là 60")
STATED_AFTER_SUBJECT = re.compile(
    r"(?![^\d;.()]*(?:tuổi\s+(?:đời|cao\s+nhất|thấp\s+nhất|bình\s+quân)|có\s+tuổi|bình\s+quân|trung\s+bình|cao\s+nhất"
    r"|thấp\s+nhất|nhiều\s+nhất|ít\s+nhất|hệ\s+số|diện\s+tích|số\s+tiền|mức|thời\s+gian))"
    r"(?:[^\d;.()]{0,60}?\s(?:là|có)\s*:?\s*|[^\d;.()]{0,60}?:\s*)",
    re.IGNORECASE,
)
# A few words and no number between a sentence's opening unit and its number (fullmatch): "nữ " in
# "Đảng viên nữ 1.019, chiếm 36,75%" (not an age, an average, an extreme or a time before it).
WORDS_BEFORE_NUMBER = re.compile(
    r"(?![^\d;.()]*(?:tuổi|bình\s+quân|trung\s+bình|cao\s+nhất|thấp\s+nhất|năm|tháng|quý))(?:\s+[^\W\d_]+){0,3}\s*",
    re.IGNORECASE,
)
# A share stated right after a number (match): ", chiếm 36,75%", " (chiếm …", " (29,23%)".
SHARE_STATED_AFTER = re.compile(
    r"\s*(?:,\s*(?:chiếm|bằng|đạt)(?!\w)|\(\s*(?:chiếm|bằng|đạt|tỷ\s+lệ|tỉ\s+lệ)?\s*\d[\d.,]*\s*%)", re.IGNORECASE
)
# Words before a breakdown cue that name the list, not what it breaks down ("Mức cấp cụ thể như
# sau: …", "Kết quả cụ thể:", "Số liệu chi tiết như sau:"): the cue opens its sentence all the same.
# Not "Kết quả …" (outcomes, some of the things done, not their breakdown), not "Mức độ" (a level),
# not words that narrow the list ("Mức cấp khối xã", "Số liệu năm nay").
_NARROWING = r"(?:khối|xã|phường|huyện|quận|tỉnh|thành|năm|nay|quý|tháng|đợt|kỳ|riêng|của|tại|ở|trường|ngành|độ)"
# "Kết quả …" before a cue names outcomes: read across only for classes of a partition (a rating
# scale), since the outcomes listed may be some of the things done only.
OUTCOME_LEAD = re.compile(rf"kết\s+quả(?:\s+(?!{_NARROWING}(?!\w)){_LETTER}+){{0,2}}", re.IGNORECASE)
DETAIL_LEAD = re.compile(
    rf"(?:mức|số\s+liệu|chi\s+tiết|phân\s+bổ)(?:\s+(?!{_NARROWING}(?!\w)){_LETTER}+){{0,2}}(?:\s+chi\s+tiết)?",
    re.IGNORECASE,
)
# A clause after a semicolon that states a total of its own, broken down after it: "; hộ cận
# nghèo có 14.994 hộ, …, trong đó có 3.508 …" (a sibling of the list's total, not a part of it).
SIBLING_STATEMENT = re.compile(r"\s*[^\d;,.()]{1,40}?\s(?:có|là)\s+(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?\d")
# A sentence that opens by stating a total, not a part of the list before it: "Tổng số …",
# "Tính chung …", "Lũy kế …", "nâng tổng số …".
NEW_TOTAL_LEAD = re.compile(r"\s*(?:tổng|tính\s+chung|cộng|lũy\s+kế|luỹ\s+kế|nâng|đưa)(?!\w)", re.IGNORECASE)
# Words a clause may open with whatever it counts ("Số doanh nghiệp …", "Các …", "Tỷ lệ …"):
# two sentences opening with one of them need not state parts of one list.
GENERIC_LEAD_WORD = re.compile(r"số|tổng|các|những|tỷ|tỉ|trong|đã|được|đạt|toàn|riêng|còn", re.IGNORECASE)
# A sentence that opens a statement of its own, not a further part of the list before it:
# "Ngoài ra, …", "Kế hoạch …", "Dự toán …", "Cùng kỳ …", "Năm 2022, …", or one comparing
# before its number ("So với …").
OWN_STATEMENT_LEAD = re.compile(
    r"\s*(?:ngoài\s+ra|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|cùng\s+kỳ|năm\s+(?:19|20)\d\d)(?!\w)", re.IGNORECASE
)
SO_VOI_ANYWHERE = re.compile(r"(?<!\w)so\s+với(?!\w)", re.IGNORECASE)  # (search) "so với …" anywhere
# A breakdown cue opening the sentence right after a list's ("…; Số hộ thoát cận nghèo là 5.295
# hộ. Trong đó, rơi xuống nghèo là 81 hộ"): the list's last clause may state its own total.
BREAKDOWN_NEXT = re.compile(r"[.!?]?\s*(?P<cue>Trong\s+đó)(?!\w)", re.IGNORECASE)
# A clause after a semicolon that counts what its words name, with or without a verb: "hộ cận nghèo
# có 980 hộ", "hộ cận nghèo 450 hộ".
SIBLING_LABELLED = re.compile(r"\s*[^\d;,.()]{1,40}?\s(?:(?:có|là)\s+)?(?:(?:trên|hơn|gần|khoảng)\s+)?\d")
# A level stated before its number: "là 8.481", "còn 17.691", "có 1.312", "chiếm tỷ lệ 3,22", ": 4.100".
LEVEL_BEFORE = re.compile(
    r"(?:\b(?:có|là|còn|đạt|chiếm|tỷ\s+lệ|tỉ\s+lệ|lên|xuống|tổng\s+số)|:)\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
    re.IGNORECASE,
)
# An acted-on count's noun: "85 hộ nghèo được hỗ trợ", "20 đảng viên bị kỷ luật".
ACTED_ON = re.compile(r"\b(?:được|bị|đã\s+được)\b", re.IGNORECASE)
# Where a figure's noun phrase ends: punctuation, a bracket, a verb of a new clause.
NOUN_PHRASE_END = re.compile(r"[,;.:()]|\s(?:tăng|giảm|chiếm|đạt|so\s+với)\s")
# "số"/"tổng số" before a category's name: "số hộ cận nghèo là" → "hộ cận nghèo là".
COUNT_WORD_LEAD = re.compile(r"^(?:tổng\s+)?số\s+")
# The verb after a category's name, before its number: "hộ nghèo có" → "hộ nghèo".
LEVEL_VERB_TAIL = re.compile(r"\s*(?:có|là|gồm|đạt|còn)\s*$")
# Where the words naming a share's base end: "so với tổng số hộ nghèo DTTS và chiếm …" → "hộ nghèo DTTS".
NAMED_BASE_STOP = re.compile(r"[,;.:()\d]|\s(?:và|của|năm|tăng|giảm)\s")
# "Trong số <what> gồm|là " right before a total that a sentence names before it counts it.
WITHIN_NAMED = re.compile(r"\btrong\s+(?:tổng\s+)?số\s[^.;:\d]{1,60}?\s(?:gồm|là)\s+$", re.IGNORECASE)
WITHIN_NAMED_REACH = 80
# Right before a count out of a total: "đạt và vượt 17 trong tổng số 19": achieved, no change.
ACHIEVED_AND_PASSED = re.compile(r"(?<!\w)đạt\s+và\s+vượt\s+$", re.IGNORECASE)
# A sentence's figures of one month ("Trong tháng 3/2021", "tháng 02/2023", "trong tháng này")
# and of the months to date ("lũy kế 6 tháng", "Tính chung 10 tháng", "Ước tính 3 tháng đầu năm",
# "trong 3 tháng đầu năm nay", "lũy kế đến hết quý I", "từ đầu năm đến nay"): see find/periods.py.
MONTH_SCOPE = re.compile(
    r"(?<!ngày\s\d\s)(?<!ngày\s\d\d\s)(?<![\d\w])(?:trong\s+)?tháng\s+(?:(?:0?[1-9]|1[0-2])(?:\s*[/-]\s*(?:19|20)\d\d)?(?![\d,.]\d)|này|qua)(?!\w)"
    r"|(?<!\w)trong\s+tháng(?!\s+\d|\w)",
    re.IGNORECASE,
)
TO_DATE_SCOPE = re.compile(
    r"(?<!\w)(?:lũy|luỹ)\s+kế|(?<!\w)tính\s+chung|(?<!\w)từ\s+đầu\s+năm|(?<![\d\w])(?:0?[2-9]|1[0-2])\s+tháng\s+đầu\s+năm"
    r"|(?<!\w)(?:ước\s+tính|ước|trong)\s+(?:0?[2-9]|1[0-2])\s+tháng(?!\w)",
    re.IGNORECASE,
)
# A quarter's scope, within the months to date as a month is: "Trong quý III", "quí 2/2023" (not
# "lũy kế đến hết quý I", "lũy kế quý I", the months to date; not "từ quý II … đến nay", "kế hoạch
# quý III", "dự kiến quý IV").
QUARTER_SCOPE = re.compile(
    r"(?<!hết\s)(?<!đến\s)(?<!kế\s)(?<!cuối\s)(?<!từ\s)(?<!hoạch\s)(?<!kiến\s)(?<!\w)"
    r"qu[ýí]\s+(?:I{1,3}|IV|[1-4])(?:\s*/\s*(?:19|20)\d\d)?(?!\w)",
    re.IGNORECASE,
)
# A plan or a forecast before a figure in its sentence: no level of the period ("Quý IV dự kiến thu
# 3.200 tỷ đồng", "Kế hoạch vốn quý III là 560 tỷ đồng").
_PLAN_NOT_A_BODY = r"(?<!bộ\s)(?<!sở\s)(?<!phòng\s)(?<!ban\s)(?<!vụ\s)"  # not "Bộ Kế hoạch và Đầu tư"
PLANNED_BEFORE = re.compile(
    rf"(?<!\w)(?:dự\s+kiến|{_PLAN_NOT_A_BODY}kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|phấn\s+đấu|mục\s+tiêu)(?!\w)",
    re.IGNORECASE,
)
# An aim, not a result: "phấn đấu đạt", "đặt mục tiêu" ("Năm 2024 … đạt 63,146 triệu m³. Cụ thể, công
# ty phấn đấu đạt … 64,5 triệu m³": next year's aim, no part of this year's result). Not "dự kiến"
# (a plan's parts are foreseen: "dự kiến bố trí 4,322 tỷ đồng"), nor "mục tiêu" alone ("Chương trình
# mục tiêu quốc gia").
AIMED = re.compile(r"(?<!\w)(?:phấn\s+đấu|đặt\s+(?:ra\s+)?mục\s+tiêu)(?!\w)", re.IGNORECASE)
# What was added in the period ("Có thêm 11 xã … đạt chuẩn", "công nhận thêm 39 sản phẩm"), part of
# the standing count stated after it; not "tăng thêm" (a change), nor "thêm" after a figure.
ADDED_SCOPE = re.compile(r"(?<!tăng\s)(?<!\w)thêm(?=\s+(?:được\s+)?\d)", re.IGNORECASE)
# Before "thêm": a target or a need, nothing added yet ("phấn đấu có thêm 30 xã", "cần tuyển thêm").
NOT_ADDED_YET = re.compile(
    rf"(?<!\w)(?:phấn\s+đấu|cần|dự\s+kiến|sẽ|mục\s+tiêu|{_PLAN_NOT_A_BODY}kế\s+hoạch|chỉ\s+tiêu|đề\s+ra|phải|thiếu|tuyển)"
    r"(?!\w)[^.;]{0,30}$",
    re.IGNORECASE,
)
# Before a standing count in its sentence: work in progress, not what stands ("Hiện nay đang xử lý 1.154").
IN_PROGRESS = re.compile(r"(?<!\w)đang(?!\w)", re.IGNORECASE)
# A sentence that states the standing count ("Hiện Thanh Hóa có 330 xã …", "Tính đến nay, Thành
# phố có 66 sản phẩm"), matched at the sentence's start; "nâng tổng số … lên" anywhere.
STANDING_SCOPE = re.compile(
    r"[\s\-–+•]*(?:như\s+vậy,?\s+)?(?:hiện\s+nay|hiện|đến\s+nay|tính\s+đến\s+nay|tính\s+đến\s+thời\s+điểm\s+(?:này|hiện\s+tại))(?!\w)"
    r"(?!\s+(?:còn|vẫn\s+còn|chưa)(?!\w))",
    re.IGNORECASE,
)
RAISED_TOTAL_SCOPE = re.compile(r"(?<!\w)(?:nâng|đưa)\s+tổng\s+số(?!\w)", re.IGNORECASE)
# The words after a figure to the next number, comma, clause end or bracket ("xã đạt chuẩn NTM nâng
# cao" in "30 xã đạt chuẩn NTM nâng cao, 2 xã …"): what it counts, qualified.
QUALIFIER_AFTER = re.compile(r"[^\d,;.()\n]*")
# A place named with its kind and its name in capitals ("tỉnh Hà Nam", "huyện Lý Nhân", "TP Huế"):
# the place a standing count is of.
NAMED_PLACE = re.compile(
    rf"(?<!\w)(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|TP\.?|xã|phường|thị\s+trấn)\s+"
    rf"(?P<name>[{VIET_CAPITALS}]\w*(?:\s+[{VIET_CAPITALS}]\w*){{0,3}})",
)
FUNCTION_WORDS = frozenset({"được", "có", "là", "đã", "các", "những", "và", "của", "với", "trên", "toàn", "bị"})
# What a standing count says is not yet so: "… 20 xã chưa đạt chuẩn", "còn 5 xã": no standing total.
NOT_YET_AFTER = re.compile(r"[^,;.]{0,40}?(?<!\w)(?:chưa|còn|không)(?!\w)", re.IGNORECASE)
# The mark that opens a list item: "- ", "+ ", "a) ", "1. ".
ITEM_MARK = re.compile(r"^\s*(?:[-+•–]|[a-zđ]\)|\d{1,2}[.)])\s*")
# A paragraph that ends by opening a breakdown as a list of items: "…, trong đó:", "Trong đó:",
# "gồm:", "trong đó có:", and "cụ thể:" after the paragraph's own total (group `specific`; not
# "cụ thể như sau:", which may list anything about the paragraph: criteria met, grades).
CUE_BEFORE_ITEMS = re.compile(
    r"(?:^|[\s,;.])(?:trong\s+đó(?:\s+có)?|(?:bao\s+)?gồm(?:\s+có)?|chia\s+ra|(?P<specific>cụ\s+thể))\s*:\s*$",
    re.IGNORECASE,
)
# A negation before a figure: "chưa giải quyết 10 đơn", "không đạt 2 xã".
NEGATION = re.compile(r"\b(?:chưa|không|còn\s+tồn|tồn)\b", re.IGNORECASE)
# The first piece of a table's body row or of a list item: its number or a dash ("I", "1",
# "2.", "3. Đồng chí …", "- Đảng viên").
TABLE_ROW_MARK = re.compile(r"(?:[IVX]{1,5}|\d{1,3})(?:[.)]?$|[.)]\s)|[-+•–](?:\s|$)")
LIST_START = re.compile(r"(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)-]\s|[-+•]\s")  # "3. ", "a) ", "II- ", "- "
NUMBER_BEFORE = re.compile(r"\d\s*$")  # a word right after a number is its unit ("12 km")
LINE_ENDS_SENTENCE = re.compile(r"[.;:!?…)”\"]\s*$")  # a line that ends a sentence or a list item
# A page number alone at the end of a PDFium text line, after a wide gap: "9", "12", "3/11".
PAGE_NUMBER_TAIL = re.compile(r"\d{1,4}(?:/\d{1,4})?\s*")
# A unit of length or area right before a raised digit: an exponent ("4.200 m²"), not a marker.
# Not the end of a word: a letter before it, or a Latin-1 symbol (a TCVN3 letter still
# undecoded: "n¨m¹" is "năm¹").
UNIT_BEFORE_EXPONENT = re.compile(r"(?<![^\W\d_])(?<![\xa1-\xff])(?:m|km|cm|dm|mm)$")
# A footnote's number in its own type at the start of its first line, then a space: "1 Năm
# 2020 …", "2. Kết quả …" (PDF producers that do not raise or shrink the marker).
NOTE_NUMBER = re.compile(r"(\d{1,3})[.)]?\s+(?=\S)")
DIGIT_RUN = re.compile(r"\d+")
# Between a count and the total it is out of: "662 trong tổng số 686", "1.725 chi bộ trên tổng số 4.130",
# "3 đồng chí trong số 5" (the words of the part's noun phrase may stand before "trong": "924 đại biểu
# HĐND cấp xã trong tổng số 1.556"; before a bracketed one, its commas too: "16 giải pháp … thuộc lĩnh
# vực cơ khí, xây dựng (trên tổng số 24 …"; a bracket of the part's own first: "33 đảng viên (gồm 29 …,
# 4 …) trên tổng số 34"), and a bare number right before "trong": "3 trong 12 xã", "1 trong 10 tập thể".
OUT_OF = re.compile(
    rf"(?:(?:\s+{_LETTER}+){{0,8}}(?:\s*\([^()\d]{{0,20}}\d[^()]{{0,100}}\))?\s+(?:trong|trên)\s+(?:tổng\s+)?số"
    rf"|(?:,?\s+{_LETTER}+){{0,20}}\s*\(\s*(?:trong|trên)\s+(?:tổng\s+)?số"
    rf"|\s+trong)\s+",
    re.IGNORECASE,
)
# Between a total and the share right after it: its noun, a comma or bracket and a share word
# ("55 CBCNV, chiếm tỷ lệ 25%", "120 hộ (đạt 45%").
SHARE_RIGHT_AFTER = re.compile(
    r"(?:\s+[^\W\d_][^\s\d,;.()]*){0,4}\s*[,(]?\s*(?:chiếm|bằng|đạt|là)?\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*(?:khoảng\s+)?",
    re.IGNORECASE,
)
# Occasions and spans after a count (no whole that a count is out of): "12 buổi", "5 đợt", "6 tháng".
EPISODE_AFTER = re.compile(r"\s*(?:buổi|đợt|kỳ|phiên|lần|quý|tháng|năm|ngày|tuần|giờ)(?!\w)", re.IGNORECASE)
# In a bracket of parts, what the parts hold, after "với": "(6 đảng bộ và 1 chi bộ cơ sở với số đảng
# viên là 397 đồng chí)": the 397 members are no part of the 7 organisations.
WITH_ATTRIBUTE = re.compile(r"\s(?:với|cùng\s+với)\s", re.IGNORECASE)
# The nouns a count names one after another ("393 tố giác, tin báo về tội phạm"): where the
# list ends, and what parts it.
NOUN_LIST_END = re.compile(r"[;.:()\d]")
NOUN_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:và|hoặc)\s+")
# A bracket that opens with the whole its count is out of: "(trong tổng số 52 cán bộ …)".
TOTAL_OPENS_BRACKET = re.compile(r"\(\s*(?:trong|trên)\s+(?:tổng\s+)?số\s", re.IGNORECASE)
# Between two amounts of money written one over the other: "6,4 tỷ đồng/32 tỷ đồng" (the
# first amount's number ends the match's start; its unit, then the slash).
MONEY_OVER = re.compile(rf"(?:\s+{_LETTER}+){{1,3}}\s?/\s?", re.IGNORECASE)
# A unit of measure right after a number, that no vocabulary of what reports count knows ("640
# tấn ngô", "12 km đường"): the number's own noun, never the unit of a count before it.
MEASURE_WORD_AFTER = re.compile(
    r"\s*(?P<word>tấn|tạ|kg|km|m3|m³|lít|triệu\s+lít|MW|kWh|GWh|USD|con\s+(?:gia\s+súc|gia\s+cầm|trâu|bò|lợn|heo))(?!\w)",
    re.IGNORECASE,
)
# An amount adjusted upwards, written right before its number: "vốn điều chỉnh tăng 7.525 tỷ đồng"
# (the capital added by adjustment, a kind of capital, not a change of a level).
ADJUSTED_UP = re.compile(
    r"(?<!\w)vốn(?:\s+đăng\s+ký)?\s+điều\s+chỉnh\s+tăng(?:\s+thêm)?\s*(?:là|đạt|:)?\s*$", re.IGNORECASE
)
# … and what makes it a change after all: a comparison after the number, or capital adjusted
# downwards in the same sentence (the list then adds and subtracts).
ADJUSTED_IS_CHANGE = re.compile(r"[^.;]{0,30}?\bso\s+với\b|[^.]*?điều\s+chỉnh\s+giảm", re.IGNORECASE)  # match()
# Between a count acted on and the first of its forms: the count's noun and a colon, nothing else
# ("6 cán bộ, công chức: 3 khiển trách"): the forms after it enumerate those acted on.
# (each word taken whole, possessively: with words that may split anywhere, a long gap with no
# colon backtracks exponentially before it fails)
ENUMERATING_COLON = re.compile(rf"(?:\s*(?:,\s*)?{_LETTER}++)*\s*:\s*")
# A post held concurrently, in a part's own words: "180 bí thư chi bộ kiêm trưởng thôn".
HELD_CONCURRENTLY = re.compile(
    r"(?<!\w)kiêm(?!\w)(?!\s+nhi)(?!\s*$)", re.IGNORECASE
)  # not "kiêm nhiệm", a kind of post
# Persons named beside units in a total's words: "22 cơ quan, đơn vị và cá nhân".
PERSONS_NAMED = re.compile(r"(?<!\w)(?:cá\s+nhân|người)(?!\w)", re.IGNORECASE)
# A name's abbreviation in brackets: "khiếu nại (KN)", "đảng viên (ĐV)".
BRACKETED_ABBREVIATION = re.compile(r"\s*\([A-ZĐ][A-ZĐ&-]{0,11}\)")  # also "(UBMTTQVN)", "(KT-XH)", "(NN&PTNT)"
# Two names of one list: a comma or "và"/"hoặc" between them ("khiếu nại, tố cáo"), after the
# first name's abbreviation in brackets, if any ("khiếu nại (KN), tố cáo (TC)").
LIST_JOIN = re.compile(r"(?:\s*\([A-ZĐ]{1,6}\))?\s*(?:,|\svà|\shoặc)\s*", re.IGNORECASE)
LIST_JOIN_REACH = 16
# A topic after a figure ("kiểm tra 5 tổ chức đảng về thi hành kỷ luật"): the words after it
# say what the action was about, not the stage the figure is at.
TOPIC_AFTER = re.compile(r"\svề\s", re.IGNORECASE)
# Where the words after a figure stop describing it: a comma, semicolon, colon or stop.
PHRASE_END = re.compile(r"[,;:.](?!\d)")
# Between a list's part and the next, only the part's noun and a colon: the part opens a group of
# its own items ("biên chế 2: 01 Y tế; 01 kế toán", "hợp đồng 7 người: 02 bảo vệ").
NOUN_THEN_COLON = re.compile(rf"(?:\s+{_LETTER}+){{0,3}}\s*:\s*", re.IGNORECASE)
# Where the words naming what a figure counts stop: a comma, semicolon, colon, bracket, stop, or
# the "và"/"còn" that joins the next item ("18/22 đồng chí hoàn thành tốt nhiệm vụ và 04/22 …").
PHRASE_OR_BRACKET_END = re.compile(r"[,;:()]|\.(?!\d)|\s(?:và|còn)\s", re.IGNORECASE)
# Words right before a share word that make its percentage a level not reached or aimed at
# ("chưa đạt 90%", "phấn đấu đạt 95%", "mục tiêu đến năm 2025 đạt 98%").
UNMET_OR_AIMED = re.compile(r"(?<!\w)(?:chưa|không|phấn\s+đấu|mục\s+tiêu|nhằm|để)(?!\w)[^.;,\d]{0,3}$", re.IGNORECASE)
# A rate named before its percentage in its clause ("tỷ lệ nghèo đa chiều chiếm 3,28%").
RATE_WORD = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?!\w)", re.IGNORECASE)
# A number that is no year nor the end of a period ("3.467 hộ"; not "2022" or "2022-2025").
NUMBER_NOT_YEAR = re.compile(r"(?<![\d/.,\-–])(?!(?:19|20)\d\d(?!\d))\d")
# A percentage compared with a standard right after it ("24,4% so với quy định"): how far above it
# something stands, no share.
COMPARED_AFTER_PERCENT = re.compile(
    r"\s*%\s*so\s+với\s+(?:quy\s+định|quy\s+chuẩn|tiêu\s+chuẩn|chuẩn|yêu\s+cầu)(?!\w)", re.IGNORECASE
)
# Between one listed item's words and the next item's number, nothing of the next item's own: a
# separator, "và", "có" ("18/22 đồng chí hoàn thành tốt nhiệm vụ và 04/22 …", "…, có 2/15 …"; not
# "…, năm 2023 có 05/22 …", "…; về tiêu chí y tế, 3/15 …").
LISTED_NEXT_GAP = re.compile(r"\s*[,;]?\s*(?:và\s+|còn\s+)?(?:có\s+)?", re.IGNORECASE)
# A class and the ones above or below it ("hoàn thành tốt nhiệm vụ trở lên", "từ 30 tuổi trở
# xuống"): no class of a partition (AND_ABOVE is the upward half only).
CUMULATIVE_CLASS = re.compile(r"(?<!\w)trở\s+(?:lên|xuống)(?!\w)", re.IGNORECASE)
# A number in a header row other than a year or a span of years ("12 đồng chí" is data; "Năm
# 2023", "2020-2025", "6 tháng/2024" are column names; "(%)" holds no digit).
HEADER_NUMBER = re.compile(
    r"(?<![\d/.-])(?<!quý )(?<!tháng )(?<!đợt )(?<!lần )(?<!khóa )(?<!kỳ )"
    r"(?!(?:19|20)\d\d(?!\d))\d+(?![\d]*\s*(?:tháng|th\b|năm|quý))",
    re.IGNORECASE,
)
# A cell that numbers its column in an official form (fullmatch): "A", "B", "1", "(1)", "(3)=(1)+(2)", "4=2+3".
COLUMN_INDEX = re.compile(r"\(?[A-Z]?\d{0,2}\)?(?:\s*=\s*\(?\d{1,2}\)?(?:\s*[+\-x*/:]\s*\(?\d{1,2}\)?)+)?|[A-Z]")
# A table row labelled by a class alone, as a rating scale's first row may be ("1 Tốt" over "2
# Khá"): a sibling of the classes under it, not their whole (fullmatch).
BARE_CLASS_LABEL = re.compile(
    r"(?:loại\s+|mức\s+)?(?:tốt|khá|giỏi|xuất\s+sắc|trung\s+bình|yếu|kém|đạt|chưa\s+đạt)\s*:?", re.IGNORECASE
)
# A table row of rates or means, whose cells do not add up: "Tỷ lệ có việc làm (%)", "Tuổi bình quân".
RATE_OR_MEAN_ROW = re.compile(r"(?<!\w)(?:t[ỷỉ]\s+lệ|bình\s+quân)(?!\w)|%", re.IGNORECASE)
# What some of a class did, after its noun and class ("45 học sinh nữ đạt giải", "50 chi bộ cơ sở
# hoàn thành tốt"): those who did, no class of the total.
DONE_AFTER_CLASS = re.compile(
    r"(?<!\w)(?:đạt|hoàn\s+thành|tham\s+dự|tham\s+gia|được|(?<!dự\s)bị|giữ|nhận|xếp\s+loại|đã|đang|đoạt)(?!\w)",
    re.IGNORECASE,
)
# Only an opening parenthesis (and spaces) between two figures: "95,9% (17.076/17.807 trẻ)".
OPENS_PAREN = re.compile(r"%?\s*\(\s*")
# The whole a share names before the bracket of its two counts (fullmatch): "% số lượt người đăng ký cai
# nghiện ma túy tự nguyện (" → "lượt người đăng ký …"; its first words are the counts' noun.
WHOLE_NAMED_THEN_PAREN = re.compile(
    r"%?\s+(?:của\s+)?(?:tổng\s+)?số\s+(?P<words>[^\d();%]{1,80}?)\s*\(\s*", re.IGNORECASE
)
# The end of a bracket right after a count: its noun, then ")" (match): " lượt người)".
NOUN_CLOSES_PAREN = re.compile(rf"(?:\s+{_LETTER}+){{0,4}}\s*\)")
# The share's noun between it and the ratio in brackets: "100% số xã (24/24 xã)".
NOUN_OPENS_PAREN = re.compile(rf"%?\s+(?:số\s+)?(?P<noun>{_LETTER}+(?:\s+{_LETTER}+){{0,2}})\s*\(\s*", re.IGNORECASE)
# What states a stock of units before its count ("hiện có 41", "gồm 50", "với 5.645", "tổng số
# 3.114"), and what makes a count of units the doers of an action after it ("40 chi bộ tổ chức
# sinh hoạt chuyên đề"): a rating list after a count breaks down only a stock or the rated.
STOCK_BEFORE = re.compile(r"(?:^|\s)(?:có|gồm|là|với|tổng\s+số|tổng\s+cộng)\s*:?\s*$", re.IGNORECASE)
# … or a label naming the stock before its colon ("Tổng số đảng viên: 245", "Số chi bộ trực
# thuộc: 28"; group noun: its words, which must name no action: "Số đảng viên kết nạp: 30").
STOCK_LABEL_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:tổng\s+số|số\s+lượng|số)\s+(?P<noun>[^\d:;.,()]{1,40}?)\s*:"
    r"|tổng\s+số\s+(?P<bare>[^\d:;.,()]{1,40}?))\s*$",  # … or "Tổng số đảng viên 88 đồng chí" with no colon
    re.IGNORECASE,
)
ACTION_AFTER = re.compile(
    r"(?<!\w)(?:tổ\s+chức(?!\s+(?:cơ\s+sở|đảng|đoàn|hội|chính\s+trị))|thực\s+hiện|tham\s+gia|dự|sinh\s+hoạt|"
    r"triển\s+khai|đăng\s+ký|bị|kết\s+nạp|"
    r"thành\s+lập|đạt|hoàn\s+thành|xây\s+dựng|ra\s+mắt|được\s+kiểm\s+tra|được\s+giám\s+sát)(?!\w)",
    re.IGNORECASE,
)
RATED_POOL = re.compile(r"(?<!\w)(?:đánh\s+giá|xếp\s+loại|phân\s+loại)(?!\w)", re.IGNORECASE)
# A number's range partner right after it: "110.000 - 120.000", "từ 16 – 19"
RANGE_AFTER = re.compile(rf"\s*(?:{DASHES}|đến)\s*\d")
# A semicolon and the first letter after it (a capital there opens a new item of a list:
# "…; Đơn vị bầu cử số 2 gồm: …")
SEMICOLON_LETTER = re.compile(r";\s*(?=\w)")
# The first word of a text, without the punctuation after it ("thôn," → "thôn").
FIRST_WORD = re.compile(rf"\s*({_LETTER}+)")
# Between the two numbers of a pair of totals: the first one's noun, then "và", "/", a comma
# or "với" (not "so với") ("761 tổ chức đảng và 1.947 đảng viên", "19 vụ/48 bị can",
# "3.938 lượt công dân với 3.092 người"); the noun may name two kinds ("25 cuộc thanh tra, kiểm
# tra đối với 140 đơn vị"); the second number's measure may be named after the joiner ("1.336 dự
# án với tổng diện tích 22.707,9 ha", "8.872 người, với tổng số tiền 10,117 tỷ đồng").
PAIR_MEASURE = _words(
    "số tiền", "kinh phí", "diện tích", "số vốn", "vốn", "vốn đầu tư", "mức đầu tư", "giá trị", "trị giá"
)
_PAIR_JOINER = r"\s*(?:và|/|,|(?<!\sso\s)với)\s*"
_PAIR_MEASURE_NAMED = rf"(?:với\s+)?(?:tổng\s+)?{PAIR_MEASURE}(?:\s+(?:là|khoảng))?\s*"
PAIR_JOIN = re.compile(
    rf"(?:(?:\s+{_LETTER}+){{1,5}}(?:,(?:\s+{_LETTER}+){{1,3}})?{_PAIR_JOINER}(?:{_PAIR_MEASURE_NAMED})?"
    # (a longer noun when the second measure is named: "1.250 giấy chứng nhận quyền sử dụng đất với tổng
    # diện tích 820 ha")
    rf"|(?:\s+{_LETTER}+){{1,9}}(?:,(?:\s+{_LETTER}+){{1,4}})?{_PAIR_JOINER}{_PAIR_MEASURE_NAMED})"
    r"(?:(?:trên|hơn|gần|khoảng)\s+)?",  # "37.345 tỷ đồng và trên 125,4 triệu USD"
    re.IGNORECASE,
)
# The first number of a slash pair: a number and at most six words right before the slash (the
# first may be glued to the number: "1.521việc/1962 việc").
# (after a slash too when a noun stands before it: "1.248 HS/596 nữ/34 lớp")
PAIR_FIRST = re.compile(
    rf"(?:(?<![\w/])|(?<={_LETTER}/)|(?<={_LETTER} /))\d[\d.,]*\s*{_LETTER}+(?:\s+{_LETTER}+){{0,5}}$"
)
# A pair's first number is one case or visit: "1 vụ/1 bị can", "1 lượt/1 người" (not a rate per
# one unit: "1 triệu đồng/1 hộ", "1 bác sĩ/1 trạm").
ONE_FIRST = re.compile(r"0?1\s+(?:vụ|vụ việc|vụ án|lượt|cuộc|đoàn)\s*$", re.IGNORECASE)
RANK_RE = re.compile(rank(), re.IGNORECASE)
# A word after a slash pair makes it a ratio rather than a day/month ("10/12 chỉ tiêu").
WORD_AFTER = re.compile(r"\s+[^\W\d_]", re.UNICODE)
# So does its share right after it: "Trên chuẩn 02/02 (100%)", "03/06, đạt 50%".
SHARE_AFTER = re.compile(
    r"\s*(?:\(\s*|[,;]\s*)(?:(?:đạt|chiếm|bằng)\s+)?(?:t[ỷỉ]\s+lệ\s+)?(?P<share>\d{1,3}(?:,\d+)?)\s*%",
    re.IGNORECASE,
)
# A time word before a day-month-like pair makes it a date: "tính đến 05/11", "từ 01/5", "trước 2/9".
TIME_WORD_BEFORE = re.compile(r"(?<!\w)(?:đến|hết|từ|trước|sau|dịp|ngày|sáng|chiều|tối|tới)\s+$", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def year(name: str = "y") -> str:
    """A year 1900–2099 standing alone: ``2023`` in "năm 2023"."""
    return rf"(?<![\w.,])(?P<{name}>(?:19|20)\d\d)(?![\w]|[.,]\d)"


def date_dmy() -> str:
    """Day, month, year with one separator: ``25/7/2023``, ``28-3-2022``, ``30/03/2007``, ``19 - 12 - 2016``;
    also the second date of a range written with a dash: ``3/2/1930-3/2/2020``."""
    return (
        r"(?:(?<![\w/.,-])|(?<=\d\d\d\d[-–])|(?<=\d\d\d\d [-–] ))"  # after a range's first date
        r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-–])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?"
        r"(?P<y>(?:18|19|20)\d\d)(?![\w/])"
    )


def date_words() -> str:
    """A date in words: ``ngày 25 tháng 7 năm 2023``, ``Ngày 08 tháng 8 năm 2023``."""
    return r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)\s*(?P<y>(?:19|20)\d\d)(?!\d)"


def day_month() -> str:
    """A day without a year after ``ngày``/``hôm``: ``ngày 30/6``, ``ngày 01-05`` (of each month)."""
    return r"(?<!\w)(?:ngày|hôm)\s+\d{1,2}(?:\s?[/\-–]\s?\d{1,2})*(?![\d/])"


DATE_DMY_RE = re.compile(date_dmy())
DATE_WORDS_RE = re.compile(date_words(), re.IGNORECASE)
DAY_MONTH_RE = re.compile(day_month(), re.IGNORECASE)


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------


def period_intro() -> str:
    """Words that introduce a period: ``nhiệm kỳ``, ``giai đoạn``, ``thời kỳ``, ``năm``."""
    return rf"(?:{_words('nhiệm kỳ', 'giai đoạn', 'thời kỳ', 'năm')}\s+)"


def year_range() -> str:
    """Two years joined by a dash: ``2020-2025``, ``nhiệm kỳ 2020 - 2025``, ``giai đoạn 2011–2022``."""
    return rf"{period_intro()}?{year('y1')}\s*[-–]\s*{year('y2')}"


def from_to() -> str:
    """From a year to now, a year or a month: ``từ năm 2011 đến nay``, ``từ 2011 đến năm 2015``,
    ``từ năm 2011 đến tháng 10/2023``."""
    end = rf"(?:(?P<now>(?:hiện\s+)?nay)|(?:năm\s+)?{year('y2')}|tháng\s+\d{{1,2}}\s*(?:/|năm)\s*{year('y3')})"
    return rf"(?<!\w)từ\s+(?:năm\s+)?{year('y1')}\s+(?:đến|tới)\s+{end}"


def half_year() -> str:
    """First/last months of a year: ``6 tháng đầu năm 2023`` (H1), ``06 tháng cuối năm 2023`` (H2),
    ``3 tháng đầu năm 2023`` (Q1)."""
    return rf"(?<![\w.,])(?P<n>\d{{1,2}}|sáu|ba)\s+tháng\s+(?P<pos>đầu|cuối)\s+năm\s+{year('y')}"


def quarter() -> str:
    """A quarter: ``quý I/2013``, ``quý 2 năm 2013``, ``Quý IV/2022``."""
    return rf"(?<!\w)quý\s+(?P<q>[1-4]|IV|I{{1,3}})\s*(?:/|năm|,)\s*{year('y')}"


def month_year() -> str:
    """A month of a year: ``tháng 7/2023``, ``tháng 07 năm 2023``."""
    return rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}})\s*(?:/|năm)\s*{year('y')}"


def year_word() -> str:
    """A year after ``năm``: ``năm 2022``, ``Năm 2011:``."""
    return rf"(?<!\w)năm\s+{year('y')}"


FROM_TO_RE = re.compile(from_to(), re.IGNORECASE)
# A level raised to a new one: "nâng tổng số đảng viên lên 44", "nâng lên 28", "nâng tổng số hội
# viên 247" (right before the
# new level); the addition before it ("phát triển thêm được 35", "kết nạp thêm 3"); the stock it
# was added to ("Từ 9 đảng viên", "chi bộ có 25").
RAISED_TO = re.compile(
    r"(?<!\w)(?:nâng|đưa)\s+(?:(?:tổng\s+số\s+)?[^\d;.]{0,50}?\b(?:lên|là)\s+(?:thành\s+)?|tổng\s+số\s+[^\d;.]{0,50}?\s)$",
    re.IGNORECASE,
)
# … or the stock now, after those admitted: "kết nạp 15 hội viên, đến nay Chi Hội có 214", "kết
# nạp 21 đảng viên mới, toàn huyện hiện có 3.150" (the words between the two counts, fullmatch).
NOW_STOCK_AFTER = re.compile(
    r"[^\d;.]{0,60}?(?:\b(?:đến\s+nay|hiện\s+nay|hiện\s+tại)\b[^\d;.]{0,40}?\b(?:có|là|gồm)|\bhiện\s+có)\s+(?:tổng\s+số\s+)?",
    re.IGNORECASE,
)
# Between a number that leaves its noun out and the attribute said of it (match): " là "
# in "4.539 là đoàn viên".
IS_ATTRIBUTE_GAP = re.compile(r"\s+là\s+", re.IGNORECASE)
# Between a congress's delegates and the members they stand for (fullmatch): " đại biểu chính
# thức đại diện cho hơn ", " đại biểu, thay mặt cho gần ", " đại biểu … đại diện cho trí tuệ và
# nguyện vọng của gần ".
STANDS_FOR = re.compile(
    r"[^\d;.()]{0,50}?\b(?:đại\s+diện|thay\s+mặt)\s+(?:cho\s+)?"
    # "đại diện cho ý chí, trí tuệ và nguyện vọng của gần 900 đoàn viên": what they carry, then của
    r"(?:(?:ý\s+chí|trí\s+tuệ|nguyện\s+vọng|tâm\s+tư|tiếng\s+nói|sức\s+mạnh)(?:[\s,]+(?:và\s+)?[^\d;.(),]{1,20}?)*?\s+của\s+)?"
    r"(?:(?:hơn|gần|trên|khoảng|toàn\s+thể)\s+)?",
    re.IGNORECASE,
)
# A clause that opens with what was done ("; đã kết thúc 15 cuộc", "; và đã giải quyết 65 đơn",
# "; bị xử lý hình sự 31 vụ").
DONE_OPENS = re.compile(r"\s*(?:và\s+)?(?:đã|bị)\s+[^\W\d_]", re.IGNORECASE)
# In the gap before those delegates stand for: "đại diện"/"thay mặt" then "cho", or "của" after
# them ("đại diện cho", "đại diện cho ý chí … của"), not a bare "đại diện 140 hộ gia đình"
# (attendees).
FOR_WHOM = re.compile(r"(?<!\w)(?:đại\s+diện|thay\s+mặt)\s+(?:cho(?!\w)|[^\d;.]*?(?<!\w)của(?!\w))", re.IGNORECASE)
# After a stock's noun, where its clause ends (match): "có 214 hội viên, trong đó …", "… 3.150
# đảng viên." (not "9 hội viên đang vay vốn", "15 đoàn viên ưu tú").
STOCK_NOUN_END = re.compile(r"\s*(?:[,.;:()]|$|trong\s+đó|(?:sinh\s+hoạt|ở|tại)\s)", re.IGNORECASE)
ADDED_BEFORE = re.compile(r"(?<!\w)(?:thêm|tăng\s+thêm)\s+(?:được\s+)?$", re.IGNORECASE)
STOCK_START = re.compile(r"(?<!\w)(?:từ|có|là|gồm)\s+(?:mức\s+)?$", re.IGNORECASE)
OTHER_FORM = re.compile(r"\s*khác(?!\w)", re.IGNORECASE)  # "bằng hình thức khác": a form of its own, no list
# "gồm" right after "lên" states a level raised to, not a breakdown ("chi bộ đã phát triển lên
# gồm 15 đảng viên"): match the text before the cue.
RAISED_BEFORE_CUE = re.compile(r"(?<!\w)lên\s*$", re.IGNORECASE)
# Between a change and the start it is the step from, written after it: "giảm 2,59% so với năm
# 2016, từ 17,83%" (no other number between, but a year), or in a bracket: "tăng 45 (từ 935".
FROM_LEVEL = re.compile(
    r"%?[^\d;.()]{0,40}?(?:(?:19|20)\d\d[^\d;.()]{0,10}?)?(?:\s*\(\s*[\d.,]+\s*%\s*\))?(?:,?\s+|\s*\(\s*)từ\s+"
    r"(?:mức\s+)?",
    re.IGNORECASE,
)
# The bracket closing right after a percentage (match): "%)" in "tăng 5.500 tỷ đồng (6,4%)".
BRACKET_CLOSES_AFTER_PERCENT = re.compile(r"\s*%\s*\)")
HALF_YEAR_RE = re.compile(half_year(), re.IGNORECASE)
QUARTER_RE = re.compile(quarter(), re.IGNORECASE)
MONTH_YEAR_RE = re.compile(month_year(), re.IGNORECASE)
YEAR_RANGE_RE = re.compile(year_range(), re.IGNORECASE)
YEAR_WORD_RE = re.compile(year_word(), re.IGNORECASE)
# A point in time a count stands at ("as of"): the words right before a date
# ("tính đến ngày 31/12/2022", "đến hết 31/12/2022", "tại thời điểm 01/01/2023") …
AS_OF_INTRO = re.compile(
    r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?|(?:tại\s+)?thời\s+điểm\s+)(?:ngày\s+)?$", re.IGNORECASE
)
# … or the start or end of a year ("đầu năm 2023", "cuối năm 2022"), not a half or quarter
# ("6 tháng đầu năm 2023" is a period).
# "so với đầu năm" names the point a change is measured from, not the point a count stands at.
COMPARED_WITH = re.compile(r"(?:so\s+)?với\s+$", re.IGNORECASE)
# Between a change and a share after it, what closes the change's clause off ("tăng 7.240 việc
# (tăng 1,27% …); chiếm 79,56%"): the share is not the change's.
CLOSED_OFF = re.compile(r"[;)]")
# Nouns after a share that name its base ("đạt 75,6% số xã", "12% tổng số", "8,9% dân số").
BASE_NOUN = re.compile(r"(?:tổng|số|dân\s+số|tỷ\s+lệ|tỉ\s+lệ)(?!\w)", re.IGNORECASE)
# The dimension a paragraph's breakdown runs along, after its subject ("Các trường đạt chuẩn
# quốc gia theo địa bàn các huyện, thành phố như sau:"): not part of the subject.
BY_DIMENSION = re.compile(
    r"\s+(?:phân\s+|chia\s+)?theo\s+(?:địa\s+bàn|đơn\s+vị|địa\s+phương|khu\s+vực|từng|các|huyện|xã)(?!\w).*$",
    re.IGNORECASE | re.DOTALL,
)
DETERMINER_LEAD = re.compile(r"^\s*(?:các|những|tổng\s+số|số)\s+", re.IGNORECASE)  # "Các trường …" → "trường …"
# Between a change and its rate in brackets: " vụ (-", " tỷ đồng (", " người chết ( -" (the
# change's noun, then the bracket and a sign the rate may carry).
RATE_IN_BRACKET = re.compile(rf"(?:\s*{_LETTER}+){{0,4}}\s*\(\s*[-–+]?\s*")
# " lượt", " tỷ đồng": words and nothing else (each word taken whole: see ENUMERATING_COLON)
WORDS_ONLY = re.compile(rf"(?:\s*{_LETTER}++)*\s*")
# Between two breakdown cues, words that only go on with the first one's lead ("Trong tổng số
# nguồn vốn ngân sách …, chia ra:"): no figure, no clause break.
LEAD_GOES_ON = re.compile(r"[^\d;.!?]*")
PLAN_WORD_ONLY = re.compile(r"[\s(]*(?:đạt|bằng)[\s:]*", re.IGNORECASE)  # "đạt", "bằng": of a plan, after an amount
# A list item named by a capitalised name right before "gồm"/"bao gồm" ("…, Malaysia bao gồm 18
# lao động …"): the verb gives the item's own count, it breaks nothing down.
NAMED_ITEM_BEFORE_GOM = re.compile(
    rf"[,;]\s*(?:[A-ZĐÀ-Ỹ]{_LETTER}*(?:[\s–-]+[A-ZĐÀ-Ỹ]{_LETTER}*){{0,3}})\s+(?:bao\s+)?$"
)
RISE_WORD = re.compile(r"(?<!\w)(?:tăng|vượt|cao\s+hơn|nhiều\s+hơn|lớn\s+hơn)(?!\w)")  # a change upward
FALL_WORD = re.compile(r"(?<!\w)(?:giảm|thấp\s+hơn|ít\s+hơn|nhỏ\s+hơn)(?!\w)")  # a change downward
# A comparison and its period before a change ("So với cùng kỳ năm 2014", "so với năm trước"): no
# subject of the change's own.
COMPARISON_PHRASE = re.compile(
    r"(?<!\w)so(?:\s+với)?(?:\s+cùng\s+kỳ|\s+năm\s+trước|\s+tháng\s+trước)?(?:\s+năm\s+\d{4})?(?!\w)|(?<!\w)năm\s+\d{4}(?!\w)",
    re.IGNORECASE,
)
# Between a rate of change and its amount written after it: "giảm 1,6% (-673 ha)", "tăng
# 0,38% hay tăng 218 ha", "tăng 0,4% so với cùng kỳ năm 2020, tương ứng tăng 87,2 ha".
RATE_THEN_AMOUNT = re.compile(
    r"\s*%\s*(?:so\s+(?:với\s+)?[^\d;.()]{0,30}?(?:\s+(?:năm|tháng|quý)\s+\d{1,4}(?:/\d{4})?)?\s*"
    r"|(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu)(?:\s+năm)?\s*)?"  # "giảm 3,71% kế hoạch (giảm 62.466 tấn)"
    r"(?:\(\s*(?:(?P<sign>[-–+])|(?P<word>tăng|giảm|vượt)\s)?\s*|,?\s*(?:hay|hoặc|tức\s+là|tức|tương\s+ứng|tương\s+đương)"
    r"(?:\s+(?:với|là))?\s*(?:(?:tăng|giảm)\s+)?)",
    re.IGNORECASE,
)
RATE_THEN_NUMBER = re.compile(RATE_THEN_AMOUNT.pattern + r"\d", re.IGNORECASE)  # a rate and then its amount
# Between a level and the rate of change right after it: its unit, a comma or bracket, the change
# word ("40.831 ha, giảm 1,6%", "22,4 triệu đồng (tăng 7,7%"); no clause break, no "trong đó".
LEVEL_THEN_RATE = re.compile(level_then("tăng", "giảm", "vượt"), re.IGNORECASE)
# … or with the level's share of a whole between them: "58.095 ha, chiếm " then "% giảm "
# ("cây lương thực có hạt đạt 58.095 ha, chiếm 87,1% giảm 1,6% (-862 ha)").
# The level's unit only, then a comma: not another item's share ("66.700 ha trong đó lúa chiếm",
# "40.000 ha và diện tích ngô chiếm", "1.200 đảng viên nữ chiếm").
LEVEL_THEN_SHARE = re.compile(
    r"(?:(?!(?:trong|và)(?!\w))[^\d;.,()]){0,15}?,\s*chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*", re.IGNORECASE
)
SHARE_THEN_RATE = re.compile(r"\s*%\s*,?\s*(?:ước\s+)?(?:tăng|giảm|vượt)\s*", re.IGNORECASE)
RATE_BRACKET_OPEN = re.compile(r"[(,;]")  # where the words after a change's number end
# The local committee a body names, with its place when given: "Tỉnh ủy", "Thành ủy Bảo Lộc",
# "Đảng bộ thị xã Sơn Tây" (a province's, a city's and a town's committee all number /TU).
LOCAL_COMMITTEE = re.compile(
    r"(?i:(?P<cls>tỉnh|thành|thị)\s+(?:ủy|uỷ|uy)|đảng\s+bộ\s+(?P<cls2>tỉnh|thành\s+phố|thị\s+xã))"
    rf"(?P<place>(?:\s+[A-ZĐÀ-Ỹ]{_LETTER}*)*)"
)
NAME_END = re.compile(r"[,:;]")  # where a total named in words ends ("Trong tổng số nguồn vốn …, chia ra:")
# Words before a breakdown cue that say it lists only some ("kết quả một số khoản thu chủ yếu như
# sau:", "một số đơn vị tiêu biểu gồm:"): the list is open.
# ("điển hình", "tiêu biểu" alone are nouns and adjectives of the counted: "369 điển hình tiên tiến")
SOME_ONLY_LEAD = re.compile(
    r"(?<!\w)(?:một\s+số|một\s+vài|chủ\s+yếu|(?:tiêu\s+biểu|điển\s+hình|nổi\s+bật)\s+(?:như|là))(?!\w)",
    re.IGNORECASE,
)
# After a share, the total it is of, named ("bằng 84,3% tổng thu", "chiếm 12% tổng số").
TOTAL_NAMED_AFTER = re.compile(r"\s*%?\s*(?:so\s+với\s+|trong\s+|trên\s+)?tổng(?!\w)", re.IGNORECASE)
# A clause that opens with a share word has no count of its own: its count closes the clause
# before ("579.413 việc, tăng 7.240 việc (…);  chiếm 79,56%").
SHARE_CLAUSE_LEAD = re.compile(
    r"\s*(?:(?:chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?|(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*"
)  # the whole clause before the percentage: "; chiếm 79,56%" (not "; tỷ lệ huy động trẻ … đạt 98%")
# A whole clause that is a share of the count before and nothing else, its whole named in words:
# "; đạt tỉ lệ 74,9% so với số thí sinh ĐKXT" (of shares of one count in a row).
SHARE_CLAUSE = re.compile(rf"{SHARE_CLAUSE_LEAD.pattern}[\d.,]+\s*%[^;\d]*", re.IGNORECASE)
# ... or the whole sentence: "… có 323 học sinh đủ điều kiện được xét tuyển. Đạt tỷ lệ 100%."
SHARE_SENTENCE_LEAD = re.compile(
    rf"(?:{SHARE_CLAUSE_LEAD.pattern}|\s*đạt(?:\s+(?:khoảng|gần|hơn|trên))?\s*)", re.IGNORECASE
)
# A pair's slash right before its second number, the plan's words between (search, to the number):
# "/", "/ ", "/KH ".
PAIR_SLASH_BEFORE = re.compile(rf"/\s*(?:{_PLAN_WORDS})?$")
# Two nouns over a slash right after a pair of numbers ("320/285 lượt/người", "150/120 vụ việc/người")
# (match at the second number's end), or before it in its clause ("lượt khám/số bệnh nhân là …") (search).
NOUN_PAIR = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/\s*[^\W\d_]")
NOUN_PAIR_BEFORE = re.compile(r"[^\W\d_]\s*/\s*[^\W\d_][^,;.\d]*$")
# The gap of two numbers written "X/Y", the second maybe named a plan ("3.450/KH 3.000") (fullmatch).
PLAN_SLASH_GAP = re.compile(rf"\s*/\s*(?P<plan>{_PLAN_WORDS})?")
# A plan or target named (search): a line naming one is a column's name, no heading of rows.
PLAN_NAMED = re.compile(r"(?<!\w)(?:KH|[Kk]ế\s+hoạch|[Cc]hỉ\s+tiêu|[Dd]ự\s+toán)(?!\w)")
# Between the two numbers of a ratio written with its noun after each: " xã/" in "129 xã/193 xã"
# (the noun may be glued to the number: "1.521việc/1962 việc"; the second may be the plan, named:
# "36,32 tỷ đồng/KH 27,4 tỷ đồng").
NOUN_SLASH_GAP = re.compile(rf"\s*(?P<noun>{_LETTER}+(?:\s{_LETTER}+)?)\s*/\s*(?:{_PLAN_WORDS})?")
# The same with a longer noun: "9.690 đài truyền thanh/10.599 xã" (two kinds of thing).
NOUNS_SLASH_GAP = re.compile(rf"\s+{_LETTER}+(?:\s{_LETTER}+){{0,5}}\s*/\s*(?:{_PLAN_WORDS})?")
# Right after a share's number (match): an amount's whole named with "tổng" and no "số", up to three
# words ("chiếm 60% tổng thu ngân sách" → "thu ngân sách", "chiếm tỷ lệ 0,1% tổng dư nợ" → "dư nợ",
# "bằng 30% so với tổng vốn đầu tư" → "vốn đầu tư"; not "tổng số …", which counts things).
AMOUNT_WHOLE_AFTER_SHARE = re.compile(
    rf"\s*%\s*(?:(?:của|trên|so\s+với)\s+)?tổng\s+(?!số(?!\w))(?P<words>{_LETTER}+(?:\s+{_LETTER}+){{0,2}})",
    re.IGNORECASE,
)
# Between a count and a share in brackets after it (search): words that compare with a target, an
# earlier time or another place ("92,5% (185/200), vượt chỉ tiêu (90%)", "… (287/312), cao hơn năm
# 2022 (89,5%)", "thấp hơn bình quân cả nước (1,5%)"): the bracket holds what is compared with.
COMPARED_BEFORE_BRACKET = re.compile(
    r"(?<!\w)(?:vượt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|so\s+với|so\s+cùng\s+kỳ|chỉ\s+tiêu|kế\s+hoạch"
    r"|mục\s+tiêu|định\s+mức|cùng\s+kỳ|bình\s+quân\s+chung|cả\s+nước|toàn\s+quốc)(?!\w)"
    r"(?:[^()\d;.]|(?<!\d)(?:19|20)\d\d(?!\d))*\(\s*[^()\d]{0,12}$",
    re.IGNORECASE,
)
# Before a number (search, to it): a bracket opened after the period a level is compared with ("so
# với năm 2022 (", "so cùng kỳ ("): the number is the earlier level.
COMPARED_BRACKET_BEFORE = re.compile(
    r"(?<!\w)so\s+(?:với|cùng)(?!\w)[^();.\d]{0,40}(?:(?<!\d)(?:19|20)\d\d(?!\d)[^();.\d]{0,10})?\(\s*$", re.IGNORECASE
)
# From an earlier level in a bracket to the ratio after it (fullmatch): "… tấn) bằng ", "), đạt ".
BRACKET_THEN_RATIO_WORD = re.compile(r"[^\d();.]{0,20}\)\s*,?\s*(?:thì\s+)?(?:bằng|đạt)\s*", re.IGNORECASE)
# Right after a percentage's number (match): percentage points ("0,98 điểm phần trăm", "2 điểm %").
POINTS_AFTER = re.compile(r"\s*điểm(?:\s+phần\s+trăm|\s*%)", re.IGNORECASE)
# Right before a number (search, to it): "từ" opening where a change started ("tăng từ 40", "từ mức 12%").
FROM_BEFORE = re.compile(r"(?<!\w)từ\s+(?:mức\s+)?$", re.IGNORECASE)
# From a share to the amount it names as its whole and states in a bracket (fullmatch): "% tổng dư nợ (".
AMOUNT_WHOLE_THEN_BRACKET = re.compile(
    r"\s*%\s*(?:(?:của|trên|so\s+với)\s+)?tổng\s+(?!số(?!\w))[^\d();.%]{1,40}\(\s*(?:là\s+)?", re.IGNORECASE
)
# Labels of a plan, what was done and its rate, in a row (search, to the number): "kế hoạch 1.800, thực
# hiện 1.846, tỷ lệ 102,56%".
PLAN_LABEL_BEFORE = re.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|KH)\s*(?:là|:)?\s*$", re.IGNORECASE)
DONE_LABEL_GAP = re.compile(
    r"[^\d;.()]{0,12}?[,;]?\s*(?:thực\s+hiện|đạt\s+được|đạt|kết\s+quả)\s*(?:là|:)?\s*", re.IGNORECASE
)
RATE_NAMED_ALONE = re.compile(r"[,;]\s*(?:t[ỷỉ]\s+lệ|đạt\s+t[ỷỉ]\s+lệ)\s*(?:là|:|đạt)?\s*$", re.IGNORECASE)
CLOSE_OR_DIGIT = re.compile(r"[)\d]")  # between an amount and its share: a bracket closed or another number (search)
# Before a rate's name in its clause (search): a plan ("chỉ tiêu tỷ lệ giải quyết đạt 90%").
PLAN_BEFORE_RATE = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)(?!\w)", re.IGNORECASE)
# After a rate's stage words, to its number (fullmatch): only a verb ("tỷ lệ giải quyết đạt 83,3%").
RATE_NAME_TAIL = re.compile(r"\s*(?:chung\s+)?(?:đạt|là|:|=)?\s*(?:khoảng|gần|trên|hơn)?\s*", re.IGNORECASE)
# The whole a share names right after it without a number: "chiếm 13,7% tổng số đơn vị …".
WHOLE_AFTER_SHARE = re.compile(r"\s*%?\s*(?:của\s+|trên\s+|so\s+với\s+)?(?:tổng\s+)?số\s+(?!\d)", re.IGNORECASE)
# What a share's named whole underwent, after its noun (search): "đảng viên được xét tặng" → "xét
# tặng", "hồ sơ đã tiếp nhận" → "tiếp nhận"; the action's first two words.
WHOLE_ACTION = re.compile(
    r"(?<!\w)(?:đã\s+được|đã\s+bị|được|bị|đã)\s+(?P<action>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE
)
# Between a share and a second share of the same count: "(chiếm 13,63% so với tổng số hộ nghèo DTTS
# và chiếm 23,4% …": the second is of the count before the first too.
# (or after a semicolon, with "đạt tỉ lệ": "612.283, đạt tỉ lệ 61,1% so với …; đạt tỉ lệ 92,7% so với …")
SECOND_SHARE_GAP = re.compile(
    r"\s*%[^\d;()%]{0,80}?(?:\svà|,|;)\s+(?:(?:chiếm|bằng)(?:\s+t[ỷỉ]\s+lệ)?|đạt\s+t[ỷỉ]\s+lệ)\s+", re.IGNORECASE
)
# Between a count and the total named after it: "115.665 và tổng số hồ sơ giải quyết TTHC là ".
AND_TOTAL_GAP = re.compile(r"[^\d;.()]*?\svà\s+tổng\s+số\b[^\d;.()]*", re.IGNORECASE)
# The first noun of a pair that counts one thing two ways, no share of the second: "19 vụ/48 bị
# can", "3.938 lượt/3.092 người", "25 đơn/18 vụ việc".
TWO_WAY_PAIR = re.compile(r"\s+(?:vụ|lượt|đơn|đoàn|cuộc|trường\s+hợp)(?:\s|/)", re.IGNORECASE)
# What joins two counts of one thing told by two units, right after the first's noun: "6.930 hộ =
# 35.695 khẩu", "874 vụ, 1.172 bị can", "1.153 vụ - 2.046 bị cáo", "262 hộ (997 nhân khẩu": a noun
# of one to three words, then "=", a dash, a slash, a comma or an opening bracket (fullmatch).
TWIN_COUNT_GAP = re.compile(rf"\s+{_LETTER}+(?:\s{_LETTER}+){{0,2}}\s*(?:[=/(]|[-–,])\s*")
# A sentence or clause that singles out part of what was counted before it: "Riêng ở Trung
# ương …", "; riêng tại trụ sở …" (after an optional dash of a list item).
SINGLED_OUT_LEAD = re.compile(r"\s*(?:[-–•+]\s*)?riêng(?!\w)", re.IGNORECASE)
# A year inside a bracket before its number: "(năm 2022 đạt 5.385 tỷ đồng)": another time.
YEAR_IN_BRACKET = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The words that end a plan's name right before its figure: "… năm 2023 là ", "… giao ".
# The label of the rest of a list: "lĩnh vực khác 19 lượt", "các loại khác: 5", "còn lại 12".
# The rest's word right before a count (search, to the number): "các lĩnh vực khác 3/40", "còn lại:
# 5"; not a group within the rest ("các xã còn lại có 3/40 xã …").
REST_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:khác|còn\s+lại)\s*:?\s*$", re.IGNORECASE)
# The kind the rest's word follows (search, to the word): "lĩnh vực" in "các lĩnh vực khác".
KIND_BEFORE_REST = re.compile(rf"(?:(?:các|những)\s+)?(?P<kind>{_LETTER}+(?:\s+{_LETTER}+)?)\s*$", re.IGNORECASE)
# The same right after a count's noun (match): "8/40 xã còn lại", "3 đơn vị khác".
REST_AFTER_NOUN = re.compile(rf"\s*(?:{_LETTER}+\s+){{1,3}}(?:khác|còn\s+lại)(?!\w)", re.IGNORECASE)
CATCH_ALL_LABEL = re.compile(r"(?<!\w)(?:khác|còn\s+lại)(?!\w)[^\d,;.]{0,12}$", re.IGNORECASE)
CATCH_ALL_REACH = 30
PLAN_WORD_AFTER = re.compile(r"\s*%?\s*(?:so\s+với\s+)?(?P<plan>dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)", re.IGNORECASE)
PLAN_VALUE_END = re.compile(r"(?:là|:|giao|đề\s+ra|phê\s+duyệt)\s*$", re.IGNORECASE)
# A sentence whose subject is a plan, up to its value, however long its description (no other
# number than a year): "Kế hoạch vốn đầu tư công năm 2024 được Thủ tướng Chính phủ giao cho tỉnh
# là", "Tổng nguồn kế hoạch đầu tư công do tỉnh quản lý năm 2024 đã được phê duyệt là", "Dự toán
# thu ngân sách nhà nước năm 2024 Hội đồng nhân dân tỉnh giao là"; after a lead of its own
# ("Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng nguồn kế hoạch … là").
PLAN_SUBJECT = re.compile(
    r"\s*(?:theo\s[^\d.;!?,]{1,80},\s*)?(?:(?:tổng|toàn\s+bộ)\s+)?(?:(?:số|nguồn|mức)\s+)?"
    r"(?P<plan>kế\s+hoạch(?!\s+và\s+đầu\s+tư)|dự\s+toán|chỉ\s+tiêu)(?!\w)"
    # (not a term or a plan carried over or foreseen: "kéo dài", "nhiệm kỳ", "dự kiến")
    r"(?:(?!kéo\s+dài|nhiệm\s+kỳ|dự\s+kiến)[^\d.;!?]|(?<!\d)(?:19|20)\d\d(?!\d))*?(?:là|:|giao)\s*",
    re.IGNORECASE,
)
# Between what was achieved and its plan, compared (fullmatch): "84,57 tấn so với ", "1.265 tấn so
# với kế hoạch giao ", "120 tỷ đồng, so với chỉ tiêu ".
PLAN_COMPARED_GAP = re.compile(
    rf"[^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}\s*,?\s*so\s+với\s+(?P<plan>{_PLAN_NAME}(?:\s+(?:vốn|được\s+giao|giao))?\s+)?",
    re.IGNORECASE,
)
# After the plan compared with, up to the percentage (fullmatch): " tấn giao, đạt ", " tỷ đồng kế
# hoạch, vượt khoảng "; group "plan": a plan word after the plan's value; "over": "vượt" (how far
# above the plan, not the share of it).
PLAN_THEN_RATE = re.compile(
    rf"[^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}?(?:\s+(?P<plan>(?:được\s+)?giao|{_PLAN_NAME}(?:\s+(?:được\s+)?giao)?))?\s*,\s*"
    r"(?:(?P<over>vượt)|đạt|bằng)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*",
    re.IGNORECASE,
)
# A table header over a column of percentages that compares two others ("So với 6 th/2008", "Tỷ lệ
# %", "% đạt", "So sánh (%)").
RATIO_COLUMN_HEADER = re.compile(r"so\s+với|so\s+sánh|%|(?<!\w)t[ỷỉ]\s+lệ(?!\w)", re.IGNORECASE)
# A rate's label up to the number of its base, opening its line or sentence (search, up to the
# base): "2. Tỷ lệ tiêu chí áp dụng so với " (… 83 tiêu chí: 99%).
RATE_LABEL_BEFORE_BASE = re.compile(
    r"(?:^|[\n.;]\s*)(?:[0-9IVX]+[.)]\s*)?t[ỷỉ]\s+lệ\s[^\d\n.;:]{1,80}?\s+so\s+với\s+(?:tổng\s+số\s+)?$",
    re.IGNORECASE,
)
# After the base's number up to the rate (fullmatch): its noun, then ":" or "là" (" tiêu chí: ").
RATE_LABEL_AFTER_BASE = re.compile(r"[^\d\n.;:]{1,40}?(?::|\s+là)\s*", re.IGNORECASE)
# After the rate of what was achieved against its plan, compared (match at the percentage's end):
# the clause ends, or the plan is named (group "plan"); not another base ("… đạt 115% so với cùng
# kỳ", "… đạt 98,5% số trẻ trong độ tuổi").
COMPARED_RATE_END = re.compile(
    rf"\s*%?\s*(?:$|[,;.)\n]|và(?!\w)|(?P<plan>(?:so\s+với\s+)?{_PLAN_NAME}(?!\w)))", re.IGNORECASE
)
# In a comparison column's header, what it compares with ("So với cùng kỳ (%)" → "cùng kỳ", "So với 6
# th/2008" → "6 th/2008").
COMPARED_WITH_WORDS = re.compile(r"so\s+(?:với|sánh\s+với)\s+(?P<what>[^()%]+)", re.IGNORECASE)
SAME_PERIOD_BEFORE = re.compile(r"cùng\s+kỳ|năm\s+trước|kỳ\s+trước", re.IGNORECASE)  # … the period before
# After "đạt X%": a plan other than the one stated first ("kế hoạch điều chỉnh", "… trung hạn").
OTHER_PLAN_AFTER = re.compile(
    r"\s*%?\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)[^.;,]{0,20}?(?:điều\s+chỉnh|trung\s+hạn|bổ\s+sung)",
    re.IGNORECASE,
)
WORD_AFTER_PERCENT = re.compile(r"\s*%?\s*[^\W\d_]")  # "chiếm 31,5% tổng chi": a base named after the share
PERCENT_AT = re.compile(r"[\d.,]+\s*%")  # a percentage's number and sign
COMPARED_RE = re.compile(r"(?<!\w)so(?:\s+với)?(?!\w)", re.IGNORECASE)  # "so với …", "so cùng kỳ": a comparison
AND_JOIN = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)  # "và" joining two phrases
# Between a bracket and the number after it: nothing but a change word ("(1.170 lượt) giảm 102
# lượt", "(95 vụ) thì giảm 8 vụ", "(398 vụ): tăng 14 vụ", "(115 đảng viên) tăng thêm 15"). (fullmatch)
CHANGE_RIGHT_AFTER = re.compile(r"[\s,:]*(?:thì\s+)?(?:tăng(?:\s+thêm)?|giảm)\s*", re.IGNORECASE)
# Between a change and its rate written before the comparison (fullmatch): "giảm 58 đơn, tương ứng ",
# "giảm 58 đơn (" (not ", bằng 92,7% so với …": the level now over the level then).
CHANGE_THEN_RATE = re.compile(
    rf"(?:\s+{_LETTER}+){{0,3}}\s*(?:,\s*(?:tương\s+ứng|tương\s+đương|tức)(?:\s+(?:với|là))?"
    r"(?:\s+(?:tăng|giảm))?|\(\s*(?:(?:tăng|giảm)\s+)?)\s*",
    re.IGNORECASE,
)
# From a change's rate to the bracket of the level compared with (fullmatch): "%) so với cùng kỳ năm
# 2022 ", "% so với năm trước " (no number, no clause break between).
RATE_THEN_COMPARISON = re.compile(
    r"\s*%\s*\)?\s*,?\s*so\s+(?:sánh\s+)?(?:với\s+)?[^\d;.()]*(?:\d{4}[^\d;.()]*)?", re.IGNORECASE
)
# What a comparison with another time opens with, after "so" ("so với cùng kỳ năm 2018", "so sánh với
# cùng kỳ", "so với 6 tháng đầu năm 2023", "so với đầu nhiệm kỳ", "so với 31/12/2022"; not "so với
# huyện Gio Linh", "so với bình quân …", "so với Nghị quyết năm 2023", "so với số Trung ương giao").
# (match)
TIME_COMPARED = re.compile(
    r"\s*(?:sánh\s+với\s+)?(?:cùng\s+(?:kỳ|kì|thời\s+điểm)|(?:\d+\s+)?(?:năm|tháng|quý|quí|kỳ|kì|ngày|đợt|khóa|khoá|nhiệm\s+kỳ|giai"
    r"\s+đoạn)(?!\w)|đầu|cuối|thời\s+điểm|\d)",
    re.IGNORECASE,
)


@functools.cache
def whole_words(words: str) -> re.Pattern[str]:
    """``words`` as a whole-word phrase (search), any case: "bị can" in "… số bị can.", not in "bị cano"."""
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE)


# A comparison that names its subject again before the other time (match, after "so"): "so với số việc
# có điều kiện thi hành năm 2016 chuyển sang năm 2017 (144.857 việc)", "so với số vụ cùng kỳ năm trước
# (95 vụ)", "so với số học sinh bỏ học năm học 2021-2022 (112 em)"; the subject's first words, up to
# three (``head``), must name the level compared with as well.  Never another body's or place's ("so
# với số hộ nghèo của xã Hải Phú năm 2023", "… xã Hải Phú …", "… trên địa bàn huyện …"): no "của",
# "tại", "ở", "trên" nor a place word among its words but "của" right before the time.
_SUBJECT_WORD = (
    rf"(?!(?:năm|tháng|quý|kỳ|cùng|của|tại|ở|trên|xã|huyện|tỉnh|phường|quận|thị|thành|địa|toàn|cả|khu|vùng)(?!\w))"
    rf"{_LETTER}+"
)
_OTHER_TIME = r"(?:cùng\s+kỳ|năm\s+học\s+\d|\d+\s+tháng|(?:năm|tháng|quý|kỳ)\s+(?:\d|trước|liền\s+kề))"
SUBJECT_THEN_TIME_COMPARED = re.compile(
    rf"\s*(?:với\s+)?(?:tổng\s+)?số\s+(?P<head>{_SUBJECT_WORD}(?:\s+{_SUBJECT_WORD}){{0,2}})"
    rf"(?:\s+{_SUBJECT_WORD}){{0,8}}?\s+(?:của\s+)?{_OTHER_TIME}",
    re.IGNORECASE,
)
# A list item that opens with a rate's label (match, at the item's start): "Tỷ lệ dân tộc Cờ Lao 0,84%".
RATE_LABEL_OPENS = re.compile(r"(?i)\s*(?:[-–•+]\s*)?t[ỷỉ]\s+lệ(?!\w)")
# What is left, named before the last share of a run (search, between the share before and it):
# "…, còn lại là các dân tộc khác chiếm 1,29%", "; số còn lại chiếm 5%".
REST_LEAD = re.compile(r"(?i)(?<!\w)còn\s+lại(?!\w)")
# The word of letters right after a stretch (match): "vụ án| hình sự" → "hình"; none before a number or a comma.
NEXT_LETTER_WORD = re.compile(rf"\s+(?P<word>{_LETTER}+)")
# Words that make a bracket or a stretch before a comparison no earlier level of the same thing:
# a part or another subject ("(trong đó quý II tiếp nhận 268 đơn)", "(riêng tháng 6 thu 612 tỷ
# đồng)", "(trong năm đã giải quyết 385 vụ)", "…; riêng Ban Tiếp công dân tỉnh, so với …").
NOT_THE_SAME_LEVEL = re.compile(
    r"(?<!\w)(?:trong\s+(?:đó|số|năm|kỳ|kì|tháng|quý|quí)|riêng|gồm|bao\s+gồm|do|chiếm|bình\s+quân|trung\s+bình)(?!\w)",
    re.IGNORECASE,
)
# Words after a count, in its clause, that give it a class of its own ("56 học viên loại giỏi;", "12 chi
# bộ đạt …;", "9 đoàn viên xuất sắc;"), and words before it that do ("dự bị 5 đồng chí;", "miễn đánh giá 8
# đồng chí;", "đảng viên nữ: 20;"; not "được đánh giá, xếp loại: 56", the ones rated): such a count is one
# class of a list or a group apart, never the total of the classes after it.
CLASSED_AFTER = re.compile(
    r"(?<!\w)(?:loại|xếp\s+loại|đạt|hoàn\s+thành|được\s+công\s+nhận|xuất\s+sắc|tiêu\s+biểu|dự\s+bị|chính\s+thức"
    r"|nam|nữ)(?!\w)",
    re.IGNORECASE,
)
CLASSED_BEFORE = re.compile(r"(?<!\w)(?:miễn|dự\s+bị|chính\s+thức|nam|nữ|xuất\s+sắc|tiêu\s+biểu)(?!\w)", re.IGNORECASE)
# Where the second count of a pair under one action ends: its noun closes the phrase ("kiểm tra 4
# tổ chức đảng, 18 đảng viên;"), no predicate of its own follows ("120 quần chúng được học …").
PAIRED_COUNT_END = re.compile(
    r"\s*(?:[,;.:()]|$|(?:và|trong\s+đó|khi|thuộc|của|tại|ở)(?!\w))", re.IGNORECASE
)  # … or a qualifier of both follows ("23 đảng viên khi có dấu hiệu vi phạm", "… thuộc diện …")
# What may stand between that action and the pair's first count (a few words: "giám sát thường xuyên 47
# chi bộ", "kiểm tra đối với 156 tổ chức đảng"), and between the first count's noun and the second count
# (a few words of its own, then a comma or "và": "11 tổ chức đảng cấp dưới, 26 đảng viên").
ACTION_PAIR_LEAD = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}")
ACTION_PAIR_JOIN = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*(?:,|\svà)\s*", re.IGNORECASE)
# The cues that list what a count is made of, and the bodies whose members such a list names
# ("bầu Ban Thường vụ gồm 09 ủy viên").
# Before a body whose members follow "gồm": the act that formed it ("bầu Ban Kiểm tra gồm …",
# "chỉ định Ban Chấp hành gồm …", "kiện toàn Ban Chỉ đạo gồm …").
BODY_FORMED = re.compile(
    r"(?<!\w)(?:bầu|bầu\s+ra|chỉ\s+định|kiện\s+toàn|thành\s+lập|cử|công\s+nhận|ra\s+mắt|là)\s*$", re.IGNORECASE
)
COMPOSED_OF = re.compile(r"(?:bao\s+)?gồm(?:\s+có)?", re.IGNORECASE)
COMPOSED_BODY = re.compile(
    r"(?<!\w)(?:Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Ban\s+Chỉ\s+đạo|Thường\s+trực|chi\s+ủy|chi\s+uỷ|cấp\s+ủy|cấp\s+uỷ|"
    r"Hội\s+đồng|(?:Ủy|Uỷ)\s+ban\s+Kiểm\s+tra|Ban\s+Kiểm\s+tra|Ban\s+Thẩm\s+tra|Ban\s+Giám\s+hiệu|Ban\s+Giám\s+đốc|"
    r"Ban\s+Chỉ\s+huy|Đoàn\s+Chủ\s+tịch|Đoàn\s+Thư\s+ký|Đoàn\s+đại\s+biểu)(?!\w)",
    re.IGNORECASE,
)
# The size of a Party committee or its standing board (extractor/find/committees.py): the
# body's name, its qualifiers ("Ban Chấp hành Đảng bộ Tập đoàn khóa III", years of its term
# allowed) and a linking word right before the count ("gồm", "có", "là", a colon) …
_SIZED_BODY = r"(?P<body>Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|BTV)(?!\w)"
BODY_SIZE_REACH = 140  # characters before a count where its body's name may start
SIZED_BODY_NAME = re.compile(rf"(?<!\w){_SIZED_BODY}", re.IGNORECASE)  # where a body's name starts (finditer)
BODY_SIZE_BEFORE = re.compile(
    rf"(?<!\w){_SIZED_BODY}(?:(?P<qualifier>(?:[^\d;.()!?:\n]|\d{{4}}\s*[-–]\s*\d{{4}})*?)"
    r"\s*(?:(?:bao\s+)?gồm\s+có|(?:bao\s+)?gồm|có|là|với)|\s*:)?\s*:?\s*$",
    re.IGNORECASE,
)
# … or the count, its members' noun, then "vào"/"tham gia" and the name ("80 đồng chí vào Ban
# Thường vụ"); the qualifier is then not read.
BODY_SIZE_AFTER = re.compile(
    rf"\s+(?:được\s+bầu\s+|trúng\s+cử\s+)?(?:vào|tham\s+gia)\s+{_SIZED_BODY}(?P<qualifier>)", re.IGNORECASE
)
# … or the count, then "ủy viên" and the name, the clause ending there ("bầu 187 ủy viên Ban Chấp
# hành, 134 đại biểu …"; "54 ủy viên Ban Thường vụ,").
MEMBERS_OF_BODY = re.compile(
    rf"\s*(?:ủy|uỷ)\s+viên\s+{_SIZED_BODY}(?P<qualifier>)(?=\s*(?:[,;.:()]|$|và\s|\n))", re.IGNORECASE
)
# … but not a count added or appointed to the body ("chỉ định tăng thêm 01 ủy viên Ban Chấp
# hành", "chủ trương bầu 01 ủy viên Ban Thường vụ", "bầu bổ sung 2 ủy viên …"): before the count.
MEMBERS_ADDED_BEFORE = re.compile(
    r"(?<!\w)(?:thêm|bổ\s+sung|chỉ\s+định|chủ\s+trương|kiện\s+toàn|tăng|giảm|thôi|miễn\s+nhiệm)(?!\w)[^\d;.]{0,30}$",
    re.IGNORECASE,
)
BODY_THEN_NUMBER = re.compile(rf"{_SIZED_BODY}\s*:?\s*", re.IGNORECASE)  # "Ban Chấp hành 40": its size
# A size's members' noun and nothing more of them: "gồm 35 ủy viên;", not "có 8 đồng chí nữ", "05
# đồng chí nghỉ hưu" (members of a kind, or what some did).
MEMBER_NOUN_AFTER = re.compile(
    r"\s*(?:ủy\s+viên|uỷ\s+viên|đồng\s+chí|đ/c|người|thành\s+viên)(?!\w)"
    r"(?=\s*(?:[,;.:()]|$|và\s|vào\s|được\s+bầu\s+vào|tham\s+gia\s|\n|trong\s+đó|gồm|\(|\s*-))",
    re.IGNORECASE,
)
PLURAL_BODIES = re.compile(r"^\s*(?:các|những|mỗi)(?!\w)", re.IGNORECASE)  # "Ban Thường vụ các chi, đảng bộ …"
STANDING_BOARD = re.compile(r"Ban\s+Thường\s+vụ|BTV", re.IGNORECASE)
# A Party committee named before the count of its members (extractor/find/roles.py): "Đảng ủy
# xã có 15 đồng chí", "Chi ủy gồm 3 đồng chí", "Ban Chấp hành Đoàn xã gồm 11 đồng chí", "ĐU xã có
# 15 đ/c"; or after it ("bầu 15 đồng chí vào Ban Chấp hành").
COMMITTEE_NAME = re.compile(
    r"(?<!\w)(?:(?i:Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Thường\s+trực|(?:Đảng|Chi|cấp|Huyện|Tỉnh|Thành|Quận|Thị|"
    r"Khối)\s+(?:ủy|uỷ))|BCH|BTV|ĐU|ĐUK|HU|TU|ThU)(?!\w)"  # the abbreviations in capitals only
)
# A post's own words that put it on the standing board, which also holds the secretaries ("5 ủy
# viên Ban Thường vụ"); not "phó bí thư thường trực", a post of the committee.
STANDING_BOARD_POST = re.compile(r"[^,;:.()\d]{0,30}?(?<!\w)(?:Ban\s+Thường\s+vụ|Thường\s+vụ|BTV)(?!\w)", re.IGNORECASE)
# The post a count's holders hold, written right after its number ("2 bí thư chi bộ", "35 đồng chí
# là bí thư chi bộ", "3 đ/c là chi ủy viên", "22 huyện ủy viên", "1 nguyên chủ tịch UBND", "01bí thư").
_HOLDER_LEAD = (
    r"\s*(?:(?:đồng\s+chí|đ/c|người|đại\s+biểu|đảng\s+viên)\s+(?:là\s+|giữ\s+chức\s+(?:vụ\s+)?)?)?(?:nguyên\s+)?"
)
_MEMBER_POST = r"(?:(?:chi|đảng|cấp|tỉnh|huyện|thành|quận|thị|khu)\s+)?(?:ủy|uỷ)\s+viên"
POST_AFTER = re.compile(
    rf"{_HOLDER_LEAD}(?:phó\s+bí\s+thư|bí\s+thư|{_MEMBER_POST}|(?:phó\s+)?chủ\s+tịch)(?!\w)", re.IGNORECASE
)
MEMBER_POST_AFTER = re.compile(rf"{_HOLDER_LEAD}{_MEMBER_POST}(?!\w)", re.IGNORECASE)  # a committee's plain members'
# A committee named before a count that acts on those counted rather than has them: "Đảng ủy xã đã
# thi hành kỷ luật 6 đảng viên", "Ban Thường vụ Huyện ủy đã chỉ định bổ sung 7 đồng chí".
COMMITTEE_ACTS = re.compile(
    r"(?<!\w)(?:thi\s+hành|kỷ\s+luật|chỉ\s+định|điều\s+động|luân\s+chuyển|bổ\s+nhiệm|khen\s+thưởng|kiểm\s+tra|"
    r"giám\s+sát|xem\s+xét|giới\s+thiệu|tặng|trao|(?<!bầu\s)(?<!đề\s)(?<!ứng\s)(?<!tái\s)cử|phân\s+công|tập\s+huấn|"
    r"bồi\s+dưỡng|kết\s+nạp|triệu\s+tập|mời)(?!\w)",
    re.IGNORECASE,
)
# A passive before an act word: the committee named before it is acted on ("do Đại hội bầu cử",
# "được Huyện ủy chỉ định bổ sung", "sau khi điều động").
PASSIVE_WORD = re.compile(r"(?<!\w)(?:được|do|bị|sau\s+khi)(?!\w)", re.IGNORECASE)
# A total's own words that name the posts its holders hold ("40 học viên là chủ tịch, phó chủ tịch UBND
# cấp xã, gồm …"); not "cán bộ lãnh đạo", who hold many posts.
HOLDERS_NAMED = re.compile(
    r"(?<!\w)là\s+(?:các\s+)?(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|trưởng)(?!\w)", re.IGNORECASE
)
# Where a clause ends, read backwards from a count for the words that name what it counts.
CLAUSE_MARK_SPLIT = re.compile(r"[;.:()]")
SENTENCE_MARK_SPLIT = re.compile(r"[;.](?!\d)")  # … or where its sentence or clause starts (not "31/12/2023"'s dots)
# The words after a count that say those counted were left out of a rating: exempt, not (yet)
# rated or ranked, exempt from Party work ("2 đồng chí được miễn đánh giá do tuổi cao", "1 chi bộ
# mới thành lập chưa đánh giá", "3 đảng viên không xếp loại", "miễn công tác và sinh hoạt đảng").
_RATING_VERB = r"(?:đánh\s+giá|xếp\s+loại|phân\s+loại)"  # rating (evaluating, ranking, classing) a member or a cell
NOT_RATED_AFTER = re.compile(
    rf"[^,;.:()\d]{{0,40}}?(?<!\w)(?:(?:được\s+)?miễn\s+(?:{_RATING_VERB}|công\s+tác|sinh\s+hoạt)|"
    rf"(?:không|chưa)\s+(?:được\s+|tham\s+gia\s+)?{_RATING_VERB})(?!\w)",
    re.IGNORECASE,
)
# Before a total in its clause (search), or right after its number (match): it counts those rated,
# not a stock ("kết quả đánh giá 38 đồng chí", "tổng số đảng viên được đánh giá là 280", "250 đảng
# viên được xếp loại").
RATED_TOTAL = re.compile(rf"(?<!\w){_RATING_VERB}(?!\w)", re.IGNORECASE)
RATED_AFTER = re.compile(
    rf"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:được\s+|đã\s+được\s+)?{_RATING_VERB}(?!\w)", re.IGNORECASE
)
# The same words before the count, filling its clause up to its number (fullmatch): "được miễn
# đánh giá ", "chưa xếp loại: ".
NOT_RATED_BEFORE = re.compile(
    rf"\s*(?:(?:được\s+)?miễn\s+{_RATING_VERB}(?:,?\s*xếp\s+loại)?|(?:không|chưa)\s+(?:được\s+)?{_RATING_VERB})\s*:?\s*",
    re.IGNORECASE,
)
# Between a list and a count said to be besides it (search): "…; ngoài ra có 10 đồng chí …".
BESIDES = re.compile(r"(?<!\w)(?:ngoài\s+ra|ngoài\s+số\s+(?:trên|này|đó)|bên\s+cạnh\s+đó)(?!\w)", re.IGNORECASE)
# The words a body's qualifier may hold in lower case outside a capitalised name ("Ban Chấp
# hành Đảng bộ tỉnh khóa mới", "… nhiệm kỳ 2015 - 2020"); any other ("Ban Thường vụ Tỉnh ủy chỉ
# định tăng thêm 01 ủy viên") makes the count something the body did, not its size.
BODY_QUALIFIER_WORD = re.compile(
    r"khóa|khoá|nhiệm|kỳ|lần|thứ|mới|của|tỉnh|huyện|thị|xã|thành|phố|phường|trấn|đảng|bộ|hội|cơ|sở|các|khối|"
    r"quan|doanh|nghiệp|trực|thuộc|tập|đoàn|công|ty|trường|chi|ủy|uỷ|ban|hiện|nay|[ivxlc]+|\d{4}|[-–]",
    re.IGNORECASE,
)
BODY_QUALIFIER_TOKEN = re.compile(r"\d{4}|[-–]|[^\W\d_]+")
# A body's qualifier that holds a predicate: the count is not the body's size ("Ban Thường vụ
# Tỉnh ủy đã kiểm tra 35 đồng chí").
BODY_PREDICATE = re.compile(
    r"(?<!\w)(?:đã|được|sẽ|đang|tổ\s+chức|kiểm\s+tra|giám\s+sát|họp|tặng|xét|giới\s+thiệu|cử|phân\s+công|"
    r"quyết\s+định|ban\s+hành|lãnh\s+đạo|chỉ\s+đạo|thi\s+hành|kỷ\s+luật|dự|vắng|tham\s+dự|trong\s+đó)(?!\w)",
    re.IGNORECASE,
)
# A remainder's own words that it is still open ("còn lại 20 đơn chưa giải quyết", "… đang xác
# minh"): the rest of what was received, not of what was handled on time.
OPEN_STATUS_AFTER = re.compile(r"[^,;.]{0,20}?(?<!\w)(?:chưa|đang)(?!\w)", re.IGNORECASE)
# An age band: "dưới 30 tuổi", "từ 31 đến 50 tuổi", "trên 60 tuổi".
AGE_BAND = re.compile(r"\d+(?:[.,]\d+)?\s*tuổi(?!\s+đảng)", re.IGNORECASE)  # (not years in the Party: "30 tuổi Đảng")
PART_WORDS_END = re.compile(r"[,;(]")  # where a listed part's own words end
# A count's own words that name it a best class of a scale no rating key holds (the Youth and
# mass organisations' "xuất sắc", "tiêu biểu"): "412 đoàn viên xuất sắc, 1.198 đoàn viên khá" is
# the first class of the run, not the total of those after it (match after the number).
CLASS_WORD_AFTER = re.compile(r"[^\d,;.:()]{0,25}?(?<!\w)(?:xuất\s+sắc|tiêu\s+biểu)(?!\w)", re.IGNORECASE)
# … or written right before it ("xếp loại xuất sắc 21 đoàn viên, khá 52 …"): search the text before the number.
CLASS_WORD_BEFORE = re.compile(r"(?<!\w)(?:xuất\s+sắc|tiêu\s+biểu)\s*:?\s*$", re.IGNORECASE)
# A list item's label of one or two words, after a separator and right before its number
# ("xếp loại học lực: giỏi 120 em, khá 250 em", "HTXS NV: 24"): search the text before the number.
SHORT_ITEM_LABEL = re.compile(r"(?:^|[,;:])\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:?\s*$")
# … and one opening an enumeration: right after its colon ("học lực: giỏi 120 em") or before
# its own ("giỏi: 35 học viên"), not a phrase after a comma ("…, hiện có 46 hội viên, …").
OPENING_ITEM_LABEL = re.compile(
    r"(?::\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*|(?:^|[,;:])\s*(?P<named>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:\s*)$"
)
# … naming a whole, not a class: a stock, a sum or a scope word ("có 120", "Tổng số: 127").
WHOLE_LABEL = re.compile(
    r"^(?:có|gồm(?:\s+có)?|là|với|tổng(?:\s+(?:số|cộng))?|cộng|toàn\s+\w+|số|trong\s+đó|được|đã|còn|riêng)$",
    re.IGNORECASE,
)
# Words naming a violation as the reason for an action, not as a stage of an inspection
# ("xoá tên do vi phạm là hơn 38,519", "kỷ luật … do vi phạm nguyên tắc …").
VIOLATION_AS_REASON = re.compile(r"(?<!\w)(?:do|vì|bởi)\s+(?:có\s+)?(?:vi|sai)\s+phạm(?!\w)", re.IGNORECASE)
# A linking word opening a listed part's label, naming nothing ("; có 12 đồng chí nữ").
LINKING_LEAD = re.compile(r"^(?:có|là|gồm)(?:\s+|$)", re.IGNORECASE)
# A linking word closing a listed part's label before its number ("+ Đảng viên nam là: 12 đ/c",
# "Đảng viên nữ có 17"): the class is named by the words before it.
LINKING_TAIL = re.compile(r"(?<!\w)(?:là|có)\s*$", re.IGNORECASE)
# Where a listed class's own words end: a separator, the end of the sentence, or "và" before
# the next part ("12 đảng viên nam và 10 đảng viên nữ").
CLASS_OWN_WORDS_END = re.compile(r"[,;(:]|\.(?!\w)|\s(?:và|với)\s", re.IGNORECASE)
# A number in a part's label that is another figure (the part before's), not an age band or a
# duration the label names ("cấp ủy dưới 40 tuổi có 35", "Đào tạo dưới 3 tháng 600 người"). The
# first number of a band ("từ 18 đến 30 tuổi", "18 - 30 tuổi") is part of the band too.
LABEL_NUMBER = re.compile(
    r"\d(?![\d.,]*\s*(?:(?:đến|tới|-|–)\s*(?:dưới\s+)?\d+\s*)?(?:tuổi|tháng|ngày)(?!\w))", re.IGNORECASE
)
CLAUSE_SEPARATOR = re.compile(r";|,(?!\d)")  # what ends a clause inside a sentence (not "12,5")
# The words right before a period it is compared with ("giảm 2,65% so với năm 2017", "so cùng kỳ
# năm 2021"): that period is no period of the figures after it in the sentence.
COMPARED_PERIOD_LEAD = re.compile(r"(?<!\w)so(?:\s+với)?(?:\s+cùng\s+kỳ)?\s*$", re.IGNORECASE)
YEAR_EDGE_RE = re.compile(r"(?<!tháng\s)(?P<pos>đầu|cuối)\s+năm\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Exclusions: numbers that are not figures
# ---------------------------------------------------------------------------

DOC_TYPE_WORDS: tuple[str, ...] = (
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Hướng dẫn",
    "Quy định",
    "Quyết định",
    "Kế hoạch",
    "Đề án",
    "Công văn",
    "Thông báo",
    "Báo cáo",
    "Chương trình",
    "Nghị định",
    "Thông tư",
    "Tờ trình",
    "Thông tri",
    "Điều",
    "Khoản",
    "Mục",
    "Chương",
    "Phụ lục",
    "Tiêu chí",
)
NAME_WORDS: tuple[str, ...] = (
    "Trung ương",
    "Ban Chỉ đạo",
    "lần thứ",
    "kỳ họp thứ",
    "khóa",
    "khoá",
    "Hội nghị",
    "Đại hội",
    "Quân khu",
    "Sư đoàn",
    "Trung đoàn",
    "Phường",
    "Quận",
    "Chi bộ",
    "Tổ đảng",
    "mức độ",  # "đạt chuẩn Quốc gia mức độ 1": a level, not a count
    "cấp độ",
)
# What may follow a numbered hospital's name ("Bệnh viện 108 đồng thời …", "… 108 tổ chức …").
HOSPITAL_NAME_FOLLOWERS: tuple[str, ...] = (
    "và",
    "đã",
    "đang",
    "sẽ",
    "đồng thời",
    "tổ chức",
    "có",
    "là",
    "được",
    "cũng",
    "với",
    "tại",
    "của",
    "trong",
    "thực hiện",
    "triển khai",
    "phối hợp",
    "tiếp nhận",
    "khám",
    "điều trị",
)
# Persons a number after a unit's or village's name may count instead ("bí thư chi bộ 38 người").
PERSONS_COUNTED = r"(?<!\w)(?:người|đồng\s+chí|đảng\s+viên)(?!\w)"
# Names of a level or body whose number a count of a noun may follow instead ("cấp Trung ương 12 hộ").
LEVEL_NAME_WORDS: tuple[str, ...] = ("Trung ương", "mức độ", "cấp độ")
# The levels listed after "Trung ương" with their counts ("Trung ương 2, tỉnh 12, huyện 24").
LISTED_LEVEL_WORDS: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "cơ sở",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "cấp cơ sở",
)
# A zone named by its number ("xã vùng 2 biên giới", "Khu vực 1 có 14 chi bộ"), not a count of
# places or land after the zone word ("khu vực 12 xã phía Nam", "vùng 500 ha lúa").
ZONE_WORDS: tuple[str, ...] = ("vùng", "khu vực", "tiểu khu")
ZONE_COUNTED: tuple[str, ...] = (
    "xã", "phường", "thị trấn", "thôn", "bản", "ấp", "huyện", "tỉnh", "hộ", "ha", "km", "m2",
)  # fmt: skip
# Teams named by a number only with "số" ("Đoàn kiểm tra số 2"; "Đoàn kiểm tra 12 tổ chức" counts).
TEAM_NAME_WORDS: tuple[str, ...] = ("Đoàn kiểm tra", "Đoàn công tác", "Tổ công tác", "Tổ kiểm tra")
# Names of local units that list several numbers ("Tổ dân phố 55,56 và 57", "tổ 15,16 và 20",
# "xóm 3"); an electoral unit only with "số" ("Đơn vị bầu cử số 2"; "12 đơn vị bầu cử" counts).
LOCAL_NAME_WORDS: tuple[str, ...] = ("Tổ dân phố", "Khu phố", "Tổ", "Xóm", "Ấp", "Khóm")
# The heads of organisations' proper names, which may end in a number ("Công ty Sông Đà 5"), and
# the words of what a name does right after it ("… 2 được thành lập", "… 5 có 120 lao động").
ORG_NAME_HEADS: tuple[str, ...] = (
    "Chi bộ", "Đảng bộ", "Công ty", "Tổng công ty", "Nhà máy", "Xí nghiệp", "Chi nhánh", "Trạm",
)  # fmt: skip
ORG_NAME_FOLLOWERS: tuple[str, ...] = ("được", "gồm", "có", "đã", "là", "thuộc", "trực thuộc", "vừa", "đang")
# The kinds of school a "Trường" names ("Trường THCS Lê Lợi 2", "Trường TH Thị trấn Phong Điền 1").
SCHOOL_KINDS: tuple[str, ...] = (
    "TH", "THCS", "THPT", "PTDTBT", "PTDTNT", "PTCS", "MN", "Mầm non", "Mẫu giáo", "Tiểu học", "Trung học",
    "Phổ thông", "Đại học", "Cao đẳng", "Trung cấp", "Chính trị", "Dân tộc",
)  # fmt: skip
# Nouns a number after "Phòng"/"Cụm" may count, where the capital only opens a sentence ("Cụm 4
# trường đạt chuẩn", "Cụm 3 khu công nghiệp", "Cụm 12 cụm"; not "Phòng 1 giường", a kind of room).
OFFICE_COUNTED: tuple[str, ...] = (
    *ZONE_COUNTED, "trường", "khu", "cụm", "phòng", "cơ sở", "đơn vị", "doanh nghiệp", "lớp", "trạm",
)  # fmt: skip


def document_number() -> str:
    """A directive or document number: ``21-NQ/TW``, ``181 - CV/ĐU``, ``30/2020/NĐ-CP``, ``1234/QĐ-TTg``."""
    symbol = rf"[A-ZĐ]{_LETTER}*"
    party = rf"\d+(?:{DASHES}\s*{symbol}|\s+{DASHES}\s*{symbol}(?=\s*/))(?:\s*/\s*[\wĐđ-]*)?"
    # (not a count over its plan: "125/KH 100 đảng viên", "3.450/KH 3.000 lao động"; "45/KH năm
    # 2023", "125/KH 2023" stay numbers of documents)
    state = rf"\d+(?:/(?:19|20)\d\d)?/(?!{_PLAN_AMOUNT_AFTER_SLASH})[A-ZĐ]{_LETTER}*(?:[-/][\wĐđ]+)*"
    return rf"(?<![\w/])(?:{party}|{state})"


def document_reference() -> str:
    """A number right after a document type word: ``Hướng dẫn 02``, ``Quyết định số 35``, ``Điều 5``
    (not a percentage: ``Nghị quyết 98% đảng viên`` states a target; written in lower case, a
    type word is a verb when a counted noun follows: ``kết luận 85 đảng viên có vi phạm``; nor an
    amount: ``sai quy định 154 tỷ đồng``, ``quyết định 1.250 người``, ``hướng dẫn 10 đơn``; but
    after ``số`` a number of a document whatever follows: ``hướng dẫn số 10 đơn vị thực hiện``)."""
    number = r"\s+(?:số\s*:?\s*)?\d+(?!\d)(?![.,\d]*\s*%)"
    amount = rf"(?![.,]\d)(?!\s*{money_unit()}|\s+{scale_word()})"
    named = rf"(?-i:{_words(*DOC_TYPE_WORDS)}){number}"  # "Chỉ thị 05 đảng viên …" is still Chỉ thị 05
    # (a verb counts letters and files too: "hướng dẫn 10 đơn", "kết luận 12 vụ việc")
    counted = rf"(?![ \u00a0]+(?:{_words(*WORD_COUNTED_NOUNS)}|vụ(?!\w)))"
    verb = rf"(?-i:{_words(*(w.lower() for w in DOC_TYPE_WORDS))}){number}{amount}{counted}"
    # "số" after the type word makes it a document's number, whatever follows ("hướng dẫn số 10 đơn vị
    # thực hiện …": guidance no. 10)
    numbered = rf"(?-i:{_words(*(w.lower() for w in DOC_TYPE_WORDS))})\s+số\s*:?\s*\d+(?!\d)(?![.,\d]*\s*%)"
    return rf"(?:{named}|{numbered}|{verb})"


def name_number() -> str:
    """A number inside a name: ``Trung ương 4``, ``Ban chỉ đạo 35``, ``lần thứ 7``, ``Chi bộ 2``, ``4.0``,
    ``Đơn vị bầu cử số 2``, ``Tổ dân phố 55,56 và 57``, ``tiêu chí mức 2``, ``lớp chồi 3``, ``5 điều Bác Hồ dạy``.

    Name and number on one line, separated by spaces only (a table row label "Chi bộ" and
    its cells are separated by tabs).  Compile case-insensitive.
    """
    listed = r"\d+(?:[ \u00a0]*(?:,|và)[ \u00a0]*\d+(?![\d.,]*[ \u00a0]*%))*"  # "Tổ dân phố 55,56 và 57"
    electoral = r"Đơn\s+vị\s+bầu\s+cử\s+số\s+\d+"
    # persons counted after a post, not a name's number ("trưởng thôn 25 người"); not a person's name
    # after "đồng chí"/"đảng viên" ("Chi bộ 3 đảng viên Nguyễn Văn An"), nor "người dân" ("Phường 12 người dân")
    persons_after = rf"(?![ \u00a0]+{PERSONS_COUNTED}(?![ \u00a0]+(?:dân(?!\w)|(?-i:[{VIET_CAPITALS}]))))"
    # a village by its number ("Chi bộ thôn 1, thôn 2"), not rural development's amount ("nông thôn 2.174 tỷ")
    village = (
        rf"(?<!nông[ \u00a0])(?<!\w)(?:thôn|buôn)[ \u00a0]+(?:số[ \u00a0]+)?{listed}(?!\d)"
        rf"(?![\d.,]*[ \u00a0]*(?:{_words(*SCALE_WORDS)}|đồng(?!\w)(?!\s+(?:chí|bào))|USD|%))" + persons_after
    )  # (nor persons counted after a post: "trưởng thôn 25 người"; "Chi bộ thôn 3 tổ chức 6 buổi" names)
    local = (  # (not persons counted after a post: "trưởng ấp 27 người", "tổ trưởng tổ dân phố 12 người")
        rf"{_words(*LOCAL_NAME_WORDS)}[ \u00a0]+(?:số[ \u00a0]+)?{listed}(?!\d){persons_after}|{electoral}|{village}"
    )
    # a whole number, not an amount's first digits ("ngân sách Trung ương 1.933,8 triệu đồng")
    whole = r"\d+(?!\d|[.,]\d)"  # (no backtracking to "Trung ương 12" in "Trung ương 12.500")
    # ... nor an amount after the name ("ngân sách trung ương 3 tỷ đồng", "Trung ương 5 triệu")
    numbers = rf"[ \u00a0]+(?:số[ \u00a0]+)?{whole}(?:[ \u00a0]*,[ \u00a0]*{whole})*"
    # ("đồng" starting another word is no money: "Bệnh viện 108 đồng thời …")
    no_amount = (
        rf"(?![\d.,]*[ \u00a0]*%)(?![ \u00a0]*(?:{_words(*SCALE_WORDS)}|đồng(?!\s+(?:{_NOT_MONEY_DONG}))|USD)(?!\w))"
    )
    plain = [w for w in NAME_WORDS if w not in LEVEL_NAME_WORDS]
    # ... and after a level's name, nor a count of a noun ("cấp Trung ương 12 hộ", "mức độ 1, 5 trường";
    # a unit's own name goes on: "Chi bộ 4 tổ chức …", "Chi bộ 5 phường …")
    counted = (
        rf"(?![ \u00a0]+(?:{_words(*WORD_COUNTED_NOUNS, *ZONE_COUNTED, 'trường')})"
        rf"(?![ \u00a0]+(?-i:[{VIET_CAPITALS}])))"  # ("mức độ 1 Trường Tiểu học Kim Đồng", "cấp độ 2 xã Tân An": names)
    )
    # ... nor the first of levels listed with their counts ("trong đó Trung ương 2, tỉnh 12, huyện 24")
    levels_listed = rf"(?![ \u00a0]*[,;][ \u00a0]*(?:{_words(*LISTED_LEVEL_WORDS)})[ \u00a0]+\d)"
    named = (
        rf"{_words(*plain)}{numbers}{no_amount}{persons_after}"
        rf"|{_words(*LEVEL_NAME_WORDS)}{numbers}{no_amount}{counted}{levels_listed}"
    )
    team = rf"{_words(*TEAM_NAME_WORDS)}[ \u00a0]+số[ \u00a0]+\d+"
    # a grade ("học sinh lớp 5", "vào lớp 1"), not classes of learners ("3 lớp 150 học viên",
    # "lớp 5 học viên"; a count of classes comes before: "1.417 lớp học")
    # … and a kindergarten's class by its age group ("lớp lớn 4", "lớp chồi 3", "lớp mầm 1"),
    # and a grade as a school's year group ("Khối 6 : 137 HS", "khối 10 có 347 học sinh")
    grade = (
        rf"(?<!\w)(?:lớp|khối)[ \u00a0]+(?:(?:lớn|nhỡ|nhỏ|bé|chồi|mầm|lá)[ \u00a0]+)?(?:1[0-2]|0?[1-9])"
        rf"(?![\d%]|[.,]\d|[ \u00a0]+học[ \u00a0]+viên){_not_counting()}"
        # two grades written with a comma and no space, read as a decimal otherwise ("khối 4,5"); not
        # an amount or a count at that rate ("mỗi lớp 2,5 triệu đồng", "mỗi lớp 1,5 giáo viên")
        rf"|(?<!\w)(?:lớp|khối)[ \u00a0]+(?:1[0-2]|[1-9]),(?:1[0-2]|[1-9])(?![\d%]|[.,]\d){no_amount}{_not_counting()}"
    )
    # a numbered hospital by its name, capitalised, its body maybe between ("Bệnh viện 108",
    # "Bệnh viện TWQĐ 108", "Bệnh viện Trung ương Quân đội 108"), not a count of beds or persons after it
    hospital = (
        rf"(?<!\w)(?-i:Bệnh)[ \u00a0]+viện"
        rf"(?:[ \u00a0]+(?:(?-i:[A-ZĐ]{{2,6}})|(?:Trung[ \u00a0]+ương[ \u00a0]+)?Quân[ \u00a0]+(?:đội|y)))?"
        rf"[ \u00a0]+\d{{2,3}}(?![\d%]|[.,]\d)"
        # … and only before a name's end: a mark, a link or verb, a capital ("Bệnh viện 108 đồng thời …",
        # "Bệnh viện 108 tổ chức …"), not a noun it may count ("Bệnh viện 20 khoa", "… 30 bác sĩ")
        rf"(?=[ \u00a0]*(?:[,.;:()\n]|$)|[ \u00a0]+(?:{_words(*HOSPITAL_NAME_FOLLOWERS)}|(?-i:[{VIET_CAPITALS}])))"
    )
    # the Young Pioneers' "5 điều Bác Hồ dạy" (the five teachings) is a name, no count
    teachings = r"(?<![\w.,])0?5(?=[ \u00a0]+điều[ \u00a0]+Bác(?:[ \u00a0]+Hồ)?[ \u00a0]+dạy)"
    # a level of a scale ("tiêu chí mức 2", "đạt mức 3"), not an amount at a rate ("mức 5 triệu đồng")
    level = (
        rf"(?<!\w)mức[ \u00a0]+[1-5](?![\d%]|[.,]\d|[ \u00a0]*(?:{money_unit()}|{scale_word()}|lần\b|[-–]))"
        rf"{_not_counting()}"
    )
    # an emulation cluster's or bloc's name, capitalised ("Cụm thi đua 1"; "cụm thi đua 5 huyện" counts)
    cluster = r"(?-i:Cụm|Khối)[ \u00a0]+thi[ \u00a0]+đua[ \u00a0]+(?:số[ \u00a0]+)?\d+(?!\d|[.,]\d)"
    # ... and an office or a cluster by its number, capitalised ("Phòng 10 Viện KSND tỉnh", "Cụm 2 đã
    # đăng ký"), not before a noun it may count ("Cụm 4 trường đạt chuẩn" opening a sentence,
    # "Cụm 12 cụm", "phòng 3 người")
    # (not the city of Hải Phòng, nor an amount after a name: "Hải Phòng 20 tỷ đồng")
    office = (
        rf"(?<!\w)(?<!Hải[ \u00a0])(?-i:Phòng|Cụm)[ \u00a0]+(?:số[ \u00a0]+)?\d{{1,2}}(?![\d%]|[.,]\d)"
        rf"{no_amount}{_not_counting()}{persons_after}(?![ \u00a0]+{_words(*OFFICE_COUNTED)})"
    )
    zone = (
        rf"(?<!\w){_words(*ZONE_WORDS)}[ \u00a0]+\d{{1,2}}(?![\d%]|[.,]\d)"
        rf"(?![ \u00a0]+{_words(*ZONE_COUNTED)}(?!\w)){_not_counting()}"
    )
    version = r"(?<![\w.,])\d\.0(?![\d,%])"  # "4.0"
    return rf"(?:{local}|{named}|{team}|{grade}|{hospital}|{teachings}|{level}|{cluster}|{office}|{zone}|{version})"


def organisation_name_number() -> str:
    """The number ending an organisation's proper name, before what the name does (``Chi bộ
    Truyền tải điện miền Đông 2 được thành lập gồm 21 đảng viên``, ``Công ty Sông Đà 5 có …``):
    its head capitalised (``Trường`` only before a kind of school: not ``Trường hợp``, ``Trường
    Sa``), the word before the number too, and a verb of the name after it (not ``tổ chức`` that
    is counted: ``… 25 tổ chức cơ sở đảng``).  ``extractor/text/values.py`` reads it only alone
    in its sentence and after no list cue (``… trong đó Đảng bộ xã An Phú 12 đã …, Đảng bộ xã
    Bình Lợi 19 đã …``: counts).  Compile case-insensitive."""
    school = _words(*SCHOOL_KINDS)
    heads = rf"(?-i:{_words(*ORG_NAME_HEADS)}|Trường(?=[ \u00a0]+(?-i:{school})))"
    counted = r"(?!\s+(?:cơ\s+sở|đảng|công\s+đoàn|bộ\s+phận|chính\s+trị|đoàn|hội)(?!\w))"
    followers = rf"(?:{_words(*ORG_NAME_FOLLOWERS)}|tổ[ \u00a0]+chức{counted})"
    return (
        rf"(?<!\w){heads}(?:[ \u00a0]+[^\W\d_]+){{0,5}}[ \u00a0]+(?-i:[{VIET_CAPITALS}])[^\W\d_]*"
        rf"[ \u00a0]+(?P<n>\d{{1,2}})(?![\d%]|[.,]\d)(?=[ \u00a0]+{followers}(?!\w))"
    )


def list_marker() -> str:
    """A list or heading number at the start of a line: ``1.``, ``2.1-``, ``2.1 ``, ``(2)``, ``II-``, ``3)``,
    ``1/ `` and ``I/`` (a slash and a space, not ``1/2``),
    and a table's row number (STT) before a tab: ``1\t``.

    Compile with ``re.MULTILINE``.
    """
    arabic = r"\d{1,2}(?:\.\d{1,2})*\s*[.)\-–:](?!\d)|\d{1,2}/(?=\s)|\d{1,2}(?:\.\d{1,2})+(?=\s)|\d{1,3}(?=\t)"
    return rf"^[ \t]*(?:{arabic}|\(\d{{1,2}}\)|[IVX]+\s*[.\-–)/])"


def enumerator() -> str:
    """An inline enumerator in parentheses: ``(3)`` in "… lãng phí (3) Định kỳ hàng tháng"."""
    return r"\(\d{1,2}\)"


def time_of_day() -> str:
    """A time: ``7h30``, ``14 giờ 30 phút``, ``8:00``, ``14 giờ``."""
    return r"(?<![\w.,])\d{1,2}(?:\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?|:\d\d)(?!\w)"


def duration() -> str:
    """A duration (a period, not a figure): ``02 năm``, ``6 tháng``, ``12 năm qua``, ``3 ngày``,
    and a list of them (``Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng``)."""
    units = _words("năm", "tháng", "tuần", "ngày", "giờ", "phút", "quý", "thập kỷ", "thế kỷ")
    # badge years listed before "năm tuổi Đảng" ("Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng"); no
    # other list ("năm 2022 là 56 và 9 tháng …": 56 is a count)
    join = r"(?:,[ \u00a0]*|[ \u00a0]*;[ \u00a0]*|[ \u00a0]+và[ \u00a0]+)"
    badges = rf"(?:\d{{2}}{join})+\d{{2}}[ \u00a0]+năm[ \u00a0]+tuổi(?!\w)"
    return rf"(?<![\w.,])(?:{badges}|\d+(?:[.,]\d+)?\s+{units})"


def calendar_word_number() -> str:
    """A month, day or quarter name: ``tháng 7``, ``ngày 16``, ``quý 2/2023`` (not "mỗi tháng 01 lần")."""
    every = r"(?<!mỗi )(?<!hằng )(?<!hàng )"
    # not the first digits of an amount ("10 tháng 3.798,254 tỷ đồng")
    return rf"(?<!\w){every}(?:tháng|ngày)\s+\d{{1,2}}(?!\d|[.,]\d{{3}})|(?<!\w)quý\s+[1-4](?=\s*(?:/|năm))"


def phone_number() -> str:
    """A phone or fax number after its label: ``ĐT: 0297.3862.123``."""
    return r"(?<!\w)(?:ĐT|SĐT|Điện thoại|Fax|Tel)\s*:?\s*[\d .()-]{6,}"


def time_zone() -> str:
    """A time zone in a page's time stamp: ``GMT+7`` in "Cập nhật lúc 08:33 … (GMT+7)"."""
    return r"(?<!\w)(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?(?!\d)"


def day_month_after_time_word() -> str:
    """A day and month without a year after a time of day: ``sáng 17.6``, ``chiều 16-9``,
    ``ngày 2/9`` — a date, never a figure (and never the range 16–9)."""
    when = _words(
        "sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng", "ngày", "hôm", "sáng nay", "chiều nay", "tối nay", "hôm qua"
    )
    # "Trong 2 ngày 10 và 11.7": the first day of a pair too
    days = r"(?:\d{1,2}\s+(?:và|,|-|–)\s+)?"
    return rf"{when}\s+{days}\d{{1,2}}\s*[./\-]\s*\d{{1,2}}(?![\d./\-]|\s*[./\-]\s*\d)"


def ordinal() -> str:
    """An ordinal, batch or round: ``nhiệm kỳ thứ 3``, ``mùa đông thứ 2``, ``đợt 2.9``, ``đợt 3``
    (not a rank: ``xếp thứ 3`` and ``đứng thứ 2`` are figures)."""
    batch = rf"{_words('đợt', 'vòng', 'phiên')}\s+\d{{1,2}}(?:[./]\d{{1,2}})?(?![\d%]|,\d|\s*/\s*\d)"
    ranked = r"(?<!xếp )(?<!đứng )(?<!hạng )(?<!vị trí )(?<!cao )(?<!thấp )"  # ranks are figures (rank())
    nth = rf"{ranked}(?<!\w)thứ\s+\d{{1,3}}(?![\d%]|,\d|\s*/\s*\d)"  # "thứ 3, huyện …"
    return rf"{batch}|{nth}"


def ages_named() -> str:
    """Ages that qualify who is counted, no figures: a list of them after the word that makes
    them ages turned or years in the Party (``mừng thọ cho 142 người tròn 70, 75, 80 và trên 100
    tuổi``, ``huy hiệu 50, 40, 30 tuổi Đảng``), and an age turned (``14 cụ tròn 70 tuổi``).  An
    average or an extreme stays a figure (``tuổi bình quân lần lượt là 48 và 50 tuổi``, ``trẻ
    nhất 33 tuổi``)."""
    # (a comma and a space: "50,05 tuổi" is one average, written with its decimals)
    join = r"(?:,[ \u00a0]+|[ \u00a0]+và[ \u00a0]+(?:trên[ \u00a0]+)?)"
    lead = r"(?<!\w)(?:tròn|huy[ \u00a0]+hiệu)[ \u00a0]+"
    listed = rf"{lead}(?:\d{{2,3}}{join})+\d{{2,3}}(?![.,]\d)[ \u00a0]+(?:năm[ \u00a0]+)?tuổi(?!\w)"
    turned = r"(?<!\w)tròn[ \u00a0]+\d{2,3}[ \u00a0]+tuổi(?!\w)"
    return rf"{listed}|{turned}"


def star_rating() -> str:
    """A rating in stars after what it rates: ``5 sao`` in "1 sản phẩm 5 sao", "khách sạn 4 sao"
    (a class, not a count; the count before it stays a figure)."""
    return r"(?<=[^\W\d_])[ \u00a0]+[1-5][ \u00a0]*sao(?!\w)"


def school_level() -> str:
    """A school level after a school word: ``cấp 3`` in "tốt nghiệp cấp 3", "trường cấp 1, cấp
    2" (the verb ``cấp`` grants a count: "cấp 2.000 thẻ", "cấp 3 giấy chứng nhận")."""
    school = r"(?:trường|tốt\s+nghiệp|bậc|học\s+sinh|học)"
    more = r"(?:[ \u00a0]*,[ \u00a0]*(?:cấp[ \u00a0]+)?[123])*"
    return rf"(?<!\w){school}[ \u00a0]+cấp[ \u00a0]+[123]{more}(?![\w%]|[.,]\d){_not_counting()}"


def age_after_word() -> str:
    """An age written after ``tuổi`` (``thanh niên tuổi 17``, ``lứa tuổi 17``): no count; not
    ``trẻ tuổi 2`` (two young ones), a count with its noun (``dưới 40 tuổi 24 người``), nor a
    count after an age band (``dưới 30 tuổi 125, từ 31 đến 50 tuổi 310``)."""
    return rf"(?<!trẻ )(?<!\d )(?<!\w)t(?:uổ|ổ)i[ \u00a0]+\d{{1,3}}(?![\w%]|[.,]\d){_not_counting()}"


def named_number_phrase() -> str:
    """Numbers inside fixed names and phrases, no figures: ``Covid 19`` (the dash dropped, or
    spaced: ``COVID – 19``),
    ``Mỗi xã 1 sản phẩm`` (a programme), ``1 số doanh nghiệp`` (``một số``: some), ``bảng 1``,
    ``biểu 2``, ``phụ lục 3`` (a table's number; "đại biểu 95" counts)."""
    return (
        r"(?<!\w)(?:covid(?:[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+)19"
        r"|mỗi[ \u00a0]+xã(?:[ \u00a0]*,[ \u00a0]*phường)?[ \u00a0]+0?1[ \u00a0]+sản[ \u00a0]+phẩm"
        r"|1[ \u00a0]+số(?=[ \u00a0]+[^\W\d_])"
        r"|(?:bảng|(?<!đại )biểu|phụ[ \u00a0]+lục)[ \u00a0]+\d{1,2}(?![\w%/]|[.,]\d))"
    )


def slogan_numbers() -> str:
    """The numbers of a campaign's or movement's name in quotation marks, made of nothing but
    small numbers each with one or two words: ``“5 không, 3 sạch”``, ``“3 công khai, 4 kiểm
    tra”``, ``"4 an toàn"``.  Not a quotation that goes on (``“2.000 đảng viên mỗi năm được
    kết nạp”``), nor a number with a unit, a scale word or a percent sign (``“60 triệu đồng”``)."""
    word = rf"{_LETTER}+"
    money = rf"(?:{_words(*SCALE_WORDS)}|đồng|USD|VNĐ)(?!\w)"  # "“60 triệu đồng”" is an amount
    item = rf"\d{{1,2}}[ \u00a0]+(?!{money}){word}(?:[ \u00a0]+{word})?"
    joint = r"[ \u00a0]*(?:,|-|–|;|và)[ \u00a0]*"
    names = rf"{item}(?:{joint}{item})*"
    # a straight quote opens only right before its number and closes right after its words:
    # '"nông thôn mới" 18 xã và 5 xã đạt "…"' holds figures between two names
    return rf"(?:(?<=“)[ \u00a0]*{names}[ \u00a0]*(?=”)|(?<=(?<!\w)\"){names}(?=\"))"


def numbered_place() -> str:
    """A room's, building's, school's or address's number: ``phòng họp số 01``, ``trụ sở số 19``,
    ``trường TH số 2``, ``số 125/14 đường Trần Phú``; a month and year with a dot: ``tháng
    1.2014``; a holiday's day and month (``Quốc khánh 2/9``, ``nhân dịp 30/4``)."""
    place = r"(?:phòng\s+họp|phòng|trụ\s+sở|nhà|đường|lô|căn\s+hộ|hộp\s+thư|trường(?:\s+[A-ZĐ]{1,5})?)\s+số\s+\d+"
    # a house number before its street: "tại số 125/14 đường Trần Phú" (not the share 125/14)
    address = r"số\s+\d+[A-Z]?(?:/\d+[A-Z]?)*(?=[ \u00a0,]+(?:đường|phố|ngõ|ngách|hẻm|kiệt)(?!\w))"
    month_year = r"tháng\s+\d{1,2}\.(?:19|20)\d\d(?!\d)"
    day_month = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![/\d])"
    # right after the holiday word ("Quốc khánh 2/9", "nhân dịp 30/4", "kỷ niệm ngày 3/2"); not a
    # ratio later on ("Nhân dịp Tết Nguyên đán, 10/12 xã …")
    holiday = rf"(?:quốc\s+khánh|(?:nhân\s+)?dịp|kỷ\s+niệm(?:\s+ngày)?|ngày\s+lễ)[ \u00a0]+{day_month}"
    return rf"(?<!\w)(?:{place}|{address}|{month_year}|{holiday})"


def age_band() -> str:
    """The bounds of an age band: ``dưới 30 tuổi``, ``từ 31 đến 50 tuổi``, ``trên 60 tuổi`` (a
    band's edges are no counts; an age stated as a value is: ``độ tuổi bình quân là 52,2
    tuổi``, ``người trẻ nhất 33 tuổi``, ``không quá 30 tuổi``)."""
    bound = r"\d{1,3}"
    upper = rf"(?:[ \u00a0]*(?:đến|-|–)[ \u00a0]*(?:dưới[ \u00a0]+)?{bound})?"  # "từ 31 đến 50", "từ 30 đến dưới 45"
    young = rf"(?<!\w)(?:trẻ|trẻ em|em|cháu)[ \u00a0]+{bound}{upper}[ \u00a0]+tuổi(?!\w)"  # "trẻ 5 tuổi"
    ranged = r"(?<![\w.,])\d{1,2}[ \u00a0]*[-–][ \u00a0]*\d{1,2}[ \u00a0]+tuổi(?!\w)(?![ \u00a0]+thọ)"  # "18 - 30 tuổi"
    return rf"(?<!\w)(?<!không )(?:dưới|trên|từ|ngoài)[ \u00a0]+{bound}{upper}[ \u00a0]+tuổi(?!\w)|{young}|{ranged}"


def unit_exponent() -> str:
    """The exponent of an area or volume unit whose superscript a copy lost (``51,86 người/km 2 ,``,
    ``9.068,73 km 2 và``): no count."""
    return r"(?:(?<=\bkm )|(?<=\bm ))[23](?![\d.,%])(?=\s*(?:[,.;)]|và\b|$))"


NAME_NUMBER_RE = re.compile(name_number(), re.IGNORECASE)
ORGANISATION_NAME_NUMBER = re.compile(organisation_name_number(), re.IGNORECASE)
# Before a number in its sentence: a cue that lists counts ("trong đó", "gồm", "cụ thể", a colon).
LIST_CUE_BEFORE = re.compile(r"(?<!\w)(?:trong\s+đó|trong\s+số\s+đó|gồm|bao\s+gồm|cụ\s+thể)(?!\w)|:", re.IGNORECASE)
AGE_BOUNDS_RE = re.compile(age_band(), re.IGNORECASE)
# The bounds of an age band, for its ages (search): "dưới 30 tuổi", "từ 30 đến dưới 60 tuổi",
# "31 - 50 tuổi", "trên 60 tuổi", "từ 60 tuổi trở lên", "trẻ 5 tuổi" (one age).
AGE_BAND_BOUNDS = re.compile(
    r"(?<!\w)(?:(?P<under>dưới)|(?P<over>trên)|(?P<since>từ))?\s*(?P<low>\d{1,3})"
    r"(?:\s*(?:đến|tới|-|–)\s*(?P<below>dưới\s+)?(?P<high>\d{1,3}))?\s*tuổi(?!\w)(?!\s+đảng)"
    r"(?:(?P<up>\s+trở\s+lên)|(?P<down>\s+trở\s+xuống))?",
    re.IGNORECASE,
)
# A small number, a full stop and a capital after it: an item number of a numbered list run into
# one line ("1. Đ/c Đặng Thị Vân Thủy 2. Đ/c Khuất Thị Mai 3. …"), when its numbers follow each
# other (extractor/text/values.py decides that).
INLINE_ITEM_NUMBER = re.compile(r"(?<![\w.,/])(?P<n>\d{1,2})\.(?=[ \u00a0]+[A-ZĐÀ-Ỹ])")
# Where a run of item numbers may open: the text's or a line's start, or a colon ("gồm: 1. Đ/c …").
ITEM_RUN_OPENS = re.compile(r"(?:^|\n|:)[ \u00a0\t*•+-]*$")
# A person's title after an item number: "1. Đ/c …", "1. Đồng chí …", "1. Ông …".
ITEM_PERSON = re.compile(r"[ \u00a0]+(?:[ĐđDd]/[cC]|[Đđ]ồng\s+chí|Ông|Bà|Anh|Chị)(?!\w)")
EXCLUSION_RES: tuple[re.Pattern[str], ...] = (
    re.compile(school_level(), re.IGNORECASE),
    re.compile(document_number()),
    re.compile(document_reference(), re.IGNORECASE),
    NAME_NUMBER_RE,
    re.compile(list_marker(), re.MULTILINE),
    re.compile(enumerator()),
    re.compile(time_of_day(), re.IGNORECASE),
    re.compile(duration(), re.IGNORECASE),
    re.compile(calendar_word_number(), re.IGNORECASE),
    re.compile(phone_number(), re.IGNORECASE),
    re.compile(time_zone()),
    re.compile(day_month_after_time_word(), re.IGNORECASE),
    re.compile(ordinal(), re.IGNORECASE),
    re.compile(star_rating(), re.IGNORECASE),
    re.compile(ages_named(), re.IGNORECASE),
    re.compile(age_after_word(), re.IGNORECASE),
    AGE_BOUNDS_RE,
    re.compile(named_number_phrase(), re.IGNORECASE),
    re.compile(numbered_place(), re.IGNORECASE),
    re.compile(slogan_numbers()),
    re.compile(unit_exponent()),
    DAY_MONTH_RE,
)


# ---------------------------------------------------------------- organisations


ORG_HEADS = (
    "Đảng bộ",
    "Chi bộ",
    "Đảng ủy",
    "Đảng uỷ",
    "Đoàn cơ sở",
    "Chi đoàn",
    "Hội",
    "Công ty",
    "Sở",
    "Bệnh viện",
    "Trường",
)
ORG_STOPS = (
    "tổ chức",
    "có",
    "đã",
    "đạt",
    "được",
    "kết nạp",
    "thực hiện",
    "triển khai",
    "xây dựng",
    "hiện có",
    "gồm",
    "với",
    "là",
    "trao",
    "tặng",
)


def organisation() -> str:
    """A named organisation: a head word and a capitalised name, up to the verb that follows:
    ``Chi bộ Khối Thương Mại thuộc Đảng bộ Sở Công Thương`` (in ``… tổ chức 05 cuộc/năm``)."""
    heads = "|".join(re.escape(h) for h in ORG_HEADS)
    stops = "|".join(re.escape(w) for w in ORG_STOPS)
    return rf"(?P<org>(?:{heads})\s+[A-ZĐÀ-Ỹ][^,;:.()\d]{{1,90}}?)(?=\s+(?:{stops})\b)"


ORGANISATION_RE = re.compile(organisation())


# ---------------------------------------------------------------- directive citations


def letters_fragment() -> str:
    """Letters that occur in directive symbols and issuer codes (Đ, Ư, lower-case i/r/g)."""
    return "A-Za-zĐđƯư"


# An issuer code of a Party body by its form: a committee's (…U, ĐU…: "TU", "ĐUQS", "UBKTĐUK",
# "BTGTU"), the centre's (…TW…), the Youth Union's (…ĐTN) or a standing board's ("TV"); not a
# State body's ("SYT", "BHXH", "STC", "TANDT", "SGDĐT", "MTTQ").  (fullmatch)
PARTY_ISSUER_FORM = re.compile(r"[A-ZĐ]*(?:ĐU|TW|TƯ)[A-ZĐ]*|[A-ZĐ]*U|[A-ZĐ]*ĐTN|TV")
PARTY_KEY = re.compile(r"^\d+-[^/]+/[^/]+$")  # a normalised Party key: "1-HD/TW", "161-BC/ĐUK"
# a State key numbered within its year: "11/NQ-HĐND", and an old Government number ("204-TTg")
STATE_KEY_WITHOUT_YEAR = re.compile(r"^\d+(?:/[^/]+|-(?:TTg|CP|HĐBT))$")
STATE_NUMBER_YEARLESS_KEY = re.compile(r"\d+/[^/]+-[^/]+")  # a State key without its year: "25/QĐ-TTg" (fullmatch)
STATE_NUMBER_YEARED_KEY = re.compile(
    r"(?P<number>\d+)/(?:19|20)\d\d/(?P<rest>[^/]+-[^/]+)"
)  # "25/2021/QĐ-TTg" (fullmatch)


def party_number_fragment() -> str:
    """``11-NQ/ĐUK``, ``02- ĐA/ĐU``, ``181 - CV/ĐU``, ``1374 – QĐ/TU`` (any dash), ``02-QĐi/TU``:
    number-SYMBOL/ISSUER; ``282-QĐ-ĐU`` (a dash for the slash, group psep), ``10 CT/TW`` (a
    space for the dash, group pspace) and ``39/KH/HU`` (a slash for it, group pslash) are read
    only with a known symbol and issuer code;
    ``03-CT/T.Ư``; an issuer may end in its department (``246-KH/TĐTN-TCKT``, group pdept)."""
    le = letters_fragment()
    return (
        rf"(?<![\d/.,{le}])(?P<pnum>\d{{1,5}})(?:\s{{0,2}}{DASHES}\s{{0,2}}|(?P<pspace>\s)|(?P<pslash>/))(?P<psym>[{le}]{{1,4}})"
        rf"\s?(?P<psep>/|-)\s?(?P<piss>T\.\s?Ư|[A-ZĐƯ][{le}]{{0,7}})(?:-(?P<pdept>[A-ZĐ][A-ZĐ0-9]{{1,7}})(?![{le}\d]))?(?![{le}\d])"
    )


_CODE = r"[A-ZĐ][A-ZĐ0-9&]{1,7}"  # a department's or co-issuer's code in a State number: "TCLN", "BNN&PTNT"


def state_number_fragment() -> str:
    """``30/2020/NĐ-CP``, ``1234/QĐ-TTg``: number[/year]/SYMBOL-ISSUER; a space may stand
    around a slash or the dash (``219 /QĐ-UBND``, ``45/ KH-UBND``), as in Party numbers; a dash
    may stand for the slash (``56/2005-NĐ-CP``, ``456-QĐ-UBND``, group sdash: read after a year,
    or after a type word with a State issuer) and a space for it (``1234 QĐ-UBND``, group
    sspace: read only after a type word, with a known issuer); an issuer code may end in its
    term (``615/BC-UBTVQH14``); a slash may stand for the dash after a year (``01/2016/TT/BNV``,
    group sslash)."""
    le = letters_fragment()
    return (
        rf"(?<![\d/.,{le}])(?P<snum>\d{{1,5}})(?:\s?/\s?(?P<syear>(?:19|20)\d\d))?(?:\s?/\s?|\s?(?P<sdash>{DASHES})\s?|(?P<sspace>\s))"
        rf"(?P<ssym>[A-ZĐ][{le}]{{0,3}})\s?(?:{DASHES}|(?P<sslash>/))\s?(?P<siss>[A-ZĐ][{le}]{{0,9}}(?:&[A-ZĐ]{{1,6}})?(?:\d\d)?)"
        # "1187/QĐ-BNN-TCLN": the issuing department, in capitals ("…/QĐ-UBND-Ngày" has none);
        # a joint circular names every issuer ("04/2014/TTLT-BVHTTDL-BNV", "…-BNN&PTNT-BTC")
        rf"(?:-(?P<sdept>{_CODE}(?:-{_CODE})*)(?![{le}\d]))?"
        # "134/HD-PGDĐT.NV": the issuing office after a dot
        rf"(?P<sdot>\.[A-ZĐ]{{1,6}}(?![{le}\d]))?(?![{le}\d])"
    )


def assembly_number_fragment() -> str:
    """``85/2014/QH13``: a law or resolution of the National Assembly, number/year/QH and the
    assembly's term (an issuer code with its term, ``BC-UBTVQH14``, is in the State pattern)."""
    le = letters_fragment()
    return rf"(?<![\d/.,{le}])(?P<qnum>\d{{1,4}})/(?P<qyear>(?:19|20)\d\d)/(?P<qiss>QH\d{{1,2}})(?![{le}\d])"


def old_government_number_fragment() -> str:
    """``204-TTg``, ``390/TTg``, ``165-CP``, ``388-HĐBT``: a number of the Government, the Prime
    Minister or the Council of Ministers from the years before State numbers carried a symbol
    (number, then the issuer alone); read only after a type word."""
    le = letters_fragment()
    return rf"(?<![\d/.,{le}])(?P<onum>\d{{1,5}})\s?(?P<osep>{DASHES}|/)\s?(?P<oiss>TTg|CP|HĐBT)(?![{le}\d/-])"


def date_fragment() -> str:
    """``16/6/2022``, ``28-3-2022``, ``30.3.2007``, ``25 tháng 7 năm 2023``."""
    return (
        r"(?:(?P<d1>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m1>\d{1,2})\s?(?P=sep)\s?(?P<y1>\d{4})"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>\d{4}))"
    )


def roman_fragment() -> str:
    return r"[IVXL]{1,6}\b"


def course_numeral_fragment() -> str:
    """A term's number: Roman (``XII``) or in digits (``khoá 11``)."""
    return rf"(?:{roman_fragment()}|(?<![\d.,])[1-9]\d?(?![\d.,]\d|\d))"


def course_fragment(group: str | None = "courses") -> str:
    """``khóa XII`` / ``(khoá XI, XII)`` / ``(Khóa XI, XII, XIII)`` / ``(khoá 11)`` / ``(Khóa XI,
    Khóa XII)``: one or more term numbers, Roman or in digits."""
    r = course_numeral_fragment()
    name = f"?P<{group}>" if group else "?:"
    again = r"(?:[Kk]h(?:óa|oá|oa)\s+)?"
    return rf"\(?\s*[Kk]h(?:óa|oá|oa)\s+({name}{r}(?:\s*(?:,|và)\s*{again}{r})*)(?:\s*\))?"


def _either_case(word: str) -> str:
    head = word[0]
    first = f"[{head.upper()}{head.lower()}]" if head.upper() != head.lower() else re.escape(head)
    return first + re.escape(word[1:])


def words_fragment(names: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces flexible, each word's first letter of
    either case (``Nghị quyết``, ``nghị quyết``, ``Nghị Quyết``)."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        parts.append(r"\s+".join(_either_case(w) for w in name.split(" ")))
    return "(?:" + "|".join(parts) + ")"


def capitalised_words_fragment(names: Iterable[str]) -> str:
    """Like :func:`words_fragment` but the first letter must be upper-case (a proper reference);
    later words in either case (``Nghị Quyết số 05``)."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        head, *rest = name.split(" ")
        parts.append(r"\s+".join([re.escape(head), *(_either_case(w) for w in rest)]))
    return "(?:" + "|".join(parts) + ")"


# ---------------------------------------------------------------- directive citations (compiled)

PARTY_NUMBER_RE = re.compile(party_number_fragment())  # "11-NQ/ĐUK", "181 - CV/ĐU"
STATE_NUMBER_RE = re.compile(state_number_fragment())  # "30/2020/NĐ-CP", "1234/QĐ-TTg"
ASSEMBLY_NUMBER_RE = re.compile(assembly_number_fragment())  # "85/2014/QH13"
OLD_GOVERNMENT_NUMBER_RE = re.compile(old_government_number_fragment())  # "204-TTg", "165-CP"
# A number listed before another that carries the symbol: "147, " in "số 147, 148/QĐ-VKS-P8" (group num).
LISTED_NUMBER_BEFORE_RE = re.compile(r"(?<![\d/.,\w])(?P<num>\d{1,5})\s*(?:,|và)\s*$")
NUMBER_SEPARATORS_RE = re.compile(rf"(?:\s|/|{DASHES})+")  # spaces, slashes and dashes in a written number
# A number written with its symbol: "282-QĐ", "219 /QĐ", "10 CT/TW" (not "Chỉ thị 05", "1068/2016").
NUMBER_WITH_SYMBOL_RE = re.compile(rf"\d\s*(?:{DASHES}|/|\s)\s*[A-ZĐ]")
OPEN_BRACKET_GAP_RE = re.compile(r"\s*\(\s*")  # between a citation and its number in brackets
# An official letter's number, after "Công văn (số)" / "Văn bản (số)": "7688/UBND-TCD2", "5689/BCĐ-KT5"
# (no type symbol: issuer, then the issuing office), the office's own number after a dot
# ("503/VPCP-V.I": Vụ I; not "…-VX. Ông", nor a heading run on, "…-VX.II. NHIỆM VỤ").
LETTER_NUMBER_RE = re.compile(
    rf"(?<!\w)(?:[Cc]ông\s+văn|[Vv]ăn\s+bản)\s+(?:số\s*:?\s*)?(?P<lnum>\d{{1,5}})/"
    rf"(?P<lrest>[A-ZĐ][{letters_fragment()}\d]{{0,9}}(?:-[{letters_fragment()}\d]{{1,10}})+"
    rf"(?:\.[A-ZĐ][A-ZĐ0-9]{{0,5}}(?![\w.]))?)(?![\w/])"
)
CITATION_DATE_RE = re.compile(date_fragment())  # "16/6/2022", "25 tháng 7 năm 2023"
# The date written right after a citation: ", ngày 16/6/2022", " ban hành ngày 28-3-2022".
SHORT_LIST_GAP_RE = re.compile(r"\s*(?:,|và)\s*")  # between short citations of a list: "Nghị định 68, Nghị định 116"
CITATION_YEAR_AFTER_RE = re.compile(r"\s*,?\s*năm\s+(?:19|20)\d\d(?!\d)")  # "Nghị quyết 21 năm 2012 của …"
CITATION_DATE_AFTER_RE = re.compile(r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s+" + date_fragment())
# Between two words of an issuer's name as written: a space, a dash, a comma, "&" or "và"
# ("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động-Thương binh & Xã hội", "Bộ GD&ĐT").
_NAME_SEPARATOR = r"(?:\s*[-–—,&]\s*|\s+(?:và\s+)?)"
_NAME_SPLIT = re.compile(r"\s*[-–—,&]\s*|\s+(?:và\s+)?", re.IGNORECASE)
# An office's title before its body's name: "Bộ trưởng Bộ Quốc phòng", "Chánh án Tòa án …".
OFFICE_BEFORE_BODY_RE = re.compile(
    r"(?:Bộ\s+trưởng|Thứ\s+trưởng|Chánh\s+án|Viện\s+trưởng|Tổng\s+Thanh\s+tra|Thống\s+đốc|Tổng\s+Kiểm\s+toán)\s+",
    re.IGNORECASE,
)


def body_name_re(names: Iterable[str]) -> re.Pattern[str]:
    """Any of the issuers' names, each with any separator between its words
    (:data:`_NAME_SEPARATOR`) and whole; the first that matches, in the order given, wins."""
    alternatives = [
        _NAME_SEPARATOR.join(re.escape(w) for w in _NAME_SPLIT.split(n.strip()) if w) + r"(?!\w)" for n in names
    ]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def fold_body_name(name: str) -> str:
    """A body's name for comparison: lower case, its words only (``Bộ Lao động - Thương binh và Xã
    hội`` and ``bộ lao động, thương binh & xã hội`` fold alike)."""
    return " ".join(w for w in _NAME_SPLIT.split(name.casefold().strip()) if w)


BODY_CUE_RE = re.compile(r"\s*,?\s*của\s+")  # ", của " before the issuing body
# Where the issuing body's name ends: " về", " thực hiện", " ngày", a comma, a bracket …
BODY_STOP_RE = re.compile(
    r"\s+(?:về|thực\s+hiện|khóa|khoá|một\s+số|và|nhằm|để|tại|theo|ban\s+hành|đã|ngày)\b|[,;():“”\"\n\t]"
    r"|(?<!\bT)\.(?!\s?Ư)"  # not the dot of "T.Ư" ("Ban chấp hành T.Ư Đảng")
)
COURSE_SKIP_RE = re.compile(r"\s*,?\s*" + course_fragment())  # ", khóa XII" between body and subject
SUBJECT_CUE_RE = re.compile(r"\s*,?\s*(?P<q>[“\"])?\s*[Vv]ề\s+(?P<q2>[“\"])?\s*")  # ' về "' before the subject
# Where an unquoted subject ends: ";", ".", ")", a quote, "(sau đây gọi tắt", "nay là".
SUBJECT_STOP_RE = re.compile(r"[;.)”\"\n\t]|\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+(?:tắt|chung)|\(?\s*nay\s+là\b")
QUOTE_END_RE = re.compile(r"[”\"]")  # the closing quote of a quoted subject
TAIL_TRAILING_RE = re.compile(r"(?:[\s,;:]|\s(?:và|của|theo|cùng|với)$)+$")  # trailing ", và" of a body or subject
# Between two numbers of one list: ", ngày 16/6/2022 và số " in "số 21-NQ/TW, ngày …, và số 22-NQ/TW".
LIST_GAP_RE = re.compile(r"(?:\s*,?\s*ngày\s+" + date_fragment() + r")?\s*(?:,|và|;)?\s*(?:số\s*)?")
# "Trung ương", "T.Ư", "TƯ" before a plenum's number.
CENTRAL_WORD = r"(?:Trung\s+ương|T\.\s?Ư|TƯ)"
# "T.Ư", "TƯ", "TW" written for "Trung ương" in a body's name ("Ban chấp hành T.Ư Đảng").
CENTRAL_ABBREVIATION_RE = re.compile(r"(?<!\w)(?:T\.\s?Ư|TƯ|TW)(?!\w)")
# "Trung ương 4", "T.Ư 7", and "TW4", "TW 4" (the abbreviation before a plenum's number).
CENTRAL_LEAD = rf"(?:{CENTRAL_WORD}\s+|TW\s?(?=\d))"
# A plenum's number, in digits or Roman numerals: "4", "IV".
PLENUM = r"(?:\d{1,2}|(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})(?![\w]))"
TW_RE = re.compile(rf"{CENTRAL_LEAD}({PLENUM})")  # "Trung ương 4", "T.Ư 7", "Trung ương IV", "TW4" (group 1)
COURSE_RE = re.compile(course_fragment())  # "(khóa XI, XII)" (group courses)
ROMAN_RE = re.compile(roman_fragment())  # "XII"
COURSE_NUMERAL_RE = re.compile(course_numeral_fragment())  # "XII", "11" in a course
TYPE_SPLIT_RE = re.compile(r"\s*(?:,|và)\s*")  # between type words: "Nghị quyết, Kết luận và Chỉ thị"
# "(sau đây gọi tắt là Đề án 02)": a short name given to the citation before it (group inner).
ALIAS_RE = re.compile(
    r"\(\s*(?:sau\s+đây\s+)?(?:gọi\s+tắt\s+là|viết\s+tắt\s+là|gọi\s+chung\s+là)\s+(?P<inner>[^()]+)\)"
)
REPLACED_RE = re.compile(r"\bnay\s+là\s*$")  # "… nay là " before the citation that replaces it
CENTRAL_KEY_RE = re.compile(r"[A-ZĐ]+TW\d+")  # a central-plenum key without its course (fullmatch): "NQTW6"
CONGRESS_SHORT_KEY_RE = re.compile(r"NQĐH-[a-z-]+")  # a congress resolution key without its number: "NQĐH-khoi"
CONGRESS_NATIONAL_KEY_RE = re.compile(r"NQĐH-[IVXL]+")  # a congress key with no body: "NQĐH-VII" (fullmatch)
# Where the issuer words of a local congress end: "tỉnh lần thứ" → "tỉnh ".
ISSUER_END_RE = re.compile(r"[,;().:“”\"–-]|\blần\s+thứ\b")
RESOLUTION = rf"(?:{words_fragment(['Nghị quyết'])}|(?<![\w/])NQ)"  # the type word of a congress resolution, or "NQ"
# Before a congress: its type word (and "của": "Nghị quyết của Đại hội Đảng bộ … lần thứ VI"),
# or (group listed) the comma or "và" after another congress it is listed with ("Nghị quyết
# Đại hội Đảng toàn quốc lần thứ XII, Đại hội Đảng bộ thành phố lần thứ XV"; the caller checks
# that a congress does end there).
CONGRESS_LIST_GAP_RE = re.compile(r"\s*(?:,|và)\s*")  # between two congresses of one list (fullmatch)
CONGRESS_LEAD = rf"(?:(?P<type>{RESOLUTION})\s+(?:của\s+)?|(?P<listed>)(?:(?<=,\s)|(?<=\svà\s)))"
# "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "Nghị quyết Đại hội XIII của Đảng bộ tỉnh".
CONGRESS_RE = re.compile(
    rf"{CONGRESS_LEAD}[Đđ]ại\s+[Hh]ội\s+(?:[đĐ]ại\s+biểu\s+)?"
    r"(?P<party>Đảng\s+(?=toàn|lần))?(?P<national>toàn\s+[qQ]uốc\s+)?"  # "Đại hội Đảng toàn quốc lần thứ XI"
    # (an Arabic number only after "Đảng toàn quốc lần thứ", or before "của Đảng": "Đại hội Đảng toàn Quốc
    # lần thứ 3"; "Đại hội đại biểu toàn quốc lần thứ 8 Hội Cựu chiến binh" is a mass organisation's)
    rf"(?:lần\s+thứ\s+)?(?P<roman>{roman_fragment()}"
    r"|(?(national)(?:(?<=thứ\s)|(?<=thứ\s\s))[1-9]\d?(?![\d.,]?\d)(?!\w)"
    r"(?(party)|(?=\s*,?\s*của\s+Đảng(?!\s+(?:bộ|ủy|uỷ))(?!\w)))|(?!)))"  # "… lần thứ 13 của Đảng"
    r"(?:\s+(?:của\s+)?Đảng\s+bộ\s+(?P<level>\w+))?"
)
# A body named before the citation it issues, in one clause: "Thường trực Ban Bí thư đã ban
# hành " (group body: the words after the clause's last comma or stop).
ISSUED_BY_RE = re.compile(r"(?P<body>[^.,;:()\n]+?)\s+(?:đã\s+|vừa\s+|mới\s+)?ban\s+hành\s*$", re.IGNORECASE)
# "Nghị quyết Đại hội Đảng bộ Khối", "Nghị quyết Đại hội Chi bộ nhiệm kỳ 2015 – 2020" with no
# congress number: the current congress's resolution (group level, or group cell).
# The name of one base cell after "Chi bộ cơ sở": a capital that opens no time ("Công ty TNHH …";
# not "Năm 2024", "Nhiệm kỳ …").
_CELL_NAME = rf"(?!(?:Năm|Nhiệm|Lần|Khóa|Khoá|Quý|Tháng)(?!\w))[{VIET_CAPITALS}]"
CONGRESS_CURRENT_RE = re.compile(
    rf"(?P<type>{RESOLUTION})\s+[Đđ]ại\s+[Hh]ội\s+(?:[đĐ]ại\s+biểu\s+)?"
    # (a cell "cơ sở" only with its name after it: "Chi bộ cơ sở Công ty TNHH …", not cells in general)
    rf"(?:Đảng\s+bộ\s+(?P<level>\w+)|(?P<cell>[Cc]hi\s+bộ)(?!\s+(?:các|cấp|trực|thuộc|cơ\s+sở(?!\s+{_CELL_NAME}))(?!\w)))"
)
# A Party cell's term resolution written without "Đại hội": "Nghị quyết của Chi bộ nhiệm kỳ qua",
# "Nghị quyết chi bộ nhiệm kì 2020-2022", "hoàn thành … Nghị quyết chi bộ đã đề ra" after "nhiệm
# kỳ" in its sentence (group term; the caller checks that): the cell congress's resolution. Not
# a cell's monthly or thematic resolutions ("nghị quyết chi bộ hằng tháng").
CELL_TERM_RESOLUTION_RE = re.compile(
    rf"(?<![Cc]ác\s)(?<![Nn]hững\s)(?<!\d\s)(?P<type>{RESOLUTION})\s+(?:của\s+)?(?P<cell>[Cc]hi\s+bộ)"
    r"(?=\s+nhiệm\s+k[ỳìy]|(?P<term>\s+(?:đã\s+)?đề\s+ra(?!\s+(?:hằng|hàng|trong|mỗi|từng)?\s*(?:tháng|quý|tuần))))"
)
TERM_WORD_RE = re.compile(r"(?<!\w)nhiệm\s+k[ỳìy](?!\w)", re.IGNORECASE)
# Many Party cells before an unnumbered cell congress in its sentence: "Tại đại hội các chi bộ
# … nghị quyết đại hội chi bộ nhiệm kỳ 2020 – 2022" is each cell's own resolution, no one document.
MANY_CELLS_RE = re.compile(
    r"(?<!\w)(?:(?:các|những|mỗi|từng|nhiều|tất\s+cả(?:\s+các)?|toàn\s+bộ|\d+\s*%?)\s+(?:chi\s+bộ|chi,\s*đảng\s+bộ)"
    r"|(?:các|những|nhiều|tất\s+cả(?:\s+các)?)\s+(?:tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng|TCCSĐ|đảng\s+bộ))(?!\w)",
    re.IGNORECASE,
)
# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", "… lần XVI", "… khóa XIX", "… khóa 18".
CONGRESS_LOCAL_RE = re.compile(
    rf"{CONGRESS_LEAD}[Đđ]ại\s+hội\s+(?:[đĐ]ại\s+biểu\s+)?Đảng\s+bộ\s+"
    rf"(?P<level>\w+)[^.;:]{{0,100}}?(?:lần\s+(?:thứ\s+)?|kh[óo]a\s+)"
    rf"(?P<roman>{roman_fragment()}|(?<![\d.,])[1-9]\d?(?![\d.,]\d))(?!\w)"
)
# A body whose congress is not a Party committee's: "Chi bộ", "Đoàn TNCS Hồ Chí Minh", "Hội Nông dân Việt Nam".
_CONGRESS_ORG = (
    r"(?:[Cc]hi\s+bộ|Đoàn|Công\s+đoàn|Hội|Liên\s+minh)"
    r"(?:\s+(?!(?:lần|thứ|khóa|khoá|nhiệm|các|cấp|đề|đã|được|thành|diễn|bầu|tổ|khai|bế|là|có|về|và)(?!\w))"
    r"[^\W\d_][^\s\d.;:,()]*){0,6}"
)
# A congress that may be a local body's: "Nghị quyết Đại hội Đảng bộ lần thứ VII" (group bare),
# "Nghị quyết Đại hội Chi bộlần thứ XVI" (group org), "Nghị quyết Đại hội lần thứ XXVI",
# "Nghị quyết Đại hội VII Hội Nông dân Việt Nam" (group after: the body after the number).
CONGRESS_OF_BODY_RE = re.compile(
    rf"{CONGRESS_LEAD}[Đđ]ại\s+hội\s+(?:[đĐ]ại\s+biểu\s+)?"
    rf"(?:(?P<bare>Đảng\s+bộ)\s*|(?P<org>{_CONGRESS_ORG})\s*)?"
    # a number in digits only after "lần thứ" or "khóa" ("Chi bộ Truyền tải điện miền Đông 2" is a name)
    rf"(?:(?:lần\s+(?:thứ\s+)?|kh[óo]a\s+)(?P<roman>{roman_fragment()}|(?<![\d.,])[1-9]\d?(?![\d.,]\d))"
    rf"|(?P<roman2>{roman_fragment()}))(?!\w)"
    # the body right after the number, no comma between ("…, Hội Nông dân tỉnh đã …" is a clause's subject)
    rf"(?:\s+(?:của\s+)?(?P<after>{_CONGRESS_ORG}))?"
)
# A Party committee named in a sentence: "Đảng bộ thành phố Bắc Kạn" (group name: its words, up to
# the next "Đảng"); group many: a word before it that makes it many committees ("các Đảng bộ xã",
# "80% Đảng bộ xã"); group under: one it belongs to ("thuộc Đảng bộ Bộ Giao thông vận tải").
BODY_NAMED_RE = re.compile(
    r"(?P<many>(?:[Cc]ác|[Nn]hững|[Mm]ỗi|[Nn]hiều|%)\s*)?(?P<under>(?:trực\s+)?thuộc\s+|của\s+)?(?<!\w)Đảng\s+bộ\s+"
    r"(?P<name>(?!Đảng\b)[^\W\d_]+(?:\s+(?!(?:Đảng|thuộc|trực|của)\b)[^\W\d_]+){0,3})"
)
# A mass organisation named in a sentence, whose congresses are numbered apart from the Party's:
# "Hội LHPN thành phố", "Hội Nhà báo Việt Nam", "Công đoàn ngành" (group name: its words, from
# its head word; which organisation it is, is the congress vocabulary's business).
MASS_ORG_NAMED_RE = re.compile(
    r"(?<!\w)(?P<name>(?:Hội|Công\s+đoàn|Mặt\s+trận|Liên\s+minh|Đoàn(?=\s+(?:TNCS|Thanh\s+niên)))"
    r"(?:\s+(?!(?:lần|thứ|khóa|khoá|nhiệm|đã|được|và|của)(?!\w))[^\W\d_]+){1,4})"
)
# The name of a Party body, as the issuer written after a citation: "Đảng bộ công ty …", "Đảng ủy
# Trường …", "Ban Thường vụ Huyện ủy", "Chi bộ …" (match).
PARTY_BODY_NAME_RE = re.compile(
    r"(?:Ban\s+(?:Thường\s+vụ|Chấp\s+hành)\s+)?"
    r"(?:Đảng\s+(?:bộ|ủy|uỷ)|Chi\s+bộ|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ))(?!\w)"
)
# A term of office written in a sentence: "nhiệm kỳ 2016-2021", "nhiệm kỳ 2016 – 2021" (group start).
TERM_OF_OFFICE_RE = re.compile(rf"nhiệm\s+k[ỳì]\s+(?P<start>(?:19|20)\d\d)\s*{DASHES}\s*(?:19|20)\d\d", re.IGNORECASE)
# A term of a body numbered after its name: "Hội Nhà báo Việt Nam Khóa X" (group roman).
COURSE_NUMBERED_RE = re.compile(rf"(?<!\w)[Kk]h(?:[óo]a|oá)\s+(?P<roman>{roman_fragment()})(?!\w)")
# Between a Party body named as a citation's issuer and another issuer listed with it: "Đảng ủy -
# Ban Giám hiệu", "Đảng ủy, UBND xã", "Chi bộ và Công đoàn" (group next: the other's first letter).
CO_ISSUER_JOIN_RE = re.compile(r"\s*(?:,|(?<!\w)và(?!\w)|[-–])\s*(?P<next>[^\W\d_])")
# Where the words naming a citation's issuer end: its date, subject, a stop or a bracket.
ISSUER_WORDS_END_RE = re.compile(r"\s(?:ngày|về|năm|số|đã|đề)(?!\w)|[;.()\n]")
# After a congress's number, the words that make it the Party's own: "Đại hội IV của Đảng",
# "Đại hội VI Đảng Cộng sản Việt Nam", "… toàn quốc".
PARTY_CONGRESS_AFTER_RE = re.compile(r"\s*,?\s*(?:của\s+)?(?:Đảng(?!\s+(?:bộ|ủy|uỷ))(?!\w)|toàn\s+quốc)")
# Between a congress resolution and the committee that is the subject of the clause after it:
# ", nhiệm kỳ 2020 – 2025, " (or nothing but a comma).
CONGRESS_TO_SUBJECT_RE = re.compile(rf"\s*,?\s*(?:\(?\s*nhiệm\s+kỳ\s+\d{{4}}\s*{DASHES}\s*\d{{4}}\s*\)?\s*,?\s*)?")
# After a congress listed after a resolution: the congress is an event, not a resolution
# ("…, Đại hội Đoàn tỉnh lần thứ XVI đã bầu Ban Chấp hành mới").
CONGRESS_EVENT_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:\(?\s*nhiệm\s+kỳ\s+\d{{4}}\s*{DASHES}\s*\d{{4}}\s*\)?\s*)?"
    r"(?:đã|được|thành\s+công|diễn\s+ra|bầu|khai\s+mạc|bế\s+mạc|tổ\s+chức)(?!\w)"
)
SENTENCE_END_RE = re.compile(r"[.!?\n](?!\d)")  # a sentence's end ("1.235" is a number)


def typed_number_re(types: Iterable[str]) -> re.Pattern[str]:
    """A type word, any case, and an optional ``số`` ending the text before a number:
    ``Nghị quyết số `` before ``21-NQ/TW``."""
    return re.compile(rf"(?P<type>{words_fragment(types)})\s+(?:số\s*)?$")


def numbered_backref_re(types: Iterable[str]) -> re.Pattern[str]:
    """A capitalised type word and a short number, no symbol: ``Kế hoạch 05``, ``Chỉ thị số 12``,
    ``Quyết định 1068/2016`` (group year) (not ``Kế hoạch 05-KH/TU``, ``Nghị quyết 98%``)."""
    return re.compile(
        rf"\b(?P<type>{capitalised_words_fragment(types)})\s+(?:số\s+)?(?P<num>\d{{1,4}})"
        rf"(?:/(?P<year>(?:19|20)\d\d))?(?!\s?[-/%\d]|[.,]\d|\s?%)"
    )


def short_citation_any_case_re(types: Iterable[str]) -> re.Pattern[str]:
    """A type word in any case and a short number: ``chỉ thị 03`` in "thực hiện tốt chỉ thị 03
    của Bộ Chính trị" (read as a citation only when the issuing body follows)."""
    return re.compile(
        rf"\b(?P<type>(?i:{capitalised_words_fragment(types)}))\s+(?:số\s+)?(?P<num>\d{{1,4}})"
        rf"(?:/(?P<year>(?:19|20)\d\d))?(?!\s?[-/%\d]|[.,]\d|\s?%)"
    )


def qualified_backref_re(types: Iterable[str]) -> re.Pattern[str]:
    """A capitalised type word pointing back: ``Nghị quyết nêu trên``, ``Kết luận này``, ``Chỉ thị đó``."""
    return re.compile(
        rf"\b(?P<type>{capitalised_words_fragment(types)})\s+(?P<q>nêu trên|nói trên|đã nêu|trên|này|đó)\b"
    )


def bare_backref_re(types: Iterable[str]) -> re.Pattern[str]:
    """A capitalised type word alone: ``Đề án`` in "… thực hiện Đề án;"."""
    return re.compile(rf"\b(?P<type>{capitalised_words_fragment(types)})\b")


def central_citation_re(types: Iterable[str]) -> re.Pattern[str]:
    """Type words and central plenums with their courses: ``Nghị quyết Trung ương 4 (khóa XII)``,
    ``Nghị quyết Hội nghị Trung ương 6, Trung ương 7 khóa X``, ``Nghị quyết T.Ư 4``,
    ``nghị quyết, kết luận của Hội nghị Trung ương 6, khoá XIII`` (not "của Trung ương 3 năm qua"),
    ``Nghị quyết Trung ương IV`` (groups types, n, chain)."""
    any_case = words_fragment(types)
    tw = rf"{CENTRAL_LEAD}(?P<n>{PLENUM})"
    return re.compile(
        rf"(?P<types>{any_case}(?:\s*(?:,|và)\s*{any_case})*)\s+(?:(?:của\s+)?[Hh]ội\s+nghị\s+)?{tw}"
        rf"(?P<chain>(?:\s*,?\s*(?:{course_fragment(None)}\s*,?\s*)?(?:và\s+)?(?:Hội\s+nghị\s+)?{CENTRAL_LEAD}{PLENUM})*)"
        rf"(?:\s*,?\s*{course_fragment(None)})?"
    )


PLENUM_LIST_SPLIT_RE = re.compile(r"\s*(?:,|(?<!\w)và(?!\w))\s*")  # "lần thứ 12, 13": between listed plenums
PLENUM_ORDINAL_HINT = re.compile(r"[Hh]ội\s+nghị\s+lần\s")  # a text that may hold a plenum as an ordinal
# A plenum's number in words: "lần thứ bảy", "lần thứ mười hai" (group word), or digits.
PLENUM_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15, "mười sáu": 16,
}  # fmt: skip


def central_ordinal_re(types: Iterable[str]) -> re.Pattern[str]:
    """``Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khóa XII)``, ``Nghị quyết
    của Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII``, ``Nghị quyết Hội nghị lần thứ 12,
    13 của Ban chấp hành Trung ương Đảng khóa XI``: the plenum as an ordinal before the Central
    Committee (groups types, n, more: the plenums listed after the first, courses)."""
    words = "|".join(sorted((re.escape(w) for w in PLENUM_WORDS), key=len, reverse=True))
    return re.compile(
        rf"(?P<types>{words_fragment(types)}(?:\s*(?:,|và)\s*{words_fragment(types)})*)\s+(?:của\s+)?"
        # ("lần thứ sáu", also "lần sáu"; not a year: "lần năm 2021")
        rf"[Hh]ội\s+nghị\s+lần\s+(?:thứ\s+)?(?P<n>\d{{1,2}}|{words})(?!\s*\d)"
        rf"(?P<more>(?:\s*(?:,|và)\s*(?:\d{{1,2}}|{words})(?!\w))*)\s*,?\s+(?:của\s+)?"
        # not the Central Committee of the Youth Union or another mass organisation
        rf"Ban\s+[Cc]hấp\s+hành\s+Trung\s+ương(?!\s+(?:Đoàn|Hội|Công\s+đoàn|Mặt\s+trận))(?:\s+Đảng)?"
        rf"(?:\s*(?:,|{DASHES})?\s*{course_fragment()})?"
    )


PLENUM_AFTER_CENTRAL_HINT = re.compile(r"Trung\s+ương(?:\s+Đảng)?\s+lần\s", re.IGNORECASE)


def central_then_ordinal_re(types: Iterable[str]) -> re.Pattern[str]:
    """``Nghị quyết Trung ương lần thứ 11 (khóa XI)``, ``Nghị quyết Hội nghị Ban Chấp hành Trung
    ương lần thứ tư khóa XII``: the plenum as an ordinal after the Central Committee (groups
    types, n, more, courses, as :func:`central_ordinal_re`)."""
    words = "|".join(sorted((re.escape(w) for w in PLENUM_WORDS), key=len, reverse=True))
    return re.compile(
        rf"(?P<types>{words_fragment(types)}(?:\s*(?:,|và)\s*{words_fragment(types)})*)\s+(?:của\s+)?"
        rf"(?:[Hh]ội\s+nghị\s+)?(?:Ban\s+[Cc]hấp\s+hành\s+)?Trung\s+ương(?:\s+Đảng)?\s+"
        rf"lần\s+(?:thứ\s+)?(?P<n>\d{{1,2}}|{words})(?!\w)(?!\s*\d)"
        rf"(?P<more>(?:\s*(?:,|và)\s*(?:\d{{1,2}}|{words})(?!\w))*)"
        rf"(?:\s*(?:,|{DASHES})?\s*{course_fragment()})?"
    )


def type_word_re(types: Iterable[str]) -> re.Pattern[str]:
    """A capitalised type word: ``Đề án`` at the start of "Đề án 02" (an alias's short name)."""
    return re.compile(capitalised_words_fragment(types))


# ---------------------------------------------------------------- cues (words from patterns/cues.yaml)
#
# A cue's words are data; its *shape* says where they stand relative to a figure, and each
# shape is one builder here.  ``extractor.text.cues`` compiles every cue once.


def _phrase(word: str) -> str:
    """One cue word or phrase: literal, any run of spaces between its words."""
    return r"\s+".join(re.escape(w) for w in word.split())


def cue_words(words: Iterable[str], *, whole_word: bool = True, group: str | None = None) -> str:
    """Alternation of cue words, longest first: ``(?:chiếm|bằng)``; ``whole_word`` keeps
    ``tăng`` from matching in ``tăngcường`` (only where a word starts or ends with a letter)."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = _phrase(w)
        if whole_word:
            p = (r"(?<!\w)" if w[:1].isalnum() else "") + p + (r"(?!\w)" if w[-1:].isalnum() else "")
        parts.append(p)
    body = "|".join(parts)
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


def cue_before(words: str, then: str | None = None, reach: int = 0, commas: bool = True) -> str:
    """The text before a figure ends with the cue: ``chiếm `` before ``80%``; ``then`` words may
    follow it (``bình quân hằng năm đạt``), ``reach`` characters may stand between (no stop;
    no comma either unless ``commas``)."""
    tail = rf"(?:\s+{then})*" if then else ""
    gap = rf"[^.;%{'' if commas else ','}]{{0,{reach}}}" if reach else ""
    return rf"{words}{tail}{gap}\s*$"


def cue_after(words: str, lead: str | None = None) -> str:
    """The text after a figure starts with the cue, after its % sign and optional ``lead``
    words: ``% so với chỉ tiêu`` after ``87,5``."""
    lead_part = rf"(?:{lead}\s+)?" if lead else ""
    return rf"^\s*%?\s*{lead_part}{words}"


def cue_start(words: str) -> str:
    """A label, cell or note that starts with the cue: ``Tỷ lệ đảng viên …``."""
    return rf"^\s*{words}"


def cue_anywhere(words: str) -> str:
    """The cue anywhere in the text: ``trong đó``."""
    return words


def cue_gap(words: str, filler: str = r"\s") -> str:
    """A gap made only of filler characters and at most one cue word: `` các `` between a
    number and its unit, ``: `` between a label and its number."""
    return rf"^[{filler}]*(?:{words}[{filler}]*)?$"


def cue_note(words: str, reach: int) -> str:
    """A note that starts with the cue and states a number within ``reach`` characters:
    ``Nghị quyết 98% đảng viên``; not a directive's own number (``Nghị quyết số 21-NQ/TW``)."""
    return rf"^\s*{words}(?!\s+số\b)[^.;]{{0,{reach}}}?\d"


def cue_re(pattern: str) -> re.Pattern[str]:
    """A cue pattern made by the shape builders above, compiled case-insensitive:
    ``cue_re(cue_before(cue_words(["chiếm"])))`` finds ``Chiếm `` ending the text before ``80%``."""
    return re.compile(pattern, re.IGNORECASE)


def header_word(word: str) -> re.Pattern[str]:
    """A table-header word as a whole word (``6 tháng`` is not in ``16 tháng``), any case."""
    return re.compile(cue_words([word]), re.IGNORECASE)


# ---------------------------------------------------------------- sentences, clauses and small shapes

# Abbreviations whose dot ends no sentence: "Tp. Gia Nghĩa", "TX. Ba Đồn", "TT. Phước An", "PGS.
# TS. Nguyễn …" (a city's, town's or township's prefix, or an academic title).  Not a single letter:
# "… đảng viên Nguyễn Văn P. Khai trừ …" ends a sentence with a person's initial.
ABBREVIATIONS = ("Tp", "TP", "Tx", "TX", "TT", "PGS", "GS", "TS", "ThS", "Ths")


def not_abbreviated() -> str:
    """Lookbehinds: the dot that follows is no abbreviation's (``Tp.``, ``TX.``, ``PGS.``)."""
    return "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)


# A dot with a space before it and a labelled count after it is the bullet of a list written
# line by line ("Trong đó:\n. Lớp mầm: 25 trẻ 01 lớp\n. Lớp chồi: …", the lines joined), not a
# full stop; a stray space before a full stop is still one ("… xã hội . 6 tổ hòa giải …",
# "… 40 chi bộ . Kết quả đánh giá, xếp loại năm 2023: …", "… . Trong năm: kết nạp …").
_DOT = rf"{not_abbreviated()}(?:(?<![ \t])\.|\.(?![ \t]+[A-ZĐ][^.,:;!?\n]{{0,30}}:[ \t]*\d))"
# a break only before an upper-case letter, digit or quote
SENTENCE_END = re.compile(rf"(?:(?<=[!?;])|(?<={_DOT}))\s+|\n")
CLAUSE_BREAK = re.compile(rf"[;!?]|{_DOT}(?!\d)")  # "1.588" is a number, not a sentence end
SENTENCE_MARK = re.compile(rf"(?=[!?] |{_DOT} )")  # where ". ", "! " or "? " starts (they may overlap: "?. ")
NEXT_SENTENCE = re.compile(rf"(?:[!?]|{_DOT})\s+(?=[A-ZĐÀ-Ỹ])|\n")  # "… v.v. Năm 2023": where the next sentence starts
# A bracketed aside after a list's last part that names examples of that part ("70 hội ngành toàn
# quốc (thực chất là các hội chuyên ngành, như Hội Vật lý Việt Nam…)"): its "…" ends the examples.
# Not one that says there are others ("(và một số hội khác như …)", "(các xã còn lại như …)", "(số
# liệu như báo cáo, chưa cập nhật…)").
EXAMPLES_ASIDE = re.compile(
    r"\((?![^()]*(?<!\w)(?:khác|còn\s+lại|ngoài\s+ra|một\s+số|nhiều|chưa)(?!\w))"
    r"[^()]*?(?<!\w)(?:như|ví\s+dụ|chẳng\s+hạn)(?!\w)[^()]*\)",
    re.IGNORECASE,
)
ITEM_BREAK = re.compile(r"[,;]")  # a comma or semicolon: the next item of a list
# a sentence's end, not a clause's: "120; 95." (not "TP.Tam Kỳ")
SENTENCE_STOP = re.compile(rf"(?:[!?]|{_DOT})(?=\s|$)|\n")
COORDINATED = re.compile(r"^\s*(?:,|và)\s")  # "Chuyển đi 1.317, chuyển đến 588 đảng viên"
DIGIT = re.compile(r"\d")
COLON_NEXT = re.compile(r"\s*:")  # a label: the next character past whitespace is a colon
# A label followed by its number (match): " 9", ": 9", " = 9" after "khiển trách" (the number's own class).
NUMBER_NEXT = re.compile(r"\s*(?:[:=]|(?:là|có|gồm)(?!\w))?\s*\d")
AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình|mỗi)(?!\w)", re.IGNORECASE)  # an average's words
# "51,000", "1,234,567": groups of three after commas (fullmatch; not "0,250")
COMMA_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
# Numbers only one convention writes (fullmatch): two commas or more between groups of three, as
# English does ("2,129,000"), and two dots or more, or dots and a decimal comma, as Vietnamese does
# ("1.659.970", "1.234,5").
ENGLISH_ONLY_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
# Decimals only one convention writes (fullmatch): after a point, not three digits ("91.47",
# "7.5"; "7.589" may be Vietnamese thousands), and after a comma, not three digits ("94,4").
ENGLISH_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
VIETNAMESE_DECIMAL = re.compile(r"\d+,(?:\d{1,2}|\d{4,})")
VIETNAMESE_ONLY_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+")
# A number written with points between groups of three ("1.245"), read as thousands: Vietnamese
# evidence where a point is no decimal point (fullmatch).
POINT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
FORM_WORDS = re.compile(r"(?<!\w)hình\s+thức(?!\w)", re.IGNORECASE)  # "bằng hình thức …": the form named
ASCII_DIGIT = re.compile(r"[0-9]")  # a digit glued to a number in an excerpt
OPEN_PAREN = re.compile(r"\(")
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")  # any 19xx/20xx word, e.g. in a table header
YEAR_MONTH_LABEL = re.compile(r"\d{4}-\d{2}")  # a period label at month granularity: "2022-05"
# An amount written in its scales ("3 tỷ 396 triệu") and the scale word a money unit opens with
# ("tỷ " of "tỷ đồng"): such an amount is shown with its currency only.
SCALE_IN_RAW = re.compile(r"\d\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)", re.IGNORECASE)
LEADING_SCALE = re.compile(r"^(?:tỷ|tỉ|triệu|nghìn|ngàn)\s+", re.IGNORECASE)
DONG_ABBR_END = re.compile(r"\.?\s*đ$")  # a money unit ending in đồng abbreviated: "tỷ đ", "tỷđ", "tỷ.đ"
TABLE_MONEY_UNIT = re.compile(r"\b(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*đồng\b(?!\s*chí)|\bVNĐ\b|\bUSD\b", re.IGNORECASE)
WHITESPACE = re.compile(r"\s+")  # a run of spaces, tabs or newlines: "  \n "


# ---------------------------------------------------------------- plain-text layout

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_MARKER_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")  # "¹²" in "đảng viên¹²"
FOOTNOTE_START = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]+)\s*(.*)$", re.S)  # "³ Nghị quyết số …" (number, text)
MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*", re.S)  # "**Kết quả**"
MARKDOWN_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")  # "*ghi chú*"
MARKDOWN_BOLD_ITALIC = re.compile(r"\*\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*\*")  # "***Nơi nhận***"
LAST_WORD = re.compile(r"[^\W\d_]+$")  # the letters ending the text: "km" in "diện tích 12 km"
# A number starting a paragraph, its separator, the space after it and the next character: "2.1. Kết quả".
# A numbered heading's number and its words: "I. TÌNH HÌNH CHUNG", "2- KẾT QUẢ", "PHẦN THỨ HAI"
# (the words must open with a letter: not "01-KL/TW", "I/2024").
CAPITAL_HEADING = re.compile(r"(?:(?:[IVX]{1,5}|\d{1,2})\s*[.\-–)]\s+|PHẦN\s+)(?P<words>[^\W\d_].*)$")
# The number a heading or item opens with: "2.1. ", "II- ", "a) ".
LEADING_ITEM_NUMBER = re.compile(r"^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.\-–)/]?\s*")
LIST_NUMBER_START = re.compile(r"([0-9]+(?:\.[0-9]+)*)\s*([.)\-–/])?(\s*)(\S)")
FOOTNOTE_RULE = re.compile(r"^_{5,}$")  # "__________" before the footnote texts
RECIPIENTS_LINE = re.compile(r"^\W*n[ơo]i\s+nh[ậa]n\b", re.I)  # "Nơi nhận:", "- Noi nhan"
SIGNING_CAPACITY = re.compile(r"^(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s*\S")  # "T/M BAN THƯỜNG VỤ"
# "Nơi nhận:" and the signing capacity on one baseline, read by PDFium as one line.
RECIPIENTS_THEN_SIGNING = re.compile(
    r"^(?P<label>\W*n[ơo]i\s+nh[ậa]n\s*:?)\s+(?P<sign>(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s*\S.*)$", re.I
)
TYPIST_INITIALS = re.compile(r"^[^\s/]{2,}(?:/[^\s/]+){1,3}$")  # "VT/ĐU", "HT/TU/3b" (a recipients line)
RECIPIENT_ITEM = re.compile(r"^[-+•–]\s*\S")  # "- Ban Tổ chức Tỉnh ủy,"
# A count of an action not (yet) carried out, or of another period: no total of the forms listed
# after it ("đề nghị thi hành kỷ luật 30", "phải thi hành kỷ luật 25", "cùng kỳ năm trước …").
# A count that is itself a part ("…, trong đó cấp ủy cơ sở thi hành kỷ luật 70") is no such total either.
NOT_DONE_TOTAL = re.compile(
    r"(?<!\w)(?:đề\s+nghị|phải|đến\s+mức|cùng\s+kỳ|năm\s+trước|trong\s+đó)(?!\w)", re.IGNORECASE
)
# A bracket's words, dropped before NOT_DONE_TOTAL looks at a total's clause: "kỷ luật 313 đảng
# viên (giảm 86 trường hợp so với cùng kỳ), …" compares the total, it is no count of the past.
BRACKETED_WORDS = re.compile(r"\([^()]*\)")
BRACKET_MARK = re.compile(r"[()]")  # an opening or closing round bracket
# "Kết quả: có 45 …" opens the results, it scopes nothing
RESULT_LEAD = re.compile(r"^\W*(?:qua\s+)?kết\s+quả\s*:", re.IGNORECASE)
# A run scoped to a part of the whole: "Riêng Ủy ban Kiểm tra Huyện ủy: …", "Ủy ban Kiểm tra các cấp …:".
SCOPED_RUN = re.compile(r"(?<!\w)riêng(?!\w)|:", re.IGNORECASE)
# After a run, some left pending or exempt: "; 4 đồng chí đang xem xét", "; 1 đồng chí chưa …".
PENDING_AFTER = re.compile(r"[^.]{0,60}?(?<!\w)(?:đang|chưa|miễn)(?!\w)", re.IGNORECASE)
LABEL_NUMBER_LEAD = re.compile(r"(?<!\w)(?:khối|lớp|tổ|số|thứ|mã|đội|khu|ấp|thôn)\s+$", re.IGNORECASE)  # "khối 12"
PLACE_LEAD = re.compile(r"(?<!\w)tại\s+$", re.IGNORECASE)  # "… tại 15 xã": a part's place
CLAUSE_OR_COMMA = re.compile(r"[,;.:()]")  # a clause's or a list item's end between two counts
AND_BEFORE_END = re.compile(r"(?<!\w)và\s*$", re.IGNORECASE)  # "… công nhận mới và " right before a count
# A run's sentence that tells of another occasion, time or stock than the total before it
# ("Ngoài ra, có 12 …", "Năm 2023, …", "Đợt 19/5, …", "Toàn Đảng bộ hiện có 25 đồng chí …").
OTHER_OCCASION = re.compile(
    r"(?<!\w)(?:ngoài\s+ra|hiện\s+có|đến\s+nay|lũy\s+kế|cùng\s+kỳ|bình\s+quân|(?:19|20)\d\d|\d{1,2}/\d{1,2}"
    r"|đợt\s+\d|năm\s+(?:trước|qua|ngoái))(?!\w)",
    re.IGNORECASE,
)
# The correlative of a "trong N …" total inside a sentence: "trong 117 xã … thì có 61 xã …".
# (or "có tới": "trong 98 điều của Luật Bầu cử, có tới 40 điều …").
WITHIN_THEN = re.compile(r"(?<!\w)(?:thì\s+(?:có\s+)?(?:tới\s+|đến\s+)?|có\s+(?:tới|đến)\s+)\d", re.IGNORECASE)
# A label that opens a total of its own (match, at the label's start): "tổng số bị cáo 896" after
# "…, trong đó án trọng điểm 45 vụ;": a new whole, no further part.
NEW_TOTAL_LABEL = re.compile(r"\s*(?:và\s+)?tổng\s+(?:số|cộng)(?!\w)", re.IGNORECASE)
# A whole named again in words, to break down (search): "…; trong số đơn đủ điều kiện có 312 …" (not
# "trong số đó", not "trong số 125 …"): a list of its own, no more parts of the list before.
WITHIN_NAMED_AGAIN = re.compile(r"(?<!\w)trong\s+số\s+(?!đó(?!\w))(?=[^\W\d_])", re.IGNORECASE)
# Right before a number (search, to it): what a part reached ("15 xã đạt 15 tiêu chí", "đạt từ 15").
REACHED_BEFORE = re.compile(r"(?<!\w)đạt(?:\s+được)?(?:\s+từ)?\s*$", re.IGNORECASE)
SINGLED_OUT_CLAUSE = re.compile(r";\s*riêng(?!\w)", re.IGNORECASE)  # "…; riêng môn Toán 86 em …": a group of its own
BARE_NUMBER_CLOSES = re.compile(r"\s*[\d.,]+\s*\)")  # "2.833)" after "(": one number alone in a bracket (fullmatch)
CHANGE_WORD = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)  # a change word (search)
OWN_WORDS_END = re.compile(r"[,;:(\n]|\s(?:và|còn)\s", re.IGNORECASE)  # where a part's own words after its number end
PART_LEAD = re.compile(r"(?<!\w)trong\s+(?:đó|số\s+đó)(?!\w)", re.IGNORECASE)  # a count listed as a part
BRACKETED_NUMBER = re.compile(r"\(\d{1,2}\)\s")  # a list item numbered "(1) …"
# The bullet that opens a list item ("- Kiểm tra 15 tổ chức", "• Tổ chức cơ sở"): its level.
BULLET_LINE = re.compile(r"[-+•–—*]\s+(\S)")
PERSON_WORD = re.compile(r"^[^\W\d_][^\W\d_]*$")  # one word of a signer's name: "Nguyễn"
# A motto line of the right header column: "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc".
MOTTO_LINE = re.compile(
    r"^(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)\s*$",
    re.I,
)
PLACE_DATE_LINE = re.compile(r"^[^,\n]{2,60},\s*ngày\b.*\btháng\b.*\bnăm\b", re.I)  # "Cà Mau, ngày 25 tháng 7 năm 2023"
DRAFT_MARK = re.compile(r"^\(\s*dự\s+thảo[^)]*\)$", re.I)  # "(Dự thảo)", "(dự thảo lần 2)"
# The end of a line that stops inside a phrase (a comma, or a word that joins what follows):
# "… được miễn đánh giá và" before "+ 8 đồng chí …" (a wrapped line, not a bulleted item).
CONTINUING_LINE_END = re.compile(
    r"(?:,|(?<!\w)(?:và|hoặc|của|với|là|các|những|được|cho|từ|đến|trong|tại|về|gồm|có|như|theo))\s*$",
    re.IGNORECASE,
)
TABLE_ROW_NUMBER = re.compile(r"(?:[0-9]+|[IVXLC]+)[.)]?")  # a table row's number (fullmatch): "1", "2.", "IV)"
# A share written at the end of a table row's label cell, in or right after brackets: "Tốt (tỉ lệ so
# với tổng số)   40%", "Lên lớp (tỷ lệ 92%)" (group share or inner); not "Thôn có tỷ lệ 90% hộ gia đình
# văn hóa", a threshold.
LABEL_SHARE = re.compile(
    r"\((?:tỷ|tỉ)\s+lệ(?:\s+so\s+với\s+tổng\s+số)?\s*(?:\)\s*(?P<share>\d{1,3}(?:[.,]\d+)?\s*%)"
    r"|:?\s*(?P<inner>\d{1,3}(?:[.,]\d+)?\s*%)\s*\))\s*$",
    re.I,
)
# The quotient written after a pair "A/B": "39/16 = 2.44" is a division, not a part of a whole.
QUOTIENT_AFTER = re.compile(r"[ \u00a0]*=[ \u00a0]*\d")
# A table row that sums the rows above it (fullmatch of its label): "Cộng", "Tổng cộng:" say so;
# "Tổng số", "Tổng" may also be a whole whose rows above are some of it.
SUM_ROW_SAID = re.compile(r"(?:tổng\s+)?cộng\s*:?", re.IGNORECASE)
SUM_ROW_LABEL = re.compile(r"(?:(?:tổng\s+)?cộng|tổng\s+số|tổng)\s*:?", re.IGNORECASE)
# … a table's first row that is its whole (fullmatch): "Tổng số", "Tổng cộng", "Toàn huyện".
TOTAL_ROW_LABEL = re.compile(
    r"(?:(?:tổng\s+)?cộng|tổng\s+số|tổng|toàn\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn"
    r"|ngành|đảng\s+bộ|khối|trường|quốc|đơn\s+vị))\s*:?",
    re.IGNORECASE,
)
# … or the whole named with its noun ("Tổng số công chức viên chức"), as an unnumbered first row is
WHOLE_ROW_LABEL = re.compile(rf"(?:{TOTAL_ROW_LABEL.pattern})|tổng\s+số(?:\s+[^\W\d_]+){{1,6}}\s*:?", re.IGNORECASE)
# A table row's number by its depth (fullmatch): "II" (a section), "3." (an item), "b)" (a sub-item).
ROMAN_ROW_NUMBER = re.compile(r"[IVX]{1,6}[.)]?")
ARABIC_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")
LETTER_ROW_NUMBER = re.compile(r"[a-zđ][.)]?")
DOTTED_ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}[.)]?")  # "1.2", "2.1.3": one level a dot
# A row label that opens with its own number, where no row-number column holds it (match):
# "1. Tổng lượt khách", "1.1. Lượt khách ngủ qua đêm", "II. Dịch vụ lữ hành", "b) Nữ"; the
# mark after a plain number is required ("2 chi bộ" is a count, not a row number).
LABEL_ROW_NUMBER = re.compile(
    r"(?P<number>(?:[IVX]{1,6}|\d{1,2}|[a-zđ])[.)]|\d{1,2}(?:\.\d{1,2}){1,3}[.)]?)\s+(?=[^\W\d_])"
)
# A table column's header naming the months to date ("Thực hiện 8 tháng/2015", "Lũy kế 9 tháng
# năm 2015", "Ước tính 9 tháng") or one month ("Dự ước tháng 9/2015", "Tháng 9") (search); a
# column of a change or a share of another period ("so với cùng kỳ (%)") is neither.
MONTHS_TO_DATE_HEADER = re.compile(r"(?<!\w)(?P<n>\d{1,2})\s+tháng(?!\w)", re.IGNORECASE)
ONE_MONTH_HEADER = re.compile(r"(?<!\w)tháng\s+(?P<n>\d{1,2})(?![\d,.])", re.IGNORECASE)
OTHER_PERIOD_HEADER = re.compile(r"%|so\s+(?:với|cùng)|cùng\s+kỳ|kế\s+hoạch|chỉ\s+tiêu|quý|năm\s+trước", re.IGNORECASE)
# A row label that is only the cue of the rows under it: "Trong đó", "Trong số đó" (fullmatch).
WITHIN_CUE_ONLY = re.compile(r"trong\s+(?:số\s+)?đó", re.IGNORECASE)
# A sum row's label naming a grand total ("Tổng cộng", "Tổng số", "Tổng") (match): after another
# sum row under one header, the subtotals' total.
GRAND_TOTAL_LABEL = re.compile(r"\s*tổng\b", re.IGNORECASE)
# A cell that repeats the one above it (ditto): '"', "“", "-nt-", "nt".
DITTO_CELL = re.compile(r"[\"“”″]{1,2}|''|-?\s*[\"“”]\s*-?|-?\s*nt\s*-?", re.IGNORECASE)
# A table copied from a web page one cell per line: a line that is one value cell (fullmatch):
# "1254", "36,6", "103%", "< 45", "04%", "-" (an empty cell written as a dash).
CELL_LINE_VALUE = re.compile(r"(?:[<>≤≥]=?\s*)?\d{1,3}(?:[.,]\d+)*\s*%?|\d+(?:[.,]\d+)*\s*%?|[-–—]")
# After a unit's name shortened by its last word ("8 tổ chức và 20 đảng viên" after "12 tổ chức
# đảng"): a linking word or a stop, nothing more of the name (match).
SHORT_NOUN_END = re.compile(r"\s*(?:[,;.:)]|(?:và|có|được|bị|vi\s+phạm|trong\s+đó)(?!\w))")
# A table copied one row per line, cells split by spaces: a token of it (finditer), a value cell
# (fullmatch: "532", "17.468", "14914", "98,5%", "-"), a header token that holds a digit
# ("1997-1998", "2023"), a label's letter (search).
ROW_LINE_TOKEN = re.compile(r"\S+")
ROW_LINE_VALUE = re.compile(r"\d+(?:[.,]\d+)*%?|[-–—]")
# A header name: a year or a span of years, or digits with letters ("Q1", "T6/2023"), never a
# count ("30", "1.186": a row of counts is the table's first row, not its header).
ROW_LINE_HEADER_TOKEN = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|\S*[^\W\d_]\S*\d\S*|\S*\d\S*[^\W\d_]\S*")
ROW_LINE_LABEL = re.compile(r"[^\W\d_]")
ROW_LINE_YEAR = re.compile(r"(?:19|20)\d\d")
# A label whose numbers are a period, a date or a phone number, not cells (search, at its end).
ROW_LINE_NOT_VALUES = re.compile(
    r"(?<!\w)(?:nhiệm\s+kỳ|nhiệm\s+kì|giai\s+đoạn|ngày|tháng|từ|đến|điện\s+thoại|ĐT|fax|hotline)\s*:?$",
    re.IGNORECASE,
)
# … a line that is one row number (fullmatch): "1", "IV", "a", "2.", "b)", "1.2", "2.1.3"
# (dotted numbers of one or two digits a part: "1.250" is a value, never a row number).
CELL_LINE_DOTTED = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
CELL_LINE_ORDINAL = re.compile(r"(?:\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,3}|[IVX]{1,6}(?:\.\d{1,2})?|[a-zđ])[.)]?")
# … a row numbered under a Roman section: "I.1", "II.3".
CELL_LINE_ROMAN_DOTTED = re.compile(r"(?P<roman>[IVX]{1,6})\.(?P<n>\d{1,2})")
# … a line of the row-number column's header: "STT", "TT", "Số TT", "Số thứ tự".
CELL_LINE_NUMBER_HEADER = re.compile(r"(?:s[ốo]\s*)?t\.?\s*t\.?|stt|s[ốo]\s+thứ\s+tự", re.IGNORECASE)
# … a line a header spells one letter at a time ("S" / "T" / "T": a narrow column).
CELL_LINE_LETTER = re.compile(r"[A-ZĐ]")


# ---------------------------------------------------------------- Word layout

# A line of a layout table's header: "ĐẢNG BỘ TỈNH CÀ MAU", "Số 181-BC/TU", "*", "…, ngày 25 tháng 7 năm 2023".
WORD_HEADER_LINE = re.compile(
    r"^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA|ĐẢNG BỘ\b|ĐẢNG [ỦU]Y\b|[ỦU]Y BAN\b|BAN\b|HUYỆN [ỦU]Y|"
    r"TỈNH [ỦU]Y|THÀNH [ỦU]Y|Số\b|\*$|.*\bngày\b.*\btháng\b.*\bnăm\b)"
)
WORD_CLOSING_LINE = re.compile(r"^nơi nhận\b", re.IGNORECASE)  # "Nơi nhận:" of a layout table


# ---------------------------------------------------------------- document header (patterns/layout.yaml)


def layout_re(pattern: str) -> re.Pattern[str]:
    r"""A pattern string of ``patterns/layout.yaml`` compiled as written, no flags:
    ``layout_re(r"^(Nơi nhận|Nơi gửi)\s*:?\s*$")`` matches ``Nơi nhận:``."""
    return re.compile(pattern)


NUMBER_SEPARATOR = re.compile(r"\s*([-–/])\s*")  # " - " and " / " in "181 - BC / TU" (group 1: the sign)


# ---------------------------------------------------------------- PDF text

TEXT_LINE = re.compile(r"[^\r\n]+")  # one line of a page's text, without its line break


# ---------------------------------------------------------------- legacy encodings (TCVN3, VNI)


def vietnamese_syllable_re(onsets: str, rhymes: Iterable[str]) -> re.Pattern[str]:
    """An optional onset (an alternation) and a rhyme, longest rhyme first; fullmatch a
    toneless syllable: ``vietnamese_syllable_re("ngh|ng|tr", ["iêng", "ương"])`` matches ``nghiêng``."""
    return re.compile("(?:{})?(?:{})".format(onsets, "|".join(sorted(rhymes, key=len, reverse=True))))


def legacy_sequence_re(sequences: Iterable[str]) -> re.Pattern[str]:
    """Any legacy code sequence of an encoding table, longest first: ``aû`` before ``a`` in ``Ñaûng`` (VNI)."""
    return re.compile("|".join(re.escape(s) for s in sorted(sequences, key=len, reverse=True)))


def legacy_letter(sequences: Iterable[str]) -> str:
    """One letter of legacy text: a letter, or any character of a legacy code sequence:
    ``§`` and ``¶`` in ``§¶ng`` (TCVN3).

    The two alternatives never match the same character (code characters that are letters
    already are left out of the second), so ``(?:letter)*`` cannot backtrack exponentially:
    a run of 128 such characters used to take minutes."""
    letter = re.compile(r"[^\W\d_]")
    codes = "".join(sorted({re.escape(ch) for s in sequences for ch in s if not letter.match(ch)}))
    return rf"(?:[^\W\d_]|[{codes}])" if codes else r"[^\W\d_]"


def _any_case_phrase(phrase: str) -> str:
    """A phrase's words, spaces flexible, its first letter of either case (group ``head``)."""
    head, rest = phrase[0], phrase[1:]
    first = f"(?P<head>[{re.escape(head.upper())}{re.escape(head.lower())}])" if head.isalpha() else re.escape(head)
    return first + r"\s+".join(re.escape(w) for w in rest.split(" "))


def dropped_phrase_re(dropped: str) -> re.Pattern[str]:
    """A phrase as written with a letter dropped (``tham mu``, ``- Lu``): whole words, spaces
    flexible, the first letter of either case (group ``head``)."""
    return re.compile(rf"(?<![\w-]){_any_case_phrase(dropped)}(?![\w-])")


def dropped_after_number_re(dropped: str) -> re.Pattern[str]:
    """A count's noun as written with a letter dropped, right after its number or its scale
    word (``161.123 ngời``, ``2,5 triệu ngời``, ``1.200 Ngời``): what stands before it is group
    ``gap``, its first letter (either case) group ``head``."""
    return re.compile(rf"(?<=\d)(?P<gap>\s+(?:{scale_word()}\s+)?){_any_case_phrase(dropped)}(?![\w-])")


LETTER_WORD = re.compile(r"[^\W\d_]+")  # a word of letters only, no digit nor underscore


# A proper name whose last word is a cue word, right before a figure: "Cao Bằng 23%" (a
# capitalised word, then the cue word capitalised), not "… 53/83 chi bộ, bằng 63,8%".
NAME_ENDS_WITH_CUE = re.compile(rf"[{VIET_CAPITALS}][^\W\d_]*\s+(?:Bằng|Đạt|Chiếm)\s*$")


def _words_re(phrases: Iterable[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in words.split()) for words in phrases)


def ocr_phrase_re(
    misread: str,
    not_preceded_by: Iterable[str] = (),
    not_followed_by: Iterable[str] = (),
    followed_by: Iterable[str] = (),
) -> re.Pattern[str]:
    """A phrase as OCR misread it (``đẳng viên``): whole words, spaces flexible, the first
    letter of either case (group ``head``); not right after any of ``not_preceded_by``, not
    before any of ``not_followed_by``, and, when ``followed_by`` is given, only before one of
    those words, a capital, a digit, punctuation or the end."""
    before = "".join(rf"(?<!{re.escape(w)} )" for w in not_preceded_by)
    after = rf"(?!\s+(?:{_words_re(not_followed_by)})(?!\w))" if not_followed_by else ""
    if followed_by:
        after += rf"(?=\s*(?:$|[^\w\s]|\d|[{VIET_CAPITALS}]|(?:{_words_re(followed_by)})(?!\w)))"
    return re.compile(rf"(?<![\w-]){before}{_any_case_phrase(misread)}(?![\w-]){after}")


def legacy_word_re(letter: str) -> re.Pattern[str]:
    """A word of legacy text, ``letter`` being :func:`legacy_letter`: ``§¶ng``."""
    return re.compile(f"{letter}+")


def legacy_hyphen_re(letter: str, hyphens: Iterable[str]) -> re.Pattern[str]:
    """A hyphen inside a legacy word that may stand for a letter, with the word parts before
    and after it (groups 1 and 2): ``tr-êng`` (TCVN3 "trường" whose "ư" a PDF turned into "-")."""
    characters = "".join(re.escape(ch) for ch in hyphens)
    return re.compile(rf"(?<!{letter})({letter}*)[{characters}]({letter}+)")


def font_name_re(pattern: str) -> re.Pattern[str]:
    """A font-name pattern of an encoding table, any case: ``^[._]?vn(?!i[-_ ])`` finds ``.VnTime``."""
    return re.compile(pattern, re.IGNORECASE)


CASE_BARRIER = re.compile(r"[\d/]")  # a number or "/" between two words: "161-BC/" in "Sè 161-BC/§UK"
LATIN1_SYMBOLS = re.compile("[\u00a0-\u00bf\u00d7\u00f7]")  # "¸" in "B¸O" (TCVN3 spelt with symbols)
FONT_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+" in "ABCDEF+.VnTime"


# ---------------------------------------------------------------- NLP tokens

# One token of the spaCy tokenizer: "21-NQ/TW", "30/2020/NĐ-CP", "98,58%", "Covid-19", a word, a sign.
NLP_TOKEN = re.compile(
    r"\d+-[^\W\d_]\w*(?:/[\w-]+)+"  # Party-style symbols: 21-NQ/TW, 02-ĐA/ĐU
    r"|\d+(?:/\d+)*/[^\W\d_]\w*(?:-\w+)*"  # State-style symbols: 30/2020/NĐ-CP, 1234/QĐ-TTg
    r"|\d+(?:[.,/-]\d+)*%?"  # numbers, decimals, ratios, dates, percents
    # words, hyphenated and slashed symbols (Covid-19, đ/c), not a word and the number after its
    # slash ("812 lượt/856 người": two nouns of a pair)
    r"|[^\W\d_]+(?:-\w+|/(?!\d)\w+)*"
    r"|\w+"
    r"|\S",  # any other single character (punctuation)
)


# ---------------------------------------------------------------- store keys

# Organisation keys are deaccented and casefolded first ("đảng ủy" → "dang uy").
ORG_KEY_ROLE_PREFIX = re.compile(r"^(?:ban thuong vu|ban chap hanh|thuong truc|tm|t/m)\s+", re.IGNORECASE)  # "tm "
ORG_KEY_NON_WORD = re.compile(r"[^\w]+")  # "-" and " – " in "co quan-doanh nghiep"
ORG_KEY_CONJUNCTION = re.compile(r"\b(?:va|cua)\b")  # "va" (và), "cua" (của)
ORG_KEY_DANG_UY = re.compile(r"\bdang uy\b")  # "dang uy", folded into "dang bo"
YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")  # "2023" in "2020-2025" or "Q3/2023"
LEADING_ZEROS = re.compile(r"^0+(?=\d)")  # "0" in "05-CT/TW"
XLSX_ILLEGAL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters a worksheet cannot hold


# ---------------------------------------------------------------- partitions (words from patterns/partitions.yaml)


def subset_word(
    names: Iterable[str],
    lead: Iterable[str] = (),
    links: Iterable[str] = (),
    unless: Iterable[str] = (),
    org_lead: Iterable[str] = (),
) -> str:
    """A part's counted noun that names an overlapping attribute, at the start of what
    follows its number: ``nữ`` in "812 nữ", ``người dân tộc thiểu số`` in "95 người dân tộc …";
    after ``lead`` person nouns and ``links`` words: "5 đồng chí là nữ", "120 đảng viên là
    người có đạo"; after a few words and ``là``: "6 đồng chí Bí thư tỉnh ủy là nữ"; after an
    ``org_lead`` noun only with a link: "5 chi bộ có đảng viên nữ" (not "1 chi bộ công an", the
    police's cell); not the words of ``unless`` that open with one (``trẻ mẫu giáo``: children,
    not the young)."""
    unless = list(unless)
    org_lead = list(org_lead)
    names_re = (rf"(?!{cue_words(unless)})" if unless else "") + cue_words(names)
    words = [*lead, *links]
    before = rf"(?:{cue_words(words)}\s+){{0,4}}" if words else ""
    named = (
        rf"(?:[^\W\d_]+[ \u00a0]+){{1,7}}?là\s+(?:{cue_words(words)}\s+){{0,3}}" if words else ""
    )  # "đồng chí Bí thư tỉnh ủy là nữ"
    owned = (
        rf"|(?:{cue_words(org_lead)})\s+(?:{cue_words(list(links))})\s+(?:{cue_words(words)}\s+){{0,3}}"
        if org_lead and links
        else ""
    )  # "chi bộ có đảng viên nữ"
    return r"^\s*(?:" + before + "|" + named + owned + ")" + names_re


def linked_subset_word(names: Iterable[str], lead: Iterable[str], links: Iterable[str]) -> str:
    """An attribute that overlaps others only after a link, a noun before it or not (``hộ có
    thành viên là người có công``, ``có thành viên là người có công`` past ``hộ nghèo``):
    written alone (``người có công 480 suất`` beside ``hộ nghèo 520 suất``) it names a class of
    recipients.  ``lead``: the nouns that may stand before the link."""
    links = list(links)
    noun = rf"(?:{cue_words(list(lead))}\s+)?"
    return rf"^\s*{noun}{cue_words(links)}\s+(?:{cue_words([*lead, *links])}\s+){{0,3}}{cue_words(list(names))}"


def place_attribute(places: Iterable[str], names: Iterable[str]) -> str:
    """A place counted by what it is among places (``62 xã đặc biệt khó khăn``, ``22 xã biên
    giới``, ``04 huyện nghèo``), at the start of what follows its number: such attributes
    overlap, so such a count is a subset of its total."""
    return r"^\s*(?:" + cue_words(list(places)) + r")\s+(?:" + cue_words(list(names)) + ")"


def stage_words(words: Iterable[tuple[str, int]]) -> str:
    """The words of a flow's stages, longest first across all stages (``kiểm tra khi có dấu
    hiệu vi phạm``, stage 0, before ``vi phạm``, stage 1); each word in its own group
    ``s<stage>_<n>``, so a match tells its stage."""
    ordered = sorted(words, key=lambda ws: len(ws[0]), reverse=True)
    return "|".join(f"(?P<s{stage}_{n}>{cue_words([word])})" for n, (word, stage) in enumerate(ordered))


def sentence_opening(words: Iterable[str]) -> str:
    """A sentence that opens with one of ``words``, after spaces and an opening mark
    (``Hiện đã kết thúc …``, ``- Bước đầu …``): to be matched at the sentence's start."""
    return rf"[\s\-–+•*]*{cue_words(words)}"


def partial_marker(names: Iterable[str]) -> str:
    """A marker that a list is incomplete: ``…``, ``v.v.``, ``như:``; or the rest named as
    others (``và các thị trường khác``, ``một số đơn vị khác``)."""
    others = rf"(?<!\w)(?:các|một\s+số|những|nhiều)\s+(?:{_LETTER}+\s+){{1,3}}khác(?!\w)(?!\s+nhau)"
    rest = rf"(?<!\w)(?:các|những)\s+(?:{_LETTER}+\s+){{1,2}}còn\s+lại(?!\w)"  # "(các xã còn lại như …)"
    return rf"{cue_words(names, whole_word=True)}|{others}|{rest}"


# ---------------------------------------------------------------- SQL typed by a user

# One conversion of SQLite's printf()/format(): "%-*.*c" → flags "-", width "*", precision "*", "c".
SQL_PRINTF_SPEC = re.compile(r"%(?P<flags>[-+ #0,!]*)(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d*))?l{0,2}(?P<kind>.)?")
# The number SQLite reads at the start of a text: "2e9" in "2e9abc".
SQL_NUMERIC_PREFIX = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
