"""directive variants: a mistyped or oddly spaced number recognised as a known directive
(``02-ĐA/DU`` for ``02-ĐA/ĐU``)."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import Cite, FindingData
from extractor.check.registry import facts_rule
from extractor.check.rules.judgement import cite_finding
from extractor.text.regexes import CENTRAL_ABBREVIATION_RE, NUMBER_SEPARATORS_RE, NUMBER_WITH_SYMBOL_RE


def number_letters(written: str) -> str:
    """A directive number as its letters and digits only, Trung ương's abbreviations as TW:
    ``02 – ĐA/ĐU`` → ``02ĐAĐU``, ``03-CT/T.Ư`` → ``03CTTW`` (what a spelling variant is compared on)."""
    return NUMBER_SEPARATORS_RE.sub("", CENTRAL_ABBREVIATION_RE.sub("TW", written)).replace("&", "")


def _only_separators(c: Cite) -> bool:
    """``02- ĐA/ĐU``, ``282-QĐ-ĐU`` and ``05-CT/TƯ`` are the normal number with odd spacing, a
    dash for the slash or Trung ương abbreviated otherwise, and ``TT-BGD&ĐT`` the ministry's
    code written with its usual ampersand; ``02-ĐA/DU`` is mistyped."""
    return NUMBER_SEPARATORS_RE.sub("", c.key.split("-", 1)[-1]) in number_letters(c.raw)


@facts_rule("directive-variant", "citations")
def check_directive_variants(cites: list[Cite]) -> Iterator[FindingData]:
    """A directive number written other than its normal form."""
    for c in cites:
        if c.variant and c.kind != "self":
            texts = (
                f"Số hiệu viết khác dạng chuẩn: «{c.raw}» được nhận là {c.key}",
                f"Non-standard spelling «{c.raw}» read as {c.key}",
            )
            short = not NUMBER_WITH_SYMBOL_RE.search(c.raw)
            if short:  # "Chỉ thị 05 của Bộ Chính trị": the usual short form, no misspelling
                texts = (
                    f"Trích dẫn dạng rút gọn: «{c.raw}» được nhận là {c.key}",
                    f"Cited in short form «{c.raw}», read as {c.key}",
                )
            severity = "info" if short or _only_separators(c) else "warning"
            yield cite_finding("directive-variant", severity, [c], texts, f"«{c.raw}» → {c.key}")
