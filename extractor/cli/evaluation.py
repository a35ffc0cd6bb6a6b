"""``baocao eval``: extraction and the checker scored against hand-checked gold files."""

from __future__ import annotations

from pathlib import Path

import click

from extractor.cli.errors import user_errors


@click.command("eval")
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True, type=click.Path(file_okay=False))
@click.option("--gold", "gold_dir", default=None, type=click.Path(file_okay=False), help="Default: CORPUS/gold.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "docx", "txt", "scan"]),
    multiple=True,
    help="Formats to evaluate (repeatable); default pdf and docx.",
)
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON.")
@click.option("--quiet", is_flag=True, help="Scores only, without the list of misses and spurious facts.")
@click.option(
    "--checker/--no-checker",
    default=True,
    show_default=True,
    help="Also evaluate the checker: gold inconsistencies flagged, holding relations left alone.",
)
@click.option(
    "--prose",
    "prose_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Evaluate the real-prose corpus in this folder (e.g. corpus/prose) instead: extraction, "
    "the checker, false errors per 100 passages and planted errors.",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all"]),
    default="dev",
    show_default=True,
    help="With --prose: the development half (tune on it), the test half (score once), or all.",
)
@click.option("--plant/--no-plant", default=True, show_default=True, help="With --prose: plant errors and count them.")
@user_errors
def eval_cmd(
    corpus_dir: str,
    gold_dir: str | None,
    fmt: tuple[str, ...],
    as_json: bool,
    quiet: bool,
    checker: bool,
    prose_dir: str | None,
    split: str,
    plant: bool,
) -> None:
    """Precision, recall and F1 of extraction against the hand-checked gold files.

    Per kind (directive mentions and keys, figures strict and loose, relations) and per
    document; every miss and every spurious fact is listed (unless --quiet).  With
    --checker (default) the checker is run on the extracted facts and scored against the
    gold relations' holds: genuine inconsistencies flagged, holding relations left alone.

    With --prose, the real-prose corpus instead (one split): the same scores, false
    ``error`` findings per 100 passages, and planted errors caught per rule.
    """
    if prose_dir is not None:
        from extractor.evaluate.prose import evaluate_prose, render_prose

        result = evaluate_prose(Path(prose_dir), split, plant=plant)
        click.echo(render_prose(result, as_json=as_json, details=not quiet))
        return

    from extractor.evaluate.run import run_eval

    report = run_eval(
        Path(corpus_dir),
        Path(gold_dir) if gold_dir else Path(corpus_dir) / "gold",
        fmt or ("pdf", "docx"),
        checker=checker,
    )
    click.echo(report.to_json() if as_json else report.to_text(misses=not quiet))
