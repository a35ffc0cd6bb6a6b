"""One module per consistency rule; importing this package registers them all.

To add a rule: write a module here whose check function carries
:func:`~extractor.check.registry.relation_rule` or :func:`~extractor.check.registry.facts_rule`,
and add the module's name to :data:`RULE_MODULES` (the order findings are produced in).
Shared judgement (tolerance intervals, severities, the finding's wording) is in
:mod:`.judgement`.
"""

from __future__ import annotations

from importlib import import_module

RULE_MODULES = (
    "sums",
    "subsets",
    "percent",
    "average",
    "target",
    "identity",
    "agreement",
    "directive_dates",
    "directive_level",
    "directive_variants",
    "renditions",
    "continuity",
)

for _name in RULE_MODULES:
    import_module(f"{__name__}.{_name}")
