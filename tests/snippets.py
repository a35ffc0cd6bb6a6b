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
