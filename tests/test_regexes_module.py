"""The one module of regular expressions: every name is bound once (a second binding silently
replaced an earlier pattern that another stage used)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import extractor.text.regexes as rx


def test_regression_a_regex_name_is_bound_once() -> None:
    tree = ast.parse(Path(rx.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []
