"""bench/eval_against.py: the side-by-side accuracy report of a baseline revision and the tree.

The two evals themselves are ``baocao eval`` (tested elsewhere); these tests cover what the
script adds: the comparison, and its refusals of a wrong revision or corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_against  # noqa: E402


def score(p: float, r: float) -> dict:
    return {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4)}


def report(missed: list[tuple[str, str]], unmatched: list[str], caught_sum: int, false_errors: int) -> dict:
    kinds = ("figures_loose", "figures", "relations", "keys", "mentions")
    return {
        "passages": 3,
        "false_errors": false_errors,
        "planted": {"sum": {"planted": 4, "caught": caught_sum}},
        "plants_missed": [
            {"passage": p, "rule": "sum", "original": o, "planted": "99", "caught": False} for p, o in missed
        ],
        "extraction": {k: score(0.9, 0.8) for k in kinds},
        "checker": {
            "tables": {"txt": {"sum": {"genuine": 2, "flagged": caught_sum // 2, "false_alarm": 0}}},
            "unmatched": unmatched,
        },
    }


BASE = report(
    [("a-1", "12"), ("a-2", "7")],
    ["a-3 txt sum:warning [f1=4] x", "a-3 txt directive-variant:info [] y"],
    caught_sum=2,
    false_errors=1,
)
HEAD = report([("a-2", "7"), ("a-4", "5")], ["a-5 txt percent:error [f2=3] z"], caught_sum=2, false_errors=0)


def test_changes_lists_plants_caught_and_lost_and_alarms_that_changed():
    text = eval_against.changes(BASE, HEAD)
    assert "Planted errors now caught (1):\n- a-1 sum: 12 → 99" in text
    assert "Planted errors no longer caught (1):\n- a-4 sum: 5 → 99" in text
    assert "New alarms on holding text (1):\n- a-5 txt percent:error" in text
    assert "Alarms on holding text gone (1):\n- a-3 txt sum:warning" in text
    assert "directive-variant" not in text  # info findings are no alarms


def test_changes_says_so_when_nothing_changed():
    assert eval_against.changes(BASE, BASE) == "No planted error or alarm changed."


def test_prose_rows_put_each_measure_side_by_side():
    rows = {name: (b, h) for name, b, h in eval_against.prose_rows(BASE, HEAD)}
    assert rows["false errors"] == ("1", "0")
    assert rows["warnings/errors on holding text, unmatched"] == ("1", "1")
    assert rows["planted sum"] == ("2/4", "2/4")
    assert rows["txt: genuine flagged"] == ("1/2", "1/2")
    assert rows["relations"][0].startswith("P 0.9000 R 0.8000")
    assert not any(name.startswith("planted percent, whole") for name in rows)  # neither side has the split


def test_planted_percentages_by_whole_beside_a_baseline_without_them():
    head = dict(HEAD, planted_percent_by_whole={"stated": {"planted": 5, "caught": 4}})
    rows = {name: (b, h) for name, b, h in eval_against.prose_rows(BASE, head)}
    assert rows["planted percent, whole stated"] == ("0/0", "4/5")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["no-such-revision-anywhere"], "not a commit of the repository"),
        (["HEAD", "--prose", "corpus/no-such-folder"], "no sources.csv here, not a prose corpus"),
    ],
)
def test_wrong_revision_or_corpus_is_refused_by_name(argv, message):
    with pytest.raises(SystemExit) as stop:
        eval_against.main(argv)
    assert message in str(stop.value)
    assert argv[-1] in str(stop.value)


def test_scan_rows_carry_loose_figures_and_no_checker_table():
    """``--scan`` runs the eval with no checker: its rows are extraction only, loose figures
    included (an OCR'd digit read wrong is a loose miss too)."""
    score = {"precision": 0.5, "recall": 0.25, "f1": 1 / 3}
    better = {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    kinds = ("figures", "figures_loose", "relations", "keys", "mentions")
    base = {"totals": {"scan": {k: score for k in kinds}}}
    head = {"totals": {"scan": {k: better for k in kinds}}}
    rows = {name: (b, h) for name, b, h in eval_against.sample_rows(base, head)}
    assert set(rows) == {f"scan {k}" for k in kinds}
    assert rows["scan figures_loose"] == ("P 0.5000 R 0.2500 F1 0.3333", "P 0.7500 R 0.5000 F1 0.6000")
    pdf = {"totals": {"pdf": {k: score for k in kinds}}, "checker": {"tables": {}}}
    assert "pdf figures_loose" not in {name for name, _, _ in eval_against.sample_rows(pdf, pdf)}
