"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) -> Unicode: tables, detection, conversion."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from extractor.read.legacy import (
    ENCODINGS,
    convert,
    detect_legacy,
    font_encoding,
    is_uppercase_font,
    is_vietnamese_syllable,
    repair,
)
from extractor.text.resources import load_yaml

CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # the sample reports, copied from ../shared/corpus
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "legacy"
CORPUS_TXT = sorted(CORPUS.glob("*.txt"))
CORPUS_PDF = sorted(p for p in CORPUS.glob("*.pdf") if not p.name.endswith("-scan.pdf"))
needs_corpus = pytest.mark.skipif(not CORPUS_TXT, reason=f"corpus not found at {CORPUS}")

TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
LOWER_LETTERS = {unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in TONES} - set("aeiouy")
LOWER_LETTERS |= {"đ"}
ALL_LETTERS = LOWER_LETTERS | {ch.upper() for ch in LOWER_LETTERS}
TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


def inverse_table(encoding: str) -> dict[str, str]:
    """Unicode letter -> legacy characters, built from the YAML mapping."""
    mapping = load_yaml(f"encodings/{encoding}.yaml")["mapping"]
    return {letter: chr(code) if isinstance(code, int) else code for letter, code in mapping.items()}


def encode(text: str, encoding: str) -> str:
    """Encode Unicode text; TCVN3 capitals without a code take the lowercase code (.VnTimeH style).

    Raises ValueError for a character that would not survive the trip (a non-ASCII character
    that is not a Vietnamese letter and is itself a legacy code, such as the footnote marker ¹).
    """
    table = inverse_table(encoding)
    codes = {ch for legacy in table.values() for ch in legacy if not ch.isascii()}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif encoding == "tcvn3" and ch.lower() in table:
            out.append(table[ch.lower()])
        elif ch in codes or ch in ALL_LETTERS:
            raise ValueError(f"{ch!r} cannot be encoded in {encoding}")
        else:
            out.append(ch)
    legacy = "".join(out)
    try:
        legacy.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{text!r} holds a character outside cp1252") from exc
    return legacy


def corpus_paragraphs() -> list[str]:
    return [line for path in CORPUS_TXT for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


SUPERSCRIPTS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def tcvn3_readable(text: str) -> str:
    """What plain TCVN3 can say of ``text`` outside all-capital lines.

    A capital without its own code was typed as the lowercase code in .VnTimeH; it reads back as
    a capital only in a word that shows it is in capitals (a capital after its first letter).
    """

    def word(w: str) -> str:
        letters = [ch for ch in w if ch.isalpha()]
        if w.upper() == w and any(ch.isascii() or ch in TCVN3_CAPITALS for ch in letters[1:]):
            return w  # a word in capitals that shows it (ĐẢNG, BÁO)
        return "".join(ch.lower() if ch in ALL_LETTERS and ch not in TCVN3_CAPITALS else ch for ch in w)

    def line(text_line: str) -> str:
        return text_line if text_line.upper() == text_line else " ".join(word(w) for w in text_line.split(" "))

    return "\n".join(line(t) for t in text.split("\n"))


# --- the tables --------------------------------------------------------------------------------


def test_vni_table_has_all_134_letters() -> None:
    table = inverse_table("vni")
    assert len(ALL_LETTERS) == 134
    assert set(table) == ALL_LETTERS
    assert len(set(table.values())) == 134


def test_tcvn3_table_has_67_lowercase_letters_and_7_capitals() -> None:
    table = inverse_table("tcvn3")
    assert set(table) == LOWER_LETTERS | TCVN3_CAPITALS
    codes = list(table.values())
    assert len(set(codes)) == len(codes) == 74
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFE for code in codes)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    table = inverse_table(encoding)
    for letter in table:
        assert convert(encode(letter, encoding), encoding) == letter, letter


def _examples() -> list[tuple[str, str, str]]:
    return [
        (name, legacy, uni) for name in ENCODINGS for legacy, uni in load_yaml(f"encodings/{name}.yaml")["examples"]
    ]


@pytest.mark.parametrize(("encoding", "legacy", "expected"), _examples())
def test_yaml_examples(encoding: str, legacy: str, expected: str) -> None:
    assert convert(legacy, encoding) == expected


# --- known pairs -------------------------------------------------------------------------------

KNOWN = [
    ("tcvn3", "§¶ng", "Đảng"),
    ("tcvn3", "ViÖt Nam", "Việt Nam"),
    ("tcvn3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("tcvn3", "Tr\xadêng, n\xa8m häc", "Trường, năm học"),
    ("tcvn3", "§¶NG", "ĐẢNG"),
    ("tcvn3", "B¸O C¸O", "BÁO CÁO"),
    ("tcvn3", "CHØ THÞ", "CHỈ THỊ"),
    ("tcvn3", "§Ó thùc hiÖn", "Để thực hiện"),
    ("tcvn3", "NGHÞ QUYÕT Sè 11", "NGHỊ QUYẾT SỐ 11"),
    ("tcvn3", "tr-êng, tr\u2212êng", "trường, trường"),
    ("vni", "Ñaûng", "Đảng"),
    ("vni", "Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam"),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Tröôøng, naêm hoïc", "Trường, năm học"),
    ("vni", "ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("vni", "Chæ thò soá 05-CT/TU", "Chỉ thị số 05-CT/TU"),
    ("vni", "Baùo caùo keát quaû", "Báo cáo kết quả"),
]


@pytest.mark.parametrize(("encoding", "legacy", "expected"), KNOWN)
def test_known_pairs(encoding: str, legacy: str, expected: str) -> None:
    assert convert(legacy, encoding) == expected
    assert repair(legacy) == (expected, encoding)


def test_uppercase_font_flag_uppercases_everything() -> None:
    assert convert("§¶ng bé tØnh", "tcvn3", uppercase_font=True) == "ĐẢNG BỘ TỈNH"
    assert convert("§¶ng bé tØnh", "tcvn3") == "Đảng bộ tỉnh"


def test_unknown_encoding_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        convert("abc", "viscii")


# --- round trips of real corpus text -------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_corpus_paragraphs_round_trip(encoding: str) -> None:
    tested = 0
    for paragraph in corpus_paragraphs():
        paragraph = paragraph.translate(SUPERSCRIPTS)  # footnote markers are not text
        try:
            legacy = encode(paragraph, encoding)
        except ValueError:
            continue
        expected = tcvn3_readable(paragraph) if encoding == "tcvn3" else paragraph
        assert convert(legacy, encoding) == expected
        tested += 1
    assert tested >= 450  # of the corpus's 484 non-empty lines


@needs_corpus
def test_corpus_capital_lines_round_trip_through_uppercase_font() -> None:
    """All-capital headings typed in .VnTimeH (lowercase codes) come back in capitals."""
    lines = [p for p in corpus_paragraphs() if p.upper() == p and any(ch in ALL_LETTERS for ch in p)]
    tested = 0
    for line in lines:
        try:
            legacy = encode(line, "tcvn3")
        except ValueError:
            continue
        assert convert(legacy, "tcvn3") == line
        tested += 1
    assert tested >= 25


@needs_corpus
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_whole_documents_are_detected_and_repaired(encoding: str) -> None:
    for path in CORPUS_TXT:
        paragraphs = path.read_text(encoding="utf-8").translate(SUPERSCRIPTS).split("\n")
        kept = "\n".join(p for p in paragraphs if _encodable(p, encoding))
        expected = tcvn3_readable(kept) if encoding == "tcvn3" else kept
        assert repair(encode(kept, encoding)) == (expected, encoding), path.name


def _encodable(paragraph: str, encoding: str) -> bool:
    try:
        encode(paragraph, encoding)
    except ValueError:
        return False
    return True


# --- detection ---------------------------------------------------------------------------------

HEADER_TCVN3 = "§¶NG Bé TØNH KI£N GIANG\n§¶NG ñY KHèI\nKiªn Giang, ngµy 25 th¸ng 7 n¨m 2023"
HEADER_VNI = "ÑAÛNG BOÄ TÆNH KIEÂN GIANG\nÑAÛNG UÛY KHOÁI\nKieân Giang, ngaøy 25 thaùng 7 naêm 2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADER_TCVN3, "tcvn3"),
        (HEADER_VNI, "vni"),
        ("§¶ng", "tcvn3"),
        ("Ñaûng", "vni"),
        ("B¸O C¸O", "tcvn3"),
        ("BAÙO CAÙO", "vni"),
        ("T/M BAN TH\xa6êNG Vô", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni"),
        ("Đảng Cộng sản Việt Nam", None),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", None),
        ("các đồng chí và tôi có ý kiến", None),
        ("café ® 2023 § 3, naïve Öl", None),
        ("Je ne sais pas où il est.", None),
        ("The committee's résumé, São Paulo, Größe, año, façade ©", None),
        ("¹ Nghị quyết số 11-NQ/ĐUK", None),
        ("", None),
        ("2023 - 2025", None),
    ],
)
def test_detect_legacy(text: str, expected: str | None) -> None:
    assert detect_legacy(text) == expected


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_TXT, ids=lambda p: p.name)
def test_unicode_corpus_text_is_not_legacy(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert detect_legacy(text) is None
    assert repair(text) == (unicodedata.normalize("NFC", text), None)
    # short pieces too: every line on its own
    assert [line for line in text.split("\n") if detect_legacy(line)] == []


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_PDF, ids=lambda p: p.name)
def test_unicode_corpus_pdf_text_is_not_legacy(path: Path) -> None:
    pdf = pdfium.PdfDocument(path)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    assert len(text) > 1000
    assert detect_legacy(text) is None


def test_nfd_input_comes_back_nfc_and_unchanged() -> None:
    nfd = unicodedata.normalize("NFD", "Báo cáo của Đảng ủy: nâng cao chất lượng")
    assert nfd != unicodedata.normalize("NFC", nfd)
    assert repair("a\u0301") == ("á", None)
    assert repair(nfd) == ("Báo cáo của Đảng ủy: nâng cao chất lượng", None)


@pytest.mark.parametrize(
    ("word", "valid"),
    [("Đảng", True), ("nghiêng", True), ("quỳnh", True), ("giữa", True), ("hoà", True), ("hòa", True),
     ("các", True), ("cac", False), ("cỏc", False), ("ñu", False), ("naïve", False), ("xyz", False),
     ("thươǹg", False), ("§¶ng", False)],
)  # fmt: skip
def test_vietnamese_syllable(word: str, valid: bool) -> None:
    assert is_vietnamese_syllable(word) is valid


@pytest.mark.parametrize(
    ("font", "encoding", "upper"),
    [(".VnTime", "tcvn3", False), (".VnTimeH", "tcvn3", True), ("ABCDEF+.VnArialH,Bold", "tcvn3", True),
     ("VnTime", "tcvn3", False), ("VNI-Times", "vni", False), ("Times New Roman", None, False),
     ("Vinhan", None, False)],
)  # fmt: skip
def test_font_names(font: str, encoding: str | None, upper: bool) -> None:
    assert font_encoding(font) == encoding
    assert is_uppercase_font(font) is upper


# --- fixtures ------------------------------------------------------------------------------------


def _expected(name: str) -> str:
    return (FIXTURES / f"{name}.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_txt_fixture(encoding: str) -> None:
    raw = (FIXTURES / f"{encoding}.txt").read_bytes()
    assert max(raw) >= 0xA1  # really legacy bytes, not UTF-8
    text = raw.decode("cp1252")
    assert repair(text) == (_expected(f"{encoding}.txt"), encoding)


def test_docx_fixture() -> None:
    document = docx.Document(str(FIXTURES / "tcvn3.docx"))
    fonts = {run.font.name for p in document.paragraphs for run in p.runs}
    assert fonts == {".VnTime", ".VnTimeH"}
    text = "\n".join(p.text for p in document.paragraphs) + "\n"
    assert "§¶NG" in text
    assert repair(text) == (_expected("tcvn3.docx"), "tcvn3")


def test_pdf_fixture() -> None:
    pdf = pdfium.PdfDocument(FIXTURES / "tcvn3.pdf")
    try:
        text = pdf[0].get_textpage().get_text_range().replace("\r\n", "\n") + "\n"
    finally:
        pdf.close()
    assert "§¶NG Bé TØNH KI£N GIANG" in text  # pdfium hands back the legacy codes
    assert repair(text) == (_expected("tcvn3.pdf"), "tcvn3")


@needs_corpus
def test_fixture_text_comes_from_the_corpus() -> None:
    corpus = (CORPUS / "003-bao-cao-so-ket-kien-giang.txt").read_text(encoding="utf-8")
    for line in _expected("tcvn3.txt").split("\n"):
        assert line in corpus


@pytest.mark.parametrize(
    ("decoded", "restored"),
    [
        ("xây dựng đợc chơng trình", "xây dựng được chương trình"),
        ("nh vậy, thủ trởng, chất lợng, nhng", "như vậy, thủ trưởng, chất lượng, nhưng"),
        # left alone: abbreviations, "đ/c", units after a number, single letters, words that are words
        ("Các đ/c UVBCH ĐUK, HĐND tỉnh", "Các đ/c UVBCH ĐUK, HĐND tỉnh"),
        (
            "dài 2.500 m, rộng 10 m; 12 km; 5 tr đồng; điểm a, b, c",
            "dài 2.500 m, rộng 10 m; 12 km; 5 tr đồng; điểm a, b, c",
        ),
    ],
)
def test_regression_a_dropped_tcvn3_u_is_put_back(decoded: str, restored: str) -> None:
    """TCVN3's "ư" is byte 0xAD, a soft hyphen: PDF producers drop it ("đợc" for "được"); put
    back only in PDFs that show it (see restore_dropped), never in DOCX or TXT."""
    from extractor.read.legacy import _codec, _restore_dropped_letters

    assert _restore_dropped_letters(decoded, _codec("tcvn3")) == restored


def test_dropped_letters_are_put_back_only_with_evidence() -> None:
    from extractor.read.legacy import restore_dropped

    assert restore_dropped(["xây dựng chơng trình, đợc", "chất lợng, nh vậy, nhng"], "tcvn3") is not None
    assert restore_dropped(["dài 2.500 m, rộng 10 m", "ngời"], "tcvn3") is None  # nothing to show it


def _phrase_cases(key: str) -> list:
    rule = load_yaml("encodings/tcvn3.yaml")["dropped_phrases"]
    return rule[key]


@pytest.mark.parametrize(("dropped", "restored"), _phrase_cases("examples"))
def test_dropped_phrases_are_put_back(dropped: str, restored: str) -> None:
    """TCVN3's "ư" that a producer dropped, where the words left are words themselves: put
    back by phrase (``patterns/encodings/tcvn3.yaml``, ``dropped_phrases``)."""
    from extractor.read.legacy import _codec, _restore_dropped_letters

    assert _restore_dropped_letters(dropped, _codec("tcvn3")) == restored


@pytest.mark.parametrize(("dropped", "restored"), _phrase_cases("counted_examples"))
def test_count_nouns_after_a_number_are_put_back(dropped: str, restored: str) -> None:
    """A count's noun right after its number with TCVN3's "ư" dropped (``161.123 ngời``) is
    the noun (``after_number``); found when the prose fixture's TCVN3 print lost the people
    of a breakdown (tests/fixtures/producers/prose)."""
    from extractor.read.legacy import _codec, _restore_dropped_letters

    assert _restore_dropped_letters(dropped, _codec("tcvn3")) == restored


@pytest.mark.parametrize("text", _phrase_cases("counter_examples"))
def test_dropped_phrases_leave_other_words_alone(text: str) -> None:
    from extractor.read.legacy import _codec, _restore_dropped_letters

    assert _restore_dropped_letters(text, _codec("tcvn3")) == text
