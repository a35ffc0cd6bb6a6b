"""The facts of one document as JSON-ready data (``baocao.facts/1``) and flat CSV rows."""

from __future__ import annotations

from typing import Any

from extractor.document.elements import Document
from extractor.find.directives import group_directives
from extractor.find.facts import Extraction


def extraction_dict(doc: Document, ex: Extraction) -> dict[str, Any]:
    """The facts of one document as JSON-ready data (schema ``baocao.facts/1``, see README)."""
    return {
        "schema": "baocao.facts/1",
        "document": doc.path,
        "sha256": doc.sha256,
        "format": doc.format,
        "metadata": doc.metadata.to_dict(),
        "self": ex.self_key,
        "directives": group_directives(ex.citations),
        "citations": [c.to_dict() for c in ex.citations],
        "figures": [f.to_dict() for f in ex.figures],
        "relations": [r.to_dict() for r in ex.relations],
        "warnings": ex.warnings,
    }


def figure_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per figure, for CSV."""
    rows = []
    for f in data["figures"]:
        span = f["span"]
        rows.append(
            {
                **f,
                "document": data["document"],
                "page": span["pages"][0] if span["pages"] else None,
                "where": span["where"],
                "footnote": span["footnote"],
                "start": span["start"],
                "end": span["end"],
            }
        )
    return rows
