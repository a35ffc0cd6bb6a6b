"""``baocao check`` and ``baocao review``: the consistency checker and the auditors' decisions."""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option

if TYPE_CHECKING:
    from extractor.check.findings import FindingData
    from extractor.check.runner import CheckResult

F = TypeVar("F", bound=Callable[..., Any])
EXIT_FINDINGS = 4  # `check --fail-on`: findings at or above the severity were reported


def _describe(f: FindingData, status: str | None) -> str:
    where = f.document.name if f.document else "—"
    lines = [
        f"[{f.severity.upper()}] {f.key}  {f.rule}  {where}" + (f"  (review: {status})" if status else ""),
        f"  {f.message_vi}",
        f"  {f.message_en}",
        f"  computation: {f.computation}",
        f"  tolerance: {f.tolerance}",
        *([f"  why {f.severity}: {f.why[0]} / {f.why[1]}"] if f.why[0] else []),
        *(
            [f"  OCR: read from a scan, confidence {f.ocr_confidence:g} / 100 (may be a misreading)"]
            if f.ocr_confidence is not None
            else []
        ),
    ]
    for fig in f.figures:
        place = fig.place + (f" {fig.footnote}" if fig.footnote else "")
        lines.append(f"  - {fig.raw} (tr./p. {fig.page}, {place}): {fig.sentence[:160]}")
    for c in f.citations:
        lines.append(f"  - «{c.raw}» {c.date or ''} ({c.document.name}, tr./p. {c.page}, {c.place})")
    return "\n".join(lines)


@click.command("check")
@db_option
@click.option(
    "--document", "documents", multiple=True, help="Only documents whose file name contains this (repeatable)."
)
@click.option("--json", "as_json", is_flag=True, help="Findings as JSON.")
@click.option("--hide-dismissed", is_flag=True, help="Leave out findings an auditor dismissed.")
@click.option("--rule", "rules", multiple=True, help="Only findings of this rule (repeatable; see `--list-rules`).")
@click.option("--list-rules", is_flag=True, help="List the checker's rules and exit.")
@click.option(
    "--severity",
    type=click.Choice(["error", "warning", "info"]),
    default="info",
    show_default=True,
    help="Show findings of this severity and above.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    default="never",
    show_default=True,
    help=f"Exit with code {EXIT_FINDINGS} when findings of this severity or above are shown.",
)
@user_errors
def check_cmd(
    db: str | None,
    documents: tuple[str, ...],
    as_json: bool,
    hide_dismissed: bool,
    rules: tuple[str, ...],
    list_rules: bool,
    severity: str,
    fail_on: str,
) -> None:
    """Cross-check every loaded report: parts against totals, percentages against counts,
    averages, targets, text against appendix, reports against each other, and directive
    citations.  Each finding has a stable id for `baocao review`."""
    from extractor.check.runner import check_database, rule_names
    from extractor.store.engine import open_existing, session_scope

    known = rule_names()
    if list_rules:
        click.echo("\n".join(known))
        return
    unknown = sorted(set(rules) - set(known))
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)} (rules: {', '.join(known)})", param_hint="--rule")
    engine = open_existing(db)
    with session_scope(engine) as session:
        result: CheckResult = check_database(session, list(documents) or None)
    order = {"error": 0, "warning": 1, "info": 2}
    shown = [
        f
        for f in result.visible(hide_dismissed)
        if order[f.severity] <= order[severity] and (not rules or f.rule in rules)
    ]
    if as_json:
        data = [{**f.to_dict(), "review": _review_dict(result, f.key)} for f in shown]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for f in shown:
            click.echo(_describe(f, getattr(result.reviews.get(f.key), "status", None)) + "\n")
        counts = {s: sum(1 for f in shown if f.severity == s) for s in order}
        click.echo(
            f"{len(shown)} finding(s): {counts['error']} error, {counts['warning']} warning, {counts['info']} info"
        )
    if fail_on != "never" and any(order[f.severity] <= order[fail_on] for f in shown):
        raise SystemExit(EXIT_FINDINGS)


def _review_dict(result: CheckResult, key: str) -> dict[str, Any] | None:
    r = result.reviews.get(key)
    return None if r is None else {"status": r.status, "note": r.note, "reviewer": r.reviewer, "at": r.at.isoformat()}


@click.command("review")
@click.argument("finding_id")
@click.option("--status", type=click.Choice(["confirmed", "dismissed", "fixed"]), required=True)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.option("--reviewer", default=None, help="Who decides (default: the login name).")
@db_option
@user_errors
def review_cmd(finding_id: str, status: str, note: str, reviewer: str | None, db: str | None) -> None:
    """Record an auditor's decision on FINDING_ID (confirmed, dismissed or fixed), with who and
    when, and echo what was decided on which finding.  FINDING_ID may be a unique prefix of
    the id (at least 4 characters).  Decisions survive re-running the check and re-ingesting
    the same document."""
    from extractor.check.runner import review
    from extractor.store.engine import open_existing, session_scope

    engine = open_existing(db)
    with session_scope(engine) as session:
        decision, finding = review(session, finding_id, status, note, reviewer or getpass.getuser())
        details = finding.details or {}
        click.echo(f"{finding.key}: {decision.status} by {decision.reviewer} at {decision.at.isoformat()}")
        click.echo(f"  [{finding.severity.upper()}] {finding.rule}  {details.get('document') or '—'}")
        if details.get("message_vi"):
            click.echo(f"  {details['message_vi']}")
        if decision.note:
            click.echo(f"  note: {decision.note}")
