"""Repair text typed in pre-Unicode Vietnamese font encodings (TCVN3/ABC and VNI).

Old reports were typed in fonts such as ``.VnTime`` (TCVN3) or ``VNI-Times`` (VNI). Their text
reaches us as a ``str`` whose characters are the legacy bytes read as cp1252/Latin-1
(``§¶ng`` or ``Ñaûng`` for "Đảng"). The mapping tables are data in
``patterns/encodings/tcvn3.yaml`` and ``patterns/encodings/vni.yaml``.

Detection scores the words a conversion would change: a word counts for an encoding when it is a
valid Vietnamese syllable after conversion but not before, and against it in the opposite case.
Unicode Vietnamese therefore scores negative (its words are already valid), and English or
French text scores about zero (its words are valid Vietnamese neither before nor after).

Call :func:`repair` on text that shares one font when you can (a DOCX run or paragraph, a PDF
line or page, a whole TXT file): a document that mixes Unicode and legacy text in one string is
judged as a whole.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from extractor.errors import BaocaoError
from extractor.text import regexes as rx
from extractor.text.resources import load_yaml

__all__ = [
    "ENCODINGS",
    "convert",
    "detect_legacy",
    "font_encoding",
    "in_case",
    "is_uppercase_font",
    "is_vietnamese_syllable",
    "legacy_confidence",
    "repair",
    "restore_dropped",
]

ENCODINGS: tuple[str, ...] = ("tcvn3", "vni")

# --- Vietnamese syllable grammar (used to score a conversion) ---------------------------------

_ONSETS = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx]"
_RHYMES = """
a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt oe oen oeo oet ooc oong
ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ
uy uya uych uyên uyêt uyn uynh uyp uyt uyu uôc uôi uôm uôn uông uôt
ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu ych ynh yn yt
""".split()  # noqa: SIM905 - a table reads better than a list literal
_SYLLABLE = rx.vietnamese_syllable_re(_ONSETS, _RHYMES)
_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_STOP_FINALS = ("c", "ch", "p", "t")
_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    + "".join(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONE_MARKS)
    + "ăâêôơư"
)


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True if ``word`` (any case, NFC or NFD) spells one Vietnamese syllable.

    Checks onset + rhyme against the list of Vietnamese rhymes, at most one tone mark, and that
    syllables ending in c/ch/p/t carry the acute or dot-below tone. Spelling of the tone position
    (``hoà``/``hòa``) does not matter.
    """
    lower = unicodedata.normalize("NFC", word.lower())
    if not set(lower) <= _LETTERS:  # "ñu" must not pass as "nu" once its tilde is read as a tone
        return False
    decomposed = unicodedata.normalize("NFD", lower)
    tones = [_TONE_MARKS[ch] for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if not _SYLLABLE.fullmatch(bare):
        return False
    if bare.endswith(_STOP_FINALS):
        return bool(tones) and tones[0] in ("acute", "dot")
    return True


# --- tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Codec:
    name: str
    decode_map: dict[str, str]  # legacy sequence -> Unicode letter
    sequence_re: re.Pattern[str]  # any legacy sequence, longest first
    word_re: re.Pattern[str]  # a word: letters and legacy codes
    caseless: frozenset[str]  # legacy codes whose case the font decides (uppercase-font encodings)
    fonts: tuple[re.Pattern[str], ...]
    uppercase_fonts: tuple[re.Pattern[str], ...]
    hyphen_re: re.Pattern[str] | None  # (word part)(hyphen)(word part): a hyphen that may be a letter
    hyphen_code: str  # legacy code of that letter
    phrases: tuple[tuple[re.Pattern[str], str], ...] = ()  # (phrase with the letter dropped, phrase)
    counted: tuple[tuple[re.Pattern[str], str], ...] = ()  # (count noun with it dropped after a number, noun)


def _legacy_text(value: object, name: str, letter: str) -> str:
    if isinstance(value, int) and 0xA0 <= value <= 0xFF:
        return chr(value)
    if isinstance(value, str) and value:
        return value
    raise BaocaoError(f"encodings/{name}.yaml: bad code {value!r} for {letter!r}")


def _decode_map(name: str, mapping: object) -> dict[str, str]:
    if not isinstance(mapping, dict) or not mapping:
        raise BaocaoError(f"encodings/{name}.yaml: 'mapping' must be a non-empty table")
    decode: dict[str, str] = {}
    for letter, value in mapping.items():
        legacy = _legacy_text(value, name, str(letter))
        if legacy in decode:
            raise BaocaoError(f"encodings/{name}.yaml: code {legacy!r} used for {decode[legacy]!r} and {letter!r}")
        decode[legacy] = unicodedata.normalize("NFC", str(letter))
    return decode


def _font_patterns(data: dict[str, object], key: str) -> tuple[re.Pattern[str], ...]:
    raw = data.get(key) or []
    if not isinstance(raw, list):
        raise BaocaoError(f"encodings/{data.get('name')}.yaml: '{key}' must be a list")
    return tuple(rx.font_name_re(str(p)) for p in raw)


def _hyphen_rule(
    name: str, data: dict[str, object], decode: dict[str, str], word: str
) -> tuple[re.Pattern[str] | None, str]:
    rule = data.get("hyphen_for")
    if not rule:
        return None, ""
    if not isinstance(rule, dict) or not isinstance(rule.get("characters"), list):
        raise BaocaoError(f"encodings/{name}.yaml: 'hyphen_for' needs 'letter' and a list of 'characters'")
    codes = [code for code, letter in decode.items() if letter == rule.get("letter")]
    if len(codes) != 1:
        raise BaocaoError(f"encodings/{name}.yaml: 'hyphen_for' letter {rule.get('letter')!r} has no single code")
    return rx.legacy_hyphen_re(word, (str(ch) for ch in rule["characters"])), codes[0]


@functools.cache
def _codec(name: str) -> _Codec:
    if name not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {name!r}; expected one of {', '.join(ENCODINGS)}")
    data = load_yaml(f"encodings/{name}.yaml")
    decode = _decode_map(name, data.get("mapping"))
    sequence_re = rx.legacy_sequence_re(decode)
    word = rx.legacy_letter(decode)
    upper_fonts = _font_patterns(data, "uppercase_fonts")
    caseless = frozenset(s for s, letter in decode.items() if letter.islower()) if upper_fonts else frozenset()
    hyphen_re, hyphen_code = _hyphen_rule(name, data, decode, word)
    return _Codec(
        name,
        decode,
        sequence_re,
        rx.legacy_word_re(word),
        caseless,
        _font_patterns(data, "fonts"),
        upper_fonts,
        hyphen_re,
        hyphen_code,
        _dropped_phrases(data, decode.get(hyphen_code, "")),
        _dropped_phrases(data, decode.get(hyphen_code, ""), key="after_number"),
    )


def _dropped_phrases(
    data: dict[str, object], letter: str, key: str = "phrases"
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The ``dropped_phrases`` of an encoding (``key`` ``phrases``, or ``after_number``: count
    nouns right after their number): each phrase and the pattern of its words with ``letter``
    (and its capital) dropped."""
    rule = data.get("dropped_phrases")
    if not rule or not letter:
        return ()
    phrases = rule.get(key, []) if isinstance(rule, dict) else []
    compile_ = rx.dropped_after_number_re if key == "after_number" else rx.dropped_phrase_re
    out = []
    for phrase in phrases:
        dropped = str(phrase).replace(letter, "").replace(letter.upper(), "")
        out.append((compile_(dropped), str(phrase)))
    return tuple(out)


def _put_back_phrases(text: str, codec: _Codec) -> str:
    """Put back the dropped letter in the phrases whose words stay words without it, and in
    the count nouns right after a number (``161.123 ngời`` → ``161.123 người``)."""
    for pattern, phrase in codec.phrases:
        text = pattern.sub(functools.partial(in_case, phrase), text)
    for pattern, noun in codec.counted:
        text = pattern.sub(functools.partial(_after_gap, noun), text)
    return text


def _after_gap(noun: str, m: re.Match[str]) -> str:
    return m.group("gap") + in_case(noun, m)


def in_case(phrase: str, m: re.Match[str]) -> str:
    """``phrase`` with its first letter in the case the text wrote it (group ``head``: ``Ngời
    ký`` → ``Người ký``, an OCR's ``Đẳng bộ`` → ``Đảng bộ``)."""
    head = m.groupdict().get("head")
    return (phrase[0].upper() if head and head.isupper() else phrase[0]) + phrase[1:]


# --- conversion --------------------------------------------------------------------------------


def _plain_decode(text: str, codec: _Codec) -> str:
    return codec.sequence_re.sub(lambda m: codec.decode_map[m.group()], text)


def _hyphen_or_letter(match: re.Match[str], codec: _Codec) -> str:
    left, right = match.group(1), match.group(2)
    if is_vietnamese_syllable(_plain_decode(right, codec)) and (
        not left or is_vietnamese_syllable(_plain_decode(left, codec))
    ):
        return match.group()  # two words joined by a real hyphen
    joined = left + codec.hyphen_code + right
    return joined if is_vietnamese_syllable(_plain_decode(joined, codec)) else match.group()


_ONSET_RE = re.compile(rf"(?:{_ONSETS})", re.IGNORECASE)
KEPT_SHORT_WORDS = frozenset(
    {"km", "cm", "mm", "dm", "kg", "ha", "tr", "ng", "kw", "kwh", "vnd"}
)  # units, abbreviations


DROPPED_EVIDENCE = 5  # words a document must repair before its dropped letters are put back


def restore_dropped(texts: list[str], encoding: str) -> list[str] | None:
    """The texts with the letter a PDF producer dropped put back (:func:`_restore_dropped_letters`),
    or None when the document shows no sign of it (fewer than ``DROPPED_EVIDENCE`` words
    repaired): a PDF printed from TCVN3 text whose "ư" the producer kept is left alone."""
    codec = _codec(encoding)
    if codec.hyphen_re is None:
        return None
    fixed = [_restore_dropped_letters(t, codec) for t in texts]
    changed = sum(
        len(a.split()) - sum(x == y for x, y in zip(a.split(), b.split(), strict=False))
        for a, b in zip(texts, fixed, strict=True)
    )
    return fixed if changed >= DROPPED_EVIDENCE else None


def _restore_dropped_letters(text: str, codec: _Codec) -> str:
    """Put back the letter a PDF producer dropped (TCVN3's "ư", byte 0xAD, is a soft hyphen,
    which producers do not print): a lower-case word that is no Vietnamese syllable but is one
    with the letter after its initial consonants (``đợc`` → ``được``, ``chơng`` → ``chương``,
    ``nh`` → ``như``). Words in capitals (abbreviations: ``ĐU``, ``HĐND``) are left alone."""
    letter = unicodedata.normalize("NFC", codec.decode_map.get(codec.hyphen_code, ""))
    if not letter:
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        after_number = bool(rx.NUMBER_BEFORE.search(text, 0, m.start()))
        if len(word) < 2 or word.upper() == word or after_number or word.lower() in KEPT_SHORT_WORDS:
            return word  # "đ/c", abbreviations, units after a number ("12 km"), "tr." …
        if is_vietnamese_syllable(word):
            return word
        onset = _ONSET_RE.match(word)
        cut = onset.end() if onset else 0
        candidate = word[:cut] + letter + word[cut:]
        return candidate if is_vietnamese_syllable(candidate) else word

    return _put_back_phrases(rx.LETTER_WORD.sub(fix, text), codec)


def _restore_hyphen_letters(text: str, codec: _Codec) -> str:
    """Put back the letter a PDF extractor turned into a hyphen ("tr-êng" -> "tr" + 0xAD + "êng")."""
    if codec.hyphen_re is None:
        return text
    return codec.hyphen_re.sub(lambda m: _hyphen_or_letter(m, codec), text)


def _word_case(word: str, codec: _Codec) -> str:
    """'upper', 'lower', 'ambiguous' (needs context) or 'neutral' (decides nothing)."""
    has_caseless = False
    upper_inside = False
    lower_seen = False
    for index, ch in enumerate(word):
        if ch in codec.caseless:
            has_caseless = True
        elif ch.islower() and ch not in codec.decode_map:
            lower_seen = True
        elif codec.decode_map.get(ch, ch).isupper() and index > 0:
            upper_inside = True
    if lower_seen:
        return "lower"
    if upper_inside:
        return "upper"
    return "ambiguous" if has_caseless else "neutral"


def _neighbour_case(cases: list[str], barriers: list[bool], index: int, step: int) -> str | None:
    """Case of the nearest decided word in direction ``step``; a number or "/" in between stops."""
    i = index
    while 0 <= i + step < len(cases):
        if barriers[max(i, i + step)]:
            return None
        i += step
        if cases[i] in ("upper", "lower"):
            return cases[i]
    return None


def _convert_line(line: str, codec: _Codec) -> str:
    matches = list(codec.word_re.finditer(line))
    cases = [_word_case(m.group(), codec) for m in matches]
    # barriers[i]: the gap before word i holds a number or "/" ("Sè 161-BC/§UK" is "Số", not "SỐ")
    barriers = [False] + [
        bool(rx.CASE_BARRIER.search(line[a.end() : b.start()])) for a, b in itertools.pairwise(matches)
    ]
    upper = [
        case == "upper"
        or (
            case == "ambiguous"
            and "upper" in (around := {_neighbour_case(cases, barriers, i, step) for step in (-1, 1)})
            and "lower" not in around
        )
        for i, case in enumerate(cases)
    ]
    if not any(upper):
        return _plain_decode(line, codec)
    pieces: list[str] = []
    last = 0
    for match, to_upper in zip(matches, upper, strict=True):
        pieces.append(_plain_decode(line[last : match.start()], codec))
        word = _plain_decode(match.group(), codec)
        pieces.append(word.upper() if to_upper else word)
        last = match.end()
    pieces.append(_plain_decode(line[last:], codec))
    return "".join(pieces)


def convert(text: str, encoding: str, *, uppercase_font: bool = False) -> str:
    """Convert legacy-encoded ``text`` (bytes read as cp1252) to Unicode NFC.

    ``encoding`` is ``"tcvn3"`` or ``"vni"``. Characters that are not legacy codes pass through.

    TCVN3 has capital codes only for Ă Â Ê Ô Ơ Ư Đ; the other capitals were typed with the
    lowercase code in an uppercase font (``.VnTimeH``), so the plain text no longer says they
    were capitals. Heuristic, applied per line: a word holding such a lowercase code is
    uppercased when its other letters prove it is written in capitals, that is it has no
    lowercase ASCII letter and has a capital after its first letter (``§¶NG`` -> ``ĐẢNG``,
    ``B¸O C¸O`` -> ``BÁO CÁO``). A word with nothing but a capital first letter (``§Ó``, ``KÕ``)
    could be title case ("Để", "Kế") or capitals ("ĐỂ", "KẾ"): it follows the nearest decided
    words on its line, left and right, not looking past a number or "/", and is uppercased only
    if one of them is in capitals and none is in lower case (``KÕ HO¹CH`` -> ``KẾ HOẠCH``,
    ``§Ó n©ng`` -> ``Để nâng``, ``Sè 177-BC/§U`` -> ``Số 177-BC/ĐU``). A word in
    lowercase codes alone, in a line of lowercase codes, stays lower case: when the caller knows
    the font is an uppercase one (see :func:`is_uppercase_font`), pass ``uppercase_font=True``
    and every letter is uppercased.

    PDF extractors turn TCVN3's "ư" (0xAD, a soft hyphen in cp1252) into "-": a hyphen inside a
    word is read back as "ư" when that gives one valid syllable and the halves are not two valid
    words (``tr-êng`` -> ``trường``, but ``kinh tÕ-x·`` -> ``kinh tế-xã``). The characters and
    the letter are the ``hyphen_for`` entry of the table.
    """
    codec = _codec(encoding)
    text = _restore_hyphen_letters(text, codec)
    if codec.caseless:
        result = "\n".join(_convert_line(line, codec) for line in text.split("\n"))
    else:
        result = _plain_decode(text, codec)
    if uppercase_font:
        result = result.upper()
    return unicodedata.normalize("NFC", result)


# --- detection ---------------------------------------------------------------------------------


@dataclass
class _Score:
    candidates: int = 0  # words the conversion changes
    gained: int = 0  # valid after, not before
    lost: int = 0  # valid before, not after
    strong: int = 0  # gained words that are unlikely in any Latin-1 language (see _is_strong)
    mixed: int = 0  # gained words whose case is mixed after conversion ("THệ")
    letters: int = 0  # letters in gained words minus letters in lost words

    @property
    def net(self) -> int:
        return self.gained - self.lost


def _is_strong(word: str, converted: str) -> bool:
    """A gain that Latin-1 text does not produce by chance.

    The result holds a Vietnamese letter outside Latin-1 (ả, đ, ư...), or the word was spelt
    with Latin-1 symbols (``B¸O``), or a multi-byte sequence collapsed in a word of 3+ letters
    (``thaùng`` -> ``tháng``; the French ``où`` -> ``ó`` stays weak).
    """
    if any(ord(ch) > 0xFF for ch in converted) or rx.LATIN1_SYMBOLS.search(word):
        return True
    return len(converted) >= 3 and len(converted) < len(word)


def _could_be_legacy(word: str) -> bool:
    """Every character is cp1252 (legacy text has no others); a lone non-letter (the footnote
    marker ``¹``) is left out."""
    if len(word) == 1 and not word.isalpha():
        return False
    try:
        word.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _score(text: str, codec: _Codec) -> _Score:
    score = _Score()
    text = _restore_hyphen_letters(text, codec)
    for word, count in Counter(codec.word_re.findall(text)).items():
        if not _could_be_legacy(word):
            continue
        converted = _plain_decode(word, codec)
        if converted == word:
            continue
        score.candidates += count
        before = is_vietnamese_syllable(word)
        after = is_vietnamese_syllable(converted)
        if after and not before:
            score.gained += count
            score.strong += count if _is_strong(word, converted) else 0
            mixed = converted not in (converted.lower(), converted.upper(), converted.capitalize())
            score.mixed += count if mixed else 0
            score.letters += count * len(converted)
        elif before and not after:
            score.lost += count
            score.letters -= count * len(word)
    return score


def _convincing(score: _Score) -> bool:
    # A gain that only turns Latin-1 letters into other Latin-1 letters ("où" -> "ó") counts half.
    evidence = score.strong + (score.gained - score.strong) / 2
    if score.net <= 0 or evidence < 1:
        return False
    if score.lost == 0:  # nothing got worse: enough for a short header line
        return True
    return score.net >= 2 and score.net * 4 >= score.candidates and score.strong >= 1


def detect_legacy(text: str) -> str | None:
    """Return ``"tcvn3"``, ``"vni"`` or ``None`` (Unicode, or not Vietnamese at all).

    Each encoding is scored on the words its conversion would change (see the module docstring);
    the best convincing score wins: a net gain of valid syllables, at least one of which holds a
    Vietnamese letter outside Latin-1 or was spelt with symbols (``B¸O``), and gains that are a
    fair share of the changed words. On a tie the reading whose words keep a consistent case
    wins, then the one whose gained words are longer.
    """
    nfc = unicodedata.normalize("NFC", text)
    best: tuple[tuple[int, int, int], str] | None = None
    for name in ENCODINGS:
        score = _score(nfc, _codec(name))
        key = (score.net, -score.mixed, score.letters)  # ties: consistent case, then longer words
        if _convincing(score) and (best is None or key > best[0]):
            best = (key, name)
    return best[1] if best else None


def legacy_confidence(text: str, encoding: str) -> float:
    """How sure the reading of a whole file's ``text`` as ``encoding`` is (0–1): the words its
    conversion turns into valid Vietnamese syllables, the weak gains (Latin-1 letters into
    other Latin-1 letters, ``où`` → ``ó``) counted half, less the words it spoils, over the
    words it changes.  0 when most gains are weak: French read as VNI is not Vietnamese."""
    score = _score(unicodedata.normalize("NFC", text), _codec(encoding))
    if not score.candidates or score.strong == 0 or 2 * score.strong < score.gained:
        return 0.0
    evidence = score.strong + (score.gained - score.strong) / 2 - score.lost
    return max(0.0, min(1.0, evidence / score.candidates))


def repair(text: str) -> tuple[str, str | None]:
    """Detect and convert legacy text; return (Unicode NFC text, encoding or None).

    Text that is already Unicode comes back NFC-normalised and otherwise unchanged.
    """
    nfc = unicodedata.normalize("NFC", text)
    encoding = detect_legacy(nfc)
    if encoding is None:
        return nfc, None
    return convert(nfc, encoding), encoding


# --- fonts -------------------------------------------------------------------------------------


def _bare_font(font_name: str) -> str:
    return rx.FONT_SUBSET_PREFIX.sub("", font_name.strip())


def font_encoding(font_name: str) -> str | None:
    """The legacy encoding a font name implies (``.VnTime`` -> tcvn3, ``VNI-Times`` -> vni), or None."""
    bare = _bare_font(font_name)
    for name in ENCODINGS:
        if any(p.search(bare) for p in _codec(name).fonts):
            return name
    return None


def is_uppercase_font(font_name: str) -> bool:
    """True for the all-capital TCVN3 fonts (``.VnTimeH``, ``.VnArialH``, ...)."""
    bare = _bare_font(font_name)
    return any(p.search(bare) for name in ENCODINGS for p in _codec(name).uppercase_fonts)
