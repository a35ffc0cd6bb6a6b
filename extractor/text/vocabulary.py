"""Vocabularies (units, ratings, actions, levels) compiled once from ``patterns/*.yaml``.

A pattern file declares its ``kind`` and a list of entries, each with a canonical
``key``, the ``names`` it is written as, and ``examples``/``counter_examples`` that
tests run.  Users add vocabulary without touching code: every ``*.yaml`` in the
directory named by the ``BAOCAO_PATTERNS`` environment variable is merged in (an entry
whose key already exists extends that entry's names).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from extractor.errors import BaocaoError
from extractor.text.resources import load_yaml

KINDS = ("units", "ratings", "actions", "levels")
# the unit families a total of other things (models, examples, entries) may be broken down
# into: the collectives and individuals it names, and the prizes they won ("29 mô hình …
# đạt giải. Trong đó có 2 giải nhất, …")
ANY_TOTAL_PARTS = ("organisations", "persons", "tap_the", "co_quan_don_vi", "giai")
PATTERNS_ENV = "BAOCAO_PATTERNS"


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    names: tuple[str, ...]
    description: str = ""
    family: str | None = None  # units that can be parts of one total: persons, organisations
    not_followed_by: tuple[str, ...] = ()  # "giải" is not a prize in "giải quyết"
    not_preceded_by: tuple[str, ...] = ()  # "kiểm tra" is not an inspection in "Ủy ban kiểm tra"
    kind_of: tuple[str, ...] = ()  # totals this unit can be a part of ("dang_bo_co_so" → "tccsd")
    own_kind_only: bool = False  # a total of it holds only its own kinds: no collectives, no persons
    measured: bool = False  # a measured quantity (an area), written rounded: "59 ha" is 58,5–59,5
    no_persons: bool = False  # a total of it holds organisations and units, never persons


@dataclass(frozen=True)
class Vocabulary:
    units: tuple[Entry, ...]
    ratings: tuple[Entry, ...]
    actions: tuple[Entry, ...]
    levels: tuple[Entry, ...]

    def keys(self, kind: str) -> set[str]:
        return {e.key for e in getattr(self, kind)}

    def entry(self, label: str, key: str) -> Entry | None:
        kind = {"UNIT": self.units, "RATING": self.ratings, "ACTION": self.actions, "LEVEL": self.levels}[label]
        return next((e for e in kind if e.key == key), None)

    def can_be_part_of(self, part: str, total: str) -> bool:
        """Whether a count of ``part`` can be one of the parts of a total of ``total``: the
        same unit, a kind of it, a person within persons (and persons counted by a generic
        person word: ``13 đảng viên … 11 đồng chí``), the total's own kind named
        generically (``29 chi bộ`` of ``142 chi bộ trực thuộc``, ``3 đảng viên`` of ``5 đảng viên
        mới``: the list's cue ties them to the total), or a part that names no unit."""
        if part in (total, "other") or total == "other":
            return True
        if self._linked(part, total):
            return True  # "142 chi bộ trực thuộc …: 29 chi bộ HTXSNV", "5 đảng viên mới, trong đó 3 đảng viên …"
        if self.family(total) not in ("organisations", "persons"):
            # a total of "điển hình" may be made of collectives and individuals; a count of
            # another kind of thing is no part ("3 cuộc kiểm tra, trong đó … 6 văn bản"), nor are
            # the units or persons an inspection visited ("537 cuộc thanh tra … 89 cuộc … tại 146
            # đơn vị"), of a total that holds only its own kinds
            whole = self.entry("UNIT", total)
            if whole is not None and whole.no_persons and self.family(part) == "persons":
                return False  # "25 đơn vị hành chính, gồm 22 xã và 3 thị trấn với … 179.889 người"
            return self.family(part) in ANY_TOTAL_PARTS and not (whole is not None and whole.own_kind_only)
        persons = self.family(part) == "persons" and self.family(total) == "persons"
        return persons and "nguoi" in (part, total)

    def _linked(self, part: str, total: str) -> bool:
        """Whether one unit is declared a kind of the other."""
        entry, whole = self.entry("UNIT", part), self.entry("UNIT", total)
        return (entry is not None and total in entry.kind_of) or (whole is not None and part in whole.kind_of)

    def measured(self, unit: str) -> bool:
        """Whether a count of ``unit`` is a measured quantity written rounded (an area in ha or
        m²), not a count of things: its whole number stands for ± half a unit."""
        entry = self.entry("UNIT", unit)
        return entry is not None and entry.measured

    def family(self, unit: str) -> str:
        """The family of a unit key (``dang_vien`` → ``persons``); the key itself when it has none."""
        return next((e.family or e.key for e in self.units if e.key == unit), unit)


def _entries(data: dict[str, Any], kind: str, source: str) -> list[Entry]:
    out = []
    for raw in data.get(kind, []):
        if "key" not in raw or not raw.get("names"):
            raise BaocaoError(f"{source}: every {kind} entry needs a key and names (got {raw!r})")
        names = tuple(str(n) for n in raw["names"])
        family = str(raw["family"]) if raw.get("family") else None
        out.append(
            Entry(
                str(raw["key"]),
                names,
                str(raw.get("description", "")),
                family,
                tuple(str(w) for w in raw.get("not_followed_by", [])),
                tuple(str(w) for w in raw.get("not_preceded_by", [])),
                tuple(str(w) for w in raw.get("kind_of", [])),
                bool(raw.get("own_kind_only", False)),
                bool(raw.get("measured", False)),
                bool(raw.get("no_persons", False)),
            )
        )
    return out


def _merge(base: list[Entry], extra: list[Entry]) -> list[Entry]:
    by_key = {e.key: e for e in base}
    for e in extra:
        if e.key in by_key:
            old = by_key[e.key]
            names = old.names + tuple(n for n in e.names if n not in old.names)
            by_key[e.key] = Entry(
                e.key,
                names,
                old.description,
                old.family or e.family,
                old.not_followed_by + e.not_followed_by,
                old.not_preceded_by + e.not_preceded_by,
                old.kind_of + e.kind_of,
                old.own_kind_only or e.own_kind_only,
                old.measured or e.measured,
                old.no_persons or e.no_persons,
            )
        else:
            by_key[e.key] = e
    return list(by_key.values())


def _user_files() -> list[Path]:
    folder = os.environ.get(PATTERNS_ENV)
    if not folder:
        return []
    path = Path(folder)
    if not path.is_dir():
        raise BaocaoError(f"{PATTERNS_ENV}={folder} is not a directory")
    return sorted(path.glob("*.yaml"))


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BaocaoError(f"pattern file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise BaocaoError(f"pattern file {path}: expected a mapping with a `kind`")
    return data


@functools.cache
def load_vocabulary() -> Vocabulary:
    merged: dict[str, list[Entry]] = {kind: [] for kind in KINDS}
    for kind in KINDS:
        merged[kind] = _entries(load_yaml(f"{kind}.yaml"), kind, f"patterns/{kind}.yaml")
    for path in _user_files():
        data = _read_user_file(path)
        for kind in KINDS:
            merged[kind] = _merge(merged[kind], _entries(data, kind, str(path)))
    return Vocabulary(*(tuple(merged[k]) for k in KINDS))


OTHER_LABEL = "khác"  # the subject of a figure whose noun names no known unit


@functools.cache
def label_table() -> tuple[tuple[str, str, str], ...]:
    """(key, kind, Vietnamese name) for every subject, category and level key."""
    vocab = load_vocabulary()
    rows = [(e.key, "subject", e.names[0]) for e in vocab.units]
    rows += [(f"rating.{e.key}", "category", e.names[0]) for e in vocab.ratings]
    rows += [(f"action.{e.key}", "category", e.names[0]) for e in vocab.actions]
    rows += [(e.key, "level", e.names[0]) for e in vocab.levels]
    rows.append(("other", "subject", OTHER_LABEL))
    return tuple(dict.fromkeys(rows))


@functools.cache
def _labels() -> dict[str, str]:
    return {key: label for key, _, label in label_table()}


def vietnamese_label(key: str | None) -> str | None:
    """What people read for a subject, category or level key: its first Vietnamese name in
    the vocabulary (``dang_vien`` → ``đảng viên``, ``action.chuyen_den`` → ``chuyển đến``,
    ``rating.htxsnv`` → ``hoàn thành xuất sắc nhiệm vụ``); the key itself when it has none."""
    if key is None:
        return None
    return _labels().get(key, key)
