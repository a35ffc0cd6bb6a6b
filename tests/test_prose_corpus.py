"""The real-prose corpus itself (corpus/prose): every passage has its gold and its row, the
annotation is consistent with the text, every relation was checked by two annotators, and no
source is on both sides of the split."""

from __future__ import annotations

import contextlib
import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1] / "corpus" / "prose"
ROWS = list(csv.DictReader((ROOT / "sources.csv").open(encoding="utf-8")))
IDS = [r["id"] for r in ROWS]
ROLES = ("total", "parts", "percent", "count", "base", "actual", "target", "average", "terms", "start", "change", "end")


def _gold(pid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "gold" / f"{pid}.json").read_text(encoding="utf-8"))
    return data


def test_every_file_has_a_row_and_every_row_its_files() -> None:
    passages = {p.stem for p in (ROOT / "passages").glob("*.txt")}
    golds = {p.stem for p in (ROOT / "gold").glob("*.json")}
    assert len(IDS) == len(set(IDS))
    assert passages == golds == set(IDS)


def test_no_source_is_on_both_sides_of_the_split() -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        assert r["split"] in ("dev", "test"), r["id"]
        sides[r["source"]].add(r["split"])
    assert {s: v for s, v in sides.items() if len(v) > 1} == {}


@pytest.mark.parametrize("pid", IDS)
def test_annotation_agrees_with_the_text(pid: str) -> None:
    text = (ROOT / "passages" / f"{pid}.txt").read_text(encoding="utf-8")
    gold = _gold(pid)
    figures = {f["id"]: f for f in gold["figures"]}
    assert len(figures) == len(gold["figures"]), "figure ids are unique"
    for f in gold["figures"]:
        assert f["quote"] in text, (f["id"], f["quote"])
        assert f["raw"] in f["quote"], (f["id"], f["raw"])
    for rel in gold["relations"]:
        for role in ROLES:
            value = rel.get(role)
            for fid in value if isinstance(value, list) else [value] if value else []:
                assert fid in figures, (rel["kind"], role, fid)
        assert isinstance(rel.get("holds"), bool), rel
        assert rel.get("certainty") in ("explicit", "plausible"), rel
        assert len(set(rel.get("checked_by") or [])) >= 2, ("every relation checked twice", rel)


SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6}


def _readings(raw: str) -> set[float]:
    """The values a written number may have: Vietnamese (``7.589``, ``98,58``) or, as some
    sources write, English (``867.5``, ``272,849``)."""
    out = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        with contextlib.suppress(ValueError):  # "1.2.3,4,5" read one way only
            out.add(float(raw.replace(thousands, "").replace(decimal, ".")))
    return out


@pytest.mark.parametrize("pid", IDS)
def test_an_amount_of_money_is_valued_in_its_unit(pid: str) -> None:
    """A money figure's value is its number in its ``unit``, times a scale word the quote
    writes between them (``34,9 nghìn tỷ đồng`` → 34900 ``tỷ đồng``): never in đồng under a
    ``tỷ đồng`` unit (eight figures were, and so never paired with what the reader found)."""
    for f in _gold(pid)["figures"]:
        raw = f["raw"]
        if f["measure"] != "money" or not f.get("unit") or not all(c.isdigit() or c in ".," for c in raw):
            continue  # a ratio, or a number written with words or spaces ("3.579 tỷ 654 triệu")
        after = f["quote"].split(raw, 1)[1].lower().split()
        factor = 1.0
        if after and after[0] in SCALES and not f["unit"].lower().startswith(after[0]):
            factor = SCALES[after[0]]  # "nghìn" before the unit "tỷ đồng"
        assert any(abs(f["value"] - v * factor) < 1e-6 * max(1.0, v * factor) for v in _readings(raw)), (
            f["id"],
            raw,
            f["value"],
            f["unit"],
            f["quote"],
        )
