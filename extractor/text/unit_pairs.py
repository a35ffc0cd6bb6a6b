"""Pairs of nouns written side by side that are no whole and part, loaded once from
``patterns/unit_pairs.yaml``: two units that count one thing (households and their persons,
cases and their accused, visits and their persons, letters and their matters), and a whole and
what it holds (communes and their villages, schools and their classes)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from extractor.errors import BaocaoError
from extractor.text.resources import load_yaml


@dataclass(frozen=True)
class NounPair:
    """Two lists of nouns: a thing counted and its twin unit (twins), or a whole and what it holds."""

    key: str
    first: tuple[str, ...]  # nouns of the thing counted (twins) or of the whole (holds), longest first
    second: tuple[str, ...]  # nouns of the other unit (twins) or of what the whole holds (holds)
    after_with: bool = False  # (holds only) read only for a part and the count right after its "với"


def _nouns(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted((" ".join(w.lower().split()) for w in words), key=len, reverse=True))


@functools.cache
def load_twins() -> tuple[NounPair, ...]:
    try:
        return tuple(
            NounPair(t["key"], _nouns(t["first"]), _nouns(t["second"])) for t in load_yaml("unit_pairs.yaml")["twins"]
        )
    except (KeyError, TypeError) as exc:
        raise BaocaoError(f"patterns/unit_pairs.yaml: every twin needs a key, first and second ({exc})") from exc


@functools.cache
def load_holds() -> tuple[NounPair, ...]:
    """Each whole (``first``) and what it holds (``second``)."""
    try:
        return tuple(
            NounPair(h["key"], _nouns(h["whole"]), _nouns(h["held"]), bool(h.get("after_with")))
            for h in load_yaml("unit_pairs.yaml")["holds"]
        )
    except (KeyError, TypeError) as exc:
        raise BaocaoError(f"patterns/unit_pairs.yaml: every hold needs a key, whole and held ({exc})") from exc


def _names(words: str, nouns: tuple[str, ...]) -> bool:
    return any(words == n or words.startswith(n + " ") for n in nouns)


def one_thing(first_words: str, second_words: str) -> bool:
    """Whether the words after two numbers written side by side (``hộ``, ``khẩu``) name one thing
    counted by two units, in either order; never two counts of one noun (``lượt người``, twice)."""
    a, b = " ".join(first_words.lower().split()), " ".join(second_words.lower().split())
    return a != b and any(
        (_names(a, t.first) and _names(b, t.second)) or (_names(b, t.first) and _names(a, t.second))
        for t in load_twins()
    )


def holds(whole_words: str, held_words: str, after_with: bool = False) -> bool:
    """Whether the words after a whole's number and after another number name a whole and what it
    holds, counted in another noun (``xã`` and ``thôn``, ``trường`` and ``lớp học``); with
    ``after_with``, also the pairs read only after a part's ``với`` (``học sinh`` and ``giải``)."""
    a, b = " ".join(whole_words.lower().split()), " ".join(held_words.lower().split())
    return any(_names(a, h.first) and _names(b, h.second) and (after_with or not h.after_with) for h in load_holds())
