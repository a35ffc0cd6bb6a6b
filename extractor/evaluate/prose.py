"""The out-of-sample evaluation on real report prose (``corpus/prose``), the statcheck way.

For the passages of one split (``dev``, ``test`` or ``all``; the split is by source, in
``sources.csv``):

* extraction is scored against the hand annotation (directives, figures, relations);
* the checker is scored on the annotated relations: genuine inconsistencies flagged,
  holding relations left alone, and **false errors per 100 passages** (``error`` findings on
  a relation that holds, or on no annotated relation at all);
* **planted errors**: into every relation that holds, one wrong number is planted — the
  total of a breakdown, the stated percentage, the average, the end of a change, a subset's
  first part — written the way the text writes numbers (thousands dots, decimal comma, the
  same decimals), and the passage is read, extracted and checked again; a plant is *caught*
  when a finding of severity error or warning judges the planted figure.  Per rule: plants
  made and caught.
"""

from __future__ import annotations

import csv
import json
import math
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.check.inputs import check_extraction
from extractor.check.rules.percent import WHY_TWO_IMPLIED
from extractor.check.tolerance import Interval, stated
from extractor.check.tolerance import total as total_of
from extractor.errors import BaocaoError
from extractor.evaluate.checker import (
    EXPECTED_RULE,
    FLAGGING,
    CheckerEval,
    evaluate_checker,
    expected_rule,
    judged_figures,
)
from extractor.evaluate.scores import DocumentReport, Score, evaluate, load_gold, pair_figures
from extractor.find.extract import extract_document
from extractor.read.parse import parse_file
from extractor.text.quantities import unit_factor
from extractor.text.regexes import DIGIT
from extractor.text.values import english_thousands, parse_number

SPLITS = ("dev", "test", "all")
PERCENT_STEP = 5.0  # a planted percentage moves this many points
COUNT_STEP = 0.1  # a planted count grows by this share (at least 2)
PLANT_ROLE = {"total_parts": "total", "percent_of": "percent", "target": "percent", "average_of": "average"}


@dataclass
class Passage:
    id: str
    text_path: Path
    gold: dict[str, Any]
    split: str
    source: str


@dataclass
class Plant:
    passage: str
    rule: str
    original: str
    planted: str
    caught: bool
    found: list[str] = field(default_factory=list)
    # a share's whole: "stated" (a base, a ratio's second number, a plan), or "unstated" (no
    # figure of the text is its whole; only sibling shares may imply one)
    whole: str = "stated"
    # caught, or shown: a flagging finding the text without the plant did not have names the
    # planted number among its figures (a percentage judged against a planted total shows the
    # total; the rule judges the percentage)
    shown: bool = False


@dataclass
class ProseEval:
    split: str
    passages: int = 0
    sources: int = 0
    reports: list[DocumentReport] = field(default_factory=list)
    checker: CheckerEval = field(default_factory=CheckerEval)
    false_errors: int = 0  # error findings on holding relations or on nothing annotated
    plants: list[Plant] = field(default_factory=list)
    unplantable: Counter[str] = field(
        default_factory=Counter
    )  # holding relations whose arithmetic the text leaves open
    failed: list[str] = field(default_factory=list)

    def planted_table(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for p in self.plants:
            out[p.rule][0] += 1
            out[p.rule][1] += p.caught
        return {rule: (made, caught) for rule, (made, caught) in sorted(out.items())}

    def shown_table(self) -> dict[str, tuple[int, int]]:
        """Planted errors, made and shown by a new finding that names them (a wider count than
        :meth:`planted_table`'s, which asks that a finding judge the planted number)."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for p in self.plants:
            out[p.rule][0] += 1
            out[p.rule][1] += p.caught or p.shown
        return {rule: (made, shown) for rule, (made, shown) in sorted(out.items())}

    def percent_by_whole(self) -> dict[str, tuple[int, int]]:
        """Planted percentages, made and caught, by whether the text states their whole."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for p in self.plants:
            if p.rule == "percent":
                out[p.whole][0] += 1
                out[p.whole][1] += p.caught
        return {whole: (made, caught) for whole, (made, caught) in sorted(out.items())}

    @property
    def false_errors_per_100(self) -> float:
        return 100.0 * self.false_errors / self.passages if self.passages else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "passages": self.passages,
            "sources": self.sources,
            "false_errors": self.false_errors,
            "false_errors_per_100_passages": round(self.false_errors_per_100, 2),
            "planted": {
                r: {"planted": m, "caught": c, "shown": self.shown_table()[r][1]}
                for r, (m, c) in self.planted_table().items()
            },
            "planted_percent_by_whole": {
                w: {"planted": m, "caught": c} for w, (m, c) in self.percent_by_whole().items()
            },
            "unplantable": dict(sorted(self.unplantable.items())),
            "plants_missed": [p.__dict__ for p in self.plants if not p.caught],
            "failed": self.failed,
        }

    def to_text(self) -> str:
        lines = [
            f"PROSE ({self.split}): {self.passages} passages from {self.sources} sources",
            f"false errors: {self.false_errors} ({self.false_errors_per_100:.2f} per 100 passages)",
            "planted errors caught (error or warning):",
        ]
        shown = self.shown_table()
        for rule, (made, caught) in self.planted_table().items():
            share = 100.0 * caught / made if made else 0.0
            wider = 100.0 * shown[rule][1] / made if made else 0.0
            lines.append(
                f"  {rule:12} {caught:>4}/{made:<4} {share:5.1f} %   (shown by a new finding: {shown[rule][1]:>4}, "
                f"{wider:5.1f} %)"
            )
            if rule == "percent":
                for whole, (m, c) in self.percent_by_whole().items():
                    told = "whole stated" if whole == "stated" else "whole stated nowhere"
                    lines.append(f"    {told:24} {c:>4}/{m:<4} {100.0 * c / m if m else 0.0:5.1f} %")
        if self.unplantable:
            left = ", ".join(f"{rule} {n}" for rule, n in sorted(self.unplantable.items()))
            why = "the arithmetic is left open (a plan not given) or bounds (trên, khoảng) admit the wrong number"
            lines.append(f"  not planted ({why}): {left}")
        lines += [f"  MISSED {p.passage} {p.rule}: {p.original} → {p.planted}" for p in self.plants if not p.caught]
        lines += [f"FAILED {f}" for f in self.failed]
        return "\n".join(lines)


def load_passages(root: Path, split: str) -> list[Passage]:
    """The passages of ``split`` with their gold; a clear error for a missing corpus."""
    if split not in SPLITS:
        raise BaocaoError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    sources = root / "sources.csv"
    if not sources.is_file():
        raise BaocaoError(f"{root}: no sources.csv (is this the prose corpus folder?)")
    with sources.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        if split != "all" and row.get("split") != split:
            continue
        text = root / "passages" / f"{row['id']}.txt"
        gold = load_gold(root / "gold", row["id"])
        if not text.is_file() or gold is None:
            raise BaocaoError(f"{root}: passage {row['id']} has no text or no gold file")
        out.append(Passage(row["id"], text, gold, row.get("split", ""), row.get("source", "")))
    if not out:
        raise BaocaoError(f"{root}: no passage in split {split!r}")
    return out


# ---------------------------------------------------------------- planting


def vietnamese_number(value: float, decimals: int) -> str:
    """``7589`` → ``7.589``, ``98.5`` with 2 decimals → ``98,50``."""
    whole, _, frac = f"{abs(value):.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if value < 0 else ""
    return sign + grouped + ("," + frac if frac else "")


def english_number(value: float, decimals: int) -> str:
    """``2129000`` → ``2,129,000``, ``27.7`` with 1 decimal → ``27.7``: as English writes numbers."""
    return ("-" if value < 0 else "") + f"{abs(value):,.{decimals}f}"


def _written_in_english(raw: str, value: float) -> bool:
    """Whether ``raw`` writes ``value`` as English does: commas between groups of three (``469,030``
    for 469030) or a decimal point (``27.7``; not ``7.589``, Vietnamese thousands)."""
    if "," in raw:
        grouped = english_thousands(raw)
        return grouped is not None and math.isclose(grouped, value)
    whole, dot, frac = raw.partition(".")
    return bool(dot) and frac.isdigit() and whole.isdigit() and len(frac) != 3 and "." not in frac


def wrong_value(raw: str, value: float, measure: str, scale: float = 1.0, above: bool = False) -> tuple[str, float]:
    """A number clearly outside the tolerance of ``raw``, written as the text writes numbers:
    a count grows by about a tenth (at least two units of its last digit), a percentage by 5 points (down when that
    would pass 100).  ``scale``: what one unit of ``raw`` is worth in ``value`` (1.000 for
    ``49,10 nghìn tấn`` of value 49.100): the plant is written in the raw's own units.
    ``above``: the number must pass ``value`` (a part pushed above its total), over its own base."""
    head, slash, tail = raw.partition("/")
    base = parse_number(tail) if slash else None
    ceiling = 100.0 if measure == "percent" else math.inf
    if base is not None and not above:  # "117/120": the first number moves, and stays at most the second
        ceiling = min(ceiling, base.value)
    if base is None:
        head = raw
    own = value / scale
    english = _written_in_english(head, own)
    decimals = len(head.partition(".")[2]) if english else _decimals(head)
    least = 2 * 10.0**-decimals  # two units of the last digit written: "1,5" moves by 0,2, not 2
    step = PERCENT_STEP if measure == "percent" else max(least, round(own * COUNT_STEP, decimals))
    new = own + step if own + step <= ceiling or own - step < 0 else own - step
    text = english_number(new, decimals) if english else vietnamese_number(new, decimals)
    if head.isdigit() and len(head) > 3:
        text = text.replace(".", "")  # thousands with no group marks ("1260601") stay so ("1386661")
    if head.startswith("0") and len(head) == 2 and len(text) == 1:
        text = "0" + text  # "02" stays two digits
    return text + (slash + tail if base is not None else ""), round(new, decimals) * scale


def raw_scale(raw: str, value: float) -> float:
    """What one unit of ``raw`` as written is worth in ``value``: 1.000 for ``49,10`` of 49.100
    (``49,10 nghìn tấn``), 1 when the raw is the value or is not a plain number."""
    number = parse_number(raw)
    if number is None or not number.value or not value:
        return 1.0
    ratio = value / number.value
    return next((s for s in (1e3, 1e6, 1e9) if math.isclose(ratio, s, rel_tol=1e-9)), 1.0)


def _locate(text: str, quote: str, raw: str) -> int | None:
    """Where ``raw`` stands in ``text``: inside its quote, as a whole number."""
    at = text.find(quote)
    if at < 0:
        return None
    i = quote.find(raw)
    while i >= 0:
        if _whole_number(quote, i, i + len(raw)):
            return at + i
        i = quote.find(raw, i + 1)
    return None


def _whole_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole number, not part of a longer one (``12`` in ``1.120``)."""
    before = text[start - 1] if start else ""
    glued_before = before.isdigit() or (before in ".," and start > 1 and text[start - 2].isdigit())
    after = text[end : end + 2]
    glued_after = after[:1].isdigit() or (after[:1] in ".," and bool(DIGIT.match(after[1:2])))
    return not glued_before and not glued_after


def checkable(rel: dict[str, Any]) -> bool:
    """Whether the text states the whole arithmetic of a relation: ``đạt 94,7% kế hoạch`` with
    the plan not given has nothing a wrong number could contradict, so no plant is made in it
    (such relations are counted apart, as ``unplantable``)."""
    need = {
        "target": ("actual", "target", "percent"),
        "percent_of": ("percent", "count"),
        "subset_of": ("total",),
        "change": ("start", "change", "end"),
        "average_of": ("average",),
    }.get(rel["kind"], ())
    if any(rel.get(role) is None for role in need):
        return False
    listed = rel.get("parts") if rel["kind"] in ("total_parts", "subset_of") else rel.get("terms")
    minimum = {"total_parts": 1, "subset_of": 1, "average_of": 2}.get(rel["kind"], 0)
    if rel["kind"] == "total_parts" and rel.get("total") is None:
        minimum = 2  # shares that must make 100 %
    return len(listed or []) >= minimum


def _partial(rel: dict[str, Any]) -> bool:
    """A breakdown that may name only some parts (``exhaustive: false``): a larger total is no
    error, so one part is planted above the total instead."""
    return rel["kind"] == "total_parts" and bool(rel.get("total")) and rel.get("exhaustive") is False


def _into_part(rel: dict[str, Any]) -> bool:
    """Whether the plant goes into a part, pushed above its total."""
    return rel["kind"] == "subset_of" or _one_part(rel) or _partial(rel)


def _interval(fig: dict[str, Any], value: float | None = None) -> Interval:
    v = float(fig["value"]) if value is None else value
    raw = str(fig.get("raw") or "")
    head = raw.partition("/")[0]
    decimals = len(head.partition(".")[2]) if _written_in_english(head, float(fig["value"])) else _decimals(raw)
    return stated(v, decimals, str(fig.get("measure") or "count"), fig.get("approx"))


def _decimals(raw: str) -> int:
    """The digits after the decimal comma, as written: the rounding unit of ``raw``."""
    return len(raw.split(",", 1)[1]) if "," in raw else 0


def contradicts(rel: dict[str, Any], figures: dict[str, dict[str, Any]], target: str, planted: float) -> bool:
    """Whether the planted value makes the relation fail under the tolerance rules, as the
    gold reads it (a part pushed above a total stated as "trên 250" is no error: the total
    has no upper bound; a percentage of "gần 1,4 tỷ" may be many values).  A plant that
    does not is not made: it would be no error to catch."""

    def iv(fid: str | None) -> Interval | None:
        fig = figures.get(fid or "")
        if fig is None:
            return None
        return _interval(fig, planted if fid == target else None)

    if _into_part(rel):
        part, whole = iv(target), iv(rel.get("total"))
        if part is None or whole is None:
            return True
        factor = unit_factor(figures[str(target)].get("unit"), figures[str(rel.get("total"))].get("unit"))
        return part.scale(factor).lo > whole.hi  # in the total's unit
    if rel["kind"] == "total_parts" and rel.get("total"):
        whole_unit = (figures.get(str(rel["total"])) or {}).get("unit")
        parts = [iv(x) for x in rel.get("parts") or []]
        factors = [unit_factor((figures.get(str(x)) or {}).get("unit"), whole_unit) for x in rel.get("parts") or []]
        whole = iv(rel.get("total"))
        if whole is None or any(x is None for x in parts):
            return True
        return not total_of([x.scale(k) for x, k in zip(parts, factors, strict=True) if x is not None]).overlaps(whole)
    if rel["kind"] in ("percent_of", "target"):
        num_id, den_id = (
            (rel.get("count"), rel.get("base"))
            if rel["kind"] == "percent_of"
            else (rel.get("actual"), rel.get("target"))
        )
        num, pct = iv(num_id), iv(rel.get("percent"))
        den = iv(den_id) if den_id != num_id else None
        fig = figures.get(num_id or "")
        if den is None and fig is not None and fig.get("base"):
            den = Interval(float(fig["base"]), float(fig["base"]))  # a ratio "62/77": its base
        if num is None or den is None or pct is None:
            return True
        share = num.divide(den)
        return share is None or not share.scale(100.0).overlaps(pct)
    if rel["kind"] == "change":
        return _change_contradicted(rel, figures, iv)
    return True


def _change_contradicted(rel: dict[str, Any], figures: dict[str, dict[str, Any]], iv: Any) -> bool:
    """Whether a change's end (or its start or change) planted fails start ± change = end, or
    start × (1 ± rate) = end for a rate of a count or an amount, under the bounds the gold reads
    (``tăng 97% (từ gần 8,86 lên gần 17,5 triệu tấn)``: any end under 17,5 holds)."""
    start, change, end = iv(rel.get("start")), iv(rel.get("change")), iv(rel.get("end"))
    if start is None or change is None or end is None:
        return True
    sign = -1.0 if int(rel.get("sign") or 1) < 0 else 1.0
    start_fig = figures.get(str(rel.get("start"))) or {}
    change_fig = figures.get(str(rel.get("change"))) or {}
    if change_fig.get("measure") == "percent" and start_fig.get("measure") != "percent":
        expected = start.grown(change, sign)
    else:
        expected = start + change.scale(sign)
    return not expected.overlaps(end)


def _one_part(rel: dict[str, Any]) -> bool:
    """A breakdown that names one part of its total (``63/68 đảng bộ …, trong đó có 59 Đảng bộ
    tỉnh``) states only that the part is at most the total: planted as a subset."""
    return rel["kind"] == "total_parts" and bool(rel.get("total")) and len(rel.get("parts") or []) == 1


def _plantable(rel: dict[str, Any], figures: dict[str, dict[str, Any]]) -> bool:
    """A relation whose arithmetic the text states, and in which the planted number is an
    error under the tolerance rules."""
    if not checkable(rel):
        return False
    planned = planted_number(rel, figures)
    target = plant_target(rel)
    return planned is None or target is None or contradicts(rel, figures, target, planned[1])


def plant_target(rel: dict[str, Any]) -> str | None:
    """The gold id of the figure to plant a wrong number in."""
    if _into_part(rel):
        parts = rel.get("parts") or []
        return str(parts[0]) if parts else None
    if rel["kind"] == "change":
        return rel.get("end")
    role = PLANT_ROLE.get(rel["kind"])
    return rel.get(role) if role else None


def _read(path: Path) -> tuple[Any, Any]:
    doc = parse_file(path)
    return doc, extract_document(doc)


def planted_number(rel: dict[str, Any], figures: dict[str, dict[str, Any]]) -> tuple[str, float] | None:
    """The wrong number to plant, as written and as a value: the main figure moved out of
    its tolerance, or a part pushed above its total.  ``figures``: the passage's gold figures
    by id."""
    figure = figures.get(str(plant_target(rel)))
    if figure is None:
        return None
    value = float(figure["value"])
    if _into_part(rel):
        total = figures.get(str(rel.get("total")))
        if total is None:
            return None
        value = float(total["value"]) * unit_factor(total.get("unit"), figure.get("unit"))  # in the part's unit
    scale = raw_scale(figure["raw"], float(figure["value"]))
    return wrong_value(figure["raw"], value, figure["measure"], scale, above=_into_part(rel))


def _plant_one(
    p: Passage,
    rel: dict[str, Any],
    figures: dict[str, dict[str, Any]],
    workdir: Path,
    before: frozenset[tuple[str, tuple[str, ...]]] = frozenset(),
) -> Plant | None:
    """Plant one wrong number into a holding relation and read the passage again; ``before``:
    the flagging findings of the text without the plant (:func:`flagged`), which show nothing
    new."""
    target = plant_target(rel)
    figure = figures.get(str(target))
    if figure is None or rel["kind"] not in EXPECTED_RULE:
        return None
    text = p.text_path.read_text(encoding="utf-8")
    at = _locate(text, figure.get("quote", ""), figure["raw"])
    if at is None:
        return None
    if not DIGIT.search(figure["raw"]) or any(ch.isalpha() for ch in figure["raw"]):
        return None  # a number written in words ("mười") or scales ("3 tỷ 396 triệu") is not planted
    planned = planted_number(rel, figures)
    if planned is None:
        return None
    planted_raw, planted_value = planned
    path = workdir / f"{p.id}.txt"
    path.write_text(text[:at] + planted_raw + text[at + len(figure["raw"]) :], encoding="utf-8")
    doc, ex = _read(path)
    findings = check_extraction(doc, ex)
    planted = dict(figure, raw=planted_raw, value=planted_value)
    gold = dict(p.gold, figures=[planted if g["id"] == target else g for g in p.gold["figures"]])
    pairs, _ = pair_figures(gold["figures"], ex.figures, strict=False)
    judged = pairs.get(str(target)) or _read_otherwise(planted_raw, planted_value, ex.figures)
    if _into_part(rel):  # a part above its total: any sum or subset finding that names it
        hits = [f for f in findings if any(x.fid == judged for x in f.figures) and f.severity in FLAGGING]
        hits = [f for f in hits if f.rule in ("sum", "subset")]
    else:
        # a finding judges its first figure; a distribution judges every share alike
        hits = [f for f in findings if f.figures and _judges(f, judged) and f.severity in FLAGGING]
    rule = EXPECTED_RULE["subset_of" if _one_part(rel) else rel["kind"]]
    found = [f"{f.rule}:{f.severity}" for f in hits]
    new = flagged(findings) - before
    shown = any(_signature(f) in new and any(x.fid == judged for x in f.figures) for f in findings)
    return Plant(p.id, rule, figure["raw"], planted_raw, bool(hits), found, _whole_told(rel, figures), shown)


def _signature(finding: Any) -> tuple[str, tuple[str, ...]]:
    return finding.rule, tuple(x.fid for x in finding.figures)


def flagged(findings: list[Any]) -> frozenset[tuple[str, tuple[str, ...]]]:
    """The flagging findings (error or warning), each as its rule and the ids of its figures."""
    return frozenset(_signature(f) for f in findings if f.severity in FLAGGING)


def _whole_told(rel: dict[str, Any], figures: dict[str, dict[str, Any]]) -> str:
    """Whether the text states a share's whole (``stated``), or no figure of it is the whole
    (``unstated``: ``chiếm 13,9% dân số``; sibling shares may still imply one)."""
    if rel["kind"] != "percent_of" or rel.get("base"):
        return "stated"
    count = figures.get(str(rel.get("count"))) or {}
    return "stated" if count.get("base") else "unstated"


def _judges(finding: Any, fid: str | None) -> bool:
    """Whether a finding judges the figure ``fid``: its first figure, or any of the shares of
    a distribution or of two classes that imply two wholes (which of them is wrong the
    arithmetic cannot tell)."""
    if finding.rule == "distribution" or getattr(finding, "why", None) == WHY_TWO_IMPLIED:
        return any(x.fid == fid for x in finding.figures)
    return bool(finding.figures[0].fid == fid)


def _read_otherwise(raw: str, value: float, found: list[Any]) -> str | None:
    """The extracted figure of a planted number that the plant made read otherwise: ``54/91``
    planted as ``100/91`` is read as 100 achieved over 91 planned, two counts, so it pairs
    with no ratio; the count that begins the planted number is it."""
    if "/" not in raw:
        return None
    head = raw.split("/", 1)[0]
    return next((f.id for f in found if f.raw == head and abs(f.value - value) < 1e-9), None)


# ---------------------------------------------------------------- the run


def _false_errors(checker: CheckerEval) -> int:
    on_holding = sum(1 for c in checker.cases if not c.genuine and c.error)
    unmatched = sum(1 for u in checker.unmatched if ":error " in u)
    return on_holding + unmatched


def evaluate_prose(root: Path, split: str = "dev", plant: bool = True) -> ProseEval:
    passages = load_passages(root, split)
    out = ProseEval(split, len(passages), len({p.source for p in passages}))
    with tempfile.TemporaryDirectory(prefix="baocao-plant-") as tmp:
        for p in passages:
            try:
                doc, ex = _read(p.text_path)
            except BaocaoError as exc:
                out.failed.append(f"{p.id}: {exc}")
                continue
            out.reports.append(evaluate(p.gold, ex, p.id, "txt"))
            findings = check_extraction(doc, ex)
            out.checker.add(evaluate_checker(p.gold, doc, ex, p.id, "txt", findings))
            if plant:
                figures = {g["id"]: g for g in p.gold.get("figures", [])}
                before = flagged(findings)
                for rel in p.gold.get("relations", []):
                    if rel.get("holds") is not True or not judged_figures(rel):
                        continue
                    if not _plantable(rel, figures):
                        out.unplantable[expected_rule(rel)] += 1
                    elif (planted := _plant_one(p, rel, figures, Path(tmp), before)) is not None:
                        out.plants.append(planted)
    out.false_errors = _false_errors(out.checker)
    return out


def render_prose(result: ProseEval, as_json: bool = False, details: bool = True) -> str:
    """The prose evaluation as text or JSON: extraction totals, the checker's table, false
    errors and planted errors."""
    from extractor.evaluate.run import KINDS

    totals = {k: Score() for k in KINDS}
    for r in result.reports:
        for k in KINDS:
            totals[k].add(getattr(r, k))
    if as_json:
        data = {
            **result.to_dict(),
            "extraction": {
                k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                for k, s in totals.items()
            },
            "checker": result.checker.to_dict(),
        }
        return json.dumps(data, ensure_ascii=False, indent=2)
    lines = [f"EXTRACTION ({result.split}, {len(result.reports)} passages)"]
    for k, s in totals.items():
        lines.append(
            f"  {k:14} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    lines.append(result.checker.to_text(details=details))
    lines.append(result.to_text())
    return "\n".join(lines)
