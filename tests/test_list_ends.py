"""Where a list under a cue ends, and which whole a share names: a clause after a semicolon that
opens with a predicate, the members delegates stand for, a whole named with what it underwent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

HOLDS = [
    pytest.param(
        "Triển khai 24 cuộc thanh tra, trong đó có 6 cuộc chuyển từ năm 2022 sang; đã kết thúc 20 cuộc, ban hành kết "
        "luận 18 cuộc.",
        id="predicate-after-a-semicolon",
    ),
    pytest.param(
        "Kết quả xử lý, tham gia tổ chức cưỡng chế 05 công trình vi phạm; đã có 17 công trình tự khắc phục; xử lý "
        "bằng hình thức khác 11 công trình vi phạm; đang tiếp tục giải quyết 33 công trình vi phạm khác.",
        id="insp-143-still-being-settled",
    ),
    pytest.param(
        "Đại hội có 150 đại biểu, trong đó 120 đại biểu chính thức, đại diện cho 130 đảng viên ưu tú được bầu từ các "
        "chi bộ.",
        id="those-the-delegates-stand-for",
    ),
    pytest.param(
        "Toàn tỉnh có 44.482 đảng viên. Trong năm, 3.303 đảng viên được tặng Huy hiệu Đảng, chiếm 7,42% số đảng viên "
        "được xét tặng.",
        id="share-of-those-considered",
    ),
]


@pytest.mark.parametrize("text", HOLDS)
def test_no_alarm(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # parts that open with a predicate themselves go on across the semicolon
        pytest.param("Tiếp nhận 60 đơn, trong đó đã giải quyết 50 đơn; đang giải quyết 15 đơn.", "sum", id="flow-list"),
        # the whole considered written with its action is the base
        pytest.param(
            "Trong năm đã xét tặng Huy hiệu Đảng cho 3.400 đảng viên; có 3.303 đảng viên được tặng Huy hiệu Đảng, "
            "chiếm 95,15% số đảng viên được xét tặng.",
            "percent",
            id="share-of-those-considered-stated",
        ),
        # an unnamed whole: the stock is the base
        pytest.param(
            "Toàn tỉnh có 44.482 đảng viên; 3.303 đảng viên được tặng Huy hiệu Đảng, chiếm 8,43% tổng số đảng viên.",
            "percent",
            id="share-of-the-stock",
        ),
    ],
)
def test_still_flagged(tmp_path: Path, text: str, rule: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert rule in [f.rule for f in findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thu tiền sử dụng đất 45,8 tỷ đồng/40 tỷ đồng.", id="land-use-revenue"),
        pytest.param(
            "Thu ngân sách trên địa bàn huyện đạt 36 tỷ đồng/33 tỷ đồng; huy động vốn đầu tư đạt kế hoạch.",
            id="impl-046-achieved",
        ),
    ],
)
def test_an_amount_over_a_smaller_planned_one_is_no_subset(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert [(f.rule, f.severity) for f in findings if f.severity in ("error", "warning")] == []


def test_an_amount_recovered_over_a_smaller_one_is_flagged(tmp_path: Path) -> None:
    # inside the bracket, "đạt thấp" before it is no achievement of the amount
    _, findings = read_snippet(
        tmp_path,
        "Tỷ lệ thu hồi tiền, tài sản các vụ án tham nhũng, kinh tế đạt thấp (án tham nhũng mới thu hơn 44 tỷ "
        "đồng/40,5 tỷ đồng; án hình sự về kinh tế thu hơn 6,4 tỷ đồng/32 tỷ đồng).",
    )
    assert ("subset", "warning") in [(f.rule, f.severity) for f in findings]
