"""The rule registry: every check the checker runs, registered by the module that defines it.

A rule reads one kind of input:

* ``relation`` rules check one stated relation at a time, of the kind they name
  (``total_parts``, ``percent_of`` …);
* ``figures`` rules see every figure of the checked reports at once (agreement);
* ``citations`` rules see every directive citation at once (dates, levels, variants);
* ``renditions`` rules see, for each report that came in several files, the figures of the
  rendition that speaks for it beside those of each other rendition.

Adding a rule is one module in :mod:`extractor.check.rules` whose function carries one
of the decorators below, and its name in :data:`extractor.check.rules.RULE_MODULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from extractor.check.findings import FindingData

Scope = Literal["relation", "figures", "citations", "renditions"]
F = TypeVar("F", bound=Callable[..., Iterable[FindingData]])


@dataclass(frozen=True)
class Rule:
    name: str  # as findings and the README name it: sum, percent, agreement, directive-dates …
    scope: Scope
    run: Callable[[Any], Iterable[FindingData]]
    relation: str | None = None  # for relation rules: the relation kind checked
    summary: str = ""


_RULES: list[Rule] = []


def _origin(rule: Rule) -> tuple[str, str]:
    return rule.run.__module__, rule.run.__qualname__


def _register(rule: Rule) -> None:
    """Add ``rule``; a module imported again (a reload) replaces its rules in place."""
    for i, known in enumerate(_RULES):
        if _origin(known) == _origin(rule):
            _RULES[i] = rule
            return
    _RULES.append(rule)


def relation_rule(name: str, kind: str) -> Callable[[F], F]:
    """Register ``fn(rel) -> findings`` for every stated relation of ``kind``."""

    def decorate(fn: F) -> F:
        _register(Rule(name, "relation", fn, kind, (fn.__doc__ or "").strip().split("\n")[0]))
        return fn

    return decorate


def facts_rule(name: str, scope: Literal["figures", "citations", "renditions"]) -> Callable[[F], F]:
    """Register ``fn(figures)``, ``fn(citations)`` or ``fn(pairs) -> findings`` over every
    checked report (``pairs``: (primary rendition's figures, another rendition's figures))."""

    def decorate(fn: F) -> F:
        _register(Rule(name, scope, fn, None, (fn.__doc__ or "").strip().split("\n")[0]))
        return fn

    return decorate


def registered() -> list[Rule]:
    """Every rule registered so far, in registration order (importing
    :mod:`extractor.check.rules` registers them all; :mod:`extractor.check.apply` does)."""
    return list(_RULES)
