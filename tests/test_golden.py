"""Golden files: the parsed model of every shared report, in every text format.

Regenerate with ``BAOCAO_REGEN_GOLDEN=1 make test`` after a deliberate change,
and review the diff.  CI must never regenerate (tested below).
"""

from __future__ import annotations

import json
import os

import pytest

from extractor.document.render import to_json_dict

from .conftest import CORPUS, NAMES

GOLDEN = CORPUS / "golden"
REGEN = os.environ.get("BAOCAO_REGEN_GOLDEN") == "1"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("name", NAMES)
def test_golden(parsed, name, fmt):
    data = to_json_dict(parsed(name, fmt))
    data["path"] = f"{name}.{fmt}"
    path = GOLDEN / f"{name}.{fmt}.json"
    if REGEN:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BAOCAO_REGEN_GOLDEN=1"
    assert data == json.loads(path.read_text(encoding="utf-8"))


def test_golden_regeneration_is_off_in_ci():
    if os.environ.get("CI"):
        assert not REGEN, "BAOCAO_REGEN_GOLDEN must not be set in CI"
