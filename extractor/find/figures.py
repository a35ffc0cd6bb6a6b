"""Figures: every quantity a report states, typed and traced to its source.

Stages per text block: find quantities (``values``) → drop those inside directive
citations → attach vocabulary (spaCy span ruler: unit, rating, action, level) →
subject, category, level, period → :class:`~extractor.find.facts.Figure` with its span.
Table cells take their meaning from the row label and the column header instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extractor.document.elements import Block, BlockKind, Document, Table
from extractor.find.context import (
    RowInfo,
    before_marker,
    by_block,
    clause_end,
    clause_start,
    full_sentence,
    label_column,
    matches_by,
    role_column,
    sentence_of,
    sentences,
    table_rows,
)
from extractor.find.facts import GENERIC_PERSONS, Figure, Span
from extractor.text import regexes as rx
from extractor.text.cues import column_is, cue, window
from extractor.text.nlp import VocabSpan, head_noun, vocab_spans
from extractor.text.quantities import DateValue, Period, Quantity
from extractor.text.regexes import ORGANISATION_RE
from extractor.text.values import english_thousands, find_as_of, find_periods, find_quantities
from extractor.text.vocabulary import load_vocabulary

TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.FOOTNOTE)


@dataclass(frozen=True, slots=True)
class BlockContext:
    index: int
    block: Block
    where: str
    footnote: int | None


def _contexts(doc: Document) -> Iterable[BlockContext]:
    note_of = {f.block: f.number for f in doc.footnotes}
    for i, b in enumerate(doc.blocks):
        if b.kind in TEXT_KINDS:
            where = "footnote" if b.kind is BlockKind.FOOTNOTE else "body"
            yield BlockContext(i, b, where, note_of.get(i))


def find_figures(doc: Document, excluded: dict[int, list[tuple[int, int]]] | None = None) -> list[Figure]:
    """All figures of ``doc`` in reading order.  ``excluded`` maps a block index to
    character ranges (in block text) that are not figures, e.g. directive citations."""
    excluded = excluded or {}
    figures: list[Figure] = []
    for ctx in _contexts(doc):
        figures += _block_figures(ctx, excluded.get(ctx.index, []))
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE and b.table is not None:
            figures += _table_figures(i, b, b.table, _document_term(doc))
    figures.sort(key=lambda f: f.span.block)  # stable: reading order, tables where they stand
    _grouped_as_in_english(figures)
    _close_open_periods(figures, _report_year(doc))
    _organisations(doc, figures)
    _footnote_subjects(doc, figures)
    for n, f in enumerate(figures, start=1):
        f.id = f"f{n}"
    return figures


def _issuer_words(doc: Document) -> set[str]:
    """Words naming the report's own issuer, to tell "the issuer" from another unit."""
    names = [doc.metadata.issuing_body or "", doc.metadata.parent_body or ""]
    return {w.casefold() for n in names for w in n.split()} | {"khối"}


def _organisations(doc: Document, figures: list[Figure]) -> None:
    """The organisation a figure is about when its clause names one other than the issuer
    (``Chi bộ Khối Thương Mại … tổ chức 05 cuộc/năm``)."""
    issuer = _issuer_words(doc) | _most_named(doc)
    for f in figures:
        if f.span.where == "table":
            continue
        block = doc.blocks[f.span.block]
        pos = f.span.start - block.span[0]
        start = max(
            clause_start(block.text, pos), block.text.rfind(":", 0, pos) + 1, block.text.rfind("\n", 0, pos) + 1
        )
        found = matches_by(ORGANISATION_RE, block.text, start, clause_end(block.text, pos), pos)
        if not found:
            continue
        name = found[-1].group("org").strip()
        if _capitalised(name) and not _is_issuer(name, issuer):
            f.org = name


def _capitalised(name: str) -> bool:
    words = name.split()
    return len(words) > 2 and words[2][:1].isupper()


def _most_named(doc: Document) -> set[str]:
    """The words of the organisation the report names most often (at least 3 times): a
    report that does not print its issuer in a header still names itself throughout."""
    cores: dict[str, int] = {}
    for m in ORGANISATION_RE.finditer(doc.text):
        name = m.group("org").split()
        if len(name) > 2 and name[2][:1].isupper():
            core = " ".join(name[2:]).casefold()
            cores[core] = cores.get(core, 0) + 1
    if not cores:
        return set()
    core, count = max(cores.items(), key=lambda kv: kv[1])
    return set(core.split()) if count >= 3 else set()


def _is_issuer(name: str, issuer: set[str]) -> bool:
    """``Đảng bộ Khối …``/``Đảng ủy Khối …`` in a bloc's report, or a name made only of the
    issuer's own words, is the issuer itself."""
    words = [w.casefold() for w in name.split()]
    bloc = words[:3] in (["đảng", "bộ", "khối"], ["đảng", "ủy", "khối"], ["đảng", "uỷ", "khối"])
    return bloc or set(words[2:]) <= issuer


def _report_year(doc: Document) -> str | None:
    """The year of the report: its own date, else the latest year it mentions (a draft
    without a date still speaks of its own year last)."""
    if doc.metadata.date:
        return doc.metadata.date[:4]
    years = [int(y) for y in rx.YEAR_RE.findall(doc.text)]
    return str(max(years)) if years else None


def _close_open_periods(figures: list[Figure], year: str | None) -> None:
    """``từ năm 2011 đến nay`` ("2011-") runs to the report's year."""
    for f in figures:
        if year and f.period and f.period.endswith("-") and f.period[:-1] < year:
            f.period = f"{f.period}{year}"


def _footnote_subjects(doc: Document, figures: list[Figure]) -> None:
    """A percentage in a footnote that names no unit (``Năm 2020, đạt tỷ lệ 99,04%``) is
    about what the figure its marker follows is about."""
    blocks = by_block(figures)
    for note in doc.footnotes:
        before = before_marker(doc, note, blocks)
        if not before or before[-1].subject == "other":
            continue
        for f in blocks.get(note.block, []):
            if f.subject == "other" and f.measure == before[-1].measure:
                f.subject, f.subject_text = before[-1].subject, before[-1].subject_text


# ---------------------------------------------------------------- text blocks


def _block_figures(ctx: BlockContext, excluded: list[tuple[int, int]]) -> list[Figure]:
    text = ctx.block.text
    quantities = [q for q in find_quantities(text) if not _overlaps(q, excluded)]
    if not quantities:
        return []
    spans = list(vocab_spans(text))
    units, cats, levels = (_Sorted.of(spans, labels) for labels in (("UNIT",), ("RATING", "ACTION"), ("LEVEL",)))
    ordered = sorted(quantities, key=lambda q: q.start)
    bounds = ([q.start for q in ordered], [q.end for q in ordered])
    periods = find_periods(text)
    points = find_as_of(text)
    spans_of_sentences = sentences(text)
    out: list[Figure] = []
    for q in quantities:
        sentence = sentence_of(spans_of_sentences, q.number_start)
        fig = _figure(ctx, q, text, sentence)
        _attach_subject(fig, q, text, units, out, sentence)
        _thousands_grouped(fig, text[sentence[0] : q.number_start])
        fig.category = _category(q, text, cats, units, bounds, sentence)
        fig.level = _level(q, levels, sentence)
        fig.period = _period(q, periods, full_sentence(text, q.start), text)
        fig.as_of = _as_of(q, points, full_sentence(text, q.start))
        out.append(fig)
    return out


def _grouped_as_in_english(figures: list[Figure]) -> None:
    """A document that groups thousands as English does (``2,129,000``: two commas or more, which
    no Vietnamese number has) and never as Vietnamese does (``1.659.970``, ``1.234,5``, ``1.245
    đảng viên``) groups them so throughout, as a table copied from an English-language sheet
    does: there ``469,030`` is 469030, not 469,03.  Shares keep their comma (``94,4%`` is no
    group of three).  So does one that writes two shares or more with a decimal point (``đạt
    91.47% dự toán``) and no decimal after a comma anywhere: its ``272,849 tỷ đồng`` is 272849."""
    raws = [f.raw for f in figures]
    vietnamese = any(rx.VIETNAMESE_ONLY_GROUPED.fullmatch(r) for r in raws) or any(
        rx.POINT_GROUPED.fullmatch(f.raw) and f.value >= 1000 for f in figures
    )  # "1.659.970", "1.234,5", "1.245 đảng viên"
    if vietnamese:
        return
    grouped = any(rx.ENGLISH_ONLY_GROUPED.fullmatch(r) for r in raws)
    # ... or shares with decimals after a point ("đạt 91.47% dự toán", two at least: not a score's
    # "95.5 điểm" or a time's "8.15") and no decimal comma ("94,4") anywhere
    points = sum(1 for f in figures if f.measure == "percent" and rx.ENGLISH_DECIMAL.fullmatch(f.raw))
    pointed = points >= 2 and not any(rx.VIETNAMESE_DECIMAL.fullmatch(r) for r in raws)
    if not (grouped or pointed):
        return
    for f in figures:
        thousands = english_thousands(f.raw) if f.measure != "percent" else None
        if thousands is not None and f.value < 1000:
            f.value, f.decimals = thousands, 0


def _thousands_grouped(fig: Figure, before: str) -> None:
    """A count of things that come whole written with commas between groups of three digits, as
    in English (``gần 51,000 đảng viên``, ``38,519`` of them): the commas group thousands, for
    51 point 000 members is no count.  Not a measured quantity (``12,500 ha`` is 12,5 ha), nor
    one with a scale word (``2,500 nghìn người``)."""
    if fig.measure != "count" or fig.subject == "other" or load_vocabulary().measured(fig.subject):
        return
    if rx.AVERAGE_BEFORE.search(before):
        return  # "Bình quân mỗi chi bộ có 12,500 đảng viên" (``before``: its sentence's words before it)
    thousands = english_thousands(fig.raw)
    if thousands is not None and fig.value < 1000:
        fig.value, fig.decimals = thousands, 0


@dataclass(frozen=True)
class _Sorted:
    """Vocabulary matches of some labels in order of start, searchable by position so that a
    block of thousands of figures stays near-linear."""

    items: list[VocabSpan]
    starts: list[int]
    longest: int  # the length of the longest match

    @classmethod
    def of(cls, spans: list[VocabSpan], labels: tuple[str, ...]) -> _Sorted:
        items = sorted((s for s in spans if s.label in labels), key=lambda s: s.start)
        return cls(items, [s.start for s in items], max((s.end - s.start for s in items), default=0))

    def from_(self, pos: int, reach: int | None = None) -> Iterator[VocabSpan]:
        """Matches starting at or after ``pos`` (and at most ``reach`` characters after it)."""
        for i in range(bisect_left(self.starts, pos), len(self.items)):
            if reach is not None and self.starts[i] - pos > reach:
                return
            yield self.items[i]

    def between(self, start: int, end: int) -> list[VocabSpan]:
        """Matches starting in ``[start, end)``."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


_NOUN_AFTER = 30  # characters after a number where its noun as written is read
_NOUNS_TRIED = 20  # earlier figures of the block whose nouns are tried
_GAP_REACH = 200  # a number and its unit or label are never further apart than this
SENTENCE_SUBJECT_REACH = 30  # characters from a sentence's start to the unit it opens with ("Trong năm, số ")
_RAISED_REACH = 80  # "nâng tổng số … lên" reaches this far before the new level


def _since(figures: list[Figure], start: int) -> list[Figure]:
    """The figures (in reading order) that start at or after ``start``, found from the end."""
    i = len(figures)
    while i > 0 and figures[i - 1].span.start >= start:
        i -= 1
    return figures[i:]


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a quantity starts in ``[lo, hi)`` (``starts`` sorted)."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _colon_next(text: str, pos: int) -> bool:
    """Whether the next character after ``pos`` other than whitespace is a colon."""
    return rx.COLON_NEXT.match(text, pos) is not None


def _overlaps(q: Quantity, ranges: list[tuple[int, int]]) -> bool:
    return any(q.number_start < end and start < q.number_end for start, end in ranges)


def _figure(ctx: BlockContext, q: Quantity, text: str, sentence: tuple[int, int]) -> Figure:
    base = ctx.block.span[0]
    span = Span(
        block=ctx.index,
        start=base + q.number_start,
        end=base + q.number_end,
        pages=tuple(ctx.block.pages),
        where=ctx.where,
        footnote=ctx.footnote,
    )
    return Figure(
        id="",
        value=q.value,
        raw=text[q.number_start : q.number_end],
        measure=q.measure,
        span=span,
        unit=q.unit,
        base=q.base,
        decimals=q.number.decimals,
        approx=q.approx,
        sentence=text[sentence[0] : sentence[1]].strip(),
    )


def _attach_subject(
    fig: Figure, q: Quantity, text: str, units: _Sorted, earlier: list[Figure], sentence: tuple[int, int]
) -> None:
    """What the number counts, first rule that applies:

    1. a share of a target (``đạt 87,5% so với chỉ tiêu``) is about no unit: ``other``;
    2. the unit right after the quantity (``127 TCCSĐ``, ``98,58% đảng viên``), refined by
       an apposition (``998 đồng chí là cấp ủy viên`` → cấp ủy viên);
    3. the unit labelling it (``Tổng số đảng viên: 6.210``), or the unit a level is raised
       in (``đưa tổng số chi hội lên 14``);
    4. a percentage: the unit of ``tỷ lệ <unit>`` earlier in the sentence, else the
       count or ratio it is a share of, else the percentage before it in the sentence;
    5. a noun abbreviated in capitals right after it that no vocabulary knows (``198 CBCNV``),
       or a unit of measure (``640 tấn``): ``other``, with it as ``subject_text``;
    6. the subject of the figure before it in the same clause (``dự phân loại: 127, HTXS NV: 24``);
    7. otherwise ``other``, with the head noun by underthesea as ``subject_text``."""
    if q.measure == "percent" and cue("target_after_figure").match(text[q.end :]):
        return
    gap = cue("unit_gap")
    after = next((s for s in units.from_(q.end, _GAP_REACH) if gap.match(text[q.end : s.start])), None)
    near = units.between(q.start - 2 * _GAP_REACH, q.start)
    label = next((s for s in reversed(near) if _adjacent_before(s, q, text)), None)
    elided = _elided_noun(q, text, units, earlier, fig.span.start - q.number_start)
    if elided is not None:  # "3.438 đảng viên là nữ; 4.539 là đoàn viên": members who are in the Union
        fig.subject, fig.subject_text = elided.subject, elided.subject_text
        return
    if after is not None and not _label_narrows(label, after):
        fig.subject, fig.subject_text = _refine(after, units, text)
        return
    if label is not None and not _partners_unit(label, q, text):
        fig.subject, fig.subject_text = label.key, label.text
        return
    raised = _raised_unit(q, text, units) if after is None else None
    if raised is not None:  # "đưa tổng số chi hội lên 14": chi hội, whatever was counted before
        fig.subject, fig.subject_text = raised.key, raised.text
        return
    base = fig.span.start - q.number_start  # block start in document coordinates
    same_sentence = _since(earlier, base + sentence[0])
    if q.measure == "percent":
        rate = _rate_unit(text, units, sentence[0], q.start)
        if rate is not None:
            fig.subject, fig.subject_text = rate.key, rate.text
            return
        share = next((f for f in reversed(same_sentence) if f.measure in ("count", "ratio", "percent")), None)
        if share is not None and share.subject != "other":
            fig.subject, fig.subject_text = share.subject, share.subject_text
            return
    own = rx.OWN_ABBREVIATION.match(text, q.end)
    if own is not None and q.measure in ("count", "ratio") and not vocab_spans(own.group("abbr")):
        fig.subject_text = own.group("abbr")  # "87 đảng viên/198 CBCNV": its own noun, abbreviated
        return
    measure = rx.MEASURE_WORD_AFTER.match(text, q.end) if q.measure == "count" else None
    if measure is not None:  # "45ha, thu hoạch được 640 tấn ngô": tons, not the hectares before
        fig.subject_text = measure.group("word")
        return
    start = clause_start(text, q.start, sentence[0])
    named = _noun_named_before(q, text, earlier) or _shortened_before(q, text, earlier)
    if named is not None:  # "95 vụ …, 9 người chết (năm 2022 xảy ra 109 vụ, …)": the noun it is written with
        fig.subject, fig.subject_text = named.subject, named.subject_text
        return
    prior = [f for f in _since(earlier, base + start) if f.subject != "other"]
    multiple = q.measure == "ratio" and q.base is None  # "gấp 3 lần": counts nothing of its own
    # the second of a pair over a slash with a noun of its own counts that noun ("235 đơn/235 vụ")
    second = rx.AFTER_NOUN_SLASH.search(text, max(0, q.start - _GAP_REACH), q.start) is not None
    if prior and q.measure in ("count", "ratio") and not multiple and not (second and _noun_after(q, text)):
        fig.subject, fig.subject_text = prior[-1].subject, prior[-1].subject_text
        return
    # (the unit its sentence opens with, or its clause after a semicolon: "…; đảng viên dưới 35 tuổi là 702")
    opening = _sentence_subject(q, text, units, start) if q.measure == "count" else None
    if opening is not None:  # "Đảng viên là người theo đạo là 1228 (chiếm 1,3%)": members
        fig.subject, fig.subject_text = opening.key, opening.text
        return
    following = None if q.measure == "money" else _coordinated_unit(q, text, units)
    if following is not None:
        fig.subject, fig.subject_text = following.key, following.text
        return
    if q.measure in ("count", "ratio"):
        fig.subject_text = head_noun(text[q.end :].lstrip()[: window("head_noun_after_number")])
        if not fig.subject_text:  # "Tổng số GV 22:": the noun the total is written of, before it
            labelled = rx.TOTAL_OF_NOUN_BEFORE.search(text, start, q.start)
            fig.subject_text = labelled.group("noun").strip(" ,") if labelled else None


def _noun_after(q: Quantity, text: str) -> bool:
    return text[q.end :].lstrip()[:1].isalpha()


def _partners_unit(label: VocabSpan, q: Quantity, text: str) -> bool:
    """Whether the unit labelling a number is the one its partner over a slash counts (``Tổng số
    trẻ ra lớp: 412 trẻ/15 lớp``: the classes are the 15, the 412 counts children)."""
    gap = rx.NOUN_SLASH_GAP.match(text, q.end)
    partner = rx.NUMBER_THEN_WORDS.match(text, gap.end()) if gap is not None else None
    return partner is not None and partner.group("words").lower().startswith(label.text.lower())


def _elided_noun(q: Quantity, text: str, units: _Sorted, earlier: list[Figure], base: int) -> Figure | None:
    """The latest earlier count of persons in the sentence, when this number leaves its noun
    out and a kind of person is said of it with ``là`` (``4.539 là đoàn viên``, ``350 đại biểu;
    280 là đảng viên``): the number counts the earlier noun's persons."""
    gap = rx.IS_ATTRIBUTE_GAP.match(text, q.end) if q.measure == "count" else None
    attribute = next(units.from_(gap.end(), 0), None) if gap is not None else None
    vocab = load_vocabulary()
    if attribute is None or vocab.family(attribute.key) != "persons":
        return None
    opens = full_sentence(text, q.start)[0]  # across ";": "3.438 đảng viên là nữ (…); 4.539 là …"
    prior = [f for f in _since(earlier, base + opens) if f.measure in ("count", "ratio")]
    if not prior or prior[-1].subject in ("other", attribute.key) or vocab.family(prior[-1].subject) != "persons":
        return None
    return prior[-1]


def _raised_unit(q: Quantity, text: str, units: _Sorted) -> VocabSpan | None:
    """The unit named between ``nâng``/``đưa tổng số`` and the new level: ``đưa tổng số chi hội
    lên 14``."""
    raised = rx.RAISED_TO.search(text, max(0, q.start - _RAISED_REACH), q.start)
    if raised is None:
        return None
    named = units.between(raised.start(), q.start)
    return named[-1] if named else None


def _label_narrows(label: VocabSpan | None, after: VocabSpan) -> bool:
    """A label naming the kind of persons a generic noun after the number counts: ``Tổng số đảng
    viên: 245 đồng chí`` counts members, not persons."""
    vocab = load_vocabulary()
    if label is None or after.key != GENERIC_PERSONS or label.key == GENERIC_PERSONS:
        return False
    return vocab.family(label.key) == vocab.family(GENERIC_PERSONS)


def _noun_named_before(q: Quantity, text: str, earlier: list[Figure]) -> Figure | None:
    """The latest earlier figure of the block whose noun, not in the vocabulary, is the word
    written right after this number (``109 vụ`` after ``95 vụ``): the number counts it too,
    whatever figure stands between them."""
    after = text[q.end : q.end + _NOUN_AFTER].lstrip().lower()
    if not after[:1].isalpha():
        return None
    for f in reversed(earlier[-_NOUNS_TRIED:]):
        noun = (f.subject_text or "").lower()
        if f.subject == "other" and noun and after.startswith(noun) and not after[len(noun) : len(noun) + 1].isalpha():
            return f
    return None


def _shortened_before(q: Quantity, text: str, earlier: list[Figure]) -> Figure | None:
    """The latest earlier figure of the block whose unit, written in full, this number's noun
    shortens by its last word (``12 tổ chức đảng và 25 đảng viên; … kết luận 8 tổ chức và 20
    đảng viên``): two words at least, then no more of the noun."""
    after = text[q.end : q.end + _NOUN_AFTER].lstrip().lower()
    for f in reversed(earlier[-_NOUNS_TRIED:]):
        words = (f.subject_text or "").lower().split()
        head = " ".join(words[:-1])
        if f.subject == "other" or len(words) < 3 or not after.startswith(head + " "):
            continue
        if rx.SHORT_NOUN_END.match(after, len(head)):
            return f
    return None


def _coordinated_unit(q: Quantity, text: str, units: _Sorted) -> VocabSpan | None:
    """``Chuyển đi 1.317, chuyển đến 588 đảng viên``: a bare number coordinated with a
    counted one later in the same clause shares its unit."""
    if not rx.COORDINATED.match(text[q.end :]):
        return None
    paren = text.find("(", q.end)
    end = min(clause_end(text, q.end), paren if paren >= 0 else len(text))
    nxt = next(units.from_(q.end + 1), None)
    if nxt is None or nxt.start >= end or rx.DIGIT.search(text[q.end : nxt.start]) is None:
        return None
    return nxt


def _refine(unit: VocabSpan, units: _Sorted, text: str) -> tuple[str, str]:
    """``đồng chí`` followed by what they are (``là cấp ủy viên``, ``cấp ủy viên``)."""
    if unit.key == "nguoi":
        nxt = next(units.from_(unit.end), None)
        if nxt is not None and cue("apposition").match(text[unit.end : nxt.start]):
            return nxt.key, nxt.text
    return unit.key, unit.text


def _rate_unit(text: str, units: _Sorted, start: int, end: int) -> VocabSpan | None:
    """The unit of the last ``tỷ lệ <unit>`` between ``start`` and ``end``."""
    rates = [m.end() for m in cue("rate").finditer(text, start, end)]
    if not rates:
        return None
    return next(units.from_(rates[-1], 2), None)


def _sentence_subject(q: Quantity, text: str, units: _Sorted, start: int) -> VocabSpan | None:
    """The unit a sentence opens with (``Đảng viên``, ``Số hộ nghèo``) when it goes on to state
    a number with no noun after it, past ``là``, ``có`` or a colon and no other number but an
    age band's (``Đảng viên là người theo đạo là 1228 (chiếm 1,3%)``, ``Đảng viên dưới 30 tuổi
    là 86``), or with no link word right after the unit or before its share (``Tổng số đảng viên
    2.846;``, ``Đảng viên nữ 1.019, chiếm 36,75%``): the number counts that unit."""
    if "," in text[q.number_start : q.number_end] or not rx.NOTHING_COUNTED_AFTER.match(text, q.end):
        return None  # ("hệ số lương mới là 4,98": no count)
    first = next(units.from_(start, SENTENCE_SUBJECT_REACH), None)
    if first is None or first.end > q.start or not rx.SUBJECT_LEAD.fullmatch(text, start, first.start):
        return None
    # an age band's bounds between are no other number ("Đảng viên dưới 30 tuổi là 86")
    gap = rx.AGE_BOUNDS_RE.sub(lambda m: "x" * len(m.group()), text[first.end : q.start])
    if rx.STATED_AFTER_SUBJECT.fullmatch(gap):
        return first
    # with no link word: right after the unit ("Tổng số đảng viên 2.846;"), or after a few words when
    # its share follows ("Đảng viên nữ 1.019, chiếm 36,75%")
    shared = rx.SHARE_STATED_AFTER.match(text, q.end) is not None
    return first if rx.WORDS_BEFORE_NUMBER.fullmatch(gap) and (shared or not gap.strip()) else None


def _adjacent_before(s: VocabSpan, q: Quantity, text: str) -> bool:
    return s.end <= q.start and bool(cue("label_gap").match(text[s.end : q.start])) and ":" in text[s.end : q.start]


def _category(
    q: Quantity,
    text: str,
    cats: _Sorted,
    units: _Sorted,
    bounds: tuple[list[int], list[int]],
    sentence: tuple[int, int],
) -> str | None:
    """Rating or action: one written right before the number (``HTXS NV: 24``,
    ``khiển trách 26``), else one written right after it (``9 khiển trách, 4 cảnh cáo``),
    else the nearest one earlier in the clause with no other number between, else one
    right after the counted noun (``53/83 chi bộ … đạt trong sạch, vững mạnh``).
    ``bounds`` are the starts of the block's quantities, sorted, and their ends."""
    starts, ends = bounds
    before = [s for s in cats.between(sentence[0], q.start) if s.end <= q.start]
    right_after = _right_after(q.end, text, cats, units)
    if before and cue("label_gap").match(text[before[-1].end : q.start]):
        own = _with_form(right_after, cats, text) if right_after is not None else None
        if own is not None and own.key.startswith(before[-1].key + "."):
            return _cat_key(own)  # "bị kỷ luật: 4 đảng viên bị kỷ luật khiển trách": the form
        return _cat_key(before[-1])
    if right_after is not None and not _colon_next(text, right_after.end):
        if _listed_with_another(right_after, cats, text):
            return None  # "7.156 đơn khiếu nại, tố cáo, kiến nghị": letters of every kind, not one
        return _cat_key(_with_form(right_after, cats, text))  # "1.256 đảng viên bị kỷ luật khiển trách"
    if before and _over_a_pair(before[-1], q, text, bounds, units):
        return _cat_key(before[-1])
    start = clause_start(text, q.start, sentence[0])
    last = bisect_left(starts, q.start) - 1  # the last quantity before this one
    # only a phrase ending after that quantity starts has no number between
    start_ok = start if last < 0 else max(start, starts[last] - cats.longest)
    own = _own_after(q, text, cats, starts, sentence)
    previous = ends[last] if own is not None and q.measure == "count" and last >= 0 and start <= starts[last] else None
    previous_own = _right_after(previous, text, cats, units) if previous is not None else None
    for s in reversed(before):
        if s.start < start_ok:
            break
        if previous is not None and _of_previous(s, previous, previous_own, text):
            continue  # "30 tổ chức hoàn thành xuất sắc nhiệm vụ, 80 tổ chức hoàn thành tốt …": the 30's
        if cue("breakdown").search(text, s.end, q.start):
            break  # "… đơn khiếu nại, tố cáo, trong đó có 5.591 đơn": the total's kinds, not the part's
        if ")" in text[s.end : q.start]:
            continue  # "10 tổ chức Đảng (khiển trách) và 46 đảng viên": the bracket's figure's
        if "(" in text[s.end : q.start] and _any_between(starts, start, s.start):
            continue  # "124 đơn thư tố cáo, khiếu nại, kiến nghị (có 21 đơn": the figure before's kinds
        if not _any_between(starts, s.end, q.start):
            return _cat_key(s)
    return _cat_key(own) if own is not None else None


def _noun_right_after(end: int, text: str, units: _Sorted) -> VocabSpan | None:
    """The counted noun written right after a quantity ending at ``end`` (``18 đảng viên``)."""
    unit_gap = cue("unit_gap")
    return next((s for s in units.from_(end, _GAP_REACH) if unit_gap.match(text[end : s.start])), None)


def _over_a_pair(s: VocabSpan, q: Quantity, text: str, bounds: tuple[list[int], list[int]], units: _Sorted) -> bool:
    """Whether the category ``s`` is written right before one count of another noun that is
    joined to ``q`` (``kiểm tra 4 tổ chức đảng, 18 đảng viên``, ``giám sát 37 tổ chức đảng và 135
    đảng viên``): the action is both counts', unless the second has a predicate of its own
    (``kết nạp 50 đảng viên, 120 quần chúng được học lớp cảm tình Đảng``)."""
    starts, ends = bounds
    first = bisect_left(starts, s.end)
    if first + 1 != bisect_left(starts, q.start) or not rx.ACTION_PAIR_LEAD.fullmatch(text, s.end, starts[first]):
        return False
    noun = _noun_right_after(ends[first], text, units)
    own = _noun_right_after(q.end, text, units)
    return (
        noun is not None
        and own is not None
        and noun.key != own.key
        and rx.ACTION_PAIR_JOIN.fullmatch(text, noun.end, q.start) is not None
        and rx.PAIRED_COUNT_END.match(text, own.end) is not None
    )


def _own_after(q: Quantity, text: str, cats: _Sorted, starts: list[int], sentence: tuple[int, int]) -> VocabSpan | None:
    """The category written after the number in its reach, with no number between, that labels
    no later figure and opens no bracket (``46 đảng viên (khiển trách 30, …)``: the inner
    figure's); a general action followed by its form is the form (``bị kỷ luật cảnh cáo``)."""
    after = [s for s in cats.from_(q.end, window("category_after_number")) if s.end <= sentence[1]]
    if not after or _colon_next(text, after[0].end) or "(" in text[q.end : after[0].start]:
        return None
    if _any_between(starts, q.end, after[0].start):
        return None
    if rx.PHRASE_END.search(text, q.end, after[0].start) and (
        _labels_next(after[0], text, starts, sentence) or _acts_on_next(after[0], text, starts, sentence)
    ):
        return None  # "xếp loại 46 đảng viên: hoàn thành xuất sắc nhiệm vụ 6 đồng chí, …" (or "; xếp loại"): the 6's
    if cue("breakdown").search(text, q.end, after[0].start):
        return None  # "đã đánh giá 1.150 đảng viên, trong đó hoàn thành xuất sắc nhiệm vụ 16,2%": a part's class
    if ";" in text[q.end : after[0].start]:
        return None  # "Tổng số đoàn viên: 214; kết nạp mới: 36 đoàn viên": the next clause's
    if rx.AND_JOIN.search(text, q.end, after[0].start) and _acts_on_next(after[0], text, starts, sentence):
        return None  # "đề nghị kết nạp 9 quần chúng và đã xem xét kết nạp được 6 …": the 6's
    if rx.PHRASE_END.search(text, q.end, after[0].start) is None:
        return _with_form(after[0], cats, text)
    return after[0]


def _acts_on_next(s: VocabSpan, text: str, starts: list[int], sentence: tuple[int, int]) -> bool:
    """Whether a number follows the category ``s`` in its phrase (``… và đã kết nạp được 6 quần
    chúng``): the category is that number's action."""
    nxt = bisect_left(starts, s.end)
    return nxt < len(starts) and starts[nxt] < sentence[1] and rx.PHRASE_END.search(text, s.end, starts[nxt]) is None


def _labels_next(s: VocabSpan, text: str, starts: list[int], sentence: tuple[int, int]) -> bool:
    """Whether a number follows the category ``s`` as its label does (``hoàn thành xuất sắc nhiệm
    vụ 6 đồng chí``, ``HTXSNV: 24``): right after it, in its sentence."""
    nxt = bisect_left(starts, s.end)
    return nxt < len(starts) and starts[nxt] < sentence[1] and bool(cue("label_gap").match(text[s.end : starts[nxt]]))


FORM_REACH = 25  # characters from a general action to its form ("kỷ luật bằng hình thức khiển trách")


def _with_form(s: VocabSpan, cats: _Sorted, text: str) -> VocabSpan:
    """A general action followed by its form is the form (``6 tổ chức bị kỷ luật cảnh cáo``,
    ``kỷ luật bằng hình thức khiển trách``), unless several forms follow (``bị kỷ luật khiển trách,
    cảnh cáo``: the forms together)."""
    form = next(iter(cats.from_(s.end, FORM_REACH)), None)
    if (
        form is not None
        and form.key.startswith(s.key + ".")
        and rx.FORM_AFTER_ACTION.fullmatch(text, s.end, form.start)
        and not _listed_with_another(form, cats, text)
    ):
        return form
    return s


def _of_previous(s: VocabSpan, end: int, right_after: VocabSpan | None, text: str) -> bool:
    """Whether the category ``s`` is written after the quantity ending at ``end`` as its own:
    right after it or its counted noun (``right_after``, :func:`_right_after` of it), or after
    its noun with no phrase break or joined verb between (``30 tổ chức hoàn thành xuất sắc
    nhiệm vụ``; not ``xóa tên 1 đảng viên và cho ra khỏi Đảng với 4 trường hợp``)."""
    if s.start < end:
        return False
    if right_after is s:
        return True
    between = text[end : s.start]
    return rx.PHRASE_END.search(between) is None and rx.AND_JOIN.search(between) is None


def _right_after(end: int, text: str, cats: _Sorted, units: _Sorted) -> VocabSpan | None:
    """The category written right after a quantity ending at ``end`` (``9 khiển trách``), or
    right after its counted noun (``99 chi bộ hoàn thành tốt nhiệm vụ``)."""
    unit_gap = cue("unit_gap")
    found = next((s for s in cats.from_(end, _GAP_REACH) if unit_gap.match(text[end : s.start])), None)
    if found is not None:
        return found
    noun = _noun_right_after(end, text, units)
    if noun is None:
        return None
    rating_gap = cue("rating_gap")
    found = next((s for s in cats.from_(noun.end, _GAP_REACH) if rating_gap.match(text[noun.end : s.start])), None)
    # a form of discipline named after the noun, not one that labels the next number ("15 đảng viên
    # bằng hình thức khiển trách 9, …": the 9's)
    if (
        found is not None
        and rx.FORM_WORDS.search(text, noun.end, found.start)
        and (rx.NUMBER_NEXT.match(text, found.end) or _listed_with_another(found, cats, text))
    ):
        return None  # (nor one of several forms: "7 đảng viên bằng hình thức khiển trách, cảnh cáo và …")
    return found


def _listed_with_another(s: VocabSpan, cats: _Sorted, text: str) -> bool:
    """Whether the category ``s`` is followed, after a comma or "và", by another of its kind:
    the figure counts several kinds together."""
    nxt = next(iter(cats.from_(s.end, rx.LIST_JOIN_REACH)), None)
    return nxt is not None and nxt.label == s.label and rx.LIST_JOIN.fullmatch(text, s.end, nxt.start) is not None


def _cat_key(s: VocabSpan) -> str:
    return ("rating." if s.label == "RATING" else "action.") + s.key


def _level(q: Quantity, levels: _Sorted, sentence: tuple[int, int]) -> str | None:
    found = levels.between(sentence[0], q.start)
    return found[-1].key if found else None


AS_OF_AFTER = 25  # characters between a number and an "as of" written after it ("7.261 đảng viên tính đến …")


def _period(q: Quantity, periods: list[Period], sentence: tuple[int, int], text: str) -> str | None:
    """A period written right after the number (``74% năm 2017``), else the last one stated
    before it in the same sentence (``Năm 2016, có 53/83 …``) that is not a comparison's; none
    otherwise."""
    after = next((p for p in periods if p.start >= q.end and not text[q.end : p.start].strip(" ,")), None)
    if after is not None:
        return _year_level(after.label)
    before = [p for p in periods if p.end <= q.start and p.start >= sentence[0] and not _compared(p, q, text)]
    return _year_level(before[-1].label) if before else None


COMPARED_LEAD = 20  # characters before a period read for the comparison that names it


def _compared(p: Period, q: Quantity, text: str) -> bool:
    """Whether a period is one a figure is compared with (``giảm 2,65% so với năm 2017``) and
    its clause has ended before ``q``: no period of the figures after it (``…, vượt chỉ tiêu; có
    tổng số 9.415 hộ cận nghèo``), but the period of the level compared with (``so với cùng kỳ
    năm 2018 (1.170 lượt)``)."""
    if rx.COMPARED_PERIOD_LEAD.search(text, max(0, p.start - COMPARED_LEAD), p.start) is None:
        return False
    return rx.CLAUSE_SEPARATOR.search(text, p.end, q.start) is not None


def _as_of(q: Quantity, points: list[DateValue], sentence: tuple[int, int]) -> str | None:
    """The point in time a number stands at: the last one stated before it in its sentence
    (``Tính đến 31/12/2022, toàn Đảng bộ có 7.261 đảng viên``), else the first after it
    (``… 7.261 đảng viên, tăng … so với đầu năm 2022`` is a comparison: only a point right
    after the number and its noun counts, ``7.261 đảng viên tính đến 31/12/2022``)."""
    before = [p for p in points if sentence[0] <= p.start and p.end <= q.start]
    if before:
        return before[-1].iso
    after = next((p for p in points if q.end <= p.start < sentence[1]), None)
    return after.iso if after is not None and after.start - q.end <= AS_OF_AFTER else None


def _year_level(label: str) -> str:
    """Figures carry periods at year granularity or coarser ("2022-05" → "2022")."""
    return label[:4] if rx.YEAR_MONTH_LABEL.fullmatch(label) else label


# ---------------------------------------------------------------- tables


def _document_term(doc: Document) -> str | None:
    title = doc.metadata.title or ""
    return next((p.label for p in find_periods(title) if "-" in p.label), None)


def _column_period(header: str) -> str | None:
    if column_is("half_year", header) and rx.YEAR_RE.search(header):
        return f"{rx.YEAR_RE.findall(header)[-1]}-H1"
    periods = find_periods(header)
    if periods:
        return periods[-1].label
    years = rx.YEAR_RE.findall(header)
    return years[-1] if years else None


def _column_roles(header: list[str], term: str | None) -> list[tuple[str | None, str | None]]:
    """(period, role) for every column from its header text.  The target column covers the
    document's term; actual and percent-of-target columns cover the yearly columns' span."""
    yearly = [_column_period(h) for h in header]
    spans = [p for p, h in zip(yearly, header, strict=True) if p and not column_is("target", h)]
    covered = f"{spans[0].split('-')[0]}-{spans[-1]}" if len(spans) > 1 else (spans[0] if spans else None)
    out: list[tuple[str | None, str | None]] = []
    for h, period in zip(header, yearly, strict=True):
        if column_is("percent_of_target", h):
            out.append((covered, "percent_of_target"))
        elif column_is("target", h):
            out.append((term, "target"))
        elif period is not None:
            out.append((period, None))
        elif column_is("actual", h):
            out.append((covered, "actual"))
        else:
            out.append((None, None))
    return out


def _table_figures(index: int, block: Block, table: Table, term: str | None) -> list[Figure]:
    labels, infos = table_rows(table)
    roles = _column_roles(labels, term)
    label_col = label_column(labels)
    unit_col = role_column(labels, "unit")
    number_col = role_column(labels, "row_number")
    code_col = role_column(labels, "code")
    out: list[Figure] = []
    parent: VocabSpan | None = None
    for r, row in enumerate(table.grid()):
        info = infos[r]
        if info is None:
            continue
        label, unit = info.label, info.unit
        own = _row_subject(label, unit) or (None if info.sub else _sub_rows_subject(infos, r))
        sub_row = info.sub
        subject = own if own is not None else (parent if sub_row else None)
        if not sub_row:
            parent = own
        for c, cell in enumerate(row):
            if c == label_col and (share := rx.LABEL_SHARE.search(cell)) is not None:
                text = share.group("share") or share.group("inner")
                fig = _cell_figure(index, block, (r, c), text, label, unit, (None, None), labels[c])
                out += [fig] if fig is not None else []
            if c in (label_col, unit_col, number_col, code_col):
                continue
            fig = _cell_figure(index, block, (r, c), cell, label, unit, roles[c], labels[c])
            if fig is not None:
                if subject is not None and fig.column != "percent_of_target":
                    fig.subject = subject.key
                out.append(fig)
    return out


def _sub_rows_subject(infos: list[RowInfo | None], r: int) -> VocabSpan | None:
    """A group row naming no unit counts what all its sub-rows count (``Xóa tên và khai trừ
    đảng`` over ``- Xóa tên`` ĐV, ``- Khai trừ đảng`` ĐV)."""
    found: list[VocabSpan] = []
    k = r + 1
    while k < len(infos) and infos[k] is not None and infos[k].sub:  # type: ignore[union-attr]
        sub = infos[k]
        assert sub is not None
        unit = _row_subject(sub.label, sub.unit)
        if unit is None:
            return None
        found.append(unit)
        k += 1
    return found[0] if found and len({u.key for u in found}) == 1 else None


def _row_subject(label: str, unit: str) -> VocabSpan | None:
    """The unit a row counts: named in its unit column (``ĐV``, ``Lớp``), else in its label."""
    for text in (unit, label):
        found = next((s for s in vocab_spans(text) if s.label == "UNIT"), None)
        if found is not None:
            return found
    return None


def _cell_figure(
    index: int,
    block: Block,
    cell: tuple[int, int],
    text: str,
    label: str,
    unit: str,
    role: tuple[str | None, str | None],
    header: str,
) -> Figure | None:
    quantities = find_quantities(text)
    if len(quantities) != 1 or not text.strip():
        return None
    q = quantities[0]
    period, column = role
    # a rate column's cells written without their sign ("Đạt (%)" over "110", "112,5")
    percent = "%" in unit or "%" in header or column == "percent_of_target" or q.measure == "percent"
    # ... and a column of shares named so ("Tỷ trọng" under "Công chức"): its bare numbers
    percent = percent or (q.measure == "count" and column_is("share", header))
    category = next((s for s in vocab_spans(label) if s.label in ("RATING", "ACTION")), None)
    start = block.span[0]
    return Figure(
        id="",
        value=q.value,
        raw=q.number.raw,
        measure="percent" if percent else ("money" if rx.TABLE_MONEY_UNIT.search(unit) else q.measure),
        span=Span(index, start, block.span[1], tuple(block.pages), "table", None, cell),
        unit=unit if rx.TABLE_MONEY_UNIT.search(unit) else None,
        decimals=q.number.decimals,
        subject_text=label,
        category=_cat_key(category) if category else None,
        period=period,
        column=column,
        sentence=f"{label} | {header} | {text}",
    )
