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


def shares(facts: Extraction, role: str = "base") -> list[tuple[float, float, float]]:
    """(percent, count, base) of every share, sorted; with ``role="level"``, (rate, change,
    level now) of every rate of change whose earlier level is not written."""
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (value[r.members["percent"]], value[r.members["count"]], value[r.members[role]])
        for r in facts.relations
        if r.kind == "percent_of" and r.members.get(role)
    )
