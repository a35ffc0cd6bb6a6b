"""Decide a file's format from its content (magic bytes), not from its name.

``sniff`` answers ``"pdf"``, ``"docx"`` or ``"txt"``, with a note when the
extension says otherwise, and raises :class:`UnreadableFile` with a reason a
user can act on for everything else (empty files, legacy ``.doc``, other
Office/OpenDocument files, images, archives, binary data).
"""

from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from pathlib import Path

from extractor.errors import UnreadableFile

HEAD_SIZE = 64 * 1024  # bytes examined for magic numbers and for text
PDF_MAGIC_WINDOW = 1024  # like PDF readers, accept junk before %PDF- within this window
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_SCAN_LIMIT = 64 * 2**20

_EXTENSIONS = {
    "pdf": {".pdf"},
    "docx": {".docx", ".docm", ".dotx", ".dotm"},
    "txt": {".txt", ".text", ".md"},
}
_LABEL = {"pdf": "a PDF file", "docx": "a DOCX file", "txt": "a text file"}

_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
_ARCHIVES = (
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
# C0 control bytes that never occur in a text file (tab, LF, VT, FF, CR and the DOS EOF mark 0x1A are allowed).
_CONTROL = frozenset(range(0x00, 0x09)) | (frozenset(range(0x0E, 0x20)) - {0x1A}) | {0x7F}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
# OLE stream names (UTF-16LE) that tell which program wrote a compound file.
_OLE_KINDS = (
    ("EncryptedPackage", "a password-protected Office document: remove the password in Word and save it again"),
    ("WordDocument", "a legacy Word 97-2003 document (.doc): open it in Word or LibreOffice and save it as .docx"),
    ("Workbook", "a legacy Excel workbook (.xls), not a report document"),
    ("PowerPoint Document", "a legacy PowerPoint presentation (.ppt), not a report document"),
)
_ZIP_KINDS = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx), not a Word document"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx), not a Word document"),
)
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt): save it as .docx",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods), not a Word document",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp), not a Word document",
}


@dataclass(frozen=True)
class Sniffed:
    """What a file really is.

    ``format`` is ``"pdf"``, ``"docx"`` or ``"txt"``; ``note`` says when the
    extension disagrees with the content.  For ``"txt"``, ``encoding`` is the
    codec that reads it: ``"utf-8-sig"`` (BOM), ``"utf-16"`` (BOM),
    ``"utf-16-le"``/``"utf-16-be"`` (no BOM, told by the NUL bytes), ``"utf-8"``
    or ``"cp1252"`` (legacy single-byte text such as TCVN3/VNI; decode with
    ``errors="replace"`` since cp1252 leaves five byte values undefined).
    """

    format: str
    note: str | None = None
    encoding: str | None = None


def sniff(path: Path) -> Sniffed:
    """Tell a PDF, DOCX or text file by its content; raise :class:`UnreadableFile` for anything else."""
    name = str(path)
    head, size = _read_head(path)
    try:
        fmt, encoding = _classify(path, name, head, size)
    except OSError as exc:
        raise UnreadableFile(name, f"cannot read the file ({exc.strerror or exc})") from exc
    return Sniffed(fmt, extension_note(path, fmt), encoding)


def _read_head(path: Path) -> tuple[bytes, int]:
    name = str(path)
    try:
        if path.is_dir():
            raise UnreadableFile(name, "is a directory, not a file")
        with path.open("rb") as fh:
            head = fh.read(HEAD_SIZE)
            size = fh.seek(0, 2)
    except FileNotFoundError as exc:
        raise UnreadableFile(name, "file not found") from exc
    except PermissionError as exc:
        raise UnreadableFile(name, "permission denied: cannot read the file") from exc
    except OSError as exc:
        raise UnreadableFile(name, f"cannot read the file ({exc.strerror or exc})") from exc
    if size == 0:
        raise UnreadableFile(name, "empty file (0 bytes)")
    return head, size


def _classify(path: Path, name: str, head: bytes, size: int) -> tuple[str, str | None]:
    if b"%PDF-" in head[:PDF_MAGIC_WINDOW]:
        return "pdf", None
    if head.startswith(OLE_MAGIC):
        raise UnreadableFile(name, _ole_reason(path))
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(path, name), None
    _refuse_known_binary(name, head)
    encoding = _text_encoding(head, complete=len(head) == size)
    if encoding is None:
        raise UnreadableFile(name, "binary data: not a PDF, DOCX or text file")
    return "txt", encoding


def _refuse_known_binary(name: str, head: bytes) -> None:
    for magic, kind in _IMAGES:
        if head.startswith(magic) and (kind != "BMP" or _looks_like_bmp(head)):
            raise UnreadableFile(
                name, f"is a {kind} image, not a document: put it in a PDF (it will be OCR'd) or OCR it first"
            )
    for magic, kind in _ARCHIVES:
        if head.startswith(magic):
            raise UnreadableFile(name, f"is {kind}: unpack it and give the report inside")
    if head.startswith(b"{\\rtf"):
        raise UnreadableFile(name, "is an RTF document: open it in Word or LibreOffice and save it as .docx")


def _looks_like_bmp(head: bytes) -> bool:
    """'BM' is also how plenty of text starts; a BMP header declares a known DIB header size at offset 14."""
    return len(head) >= 18 and int.from_bytes(head[14:18], "little") in {12, 40, 52, 56, 64, 108, 124}


def _ole_reason(path: Path) -> str:
    found = _scan_for(path, [n.encode("utf-16-le") for n, _ in _OLE_KINDS])
    for stream, reason in _OLE_KINDS:
        if stream.encode("utf-16-le") in found:
            return f"is {reason}"
    return "is a legacy Microsoft Office file (OLE2, e.g. Word 97-2003 .doc): save it as .docx"


def _scan_for(path: Path, needles: list[bytes]) -> set[bytes]:
    """Which of *needles* occur in the first 64 MiB of *path* (read in chunks)."""
    found: set[bytes] = set()
    overlap = max(len(n) for n in needles) - 1
    tail = b""
    with path.open("rb") as fh:
        for _ in range(_OLE_SCAN_LIMIT // (1 << 20)):
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            window = tail + chunk
            found.update(n for n in needles if n in window)
            tail = window[-overlap:]
    return found


def _zip_format(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            mimetype = _odf_mimetype(zf, names)
    except (zipfile.BadZipFile, NotImplementedError) as exc:  # NotImplementedError: "zip file version 14.8"
        raise UnreadableFile(name, f"damaged or truncated ZIP/DOCX file ({exc})") from exc
    raise UnreadableFile(name, "is " + _zip_kind(names, mimetype))


def _odf_mimetype(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "mimetype" not in names or zf.getinfo("mimetype").file_size > 200:
        return ""
    try:
        return zf.read("mimetype").decode("ascii", "replace").strip()
    except Exception:  # a damaged member: the caller still reports "not a DOCX"
        return ""


def _zip_kind(names: set[str], mimetype: str) -> str:
    if mimetype in _ODF_KINDS:
        return _ODF_KINDS[mimetype]
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return f"an OpenDocument file ({mimetype}), not a Word document"
    for member, kind in _ZIP_KINDS:
        if member in names:
            return kind
    if "[Content_Types].xml" in names:
        return "an Office Open XML package without word/document.xml: not a Word document"
    return "a ZIP archive, not a DOCX file: unpack it and give the report inside"


def _text_encoding(head: bytes, *, complete: bool) -> str | None:
    """The codec of a text file, judged on its first bytes; ``None`` for binary data."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig" if _clean_utf8(head[3:], complete) else None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16" if _clean_utf16(head, complete, "utf-16") else None
    if _has_control(head):
        guess = utf16_by_nuls(head)
        return guess if guess and _clean_utf16(head, complete, guess) else None
    return "utf-8" if _clean_utf8(head, complete) else "cp1252"


def _has_control(data: bytes) -> bool:
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def _clean_utf8(data: bytes, complete: bool) -> bool:
    if _has_control(data):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: most characters of Vietnamese text have a NUL high byte, on one side only."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.2 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.2 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _clean_utf16(data: bytes, complete: bool, codec: str) -> bool:
    usable = data if complete else data[: len(data) - len(data) % 2]
    try:
        text = codecs.getincrementaldecoder(codec)().decode(usable, final=complete)
    except UnicodeDecodeError:
        return False
    return not any(ord(c) in _CONTROL for c in text)


def extension_note(path: Path, fmt: str) -> str | None:
    """What a file's name says wrongly about its format (``named .docx but is a text file``), if anything."""
    ext = path.suffix.lower()
    if not ext or ext in _EXTENSIONS[fmt]:
        return None
    return f"named {ext} but is {_LABEL[fmt]}"
