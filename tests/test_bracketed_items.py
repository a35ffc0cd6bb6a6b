"""Named items whose counts stand in brackets break down the count of their noun before them.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.bracketed_items import EVIDENCE
from tests.snippets import read_snippet


def _lists(facts) -> list[tuple[float, list[float], str]]:
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["total"]], [value[p] for p in r.members["parts"]], r.certainty)
        for r in facts.relations
        if r.evidence == EVIDENCE
    ]


@pytest.mark.parametrize(
    ("text", "found", "planted"),
    [
        (
            "Đợt này có 18 sản phẩm được công nhận, gồm huyện Tân Phước (4 sản phẩm), huyện Cái Bè (9 sản phẩm) và "
            "thị xã Cai Lậy (5 sản phẩm).",
            (18, [4, 9, 5], "plausible"),
            ("(9 sản phẩm)", "(11 sản phẩm)"),
        ),
        (
            "Hội thi có 52 giải pháp dự thi ở 3 lĩnh vực: lĩnh vực nông nghiệp (20 giải pháp); lĩnh vực y tế (12 giải "
            "pháp); lĩnh vực giáo dục (20 giải pháp).",
            (52, [20, 12, 20], "plausible"),
            ("(12 giải pháp)", "(15 giải pháp)"),
        ),
    ],
)
def test_named_items_with_bracketed_counts(
    tmp_path: Path, text: str, found: tuple[float, list[float], str], planted: tuple[str, str]
) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert found in _lists(facts)
    assert [f for f in findings if f.rule == "sum"] == []
    _, wrong = read_snippet(tmp_path, text.replace(*planted))
    assert [f.severity for f in wrong if f.rule == "sum"] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # no cue between the count and the items: a count of something else
        "Năm 2023 tổ chức 12 hội nghị, huyện A (5 hội nghị), huyện B (4 hội nghị).",
        # items of another noun than the count before them
        "Có 30 xã đạt chuẩn, gồm huyện A (12 thôn), huyện B (9 thôn).",
        # a bracket that holds more than a count
        "Có 21 sản phẩm gồm huyện A (3 sản phẩm, tăng 1), huyện B (6 sản phẩm, tăng 2).",
    ],
)
def test_no_named_items(tmp_path: Path, text: str) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert _lists(facts) == []


def test_named_items_that_say_they_go_on(tmp_path: Path) -> None:
    facts, findings = read_snippet(
        tmp_path, "Có 40 sản phẩm được công nhận, gồm huyện A (4 sản phẩm), huyện B (9 sản phẩm)..."
    )
    assert (40, [4, 9], "open") in _lists(facts)
    assert [f for f in findings if f.rule == "sum"] == []
