"""The CLI: every command has help and is documented in the README; batches survive bad files."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from extractor.cli import main

from .conftest import CORPUS, REPO


def _commands():
    return sorted(main.commands)


def test_every_command_has_help_and_is_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name in _commands():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert main.commands[name].help, f"{name} has no help text"
        assert f"baocao {name}" in readme, f"README does not document `baocao {name}`"


def test_parse_json_of_one_file_is_the_document():
    result = CliRunner().invoke(main, ["parse", "--json", str(CORPUS / "004-chi-thi-sinh-hoat-chi-bo.docx")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "baocao.document/1"
    assert data["metadata"]["doc_type"] == "CHỈ THỊ"
    for block in data["blocks"]:
        start, end = block["span"]
        assert data["text"][start:end] == block["text"]


def test_bad_file_is_named_and_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    good = CORPUS / "002-ket-luan-huyen-uy.txt"
    result = CliRunner().invoke(main, ["parse", "--nl", "--silent", str(empty), str(good)])
    assert result.exit_code == 1
    assert f"error: {empty}" in result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [d["metadata"]["number"] for d in lines] == ["1066-KL/HU"]


def test_summary_is_default(tmp_path):
    result = CliRunner().invoke(main, ["parse", str(CORPUS / "002-ket-luan-huyen-uy.docx")])
    assert result.exit_code == 0, result.output
    assert "002-ket-luan-huyen-uy.docx" in result.stdout
    assert "1066-KL/HU" in result.stdout


def test_extract_json_has_facts_with_provenance():
    path = CORPUS / "002-ket-luan-huyen-uy.docx"
    result = CliRunner().invoke(main, ["extract", "--json", "--silent", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "baocao.facts/1"
    assert data["self"] == "1066-KL/HU"
    keys = {d["key"]: d for d in data["directives"]}
    assert keys["59-KH/TU"]["mentions"] == 5 and keys["59-KH/TU"]["dates"] == ["2018-08-10"]


def test_extract_csv_has_one_row_per_figure(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("BÁO CÁO\nkết quả\n\nĐảng bộ có 52 tổ chức cơ sở đảng với 3.418 đảng viên.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--csv", str(src)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["raw"], r["measure"], r["subject"]) for r in rows] == [
        ("52", "count", "tccsd"),
        ("3.418", "count", "dang_vien"),
    ]


def test_eval_scores_against_gold(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--format", "docx", "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.stdout)["totals"]["docx"]
    assert totals["mentions"]["f1"] >= 0.97
    assert totals["figures"]["f1"] >= 0.93
    assert totals["relations"]["recall"] >= 0.90


def test_extraction_error_in_one_file_does_not_stop_the_batch(monkeypatch, tmp_path):
    import extractor.find.extract as extract_module

    real = extract_module.extract_document

    def flaky(doc):
        if "002" in doc.path:
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(extract_module, "extract_document", flaky)
    files = [str(CORPUS / "002-ket-luan-huyen-uy.txt"), str(CORPUS / "004-chi-thi-sinh-hoat-chi-bo.txt")]
    result = CliRunner().invoke(main, ["extract", "--nl", "--silent", *files])
    assert result.exit_code == 1
    assert "002-ket-luan-huyen-uy.txt: extraction failed (ValueError: boom)" in result.stderr
    assert [json.loads(x)["document"] for x in result.stdout.splitlines()] == [files[1]]
