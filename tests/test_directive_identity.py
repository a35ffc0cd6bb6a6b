"""A directive's identity: Party numbers start again each term, State numbers each year, and
a number's dash may be any dash."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.check.rules.directive_dates import edition
from tests.snippets import read_snippet


def _check(tmp_path: Path, body: str):
    return read_snippet(tmp_path, body, heading="Kết quả")


@pytest.mark.parametrize(
    ("key", "issuer", "first", "second", "same"),
    [
        ("1-HD/TW", "TW", "2012-01-05", "2021-09-28", False),  # two terms: two guides
        ("1-HD/TW", "TW", "2016-09-20", "2016-09-21", True),
        ("21-NQ/TU", "TU", "2016-03-01", "2019-05-02", True),  # one provincial term (2015-2020)
        ("21-NQ/TU", "TU", "2014-03-01", "2016-05-02", False),
        ("11/NQ-HĐND", None, "2021-12-08", "2022-12-08", False),  # State numbers restart each year
        ("11/NQ-HĐND", None, "2021-12-08", "2021-12-18", True),
        ("30/2020/NĐ-CP", None, "2020-03-05", "2021-03-05", True),  # the year is in the number
    ],
)
def test_citations_compare_only_within_one_edition(key, issuer, first, second, same) -> None:
    assert (edition(key, issuer, first) == edition(key, issuer, second)) is same


def test_one_guide_number_in_two_terms_is_two_guides(tmp_path: Path) -> None:
    _, findings = _check(
        tmp_path,
        "Thực hiện Hướng dẫn số 01-HD/TW ngày 5/1/2012 và Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Chấp hành "
        "Trung ương.",
    )
    assert [f for f in findings if f.rule == "directive-dates"] == []


def test_one_guide_cited_with_two_dates_in_one_term_is_still_found(tmp_path: Path) -> None:
    _, findings = _check(
        tmp_path,
        "Thực hiện Hướng dẫn số 01-HD/TW ngày 20/9/2016 và Hướng dẫn số 01-HD/TW ngày 21/9/2016 của Ban Chấp hành "
        "Trung ương.",
    )
    assert [f.rule for f in findings if f.rule == "directive-dates"] == ["directive-dates"]


@pytest.mark.parametrize("dash", ["-", "–", "—", "‐", " – ", " - "])
def test_any_dash_separates_a_party_number(tmp_path: Path, dash: str) -> None:
    facts, _ = _check(tmp_path, f"Thực hiện Quyết định số 1374{dash}QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy.")
    assert [(c.key, c.date) for c in facts.citations] == [("1374-QĐ/TU", "2019-03-12")]


def test_state_numbers_are_first_class(tmp_path: Path) -> None:
    facts, _ = _check(
        tmp_path, "Theo Nghị quyết số 11/NQ-HĐND ngày 8/12/2021 và Quyết định số 1030/QĐ-UBND ngày 5/5/2022."
    )
    assert [c.key for c in facts.citations] == ["11/NQ-HĐND", "1030/QĐ-UBND"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị và Chỉ thị 06 của Ban Thường vụ Tỉnh ủy",
            ["5-CT/TW", "6-CT/TU"],
        ),
        ("thực hiện tốt quy chế phối hợp theo Nghị định 77 của Chính phủ", ["77/NĐ-CP"]),
        # a decree's number carries the year of its date (since 2003), not an older one's
        ("xử phạt theo Nghị định 100 ngày 30/12/2019 của Chính phủ", ["100/2019/NĐ-CP"]),
        ("thực hiện Nghị định 59 ngày 15/8/1996 của Chính phủ", ["59/NĐ-CP"]),
        ("theo Nghị quyết số 17 ngày 10/12/2014 của Hội đồng nhân dân tỉnh", ["17/NQ-HĐND"]),
        ("Kế hoạch 05 đã đề ra nhiều giải pháp", []),  # no body named: not a citation on its own
        # in lower case too, when the body is named
        ("chỉ đạo thực hiện tốt chỉ thị 03 của Bộ Chính trị về công tác cán bộ", ["3-CT/TW"]),
        ("so với nghị quyết số 17 ngày 10/12/2014 của HĐND tỉnh", ["17/NQ-HĐND"]),
        ("đã kết luận 85 đảng viên có vi phạm của chi bộ", []),  # a verb and a count
        # a second short citation of the same type and another number, after the first twice
        (
            "thực hiện Chỉ thị 05 của Bộ Chính trị và Chỉ thị 06 của Ban Thường vụ Tỉnh ủy. Sơ kết Chỉ thị 05 "
            "của Bộ Chính trị và Chỉ thị 06 của Ban Thường vụ Tỉnh ủy",
            ["5-CT/TW", "6-CT/TU", "5-CT/TW", "6-CT/TU"],
        ),
    ],
)
def test_a_short_citation_that_names_its_body(text: str, keys: list[str]) -> None:
    """'Chỉ thị 05 của Bộ Chính trị' is 5-CT/TW written short: a citation (a variant), not a
    back-reference to nothing."""
    from extractor.find.directives import find_in_text

    found = [c for c in find_in_text(text) if c.kind == "citation"]
    assert [c.key for c in found] == keys
    assert all(c.variant for c in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện khóa 18 đề ra", "NQĐH-huyen-XVIII"),
        ("theo Nghị quyết Đại hội Đảng bộ tỉnh lần XVI", "NQĐH-tinh-XVI"),
        ("Nghị quyết Đại hội Đảng bộ huyện khóa XIX, nhiệm kỳ 2010-2015", "NQĐH-huyen-XIX"),
        (
            "theo Nghị quyết Đại hội đại biểu Đảng bộ thành phố Bắc Kạn lần thứ VII, nhiệm kỳ 2020 – 2025",
            "NQĐH-thanhpho-VII",
        ),
        ("thực hiện Nghị quyết đại hội Đảng bộ huyện lần thứ XX", "NQĐH-huyen-XX"),
        ("Nghị quyết Đại hội Đảng bộ tỉnh khóa 2020-2025", "NQĐH-tinh"),  # a term's years are no number
    ],
)
def test_a_local_congress_however_its_number_is_written(text: str, key: str) -> None:
    from extractor.find.directives import find_in_text

    assert [c.key for c in find_in_text(text)] == [key]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Năm 2023, Thường trực Ban Bí thư đã ban hành Quyết định số 892 thành lập Đoàn kiểm tra", ["892-QĐ/TW"]),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 125 về việc sơ kết", ["125-KH/TU"]),
        ("Chi bộ đã ban hành Kế hoạch 05 để triển khai", []),  # a body of no known issuer
    ],
)
def test_a_short_citation_whose_issuer_is_named_before_it(text: str, keys: list[str]) -> None:
    from extractor.find.directives import find_in_text

    assert [c.key for c in find_in_text(text) if c.kind == "citation"] == keys


def test_regression_a_short_form_is_no_misspelling(tmp_path: Path) -> None:
    """ "Chỉ thị 05 của Bộ Chính trị" is the usual short form: info, not a warning about spelling."""
    _, findings = _check(tmp_path, "Năm 2024 thực hiện Chỉ thị 05 của Bộ Chính trị về học tập và làm theo.")
    found = [f for f in findings if f.rule == "directive-variant"]
    assert [f.severity for f in found] == ["info"] and "short form" in found[0].message_en


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (  # the year dropped the second time: one decision
            "Thực hiện Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng; theo Quyết định 25/QĐ-TTg, …",
            ["25/2021/QĐ-TTg", "25/2021/QĐ-TTg"],
        ),
        (  # two years of that number: which one is not known
            "Quyết định 25/QĐ-TTg; Quyết định số 25/2021/QĐ-TTg và Quyết định số 25/2019/QĐ-TTg.",
            ["25/QĐ-TTg", "25/2021/QĐ-TTg", "25/2019/QĐ-TTg"],
        ),
        (  # dated otherwise: a resolution numbered apart from the normative one
            "Nghị quyết số 11/NQ-HĐND ngày 5/3/2020 và Nghị quyết số 11/2020/NQ-HĐND ngày 10/12/2020.",
            ["11/NQ-HĐND", "11/2020/NQ-HĐND"],
        ),
        (  # another issuer
            "Quyết định số 25/2021/QĐ-TTg và Quyết định số 25/QĐ-UBND.",
            ["25/2021/QĐ-TTg", "25/QĐ-UBND"],
        ),
        (  # the short form dated in the number's year, the full one undated: one decision
            "Thực hiện Quyết định 25/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ; Quyết định số 25/2021/QĐ-TTg.",
            ["25/2021/QĐ-TTg", "25/2021/QĐ-TTg"],
        ),
        (  # dated in another year: another resolution
            "Nghị quyết số 11/NQ-HĐND ngày 5/3/2019 và Nghị quyết số 11/2020/NQ-HĐND.",
            ["11/NQ-HĐND", "11/2020/NQ-HĐND"],
        ),
    ],
)
def test_a_state_number_written_without_its_year_is_the_one_with_it(tmp_path: Path, text: str, keys) -> None:
    facts, _ = _check(tmp_path, text)
    assert [c.key for c in facts.citations if c.kind == "citation"] == keys
