"""A level at the start of a period, its change and the level at the end, stated in separate
sentences: read as a change (plausible), so a wrong number among them is a warning.  Each
sentence is written for the rule, in the way socio-economic and Party reports state levels."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor

HOLDS = [
    (
        "Tổng số hộ nghèo đầu năm 2023 là 10.781 hộ, chiếm tỷ lệ 4,1%. Đến cuối năm 2023, tổng số hộ nghèo "
        "là 8.481 hộ, chiếm tỷ lệ 3,22% (giảm 2.300 hộ), giảm 0,88% so với đầu năm.",
        [(10781, 2300, 8481), (4.1, 0.88, 3.22)],
    ),
    (
        "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm, Đảng bộ có 1.312 đảng viên, tăng 62 đảng viên.",
        [(1250, 62, 1312)],
    ),
    (
        "Đối với hộ cận nghèo, đầu năm có 21.101 hộ. Đến cuối năm, giảm còn 17.691 (giảm 3.410 hộ).",
        [(21101, 3410, 17691)],
    ),
]

NOT_CHANGES = [
    # the change is over another period, not from the start
    "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, tăng 40 đảng viên so với cùng kỳ.",
    # no start of the period is named
    "Năm 2022, Đảng bộ có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, tăng 62 đảng viên.",
    # the figure after the end is no change
    "Đầu năm có 1.250 đảng viên. Đến cuối năm có 1.312 đảng viên, 40 đảng viên dự bị.",
]


def _changes(tmp_path: Path, body: str):
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nKết quả công tác\n\n" + body + "\n", encoding="utf-8")
    doc = extractor.parse_file(path)
    facts = extractor.extract_facts(doc)
    value = {f.id: f.value for f in facts.figures}
    found = [
        (value[r.members["start"]], value[r.members["change"]], value[r.members["end"]], r.certainty)
        for r in facts.relations
        if r.kind == "change"
    ]
    return found, extractor.check_facts([(doc, facts)])


@pytest.mark.parametrize(("text", "expected"), HOLDS, ids=[t[:40] for t, _ in HOLDS])
def test_levels_across_sentences(tmp_path: Path, text: str, expected: list[tuple[float, float, float]]) -> None:
    found, findings = _changes(tmp_path, text)
    assert [(s, c, e) for s, c, e, _ in found] == expected
    assert {cert for *_, cert in found} == {"plausible"}
    assert [f for f in findings if f.rule == "identity"] == []


def test_a_wrong_end_is_a_warning(tmp_path: Path) -> None:
    text = "Đầu năm, Đảng bộ có 1.250 đảng viên. Đến cuối năm, Đảng bộ có 1.332 đảng viên, tăng 62 đảng viên."
    _, findings = _changes(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.rule == "identity"] == [("identity", "warning")]


@pytest.mark.parametrize("text", NOT_CHANGES, ids=[t[:40] for t in NOT_CHANGES])
def test_no_change_is_read(tmp_path: Path, text: str) -> None:
    found, _ = _changes(tmp_path, text)
    assert found == []
