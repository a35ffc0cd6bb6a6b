"""Where a list under a total of a unit the vocabulary does not know ends: a count of another
population after the parts (``…, với 5.100 đảng viên``, ``đại diện cho 90.000 đảng viên``)
is no part, so the sum is checked on the parts alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.facts import Extraction
from tests.snippets import read_snippet


def _checked(tmp_path: Path, template: str, holds: object, wrong: object) -> Extraction:
    """The facts of ``template`` with the figure that holds: no sum or subset flagged; with the
    wrong one, the sum is."""
    facts, findings = read_snippet(tmp_path, template.format(n=holds))
    assert _sums(findings) == []
    _, planted = read_snippet(tmp_path, template.format(n=wrong))
    assert [rule for rule, _ in _sums(planted)] == ["sum"]
    return facts


def _pairs(facts: Extraction) -> list[tuple[str, list[str]]]:
    raw = {f.id: f.raw for f in facts.figures}
    return [
        (raw[r.members["total"]], [raw[p] for p in r.members["parts"]])
        for r in facts.relations
        if r.members.get("parts")
    ]


CASES = (
    # a total in a bracketed abbreviation the vocabulary does not read, organisations then members
    (
        "Đảng bộ thị xã có {n} tổ chức cơ sở (TCCS) đảng, trong đó có 21 đảng bộ cơ sở và 40 chi bộ cơ sở, "
        "với hơn 4.300 đảng viên sinh hoạt ở 150 thôn, khu phố.",
        61,
    ),
    # delegates, then the members they represent
    (
        "Dự đại hội có {n} đại biểu chính thức, gồm 35 đại biểu đương nhiên và 265 đại biểu được bầu, "
        "thay mặt cho gần 90.000 đảng viên của Đảng bộ.",
        300,
    ),
)


def _sums(findings: list) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in findings if f.rule in ("sum", "subset") and f.severity != "info"]


@pytest.mark.parametrize(("text", "total"), CASES)
def test_regression_a_count_of_another_population_ends_the_list(tmp_path: Path, text: str, total: int) -> None:
    facts, findings = read_snippet(tmp_path, text.format(n=total))
    raw = {f.id: f.raw for f in facts.figures}
    sums = [r for r in facts.relations if r.kind == "total_parts"]
    assert len(sums) == 1
    assert [raw[p] for p in sums[0].members["parts"]][-1] not in ("4.300", "90.000")
    assert _sums(findings) == []


@pytest.mark.parametrize(("text", "total"), CASES)
def test_regression_a_wrong_total_before_such_a_list_is_flagged(tmp_path: Path, text: str, total: int) -> None:
    _, findings = read_snippet(tmp_path, text.format(n=total + 9))
    assert [rule for rule, _ in _sums(findings)] == ["sum"]


def test_regression_a_prize_after_the_last_part_stays_its_own(tmp_path: Path) -> None:
    """``… 40 học sinh của trường A với 5 giải Nhất``: prizes are no population, the list reads on."""
    facts, _ = read_snippet(
        tmp_path, "Đoàn có 55 học sinh đoạt giải, trong đó có 40 học sinh của trường chuyên với 5 giải Nhất."
    )
    raw = {f.id: f.raw for f in facts.figures}
    pairs = {(raw[r.members["total"]], raw[p]) for r in facts.relations for p in r.members.get("parts") or []}
    assert ("55", "40") in pairs


OWN_CHANGES = (
    # money parts each with its own multiple of an earlier year
    (
        "Doanh thu toàn huyện năm 2021 đạt {n} tỷ đồng, tăng 1,2 lần so với năm 2016; trong đó: thương mại 310,4 tỷ "
        "đồng, tăng 1,5 lần so với năm 2016; xây dựng 120,6 tỷ đồng, tăng 0,8 lần; nông nghiệp 80,2 tỷ đồng, tăng "
        "0,3 lần.",
        "511,2",
        "531,2",
    ),
    # counts each with its own change
    (
        "Đảng bộ tỉnh có {n} tổ chức cơ sở đảng, trong đó 214 đảng bộ cơ sở, tăng 6 so với năm 2019; 287 chi bộ "
        "cơ sở, giảm 4 so với năm 2019.",
        "501",
        "510",
    ),
)


@pytest.mark.parametrize(("text", "holds", "wrong"), OWN_CHANGES)
def test_regression_a_parts_own_change_does_not_end_the_list(tmp_path: Path, text: str, holds: str, wrong: str) -> None:
    facts = _checked(tmp_path, text, holds, wrong)
    sums = [r for r in facts.relations if r.kind == "total_parts"]
    assert len(sums) == 1 and len(sums[0].members["parts"]) in (2, 3)


FORMS = (
    "Năm 2023, Đảng ủy xã kỷ luật {n} đảng viên, trong đó có 4 đảng viên vi phạm chính sách dân số bị kỷ luật "
    "bằng hình thức cảnh cáo và 2 đảng viên vi phạm quy định về đất đai bị kỷ luật bằng hình thức khiển trách."
)


def test_regression_a_form_named_after_a_part_does_not_open_a_list(tmp_path: Path) -> None:
    facts = _checked(tmp_path, FORMS, 6, 8)
    assert _pairs(facts) == [("6", ["4", "2"])]


def test_regression_a_form_opening_its_clause_names_what_follows(tmp_path: Path) -> None:
    """``…, hình thức kỷ luật khiển trách đối với 9 đảng viên``: the 9 are no part of the list before."""
    facts, _ = read_snippet(
        tmp_path,
        "Đã thi hành kỷ luật 17 đảng viên, trong đó có 5 cấp ủy viên, hình thức kỷ luật khiển trách "
        "đối với 9 đảng viên.",
    )
    assert ("17", ["5", "9"]) not in _pairs(facts)


STAGES = (
    "Năm 2024, toàn huyện tiếp nhận {n} đơn, trong đó đơn trùng lặp, nặc danh, không đủ điều kiện xử lý là 128 đơn; "
    "đơn đủ điều kiện xử lý là 1.412 đơn."
)


def test_regression_two_classes_of_one_stage_across_a_semicolon_are_one_list(tmp_path: Path) -> None:
    """``không đủ điều kiện xử lý … ; đủ điều kiện xử lý …`` are the two classes of the letters
    received, not a later stage that ends the list."""
    facts, findings = read_snippet(tmp_path, STAGES.format(n="1.540"))
    assert ("1.540", ["128", "1.412"]) in _pairs(facts)
    assert _sums(findings) == []
    _, planted = read_snippet(tmp_path, STAGES.format(n="1.640"))
    assert [rule for rule, _ in _sums(planted)] == ["sum"]


def test_regression_a_later_stage_after_a_semicolon_still_ends_the_list(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Tiếp nhận 150 đơn, trong đó đơn khiếu nại 60 đơn; đã giải quyết 50 đơn.")
    assert ("150", ["60", "50"]) not in _pairs(facts)


STAFF = "Đảng bộ cơ quan có {n} đảng viên/120 CBCCVC, trong đó có 30 đảng viên chính thức và 5 đảng viên dự bị."


def test_regression_a_number_before_an_unknown_abbreviation_counts_it(tmp_path: Path) -> None:
    """``/120 CBCCVC``: the staff are no members, so the members' classes are not summed against
    them (round 9's false error)."""
    facts, findings = read_snippet(tmp_path, STAFF.format(n=35))
    staff = next(f for f in facts.figures if f.raw == "120")
    assert (staff.subject, staff.subject_text) == ("other", "CBCCVC")
    assert [f for f in findings if f.severity == "error"] == []
    _, planted = read_snippet(tmp_path, STAFF.format(n=38))
    assert [rule for rule, _ in _sums(planted)] == ["sum"]


def test_regression_a_rating_abbreviation_after_a_number_keeps_the_unit_before(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Chi bộ có 27 đảng viên, trong đó 5 HTXSNV, 20 HTTNV, 2 HTNV.")
    assert {f.subject for f in facts.figures} == {"dang_vien"}


LABELLED = (
    "Đại hội có {n} đảng viên được triệu tập trong đó đảng viên chính thức 40 đồng chí, đảng viên dự bị 05 đồng chí."
)


def test_regression_classes_named_before_their_numbers_right_after_the_cue_partition(tmp_path: Path) -> None:
    """``trong đó đảng viên chính thức 40 đồng chí, đảng viên dự bị 05 đồng chí``: the first
    label follows the cue with no comma, and was not read, so the list was taken for attributes."""
    facts = _checked(tmp_path, LABELLED, 45, 48)
    assert [(r.kind, r.certainty) for r in facts.relations] == [("total_parts", "exhaustive")]


HOUSES = (
    "Năm 2021, Mặt trận huyện hỗ trợ xây dựng {n} nhà đại đoàn kết tại 4 xã (Tân An 12 nhà, Tân Lộc 9 nhà, "
    "Phú Thạnh 7 nhà, Long Hòa 12 nhà)."
)


def test_regression_a_bracket_of_places_adds_up_to_the_figure_of_its_unit(tmp_path: Path) -> None:
    """The 4 communes are counted by the bracket's items; their houses add up to the 40 houses."""
    facts = _checked(tmp_path, HOUSES, 40, 44)
    assert ("40", ["12", "9", "7", "12"]) in _pairs(facts)


def test_regression_a_bracket_of_bare_numbers_keeps_the_figure_before_it(tmp_path: Path) -> None:
    facts, _ = read_snippet(
        tmp_path,
        "Lốc xoáy làm 19 nhà bị sập (Bến Tre 18, Tiền Giang 1); 343 nhà bị tốc mái (Bến Tre 270, Tiền Giang 72; "
        "An Giang 1).",
    )
    assert ("343", ["270", "72", "1"]) in _pairs(facts)


INSPECTIONS = (
    "Năm 2023, Thanh tra tỉnh tiến hành {n} cuộc thanh tra, kiểm tra đối với 96 đơn vị. Trong đó, thanh tra hành "
    "chính 4 cuộc với 12 đơn vị; thanh tra chuyên ngành 14 cuộc với 84 đơn vị."
)


def test_regression_a_pair_of_totals_is_broken_down_pair_by_pair_in_the_next_sentence(tmp_path: Path) -> None:
    """``18 cuộc … đối với 96 đơn vị. Trong đó, … 4 cuộc với 12 đơn vị; … 14 cuộc với 84 đơn vị``:
    inspections add up to inspections and units to units (``4 cuộc với 12 đơn vị`` is no
    breakdown of the 4)."""
    facts = _checked(tmp_path, INSPECTIONS, 18, 20)
    assert sorted(_pairs(facts)) == [("18", ["4", "14"]), ("96", ["12", "84"])]


FOREST = (
    "Tính chung 9 tháng, diện tích rừng bị thiệt hại là {n} nghìn ha, gấp 2 lần cùng kỳ, trong đó diện tích rừng "
    "bị cháy là 1,8 nghìn ha, gấp gần 3 lần; diện tích rừng bị chặt phá là 436 ha, giảm 8%."
)


def test_regression_a_count_in_thousands_stands_for_its_rounding_interval(tmp_path: Path) -> None:
    """``2,2 nghìn ha`` is 2.150 to 2.250 ha (1.800 + 436 = 2.236 holds), not 2.200 ± 0,05; a
    part's multiple (``gấp gần 3 lần``) is its own comparison, neither a part nor the list's end."""
    facts = _checked(tmp_path, FOREST, "2,2", "2,5")
    assert ("2,2", ["1,8", "436"]) in _pairs(facts)


def test_regression_a_party_group_counts_no_members(tmp_path: Path) -> None:
    facts, findings = read_snippet(
        tmp_path,
        "Chi bộ có 31 đảng viên, sinh hoạt ở 5 tổ đảng, trong đó có 28 đảng viên chính thức, 03 đảng viên dự bị.",
    )
    assert ("31", ["28", "03"]) in _pairs(facts)
    assert _sums(findings) == []
