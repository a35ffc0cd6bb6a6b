"""Directive citations: snippets → (key, date, body, subject, kind, refers_to), counter-examples, corpus."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractor.document.elements import Block, BlockKind, Document, Footnote, Metadata, Region
from extractor.find.directives import (
    find_citations,
    find_in_text,
    group_backrefs,
    group_directives,
    load_vocabulary,
    parse_date,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# (snippet, [(key, date, body, subject, kind, refers_to), ...]) — every citation the snippet holds, in order
CASES = [
    (
        "thực hiện Nghị quyết số 11-NQ/ĐUK, ngày 18/12/2013 của Ban Chấp hành Đảng bộ Khối về nâng cao chất lượng.",
        [("11-NQ/ĐUK", "2013-12-18", "Ban Chấp hành Đảng bộ Khối", "nâng cao chất lượng", "citation", None)],
    ),
    (
        "theo Kết luận 21-KL/TW của Ban Chấp hành Trung ương khóa XIII",
        [("21-KL/TW", None, "Ban Chấp hành Trung ương", None, "citation", None)],
    ),
    (
        "Chỉ thị số 05-CT/TW, ngày 16-5-2016 của Bộ Chính trị (khóa XII) về “Đẩy mạnh học tập”",
        [("5-CT/TW", "2016-05-16", "Bộ Chính trị", "Đẩy mạnh học tập", "citation", None)],
    ),
    (
        "Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra; tiếp",
        [("22-QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "công tác kiểm tra", "citation", None)],
    ),
    (
        "theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.",
        [("12-HD/BTCTW", None, "Ban Tổ chức Trung ương", None, "citation", None)],
    ),
    (
        "Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy thực hiện",
        [("59-KH/TU", "2018-08-10", "Ban Thường vụ Tỉnh ủy", None, "citation", None)],
    ),
    (
        "Chương trình hành động số 13-CTr/TU, ngày 03/8/2021 của Tỉnh ủy",
        [("13-CTr/TU", "2021-08-03", "Tỉnh ủy", None, "citation", None)],
    ),
    ("Công văn số 1018- CV/HU ngày 04/7/2023 chỉ đạo", [("1018-CV/HU", "2023-07-04", None, None, "citation", None)]),
    # an official letter's number: issuer and office, no type symbol
    (
        "theo Văn bản số 6120/UBND-VX2 ngày 12/5/2024 của UBND tỉnh",
        [("6120/UBND-VX2", "2024-05-12", "UBND tỉnh", None, "citation", None)],
    ),
    # unnumbered central resolutions in every spelling; the number in brackets names the document
    (
        "thực hiện Nghị quyết Trung ương IV (khóa XII); Nghị quyết T.Ư 6 (khóa XII) về y tế",
        [
            ("NQTW4-XII", None, None, None, "citation", None),
            ("NQTW6-XII", None, None, "y tế", "citation", None),
        ],
    ),
    (
        "Nghị quyết Trung ương 5 khóa X (Nghị quyết 17-NQ/TW) về kinh tế tập thể",
        [
            ("17-NQ/TW", None, None, None, "citation", None),
            ("17-NQ/TW", None, None, None, "citation", None),
        ],
    ),
    # a short number with its year, naming its body
    (
        "thực hiện Quyết định 2051/2019 của Ban Thường vụ Tỉnh ủy về phân cấp",
        [("2051-QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", None, "citation", None)],
    ),
    # the current congress's resolution, no number
    ("đạt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra", [("NQĐH-tinh", None, None, None, "citation", None)]),
    (
        "Quy định số 02-QĐi/TU, ngày 23/10/2018 của Tỉnh ủy",
        [("2-QĐi/TU", "2018-10-23", "Tỉnh ủy", None, "citation", None)],
    ),
    ("Công văn số 181 - CV/ĐU ngày 04 tháng 4 năm 2017", [("181-CV/ĐU", "2017-04-04", None, None, "citation", None)]),
    ("Số 1066 -KL/HU được ban hành", [("1066-KL/HU", None, None, None, "citation", None)]),
    (
        "Hướng dẫn số 02-HD/TU, ngày 28-3-2022 của Ban Thường vụ Tỉnh ủy về việc nhận diện",
        [("2-HD/TU", "2022-03-28", "Ban Thường vụ Tỉnh ủy", "việc nhận diện", "citation", None)],
    ),
    (
        "Thông báo số 30-TB/ĐU ngày 28/6/2018 của Đảng uỷ Các cơ quan tỉnh)",
        [("30-TB/ĐU", "2018-06-28", "Đảng uỷ Các cơ quan tỉnh", None, "citation", None)],
    ),
    ("cụ thể theo 21-KL/TW", [("21-KL/TW", None, None, None, "citation", None)]),
    # lists sharing a type word
    (
        "Nghị quyết số 01-NQ/ĐUK và Nghị quyết số 11-NQ/ĐUK",
        [("1-NQ/ĐUK", None, None, None, "citation", None), ("11-NQ/ĐUK", None, None, None, "citation", None)],
    ),
    (
        "các Kết luận số 21-KL/TW, 01-KL/TW của Trung ương",
        [("21-KL/TW", None, None, None, "citation", None), ("1-KL/TW", None, "Trung ương", None, "citation", None)],
    ),
    # aliases and replacements
    (
        "Nghị quyết số 11-NQ/ĐUK của Đảng ủy Khối (gọi tắt là Nghị quyết số 11-NQ/ĐUK)",
        [
            ("11-NQ/ĐUK", None, "Đảng ủy Khối", None, "citation", None),
            ("11-NQ/ĐUK", None, None, None, "alias", "11-NQ/ĐUK"),
        ],
    ),
    (
        "sinh hoạt chi bộ (viết tắt là Hướng dẫn số 12-HD/BTCTW); tiếp",
        [("12-HD/BTCTW", None, None, None, "alias", "12-HD/BTCTW")],
    ),
    (
        "Đề án số 02-ĐA/ĐU về kỷ cương (gọi tắt là Đề án 02)",
        [("2-ĐA/ĐU", None, None, "kỷ cương", "citation", None), ("2-ĐA/ĐU", None, None, None, "alias", "2-ĐA/ĐU")],
    ),
    (
        "theo Hướng dẫn số 09-HD/BTCTW (nay là Hướng dẫn số 12-HD/BTCTW) của Ban Tổ chức Trung ương",
        [
            ("9-HD/BTCTW", None, None, None, "citation", None),
            ("12-HD/BTCTW", None, None, None, "replacement", "9-HD/BTCTW"),
        ],
    ),
    # unnumbered
    ("thực hiện Nghị quyết Trung ương 4 (khóa XII), tiếp", [("NQTW4-XII", None, None, None, "citation", None)]),
    (
        "Nghị quyết Trung ương 4, Trung ương 5, Trung ương 6 khóa XIII và",
        [(f"NQTW{n}-XIII", None, None, None, "citation", None) for n in (4, 5, 6)],
    ),
    (
        "Nghị quyết Trung ương 4 (khoá XI), Trung ương 4 (khóa XII) về xây dựng Đảng",
        [
            ("NQTW4-XI", None, None, "xây dựng Đảng", "citation", None),
            ("NQTW4-XII", None, None, "xây dựng Đảng", "citation", None),
        ],
    ),
    ("Nghị quyết Đại hội XIII của Đảng, tiếp", [("NQĐH-XIII", None, "Đảng", None, "citation", None)]),
    ("Nghị quyết Đại hội XI Đảng bộ tỉnh; tiếp", [("NQĐH-tinh-XI", None, None, None, "citation", None)]),
    (
        "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ",
        [("NQĐH-huyen-XXV", None, None, None, "citation", None)],
    ),
    # state style
    (
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
        [("30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "công tác văn thư", "citation", None)],
    ),
    (
        "Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ",
        [("1234/QĐ-TTg", None, "Thủ tướng Chính phủ", None, "citation", None)],
    ),
    ("Thông tư 05/2021/TT-BNV về", [("5/2021/TT-BNV", None, None, None, "citation", None)]),
    # state style with a space around a separator (a variant spelling, one key)
    (
        "Quyết định số 219 /QĐ-UBND ngày 25/01/2022 của UBND tỉnh",
        [("219/QĐ-UBND", "2022-01-25", "UBND tỉnh", None, "citation", None)],
    ),
    ("Kế hoạch số 45/ KH - UBND về", [("45/KH-UBND", None, None, None, "citation", None)]),
    # short back-references
    (
        "Đề án số 02-ĐA/ĐU của Đảng ủy. Các chi bộ triển khai Đề án nêu trên và thực hiện Đề án; tiếp",
        [
            ("2-ĐA/ĐU", None, "Đảng ủy", None, "citation", None),
            ("2-ĐA/ĐU", None, None, None, "backref", "2-ĐA/ĐU"),
            ("2-ĐA/ĐU", None, None, None, "backref", "2-ĐA/ĐU"),
        ],
    ),
    (
        "Hướng dẫn số 02-HD/TU và Hướng dẫn số 12-HD/BTCTW; Hướng dẫn 02 của Ban Thường vụ Tỉnh ủy",
        [
            ("2-HD/TU", None, None, None, "citation", None),
            ("12-HD/BTCTW", None, None, None, "citation", None),
            ("2-HD/TU", None, None, None, "backref", "2-HD/TU"),
        ],
    ),
    (
        "Nghị quyết số 11-NQ/ĐUK và Nghị quyết số 01-NQ/ĐUK. Nghị quyết này được triển khai",
        [
            ("11-NQ/ĐUK", None, None, None, "citation", None),
            ("1-NQ/ĐUK", None, None, None, "citation", None),
            ("", None, None, None, "backref", None),  # two earlier Nghị quyết: ambiguous
        ],
    ),
    # a Party symbol outside the vocabulary, in capitals, with a known issuer (personnel decisions)
    (
        "từ ngày công bố Quyết định số 997-QĐNS/TW ngày 5/10/2023 của Ban Bí thư.",
        [("997-QĐNS/TW", "2023-10-05", "Ban Bí thư", None, "citation", None)],
    ),
    # Trung ương abbreviated TƯ or T.Ư is TW; a space for the dash after a type word
    (
        "Chỉ thị 03-CT/T.Ư của Bộ Chính trị; Chỉ thị 03-CT/TƯ",
        [("3-CT/TW", None, "Bộ Chính trị", None, "citation", None), ("3-CT/TW", None, None, None, "citation", None)],
    ),
    ("bám sát Chỉ thị số 10 CT/TW của Ban Bí thư", [("10-CT/TW", None, "Ban Bí thư", None, "citation", None)]),
    # title case in a short citation with its body
    (
        "thực hiện Nghị Quyết số 05 ngày 29/3/2018 của HĐND tỉnh về chính sách",
        [("5/NQ-HĐND", "2018-03-29", "HĐND tỉnh", None, "citation", None)],
    ),
    # regression (a review): a State issuer's number with a space or dashes is read State style
    (
        "Sau khi Quyết định số 1234 QĐ-UBND được ban hành, các huyện đã triển khai.",
        [("1234/QĐ-UBND", None, None, None, "citation", None)],
    ),
    (
        "Thực hiện Quyết định số 1234-QĐ-UBND của UBND tỉnh.",
        [("1234/QĐ-UBND", None, "UBND tỉnh", None, "citation", None)],
    ),
    # a second review: any length of number
    (
        "Thực hiện Quyết định số 456-QĐ-UBND của UBND tỉnh.",
        [("456/QĐ-UBND", None, "UBND tỉnh", None, "citation", None)],
    ),
    ("theo Nghị quyết 15-NQ-HĐND của HĐND tỉnh", [("15/NQ-HĐND", None, "HĐND tỉnh", None, "citation", None)]),
    # a slash for the Party number's dash; a dash for the slash after a State number's year;
    # "T.Ư" in the issuing body's name
    ("thực hiện Kế hoạch số 39/KH/HU của Huyện ủy", [("39-KH/HU", None, "Huyện ủy", None, "citation", None)]),
    # … after a type word, by a Party body whose code the vocabulary does not know
    ("theo Hướng dẫn số 05/HD/BTGTU", [("5-HD/BTGTU", None, None, None, "citation", None)]),
    (
        "căn cứ Quyết định số 214/QĐ/ĐUT của Đảng ủy Trường về việc thành lập chi bộ",
        [("214-QĐ/ĐUT", None, "Đảng ủy Trường", "việc thành lập chi bộ", "citation", None)],
    ),
    (
        "theo Nghị định số 56/2005-NĐ-CP ngày 26/4/2005 của Chính phủ",
        [("56/2005/NĐ-CP", "2005-04-26", "Chính phủ", None, "citation", None)],
    ),
    (
        "sơ kết Nghị quyết 26 của Ban chấp hành T.Ư Đảng về nông nghiệp",
        [("26-NQ/TW", None, "Ban chấp hành T.Ư Đảng", None, "citation", None)],
    ),
    # a dash for the slash before a known issuer
    ("theo quyết định số 282-QĐ-ĐU của Đảng ủy, đồng chí", [("282-QĐ/ĐU", None, "Đảng ủy", None, "citation", None)]),
    # a term written in digits; the abbreviation TW before the plenum's number; title-case type words
    (
        "theo tinh thần Nghị quyết Trung ương 4 (khoá 11) “Một số vấn đề cấp bách”",
        [("NQTW4-XI", None, None, None, "citation", None)],
    ),
    ("thực hiện Nghị Quyết TW4 khóa XII và", [("NQTW4-XII", None, None, None, "citation", None)]),
    ("Nghị quyết TW 6 (khóa XII) về y tế", [("NQTW6-XII", None, None, "y tế", "citation", None)]),
    # the National Assembly's numbers: number/year/QH and its term; issuer codes ending in a term
    (
        "bổ sung Nghị quyết số 85/2014/QH13 ngày 28-11-2014 về việc lấy phiếu tín nhiệm",
        [("85/2014/QH13", "2014-11-28", None, "việc lấy phiếu tín nhiệm", "citation", None)],
    ),
    (
        "Báo cáo thẩm tra số 615/BC-UBTVQH14 ngày 19 tháng 10 năm 2020 của Ủy ban Thường vụ Quốc hội;",
        [("615/BC-UBTVQH14", "2020-10-19", "Ủy ban Thường vụ Quốc hội", None, "citation", None)],
    ),
    # a short citation with its year before its body; a city's committee numbers /TU
    (
        "tổng kết Nghị quyết 21 năm 2012 của Bộ Chính trị về tăng cường công tác",
        [("21-NQ/TW", None, "Bộ Chính trị", None, "citation", None)],
    ),
    (
        "Kế hoạch số 116, ngày 10/7/2019 của Ban Chấp hành Đảng bộ thành phố Thái Nguyên về tổ chức Đại hội",
        [("116-KH/TU", "2019-07-10", "Ban Chấp hành Đảng bộ thành phố Thái Nguyên", None, "citation", None)],
    ),
    # a list of short citations shares the body named after the last
    (
        "thực hiện các chính sách tại Nghị định 68, Nghị định 116 của Chính phủ theo hướng dẫn",
        [
            ("68/NĐ-CP", None, None, None, "citation", None),
            ("116/NĐ-CP", None, "Chính phủ", None, "citation", None),
        ],
    ),
    # a Nghị định is the Government's alone: named without its body, or with it in lower case
    (
        "sinh viên đang hưởng chế độ chính sách theo Nghị định 116 là 99 sinh viên",
        [("116/NĐ-CP", None, None, None, "citation", None)],
    ),
    (
        "thực hiện có hiệu quả Nghị định 77 của chính phủ và các quy chế phối hợp",
        [("77/NĐ-CP", None, None, None, "citation", None)],
    ),
    # the Central Military Commission and the Central Public Security Party Committee
    (
        "Nghị quyết số 05 của Bộ Chính trị, Nghị quyết số 230 của Quân ủy Trung ương và Kế hoạch",
        [
            ("5-NQ/TW", None, "Bộ Chính trị", None, "citation", None),
            ("230-NQ/QUTW", None, "Quân ủy Trung ương", None, "citation", None),
        ],
    ),
    (
        "thực hiện Kế hoạch số 118 của Đảng uỷ Công an Trung ương về công tác xây dựng Đảng",
        [("118-KH/ĐUCA", None, "Đảng uỷ Công an Trung ương", None, "citation", None)],
    ),
    # the Youth Union's central committee numbers Party style; "Đại hội Đảng toàn quốc"
    (
        "Kế hoạch số 298 KH/TWĐTN ngày 5/3/2012 của Ban Bí thư Trung ương Đoàn về việc",
        [("298-KH/TWĐTN", "2012-03-05", "Ban Bí thư Trung ương Đoàn", "việc", "citation", None)],
    ),
    (
        "thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, Đoàn thanh niên",
        [("NQĐH-XI", None, None, None, "citation", None)],
    ),
    # a department's number keeps its department; a Công điện is a type of its own
    (
        "Quyết định số 1187/QĐ-BNN-TCLN ngày 3/4/2018 về công bố hiện trạng rừng",
        [("1187/QĐ-BNN-TCLN", "2018-04-03", None, "công bố hiện trạng rừng", "citation", None)],
    ),
    (
        "Kế hoạch số 246-KH/TĐTN-TCKT của Tỉnh Đoàn về tổ chức các hoạt động",
        [("246-KH/TĐTN-TCKT", None, "Tỉnh Đoàn", "tổ chức các hoạt động", "citation", None)],
    ),
    (
        "Công điện số 724/CĐ-TTg ngày 5/8/2023 của Thủ tướng Chính phủ",
        [("724/CĐ-TTg", "2023-08-05", "Thủ tướng Chính phủ", None, "citation", None)],
    ),
    # a Party body's number written State style is its Party number
    (
        "Nghị quyết chuyên đề số 04/NQ-ĐU của Đảng ủy về phát triển đảng viên",
        [("4-NQ/ĐU", None, "Đảng ủy", "phát triển đảng viên", "citation", None)],
    ),
    # … and so is a number whose code the vocabulary does not know, when a Party body issued it
    (
        "Thực hiện kế hoạch số 01/KH-ĐH ngày 24/01/2020 của Đảng bộ công ty cổ phần Tiến Bộ",
        [("1-KH/ĐH", "2020-01-24", "Đảng bộ", None, "citation", None)],
    ),
    (
        "Kế hoạch số 18/KH-BCĐ ngày 2/3/2020 của Ban Thường vụ Huyện ủy",
        [("18-KH/BCĐ", "2020-03-02", "Ban Thường vụ Huyện ủy", None, "citation", None)],
    ),
    # not one of another body, nor a State issuer's number whoever is named after it
    (
        "Kế hoạch số 18/KH-BCĐ ngày 2/3/2020 của Ban Chỉ đạo",
        [("18/KH-BCĐ", "2020-03-02", "Ban Chỉ đạo", None, "citation", None)],
    ),
    (
        "Quyết định số 1030/QĐ-UBND ngày 2/3/2020 của Đảng ủy xã",
        [("1030/QĐ-UBND", "2020-03-02", "Đảng ủy xã", None, "citation", None)],
    ),
    # … nor one a Party body issues with another, whose code it may be (a review's false keys)
    (
        "Kế hoạch số 78/KH-ĐHV ngày 2/3/2020 của Đảng ủy, Ban Giám hiệu Trường Đại học Vinh",
        [("78/KH-ĐHV", "2020-03-02", "Đảng ủy", None, "citation", None)],
    ),
    (
        "Kế hoạch số 12/KH-CĐ ngày 2/3/2020 của Chi bộ và Công đoàn cơ sở",
        [("12/KH-CĐ", "2020-03-02", "Chi bộ", None, "citation", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_snippet(text, expected):
    got = [(c.key, c.date, c.body, c.subject, c.kind, c.refers_to) for c in find_in_text(text)]
    assert got == expected


COUNTER_EXAMPLES = [
    "Số đảng viên tăng 5%",
    # a slash for the dash after a type word with a State body's code: no Party number
    "thực hiện Quyết định số 125/QĐ/SYT của Sở Y tế",
    "theo Công văn số 1234/CV/SGDĐT và Thông báo số 18/TB/TANDT",
    "ngày 16/6/2022 và ngày 25 tháng 7 năm 2023",
    "tổ chức 1.774 chuyên đề",
    "phòng, chống dịch Covid-19",
    "cơ bản 77/77 chi bộ, đạt 100%",
    "giai đoạn 2020-2025, khóa XIII",
    "Nghị quyết 98% đảng viên",  # a table label, not a directive
    "Hội nghị Trung ương 4 (khóa XIII)",  # a meeting, not a resolution
    "các chủ trương, nghị quyết của Đảng",
    "Đề án thành lập",  # no Đề án cited before: not a back-reference
    "số 12-AB/XY",  # unknown symbol
    "số 12-AB-TW",  # unknown symbol with a dash for the slash
    "đã ban hành 10 NQ/TW",  # a space for the dash with no type word before: a count, not a number
    "số 12/AB/XY",  # a slash for the dash with unknown symbol and issuer
    "giai đoạn 2021-2025 có 15-NQ-ABC",  # a dash for the slash needs a type word and a State issuer
    "có 12 QĐ-UBND được ban hành",  # a space for the slash with no type word before
    "khu 3-KP/B",  # one-letter unknown issuer and unknown symbol
    "nhiệm kỳ 2020-2025 (khoá 11 tháng)",  # no plenum: not a central resolution
]


@pytest.mark.parametrize("text", COUNTER_EXAMPLES)
def test_counter_example(text):
    assert find_in_text(text) == []


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Đề án số 02-ĐA/ĐU", False),
        ("Đề án số 02- ĐA/ĐU", True),
        ("Đề án số 02-ĐA/DU", True),
        ("Quy định 1193 - QĐ/TU", True),
        ("Đề án số 02-ĐA-ĐU", True),
    ],
)
def test_variants_share_the_key(text, variant):
    (c,) = find_in_text(text)
    assert c.key in ("2-ĐA/ĐU", "1193-QĐ/TU")
    assert c.variant is variant


def test_raw_and_type_from_symbol():
    (c,) = find_in_text("theo 21-KL/TW")
    assert (c.type, c.number, c.symbol, c.issuer, c.raw) == ("Kết luận", "21", "KL", "TW", "21-KL/TW")
    (q,) = find_in_text("theo Quy định 1193-QĐ/TU")
    assert (q.type, q.symbol, q.raw) == ("Quy định", "QĐ", "Quy định 1193-QĐ/TU")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ngày 16/6/2022", "2022-06-16"),
        ("28-3-2022", "2022-03-28"),
        ("25 tháng 7 năm 2023", "2023-07-25"),
        ("31/2/2022", None),
    ],
)
def test_parse_date(text, iso):
    got = parse_date(text)
    assert (got[0] if got else None) == iso


def _doc(blocks: list[Block], footnotes: list[Footnote], metadata: Metadata) -> Document:
    pos, text = 0, []
    for b in blocks:
        b.span = (pos, pos + len(b.text))
        text.append(b.text)
        pos += len(b.text) + 2
    return Document("x.txt", "0", "txt", None, metadata, blocks, footnotes, "\n\n".join(text))


def test_document_spans_self_footnote_table_and_this():
    blocks = [
        Block(BlockKind.HEADER, "ĐẢNG ỦY KHỐI\nSố 07-CT/ĐUK", [Region(1)]),
        Block(BlockKind.PARAGRAPH, "Thực hiện Kết luận số 21-KL/TW; Chỉ thị này thay thế.", [Region(1)]),
        Block(BlockKind.FOOTNOTE, "Quy định số 22-QĐ/TW, ngày 28/7/2021", [Region(2)]),
        Block(BlockKind.TABLE, "STT\tNội dung\n1\tThực hiện Kết luận 21-KL/TW", [Region(3)]),
    ]
    doc = _doc(blocks, [Footnote(5, "", 2, None)], Metadata(number="07-CT/ĐUK", doc_type="CHỈ THỊ", date="2023-01-02"))
    cs = find_citations(doc)
    own = cs[0]
    assert (own.kind, own.key, own.date, own.span.block) == ("self", "7-CT/ĐUK", "2023-01-02", 0)
    assert doc.text[own.span.start : own.span.end] == "Số 07-CT/ĐUK"
    by_kind = [(c.key, c.kind, c.refers_to, c.span.where, c.span.footnote, c.span.cell, c.span.pages) for c in cs[1:]]
    assert by_kind == [
        ("21-KL/TW", "citation", None, "body", None, None, (1,)),
        ("7-CT/ĐUK", "backref", "7-CT/ĐUK", "body", None, None, (1,)),
        ("22-QĐ/TW", "citation", None, "footnote", 5, None, (2,)),
        ("21-KL/TW", "citation", None, "table", None, (1, 1), (3,)),
    ]
    for c in cs[1:]:
        assert doc.text[c.span.start : c.span.end] == c.raw
    groups = {g["key"]: g for g in group_directives(cs)}
    assert set(groups) == {"21-KL/TW", "22-QĐ/TW"}
    assert groups["21-KL/TW"]["mentions"] == 2
    assert groups["22-QĐ/TW"]["dates"] == ["2021-07-28"]


def test_group_directives_dates_bodies_variants():
    text = (
        "Đề án số 02-ĐA/ĐU của Đảng uỷ; Đề án số 02- ĐA/ĐU, ngày 01/02/2019 của Đảng ủy; Đề án số 02-ĐA/DU; "
        "Chỉ thị số 01-CT/ĐUK, ngày 24/10/2022 và Chỉ thị số 01-CT/ĐUK, ngày 24/11/2022; Đề án nêu trên"
    )
    groups = group_directives(find_in_text(text))
    assert groups == [
        {
            "key": "2-ĐA/ĐU",
            "type": "Đề án",
            "number": "02",
            "symbol": "ĐA",
            "issuer": "ĐU",
            "dates": ["2019-02-01"],
            "bodies": ["Đảng uỷ", "Đảng ủy"],
            "mentions": 3,
            "variants": ["02- ĐA/ĐU", "02-ĐA/DU"],
        },
        {
            "key": "1-CT/ĐUK",
            "type": "Chỉ thị",
            "number": "01",
            "symbol": "CT",
            "issuer": "ĐUK",
            "dates": ["2022-10-24", "2022-11-24"],
            "bodies": [],
            "mentions": 2,
            "variants": [],
        },
    ]
    assert group_backrefs(find_in_text(text)) == [
        {"text": "Đề án nêu trên", "resolves_to": "2-ĐA/ĐU", "kind": "backref"}
    ]


def test_user_vocabulary_is_merged(tmp_path, monkeypatch):
    (tmp_path / "extra.yaml").write_text(
        "kind: directives\n"
        "types:\n  - {name: Nghị quyết liên tịch, symbol: NQLT}\n"
        "issuers:\n  - {code: BCĐ, level: provincial, bodies: [Ban Chỉ đạo]}\n",
        encoding="utf-8",
    )
    (tmp_path / "other.yaml").write_text("kind: units\nunits: []\n", encoding="utf-8")
    text = "Nghị quyết liên tịch số 03-NQLT/BCĐ"
    assert find_in_text(text) == []
    monkeypatch.setenv("BAOCAO_PATTERNS", str(tmp_path))
    vocab = load_vocabulary()
    assert ("Nghị quyết liên tịch", "NQLT") in vocab.types
    assert ("Nghị quyết", "NQ") in vocab.types  # shipped types kept
    (c,) = find_in_text(text, vocab)
    assert (c.key, c.type) == ("3-NQLT/BCĐ", "Nghị quyết liên tịch")


# 002: every directive the report cites, read by hand from corpus/002-ket-luan-huyen-uy.txt, with mentions
EXPECTED_002 = {
    "59-KH/TU": 5,
    "18-KL/TW": 4,
    "10-CT/TW": 4,
    "135-KH/HU": 2,
    "12-HD/BTCTW": 2,
    "99-KH/HU": 2,
    "42-CTr/TU": 2,
    "21-NQ/TW": 2,
    "NQTW4-XII": 4,
    "21-KL/TW": 4,
    "798-CV/HU": 1,
    "863-CV/HU": 1,
    "950-CV/HU": 1,
    "1018-CV/HU": 1,
    "1030-CV/HU": 1,
    "1-KL/TW": 1,
    "5-CT/TW": 1,
}


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_corpus_002(fmt):
    from extractor.read.parse import parse_file

    cs = find_citations(parse_file(CORPUS / f"002-ket-luan-huyen-uy.{fmt}"))
    assert Counter(c.key for c in cs if c.kind == "citation") == EXPECTED_002
    (own,) = [c for c in cs if c.kind == "self"]
    assert (own.key, own.variant) == ("1066-KL/HU", True)
    backrefs = [(c.raw, c.refers_to) for c in cs if c.kind == "backref"]
    assert backrefs == [("Kết luận này", "1066-KL/HU")]
    kl18 = next(g for g in group_directives(cs) if g["key"] == "18-KL/TW")
    assert (kl18["dates"], kl18["bodies"]) == (["2017-09-22"], ["Ban Bí thư"])
