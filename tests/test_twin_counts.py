"""One thing counted by two units side by side (``6.930 hộ = 35.695 khẩu``, ``874 vụ, 1.172 bị
can``): a share after such a pair, over a whole written the same way, is of either pair; the
checker warns only when it comes out of neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_facts, parse_file
from extractor.find.twin_counts import twins
from extractor.text.resources import load_yaml
from tests.snippets import read_snippet

HOLDING = [
    # of the households, not of the persons (35.695 / 82.741 = 43,14 %)
    pytest.param(
        "Dân số toàn huyện có 16.516 hộ = 82.741 khẩu; hộ nghèo 6.930 hộ = 35.695 khẩu chiếm 41,96%.",
        "41,96",
        "46,96",
        id="households-not-persons",
    ),
    # of the persons, not of the households (6.930 / 16.516 = 41,96 %)
    pytest.param(
        "Dân số toàn huyện có 16.516 hộ = 82.741 khẩu; hộ nghèo 6.930 hộ = 35.695 khẩu chiếm 43,14%.",
        "43,14",
        "48,14",
        id="persons-not-households",
    ),
    # of the cases, not of the accused (1.172 / 1.172 = 100 %)
    pytest.param(
        "Viện kiểm sát phải giải quyết 880 vụ, 1.172 bị can, đã giải quyết 874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%.",
        "99,3",
        "94,3",
        id="cases-not-accused",
    ),
    pytest.param(
        "Tòa án thụ lý 1.302 vụ - 2.286 bị cáo, giải quyết 1.160 vụ - 2.046 bị cáo, đạt 89,5%.",
        "89,5",
        "84,5",
        id="dash-joined",
    ),
]


def _twin_shares(tmp_path: Path, text: str) -> list[dict[str, object]]:
    facts, _ = read_snippet(tmp_path, text)
    return [r.members for r in facts.relations if r.kind == "percent_of" and "twin_count" in r.members]


def _flags(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(("text", "share", "wrong"), HOLDING)
def test_a_share_of_one_thing_counted_twice_holds_over_either_pair(
    tmp_path: Path, text: str, share: str, wrong: str
) -> None:
    assert len(_twin_shares(tmp_path, text)) == 1
    assert _flags(tmp_path, text) == []
    planted = text.replace(share + "%", wrong + "%")
    assert _flags(tmp_path, planted) == [("percent", "warning")]


def test_the_first_written_pair_is_the_shares_count_and_base(tmp_path: Path) -> None:
    text = "Toàn xã có 1.200 hộ = 4.800 khẩu; hộ nghèo 120 hộ = 540 khẩu, chiếm 10%."
    facts, _ = read_snippet(tmp_path, text)
    raw = {f.id: f.raw for f in facts.figures}
    (members,) = _twin_shares(tmp_path, text)
    assert [raw[str(members[k])] for k in ("count", "base", "twin_count", "twin_base")] == [
        "120",
        "1.200",
        "540",
        "4.800",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the whole is counted by one unit only
        "Toàn huyện có 16.516 hộ. Hộ nghèo 6.930 hộ = 35.695 khẩu, chiếm 41,96%.",
        # the whole's twin counts another unit
        "Toàn huyện có 16.516 hộ, 120 thôn; hộ nghèo 6.930 hộ = 35.695 khẩu, chiếm 41,96%.",
        # three counts in a row are a list, not one thing counted twice
        "Toàn huyện có 16.516 hộ, 82.741 khẩu, 120 thôn; hộ nghèo 6.930 hộ, 35.695 khẩu, 12 thôn, chiếm 41,96%.",
    ],
)
def test_no_other_pair_without_twins_of_one_unit(tmp_path: Path, text: str) -> None:
    assert _twin_shares(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # one part counted twice is one part: a subset, not 120 + 540 of the 1.200
        (
            "Toàn xã có 1.200 hộ = 4.800 khẩu, trong đó hộ nghèo 120 hộ = 540 khẩu.",
            [("subset_of", ["120"]), ("subset_of", ["540"])],
        ),
        (
            "Toàn xã có 1.200 hộ, trong đó hộ nghèo 120 hộ = 540 khẩu, hộ cận nghèo 100 hộ = 400 khẩu.",
            [("total_parts", ["120", "100"])],
        ),
        # two items of a list parted by a comma stay two parts
        ("Đảng bộ có 66 tổ chức cơ sở đảng, trong đó có 39 đảng bộ, 27 chi bộ cơ sở.", [("total_parts", ["39", "27"])]),
    ],
)
def test_a_part_counted_by_two_units_is_one_part(tmp_path: Path, text: str, kinds: list[tuple[str, list[str]]]) -> None:
    facts, findings = read_snippet(tmp_path, text)
    raw = {f.id: f.raw for f in facts.figures}
    got = [
        (r.kind, [raw[p] for p in r.members["parts"]])
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of")
    ]
    assert got == kinds
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def test_a_share_of_neither_pair_names_both(tmp_path: Path) -> None:
    text = "Dân số toàn huyện có 16.516 hộ = 82.741 khẩu; hộ nghèo 6.930 hộ = 35.695 khẩu chiếm 46,96%."
    _, findings = read_snippet(tmp_path, text)
    (found,) = [f for f in findings if f.severity == "warning"]
    assert "6.930/16.516 nor 35.695/82.741" in found.message_en
    assert "43,1406" in found.computation
    assert "either of two pairs" in found.why[1]  # why it is a warning, in its own words


# ---------------------------------------------------------------- the vocabulary's own examples

UNIT_PAIRS = load_yaml("unit_pairs.yaml")


def _pairs_in(tmp_path: Path, text: str) -> int:
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\n\nNăm 2023, " + text + ".\n", encoding="utf-8")
    doc = parse_file(path)
    facts = extract_facts(doc)
    texts = {b: (doc.blocks[b].text, doc.blocks[b].span[0]) for b in {f.span.block for f in facts.figures}}
    return len(twins(facts.figures, texts)) // 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [(e, 1) for t in UNIT_PAIRS["twins"] for e in t["examples"]]
    + [(c, 0) for t in UNIT_PAIRS["twins"] for c in t["counter_examples"]],
)
def test_twins_examples_and_counter_examples(tmp_path: Path, text: str, expected: int) -> None:
    assert _pairs_in(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [(e, True) for h in UNIT_PAIRS["holds"] for e in h["examples"]]
    + [(c, False) for h in UNIT_PAIRS["holds"] for c in h["counter_examples"]],
)
def test_holds_examples_and_counter_examples(tmp_path: Path, text: str, held: bool) -> None:
    """The last count of an example is what a whole or a part holds: no part of any breakdown; a
    counter-example's is."""
    facts, _ = read_snippet(tmp_path, "Toàn huyện có " + text + ".")
    last = facts.figures[-1].id
    parts = {p for r in facts.relations if r.kind in ("total_parts", "subset_of") for p in r.members["parts"]}
    assert (last not in parts) is held


# ---------------------------------------------------------------- regressions of the review

REVIEW_FLAGGED = [
    # two things, not one counted twice: the share is of the persons it names
    (
        "Toàn Đảng bộ có 45 tổ chức đảng, 1.500 đảng viên; đã kiểm tra 9 tổ chức đảng, 225 đảng viên, "
        "tỷ lệ đảng viên được kiểm tra đạt 20%.",
        "percent",
    ),
    (
        "Toàn Đảng bộ có 120 chi bộ, 3.600 đảng viên; có 96 chi bộ, 3.240 đảng viên được đánh giá hoàn thành tốt "
        "nhiệm vụ, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 80%.",
        "percent",
    ),
    # one thing counted twice, but the share names its pair: of the accused only
    ("Viện kiểm sát thụ lý 880 vụ, 1.180 bị can; đã giải quyết 874 vụ, 1.160 bị can, đạt 99,3% số bị can.", "percent"),
    # the persons' parts, a breakdown of their own: 540 + 810 + 3.350 is not 4.800
    (
        "Toàn xã có 1.200 hộ = 4.800 khẩu, trong đó hộ nghèo 120 hộ = 540 khẩu, hộ cận nghèo 200 hộ = 810 khẩu, "
        "hộ thoát nghèo 880 hộ = 3.350 khẩu.",
        "sum",
    ),
    # (code review) two counts of one noun side by side are two parts, not one thing counted twice
    (
        "Năm 2023 tiếp 300 lượt người, trong đó tiếp thường xuyên 120 lượt người, 150 lượt người do lãnh đạo tiếp.",
        "sum",
    ),
]


@pytest.mark.parametrize(("text", "rule"), REVIEW_FLAGGED)
def test_regression_review_a_wrong_number_beside_a_pair_is_still_flagged(tmp_path: Path, text: str, rule: str) -> None:
    assert [found for found, _ in _flags(tmp_path, text)] == [rule]


def test_regression_review_a_part_counted_twice_with_a_dash_is_one_part(tmp_path: Path) -> None:
    text = "Toàn ngành Tòa án thụ lý 1.302 vụ - 2.286 bị cáo, trong đó án ma túy 412 vụ - 598 bị cáo."
    assert _flags(tmp_path, text) == []


# A count written out of a total (``có 662 trong tổng số 686 …``): a later share whose whole the
# text does not name may be of either, as of a ratio's count or whole (``662/686``).
OUT_OF = (
    "Năm 2023 toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá, xếp loại. Qua đánh giá, "
    "có 180 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt {share}%."
)


@pytest.mark.parametrize(
    ("share", "flagged"),
    [
        ("84,9", False),  # 180 / 212, the evaluated
        ("81,8", False),  # 180 / 220, all of them
        ("88,9", True),  # neither
    ],
)
def test_a_share_after_a_count_out_of_a_total_holds_over_either(tmp_path: Path, share: str, flagged: bool) -> None:
    _, findings = read_snippet(tmp_path, OUT_OF.format(share=share))
    alarms = [f for f in findings if f.rule == "percent" and f.severity in ("error", "warning")]
    assert bool(alarms) is flagged
    if flagged:
        assert "180/220" in alarms[0].message_en and "180/212" in alarms[0].message_en


# A share after a pair of counts and a pair of amounts, both over a slash (``thi hành xong 33
# việc/39 việc …, với số tiền 63,8 tỷ đồng/67,7 tỷ đồng, đạt 84,6%``): of either pair, unsaid.
TWO_PAIRS = (
    "Cơ quan thi hành án dân sự đã thi hành xong 45 việc/60 việc có điều kiện thi hành, với số tiền "
    "12,5 tỷ đồng/20 tỷ đồng, đạt {share}%."
)


@pytest.mark.parametrize(
    ("share", "flagged"),
    [
        ("75", False),  # 45 / 60, the cases
        ("62,5", False),  # 12,5 / 20, the money
        ("70", True),  # neither
    ],
)
def test_a_share_after_a_pair_of_counts_and_a_pair_of_amounts(tmp_path: Path, share: str, flagged: bool) -> None:
    _, findings = read_snippet(tmp_path, TWO_PAIRS.format(share=share))
    alarms = [f for f in findings if f.rule == "percent" and f.severity in ("error", "warning")]
    assert bool(alarms) is flagged
    if flagged:
        assert "12,5/20" in alarms[0].message_en and "45/60" in alarms[0].message_en
