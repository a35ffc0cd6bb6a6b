"""Measure extraction against the hand-checked gold files in ``corpus/gold/``.

Matching rules (documented in the README):

* **directives**: mentions are compared as multisets of normalised keys per document
  (explicit citations, aliases and replacements; not back-references, not the report's
  own number); distinct keys are reported too.
* **figures**: a figure matches a gold figure with the same ``value`` (to 1e-6; an amount of
  money in its currency, so ``34,9 nghìn tỷ đồng`` read as 34.9 in ``nghìn tỷ đồng`` matches
  gold's 34900 ``tỷ đồng``), ``measure``, ``where`` (body / footnote / table), ``subject`` and ``period``
  (strict, the headline score); the loose score drops subject and period, to show
  whether a miss is a missed number or a mislabelled one.  Among duplicates, pairs are
  made in reading order.
* **relations**: a gold relation is found when an extracted relation of the same kind
  has the same members, member figures being paired by the loose figure match; one part
  of a breakdown that may be partial and a subset of one part are one claim (the part is at
  most its total) and match each other.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.find.facts import Extraction, Figure
from extractor.text.quantities import money_scale

MENTION_KINDS = ("citation", "alias", "replacement")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.spurious += other.spurious


def load_gold(gold_dir: Path, name: str) -> dict[str, Any] | None:
    """The gold of one document; a document annotated in parts (``<name>.body.json``,
    ``<name>.table.json``) is merged, table figure ids kept apart by their prefix."""
    whole = gold_dir / f"{name}.json"
    if whole.exists():
        return dict(json.loads(whole.read_text(encoding="utf-8")))
    parts = sorted(gold_dir.glob(f"{name}.*.json"))
    if not parts:
        return None
    merged: dict[str, Any] = {"document": name, "self": None, "directives": [], "figures": [], "relations": []}
    for p in parts:
        data = json.loads(p.read_text(encoding="utf-8"))
        merged["self"] = merged["self"] or data.get("self")
        for key in ("directives", "figures", "relations"):
            merged[key] += data.get(key, [])
    return merged


def _multiset_score(gold: Counter[Any], found: Counter[Any], label: str) -> Score:
    s = Score()
    for key in gold | found:
        common = min(gold[key], found[key])
        s.tp += common
        s.fn += gold[key] - common
        s.fp += found[key] - common
        s.misses += [f"{label} {key}"] * (gold[key] - common)
        s.spurious += [f"{label} {key}"] * (found[key] - common)
    return s


def score_directives(gold: dict[str, Any], ex: Extraction) -> tuple[Score, Score]:
    """(mentions, distinct keys)."""
    gold_mentions: Counter[str] = Counter()
    for d in gold.get("directives", []):  # a document annotated in parts lists a key once per part
        gold_mentions[d["key"]] += int(d.get("mentions", 1))
    found = Counter(c.key for c in ex.citations if c.kind in MENTION_KINDS)
    keys = _multiset_score(Counter(set(gold_mentions)), Counter(set(found)), "directive")
    return _multiset_score(gold_mentions, found, "mention"), keys


def _loose(value: float, measure: str, where: str, unit: str | None = None) -> tuple[float, str, str]:
    return (_amount(value, measure, unit), measure, where)


def _amount(value: float, measure: str, unit: str | None) -> float:
    """The value to compare: an amount of money in its currency (``34,9 nghìn tỷ đồng`` and
    ``34.900 tỷ đồng`` are one amount, whichever scale the reader or annotator kept), any
    other value as it is, to 1e-6."""
    scaled = money_scale(unit) if measure == "money" else None
    if scaled is None:
        return round(float(value), 6)
    return float(f"{float(value) * scaled[1]:.12g}")


def _gold_key(g: dict[str, Any], strict: bool) -> tuple[Any, ...]:
    loose = _loose(g["value"], g["measure"], g["where"], g.get("unit"))
    return (*loose, g.get("subject", "other"), g.get("period")) if strict else loose


def _found_key(f: Figure, strict: bool) -> tuple[Any, ...]:
    loose = _loose(f.value, f.measure, f.span.where, f.unit)
    return (*loose, f.subject, f.period) if strict else loose


def _describe_gold(g: dict[str, Any]) -> str:
    return f"{g.get('id')} {g['raw']} {g['measure']} {g.get('subject')} {g.get('period')} «{g.get('quote', '')[:70]}»"


def _describe_found(f: Figure) -> str:
    return f"{f.id} {f.raw} {f.measure} {f.subject} {f.period} «{f.sentence[:70]}»"


def pair_figures(gold: list[dict[str, Any]], found: list[Figure], strict: bool) -> tuple[dict[str, str], Score]:
    """Pair gold and extracted figures with equal keys, in reading order."""
    pool: dict[tuple[Any, ...], list[Figure]] = {}
    for f in found:
        pool.setdefault(_found_key(f, strict), []).append(f)
    pairs: dict[str, str] = {}
    s = Score()
    for g in gold:
        candidates = pool.get(_gold_key(g, strict))
        if candidates:
            pairs[str(g["id"])] = candidates.pop(0).id
            s.tp += 1
        else:
            s.fn += 1
            s.misses.append(_describe_gold(g))
    leftovers = [f for fs in pool.values() for f in fs]
    s.fp = len(leftovers)
    s.spurious = [_describe_found(f) for f in sorted(leftovers, key=lambda f: f.span.start)]
    return pairs, s


MEMBER_ROLES = (
    "total",
    "parts",
    "percent",
    "count",
    "base",
    "average",
    "terms",
    "actual",
    "target",
    "start",
    "change",
    "end",
)


def _members(rel: dict[str, Any]) -> dict[str, Any]:
    """A gold relation's members by role (not its holds, note, certainty, checkers …)."""
    return {k: v for k, v in rel.items() if k in MEMBER_ROLES}


def _mapped(value: Any, pairs: dict[str, str]) -> Any:
    if isinstance(value, list):
        return frozenset(pairs.get(v, f"?{v}") for v in value)
    return None if value is None else pairs.get(value, f"?{value}")


def claim_kind(kind: str, members: dict[str, Any], exhaustive: bool | None) -> str:
    """The relation's kind as the arithmetic it states: one part of a breakdown that may be
    partial says what a subset says (the part is at most the total), so the two kinds match."""
    parts = members.get("parts") or []
    if kind == "total_parts" and len(parts) == 1 and members.get("total") and exhaustive is False:
        return "subset_of"
    return kind


def score_relations(gold: dict[str, Any], ex: Extraction, pairs: dict[str, str]) -> Score:
    found = Counter(
        (
            claim_kind(r.kind, r.members, r.certainty != "exhaustive"),
            # roles the gold does not annotate (a rate's derived "level") are not compared
            tuple(
                sorted(
                    (k, _mapped(v, {x: x for x in _ids(v)})) for k, v in r.members.items() if v and k in MEMBER_ROLES
                )
            ),
        )
        for r in ex.relations
    )
    wanted = Counter(
        (
            claim_kind(g["kind"], g, g.get("exhaustive")),
            tuple(sorted((k, _mapped(v, pairs)) for k, v in _members(g).items() if v)),
        )
        for g in gold.get("relations", [])
    )
    s = _multiset_score(wanted, found, "relation")
    return s


def _ids(value: Any) -> Iterable[str]:
    return value if isinstance(value, list) else [value]


@dataclass
class DocumentReport:
    name: str
    fmt: str
    mentions: Score
    keys: Score
    figures: Score
    figures_loose: Score
    relations: Score


def evaluate(gold: dict[str, Any], ex: Extraction, name: str, fmt: str) -> DocumentReport:
    mentions, keys = score_directives(gold, ex)
    pairs_loose, loose = pair_figures(gold.get("figures", []), ex.figures, strict=False)
    _, strict = pair_figures(gold.get("figures", []), ex.figures, strict=True)
    relations = score_relations(gold, ex, pairs_loose)
    return DocumentReport(name, fmt, mentions, keys, strict, loose, relations)
