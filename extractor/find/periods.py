"""A month's figure within the figure of the months to date; what was added within what stands.

``Trong tháng 3/2021, các địa phương … gieo cấy được 597,5 ha; lũy kế đến hết quý I/2021 là
9.831,9 ha``; ``Diện tích rừng bị thiệt hại trong tháng 10/2019 là 55,7 ha, …, trong đó … cháy là
1,7 ha; … chặt, phá là 54 ha. Tính chung 10 tháng, diện tích rừng bị thiệt hại là 3,2 nghìn ha,
…, trong đó … cháy là 2,7 nghìn ha``: what was done in the month is part of what was done in
the months to date.  The figures of a sentence scoped to one month (:data:`rx.MONTH_SCOPE`, the
scope nearest before them in their sentence), then those of the first sentence or clause after
it scoped to the months to date (:data:`rx.TO_DATE_SCOPE`), in that paragraph or one of the
next two, are paired by what they count, in order: each month's figure is a plausible subset
of its to-date figure.  Changes, shares and figures in brackets are no such figures.

A quarter (:data:`rx.QUARTER_SCOPE`) is read as a month is.  What was added in the period
(``Có thêm 11 xã, 24 thôn đạt chuẩn NTM``, :data:`rx.ADDED_SCOPE`) is likewise within the
standing count stated after it (``Hiện Thanh Hóa có 330 xã, 869 thôn …``, a sentence that opens
with :data:`rx.STANDING_SCOPE`, or ``nâng tổng số … lên``), or within the months to date; a
month's work is not paired with what stands now (``Hiện nay đang xử lý 1.154 hồ sơ``).  A
standing count that is not yet so (``Hiện còn 5 xã``, ``… chưa đạt``) and a part of one (after
``trong đó``) are none.  Figures pair by what they count and as what (their category).
"""

from __future__ import annotations

import itertools

from extractor.document.elements import Document
from extractor.find.context import (
    block_text,
    clause_start,
    full_sentence,
    in_parens,
    in_sentence_before,
    is_change,
    unit_key,
)
from extractor.find.context import position as _pos
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.cues import cue

BLOCKS_AFTER = 2  # paragraphs after the month's where its months to date may be stated
MEASURES = ("count", "money")
SHORT = ("month", "added")  # a month's or quarter's figure, or what was added ("có thêm 11 xã")
LONG = ("to date", "standing")  # the months to date, or the standing count ("Hiện … có 330 xã")
WORDS = {"month": "tháng", "added": "thêm", "to date": "lũy kế", "standing": "hiện có"}


def month_within_to_date(doc: Document, figures: list[Figure]) -> list[Relation]:
    """The subsets of each month's figures in the figures of the months to date after them."""
    body = [f for f in figures if f.span.where == "body" and f.measure in MEASURES]
    scoped = [(f, s) for f in body if (s := _scope(doc, f)) is not None and not _aside(doc, f)]
    out: list[Relation] = []
    for i, (_, scope) in enumerate(scoped):
        if scope not in SHORT or (i > 0 and scoped[i - 1][1] in SHORT):
            continue  # the first figure of a run of a month's
        month = _run(scoped[i:], SHORT)
        rest = scoped[i + len(month) :]
        if not rest or rest[0][1] not in LONG or rest[0][0].span.block > month[-1].span.block + BLOCKS_AFTER:
            continue
        mine, theirs = _years(doc, month[0]), _years(doc, rest[0][0])
        if mine and theirs and not mine & theirs:
            continue  # "Quý IV/2022 … cấp mới 15 dự án; lũy kế 9 tháng năm 2023 …": another year's
        if scope == "month" and rest[0][1] == "standing":
            continue  # "trong Quý I xử lý 1.610 hồ sơ … Hiện nay đang xử lý 1.154 hồ sơ": work, not stock
        evidence = f"{WORDS[scope]} … {WORDS[rest[0][1]]}"
        stock = scope == "added" or rest[0][1] == "standing"  # a standing count is qualified by its words
        out += _paired(doc, month, _run(rest, LONG), evidence, stock)
    return out


def _run(scoped: list[tuple[Figure, str]], scopes: tuple[str, ...]) -> list[Figure]:
    """The figures from the first on while they are of one of ``scopes``."""
    return [f for f, _ in itertools.takewhile(lambda fs: fs[1] in scopes, scoped)]


def _paired(doc: Document, month: list[Figure], to_date: list[Figure], evidence: str, stock: bool) -> list[Relation]:
    """Each month's figure with the to-date figure of its kind in the same place, in order; or,
    when they are not one to one, by the one figure of each side in a category (``kết nạp 12
    đảng viên, khai trừ 2 …; lũy kế … kết nạp 80 đảng viên``).  A to-date figure of a category
    holds only the month's of it (``68 quần chúng`` taught are no part of ``kết nạp 37 quần
    chúng``), and a standing count whose words after its noun the added count does not share is
    narrower (``thêm 12 xã đạt NTM`` is no part of ``5 xã đạt NTM kiểu mẫu``)."""
    pairs: list[tuple[Figure, Figure]] = []
    for key in dict.fromkeys(_kind(f) for f in month):
        mine = [f for f in month if _kind(f) == key]
        theirs = [f for f in to_date if _kind(f) == key]
        if len(mine) == len(theirs):
            pairs += zip(mine, theirs, strict=True)
            continue
        for category in dict.fromkeys(f.category for f in mine if f.category):
            one = [f for f in mine if f.category == category]
            other = [f for f in theirs if f.category == category]
            if len(one) == len(other) == 1:
                pairs.append((one[0], other[0]))
    return [
        Relation("subset_of", {"total": t.id, "parts": [m.id]}, evidence, "plausible")
        for m, t in pairs
        if (t.category is None or t.category == m.category)
        and (not stock or (_same_words(doc, m, t) and _same_place(doc, m, t)))
    ]


def _kind(f: Figure) -> str:
    return "money" if f.measure == "money" else unit_key(f)


def _same_words(doc: Document, part: Figure, total: Figure) -> bool:
    """Whether the words after the total's noun are all among the part's, before or after it in
    its clause (``869 thôn/bản đạt chuẩn NTM`` holds ``24 thôn/bản miền núi đạt chuẩn NTM``, and
    ``66 sản phẩm OCOP được công nhận`` ``công nhận thêm 39 sản phẩm OCOP``; ``5 xã … kiểu mẫu``
    does not hold ``12 xã đạt chuẩn NTM``).  Words such as ``được`` do not count."""
    text, start, _ = _where(doc, part)
    before = set(rx.WORD_RE.findall(text[clause_start(text, start) : start].lower()))
    return _qualifier(doc, total) - rx.FUNCTION_WORDS <= _qualifier(doc, part) | before


def _same_place(doc: Document, part: Figure, total: Figure) -> bool:
    """Whether the standing count is of the place the added one is, as far as the text names
    them before each in its sentence (``tỉnh Hà Nam có thêm 12 xã`` is no part of ``Hiện huyện
    Lý Nhân có 8 xã``); a standing count that names no place is of any."""
    theirs = _places(doc, total)
    return not theirs or bool(theirs & _places(doc, part))


def _places(doc: Document, f: Figure) -> set[str]:
    text, start, _ = _where(doc, f)
    return {m.group("name") for m in rx.NAMED_PLACE.finditer(text, full_sentence(text, start)[0], start)}


def _qualifier(doc: Document, f: Figure) -> set[str]:
    """The words after a figure and its noun, to the next number, clause end or bracket."""
    text, _, end = _where(doc, f)
    tail = rx.QUALIFIER_AFTER.match(text, end)
    noun = set(rx.WORD_RE.findall((f.subject_text or "").lower()))
    return set(rx.WORD_RE.findall(tail.group(0).lower() if tail else "")) - noun


def _scope(doc: Document, f: Figure) -> str | None:
    """``month``, ``added``, ``to date`` or ``standing``: the scope written nearest before a
    figure in its sentence (a standing count's sentence opens with it).  A standing count that
    is not yet so (``Hiện còn 5 xã``, ``… 20 xã chưa đạt chuẩn``) is none."""
    text, start, end = _where(doc, f)
    opens = full_sentence(text, start)[0]
    ends = {
        "month": [m.end() for p in (rx.MONTH_SCOPE, rx.QUARTER_SCOPE) for m in in_sentence_before(p, text, start)],
        "added": [
            m.end()
            for m in in_sentence_before(rx.ADDED_SCOPE, text, start)
            if not rx.NOT_ADDED_YET.search(text, max(opens, m.start() - 40), m.start())
        ],
        "to date": [m.end() for m in in_sentence_before(rx.TO_DATE_SCOPE, text, start)],
        "standing": [m.end() for m in in_sentence_before(rx.RAISED_TOTAL_SCOPE, text, start)],
    }
    if (standing := rx.STANDING_SCOPE.match(text, opens)) is not None and standing.end() <= start:
        ends["standing"].append(standing.end())
    scope = max(ends, key=lambda k: max(ends[k], default=-1))
    if not ends[scope]:
        return None
    if scope in SHORT and rx.PLANNED_BEFORE.search(text, opens, start):
        return None  # "Quý IV/2023 dự kiến thu 3.200 tỷ đồng": a plan, not what was done
    if scope in ("added", "standing") and cue("breakdown").search(text, max(ends[scope]), start):
        return None  # "nâng tổng số đảng viên lên 44 người, trong đó có 20 …": a part of the standing count
    if scope == "standing" and (rx.NOT_YET_AFTER.match(text, end) or rx.IN_PROGRESS.search(text, opens, start)):
        return None  # "… 20 xã chưa đạt chuẩn", "Hiện nay đang xử lý 1.154 hồ sơ"
    return scope


def _years(doc: Document, f: Figure) -> set[str]:
    """The years written before a figure in its clause (``Quý IV/2022 … 15 dự án``, ``lũy kế 9
    tháng năm 2023 … 12 dự án``)."""
    text, start, _ = _where(doc, f)
    return set(rx.YEAR_WRITTEN.findall(text, clause_start(text, start), start))


def _where(doc: Document, f: Figure) -> tuple[str, int, int]:
    """A figure's block text, and where the figure starts and ends in it."""
    text, base = block_text(doc, f)
    start, end = _pos(f, base)
    return text, start, end


def _aside(doc: Document, f: Figure) -> bool:
    """A change, or a figure in a bracket (``(tương đương 1.000 tấn)``): no level of the period."""
    text, base = block_text(doc, f)
    start = _pos(f, base)[0]
    return is_change(f, text, base) or in_parens(text, full_sentence(text, start)[0], start)
