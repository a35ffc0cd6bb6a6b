"""What a line of a report is, by its shape: document type, heading level, list item, the
"Nơi nhận" line, and the header's patterns (place and date, number, draft mark, signing
capacity).  The patterns are data in ``patterns/layout.yaml`` and ``patterns/document.yaml``,
compiled once; readers and assembly both ask here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractor.text.regexes import layout_re
from extractor.text.resources import load_yaml


@dataclass(frozen=True)
class HeadingRule:
    id: str
    level: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class LayoutPatterns:
    motto: re.Pattern[str]
    place_date: re.Pattern[str]
    number: re.Pattern[str]
    draft: re.Pattern[str]
    signing_capacity: re.Pattern[str]
    signer_prefix: re.Pattern[str]
    recipients: re.Pattern[str]
    list_item: re.Pattern[str]
    endnotes: re.Pattern[str]
    endnote: re.Pattern[str]
    headings: tuple[HeadingRule, ...]
    document_types: tuple[str, ...]


@functools.cache
def layout_patterns() -> LayoutPatterns:
    data = load_yaml("layout.yaml")
    names = (
        "place_date",
        "number",
        "draft",
        "signing_capacity",
        "signer_prefix",
        "recipients",
        "list_item",
        "endnotes",
        "endnote",
    )
    compiled = {n: layout_re(data[n]["pattern"]) for n in names}
    headings = tuple(HeadingRule(h["id"], int(h["level"]), layout_re(h["pattern"])) for h in data["headings"])
    types = tuple(t["name"] for t in load_yaml("document.yaml")["document_types"])
    return LayoutPatterns(
        motto=layout_re(data["mottos"]["pattern"]),
        headings=headings,
        document_types=types,
        **compiled,
    )


def is_document_type_line(text: str) -> bool:
    """True for a line that is a document type alone: "BÁO CÁO", "KẾT LUẬN", "CHỈ THỊ" …"""
    line = " ".join(text.split()).upper()
    return line in layout_patterns().document_types


def heading_level(text: str) -> int | None:
    for rule in layout_patterns().headings:
        if rule.pattern.match(text):
            return rule.level
    return None


def is_list_item(text: str) -> bool:
    return bool(layout_patterns().list_item.match(text))


def is_endnotes_heading(text: str) -> bool:
    return bool(layout_patterns().endnotes.match(" ".join(text.split())))


def endnote(text: str) -> tuple[int, str] | None:
    """A numbered note after an endnotes heading: (number, its text)."""
    m = layout_patterns().endnote.match(text.strip())
    return (int(m["number"]), m["text"]) if m else None


def is_recipients_line(text: str) -> bool:
    return bool(layout_patterns().recipients.match(text))
