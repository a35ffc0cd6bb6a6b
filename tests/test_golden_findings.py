"""Golden files of the checker's findings on every shared report, in every text format: the
rule, severity and numbers of each finding.  A rule change that turns a sample report's
genuine error into a warning (or a holding figure into a finding) shows as a diff here.

Regenerate with ``BAOCAO_REGEN_GOLDEN=1 make test`` after a deliberate change, and review the
diff (CI never regenerates: ``tests/test_golden.py``).
"""

from __future__ import annotations

import json
import os

import pytest

import extractor

from .conftest import CORPUS, NAMES

GOLDEN = CORPUS / "golden" / "findings"
REGEN = os.environ.get("BAOCAO_REGEN_GOLDEN") == "1"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("name", NAMES)
def test_golden_findings(parsed, name, fmt):
    doc = parsed(name, fmt)
    facts = extractor.extract_facts(doc)
    findings = sorted(
        [f.rule, f.severity, f.stated, f.expected, f.computation] for f in extractor.check_facts([(doc, facts)])
    )
    path = GOLDEN / f"{name}.{fmt}.json"
    if REGEN:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(findings, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BAOCAO_REGEN_GOLDEN=1"
    assert findings == json.loads(path.read_text(encoding="utf-8"))
