"""Regressions a second reading of round 31's session found: each probe gave a false finding,
lost a true one, or took far too long.  Named after the review."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor.find.facts import SHARED_BASE
from tests.snippets import read_snippet


def _alarms(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    _, findings = read_snippet(tmp_path, text)
    return sorted((f.rule, f.severity) for f in findings if f.severity in ("error", "warning"))


CELLS = "STT\nChỉ tiêu\nNam\nNữ\nTổng số\n"


@pytest.mark.parametrize(
    "text",
    [
        # ratios over one whole with a time, a criterion or a place of their own: no one breakdown
        "Năm 2020 có 10/15 xã đạt chuẩn nông thôn mới, đến năm 2023 chỉ còn 2/15 xã chưa đạt chuẩn nông thôn mới.",
        "Năm 2022 có 18/22 đồng chí hoàn thành tốt nhiệm vụ, năm 2023 có 05/22 đồng chí hoàn thành xuất sắc nhiệm vụ.",
        "Về tiêu chí giáo dục, 13/15 xã đạt chuẩn; về tiêu chí y tế, 3/15 xã chưa đạt chuẩn.",
        "Huyện A có 15/20 xã đạt chuẩn, huyện B có 6/20 xã chưa đạt chuẩn.",
        # a negation inside what is had is no complement
        "Có 6/10 trường có học sinh không đạt chuẩn, 8/10 trường có học sinh đạt chuẩn.",
        # a class and those above it
        "Có 04/22 đồng chí hoàn thành xuất sắc nhiệm vụ, 20/22 đồng chí hoàn thành tốt nhiệm vụ trở lên.",
        # the shares of a rate's listed counts that make their own distribution, or are each group's rate
        "Tỷ lệ học sinh tốt nghiệp đạt 95%; trong đó 300 học sinh xếp loại giỏi, chiếm 30%; 500 học sinh xếp loại "
        "khá, chiếm 50%; 200 học sinh xếp loại trung bình, chiếm 20%.",
        "Tỷ lệ học sinh lên lớp đạt 97%, trong đó 350 học sinh nam, chiếm 52%, 320 học sinh nữ, chiếm 48%.",
        "Tỷ lệ tham gia bảo hiểm y tế đạt 95%, trong đó học sinh 12.000 người, chiếm 100%.",
        # a table's rate and mean rows under Nam | Nữ | Tổng số
        "Bảng số liệu lao động\n" + CELLS + "1\nSố lao động\n600\n400\n1000\n2\nSố có việc làm\n570\n380\n950\n"
        "3\nTỷ lệ có việc làm (%)\n95\n95\n95\n4\nTuổi bình quân\n45\n42\n44",
        # degrees under a group row: some of it
        "Đội ngũ giảng viên\nSTT\nPhân loại\nNam\nNữ\nTổng số\nI\nGiảng viên cơ hữu\n60\n40\n100\n"
        "I.1\nTiến sĩ\n20\n10\n30\nI.2\nThạc sĩ\n30\n25\n55\nII\nGiảng viên thỉnh giảng\n10\n5\n15\n"
        "II.1\nTiến sĩ\n4\n2\n6\nII.2\nThạc sĩ\n5\n2\n7",
        # classes after a comma that go on to say what some did
        "Trường có 120 học sinh, 70 học sinh nam, 45 học sinh nữ đạt giải.",
        "Đảng bộ có 56 tổ chức cơ sở đảng, 03 đảng bộ cơ sở và 50 chi bộ cơ sở hoàn thành tốt.",
        # a whole named in words whose unit is no unit of the count's
        "Huyện có 3.500 đảng viên. Có 25 chi bộ được kiểm tra, chiếm 10% so với tổng số đảng viên.",
        # parts labelled by a place before their numbers are no classes after a comma (first review, P186)
        "Huyện có 2.100 đảng viên, thị trấn Phong Thổ 1.200 đảng viên nam, xã Mường So 850 đảng viên nữ.",
        # a colon group set apart by commas ends at a semicolon: the next part is a group of its own
        # (first review, P228, P229)
        "Nhân viên: 10 (biên chế 9: 3 kế toán, 6 văn thư; 1 hợp đồng).",
        "Nhân viên: 10 (biên chế 6: 2 kế toán, 4 văn thư; hợp đồng 4).",
    ],
)
def test_regression_round31_review_no_false_alarm(tmp_path: Path, text: str) -> None:
    assert _alarms(tmp_path, text) == []


def test_regression_round31_review_the_consistent_shapes_still_read(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Toàn huyện có 13/15 xã đạt chuẩn, 2/15 xã chưa đạt chuẩn.")
    assert any(r.evidence == SHARED_BASE for r in facts.relations)
    assert _alarms(tmp_path, "Toàn huyện có 13/15 xã đạt chuẩn, 3/15 xã chưa đạt chuẩn.") == [("sum", "error")]


def test_regression_round31_review_a_bracketed_share_after_a_negation_is_read(tmp_path: Path) -> None:
    """`5/50 hộ chưa có nhà tiêu hợp vệ sinh (12%)`: the negation before the bracket is the count's,
    no negated share word (the aimed-or-negated check read the wrong window)."""
    assert _alarms(tmp_path, "Toàn xã có 5/50 hộ chưa có nhà tiêu hợp vệ sinh (12%).") == [("percent", "error")]


def test_regression_round31_review_average_ages_stay_figures(tmp_path: Path) -> None:
    facts, _ = read_snippet(tmp_path, "Tuổi bình quân của Ban Chấp hành và Ban Thường vụ lần lượt là 48 và 50 tuổi.")
    assert [f.raw for f in facts.figures] == ["48", "50"]


def test_regression_round31_review_a_long_list_of_bare_numbers_is_read_in_time(tmp_path: Path) -> None:
    """A thousand bare numbers after a count took over two minutes: every count after a comma was
    tried as the total of all the figures after it."""
    started = time.perf_counter()
    read_snippet(tmp_path, "Có " + ", ".join(str(10 + i % 80) for i in range(1000)) + " người.")
    assert time.perf_counter() - started < 20.0
