"""Every pattern rule in patterns/*.yaml matches its examples and none of its counter-examples."""

from __future__ import annotations

import re

import pytest

from extractor.text.resources import load_yaml


def _rules():
    data = load_yaml("layout.yaml")
    for name, rule in data.items():
        if name == "headings":
            for h in rule:
                yield f"headings.{h['id']}", h
        else:
            yield name, rule


RULES = list(_rules())


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[n for n, _ in RULES])
def test_rule_examples(name, rule):
    pattern = re.compile(rule["pattern"])
    assert rule.get("examples"), f"{name} has no examples"
    assert rule.get("counter_examples"), f"{name} has no counter-examples"
    for example in rule["examples"]:
        assert pattern.match(example), f"{name} should match {example!r}"
    for counter in rule["counter_examples"]:
        assert not pattern.match(counter), f"{name} should not match {counter!r}"


def test_heading_levels_follow_numbering():
    from extractor.read.frontmatter import heading_level

    assert heading_level("Phần thứ nhất") == 1
    assert heading_level("I- KẾT QUẢ") == 2
    assert heading_level("2. Kết quả") == 3
    assert heading_level("2.1-Tăng cường") == 4
    assert heading_level("a) Về công tác") == 5
    assert heading_level("Tuy nhiên, một số") is None
