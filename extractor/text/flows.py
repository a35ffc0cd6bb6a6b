"""The stages a count passes through, loaded once from ``patterns/flows.yaml``.

A flow (inspected → found at fault → disciplined; received → handled → on time; found in
breach → recommended for recovery → recovered) orders the stages of one measure: a count
at a later stage is at most the count of the same unit at an earlier stage.
:func:`stage_of` tells which stage the words around a figure name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractor.errors import BaocaoError
from extractor.text import regexes as rx
from extractor.text.resources import load_yaml


@dataclass(frozen=True)
class Flow:
    key: str
    measure: str  # count | money
    pattern: re.Pattern[str]  # every stage word, longest first, each in a group "s<stage>_<n>"
    stages: int  # the stages proper; a remainder word is reported as stage ``stages``, a pending one as ``stages + 1``
    rest: bool = False  # whether the flow has remainder or pending words
    within: str = "paragraph"  # paragraph | sentence: where the earlier stage is looked for
    description: str = ""
    units: tuple[str, ...] = ()  # the unit keys of the counts it follows (all of its measure when empty)
    others: bool = False  # whether the flow has words of other actions, reported as stage ``stages + 2``
    skips: bool = False  # whether a later stage is read against an earlier one when the stage between has no count
    later_within: str = "sentence"  # paragraph | sentence: where a third or later stage's earlier count is looked for
    goes_on: re.Pattern[str] | None = None  # how a sentence opens that goes on with the flow of one before

    @property
    def other(self) -> int:
        """The stage number of another action's words (``giám sát`` beside ``kiểm tra``)."""
        return self.stages + 2

    def stages_in(self, text: str, start: int, end: int) -> list[int]:
        """The stages named in ``text[start:end]``, in reading order."""
        return [_stage(m) for m in self.pattern.finditer(text, start, end)]

    def stages_from(self, text: str, start: int, end: int) -> tuple[list[int], int]:
        """The stages named by the words that follow one another from ``start`` on, with only
        spaces between (``giải quyết đúng hạn`` → handled, on time), before ``end``; and where
        those words end."""
        out: list[int] = []
        at = start
        while (m := self.pattern.match(text, at, end)) is not None:
            out.append(_stage(m))
            at = m.end()
            while at < end and text[at].isspace():
                at += 1
        return out, at

    def first_end(self, stage: int, text: str, start: int, end: int) -> int | None:
        """Where the first word of ``stage`` in ``text[start:end]`` ends; none if none.  Found
        once per stretch, however many figures in it ask."""
        return _first_end(self.pattern, stage, text, start, end)


@functools.lru_cache(maxsize=256)
def _first_end(pattern: re.Pattern[str], stage: int, text: str, start: int, end: int) -> int | None:
    return next((m.end() for m in pattern.finditer(text, start, end) if _stage(m) == stage), None)


def _stage(m: re.Match[str]) -> int:
    name = next(name for name, value in m.groupdict().items() if value is not None)
    return int(name[1:].split("_", 1)[0])


@functools.cache
def load_flows() -> tuple[Flow, ...]:
    data = load_yaml("flows.yaml")
    out = []
    for raw in data.get("flows", []):
        stages = raw.get("stages") or []
        within = raw.get("within", "paragraph")
        later_within = raw.get("later_within", "sentence")
        scopes = ("paragraph", "sentence")
        if len(stages) < 2 or raw.get("measure") not in ("count", "money") or {within, later_within} - set(scopes):
            raise BaocaoError(
                f"patterns/flows.yaml: {raw.get('key')!r} needs a measure (count|money), two stages"
                " and `within` and `later_within` paragraph or sentence"
            )
        words = [(str(w), i) for i, names in enumerate(stages) for w in names]
        words += [(str(w), len(stages)) for w in raw.get("remainder") or []]
        words += [(str(w), len(stages) + 1) for w in raw.get("pending") or []]
        words += [(str(w), len(stages) + 2) for w in raw.get("others") or []]
        out.append(
            Flow(
                str(raw["key"]),
                str(raw["measure"]),
                re.compile(rx.stage_words(words), re.IGNORECASE),
                len(stages),
                bool(raw.get("remainder") or raw.get("pending")),
                str(within),
                str(raw.get("description", "")),
                tuple(str(u) for u in raw.get("units") or ()),
                bool(raw.get("others")),
                bool(raw.get("skips")),
                str(later_within),
                re.compile(rx.sentence_opening(raw["goes_on"]), re.IGNORECASE) if raw.get("goes_on") else None,
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class Balance:
    """A stock and its movements (``patterns/flows.yaml``, ``balances``)."""

    key: str
    units: tuple[str, ...]  # unit keys, or nouns as written
    start: re.Pattern[str]
    end: re.Pattern[str]
    plus: re.Pattern[str]
    minus: re.Pattern[str]
    description: str = ""


@functools.cache
def load_balances() -> tuple[Balance, ...]:
    data = load_yaml("flows.yaml")
    out = []
    for raw in data.get("balances", []):
        lists = {k: [str(w) for w in raw.get(k) or []] for k in ("units", "start", "end", "plus", "minus")}
        if any(not words for words in lists.values()):
            raise BaocaoError(
                f"patterns/flows.yaml: balance {raw.get('key')!r} needs units, start, end, plus and minus words"
            )
        compiled = {k: re.compile(rx.cue_words(lists[k]), re.IGNORECASE) for k in ("start", "end", "plus", "minus")}
        out.append(
            Balance(
                str(raw["key"]),
                tuple(lists["units"]),
                compiled["start"],
                compiled["end"],
                compiled["plus"],
                compiled["minus"],
                str(raw.get("description", "")),
            )
        )
    return tuple(out)
