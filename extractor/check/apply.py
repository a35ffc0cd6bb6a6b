"""Every registered rule over a set of facts: findings deduplicated by id and ordered."""

from __future__ import annotations

from collections.abc import Sequence

import extractor.check.rules  # noqa: F401  (importing the package registers every rule)
from extractor.check.findings import Cite, Fig, FindingData, Rel
from extractor.check.registry import registered

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check_relation(rel: Rel) -> list[FindingData]:
    """The findings of the rules registered for ``rel``'s kind."""
    out: list[FindingData] = []
    for rule in registered():
        if rule.scope == "relation" and rule.relation == rel.kind:
            out += rule.run(rel)
    return out


def run_rules(
    figs: list[Fig],
    rels: list[Rel],
    cites: list[Cite],
    renditions: Sequence[tuple[list[Fig], list[Fig]]] = (),
) -> list[FindingData]:
    """Relation rules over each relation, then the figure and citation rules over all of them,
    then the rendition rules over each (primary, other rendition) pair of figure lists."""
    findings: list[FindingData] = []
    for rel in rels:
        findings += check_relation(rel)
    for rule in registered():
        if rule.scope == "figures":
            findings += rule.run(figs)
        elif rule.scope == "citations":
            findings += rule.run(cites)
        elif rule.scope == "renditions":
            findings += rule.run(list(renditions))
    unique = {f.key: f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.document.name if f.document else "", SEVERITY_ORDER[f.severity]))
