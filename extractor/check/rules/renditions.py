"""The renditions of one report against each other: a figure that the PDF (or TXT) a unit
sent states differently from the report's DOCX.

Figures are paired by where they stand, whatever their value: the same place (body,
footnote, table), the same sentence with its numbers masked (a table cell: its row's label
and the last word of its column's heading), and the same rank among that sentence's numbers.
A figure whose sentence reads differently in the other rendition is not paired (abstain),
which keeps most OCR misreadings of a scan out: a misread word unpairs its sentence.  A
scan's figure that pairs and differs is a warning when the OCR was sure of its block
(mean word confidence at least ``OCR_TRUSTED``), else only `info`: it may be a misread digit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from extractor.check.findings import Fig, FindingData, fig_identity, where_key
from extractor.check.registry import facts_rule

_NUMBER = re.compile(r"\d[\d.,]*")
FORMATS = {"docx": "DOCX", "pdf": "PDF", "txt": "TXT"}
OCR_TRUSTED = 90.0  # tesseract's mean word confidence (%) in a block above which its digits are trusted


@facts_rule("rendition", "renditions")
def check_renditions(pairs: list[tuple[list[Fig], list[Fig]]]) -> Iterator[FindingData]:
    """A figure of another rendition of a report that differs from the same figure of the
    rendition that speaks for it (its DOCX, else its PDF)."""
    for primary, other in pairs:
        if not primary or not other:
            continue
        base = positions(primary)
        for key, fig in positions(other).items():
            first = base.get(key)
            if first is not None and first.value != fig.value:
                yield _finding(first, fig)


class Placed(Protocol):
    """What pairing needs of a figure (a checker's ``Fig`` or a stored figure row)."""

    @property
    def fid(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def sentence(self) -> str: ...


P = TypeVar("P", bound=Placed)


def positions(figs: Iterable[P]) -> dict[tuple[str, str, int, int], P]:
    """Each figure by its place, masked sentence, rank among that sentence's figures and how
    many figures stand in sentences masked alike: a sentence repeated in one rendition and
    reworded in the other is not paired (its counts differ).  Two renditions' figures with
    one key are the same figure."""
    by_where: dict[tuple[str, str], list[P]] = defaultdict(list)
    for f in figs:
        by_where[(f.place, _masked(f))].append(f)
    out = {}
    for (place, where), members in by_where.items():
        for rank, f in enumerate(sorted(members, key=_order)):
            out[(place, where, rank, len(members))] = f
    return out


def _masked(f: Placed) -> str:
    """Where a figure stands, its numbers masked: the sentence, or the table cell's row label
    and the last word of its column's heading (not its grid column: renditions may split a
    table's columns differently)."""
    return _NUMBER.sub("#", where_key(f.place, f.sentence, None))


def _order(f: Placed) -> tuple[int, str]:
    digits = f.fid.lstrip("f")
    return (int(digits) if digits.isdigit() else 0), f.fid


def _finding(first: Fig, other: Fig) -> FindingData:
    a = FORMATS.get(first.document.format, first.document.format.upper())
    b = "scan" if other.document.ocr else FORMATS.get(other.document.format, other.document.format.upper())
    where = f"tr./p. {other.page}, " if other.page else ""
    unsure = other.document.ocr and (other.ocr_confidence or 0.0) < OCR_TRUSTED
    return FindingData(
        rule="rendition",
        severity="info" if unsure else "warning",
        document=other.document,
        stated=other.raw,
        expected=first.raw,
        computation=(
            f"{b} {other.document.name} ({where}{other.place}): {other.raw}; {a} {first.document.name}: {first.raw}"
        ),
        tolerance="giá trị khác nhau / the values differ",
        message_vi=f"Bản {b} ghi {other.raw} ở chỗ bản {a} của cùng báo cáo ghi {first.raw}",
        message_en=f"The {b} states {other.raw} where the {a} of the same report states {first.raw}",
        figures=[other, first],
        identity=fig_identity([other, first]),
        why=_why(other, unsure),
    )


def _why(other: Fig, unsure: bool) -> tuple[str, str]:
    vi = "cùng một câu (hoặc ô bảng) ở hai bản của một báo cáo, số khác nhau"
    en = "the same sentence (or table cell) in two renditions of one report, with different numbers"
    if not other.document.ocr:
        return vi, en
    conf = f"{other.ocr_confidence:.0f}%" if other.ocr_confidence is not None else "?"
    if unsure:
        return (
            f"{vi}; bản scan đọc bằng OCR với độ tin cậy {conf} (dưới {OCR_TRUSTED:.0f}%): có thể đọc sai chữ số",
            f"{en}; the scan was read by OCR with confidence {conf} (under {OCR_TRUSTED:.0f}%): a digit may be misread",
        )
    return (
        f"{vi}; bản scan đọc bằng OCR với độ tin cậy {conf}: hãy đối chiếu ảnh trang",
        f"{en}; the scan was read by OCR with confidence {conf}: compare the page image",
    )
