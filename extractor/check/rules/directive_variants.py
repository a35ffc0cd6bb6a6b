"""directive variants: a mistyped or oddly spaced number recognised as a known directive
(``02-ĐA/DU`` for ``02-ĐA/ĐU``)."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import Cite, FindingData
from extractor.check.registry import facts_rule
from extractor.check.rules.judgement import cite_finding


def _only_spacing(c: Cite) -> bool:
    """``02- ĐA/ĐU`` is the normal number with odd spacing; ``02-ĐA/DU`` is mistyped."""
    compact = "".join(c.raw.split()[-1:]) if " " not in c.raw.strip() else "".join(c.raw.split())
    return c.key.split("-", 1)[-1] in compact


@facts_rule("directive-variant", "citations")
def check_directive_variants(cites: list[Cite]) -> Iterator[FindingData]:
    """A directive number written other than its normal form."""
    for c in cites:
        if c.variant and c.kind != "self":
            texts = (
                f"Số hiệu viết khác dạng chuẩn: «{c.raw}» được nhận là {c.key}",
                f"Non-standard spelling «{c.raw}» read as {c.key}",
            )
            if "/" not in c.raw:  # "Chỉ thị 05 của Bộ Chính trị": the usual short form, no misspelling
                texts = (
                    f"Trích dẫn dạng rút gọn: «{c.raw}» được nhận là {c.key}",
                    f"Cited in short form «{c.raw}», read as {c.key}",
                )
            severity = "info" if _only_spacing(c) or "/" not in c.raw else "warning"
            yield cite_finding("directive-variant", severity, [c], texts, f"«{c.raw}» → {c.key}")
