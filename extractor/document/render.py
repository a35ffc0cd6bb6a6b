"""Renderings of a :class:`~extractor.document.elements.Document`: JSON, Markdown, plain text, summary."""

from __future__ import annotations

from collections import Counter
from typing import Any

from extractor.document.elements import Block, BlockKind, Document, Table

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def to_json_dict(doc: Document) -> dict[str, Any]:
    data = doc.to_dict()
    data["text"] = doc.text
    return data


def summary(doc: Document) -> dict[str, Any]:
    kinds = Counter(b.kind.value for b in doc.blocks)
    m = doc.metadata
    return {
        "file": doc.path,
        "format": doc.format + (" (OCR)" if doc.ocr else ""),
        "pages": doc.page_count,
        "blocks": len(doc.blocks),
        "paragraphs": kinds["paragraph"] + kinds["list_item"],
        "headings": kinds["heading"],
        "footnotes": len(doc.footnotes),
        "tables": len(doc.tables),
        "type": m.doc_type,
        "number": m.number,
        "date": m.date,
        "issuer": m.issuing_body,
        "warnings": len(doc.warnings),
    }


def _with_markers(doc: Document, index: int, block: Block, style: str) -> str:
    refs = sorted((f.ref.offset, f.number) for f in doc.footnotes if f.ref and f.ref.block == index)
    text = block.text
    for offset, number in reversed(refs):
        mark = f"[^{number}]" if style == "markdown" else str(number).translate(SUPERSCRIPT)
        text = text[:offset] + mark + text[offset:]
    return text


def _markdown_table(table: Table) -> str:
    grid = table.grid()
    if not grid:
        return ""
    head = max(table.header_rows, 1)
    header = [" / ".join(dict.fromkeys(c for c in col if c)) for col in zip(*grid[:head], strict=True)]
    lines = ["| " + " | ".join(_cell(c) for c in header) + " |", "|" + "---|" * table.n_cols]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in grid[head:]]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    for i, b in enumerate(doc.blocks):
        if b.kind.is_furniture or b.kind is BlockKind.FOOTNOTE:
            continue
        text = _with_markers(doc, i, b, "markdown")
        if b.kind is BlockKind.TITLE:
            first, _, rest = text.partition("\n")
            out.append(f"# {first}" + (f"\n\n**{rest}**" if rest else ""))
        elif b.kind is BlockKind.HEADING:
            out.append("#" * min((b.level or 1) + 1, 6) + " " + text)
        elif b.kind is BlockKind.TABLE and b.table is not None:
            out.append(_markdown_table(b.table))
        elif b.kind in (BlockKind.HEADER, BlockKind.RECIPIENTS, BlockKind.SIGNATURE):
            out.append("  \n".join(text.split("\n")))
        else:
            out.append(text)
    out += [f"[^{f.number}]: {f.text}" for f in doc.footnotes]
    return "\n\n".join(out) + "\n"


def to_text(doc: Document) -> str:
    """Reading-order text of the body with superscript markers, then the footnotes."""
    body = [
        _with_markers(doc, i, b, "text")
        for i, b in enumerate(doc.blocks)
        if not b.kind.is_furniture and b.kind is not BlockKind.FOOTNOTE
    ]
    notes = [f"{str(f.number).translate(SUPERSCRIPT)} {f.text}" for f in doc.footnotes]
    return "\n\n".join(body + (["____________________", *notes] if notes else [])) + "\n"
