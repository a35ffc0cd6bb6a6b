"""A rate whose label names its base with a number (``Tỷ lệ … so với 120 hồ sơ: 95%``), its count
the figure of that noun before it: a plausible share (a wrong rate is a warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import read_snippet

RATES = [
    pytest.param(
        "Kết quả tự đánh giá như sau:\n\n1. Tổng số tiêu chí được áp dụng: 78/80 tiêu chí\n"
        "2. Tỷ lệ tiêu chí áp dụng so với 80 tiêu chí: {}%\n3. Điểm trung bình chung: 3,12",
        "97,5",
        "92,5",
        id="numbered-lines-of-one-paragraph",
    ),
    pytest.param(
        "1. SỐ HỒ SƠ ĐÃ GIẢI QUYẾT ĐÚNG HẠN: 114/120 HỒ SƠ\n\n2. TỶ LỆ HỒ SƠ ĐÚNG HẠN SO VỚI TỔNG SỐ 120 HỒ SƠ: {}%",
        "95",
        "90",
        id="headings-of-their-own",
    ),
]


def _labelled(tmp_path: Path, text: str) -> list[tuple[float, float, float]]:
    facts, _ = read_snippet(tmp_path, text)
    value = {f.id: f.value for f in facts.figures}
    return [
        (value[r.members["percent"]], value[r.members["count"]], value[r.members["base"]])
        for r in facts.relations
        if r.evidence == "a rate labelled with its base"
    ]


@pytest.mark.parametrize(("text", "right", "wrong"), RATES)
def test_a_rate_labelled_with_its_base_is_a_share_of_it(tmp_path: Path, text: str, right: str, wrong: str) -> None:
    assert len(_labelled(tmp_path, text.format(right))) == 1
    _, findings = read_snippet(tmp_path, text.format(right))
    assert [f for f in findings if f.severity in ("error", "warning")] == []
    _, planted = read_snippet(tmp_path, text.format(wrong))
    assert [(f.rule, f.severity) for f in planted if f.severity in ("error", "warning")] == [("percent", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        # no count of the noun before it
        "Năm 2023 bệnh viện được đánh giá. Tỷ lệ tiêu chí áp dụng so với 80 tiêu chí: 97,5%",
        # a count of another noun
        "Số khoa được đánh giá: 12 khoa\nTỷ lệ tiêu chí áp dụng so với 80 tiêu chí: 97,5%",
        # a ratio over another whole
        "Số tiêu chí đạt mức 4: 40/60 tiêu chí\nTỷ lệ tiêu chí áp dụng so với 80 tiêu chí: 97,5%",
        # (review) a plain count below the base may be another class of it, or a change
        "Đã giải quyết 114 hồ sơ đúng hạn, 6 hồ sơ trễ hạn. Tỷ lệ hồ sơ đúng hạn so với 120 hồ sơ: 95%",
        "Năm 2023 xảy ra 42 vụ tai nạn giao thông. Tỷ lệ giảm so với 48 vụ cùng kỳ là 12,5%",
        # (review) a ratio over the base several paragraphs back, past paragraphs with no figure
        "1. Số tiêu chí áp dụng: 78/80 tiêu chí\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n\n"
        "Tỷ lệ tiêu chí áp dụng so với 80 tiêu chí: 97,5%",
        # a rate not labelled with its base
        "Tổng số tiêu chí được áp dụng: 78/80 tiêu chí. Tỷ lệ hài lòng của người bệnh: 97,5%",
    ],
)
def test_no_labelled_rate_without_a_count_of_its_noun_below_its_base(tmp_path: Path, text: str) -> None:
    assert _labelled(tmp_path, text) == []
