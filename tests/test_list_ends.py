"""What a list under a cue holds, and which whole a share names: the members delegates stand for
are no part, a whole named with what it underwent is not a stock, an amount over a smaller
planned one is no subset of it; and, after a review, parts after a semicolon that open with a
predicate stay in the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import alarms, read_snippet

HOLDS = [
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


HOLDS += [
    # those the delegates stand for are skipped, the guests after them are a part
    pytest.param(
        "Đại hội Đoàn xã có 210 đại biểu, trong đó 160 đại biểu chính thức, đại diện cho hơn 5.600 đoàn viên, 50 "
        "đại biểu khách mời.",
        id="guests-after-those-stood-for",
    ),
    # a part after a semicolon that opens with a predicate is the next class
    pytest.param(
        "Kỷ luật 15 đảng viên, trong đó khiển trách 8, cảnh cáo 4, cách chức 1; đã khai trừ 2 đảng viên.",
        id="the-last-form-with-a-predicate",
    ),
]


@pytest.mark.parametrize("text", HOLDS)
def test_no_alarm(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert alarms(findings) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # parts that open with a predicate themselves go on across the semicolon
        pytest.param("Tiếp nhận 60 đơn, trong đó đã giải quyết 50 đơn; đang giải quyết 15 đơn.", "sum", id="flow-list"),
        pytest.param(
            "Tiếp nhận 61 đơn, trong đó giải quyết xong 52 đơn; chưa giải quyết 10 đơn.", "sum", id="not-yet-settled"
        ),
        # attendees representing households are a part
        pytest.param(
            "Buổi đối thoại có 150 người tham dự, gồm 20 cán bộ của huyện, xã và đại diện 140 hộ gia đình.",
            "sum",
            id="representatives-of-households",
        ),
        # the whole received, written with its action
        pytest.param(
            "Trong năm đã tiếp nhận 1.500 hồ sơ; giải quyết đúng hạn 1.440 hồ sơ, đạt 98% số hồ sơ đã được tiếp nhận.",
            "percent",
            id="share-of-those-received",
        ),
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
    assert rule in [r for r, _ in alarms(findings)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thu tiền sử dụng đất 45,8 tỷ đồng/40 tỷ đồng.", id="land-use-revenue"),
        pytest.param("Huy động vốn tại địa phương 2.450 tỷ đồng/2.300 tỷ đồng.", id="capital-mobilised"),
        pytest.param(
            "Thu ngân sách trên địa bàn huyện đạt 36 tỷ đồng/33 tỷ đồng; huy động vốn đầu tư đạt kế hoạch.",
            id="impl-046-achieved",
        ),
    ],
)
def test_an_amount_over_a_smaller_planned_one_is_no_subset(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert alarms(findings) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kết quả thu hồi tiền, tài sản bị chiếm đoạt, thất thoát trong các vụ án tham nhũng đạt 58,2 tỷ đồng/52,4 "
            "tỷ đồng.",
            id="recovered-then-achieved",
        ),
        pytest.param("Truy thu tiền sử dụng đất 3,2 tỷ đồng/2,8 tỷ đồng phải nộp.", id="owed-after-the-pair"),
        pytest.param("Thu nộp ngân sách nhà nước 1,8 tỷ đồng/1,5 tỷ đồng.", id="paid-into-the-budget"),
    ],
)
def test_an_amount_recovered_above_what_was_owed_is_flagged(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert ("subset", "warning") in [(f.rule, f.severity) for f in findings]


def test_an_amount_recovered_over_a_smaller_one_is_flagged(tmp_path: Path) -> None:
    # inside the bracket, "đạt thấp" before it is no achievement of the amount
    _, findings = read_snippet(
        tmp_path,
        "Tỷ lệ thu hồi tiền, tài sản các vụ án tham nhũng, kinh tế đạt thấp (án tham nhũng mới thu hơn 44 tỷ "
        "đồng/40,5 tỷ đồng; án hình sự về kinh tế thu hơn 6,4 tỷ đồng/32 tỷ đồng).",
    )
    assert ("subset", "warning") in [(f.rule, f.severity) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        # one kind named after its number, then what was done: a statement of its own
        pytest.param(
            "Năm 2023, Thanh tra huyện triển khai 18 cuộc thanh tra, trong đó có 4 cuộc chuyển tiếp từ năm 2022; "
            "đã kết thúc 15 cuộc, ban hành kết luận 13 cuộc.",
            id="carried-over-then-concluded",
        ),
        pytest.param(
            "Năm 2023, tiếp nhận và xử lý 74 đơn, trong đó 68 đơn thuộc thẩm quyền; và đã giải quyết 65 đơn, "
            "đạt 95,6%.",
            id="within-remit-then-settled",
        ),
        pytest.param(
            "Công an huyện phát hiện 46 vụ vi phạm về ma túy, trong đó 38 vụ tàng trữ trái phép; bị xử lý hình sự "
            "31 vụ.",
            id="kind-then-prosecuted",
        ),
    ],
)
def test_a_kind_then_what_was_done_is_no_list(tmp_path: Path, text: str) -> None:
    _, findings = read_snippet(tmp_path, text)
    assert alarms(findings) == []


def test_two_ways_handled_stay_one_list(tmp_path: Path) -> None:
    # a part named by what was done to it: the clause after it is the next way
    _, findings = read_snippet(tmp_path, "Xử lý 90 vụ, trong đó xử phạt 72 vụ; đã chuyển cơ quan điều tra 28 vụ.")
    assert ("sum", "warning") in [(f.rule, f.severity) for f in findings]


def test_what_was_done_after_a_kind_is_held_to_the_total(tmp_path: Path) -> None:
    # the count cut from the list is still some of the total: no more than it
    _, findings = read_snippet(
        tmp_path,
        "Năm 2023, Thanh tra huyện triển khai 18 cuộc thanh tra hành chính, trong đó có 4 cuộc chuyển tiếp từ năm "
        "2022; đã kết thúc 21 cuộc, ban hành kết luận 13 cuộc.",
    )
    assert ("subset", "warning") in [(f.rule, f.severity) for f in findings]
