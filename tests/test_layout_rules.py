"""Package layout rules: `models` is the repo's own package and never imports `extractor`."""

from __future__ import annotations

import ast

import models

from .conftest import REPO


def test_models_resolves_inside_repo():
    assert models.__file__ is not None
    assert (REPO / "models") in __import__("pathlib").Path(models.__file__).resolve().parents


def test_models_never_imports_extractor():
    for path in (REPO / "models").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not any(a.name.split(".")[0] == "extractor" for a in node.names), path
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "extractor", path
