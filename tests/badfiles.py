"""Makers of bad input files for the tests, written into a directory the test owns (``tmp_path``).

Nothing here is committed as a binary: every file is generated from code or
from the sample reports copied into ``corpus/`` from ``../shared/corpus``.
"""

from __future__ import annotations

import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PIL import Image

CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # the sample reports, copied from ../shared/corpus
MIB = 2**20
SECRET = "TOPSECRET-7f3a9c-do-not-leak"
_ZEROS = bytes(MIB)


# ---------------------------------------------------------------- hand-written PDFs


def _write_pdf(path: Path, objects: Iterable[bytes], count: int) -> None:
    """Stream objects 1..count to *path* with a correct xref table; object 1 is the catalog."""
    offsets: list[int] = []
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        for number, body in enumerate(objects, start=1):
            offsets.append(fh.tell())
            fh.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        if len(offsets) != count:
            raise ValueError(f"expected {count} objects, got {len(offsets)}")
        xref = fh.tell()
        fh.write(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        fh.writelines(b"%010d 00000 n \n" % off for off in offsets)
        fh.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count + 1, xref))


def page_line(number: int, pages: int) -> str:
    """The one line of text on page *number* (1-based) of :func:`make_many_page_pdf`."""
    return f"Trang {number} / {pages}: bao cao so {number * 7}"


def make_many_page_pdf(path: Path, pages: int) -> Path:
    """A valid PDF of *pages* pages, each with one line in Helvetica, streamed to disk.

    Objects: 1 catalog, 2 page tree, 3 font, then per page its page object
    and content stream.  The catalog and page tree come first, so a copy cut
    in half still has a root for PDFium's repair to find.
    """

    def objects() -> Iterator[bytes]:
        kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
        yield b"<< /Type /Catalog /Pages 2 0 R >>"
        yield b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
        yield b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        for i in range(pages):
            content = b"BT /F1 12 Tf 72 770 Td (%s) Tj ET" % page_line(i + 1, pages).encode("ascii")
            yield (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
            )
            yield b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)

    _write_pdf(path, objects(), 3 + 2 * pages)
    return path


def make_damaged_page_pdf(path: Path, pages: int = 10, broken: int = 3) -> Path:
    """A :func:`make_many_page_pdf` file whose page *broken* (1-based) has its object blanked out.

    The xref table still points at the blank bytes, so the document opens but
    that one page cannot be loaded (what a badly repaired file looks like).
    """
    make_many_page_pdf(path, pages)
    data = path.read_bytes()
    start = data.index(b"\n%d 0 obj" % (2 + 2 * broken)) + 1
    end = data.index(b"endobj", start) + len(b"endobj")
    path.write_bytes(data[:start] + b" " * (end - start) + data[end:])
    return path


def make_zero_page_pdf(path: Path) -> Path:
    """A minimal well-formed PDF whose page tree is empty (/Count 0, /Kids [])."""
    _write_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"], 2)
    return path


def make_truncated_pdf(path: Path, source: Path | None = None, fraction: float = 0.5) -> Path:
    """The first *fraction* of a corpus PDF (LibreOffice puts the catalog at the end, so no root survives)."""
    data = (source or CORPUS / "002-ket-luan-huyen-uy.pdf").read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def make_encrypted_pdf(path: Path, password: str = "secret", source: Path | None = None) -> Path:
    """A corpus PDF encrypted with pypdf (RC4-128, user password *password*)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source or CORPUS / "004-chi-thi-sinh-hoat-chi-bo.pdf"))
    writer.encrypt(user_password=password, owner_password="owner-" + password)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


# ---------------------------------------------------------------- other formats


def make_owner_only_pdf(path: Path, owner: str = "owner-secret", source: Path | None = None) -> Path:
    """A corpus PDF whose only password is the owner's (it restricts permissions; anyone may open it)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions

    writer = PdfWriter(clone_from=PdfReader(source or CORPUS / "004-chi-thi-sinh-hoat-chi-bo.pdf"))
    writer.encrypt(user_password="", owner_password=owner, permissions_flag=UserAccessPermissions(0))
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def make_ole_doc(path: Path, stream: str = "WordDocument") -> Path:
    """The first sectors of an OLE2 compound file: header magic and a directory naming *stream*.

    Not a complete compound file (no tool here writes real .doc files), but it
    carries exactly what the sniffer looks at: the magic and the stream names.
    """

    def entry(name: str) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + bytes(62)

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    path.write_bytes(header.ljust(512, b"\x00") + entry("Root Entry") + entry(stream) + bytes(512 - 256))
    return path


def make_image(path: Path, fmt: str = "PNG") -> Path:
    Image.new("L", (40, 20), color=200).save(path, fmt)
    return path


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def make_xlsx(path: Path) -> Path:
    return make_zip(
        path,
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": b"<x/>"},
    )


def make_odt(path: Path) -> Path:
    return make_zip(path, {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})


def copy_as(path: Path, source: Path) -> Path:
    """*source*'s bytes under another name (an extension that lies)."""
    shutil.copyfile(source, path)
    return path


# ---------------------------------------------------------------- hostile DOCX


def rewrite_docx(path: Path, source: Path, edits: dict[str, Callable[[bytes], bytes]]) -> Path:
    """Copy a DOCX member by member, passing the named members through their edit function."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, edits[info.filename](data) if info.filename in edits else data)
    return path


def add_zero_member(path: Path, source: Path, size: int, name: str = "word/media/padding.bin") -> Path:
    """*source* plus a member of *size* zero bytes, streamed so memory stays at one MiB."""
    shutil.copyfile(source, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w", force_zip64=True) as fh:
        for _ in range(size // MIB):
            fh.write(_ZEROS)
        fh.write(bytes(size % MIB))
    return path


def make_zip_bomb_docx(path: Path, size: int = 300 * MIB, source: Path | None = None) -> Path:
    """A valid corpus DOCX plus *size* bytes of zeros compressed (~1000:1) in one member."""
    return add_zero_member(path, source or CORPUS / "002-ket-luan-huyen-uy.docx", size)


def make_lying_size_docx(path: Path, real: int = 20 * MIB, declared: int = 4096) -> Path:
    """A DOCX whose zeros member declares *declared* bytes (local and central headers) but holds *real*."""
    name = "word/media/liar.bin"
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(CORPUS / "002-ket-luan-huyen-uy.docx") as src, zipfile.ZipFile(tmp, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w") as fh:
            for _ in range(real // MIB):
                fh.write(_ZEROS)
    data = bytearray(tmp.read_bytes())
    tmp.unlink()
    _patch_sizes(data, name.encode(), declared)
    path.write_bytes(bytes(data))
    return path


def _patch_sizes(data: bytearray, name: bytes, declared: int) -> None:
    """Overwrite the uncompressed size of member *name* in its local and central directory headers."""
    patched = 0
    for sig, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(sig)
        while pos != -1:
            if data[pos + name_at : pos + name_at + len(name)] == name:
                struct.pack_into("<I", data, pos + size_at, declared)
                patched += 1
            pos = data.find(sig, pos + 4)
    if patched != 2:
        raise ValueError(f"patched {patched} headers, expected 2")


def external_entity_xml(xml: bytes, secret_file: Path, root: bytes) -> bytes:
    """*xml* with a DOCTYPE declaring ``&xxe;`` as *secret_file*, referenced inside the first ``<w:t>``."""
    decl_end = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    doctype = b'<!DOCTYPE %s [<!ENTITY xxe SYSTEM "%s">]>' % (root, secret_file.resolve().as_uri().encode())
    body = xml[decl_end:]
    match = re.search(rb"<w:t(?:\s[^>]*)?>", body)
    if match is None:
        raise ValueError("no <w:t> element to put the entity in")
    close = match.end()
    body = body[:close] + b"&xxe;" + body[close:]
    return xml[:decl_end] + doctype + body


def write_secret(directory: Path) -> Path:
    secret = directory / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


def make_xxe_docx(path: Path, secret_file: Path, part: str = "word/document.xml", source: Path | None = None) -> Path:
    """A corpus DOCX whose *part* declares an external entity pointing at *secret_file* and uses it."""
    root = b"w:document" if part == "word/document.xml" else b"w:footnotes"
    src = source or CORPUS / "000-bao-cao-tong-ket-ha-tinh.docx"
    return rewrite_docx(path, src, {part: lambda xml: external_entity_xml(xml, secret_file, root)})


# ---------------------------------------------------------------- tiny files that claim a lot


def make_big_page_pdf(path: Path, width: float, height: float, pages: int = 1) -> Path:
    """A blank PDF whose pages declare *width* × *height* points (a 610-byte file may claim
    14,400 × 14,400 pt, which renders at 200 dpi to 40,000 × 40,000 pixels)."""

    def objects() -> Iterator[bytes]:
        kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
        yield b"<< /Type /Catalog /Pages 2 0 R >>"
        yield b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
        for _ in range(pages):
            yield b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << >> >>" % (width, height)

    _write_pdf(path, objects(), 2 + pages)
    return path


def make_grid_span_docx(path: Path, span: int = 100_000_000, source: Path | None = None) -> Path:
    """A corpus DOCX whose first table cell claims to span *span* columns (33 KB that grew past 6 GB)."""

    def edit(xml: bytes) -> bytes:
        return xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="%d"/>' % span, 1)

    return rewrite_docx(path, source or CORPUS / "003-bao-cao-so-ket-kien-giang.docx", {"word/document.xml": edit})


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: base letters precomposed (â, ơ, ư …), tone
    marks as combining characters."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out: list[str] = []
    base, marks = "", ""
    for ch in unicodedata.normalize("NFD", text) + "\n":
        if unicodedata.combining(ch):
            if ch in tones:
                marks += ch
            else:
                base = unicodedata.normalize("NFC", base + ch)
            continue
        out.append(base + marks)
        base, marks = ch, ""
    return "".join(out).encode("cp1258")
