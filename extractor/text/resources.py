"""Locate and load the pattern data shipped with the package.

In a wheel the repository's ``patterns/`` folder is installed as
``extractor/_patterns``; in a source checkout it is read in place.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from extractor.errors import BaocaoError

_PACKAGE = Path(__file__).resolve().parents[1]  # extractor/


def patterns_dir() -> Path:
    for candidate in (_PACKAGE / "_patterns", _PACKAGE.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise BaocaoError(f"pattern data not found (looked in {_PACKAGE / '_patterns'} and {_PACKAGE.parent / 'patterns'})")


@functools.cache
def load_yaml(relative: str) -> Any:
    """Parse one pattern file, e.g. ``load_yaml("document.yaml")``; cached."""
    path = patterns_dir() / relative
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise BaocaoError(f"pattern file missing: {path}") from exc
    except yaml.YAMLError as exc:
        raise BaocaoError(f"pattern file {path} is not valid YAML: {exc}") from exc
