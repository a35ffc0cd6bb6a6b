"""Findings and review decisions as flat rows: the ``findings`` and ``reviews`` tables of
``baocao export`` and the numeric and source columns of the report's findings sheet."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.check.findings import FindingData
from extractor.check.runner import CheckResult
from extractor.report.page import finding_pages
from extractor.report.sources import NO_DOCUMENT
from extractor.text.values import parse_number
from models.tables import Review

_INTERVAL = re.compile(r"^\[\s*(?P<low>[^;\]]+?)\s*;\s*(?P<high>[^;\]]+?)\s*\]$")
SENTENCE_JOIN = " | "


def value_of(text: str) -> float | None:
    """A finding's stated or expected number as a value (``"1.905"`` → 1905, ``"79,4167"`` →
    79.4167, ``"97,11%"`` → 97.11); None when it is not one number."""
    number = parse_number(text.strip().rstrip("%").strip()) if text else None
    return number.value if number is not None else None


def bounds_of(text: str) -> tuple[float | None, float | None]:
    """The expected value as (least, most): an interval ``[a; b]`` or one number twice."""
    m = _INTERVAL.match(text.strip()) if text else None
    if m:
        return value_of(m["low"]), value_of(m["high"])
    value = value_of(text)
    return value, value


def sentences_of(f: FindingData) -> str:
    """The sentences or table rows the finding's figures were read from, each once."""
    seen = dict.fromkeys(fig.sentence for fig in f.figures if fig.sentence)
    return SENTENCE_JOIN.join(seen)


def finding_rows(result: CheckResult) -> list[dict[str, Any]]:
    """One row per finding with its latest review decision (the export's ``findings``)."""
    rows = []
    for f in result.findings:
        review = result.reviews.get(f.key)
        low, high = bounds_of(f.expected)
        rows.append(
            {
                "id": f.key,
                "rule": f.rule,
                "severity": f.severity,
                "document": f.document.name if f.document else NO_DOCUMENT,
                "stated": f.stated,
                "stated_value": value_of(f.stated),
                "expected": f.expected,
                "expected_min": low,
                "expected_max": high,
                "computation": f.computation,
                "tolerance": f.tolerance,
                "message_vi": f.message_vi,
                "message_en": f.message_en,
                "pages": finding_pages(f),
                "sentences": sentences_of(f),
                "ocr_confidence": f.ocr_confidence,
                "review_status": review.status if review is not None else None,
                "reviewer": review.reviewer if review is not None else None,
                "review_note": review.note if review is not None else None,
            }
        )
    return rows


def review_rows(session: Session) -> list[dict[str, Any]]:
    """Every decision ever recorded, oldest first (the export's ``reviews``)."""
    return [
        {"finding": r.finding_key, "status": r.status, "note": r.note, "reviewer": r.reviewer, "at": r.at.isoformat()}
        for r in session.scalars(select(Review).order_by(Review.at, Review.id))
    ]
