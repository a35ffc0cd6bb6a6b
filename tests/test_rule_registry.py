"""The checker's rule registry: every rule module registers its rules, and a new rule is one
module plus one registration."""

from __future__ import annotations

import importlib

import pytest

from extractor.check import registry
from extractor.check.apply import run_rules
from extractor.check.findings import Doc, Fig, FindingData, Rel
from extractor.check.rules import RULE_MODULES

DOC = Doc(1, "r.txt", "sha", "2023-01-01", None, None)


def test_every_rule_module_registers_a_rule():
    by_module = {r.run.__module__ for r in registry.registered()}
    for name in RULE_MODULES:
        assert f"extractor.check.rules.{name}" in by_module, f"{name} registers no rule"


def test_every_rule_has_a_name_a_scope_and_a_summary():
    for rule in registry.registered():
        assert rule.name and rule.summary, rule
        assert rule.scope in ("relation", "figures", "citations", "renditions")
        assert (rule.relation is not None) == (rule.scope == "relation")


def test_the_rule_names_are_those_the_readme_documents():
    from .conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in {r.name for r in registry.registered()}:
        assert f"`{name}`" in readme, f"README does not document the rule {name}"


def test_reimporting_a_rule_module_registers_nothing_twice():
    before = len(registry.registered())
    importlib.reload(importlib.import_module("extractor.check.rules.average"))
    # a reload defines new function objects; the registry keeps one rule per function
    assert len(registry.registered()) == before


def _fig(fid: int, value: float) -> Fig:
    return Fig(id=fid, fid=f"f{fid}", document=DOC, value=value, raw=str(int(value)), decimals=0, measure="count")


def test_a_new_rule_is_run_once_registered(monkeypatch):
    monkeypatch.setattr(registry, "_RULES", list(registry.registered()))
    seen: list[Rel] = []

    @registry.relation_rule("example", "example_kind")
    def check_example(rel: Rel):
        """example: records the relations it sees."""
        seen.append(rel)
        return [
            FindingData(
                rule="example",
                severity="info",
                document=rel.document,
                stated="1",
                expected="1",
                computation="—",
                tolerance="—",
                message_vi="ví dụ",
                message_en="example",
                figures=[],
                identity=("example",),
            )
        ]

    rel = Rel("example_kind", DOC, {"total": _fig(1, 1)}, "test")
    found = run_rules([], [rel], [])
    assert seen == [rel]
    assert [f.rule for f in found] == ["example"]


@pytest.mark.parametrize("scope", ["figures", "citations"])
def test_facts_rules_see_every_fact_at_once(monkeypatch, scope):
    monkeypatch.setattr(registry, "_RULES", [])
    got: list[object] = []

    @registry.facts_rule("example", scope)
    def check_all(items):
        """example: sees all."""
        got.append(list(items))
        return []

    figs = [_fig(1, 1), _fig(2, 2)]
    run_rules(figs, [], [])
    assert got == ([figs] if scope == "figures" else [[]])
