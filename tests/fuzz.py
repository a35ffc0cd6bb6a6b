"""Mutation fuzzing of the PDF, DOCX and TXT readers over the corpus.

Each *case* takes one corpus file, applies one *mutator* with its own seed (byte flips,
truncation, damaged ZIP members, shuffled XML, huge attribute values, broken PDF
cross-reference tables and streams, odd encodings …) and parses the result with
:func:`extractor.read.parse.parse_file` in a fresh process of its own, bounded in address
space and in time.  A case passes when it ends in a :class:`~extractor.document.elements.Document`
(that renders to JSON and whose blocks index its text) or in an
:class:`~extractor.errors.UnreadableFile` (or a subclass) naming the file, with a one-line
reason.  Anything else fails: another exception (an internal error), a hang past the time
limit, a memory error, a process that dies.

Everything is deterministic given the campaign seed: the cases form a fixed sequence (the
budget only decides how long a prefix of it runs), and a case is rebuilt from
``(file, mutator, seed)`` alone, so a failure is reproduced with::

    python -m tests.fuzz --replay 003-bao-cao-so-ket-kien-giang.docx:xml_huge_attr:123456

Run a campaign with ``python -m tests.fuzz --seconds 600`` (options in ``--help``).
``tests/test_fuzz_readers.py`` runs a short one in CI; ``make fuzz`` (``bench/fuzz_readers.py``)
a ten-minute one from another seed, with the scanned PDFs.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import importlib
import io
import json
import logging
import os
import random
import re
import resource
import shutil
import signal
import struct
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing import connection, get_context
from pathlib import Path
from typing import Any

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
CI_SEED = 20240601
DEFAULT_TIMEOUT = 20.0  # seconds per case
OCR_TIMEOUT = 240.0  # seconds per case that runs OCR
DEFAULT_MEMORY_MB = 1536  # address space of a case process
MAX_OUTPUT = 8 * 2**20  # a mutated file never grows past this many bytes

Mutator = Callable[[bytes, random.Random], bytes]

# =====================================================================================
# generic byte mutators (every format)
# =====================================================================================


def _size(rng: random.Random, limit: int) -> int:
    """A chunk size between 1 and ``limit``, log-uniform: mostly small, sometimes large."""
    return max(1, min(limit, rng.randint(1, 1 << rng.randint(0, 16))))


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    """Flip one bit or replace a whole byte at 1–16 random offsets."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(out))
        out[i] ^= (1 << rng.randrange(8)) if rng.random() < 0.5 else rng.randrange(1, 256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut the file at a random offset (sometimes very near the start or the end)."""
    choice = rng.random()
    if choice < 0.2:
        return data[: rng.randrange(min(64, len(data)))]
    if choice < 0.4:
        return data[: len(data) - rng.randint(1, min(4096, len(data)))]
    return data[: rng.randrange(len(data))]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    """Copy a chunk once or many times, right after itself or somewhere else."""
    n = _size(rng, len(data))
    start = rng.randrange(len(data) - n + 1)
    times = rng.choice([1, 1, 1, 2, 3, 10, 100])
    times = max(1, min(times, MAX_OUTPUT // (2 * n)))
    at = start + n if rng.random() < 0.5 else rng.randrange(len(data) + 1)
    return data[:at] + data[start : start + n] * times + data[at:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    """Remove a chunk."""
    n = _size(rng, len(data) - 1)
    start = rng.randrange(len(data) - n + 1)
    return data[:start] + data[start + n :]


def insert_random(data: bytes, rng: random.Random) -> bytes:
    """Insert 1–1,024 random bytes at a random offset."""
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 1024)) + data[at:]


# =====================================================================================
# DOCX: the ZIP package
# =====================================================================================

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class _Member:
    info: zipfile.ZipInfo
    data: bytes


def _unzip(data: bytes) -> list[_Member]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [_Member(info, zf.read(info)) for info in zf.infolist()]


def _zip(members: Sequence[_Member]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        for m in members:
            info = copy.copy(m.info)
            info.compress_type = zipfile.ZIP_DEFLATED if m.info.compress_type != zipfile.ZIP_STORED else 0
            zf.writestr(info, m.data)
    return buf.getvalue()


def _local_data_range(data: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where a member's (compressed) bytes stand in the archive."""
    header = data[info.header_offset : info.header_offset + 30]
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def zip_damage(data: bytes, rng: random.Random) -> bytes:
    """Damage one member inside the archive: flip bytes of its compressed data, or make its
    local header lie about its CRC or sizes."""
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    info = rng.choice([i for i in infos if i.compress_size > 0] or infos)
    out = bytearray(data)
    start, end = _local_data_range(data, info)
    how = rng.random()
    if how < 0.6 and end > start:
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(start, end)
            out[i] ^= rng.randrange(1, 256)
    else:
        field_at = info.header_offset + rng.choice([14, 18, 22])  # CRC-32, compressed size, size
        value = rng.choice([0, 1, 0xFFFFFFFF, 0x7FFFFFFF, rng.getrandbits(32)])
        out[field_at : field_at + 4] = struct.pack("<I", value)
    return bytes(out)


def zip_drop_member(data: bytes, rng: random.Random) -> bytes:
    """Leave one member out of the package (the main document, the styles, a relationship part …)."""
    members = _unzip(data)
    members.pop(rng.randrange(len(members)))
    return _zip(members)


_ODD_NAMES = (
    "word/document2.xml",
    "WORD/DOCUMENT.XML",
    "word\\document.xml",
    "../../word/document.xml",
    "/word/document.xml",
    "word/document.xml/",
    "word/ document.xml",
    "word/docu\u0301ment.xml",
    "",
)


def zip_rename_member(data: bytes, rng: random.Random) -> bytes:
    """Rename a member to an odd name, swap the names of two members, or store a name twice."""
    members = _unzip(data)
    how = rng.random()
    a = rng.randrange(len(members))
    if how < 0.4:
        b = rng.randrange(len(members))
        members[a].info.filename, members[b].info.filename = members[b].info.filename, members[a].info.filename
    elif how < 0.7:
        members[a].info.filename = rng.choice(_ODD_NAMES) or members[a].info.filename + "x"
    else:  # the same name twice: a second, different part under an existing name
        b = rng.randrange(len(members))
        twin = _Member(copy.copy(members[b].info), members[b].data)
        twin.info.filename = members[a].info.filename
        members.insert(rng.randrange(len(members) + 1), twin)
    return _zip(members)


def zip_zero_member(data: bytes, rng: random.Random) -> bytes:
    """Replace a member's content with nothing, a blank, an XML declaration or an empty root."""
    members = _unzip(data)
    m = rng.choice(members)
    m.data = rng.choice([b"", b" ", b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b"<x/>"])
    return _zip(members)


# =====================================================================================
# DOCX: the XML parts
# =====================================================================================

_XML_PARTS = (
    "word/document.xml",
    "word/footnotes.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/header1.xml",
    "word/settings.xml",
    "word/_rels/document.xml.rels",
    "[Content_Types].xml",
    "_rels/.rels",
)


def _pick_part(members: list[_Member], rng: random.Random) -> _Member:
    """An XML part, the main document six times out of ten."""
    by_name = {m.info.filename: m for m in members}
    if rng.random() < 0.6 and "word/document.xml" in by_name:
        return by_name["word/document.xml"]
    present = [by_name[n] for n in _XML_PARTS if n in by_name]
    return rng.choice(present or members)


def _parse(data: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except etree.XMLSyntaxError:
        return None


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _elements(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if isinstance(el.tag, str)]


def _xml_mutator(edit: Callable[[etree._Element, random.Random], None]) -> Mutator:
    """A DOCX mutator that edits one XML part's tree and packs the package again (valid CRCs)."""

    def mutate(data: bytes, rng: random.Random) -> bytes:
        members = _unzip(data)
        part = _pick_part(members, rng)
        root = _parse(part.data)
        if root is None:
            return flip_bytes(data, rng)
        edit(root, rng)
        part.data = _serialise(root)
        return _zip(members)

    mutate.__doc__ = edit.__doc__
    return mutate


def _shuffle(root: etree._Element, rng: random.Random) -> None:
    """Reorder the children of 1–5 random elements."""
    parents = [el for el in _elements(root) if len(el) >= 2] or [root]
    for el in rng.sample(parents, min(len(parents), rng.randint(1, 5))):
        children = list(el)
        rng.shuffle(children)
        for child in children:
            el.remove(child)
        el.extend(children)


def _delete(root: etree._Element, rng: random.Random) -> None:
    """Delete 1–20 random elements (with what they hold)."""
    for _ in range(rng.randint(1, 20)):
        candidates = [el for el in _elements(root) if el.getparent() is not None]
        if not candidates:
            return
        el = rng.choice(candidates)
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)


def _duplicate(root: etree._Element, rng: random.Random) -> None:
    """Repeat 1–5 random elements 1–50 times each, right after themselves."""
    for _ in range(rng.randint(1, 5)):
        candidates = [el for el in _elements(root) if el.getparent() is not None]
        if not candidates:
            return
        el = rng.choice(candidates)
        parent = el.getparent()
        if parent is None:
            continue
        times = rng.choice([1, 2, 5, 50])
        if len(etree.tostring(el)) * times > MAX_OUTPUT // 4:
            times = 1
        at = parent.index(el) + 1
        for _ in range(times):
            parent.insert(at, copy.deepcopy(el))


_TAGS = (
    "p",
    "r",
    "t",
    "tbl",
    "tr",
    "tc",
    "tcPr",
    "tblGrid",
    "gridCol",
    "gridSpan",
    "vMerge",
    "hMerge",
    "footnoteReference",
    "footnote",
    "sdt",
    "sdtContent",
    "customXml",
    "hyperlink",
    "body",
    "pPr",
    "rPr",
    "style",
    "basedOn",
)


def _retag(root: etree._Element, rng: random.Random) -> None:
    """Give 1–10 random elements another WordprocessingML tag (a cell outside a row, a row in the body …)."""
    candidates = [el for el in _elements(root) if el.getparent() is not None] or [root]
    for el in rng.sample(candidates, min(len(candidates), rng.randint(1, 10))):
        el.tag = _w(rng.choice(_TAGS))


# Attributes whose numbers size things: spans, merges, widths, font sizes, list and note ids.
_NUMERIC = {
    "gridSpan": "val",
    "gridBefore": "val",
    "gridAfter": "val",
    "vMerge": "val",
    "hMerge": "val",
    "gridCol": "w",
    "tcW": "w",
    "tblW": "w",
    "sz": "val",
    "szCs": "val",
    "numId": "val",
    "ilvl": "val",
    "footnoteReference": "id",
    "footnote": "id",
    "ind": "left",
    "spacing": "after",
    "jc": "val",
    "pStyle": "val",
    "rStyle": "val",
    "basedOn": "val",
    "b": "val",
    "i": "val",
    "vanish": "val",
    "tblHeader": "val",
}
HUGE_VALUES = (
    "999999999",
    "2147483647",
    "2147483648",
    "4294967296",
    "99999999999999999999999999999999",
    "-1",
    "-999999999",
    "0",
    "00000000000000000000001",
    "1e9",
    "NaN",
    "",
    " 7 ",
    "²",
    "١٢٣",
    "𝟗𝟗",
    "continue",
    "restart",
    "true",
)


def _huge_attr(root: etree._Element, rng: random.Random) -> None:
    """Set size-like attributes (gridSpan, vMerge, sz, numId, footnote ids …) to huge, negative or odd values;
    sometimes add a ``gridSpan`` of its own to cells."""
    targets = [el for el in _elements(root) if isinstance(el.tag, str) and etree.QName(el).localname in _NUMERIC]
    cells = [el for el in _elements(root) if el.tag == _w("tc")]
    if cells and (not targets or rng.random() < 0.3):
        for tc in rng.sample(cells, min(len(cells), rng.randint(1, 5))):
            tcpr = tc.find(_w("tcPr"))
            if tcpr is None:
                tcpr = etree.SubElement(tc, _w("tcPr"))
                tc.insert(0, tcpr)
            span = etree.SubElement(tcpr, _w(rng.choice(["gridSpan", "vMerge", "hMerge"])))
            span.set(_w("val"), rng.choice(HUGE_VALUES))
        return
    if not targets:
        root.set(_w("val"), rng.choice(HUGE_VALUES))
        return
    for el in rng.sample(targets, min(len(targets), rng.randint(1, 20))):
        el.set(_w(_NUMERIC[etree.QName(el).localname]), rng.choice(HUGE_VALUES))


def _long_string(rng: random.Random) -> str:
    n = rng.choice([10_000, 100_000, 1_000_000, 3_000_000])
    if rng.random() < 0.5:
        return rng.choice(["x", "9", " ", "ẩ", "\t", "¹", "1.234,5 "]) * (n // 8 + 1)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ0123456789 ,.%/-\t"
    return "".join(rng.choices(alphabet, k=n // 4))


def _long_attr(root: etree._Element, rng: random.Random) -> None:
    """Give an attribute (a style id, a value, a footnote id) or a run's text a very long value."""
    elements = _elements(root)
    el = rng.choice(elements)
    value = _long_string(rng)
    if rng.random() < 0.3:
        texts = [e for e in elements if e.tag == _w("t")]
        (rng.choice(texts) if texts else el).text = value
        return
    names = list(el.attrib) or [_w("val")]
    el.set(rng.choice(names), value)


def _nest(root: etree._Element, rng: random.Random) -> None:
    """Nest tables inside a cell, or inline containers (``sdt``, ``hyperlink``, ``customXml``) inside a
    paragraph or the body, from a few levels to far past what libxml2 accepts by default (256)."""
    depth = rng.choice([5, 20, 60, 80, 120, 250, 400, 3000])
    how = rng.random()
    if how < 0.4:
        host = rng.choice([el for el in _elements(root) if el.tag == _w("tc")] or [root])
        inner = host
        for _ in range(depth // 3 + 1):
            tbl = etree.SubElement(inner, _w("tbl"))
            tc = etree.SubElement(etree.SubElement(tbl, _w("tr")), _w("tc"))
            etree.SubElement(etree.SubElement(etree.SubElement(tc, _w("p")), _w("r")), _w("t")).text = "5"
            inner = tc
        return
    tag = rng.choice(["hyperlink", "customXml", "sdt", "smartTag", "ins"])
    hosts = [el for el in _elements(root) if el.tag in (_w("p"), _w("body"))] or [root]
    inner = rng.choice(hosts)
    for _ in range(depth):
        inner = etree.SubElement(inner, _w(tag))
        if tag == "sdt":
            inner = etree.SubElement(inner, _w("sdtContent"))
    etree.SubElement(etree.SubElement(inner, _w("r")), _w("t")).text = "Nghị quyết số 21-NQ/TW đạt 98,5%"


def _xml_byte_flip(data: bytes, rng: random.Random) -> bytes:
    """Flip bytes inside one XML part, then pack it with a correct CRC (so the XML parser sees the damage)."""
    members = _unzip(data)
    part = _pick_part(members, rng)
    part.data = flip_bytes(part.data, rng) if part.data else b"\xff"
    return _zip(members)


xml_shuffle = _xml_mutator(_shuffle)
xml_delete = _xml_mutator(_delete)
xml_duplicate = _xml_mutator(_duplicate)
xml_retag = _xml_mutator(_retag)
xml_huge_attr = _xml_mutator(_huge_attr)
xml_long_attr = _xml_mutator(_long_attr)
xml_deep_nesting = _xml_mutator(_nest)

# =====================================================================================
# PDF
# =====================================================================================

_MEDIABOXES = (
    b"0 0 1e9 1e9",
    b"0 0 999999999 999999999",
    b"-99999999 -99999999 99999999 99999999",
    b"0 0 0 0",
    b"0 0 -595 -842",
    b"595 842 0 0",
    b"0 0 3.4e38 3.4e38",
    b"0 0 14400 14400",
    b"0 0 595",
    b"",
    b"0 0 1 1",
    b"0 0 nan nan",
)


def _replace_same_length(data: bytes, start: int, end: int, new: bytes, rng: random.Random) -> bytes:
    """Replace ``data[start:end]`` with ``new``, padded with spaces to keep the offsets of the xref
    table valid when it fits, else as is (PDF readers then rebuild the cross-reference table)."""
    if len(new) <= end - start and rng.random() < 0.7:
        new = new + b" " * (end - start - len(new))
    return data[:start] + new + data[end:]


def pdf_mediabox(data: bytes, rng: random.Random) -> bytes:
    """Page boxes a square kilometre large, empty, inverted or malformed; or a /Rotate or /UserUnit added."""
    boxes = list(re.finditer(rb"/(?:MediaBox|CropBox)\s*\[([^\]]*)\]", data))
    if not boxes:
        return flip_bytes(data, rng)
    if rng.random() < 0.25:
        m = rng.choice(boxes)
        extra = rng.choice([b"/Rotate 45", b"/Rotate 99990", b"/Rotate -270", b"/UserUnit 75000", b"/UserUnit 0"])
        return data[: m.end()] + extra + data[m.end() :]
    chosen = boxes if rng.random() < 0.5 else [rng.choice(boxes)]
    new = rng.choice(_MEDIABOXES)
    for m in sorted(chosen, key=lambda m: m.start(), reverse=True):
        data = _replace_same_length(data, m.start(1), m.end(1), new, rng)
    return data


def pdf_count(data: bytes, rng: random.Random) -> bytes:
    """A page tree that lies: /Count huge, negative or zero; /Kids with a page twice or a cycle."""
    counts = list(re.finditer(rb"/Count\s+(-?\d+)", data))
    kids = list(re.finditer(rb"/Kids\s*\[([^\]]*)\]", data))
    if kids and (not counts or rng.random() < 0.35):
        m = rng.choice(kids)
        refs = re.findall(rb"\d+\s+\d+\s+R", m.group(1))
        own = re.findall(rb"(\d+)\s+0\s+obj\s*<<[^>]*?/Type\s*/Pages", data)
        how = rng.random()
        if how < 0.4 and refs:
            new = b" ".join(refs + [rng.choice(refs)] * rng.choice([1, 5, 1000]))
        elif how < 0.7 and own:
            new = b" ".join([*refs, rng.choice(own) + b" 0 R"])  # the page tree holds itself
        else:
            new = b" ".join(rng.sample(refs, len(refs))) if refs else b"1 0 R"
        return data[: m.start(1)] + new + data[m.end(1) :]
    if not counts:
        return flip_bytes(data, rng)
    m = rng.choice(counts)
    new = rng.choice([b"999999999", b"2147483648", b"-1", b"0", b"1", b"99999999999999999999", b"1e9"])
    return _replace_same_length(data, m.start(1), m.end(1), new, rng)


def pdf_xref(data: bytes, rng: random.Random) -> bytes:
    """Damage the cross-reference table and trailer: flip bytes near the end, point ``startxref``
    elsewhere, garble entry offsets, drop ``%%EOF``."""
    xref_at = data.rfind(b"xref")
    how = rng.random()
    if how < 0.35 or xref_at < 0:
        out = bytearray(data)
        lo = xref_at if xref_at >= 0 else max(0, len(data) - 2048)
        for _ in range(rng.randint(1, 12)):
            i = rng.randrange(lo, len(out))
            out[i] ^= rng.randrange(1, 256)
        return bytes(out)
    if how < 0.55:
        m = re.search(rb"startxref\s+(\d+)", data[xref_at:])
        if m:
            at = xref_at + m.start(1)
            new = str(rng.choice([0, 1, len(data), len(data) * 10, rng.randrange(len(data))])).encode()
            return data[:at] + new + data[xref_at + m.end(1) :]
    if how < 0.85:
        entries = list(re.finditer(rb"(\d{10}) (\d{5}) ([nf])", data[xref_at:]))
        if entries:
            out = bytearray(data)
            for e in rng.sample(entries, min(len(entries), rng.randint(1, 10))):
                at = xref_at + e.start(1)
                value = rng.choice([0, 9_999_999_999, rng.randrange(len(data)), len(data) + 1])
                out[at : at + 10] = b"%010d" % value
            return bytes(out)
    return data.replace(b"%%EOF", b"", rng.randint(1, 2))


_STREAM = re.compile(rb"/Length\s+(\d+(?:\s+\d+\s+R)?)[^>]*>>\s*stream\r?\n", re.S)


def pdf_stream(data: bytes, rng: random.Random) -> bytes:
    """A stream cut short (its /Length now lies), given a huge or zero /Length, filled with garbage,
    or the file cut in the middle of it."""
    streams = list(_STREAM.finditer(data))
    if not streams:
        return truncate(data, rng)
    m = rng.choice(streams)
    body = m.end()
    end = data.find(b"endstream", body)
    end = end if end > body else min(len(data), body + 100)
    how = rng.random()
    if how < 0.3 and end > body:
        cut = rng.randrange(body, end)
        return data[:cut] + data[cut + rng.randint(1, max(1, end - cut)) :]
    if how < 0.55:
        new = rng.choice([b"999999999", b"0", b"1", b"2147483648", b"-1"])
        return _replace_same_length(data, m.start(1), m.end(1), new, rng)
    if how < 0.8 and end > body:
        return data[:body] + rng.randbytes(end - body) + data[end:]
    return data[: rng.randrange(body, max(end, body + 1))]


def pdf_refs(data: bytes, rng: random.Random) -> bytes:
    """Indirect references pointing at the wrong objects: a font at a content stream, contents at the
    page tree, a reference to an object that does not exist."""
    refs = list(re.finditer(rb"(?<![\d.])(\d+) 0 R", data))
    objects = re.findall(rb"(\d+) 0 obj", data)
    if not refs or not objects:
        return flip_bytes(data, rng)
    out = data
    for m in sorted(rng.sample(refs, min(len(refs), rng.randint(1, 6))), key=lambda m: m.start(), reverse=True):
        new = rng.choice([*objects, b"0", b"99999", b"2147483647"])
        out = out[: m.start(1)] + new + out[m.end(1) :]
    return out


_OPERATORS = rb"Tf|Td|TD|Tm|cm|re|TL|Tz|Tc|Tw|Ts|l|m|c"
_EXTREME_NUMBERS = (b"0", b"-0", b"1e9", b"-1e9", b"99999999", b"-99999999", b"0.000001", b"3.4e38", b"-3.4e38")


def pdf_content(data: bytes, rng: random.Random) -> bytes:
    """Inflate a page content stream, give its text and path operators extreme operands (font size
    0 or 99,999,999, text matrices far off the page, degenerate rectangles) or repeat its text objects
    many times, deflate it again with a correct /Length (so the xref offsets shift, and readers repair)."""
    candidates = []
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            continue
        inflate = zlib.decompressobj()
        try:
            content = inflate.decompress(data[m.end() : end])
        except zlib.error:
            continue
        if inflate.eof and b"BT" in content and b"ET" in content:
            candidates.append((m, end, content))
    if not candidates:
        return pdf_stream(data, rng)
    m, end, content = rng.choice(candidates)
    if rng.random() < 0.3:
        objects = re.findall(rb"BT.*?ET", content, re.S)
        if objects:
            content += b"\n" + b"\n".join(rng.choice(objects) for _ in range(rng.choice([10, 100, 1000])))
    else:
        ops = list(re.finditer(rb"(-?[\d.]+)(\s+)(?=(?:-?[\d.]+\s+)*(?:" + _OPERATORS + rb")\b)", content))
        for op in sorted(rng.sample(ops, min(len(ops), rng.randint(1, 30))), key=lambda o: o.start(), reverse=True):
            content = content[: op.start(1)] + rng.choice(_EXTREME_NUMBERS) + content[op.end(1) :]
    packed = zlib.compress(content)
    head = data[: m.start(1)] + str(len(packed)).encode() + data[m.end(1) : m.end()]
    return head + packed + b"\n" + data[end:]


def pdf_numbers(data: bytes, rng: random.Random) -> bytes:
    """Replace numbers in the dictionaries (widths, sizes, offsets, counts) with extreme values."""
    streams = [(m.end(), data.find(b"endstream", m.end())) for m in re.finditer(rb"(?<!end)stream\r?\n", data)]
    starts = [s for s, _ in streams]

    def in_stream(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and (streams[i][1] < 0 or at < streams[i][1])

    numbers = [m for m in re.finditer(rb"(?<=[\s\[/])(-?\d+(?:\.\d+)?)(?=[\s\]/>])", data) if not in_stream(m.start())]
    if not numbers:
        return flip_bytes(data, rng)
    out = data
    for m in sorted(rng.sample(numbers, min(len(numbers), rng.randint(1, 30))), key=lambda m: m.start(), reverse=True):
        out = _replace_same_length(out, m.start(1), m.end(1), rng.choice(_EXTREME_NUMBERS), rng)
    return out


# =====================================================================================
# TXT
# =====================================================================================


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def txt_encoding(data: bytes, rng: random.Random) -> bytes:
    """The same text in another encoding: Windows-1258 (decomposed tones), cp1252, UTF-16 without a BOM,
    UTF-16/32 with one, Latin-1, or half UTF-8 and half cp1252."""
    import unicodedata

    text = _text(data)
    codec = rng.choice(["cp1258", "cp1252", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "latin-1", "mixed"])
    if codec == "cp1258":
        return unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    if codec == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("cp1252", errors="replace")
    return text.encode(codec, errors="replace")


_INVALID_UTF8 = (
    b"\xff",
    b"\xfe",
    b"\xc3",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\x80",
    b"\xe1\xbb",
    b"\xf8\x88\x80\x80\x80",
)


def txt_invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    """Invalid UTF-8 sequences (stray continuation bytes, overlong forms, surrogates, a Vietnamese
    letter cut in half) at 1–50 places."""
    out = data
    for _ in range(rng.choice([1, 2, 5, 50])):
        at = rng.randrange(len(out) + 1)
        out = out[:at] + rng.choice(_INVALID_UTF8) + out[at:]
    return out


_LINE_UNITS = ("\t", " ", "a", "1.234,5 ", "¹", "_", "ệ", "- ", "Nghị quyết số 21-NQ/TW ", "(", "%", "**")


def txt_long_line(data: bytes, rng: random.Random) -> bytes:
    """A very long line (just under, at and over the 100,000-character limit) of tabs, digits,
    superscripts, underscores or citations."""
    n = rng.choice([5_000, 50_000, 99_999, 100_000, 100_001, 400_000])
    unit = rng.choice(_LINE_UNITS)
    line = (unit * (n // len(unit) + 1))[:n]
    lines = data.split(b"\n")
    at = rng.randrange(len(lines) + 1)
    return b"\n".join([*lines[:at], line.encode("utf-8"), *lines[at:]])


def txt_nuls(data: bytes, rng: random.Random) -> bytes:
    """NUL bytes: a few sprinkled, a block of them, or one after every character (UTF-16 look-alike)."""
    how = rng.random()
    if how < 0.4:
        out = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            out.insert(rng.randrange(len(out) + 1), 0)
        return bytes(out)
    if how < 0.7:
        at = rng.randrange(len(data) + 1)
        return data[:at] + b"\x00" * rng.choice([1, 100, 10_000]) + data[at:]
    cut, n = rng.randrange(len(data) + 1), rng.choice([100, 10_000])
    return data[:cut] + b"".join(bytes([b, 0]) for b in data[cut : cut + n]) + data[cut + n :]


_ODD_UNICODE = (
    "\u0301" * 1000,  # a storm of combining accents
    "\u200b\u200c\u200d\ufeff",  # zero-width characters, a BOM in the middle
    "\u202e\u202d",  # bidirectional overrides
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u0085",  # next line (C1)
    "\x0b\x0c\x1a",  # vertical tab, form feed, DOS end-of-file
    "¹²³⁴⁵⁶⁷⁸⁹⁰",  # superscripts (footnote markers)
    "１２３,４５",  # full-width digits
    "١٢٣٤٫٥",  # Arabic-Indic digits
    "𝟗𝟖,𝟓𝟖%",  # mathematical digits
    "²⁵-NQ/TW",  # a directive number in superscripts
    "ﬃ ǰ̣ ẞ İ",  # characters that grow under case mapping or NFC
    "ngày ³¹ tháng ¹² năm ²⁰²³",
    "\U0010ffff\ue000",  # a non-character and a private-use character
    "Ð",  # the look-alike of Đ
)


def txt_unicode(data: bytes, rng: random.Random) -> bytes:
    """Valid but odd Unicode at 1–20 places: combining storms, zero-width and bidi controls, separators,
    superscript, full-width, Arabic-Indic and mathematical digits."""
    text = _text(data)
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(_ODD_UNICODE) + text[at:]
    return text.encode("utf-8")


_STRUCTURE_LINES = (
    "__________",
    "¹ Nghị quyết số 21-NQ/TW",
    "¹²³",
    "\t\t\t",
    "STT\tNội dung\tKết quả",
    "1\t2\t3\t4\t5\t6\t7\t8",
    "Trang 1/2",
    "Nơi nhận:",
    "- Như trên,",
    "T/M BAN THƯỜNG VỤ",
    "BÁO CÁO",
    "I-",
    "1.",
    "**",
    "*",
    "(Dự thảo)",
    "Số 161-BC/ĐUK",
    "Kiên Giang, ngày 25 tháng 7 năm 2023",
    "",
)


def txt_lines(data: bytes, rng: random.Random) -> bytes:
    """Lines shuffled, repeated, deleted, or structure lines (footnote rules, markers, table rows, headers,
    recipients) inserted where they do not belong."""
    lines = _text(data).split("\n")
    for _ in range(rng.randint(1, 30)):
        how = rng.random()
        i = rng.randrange(len(lines))
        if how < 0.3:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(_STRUCTURE_LINES))
        elif how < 0.5:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif how < 0.7:
            lines[i:i] = [lines[i]] * rng.choice([1, 2, 50])
        elif len(lines) > 1:
            del lines[i]
    if rng.random() < 0.1:
        rng.shuffle(lines)
    return "\n".join(lines).encode("utf-8")


def txt_tabs(data: bytes, rng: random.Random) -> bytes:
    """Spaces turned into tabs: paragraphs become table rows of many columns."""
    out = bytearray(data)
    p = rng.choice([0.05, 0.3, 1.0])
    for i, b in enumerate(out):
        if b == 0x20 and rng.random() < p:
            out[i] = 0x09
    return bytes(out)


# =====================================================================================
# the registry
# =====================================================================================

ALL = frozenset({"pdf", "docx", "txt"})
MUTATORS: dict[str, tuple[frozenset[str], Mutator]] = {
    "flip_bytes": (ALL, flip_bytes),
    "truncate": (ALL, truncate),
    "duplicate_chunk": (ALL, duplicate_chunk),
    "delete_chunk": (ALL, delete_chunk),
    "insert_random": (ALL, insert_random),
    "zip_damage": (frozenset({"docx"}), zip_damage),
    "zip_drop_member": (frozenset({"docx"}), zip_drop_member),
    "zip_rename_member": (frozenset({"docx"}), zip_rename_member),
    "zip_zero_member": (frozenset({"docx"}), zip_zero_member),
    "xml_byte_flip": (frozenset({"docx"}), _xml_byte_flip),
    "xml_shuffle": (frozenset({"docx"}), xml_shuffle),
    "xml_delete": (frozenset({"docx"}), xml_delete),
    "xml_duplicate": (frozenset({"docx"}), xml_duplicate),
    "xml_retag": (frozenset({"docx"}), xml_retag),
    "xml_huge_attr": (frozenset({"docx"}), xml_huge_attr),
    "xml_long_attr": (frozenset({"docx"}), xml_long_attr),
    "xml_deep_nesting": (frozenset({"docx"}), xml_deep_nesting),
    "pdf_xref": (frozenset({"pdf"}), pdf_xref),
    "pdf_mediabox": (frozenset({"pdf"}), pdf_mediabox),
    "pdf_count": (frozenset({"pdf"}), pdf_count),
    "pdf_stream": (frozenset({"pdf"}), pdf_stream),
    "pdf_refs": (frozenset({"pdf"}), pdf_refs),
    "pdf_content": (frozenset({"pdf"}), pdf_content),
    "pdf_numbers": (frozenset({"pdf"}), pdf_numbers),
    "txt_encoding": (frozenset({"txt"}), txt_encoding),
    "txt_invalid_utf8": (frozenset({"txt"}), txt_invalid_utf8),
    "txt_long_line": (frozenset({"txt"}), txt_long_line),
    "txt_nuls": (frozenset({"txt"}), txt_nuls),
    "txt_unicode": (frozenset({"txt"}), txt_unicode),
    "txt_lines": (frozenset({"txt"}), txt_lines),
    "txt_tabs": (frozenset({"txt"}), txt_tabs),
}


def file_format(name: str) -> str:
    """The format of a corpus file, from its name (the corpus is ours: its names are true)."""
    return {".pdf": "pdf", ".docx": "docx", ".txt": "txt"}[Path(name).suffix.lower()]


def mutators_for(name: str) -> list[str]:
    fmt = file_format(name)
    return [m for m, (formats, _) in MUTATORS.items() if fmt in formats]


def mutate(data: bytes, name: str, mutator: str, seed: int) -> bytes:
    """``data`` (the corpus file ``name``) after ``mutator`` with its own ``seed``: deterministic.

    The result always differs from ``data`` (a mutator that found nothing to change falls back to
    a byte flip) and is never larger than :data:`MAX_OUTPUT`.
    """
    formats, fn = MUTATORS[mutator]
    if file_format(name) not in formats:
        raise ValueError(f"mutator {mutator} does not apply to {name}")
    rng = random.Random(seed)
    out = fn(data, rng)
    if out == data:
        out = flip_bytes(data, rng)
    return out[:MAX_OUTPUT]


# =====================================================================================
# cases
# =====================================================================================


@dataclass(frozen=True)
class Case:
    """One fuzz case: ``mutator`` with ``seed`` applied to the corpus file ``file``."""

    index: int
    file: str
    mutator: str
    seed: int
    ocr: str = "never"

    @property
    def recipe(self) -> str:
        """What ``--replay`` takes: ``file:mutator:seed``."""
        return f"{self.file}:{self.mutator}:{self.seed}"

    @property
    def input_name(self) -> str:
        return f"{self.index:06d}-{self.mutator}-{self.file}"


def corpus_files(corpus: Path = CORPUS, *, scans: bool = False) -> list[Path]:
    """The seed files: text-layer PDFs, DOCX and TXT (and the scanned PDFs with ``scans``)."""
    files = [p for p in sorted(corpus.iterdir()) if p.suffix in (".pdf", ".docx", ".txt")]
    return [p for p in files if scans or not p.stem.endswith("-scan")]


def cases(
    seed: int, files: Sequence[str], *, mutators: Sequence[str] | None = None, ocr_every: int = 0
) -> Iterator[Case]:
    """The campaign's endless, fixed sequence of cases: rounds in which every (file, mutator) pair
    comes once, in an order shuffled by ``seed``, each with its own seed.  With ``ocr_every`` = k,
    every k-th case on a scanned PDF runs OCR (``ocr="auto"``)."""
    rng = random.Random(seed)
    pairs = [(f, m) for f in sorted(files) for m in mutators_for(f) if mutators is None or m in mutators]
    if not pairs:
        return
    index, scans = 0, 0
    while True:
        order = pairs[:]
        rng.shuffle(order)
        for name, mutator in order:
            ocr = "never"
            if Path(name).stem.endswith("-scan"):
                scans += 1
                ocr = "auto" if ocr_every and scans % ocr_every == 0 else "never"
            yield Case(index, name, mutator, rng.getrandbits(32), ocr)
            index += 1


def build_input(case: Case, corpus: Path, out_dir: Path, cache: dict[str, bytes] | None = None) -> Path:
    """Write the case's mutated file into ``out_dir`` (its name keeps the corpus file's suffix)."""
    cache = {} if cache is None else cache
    if case.file not in cache:
        cache[case.file] = (corpus / case.file).read_bytes()
    path = out_dir / case.input_name
    path.write_bytes(mutate(cache[case.file], case.file, case.mutator, case.seed))
    return path


# =====================================================================================
# running one case (in its own process)
# =====================================================================================

OK_STATUSES = ("document", "unreadable")
FAILURE_STATUSES = ("internal", "unclear-error", "bad-document", "memory", "timeout", "died")

Target = Callable[..., Any]


def parse_target(path: Path, ocr: str) -> Any:
    """What a case runs by default: the reader entry point with the default limits, except OCR
    time, which stays under the OCR cases' time limit so that the library's own limit speaks first."""
    from extractor.read.limits import DEFAULT_LIMITS
    from extractor.read.parse import parse_file

    return parse_file(path, ocr=ocr, limits=DEFAULT_LIMITS.with_options(max_ocr_seconds=OCR_TIMEOUT / 2))


def check_document(doc: Any, path: Path, *, extract: bool = False) -> str | None:
    """What is wrong with a document a reader returned (None: nothing): it must name its file,
    render to JSON, and every block's span must give back the block's text."""
    from extractor.document.elements import Document
    from extractor.document.render import to_json_dict

    if not isinstance(doc, Document):
        return f"the reader returned {type(doc).__name__}, not a Document"
    if doc.path != str(path):
        return f"the document's path is {doc.path!r}"
    json.dumps(to_json_dict(doc), ensure_ascii=False)
    for i, block in enumerate(doc.blocks):
        start, end = block.span
        if doc.text[start:end] != block.text:
            return f"block {i} ({block.kind.value}): its span {block.span} does not hold its text"
    if extract:
        from extractor.find.extract import extract_document

        extract_document(doc)
    return None


def check_error(exc: BaseException, path: Path) -> str | None:
    """What is wrong with an error a reader raised (None: a clear UnreadableFile naming the file)."""
    from extractor.errors import UnreadableFile

    if not isinstance(exc, UnreadableFile):
        return f"{type(exc).__name__} is not an UnreadableFile"
    if exc.path != str(path) or not str(exc).startswith(str(path)):
        return f"the error names {exc.path!r}, not the file"
    reason = exc.reason.strip()
    if not reason:
        return "the error gives no reason"
    if "\n" in reason or "Traceback" in reason:
        return "the reason is not one line"
    return None


@dataclass
class Outcome:
    status: str  # one of OK_STATUSES or FAILURE_STATUSES
    detail: str
    seconds: float = 0.0
    max_rss_kb: int = 0


def _one_line(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_case(path: Path, ocr: str, target: Target = parse_target, *, extract: bool = False) -> Outcome:
    """Parse one file and judge the outcome (in the calling process; no bounds)."""
    try:
        doc = target(path, ocr)
    except MemoryError:
        return Outcome("memory", "MemoryError: the case needed more memory than its address-space limit")
    except BaseException as exc:  # judged below: only a clear UnreadableFile naming the file passes
        problem = check_error(exc, path)
        if problem is None:
            return Outcome("unreadable", _one_line(f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"))
        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        where = next((line.strip() for line in reversed(tb) if line.strip().startswith("File ")), "")
        status = "unclear-error" if problem.startswith(("the error", "the reason")) else "internal"
        return Outcome(status, _one_line(f"{problem}: {type(exc).__name__}: {exc} [{where}]"))
    try:
        problem = check_document(doc, path, extract=extract)
    except MemoryError:
        return Outcome("memory", "MemoryError while checking the document")
    except Exception as exc:
        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        where = next((line.strip() for line in reversed(tb) if line.strip().startswith("File ")), "")
        return Outcome("bad-document", _one_line(f"{type(exc).__name__} on the document: {exc} [{where}]"))
    if problem:
        return Outcome("bad-document", _one_line(problem))
    return Outcome("document", f"{len(doc.blocks)} blocks, {len(doc.warnings)} warnings")


def _child(conn: Any, path: str, ocr: str, target_name: str, memory_mb: int, cpu_seconds: int, extract: bool) -> None:
    """The body of a case process: bounds first, then the case; the outcome goes back on ``conn``."""
    logging.disable(logging.CRITICAL)  # pdfminer's complaints about the damage it meets
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = memory_mb * 2**20 if hard == resource.RLIM_INFINITY else min(memory_mb * 2**20, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, resource.getrlimit(resource.RLIMIT_CPU)[1]))
    started = time.perf_counter()
    outcome = run_case(Path(path), ocr, _load_target(target_name), extract=extract)
    outcome.seconds = time.perf_counter() - started
    outcome.max_rss_kb = int(_own_peak_rss_mb() * 1024)
    try:
        conn.send(asdict(outcome))
    finally:
        conn.close()


def _load_target(name: str) -> Target:
    module, _, attr = name.partition(":")
    fn: Target = getattr(importlib.import_module(module), attr)
    return fn


# =====================================================================================
# the campaign
# =====================================================================================


@dataclass
class Result:
    case: Case
    outcome: Outcome
    input: str | None = None  # where the input was kept (failures only)


@dataclass
class Summary:
    seed: int
    workers: int
    cases: int = 0
    seconds: float = 0.0
    stopped_by: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    by_mutator: dict[str, dict[str, int]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    peak_case_rss_mb: float = 0.0  # the largest resident set of a case process (includes the runner's pages)
    children_rss_mb: float = 0.0  # getrusage(RUSAGE_CHILDREN).ru_maxrss of the runner
    runner_rss_mb: float = 0.0
    slowest: list[dict[str, Any]] = field(default_factory=list)
    heaviest: dict[str, Any] = field(default_factory=dict)
    kept: str = ""

    def lines(self) -> list[str]:
        rate = self.cases / self.seconds if self.seconds else 0.0
        out = [
            f"fuzz: seed {self.seed}: {self.cases} cases in {self.seconds:.1f} s ({rate:.1f}/s,"
            f" {self.workers} workers); stopped by {self.stopped_by}",
            "fuzz: outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items())),
            f"fuzz: failures: {len(self.failures)}",
            f"fuzz: peak RSS of a case process {self.peak_case_rss_mb:.0f} MB (runner {self.runner_rss_mb:.0f} MB,"
            f" shared with its forks; RUSAGE_CHILDREN {self.children_rss_mb:.0f} MB)",
        ]
        if self.slowest:
            s = self.slowest[0]
            out.append(f"fuzz: slowest case {s['seconds']:.1f} s ({s['recipe']}, {s['status']})")
        if self.heaviest:
            h = self.heaviest
            out.append(f"fuzz: heaviest case {h['rss_mb']:.0f} MB ({h['recipe']}, {h['status']})")
        if self.by_mutator:
            parts = [f"{m} {sum(c.values())}" for m, c in self.by_mutator.items()]
            out.append("fuzz: cases per mutator: " + ", ".join(parts))
        for f in self.failures:
            out.append(
                f"FAIL case {f['index']} {f['status']}: {f['recipe']} ({f['ocr']}) — {f['detail']}"
                f" — input kept at {f['input']}; reproduce: python -m tests.fuzz --replay {f['recipe']}"
            )
        return out


def _warm_up(corpus: Path, files: Sequence[str], target_name: str, extract: bool) -> None:
    """Import the readers (and spaCy with ``extract``) once in the runner, so every forked case
    process starts with them loaded."""
    _load_target(target_name)
    if target_name != "tests.fuzz:parse_target":
        return
    seen: set[str] = set()
    for name in files:
        fmt = file_format(name)
        if fmt in seen or name.endswith("-scan.pdf"):
            continue
        seen.add(fmt)
        try:
            outcome = run_case(corpus / name, "never", extract=extract)
        except Exception:  # a broken seed file shows up in the cases
            continue
        del outcome


def run_campaign(
    *,
    seed: int = CI_SEED,
    seconds: float = 75.0,
    max_cases: int = 0,
    workers: int = 2,
    corpus: Path = CORPUS,
    files: Sequence[str] | None = None,
    mutators: Sequence[str] | None = None,
    scans: bool = False,
    ocr_every: int = 0,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    keep: Path | None = None,
    target: str = "tests.fuzz:parse_target",
    extract: bool = False,
    progress: Callable[[Result], None] | None = None,
) -> Summary:
    """Run cases in order, ``workers`` at a time, each in a forked process, until ``max_cases`` (0: no
    limit) have run or ``seconds`` have passed (no new case starts after that).  Failing inputs are
    kept under ``keep/failures``."""
    names = list(files) if files is not None else [p.name for p in corpus_files(corpus, scans=scans)]
    keep = keep or Path(tempfile.mkdtemp(prefix="baocao-fuzz-"))
    work, failed = keep / "work", keep / "failures"
    work.mkdir(parents=True, exist_ok=True)
    failed.mkdir(parents=True, exist_ok=True)
    _warm_up(corpus, names, target, extract)
    ctx = get_context("fork")
    summary = Summary(seed=seed, workers=workers, kept=str(keep))
    summary.runner_rss_mb = _own_peak_rss_mb()
    sequence = cases(seed, names, mutators=mutators, ocr_every=ocr_every)
    cache: dict[str, bytes] = {}
    running: dict[int, tuple[Any, Any, float, Case, Path]] = {}
    results: list[Result] = []
    started = time.monotonic()
    stopped_by = "the case sequence"
    exhausted = False

    def start_next() -> bool:
        nonlocal stopped_by, exhausted
        if exhausted:
            return False
        if max_cases and summary.cases >= max_cases:
            stopped_by, exhausted = f"the case budget ({max_cases})", True
            return False
        if time.monotonic() - started >= seconds:
            stopped_by, exhausted = f"the time budget ({seconds:.0f} s)", True
            return False
        case = next(sequence, None)
        if case is None:
            exhausted = True
            return False
        path = build_input(case, corpus, work, cache)
        limit = OCR_TIMEOUT if case.ocr != "never" else timeout
        reader, writer = ctx.Pipe(duplex=False)
        args = (writer, str(path), case.ocr, target, memory_mb, int(limit) + 5, extract)
        proc = ctx.Process(target=_child, args=args, daemon=True)
        proc.start()
        writer.close()
        running[case.index] = (proc, reader, time.monotonic() + limit, case, path)
        summary.cases += 1
        return True

    def finish(index: int, outcome: Outcome) -> None:
        proc, reader, _, case, path = running.pop(index)
        reader.close()
        proc.join(10)
        if proc.is_alive():  # sent its outcome but does not exit
            proc.kill()
            proc.join()
        kept: str | None = None
        if outcome.status in FAILURE_STATUSES:
            kept = str(shutil.move(str(path), failed / path.name))
        else:
            path.unlink(missing_ok=True)
        result = Result(case, outcome, kept)
        results.append(result)
        if progress:
            progress(result)

    while True:
        while len(running) < workers and start_next():
            pass
        if not running:
            break
        now = time.monotonic()
        wait_for = max(0.0, min(deadline for _, _, deadline, _, _ in running.values()) - now)
        ready = connection.wait([r for _, r, _, _, _ in running.values()], timeout=wait_for)
        for index, (proc, reader, deadline, case, _) in list(running.items()):
            if reader in ready:
                try:
                    outcome = Outcome(**reader.recv())
                except (EOFError, OSError):
                    proc.join(5)
                    outcome = _died(proc)
                finish(index, outcome)
            elif time.monotonic() >= deadline:
                proc.kill()
                limit = OCR_TIMEOUT if case.ocr != "never" else timeout
                finish(index, Outcome("timeout", f"still running after {limit:.0f} s: killed", limit))
    summary.seconds = time.monotonic() - started
    summary.stopped_by = stopped_by
    _tally(summary, results)
    return summary


def _own_peak_rss_mb() -> float:
    """This process's peak resident set (``VmHWM``: unlike ``ru_maxrss``, not inherited across exec
    from the process that started this one, such as pytest)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    m = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(m.group(1)) / 1024 if m else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _died(proc: Any) -> Outcome:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = {"SIGXCPU": " (CPU-time limit)", "SIGKILL": " (killed: memory or time)"}.get(name, "")
        return Outcome("died", f"the case process died of {name}{why}")
    return Outcome("died", f"the case process exited with code {code} without an outcome")


def _tally(summary: Summary, results: list[Result]) -> None:
    results.sort(key=lambda r: r.case.index)
    summary.counts = dict(Counter(r.outcome.status for r in results))
    by_mutator: dict[str, Counter[str]] = {}
    for r in results:
        by_mutator.setdefault(r.case.mutator, Counter())[r.outcome.status] += 1
    summary.by_mutator = {m: dict(c) for m, c in sorted(by_mutator.items())}
    summary.failures = [
        {
            "index": r.case.index,
            "recipe": r.case.recipe,
            "file": r.case.file,
            "mutator": r.case.mutator,
            "seed": r.case.seed,
            "ocr": r.case.ocr,
            "status": r.outcome.status,
            "detail": r.outcome.detail,
            "input": r.input,
        }
        for r in results
        if r.outcome.status in FAILURE_STATUSES
    ]
    heavy = max(results, key=lambda r: r.outcome.max_rss_kb, default=None)
    if heavy is not None:
        summary.peak_case_rss_mb = heavy.outcome.max_rss_kb / 1024
        summary.heaviest = {
            "recipe": heavy.case.recipe,
            "rss_mb": round(summary.peak_case_rss_mb, 1),
            "status": heavy.outcome.status,
        }
    summary.children_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    slow = sorted(results, key=lambda r: r.outcome.seconds, reverse=True)[:5]
    summary.slowest = [
        {"recipe": r.case.recipe, "seconds": round(r.outcome.seconds, 2), "status": r.outcome.status} for r in slow
    ]


# =====================================================================================
# self-test targets: a harness that cannot see a failure would pass everything
# =====================================================================================


def misbehave(path: Path, ocr: str) -> Any:
    """A stand-in reader that misbehaves on purpose, by the case index in the input's name
    (mod 8): a document, a proper error, an internal error, a hang, a memory blow-up, a crash,
    an error naming another file, a document that does not hold together."""
    from extractor.document.elements import Block, BlockKind, Document, Metadata
    from extractor.errors import UnreadableFile

    kind = int(path.name.split("-", 1)[0]) % 8
    if kind == 0:
        return Document(
            str(path), "0", "txt", None, Metadata(), [Block(BlockKind.PARAGRAPH, "a", span=(0, 1))], [], "a"
        )
    if kind == 1:
        raise UnreadableFile(str(path), "damaged on purpose")
    if kind == 2:
        raise ValueError("an internal error")
    if kind == 3:
        time.sleep(3600)
    if kind == 4:
        # 128 GiB in one request: over any address-space limit at once, whatever the machine's load
        # (a megabyte at a time could take longer than the case's time limit on a busy machine)
        return bytearray(2**37)
    if kind == 5:
        os.kill(os.getpid(), signal.SIGSEGV)
    if kind == 6:
        raise UnreadableFile("/somewhere/else.pdf", "damaged")
    return Document(str(path), "0", "txt", None, Metadata(), [Block(BlockKind.PARAGRAPH, "a", span=(0, 5))], [], "b")


# =====================================================================================
# command line
# =====================================================================================


def replay(recipe: str, corpus: Path = CORPUS, out: Path | None = None, *, extract: bool = False) -> Outcome:
    """Rebuild one case from ``file:mutator:seed`` and run it here, printing the traceback if any."""
    name, mutator, seed = recipe.rsplit(":", 2)
    out = out or Path(tempfile.mkdtemp(prefix="baocao-replay-"))
    case = Case(0, name, mutator, int(seed))
    path = build_input(case, corpus, out)
    print(f"input: {path}")
    from extractor.read.parse import parse_file

    try:
        doc = parse_file(path, ocr="never")
        print(f"document: {len(doc.blocks)} blocks; check: {check_document(doc, path, extract=extract) or 'ok'}")
    except Exception:
        traceback.print_exc()
    return run_case(path, "never", extract=extract)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.fuzz", description="Mutation fuzzing of the readers.")
    ap.add_argument("--seed", type=int, default=CI_SEED, help=f"campaign seed (default {CI_SEED})")
    ap.add_argument("--seconds", type=float, default=75.0, help="no new case starts after this (default 75)")
    ap.add_argument("--cases", type=int, default=0, help="at most this many cases (default: no limit)")
    ap.add_argument("--workers", type=int, default=2, help="cases run at a time (default 2)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per case (default 20)")
    ap.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB, help="address space per case (default 1536)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--file", action="append", dest="files", help="only this corpus file (repeatable)")
    ap.add_argument("--mutator", action="append", dest="mutators", choices=sorted(MUTATORS), help="repeatable")
    ap.add_argument("--scans", action="store_true", help="also the scanned PDFs (read with --ocr never)")
    ap.add_argument("--ocr-every", type=int, default=0, help="with --scans, every k-th scan case runs OCR")
    ap.add_argument("--extract", action="store_true", help="also extract facts from every document")
    ap.add_argument("--keep", type=Path, help="directory for failing inputs (default: a new temporary one)")
    ap.add_argument("--json", type=Path, help="write the summary as JSON here")
    ap.add_argument("--target", default="tests.fuzz:parse_target", help=argparse.SUPPRESS)
    ap.add_argument("--verbose", action="store_true", help="one line per case")
    ap.add_argument("--replay", metavar="FILE:MUTATOR:SEED", help="rebuild one case and run it in this process")
    args = ap.parse_args(argv)
    if args.replay:
        outcome = replay(args.replay, args.corpus, args.keep, extract=args.extract)
        print(f"outcome: {outcome.status}: {outcome.detail}")
        return 1 if outcome.status in FAILURE_STATUSES else 0

    def show(result: Result) -> None:
        if args.verbose or result.outcome.status in FAILURE_STATUSES:
            o = result.outcome
            print(
                f"case {result.case.index} {result.case.recipe}: {o.status} ({o.seconds:.2f} s) {o.detail}", flush=True
            )

    summary = run_campaign(
        seed=args.seed,
        seconds=args.seconds,
        max_cases=args.cases,
        workers=args.workers,
        corpus=args.corpus,
        files=args.files,
        mutators=args.mutators,
        scans=args.scans,
        ocr_every=args.ocr_every,
        timeout=args.timeout,
        memory_mb=args.memory_mb,
        keep=args.keep,
        target=args.target,
        extract=args.extract,
        progress=show,
    )
    print("\n".join(summary.lines()), flush=True)
    if args.json:
        args.json.write_text(json.dumps(asdict(summary), ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
