"""The document's own metadata: header block, title, signature and recipients.

Vocabularies and patterns come from ``patterns/layout.yaml`` and
``patterns/document.yaml``, compiled once.  A field the document does not
state stays None: nothing here is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from extractor.document.elements import Block, BlockKind, Metadata
from extractor.text.regexes import NUMBER_SEPARATOR
from extractor.text.shapes import is_document_type_line, layout_patterns


def _norm_number(raw: str) -> str:
    return NUMBER_SEPARATOR.sub(lambda m: "-" if m.group(1) == "–" else m.group(1), raw.strip())


def read_metadata(blocks: list[Block]) -> Metadata:
    meta = Metadata()
    header_lines = [ln.strip() for b in blocks if b.kind is BlockKind.HEADER for ln in b.text.split("\n")]
    _read_header(header_lines, meta)
    title = next((b for b in blocks if b.kind is BlockKind.TITLE), None)
    if title is not None:
        _read_title(title.text, meta)
    signature = next((b for b in blocks if b.kind is BlockKind.SIGNATURE), None)
    if signature is not None:
        _read_signature(signature.text.split("\n"), meta)
    recipients = next((b for b in blocks if b.kind is BlockKind.RECIPIENTS), None)
    if recipients is not None:
        meta.recipients = _read_recipients(recipients.text.split("\n"))
    return meta


def _unwrap_date(lines: list[str]) -> list[str]:
    """A place and date wrapped in a narrow header column ("Kiên Giang, ngày 25 tháng 7 năm" /
    "2023") is one line again."""
    pats = layout_patterns()
    out: list[str] = []
    for line in lines:
        joined = f"{out[-1]} {line}" if out else line
        started = bool(out) and "ngày" in out[-1]  # the date began on the line before
        if started and not pats.place_date.match(out[-1]) and pats.place_date.match(joined):
            out[-1] = joined
        else:
            out.append(line)
    return out


def _read_header(lines: list[str], meta: Metadata) -> None:
    pats = layout_patterns()
    body: list[str] = []
    for line in _unwrap_date(lines):
        if not line:
            continue
        if pats.motto.match(line):
            continue
        if pats.draft.match(line):
            meta.draft = True
        elif m := pats.place_date.match(line):
            _set_date(meta, m)
        elif m := pats.number.match(line):
            meta.number = _norm_number(m.group("number"))
        elif line.strip("*-– ") == "":
            continue
        elif meta.number is None and line.upper() == line:
            body.append(line)
    if len(body) >= 2 and body[0].startswith("ĐẢNG BỘ"):
        meta.parent_body = body[0]
        body = body[1:]
    if body:
        meta.issuing_body = " ".join(body)


def _set_date(meta: Metadata, m: re.Match[str]) -> None:
    meta.place = m.group("place").strip()
    meta.date_raw = m.group("raw")
    try:
        meta.date = dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day"))).isoformat()
    except ValueError:
        meta.date = None  # an impossible date stays raw only


def _read_title(text: str, meta: Metadata) -> None:
    first, _, rest = text.partition("\n")
    if is_document_type_line(first):
        meta.doc_type = " ".join(first.split()).upper()
        meta.title = " ".join(rest.split()) or None
    else:
        meta.title = " ".join(text.split()) or None
    if "(Dự thảo)" in text or "(DỰ THẢO)" in text:
        meta.draft = True


def _read_signature(lines: list[str], meta: Metadata) -> None:
    pats = layout_patterns()
    lines = [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("(")]
    rest: list[str] = []
    for line in lines:
        if meta.signing_capacity is None and pats.signing_capacity.match(line):
            meta.signing_capacity = line
        else:
            rest.append(line)
    names = [ln for ln in rest if ln != ln.upper() or pats.signer_prefix.match(ln)]
    titles = [ln for ln in rest if ln not in names]
    if titles:
        meta.signer_title = " ".join(titles)
    if names:
        meta.signer_name = pats.signer_prefix.sub("", names[-1]).strip() or None


def _read_recipients(lines: list[str]) -> list[str]:
    """The recipients, one per dash; a line without its own dash goes on with the recipient
    before it when that one has not ended (a long one wrapped in the narrow column: "… trực
    thuộc Đảng ủy" | "Khối,"), and is no recipient otherwise."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line[:1] in "-+•":
            out.append(line.lstrip("-+• "))
        elif out and line and out[-1][-1:] not in ",;.":
            out[-1] = f"{out[-1]} {line}"
    return [r for r in (r.rstrip(",;.").strip() for r in out) if r]
