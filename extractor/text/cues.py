"""Cue words and table column roles, loaded from ``patterns/cues.yaml`` and
``patterns/columns.yaml`` and compiled once.

``cue(name)`` is the compiled regular expression of one cue (built by the shape builders of
:mod:`extractor.text.regexes`), ``cue_window(name)`` how many characters before a figure it
looks at, ``window(name)`` the other distances, and ``column_is(role, header)`` whether a
table header says its column has that role.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from extractor.errors import BaocaoError
from extractor.text import regexes as rx
from extractor.text.resources import load_yaml

SHAPES = ("before", "after", "start", "anywhere", "gap", "note")


@dataclass(frozen=True)
class Cue:
    name: str
    shape: str
    pattern: re.Pattern[str]
    window: int | None
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


def _words(raw: dict[str, Any], key: str) -> list[str]:
    return [str(w) for w in raw.get(key) or []]


def _pattern(name: str, raw: dict[str, Any]) -> str:
    shape = raw.get("shape")
    words = _words(raw, "words")
    if shape not in SHAPES or not words:
        raise BaocaoError(f"patterns/cues.yaml: cue {name!r} needs words and a shape among {', '.join(SHAPES)}")
    alternation = rx.cue_words(words, whole_word=raw.get("whole_word", True), group=raw.get("group"))
    then = rx.cue_words(_words(raw, "then")) if raw.get("then") else None
    lead = rx.cue_words(_words(raw, "lead")) if raw.get("lead") else None
    if shape == "before":
        return rx.cue_before(alternation, then, int(raw.get("reach", 0)), bool(raw.get("reach_commas", True)))
    if shape == "after":
        return rx.cue_after(alternation, lead)
    if shape == "start":
        return rx.cue_start(alternation)
    if shape == "gap":
        return rx.cue_gap(alternation, str(raw.get("filler", r"\s")))
    if shape == "note":
        return rx.cue_note(alternation, int(raw["reach"]))
    return rx.cue_anywhere(alternation)


@functools.cache
def all_cues() -> dict[str, Cue]:
    out = {}
    for name, raw in load_yaml("cues.yaml")["cues"].items():
        out[name] = Cue(
            name,
            raw["shape"],
            rx.cue_re(_pattern(name, raw)),
            int(raw["window"]) if raw.get("window") is not None else None,
            tuple(str(e) for e in raw.get("examples") or ()),
            tuple(str(e) for e in raw.get("counter_examples") or ()),
        )
    return out


def cue(name: str) -> re.Pattern[str]:
    """The compiled cue ``name`` of ``patterns/cues.yaml``."""
    try:
        return all_cues()[name].pattern
    except KeyError:
        raise BaocaoError(f"patterns/cues.yaml has no cue {name!r}") from None


def cue_window(name: str) -> int:
    """How many characters before a figure the cue ``name`` looks at."""
    found = all_cues()[name].window
    if found is None:
        raise BaocaoError(f"patterns/cues.yaml: cue {name!r} has no window")
    return found


def before(name: str, text: str, pos: int) -> re.Match[str] | None:
    """The cue ``name`` ending the text just before ``pos`` (within its window)."""
    return cue(name).search(text[max(0, pos - cue_window(name)) : pos])


@functools.cache
def window(name: str) -> int:
    """A distance of ``patterns/cues.yaml``'s ``windows``, in characters."""
    windows = load_yaml("cues.yaml")["windows"]
    if name not in windows:
        raise BaocaoError(f"patterns/cues.yaml has no window {name!r}")
    return int(windows[name])


# ---------------------------------------------------------------- table columns


@dataclass(frozen=True)
class ColumnRole:
    name: str
    contains: tuple[re.Pattern[str], ...]
    contains_all: tuple[re.Pattern[str], ...]
    starts_with: tuple[str, ...]
    equals: tuple[str, ...]
    not_starts_with: tuple[str, ...]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    ends_with: tuple[str, ...] = ()
    not_contains: tuple[re.Pattern[str], ...] = ()

    def matches(self, header: str) -> bool:
        h = " ".join(header.lower().split())
        return (
            (not self.contains or any(p.search(h) for p in self.contains))
            and all(p.search(h) for p in self.contains_all)
            and (not self.starts_with or h.startswith(self.starts_with))
            and (not self.ends_with or h.endswith(self.ends_with))
            and (not self.equals or h in self.equals)
            and not (self.not_starts_with and h.startswith(self.not_starts_with))
            and not any(p.search(h) for p in self.not_contains)
        )


@functools.cache
def column_roles() -> dict[str, ColumnRole]:
    out = {}
    for name, raw in load_yaml("columns.yaml")["columns"].items():
        lower = {
            k: tuple(str(w).lower() for w in raw.get(k) or ())
            for k in ("starts_with", "equals", "not_starts_with", "ends_with")
        }
        out[name] = ColumnRole(
            name,
            tuple(rx.header_word(str(w)) for w in raw.get("contains") or ()),
            tuple(rx.header_word(str(w)) for w in raw.get("contains_all") or ()),
            lower["starts_with"],
            lower["equals"],
            lower["not_starts_with"],
            tuple(str(e) for e in raw.get("examples") or ()),
            tuple(str(e) for e in raw.get("counter_examples") or ()),
            lower["ends_with"],
            tuple(rx.header_word(str(w)) for w in raw.get("not_contains") or ()),
        )
    return out


def column_is(role: str, header: str) -> bool:
    """Whether a table header says its column has ``role`` (``patterns/columns.yaml``)."""
    try:
        return column_roles()[role].matches(header)
    except KeyError:
        raise BaocaoError(f"patterns/columns.yaml has no column role {role!r}") from None
