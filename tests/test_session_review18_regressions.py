"""Misses of planted errors in the development corpus traced to a form the rules did not read,
and fixed generically: a bracket of parts that goes on with what the parts hold, a base that
names two nouns, a share followed by ``tương đương`` and its count, a level ``bằng X% so với``
an earlier one in a bracket.  Sentences written for these tests in the reports' ways, each
holding and with one wrong number, and the counter-examples that must stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return sorted((f.rule, f.severity) for f in findings if f.rule in ("sum", "subset", "percent"))


def _relations(tmp_path: Path, text: str) -> list[tuple[str, float | None, list[float]]]:
    facts, _ = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    out = []
    for r in facts.relations:
        whole = r.members.get("total") or r.members.get("base") or r.members.get("target")
        parts = r.members.get("parts") or [r.members.get("count") or r.members.get("actual")]
        out.append((r.kind, value.get(str(whole)), [value[str(p)] for p in parts if p]))
    return sorted(out, key=str)


TRANSFERRED = (
    "Đảng bộ Công ty được đổi tên, đồng thời {n} tổ chức cơ sở đảng (6 đảng bộ và 1 chi bộ cơ sở với số "
    "đảng viên là 397 đồng chí) được chuyển giao về Đảng ủy Tập đoàn."
)


@pytest.mark.parametrize(("n", "found"), [("7", []), ("9", [("sum", "error")])])
def test_regression_a_bracket_of_parts_going_on_with_what_they_hold(
    tmp_path: Path, n: str, found: list[tuple[str, str]]
) -> None:
    """``(6 đảng bộ và 1 chi bộ cơ sở với số đảng viên là 397 đồng chí)``: the members after
    ``với`` are no part of the organisations (the bracket was read as no list at all)."""
    assert _found(tmp_path, TRANSFERRED.format(n=n)) == found


def test_regression_one_part_before_with_stays_the_whole_bracket(tmp_path: Path) -> None:
    """A single part before ``với`` cuts nothing: the bracket reads as before."""
    text = "Đảng ủy chuyển giao 7 tổ chức cơ sở đảng (6 đảng bộ với 300 đảng viên và 1 chi bộ cơ sở)."
    assert ("total_parts", 7.0, [6.0, 1.0]) not in _relations(tmp_path, text)


TIPS = "Thụ lý 393 tố giác, tin báo về tội phạm; giải quyết 367 tin, đạt tỷ lệ {p}%."


@pytest.mark.parametrize(("p", "found"), [("93,4", []), ("95,4", [("percent", "warning")])])
def test_regression_a_base_naming_two_nouns(tmp_path: Path, p: str, found: list[tuple[str, str]]) -> None:
    """``393 tố giác, tin báo``: a count of ``tin`` is a share of it (its noun is the second of
    the base's nouns; no share was read)."""
    assert _found(tmp_path, TIPS.format(p=p)) == found


def test_regression_a_base_of_other_nouns_is_none(tmp_path: Path) -> None:
    text = "Thụ lý 393 vụ án, bị can; giải quyết 367 tin, đạt tỷ lệ 93,4%."
    assert [r for r in _relations(tmp_path, text) if r[0] == "percent_of"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Toàn huyện có 5.000 hộ, trong đó hộ nghèo chiếm 24%, tương đương 1.200 hộ.", []),
        ("Toàn huyện có 5.000 hộ, trong đó hộ nghèo chiếm 20%, tương đương 1.200 hộ.", [("percent", "warning")]),
        ("Toàn huyện có 5.000 hộ, trong đó hộ nghèo chiếm 20% (tương đương 1.200 hộ).", [("percent", "warning")]),
        (
            "Tổng nguồn vốn là 75.000 tỷ đồng, trong đó vốn ngân sách chiếm 64%, tương đương 48.000 tỷ đồng.",
            [],
        ),
        (
            "Tổng nguồn vốn là 75.000 tỷ đồng, trong đó vốn ngân sách chiếm 70%, tương đương 48.000 tỷ đồng.",
            [("percent", "warning")],
        ),
    ],
)
def test_regression_a_share_then_tuong_duong_and_its_count(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    """``chiếm 20%, tương đương 1.200 hộ``: a share written before its count, as ``20% (1.200
    hộ)`` is (an amount's only after a share word)."""
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Doanh thu tăng 12%, tương đương 1.200 tỷ đồng so với năm 2022 (10.000 tỷ đồng).",  # a change's amount
        "Kế hoạch vốn 7.500 tỷ đồng, đã giải ngân 18,1%, tương đương 1.372,2 tỷ đồng.",  # of the plan, no share word
        "Số hộ nghèo giảm 2%, tương đương 120 hộ so với năm 2020 (6.000 hộ).",  # a change's count
    ],
)
def test_regression_a_change_or_a_plan_then_tuong_duong_is_no_share(tmp_path: Path, text: str) -> None:
    assert [r for r in _relations(tmp_path, text) if r[0] == "percent_of"] == []


LABOUR = (
    "Tổng số lao động đi làm việc ở nước ngoài trong tháng 01 năm 2020 là 9.414 lao động (3.823 lao động nữ), "
    "bằng {p}% so với cùng kỳ năm ngoái (tháng 01 năm 2019 là 9.383 lao động)."
)


@pytest.mark.parametrize(("p", "found"), [("100,33", []), ("102,33", [("percent", "warning")])])
def test_regression_a_level_as_a_per_cent_of_the_earlier_one_in_a_bracket(
    tmp_path: Path, p: str, found: list[tuple[str, str]]
) -> None:
    """``9.414 …, bằng 100,33% so với cùng kỳ năm ngoái (… 9.383 lao động)``: the level over the
    earlier one, as ``tăng 0,33% so với … (9.383)`` is a change (a bracket of the level's own
    between them is skipped)."""
    assert _found(tmp_path, LABOUR.format(p=p)) == found


@pytest.mark.parametrize(("p", "found"), [("100,33", []), ("95,33", [("percent", "warning")])])
def test_regression_the_earlier_level_in_its_bracket_with_a_part_of_its_own(
    tmp_path: Path, p: str, found: list[tuple[str, str]]
) -> None:
    """``(tháng 01 năm 2019 là 9.383 lao động trong đó có 2.501 lao động nữ)``: the earlier level's
    own part does not hide it."""
    text = LABOUR.format(p=p).replace("9.383 lao động)", "9.383 lao động trong đó có 2.501 lao động nữ)")
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kim ngạch xuất khẩu đạt 1.250 triệu USD, bằng 125% so với cùng kỳ năm 2022 (1.000 triệu USD).", "percent_of"),
        # of a plan: a target, read once by the target rules
        ("Kim ngạch xuất khẩu đạt 1.250 triệu USD, đạt 125% so với kế hoạch (1.000 triệu USD).", "target"),
        # a change stays a change
        ("Số người được tư vấn là 8.747 lượt tăng 3,69% so với tháng 11/2022 (8.436 lượt).", "change"),
    ],
)
def test_regression_bang_so_voi_an_earlier_level_kinds(tmp_path: Path, text: str, kind: str) -> None:
    assert [r[0] for r in _relations(tmp_path, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the 2012–2016 scale of organisations: trong sạch vững mạnh, hoàn thành tốt nhiệm vụ,
        # hoàn thành nhiệm vụ, yếu kém
        (
            "Năm 2014, Đảng bộ có 11 chi bộ, có 6 chi bộ đạt trong sạch vững mạnh, 4 chi bộ hoàn thành tốt nhiệm "
            "vụ, 1 chi bộ hoàn thành nhiệm vụ.",
            [],
        ),
        (
            "Năm 2014, Đảng bộ có 11 chi bộ, có 6 chi bộ đạt trong sạch vững mạnh, 4 chi bộ hoàn thành tốt nhiệm "
            "vụ, 2 chi bộ hoàn thành nhiệm vụ.",
            [("sum", "error")],
        ),
        # no year: which scale is unsaid (since 2017 the title is given on top of the classes and may
        # overlap them), so the parts are subsets, not summed (a review found false warnings)
        (
            "Đảng bộ có 11 chi bộ, có 6 chi bộ đạt trong sạch vững mạnh, 4 chi bộ hoàn thành tốt nhiệm vụ, "
            "2 chi bộ hoàn thành nhiệm vụ.",
            [],
        ),
        (
            "Năm 2019, có 45 tổ chức cơ sở đảng được xếp loại: 25 tổ chức trong sạch vững mạnh, 30 tổ chức hoàn "
            "thành tốt nhiệm vụ, 5 tổ chức hoàn thành nhiệm vụ.",
            [],
        ),
        # 2019: a title given on top of the new scale's classes, no part of their sum
        (
            "Toàn Đảng bộ có 50 TCCS đảng. Năm 2019, có 42 TCCS đảng hoàn thành tốt nhiệm vụ, 8 TCCS đảng hoàn "
            "thành nhiệm vụ; có 12 TCCS đảng được công nhận đạt trong sạch vững mạnh.",
            [],
        ),
        (
            "Đảng bộ huyện hiện có 41 tổ chức cơ sở Đảng. Qua đánh giá năm 2015 có 24 tổ chức cơ sở Đảng đạt trong "
            "sạch vững mạnh. Có 15 tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ và 22 tổ chức cơ sở đảng hoàn thành "
            "nhiệm vụ.",
            [("sum", "warning")],
        ),
        # a title on top of the 2017 scale's best class stays a subset of it
        (
            "Đảng ủy có 7 chi bộ. Năm 2019, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (trong đó có 3 chi bộ đạt trong "
            "sạch vững mạnh), 02 chi bộ hoàn thành tốt nhiệm vụ.",
            [],
        ),
    ],
)
def test_regression_the_2012_scale_of_organisations(tmp_path: Path, text: str, found: list[tuple[str, str]]) -> None:
    """``trong sạch vững mạnh`` with ``hoàn thành tốt nhiệm vụ`` and ``hoàn thành nhiệm vụ`` is the
    scale organisations were rated on from 2012 to 2016: the classes partition their total (they
    were read as two scales, and a list over both was left unsummed)."""
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("higher", "found"),
    [
        ("20 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ", []),
        ("20 tổ chức cơ sở đảng đạt trong sạch vững mạnh", []),
        ("45 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ", [("subset", "warning")]),
    ],
)
def test_regression_a_class_and_above_is_no_class_of_a_partition(
    tmp_path: Path, higher: str, found: list[tuple[str, str]]
) -> None:
    """``30 … hoàn thành tốt nhiệm vụ trở lên, 20 … hoàn thành xuất sắc nhiệm vụ``: the 20 are inside
    the 30 (a false ``error``: the parts were summed against the 40); each is a subset of the total."""
    text = (
        f"Năm 2018, toàn Đảng bộ có 40 tổ chức cơ sở đảng, trong đó 30 tổ chức cơ sở đảng hoàn thành tốt nhiệm "
        f"vụ trở lên, {higher}."
    )
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level over the earlier one may pass 100 %: no granularity warning on a true one
        ("Số lao động là 9.414 lao động, bằng 100,33% so với cùng kỳ (tháng 01 năm 2019 là 9.383 lao động).", []),
        ("Xảy ra 55 vụ tai nạn giao thông, bằng 110% so với cùng kỳ (50 vụ).", []),
        # below 100 % too ("bằng" is no change: the bracket is the earlier level)
        ("Xảy ra 45 vụ tai nạn giao thông, bằng 90% so với cùng kỳ (50 vụ).", []),
        ("Xảy ra 45 vụ tai nạn giao thông, bằng 95% so với cùng kỳ (50 vụ).", [("percent", "warning")]),
        # "với" inside a part's own words, or joining a last part of the same kind, cuts nothing
        ("Đảng bộ có 12 chi bộ (6 chi bộ thôn, 2 chi bộ kết nghĩa với đơn vị bộ đội, 4 chi bộ cơ quan).", []),
        (
            "Tổ chức 20 cuộc tuyên truyền (8 cuộc tại trường học, 5 cuộc phối hợp với Đoàn Thanh niên, 7 cuộc "
            "tại thôn bản).",
            [],
        ),
        ("Toàn tỉnh có 108 xã (96 xã, 7 phường với 5 thị trấn).", []),
        # "trở lên" after another number is no class's ("liên tục 3 năm trở lên"): the list still sums
        (
            "Đảng bộ có 120 đảng viên, trong đó 10 đảng viên hoàn thành xuất sắc nhiệm vụ, 90 hoàn thành tốt nhiệm "
            "vụ liên tục 3 năm trở lên, 8 hoàn thành nhiệm vụ, 1 không hoàn thành nhiệm vụ.",
            [("sum", "error")],
        ),
    ],
)
def test_regression_review_of_this_sessions_rules(tmp_path: Path, text: str, found: list[tuple[str, str]]) -> None:
    """False warnings and misses a probe review found in this session's rules, fixed."""
    findings = [f for f in read_snippet(tmp_path, text)[1] if f.rule in ("sum", "subset", "percent", "granularity")]
    if not found:  # text that holds: not even a granularity warning
        assert findings == []
    else:  # a wrong number: the expected findings (a granularity warning may come with a wrong share)
        assert sorted((f.rule, f.severity) for f in findings if f.rule != "granularity") == found


def test_regression_a_share_with_its_own_count_after_it_is_no_share_of_the_count_before(tmp_path: Path) -> None:
    """``Tổng số 500 đảng viên, … chiếm 15%, tương đương 75 đảng viên; … 70%, tương đương 350``: the
    15 % is the 75's, not the 500's (a false warning read the 500 as its count)."""
    text = (
        "Tổng số 500 đảng viên, xếp loại hoàn thành xuất sắc nhiệm vụ chiếm 15%, tương đương 75 đảng viên; hoàn "
        "thành tốt nhiệm vụ chiếm 70%, tương đương 350 đảng viên."
    )
    assert _found(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Năm 2016, 45 tổ chức cơ sở đảng: 30 tổ chức trong sạch vững mạnh (trong đó 8 tổ chức trong sạch vững "
            "mạnh tiêu biểu), 12 tổ chức hoàn thành tốt nhiệm vụ, 3 tổ chức hoàn thành nhiệm vụ.",
            [],
        ),
        (
            "Năm 2022, 312 đảng viên được đánh giá: 45 đảng viên hoàn thành xuất sắc nhiệm vụ, 250 đảng viên hoàn "
            "thành tốt nhiệm vụ (có 30 đảng viên được khen thưởng), 15 đảng viên hoàn thành nhiệm vụ, 2 đảng viên "
            "không hoàn thành nhiệm vụ.",
            [],
        ),
        (
            "Năm 2022, 312 đảng viên được đánh giá: 45 đảng viên hoàn thành xuất sắc nhiệm vụ, 250 đảng viên hoàn "
            "thành tốt nhiệm vụ (có 30 đảng viên được khen thưởng), 15 đảng viên hoàn thành nhiệm vụ, 3 đảng viên "
            "không hoàn thành nhiệm vụ.",
            [("sum", "error")],
        ),
    ],
)
def test_regression_an_aside_in_brackets_inside_a_list_of_ratings(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    """A bracket inside a rated list is a part's aside: its figure is neither a part (``(trong đó 8 …
    tiêu biểu)`` was summed) nor the total of the parts after it (``(có 30 …)`` was; both false
    warnings before)."""
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(("last", "found"), [("5", []), ("6", [("sum", "error")])])
def test_regression_a_part_singled_out_of_a_rated_part_inside_the_list(
    tmp_path: Path, last: str, found: list[tuple[str, str]]
) -> None:
    """``200 … hoàn thành tốt nhiệm vụ, trong đó có 20 đồng chí …, 45 … hoàn thành nhiệm vụ, 5 …``:
    the 20 is the 200's aside; the list of classes goes on (it was cut there, and the 20 read as
    the total of 45 + 5: two false warnings)."""
    text = (
        "Tổng số 300 đảng viên được đánh giá: 50 đảng viên hoàn thành xuất sắc nhiệm vụ, 200 đảng viên hoàn "
        "thành tốt nhiệm vụ, trong đó có 20 đồng chí từ 60 tuổi trở lên, 45 đảng viên hoàn thành nhiệm vụ, "
        f"{last} đảng viên không hoàn thành nhiệm vụ."
    )
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Đảng bộ có 28 chi bộ trực thuộc. Qua đánh giá, có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 15 chi bộ hoàn "
            "thành tốt nhiệm vụ, 5 chi bộ hoàn thành nhiệm vụ.",
            [],
        ),
        (
            "Đảng bộ có 28 chi bộ trực thuộc. Qua đánh giá, có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 15 chi bộ hoàn "
            "thành tốt nhiệm vụ, 6 chi bộ hoàn thành nhiệm vụ.",
            [("sum", "warning")],
        ),
        # not a total of other units: đảng bộ cơ sở are no chi bộ
        (
            "Đảng bộ có 20 đảng bộ cơ sở. Qua đánh giá, có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 15 chi bộ hoàn thành "
            "tốt nhiệm vụ.",
            [],
        ),
    ],
)
def test_regression_ratings_of_cells_named_by_the_bare_noun(
    tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    """``28 chi bộ trực thuộc. … 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 15 chi bộ …``: the rated cells
    are the 28 named short (no total was read)."""
    assert _found(tmp_path, text) == found
