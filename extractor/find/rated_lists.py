"""Rating results stated after the count they rate, in a later sentence or paragraph:
``… toàn Đảng bộ có 50 TCCS Đảng với 5.645 đảng viên.`` / ``Kết quả năm 2022, … toàn Đảng bộ
có 10 TCCS Đảng hoàn thành xuất sắc nhiệm vụ, 37 TCCS Đảng hoàn thành tốt nhiệm vụ và 03
TCCS Đảng hoàn thành nhiệm vụ.``

A run of counts of one unit in one paragraph (no other count between them), each carrying a class of one rating scale
(``patterns/partitions.yaml``), with no count of that unit before it in its sentence (a
total there is read by the relations stage itself), breaks down the latest count of the same
unit, unrated and not a change, stated earlier in the paragraph or in the paragraphs just
before it (of the same period and organisation when both say), stated as a stock (``có``,
``gồm``, ``với``, ``tổng số`` before it) or as the ones rated (``đánh giá``, ``xếp loại`` in its
clause), not as the doers of an action (``40 chi bộ tổ chức sinh hoạt chuyên đề``).  Nothing in
the text ties the run to that count, and a stock often holds some not rated (members exempt
for age, organisations newly formed), so the breakdown is ``open``: only a sum above the
total is a warning.

The forms of an action are read the same way after the count acted on (``thi hành kỷ luật 96
đảng viên. Khiển trách 61 đồng chí, cảnh cáo 24 …``), and a run may count by a generic word
of the total's family (``đồng chí``, ``tổ chức``) or by its class alone.  A run that names
every form right after the count acted on, unscoped and leaving nothing pending, is
``plausible`` (each one acted on has a form, so a sum off either way is a warning); every
other run, after a stock or the ones rated too, stays ``open`` (see :func:`_certainty`).
A run in the sentence of its total is the relations stage's to read (it follows a cue), except
the forms listed right after the count acted on with no cue at all (``thi hành kỷ luật 313 đảng
viên, khai trừ 45 trường hợp, cách chức 6 trường hợp, …``): those are read here too, and so is a
run after a semicolon that closes a stock and its asides only (``Chi bộ có 44 đảng viên, chính
thức 40 đồng chí; hoàn thành xuất sắc nhiệm vụ 8 …``): the stock is the total, ``open``.
"""

from __future__ import annotations

from extractor.document.elements import Document
from extractor.find.context import (
    BlockText,
    by_block,
    clause_end,
    clause_start,
    figures_year,
    full_sentence,
    is_change,
    unit_key,
)
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.partitions import exclusive_classes, partition_of
from extractor.text.vocabulary import load_vocabulary

PARAGRAPHS_BACK = 2  # the total may be stated this many paragraphs before the run
MIN_RUN = 2  # a run rates at least this many classes
FAR_OVER = 2.0  # a run adding up to more than this many times a count rates something else


def rated_list_breakdowns(
    doc: Document, figures: list[Figure], listed: set[str], broken: frozenset[str] | set[str] = frozenset()
) -> list[Relation]:
    """Breakdowns of an earlier count by the rating classes listed after it; ``listed``: the
    ids of figures already parts of a relation (a run holding one is left alone); ``broken``:
    the totals already broken down (another year's ratings after them are not theirs)."""
    body = by_block([f for f in figures if f.span.where == "body"])
    out: list[Relation] = []
    blocks = sorted(body)
    for n, index in enumerate(blocks):
        text, base = BlockText(doc, index), doc.blocks[index].span[0]
        figs = body[index]
        near = [b for b in blocks[max(0, n - PARAGRAPHS_BACK) : n] if b >= index - PARAGRAPHS_BACK]
        earlier = [f for b in near for f in body[b]]
        for run in _runs(figs, text, base):
            if any(f.id in listed for f in run):
                continue
            start = full_sentence(text, run[0].span.start - base)[0]
            own = [f for f in figs if f.span.start - base < start]
            lead = [f for f in figs if start <= f.span.start - base < run[0].span.start - base]
            # the count acted on may be of members, the forms of "đồng chí", "trường hợp" ("thi hành kỷ
            # luật 42 đảng viên, khiển trách 25 đồng chí, …")
            # (a change is no count: "kỷ luật 313 đảng viên (giảm 12 trường hợp …), khai trừ 45 …", "88 đồng
            # chí (tăng 6 …);": the 88)
            levels = [f for f in lead if not is_change(f, text, base)]
            plain = [f for f in levels if _plain_of_unit(f, run[0]) or (f.category and _plain_kind(f, run[0]))]
            # … but not one a semicolon ends, with no cue after it ("có 28 chi bộ trực thuộc; 18 chi
            # bộ hoàn thành tốt nhiệm vụ, …", "Tổng số đảng viên của chi bộ: 42 đồng chí; xếp loại …"):
            # read as if stated in a sentence before
            before_semicolon = [
                f
                for f in lead
                if f.subject != "other"
                and ";" in text[f.span.end - base : run[0].span.start - base]
                and not f.category  # "kết nạp 2 đảng viên; hoàn thành xuất sắc nhiệm vụ 4 …": no stock
                and not _classed(f, text, base)
            ]
            # (the count must end what the semicolon closes: "56 học viên loại giỏi, đạt tỷ lệ 41,48%; 48
            # học viên loại khá, …" is a class of its own, not the total)
            # … and stated as a stock or as the ones rated ("có 46 đảng viên;", "Tổng số …: 42 đồng chí;"; not
            # "từ trần 1 đồng chí;"), of the run's year when both say ("Năm 2022: 45 đồng chí; năm 2023 …")
            ends_clause = (
                plain
                and plain[-1] is levels[-1]
                and plain[-1] in before_semicolon
                and _stock(plain[-1], text, base)
                and not _other_period(plain[-1], run)
            )
            if plain and not _acted_on(plain[-1], run, figs, text, base) and not ends_clause:
                # a total in the run's own sentence is the relations stage's to read, unless the
                # semicolon closes a stock and its own asides ("Chi bộ có 44 đảng viên, chính thức
                # 40 đồng chí; hoàn thành xuất sắc nhiệm vụ 8 …")
                total = _stock_before_asides(lead, run, text, base)
                if total is None:
                    continue
            else:
                total = plain[-1] if plain else _total_before([*earlier, *own, *before_semicolon], run, doc)
            if total is None or total.id in broken:
                continue
            match = partition_of(total.subject, [f.category for f in run], "category", figures_year([total, *run]))
            if match is None:
                continue
            members = {"total": total.id, "parts": [f.id for f in run]}
            certainty = _certainty(total, run, doc) if match.exhaustive else _some_classes(total, run, doc)
            out.append(Relation("total_parts", members, "ratings after their total", certainty))
    return out


def _stock_before_asides(lead: list[Figure], run: list[Figure], text: str, base: int) -> Figure | None:
    """The stock a sentence opens with, when a semicolon closes it and its asides only (a class
    of it, a change, an action: ``Chi bộ có 44 đảng viên, chính thức 40 đồng chí;``, ``có 40 đảng
    viên; chuyển sinh hoạt đi 2 đồng chí;``) and the run follows right after: the members the run
    rates, of which the asides are no total."""
    semicolon = text.rfind(";", 0, run[0].span.start - base)
    closed = [f for f in lead if f.span.end - base <= semicolon]
    if not closed or len(closed) < len(lead):
        return None  # nothing before the semicolon, or a count between it and the run
    stock, asides = closed[0], closed[1:]
    if stock.category or stock.measure != "count" or not _same_kind(stock, run[0]) or _other_period(stock, run):
        return None
    stop = rx.PHRASE_END.search(text, stock.span.end - base)  # its own words: "36 đảng viên, dự bị 4 …" acts on none
    own_words = text[: stop.start()] if stop is not None else text
    if is_change(stock, text, base) or _classed(stock, text, base) or not _stock(stock, own_words, base):
        return None
    if not all(f.category or is_change(f, text, base) or _classed(f, text, base) for f in asides):
        return None  # "Đảng bộ có 1.200 đảng viên, 40 đồng chí …;": another count, maybe the rated one
    return stock


def _other_period(total: Figure, run: list[Figure]) -> bool:
    """Whether a count and the run after it say different periods."""
    return bool(total.period and run[0].period and total.period != run[0].period)


def _classed(total: Figure, text: str, base: int) -> bool:
    """Whether words of a count's clause give it a class of its own: after it (``56 học viên loại
    giỏi;``) or before it (``dự bị 5 đồng chí;``, ``miễn đánh giá 8 đồng chí;``)."""
    start, end = total.span.start - base, total.span.end - base
    stop = rx.PHRASE_END.search(text, end)  # "46 đảng viên, 18 đảng viên nữ;": the 46's words end at the comma
    after_end = stop.start() if stop is not None else len(text)
    return bool(
        rx.CLASSED_AFTER.search(text, end, after_end)
        or rx.CLASSED_BEFORE.search(text, clause_start(text, start), start)
    )


def _some_classes(total: Figure, run: list[Figure], doc: Document) -> str:
    """For a run that names some classes only: ``disjoint`` (a sum above the total is an error,
    one below a warning) when a colon right after the count acted on enumerates them (``kỷ luật 6
    cán bộ, công chức: 3 khiển trách, 2 cảnh cáo``) and nothing is counted after them in the
    sentence, else ``open``."""
    if not total.category or not _sub_action(run[0], total) or total.span.block != run[0].span.block:
        return "open"
    text, base = doc.blocks[total.span.block].text, doc.blocks[total.span.block].span[0]
    gap = text[total.span.end - base : run[0].span.start - base]
    after = text[run[-1].span.end - base : full_sentence(text, run[-1].span.end - base)[1]]
    if rx.DIGIT.search(after):
        return "open"  # "…: 3 khiển trách, 2 cảnh cáo, 1 buộc thôi việc": a form no scale here holds goes on
    return "disjoint" if rx.ENUMERATING_COLON.fullmatch(gap) else "open"


def _certainty(total: Figure, run: list[Figure], doc: Document) -> str:
    """For a run that names every class: ``plausible`` (a sum either way off is a warning) after
    the count acted on, in its sentence or the one right after it (``thi hành kỷ luật 125 đảng
    viên. Khiển trách 80 …``: every one acted on has a form), or after the count of those rated,
    in its paragraph or the next (``hoàn thành việc đánh giá chất lượng ở 117/120 tổ chức cơ sở
    Đảng …`` / ``Qua kết quả đánh giá, xếp loại, có 15 …``: every one rated has a class); unless
    the total is proposed, required or of a past period (``đề nghị``, ``phải``, ``cùng kỳ``),
    the run is scoped to a part (``Riêng …``, ``Ủy ban Kiểm tra …:``) or leaves some pending
    (``… đang xem xét``).  Otherwise, and after a stock (``có 120 tổ chức cơ sở đảng``),
    ``open`` (some may not be rated or not yet acted on): only a sum above the total is a warning."""
    block = doc.blocks[total.span.block]
    text, base = block.text, block.span[0]
    start, end = total.span.start - base, total.span.end - base
    lo, hi = clause_start(text, start), clause_end(text, end)
    clause = rx.BRACKETED_WORDS.sub(" ", text[lo:hi])
    acted = bool(total.category and _sub_action(run[0], total))
    # the ones rated, named before the count or after it ("có 2.345 đảng viên được đánh giá, xếp loại")
    rated = not total.category and rx.RATED_POOL.search(text, lo, hi) is not None
    if not (acted or rated) or (acted and total.span.block != run[0].span.block):
        return "open"
    if rx.NOT_DONE_TOTAL.search(clause):
        return "open"
    if total.span.block != run[0].span.block:  # the ones rated, stated in the paragraph before
        run_block = doc.blocks[run[0].span.block]
        run_text, run_base = run_block.text, run_block.span[0]
        opens = full_sentence(run_text, run[0].span.start - run_base)[0]
        lead = rx.RESULT_LEAD.sub("", run_text[opens : run[0].span.start - run_base])  # "Kết quả: có …" scopes nothing
        # another period ("Năm 2022, có …", "Cùng kỳ năm trước …") or some left pending ("…; 2 đảng
        # viên đang xem xét"): the classes need not make the count rated
        if rx.SCOPED_RUN.search(lead) or rx.OTHER_OCCASION.search(lead):
            return "open"
        return "open" if rx.PENDING_AFTER.match(run_text, run[-1].span.end - run_base) else "plausible"
    first, last = run[0].span.start - base, run[-1].span.end - base
    opens = full_sentence(text, first)[0]
    if full_sentence(text, start)[1] < opens - 2 and full_sentence(text, opens - 2)[0] > start:
        return "open"  # a sentence between the total's and the run's
    if rx.SCOPED_RUN.search(rx.RESULT_LEAD.sub("", text[opens:first])) or rx.PENDING_AFTER.match(text, last):
        return "open"
    return "plausible"


def _acted_on(total: Figure, run: list[Figure], figs: list[Figure], text: str, base: int) -> bool:
    """Whether the run, with no cue, lists the forms of the action its sentence's count is acted
    on by, right after it (``thi hành kỷ luật 313 đảng viên, khai trừ 45 trường hợp, cách chức
    6 trường hợp, …``), with nothing but a change between (``(giảm 86 trường hợp so với cùng
    kỳ)``): no breakdown cue stands there, so the relations stage left it."""
    if not _sub_action(run[0], total) or is_change(total, text, base):
        return False
    between = [f for f in figs if total.span.end <= f.span.start < run[0].span.start]
    return all(is_change(f, text, base) for f in between)


def _rated(f: Figure) -> bool:
    """A count of one class: a rating (``rating.httnv``) or a form of an action
    (``action.ky_luat.khien_trach``)."""
    category = f.category or ""
    return f.measure == "count" and (category.startswith("rating.") or category.count(".") >= 2)


def _sub_action(part: Figure, total: Figure) -> bool:
    """A form of the total's action: ``action.ky_luat.canh_cao`` of ``action.ky_luat``."""
    return bool(total.category) and (part.category or "").startswith(f"{total.category}.")


# persons: the unit "nguoi", or cases ("khiển trách 40 trường hợp" of "kỷ luật 64 đảng viên")
GENERIC_NOUNS = {"organisations": ("tổ chức", "đơn vị", "cơ sở"), "persons": ("trường hợp",)}


BARE_UNITS = frozenset(
    {"chi_bo"}
)  # a bare noun a list may name its total's units by ("chi bộ" for "chi bộ trực thuộc")


def _same_kind(total: Figure, part: Figure) -> bool:
    """The run counts what the total counts: one unit, or a generic word for its family
    (``50 tổ chức`` of ``250 tổ chức cơ sở đảng``, ``80 đồng chí`` of ``125 đảng viên``), or the
    bare noun of the total's unit (``8 chi bộ`` of ``28 chi bộ trực thuộc``)."""
    if unit_key(total) == unit_key(part):
        return True
    if (
        part.subject in BARE_UNITS
        and total.subject != part.subject
        and load_vocabulary().can_be_part_of(total.subject, part.subject)
    ):
        return True  # "8 chi bộ hoàn thành …" of "28 chi bộ trực thuộc": the same cells, named short
    family = load_vocabulary().family
    if part.subject == "nguoi":
        return family(total.subject) == "persons"
    noun = (part.subject_text or "").lower().strip()
    # no noun read at all ("hoàn thành tốt nhiệm vụ 150 tổ chức"): the class names what it counts
    return part.subject == "other" and (not noun or noun in GENERIC_NOUNS.get(family(total.subject) or "", ()))


def _runs(figs: list[Figure], text: str, base: int) -> list[list[Figure]]:
    """Rated counts of one unit, one after the other in a paragraph, of pairwise different
    classes of one scale (``… có 24 TCCSĐ đạt trong sạch vững mạnh, chiếm gần 59%. Có 15 …
    hoàn thành tốt nhiệm vụ … và 22 … hoàn thành nhiệm vụ``); a share between them does not
    end the run, a count of anything else does."""
    runs: list[list[Figure]] = []
    run: list[Figure] = []
    for f in figs:
        if f.measure != "count":
            continue  # "(bằng 12,82% …)": a part's own share
        year = figures_year([*run, f])
        joins = (
            run
            and _rated(f)
            and unit_key(f) == unit_key(run[0])
            and all(
                f.category != g.category and exclusive_classes(f.category or "", g.category or "", year) for g in run
            )
        )
        if joins:
            run.append(f)
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run = [f] if _rated(f) else []
    if len(run) >= MIN_RUN:
        runs.append(run)
    return runs


def _plain_kind(f: Figure, part: Figure) -> bool:
    return f.measure in ("count", "ratio") and not _rated(f) and _same_kind(f, part)


def _plain_of_unit(f: Figure, part: Figure) -> bool:
    return f.measure in ("count", "ratio") and unit_key(f) == unit_key(part) and not _rated(f)


def _total_before(candidates: list[Figure], run: list[Figure], doc: Document) -> Figure | None:
    """The latest earlier count of the run's unit that is no rating, action or change, of the
    same period and organisation when both say."""
    first = run[0]
    for f in reversed(candidates):
        if f.measure not in ("count", "ratio") or not _same_kind(f, first):
            continue
        if f.category and not _sub_action(first, f):
            continue  # a rated or acted-on count is no total of these classes
        block = doc.blocks[f.span.block]
        lead = block.text[clause_start(block.text, f.span.start - block.span[0]) : f.span.start - block.span[0]]
        if rx.PART_LEAD.search(lead):
            continue  # "96 đảng viên, trong đó cấp ủy cơ sở thi hành kỷ luật 70 …": a part, not the total
        acted = f.category is not None  # "thi hành kỷ luật 125 đảng viên": the acted-on are the total
        if is_change(f, block.text, block.span[0]) or not (acted or _stock(f, block.text, block.span[0])):
            continue
        if f.period and first.period and f.period != first.period:
            return None  # the latest count is of another year: no total
        if f.org and first.org and f.org != first.org:
            return None
        return f if sum(g.value for g in run) <= FAR_OVER * f.value else None
    return None


def _stock(f: Figure, text: str, base: int) -> bool:
    """Whether a count is stated as a stock of its units or as the ones rated, not as the doers
    of an action."""
    start, end = f.span.start - base, f.span.end - base
    lead, tail = text[clause_start(text, start) : start], text[end : clause_end(text, end)].lstrip()
    noun = f.subject_text or ""
    if noun and tail.lower().startswith(noun.lower()):
        tail = tail[len(noun) :]  # "50 tổ chức cơ sở đảng": the noun is no action
    if rx.RATED_POOL.search(lead) or rx.RATED_POOL.search(tail):
        return True
    label = rx.STOCK_LABEL_BEFORE.search(lead)
    stock = rx.STOCK_BEFORE.search(lead) is not None or (
        label is not None and not rx.ACTION_AFTER.search(label["noun"] or label["bare"])
    )
    return stock and rx.ACTION_AFTER.search(tail) is None
