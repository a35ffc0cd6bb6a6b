"""Regressions a review of this session's rules found in its own changes, one test each
(the list-item ones are in ``tests/test_bulleted_items.py``, the ratio ones in
``tests/test_ratio_parts.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet


def _sums(tmp_path: Path, body: str) -> tuple[list[tuple[str, str, float, list[float]]], list[tuple[str, str]]]:
    facts, found = read_snippet(tmp_path, body)
    value = {f.id: f.value for f in facts.figures}
    relations = sorted(
        (r.kind, r.certainty, value[r.members["total"]], sorted(value[p] for p in r.members["parts"]))
        for r in facts.relations
        if r.kind in ("total_parts", "subset_of")
    )
    return relations, sorted((f.rule, f.severity) for f in found if f.rule in ("sum", "subset"))


@pytest.mark.parametrize(
    ("body", "relation", "findings"),
    [
        # a label that repeats the total's noun before the class ("đại biểu nam: …") names the class
        (
            "Đại hội có 200 đại biểu chính thức, trong đó: đại biểu nam: 130 đồng chí; đại biểu nữ: 70 đồng chí.",
            ("total_parts", "exhaustive", 200.0, [70.0, 130.0]),
            [],
        ),
        (
            "Hội có 215 hội viên, trong đó: hội viên nam: 190 người; hội viên nữ: 30 người.",
            ("total_parts", "exhaustive", 215.0, [30.0, 190.0]),
            [("sum", "error")],
        ),
        # age bands written before a colon, "từ 18 đến 30 tuổi: 25 đồng chí", are bands, not numbers
        (
            "Tổng số 120 đảng viên, trong đó: từ 18 đến 30 tuổi: 25 đồng chí; từ 31 đến 60 tuổi: 70 đồng chí; "
            "trên 60 tuổi: 25 đồng chí.",
            ("total_parts", "plausible", 120.0, [25.0, 25.0, 70.0]),
            [],
        ),
    ],
    ids=["delegates-by-sex", "members-by-sex-wrong", "age-bands-with-colons"],
)
def test_regression_labels_before_colons(tmp_path: Path, body: str, relation: tuple, findings: list) -> None:
    relations, found = _sums(tmp_path, body)
    assert relation in relations
    assert found == findings


@pytest.mark.parametrize(
    ("body", "findings"),
    [
        # the change written before the two levels it steps between
        ("Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,24%.", []),
        ("Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,64%.", [("identity", "error")]),
        ("Số đảng viên tăng 12 đồng chí, từ 84 lên 96 đồng chí.", []),
        # a rate's change in per cent of itself (17,83 × (1 − 0,145) = 15,24) is no inconsistency
        ("Tỷ lệ hộ nghèo giảm 14,5% so với năm 2016, từ 17,83% xuống còn 15,24%.", []),
        ("Tỷ lệ hộ nghèo giảm từ 17,83% xuống còn 15,24%, giảm 14,5%.", []),
        # a stock, an addition and the level it was raised to: some may have left, so a warning
        ("Năm 2023, chi bộ có 25 đảng viên, kết nạp thêm 3 đảng viên, nâng tổng số đảng viên lên 28 đồng chí.", []),
        (
            "Từ 9 đảng viên ban đầu, chi bộ đã phát triển thêm được 35 đảng viên, nâng tổng số đảng viên lên 46 người.",
            [("identity", "warning")],
        ),
    ],
    ids=["change-first", "change-first-wrong", "counts", "relative-first", "relative-after", "raised", "raised-wrong"],
)
def test_changes_between_two_levels(tmp_path: Path, body: str, findings: list) -> None:
    facts, found = read_snippet(tmp_path, body)
    assert [r for r in facts.relations if r.kind == "change"]
    assert sorted((f.rule, f.severity) for f in found if f.rule == "identity") == findings


@pytest.mark.parametrize(
    "body",
    [
        # a date before a share stays a date (a second review: false errors)
        "Giải ngân vốn đầu tư công tính đến 05/11 (đạt 72,5%).",
        "Tỷ lệ tiêm vắc xin phòng Covid-19 mũi 3 tính đến 01/3 (85%).",
        "Số thuê bao internet băng rộng cố định đến 06/12, chiếm 45% số hộ.",
        # "N trong M" that is a product, a grade or occasions
        "Tỷ lệ tiêm vắc xin 5 trong 1 đạt 97,5%.",
        "Tỷ lệ hồ sơ liên thông 3 trong 1 giải quyết đúng hạn đạt 98,6%.",
        "Thi thử tốt nghiệp cho học sinh khối 12 trong 5 trường trên địa bàn.",
        "Tổng số lượt công dân được tiếp là 45 trong 12 buổi tiếp định kỳ.",
        # a rate each of the units reached, not their share
        "Có 34 trong 45 xã, phường đạt tỷ lệ 100% cử tri đi bầu cử.",
        "Toàn huyện có 7 trong 9 trường đạt tỷ lệ 100% học sinh tốt nghiệp.",
        # forms of discipline after a count that is proposed, of last year, a part, or scoped
        "Đề nghị thi hành kỷ luật 30 đảng viên. Đã thi hành kỷ luật: khiển trách 15 đồng chí, cảnh cáo 8 đồng chí, "
        "cách chức 2 đồng chí, khai trừ 1 đồng chí; 4 đồng chí đang xem xét.",
        "Cùng kỳ năm trước, thi hành kỷ luật 96 đảng viên. Năm nay, khiển trách 40 đồng chí, cảnh cáo 20 đồng chí, "
        "cách chức 3 đồng chí, khai trừ 5 đồng chí.",
        "Thi hành kỷ luật 96 đảng viên, trong đó cấp ủy cơ sở thi hành kỷ luật 70 đồng chí. Khiển trách 61 đồng chí, "
        "cảnh cáo 24 đồng chí, cách chức 3 đồng chí, khai trừ 8 đồng chí.",
        "Toàn Đảng bộ thi hành kỷ luật 96 đảng viên. Riêng Ủy ban Kiểm tra Huyện ủy: khiển trách 40 đồng chí, cảnh "
        "cáo 30 đồng chí, cách chức 5 đồng chí, khai trừ 10 đồng chí.",
        # the ones rated, some exempt: no total either way
        "Có 5.200 đảng viên thuộc diện đánh giá, xếp loại. Hoàn thành xuất sắc nhiệm vụ 800 đồng chí, hoàn thành "
        "tốt nhiệm vụ 3.900 đồng chí, hoàn thành nhiệm vụ 350 đồng chí, không hoàn thành nhiệm vụ 30 đồng chí; miễn "
        "đánh giá 120 đồng chí.",
        # a share that names another whole than the ratio's
        "Toàn tỉnh có 128/161 xã đạt chuẩn nông thôn mới, trong đó 72 xã thuộc vùng đồng bằng (chiếm 48% số xã "
        "vùng đồng bằng).",
        # where a part was is no part
        "Tổ chức 150 lớp bồi dưỡng, trong đó 90 lớp cho đảng viên mới tại 15 xã, thị trấn với 2.100 học viên; 60 "
        "lớp bồi dưỡng nghiệp vụ, 1.500 học viên.",
    ],
    ids=[
        "date-share",
        "date-share-2",
        "date-share-3",
        "vaccine",
        "one-stop",
        "grade",
        "sessions",
        "turnout",
        "graduation",
        "proposed",
        "last-year",
        "a-part",
        "scoped",
        "exempt",
        "another-whole",
        "place",
    ],
)
def test_regression_second_review_no_false_findings(tmp_path: Path, body: str) -> None:
    _, found = read_snippet(tmp_path, body)
    assert [(f.rule, f.severity, f.message_en) for f in found if f.severity in ("error", "warning")] == []


def test_regression_entries_of_a_contest_count_their_prizes(tmp_path: Path) -> None:
    relations, _ = _sums(tmp_path, "Cuộc thi có 320 bài dự thi, trong đó 25 giải.")
    assert ("subset_of", "plausible", 320.0, [25.0]) in relations


@pytest.mark.parametrize(
    ("body", "findings"),
    [
        # base organisations directly under a district committee are organisations directly under it
        (
            "Đảng bộ huyện có 42 tổ chức cơ sở đảng trực thuộc Huyện ủy (trong đó có 23 đảng bộ xã, thị trấn; 19 "
            "chi, Đảng bộ cơ quan), 389 chi bộ trực thuộc đảng ủy cơ sở.",
            [],
        ),
        (
            "Đảng bộ huyện có 41 tổ chức cơ sở đảng trực thuộc Huyện ủy (trong đó có 23 đảng bộ xã, thị trấn; 19 "
            "chi, Đảng bộ cơ quan), 389 chi bộ trực thuộc đảng ủy cơ sở.",
            [("sum", "warning")],
        ),
        # "với tổng số …" after a list is the whole's own count, no further part
        (
            "Đảng bộ tỉnh có 16 đảng bộ trực thuộc Tỉnh ủy, gồm 9 huyện, thành, thị ủy và 5 đảng bộ trực thuộc Tỉnh "
            "ủy, với tổng số 651 tổ chức cơ sở đảng.",
            [("sum", "warning")],
        ),
    ],
    ids=["tccsd-under-district", "tccsd-under-district-wrong", "voi-tong-so"],
)
def test_regression_organisations_under_a_committee(tmp_path: Path, body: str, findings: list) -> None:
    _, found = read_snippet(tmp_path, body)
    assert sorted((f.rule, f.severity) for f in found if f.rule in ("sum", "subset")) == findings


@pytest.mark.parametrize(
    ("share", "findings"),
    [("96,85", []), ("96,82", [("percent", "warning")])],
)
def test_a_plan_stated_in_the_sentence_before(tmp_path: Path, share: str, findings: list) -> None:
    """``… giao dự toán thu NSNN là 270.000 tỷ đồng. Tuy nhiên, luỹ kế số thu … đạt 261.490 tỷ
    đồng, bằng 96,82% dự toán``: the plan the share names, stated the sentence before."""
    body = (
        "Năm 2016, Cục được giao dự toán thu ngân sách nhà nước là 270.000 tỷ đồng. Tuy nhiên, luỹ kế số thu "
        f"từ đầu năm đến 25/12/2016 đạt 261.490 tỷ đồng, bằng {share}% dự toán năm 2016."
    )
    facts, found = read_snippet(tmp_path, body)
    assert [r for r in facts.relations if r.kind == "target" and r.members.get("target")]
    assert sorted((f.rule, f.severity) for f in found if f.rule == "percent") == findings


@pytest.mark.parametrize(
    ("body", "findings"),
    [
        (
            "Các cơ quan đã tiếp 89 lượt công dân. Về lĩnh vực, đất đai 66 lượt, bồi thường 04 lượt, lĩnh vực "
            "khác 19 lượt.",
            [],
        ),
        (
            "Các cơ quan đã tiếp 89 lượt/102 người đến khiếu nại, tố cáo. Nội dung về các lĩnh vực như đất đai 66 "
            "lượt, bồi thường 03 lượt, lĩnh vực khác 19 lượt.",
            [("sum", "warning")],
        ),
        # no catch-all: the list may name only some fields
        ("Các cơ quan đã tiếp 89 lượt công dân. Về lĩnh vực, đất đai 66 lượt, bồi thường 04 lượt.", []),
    ],
    ids=["holds", "one-short", "no-catch-all"],
)
def test_a_list_ending_with_the_rest_breaks_down_the_count_before(tmp_path: Path, body: str, findings: list) -> None:
    _, found = read_snippet(tmp_path, body)
    assert sorted((f.rule, f.severity) for f in found if f.rule in ("sum", "subset")) == findings
