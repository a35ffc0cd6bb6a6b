"""Reading a paragraph of report prose the way a report is read: the helper the snippet tests
share (a title and a heading line before the paragraph, so it is body text)."""

from __future__ import annotations

from pathlib import Path

import extractor
from extractor.find.facts import Extraction


def read_snippet(tmp_path: Path, body: str, heading: str = "Kết quả công tác") -> tuple[Extraction, list]:
    """The facts of ``body`` read as a report's paragraph, and the checker's findings on them."""
    path = tmp_path / "r.txt"
    path.write_text(f"BÁO CÁO\n{heading}\n\n{body}\n", encoding="utf-8")
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    return facts, extractor.check_facts([(doc, facts)])


def alarms(findings: list) -> list[tuple[str, str]]:
    """The findings that alarm an auditor, as (rule, severity): the errors and warnings."""
    return [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")]


def shares(facts: Extraction, role: str = "base") -> list[tuple[float, float, float]]:
    """(percent, count, base) of every share, sorted; with ``role="level"``, (rate, change,
    level now) of every rate of change whose earlier level is not written."""
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (value[r.members["percent"]], value[r.members["count"]], value[r.members[role]])
        for r in facts.relations
        if r.kind == "percent_of" and r.members.get(role)
    )


def breakdowns_and_findings(path: Path) -> tuple[list[tuple[str, float, list[float]]], list[tuple[str, str]]]:
    """The file's breakdowns and subsets with a stated total, as (kind, total, sorted parts), and
    its findings as (rule, severity), both sorted (spelling variants of directives left out)."""
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    relations = sorted(
        (r.kind, value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of") and r.members.get("total")
    )
    findings = sorted(
        (f.rule, f.severity) for f in extractor.check_facts([(doc, facts)]) if f.rule != "directive-variant"
    )
    return relations, findings


def subsets_and_breakdowns(tmp_path: Path, body: str) -> list[tuple[str, str, list[str]]]:
    """(kind, total, parts) as written, of every breakdown or subset with a stated total."""
    facts, _ = read_snippet(tmp_path, body)
    raw = {f.id: f.raw for f in facts.figures}
    return [
        (r.kind, raw[r.members["total"]], [raw[p] for p in r.members["parts"]])
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of") and r.members.get("total")
    ]


def snippet_alarms(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    """(rule, severity) of every warning or error on the snippet, in order."""
    _, findings = read_snippet(tmp_path, body)
    return alarms(findings)


def alarm_set(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    """(rule, severity) of every warning or error on the snippet, each once, in order."""
    _, findings = read_snippet(tmp_path, body)
    return sorted(set(alarms(findings)))


def categories(tmp_path: Path, body: str) -> dict[str, str | None]:
    """Each figure's category, by its number as written."""
    facts, _ = read_snippet(tmp_path, body)
    return {f.raw: f.category for f in facts.figures}


def subsets_by(facts: Extraction, evidence: str) -> list[tuple[float, float]]:
    """(total, part) of every one-part subset read with ``evidence``, sorted."""
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (value[r.members["total"]], value[r.members["parts"][0]])
        for r in facts.relations
        if r.kind == "subset_of" and r.evidence == evidence
    )
