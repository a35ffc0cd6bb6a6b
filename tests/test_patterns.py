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


# ---------------------------------------------------------------- partitions

from extractor.text.partitions import (  # noqa: E402
    ends_partial,
    is_subset_word,
    load_partitions,
    partition_of,
    word_partition_of,
)
from extractor.text.resources import load_yaml as _load_yaml  # noqa: E402

PARTITIONS = [(p["key"], p) for p in _load_yaml("partitions.yaml")["partitions"]]


@pytest.mark.parametrize(("key", "raw"), PARTITIONS, ids=[k for k, _ in PARTITIONS])
def test_partition_examples(key, raw):
    assert raw.get("examples") and raw.get("counter_examples"), f"{key} needs examples and counter-examples"
    total = next(t for t in raw["totals"] if t != "any") if raw["totals"] != ["any"] else "other"
    if raw.get("before_number"):  # class words before the numbers: read in items ("chuyển 41 đơn")
        partition = next(p for p in load_partitions().partitions if p.key == key)
        words = {c: ws[0] for c, ws in raw["classes"].items()}
        for example in raw["examples"]:
            assert [partition.classes_in(f"đã {words[c]} 5 đơn") for c in example] == [{c} for c in example], example
        for counter in raw["counter_examples"]:
            named = [partition.classes_in(f"đã {words.get(c, c)} 5 đơn") for c in counter]
            assert any(n != {c} for n, c in zip(named, counter, strict=True)), f"{counter} should not be {key}"
        return
    if raw["by"] == "word":  # the examples are class names: write each as its first word
        words = {c: ws[0] for c, ws in raw["classes"].items()}
        for example in raw["examples"]:
            found = word_partition_of(total, [f" {words[c]}, " for c in example])
            assert found is not None and found.partition.key == key, f"{example} should be {key}"
        for counter in raw["counter_examples"]:
            found = word_partition_of(total, [f" {words.get(c, c)}, " for c in counter])
            assert found is None or found.partition.key != key, f"{counter} should not be {key}"
        return
    year = raw["years"][0] if raw.get("years") else None  # a scale of some years only: figures of one of them
    for example in raw["examples"]:
        found = partition_of(total, example, raw["by"], year)
        assert found is not None and found.partition.key == key, f"{example} should be {key}"
        assert found.exhaustive == (set(example) == set(raw["classes"]))
        if year is not None:  # not read for figures of no known year, nor of a year after the scale
            for other in (None, raw["years"][1] + 1):
                found = partition_of(total, example, raw["by"], other)
                assert found is None or found.partition.key != key, f"{example} of {other} should not be {key}"
    for counter in raw["counter_examples"]:
        found = partition_of(total, counter, raw["by"], year)
        assert found is None or found.partition.key != key, f"{counter} should not be {key}"


def test_partition_classes_are_vocabulary_keys():
    from extractor.text.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    known = {f"rating.{k}" for k in vocab.keys("ratings")} | {f"action.{k}" for k in vocab.keys("actions")}
    units = vocab.keys("units") | {"any"}
    for p in load_partitions().partitions:
        assert p.totals <= units, f"{p.key}: unknown total units {p.totals - units}"
        if p.by == "word":
            continue
        pool = known if p.by == "category" else vocab.keys("units")
        assert set(p.classes) <= pool, f"{p.key}: unknown classes {set(p.classes) - pool}"


def test_a_class_named_in_clause_is_read_anywhere_in_an_item():
    """A ``named_in_clause`` partition finds each class's words before or after the number, and
    its ``whole`` words in the total's sentence."""
    from extractor.text.partitions import named_in_clause

    raws = {key: raw for key, raw in PARTITIONS if raw.get("named_in_clause")}
    assert [p.key for p in named_in_clause()] == list(raws) == ["badges", "letter_handling"]
    # per partition: a sentence naming its whole, an item before and one after a class's words, none
    texts = {
        "badges": ("trao tặng Huy hiệu Đảng cho 24 đảng viên", "5 đồng chí nhận {}", "trao {} cho 5 đảng viên;"),
        "letter_handling": ("tiếp nhận 66 đơn thư", "đã {} 5 đơn", "{} cho 5 đơn;"),
    }
    for p in named_in_clause():
        whole, before, after = texts[p.key]
        assert p.whole is not None and p.whole.search(whole)
        for name, words in raws[p.key]["classes"].items():
            assert p.classes_in(before.format(words[0].title())) == {name}, name
            assert p.classes_in(after.format(words[-1])) == {name}, name
        assert p.classes_in("tặng quà cho 5 đảng viên") == set()


def _loading_fails(monkeypatch: pytest.MonkeyPatch, partition: dict, match: str) -> None:
    """Loading ``patterns/partitions.yaml`` with only ``partition`` in it fails, saying ``match``."""
    from extractor.errors import BaocaoError
    from extractor.text import partitions

    data = _load_yaml("partitions.yaml")
    monkeypatch.setattr(partitions, "load_yaml", lambda name: {**data, "partitions": [partition]})
    partitions.load_partitions.cache_clear()
    try:
        with pytest.raises(BaocaoError, match=match):
            partitions.load_partitions()
    finally:
        partitions.load_partitions.cache_clear()


def test_named_in_clause_needs_word_classes_and_whole_words(monkeypatch: pytest.MonkeyPatch) -> None:
    named = next(p for p in _load_yaml("partitions.yaml")["partitions"] if p.get("named_in_clause"))
    _loading_fails(monkeypatch, {**named, "whole": []}, "named_in_clause")


def test_some_is_disjoint_or_open(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _load_yaml("partitions.yaml")["partitions"][0]
    _loading_fails(monkeypatch, {**first, "some": "partial"}, "`some` is disjoint or open")


@pytest.mark.parametrize(
    ("classes", "certainty"),
    [
        (["rating.gioi", "rating.kha"], "open"),  # the upper grades alone: the rule
        (["rating.gioi", "rating.kha", "rating.trung_binh"], "disjoint"),  # the lower grades missing
        (["rating.gioi", "rating.kha", "rating.trung_binh", "rating.yeu_kem"], "disjoint"),  # kém missing
        (["rating.gioi", "rating.kha", "rating.trung_binh", "rating.yeu_kem", "rating.kem"], "exhaustive"),
    ],
)
def test_a_list_of_the_top_classes_alone_is_open(classes: list[str], certainty: str) -> None:
    """`open_top`: lists naming none but the first classes of an open scale are open; one
    reaching lower is disjoint."""
    found = partition_of("nguoi", classes, "category")
    assert found is not None and found.partition.key == "grades" and found.certainty == certainty


def test_a_class_named_twice_is_not_a_partition():
    assert partition_of("dang_vien", ["rating.htxsnv", "rating.htxsnv"], "category") is None


def test_subset_words_and_partial_markers():
    data = _load_yaml("partitions.yaml")
    for example in data["subset_words"]["examples"]:
        assert is_subset_word(example.split(" ", 1)[1]), example
    for counter in data["subset_words"]["counter_examples"]:
        assert not is_subset_word(counter.split(" ", 1)[1]), counter
    for example in data["partial_markers"]["examples"]:
        assert ends_partial(example), example
    for counter in data["partial_markers"]["counter_examples"]:
        assert not ends_partial(counter), counter


# ---------------------------------------------------------------- flows

FLOWS = [(f["key"], f) for f in load_yaml("flows.yaml")["flows"]]


def _flow_subsets(tmp_path, text: str) -> list[tuple[float, float]]:
    import extractor

    path = tmp_path / "flow.txt"
    path.write_text(text + "\n", encoding="utf-8")
    facts = extractor.extract_facts(extractor.parse_file(path))
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["total"]], value[r.members["parts"][0]])
        for r in facts.relations
        if r.kind == "subset_of" and r.evidence.startswith("flow:")
    ]


@pytest.mark.parametrize(("key", "raw"), FLOWS, ids=[k for k, _ in FLOWS])
def test_flow_examples(tmp_path, key, raw):
    for text, earlier, later in raw["examples"]:
        assert (earlier, later) in _flow_subsets(tmp_path, text), f"{key}: {text!r}"
    for text in raw["counter_examples"]:
        assert _flow_subsets(tmp_path, text) == [], f"{key}: {text!r}"


def test_flows_load_with_their_stages():
    from extractor.text.flows import load_flows

    flows = {f.key: f for f in load_flows()}
    inspection = flows["inspection"]
    text = "kiểm tra khi có dấu hiệu vi phạm đối với 12 đảng viên; kết luận 8 đảng viên có vi phạm; kỷ luật 3"
    assert inspection.stages_in(text, 0, len(text)) == [0, 1, 2]
