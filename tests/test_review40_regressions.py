"""Regressions found by a review of the session's rules with new probes (review 40): each case
a rule of the session got wrong before it was mended."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet, shares


@pytest.mark.parametrize(
    "text",
    [
        # a bare "trong N …" after an opening comma: the part counts another thing (W05, W34, W26, W30, W31)
        "Cụ thể, trong 3 cuộc thanh tra, phát hiện 12 sai phạm về quản lý tài chính.",
        "Theo đó, trong 6 cuộc giám sát, Thường trực HĐND đã đưa ra 25 kiến nghị.",
        "Cụ thể, trong 4 đợt, đã kết nạp 35 đảng viên.",
        "Tính chung, trong 6 kỳ họp, HĐND huyện đã ban hành 45 nghị quyết.",
        "Cụ thể, trong 3 vụ án, có 12 bị cáo bị xét xử.",
        # a change before "trong tổng số" is no part of it (O20)
        "Năm 2024 đã giải quyết 40 đơn, tăng 12 đơn trong tổng số 52 đơn thuộc thẩm quyền.",
    ],
)
def test_regression_no_part_of_another_count(tmp_path: Path, text: str) -> None:
    facts, findings = read_snippet(tmp_path, text)
    assert [r for r in facts.relations if r.kind == "subset_of"] == []
    assert [a for a in alarms(findings) if a[0] == "subset"] == []


def test_regression_classes_that_make_the_stated_total_keep_their_shares_on_it(tmp_path: Path) -> None:
    """S04bad: ``128 đảng viên … 40 … 35,1%; 71 … 62,3%; 17 …``: the two shares agree on 114, but
    the three classes make the 128, so the shares are of it and wrong (40/128 = 31,25 %)."""
    facts, findings = read_snippet(
        tmp_path,
        "Đảng bộ có 128 đảng viên. Qua đánh giá, có 40 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 35,1%; 71 đồng "
        "chí hoàn thành tốt nhiệm vụ, chiếm 62,3%; 17 đồng chí hoàn thành nhiệm vụ.",
    )
    assert {base for _, _, base in shares(facts)} == {128.0}
    assert ("percent", "warning") in alarms(findings)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (  # D06: another body's decision of that number
            "Thực hiện Quyết định số 25/2021/QĐ-UBND ngày 3/5/2021 của UBND tỉnh; Quyết định số 25/QĐ-UBND của "
            "UBND huyện Tân Phú.",
            ["25/2021/QĐ-UBND", "25/QĐ-UBND"],
        ),
        (  # D03: a resolution about something else
            "Nghị quyết số 11/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh về phân cấp nguồn thu; Nghị quyết số "
            "11/NQ-HĐND của HĐND tỉnh về kế hoạch đầu tư công năm 2022.",
            ["11/2021/NQ-HĐND", "11/NQ-HĐND"],
        ),
    ],
)
def test_regression_a_short_state_number_of_another_body_or_subject_stays_apart(
    tmp_path: Path, text: str, keys
) -> None:
    facts, _ = read_snippet(tmp_path, text)
    assert [c.key for c in facts.citations if c.kind == "citation"] == keys
