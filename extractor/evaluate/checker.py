"""Evaluate the checker against the gold files, the statcheck way.

Every gold relation carries ``holds`` (worked out by hand).  The checker is run in memory
on the *extracted* relations (:func:`extractor.check.inputs.check_extraction`) and then:

* a relation that does **not** hold is *flagged* when a finding of severity error or
  warning judges its main figure (sensitivity);
* a relation that **holds** is *left alone* when no ``error`` finding judges its main
  figure (specificity); warnings and infos on it are counted as *noise*.

The main figure is the one a rule judges — ``total`` (the first part for a distribution
without a total), ``percent``, ``average``, the target's ``percent`` (else ``actual``) —
paired with the extracted figures by :func:`extractor.evaluate.scores.pair_figures` (loose).  A
finding *judges* a figure when it is the finding's first figure (the stated value the rule
compares); a figure that is merely a member of a failing relation (a part of a wrong sum)
does not make another relation it totals wrong.

Citations: a directive the gold gives two dates is a genuine ``directive-dates`` case; a
date later than the report's own gold date a ``directive-date-after-report`` case; a
mistyped number (a variant that differs from the normal form by more than spacing) a
``directive-variant`` case; a ``/TW`` (central) symbol written with a provincial body
(``của Ban Thường vụ Tỉnh ủy``) a ``directive-level`` case.  The other directives are holding cases (no error expected).

Findings that match no gold case are listed as *unmatched*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from extractor.check.findings import FindingData
from extractor.check.inputs import check_extraction
from extractor.check.rules.directive_level import issuer_levels
from extractor.check.rules.directive_variants import number_letters
from extractor.document.elements import Document
from extractor.evaluate.scores import MEMBER_ROLES, claim_kind, pair_figures
from extractor.find.facts import Extraction
from extractor.text.regexes import NUMBER_WITH_SYMBOL_RE

ARITHMETIC_RULES = {"sum", "distribution", "percent", "average", "granularity", "subset", "identity"}
EXPECTED_RULE = {
    "total_parts": "sum",
    "percent_of": "percent",
    "target": "percent",
    "average_of": "average",
    "subset_of": "subset",
    "change": "identity",
}
FLAGGING = ("error", "warning")


@dataclass
class Case:
    document: str
    fmt: str
    rule: str  # the rule expected to speak (sum, distribution, percent, average, directive-…)
    gold: str  # the gold relation or directive, described
    genuine: bool  # True: a real inconsistency (holds == false)
    extracted: bool  # the relation / citation was extracted at all
    found: list[str] = field(default_factory=list)  # "rule:severity" of matching findings

    @property
    def flagged(self) -> bool:
        return any(f.split(":")[1] in FLAGGING for f in self.found)

    @property
    def error(self) -> bool:
        return any(f.endswith(":error") for f in self.found)

    @property
    def outcome(self) -> str:
        if self.genuine:
            return "flagged" if self.flagged else "miss"
        if self.error:
            return "false alarm"
        return "noise" if self.found else "left alone"

    def why(self) -> str:
        if self.outcome not in ("miss", "false alarm"):
            return ""
        if not self.extracted:
            return "extraction miss (relation/citation not extracted as in the gold)"
        return "rule: " + (", ".join(self.found) if self.found else "no finding on the extracted relation")


@dataclass
class CheckerEval:
    cases: list[Case] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # "document fmt rule:severity message"

    def add(self, other: CheckerEval) -> None:
        self.cases += other.cases
        self.unmatched += other.unmatched

    def table(self, fmt: str) -> dict[str, dict[str, int]]:
        """Per expected rule: genuine, flagged, holding, left_alone, noise, false_alarm."""
        out: dict[str, dict[str, int]] = defaultdict(
            lambda: {"genuine": 0, "flagged": 0, "holding": 0, "left_alone": 0, "noise": 0, "false_alarm": 0}
        )
        for c in self.cases:
            if c.fmt != fmt:
                continue
            row = out[c.rule]
            if c.genuine:
                row["genuine"] += 1
                row["flagged"] += c.flagged
            else:
                row["holding"] += 1
                row["left_alone"] += not c.error
                row["noise"] += c.outcome == "noise"
                row["false_alarm"] += c.error
        return dict(sorted(out.items()))

    def formats(self) -> list[str]:
        return list(dict.fromkeys(c.fmt for c in self.cases))

    def unmatched_count(self, fmt: str) -> int:
        return sum(1 for u in self.unmatched if u.split(" ", 2)[1] == fmt)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": {fmt: self.table(fmt) for fmt in self.formats()},
            "cases": [{**asdict(c), "outcome": c.outcome, "why": c.why()} for c in self.cases],
            "unmatched": self.unmatched,
        }

    def to_text(self, details: bool = True) -> str:
        lines = ["", "CHECKER (gold relations: genuine flagged / total; holding left alone / total; noise)"]
        head = f"{'format':6} {'rule':28} {'genuine flagged':>16} {'holding left alone':>19} {'noise':>6}"
        for fmt in self.formats():
            lines.append(head)
            for rule, r in self.table(fmt).items():
                lines.append(
                    f"{fmt:6} {rule:28} {r['flagged']:>8}/{r['genuine']:<7} {r['left_alone']:>10}/{r['holding']:<8} "
                    f"{r['noise']:>6}"
                )
            lines.append(f"{fmt:6} {'unmatched findings':28} {self.unmatched_count(fmt):>8}")
        if details:
            for c in self.cases:
                if c.outcome in ("miss", "false alarm"):
                    lines.append(f"{c.outcome.upper():12} {c.document} {c.fmt} {c.rule}: {c.gold} — {c.why()}")
            lines += [f"UNMATCHED    {u}" for u in self.unmatched]
        return "\n".join(lines)


# --------------------------------------------------------------------------- relations


def main_figure(rel: dict[str, Any]) -> str | None:
    """The gold id of the figure a rule judges for this relation."""
    kind = rel["kind"]
    if kind == "total_parts":
        return rel.get("total") or (rel.get("parts") or [None])[0]
    if kind == "percent_of":
        return rel.get("percent")
    if kind == "average_of":
        return rel.get("average")
    if kind == "target":
        return rel.get("percent") or rel.get("actual")
    if kind == "change":
        return rel.get("end")
    return None


def judged_figures(rel: dict[str, Any]) -> list[str]:
    """The gold ids a rule may judge for this relation: its main figure, or for a subset any
    of its parts (the rule judges the part that passes its total)."""
    if rel["kind"] == "subset_of":
        return [str(p) for p in rel.get("parts") or []]
    main = main_figure(rel)
    return [main] if main else []


def expected_rule(rel: dict[str, Any]) -> str:
    if rel["kind"] == "total_parts" and not rel.get("total"):
        return "distribution"
    return EXPECTED_RULE.get(rel["kind"], rel["kind"])


def _relation_extracted(rel: dict[str, Any], ex: Extraction, pairs: dict[str, str]) -> bool:
    """An extracted relation of the same kind with the main figure in the same role, and the
    members the rule needs (at least two parts or terms, or the count) present."""
    main = main_figure(rel) or rel.get("total")
    fid = pairs.get(main or "")
    if fid is None:
        return False
    claim = claim_kind(rel["kind"], rel, rel.get("exhaustive"))
    for r in ex.relations:
        if claim_kind(r.kind, r.members, r.certainty != "exhaustive") != claim:
            continue  # one part of a breakdown that may be partial is a subset (as relations are scored)
        values = [v for v in r.members.values() if v]
        flat = [x for v in values for x in (v if isinstance(v, list) else [v])]
        if fid in flat:
            return True
    return False


def _describe(rel: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    main = main_figure(rel) or "?"
    raw = by_id.get(main, {}).get("raw", "?")
    return f"{rel['kind']} {main}={raw} ({rel.get('note', '')[:90]})"


def _mapped_members(rel: dict[str, Any], pairs: dict[str, str]) -> set[str]:
    ids = [x for k, v in rel.items() if k in MEMBER_ROLES and v for x in (v if isinstance(v, list) else [v])]
    return {pairs[i] for i in ids if i in pairs}


def _judges_kind(f: FindingData, kind: str) -> bool:
    """Whether a finding can be about a relation of ``kind``: a granularity finding judges a
    share (``percent_of``), or the share of a target whose plan is not stated when it names the
    achieved count (``kết nạp 21 đảng viên, đạt 63,3% KH``: of no whole plan)."""
    if f.rule != "granularity":
        return True
    return kind == "percent_of" or (kind == "target" and len(f.figures) > 1)


def assign_findings(
    relations: list[dict[str, Any]], findings: list[FindingData], pairs: dict[str, str]
) -> dict[int, list[FindingData]]:
    """Gold relation index → the arithmetic findings about it.  A finding belongs to the gold
    relations whose main figure is the one it judges (its first figure) and, among those (a
    total may be the total of two relations), to the ones sharing most members with it."""
    members = [_mapped_members(r, pairs) for r in relations]
    judged = [{pairs[g] for g in judged_figures(r) if g in pairs} for r in relations]
    out: dict[int, list[FindingData]] = defaultdict(list)
    for f in findings:
        if f.rule not in ARITHMETIC_RULES or not f.figures:
            continue
        candidates = [
            i for i, js in enumerate(judged) if f.figures[0].fid in js and _judges_kind(f, relations[i]["kind"])
        ]
        if not candidates:
            continue
        fids = {x.fid for x in f.figures}
        best = max(len(fids & members[i]) for i in candidates)
        for i in candidates:
            if len(fids & members[i]) == best:
                out[i].append(f)
    return out


# --------------------------------------------------------------------------- citations


# Which level a body written next to a directive is, for the gold side (first match wins).
BODY_LEVELS = (
    ("bloc", ("đảng ủy khối", "đảng uỷ khối", "đảng bộ khối")),
    ("central", ("trung ương", "bộ chính trị", "ban bí thư")),
    ("provincial", ("tỉnh ủy", "tỉnh uỷ")),
    ("district", ("huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ")),
)


def body_level(body: str) -> str | None:
    low = body.casefold()
    return next((level for level, words in BODY_LEVELS if any(w in low for w in words)), None)


def _level_conflicts(d: dict[str, Any], levels: dict[str, str]) -> list[str]:
    level = levels.get(d.get("issuer") or "")
    if not level:
        return []
    return [b for b in d.get("bodies", []) if body_level(b) not in (None, level)]


def _letters(number: str) -> str:
    """A written number without its separators and leading zeros, Trung ương's abbreviations as
    TW: ``02 – ĐA/ĐU`` → ``2ĐAĐU``, ``03-CT/T.Ư`` → ``3CTTW``."""
    return number_letters(number).lstrip("0")


def _mistyped(d: dict[str, Any]) -> list[str]:
    """The gold's variants that spell the number's letters differently (``02-ĐA/DU``,
    ``09 BTC/TW``): not those that differ only in separators (``1374 – QĐ/TU``, ``282-QĐ-ĐU``,
    ``10 CT/TW`` are the number itself), nor short forms (``Quyết định 1068/2016``)."""
    if not d.get("number") or not d.get("symbol") or not d.get("issuer"):
        return []
    normal = _letters(d.get("key") or f"{d['number']}-{d['symbol']}/{d['issuer']}")
    return [v for v in d.get("variants", []) if NUMBER_WITH_SYMBOL_RE.search(v) and _letters(v) != normal]


def _citation_cases(
    gold: dict[str, Any], ex: Extraction, findings: list[FindingData], name: str, fmt: str
) -> tuple[list[Case], set[str]]:
    by_rule_key: dict[tuple[str, str], list[FindingData]] = defaultdict(list)
    for f in findings:
        for c in f.citations:
            by_rule_key[(f.rule, c.key)].append(f)
    cited = {c.key for c in ex.citations}
    own_date = (gold.get("self") or {}).get("date")
    levels = issuer_levels()
    cases: list[Case] = []
    used: set[str] = set()
    for d in gold.get("directives", []):
        key, dates = d["key"], d.get("dates", [])
        expected = []
        if len(dates) > 1:
            expected.append(("directive-dates", f"{key} dated {', '.join(dates)}"))
        if own_date and any(x > own_date for x in dates):
            expected.append(("directive-date-after-report", f"{key} dated {max(dates)} > report {own_date}"))
        expected += [("directive-variant", f"{key} written {v!r}") for v in _mistyped(d)]
        expected += [("directive-level", f"{key} issued by «{b}»") for b in _level_conflicts(d, levels)]
        for rule, text in expected:
            hits = by_rule_key.get((rule, key), [])
            used.update(f.key for f in hits)
            found = [f"{f.rule}:{f.severity}" for f in hits]
            cases.append(Case(name, fmt, rule, text, True, key in cited, found))
        if not expected:
            hits = [f for (rule, k), fs in by_rule_key.items() if k == key for f in fs]
            used.update(f.key for f in hits if f.severity != "info")
            found = [f"{f.rule}:{f.severity}" for f in hits if f.severity != "info"]
            cases.append(Case(name, fmt, "directive (holding)", key, False, key in cited, found))
    return cases, used


# --------------------------------------------------------------------------- one document


def evaluate_checker(
    gold: dict[str, Any],
    doc: Document,
    ex: Extraction,
    name: str,
    fmt: str,
    findings: list[FindingData] | None = None,
) -> CheckerEval:
    """The checker's sensitivity and specificity on one document against its gold relations;
    ``findings``: the document's findings when the caller has them already."""
    if findings is None:
        findings = check_extraction(doc, ex)
    pairs, _ = pair_figures(gold.get("figures", []), ex.figures, strict=False)
    by_id = {str(g["id"]): g for g in gold.get("figures", [])}
    relations = gold.get("relations", [])
    assigned = assign_findings(relations, findings, pairs)
    out = CheckerEval()
    used: set[str] = set()
    for i, rel in enumerate(relations):
        hits = assigned.get(i, [])
        genuine = rel.get("holds") is False
        used.update(f.key for f in hits)
        found = [f"{f.rule}:{f.severity}" for f in hits]
        out.cases.append(
            Case(
                name,
                fmt,
                expected_rule(rel),
                _describe(rel, by_id),
                genuine,
                _relation_extracted(rel, ex, pairs),
                found,
            )
        )
    cite_cases, cite_used = _citation_cases(gold, ex, findings, name, fmt)
    out.cases += cite_cases
    used |= cite_used
    for f in findings:
        if f.key not in used:
            figs = ", ".join(f"{x.fid}={x.raw}" for x in f.figures[:4])
            out.unmatched.append(f"{name} {fmt} {f.rule}:{f.severity} [{figs}] {f.message_en}")
    return out
