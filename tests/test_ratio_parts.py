"""Parts written as ratios (``đảng viên chính thức: 27/29 đ/c``): their count is exact, a base
just above the total is that total written twice (one of them wrong), and a class named
before a colon is the part's class."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.check.findings import Doc, Fig
from tests.snippets import read_snippet

DOC = Doc(1, "r.txt", "sha", None, 0, None)


def _relations(facts) -> list[tuple[str, str, float, list[float]]]:
    value = {f.id: f.value for f in facts.figures}
    return sorted(
        (r.kind, r.certainty, value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of")
    )


def _findings(found) -> list[tuple[str, str]]:
    return sorted((f.rule, f.severity) for f in found if f.rule in ("sum", "subset"))


@pytest.mark.parametrize(
    ("body", "relation", "findings"),
    [
        (
            "Chi bộ có 32 đảng viên. Trong đó, đảng viên chính thức: 29/32 đồng chí; đảng viên dự bị: 03/32 đồng chí.",
            ("total_parts", "exhaustive", 32.0, [3.0, 29.0]),
            [],
        ),
        (  # the cell's members counted twice, 31 and 32: the ratios add up to their own base, and the
            # total names no class of its own, so the same whole is written two ways: an error
            "Chi bộ có 31 đảng viên. Trong đó, đảng viên chính thức: 29/32 đồng chí; đảng viên dự bị: 03/32 đồng chí.",
            ("total_parts", "exhaustive", 31.0, [3.0, 29.0]),
            [("sum", "error")],
        ),
        (  # regression: the official members, then the sexes of all members over their own base
            "Chi bộ có 27 đảng viên chính thức. Trong đó, đảng viên nam: 16/29 đ/c; đảng viên nữ: 13/29 đ/c.",
            ("total_parts", "plausible", 27.0, [13.0, 16.0]),
            [("sum", "warning")],
        ),
        (  # the class named before the colon, counted plainly
            "Chi bộ có 45 đảng viên, trong đó: đảng viên chính thức: 41 đồng chí; đảng viên dự bị: 5 đồng chí.",
            ("total_parts", "exhaustive", 45.0, [5.0, 41.0]),
            [("sum", "error")],
        ),
    ],
    ids=["holds", "base-above-total", "another-whole", "class-before-colon"],
)
def test_ratio_and_labelled_parts(tmp_path: Path, body: str, relation: tuple, findings: list) -> None:
    facts, found = read_snippet(tmp_path, body)
    assert relation in _relations(facts)
    assert _findings(found) == findings


def test_a_ratio_over_another_whole_is_no_part(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Toàn khối có 30 chi bộ, trong đó 12/45 chi bộ đạt trong sạch vững mạnh.")
    assert not [r for r in _relations(facts) if r[2] == 30.0]


@pytest.mark.parametrize(
    ("fig", "lo", "hi"),
    [
        (Fig(1, "f1", DOC, 27, "27/29", 0, "ratio", base=29), 27, 27),  # a count over a count: exact
        (Fig(2, "f2", DOC, 3, "3", 0, "ratio"), 2.5, 3.5),  # "gấp 3 lần": a multiple, rounded
        (Fig(3, "f3", DOC, 2.5, "2,5", 1, "ratio"), 2.45, 2.55),
    ],
    ids=["counted", "multiple", "multiple-decimal"],
)
def test_a_counted_ratio_is_exact(fig: Fig, lo: float, hi: float) -> None:
    interval = fig.interval()
    assert (interval.lo, interval.hi) == pytest.approx((lo, hi))


RATIO_SHARES = [
    # a part listed under a ratio, its share of the ratio's whole, of its count, or of neither
    ("Toàn huyện có 98/112 xã đạt tiêu chí, trong đó 35 xã đạt mức nâng cao (chiếm 31,25%).", []),
    ("Toàn huyện có 98/112 xã đạt tiêu chí, trong đó 35 xã đạt mức nâng cao (chiếm 35,71%).", []),
    ("Toàn huyện có 98/112 xã đạt tiêu chí, trong đó 35 xã đạt mức nâng cao (chiếm 38,25%).", [("percent", "warning")]),
    # a better rating within a rated ratio: of all (the ratio's whole) or of the rated
    (
        "Có 16/20 chi bộ hoàn thành tốt nhiệm vụ (chiếm 80%), trong đó 4 chi bộ hoàn thành xuất sắc nhiệm vụ "
        "(chiếm 20%).",
        [],
    ),
    (
        "Có 16/20 chi bộ hoàn thành tốt nhiệm vụ (chiếm 80%), trong đó 4 chi bộ hoàn thành xuất sắc nhiệm vụ "
        "(chiếm 30%).",
        [("percent", "warning")],
    ),
]


@pytest.mark.parametrize(
    ("body", "findings"), RATIO_SHARES, ids=["of-whole", "of-count", "neither", "rated-of-all", "rated-neither"]
)
def test_a_share_of_a_part_under_a_ratio(tmp_path: Path, body: str, findings: list) -> None:
    facts, found = read_snippet(tmp_path, body)
    shares = [r for r in facts.relations if r.kind == "percent_of" and r.certainty == "plausible"]
    assert len(shares) == 1
    assert sorted((f.rule, f.severity) for f in found if f.rule == "percent") == findings


@pytest.mark.parametrize(
    ("holds", "planted"),
    [
        (  # sibling ratios count out of one whole
            "Toàn tỉnh có 91/91 xã đạt chuẩn nông thôn mới, 54/91 xã đạt chuẩn nâng cao, 25/91 xã đạt chuẩn kiểu mẫu.",
            "Toàn tỉnh có 91/91 xã đạt chuẩn nông thôn mới, 100/91 xã đạt chuẩn nâng cao, 25/91 xã đạt chuẩn kiểu mẫu.",
        ),
        (  # the whole stated as a count of the same things before
            "Thôn hiện có 34 hộ với 145 nhân khẩu. Năm 2024 thôn có 30/34 hộ đạt danh hiệu gia đình văn hóa.",
            "Thôn hiện có 34 hộ với 145 nhân khẩu. Năm 2024 thôn có 37/34 hộ đạt danh hiệu gia đình văn hóa.",
        ),
    ],
)
def test_a_ratio_above_the_whole_its_siblings_share(tmp_path: Path, holds: str, planted: str) -> None:
    """``100/91 xã`` reads as achieved over planned, but beside ``91/91`` and ``25/91`` it counts
    out of the 91 communes: above them, plausibly a subset (a warning)."""
    _, found = read_snippet(tmp_path, holds)
    assert _findings(found) == []
    _, found = read_snippet(tmp_path, planted)
    assert _findings(found) == [("subset", "warning")]


@pytest.mark.parametrize(
    "body",
    [
        # achieved against a plan
        "Toàn Đảng bộ có 200 đảng viên. Năm 2024 kết nạp 212/200 đảng viên, vượt chỉ tiêu.",
        "Tổng thu ngân sách đạt 45.799/36.875 tỷ đồng, vượt dự toán; 36.875 tỷ đồng là dự toán giao.",
        "Có 20/20 xã đạt chuẩn; 24/20 xã hoàn thành kế hoạch trồng rừng.",
        # visits over persons are no ratio of one whole
        "Tiếp 259 lượt công dân/316 người; tiếp định kỳ 98 lượt/115 người.",
    ],
)
def test_a_pair_achieved_over_planned_stays_two_counts(tmp_path: Path, body: str) -> None:
    facts, found = read_snippet(tmp_path, body)
    assert not [r for r in facts.relations if r.evidence == "a ratio's whole"]
    assert _findings(found) == []
