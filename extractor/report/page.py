"""The auditor's report as one self-contained HTML file, rendered from the Jinja2 templates
in ``extractor/report/templates`` (autoescaping on) that the web app's pages share: one
``finding.html`` shows a finding in both.

The HTML file carries its own CSS and JavaScript (no network access, no fonts, no images),
so it can be mailed and opened anywhere.  Every piece of text that comes from a document
is HTML-escaped; figures are highlighted by locating them in the unescaped sentence and
escaping every piece around and inside the ``<mark>``, so no document text is ever
written unescaped.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from extractor.check.apply import SEVERITY_ORDER
from extractor.check.findings import FindingData
from extractor.check.runner import CheckResult
from extractor.report.sources import NO_DOCUMENT, RULE_LABELS, SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, DocSummary
from extractor.text.regexes import ASCII_DIGIT
from models.tables import Review

TEMPLATES = Path(__file__).resolve().parent / "templates"

# ---------------------------------------------------------------------------- highlighting


def _occurrences(text: str, raw: str, start: int = 0) -> list[tuple[int, int]]:
    """Where ``raw`` occurs in ``text`` as a whole number (not inside a longer one)."""
    if not raw:
        return []
    found = []
    pos = text.find(raw, start)
    while pos >= 0:
        end = pos + len(raw)
        before = text[pos - 1] if pos > 0 else ""
        after = text[end : end + 2]
        glued_before = bool(ASCII_DIGIT.match(before)) or (
            before in ".,/" and pos > 1 and bool(ASCII_DIGIT.match(text[pos - 2]))
        )
        glued_after = bool(ASCII_DIGIT.match(after[:1])) or (
            after[:1] in ".,/" and len(after) == 2 and bool(ASCII_DIGIT.match(after[1]))
        )
        if not glued_before and not glued_after:
            found.append((pos, end))
        pos = text.find(raw, pos + 1)
    return found


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, raws: Iterable[str], start: int = 0) -> str:
    """``text`` HTML-escaped, with every whole-number occurrence of each of ``raws`` at or
    after ``start`` wrapped in ``<mark>``.  Occurrences are found in the unescaped text and
    every piece is escaped on its own, so an entity such as ``&#x27;`` is never marked."""
    spans = _merge(s for raw in set(raws) for s in _occurrences(text, raw, start))
    out, last = [], 0
    for begin, end in spans:
        out.append(escape(text[last:begin]))
        out.append(f"<mark>{escape(text[begin:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


# ---------------------------------------------------------------------------- the templates' helpers


def place_names(place: str, footnote: int | None) -> tuple[str, str]:
    """Where a figure stands, in Vietnamese and English: the body, footnote *n*, a table."""
    if place == "footnote":
        n = f" {footnote}" if footnote else ""
        return f"chú thích{n}", f"footnote{n}"
    if place == "table":
        return "bảng", "table"
    return "thân văn bản", "body"


def _highlight(text: str | None, raws: Iterable[str] | str) -> Markup:
    return Markup(highlight(text or "", [raws] if isinstance(raws, str) else raws))


def _highlight_cell(value: str, raw: str) -> Markup:
    """A table cell's value with its figure marked (the whole value when the figure is not
    found in it as written)."""
    marked = highlight(value, [raw])
    return Markup(marked if "<mark>" in marked else f"<mark>{escape(value)}</mark>")


def _sentence_groups(figs: list[Mapping[str, Any]]) -> list[tuple[tuple[str, Any, str, Any], list[str]]]:
    """The figures of a finding by the sentence they stand in (with its page and place)."""
    groups: dict[tuple[str, Any, str, Any], list[str]] = {}
    for g in figs:
        groups.setdefault((g["sentence"], g.get("page"), g.get("place") or "body", g.get("footnote")), []).append(
            g["raw"]
        )
    return list(groups.items())


def finding_pages(f: FindingData | Mapping[str, Any]) -> str:
    """The pages a finding's figures and citations stand on, `, `-separated."""
    if isinstance(f, FindingData):
        found = [*(g.page for g in f.figures), *(c.page for c in f.citations)]
    else:
        found = [*(g.get("page") for g in f.get("figures", [])), *(c.get("page") for c in f.get("citations", []))]
    return ", ".join(map(str, sorted({p for p in found if p is not None})))


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value or "").replace("T", " ")[:16]


def _plain(value: float) -> str:
    return f"{value:g}"


def install(env: Environment) -> None:
    """The filters and names the shared templates use, on any Jinja2 environment (the web
    app's too)."""
    env.filters.update(
        highlight=_highlight,
        highlight_cell=_highlight_cell,
        sentence_groups=_sentence_groups,
        finding_pages=finding_pages,
        when=_when,
        plain=_plain,
    )
    env.globals.update(
        SEVERITIES=SEVERITIES,
        SEVERITY_LABELS=SEVERITY_LABELS,
        STATUS_LABELS=STATUS_LABELS,
        RULE_LABELS=RULE_LABELS,
        NO_DOCUMENT=NO_DOCUMENT,
        place_names=place_names,
    )


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    install(env)
    return env


# ---------------------------------------------------------------------------- the report


def finding_dict(f: FindingData, review: Review | None) -> dict[str, Any]:
    """A finding as the templates take it: as ``baocao check --json`` gives it, with its
    decision and each citation's place."""
    out = f.to_dict()
    for c, d in zip(f.citations, out["citations"], strict=True):
        d.setdefault("place", c.place)
    out["review"] = (
        None
        if review is None
        else {"status": review.status, "note": review.note, "reviewer": review.reviewer, "at": review.at}
    )
    return out


def _by_document(findings: list[FindingData]) -> dict[str, list[FindingData]]:
    out: dict[str, list[FindingData]] = {}
    ordered = sorted(findings, key=lambda f: (f.document.name if f.document else "\uffff", SEVERITY_ORDER[f.severity]))
    for f in ordered:
        out.setdefault(f.document.name if f.document else NO_DOCUMENT, []).append(f)
    return out


def _summary(by_doc: dict[str, list[FindingData]], docs: list[DocSummary]) -> list[dict[str, Any]]:
    info = {d.name: d for d in docs}
    rows = []
    for i, name in enumerate(sorted(set(by_doc) | set(info))):
        findings = by_doc.get(name, [])
        d = info.get(name)
        meta = [x for x in (d.doc_type, d.date, d.format, f"{d.pages} tr." if d.pages else "") if x] if d else []
        rows.append(
            {
                "index": i,
                "name": name,
                "doc": d,
                "meta": meta,
                "count": len(findings),
                "severities": Counter(f.severity for f in findings),
                "rules": sorted(Counter(f.rule for f in findings).items(), key=lambda x: -x[1]),
            }
        )
    return rows


def render_html(
    result: CheckResult,
    docs_summary: list[DocSummary],
    *,
    hide_dismissed: bool = False,
    generated: dt.datetime | None = None,
) -> str:
    """The whole report as one self-contained HTML page (UTF-8, inline CSS and JS)."""
    findings = result.visible(hide_dismissed)
    by_doc = _by_document(findings)
    generated = generated or dt.datetime.now().astimezone()
    index = {row["name"]: row["index"] for row in _summary(by_doc, docs_summary)}
    sections = [
        {
            "index": index[name],
            "name": name,
            "groups": [
                (s, [finding_dict(f, result.reviews.get(f.key)) for f in items if f.severity == s])
                for s in SEVERITIES
                if any(f.severity == s for f in items)
            ],
        }
        for name, items in by_doc.items()
    ]
    return (
        environment()
        .get_template("report.html")
        .render(
            css=Markup((TEMPLATES / "report.css").read_text(encoding="utf-8")),
            script=Markup((TEMPLATES / "report.js").read_text(encoding="utf-8")),
            generated=generated.strftime("%Y-%m-%d %H:%M"),
            docs=docs_summary,
            findings=findings,
            totals=Counter(f.severity for f in findings),
            rules=sorted({f.rule for f in findings}),
            summary=_summary(by_doc, docs_summary),
            sections=sections,
            interactive=False,
        )
    )
