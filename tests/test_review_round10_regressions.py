"""Faults a review found in the rules of the session that gathered rounds 9 and 10, each with
the sentence that showed it (written by the reviewer, not from any report): text whose
figures hold gets no warning or error, and a real inconsistency is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

HOLDING = [
    # a ratio of all communes is no achieved-over-planned; a share of plan of another subject
    pytest.param("Đến nay, toàn tỉnh có 98/125 xã đạt chuẩn nông thôn mới, đạt 104% kế hoạch năm.", id="ratio-of-all"),
    pytest.param(
        "Năm 2023, tỉnh hoàn thành 15/19 chỉ tiêu chủ yếu, trong đó thu ngân sách nhà nước trên địa bàn đạt 108% "
        "dự toán.",
        id="share-of-another-subject",
    ),
    # a later stage's verb after a semicolon is no class of the letters received
    pytest.param(
        "Trong năm, tiếp nhận 420 đơn, trong đó đơn đủ điều kiện xử lý 350 đơn; đã xử lý xong 330 đơn.",
        id="later-stage-verb",
    ),
    # a change after parts that already make the total is the total's
    pytest.param(
        "Toàn Đảng bộ có 12.450 đảng viên, trong đó 12.020 đảng viên chính thức, 430 đảng viên dự bị, tăng 215 "
        "đảng viên so với năm 2022, 6.120 đảng viên đang công tác tại xã, phường.",
        id="change-after-complete-partition",
    ),
    # "Đồng thời" with an earlier period's recovery, or after a remainder of its own
    pytest.param(
        "Qua thanh tra phát hiện sai phạm về kinh tế 12,4 tỷ đồng, kiến nghị thu hồi về ngân sách nhà nước 8,6 tỷ "
        "đồng, kiến nghị xử lý khác 3,8 tỷ đồng. Đồng thời, đôn đốc thu hồi được 9,1 tỷ đồng theo các kết luận "
        "thanh tra từ những năm trước.",
        id="dong-thoi-earlier-period",
    ),
    pytest.param(
        "Qua thanh tra phát hiện sai phạm về kinh tế 12,4 tỷ đồng, kiến nghị thu hồi về ngân sách nhà nước 8,6 tỷ "
        "đồng, kiến nghị xử lý khác 3,8 tỷ đồng. Đồng thời, kiến nghị xuất toán 1,5 tỷ đồng chi sai chế độ.",
        id="dong-thoi-after-a-remainder",
    ),
    # a bracket naming some of the places, not all
    pytest.param(
        "Năm 2023, toàn tỉnh có 2.150 lao động đi làm việc ở nước ngoài tại 12 quốc gia và vùng lãnh thổ, nhiều "
        "nhất là 3 thị trường (Nhật Bản 980 lao động, Hàn Quốc 420 lao động, Đài Loan 380 lao động).",
        id="some-of-the-places",
    ),
    pytest.param(
        "Toàn tỉnh còn 1.250 hộ nghèo tại 8 huyện, tập trung chủ yếu ở 3 huyện miền núi (Mường Lát 320 hộ, Quan "
        "Sơn 210 hộ, Bá Thước 180 hộ).",
        id="mostly-in-three",
    ),
    # older faults the review found: a statement after parts that already make their total
    pytest.param(
        "Năm 2023 tiếp nhận 420 đơn, trong đó 310 đơn thuộc thẩm quyền giải quyết, 110 đơn không thuộc thẩm quyền; "
        "đã giải quyết 290 đơn.",
        id="statement-after-a-complete-list",
    ),
    pytest.param(
        "Chi bộ có 214 đảng viên, trong đó đảng viên chính thức 200 đồng chí, đảng viên dự bị 14 đồng chí, có 20 "
        "đồng chí được miễn sinh hoạt.",
        id="co-after-a-complete-list",
    ),
    # a bracket after another bracket's figure
    pytest.param(
        "Đã kỷ luật 15 đảng viên, gồm: khiển trách (3 đồng chí), cảnh cáo (9 đồng chí), cách chức (3 đồng chí).",
        id="chain-of-brackets",
    ),
]


@pytest.mark.parametrize("text", HOLDING)
def test_regression_review_holding_text_gets_no_flag(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == []


WRONG = [
    # a generic person noun after an unknown one is still a part
    pytest.param(
        "Đại hội triệu tập 300 đại biểu, trong đó 282 đại biểu được bầu từ đại hội cấp dưới, 28 đồng chí là đại "
        "biểu đương nhiên.",
        "sum",
        id="generic-person-part",
    ),
    # a form named with "là" before its count opens the list
    pytest.param(
        "Kỷ luật 15 đảng viên bằng hình thức khiển trách là 8 đồng chí, cảnh cáo là 5 đồng chí, cách chức là 3 "
        "đồng chí.",
        "sum",
        id="form-la-count",
    ),
    # the review's own share of plan, measured by its ratio, mistyped
    pytest.param(
        "Trong nhiệm kỳ, chi bộ hoàn thành 8/9 chỉ tiêu, đạt 95% kế hoạch đề ra.", "percent", id="ratio-share"
    ),
    # a further part after a prefix that happens to make the total is still a part
    pytest.param(
        "Toàn huyện có 12 đơn vị bầu cử, trong đó có 9 đơn vị bầu cử được bầu 3 đại biểu, 1 đơn vị bầu cử được bầu "
        "4 đại biểu.",
        "sum",
        id="prefix-makes-the-total-by-chance",
    ),
]


@pytest.mark.parametrize(("text", "rule"), WRONG)
def test_regression_review_a_real_inconsistency_is_flagged(tmp_path: Path, text: str, rule: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert rule in [f.rule for f in findings if f.severity in ("error", "warning")]
