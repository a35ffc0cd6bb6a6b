"""Extraction stages over a parsed document: cite → figure → relate.

Directive citations are found first so that their numbers (``21-NQ/TW``) are never
read as figures; figures come next, then the relations the text states between them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from extractor.document.elements import Document
from extractor.find.directives import find_citations
from extractor.find.facts import Citation, Extraction
from extractor.find.figures import find_figures
from extractor.find.relations import find_relations


def _citation_ranges(doc: Document, citations: list[Citation]) -> dict[int, list[tuple[int, int]]]:
    ranges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in citations:
        if c.span.block < 0:
            continue
        base = doc.blocks[c.span.block].span[0]
        ranges[c.span.block].append((c.span.start - base, c.span.end - base))
    return ranges


def extract_document(doc: Document) -> Extraction:
    citations = find_citations(doc)
    figures = find_figures(doc, excluded=_citation_ranges(doc, citations))
    relations = find_relations(doc, figures)
    own = next((c.key for c in citations if c.kind == "self"), None)
    return Extraction(
        document=Path(doc.path).stem,
        self_key=own,
        citations=citations,
        figures=figures,
        relations=relations,
        warnings=_variant_warnings(citations),
    )


def _variant_warnings(citations: list[Citation]) -> list[str]:
    """Directive numbers written other than their normal form (``02- ĐA/ĐU``, ``02-ĐA/DU``)."""
    seen: dict[tuple[str, str], int] = {}
    for c in citations:
        if c.variant:
            seen[(c.key, c.raw)] = seen.get((c.key, c.raw), 0) + 1
    return [f"directive {key} written as {raw!r} ({n}×)" for (key, raw), n in seen.items()]
