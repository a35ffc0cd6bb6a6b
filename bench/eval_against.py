"""Accuracy of the working tree beside a baseline revision, on the same gold.

    .venv/bin/python bench/eval_against.py REV [--prose corpus/prose] [--split all]
                                               [--samples] [--scan] [--keep DIR]

The baseline's code (``extractor/``, ``models/``, ``patterns/``) is checked out at
REV in a temporary git worktree; both runs read the *working tree's* corpus and gold,
so only the rules differ.  Each side runs ``baocao eval --prose … --json`` in its own
child process (and, with ``--samples``, ``baocao eval --json`` on the five sample
reports).  The report, in Markdown on stdout, gives every measure side by side, then
the planted errors and the findings on holding text that changed between the two.
Progress goes to stderr.  The worktree is removed afterwards, also on failure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child imports the package from the directory given first on its command line.
CHILD = "import sys; sys.path.insert(0, sys.argv.pop(1)); from extractor.cli import main; main()"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def baseline_tree(rev: str) -> Iterator[Path]:
    """A detached worktree of REV, removed on exit."""
    known = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
        capture_output=True,
    )
    if known.returncode != 0:
        raise SystemExit(f"{rev}: not a commit of the repository at {ROOT}")
    with tempfile.TemporaryDirectory(prefix="baocao-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), rev],
            check=True,
        )
        try:
            yield tree
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
            )


def run_eval(code: Path, args: list[str]) -> dict:
    """``baocao eval ARGS --json`` with the package at CODE; its parsed output."""
    cmd = [sys.executable, "-c", CHILD, str(code), "eval", *args, "--json"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"eval with the code at {code} failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout)


def fraction(score: dict) -> str:
    return f"{score.get('caught', 0)}/{score.get('planted', 0)}"


def prf(score: dict) -> str:
    return f"P {score['precision']:.4f} R {score['recall']:.4f} F1 {score['f1']:.4f}"


def unmatched_alarms(report: dict) -> list[str]:
    """Warnings and errors on holding text that no gold relation explains."""
    found = report["checker"].get("unmatched", [])
    return [x for x in found if ":warning" in x or ":error" in x]


def plant_key(case: dict) -> tuple[str, str, str, str]:
    return (case["passage"], case["rule"], case["original"], case["planted"])


def prose_rows(base: dict, head: dict) -> list[tuple[str, str, str]]:
    rows = [
        ("passages", str(base["passages"]), str(head["passages"])),
        ("false errors", str(base["false_errors"]), str(head["false_errors"])),
        (
            "warnings/errors on holding text, unmatched",
            str(len(unmatched_alarms(base))),
            str(len(unmatched_alarms(head))),
        ),
        ("warnings on holding relations and citations", str(holding_warnings(base)), str(holding_warnings(head))),
    ]
    for rule in sorted(set(base["planted"]) | set(head["planted"])):
        rows.append(
            (
                f"planted {rule}",
                fraction(base["planted"].get(rule, {})),
                fraction(head["planted"].get(rule, {})),
            )
        )
    for whole, told in (("stated", "whole stated"), ("unstated", "whole stated nowhere")):
        before, now = (side.get("planted_percent_by_whole", {}).get(whole) for side in (base, head))
        if before or now:  # (a revision from before the split has none)
            rows.append((f"planted percent, {told}", fraction(before or {}), fraction(now or {})))
    for kind in ("figures_loose", "figures", "relations", "keys", "mentions"):
        rows.append((kind, prf(base["extraction"][kind]), prf(head["extraction"][kind])))
    return rows + checker_rows(base["checker"]["tables"], head["checker"]["tables"])


def checker_rows(base: dict, head: dict) -> list[tuple[str, str, str]]:
    """Genuine inconsistencies flagged and holding relations disturbed, per format."""

    def total(tables: dict, fmt: str, name: str) -> int:
        return sum(r.get(name, 0) for r in tables.get(fmt, {}).values())

    def flagged(tables: dict, fmt: str) -> str:
        return f"{total(tables, fmt, 'flagged')}/{total(tables, fmt, 'genuine')}"

    rows = []
    for fmt in sorted(set(base) | set(head)):
        rows.append((f"{fmt}: genuine flagged", flagged(base, fmt), flagged(head, fmt)))
        alarms = (str(total(base, fmt, "false_alarm")), str(total(head, fmt, "false_alarm")))
        rows.append((f"{fmt}: false alarms on holding relations", *alarms))
    return rows


def holding_warnings(report: dict) -> int:
    """Gold relations and citations that hold but draw a warning (a false alarm an auditor
    reads, though not an error)."""
    cases = report["checker"].get("cases", [])
    return sum(1 for c in cases if not c["genuine"] and any(f.endswith(":warning") for f in c["found"]))


def table(rows: list[tuple[str, str, str]], rev: str) -> str:
    lines = [f"| Measure | {rev} | working tree |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def changes(base: dict, head: dict) -> str:
    """Planted errors caught by one side only, and alarms on holding text that changed."""
    missed_b = {plant_key(c) for c in base.get("plants_missed", [])}
    missed_h = {plant_key(c) for c in head.get("plants_missed", [])}
    out = []
    gained = sorted(missed_b - missed_h)
    lost = sorted(missed_h - missed_b)
    if gained:
        out.append(f"Planted errors now caught ({len(gained)}):")
        out += [f"- {p} {rule}: {o} → {x}" for p, rule, o, x in gained]
    if lost:
        out.append(f"Planted errors no longer caught ({len(lost)}):")
        out += [f"- {p} {rule}: {o} → {x}" for p, rule, o, x in lost]
    alarms_b, alarms_h = set(unmatched_alarms(base)), set(unmatched_alarms(head))
    if alarms_h - alarms_b:
        out.append(f"New alarms on holding text ({len(alarms_h - alarms_b)}):")
        out += [f"- {x}" for x in sorted(alarms_h - alarms_b)]
    if alarms_b - alarms_h:
        out.append(f"Alarms on holding text gone ({len(alarms_b - alarms_h)}):")
        out += [f"- {x}" for x in sorted(alarms_b - alarms_h)]
    return "\n".join(out) if out else "No planted error or alarm changed."


def sample_rows(base: dict, head: dict) -> list[tuple[str, str, str]]:
    """Extraction per format (the scan's loose figures too: OCR misreads a digit more often than
    a subject), and the checker's table when it ran."""
    rows = []
    for fmt in sorted(set(base["totals"]) | set(head["totals"])):
        for kind in ("figures", "figures_loose", "relations", "keys", "mentions"):
            if kind == "figures_loose" and fmt != "scan":
                continue
            b = base["totals"].get(fmt, {}).get(kind)
            h = head["totals"].get(fmt, {}).get(kind)
            if b and h:
                rows.append((f"{fmt} {kind}", prf(b), prf(h)))
    tables = base.get("checker", {}).get("tables"), head.get("checker", {}).get("tables")
    if tables[0] is not None and tables[1] is not None:
        rows += checker_rows(*tables)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="baseline revision (commit, tag or branch)")
    parser.add_argument("--prose", default="corpus/prose", help="real-prose corpus folder")
    parser.add_argument("--split", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--samples", action="store_true", help="also the five sample reports")
    parser.add_argument(
        "--scan", action="store_true", help="also the five sample reports' scans, OCR'd (about two minutes a side)"
    )
    parser.add_argument("--keep", type=Path, help="write the four JSON reports to this folder")
    args = parser.parse_args(argv)
    prose = (ROOT / args.prose).resolve()
    if not (prose / "sources.csv").is_file():
        raise SystemExit(f"{prose}: no sources.csv here, not a prose corpus")
    prose_args = ["--prose", str(prose), "--split", args.split]
    sample_args = ["--corpus", str(ROOT / "corpus")]
    # all five scans are in the shared corpus; the repository keeps two
    scans = next(d for d in (ROOT.parent / "shared" / "corpus", ROOT / "corpus") if d.is_dir())
    scan_args = ["--corpus", str(scans), "--gold", str(ROOT / "corpus" / "gold"), "--format", "scan", "--no-checker"]
    reports: dict[str, dict] = {}
    with baseline_tree(args.rev) as tree:
        log(f"baseline {args.rev}: prose eval …")
        reports["base_prose"] = run_eval(tree, prose_args)
        if args.samples:
            log(f"baseline {args.rev}: sample eval …")
            reports["base_samples"] = run_eval(tree, sample_args)
        if args.scan:
            log(f"baseline {args.rev}: scan eval …")
            reports["base_scan"] = run_eval(tree, scan_args)
    log("working tree: prose eval …")
    reports["head_prose"] = run_eval(ROOT, prose_args)
    if args.samples:
        log("working tree: sample eval …")
        reports["head_samples"] = run_eval(ROOT, sample_args)
    if args.scan:
        log("working tree: scan eval …")
        reports["head_scan"] = run_eval(ROOT, scan_args)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for name, report in reports.items():
            (args.keep / f"{name}.json").write_text(json.dumps(report, ensure_ascii=False))
    print(f"## Prose corpus ({args.prose}, split {args.split})\n")
    print(table(prose_rows(reports["base_prose"], reports["head_prose"]), args.rev))
    print()
    print(changes(reports["base_prose"], reports["head_prose"]))
    if args.samples:
        print("\n## The five sample reports\n")
        print(table(sample_rows(reports["base_samples"], reports["head_samples"]), args.rev))
    if args.scan:
        print(f"\n## The sample reports' scans, OCR'd ({scans})\n")
        print(table(sample_rows(reports["base_scan"], reports["head_scan"]), args.rev))


if __name__ == "__main__":
    main()
