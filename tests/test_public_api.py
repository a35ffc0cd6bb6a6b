"""The package face: four verbs with docstrings whose examples run, importing nothing heavy."""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys

import pytest

import extractor

from .conftest import REPO

VERBS = ["check_facts", "extract_facts", "parse_file", "write_report"]
STAGES = ["document", "text", "read", "find", "store", "check", "report", "evaluate", "cli"]


def test_the_face_is_the_four_verbs():
    assert sorted(extractor.__all__) == VERBS
    for name in VERBS:
        verb = getattr(extractor, name)
        assert callable(verb), name
        assert verb.__doc__ and ">>>" in verb.__doc__, f"{name} needs a docstring with an example"


def test_no_stage_package_shadows_a_verb():
    for stage in STAGES:
        importlib.import_module(f"extractor.{stage}")
    for name in VERBS:
        assert callable(getattr(extractor, name)), f"extractor.{name} is shadowed by a submodule"


def test_examples_in_the_docstrings_run(monkeypatch):
    monkeypatch.chdir(REPO)
    failures, tried = doctest.testmod(extractor, optionflags=doctest.ELLIPSIS, verbose=False)
    assert tried >= 4
    assert failures == 0


def test_importing_the_package_loads_no_stage():
    heavy = ("extractor.", "spacy", "sqlalchemy")
    code = f"import sys, extractor; print(sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_report_path_needs_a_known_suffix(tmp_path):
    from extractor.errors import BaocaoError

    with pytest.raises(BaocaoError, match=r"\.html or \.xlsx"):
        extractor.write_report(tmp_path / "report.pdf", [])


def test_the_report_verbs_write_what_the_suffix_says(tmp_path):
    doc = extractor.parse_file(REPO / "corpus" / "000-bao-cao-tong-ket-ha-tinh.txt")
    facts = extractor.extract_facts(doc)
    findings = extractor.check_facts([(doc, facts)])
    assert any(f.severity == "error" for f in findings)
    html = extractor.write_report(tmp_path / "r.html", findings, [(doc, facts)])
    assert "<!DOCTYPE html>" in html.read_text(encoding="utf-8")
    xlsx = extractor.write_report(tmp_path / "r.xlsx", findings, [(doc, facts)])
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["findings", "figures"]
    assert book["findings"].max_row == len(findings) + 1
    assert book["figures"].max_row == len(facts.figures) + 1


def test_checking_two_reports_together_compares_them():
    """check_facts sees every report at once: 5-CT/TW, cited with 15/5/2016 in 002 and with
    16/5/2016 in 003, is found only when both reports are checked together."""
    a = extractor.parse_file(REPO / "corpus" / "002-ket-luan-huyen-uy.docx")
    b = extractor.parse_file(REPO / "corpus" / "003-bao-cao-so-ket-kien-giang.docx")
    pairs = [(a, extractor.extract_facts(a)), (b, extractor.extract_facts(b))]
    together = {f.key: f for f in extractor.check_facts(pairs)}
    apart = {f.key for p in pairs for f in extractor.check_facts([p])}
    assert apart <= set(together)
    across = [together[k] for k in set(together) - apart]
    assert [(f.rule, f.message_en) for f in across] == [
        ("directive-dates", "5-CT/TW is cited with 2 different dates across reports")
    ]
