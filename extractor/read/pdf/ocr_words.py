"""Words of report prose that OCR misreads, put back in the text of scanned pages.

Tesseract's Vietnamese model reads some words of Party reports as other letters: ``đảng`` as
``đẳng`` (``đẳng viên``, ``Đẳng bộ``), ``chi bộ`` as ``chỉ bộ``, and an accented vowel inside a
lower-case word as its capital (``trỌt``, ``cƠ sỞ``).  The phrases, the words after which a
phrase keeps its reading and the capitals are data (``patterns/ocr.yaml``, with examples and
counter-examples run as tests); only misreadings that make no word of report prose are
listed, so a text that has them is repaired and nothing else changes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from extractor.read.legacy import in_case
from extractor.text import regexes as rx
from extractor.text.resources import load_yaml


@dataclass(frozen=True)
class _Repairs:
    phrases: tuple[tuple[re.Pattern[str], str], ...]  # (misread phrase, as written)
    capitals: frozenset[str]  # accented capitals OCR writes inside lower-case words


@functools.cache
def _repairs() -> _Repairs:
    data = load_yaml("ocr.yaml")
    phrases = tuple(
        (
            rx.ocr_phrase_re(
                str(p["misread"]),
                _words(p, "not_preceded_by"),
                _words(p, "not_followed_by"),
                _words(p, "followed_by"),
            ),
            str(p["written"]),
        )
        for p in data.get("phrases", [])
    )
    return _Repairs(phrases, frozenset(str(data.get("accented_capitals", ""))))


def _words(phrase: dict[str, object], key: str) -> tuple[str, ...]:
    value = phrase.get(key) or []
    return tuple(str(w) for w in value) if isinstance(value, list) else ()


def repair_ocr_text(text: str) -> str:
    """``text`` (one OCR line) with the misread words of report prose put back."""
    repairs = _repairs()
    text = rx.LETTER_WORD.sub(functools.partial(_lower_inside, repairs.capitals), text)
    for pattern, phrase in repairs.phrases:
        text = pattern.sub(functools.partial(in_case, phrase), text)
    return text


VOWELS = frozenset("aeiouy")  # vowels without their accents


def _lower_inside(capitals: frozenset[str], m: re.Match[str]) -> str:
    """A word that opens in lower case with an accented capital vowel later, right after a
    consonant (``trỌt``, ``cƠ``), in lower case; after a vowel the capital opens a second word
    OCR glued to the first (``củaĐảng``), and stays."""
    word = m.group()
    if not word[:1].islower():
        return word
    for i in range(1, len(word)):
        if word[i] in capitals and _base_letter(word[i - 1]) not in VOWELS:
            return word[:i] + word[i].lower() + word[i + 1 :]
    return word


def _base_letter(ch: str) -> str:
    """A letter without its accents, lower case (``ả`` → ``a``, ``ơ`` → ``o``, ``đ`` → ``đ``)."""
    return unicodedata.normalize("NFD", ch.lower())[:1]
