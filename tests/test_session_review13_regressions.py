"""Regressions found by a review of the rules added with rounds 12 and 13 (sole issuers,
letters within competence, ratings after a count's noun, averages, scale levels, age bands,
bullet dots, delegates as persons): each sentence gave a false finding, a missed
inconsistency, a wrong key or a wrong category, and must not again."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.directives import find_in_text
from extractor.text.values import find_quantities
from tests.snippets import read_snippet


def _flagged(tmp_path: Path, body: str, rules: tuple[str, ...] = ("sum", "subset", "percent")) -> list[str]:
    _, findings = read_snippet(tmp_path, body)
    return [f.rule for f in findings if f.severity in ("error", "warning") and f.rule in rules]


CAUGHT = [
    # age bands are one partition: a wrong breakdown by age is a sum finding
    pytest.param("Tổng số 540 đảng viên, trong đó dưới 30 tuổi 125, từ 31 đến 50 tuổi 310, trên 50 tuổi 95.", id="age"),
    pytest.param(
        "Toàn huyện có 230 người, trong đó dưới 30 tuổi 45 người, từ 30 đến dưới 45 tuổi 110 người, từ 45 tuổi trở "
        "lên 65 người.",
        id="age-persons",
    ),
    # a named kind of person within delegates is an attribute of them, still a part of the list
    pytest.param(
        "Tổng số 45 đại biểu HĐND huyện khóa mới, trong đó 12 đại biểu nữ, 50 đại biểu là đảng viên, 5 đại biểu trẻ.",
        id="delegates-members",
    ),
    # what is left pending is the rest of the received, whatever was handled on time
    pytest.param(
        "Tiếp nhận 100 đơn, đã giải quyết 90 đơn, trong đó đúng hạn 90 đơn; còn lại 20 đơn chưa giải quyết.",
        id="pending-rest",
    ),
    # a yearly average of a sum breaks down like the sum
    pytest.param(
        "Tổng thu ngân sách bình quân hằng năm đạt 1.250 tỷ đồng, trong đó thu nội địa 1.100 tỷ đồng, thu xuất "
        "nhập khẩu 250 tỷ đồng.",
        id="average-sum",
    ),
    # classes of study counted with conferences are parts of the count
    pytest.param(
        "Tổ chức 120 hội nghị, lớp học tập, quán triệt Nghị quyết, trong đó cấp tỉnh 5 hội nghị, cấp huyện 35 hội "
        "nghị, cấp cơ sở 90 lớp.",
        id="conferences-and-classes",
    ),
    # a stray space before a full stop, a label with a comma after it
    pytest.param(
        "Toàn Đảng bộ có 40 chi bộ . Kết quả đánh giá, xếp loại năm 2023: 30 chi bộ hoàn thành tốt nhiệm vụ, 8 chi "
        "bộ hoàn thành nhiệm vụ, 3 chi bộ không hoàn thành nhiệm vụ.",
        id="stray-space-label",
    ),
]


@pytest.mark.parametrize("body", CAUGHT)
def test_an_inconsistency_is_caught(tmp_path: Path, body: str) -> None:
    assert _flagged(tmp_path, body)


HOLDS = [
    # letters outside the body's competence are not what it handles
    pytest.param(
        "Trong năm nhận được 150 đơn; đã hướng dẫn, chuyển 55 đơn không thuộc thẩm quyền đến cơ quan có thẩm quyền; "
        "đã giải quyết 90 đơn.",
        id="khong-thuoc-tham-quyen",
    ),
    # a score's breakdown has no total, not the figure before it
    pytest.param(
        "Kết quả tự đánh giá 5 tiêu chuẩn: điểm trung bình là 3.60, trong đó 0 tiêu chí mức 1; 01 tiêu chí mức 2; "
        "06 tiêu chí mức 3; 03 tiêu chí mức 4.",
        id="score-list",
    ),
    pytest.param(
        "Tổ chức 120 hội nghị, lớp học tập, quán triệt Nghị quyết, trong đó cấp tỉnh 5 hội nghị, cấp huyện 35 hội "
        "nghị, cấp cơ sở 80 lớp.",
        id="conferences-and-classes-hold",
    ),
    # visits of delegations are visits
    pytest.param(
        "Tổng số lượt tiếp là 320 lượt, trong đó tiếp thường xuyên 250 lượt, tiếp định kỳ 58 lượt, 12 lượt đoàn "
        "đông người.",
        id="visits-of-delegations",
    ),
]


@pytest.mark.parametrize("body", HOLDS)
def test_text_that_holds_has_no_finding(tmp_path: Path, body: str) -> None:
    assert _flagged(tmp_path, body) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Tăng trưởng tín dụng ở mức 5 - 6%.", ["5", "6"]),
        ("Hỗ trợ mức 3-5 triệu đồng/hộ", ["3", "5"]),
        ("tăng mức 2 - 3 lần so với trước", ["2", "3"]),
        ("cụm thi đua 5 huyện miền núi có 12 xã", ["5", "12"]),
    ],
)
def test_figures_kept(text: str, figures: list[str]) -> None:
    assert [text[q.number_start : q.number_end] for q in find_quantities(text)] == figures


def test_a_decree_of_another_body_is_not_the_governments() -> None:
    assert [c.key for c in find_in_text("theo Nghị định số 30 của Hội đồng Bộ trưởng về quản lý")] != ["30/NĐ-CP"]


@pytest.mark.parametrize(
    ("body", "raw", "category"),
    [
        # an action followed by several forms counts them together
        (
            "Năm 2023, có 12 trường hợp bị kỷ luật khiển trách, cảnh cáo; 3 trường hợp bị khai trừ.",
            "12",
            "action.ky_luat",
        ),
        # "trung bình là" is a rating in a list of ratings
        ("Xếp loại năm 2023: khá 25 chi hội, trung bình là 5 chi hội, yếu là 2 chi hội.", "5", "rating.trung_binh"),
        # a stray space before a full stop gives the count before it no category of the next sentence
        ("Đảng bộ có 1.200 đảng viên . Trong năm: kết nạp 45 đảng viên mới.", "1.200", None),
    ],
)
def test_category(tmp_path: Path, body: str, raw: str, category: str | None) -> None:
    facts, _ = read_snippet(tmp_path, body)
    assert [f.category for f in facts.figures if f.raw == raw] == [category]
