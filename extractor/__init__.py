"""baocao: Vietnamese Party and government reports into checkable facts with provenance.

The package face is four verbs, one per stage of the pipeline::

    import extractor as baocao

    doc = baocao.parse_file("bao-cao-so-ket.docx")     # read:   the document model
    facts = baocao.extract_facts(doc)                  # find:   directives, figures, relations
    findings = baocao.check_facts([(doc, facts)])      # check:  inconsistencies, with tolerance
    baocao.write_report("report.html", findings, [(doc, facts)])  # report: HTML or XLSX

Everything else (the database, batch ingestion, queries) is reached through the stage
packages (:mod:`extractor.read`, :mod:`extractor.find`, :mod:`extractor.store`,
:mod:`extractor.check`, :mod:`extractor.report`) or the ``baocao`` command.  Importing this
package is cheap: each verb imports its stage when it is first called.  (The verbs are
named verb-and-object so that none is shadowed by the stage package of the same stem:
``extractor.check`` is a package, ``extractor.check_facts`` the verb.)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.check.findings import FindingData
    from extractor.document.elements import Document
    from extractor.find.facts import Extraction

__all__ = ["check_facts", "extract_facts", "parse_file", "write_report"]


def parse_file(path: str | Path, *, password: str | None = None, ocr: str = "auto") -> Document:
    """Read one report (PDF with a text layer or scanned, DOCX, TXT) into the document model.

    The format is decided by the file's content.  ``ocr`` is ``"auto"`` (pages without a
    usable text layer), ``"always"`` or ``"never"``; ``password`` opens an encrypted PDF.
    Raises :class:`extractor.errors.UnreadableFile` with the reason when it cannot be read.

    >>> doc = parse_file("corpus/002-ket-luan-huyen-uy.docx")
    >>> doc.metadata.number, doc.metadata.doc_type
    ('1066-KL/HU', 'KẾT LUẬN')
    """
    from extractor.read import parse

    return parse.parse_file(path, password=password, ocr=ocr)


def extract_facts(document: Document) -> Extraction:
    """The facts a parsed report states: directive citations (grouped by key), figures with
    their raw text, subject, category, period and span, and the relations between figures
    (totals and parts, shares, targets, averages, changes).

    >>> facts = extract_facts(parse_file("corpus/002-ket-luan-huyen-uy.docx"))
    >>> facts.self_key
    '1066-KL/HU'
    """
    from extractor.find.extract import extract_document

    return extract_document(document)


def check_facts(documents: Iterable[tuple[Document, Extraction]]) -> list[FindingData]:
    """Every consistency rule over the given reports at once (parts against totals, percentages
    against counts, averages, targets, text against appendix, reports against each other,
    directive citations).  Each finding carries its rule, severity, computation, tolerance
    and the figures' pages and sentences.

    >>> doc = parse_file("corpus/000-bao-cao-tong-ket-ha-tinh.docx")
    >>> findings = check_facts([(doc, extract_facts(doc))])
    >>> findings[0].rule, findings[0].severity, findings[0].stated
    ('sum', 'error', '109')
    """
    from extractor.check.inputs import check_documents

    return check_documents(documents)


def write_report(
    path: str | Path,
    findings: list[FindingData],
    documents: Iterable[tuple[Document, Extraction]] = (),
) -> Path:
    """Write the auditor's report of ``findings``: a self-contained HTML page when ``path``
    ends in ``.html``, an Excel workbook (sheets ``findings`` and ``figures``) when it ends in
    ``.xlsx``.  ``documents`` are the reports the findings are about (listed in the summary,
    their figures in the workbook).  Returns the path written.

    >>> import tempfile
    >>> doc = parse_file("corpus/002-ket-luan-huyen-uy.docx")
    >>> facts = extract_facts(doc)
    >>> out = Path(tempfile.mkdtemp()) / "report.html"
    >>> write_report(out, check_facts([(doc, facts)]), [(doc, facts)]) == out
    True
    """
    from extractor.check.runner import CheckResult
    from extractor.errors import BaocaoError
    from extractor.report.sources import figure_lines_of, summary_of

    out = Path(path)
    pairs = list(documents)
    result = CheckResult(list(findings), {})
    if out.suffix.lower() == ".html":
        from extractor.report.page import render_html

        text = render_html(result, [summary_of(d, x) for d, x in pairs])
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BaocaoError(f"cannot write the report {out}: {exc.strerror or exc}") from exc
    elif out.suffix.lower() == ".xlsx":
        from extractor.report.workbook import write_xlsx

        lines = [line for d, x in pairs for line in figure_lines_of(d, x)]
        try:
            write_xlsx(result, lines, out)
        except OSError as exc:
            raise BaocaoError(f"cannot write the report {out}: {exc.strerror or exc}") from exc
    else:
        raise BaocaoError(f"{out}: a report is written as .html or .xlsx, not {out.suffix or 'a file without suffix'}")
    return out
