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
    from extractor.text.shapes import heading_level

    assert heading_level("Phần thứ nhất") == 1
    assert heading_level("I- KẾT QUẢ") == 2
    assert heading_level("2. Kết quả") == 3
    assert heading_level("2.1-Tăng cường") == 4
    assert heading_level("a) Về công tác") == 5
    assert heading_level("Tuy nhiên, một số") is None


# ---------------------------------------------------------------- cue words and column roles

from extractor.text.cues import all_cues, column_is, column_roles, cue_window, window  # noqa: E402

CUES = sorted(all_cues().items())


def _cue_side(shape: str, snippet: str) -> str:
    """The text a cue of ``shape`` is tested on: before or after the figure marked {N}."""
    if shape in ("before", "after"):
        assert snippet.count("{N}") == 1, f"{snippet!r} must mark the figure with one {{N}}"
        left, right = snippet.split("{N}")
        return left if shape == "before" else right
    return snippet


def _cue_holds(cue, snippet: str) -> bool:
    text = _cue_side(cue.shape, snippet)
    if cue.shape == "before":
        return bool(cue.pattern.search(text[-cue.window :] if cue.window else text))
    if cue.shape in ("after", "start", "gap", "note"):
        return bool(cue.pattern.match(text))
    return bool(cue.pattern.search(text))


@pytest.mark.parametrize(("name", "cue"), CUES, ids=[n for n, _ in CUES])
def test_cue_examples(name, cue):
    assert cue.examples, f"cue {name} has no examples"
    assert cue.counter_examples, f"cue {name} has no counter-examples"
    for example in cue.examples:
        assert _cue_holds(cue, example), f"cue {name} should hold in {example!r}"
    for counter in cue.counter_examples:
        assert not _cue_holds(cue, counter), f"cue {name} should not hold in {counter!r}"


def test_cues_that_look_before_a_figure_have_a_window():
    for name, cue in CUES:
        if cue.shape == "before":
            assert cue_window(name) > 0


def test_windows_are_positive_distances():
    for name in ("parenthesis_after_total", "category_after_number", "head_noun_after_number"):
        assert 0 < window(name) < 500


ROLES = sorted(column_roles().items())


@pytest.mark.parametrize(("name", "role"), ROLES, ids=[n for n, _ in ROLES])
def test_column_role_examples(name, role):
    assert role.examples and role.counter_examples, f"column role {name} needs examples and counter-examples"
    for example in role.examples:
        assert column_is(name, example), f"{example!r} should be a {name} column"
    for counter in role.counter_examples:
        assert not column_is(name, counter), f"{counter!r} should not be a {name} column"
