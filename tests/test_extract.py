"""Table-driven extraction: short Vietnamese snippets → expected figures and relations.

Most snippets are written for these tests (not taken from the shared reports), so the
patterns are not tuned to five documents.
"""

from __future__ import annotations

import pytest

from extractor.find.extract import extract_document
from extractor.read.parse import parse_file


def _extract(tmp_path, body: str, footnotes: str = ""):
    text = "BÁO CÁO\nkết quả công tác năm 2022\n\n" + body + "\n"
    if footnotes:
        text += "\n____________________\n\n" + footnotes + "\n"
    path = tmp_path / "snippet.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(parse_file(path))


def _figs(ex):
    return [(f.value, f.measure, f.subject, f.category, f.period) for f in ex.figures]


FIGURES = [
    (
        "Đảng bộ huyện có 52 tổ chức cơ sở đảng với 3.418 đảng viên.",
        [(52, "count", "tccsd", None, None), (3418, "count", "dang_vien", None, None)],
    ),
    (
        "Năm 2021, kết nạp 215 đảng viên mới, đạt 107,5% kế hoạch.",
        [(215, "count", "dang_vien_moi", "action.ket_nap", "2021"), (107.5, "percent", "other", None, "2021")],
    ),
    (
        "Ủy ban kiểm tra đã thi hành kỷ luật 12 đảng viên.",
        [(12, "count", "dang_vien", "action.ky_luat", None)],
    ),
    (
        "Có 98,2% đảng viên xếp loại hoàn thành nhiệm vụ trở lên.",
        [(98.2, "percent", "dang_vien", "rating.htnv", None)],
    ),
    (
        "Tổng thu ngân sách ước đạt 1.250,5 tỷ đồng.",
        [(1250.5, "money", "other", None, None)],
    ),
    (
        "Có 45/48 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên.",
        [(45, "ratio", "chi_bo", "rating.httnv", None)],
    ),
    (
        "Tổ chức 3 cuộc kiểm tra khi có dấu hiệu vi phạm đối với 05 tổ chức đảng.",
        [
            (3, "count", "cuoc", "action.kiem_tra_dau_hieu_vi_pham", None),
            (5, "count", "to_chuc_dang", "action.kiem_tra_dau_hieu_vi_pham", None),
        ],
    ),
    (
        "Thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương, có 17 chi bộ.",
        [(17, "count", "chi_bo", None, None)],
    ),
    (
        "Trong 6 tháng đầu năm 2023, giải quyết 4 đơn thư tố cáo.",
        [(4, "count", "don_thu", "action.to_cao", "2023-H1")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), FIGURES, ids=[b[:40] for b, _ in FIGURES])
def test_figures(tmp_path, body, expected):
    assert _figs(_extract(tmp_path, body)) == expected


def test_figure_provenance_points_at_the_number(tmp_path):
    ex = _extract(tmp_path, "Đảng bộ có 1.035 đảng viên.")
    (fig,) = ex.figures
    doc = parse_file(tmp_path / "snippet.txt")
    assert doc.text[fig.span.start : fig.span.end] == "1.035"
    assert fig.raw == "1.035" and fig.decimals == 0
    assert fig.span.where == "body"


def test_directive_numbers_are_not_figures(tmp_path):
    ex = _extract(tmp_path, "Theo Hướng dẫn số 12-HD/BTCTW và Quyết định 1234/QĐ-TTg.")
    assert ex.figures == []
    assert sorted(c.key for c in ex.citations) == ["12-HD/BTCTW", "1234/QĐ-TTg"]


def _rels(ex):
    by_id = {f.id: f.value for f in ex.figures}

    def v(x):
        if isinstance(x, list):
            return sorted(by_id[i] for i in x)
        return None if x is None else by_id[x]

    return [(r.kind, {k: v(x) for k, x in r.members.items()}) for r in ex.relations]


RELATIONS = [
    (
        "Toàn Đảng bộ có 38 tổ chức cơ sở đảng, trong đó có 21 đảng bộ cơ sở, 17 chi bộ cơ sở.",
        [("total_parts", {"total": 38, "parts": [17, 21]})],
    ),
    (
        "Đã kỷ luật 9 đảng viên (5 khiển trách, 3 cảnh cáo, 1 cách chức).",
        [("total_parts", {"total": 9, "parts": [1, 3, 5]})],
    ),
    (
        "Có 40/52 đồng chí bí thư là thủ trưởng cơ quan (chiếm 76,9%).",
        [("percent_of", {"percent": 76.9, "count": 40, "base": 40})],
    ),
    (
        "Tỷ lệ đảng viên dự sinh hoạt đạt 94,5% (chỉ tiêu Nghị quyết là 95%).",
        [("target", {"actual": 94.5, "target": 95, "percent": None})],
    ),
    (
        "Năm 2022: dự phân loại: 60, HTXSNV: 9, HTTNV: 45, HTNV: 5, KHTNV: 1.",
        [("total_parts", {"total": 60, "parts": [1, 5, 9, 45]})],
    ),
]


@pytest.mark.parametrize(("body", "expected"), RELATIONS, ids=[b[:40] for b, _ in RELATIONS])
def test_relations(tmp_path, body, expected):
    assert _rels(_extract(tmp_path, body)) == expected


def test_footnote_breaks_down_the_figure_its_marker_follows(tmp_path):
    ex = _extract(
        tmp_path,
        "Trong nhiệm kỳ đã kết nạp 120 đảng viên¹.",
        "¹ Năm 2021 kết nạp 70 đảng viên; năm 2022 kết nạp 50 đảng viên.",
    )
    assert ("total_parts", {"total": 120, "parts": [50, 70]}) in _rels(ex)


def test_average_and_its_footnote_terms(tmp_path):
    ex = _extract(
        tmp_path,
        "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ bình quân 96%².",
        "² Năm 2020, đạt tỷ lệ 95%; năm 2021, đạt tỷ lệ 96%; năm 2022, đạt tỷ lệ 97%.",
    )
    assert ("average_of", {"average": 96, "terms": [95, 96, 97]}) in _rels(ex)
    terms = [f for f in ex.figures if f.span.where == "footnote"]
    assert [f.period for f in terms] == ["2020", "2021", "2022"]
    assert {f.subject for f in terms} == {"tccsd"}


@pytest.mark.parametrize(
    ("body", "org"),
    [
        (
            "Chi bộ Khối Thương Mại thuộc Đảng bộ Sở Công Thương tổ chức 05 cuộc/năm.",
            "Chi bộ Khối Thương Mại thuộc Đảng bộ Sở Công Thương",
        ),
        ("Đảng bộ Bệnh viện Đa khoa tỉnh đã kết nạp 12 đảng viên.", "Đảng bộ Bệnh viện Đa khoa tỉnh"),
        ("Đảng bộ Khối có 104 tổ chức cơ sở đảng.", None),
        ("Kết nạp 12 đảng viên.", None),
    ],
)
def test_figure_organisation_other_than_the_issuer(tmp_path, body, org):
    ex = _extract(tmp_path, body)
    assert ex.figures[0].org == org


# ---------------------------------------------------------------- regressions, one per bug


def test_ratio_raw_is_written_whole(tmp_path):
    (fig,) = _extract(tmp_path, "Có 62/77 đồng chí là bí thư.").figures
    assert (fig.raw, fig.value, fig.base) == ("62/77", 62, 77)


def test_thousands_dot_is_not_a_sentence_end(tmp_path):
    ex = _extract(tmp_path, "Có 2.094 đảng viên, trong đó có 1.060 đảng viên nam, 1.034 đảng viên nữ.")
    assert ("total_parts", {"total": 2094, "parts": [1034, 1060]}) in _rels(ex)


def test_year_like_count_is_a_figure(tmp_path):
    figs = _figs(_extract(tmp_path, "Năm 2020 kết nạp 2015 đảng viên."))
    assert figs == [(2015, "count", "dang_vien", "action.ket_nap", "2020")]


def test_unit_column_dong_chi_is_not_money():
    from extractor.text.regexes import TABLE_MONEY_UNIT

    assert TABLE_MONEY_UNIT.search("tỷ đồng") and TABLE_MONEY_UNIT.search("triệu đồng/người/tháng")
    assert not TABLE_MONEY_UNIT.search("đồng chí")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Số tổ chức cơ sở đảng từ 84 tăng thêm 6, lên 90 tổ chức cơ sở đảng.",
            [("change", {"start": 84, "change": 6, "end": 90})],
        ),
        (
            "Đảng bộ có 104 tổ chức cơ sở đảng, giảm 5, còn 99 tổ chức cơ sở đảng.",
            [("change", {"start": 104, "change": 5, "end": 99})],
        ),
        ("Tỷ lệ đạt 92,4% năm 2009 xuống còn 74% năm 2017, giảm 11% so với mục tiêu 85%.", []),
    ],
)
def test_change_over_time(tmp_path, body, expected):
    assert [r for r in _rels(_extract(tmp_path, body)) if r[0] == "change"] == expected
