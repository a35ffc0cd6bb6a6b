"""Typed facts extracted from a document: directive citations, figures, relations.

The values they are read from (numbers, quantities, dates, periods) are text-level types:
:mod:`extractor.text.quantities`.

Every fact keeps the raw text it was read from and where it stands: the block, the
character span into ``Document.text`` and the page(s).  The field meanings follow
``corpus/gold/GUIDE.md``; the gold files and the extractor speak the same language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """Where a fact stands: block index, character span into Document.text, pages, block kind."""

    block: int
    start: int
    end: int
    pages: tuple[int, ...] = ()
    where: str = "body"  # body | footnote | table
    footnote: int | None = None  # the footnote's number when where == "footnote"
    cell: tuple[int, int] | None = None  # (row, col) for a table cell


@dataclass
class Citation:
    """One mention of a directive."""

    key: str
    type: str | None
    number: str | None
    symbol: str | None
    issuer: str | None
    raw: str
    span: Span
    date: str | None = None
    date_raw: str | None = None
    body: str | None = None  # issuing body as written ("của Ban Chấp hành Trung ương")
    subject: str | None = None  # "về …" where given
    variant: bool = False  # spelled other than the normal form (spacing, mistyped code)
    kind: str = "citation"  # citation | self | alias | replacement | backref
    refers_to: str | None = None  # for alias/replacement/backref: the key it resolves to

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figure:
    id: str
    value: float
    raw: str
    measure: str
    span: Span
    unit: str | None = None
    base: float | None = None
    decimals: int = 0
    subject: str = "other"
    subject_text: str | None = None
    category: str | None = None
    level: str | None = None
    period: str | None = None
    org: str | None = None
    approx: str | None = None
    column: str | None = None  # table role: target | actual | percent_of_target
    sentence: str = ""
    as_of: str | None = None  # the day a count stands at, ISO ("tính đến 31/12/2022", "đầu năm 2023")

    @property
    def half_unit(self) -> float:
        """Half a unit of the figure's last written decimal: how far its stated value may be
        from the value it was rounded from (``30,9`` stands for 30,85–30,95)."""
        return 0.5 * 10.0**-self.decimals

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def id_of(f: Figure | None) -> str | None:
    """The id of a relation's member that may be missing."""
    return f.id if f is not None else None


def rounds_to(value: float, percent: Figure) -> bool:
    """Whether ``value`` rounds to the stated percentage, as far as its written decimals say."""
    return abs(value - percent.value) <= percent.half_unit + 1e-9


@dataclass
class Relation:
    kind: str  # total_parts | subset_of | percent_of | target | average_of | change | balance
    members: dict[str, Any]  # role → figure id or list of ids (as in the gold files)
    evidence: str = ""  # the cue that states it ("trong đó", "(…)", footnote 5, table column)
    certainty: str = "explicit"  # total_parts: exhaustive | disjoint | plausible | open (see CERTAINTIES)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.members, "evidence": self.evidence, "certainty": self.certainty}

    def member_ids(self) -> list[str]:
        """The ids of every figure the relation holds, in every role."""
        return [
            fid for v in self.members.values() for fid in (v if isinstance(v, list) else [v]) if isinstance(fid, str)
        ]


#: The unit key of "người", "đồng chí": persons of any kind.
GENERIC_PERSONS = "nguoi"

#: How sure a relation's structure is.  A breakdown (``total_parts``) is ``exhaustive`` when
#: its parts are every class of a partition of the total (their sum must equal it),
#: ``disjoint`` when they are some classes of one (their sum must not pass it; less is
#: suspicious), ``plausible`` when nothing says the parts are disjoint and complete,
#: ``open`` when the list says it is incomplete (``…``, ``v.v.``).  Every other relation is
#: ``explicit``: the text states it unmistakably.
CERTAINTIES = ("explicit", "exhaustive", "disjoint", "plausible", "open")

#: The evidence of a breakdown of one whole by the ratios written over it, one class each
#: (``18/22 đồng chí hoàn thành tốt nhiệm vụ và 04/22 đồng chí hoàn thành xuất sắc nhiệm vụ``):
#: its total is the first ratio, whose whole (not its count) the parts add up to.
SHARED_BASE = "counts out of one whole, one class each"
#: The evidence of what is left of a ratio's whole after its count (``đã giải quyết 85/92 vụ việc,
#: còn 7 vụ việc``): its total is the ratio, whose whole the count and the rest add up to.
REST_OF_RATIO = "flow: the rest of a ratio's whole"
#: The breakdowns whose total is a ratio's whole, not its count.
WHOLE_AFTER_SLASH = (SHARED_BASE, REST_OF_RATIO)
#: The evidence of a share whose base is a ratio the text leaves open between its count and
#: its whole (``128/161 xã …, trong đó 72 xã … (chiếm 44,72%)``: of the 128 or of the 161): the
#: checker accepts either and warns when the share matches neither.
EITHER_OF_RATIO = "share of a listed part's ratio total (its count or its whole)"

#: The evidence of a level raised by an addition (``có 25 đảng viên, kết nạp thêm 3, nâng tổng số
#: lên 28``): an increase whose end may also have lost some (members who left), so the checker
#: gives a warning, not an error.
RAISED_EVIDENCE = "tăng (nâng lên)"

#: The evidence of a percentage of plan that rates a rate against the planned rate (``giảm 1,89%,
#: đạt 125% so với chỉ tiêu (chỉ tiêu là 1,5%/năm)``): a rate of which less is better (poverty,
#: malnutrition) is rated either way round, so the checker takes either quotient.
RATE_PLAN_EVIDENCE = "rate against its planned rate"

#: The evidence's end of a rate of change with both levels in its clause (``tăng 97% (từ 8,86
#: lên 17,5 triệu tấn)``, :mod:`extractor.find.rate_levels`): the rate may be computed at
#: constant prices or on another base than the levels shown, so the checker gives a warning.
FROM_TO_EVIDENCE = "(từ … lên …)"

#: The evidence of a target whose percentage is how far what was achieved passes the plan, both
#: stated (``1.265 tấn so với kế hoạch giao 1.150 tấn, vượt khoảng 10%``): achieved / plan − 100 %.
OVER_PLAN_EVIDENCE = "vượt … % so với kế hoạch"

#: The evidence of the shares of one structure's components (``Cơ cấu kinh tế: … chiếm 30,9%;
#: … chiếm 22,5%; …``): they add up to 100 % at most (a component may be left out), so the
#: checker warns only of a sum above it.
STRUCTURE_EVIDENCE = "shares of one structure"

#: The evidence of a run of shares whose last is named as what is left (``…, còn lại là các dân tộc
#: khác chiếm 1,29%``): every component named, so they add up to 100 %.
REST_CLOSED_EVIDENCE = "shares closed by what is left (còn lại)"


@dataclass
class Extraction:
    document: str
    self_key: str | None
    citations: list[Citation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
