"""``baocao eval``: run extraction over the gold corpus and report the scores."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import BaocaoError
from extractor.evaluate.checker import CheckerEval, evaluate_checker
from extractor.evaluate.scores import DocumentReport, Score, evaluate, load_gold
from extractor.find.extract import extract_document
from extractor.read.parse import parse_file

KINDS = ("mentions", "keys", "figures", "figures_loose", "relations")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "scan": "-scan.pdf"}


@dataclass
class EvalReport:
    reports: list[DocumentReport] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    checker: CheckerEval | None = None  # the checker's evaluation, when asked for

    def totals(self, fmt: str) -> dict[str, Score]:
        out = {k: Score() for k in KINDS}
        for r in self.reports:
            if r.fmt == fmt:
                for k in KINDS:
                    out[k].add(getattr(r, k))
        return out

    def formats(self) -> list[str]:
        return list(dict.fromkeys(r.fmt for r in self.reports))

    def to_json(self) -> str:
        def score(s: Score) -> dict[str, object]:
            return {
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }

        data = {
            "documents": [
                {"document": r.name, "format": r.fmt, **{k: score(getattr(r, k)) for k in KINDS}} for r in self.reports
            ],
            "totals": {fmt: {k: score(s) for k, s in self.totals(fmt).items()} for fmt in self.formats()},
            "skipped": self.skipped,
        }
        if self.checker is not None:
            data["checker"] = self.checker.to_dict()
        return json.dumps(data, ensure_ascii=False, indent=2)

    def to_text(self, misses: bool = True) -> str:
        lines = []
        header = f"{'document':42} {'format':6} " + " ".join(f"{k:>22}" for k in KINDS)
        for fmt in self.formats():
            lines += ["", header]
            for r in (r for r in self.reports if r.fmt == fmt):
                lines.append(f"{r.name:42} {fmt:6} " + " ".join(_cell(getattr(r, k)) for k in KINDS))
            tot = self.totals(fmt)
            lines.append(f"{'TOTAL':42} {fmt:6} " + " ".join(_cell(tot[k]) for k in KINDS))
        lines.append(
            "\ncells: precision/recall/F1; figures = value+measure+where+subject+period, loose = value+measure+where"
        )
        lines += [f"skipped: {s}" for s in self.skipped]
        if misses:
            for r in self.reports:
                for k in ("mentions", "figures", "relations"):
                    s = getattr(r, k)
                    lines += [f"MISS     {r.name} {r.fmt} {k}: {m}" for m in s.misses]
                    lines += [f"SPURIOUS {r.name} {r.fmt} {k}: {m}" for m in s.spurious]
        if self.checker is not None:
            lines.append(self.checker.to_text(details=misses))
        return "\n".join(lines)


def _cell(s: Score) -> str:
    return f"{s.precision:6.3f}/{s.recall:6.3f}/{s.f1:6.3f}"


def _names(gold_dir: Path) -> list[str]:
    return sorted({p.name.split(".")[0] for p in gold_dir.glob("*.json")})


def run_eval(corpus: Path, gold_dir: Path, formats: tuple[str, ...], checker: bool = False) -> EvalReport:
    """Score extraction per document and format; with ``checker``, also the checker's
    sensitivity and specificity on the gold relations (:mod:`extractor.evaluate.checker`)."""
    report = EvalReport(checker=CheckerEval() if checker else None)
    names = _names(gold_dir)
    if not names:  # a mistyped --gold or a corpus without gold/ would score nothing, silently
        raise BaocaoError(f"{gold_dir}: no gold file (*.json); give the gold folder with --gold")
    for name in names:
        gold = load_gold(gold_dir, name)
        if gold is None:
            continue
        for fmt in formats:
            path = corpus / f"{name}{SUFFIX[fmt]}"
            if not path.exists():
                report.skipped.append(f"{path} (not found)")
                continue
            try:
                doc = parse_file(path)
                ex = extract_document(doc)
            except BaocaoError as exc:
                report.skipped.append(f"{path} ({exc})")
                continue
            report.reports.append(evaluate(gold, ex, name, fmt))
            if report.checker is not None:
                report.checker.add(evaluate_checker(gold, doc, ex, name, fmt))
    return report
