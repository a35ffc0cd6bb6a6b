"""What the checker reads (figures, relations, citations, documents) and what it writes (findings)."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from extractor.check.tolerance import Interval, stated, unit_of
from extractor.document.identity import norm, rendition_rank, report_identity
from extractor.text.quantities import unit_factor
from extractor.text.regexes import LEADING_SCALE, SCALE_IN_RAW
from extractor.text.values import english_thousands, parse_number
from extractor.text.vocabulary import load_vocabulary


@dataclass(frozen=True)
class Doc:
    id: int
    name: str
    sha256: str
    date: str | None
    organisation_id: int | None
    issuing_body: str | None
    number: str | None = None
    title: str | None = None
    format: str = "pdf"
    ocr: bool = False
    primary: int | None = None  # for another rendition of the current version: the id of the one that speaks for it
    report: str | None = None  # the key of the report it is a rendition of (see group_key)
    other_keys: tuple[str, ...] = ()  # the report's other possible keys (its files' header and name keys)

    @property
    def rank(self) -> int:
        """Which rendition of a report speaks for it (0: this one first)."""
        return rendition_rank(self.format, self.ocr)

    @property
    def identity(self) -> str:
        """The report, whatever file it came in: the key of its group of renditions when the
        checker grouped it (:func:`group_key`), else :func:`report_identity`.  A changed byte,
        or the report as DOCX instead of PDF, keeps it."""
        if self.report is not None:
            return self.report
        return report_identity(self.number, self.issuing_body, self.title, self.date, self.name)


def where_key(place: str, sentence: str, cell: int | None) -> str:
    """Where a figure stands, as its id reads it: its sentence; a table cell by its row's label
    and its column in the grid ("Xóa tên | Thực hiện qua các năm 2022 | 4" and "Xóa tên | 2022
    | 4" are one cell: readers keep a heading over several columns, or not; and two columns
    headed "Đầu năm 2023" and "Cuối năm 2023" stay two)."""
    if place != "table":
        return norm(sentence)
    parts = [p.strip() for p in sentence.split("|")]
    if len(parts) < 3:
        return norm(sentence)
    if cell is not None:
        return f"{norm(parts[0])}|c{cell}"
    heading = parts[-2].split()
    return f"{norm(parts[0])}|{norm(heading[-1]) if heading else ''}"


# The relation roles that hold several figures, in order (the others hold one): a breakdown's
# parts, an average's terms, a share's peers (the count, share pairs that imply its whole) and
# its scale's classes (the counts of every class, whose sum may be its whole).
LIST_ROLES = ("parts", "terms", "peers", "classes", "plus", "minus")


@dataclass(frozen=True)
class Fig:
    id: int
    fid: str
    document: Doc
    value: float
    raw: str
    decimals: int
    measure: str
    approx: str | None = None
    subject: str = "other"
    category: str | None = None
    period: str | None = None
    column_role: str | None = None
    org: str | None = None
    place: str = "body"
    page: int | None = None
    footnote: int | None = None
    sentence: str = ""
    base: float | None = None
    unit: str | None = None  # a money unit as written ("tỷ đồng")
    occurrence: int = 0  # how many figures of the same raw came before it in its sentence
    ocr_confidence: float | None = None  # read from a scan: tesseract's mean word confidence in its block
    as_of: str | None = None  # the ISO day a count stands at ("tính đến 31/12/2022", "đầu năm 2023")
    cell: int | None = None  # a table cell's column in its table's grid

    @property
    def identity(self) -> str:
        """The figure by its content: its report, where it stands, its sentence (or table
        row) and how it is written there; not its file's hash."""
        return f"{self.document.identity}|{self.place}|{self._where()}|{self.raw}#{self.occurrence}"

    def _where(self) -> str:
        return where_key(self.place, self.sentence, self.cell)

    @property
    def measured(self) -> bool:
        """A measured quantity written rounded (an area), not a count of things."""
        return load_vocabulary().measured(self.subject)

    def ratio_intervals(self) -> tuple[Interval, Interval]:
        """A ratio's count and whole: exact for things counted (``27/29 đ/c``), half a unit of
        their last written digit either way for measured ones (``45/58 ha``)."""
        whole = float(self.base or 0.0)
        if not self.measured:
            return Interval(self.value, self.value), Interval(whole, whole)
        written = self.raw.split("/")
        counted = parse_number(written[0])
        over = parse_number(written[-1]) if len(written) > 1 else None
        first = unit_of(counted.decimals if counted else 0) / 2
        second = unit_of(over.decimals if over else 0) / 2
        return Interval(self.value - first, self.value + first), Interval(whole - second, whole + second)

    def interval(self) -> Interval:
        if self._counted_ratio():
            return self.ratio_intervals()[0]  # "27/29 đ/c": 27 counted, as exact as any count
        measure = "amount" if self.measure == "count" and self.measured else self.measure
        out = stated(self.value, self.decimals - self._scale_digits(), measure, self.approx)
        if self.is_share and out.hi > 100 >= self.value:
            return Interval(out.lo, 100.0)  # a share of a whole cannot pass 100 %: "100" is [99,5; 100]
        return out

    def _counted_ratio(self) -> bool:
        """A whole count over a whole base (``27/29``), not a multiple (``gấp 2,5 lần``)."""
        whole = self.base is not None and float(self.base).is_integer() and float(self.value).is_integer()
        return self.measure == "ratio" and whole and not self.decimals and not self.approx

    def _scale_digits(self) -> int:
        """The power of ten a count was written in (``3,2 nghìn ha`` is 3.200 to within 50, not
        to within 0,05): 3 for nghìn, 6 for triệu; 0 when the number is its value."""
        if self.measure != "count":
            return 0
        if english_thousands(self.raw) == self.value:
            return 0  # "2,410 đảng viên" with English thousands commas is 2.410, to within one
        number = parse_number(self.raw)
        if number is None or not number.value or number.value == self.value:
            return 0
        digits = round(math.log10(self.value / number.value))
        return digits if digits > 0 and math.isclose(number.value * 10**digits, self.value) else 0

    def interval_in(self, other: Fig) -> Interval:
        """The values this figure stands for, in ``other``'s money unit (``100 triệu đồng`` is
        0,1 in ``tỷ đồng``); as stated when the units are one or not money of one currency."""
        return self.interval().scale(unit_factor(self.unit, other.unit))

    @property
    def shown(self) -> str:
        """The figure as a computation shows it: with its money unit, when it has one."""
        if not self.unit:
            return self.raw
        if SCALE_IN_RAW.search(self.raw):  # "3 tỷ 396 triệu đồng", not "3 tỷ 396 triệu tỷ đồng"
            return f"{self.raw} {LEADING_SCALE.sub('', self.unit)}"
        return f"{self.raw} {self.unit}"

    @property
    def is_share(self) -> bool:
        """A percentage of a whole (of members, of units), not of a target or a change."""
        return self.measure == "percent" and self.subject != "other" and self.column_role != "percent_of_target"

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.name,
            "id": self.fid,
            "value": self.value,
            "raw": self.raw,
            "measure": self.measure,
            "approx": self.approx,
            "page": self.page,
            "place": self.place,
            "footnote": self.footnote,
            "sentence": self.sentence,
            "ocr_confidence": self.ocr_confidence,
        }


def numbered(figs: Iterable[Fig]) -> list[Fig]:
    """The figures, in reading order, each with its ``occurrence``: how many figures of the
    same raw stood before it at its place in its report.  The stored and the in-memory checks
    both number figures here, so a finding has one id whichever path found it."""
    seen: dict[tuple[int, str, str, str], int] = defaultdict(int)
    out = []
    for f in figs:
        key = (f.document.id, f.place, f._where(), f.raw)
        out.append(replace(f, occurrence=seen[key]))
        seen[key] += 1
    return out


@dataclass(frozen=True)
class Rel:
    kind: str
    document: Doc
    members: dict[str, Fig | list[Fig] | None]
    evidence: str = ""
    certainty: str = "explicit"  # see extractor.find.facts.CERTAINTIES

    def one(self, role: str) -> Fig | None:
        value = self.members.get(role)
        return value if isinstance(value, Fig) else None

    def many(self, role: str) -> list[Fig]:
        value = self.members.get(role)
        return value if isinstance(value, list) else []


@dataclass(frozen=True)
class Cite:
    key: str
    document: Doc
    kind: str
    raw: str
    date: str | None
    body: str | None
    variant: bool
    issuer: str | None
    page: int | None
    place: str


@dataclass
class FindingData:
    rule: str
    severity: str  # error | warning | info
    document: Doc | None
    stated: str
    expected: str
    computation: str
    tolerance: str
    message_vi: str
    message_en: str
    figures: list[Fig] = field(default_factory=list)
    citations: list[Cite] = field(default_factory=list)
    identity: tuple[str, ...] = ()  # what makes the finding the same finding next time
    why: tuple[str, str] = ("", "")  # why it has its severity (Vietnamese, English)

    @property
    def key(self) -> str:
        """Stable id from content: the rule and the identities of what it is about (each
        figure's report, sentence and raw value, or each citation's report, directive and
        wording), so re-checking, re-ingesting a changed file or the same report in another
        format gives the same id."""
        raw = "|".join((self.rule, *sorted(self.identity)))
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]

    @property
    def ocr_confidence(self) -> float | None:
        """The lowest OCR confidence of the figures it rests on (None: none was OCR'd): a
        finding on a scan may be a misreading."""
        values = [f.ocr_confidence for f in self.figures if f.ocr_confidence is not None]
        return round(min(values), 1) if values else None

    @property
    def legacy_key(self) -> str:
        """The id an earlier version gave (from file hashes and figure ids), to carry the
        decisions recorded under it over to :attr:`key`."""
        if self.figures:
            old: tuple[str, ...] = tuple(f"{f.document.sha256}:{f.fid}" for f in self.figures)
        else:
            old = tuple(f"{c.document.sha256}:{c.key}:{c.raw}:{c.date}" for c in self.citations)
        raw = "|".join((self.rule, *sorted(old)))
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]

    def earlier_keys(self) -> list[str]:
        """Ids this finding had under another key of one of its reports (a group of renditions
        is known by its strongest header key, else by its files' name, and a re-sent file may
        change it: when a DOCX with a full header joins a PDF whose date was not read, when a
        file comes again with a new date), and under the ids of earlier versions."""
        keys = [self.legacy_key]
        documents = [*(f.document for f in self.figures), *(c.document for c in self.citations)]
        for mine, doc in {d.identity: d for d in documents}.items():
            for other in doc.other_keys:
                shifted = tuple(other + x[len(mine) :] if x.startswith(mine) else x for x in self.identity)
                keys.append(hashlib.sha1("|".join((self.rule, *sorted(shifted))).encode("utf-8")).hexdigest()[:12])
        return keys

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "rule": self.rule,
            "severity": self.severity,
            "document": self.document.name if self.document else None,
            "stated": self.stated,
            "expected": self.expected,
            "computation": self.computation,
            "tolerance": self.tolerance,
            "message_vi": self.message_vi,
            "message_en": self.message_en,
            "why_vi": self.why[0],
            "why_en": self.why[1],
            "ocr_confidence": self.ocr_confidence,
            "figures": [f.to_dict() for f in self.figures],
            "citations": [
                {"key": c.key, "document": c.document.name, "raw": c.raw, "date": c.date, "page": c.page}
                for c in self.citations
            ],
        }


def fig_identity(figs: list[Fig]) -> tuple[str, ...]:
    return tuple(f.identity for f in figs)


def cite_identity(cites: list[Cite]) -> tuple[str, ...]:
    return tuple(f"{c.document.identity}|{c.key}|{norm(c.raw)}|{c.date}" for c in cites)
