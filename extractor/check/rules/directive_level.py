"""directive level: a symbol whose issuer level contradicts the body named with it (a ``/TW``
directive said to be issued by a provincial standing committee)."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import Cite, FindingData
from extractor.check.registry import facts_rule
from extractor.check.rules.judgement import cite_finding
from extractor.text.resources import load_yaml

BODY_LEVEL_WORDS = {
    "central": ("trung ương", "bộ chính trị", "ban bí thư"),
    "provincial": ("tỉnh ủy", "tỉnh uỷ", "đảng bộ tỉnh"),
    "district": ("huyện ủy", "huyện uỷ", "quận ủy", "đảng bộ huyện"),
    "bloc": ("đảng ủy khối", "đảng uỷ khối", "đảng bộ khối"),
}


LEVEL_VI = {"central": "trung ương", "provincial": "tỉnh", "district": "huyện", "bloc": "khối"}


def issuer_levels() -> dict[str, str]:
    return {str(i["code"]): str(i["level"]) for i in load_yaml("directives.yaml")["issuers"]}


def _body_level(body: str) -> str | None:
    """The level of the body's head, the level word written first: ``Đảng ủy Khối doanh nghiệp
    Trung ương`` is a bloc, whose name ends in the words of the centre it answers to."""
    low = body.casefold()
    found = [(low.find(w), level) for level, words in BODY_LEVEL_WORDS.items() for w in words if w in low]
    return min(found)[1] if found else None


@facts_rule("directive-level", "citations")
def check_directive_level(cites: list[Cite], levels: dict[str, str] | None = None) -> Iterator[FindingData]:
    """A symbol's issuer level against the level of the body written with it."""
    issuer_levels_ = levels if levels is not None else issuer_levels()
    for c in cites:
        if not c.body or not c.issuer or c.kind == "self":
            continue
        symbol_level = issuer_levels_.get(c.issuer)
        body_level = _body_level(c.body)
        if symbol_level and body_level and symbol_level != body_level:
            texts = (
                f"Ký hiệu {c.key} (cấp {LEVEL_VI.get(symbol_level, symbol_level)}) mâu thuẫn với cơ quan ban hành "
                f"ghi kèm: {c.body}",
                f"The symbol of {c.key} ({symbol_level} level) contradicts the issuing body written with it: {c.body}",
            )
            computation = f"{c.issuer} → {symbol_level}; «{c.body}» → {body_level}"
            yield cite_finding("directive-level", "warning", [c], texts, computation)
