"""Bad input: format sniffing, safe PDF opening, DOCX zip bombs and XML entities.

Every bad file is generated into ``tmp_path`` by :mod:`tests.badfiles`.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest
from lxml import etree

from extractor.errors import EncryptedFile, UnreadableFile
from extractor.read.pdf.opening import NEED_PASSWORD, WRONG_PASSWORD, load_page, open_pdf
from extractor.read.safety import check_docx_zip, parse_xml, read_member
from extractor.read.sniff import sniff

if TYPE_CHECKING:
    import badfiles as bf
else:
    try:  # tests/ as a package (tests/__init__.py), or the repo root on sys.path
        from tests import badfiles as bf
    except ImportError:  # pytest put tests/ itself on sys.path
        import badfiles as bf

CORPUS = bf.CORPUS
MIB = bf.MIB
REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"sample reports not found at {CORPUS}")

Maker = Callable[[Path], Path]


def _copy(name: str) -> Maker:
    return lambda p: bf.copy_as(p, CORPUS / name)


def _bytes(data: bytes) -> Maker:
    def make(p: Path) -> Path:
        p.write_bytes(data)
        return p

    return make


# TCVN3 (ABC) and VNI bytes of "Cộng hoà xã hội chủ nghĩa Việt Nam", as typed with the old .Vn / VNI fonts.
TCVN3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\r\n§¶ng bé tØnh\r\n".encode("cp1252")
VNI = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\r\n".encode("cp1252")
VIET = "BÁO CÁO sơ kết Nghị quyết của Đảng ủy\n"


def _with_junk(p: Path) -> Path:
    p.write_bytes(
        b"\x00\x01junk from a mail gateway\r\n" * 10 + (CORPUS / "004-chi-thi-sinh-hoat-chi-bo.pdf").read_bytes()
    )
    return p


# ================================================================ sniff: readable files

SNIFF_OK: list[tuple[str, Maker, str, str | None, str | None]] = [
    # (file name, maker, format, note, encoding)
    ("a.pdf", _copy("002-ket-luan-huyen-uy.pdf"), "pdf", None, None),
    ("a-scan.pdf", _copy("002-ket-luan-huyen-uy-scan.pdf"), "pdf", None, None),
    ("a.docx", _copy("002-ket-luan-huyen-uy.docx"), "docx", None, None),
    ("a.txt", _copy("002-ket-luan-huyen-uy.txt"), "txt", None, "utf-8"),
    ("a.PDF", _copy("002-ket-luan-huyen-uy.pdf"), "pdf", None, None),
    ("noext", _copy("002-ket-luan-huyen-uy.pdf"), "pdf", None, None),
    ("docx-named.pdf", _copy("002-ket-luan-huyen-uy.docx"), "docx", "named .pdf but is a DOCX file", None),
    ("pdf-named.docx", _copy("002-ket-luan-huyen-uy.pdf"), "pdf", "named .docx but is a PDF file", None),
    ("txt-named.pdf", _copy("002-ket-luan-huyen-uy.txt"), "txt", "named .pdf but is a text file", "utf-8"),
    ("docx-named.doc", _copy("002-ket-luan-huyen-uy.docx"), "docx", "named .doc but is a DOCX file", None),
    ("junk-first.pdf", _with_junk, "pdf", None, None),
    ("bom8.txt", _bytes(codecs.BOM_UTF8 + VIET.encode()), "txt", None, "utf-8-sig"),
    ("bom16le.txt", _bytes(codecs.BOM_UTF16_LE + VIET.encode("utf-16-le")), "txt", None, "utf-16"),
    ("bom16be.txt", _bytes(codecs.BOM_UTF16_BE + VIET.encode("utf-16-be")), "txt", None, "utf-16"),
    ("nobom16le.txt", _bytes((VIET * 3).encode("utf-16-le")), "txt", None, "utf-16-le"),
    ("nobom16be.txt", _bytes((VIET * 3).encode("utf-16-be")), "txt", None, "utf-16-be"),
    ("tcvn3.txt", _bytes(TCVN3), "txt", None, "cp1252"),
    ("vni.txt", _bytes(VNI), "txt", None, "cp1252"),
    ("undefined-cp1252.txt", _bytes(b"abc \x81\x8d\x8f\x90\x9d def\n"), "txt", None, "cp1252"),
    ("dos-eof.txt", _bytes(b"line one\r\nline two\r\n\x1a"), "txt", None, "utf-8"),
]


@pytest.mark.parametrize(("name", "make", "fmt", "note", "encoding"), SNIFF_OK, ids=[c[0] for c in SNIFF_OK])
def test_sniff_by_content(
    tmp_path: Path, name: str, make: Maker, fmt: str, note: str | None, encoding: str | None
) -> None:
    got = sniff(make(tmp_path / name))
    assert (got.format, got.note, got.encoding) == (fmt, note, encoding)


def test_sniff_legacy_text_decodes_to_its_bytes(tmp_path: Path) -> None:
    got = sniff(bf.copy_as(tmp_path / "x.txt", CORPUS / "002-ket-luan-huyen-uy.txt"))
    assert got.encoding is not None
    assert "KẾT LUẬN" in (tmp_path / "x.txt").read_bytes().decode(got.encoding)
    tcvn = tmp_path / "t.txt"
    tcvn.write_bytes(TCVN3)
    enc = sniff(tcvn).encoding
    assert enc is not None
    assert tcvn.read_bytes().decode(enc, errors="replace").startswith("Céng hoµ")


# (the shared corpus itself, its scans included: only the reports are copied into corpus/)
@pytest.mark.parametrize(
    "path", sorted(SHARED_CORPUS.glob("*.*")) if SHARED_CORPUS.is_dir() else [], ids=lambda p: p.name
)
def test_sniff_whole_corpus(path: Path) -> None:
    expected = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "txt"}[path.suffix]
    got = sniff(path)
    assert (got.format, got.note) == (expected, None)


# ================================================================ sniff: refused files

SNIFF_BAD: list[tuple[str, Maker, str]] = [
    # (file name, maker, words the reason must contain)
    ("empty.pdf", bf.make_empty, "empty file (0 bytes)"),
    ("old.doc", bf.make_ole_doc, "Word 97-2003 document (.doc): open it in Word or LibreOffice and save it as .docx"),
    ("old-named.docx", bf.make_ole_doc, "save it as .docx"),
    ("locked.docx", lambda p: bf.make_ole_doc(p, "EncryptedPackage"), "password-protected"),
    ("old.xls", lambda p: bf.make_ole_doc(p, "Workbook"), "Excel workbook (.xls)"),
    ("sheet.docx", bf.make_xlsx, "Excel workbook (.xlsx)"),
    ("text.odt", bf.make_odt, "OpenDocument text (.odt): save it as .docx"),
    ("plain.zip", lambda p: bf.make_zip(p, {"a.txt": b"hello"}), "ZIP archive, not a DOCX"),
    ("scan.png", bf.make_image, "PNG image"),
    ("scan.pdf", bf.make_image, "put it in a PDF"),
    ("photo.jpg", lambda p: bf.make_image(p, "JPEG"), "JPEG image"),
    ("fax.tif", lambda p: bf.make_image(p, "TIFF"), "TIFF image"),
    ("report.docx.gz", _bytes(b"\x1f\x8b\x08\x00" + bytes(40)), "gzip-compressed"),
    ("report.rtf", _bytes(b"{\\rtf1\\ansi hello}"), "RTF document"),
    ("random.bin", _bytes(bytes(range(256)) * 8), "binary data: not a PDF, DOCX or text file"),
    ("late-magic.pdf", _bytes(bytes(2000) + b"%PDF-1.4\n"), "binary data"),
    ("half.docx", lambda p: _bytes((CORPUS / "002-ket-luan-huyen-uy.docx").read_bytes()[:20000])(p), "damaged"),
    ("utf16-binary.txt", _bytes(codecs.BOM_UTF16_LE + "ab\x00\x01\x02".encode("utf-16-le")), "binary data"),
]


@pytest.mark.parametrize(("name", "make", "reason"), SNIFF_BAD, ids=[c[0] for c in SNIFF_BAD])
def test_sniff_refuses(tmp_path: Path, name: str, make: Maker, reason: str) -> None:
    path = make(tmp_path / name)
    with pytest.raises(UnreadableFile) as info:
        sniff(path)
    assert reason in info.value.reason
    assert str(path) in str(info.value)
    assert info.value.path == str(path)


def test_sniff_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="file not found"):
        sniff(tmp_path / "nope.pdf")
    with pytest.raises(UnreadableFile, match="is a directory"):
        sniff(tmp_path)


# ================================================================ open_pdf


def test_open_pdf_opens_and_closes() -> None:
    with open_pdf(CORPUS / "002-ket-luan-huyen-uy.pdf") as pdf:
        assert len(pdf) == 4
        page = load_page(pdf, 0, "x.pdf")
        assert "KẾT LUẬN" in page.get_textpage().get_text_range()
    assert pdf.raw is None
    assert page.raw is None  # pages still open are closed with the document


def test_open_pdf_closes_on_error() -> None:
    with pytest.raises(KeyError), open_pdf(CORPUS / "002-ket-luan-huyen-uy.pdf") as pdf:
        raise KeyError("boom")
    assert pdf.raw is None


BAD_PDFS: list[tuple[str, Maker, str | None, type[UnreadableFile], str]] = [
    ("empty.pdf", bf.make_empty, None, UnreadableFile, "damaged or truncated PDF"),
    ("half.pdf", bf.make_truncated_pdf, None, UnreadableFile, "damaged or truncated PDF"),
    ("tenth.pdf", lambda p: bf.make_truncated_pdf(p, fraction=0.1), None, UnreadableFile, "damaged or truncated PDF"),
    (
        "own-half.pdf",
        lambda p: _bytes(bf.make_many_page_pdf(p, 50).read_bytes()[: p.stat().st_size // 2])(p),
        None,
        UnreadableFile,
        "damaged or truncated PDF",
    ),
    ("zero.pdf", bf.make_zero_page_pdf, None, UnreadableFile, "PDF has no pages"),
    ("locked.pdf", bf.make_encrypted_pdf, None, EncryptedFile, NEED_PASSWORD),
    ("locked-wrong.pdf", bf.make_encrypted_pdf, "sesame", EncryptedFile, WRONG_PASSWORD),
    ("image.pdf", bf.make_image, None, UnreadableFile, "damaged or truncated PDF"),
]


@pytest.mark.parametrize(("name", "make", "password", "exc", "reason"), BAD_PDFS, ids=[c[0] for c in BAD_PDFS])
def test_open_pdf_refuses(
    tmp_path: Path, name: str, make: Maker, password: str | None, exc: type[UnreadableFile], reason: str
) -> None:
    path = make(tmp_path / name)
    with pytest.raises(UnreadableFile) as info, open_pdf(path, password):
        pytest.fail("opened a bad PDF")
    assert type(info.value) is exc
    assert info.value.reason.startswith(reason)
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_open_pdf_missing(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="file not found"), open_pdf(tmp_path / "nope.pdf"):
        pass


@pytest.mark.parametrize("password", ["secret", "owner-secret"])
def test_encrypted_pdf_opens_with_password(tmp_path: Path, password: str) -> None:
    path = bf.make_encrypted_pdf(tmp_path / "locked.pdf")
    assert b"/Encrypt" in path.read_bytes()
    with open_pdf(CORPUS / "004-chi-thi-sinh-hoat-chi-bo.pdf") as plain:
        expected = plain[0].get_textpage().get_text_range()
    with open_pdf(path, password) as pdf:
        assert len(pdf) == 4
        assert pdf[0].get_textpage().get_text_range() == expected


def test_damaged_page_names_the_page(tmp_path: Path) -> None:
    path = bf.make_damaged_page_pdf(tmp_path / "bad-page.pdf", pages=10, broken=3)
    with open_pdf(path) as pdf:
        assert len(pdf) == 10
        assert load_page(pdf, 1, path).get_textpage().get_text_range() == bf.page_line(2, 10)
        with pytest.raises(UnreadableFile) as info:
            load_page(pdf, 2, path)
        assert load_page(pdf, 3, path).get_textpage().get_text_range() == bf.page_line(4, 10)
    assert info.value.reason == "damaged or truncated PDF: page 3 of 10 cannot be loaded"
    assert str(path) in str(info.value)


# ================================================================ the many-page generator


@pytest.mark.parametrize("pages", [1, 7, 120])
def test_many_page_pdf_is_valid(tmp_path: Path, pages: int) -> None:
    from pypdf import PdfReader

    path = bf.make_many_page_pdf(tmp_path / "many.pdf", pages)
    assert len(PdfReader(path, strict=True).pages) == pages  # strict: a wrong xref offset fails here
    with open_pdf(path) as pdf:
        assert len(pdf) == pages
        for i in range(pages):
            page = load_page(pdf, i, path)
            textpage = page.get_textpage()
            assert textpage.get_text_range() == bf.page_line(i + 1, pages)
            textpage.close()
            page.close()


_RSS_PROBE = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path
    from extractor.read.pdf.opening import load_page, open_pdf

    path = Path(sys.argv[1])
    start = time.perf_counter()
    chars = 0
    with open_pdf(path) as pdf:
        opened = time.perf_counter() - start
        for i in range(len(pdf)):
            page = load_page(pdf, i, path)
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, opened, chars)
    """
)


def _probe(path: Path) -> tuple[int, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, str(path.resolve())], check=True, capture_output=True, text=True, cwd=REPO
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def test_many_pages_open_fast_and_memory_stays_bounded(tmp_path: Path) -> None:
    small = _probe(bf.make_many_page_pdf(tmp_path / "p200.pdf", 200))
    big = _probe(bf.make_many_page_pdf(tmp_path / "p2000.pdf", 2000))
    assert big[2] == sum(len(bf.page_line(n, 2000)) for n in range(1, 2001))  # every page was read
    assert big[1] < 1.0  # opening is lazy: seconds would mean the whole file is parsed up front
    growth_kib = big[0] - small[0]  # ru_maxrss is in KiB on Linux
    assert growth_kib < 30 * 1024, f"peak RSS grew {growth_kib} KiB from 200 to 2,000 pages"


# ================================================================ DOCX zip bombs

CLEAN_DOCX = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", CLEAN_DOCX, ids=lambda p: p.name)
def test_corpus_docx_pass_the_zip_check(path: Path) -> None:
    check_docx_zip(path)


def test_zip_bomb_300_mib(tmp_path: Path) -> None:
    path = bf.make_zip_bomb_docx(tmp_path / "bomb.docx", 300 * MIB)
    assert path.stat().st_size < 2 * MIB  # the fixture itself stays small
    with zipfile.ZipFile(path) as zf:
        assert "word/document.xml" in zf.namelist()
    assert sniff(path).format == "docx"  # it is a DOCX: only the zip check catches it
    start = time.perf_counter()
    with pytest.raises(UnreadableFile) as info:
        check_docx_zip(path)
    assert time.perf_counter() - start < 1.0  # refused from the directory, not by unpacking 300 MiB
    assert info.value.reason.startswith("possible zip bomb: parts declare 30")  # 300 MiB + the real parts
    assert info.value.reason.endswith("unpacked, over the 200 MiB limit")
    assert str(path) in str(info.value)


RATIO_CASES: list[tuple[str, int, dict[str, float], bool]] = [
    # (id, zero bytes added, check_docx_zip keyword arguments, refused?)
    ("2MiB-zeros", 2 * MIB, {}, True),
    ("2MiB-zeros-lenient", 2 * MIB, {"max_ratio": 1e6}, False),
    ("half-MiB-zeros", MIB // 2, {}, False),  # under 1 MiB, the ratio does not matter
    ("2MiB-total-limit", 2 * MIB, {"max_total": MIB, "max_ratio": 1e6}, True),
]


@pytest.mark.parametrize(("size", "kwargs", "refused"), [c[1:] for c in RATIO_CASES], ids=[c[0] for c in RATIO_CASES])
def test_zip_bomb_limits(tmp_path: Path, size: int, kwargs: dict[str, float], refused: bool) -> None:
    path = bf.make_zip_bomb_docx(tmp_path / "z.docx", size)
    if not refused:
        check_docx_zip(path, **kwargs)  # type: ignore[arg-type]
        return
    with pytest.raises(UnreadableFile, match="possible zip bomb"):
        check_docx_zip(path, **kwargs)  # type: ignore[arg-type]


def test_zip_bomb_with_lying_size(tmp_path: Path) -> None:
    path = bf.make_lying_size_docx(tmp_path / "liar.docx", real=20 * MIB, declared=4096)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/media/liar.bin")
        assert info.file_size == 4096 < info.compress_size * 10  # the directory lies: no bomb by its numbers
    with pytest.raises(UnreadableFile) as err:
        check_docx_zip(path)
    assert err.value.reason.startswith("damaged ZIP archive: part word/media/liar.bin cannot be unpacked")


def test_read_member_stops_at_the_limit(tmp_path: Path) -> None:
    path = bf.make_zip_bomb_docx(tmp_path / "bomb.docx", 50 * MIB)
    with zipfile.ZipFile(path) as zf:
        document = read_member(zf, "word/document.xml", 10 * MIB)
        assert document == zf.read("word/document.xml")
        with pytest.raises(UnreadableFile) as info:
            read_member(zf, "word/media/padding.bin", MIB)
        assert "unpacks to more than 1 MiB" in info.value.reason
        assert info.value.path == str(path)
        with pytest.raises(UnreadableFile, match=r"part word/nothing\.xml is missing"):
            read_member(zf, "word/nothing.xml", MIB)


def test_corrupt_zip_and_corrupt_member(tmp_path: Path) -> None:
    source = (CORPUS / "002-ket-luan-huyen-uy.docx").read_bytes()
    truncated = tmp_path / "trunc.docx"
    truncated.write_bytes(source[: len(source) // 2])
    with pytest.raises(UnreadableFile, match="damaged or truncated DOCX: not a readable ZIP archive"):
        check_docx_zip(truncated)

    flipped = bytearray(source)
    with zipfile.ZipFile(CORPUS / "002-ket-luan-huyen-uy.docx") as zf:
        info = zf.getinfo("word/document.xml")
    data_at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 200
    flipped[data_at : data_at + 64] = bytes(b ^ 0x5A for b in flipped[data_at : data_at + 64])
    damaged = tmp_path / "flip.docx"
    damaged.write_bytes(bytes(flipped))
    with pytest.raises(UnreadableFile, match=r"damaged ZIP archive: part word/document\.xml cannot be unpacked"):
        check_docx_zip(damaged)


# ================================================================ XML entities


def _all_text(root: etree._Element) -> str:
    return "".join(root.itertext()) + etree.tostring(root, encoding="unicode")


def test_external_entity_in_document_xml_is_not_resolved(tmp_path: Path) -> None:
    secret = bf.write_secret(tmp_path)
    path = bf.make_xxe_docx(tmp_path / "xxe.docx", secret)
    xml = zipfile.ZipFile(path).read("word/document.xml")
    # the fixture really is dangerous: a permissive parser reads the secret in
    permissive = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    assert bf.SECRET in "".join(etree.fromstring(xml, permissive).itertext())

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "BÁO CÁO" in texts
    assert not any(bf.SECRET in t for t in texts)
    check_docx_zip(path)
    assert bf.SECRET not in _all_text(parse_xml(xml, str(path), "word/document.xml"))


def test_external_entity_in_footnotes_xml_is_not_resolved(tmp_path: Path) -> None:
    secret = bf.write_secret(tmp_path)
    path = bf.make_xxe_docx(tmp_path / "xxe-fn.docx", secret, part="word/footnotes.xml")
    xml = zipfile.ZipFile(path).read("word/footnotes.xml")
    permissive = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    assert bf.SECRET in "".join(etree.fromstring(xml, permissive).itertext())

    root = parse_xml(xml, str(path), "word/footnotes.xml")
    assert root.tag.endswith("}footnotes")
    assert len(root) >= 10  # separators + the report's 10 footnotes, all still there
    assert bf.SECRET not in _all_text(root)


HOSTILE_XML: list[tuple[str, bytes, str | None]] = [
    # (id, XML, None if it parses, else words the reason must contain)
    ("plain", b"<r><a>x</a></r>", None),
    ("parameter-entity", b'<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><r>&leak;</r>', None),
    ("external-dtd", b'<!DOCTYPE r SYSTEM "file:///etc/passwd"><r>x</r>', None),
    ("network-entity", b'<!DOCTYPE r [<!ENTITY n SYSTEM "http://198.51.100.1/x">]><r>&n;</r>', None),
    ("entity-in-attribute", b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r a="&x;"/>', "not well-formed"),
    (
        "billion-laughs",
        b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (bytes([c]), b"&%s;" % bytes([c - 1]) * 10) for c in range(ord("b"), ord("j"))
        )
        + b"]><r>&i;</r>",
        "not well-formed",
    ),
    ("broken", b"<r><a></r>", "damaged document: part word/x.xml is not well-formed XML"),
    ("empty", b"", "damaged document: part word/x.xml"),
]


@pytest.mark.parametrize(("xml", "reason"), [c[1:] for c in HOSTILE_XML], ids=[c[0] for c in HOSTILE_XML])
def test_parse_xml_hostile(xml: bytes, reason: str | None) -> None:
    if reason is None:
        root = parse_xml(xml, "f.docx", "word/x.xml")
        assert "root:" not in _all_text(root)  # /etc/passwd never read in
        assert "aaaaaaaaaaaaaaaaaaaa" not in _all_text(root)
        return
    start = time.perf_counter()
    with pytest.raises(UnreadableFile) as info:
        parse_xml(xml, "f.docx", "word/x.xml")
    assert time.perf_counter() - start < 2.0
    assert reason in info.value.reason
    assert info.value.path == "f.docx"


# ================================================================ end to end, through extractor.read.parse.parse_file
# These run once extractor.read.parse imports (today it needs modules still being written).


def _pipeline_ready() -> bool:
    try:
        import extractor.read.parse  # noqa: F401
    except Exception:
        return False
    return True


PIPELINE = pytest.mark.skipif(not _pipeline_ready(), reason="extractor.read.parse does not import yet")

PIPELINE_BAD: list[tuple[str, Maker, str | None, type[UnreadableFile], str]] = [
    # (file name, maker, password, exception type, words the reason must contain)
    ("empty.pdf", bf.make_empty, None, UnreadableFile, "empty file (0 bytes)"),
    ("half.pdf", bf.make_truncated_pdf, None, UnreadableFile, "damaged or truncated PDF"),
    ("zero.pdf", bf.make_zero_page_pdf, None, UnreadableFile, "PDF has no pages"),
    ("locked.pdf", bf.make_encrypted_pdf, None, EncryptedFile, NEED_PASSWORD),
    ("locked-wrong.pdf", bf.make_encrypted_pdf, "sesame", EncryptedFile, WRONG_PASSWORD),
    ("bad-page.pdf", bf.make_damaged_page_pdf, None, UnreadableFile, "page 3 of 10 cannot be loaded"),
    ("old.doc", bf.make_ole_doc, None, UnreadableFile, "save it as .docx"),
    ("scan.png", bf.make_image, None, UnreadableFile, "PNG image"),
    ("sheet.xlsx", bf.make_xlsx, None, UnreadableFile, "Excel workbook"),
    ("bomb.docx", bf.make_zip_bomb_docx, None, UnreadableFile, "possible zip bomb"),
    ("liar.docx", bf.make_lying_size_docx, None, UnreadableFile, "damaged ZIP archive"),
    ("random.txt", _bytes(bytes(range(256)) * 8), None, UnreadableFile, "binary data"),
]


@PIPELINE
@pytest.mark.parametrize(("name", "make", "password", "exc", "reason"), PIPELINE_BAD, ids=[c[0] for c in PIPELINE_BAD])
def test_pipeline_refuses_bad_files(
    tmp_path: Path, name: str, make: Maker, password: str | None, exc: type[UnreadableFile], reason: str
) -> None:
    from extractor.read.parse import parse_file

    path = make(tmp_path / name)
    with pytest.raises(UnreadableFile) as info:
        parse_file(path, password=password, ocr="never")
    assert isinstance(info.value, exc)
    assert reason in info.value.reason
    assert str(path) in str(info.value)


@PIPELINE
def test_pipeline_reads_encrypted_pdf_with_password(tmp_path: Path) -> None:
    from extractor.read.parse import parse_file

    path = bf.make_encrypted_pdf(tmp_path / "locked.pdf")
    document = parse_file(path, password="secret", ocr="never")
    assert (document.format, document.page_count) == ("pdf", 4)
    assert "CHỈ THỊ" in document.text


@PIPELINE
@pytest.mark.parametrize(
    ("name", "source", "fmt", "note"),
    [
        ("docx-named.pdf", "002-ket-luan-huyen-uy.docx", "docx", "named .pdf but is a DOCX file"),
        ("pdf-named.docx", "002-ket-luan-huyen-uy.pdf", "pdf", "named .docx but is a PDF file"),
        ("txt-named.pdf", "002-ket-luan-huyen-uy.txt", "txt", "named .pdf but is a text file"),
    ],
)
def test_pipeline_reads_files_whose_extension_lies(tmp_path: Path, name: str, source: str, fmt: str, note: str) -> None:
    from extractor.read.parse import parse_file

    document = parse_file(bf.copy_as(tmp_path / name, CORPUS / source), ocr="never")
    assert document.format == fmt
    assert note in document.warnings
    assert "KẾT LUẬN" in document.text


@PIPELINE
def test_pipeline_never_reads_an_external_entity(tmp_path: Path) -> None:
    from extractor.read.parse import parse_file

    secret = bf.write_secret(tmp_path)
    for part in ("word/document.xml", "word/footnotes.xml"):
        path = bf.make_xxe_docx(tmp_path / f"xxe-{part.replace('/', '-')}.docx", secret, part=part)
        try:
            document = parse_file(path, ocr="never")
        except UnreadableFile as exc:
            assert bf.SECRET not in str(exc)
            continue
        assert "BÁO CÁO" in document.text
        assert bf.SECRET not in repr(document)
