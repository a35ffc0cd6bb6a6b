"""Defences against hostile input: XML entities and DOCX zip bombs."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from extractor.errors import UnreadableFile

MIB = 2**20
BOMB_MEMBER_MIN = 1 * MIB  # the ratio check applies only to members larger than this
_CHUNK = 1 << 16


def xml_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, never loads a DTD and never touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes, path: str, part: str) -> etree._Element:
    """Parse one XML part of a package with :func:`xml_parser`.

    A DOCTYPE with ENTITY declarations is harmless here: entity references stay
    unresolved nodes (``&name;``), so no local file or URL is ever read into the
    tree.  Markup that is not well-formed (including the entity tricks libxml2
    rejects, such as an external entity inside an attribute or an entity
    expansion bomb) raises :class:`UnreadableFile` naming the part.
    """
    try:
        root = etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(path, f"damaged document: part {part} is not well-formed XML ({exc.msg})") from exc
    if root is None:
        raise UnreadableFile(path, f"damaged document: part {part} is empty")
    return root


def _zip_name(zf: zipfile.ZipFile) -> str:
    return str(zf.filename) if zf.filename else "<zip>"


def read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Decompress member *name* in chunks, giving up as soon as it yields more than *limit* bytes.

    The declared size in the ZIP directory is not trusted: the bytes are
    counted as they come out of the decompressor.  A missing or damaged member
    (bad CRC, bad deflate data, truncated archive) raises :class:`UnreadableFile` too.
    """
    return b"".join(_chunks(zf, name, limit, f"part {name} unpacks to more than {_human(limit)}"))


def _chunks(zf: zipfile.ZipFile, name: str, limit: int, too_big: str) -> Iterator[bytes]:
    path = _zip_name(zf)
    total = 0
    try:
        with zf.open(name) as fh:
            while chunk := fh.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise UnreadableFile(path, f"possible zip bomb: {too_big}")
                yield chunk
    except UnreadableFile:
        raise
    except KeyError as exc:
        raise UnreadableFile(path, f"damaged document: part {name} is missing") from exc
    except Exception as exc:  # BadZipFile (bad CRC), zlib.error, EOFError, OSError…
        raise UnreadableFile(path, f"damaged ZIP archive: part {name} cannot be unpacked ({exc})") from exc


def _human(n: float) -> str:
    if n >= MIB:
        return f"{n / MIB:.0f} MiB"
    return f"{n:.0f} bytes"


def _check_declared(path: str, infos: list[zipfile.ZipInfo], max_total: int, max_ratio: float) -> None:
    total = sum(i.file_size for i in infos)
    if total > max_total:
        raise UnreadableFile(
            path, f"possible zip bomb: parts declare {_human(total)} unpacked, over the {_human(max_total)} limit"
        )
    for info in infos:
        _check_ratio(path, info.filename, info.file_size, info.compress_size, max_ratio)


def _check_ratio(path: str, name: str, size: int, compressed: int, max_ratio: float) -> None:
    if size <= BOMB_MEMBER_MIN:
        return
    ratio = size / max(compressed, 1)
    if ratio > max_ratio:
        raise UnreadableFile(
            path,
            f"possible zip bomb: part {name} unpacks {ratio:.0f}× ({_human(size)}), over the {max_ratio:.0f}× limit",
        )


def _check_actual(
    zf: zipfile.ZipFile, path: str, infos: list[zipfile.ZipInfo], max_total: int, max_ratio: float
) -> None:
    """Unpack every member with a running budget, so lying sizes cannot slip through."""
    budget = max_total
    for info in infos:
        if info.is_dir():
            continue
        too_big = f"part {info.filename} unpacks past the {_human(max_total)} limit"
        size = sum(len(c) for c in _chunks(zf, info.filename, budget, too_big))
        budget -= size
        _check_ratio(path, info.filename, size, info.compress_size, max_ratio)


def check_docx_zip(
    path: Path,
    *,
    max_total: int = 200 * MIB,
    max_ratio: float = 100.0,
    max_members: int = 10_000,
) -> None:
    """Refuse a DOCX that is not a sound ZIP or that would unpack to too much data.

    First the cheap checks on the central directory (declared total over
    *max_total*, a member over 1 MiB with an unpacked/packed ratio over
    *max_ratio*, more than *max_members* parts); then every member is unpacked
    in chunks with a running budget of *max_total* bytes, which also catches a
    damaged member (bad CRC) and declared sizes that lie.
    """
    name = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > max_members:
                raise UnreadableFile(name, f"possible zip bomb: {len(infos)} parts (limit {max_members})")
            _check_declared(name, infos, max_total, max_ratio)
            _check_actual(zf, name, infos, max_total, max_ratio)
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(name, f"damaged or truncated DOCX: not a readable ZIP archive ({exc})") from exc
    except OSError as exc:
        raise UnreadableFile(name, f"cannot read the file ({exc.strerror or exc})") from exc
