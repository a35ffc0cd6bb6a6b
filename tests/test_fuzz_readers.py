"""A bounded mutation fuzz of the PDF, DOCX and TXT readers over the corpus, in CI.

The campaign (:mod:`tests.fuzz`) runs in a fresh interpreter (``python -m tests.fuzz``), which
forks one process per case, bounded in address space (1.5 GB) and time (20 s), two at a time.
Every case must end in a document or in an ``UnreadableFile`` naming the file.  The seed is
fixed and the cases form a fixed sequence: the budget (a number of cases, with a time budget
as a safety net) decides how long a prefix of it runs.  ``make fuzz`` runs a longer one.

The summary (cases, outcomes, time, peak memory) is printed to stderr and written to
``$TMPDIR/baocao-fuzz-ci.txt``; failing inputs are kept and listed with the command that
reproduces each.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from . import fuzz

pytestmark = pytest.mark.fuzz

CI_CASES = 1400  # about 60 s on two cores; the time budget below only guards a slow machine
CI_SECONDS = 75.0
SUMMARY_FILE = Path(tempfile.gettempdir()) / "baocao-fuzz-ci.txt"


def _campaign(tmp_path: Path, *args: str, timeout: float = 240) -> tuple[dict, str]:
    out = tmp_path / "summary.json"
    cmd = [sys.executable, "-m", "tests.fuzz", "--json", str(out), "--keep", str(tmp_path / "kept"), *args]
    proc = subprocess.run(cmd, cwd=fuzz.REPO, capture_output=True, text=True, timeout=timeout)
    assert out.exists(), f"the campaign wrote no summary (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_fuzz_the_readers(tmp_path: Path) -> None:
    summary, stdout = _campaign(
        tmp_path, "--seed", str(fuzz.CI_SEED), "--cases", str(CI_CASES), "--seconds", str(CI_SECONDS), "--workers", "2"
    )
    report = "\n".join(line for line in stdout.splitlines() if line.startswith(("fuzz:", "FAIL")))
    SUMMARY_FILE.write_text(report + "\n", encoding="utf-8")
    print(report, file=sys.stderr)
    assert not summary["failures"], "fuzz failures (reproduce each with its command):\n" + report
    assert summary["cases"] >= 300, f"only {summary['cases']} cases ran:\n{report}"
    assert set(summary["by_mutator"]) == set(fuzz.MUTATORS), "a mutator never ran"
    assert summary["counts"].get("document", 0) > 0 and summary["counts"].get("unreadable", 0) > 0


def test_the_harness_sees_every_kind_of_failure(tmp_path: Path) -> None:
    """A stand-in reader that misbehaves on purpose: each misbehaviour is a failure of its kind."""
    summary, stdout = _campaign(
        tmp_path,
        "--target",
        "tests.fuzz:misbehave",
        "--file",
        "002-ket-luan-huyen-uy.txt",
        "--cases",
        "8",
        "--timeout",
        "3",
        "--memory-mb",
        "1024",
        timeout=120,
    )
    got = {f["index"]: f["status"] for f in summary["failures"]}
    assert got == {2: "internal", 3: "timeout", 4: "memory", 5: "died", 6: "unclear-error", 7: "bad-document"}, stdout
    assert summary["counts"]["document"] == 1 and summary["counts"]["unreadable"] == 1
    for f in summary["failures"]:
        assert Path(f["input"]).is_file()  # the failing input is kept for reproduction
        assert f["recipe"].startswith("002-ket-luan-huyen-uy.txt:")
    assert "python -m tests.fuzz --replay 002-ket-luan-huyen-uy.txt:" in stdout


# ---------------------------------------------------------------- the mutators


def _seed_files() -> list[Path]:
    return fuzz.corpus_files()


@pytest.mark.parametrize("mutator", sorted(fuzz.MUTATORS))
def test_mutators_are_deterministic_and_change_the_file(mutator: str) -> None:
    for path in _seed_files():
        if mutator not in fuzz.mutators_for(path.name):
            continue
        data = path.read_bytes()
        for seed in (1, 2, 3):
            once = fuzz.mutate(data, path.name, mutator, seed)
            assert once == fuzz.mutate(data, path.name, mutator, seed), (mutator, path.name, seed)
            assert once != data and len(once) <= fuzz.MAX_OUTPUT


def test_xml_mutators_keep_a_sound_zip() -> None:
    """Shuffled, deleted, retagged XML is packed again with good CRCs: the damage reaches the XML parser."""
    data = (fuzz.CORPUS / "002-ket-luan-huyen-uy.docx").read_bytes()
    for mutator in ("xml_shuffle", "xml_delete", "xml_duplicate", "xml_retag", "xml_huge_attr", "xml_deep_nesting"):
        out = fuzz.mutate(data, "002-ket-luan-huyen-uy.docx", mutator, 5)
        with zipfile.ZipFile(BytesIO(out)) as zf:
            assert zf.testzip() is None, mutator


def test_the_case_sequence_is_fixed_by_the_seed() -> None:
    names = [p.name for p in _seed_files()]
    first = [c.recipe for c, _ in zip(fuzz.cases(fuzz.CI_SEED, names), range(300), strict=False)]
    again = [c.recipe for c, _ in zip(fuzz.cases(fuzz.CI_SEED, names), range(300), strict=False)]
    other = [c.recipe for c, _ in zip(fuzz.cases(fuzz.CI_SEED + 1, names), range(300), strict=False)]
    assert first == again and first != other
    pairs = {(f, m) for f in names for m in fuzz.mutators_for(f)}
    one_round = list(zip(fuzz.cases(fuzz.CI_SEED, names), range(len(pairs)), strict=False))
    assert {(c.file, c.mutator) for c, _ in one_round} == pairs  # every file with every mutator, each round


def test_scans_join_only_when_asked() -> None:
    assert not any(p.stem.endswith("-scan") for p in fuzz.corpus_files())
    assert any(p.stem.endswith("-scan") for p in fuzz.corpus_files(scans=True))
    ocr = [
        c.ocr for c, _ in zip(fuzz.cases(1, ["002-ket-luan-huyen-uy-scan.pdf"], ocr_every=3), range(9), strict=False)
    ]
    assert ocr == ["never", "never", "auto"] * 3


def test_a_case_is_rebuilt_from_its_recipe(tmp_path: Path) -> None:
    case = fuzz.Case(17, "004-chi-thi-sinh-hoat-chi-bo.pdf", "pdf_xref", random.Random(3).getrandbits(32))
    one = fuzz.build_input(case, fuzz.CORPUS, tmp_path)
    data = one.read_bytes()
    name, mutator, seed = case.recipe.rsplit(":", 2)
    assert fuzz.mutate((fuzz.CORPUS / name).read_bytes(), name, mutator, int(seed)) == data
    assert one.suffix == ".pdf"
