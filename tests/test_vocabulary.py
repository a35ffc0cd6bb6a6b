"""Every vocabulary entry finds its examples and none of its counter-examples, through the
spaCy pipeline the extractor uses; user pattern files extend the vocabulary."""

from __future__ import annotations

import pytest

from extractor.text.nlp import VietnameseTokenizer, pipeline, vocab_spans
from extractor.text.resources import load_yaml
from extractor.text.vocabulary import load_vocabulary

FILES = [("units.yaml", "units"), ("ratings.yaml", "ratings"), ("actions.yaml", "actions"), ("levels.yaml", "levels")]
CASES = [(f"{kind}.{e['key']}", e) for file, kind in FILES for e in load_yaml(file)[kind]]


@pytest.mark.parametrize(("name", "entry"), CASES, ids=[n for n, _ in CASES])
def test_entry_examples(name, entry):
    assert entry.get("examples") and entry.get("counter_examples"), f"{name} needs examples and counter-examples"
    for text in entry["examples"]:
        assert entry["key"] in [s.key for s in vocab_spans(text)], f"{name} should be found in {text!r}"
    for text in entry["counter_examples"]:
        assert entry["key"] not in [s.key for s in vocab_spans(text)], f"{name} should not be found in {text!r}"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Nghị quyết số 21-NQ/TW, ngày 16/6/2022", ["Nghị", "quyết", "số", "21-NQ/TW", ",", "ngày", "16/6/2022"]),
        ("có 7.261 đảng viên.", ["có", "7.261", "đảng", "viên", "."]),
        ("đạt 98,58%; (27 khiển trách)", ["đạt", "98,58%", ";", "(", "27", "khiển", "trách", ")"]),
        ("đại dịch Covid-19 kéo dài", ["đại", "dịch", "Covid-19", "kéo", "dài"]),
        ("77/77 chi, đảng bộ", ["77/77", "chi", ",", "đảng", "bộ"]),
    ],
)
def test_tokenizer_keeps_numbers_and_symbols_whole(text, tokens):
    doc = VietnameseTokenizer(pipeline().vocab)(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


def test_longest_match_wins():
    keys = [s.key for s in vocab_spans("34 chi bộ cơ sở và 212 chi bộ trực thuộc")]
    assert keys == ["chi_bo_co_so", "chi_bo_truc_thuoc"]


def test_user_pattern_file_extends_vocabulary(tmp_path, monkeypatch):
    (tmp_path / "extra.yaml").write_text(
        "kind: units\nunits:\n  - key: hoc_vien_moi\n    names: ['học viên lớp cảm tình đảng']\n"
        "  - key: dang_vien\n    names: ['đảng viên dự bị']\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("BAOCAO_PATTERNS", str(tmp_path))
    load_vocabulary.cache_clear()
    try:
        vocab = load_vocabulary()
        assert "hoc_vien_moi" in vocab.keys("units")
        dang_vien = next(e for e in vocab.units if e.key == "dang_vien")
        assert "đảng viên dự bị" in dang_vien.names and "đảng viên" in dang_vien.names
    finally:
        monkeypatch.delenv("BAOCAO_PATTERNS")
        load_vocabulary.cache_clear()


def test_state_symbol_is_one_token():
    doc = VietnameseTokenizer(pipeline().vocab)("Nghị định 30/2020/NĐ-CP và 1234/QĐ-TTg")
    assert [t.text for t in doc] == ["Nghị", "định", "30/2020/NĐ-CP", "và", "1234/QĐ-TTg"]


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("dang_vien", "đảng viên"),
        ("tccsd", "tổ chức cơ sở đảng"),
        ("action.chuyen_den", "chuyển đến"),
        ("rating.htxsnv", "hoàn thành xuất sắc nhiệm vụ"),
        ("other", "khác"),
        ("cap_tinh", "cấp tỉnh"),
        ("no_such_key", "no_such_key"),
        (None, None),
    ],
)
def test_vietnamese_labels_for_keys(key, label):
    from extractor.text.vocabulary import vietnamese_label

    assert vietnamese_label(key) == label


def test_vietnamese_messages_name_levels_and_subjects_in_vietnamese():
    from extractor.check.findings import Cite, Doc
    from extractor.check.rules.directive_level import check_directive_level

    doc = Doc(1, "r.docx", "s", None, None, None)
    cite = Cite("21-NQ/TW", doc, "citation", "Nghị quyết 21-NQ/TW", None, "Tỉnh ủy", False, "TW", 1, "body")
    (finding,) = check_directive_level([cite], {"TW": "central"})
    assert "cấp trung ương" in finding.message_vi and "central" not in finding.message_vi


@pytest.mark.parametrize(
    "text",
    [
        "có  5   đảng viên\tvà 3 chi bộ",  # runs of spaces, a tab
        "  khiển trách 9, cảnh cáo 4",  # leading spaces: a window cut after a cue
        "có 5 đảng  viên\nvà 2 chi bộ cơ sở",  # two spaces inside a unit's name, a line break
    ],
)
def test_regression_vocabulary_spans_are_offsets_into_the_text_given(text):
    """The Doc's text has one space between tokens; a span's offsets are the original's."""
    spans = vocab_spans(text)
    assert spans
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert " ".join(s.text.split()).lower() in {
            n.lower() for e in (*load_vocabulary().units, *load_vocabulary().actions) for n in e.names
        }


@pytest.mark.parametrize(
    ("part", "total", "expected"),
    [
        ("chi_bo", "tccsd", True),  # a kind of the total
        ("dang_vien", "nguoi", True),  # persons counted by a generic person word
        ("tap_the", "dien_hinh", True),  # examples made of collectives and individuals
        ("nguoi", "dien_hinh", True),
        ("giai", "mo_hinh", True),  # "29 mô hình … đạt giải. Trong đó có 2 giải nhất, …"
        ("van_ban", "cuoc", False),  # "3 cuộc kiểm tra, trong đó … 6 văn bản": another kind of thing
        ("luot", "lop", False),
        # the units and persons an inspection or a class concerns are none of its kinds (own_kind_only)
        ("co_quan_don_vi", "cuoc", False),
        ("nguoi", "cuoc", False),
        ("tap_the", "don_thu", False),
        ("lop", "cuoc", True),  # declared a kind of it
        ("dang_vien", "chi_bo", False),  # members are no part of cells
    ],
)
def test_what_a_count_can_be_part_of(part, total, expected):
    assert load_vocabulary().can_be_part_of(part, total) is expected
