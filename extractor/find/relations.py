"""Relations between figures that the text states, for the checker to test.

* ``total_parts``: a total and its parts — ``94 tổ chức cơ sở đảng, trong đó có 60 đảng
  bộ cơ sở … 34 chi bộ cơ sở``; ``kỷ luật 33 đảng viên (27 khiển trách, 06 cảnh cáo)``; a
  footnote that breaks down the figure its marker follows; a table group row over its
  sub-rows.
* ``percent_of``: a percentage and the count (and base) it is a share of — ``62/77 đồng
  chí … (chiếm 80%)``, ``3.852 đảng viên, bằng 98%``.
* ``target``: achievement against a target — ``đạt 79,61% chỉ tiêu``; in an appendix
  table, the target, actual and percent-of-target columns of one row.
* ``average_of``: ``bình quân 97,11%`` and the yearly values in its footnote.

Relations only say what the text claims; whether the numbers agree is the checker's job.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import replace

from extractor.document.elements import BlockKind, Document
from extractor.find.balances import stock_balances
from extractor.find.bracketed_items import bracketed_item_lists
from extractor.find.catch_all import catch_all_breakdowns
from extractor.find.change_rates import change_rates
from extractor.find.class_shares import item_class_shares
from extractor.find.clause_classes import clause_class_breakdowns, other_class_named
from extractor.find.committees import committee_subsets
from extractor.find.context import (
    BlockText,
    before_marker,
    clause_end,
    clause_start,
    figures_year,
    full_sentence,
    in_parens,
    is_change,
    last_separator,
    own_text,
    phrase_after,
    phrase_end,
    rate_after_change,
    same_block,
    unit_key,
)
from extractor.find.context import position as _pos
from extractor.find.facts import GENERIC_PERSONS, RAISED_EVIDENCE, Figure, Relation
from extractor.find.flows import flow_relations, stage_keys, stage_rates, successive_stages
from extractor.find.implied_whole import EVIDENCE as IMPLIED_WHOLE
from extractor.find.implied_whole import implied_whole_shares
from extractor.find.item_lists import item_list_breakdowns
from extractor.find.labelled_rates import labelled_rates
from extractor.find.levels import bracketed_starts, level_changes
from extractor.find.not_rated import with_not_rated
from extractor.find.parallel import parallel_breakdowns, parallel_changes
from extractor.find.part_words import (
    SUBSET_SANITY,
    RunningParts,
)
from extractor.find.part_words import adds_up as _adds_up
from extractor.find.part_words import amount_in as _amount
from extractor.find.part_words import attributes_of as _attributes
from extractor.find.part_words import counts_alike as _counts_alike
from extractor.find.part_words import counts_attribute as _counts_attribute
from extractor.find.part_words import counts_persons as _counts_persons
from extractor.find.part_words import first_word as _first_word
from extractor.find.part_words import label_names_attribute as _label_names_attribute
from extractor.find.part_words import label_of as _label
from extractor.find.part_words import list_tail as _tail
from extractor.find.part_words import nested_bands as _nested_bands
from extractor.find.part_words import noun_of as _noun
from extractor.find.part_words import over_another_base as _over_another_base
from extractor.find.part_words import same_noun as _same_noun
from extractor.find.part_words import slash_row as _slash_row
from extractor.find.part_words import summed_in as _summed_in
from extractor.find.part_words import without_noun as _without_noun
from extractor.find.part_words import words_after as _after
from extractor.find.periods import month_within_to_date
from extractor.find.rate_levels import rates_between_levels
from extractor.find.rated_lists import rated_list_breakdowns
from extractor.find.rest_of_whole import ratios_with_rest
from extractor.find.roles import committee_posts, posts_held
from extractor.find.share_first import shares_before_counts
from extractor.find.shared_base import shared_base_breakdowns
from extractor.find.shares import CUE_REACH, DONE_OF_TOTAL
from extractor.find.shares import agreed_shares as _agreed_shares
from extractor.find.shares import category_within as _category_within
from extractor.find.shares import change_shares as _change_shares
from extractor.find.shares import closing_bracket as _closing
from extractor.find.shares import just_before as _just_before
from extractor.find.shares import kind_of_count as _kind
from extractor.find.shares import lead_words as _lead_words
from extractor.find.shares import noun_head as _head
from extractor.find.shares import out_of_part as _out_of_part
from extractor.find.shares import paragraph_shares as _shares
from extractor.find.shares import ratio_after as _ratio_after
from extractor.find.shares import same_unit as _same_unit
from extractor.find.shares import share_reaches as _share_reaches
from extractor.find.shares import share_words as _share_words
from extractor.find.shares import shares_first as _shares_first
from extractor.find.shares import stage_lead as _stage_lead
from extractor.find.shares import totals_before as _totals_before
from extractor.find.shares import totals_of as _totals_of
from extractor.find.shares import totals_of_parts as _totals_of_parts
from extractor.find.shares import whole_named as _whole_named
from extractor.find.sibling_shares import SharePair
from extractor.find.side_by_side import another_partition as _another_partition
from extractor.find.side_by_side import class_mates as _class_mates
from extractor.find.side_by_side import partitions_side_by_side as _partitions_side_by_side
from extractor.find.singled_out import singled_out_subsets
from extractor.find.structures import rest_closed_shares, structure_shares
from extractor.find.table_relations import table_relations
from extractor.find.targets import footnote_targets, of_a_plan, targets
from extractor.find.totals_after import totals_after_items, totals_after_parts
from extractor.find.twin_counts import counted_twice, with_twins
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue, cue_window, window
from extractor.text.flows import load_flows
from extractor.text.nlp import vocab_spans
from extractor.text.partitions import (
    Match,
    Partition,
    ends_partial,
    exclusive_classes,
    is_subset_word,
    load_partitions,
    names_a_class,
    partition_of,
    read_after_numbers,
    word_partition_of,
)
from extractor.text.quantities import same_money
from extractor.text.unit_pairs import holds
from extractor.text.vocabulary import load_vocabulary

# A count of a broader unit (``đảng viên`` after ``74 đảng viên mới``) listed first after the cue and more
# than twice its total counts something else (all members); up to that it is the part, held to its total
# (one above it is flagged); a later one above the total ends the list (a statement of its own)
BROADER_SANITY = 2.0
TOTALS_TRIED = 8  # the latest figures before a breakdown cue tried as its total
CONTINUED_NOUN_WORDS = 3  # the words of a part's noun a sentence going on with its list repeats
CONTINUED_LEAD_WORDS = 3  # how far into a sentence going on with a list the first part's first word may stand
# A figure of a sentence going on with a list is a part only up to this multiple of what the total
# leaves (at least the floor's share of the total): a mistyped part leaves the rest a little off,
# a figure of its own (last year's, a part of a part) is many times it.
CONTINUED_REST = 3.0
CONTINUED_FLOOR = 0.05
NEAR_TOTAL = 0.05  # ratios out of the total within this share of it are its two sides, one mistyped
RECOVERED_REACH = 40  # characters after an amount pair where the second may be named as owed
SUBJECT_LEAD = 60  # characters before a paragraph's breakdown cue that may name its subject
CLASS_WORD_REACH = 25  # characters before a count where a class word makes it a class ("xếp loại xuất sắc 21")
NOUN_PAIR_REACH = 60  # characters before a slash pair of numbers where a pair of nouns names them
PLACE_NOUN_REACH = (
    30  # characters after a total's number where its noun names places ("4 tổ dân phố", not "12 thôn trưởng")
)
STANDS_FOR = "đại biểu đại diện cho"  # evidence of delegates among the members they stand for


def find_relations(doc: Document, figures: list[Figure]) -> list[Relation]:
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        by_block[f.span.block].append(f)
    out: list[Relation] = []
    items = item_list_breakdowns(doc, figures)  # read first: an item's share is of its list's total
    item_totals = _totals_of_parts(items, figures)
    earlier: list[Figure] = []  # body figures of the paragraph before: a total its list breaks down
    singled: set[str] = set()  # the parts its lists single out as subsets: never a total of the next
    stood_for: dict[str, tuple[str, str]] = {}  # the members delegates stand for → (the delegates' unit, their noun)
    history: list[Figure] = []  # body figures so far: a share's base stated in the paragraphs before
    item_run: list[SharePair] = []  # unbased shares of the list items in a row so far
    item_figures: list[Figure] = []  # … and the figures of those items
    last_item: int | None = None
    for index, figs in by_block.items():
        is_item = doc.blocks[index].kind is BlockKind.LIST_ITEM and figs[0].span.where == "body"
        if not (is_item and last_item == index - 1):
            out += _implied_over_items(item_run, item_figures, out, doc)
            item_run, item_figures = [], []
        last_item = index if is_item else None
        item_figures += figs if is_item else []
        if figs[0].span.where == "table":
            out += table_relations(doc, figs)
            continue
        text, base = BlockText(doc, index), doc.blocks[index].span[0]
        lists = _parenthesised(figs, text, base)
        # the members delegates stand for are no total of a list of the delegates (a list of the
        # members is theirs: "… đại diện cho 5.640 đảng viên. // Trong đó có 2.150 đảng viên nữ, …")
        skipped = singled | _stood_for_here(stood_for, figs[0], text, base)
        before = [f for f in _totals_of(doc, _just_before(earlier, figs[0])) if f.id not in skipped]
        lists += _trong_do(figs, text, base, before)
        lists += _within(figs, text, base)
        lists += _new(_with_kinds(figs, text, base), lists)
        lists += _new(_colon_kinds(figs, text, base), lists)
        lists += _new(_comma_kinds(figs, text, base, _parts_of(lists)), lists)
        history = [f for f in history if f.span.block >= index - BASE_PARAGRAPHS]  # only the last few paragraphs
        section = [f for f in history if _same_section(doc, f.span.block, index)]
        listed = {p for r in [*out, *items, *lists] for p in r.members.get("parts") or []}
        lists += _labelled_classes(figs, text, base, section, listed)
        lists = _chains_as_subsets(lists, figs, text, base)
        out += lists
        orphans: list[SharePair] = []
        first = shares_before_counts(figs, text, base)  # shares written before their bracketed count
        shares = _shares(
            figs,
            text,
            base,
            section,
            {**item_totals, **_totals_of_parts(lists, [*earlier, *figs])},
            orphans,
            {percent.id for _, percent in first},
            doc=doc,
        )
        read = {str(r.members.get("percent")) for r in shares}
        shares += _shares_first(first, text, base, figs, section, read, orphans, doc)
        own = {percent.id: count.id for count, percent in first}  # "chiếm 15% (75 …)": the 75 is its count
        orphans = [o for o in orphans if own.get(o.percent.id, o.count.id) == o.count.id]
        agreed = _agreed_shares(shares, orphans, figs, section, doc)
        out += agreed
        if is_item:  # "• Học sinh giỏi: 9.7% (295 HS)" / "• Học sinh khá: …": siblings one item each
            related = {r.members.get("percent") for r in agreed if r.kind == "percent_of"}
            item_run += [o for o in orphans if o.percent.id not in related]
        out += _ratio_after(figs, text, base)
        out += _change_shares(figs, text, base)
        if figs[0].span.where == "body":
            earlier = figs
            # "… cho 155 đảng viên; trong đó có 29 đảng viên được tặng trước thời hạn. // Gồm: …":
            # the next paragraph's list breaks down the 155, not the 29 singled out of it
            # (delegates among the members they stand for are no such part: "1.587 đại biểu đại diện
            # cho gần 5,2 triệu đảng viên. // Trong đó, gồm: …" breaks down the delegates)
            singled = {
                str(r.members["parts"][0])
                for r in lists
                if r.kind == "subset_of" and len(r.members["parts"]) == 1 and r.evidence != STANDS_FOR
            }
            history += figs
        out += _distributions(figs, text, base, {count.id for count, _ in first})
        # shares read against a whole (not one their siblings only imply) are no shares of a scale
        based = {str(r.members.get("percent")) for r in out if r.kind == "percent_of" and r.evidence != IMPLIED_WHOLE}
        out += _scale_shares(figs, text, base, based)
        out += _new(_sub_classes(figs, text, base), out)
        out += _new(structure_shares(figs, text, base), out)
        out += _new(rest_closed_shares(figs, text, base), out)
        out += _new(bracketed_item_lists(figs, text, base), out)
        out += _new(totals_after_parts(figs, text, base), out)
        out += _new(shared_base_breakdowns(figs, text, base, _parts_of(out)), out)
        changes = _changes(figs, text, base)
        ends = {r.members["end"] for r in changes}
        changes += [r for r in _raised_levels(figs, text, base) if r.members["end"] not in ends]
        ends = {r.members["end"] for r in changes}
        out += changes + [r for r in level_changes(figs, text, base) if r.members["end"] not in ends]
        out += _rates_of_changes(changes, figs, text, base)
        out += [r for r in bracketed_starts(figs, text, base) if r.members["end"] not in ends]
        ends = {r.members["end"] for r in out if r.kind == "change"}
        out += [r for r in rates_between_levels(figs, text, base) if r.members["end"] not in ends]
        found_targets = targets(figs, text, base)
        # a percentage a target with both its actual and its plan stated explains is no share of an
        # earlier total, read only as plausible ("1.761,79/1759 tấn, đạt 100,16%": the plan achieved)
        explained = {
            r.members.get("percent") for r in found_targets if r.members.get("actual") and r.members.get("target")
        }
        out = [
            r
            for r in out
            if not (r.kind == "percent_of" and r.certainty == "plausible" and r.members.get("percent") in explained)
        ]
        out += found_targets
        ended = {r.members.get("end") for r in out if r.kind == "change"}
        level = ("end", "count", "actual")  # the level now, of a change or of a ratio to the earlier level
        rated = _rates_over_bracketed_levels(figs, text, base)
        out += [r for r in rated if next(r.members[k] for k in level if k in r.members) not in ended]
        out += change_rates(figs, text, base, {str(r.members.get("percent")) for r in out})
        # a count singled out of a larger one ("Trong tổng số đơn nhận được, có 77 đơn thuộc thẩm quyền")
        # may still be a stage of a flow; a part of a breakdown is not
        parts = _parts_of([r for r in lists if r.evidence != OUT_OF_EVIDENCE])
        out += _new(flow_relations(figs, text, base, parts), out)
        out += stock_balances(figs, text, base)
        out += stage_rates(figs, text, base, out)
        out += _new(_having(figs, text, base), out)
        out += _new(_money_of(figs, text, base), out)
        out += _new(_out_of(figs, text, base), out)
        out += _out_of_shares(figs, text, base, {str(r.members.get("percent")) for r in out})
        out += _new(_above_shared_whole(figs, text, base), out)
        out += _new(ratios_with_rest(figs, text, base), out)
        out += _new(_added_within(figs, text, base), out)
        delegates = _new(_delegates_of(figs, text, base), out)
        if delegates:
            by_id = {f.id: f for f in figs}
            for r in delegates:
                members = by_id[str(r.members["total"])]
                delegate = by_id[str(r.members["parts"][0])]
                stood_for[members.id] = (delegate.subject, (members.subject_text or "").lower())
        out += delegates
    out += _implied_over_items(item_run, item_figures, out, doc)
    texts = {i: (doc.blocks[i].text, doc.blocks[i].span[0]) for i in by_block}
    out += parallel_breakdowns(out, figures, texts)
    out += _new(parallel_changes(out, figures, texts), out)
    out += items
    broken = {str(r.members["total"]) for r in out if r.kind == "total_parts" and r.members.get("total")}
    out += rated_list_breakdowns(doc, figures, _parts_of(out), broken)
    out += clause_class_breakdowns(doc, figures, _parts_of(out))
    out += _new(totals_after_items(doc, figures), out)
    out += catch_all_breakdowns(doc, figures, _parts_of(out))
    listed = _parts_of(out)
    out += singled_out_subsets(doc, figures, listed)
    out += _new(committee_subsets(doc, figures), out)
    out += _new(month_within_to_date(doc, figures), out)
    inside_notes = {fid for r in out for fid in r.member_ids()}
    out += _footnote_breakdowns(doc, by_block, inside_notes)
    out += footnote_targets(doc, by_block)
    with_base = {r.members.get("percent") for r in out}
    out += [r for r in labelled_rates(doc, figures) if r.members["percent"] not in with_base]
    out += _complements(out, figures, doc.text)
    out = with_not_rated(out, figures, doc)
    out = _either_of_out_of(with_twins(_without_earlier_levels_as_parts(out), figures, texts))
    return _once(_cumulative_as_subsets(_without_ranges(out, _range_ends(doc, by_block)), doc, figures))


def _without_earlier_levels_as_parts(relations: list[Relation]) -> list[Relation]:
    """Without a bracket's subset that is the earlier level of a change to its total (``1.068 đơn,
    so với số đơn thư của năm trước (1.170 đơn) giảm 102 đơn``: last year's letters are no part of
    this year's)."""
    earlier = {(r.members.get("start"), r.members.get("end")) for r in relations if r.kind == "change"}
    return [
        r
        for r in relations
        if not (
            r.kind == "subset_of"
            and r.evidence == "(…)"
            and len(r.members["parts"]) == 1
            and (r.members["parts"][0], r.members["total"]) in earlier
        )
    ]


def _once(relations: list[Relation]) -> list[Relation]:
    """Each relation once: two readers may state the same one (a bracket's reader and the cue's
    that opens it, ``(trong đó có 4 …)``); the first is kept."""
    seen: set[str] = set()
    out = []
    for r in relations:
        key = repr((r.kind, sorted(r.members.items())))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


ABOVE_REACH = 60  # characters after a rated part where "trở lên" makes it its class and above


def _implied_over_items(
    pairs: list[SharePair], figures: list[Figure], found: list[Relation], doc: Document
) -> list[Relation]:
    """The shares of a run of list items, one or two an item, held to the whole their siblings
    imply (:func:`implied_whole_shares`, as within one paragraph): ``• Học sinh giỏi: 9.7% (295
    HS)`` / ``• Học sinh khá: 56.4% (1723 HS)`` / …; shares of the classes of one scale first
    (:func:`item_class_shares`; ``figures``: the items' figures).  Only shares no relation reads
    already."""
    if len({p.count.span.block for p in pairs}) < 2:
        return []  # none, or one item's shares: read with its own paragraph (and no scan of what is found)
    taken = {r.members.get("percent") for r in found if r.kind == "percent_of"}
    pairs = [p for p in pairs if p.percent.id not in taken]
    if len({p.count.span.block for p in pairs}) < 2:
        return []  # one item's shares: read with its own paragraph
    classes, pairs = item_class_shares(pairs, figures, doc.text)
    return classes + implied_whole_shares(pairs, unit_key, doc.text, 0)


def _cumulative_as_subsets(relations: list[Relation], doc: Document, figures: list[Figure]) -> list[Relation]:
    """A list of rated parts one of which is a class and above (``30 tổ chức hoàn thành tốt nhiệm
    vụ trở lên, 20 tổ chức hoàn thành xuất sắc nhiệm vụ``), or that names a title beside the
    classes it is given on top of (:func:`_title_over`), is no partition: the parts overlap.
    Each part is read as a subset of the total instead (at most it)."""
    by_id = {f.id: f for f in figures}
    out = []
    read: set[tuple[str, str]] = set()  # (total, part) read as a subset so far: one relation each
    for r in relations:
        parts = [by_id[p] for p in r.members.get("parts") or [] if p in by_id]
        total = by_id.get(r.members.get("total") or "")
        if r.kind != "total_parts" or total is None or not _overlapping(parts, total, doc):
            out.append(r)
            continue
        for p in parts:
            if (r.members["total"], p.id) not in read:
                read.add((r.members["total"], p.id))
                out.append(
                    Relation("subset_of", {"total": r.members["total"], "parts": [p.id]}, r.evidence, "plausible")
                )
    return out


TITLES = frozenset({"rating.tsvm", "rating.tsvm_tieu_bieu"})  # given on top of a class since 2017
SCALE_2017 = frozenset({"rating.htxsnv", "rating.httnv", "rating.htnv", "rating.khtnv"})
TITLE_AS_CLASS_YEARS = (2012, 2016)  # the years "trong sạch vững mạnh" was a class of its own


def _title_over(parts: list[Figure], total: Figure) -> bool:
    """Whether a list names ``trong sạch vững mạnh`` beside the classes of the 2017 scale in a
    year (or none said) when it was a title on top of them (``Năm 2019, … 25 tổ chức trong sạch
    vững mạnh, 30 tổ chức hoàn thành tốt nhiệm vụ, 5 …``): the titled overlap the classes."""
    categories = {p.category for p in parts}
    if not categories & TITLES or not categories & SCALE_2017:
        return False
    year = figures_year([total, *parts])
    return year is None or not TITLE_AS_CLASS_YEARS[0] <= year <= TITLE_AS_CLASS_YEARS[1]


def _one_and_above(parts: list[Figure], doc: Document) -> bool:
    """Whether two or more rated parts are listed and one of them is its class and above."""
    rated = sorted((p for p in parts if (p.category or "").startswith("rating.")), key=lambda f: f.span.start)
    if len(rated) < 2:
        return False
    for p, nxt in itertools.zip_longest(rated, rated[1:]):
        block = doc.blocks[p.span.block]
        start = p.span.end - block.span[0]
        stop = nxt.span.start - block.span[0] if nxt is not None and nxt.span.block == p.span.block else len(block.text)
        window = block.text[start : min(stop, start + ABOVE_REACH)]
        # the part's own words, to its clause's end or the next number ("… liên tục 3 năm trở lên" is no class's)
        own = rx.CLAUSE_END_CUT.split(window, maxsplit=1)[0]
        if rx.AND_ABOVE.search(rx.DIGIT_RUN.split(own, maxsplit=1)[0]):
            return True
    return False


def _overlapping(parts: list[Figure], total: Figure, doc: Document) -> bool:
    return _one_and_above(parts, doc) or _labelled_and_above(parts, doc) or _title_over(parts, total)


def _labelled_and_above(parts: list[Figure], doc: Document) -> bool:
    """Whether a part is labelled as a level and above, before its number or in its own words after
    it, and a later part as a level above it (``trong đó đạt chuẩn trở lên 95 người, trên chuẩn 60
    người``; ``11.980 người đạt chuẩn trở lên, 6.840 người trên chuẩn``): the later is within the
    first.  A later part below the level (``… nghiêm trọng trở lên xảy ra 798 vụ …; va chạm
    giao thông xảy ra 936 vụ``) splits the total at it: a partition."""
    labels = []
    for p in parts:
        block = doc.blocks[p.span.block]
        end = p.span.end - block.span[0]
        stop = rx.OWN_WORDS_END.search(block.text, end)
        own = block.text[end : stop.start() if stop else len(block.text)]  # "11.980 người đạt chuẩn … trở lên (…)"
        labels.append(f"{_label(p, block.text, block.span[0])} {own}".lower())
    for i, label in enumerate(labels):
        if rx.AND_ABOVE.search(label) and any(rx.ABOVE_WORD.search(later) for later in labels[i + 1 :]):
            return True
    return False


def _range_ends(doc: Document, by_block: dict[int, list[Figure]]) -> set[str]:
    """The ids of figures that are one end of a range (``1,5-1,6 triệu lao động``, ``từ 30 - 35
    đảng viên``, ``3 đến 5 dự án``): a span of values, which no sum or share can be checked
    against as one number."""
    ends: set[str] = set()
    for index, figs in by_block.items():
        text, base = BlockText(doc, index), doc.blocks[index].span[0]
        for a, b in itertools.pairwise(figs):
            same = a.measure == b.measure and a.measure in ("count", "percent", "money")
            if same and a.value < b.value and rx.RANGE_GAP.fullmatch(text, _pos(a, base)[1], _pos(b, base)[0]):
                ends.update((a.id, b.id))
    return ends


def _without_ranges(relations: list[Relation], ends: set[str]) -> list[Relation]:
    """The relations without range ends: a range is a span, not a figure to add up. A list
    whose total or share is a range is dropped (``việc làm cho 1,5-1,6 triệu lao động, gồm …
    1,4-1,5 triệu người; … 100 nghìn người``); a range among a list's parts is left out of it,
    as what the part is (``118 sản phẩm … đạt từ 3 - 4 sao, hai sản phẩm …``)."""
    if not ends:
        return relations
    out = []
    for r in relations:
        parts = r.members.get("parts")
        others = [v for k, v in r.members.items() if k != "parts"]
        if isinstance(parts, list) and not any(v in ends for v in others):
            kept = [p for p in parts if p not in ends]
            if kept and len(kept) < len(parts):
                r = Relation(r.kind, {**r.members, "parts": kept}, r.evidence, r.certainty)
            if kept:
                out.append(r)
        elif not any(fid in ends for fid in r.member_ids()):
            out.append(r)
    return out


def _complements(relations: list[Relation], figures: list[Figure], text: str) -> list[Relation]:
    """Counts whose shares of one base add up to 100 % make up that base: ``đúng hạn 51.072
    hồ sơ, đạt tỷ lệ 98,63%; quá hạn còn 708 hồ sơ, chiếm tỷ lệ 1,37%`` of the 51.780
    handled.  Read from the percentages alone, so a wrong count or base is still caught.  When
    a base has shares of several distributions (``Thành thị xảy ra 502 vụ (chiếm 57,0%); nông
    thôn xảy ra 379 vụ (chiếm 43,0%). Số vụ cháy xảy ra tại nhà dân là 320 vụ (chiếm 33,6%);
    …`` of 881 fires, by place and by kind), each sentence's shares are one distribution."""
    by_id = {f.id: f for f in figures}
    shares: dict[str, dict[str, Figure]] = defaultdict(dict)  # base id -> count id -> percent
    for r in relations:
        count, pct, whole = (by_id.get(r.members.get(k) or "") for k in ("count", "percent", "base"))
        if r.kind == "percent_of" and count and pct and whole and whole is not count and whole.measure == "count":
            shares[whole.id].setdefault(count.id, pct)
    stated = {(r.members.get("total"), tuple(r.members.get("parts") or [])) for r in relations}
    out = []
    for whole_id, by_count in shares.items():
        for run in _distributions_of(by_count, by_id, text):
            parts = tuple(run)
            if (whole_id, parts) not in stated:
                out.append(
                    Relation("total_parts", {"total": whole_id, "parts": list(parts)}, "shares make 100 %", "plausible")
                )
    return out


def _distributions_of(by_count: dict[str, Figure], by_id: dict[str, Figure], text: str) -> list[list[str]]:
    """The counts, of all shares of one base or of the shares of one sentence, whose shares come
    to 100 % (within their rounding)."""
    if _make_100(list(by_count.values())):
        return [list(by_count)] if len(by_count) >= 2 else []
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for count_id in by_count:
        by_sentence[full_sentence(text, by_id[count_id].span.start)[0]].append(count_id)
    return [ids for ids in by_sentence.values() if len(ids) >= 2 and _make_100([by_count[i] for i in ids])]


def _make_100(percents: list[Figure]) -> bool:
    slack = sum(p.half_unit for p in percents) + 1e-9
    return abs(sum(p.value for p in percents) - 100.0) <= slack


BASE_PARAGRAPHS = 3  # a share's base may be stated this many paragraphs before it, in its section
SECTION_KINDS = ("paragraph", "list_item")


def _same_section(doc: Document, block: int, index: int) -> bool:
    """Whether ``block`` is one of the few paragraphs right before ``index`` with no heading,
    table or other block between."""
    if not index - BASE_PARAGRAPHS <= block < index:
        return False
    return all(doc.blocks[b].kind.value in SECTION_KINDS for b in range(block, index))


def _money_of(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``thu hơn 6,4 tỷ đồng/32 tỷ đồng``: an amount of money written over another of the same
    unit is a part of it (recovered of owed, spent of allocated); not one larger than it that its
    clause says is against a plan or an earlier time (``2.340 tỷ đồng/2.100 tỷ đồng, tăng 11,4%``,
    ``…/1.200 tỷ đồng kế hoạch``, ``…, đạt 125%``, ``…, vượt …``), or that names budget revenue or
    an achievement before it (``Thu tiền sử dụng đất 45,8 tỷ đồng/40 tỷ đồng``, ``đạt 36 tỷ
    đồng/33 tỷ đồng``): what was done against it."""
    out = []
    for g, f in itertools.pairwise(figs):
        same = g.measure == f.measure == "money" and g.unit == f.unit and not is_change(g, text, base)
        if same and g.value > f.value and rx.OVER_PLAN_AFTER.match(text, _pos(f, base)[1]):
            continue  # "1.250 tỷ đồng/1.000 tỷ đồng, đạt 125%", "…/1.200 tỷ đồng kế hoạch": done over planned
        if same and g.value > f.value and _planned_amount(g, f, text, base):
            continue  # "Thu tiền sử dụng đất 45,8 tỷ đồng/40 tỷ đồng", "… đạt 36 tỷ đồng/33 tỷ đồng": against a plan
        if same and rx.MONEY_OVER.fullmatch(text, _pos(g, base)[1], _pos(f, base)[0]):
            out.append(Relation("subset_of", {"total": f.id, "parts": [g.id]}, "/", "plausible"))
    return out


def _planned_amount(g: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether the words right before an amount over a smaller one (since the last comma, colon,
    semicolon or bracket) name an achievement or budget revenue (:data:`rx.PLANNED_AMOUNT_LEAD`),
    and nothing in its clause before it or after the pair says it was recovered of what was owed
    (``Kết quả thu hồi tiền, …, đạt``, ``truy thu``, ``thu nộp``, ``… phải thu``:
    :data:`rx.RECOVERED_WORDS`, :data:`rx.OWED_AFTER`)."""
    start = _pos(g, base)[0]
    lead = last_separator(text, start) + 1
    clause = max(clause_start(text, start), text.rfind("(", 0, start) + 1)
    after = text[_pos(f, base)[1] : _pos(f, base)[1] + RECOVERED_REACH]
    owed = rx.RECOVERED_WORDS.search(text, clause, start) or rx.OWED_AFTER.match(after)
    return rx.PLANNED_AMOUNT_LEAD.search(text, lead, start) is not None and owed is None


def _out_of_wholes(figs: list[Figure], text: str, base: int) -> set[str]:
    """The ids of the totals that a count right before them is written out of (``29 … trên
    tổng số 30``)."""
    return {figs[i].id for i in range(1, len(figs)) if _out_of_part(figs, i, text, base) is not None}


OUT_OF_EVIDENCE = "trong tổng số"


def _either_of_out_of(relations: list[Relation]) -> list[Relation]:
    """A share read against a count or the total it is written out of (``có 662 trong tổng số
    686 tổ chức cơ sở đảng được đánh giá. … 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%``): of
    the 662 evaluated or of all 686, the text does not say, so it holds over either (the other
    as its ``twin_base``), as over a ratio's count or whole (``662/686``).  Only a share whose
    whole the text does not name (a plausible reading), of a count other than the pair's."""
    other: dict[str, str] = {}
    for r in relations:
        if r.kind == "subset_of" and r.evidence == OUT_OF_EVIDENCE:
            total, part = str(r.members["total"]), str(r.members["parts"][0])
            other[total], other[part] = part, total
    if not other:
        return relations
    out = []
    for r in relations:
        whole, count = r.members.get("base"), r.members.get("count")
        alt = other.get(str(whole)) if r.kind == "percent_of" and r.certainty == "plausible" else None
        if alt is None or count in (whole, alt) or "twin_base" in r.members:
            out.append(r)
            continue
        out.append(replace(r, members={**r.members, "twin_count": count, "twin_base": alt}))
    return out


def _out_of(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``có 662 trong tổng số 686 tổ chức cơ sở đảng``: a count out of the total right after it
    (an explicit subset)."""
    out = []
    for i, f in enumerate(figs):
        g = _out_of_part(figs, i, text, base)
        # "tăng 12 đơn trong tổng số 52 đơn": a change, no part; "đạt và vượt 17 trong tổng số 19 mục
        # tiêu" is no change but what was achieved
        if g is None or is_change(f, text, base):
            continue
        if not is_change(g, text, base) or rx.ACHIEVED_AND_PASSED.search(text, 0, _pos(g, base)[0]):
            out.append(Relation("subset_of", {"total": f.id, "parts": [g.id]}, OUT_OF_EVIDENCE, "explicit"))
    return out


def _out_of_shares(figs: list[Figure], text: str, base: int, taken: set[str]) -> list[Relation]:
    """``13 đảng viên trên tổng số 55 CBCNV, chiếm tỷ lệ 25%``: a share right after a count out
    of a total (``trên/trong tổng số``) is the count's share of that total, whatever each counts
    (the words say which whole).  ``taken``: percentages already read."""
    out = []
    for i in range(2, len(figs)):
        part, whole, percent = figs[i - 2], figs[i - 1], figs[i]
        if percent.measure != "percent" or percent.id in taken or part.measure != "count" or whole.measure != "count":
            continue
        if is_change(part, text, base) or is_change(percent, text, base):
            continue
        gap = rx.OUT_OF.fullmatch(text, _pos(part, base)[1], _pos(whole, base)[0])
        if gap is None or "số" not in gap.group(0).lower():
            continue
        cued = rx.SHARE_RIGHT_AFTER.fullmatch(text, _pos(whole, base)[1], _pos(percent, base)[0])
        if cued is not None:
            members = {"percent": percent.id, "count": part.id, "base": whole.id}
            out.append(Relation("percent_of", members, "share out of a total (trên tổng số)", "explicit"))
    return out


def _above_shared_whole(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``91/91 xã đạt chuẩn nông thôn mới, 100/91 xã đạt chuẩn nâng cao, 25/91 xã …``: a pair
    over a slash whose first number passes the second is read as achieved over planned (two
    counts), but when another ratio of its sentence counts the same things out of that same
    whole, or a count of the same things and of no other period before it states the whole
    (``Thôn có 34 hộ. Năm 2024 thôn có 37/34 hộ đạt gia đình văn hóa``), it is a count out of
    that whole, above it: plausibly a subset.  Events held (``cuộc``, ``hội nghị``, ``lớp``)
    are against a plan."""
    out = []
    vocab = load_vocabulary()
    for a, b in itertools.pairwise(figs):
        if a.measure != "count" or b.measure != "count" or a.value <= b.value:
            continue  # (one pair "A/B noun": the noun after B is what both count)
        if a.category is not None and a.category.startswith("action."):
            continue  # "kết nạp 212/200 đảng viên": admitted against the plan
        entry = vocab.entry("UNIT", b.subject)
        if (entry is not None and entry.own_kind_only) or rx.EVENT_NOUN.match(b.subject_text or ""):
            continue  # "tổ chức 260/240 cuộc sinh hoạt", "18/15 hội nghị": events held against a plan
        if not rx.SLASH_ONLY.fullmatch(text, _pos(a, base)[1], _pos(b, base)[0]):
            continue
        if rx.QUOTIENT_AFTER.match(text, _pos(b, base)[1]):
            continue  # "39/16 = 2.44": a division (teachers per class), no part of a whole
        lo, hi = full_sentence(text, _pos(a, base)[0])
        sibling = any(
            g.measure == "ratio" and g.base == b.value and unit_key(g) == unit_key(b) and lo <= _pos(g, base)[0] < hi
            for g in figs
            if g is not a
        )
        stated = any(  # the whole stated before it, of its things, of no other period
            g.measure == "count" and g.value == b.value and g.id not in (a.id, b.id)
            for g in figs
            if _pos(g, base)[1] <= _pos(a, base)[0] and unit_key(g) == unit_key(b) and g.period in (None, a.period)
        )
        # the pair's own phrase, from its clause's start to the next comma or bracket after it
        end = _pos(b, base)[1]
        stop = rx.PHRASE_END.search(text, end)
        phrase = text[
            clause_start(text, _pos(a, base)[0]) : min(stop.start() if stop else len(text), clause_end(text, end))
        ]
        if (sibling or stated) and not rx.PLAN_WORDS.search(phrase):  # "kết nạp 212/200 đảng viên, vượt chỉ tiêu"
            out.append(Relation("subset_of", {"total": b.id, "parts": [a.id]}, "a ratio's whole", "plausible"))
    return out


def _having(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``8.982 đảng viên, có 4.307 cấp ủy viên``: a count of a kind of the unit just counted,
    after ``có``, is a subset of that count."""
    vocab = load_vocabulary()
    out = []
    for g, f in itertools.pairwise(figs):
        if f.measure != "count" or g.measure != "count" or f.subject == g.subject or "other" in (f.subject, g.subject):
            continue
        if not rx.HAVING_GAP.fullmatch(text, _pos(g, base)[1], _pos(f, base)[0]):
            continue
        entry = vocab.entry("UNIT", f.subject)
        if entry is not None and g.subject in entry.kind_of and not is_change(f, text, base):
            out.append(Relation("subset_of", {"total": g.id, "parts": [f.id]}, "có", "plausible"))
    return out


def _stood_for_here(stood_for: dict[str, tuple[str, str]], first: Figure, text: str, base: int) -> set[str]:
    """The members delegates stood for that are no total of the paragraph opening with ``first``:
    a list of the delegates (their unit), not one that names the members (``Trong đó có 2.150
    đảng viên nữ``)."""
    if not stood_for:
        return set()
    lead = text[: _pos(first, base)[0]].lower()
    return {m for m, (whose, noun) in stood_for.items() if first.subject == whose and noun not in lead}


def _chains_as_subsets(lists: list[Relation], figs: list[Figure], text: str, base: int) -> list[Relation]:
    """The lists, with a list of parts at successive stages of a flow (``kiểm tra 48 đảng viên
    (có vi phạm 48 đồng chí, phải thi hành kỷ luật 14 đồng chí)``) read as a chain: its first
    part a subset of the total, each later part a subset of the part before (plausibly, as the
    flows stage reads stages), never summed."""
    by_id = {f.id: f for f in figs}
    out = []
    for r in lists:
        parts = [by_id.get(p) for p in r.members.get("parts") or []]
        known = [p for p in parts if p is not None]
        if r.kind != "total_parts" or len(known) != len(parts) or not successive_stages(known, figs, text, base):
            out.append(r)
            continue
        out.append(Relation("subset_of", {**r.members, "parts": [known[0].id]}, r.evidence, r.certainty))
        out += [
            Relation("subset_of", {"total": a.id, "parts": [b.id]}, "flow stages listed", "plausible")
            for a, b in itertools.pairwise(known)
        ]
    return out


def _parts_of(relations: list[Relation]) -> set[str]:
    return {p for r in relations for p in r.members.get("parts") or []}


def _new(found: list[Relation], known: list[Relation]) -> list[Relation]:
    """The subsets of ``found`` that no relation in ``known`` already states (the same total
    and part)."""
    pairs = {(r.members.get("total"), p) for r in known for p in r.members.get("parts") or []}
    return [r for r in found if (r.members["total"], r.members["parts"][0]) not in pairs]


def _unclosed_before(text: str, pos: int) -> int:
    """Where the ``(`` that ``pos`` stands inside opened (the last one before it left open)."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth < 0:
            return i
    return max(0, text.rfind("(", 0, pos))


def _parenthesised(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    starts, ends = [_pos(f, base)[0] for f in figs], [_pos(f, base)[1] for f in figs]
    ordered = all(a <= b for a, b in itertools.pairwise(ends)) and all(a <= b for a, b in itertools.pairwise(starts))
    for m in rx.OPEN_PAREN.finditer(text):
        close = _closing(text, m.start())
        if ordered:  # the figures up to the bracket and in it found by bisection, not by a scan of all
            before = figs[: bisect.bisect_right(ends, m.start())]
            near = figs[bisect.bisect_right(starts, m.start()) : bisect.bisect_left(starts, close)]
        else:
            before = [f for f in figs if _pos(f, base)[1] <= m.start()]
            near = [f for f in figs if m.start() < _pos(f, base)[0] < close]
        # figures of a bracket nested inside are the inner bracket's ("khiển trách 15 (có 3 …)")
        inside = [f for f in near if not in_parens(text, m.end(), _pos(f, base)[0])]
        if not before or not inside or not _attached(before[-1], text, base, m, inside):
            continue
        if ")" in rx.BRACKETED_ABBREVIATION.sub("", text[_pos(before[-1], base)[1] : m.start()]):
            # "khiển trách (9 đồng chí), cảnh cáo (3 đồng chí)": the 9 is a bracket's, not this one's
            # total; a name's abbreviation ("434 vụ việc khiếu nại (KN), tố cáo (TC), … (có 176 …")
            # is no figure's bracket
            continue
        if rx.TOTAL_OPENS_BRACKET.match(text, m.start()):
            continue  # "6 đảng viên (trong tổng số 52 cán bộ …)": the bracket names the count's whole
        if rx.COMPARED_BRACKET_BEFORE.search(text, max(0, m.start() - COMPARED_REACH), m.end()):
            continue  # "thiếu 412 người so với định mức (3.662 người)": what is compared with, no part
        if len(inside) >= 2 and cue("breakdown").match(text[m.end() : m.end() + CUE_REACH].lstrip()):
            continue  # "(trong đó có 354 đơn …, 795 đơn …; có 92 vụ việc …)": the cue's list, read by its reader
        total = before[-1]
        # "(tăng 230 tổ chức và 124 đảng viên so với cùng kỳ)": changes are no parts
        parts = [f for f in inside if f.measure == "count" and not is_change(f, text, base)]
        parts = _before_attribute(parts, text, base, m.end(), close)
        parts = _before_inner_cue(parts, text, base, close)
        parts = _before_other_statement(parts, total, text, base)
        total = _items_total(total, before, parts, text, base)
        if any(f.period and f.period != total.period for f in parts):
            continue  # "(6 tháng đầu năm 2019 đã tiếp 1.012 lượt …)": last year's figures, a comparison
        pair = _coordinated(before, text, base)
        by_unit = pair is not None and unit_key(pair[0]) != unit_key(pair[1])
        own = {unit_key(f) for f in parts} & {unit_key(t) for t in pair} if pair is not None and by_unit else set()
        if own:  # "8 vụ/11 bị cáo (6 vụ/9 bị cáo; 2 vụ/2 bị cáo)": each total with its own unit's parts
            for one in pair or []:
                mine = [f for f in parts if unit_key(f) == unit_key(one)]
                if len(mine) >= 2 and not is_change(one, text, base):
                    out += _list_relations(one, mine, text, base, close, "(…)")
                elif len(mine) == 1 and _one_inside(one, mine[0], text, base, m.end()):
                    out.append(Relation("subset_of", {"total": one.id, "parts": [mine[0].id]}, "(…)", "plausible"))
        elif _inner_pair(parts, text, base):
            continue  # "(kết luận 3 tổ chức và 8 đảng viên có vi phạm)": two units, not parts of one total
        elif len(parts) >= 2 and cue("compared_in_brackets").search(text, m.end(), _pos(parts[-1], base)[0]):
            continue  # "Quy hoạch 85 đồng chí (bằng 1,6 lần so với 53 ủy viên)": a comparison, no parts
        elif total.measure in ("count", "ratio") and len(parts) >= 2 and not is_change(total, text, base):
            for whole, group in _colon_groups(total, parts, text, base) or [(total, parts)]:
                out += _list_relations(whole, group, text, base, close, "(…)")
        elif (
            total.measure == "count"
            and len(inside) == 1
            and parts
            and _one_inside(total, parts[0], text, base, m.end())
        ):
            out.append(Relation("subset_of", {"total": total.id, "parts": [parts[0].id]}, "(…)", "plausible"))
    return out


COMPARED_REACH = 60  # characters before a bracket where the comparison it holds the other side of is looked for


def _before_inner_cue(parts: list[Figure], text: str, base: int, close: int) -> list[Figure]:
    """The parts of a bracket before a breakdown cue after them (``(khiển trách 8, cảnh cáo 4,
    cách chức 2; trong đó có 3 cấp ủy viên)``): what follows the cue is its own list's."""
    if not parts:
        return parts
    inner = cue("breakdown").search(text, _pos(parts[0], base)[1], close)
    return parts if inner is None else [f for f in parts if _pos(f, base)[0] < inner.start()]


def _before_other_statement(parts: list[Figure], total: Figure, text: str, base: int) -> list[Figure]:
    """The parts of a bracket up to a statement of its own after its classes (``(khiển trách 8,
    cảnh cáo 4, cách chức 2; có 6 đồng chí vi phạm …)``, :func:`_classes_then_other`)."""
    end = next((k for k in range(2, len(parts)) if _classes_then_other(parts[:k], parts[k], total, text, base)), None)
    return parts if end is None else parts[:end]


def _before_attribute(parts: list[Figure], text: str, base: int, start: int, close: int) -> list[Figure]:
    """The parts of a bracket before a ``với`` that says what they hold (``(6 đảng bộ và 1 chi bộ
    cơ sở với số đảng viên là 397 đồng chí)``), when at least two stand before it and what
    follows counts another family of things (persons after organisations)."""
    cut = rx.WITH_ATTRIBUTE.search(text, start, close)
    if cut is None:
        return parts
    kept = [f for f in parts if _pos(f, base)[0] < cut.start()]
    after = [f for f in parts if _pos(f, base)[0] > cut.start()]
    if not after or len(kept) < 2:
        return parts
    other, own = _known_family(after[0]), {_known_family(f) for f in kept}
    if other is None or None in own or other in own:
        return parts  # "(…, 2 chi bộ kết nghĩa với đơn vị bộ đội, 4 chi bộ cơ quan)": more parts, no attribute
    return kept  # members after organisations: what the parts hold


def _known_family(f: Figure) -> str | None:
    """The family of things a figure counts (persons, organisations), None when unknown."""
    family = _family(f.subject)
    return None if family in ("other", f.subject) else family


def _items_total(total: Figure, before: list[Figure], parts: list[Figure], text: str, base: int) -> Figure:
    """The total of a bracket that lists the places or units the figure before it counts,
    each with an amount of another unit (``90 nhà … tại 8 huyện (Ba Vì 15 nhà, Phú Xuyên 10
    nhà, …)``): the amounts add up to the sentence's figure of their unit, not to 8."""
    units = {unit_key(f) for f in parts}
    named = all(f.subject != "other" or f.subject_text for f in (*parts, total))
    if len(parts) < 2 or len(units) != 1 or unit_key(total) in units or not named or total.value != len(parts):
        return total  # the bracket names every place the figure counts ("tại 8 huyện (…eight…)"), not some
    start = full_sentence(text, _pos(total, base)[0])[0]
    same = [
        f
        for f in before
        if _pos(f, base)[0] >= start
        and unit_key(f) in units
        and f.measure == total.measure
        and not is_change(f, text, base)
        and not in_parens(text, start, _pos(f, base)[0])
    ]
    if not same or any(_pos(same[-1], base)[1] <= _pos(g, base)[0] < _pos(total, base)[0] for g in before):
        return total  # "2.150 lao động … tại 12 quốc gia …, nhiều nhất là 3 thị trường (…)": some of them
    return same[-1]


def _inner_pair(parts: list[Figure], text: str, base: int) -> bool:
    """Two counts of two kinds of thing joined as a pair (``3 tổ chức đảng và 8 đảng viên``:
    organisations and persons), not two classes of one total (``34 đảng bộ, 50 chi bộ``)."""
    if len(parts) != 2 or "other" in (parts[0].subject, parts[1].subject):
        return False
    vocab = load_vocabulary()
    families = {vocab.family(parts[0].subject), vocab.family(parts[1].subject)}
    if families != {"persons", "organisations"}:
        return False
    return bool(rx.PAIR_JOIN.fullmatch(text, _pos(parts[0], base)[1], _pos(parts[1], base)[0]))


def _attached(total: Figure, text: str, base: int, bracket: re.Match[str], inside: list[Figure]) -> bool:
    """Whether a bracket belongs to the figure before it: within a few words of it, or
    anywhere after it in its clause when it says it holds a part (``124 đơn thư tố cáo, khiếu
    nại, kiến nghị, phản ánh (có 21 …``) or counts only the total's unit (``23 đảng viên vi
    phạm đến mức phải thi hành kỷ luật (đã kỷ luật 3 đảng viên, không thi hành kỷ luật 20
    đảng viên …)``)."""
    gap = bracket.start() - _pos(total, base)[1]
    if rx.COMPARISON_BEFORE_BRACKET.search(text, _pos(total, base)[1], bracket.start()):
        return False  # "…, 8 lớp; so với năm học trước (1.198 HS/ …)": last year's, a new clause
    if gap <= window("parenthesis_after_total"):
        return True
    if clause_end(text, _pos(total, base)[1]) < bracket.start():
        return False
    said = cue("part_in_brackets").match(text[bracket.end() : bracket.end() + CUE_REACH]) is not None
    return said or (bool(inside) and all(unit_key(f) == unit_key(total) for f in inside))


def _one_inside(total: Figure, part: Figure, text: str, base: int, opened: int) -> bool:
    """One count in brackets after a total is a part of it when the bracket says so (``124
    đơn (có 21 đơn trùng nội dung)``), it counts the total's unit or a kind of it (``22
    Đảng bộ trực thuộc Trung ương (21 Đảng bộ tỉnh, thành phố …)``) or an overlapping attribute
    of it (``159.986 lao động (55.804 nữ)``); never a change."""
    if is_change(part, text, base) or is_change(total, text, base):
        return False
    if _amount(part, total) > total.value * SUBSET_SANITY:
        return False
    if cue("compared_in_brackets").search(text, opened, _pos(part, base)[0]):
        return False  # "45 tổ chức cơ sở đảng (đầu nhiệm kỳ 48 …)": another time, a comparison
    if rx.BARE_NUMBER_CLOSES.fullmatch(text, opened, _pos(part, base)[1] + 1) and _in_change_clause(total, text, base):
        return False  # "Tăng 3 tổ chức (42) và 412 đảng viên (2.833)": the level after the change, no part
    named = "other" not in (part.subject, total.subject)
    fits = load_vocabulary().can_be_part_of(part.subject, total.subject)  # true for a part or total of no unit
    said = cue("part_in_brackets").match(text[opened : opened + CUE_REACH]) is not None
    # "159.986 lao động (55.804 nữ)": an overlapping attribute of persons the total counts
    # (not "12 nhóm trẻ (95 trẻ)": children of groups)
    attribute = _counts_persons(total) and _counts_attribute(part, text, base, total)
    return fits and (said or named or attribute)


def _in_change_clause(total: Figure, text: str, base: int) -> bool:
    """Whether a change word stands before a figure in its clause (``Tăng 3 tổ chức (42) và 412 đảng
    viên``: both are increases)."""
    start = _pos(total, base)[0]
    return rx.CHANGE_WORD.search(text, clause_start(text, start), start) is not None


def _parts_fit(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Parts that could make up the total: ``84 chi, đảng bộ cơ sở (34 đảng bộ, 50 chi bộ)``,
    not ``60 đảng bộ cơ sở (có 465 chi bộ trực thuộc, 04 đảng bộ bộ phận)`` — units inside
    the total's units, which need not add up to it."""
    return all(_can_be_part(p, total, parts, text, base) for p in parts)


def _distributions(figs: list[Figure], text: str, base: int, classes: set[str]) -> list[Relation]:
    """``dự phân loại: 127, HTXS NV: 24, HTT: 86, HTNV: 15, KHTNV: 2``: a count followed in
    the same clause by counts that each carry a rating is the total of those ratings.
    ``classes``: counts in a bracket after their share (``• Khá: 23.7% (723 HS) • Trung Bình:
    45 HS …``), a class's own, no total."""
    out = []
    i = 0
    while i < len(figs):
        f = figs[i]
        rated: list[Figure] = []
        j = i + 1
        while j < len(figs) and not _clause_break(text, (rated or [f])[-1], figs[j], base):
            if figs[j].measure == "count" and in_parens(text, _pos(f, base)[1], _pos(figs[j], base)[0]):
                j += 1  # "30 … trong sạch vững mạnh (trong đó 8 … tiêu biểu), 12 …": a part's own aside
                continue
            if rated and is_change(figs[j], text, base):
                j += 1  # "… 8 đồng chí, tăng 2 đồng chí so với năm 2023; …": the class's own change
                continue
            if not _rating(figs[j]):
                if rated and _aside_in_list(figs, j, rated[-1], text, base):
                    j += 1  # "200 … hoàn thành tốt nhiệm vụ, trong đó có 20 đồng chí …, 45 …": the 200's aside
                    continue
                break
            rated.append(figs[j])
            j += 1
        if (
            f.measure == "count"
            and not _rating(f)
            and len(rated) >= 2
            and f.id not in classes
            and not _a_listed_kind(figs[:i], f, rated, text, base)
            and not rx.CLASS_WORD_AFTER.match(text, _pos(f, base)[1])  # "412 đoàn viên xuất sắc, 1.198 … khá"
            and not rx.CLASS_WORD_BEFORE.search(text, max(0, _pos(f, base)[0] - CLASS_WORD_REACH), _pos(f, base)[0])
            and not _unnamed_class(f, rated[0], text, base)
            and not _leaves_bracket(f, rated[0], text, base)  # "15 HTXSNV (5 nữ, 10 nam), 18 HTTNV": the 15's aside
        ):
            end = clause_end(text, _pos(rated[-1], base)[1])
            found = _breakdown(f, rated, text, base, end, "ratings")
            if found is not None:
                out.append(found)
            i = j
        else:
            i += 1
    return out


def _short_label(f: Figure, text: str, base: int) -> str | None:
    """The one- or two-word label right before a count, after a separator (``giỏi 120 em``)."""
    start = _pos(f, base)[0]
    m = rx.SHORT_ITEM_LABEL.search(text, max(0, start - CLASS_WORD_REACH), start)
    return m["label"] if m is not None else None


def _unnamed_class(f: Figure, first: Figure, text: str, base: int) -> bool:
    """Whether a count opens an enumeration labelled as the rated counts after it are, by a
    short word before its number that names no whole (``xếp loại học lực: giỏi 120 em, khá 250
    em, trung bình 160 em``): an item of a class the vocabulary does not hold, not the total of
    the others (``…, hiện có 46 hội viên, …: xuất sắc 12 …`` opens none: a total)."""
    start = _pos(f, base)[0]
    opening = rx.OPENING_ITEM_LABEL.search(text, max(0, start - CLASS_WORD_REACH), start)
    label = (opening["label"] or opening["named"]) if opening is not None else None
    if label is None or _short_label(first, text, base) is None or rx.WHOLE_LABEL.match(label):
        return False
    noun = (f.subject_text or "").lower()
    return not (noun and noun in label.lower())  # "Đảng viên: 127, HTXS: 24": the unit names the whole


def _a_listed_kind(before: list[Figure], f: Figure, rated: list[Figure], text: str, base: int) -> bool:
    """Whether a count is itself a part named right after ``trong đó`` of a larger earlier count
    of its unit, and the ratings after it come to more than it (``18 chi bộ, trong đó 10 chi bộ
    thôn, 12 chi bộ hoàn thành tốt nhiệm vụ, 5 …``): the ratings rate that total, not the kind."""
    if not rx.PART_CUE_BEFORE.search(text, max(0, _pos(f, base)[0] - CUE_REACH), _pos(f, base)[0]):
        return False
    return sum(g.value for g in rated) > f.value and any(
        g.measure == "count" and g.subject == f.subject and g.value > f.value for g in before
    )


def _sub_classes(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``45 tổ chức cơ sở Đảng đạt trong sạch, vững mạnh, chiếm 72,6%; 16 tổ chức cơ sở Đảng trong
    sạch, vững mạnh tiêu biểu``: a count rated in a class that is a kind of another (``kind_of``
    in patterns/ratings.yaml) is a subset of the latest count of that class, of the same unit,
    measure and period, written before it in its sentence or the one before; plausibly, since
    no word says so."""
    vocab = load_vocabulary()
    out = []
    for j, part in enumerate(figs):
        rating = (part.category or "").removeprefix("rating.")
        entry = vocab.entry("RATING", rating) if part.category and part.category.startswith("rating.") else None
        if entry is None or not entry.kind_of:
            continue
        opens = full_sentence(text, _pos(part, base)[0])[0]
        reach = full_sentence(text, max(0, opens - 2))[0] if opens >= 2 else 0
        for whole in reversed(figs[:j]):
            if _pos(whole, base)[0] < reach:
                break
            same = whole.measure == part.measure and whole.subject == part.subject and whole.period == part.period
            if same and (whole.category or "").removeprefix("rating.") in entry.kind_of:
                out.append(
                    Relation(
                        "subset_of", {"total": whole.id, "parts": [part.id]}, "a class within another", "plausible"
                    )
                )
                break
    return out


SCALE_SHARES = "shares of one scale"  # the evidence of a run of rated shares with no base (_scale_shares)


def _scale_shares(figs: list[Figure], text: str, base: int, related: set[str]) -> list[Relation]:
    """``25 đảng viên … hoàn thành xuất sắc nhiệm vụ, đạt tỷ lệ 19,2%; 101 đảng viên … hoàn
    thành tốt nhiệm vụ, đạt tỷ lệ 77,7%; 03 … hoàn thành nhiệm vụ, 2,3%; 01 … không hoàn
    thành nhiệm vụ, 0,8%``: each class's share of one whole (one unit, one scale), stated right
    after its count, with the whole not stated (``related``: percentages already read against
    a whole): when every class of the scale is named, the shares add up to 100 %; when only some
    are, to at most 100 % (``disjoint``).  A count of a
    class and above (``… hoàn thành tốt nhiệm vụ trở lên``), a share naming its whole (``chiếm
    96,2% số đảng viên …``) or compared with another time (``bằng 125% so với năm 2022``) is none
    of them, and ``trong đó`` between two shares breaks the run (one class within another)."""
    runs: list[list[Figure]] = []
    count_of: dict[str, Figure] = {}
    for prev, f in itertools.pairwise(figs):
        if f.id in related or not _rated_share(prev, f, text, base):
            continue
        count_of[f.id] = prev
        if runs and _continues(runs[-1], f, text, base, count_of):
            runs[-1].append(f)
        else:
            runs.append([f])
    out = []
    for run in runs:
        classes = [count_of[f.id].category for f in run]  # a bracketed share's class is its count's
        match = partition_of(run[0].subject, classes, "category", figures_year(run))
        # some classes only, in one list: their shares of the one whole still come to at most 100 %
        if match is None or not (match.exhaustive or _one_list(run, count_of, text, base)):
            continue
        certainty = match.certainty
        out.append(Relation("total_parts", {"total": None, "parts": [f.id for f in run]}, SCALE_SHARES, certainty))
    return out


def _one_list(run: list[Figure], count_of: dict[str, Figure], text: str, base: int) -> bool:
    """Whether each share is followed by the next class's count with only a separator between
    (``…, đạt tỷ lệ 19,2%; 101 đảng viên …``): one list of classes.  A group, a place or a time
    named between (``…; giáo viên: 54 …``, ``…; khối xã có 101 …``, ``… 88,5%. Đối với đảng viên
    nghỉ hưu: 17 …``) may each have a whole of its own."""
    return all(
        rx.NEXT_CLASS_GAP.fullmatch(text, _pos(share, base)[1], _pos(count_of[after.id], base)[0]) is not None
        for share, after in itertools.pairwise(run)
    )


def _rated_share(count: Figure, percent: Figure, text: str, base: int) -> bool:
    """A percentage right after a rated count of its class and unit, in its clause: its share
    of the whole, named nowhere."""
    after = _pos(percent, base)[1]
    return (
        percent.measure == "percent"
        and count.measure == "count"
        and (count.category or "").startswith("rating.")
        and (percent.category == count.category or _bracketed_after(percent, text, base))
        and percent.subject == count.subject
        and not is_change(percent, text, base)
        and _share_reaches(text, _pos(count, base)[1], _pos(percent, base)[0])
        and not rx.AND_ABOVE.search(text, _pos(count, base)[1], _pos(percent, base)[0])
        and not rx.COMPARED_AFTER.match(text, after)
        and _whole_named(percent, text, base) is None
        and _share_words(percent, text, base) is None
    )


def _bracketed_after(percent: Figure, text: str, base: int) -> bool:
    """Whether a percentage of no class stands alone in a bracket after its count's clause
    (``25 đảng viên hoàn thành xuất sắc nhiệm vụ (19,2%)``): the class is the count's."""
    return percent.category is None and cue_before("share_in_parens", text, _pos(percent, base)[0]) is not None


def _continues(run: list[Figure], f: Figure, text: str, base: int, count_of: dict[str, Figure]) -> bool:
    """Whether a rated share goes on a run: the same unit, another class (its count's), the same
    sentence or the next one, no ``trong đó`` since the last."""
    last = run[-1]
    same_or_next = full_sentence(text, _pos(last, base)[0])[1] + 2 >= full_sentence(text, _pos(f, base)[0])[0]
    nested = rx.PART_LEAD.search(text, _pos(last, base)[1], _pos(f, base)[0]) is not None
    other_class = count_of[f.id].category not in {count_of[g.id].category for g in run}
    return f.subject == last.subject and other_class and same_or_next and not nested


def _rates_over_bracketed_levels(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``Số người được tư vấn … là 8.747 lượt tăng 3,69% so với tháng 11/2022 (8.436 lượt)``:
    a level now, its rate of change right after it, and the earlier level alone in a bracket
    after the period compared with (a change of the level, in per cent of the earlier one)."""
    out = []
    for end, rate, start, said_from in _level_rate_level(figs, text, base):
        if end.measure not in ("count", "money") or start.measure != end.measure or rate.measure != "percent":
            continue
        if end.measure == "money" and not same_money(end.unit, start.unit):
            continue
        word = rx.RATE_WORD_BEFORE.fullmatch(text, said_from, _pos(rate, base)[0])
        opened = rx.COMPARED_THEN_BRACKET.fullmatch(text, _pos(rate, base)[1], _pos(start, base)[0])
        closed = rx.BRACKET_CLOSES.match(text, _pos(start, base)[1])
        units = {unit_key(start), unit_key(end)} - {"count:None"}  # a level may leave its noun to the other
        if is_change(end, text, base) or (
            word and word["word"].lower() in ("tăng", "giảm") and _bracket_holds_the_change(end, rate, start, word)
        ):
            continue  # "45 vụ, giảm 5 vụ, tương ứng giảm 10% … (50 vụ)": the 5 is the change, not the level
        if not (word and opened and closed and len(units) <= 1):
            continue
        said = word["word"].lower()
        if said in ("bằng", "đạt"):  # the level as a per cent of the earlier one (a plan's is a target's)
            if not rx.COMPARED_WITH_PLAN.search(text, _pos(rate, base)[1], _pos(start, base)[0]):
                members = {"percent": rate.id, "count": end.id, "base": start.id}
                out.append(Relation("percent_of", members, f"{said} … so với (…)", "plausible"))
            continue
        sign = "tăng" if said == "tăng" else "giảm"
        out.append(
            Relation("change", {"start": start.id, "change": rate.id, "end": end.id}, f"{sign} (…)", "plausible")
        )
    return out


def _level_rate_level(figs: list[Figure], text: str, base: int) -> list[tuple[Figure, Figure, Figure, int]]:
    """Each figure with the next two and where the words before the second start: right after
    the first, or after a bracket right after it that holds one figure of its own (``9.414 lao
    động (3.823 lao động nữ), bằng 100,33% …``)."""
    out = []
    for i, end in enumerate(figs[:-2]):
        j, said_from = i + 1, _pos(end, base)[1]
        if rx.OWN_BRACKET_AFTER.fullmatch(text, said_from, _pos(figs[j], base)[0]):
            close = text.find(")", _pos(figs[j], base)[1])
            if close >= 0 and (j + 1 >= len(figs) or close < _pos(figs[j + 1], base)[0]):
                j, said_from = j + 1, close + 1  # "(3.823 lao động nữ)" is the level's, not its rate
        if j + 1 < len(figs):
            out.append((end, figs[j], figs[j + 1], said_from))
    return out


def _bracket_holds_the_change(end: Figure, rate: Figure, start: Figure, word: re.Match[str] | None) -> bool:
    """Whether the bracketed number is nearer the change the rate gives than the earlier level
    (``3.200 người, tăng 6,7% so với cùng kỳ (200 người)``: the 200 is the increase)."""
    if word is None:
        return False
    sign = 1.0 if word["word"].lower() == "tăng" else -1.0
    factor = 1.0 + sign * rate.value / 100.0
    if factor <= 0:
        return False
    earlier = _amount(end, start) / factor
    return abs(start.value - abs(_amount(end, start) - earlier)) < abs(start.value - earlier)


def _changes(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """Identity over time stated in one clause: ``từ 84 lên 90 tổ chức, tăng 6`` or ``có 104
    tổ chức cơ sở đảng, giảm 5, còn 99`` — start, change and end of one measure.  A change
    "so với" something else (a target, the same period last year) is not a step in time."""
    out = []
    for i, start in enumerate(figs):
        trio = figs[i : i + 3]
        if len(figs) > i + 3 and _rate_in_bracket_after(figs[i], figs[i + 1], text, base):
            trio = [figs[i], *figs[i + 2 : i + 4]]  # "tăng 5.500 tỷ đồng (6,4%), từ 70.710 … lên 76.210 …"
        if len(trio) < 3 or len({f.measure for f in trio}) != 1 or start.measure not in ("count", "percent", "money"):
            continue
        if start.measure == "money" and len({f.unit for f in trio}) != 1:
            continue  # amounts in one scale only ("tăng 4.500 tỷ đồng, từ 70.710 tỷ đồng lên 75.210 tỷ đồng")
        a, b, c = trio
        if rx.PART_LEAD.search(text, _pos(a, base)[1], _pos(c, base)[0]):
            continue  # "tăng từ 70.710 … lên 75.210 …, trong đó tăng 4.000 … ngắn hạn": a part's change
        if clause_end(text, _pos(a, base)[1]) < _pos(c, base)[0]:
            continue
        if _leaves_bracket(a, c, text, base):
            continue  # "tăng 12 (từ 86 lên 98), giảm 3 (…)": the levels are the bracket's, the 3 another change
        # a change itself is no start ("năm 2019 tăng thêm 20 trường, năm 2020 tăng thêm 8 trường,
        # nâng … lên 213"), though it may open a change and its levels ("giảm 2,59%, từ 17,83% xuống còn 15,24%")
        changed = cue_before("change_step", text, _pos(a, base)[0]) is not None
        arranged = None if changed else _arrange_change(a, b, c, text, base)
        arranged = arranged or _change_then_levels(a, b, c, text, base)
        if arranged is not None:
            begin, change, end, sign = arranged
            members = {"start": begin.id, "change": change.id, "end": end.id}
            out.append(Relation("change", members, "tăng" if sign > 0 else "giảm"))

    return out


def _rates_of_changes(changes: list[Relation], figs: list[Figure], text: str, base: int) -> list[Relation]:
    """The rate in a bracket right after a change whose two levels follow (``tăng 5.500 tỷ đồng
    (6,4%), từ 70.710 tỷ đồng lên 76.210 tỷ đồng``): the change over the start."""
    at = {f.id: k for k, f in enumerate(figs)}
    out = []
    for r in changes:
        k = at.get(str(r.members["change"]))
        if k is None or k + 1 >= len(figs) or not _rate_in_bracket_after(figs[k], figs[k + 1], text, base):
            continue
        members = {"percent": figs[k + 1].id, "count": figs[k].id, "base": str(r.members["start"])}
        out.append(Relation("percent_of", members, "rate of the change over its start", "plausible"))
    return out


def _rate_in_bracket_after(change: Figure, rate: Figure, text: str, base: int) -> bool:
    """Whether a percentage stands alone in a bracket right after a change (``tăng 5.500 tỷ đồng
    (6,4%)``): the change's own rate (:func:`rate_after_change`), no level of it."""
    if not rate_after_change(change, rate, text, base):
        return False
    return rx.BRACKET_CLOSES_AFTER_PERCENT.match(text, _pos(rate, base)[1]) is not None


def _leaves_bracket(a: Figure, c: Figure, text: str, base: int) -> bool:
    """Whether a bracket ``a`` stands in closes before ``c``."""
    between = text[_pos(a, base)[1] : _pos(c, base)[0]]
    depth = 0
    for ch in between:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def _arrange_change(a: Figure, b: Figure, c: Figure, text: str, base: int) -> tuple[Figure, Figure, Figure, int] | None:
    """(start, change, end, sign) when the words before b and c say which is the change and which the end."""
    reach = cue_window("compared")
    for change, end in ((b, c), (c, b)):
        if cue_before("change_per_period", text, _pos(change, base)[0]):
            continue  # "bình quân mỗi năm giảm 1,17%": a yearly average, not the whole change
        delta = cue_before("change_step", text, _pos(change, base)[0])
        after_change = text[_pos(change, base)[1] : _pos(change, base)[1] + reach]
        if delta and cue_before("change_end", text, _pos(end, base)[0]) and not cue("compared").match(after_change):
            return a, change, end, 1 if delta.group("cue").lower() == "tăng" else -1
    return None


PLACE_REACH = 8  # characters before a figure where "tại" makes it a part's place ("đối với" names its object)
SCALE_REACH = 20  # characters before a figure where "trên quy mô" makes it the size of something else
RESTATED_WORDS = 2  # words after two percentages that name one whole ("50% giảng viên …; 40% giảng viên …")
RAISED_REACH = 70  # characters before a new level where "nâng … lên" is looked for


def _raised_levels(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A stock, an addition and the level it was raised to, in one sentence: ``Từ 9 đảng viên
    …, phát triển thêm được 35 đảng viên, nâng tổng số đảng viên lên 44 người``, ``chi bộ có
    25 đảng viên, kết nạp thêm 3 đảng viên, nâng tổng số lên 28``: start + change = end."""
    out = []
    for a, b, c in zip(figs, figs[1:], figs[2:], strict=False):
        if not a.measure == b.measure == c.measure == "count" or len({_kind(f) for f in (a, b, c)} - {None}) > 1:
            continue
        (a0, _), (b0, _), (c0, c1) = _pos(a, base), _pos(b, base), _pos(c, base)
        if clause_end(text, a0) < c1 or any(is_change(f, text, base) for f in (a, c)):
            continue
        added = rx.ADDED_BEFORE.search(text[max(0, b0 - 20) : b0])
        started = rx.STOCK_START.search(text[max(0, a0 - 12) : a0])
        if _raised_to(text, 0, c0) and added and started:
            out.append(Relation("change", {"start": a.id, "change": b.id, "end": c.id}, RAISED_EVIDENCE))
    return out


def _added_within(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """The ones added are among the level they raised the total to, in one sentence: ``kết nạp
    448 hội viên đưa tổng số hội viên toàn huyện lên 16.468 người``, ``phát triển được 213 hội
    viên mới, nâng tổng số hội viên … là 13.436``; those admitted among the stock now, stated
    right after them (``kết nạp 15 hội viên, đến nay Chi Hội có 214 hội viên``)."""
    out = []
    for b, c in itertools.pairwise(figs):
        if not b.measure == c.measure == "count" or len({_kind(b), _kind(c)} - {None}) > 1:
            continue
        b0, c0 = _pos(b, base)[0], _pos(c, base)[0]
        if clause_end(text, b0) < c0 or is_change(b, text, base) or is_change(c, text, base):
            continue
        b1 = _pos(b, base)[1]
        now = _admitted_among(b, c, text, base) and rx.NOW_STOCK_AFTER.fullmatch(text, b1, c0)
        if _raised_to(text, b1, c0) or now:
            out.append(Relation("subset_of", {"total": c.id, "parts": [b.id]}, "nâng tổng số lên", "plausible"))
    return out


def _admitted_among(b: Figure, c: Figure, text: str, base: int) -> bool:
    """Whether ``b`` counts those admitted and ``c``, right after, the whole stock they joined:
    the same unit (``kết nạp 15 hội viên, đến nay Chi hội có 214 hội viên``), not another group
    (``hiện có 8 quần chúng``) nor some of the stock (``9 hội viên đang vay vốn``, ``15 đoàn
    viên ưu tú``): nothing but the noun before the clause ends."""
    if b.category != "action.ket_nap" or c.category is not None or c.subject in ("other", GENERIC_PERSONS):
        return False
    same = b.subject == c.subject or load_vocabulary().can_be_part_of(b.subject, c.subject)
    end = _pos(c, base)[1]
    noun = c.subject_text or ""
    after = text[end : end + len(noun) + 1].strip()
    rest = end + len(noun) + 1 if after.lower() == noun.lower() else end
    return same and rx.STOCK_NOUN_END.match(text, rest) is not None


def _delegates_of(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A congress's delegates are among the members they stand for: ``101 đại biểu đại diện cho
    hơn 200 đảng viên trong đảng bộ``, ``516 đại biểu thay mặt cho gần 3 triệu hội viên``
    (a subset, plausible); not the organisations they come from (``đại diện cho 41 chi, đảng
    bộ trực thuộc``).  So are some of a noun standing for all of it (``80 đội viên đại diện
    cho 663 đội viên``), not things of another noun (``04 giải pháp … đại diện cho 4 lĩnh vực``)."""
    out = []
    family = load_vocabulary().family
    for a, b in itertools.pairwise(figs):
        if not a.measure == b.measure == "count" or is_change(b, text, base):
            continue
        delegates = (a.subject_text or "").lower().startswith("đại biểu") and family(b.subject) == family(
            GENERIC_PERSONS
        )
        if not delegates and not _same_written_noun(a, b, text, base):
            continue
        if rx.STANDS_FOR.fullmatch(text, _pos(a, base)[1], _pos(b, base)[0]):
            out.append(Relation("subset_of", {"total": b.id, "parts": [a.id]}, STANDS_FOR, "plausible"))
    return out


def _same_written_noun(a: Figure, b: Figure, text: str, base: int) -> bool:
    """Whether two counts count one noun, written right after each number (``đội viên`` and
    ``đội viên``), not taken over from a figure before (``10 doanh nghiệp đại diện cho 10 lĩnh
    vực``: the second counts fields, whatever it was given)."""
    same = a.subject == b.subject and _same_noun(a, b)
    return same and _noun_written(a, a, text, base) and _noun_written(b, b, text, base)


def _raised_to(text: str, floor: int, pos: int) -> bool:
    """Whether ``nâng/đưa (tổng số) … lên/là`` stands right before ``pos``, within
    ``RAISED_REACH`` and after ``floor``: the figure there is a level raised to."""
    return rx.RAISED_TO.search(text[max(floor, pos - RAISED_REACH) : pos]) is not None


def _change_then_levels(
    a: Figure, b: Figure, c: Figure, text: str, base: int
) -> tuple[Figure, Figure, Figure, int] | None:
    """A change written before the two levels it is the step between (``tỷ lệ hộ nghèo giảm
    2,59% so với năm 2016, từ 17,83% xuống còn 15,24%``): the start after ``từ``, the end after
    ``lên``/``xuống``/``còn``; the change compared with the start's year is that step."""
    delta = cue_before("change_step", text, _pos(a, base)[0])
    if delta is None or cue_before("change_per_period", text, _pos(a, base)[0]):
        return None
    if not rx.FROM_LEVEL.fullmatch(text, _pos(a, base)[1], _pos(b, base)[0]):
        return None
    if not cue_before("change_end", text, _pos(c, base)[0]):
        return None
    return b, a, c, 1 if delta.group("cue").lower() == "tăng" else -1


def _rating(f: Figure) -> bool:
    return f.measure == "count" and (f.category or "").startswith("rating.")


def _clause_break(text: str, a: Figure, b: Figure, base: int) -> bool:
    return any(c in text[_pos(a, base)[1] : _pos(b, base)[0]] for c in ";.")


def _aside_in_list(figs: list[Figure], j: int, last: Figure, text: str, base: int) -> bool:
    """Whether the unrated count ``figs[j]`` is singled out of the rated part before it (``trong
    đó`` between them) and the list of classes goes on right after it."""
    if j + 1 >= len(figs) or not _rating(figs[j + 1]) or figs[j + 1].category == last.category:
        return False
    return cue("breakdown").search(text, _pos(last, base)[1], _pos(figs[j], base)[0]) is not None


def _breakdown(
    total: Figure, parts: list[Figure], text: str, base: int, end: int, evidence: str, fitted: bool = False
) -> Relation | None:
    """What a list of parts states about its total, by what the parts are: overlapping
    attributes (``812 nữ, 95 người dân tộc thiểu số``) are a subset, never summed; classes of
    one partition (a rating scale, the forms of discipline …) a breakdown that is exhaustive
    when every class is named; other parts that can make up the total a plausible one; a
    list that says it is incomplete (``…``, ``v.v.``) an open one.  ``fitted``: the caller
    already chose parts of the total's family (a footnote's breakdown)."""
    if not all(_category_within(f.category, total.category) for f in parts):
        return None  # "khai trừ 4 (… cảnh cáo 1, khai trừ 4)": parts of other categories are not its parts
    members = {"total": total.id, "parts": [f.id for f in parts]}
    groups = _sub_wholes(parts, total)
    if groups is not None:  # "442/479 …. Trong đó, … 148/166 …; … 154/155 …": the wholes tell
        return Relation("total_parts", members, evidence, groups)
    by_words = _by_words(total, parts, text, base)
    if by_words is not None:  # "1.060 đảng viên nam, 1.034 đảng viên nữ": a partition by sex
        certainty = by_words.certainty
        if _over_another_base(parts, total, text, base):
            certainty = "plausible"
        return Relation("total_parts", members, evidence, certainty)
    if _attributes(parts, text, base, total):
        return Relation("subset_of", members, evidence)
    if not fitted and not _parts_fit(total, parts, text, base):
        return None
    year = figures_year([total, *parts])  # a scale in use some years only is read for figures of those
    match = partition_of(total.subject, [f.category for f in parts], "category", year) or partition_of(
        total.subject, [f.subject for f in parts], "subject"
    )
    if match is None and _each_out_of_total(parts, total) and not _near_total(parts, total):
        # "268 đồng chí …, trong đó số lượng nữ … 108/268 đồng chí, …; dân tộc thiểu số … 37/268": each
        # says how many of the whole have something, and such things may overlap
        return Relation("subset_of", members, evidence)
    if ends_partial(_tail(text, _pos(parts[-1], base)[1], end)):
        certainty = "open"
    elif match is not None and not _over_another_base(parts, total, text, base):
        certainty = match.certainty
    else:
        certainty = "plausible"
    return Relation("total_parts", members, evidence, certainty)


def _by_words(total: Figure, parts: list[Figure], text: str, base: int) -> Match | None:
    """The partition by words (``patterns/partitions.yaml``, ``by: word``) the parts' words
    name, after or before their numbers, with or without the total's noun."""
    afters = [_after(f, text, base) for f in parts]
    noun = _noun(total, text, base)
    labels = [_label(f, text, base) for f in parts]
    return (
        word_partition_of(total.subject, afters)
        or word_partition_of(total.subject, labels)
        or word_partition_of(total.subject, [_without_noun(a, noun) for a in afters])
        # "200 đại biểu, trong đó: đại biểu nam: 130 đồng chí; đại biểu nữ: 70 đồng chí"
        or word_partition_of(total.subject, [_without_noun(label.strip(), noun) for label in labels])
    )


def _continued(
    figs: list[Figure], starts: list[int], first: Figure, text: str, base: int, opened: int, end: int
) -> tuple[list[Figure], int]:
    """The figures of the sentences right after a breakdown's that go on with its list, and
    where the last of them ends: each opens with the words the first part's clause opens with
    (``Trong đó, thu nội địa đạt 694,41 tỷ đồng, …. Thu cân đối hoạt động xuất nhập khẩu đạt
    50,14 tỷ đồng, …``), or counts the first part's noun (``Trong đó có 234.293 người tham
    gia BHXH bắt buộc, …. Có 10.971 người tham gia BHXH tự nguyện``), before any other number.
    ``starts``: where the block's figures start; ``opened``: where the list's cue ends; words
    any clause may open with (``Số …``) tell nothing."""
    more: list[Figure] = []
    lead = _opening_word(text[opened : _pos(first, base)[0]])
    noun = _words_of(_after(first, text, base))[:CONTINUED_NOUN_WORDS]
    while True:
        start = end + 1
        stop = _list_end(text, start)
        run = figs[bisect.bisect_left(starts, start + base) : bisect.bisect_left(starts, stop + base)]
        inside = [f for f in run if not in_parens(text, start, _pos(f, base)[0])]
        if not inside or stop <= start:
            return more, end
        g = inside[0]
        opening = text[start : _pos(g, base)[0]]
        if g.measure != first.measure or unit_key(g) != unit_key(first) or cue("breakdown").search(opening):
            return more, end
        if _own_statement(first, opening, text, base):
            return more, end
        # (a sentence of the rest may name it a few words in: "Các nhiệm vụ chi khác đạt 25,11 tỷ đồng")
        said_alike = bool(lead) and not rx.GENERIC_LEAD_WORD.fullmatch(lead)
        said_alike = said_alike and lead in _opening_words(opening)[:CONTINUED_LEAD_WORDS]
        counted_alike = g.measure == "count" and len(noun) == CONTINUED_NOUN_WORDS
        counted_alike = counted_alike and _words_of(_after(g, text, base))[:CONTINUED_NOUN_WORDS] == noun
        # (the first part's number again, with its noun: "… khoảng 5 triệu đảng viên. …, 5 triệu đảng viên là …")
        counted_alike = counted_alike and g.value != first.value
        if not (said_alike or counted_alike) or rx.NEW_TOTAL_LEAD.match(opening):
            return more, end
        more += inside
        end = stop


def _own_statement(first: Figure, opening: str, text: str, base: int) -> bool:
    """Whether a sentence after a list opens a statement of its own: ``Ngoài ra, …``, ``Kế hoạch
    …``, ``Năm 2022 …``, a comparison (``so với``) before its number, or the first part again
    (``Chi thường xuyên năm 2022 là …``)."""
    if rx.OWN_STATEMENT_LEAD.match(opening) or rx.SO_VOI_ANYWHERE.search(opening):
        return True
    return _restates(first, opening, text, base)


def _restates(first: Figure, opening: str, text: str, base: int) -> bool:
    """Whether a sentence opens with the first part's own words (two at least) and goes on with
    more: the part again, or a part of it (``Thu nội địa năm 2023 đạt …``, ``Chi thường xuyên
    năm 2022 là …``), not a sibling (``Lượng thủy sản do nuôi trồng`` after ``lượng thủy sản
    khai thác``)."""
    label = _opening_words(_label(first, text, base))
    label = label[: next((i for i, w in enumerate(label) if rx.LINKING_LEAD.match(w)), len(label))]
    return len(label) >= 2 and _opening_words(opening)[: len(label)] == label


def _opening_word(words: str) -> str:
    """The first word of a clause's opening words past a link word (``có``, ``là``), lower case."""
    return _first_word(_past_link(words))


def _opening_words(words: str) -> list[str]:
    """The words of a clause past a link word that opens it, lower case, without punctuation,
    leaving out the words any clause may hold (``Các nhiệm vụ chi khác`` → ``nhiệm vụ chi khác``)."""
    return [w for w in _words_of(_past_link(words)) if not rx.GENERIC_LEAD_WORD.fullmatch(w)]


def _past_link(words: str) -> str:
    """A clause's opening words without the punctuation around them and a link word (``có``,
    ``là``, ``gồm``) they open with."""
    return rx.LINKING_LEAD.sub("", words.strip(" ,:;-+"))


def _words_of(text: str) -> list[str]:
    """The words of letters in ``text``, lower case, without punctuation (``gia.`` → ``gia``)."""
    return [w.lower() for w in rx.LETTER_WORD.findall(text)]


def _list_end(text: str, pos: int) -> int:
    """Where a breakdown opened at ``pos`` ends: its sentence, across commas and semicolons
    (``Cụ thể: huyện A 120; huyện B 95; …``); the parts taken from it stop earlier, at the
    first figure that cannot be one (:func:`_fitting_prefix`)."""
    stops = _sentence_stops(text)
    i = bisect.bisect_left(stops, pos)
    return stops[i] if i < len(stops) else len(text)


@functools.lru_cache(maxsize=8)
def _sentence_stops(text: str) -> list[int]:
    """Where the sentences of a block end, found once per block (a dense block has thousands
    of lists)."""
    return [m.start() for m in rx.SENTENCE_STOP.finditer(text)]


def _trong_do(figs: list[Figure], text: str, base: int, previous: list[Figure] | None = None) -> list[Relation]:
    """A breakdown after a cue (``trong đó``, ``gồm``, ``cụ thể``, ``với hình thức``) of a
    count (or percentage, or sum of money) before it that can be a total.  The list runs to
    the end of its sentence, across commas and semicolons (``trong đó có 25 đảng bộ xã; 4
    đảng bộ khối; 43 chi bộ cơ sở``), or of its parenthesis, and stops at the first figure
    that cannot be a part of the total.  The total is the latest figure of the cue's sentence
    (or, when the cue opens a sentence, of the sentence before) that the list's first figure
    can be part of: ``thu 235 tỷ đồng, đạt 24% dự toán. Trong đó, … 127 tỷ đồng`` breaks
    down the 235, not the 24 %.  Two totals written as a pair (``761 tổ chức đảng và 1.947
    đảng viên``, ``19 vụ/48 bị can``) are each broken down by the listed figures of their
    unit.  One part alone is a subset: at most its total.  A paragraph that opens with the
    cue (``Trong đó, trao Huy hiệu … cho 5 đảng viên …``), or with a few words naming its
    subject (``Đội ngũ đảng viên mới gồm …``), breaks down the last count of the paragraph
    before.  ``Trong (tổng) số <what>`` with no number after it breaks down the total of the
    named unit and action (``Trong số đảng viên mới kết nạp: …``); with a number after it, it
    opens its own total (:func:`_within`).  A cue inside a bracket of the list does not end it."""
    out: list[Relation] = []
    parted: set[str] = set()  # the parts of the lists found so far in the paragraph
    starts = [f.span.start for f in figs]
    for m in cue("breakdown").finditer(text):
        if _after_share(text, m.start()):
            continue  # "chiếm 87,45% trong tổng số": the share's whole, no breakdown
        if rx.COMPOSED_OF.fullmatch(m.group()) and rx.RAISED_BEFORE_CUE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "phát triển lên gồm 15 đảng viên": a level raised to, no breakdown
        paragraph = _totals_before(figs[: bisect.bisect_left(starts, m.start() + base)], text, base, m.start())
        lead = _lead_of(text, m.start())
        if lead and _names_the_list(lead):
            lead = ""  # "Mức cấp cụ thể như sau: …": the words name the list, not its subject
        sentence_start = full_sentence(text, m.start())[0]
        sentence_lead = text[sentence_start : m.start()].strip(" ,:(")
        outcomes = rx.OUTCOME_LEAD.fullmatch(sentence_lead) is not None
        # words naming the list reach back, but only to one total of the parts' noun
        list_named = bool(sentence_lead) and _names_the_list(sentence_lead)
        across = not paragraph and bool(previous) and lead is not None and (not lead or _subject_lead(lead))
        # across: the paragraph before's totals (no change, not inside a parenthesis); a lead
        # naming the subject ("Đội ngũ đảng viên mới có cơ cấu 55 nữ, …") narrows them to its unit
        before = list(previous or []) if across else _in_reach(paragraph, text, base, m.start())
        before = [f for f in before if not _smaller_after_slash(f, before, text, base)]
        if not across and rx.COMPOSED_OF.fullmatch(m.group()):
            before = _body_composed(before, text, base, m.start())
        named = bool(lead) or (across and _names_its_total(m))
        if across and lead:
            before = _named_totals(before, lead)
        if not before:
            continue
        if _opens_own_total(text, m):
            continue  # "Trong số 125 đồng chí …", "Trong số hồ sơ … gồm 2.800 hồ sơ": read by _within
        if _item_own_count(text, m):
            continue  # "…, Malaysia bao gồm 18 lao động (15 lao động nữ)": the item's own count, no breakdown
        if _names_a_form(text, m):
            continue  # "3 đảng viên … bằng hình thức cảnh cáo và 1 đảng viên …": a part's form, no list
        end = _list_end(text, m.end())
        if in_parens(text, 0, m.start()):  # "(Trong đó … )": the breakdown ends with the parenthesis
            # ... its own, over brackets inside it ("(trong đó khiếu nại (KN) 36 đơn, tố cáo (TC) 26 đơn …")
            end = min(end, _closing(text, _unclosed_before(text, m.start())))
        following = next(  # the next list starts its own; one in a bracket inside this one does not, nor
            # one that only goes on with this cue's words ("Trong tổng số nguồn vốn …, chia ra: …")
            (
                n
                for n in cue("breakdown").finditer(text, m.end(), end)
                if not in_parens(text, m.end(), n.start())
                and not _after_share(text, n.start())
                and not (_names_its_total(m) and rx.LEAD_GOES_ON.fullmatch(text, m.end(), n.start()))
                and not _item_own_count(text, n)
                and not _names_a_form(text, n)
                and text[m.end() : n.start()].strip(" ,:")  # "Trong đó, gồm: …": one cue, said twice
            ),
            None,
        )
        if following is None:
            # "…; Số hộ thoát cận nghèo là 5.295 hộ. Trong đó, …": the last clause's own breakdown
            # opens the next sentence
            following = rx.BREAKDOWN_NEXT.match(text, end)
        level = next((t for t in reversed(before) if t.measure == "count" and not is_change(t, text, base)), None)
        if following is not None:
            semi = text.rfind(";", m.end(), following.start())
            # "…; hộ cận nghèo có 14.994 hộ, …, trong đó có …": a statement of its own total, no part
            own = semi >= 0 and rx.SIBLING_STATEMENT.match(text, semi + 1, following.start()) is not None
            own = own and level is not None and _sibling_category(level, text[semi + 1 : following.start()], text, base)
            if own and level is not None:  # a last clause the list adds up to the total with is a part
                run = figs[
                    bisect.bisect_left(starts, m.end() + base) : bisect.bisect_left(starts, following.start() + base)
                ]
                own = not _adds_up([f for f in run if f.measure == level.measure], level)
            end = semi if own else min(end, following.start())
        else:
            run = figs[bisect.bisect_left(starts, m.end() + base) : bisect.bisect_left(starts, end + base)]
            end = _before_sibling(level, run, text, base, m.end(), end)
        lo = bisect.bisect_left(starts, m.end() + base)
        hi = bisect.bisect_left(starts, end + base)
        listed = [f for f in figs[lo:hi] if not in_parens(text, m.end(), _pos(f, base)[0])]
        # (only a list that runs to its sentence's end: not one cut at a sibling's clause, "…; hộ cận nghèo có …")
        if following is None and listed and end == _list_end(text, end) and not in_parens(text, 0, m.start()):
            # "Trong đó, thu nội địa 694 tỷ đồng, …. Thu viện trợ đạt 39 tỷ đồng, …"
            more, end = _continued(figs, starts, listed[0], text, base, m.end(), end)
            listed += more
        if listed and ";" in text[m.end() : _pos(listed[0], base)[0]]:
            continue  # "gồm Hà Nam, Vĩnh Phúc …; có 12/43 tỉnh …": the cue's clause named no figure
        if listed and list_named and sum(1 for t in before if _counts_alike(t, listed[0])) > 1:
            continue  # "… 2.598 thí sinh đỗ trên tổng số 2.650 thí sinh. Kết quả cụ thể: …": which one, unsaid
        if listed and _names_its_total(m):
            before = _named_totals(before, text[m.end() : _pos(listed[0], base)[0]])
        evidence = m.group().lower()
        # a list opening a sentence breaks down the figure of the paragraph it is a kind of, not
        # a part of the list before: "kỷ luật 28 …. Trong đó, … 19 …. Hình thức kỷ luật: …"
        opens = not across and (not sentence_lead or list_named)
        wider = [f for f in paragraph if f.id not in parted] if opens else []
        chosen = _kind_total(wider, listed, text, base) or _lists_of(before, listed, text, base, across, named)
        if evidence.startswith("kết quả"):  # the outcomes of the things considered, counted; not amounts
            chosen = [(t, parts) for t, parts in chosen if t.measure != "money"]
        chosen = [(_done_over_whole(t, parts, figs, text, base), parts) for t, parts in chosen]
        first_found = len(out)
        for total, parts in chosen:
            parted.update(f.id for f in parts)
            # a total read from the text around, not stated: the paragraph before, a first part
            # broken down by the rest, or an earlier figure chosen over the latest
            skipped = total not in before or (total is not before[-1] and not _kind_of(parts, total))
            for whole, group in _nested(total, parts, text, base):
                some_only = rx.SOME_ONLY_LEAD.search(text, max(0, m.start() - CUE_REACH), m.start()) is not None
                for found in _list_relations(whole, group, text, base, end, evidence):
                    if outcomes and found.kind == "total_parts" and found.certainty not in PARTITIONED:
                        continue  # "Kết quả cụ thể: 11.260 trúng tuyển, …": outcomes, maybe some only
                    if found.kind == "total_parts" and some_only:
                        found.certainty = "open"  # "kết quả một số khoản thu chủ yếu như sau: …": only some
                    # (a group's own total, stated before its colon, is no inference: "chính thức 42: 30 nam, 12 nữ")
                    stated = whole is not total and rx.NOUN_THEN_COLON.match(text, _pos(whole, base)[1]) is not None
                    inferred = across or (whole is not total and not stated) or skipped
                    # groups whose wholes add up to the total's name it themselves ("442/479 …, chiếm
                    # 92,27%. Trong đó, … 148/166 …"), even when a share stands between
                    inferred = inferred and (across or _sub_wholes(group, whole) != "exhaustive")
                    if inferred and found.certainty in ("exhaustive", "disjoint", "explicit"):
                        found.certainty = "plausible"  # a total from the paragraph before is a reading, not a statement
                    out.append(found)  # (one cue said twice, "cụ thể như sau:", reads one relation: _once)
            done = _done_after_kind(total, parts, listed, text, base)
            if done is not None:  # "18 cuộc, trong đó có 4 cuộc chuyển tiếp; đã kết thúc 15 cuộc": 15 of the 18
                out.append(Relation("subset_of", {"total": total.id, "parts": [done.id]}, DONE_OF_TOTAL, "plausible"))
        heads = [t for t, _ in chosen]
        if len(heads) > 1 and _slash_row(heads, 0, text, base) == heads:
            _as_first_column(out[first_found:], chosen, text, base)
    return out


def _done_over_whole(total: Figure, parts: list[Figure], figs: list[Figure], text: str, base: int) -> Figure:
    """The total a list breaks down when it is the whole of a pair over a slash (``48 học sinh đạt
    giải/72 học sinh dự thi, trong đó 2 giải Nhì, 14 giải Ba, 32 giải Khuyến khích``): the count
    done, as a ratio counts by its first number, unless the parts make the whole exactly."""
    k = next((n for n, f in enumerate(figs) if f is total), None)
    if not k or total.measure != "count" or len(parts) < 2:
        return total  # (one part may be an attribute of the whole: "…/72 học sinh dự thi, trong đó 50 học sinh nữ")
    done = figs[k - 1]
    if done.measure != "count" or done.value >= total.value or unit_key(done) != unit_key(total):
        return total
    if not rx.NOUNS_SLASH_GAP.fullmatch(text, _pos(done, base)[1], _pos(total, base)[0]):
        return total
    return total if _adds_up(parts, total) and not _adds_up(parts, done) else done


def _as_first_column(found: list[Relation], columns: list[tuple[Figure, list[Figure]]], text: str, base: int) -> None:
    """Columns of one table written over slashes (``1.250 ĐV/ 430 nữ``, rows ``800 ĐV/ 260 nữ;
    450 ĐV/ 170 nữ``): the rows are the same in every column, so every column they make up whole
    is read alike: as attributes of the total when the first column reads so and a row's label
    names one (``68 người/ 52 nữ,
    trong đó: đảng viên 41 người/ 33 nữ; có trình độ trên chuẩn 60 người/ 47 nữ``), else broken
    down as a column read as a breakdown is, with its certainty (women by the rows' units, not
    an attribute of some of them)."""
    heads = [total.id for total, _ in columns]
    rows = {total.id: [f.id for f in parts] for total, parts in columns}
    size = len(columns[0][1])

    def whole(r: Relation) -> bool:
        total = r.members["total"]
        return total in heads and r.members["parts"] == rows[total] and len(rows[total]) == size

    first, cells = columns[0]
    first_read = any(r.kind == "subset_of" and r.members["total"] == first.id and whole(r) for r in found)
    attributes = first_read and any(_label_names_attribute(f, text, base, first) for f in cells)
    lead = next((r for r in found if r.kind == "total_parts" and whole(r)), None)
    for r in found:
        if attributes and r.kind == "total_parts" and whole(r):
            r.kind, r.certainty = "subset_of", "plausible"
        elif not attributes and lead is not None and r.kind == "subset_of" and whole(r):
            r.kind, r.certainty = "total_parts", lead.certainty


def _done_after_kind(total: Figure, parts: list[Figure], listed: list[Figure], text: str, base: int) -> Figure | None:
    """The count right after a list's one kind that a clause of what was done opens
    (:func:`_kind_then_done`), of the total's unit: what was done to some of the total."""
    if len(parts) != 1 or parts[0] not in listed:
        return None
    at = listed.index(parts[0]) + 1
    done = listed[at] if at < len(listed) else None
    if done is None or not _kind_then_done(parts[0], done, text, base):
        return None
    return done if done.measure == total.measure and unit_key(done) == unit_key(total) else None


def _smaller_after_slash(f: Figure, before: list[Figure], text: str, base: int) -> bool:
    """Whether ``f`` is the plan a count done is written over (``10.661/3.318 lượt bệnh nhân, đạt
    321,3% chỉ tiêu``, ``125/100 đảng viên``, ``3.450/kế hoạch 3.000 lao động``): after a slash,
    named a plan there or under a larger number (a part is never above its whole, so the second
    is what the first was measured against).  A list after it breaks down what was done, never
    the plan.  Not when the numbers count two nouns written over a slash (``320/285 lượt/người``,
    ``lượt khám/số bệnh nhân là 10.661/3.318``): the list is of the second noun's."""
    if f.span.start < base:
        return False  # a total of the paragraph before (read there, where no list follows it)
    start, end = _pos(f, base)
    if rx.NOUN_PAIR.match(text, end):
        return False  # "320/285 lượt/người": two counts of two nouns
    for g in before:
        if g.measure != f.measure or g.span.block != f.span.block or g.span.start < base or _pos(g, base)[1] > start:
            continue
        gap = rx.PLAN_SLASH_GAP.fullmatch(text, _pos(g, base)[1], start)
        g_start = _pos(g, base)[0]
        nouns_before = rx.NOUN_PAIR_BEFORE.search(text[max(0, g_start - NOUN_PAIR_REACH) : g_start])
        if gap is not None and (gap["plan"] or (g.value > f.value and not nouns_before)):
            return True  # (not "lượt khám/số bệnh nhân là 10.661/3.318": two nouns named before)
    return False


def _after_share(text: str, cue_at: int) -> bool:
    """Whether ``trong tổng số`` stands right after a percentage: ``chiếm 87,45% trong tổng số``
    names the share's whole, it opens no list (``bằng 108% trong đó thu nội địa …`` does)."""
    return (
        rx.PERCENT_RIGHT_BEFORE.search(text, max(0, cue_at - 4), cue_at) is not None
        and rx.WHOLE_CUE.match(text, cue_at) is not None
    )


PARTITIONED = ("exhaustive", "disjoint")  # certainties of a list of a partition's classes
NEW_STATEMENT_GAP = 40  # characters after a list that made its total beyond which a figure is no further part
WITH_KINDS_REACH = 60  # characters from a total's number to the "với" that opens its kinds


def _with_kinds(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``61 đảng bộ trực thuộc với 27 đảng bộ cơ sở và 34 đảng bộ cấp trên cơ sở``: a count
    followed, after its noun, by ``với`` and counts of the units that partition it (a
    partition by unit in ``patterns/partitions.yaml``) is broken down by them.  Nothing else
    after ``với`` is read as parts (``50 tổ chức cơ sở đảng với 5.645 đảng viên`` is no list)."""
    out = []
    for i, total in enumerate(figs):
        if not _count_of_a_unit(total, text, base):
            continue
        start = _pos(total, base)[1]
        m = cue("with_kinds").search(text, start, start + WITH_KINDS_REACH)
        if m is None or not _only_its_noun(text, start, m.start(), ";.()"):
            continue
        if text[start : m.start()].split()[-1:] == ["so"]:
            continue  # "tăng 7 so với năm 2020": a comparison, not the kinds of a total
        listed, end = _listed_after(figs[i + 1 :], text, base, m.end())
        parts = _fitting_prefix(total, listed, text, base)
        if len(parts) < 2 or partition_of(total.subject, [f.subject for f in parts], "subject") is None:
            continue
        out += _list_relations(total, parts, text, base, end, m.group().lower())
    return out


def _count_of_a_unit(total: Figure, text: str, base: int) -> bool:
    """A count that may be broken down by the kinds written after its noun: of a known unit, or
    of a noun as written (``12 trường học``), no change."""
    known = total.subject != "other" or bool(_head(total))
    return total.measure == "count" and known and not is_change(total, text, base)


def _labelled_count_of(total: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether ``f`` is a labelled count of what the total counts (``chi bộ thôn Đông 5 đảng viên``
    of ``14 đảng viên mới``, ``mầm non 4 trường`` of ``12 trường học``): its unit, the unit the
    total's is a kind of, or a noun as written opening with the total's first word."""
    if not _label(f, text, base).strip(" ,;:"):
        return False
    entry = load_vocabulary().entry("UNIT", total.subject)
    broader = entry is not None and f.subject in entry.kind_of
    written = total.subject == f.subject == "other" and _head(f) == _head(total) != ""
    return _counts_alike(total, f) or broader or written


def _only_its_noun(text: str, start: int, cue_at: int, stops: str) -> bool:
    """Whether only a total's noun stands between its number's end and the cue that opens its
    kinds: no other number, none of the ``stops``."""
    return not rx.DIGIT.search(text, start, cue_at) and not any(c in text[start:cue_at] for c in stops)


def _listed_after(after: list[Figure], text: str, base: int, opened: int) -> tuple[list[Figure], int]:
    """The figures of ``after`` from ``opened`` (where a cue ends) to the end of the list or
    its clause, and that end."""
    end = min(clause_end(text, opened), _list_end(text, opened))
    return [f for f in after if opened <= _pos(f, base)[0] < end], end


COLON_REACH = 40  # characters from a total's number to the colon that opens its classes


def _colon_kinds(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """``Chi bộ có 30 đảng viên: 25 đảng viên chính thức, 5 đảng viên dự bị``: a count followed,
    after its noun, by a colon and counts of the classes of one partition, or of the posts of
    the committee it sizes (:func:`committee_posts`), is broken down by them.  Other lists
    after a colon are not read (``có 50 chi bộ: chi bộ A 12 đảng viên, …`` names what each
    holds), nor one with a part in brackets, a time before its first part, or counts of an
    action (``…: 2 đảng viên nam mới được kết nạp …``)."""
    out = []
    for i, total in enumerate(figs):
        if not _count_of_a_unit(total, text, base):
            continue
        start = _pos(total, base)[1]
        colon = text.find(":", start, start + COLON_REACH)
        if colon < 0 or not _only_its_noun(text, start, colon, ",;.()"):
            continue  # "127, HTXS NV: 24": the colon is another label's
        listed, end = _listed_after(figs[i + 1 :], text, base, colon + 1)
        if len([f for f in listed if not is_change(f, text, base)]) < 2:
            # one item to its clause: the items go on past semicolons ("…: hoàn thành xuất sắc nhiệm vụ 8
            # đồng chí; hoàn thành tốt nhiệm vụ 40 đồng chí; …"), to the sentence's end
            end = _list_end(text, colon + 1)
            year = rx.CLAUSE_OPENS_WITH_YEAR.search(text, colon + 1, end)  # ("…; năm 2023, hoàn thành …": its own)
            end = year.start() if year is not None else end
            listed = [f for f in figs[i + 1 :] if colon < _pos(f, base)[0] < end]
        # a part's own change after it is no part ("… 8 đồng chí, tăng 2 đồng chí …", "… 9 đồng chí (tăng 2)")
        listed = [f for k, f in enumerate(listed) if not (k and is_change(f, text, base))]
        lead = rx.AGE_BOUNDS_RE.sub("", text[colon : _pos(listed[0], base)[0] if listed else colon])
        if any(in_parens(text, colon, _pos(f, base)[0]) for f in listed) or rx.DIGIT.search(lead):
            # "45 … (trong đó 9 …), 6 …": a part's own aside; "…: năm 2023 kết nạp …": a time (not an
            # age band's bounds: "38 đảng viên: dưới 30 tuổi 9 đảng viên, …")
            continue
        forms = partition_of(total.subject, [f.category for f in listed], "category") is not None
        if any(((f.category or "").startswith("action.") and not forms) or is_change(f, text, base) for f in listed):
            # "…: 2 đảng viên nam mới được kết nạp …, 1 … chuyển đến": what happened, not classes (the
            # forms of one discipline are: "9 đảng viên bị kỷ luật: 4 … khiển trách, 3 … cảnh cáo, …")
            continue
        parts = _fitting_prefix(total, listed, text, base)
        if len(parts) < 2 or len(parts) != len(listed):
            continue
        found = _breakdown(total, parts, text, base, end, ":")
        if found is None or found.kind != "total_parts":
            continue
        # ... or, plausibly, labelled counts of the total's own noun ("Đội ngũ ở 8 thôn có 40 người: bí thư
        # chi bộ 8 người, trưởng thôn 8 người, công an viên 24 người"; not what each unit holds, nor
        # qualities, which overlap: "9 thôn: thôn văn hóa 7 thôn, thôn đạt chuẩn … 3 thôn")
        labelled = all(_labelled_count_of(total, f, text, base) for f in parts)
        labelled = labelled and not any(rx.QUALITY_LABEL.search(_label(f, text, base)) for f in parts)
        if _nested_bands(parts, text, base):
            labelled = False  # "dưới 30 tuổi 12 …, dưới 40 tuổi 30 …": nested bands overlap
        if found.certainty in ("exhaustive", "disjoint") or committee_posts(total, parts, text, base) or labelled:
            out.append(found)  # "Chi ủy có 3 đồng chí: 1 bí thư, 1 phó bí thư, 1 chi ủy viên": plausibly
    return out


COMMA_REACH = 40  # characters from a total's number to the comma after its noun


def _comma_kinds(figs: list[Figure], text: str, base: int, parted: set[str]) -> list[Relation]:
    """``Chi bộ có 40 đảng viên, 35 đảng viên chính thức, 5 đảng viên dự bị``, ``Đảng bộ có 56 tổ
    chức cơ sở đảng, 03 đảng bộ cơ sở và 53 chi bộ cơ sở``: a count followed, after its noun and
    a comma, by counts of two classes or more of one partition of its unit (by unit, or by the
    words after the number for a count of persons: ``patterns/partitions.yaml``), each written
    with its noun and class alone, is broken down by them; a count of another unit or a change
    after them ends the list (``…, 16 chi bộ cơ sở, 1.108 đảng viên``).  No cue ties the list to
    the count, so the breakdown is ``plausible`` at most: a sum off either way is a warning.
    Not read: a count compared with (``so với năm 2023 là 38 đảng viên``), a part of a list
    (``parted``, or after a cue in its sentence: ``trong đó 26 đảng viên chính thức, 12 … nam,
    17 … nữ``), a list that says it is incomplete, parts with words of their own before their
    numbers (a place: ``thị trấn Phong Thổ 1.200 đảng viên nam``; a cue: ``trong đó có 83 …``),
    and parts that go on to say what they did (``120 đảng viên nữ tham dự đầy đủ``: those who
    did, of either class).  Only the next few figures are read.  Ratings are
    :func:`_distributions`' to read, and what happened to some (an action) is no class."""
    out = []
    for i, total in enumerate(figs):
        if total.id in parted or not _count_of_a_unit(total, text, base) or _compared(total, text, base):
            continue
        at = _pos(total, base)[0]
        opened = max(full_sentence(text, at)[0], at - COMMA_CUE_REACH)
        if cue("breakdown").search(text, opened, at):
            continue  # "…, trong đó 120 đảng viên, 200 nam, 150 nữ": an item of the cue's list, no total
        start = _pos(total, base)[1]
        comma = text.find(",", start, start + COMMA_REACH)
        if comma < 0 or not _only_its_noun(text, start, comma, ";:.()"):
            continue
        # (a partition has a few classes: only the next few figures are read, so a long list costs no more)
        listed, end = _listed_after(figs[i + 1 : i + 2 + COMMA_CLASSES_MOST], text, base, comma + 1)
        listed = listed[
            : next((k for k, f in enumerate(listed) if k >= 2 and _ends_classes(listed[0], f, text, base)), None)
        ]
        if not 2 <= len(listed) <= COMMA_CLASSES_MOST or not all(_noun_and_class(f, total, text, base) for f in listed):
            continue
        end = phrase_end(listed[-1], text, base)
        if any(f.category or is_change(f, text, base) for f in listed):
            continue
        after = [comma + 1, *(phrase_end(f, text, base) for f in listed[:-1])]
        if any(
            rx.LISTED_NEXT_GAP.fullmatch(text, a, _pos(f, base)[0]) is None for a, f in zip(after, listed, strict=True)
        ):
            continue  # "…, thị trấn Phong Thổ 1.200 đảng viên nam, …": parts labelled by a place, no classes
        if any(in_parens(text, comma, _pos(f, base)[0]) for f in listed):
            continue
        parts = _fitting_prefix(total, listed, text, base)
        if len(parts) != len(listed):
            continue
        if ends_partial(_tail(text, _pos(parts[-1], base)[1], clause_end(text, _pos(parts[-1], base)[1]))):
            continue  # "…, 5 đảng viên dự bị …": some only, said so
        found = _breakdown(total, parts, text, base, end, ",")
        if found is None or found.kind != "total_parts" or found.certainty not in ("exhaustive", "disjoint"):
            continue
        by_unit = partition_of(total.subject, [f.subject for f in parts], "subject") is not None
        if by_unit or (_counts_persons(total) and _by_words(total, parts, text, base) is not None):
            found.certainty = "plausible"
            out.append(found)
    return out


CLASS_WORDS = 3  # words a part may write after its noun: its class ("đảng viên dự bị", "lần đầu đắc cử")
COMMA_CLASSES_MOST = 8  # classes of one partition a list after a comma may name
COMMA_CUE_REACH = 120  # characters before a count read for a cue whose list it is an item of


def _noun_and_class(part: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a part is written with a noun and its class alone (``35 đảng viên chính thức``,
    ``53 chi bộ cơ sở``), no more words than the total's noun and a class, and nothing done
    (``45 học sinh nữ đạt giải``, ``50 chi bộ cơ sở hoàn thành tốt``)."""
    noun = max(len((total.subject_text or "").split()), len((part.subject_text or "").split()))
    words = phrase_after(part, text, base)
    return len(words.split()) <= noun + CLASS_WORDS and rx.DONE_AFTER_CLASS.search(words) is None


def _ends_classes(first: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether a figure after a run of classes is no class of them: a count of another unit, or a
    change (``…, 5 đảng viên dự bị, tăng 35 đảng viên so với năm 2023``), or a count of what was
    done (``…, trong năm kết nạp 2 đảng viên``)."""
    return unit_key(f) != unit_key(first) or is_change(f, text, base) or bool(f.category and not first.category)


def _compared(f: Figure, text: str, base: int) -> bool:
    """Whether a count is the level compared with (``so với năm 2023 là 38 đảng viên``)."""
    start = _pos(f, base)[0]
    return rx.SO_VOI_ANYWHERE.search(text, clause_start(text, start), start) is not None


LABELLED = "the classes of one partition, each named by its label"


def _labelled_classes(
    figs: list[Figure], text: str, base: int, section: list[Figure], listed: set[str]
) -> list[Relation]:
    """``… có 37 đảng viên … // Đảng viên chính thức: 31 đồng chí, đảng viên dự bị: 06 đồng chí``:
    counts that name, each in its label or after its number, every class of one ``by: word``
    partition, in no list already read, the first opening its paragraph with its label, break
    down the latest stock before them of the unit the partition divides, in their paragraph or
    the few before in their section (no change, no action or rating of its own, no part of a
    list); plausibly, since no word ties them to it."""
    counts = [f for f in figs if f.measure == "count" and f.id not in listed and not f.approx]
    out = []
    for p in read_after_numbers():
        named = {
            f.id: p.word_class(_label(f, text, base).strip()) or p.word_class(_after(f, text, base)) for f in counts
        }
        group = [f for f in counts if named[f.id] is not None]
        classes = [named[f.id] for f in group]
        if len(group) < 2 or len(set(classes)) != len(classes) or set(classes) != set(p.classes):
            continue
        first = _pos(group[0], base)[0]
        if not _opens_with_its_label(p, text, first):
            continue  # "Số đảng viên được đánh giá, xếp loại năm 2023: nam 250 …": of a sub-group
        stocks = [
            f
            for f in [*section, *figs]
            if f.span.start < group[0].span.start and f.id not in listed and _stock_of(f, p)
        ]
        if not stocks or (stocks[-1].span.block == group[0].span.block and _pos(stocks[-1], base)[0] > first):
            continue
        members = {"total": stocks[-1].id, "parts": [f.id for f in group]}
        out.append(Relation("total_parts", members, LABELLED, "plausible"))
    return out


LABEL_OPENS = 40  # characters at most of the label that opens a paragraph of classes


def _opens_with_its_label(p: Partition, text: str, first: int) -> bool:
    """Whether the paragraph opens with the first class's label and nothing else before its
    number (``Đảng viên chính thức: 31 đồng chí, …``), so nothing narrows whom it counts."""
    lead = text[:first].strip(" \t-+•*:")
    return len(lead) <= LABEL_OPENS and p.word_class(lead) is not None and not rx.DIGIT.search(lead)


def _stock_of(f: Figure, p: Partition) -> bool:
    """Whether a figure is a stock the partition divides by its unit (not ``any``): a plain count,
    no change, no action or rating."""
    return f.measure == "count" and f.subject in p.totals and f.category is None and not f.approx and f.base is None


def _lead_of(text: str, cue_at: int) -> str | None:
    """The words of a paragraph before its breakdown cue, without the dimension it is broken
    down by (``Các trường đạt chuẩn quốc gia theo địa bàn các huyện, thành phố như sau:``
    → ``Các trường đạt chuẩn quốc gia``); None when they are too long to name only a subject."""
    if cue_at > 2 * SUBJECT_LEAD:
        return None  # no slice of a long text
    lead = rx.BY_DIMENSION.sub("", text[:cue_at]).strip()
    return lead if len(lead) <= SUBJECT_LEAD else None


def _subject_lead(lead: str) -> bool:
    """A paragraph's few words before its breakdown cue that name its subject, nothing else."""
    if len(lead) > SUBJECT_LEAD or rx.DIGIT.search(lead) or rx.SENTENCE_STOP.search(lead):
        return False
    if is_subset_word(lead) or is_subset_word(" ".join(lead.split()[2:])):
        return False  # "Đảng viên dự bị gồm 40 nam, 45 nữ": of the probationary members, unstated
    return not cue("breakdown").search(lead)  # "Trong số hồ sơ … gồm 7.172 …": a total of its own


def _item_own_count(text: str, m: re.Match[str]) -> bool:
    """Whether a ``gồm`` cue follows a list item's capitalised name (``…, Malaysia bao gồm 18
    lao động``): it gives that item's count and breaks nothing down."""
    named = rx.NAMED_ITEM_BEFORE_GOM.search(text, max(0, m.start() - CUE_REACH), m.start())
    return named is not None and m.group().lower().endswith("gồm")


def _names_a_form(text: str, m: re.Match[str]) -> bool:
    """Whether a ``hình thức`` cue names the form a part before it was given (``3 đảng viên …
    bị kỷ luật bằng hình thức cảnh cáo và 1 đảng viên …``): an action right after it with no
    number or colon after that opens no list.  The part stands in the cue's clause: a cue that
    opens its clause (``…, hình thức kỷ luật khiển trách đối với 9 đảng viên``) names the
    form of what follows; nor does one naming an "other" form (``bằng hình thức khác 11 …``)."""
    if "hình thức" not in m.group().lower():
        return False
    if rx.OTHER_FORM.match(text, m.end()):
        return True  # "xử lý bằng hình thức khác 11 công trình": the part's own form, "other"
    clause = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()))
    if not rx.DIGIT.search(text, clause + 1, m.start()):
        return False
    window = text[m.end() : m.end() + CUE_REACH]
    form = next((s for s in vocab_spans(window) if s.label == "ACTION"), None)
    if form is None or window[: form.start].strip():
        return False
    return rx.FORM_COUNTED.match(window, form.end) is None


def _names_its_total(m: re.Match[str]) -> bool:
    """A ``trong (tổng) số …`` cue: the words after it name what the total counts (not ``trong
    số đó``, ``trong số này``, which point back)."""
    words = m.group().lower().replace(" ", "")
    return words.startswith(("trongsố", "trongtổngsố")) and not words.endswith(("đó", "này"))


def _named_totals(before: list[Figure], named: str) -> list[Figure]:
    """The totals a list after ``Trong số đảng viên mới kết nạp: …`` can break down: those of the
    named unit (or a unit it is a kind of), and of those, the ones of the named action when it
    names one (the 1.932 admitted, not the 33.503 members after it; none when no count of that
    action is stated); none when no total counts the named unit.  Words that name no unit of
    the vocabulary name the total by its noun as written, or none."""
    spans = vocab_spans(named)
    unit = next((v.key for v in spans if v.label == "UNIT"), None)
    if unit is None:  # "Trong số trí thức có 136 …": a noun of no unit is the total's own, or no total's
        words = named.lower()
        noun = rx.DETERMINER_LEAD.sub("", words).split()[:1]  # "Các trường đạt chuẩn …" → "trường"
        counted = [
            t
            for t in before
            if t.subject_text and (t.subject_text.lower() in words or ([_head(t)] == noun and _qualified(t, words)))
        ]
        return counted or [t for t in before if t.measure == "money" and _amount_named(t, words)]
    vocab = load_vocabulary()
    entry = vocab.entry("UNIT", unit)
    kinds = {unit, *(entry.kind_of if entry is not None else ())}
    counted = [t for t in before if t.subject == unit] or [t for t in before if t.subject in kinds]
    if len(counted) > 1:  # "Cơ cấu ứng cử viên HĐND xã gồm: …" of the 588 for the xã, not the 51 for the huyện
        named_unit = next(v for v in spans if v.label == "UNIT")
        qualifier = rx.WORD_RE.findall(named[named_unit.end :].lower())[:QUALIFIER_WORDS]
        counted = [t for t in counted if qualifier and _writes(t, qualifier)] or counted
    actions = {f"action.{v.key}" for v in spans if v.label == "ACTION"}
    acted = [t for t in counted if t.category in actions]
    # an action named and no total of it: the stock is no total of those acted on ("Đảng bộ có
    # 412 đảng viên. Trong số đảng viên mới kết nạp: nam 5, nữ 3": of the admitted, not stated)
    return acted if actions else counted


QUALIFIER_WORDS = 2  # words after a named total's noun that the total's sentence must write too


def _qualified(t: Figure, named: str) -> bool:
    """Whether a total matched by its noun's head also has the qualifier the name gives it
    (``Các trường đạt chuẩn quốc gia`` of ``157 trường học các cấp đạt chuẩn quốc gia``, not of
    ``450 trường học các cấp``)."""
    words = rx.WORD_RE.findall(rx.DETERMINER_LEAD.sub("", named))[1 : 1 + QUALIFIER_WORDS]
    return not words or _writes(t, words)


def _writes(t: Figure, words: list[str]) -> bool:
    """Whether a figure's sentence writes these words in a row (lower case)."""
    return " ".join(words) in " ".join(rx.WORD_RE.findall((t.sentence or "").lower()))


def _amount_named(t: Figure, named: str) -> bool:
    """Whether an amount's clause names it as ``named`` does before its number (``vốn đầu tư
    thực hiện thuộc nguồn vốn ngân sách … là 207,695 tỷ đồng`` for ``Trong tổng số nguồn vốn
    ngân sách …:``): the whole name, up to its first comma or colon."""
    name = " ".join(rx.WORD_RE.findall(rx.NAME_END.split(named, maxsplit=1)[0]))
    sentence = (t.sentence or "").lower()
    at = sentence.find(t.raw)
    if len(name.split()) < 3 or at < 0:
        return False
    clause = sentence[sentence.rfind(";", 0, at) + 1 : at]
    return name in " ".join(rx.WORD_RE.findall(clause))


def _opens_own_total(text: str, m: re.Match[str]) -> bool:
    """Whether a ``trong (tổng) số`` cue is followed by its own total: a number right after it,
    or a named total counted after ``gồm``/``là``."""
    if not _names_its_total(m):
        return False
    rest = text[m.end() : m.end() + rx.WITHIN_NAMED_REACH]
    if rx.DIGIT.match(rest.lstrip()):
        return True
    stop = rx.DIGIT.search(rest)
    return stop is not None and bool(rx.WITHIN_NAMED.search(text, m.start(), m.end() + stop.start()))


BODY_REACH = 40  # characters before "gồm" where the body it lists the members of is named


def _body_composed(before: list[Figure], text: str, base: int, pos: int) -> list[Figure]:
    """The totals ``gồm`` at ``pos`` can break down when a body is named right before it (``bầu
    Ban Thường vụ gồm 09 ủy viên``, ``bầu ra Ban Chấp hành gồm 07 đồng chí``): the body's own
    members follow, so a count written before the body's name (``… 01 ủy viên dự khuyết;``,
    ``3 kỳ Đại hội``) is no total of them; a count of that very body (``có 15 Ban Chấp hành
    …``) still is."""
    named = list(rx.COMPOSED_BODY.finditer(text, max(0, pos - BODY_REACH), pos))
    body = named[-1] if named else None
    if body is None or rx.CLAUSE_SEPARATOR.search(text, body.end(), pos):
        return before
    if not (
        rx.BODY_FORMED.search(text, max(0, body.start() - CUE_REACH), body.start()) or _opens_clause(text, body.start())
    ):
        return before  # "45 đơn thư gửi đến Ban Kiểm tra gồm …": the letters' body, not one formed
    kept = []
    for t in before:
        end = _pos(t, base)[1]
        if end > body.start() or not text[end : body.start()].strip():
            kept.append(t)  # after the body's name, or counting that very body
    return kept


def _opens_clause(text: str, pos: int) -> bool:
    """Whether only spaces, bullets or a clause break stand before ``pos`` in its clause."""
    return not text[clause_start(text, pos) : pos].strip(" \t-–•+*:;,.")


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """Whether a cue at ``pos`` opens its sentence (from ``start``): nothing before it, or only
    words that name the list itself (``Mức cấp cụ thể như sau: …``, ``Kết quả cụ thể: …``)."""
    lead = text[start:pos].strip(" ,:(")
    return not lead or _names_the_list(lead)


def _names_the_list(lead: str) -> bool:
    """Whether words before a cue name the list itself (``Mức cấp``, ``Kết quả``), not its subject."""
    return rx.DETAIL_LEAD.fullmatch(lead) is not None or rx.OUTCOME_LEAD.fullmatch(lead) is not None


def _in_reach(before: list[Figure], text: str, base: int, pos: int) -> list[Figure]:
    """The totals a cue at ``pos`` can break down: those of its sentence, or of the sentence
    before when the cue opens one; not those before a semicolon that opens a new item with a
    capital and a numbered name (``… 05 đại biểu; Đơn vị bầu cử số 2 gồm: …``), which breaks
    down the item."""
    start = own = full_sentence(text, pos)[0]
    if _opens_sentence(text, start, pos) and start > 1:
        start = full_sentence(text, start - 2)[0]
    for item in rx.SEMICOLON_LETTER.finditer(text, own, pos):
        # "… 05 đại biểu; Đơn vị bầu cử số 2 gồm: …": a new item, a named unit's own list
        if text[item.end()].isupper() and rx.NAME_NUMBER_RE.search(text, item.end(), pos):
            start = item.end()
    return [f for f in before if _pos(f, base)[0] >= start]


def _lists_of(
    before: list[Figure], listed: list[Figure], text: str, base: int, across: bool = False, named: bool = False
) -> list[tuple[Figure, list[Figure]]]:
    """(total, parts) for the figures listed after a cue: each total of a pair with the
    listed figures of its unit, else the latest total the first listed figure can be part of —
    preferring one the parts are kinds of, then one of the first part's own unit.
    ``across``: the totals are the paragraph before's; the last of them breaks the list down,
    unless an earlier one is what the parts are kinds of (``thi hành kỷ luật 62 đảng viên,
    trong đó 13 cấp ủy viên.`` / ``Hình thức kỷ luật: khiển trách 28, …``), and a rated
    figure there (``5 chi bộ hoàn thành xuất sắc nhiệm vụ``) is no total."""
    columns = _slash_columns(before, listed, text, base)
    if len(columns) > 2:
        return columns
    by_action = _action_columns(before, listed, text, base)
    if by_action:
        return by_action
    pair = _coordinated(before, text, base)
    by_unit = pair is not None and unit_key(pair[0]) != unit_key(pair[1])
    if columns and not (by_unit and {unit_key(f) for f in listed} >= {unit_key(f) for f in pair or []}):
        return columns  # "137 HS/05 lớp", "125 HS/ 59 nư": by place, whatever the words
    if pair is not None and by_unit and {unit_key(f) for f in listed} >= {unit_key(f) for f in pair}:
        units = {unit_key(f) for f in pair}
        # the list of the pair's units ends at a figure of neither ("…; ban hành 132.319 quyết định … 3.694 tỷ đồng");
        # also across a sentence ("25 cuộc thanh tra đối với 140 đơn vị. Trong đó, … 1 cuộc với 4 đơn vị, …")
        run = next((i for i, f in enumerate(listed) if unit_key(f) not in units), len(listed))
        return [
            (total, _fitting_prefix(total, [f for f in listed[:run] if unit_key(f) == unit_key(total)], text, base))
            for total in pair
        ]
    if across:
        # the paragraph's last figure that is not rated; one of a category (acted on) is the total
        # only when the list names what it counts ("kết nạp 200 đảng viên mới." / "Trong số các
        # đảng viên mới có …"), else no total is read (not an older one instead)
        last, parts = _across_total(before, listed, text, base, named)
        if last is not None and not _adds_up(parts, last):
            # "… tiếp nhận 56.039 hồ sơ, đã giải quyết 55.120 hồ sơ. // Trong đó, có 12.516 …; 43.523 …":
            # an earlier total of the paragraph that the parts make exactly is the one broken down
            exact = next((tp for tp in _summed_totals(before, listed, text, base) if tp[0] is not last), None)
            if exact is not None:
                last, parts = exact
        return _kind_total(before, listed, text, base) or ([(last, parts)] if last is not None and parts else [])
    clauses = _clauses(listed, text, base)
    # "274 đơn khiếu nại và 105 đơn tố cáo; trong đó có …; có …", "3 tổ chức đảng và 25 đảng
    # viên; trong đó: khiển trách 2, …; khiển trách 15, …": one clause each (a unit with its
    # own, "50 TCCS Đảng với 5.645 đảng viên", is broken down unit by unit or not at all)
    # (not when a clause counts the other total's unit: "37.566 hộ, tổng kinh phí 15,406 tỷ đồng.
    # Trong đó, … 12,899 tỷ đồng; tiền mặt 2,507 tỷ đồng" is money only)
    by_clause = pair is None or not any(
        unit_key(group[0]) == unit_key(other) != unit_key(total)
        for total, other, group in zip(pair, pair[::-1], clauses, strict=False)
    )
    if pair is not None and not (by_unit and _joined_by_with(pair, text, base)) and len(clauses) == 2 and by_clause:
        return [(total, _fitting_prefix(total, group, text, base)) for total, group in zip(pair, clauses, strict=True)]
    fits = []
    if _after_classes(before, listed, text, base):
        return []  # "khiển trách 212 …, cảnh cáo 53 …, khai trừ 38 …. Trong số đó, 23 …": of them all
    # "có mặt 29 đảng viên trên tổng số 30 đảng viên được triệu tập. Trong đó …": the count out of
    # the total is what the list breaks down, as the count of a ratio is (29/30 … trong đó …)
    # (unless the list makes the total exactly: "285 đại biểu trên tổng số 300 …; trong đó …
    # 45 …, … 255 …" is of the 300)
    out_of = _out_of_wholes(before, text, base)
    wholes = {w.id for w in before if w.id in out_of and not _adds_up(_fitting_prefix(w, listed, text, base), w)}
    for total in reversed([t for t in before[-TOTALS_TRIED:] if t.id not in wholes]):
        parts = _fitting_prefix(total, listed, text, base)
        if parts:
            fits.append((total, parts))
        elif not fits and listed and _rival(total, listed[0]):
            break  # "kết nạp 350 đảng viên mới; trong đó 210 đảng viên nam": the latest of the kind, unfit: abstain
    kinds = [(total, parts) for total, parts in fits if _kind_of(parts, total)]
    # "kỷ luật 17 đảng viên, trong đó có 5 cấp ủy viên, hình thức kỷ luật khiển trách 9 đảng viên"
    for total, parts in kinds:
        if unit_key(total) == unit_key(parts[0]):
            return [(total, parts)]
    if kinds:  # "kỷ luật 62 đảng viên … Hình thức kỷ luật: khiển trách 28 …"
        return kinds[:1]
    # "… 245.178 học sinh … với 7.975 nhóm lớp. Trong đó, … 1.315 học sinh"; "47 hội thành viên, … với hơn
    # 30.000 hội viên …. Trong đó, có 24 hội …": the total the parts' own noun names, over the latest
    # (a part with no noun written, "hoàn thành xuất sắc nhiệm vụ 302", names none to match)
    written = bool(fits) and bool((fits[0][1][0].subject_text or "").strip())
    if fits and written and (fits[0][0].subject == "other" or fits[0][1][0].subject == "other"):
        for total, parts in fits:
            if _counts_alike(total, parts[0]):
                return [(total, parts)]
    return fits[:1]


def _across_total(
    before: list[Figure], listed: list[Figure], text: str, base: int, named: bool
) -> tuple[Figure | None, list[Figure]]:
    """The paragraph before's latest unrated total and the listed figures that fit it; a total
    of another kind of thing the list cannot break down (``155 đảng viên … của 13/15 đảng bộ
    trực thuộc`` before a list of members) is passed over, one of the list's kind that does
    not fit ends the search (no older total is read instead)."""
    by_noun = False  # a total of another noun was passed over: only one of the parts' noun now
    for t in reversed(before[-TOTALS_TRIED:]):
        if (t.category or "").startswith("rating."):
            continue
        if listed and t.subject == listed[0].subject == "other" and _head(t) and _head(listed[0]) != _head(t):
            by_noun = True
            continue  # "7 xã đạt đủ 19 tiêu chí. // Trong đó, có 3 xã …": things of another noun
        if by_noun and (t.subject != "other" or _head(t) != _head(listed[0])):
            continue  # "… 6 vụ việc KN, 14 vụ TC …. // Qua giải quyết, … 69 cá nhân": only one of its noun
        if not _plain_total(t, named) and not (listed and listed[0].category == t.category):
            # "Có 269.790 người tham gia bảo hiểm xã hội. // Trong đó có 234.293 người tham gia …":
            # a first part of the total's own action names what it counts
            return None, []
        parts = _fitting_prefix(t, listed, text, base)
        if parts or not listed or _rival(t, listed[0]):
            return t, parts
        if "other" in (t.subject, listed[0].subject) and t.measure == listed[0].measure:
            return t, parts  # of unknown kinds, of one measure: no older total is read instead
        # "300,134 tỷ đồng, đạt 91,47% dự toán. // Trong đó thu nội địa 169,233 tỷ đồng": a share
        # of the plan is no total of amounts; the amount before it is
    return None, []


def _summed_totals(
    before: list[Figure], listed: list[Figure], text: str, base: int
) -> list[tuple[Figure, list[Figure]]]:
    """The paragraph's unrated counts, latest first, with their fitting parts, that those parts
    add up to."""
    out = []
    for t in reversed(before[-TOTALS_TRIED:]):
        if (t.category or "").startswith("rating.") or t.measure != "count":
            continue
        parts = _fitting_prefix(t, listed, text, base)
        if len(parts) >= 2 and _adds_up(parts, t):
            out.append((t, parts))
    return out


def _plain_total(t: Figure, named: bool) -> bool:
    return t.category is None or (named and not t.category.startswith("rating."))


def _after_classes(before: list[Figure], listed: list[Figure], text: str, base: int) -> bool:
    """Whether the last total ends a list of classes of one partition, in one clause and of one
    unit (``khiển trách 212 đảng viên, cảnh cáo 53 …, khai trừ 38 …``): a list after it that is
    not itself by class breaks down their unstated sum, not it."""
    if len(before) < 2:
        return False
    prev, total = before[-2], before[-1]
    category = total.category
    if not category or unit_key(prev) != unit_key(total) or ";" in text[_pos(prev, base)[1] : _pos(total, base)[0]]:
        return False
    if not prev.category or not exclusive_classes(prev.category, category):
        return False
    by_class = any(f.category and _category_relation(f.category, category) for f in listed)
    return not by_class  # "(trong đó, UBKT … cảnh cáo 1, khai trừ 4)": class by class


def _category_relation(a: str, b: str) -> bool:
    """Whether two categories are one class or two of one partition."""
    return a == b or exclusive_classes(a, b)


def _rival(total: Figure, part: Figure) -> bool:
    """Whether a total the list does not fit still counts the part's kind of thing (persons
    of persons, organisations of organisations): then no earlier total is read instead."""
    if total.measure != part.measure or "other" in (total.subject, part.subject) or _broader(part, total):
        return False  # "5 cấp ủy viên" is no rival of "9 đảng viên": a narrower kind
    vocab = load_vocabulary()
    return vocab.family(total.subject) == vocab.family(part.subject)


def _kind_total(totals: list[Figure], listed: list[Figure], text: str, base: int) -> list[tuple[Figure, list[Figure]]]:
    """The latest figure of the paragraph, not itself a listed part, whose category the listed
    figures are kinds of (the forms of discipline of the members disciplined, the rating
    classes of the organisations rated), however many sentences back."""
    for total in reversed(totals[-TOTALS_TRIED:]):
        if not total.category:
            continue
        parts = _fitting_prefix(total, listed, text, base)
        if parts and _kind_of(parts, total):
            return [(total, parts)]
    return []


def _kind_of(parts: list[Figure], total: Figure) -> bool:
    """Whether the parts are all subclasses of the total's category (``action.ky_luat.khien_trach``
    … of ``action.ky_luat``): the total a list of discipline forms or ratings breaks down."""
    prefix = f"{total.category}." if total.category else None
    return prefix is not None and all((f.category or "").startswith(prefix) for f in parts)


def _slash_columns(
    before: list[Figure], listed: list[Figure], text: str, base: int
) -> list[tuple[Figure, list[Figure]]]:
    """A total written as a row over slashes (``513 HS/ 227 nữ/ 11 lớp``, ``19 vụ/48 bị can``)
    broken down by rows of as many figures (``Khối lớp 1: 97 HS/ 41 nữ/ 2 lớp; …``): one list
    per column, each figure by its place in its row, up to the first figure in no such row.
    Two rows at least; each column then ends where it fits its total."""
    head: list[Figure] = []
    for f in reversed(before):  # (read in the totals' own block: they may be the paragraph before's)
        own, at = own_text(f, text, base)
        if head and not (
            same_block([f, head[0]]) and rx.NOUN_SLASH_GAP.fullmatch(own, _pos(f, at)[1], _pos(head[0], at)[0])
        ):
            break
        head.insert(0, f)
    if len(head) < 2 or len({f.measure for f in head}) > 1:
        return []
    rows: list[list[Figure]] = []
    at = 0  # where the next row starts in the list
    while at < len(listed):
        row = _slash_row(listed, at, text, base)
        if len(row) != len(head) or row[0].measure != head[0].measure:
            break
        rows.append(row)
        at += len(row)
    if len(rows) < 2:
        return []
    return [(total, _fitting_prefix(total, [row[c] for row in rows], text, base)) for c, total in enumerate(head)]


def _action_columns(
    before: list[Figure], listed: list[Figure], text: str, base: int
) -> list[tuple[Figure, list[Figure]]]:
    """Two totals of one unit done two ways (``kiểm tra 120 tổ chức đảng, giám sát 95 tổ chức
    đảng``) or at two stages of a flow (``thụ lý 4.134 vụ việc, giải quyết 4.071 vụ việc``)
    broken down by items that each state both (``cấp huyện kiểm tra 40 …, giám sát 30 …; cấp
    cơ sở kiểm tra 80 …, giám sát 65 …``): one list per action, each figure by its action.  Two
    items at least, every one of both actions in the totals' order, each named before its
    first action (``kiểm tra 80 …, giám sát 60 … là chi bộ trực thuộc; kiểm tra 70 …`` are
    kinds that may overlap, not items)."""
    if len(before) < 2 or len(listed) < 4:
        return []
    a, b = before[-2], before[-1]
    if a.measure != b.measure or unit_key(a) != unit_key(b):
        return []
    key = _column_keys([a, b, *listed], text, base)
    first, second = key.get(a.id), key.get(b.id)
    if first is None or second is None or first == second:
        return []
    actions = [first, second]
    run = 0
    while run + 1 < len(listed) and [key.get(listed[run].id), key.get(listed[run + 1].id)] == actions:
        run += 2
    if run < 4 or not all(_labelled_action(listed[i], first, text, base) for i in range(0, run, 2)):
        return []
    return [
        (total, _fitting_prefix(total, [f for f in listed[:run] if key.get(f.id) == key[total.id]], text, base))
        for total in (a, b)
    ]


def _column_keys(figs: list[Figure], text: str, base: int) -> dict[str, str | tuple[str, int]]:
    """What each figure was done (its action, ``action.kiem_tra``) or the flow stage it is at
    (``("handling", 0)`` for ``thụ lý 4.134 vụ việc``), when it has one; stages only among
    figures of one block."""
    keys: dict[str, str | tuple[str, int]] = {}
    if same_block(figs):
        keys.update(stage_keys(figs, *own_text(figs[0], text, base)))
    keys.update({f.id: f.category for f in figs if f.category and f.category.startswith("action.")})
    return keys


def _labelled_action(f: Figure, key: str | tuple[str, int], text: str, base: int) -> bool:
    """Whether words stand before the action or stage word of a figure's clause (``cấp huyện
    kiểm tra 40``, ``cấp sơ thẩm thụ lý 4.121``), naming the item; not the action alone (``trong
    đó kiểm tra 80``)."""
    label = _label(f, text, base)
    if isinstance(key, tuple):
        flow = next(flow for flow in load_flows() if flow.key == key[0])
        word = next(reversed(list(flow.pattern.finditer(label))), None)
        return word is not None and any(ch.isalpha() for ch in label[: word.start()])
    action = next((s for s in reversed(vocab_spans(label)) if s.key == key.removeprefix("action.")), None)
    return action is not None and any(ch.isalpha() for ch in label[: action.start])


def _coordinated(before: list[Figure], text: str, base: int) -> list[Figure] | None:
    """The last two totals before a cue when they are one pair of two units or kinds: ``761
    tổ chức đảng và 1.947 đảng viên``, ``19 vụ/48 bị can``, ``274 đơn khiếu nại và 105 đơn
    tố cáo``."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    measures = {a.measure, b.measure}
    if (len(measures) > 1 and measures != {"money", "count"}) or (unit_key(a), a.category) == (unit_key(b), b.category):
        return None  # "179.034 tỷ đồng, 9.258 ha đất": an amount and an area are a pair too
    own, at = own_text(a, text, base)  # (the totals may be the paragraph before's)
    if not same_block([a, b]) or not rx.PAIR_JOIN.fullmatch(own, _pos(a, at)[1], _pos(b, at)[0]):
        return None
    return [a, b]


def _joined_by_with(pair: list[Figure], text: str, base: int) -> bool:
    return "với" in text[_pos(pair[0], base)[1] : _pos(pair[1], base)[0]].lower().split()


def _clauses(listed: list[Figure], text: str, base: int) -> list[list[Figure]]:
    """The listed figures in groups, one per clause (split at semicolons)."""
    groups: list[list[Figure]] = []
    for i, f in enumerate(listed):
        if i == 0 or ";" in text[_pos(listed[i - 1], base)[1] : _pos(f, base)[0]]:
            groups.append([])
        groups[-1].append(f)
    return groups


def _nested(total: Figure, parts: list[Figure], text: str, base: int) -> list[tuple[Figure, list[Figure]]]:
    """(total, parts) lists of a breakdown: a first part that opens its own breakdown
    (``trong đó có 5.591 đơn đủ điều kiện xử lý với 651 đơn khiếu nại, 281 đơn tố cáo và
    4.659 đơn kiến nghị``) is a subset of the total and the total of the rest; a list that
    breaks its total down twice is split (:func:`_repeated`), one of groups each opened by its
    own total and a colon by its groups (:func:`_colon_groups`)."""
    groups = _colon_groups(total, parts, text, base)
    if groups is not None:
        return groups
    gap = text[_pos(parts[0], base)[1] : _pos(parts[1], base)[0]] if len(parts) >= 3 else ""
    nested = cue("nested").search(gap) if gap and not rx.DIGIT.search(gap) and ";" not in gap else None
    # not "huyện A với 420 hộ, huyện B với 380 hộ" (the cue opens the next item, after a comma) nor
    # "86 hộ nghèo với 312 nhân khẩu, 104 hộ …" (what each item holds, the units alternating)
    # (nor "640 hộ nghèo với 900 hộ cận nghèo và 280 hộ …": "với" joins parts the first cannot hold)
    if (
        nested
        and "," not in gap[: nested.start()]
        and all(_counts_alike(parts[1], p) for p in parts[2:])
        and _summed_in(parts[1:], parts[0]) <= parts[0].value + _near(parts[0])
    ):
        return [(total, parts[:1]), (parts[0], parts[1:])]
    if gap and _rates_the_first(total, parts, text, base):
        return [(total, parts[:1]), (parts[0], parts[1:])]
    return [(total, group) for group in _repeated(total, parts, text, base)]


COLON_GROUP_FAR = 2.0  # a group's items adding up to more than this many times its total are not its own


def _colon_groups(total: Figure, parts: list[Figure], text: str, base: int) -> list[tuple[Figure, list[Figure]]] | None:
    """``Nhân viên: 09 (biên chế 2: 01 Y tế; 01 kế toán; hợp đồng 7: 02 bảo vệ; 05 cấp dưỡng)``:
    a list whose first part, and maybe others, each end with their noun and a colon opens
    groups: the total is broken down by the groups' own totals (2 + 7), each of them by the
    items after its colon (1 + 1, 2 + 5).  A group whose items are set apart by commas ends at a
    semicolon, and a part after it with no colon is a group of its own with no items (``biên chế
    9: 3 kế toán, 6 văn thư; 1 hợp đồng``: 9 + 1).  None unless the list opens with such a group,
    each group opened by a colon holds an item, and no group's items come to many times its own
    total."""
    opening = {
        p.id
        for p, after in itertools.pairwise(parts)
        if rx.NOUN_THEN_COLON.fullmatch(text, _pos(p, base)[1], _pos(after, base)[0]) is not None
    }
    if not opening or parts[0].id not in opening:
        return None
    groups: list[tuple[Figure, list[Figure]]] = []
    by_commas = False  # the current group's items are set apart by commas
    for prev, p in zip([None, *parts], parts, strict=False):
        gap = text[_pos(prev, base)[1] : _pos(p, base)[0]] if prev is not None else ""
        if p.id in opening or (by_commas and ";" in gap):
            groups.append((p, []))
            by_commas = False
            continue
        if groups[-1][1]:
            by_commas = ";" not in gap
        groups[-1][1].append(p)
    if any(
        (head.id in opening and not items) or _summed_in(items, head) > COLON_GROUP_FAR * head.value
        for head, items in groups
    ):
        return None  # items many times their group's total: no groups of it (an item one off is a mismatch)
    return [(total, [head for head, _ in groups]), *[(head, items) for head, items in groups if items]]


def _kind_then_ratings(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """``có 18 chi bộ, trong đó 10 chi bộ thôn; 12 chi bộ hoàn thành tốt nhiệm vụ, 5 …``: an
    unrated first part whose noun narrows the total's (or whose unit is a kind of the total's),
    then ratings that do not repeat that noun (past a semicolon or a comma): the first part is a
    kind within the total, the ratings rate the total (some of it, as after an attribute:
    :func:`_after_aside`)."""
    first, rest = parts[0], parts[1:]
    if first.category or len(rest) < 2 or not all((f.category or "").startswith("rating.") for f in rest):
        return False
    # "25 tổ chức cơ sở đảng, trong đó 15 đảng bộ xã; 5 tổ chức cơ sở đảng hoàn thành …": a kind by its unit
    of_total = all(f.subject == total.subject for f in rest) and first.subject not in (total.subject, "other")
    if of_total and load_vocabulary().can_be_part_of(first.subject, total.subject):
        return True
    noun = _narrower_noun(total, first, text, base)
    return bool(noun) and not any(_repeats(f, noun, text, base) for f in rest)


def _rates_the_first(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """``có 18 chi bộ, trong đó 10 chi bộ thôn; 6 chi bộ thôn hoàn thành tốt nhiệm vụ, 4 chi bộ
    thôn …``: an unrated first part whose noun narrows the total's, then, past a semicolon or a
    colon, ratings that repeat that noun: the ratings are of the first part, not of the total."""
    first, rest = parts[0], parts[1:]
    if first.category or not all((f.category or "").startswith("rating.") for f in rest):
        return False
    if not any(c in text[_pos(first, base)[1] : _pos(rest[0], base)[0]] for c in ";:"):
        return False
    noun = _narrower_noun(total, first, text, base)
    return bool(noun) and all(_repeats(f, noun, text, base) for f in rest)


def _narrower_noun(total: Figure, first: Figure, text: str, base: int) -> str:
    """The noun a first part is written with when it narrows its total's (``chi bộ thôn`` of
    ``chi bộ``), lower case; empty when it does not."""
    own = _noun(total, text, base)
    noun = rx.NOUN_PHRASE_END.split(_after(first, text, base))[0].strip().lower()
    return noun if own and noun.startswith(own + " ") else ""


def _repeats(f: Figure, noun: str, text: str, base: int) -> bool:
    """Whether a part is written with ``noun`` after its number (``6 chi bộ thôn hoàn thành …``)."""
    return _after(f, text, base).strip().lower().startswith(noun + " ")


def _repeated(total: Figure, parts: list[Figure], text: str, base: int) -> list[list[Figure]]:
    """A list that breaks its total down twice, clause after clause (``kỳ trước chuyển sang 9
    bị can, khởi tố mới 10 bị can; kết thúc điều tra 13 bị can, đang điều tra 6 bị can`` of
    19 bị can): split where a clause's parts add up to the total and the rest do too.
    Otherwise the one list, whose sum the checker tests."""
    for k in range(2, len(parts) - 1):
        between = text[_pos(parts[k - 1], base)[1] : _pos(parts[k], base)[0]]
        if ";" not in between:
            continue
        first, rest = parts[:k], parts[k:]
        if _adds_up(first, total) and _adds_up(rest, total):
            return [first, rest]
    return [parts]


def _list_relations(
    total: Figure, parts: list[Figure], text: str, base: int, end: int, evidence: str
) -> list[Relation]:
    """What a list of parts states about its total (:func:`_breakdown`); one part alone is a
    subset.  A list that mixes classes with overlapping attributes (``31 đồng chí tái cử; 17
    đồng chí lần đầu đắc cử; 6 đồng chí là nữ`` of 48 Bí thư) is a breakdown by its classes
    and a subset by its attributes; when the attributes are most of the list and no partition
    names the rest, all its parts are subsets."""
    if parts and all(_amount(f, total) > total.value * SUBSET_SANITY for f in parts):
        return []  # "1 trung tâm …, gồm 1.417 lớp học, với trên 44.000 học sinh": what the units hold
    parts = _without_held(total, parts, text, base)
    if not parts:
        return []  # "23 xã, gồm 180 thôn", "10.719 hộ, gồm 15.669 món": what the whole holds (patterns/unit_pairs.yaml)
    if posts_held(total, parts, text, base):  # "kỷ luật 12 đảng viên, trong đó 2 bí thư chi bộ, 1 phó bí thư"
        return [Relation("subset_of", {"total": total.id, "parts": [f.id for f in parts]}, evidence)]
    if _by_one_body(total, parts, text, base):
        # in a bracket after the total's own list, a subset; after the cue, some of its classes
        bracketed = _in_bracket_after_list(total, parts, text, base)
        kind, certainty = ("subset_of", "explicit") if bracketed else ("total_parts", "open")
        return [Relation(kind, {"total": total.id, "parts": [f.id for f in parts]}, evidence, certainty)]
    side_by_side = _partitions_side_by_side(total, parts, text, base, end, evidence)
    if side_by_side is not None:
        return side_by_side
    attributes = _attributes(parts, text, base, total)
    attributes += _class_mates(attributes, parts, text, base)
    if not attributes:
        attributes = _aside_before_classes(total, parts, text, base)
    if (
        not attributes
        and len(parts) >= 3
        and not _adds_up(parts, total)
        and _kind_then_ratings(total, parts, text, base)
    ):
        # a kind within the total, as an attribute is; not when the kind and the ratings make the
        # total ("152 đảng viên, trong đó 28 … được miễn sinh hoạt; 100 …, 22 …, 2 …": the rest rated)
        attributes = parts[:1]
    posts = attributes and all(rx.POST_AFTER.search(" " + _label(f, text, base)) for f in attributes)
    if posts and len(parts) >= 3 and _adds_up(parts, total) and not _adds_up(parts[: len(parts) - 1], total):
        # "tổng cộng 468 người cụ thể như sau: làm bí thư chi bộ 38 người, phó bí thư 20 người, trưởng
        # ấp 27 người, …": posts that make the total exactly with the rest are its kinds (not an
        # attribute that happens to fill the gap: "… công chức 9 người, nữ 2 người")
        attributes = []
    classes = [f for f in parts if f not in attributes]
    if attributes and len(classes) >= 2:
        found = _breakdown(total, classes, text, base, end, evidence)
        if found is not None and found.certainty == "plausible" and 2 * len(attributes) > len(parts):
            # mostly overlapping attributes, and no partition names the rest: they are more
            # attributes ("nữ …, dân tộc thiểu số …, dưới 40 tuổi có 327 người, ngoài đảng …,
            # tái cử 238 người"), not a breakdown
            found, attributes = None, parts
        if (
            found is not None
            and found.certainty in ("exhaustive", "disjoint")
            and _after_aside(attributes, classes, text, base)
        ):
            # "có 245 đảng viên, trong đó 15 đảng viên dự bị; 40 … HTXSNV, …": the classes come in a
            # clause of their own after the attribute the cue named; they may rate only some of
            # the total (members exempt, newly admitted): disjoint, a sum below it a warning, one
            # above it an error (no more can be rated than there are)
            found.certainty = "disjoint"
        members = {"total": total.id, "parts": [f.id for f in attributes]}
        return [*([found] if found else []), Relation("subset_of", members, evidence)]
    if len(parts) >= 2:
        found = _breakdown(total, parts, text, base, end, evidence)
        return [found] if found else []
    if len(parts) == 1 and _amount(parts[0], total) <= total.value * SUBSET_SANITY:
        return [Relation("subset_of", {"total": total.id, "parts": [parts[0].id]}, evidence, "plausible")]
    return []


def _aside_before_classes(total: Figure, parts: list[Figure], text: str, base: int) -> list[Figure]:
    """The parts of no class, counted in a unit of their own, in a clause of their own before two
    or more classes of one partition of the total (``kỷ luật 9 đảng viên, trong đó 5 cấp ủy viên;
    khiển trách 6, cảnh cáo 3``): a group among the total (those on a committee), not a class
    beside the forms."""
    classed = [f for f in parts if f.category]
    plain = [f for f in parts if not f.category]
    if len(classed) < 2 or not plain or _pos(plain[-1], base)[1] > _pos(classed[0], base)[0]:
        return []
    if any(f.subject in ("other", total.subject) for f in plain):
        return []  # "có 30 đơn vị xếp hạng Tốt …; 13 … Khá": a class the vocabulary does not hold, of the total's unit
    if ";" not in text[_pos(plain[-1], base)[1] : _pos(classed[0], base)[0]]:
        return []
    categories = tuple(str(f.category) for f in classed)
    if partition_of(total.subject, categories, "category", figures_year(classed)) is None:
        return []
    return plain


def _without_held(total: Figure, parts: list[Figure], text: str, base: int) -> list[Figure]:
    """The parts without those that count what the total or the part before holds
    (``patterns/unit_pairs.yaml``): what the whole holds in another noun (``245 hộ nghèo, trong đó
    160 hộ … với 712 nhân khẩu``), and what the part before holds, right after its ``với`` (``120
    học sinh …, trong đó có 95 học sinh của Trường … với 40 giải Nhất``: :func:`_held_with`).  A
    part counted twice with the one before (``120 hộ = 540 khẩu``) is left to the twin counts'
    reader."""
    kept: list[Figure] = []
    for f in parts:
        twin = bool(kept) and counted_twice(kept[-1], f, text, base)  # left to the twin counts' reader
        if not twin and holds(total.subject_text or "", f.subject_text or ""):
            continue
        if not twin and kept and _held_with(total, kept[-1], f, text, base):
            continue
        kept.append(f)
    return kept


def _held_with(total: Figure, before: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether ``f`` follows ``before``, ``với`` right before its number, ``before`` counting what
    the total counts and ``f`` what such a thing holds (``patterns/unit_pairs.yaml``, the pairs
    marked ``after_with``: ``95 học sinh … với 40 giải Nhất``); not a second kind of the total (``60
    công trình giao thông với 20 trường học``)."""
    gap = text[_pos(before, base)[1] : _pos(f, base)[0]]
    if gap.lower().split()[-1:] != ["với"] or rx.DIGIT.search(gap) or any(c in gap for c in ";()"):
        return False
    if unit_key(before) != unit_key(total) and not _same_noun(before, total):
        return False  # "64 cơ sở y tế, gồm 12 bệnh viện với 52 trạm y tế xã": kinds of the total, both
    return holds(before.subject_text or "", f.subject_text or "", after_with=True)


BARE_CLASS_WORDS = 3  # words of a part's label that name its class alone ("cách chức", "khai trừ khỏi Đảng")


def _by_one_body(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Whether a list of classes opens with the one body that acted (``8 trường hợp bị kỷ luật
    …, khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, UBKT Đảng ủy Khối cảnh cáo 1, khai trừ
    4)``): what that body did, some of the total only.  Not a list by body, each part naming
    its own (``Ban Thường vụ … 02 trường hợp, Ủy ban Kiểm tra … 03 trường hợp, …``)."""
    if len(parts) < 2 or not parts[0].category or not all(_category_within(f.category, total.category) for f in parts):
        return False
    # in a bracket after another list of the total ("…, khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó,
    # UBKT …"), or with the other parts named by their class alone ("10 đảng viên bị kỷ luật, trong đó Ủy
    # ban Kiểm tra Huyện ủy cảnh cáo 3, cách chức 2, khai trừ 3"): a list by body names its bodies in words
    # no vocabulary holds ("các chi bộ khiển trách 5", "cấp cơ sở")
    bracketed = _in_bracket_after_list(total, parts, text, base)
    labels = [_label(f, text, base).strip() for f in parts]
    if not bracketed and any(len(label.split()) > BARE_CLASS_WORDS for label in labels[1:]):
        return False
    agent = rx.AGENT_LEAD.match(labels[0])
    if agent is None or any(rx.AGENT_LEAD.match(label) for label in labels[1:]):
        return False
    # the body that acted on the whole total, named again ("Ban Thường vụ Huyện ủy thi hành kỷ luật 7 đảng
    # viên, cụ thể: Ban Thường vụ Huyện ủy khiển trách 3 …"), lists all of it
    written, at = own_text(total, text, base)  # (a total of the paragraph before is read there)
    said = written[full_sentence(written, _pos(total, at)[0])[0] : _pos(total, at)[0]].lower()
    return bracketed or agent.group().lower() not in said


def _in_bracket_after_list(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Whether a list stands in a bracket after numbers that follow its total (``…, khai trừ 4
    (trong đó, UBKT …``)."""
    first = _pos(parts[0], base)[0]
    end = _pos(total, base)[1] if same_block([total, parts[0]]) else 0  # (a total of the paragraph before)
    opened = text.rfind("(", end, first)
    return opened >= 0 and in_parens(text, end, first) and rx.DIGIT.search(text, end, opened) is not None


def _after_aside(attributes: list[Figure], classes: list[Figure], text: str, base: int) -> bool:
    """Whether the classes of a mixed list follow its attributes past a semicolon: the cue
    named the attributes, and the classes open a clause of their own."""
    first, last = _pos(classes[0], base)[0], _pos(attributes[0], base)[1]
    return last < first and ";" in text[last:first]


def _within(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """A sentence that opens with its total: ``Trong số 125 đồng chí cấp ủy viên có 27 đồng chí
    nữ; 2 đồng chí có đạo …`` — the counts after it in the sentence are its parts (mostly
    overlapping attributes, so a subset); also when the total is named first and counted
    after ``gồm``/``là`` (``Trong số hồ sơ đang giải quyết gồm 2.800 hồ sơ, có 2.672 …``)."""
    out = []
    for i, total in enumerate(figs):
        start = _pos(total, base)[0]
        m = cue_before("within", text, start)
        far = None if m is not None else rx.WITHIN_NAMED.search(text, max(0, start - rx.WITHIN_NAMED_REACH), start)
        if total.measure != "count" or (m is None and far is None):
            continue
        if m is not None:
            cue_at = max(0, start - cue_window("within")) + m.start()
            # "hoạt động trong 08 loại hình", "xóa tên trong danh sách 23 đảng viên": only at a sentence's
            # opening, or with its correlative "thì" ("rà soát cho thấy trong 117 xã … thì có 61 xã …")
            bare = " ".join(m.group().lower().split()) in ("trong", "trong danh sách")
            # after a comma too, when nothing before it in the sentence is a figure (checked below):
            # "Riêng với đại biểu HĐND tỉnh, trong 86 người ứng cử, có 51 người trúng cử"
            mark = text[:cue_at].rstrip()[-1:]
            opening = mark in ("", ".", ":", ";", "!", "?", ",")
            if bare and not opening and not rx.WITHIN_THEN.search(text, _pos(total, base)[1], _list_end(text, start)):
                continue
            # its parts count the total's own noun ("trong 117 xã … thì có 61 xã"); after a comma, the
            # noun written again ("Cụ thể, trong 3 cuộc thanh tra, phát hiện 12 sai phạm": no part)
            correlated = bare and (not opening or mark == ",")
            written = bare and mark == ","
        else:  # "Trong số hồ sơ đang giải quyết gồm 2.800 hồ sơ, có 2.672 … và có 128 …"
            cue_at = far.start() if far is not None else start
            correlated = written = False
        if rx.DIGIT.search(text, full_sentence(text, cue_at)[0], cue_at):
            continue  # "trong số" near a sentence's opening ("Theo đó, trong số 44 …"), before any figure
        end = _list_end(text, _pos(total, base)[1])
        verb = cue("within_verb").search(text, _pos(total, base)[1], end)
        opens = verb.end() if verb else _pos(total, base)[1]  # "… của 21 tỉnh có 352 …": the parts follow "có"
        again = rx.WITHIN_NAMED_AGAIN.search(text, opens, end)
        if again is not None:  # "…; trong số đơn đủ điều kiện có 312 đơn …": a list of its own after
            end = again.start()
        listed = [
            f for f in figs[i + 1 :] if opens <= _pos(f, base)[0] < end and not in_parens(text, opens, _pos(f, base)[0])
        ]
        if correlated:  # "xã nằm trong 62 xã đặc biệt khó khăn, có tới 85 hộ nghèo": of another noun, no part
            if written:  # its shares between the parts are no parts ("có 42 người là nữ, chiếm 43,75%; 36 người …")
                counts = [f for f in listed if f.measure == total.measure]
                listed = list(
                    itertools.takewhile(functools.partial(_noun_written, total=total, text=text, base=base), counts)
                )
            else:
                listed = list(itertools.takewhile(functools.partial(_counts_alike, total), listed))
        out += _list_relations(total, _fitting_prefix(total, listed, text, base), text, base, end, "trong số")
    return out


def _noun_written(part: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether the total's noun is written right after the part's number (``trong 86 người ứng cử,
    có 51 người trúng cử``), not taken over from it (``trong 3 cuộc thanh tra, phát hiện 12 sai
    phạm``: the 12 counts something else)."""
    noun = _first_word(total.subject_text or "")
    return bool(noun) and _first_word(_after(part, text, base)) == noun


def _aimed_after_a_result(total: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether ``f`` is aimed at (``phấn đấu``, ``đặt mục tiêu`` between the total and it, in
    its sentence) where the total is a result (no such word in its own clause): what is aimed at is
    no part of what was done."""
    start = _pos(f, base)[0]
    opens = full_sentence(text, start)[0]
    if total.span.block == f.span.block:
        opens = max(opens, _pos(total, base)[1])
    if not rx.AIMED.search(text, opens, start):
        return False
    own, own_base = own_text(total, text, base)  # (a total of the paragraph before, in its own words)
    total_start = _pos(total, own_base)[0]
    return not rx.AIMED.search(own, clause_start(own, total_start), total_start)


def _fitting_prefix(total: Figure, listed: list[Figure], text: str, base: int) -> list[Figure]:
    """The figures of a list, in order, while each can be a part of ``total``: of its measure,
    not a change, of a unit that can be part of the total's or counted by an overlapping
    attribute (``95 người dân tộc thiểu số`` of ``2.140 đảng viên``)."""
    vocab = load_vocabulary()
    out: list[Figure] = RunningParts(total)
    if total.measure == "percent" and (total.value > 100 or of_a_plan(total, text, base)):
        return out  # "đạt 257%. Trong đó, điều trị ngoại trú đạt 577%, …": rates against a plan, no shares
    # ratios out of the total itself beside ratios out of a smaller whole ("nữ … 28/80 đồng chí, …
    # 108/268 đồng chí" under 268): the smaller whole's are of another body, no parts of this one
    of_total = any(g.measure == "ratio" and g.base == total.value for g in listed)
    held: list[Figure] = []  # counts of what the parts hold ("18 đoàn với 420 người")
    rate_total = total.measure == "percent" and _named_rate(total, text, base)
    shares_of_counts = False  # a rate's parts are the shares its listed counts are stated with
    for i, f in enumerate(listed):
        if _aimed_after_a_result(total, f, text, base):
            break  # "Năm 2024 … đạt 63,146 triệu m³ …. Cụ thể, công ty phấn đấu đạt … 64,5 triệu m³": an aim
        if of_total and f.measure == "ratio" and f.base and f.base < total.value - _near(total):
            continue
        # the parts made the total: "…, đảng viên dự bị 14 đồng chí, có 20 đồng chí được miễn sinh hoạt"
        # ends the list, unless what follows breaks the total down again ("…; đã kết thúc điều tra
        # 21 bị can, đang điều tra 9 bị can")
        made = out and _adds_up(out, total) and _new_statement(out[-1], f, text, base, total)
        # … or a second partition's classes go on ("105 nữ, 140 nam; 230 chính thức, 25 dự bị")
        # (nor another class of the parts' scale: "…; không hoàn thành nhiệm vụ 1 đồng chí")
        if made and not (
            any(_adds_up(listed[i:j], total) for j in range(i + 2, len(listed) + 1))
            or _another_partition(out, listed[i : i + 2], total, text, base)
            or _another_class(out, f, total)
        ):
            break
        if len(out) >= 2 and _classes_then_other(out, f, total, text, base):
            break  # "(trong đó 215 đơn khiếu nại, 190 đơn tố cáo; có 7 vụ việc đông người)": no class
        if total.measure == "percent" and f.measure == "percent" and out and f.value >= 100:
            break  # "100% … HTTNV, trong đó 20% … HTXSNV; 100% chi hội …": a whole of its own, no part
        if total.measure == f.measure == "percent" and _counts_another_noun(total, f, text, base):
            break  # "đạt 50% (8 xã), trong đó: … 6,25% (1 xã); … 58,9% (66/112 thôn)": a rate of the villages
        if f.measure == "percent" and out and (total.measure in ("count", "money") or _sub_whole(out[-1], total)):
            continue  # "4.760 đảng viên …, chiếm 84,32%; 864 …": a part's own share, the list goes on
        compares = is_change(f, text, base) or (f.measure == "ratio" and f.base is None)  # "gấp gần 5 lần"
        if out and compares and _in_clause_of(out[-1], f, text, base) and not _adds_up(out, total):
            continue  # "225,3 tỷ đồng, tăng 1,0 lần so với năm 2015; 101,3 tỷ đồng, …": the part's own change
            # (after parts that already make the total, "…, 430 dự bị, tăng 215 …" is the total's: the end)
        compared = f.measure == "percent" and rx.COMPARED_AFTER_PERCENT.match(text, _pos(f, base)[1]) is not None
        if out and compared and _in_clause_of(out[-1], f, text, base, comma=False) and not _adds_up(out, total):
            continue  # "44,4% đạt mức tốt ợt 24,4% so với quy định": the part's own rate compared, its word lost
        if _share_of_another_whole(f, total, text, base):
            break  # "100% các phòng …, trong đó 33% …; … 100% cán bộ …": a share of other things
        if out and _restates_the_whole(out, f, total, text, base):
            break  # "hơn 50% giảng viên đạt …, trong đó có 3% tiến sĩ; 40% giảng viên có khả năng …": a new statement
        if rate_total and f.measure == "count" and _with_own_share(f, listed[i + 1 : i + 2], text, base):
            shares_of_counts = True
            continue  # "tỷ lệ nghèo đa chiều 3,28%; trong đó … 4.764 hộ, chiếm 0,99%, …": the part is its share
        if not _same_measure(f, total) or is_change(f, text, base) or not _same_unit(f, total) or _wider(f, total):
            break  # money of another currency or per-tail ("triệu đồng/người") is no part
        rest = total.value - _summed_in(out, total)
        if out and rx.SINGLED_OUT_CLAUSE.search(text, _pos(out[-1], base)[1], _pos(f, base)[0]):
            break  # "… có 612 em đạt giải; riêng môn Toán 86 em dự thi, …": a group of its own, no more parts
        if out and _opens_a_whole(f, text, base) and 0 <= rest < _amount(f, total):
            break  # "…, trong đó cấp ủy viên 356 đồng chí; giám sát 2.150 đảng viên, trong đó …": a whole of its own
        if out and _past_the_rest(out, f, total, text, base):
            break  # "… 720,3 tỷ đồng. Thu nội địa năm 2023 đạt 1.548 tỷ đồng": far more than is left, no part
        if _leaves_groups(out, f, total, text, base):
            break  # "07/233 sản phẩm …, trong đó 05/108 …; … 04/226 …": wholes that pass the total's
        if cue_before("extreme", text, _pos(f, base)[0]):
            break  # "trong đó thấp nhất là 10,9%": the lowest of the units, not a part
        if rx.SCALE_BEFORE.search(text, max(0, _pos(f, base)[0] - SCALE_REACH), _pos(f, base)[0]):
            break  # "1.063 tiến sĩ …, 305 phó giáo sư trên quy mô 82.586 sinh viên": the size of something else
        if out and _own_scale(out[-1], f, text, base):
            continue  # "320 hộ chăn nuôi quy mô 50 con trở lên, 930 hộ …": the part's class, no part
        if out and _of_the_part(out[-1], f, total, text, base):
            continue  # "22 xã chưa đạt, trong đó 15 xã đạt 15 tiêu chí, 7 xã …": what the part reached, no part
        placed = out and rx.PLACE_LEAD.search(text, max(0, _pos(f, base)[0] - PLACE_REACH), _pos(f, base)[0])
        # (unless it counts the total's own noun: "xử lý 1.336 dự án …: …; hủy bỏ … tại 100 dự án")
        if placed and not _noun_written(f, total, text, base):
            continue  # "90 lớp cho đảng viên mới tại 15 xã, thị trấn": where the part was, no part
        if cue("age").match(_after(f, text, base).strip()):
            continue  # "có 3 đảng viên 55 tuổi đảng": an age counts nothing
        if _new_total(f, text, base):
            break  # "…, đưa tổng số đảng viên … đạt 74.108": the new level after the list
        if out and not _adds_up(out, total) and _later_stage_clause(total, out[-1], f, text, base):
            break  # "tiếp nhận 150 đơn, trong đó … 60 đơn; đã giải quyết 50 đơn": a later stage, no part
        if len(out) == 1 and _kind_then_done(out[0], f, text, base):
            break  # "18 cuộc thanh tra, trong đó có 4 cuộc chuyển tiếp từ năm 2022; đã kết thúc 15 cuộc"
        if out and _stands_for(out[-1], f, text, base):
            continue  # "120 đại biểu chính thức, đại diện cho 130 đảng viên": those they stand for, no part
        if f.subject == "other" and (f.subject_text or "").strip() and vocab.measured(total.subject):
            continue  # "21.720,45 ha …. Trong đó: lúa ruộng 12.346,53 ha; sản lượng 56.837,08 tấn; …": the part's yield
        if _counted_again(f, listed[i + 1 : i + 2], total, text, base):
            continue  # "1.324 người, trong đó … 780 lượt/812 người": the item in the total's noun is next
        if out and _counted_again(out[-1], [f], total, text, base, either=True):
            # "235 đơn/235 vụ khiếu nại": one item counted two ways, the part in the total's noun
            if _nearer_noun(f, out[-1], total):
                out[-1] = f
            continue
        if out and rx.EQUIVALENT_GAP.fullmatch(text, _pos(out[-1], base)[1], _pos(f, base)[0]):
            # "55 ngàn ha rừng, tương đương với 110 triệu cây": the part again, in the total's unit if so
            if unit_key(f) == unit_key(total) != unit_key(out[-1]):
                out[-1] = f
            continue
        if out and _held_by_part(out, f, held, listed[i + 1 : i + 2], total, text, base):
            held.append(f)
            continue  # "04 Tổng hội với hơn 80 hội thành viên": what the part holds, no part
        attribute = _counts_attribute(f, text, base, total)
        if not attribute and _leaves_written_noun(out, f, total, text, base):
            break  # "128 xã …, trong đó có 72 xã …; 4 huyện …": the list of xã has ended
        if not attribute and _leaves_kind(out, f, total):
            break  # "73 tổ chức …, trong đó 25 đảng bộ, 45 chi bộ cơ sở, với 5.660 đảng viên": the list has ended
        if not attribute and not _can_be_part(f, total, listed, text, base):
            if out and rx.PART_WITH_GAP.fullmatch(text, _pos(out[-1], base)[1], _pos(f, base)[0]):
                continue  # "149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc và 285 chi bộ cơ sở": the part's own
            if out and rx.WORDS_ONLY.fullmatch(text, _pos(out[-1], base)[1], _pos(f, base)[0]):
                continue  # "9 đơn vị bầu cử được bầu 3 đại biểu, 1 đơn vị …": what the part holds, no part
            break
        if _broader(f, total) and _amount(f, total) > total.value * (1.0 if out else BROADER_SANITY):
            break  # "kết nạp 85 đảng viên mới, …; toàn Đảng bộ hiện có 3.250 đảng viên": all members
        if not _category_within(f.category, total.category):
            break  # "khai trừ 4 (trong đó … cảnh cáo 1, khai trừ 4)": a cảnh cáo is no part of a khai trừ
        out.append(f)
    if shares_of_counts and _own_distribution(out, total):
        return []  # "tỷ lệ tốt nghiệp 95%; trong đó … giỏi, chiếm 30%; … khá, chiếm 50%; …": shares of the graduates
    return out


def _bracketed_noun(f: Figure, text: str, base: int) -> str | None:
    """The noun of the count a percentage is stated with in a bracket right after it (``xã`` of
    ``50% (8 xã)``), lower-cased."""
    m = rx.PERCENT_THEN_BRACKETED_COUNT.match(text, _pos(f, base)[1])
    return m.group("noun").lower() if m else None


def _counts_another_noun(total: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether two percentages are stated with counts of two different nouns (``50% (8 xã)`` and
    ``58,9% (66/112 thôn)``): shares of two wholes, so the second is no piece of the first."""
    mine, theirs = _bracketed_noun(total, text, base), _bracketed_noun(f, text, base)
    return mine is not None and theirs is not None and mine != theirs


def _named_rate(total: Figure, text: str, base: int) -> bool:
    """Whether a percentage is a rate its clause names on its own (``tỷ lệ nghèo đa chiều chiếm
    3,28%``): not the share of a count stated with it (``3.467 hộ, chiếm tỷ lệ 0,94%``: its
    list is of counts, and their rates are each of its own part), nor a comparison (``215 đảng
    viên, bằng 58,58% so với cùng kỳ``)."""
    start = _pos(total, base)[0]
    opened = clause_start(text, start)
    named = rx.RATE_WORD.search(text, opened, start) is not None and not rx.NUMBER_NOT_YEAR.search(text, opened, start)
    return named and not _compared(total, text, base)


DISTRIBUTION_SLACK = 5.0  # points off 100 that shares of one distribution may come to


def _own_distribution(parts: list[Figure], rate: Figure) -> bool:
    """Whether the shares listed counts are stated with are of their own whole, not pieces of the
    rate before them: they make a whole distribution (about 100 %), or each is at least the
    rate (each group's own rate: ``tỷ lệ bao phủ 92,5%, trong đó hộ nghèo … chiếm 98%, hộ cận
    nghèo … chiếm 95%``)."""
    values = [p.value for p in parts if p.measure == "percent"]
    if not values:
        return False
    whole = abs(sum(values) - 100.0) <= DISTRIBUTION_SLACK or max(values) >= 100.0
    return whole or (len(values) >= 2 and min(values) >= rate.value)


OWN_SHARE_GAP = 40  # characters between a count and the share stated right after it


def _with_own_share(f: Figure, after: list[Figure], text: str, base: int) -> bool:
    """Whether a count is followed right away by its own share (``4.764 hộ, chiếm 0,99%``): no other
    number or clause between, a share word before the percentage."""
    if not after or after[0].measure != "percent":
        return False
    end, start = _pos(f, base)[1], _pos(after[0], base)[0]
    gap = text[end:start]
    return (
        len(gap) <= OWN_SHARE_GAP
        and not rx.DIGIT.search(gap)
        and ";" not in gap
        and bool(cue_before("share", text, start))
    )


def _another_class(out: list[Figure], f: Figure, total: Figure) -> bool:
    """Whether ``f`` names a class of the partition the parts so far are classes of, one not
    named yet."""
    if f.category is None or f.category in {p.category for p in out}:
        return False
    match = partition_of(total.subject, tuple(p.category for p in [*out, f]), "category", figures_year(out))
    return match is not None


def _classes_then_other(out: list[Figure], f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether parts that are classes of one partition by their category (``215 đơn khiếu nại,
    190 đơn tố cáo``) are followed by a statement of its own (a verb such as ``có`` after a
    comma or semicolon) that names no class, nor any category (``; có 7 vụ việc đông người``):
    the list has ended, whether or not its parts make the total yet."""
    if f.category is not None or not rx.NEW_STATEMENT.search(text, _pos(out[-1], base)[1], _pos(f, base)[0]):
        return False  # "…; 2 đồng chí miễn đánh giá", "…; 210 đơn trùng lặp": what else the total holds
    match = partition_of(total.subject, tuple(p.category for p in out), "category", figures_year(out))
    return match is not None and not _counts_attribute(f, text, base, total)


# Units counting one item two ways over a slash, whatever their sizes: visits and their persons.
VISITS_AND_PERSONS = ({"luot", GENERIC_PERSONS}, {"luot_doan", GENERIC_PERSONS})


def _counted_again(
    f: Figure, following: list[Figure], total: Figure, text: str, base: int, either: bool = False
) -> bool:
    """Whether the figure after ``f`` counts the same item again over a slash (``812 lượt/856
    người``, ``235 đơn/235 vụ``: two close numbers, not ``97 HS/ 41 nữ``; or a first that can be
    no part of the total, ``06 đoàn đông người/04 vụ việc`` of cases), in the total's noun
    where ``f`` is not; ``either``: or ``f`` is, or both count one unit."""
    if not following or f.value <= 0:
        return False
    nxt = following[0]
    if not rx.NOUNS_SLASH_GAP.fullmatch(text, _pos(f, base)[1], _pos(nxt, base)[0]):
        return False  # (a noun of up to four words: "06 đoàn đông người/04 vụ việc")
    # two close numbers, visits and the persons who made them (a group visit is several persons: "120
    # lượt/ 356 người"), or a first that cannot be a part of the total at all
    close = 0.5 <= nxt.value / f.value <= 2.0 or {f.subject, nxt.subject} in VISITS_AND_PERSONS
    if not close and load_vocabulary().can_be_part_of(f.subject, total.subject):
        return False
    if _same_noun(f, nxt):
        return False  # "118 đơn khiếu nại/122 đơn tố cáo": two classes of one noun, not one item twice
    if _nearer_noun(nxt, f, total):
        return True
    return either and (unit_key(f) == unit_key(nxt) or _of_totals_noun(f, total))


def _nearer_noun(f: Figure, other: Figure, total: Figure) -> bool:
    """Whether ``f`` counts the total's thing and ``other`` does not: by the words as written
    first (``120 đơn/118 vụ việc`` of ``215 vụ việc``, both letters by their unit), else by unit."""
    if _same_noun(f, total) != _same_noun(other, total):
        return _same_noun(f, total)
    return _of_totals_noun(f, total) and not _of_totals_noun(other, total)


def _of_totals_noun(f: Figure, total: Figure) -> bool:
    """Whether a figure counts what the total counts: its noun as written, or its unit."""
    return _same_noun(f, total) or (f.subject != "other" and f.subject == total.subject)


def _held_by_part(
    out: list[Figure], f: Figure, held: list[Figure], following: list[Figure], total: Figure, text: str, base: int
) -> bool:
    """Whether ``f`` counts what the part before holds, written right after it and ``với`` in
    the same item (no comma), counting another thing than the part: when the list repeats the
    pattern (a count held before counts the same, or the next figure counts the parts' thing:
    ``86 hộ nghèo với 312 nhân khẩu, 104 hộ cận nghèo với 395 nhân khẩu``), or when ``f`` counts a
    thing the vocabulary does not know and is too many to be one more part (``04 Tổng hội với hơn
    80 hội thành viên``: the list would pass its total).  Otherwise it is kept: persons of the
    total's kind (``13.876 đoàn với 161.123 người`` of ``1.571.505 lượt người``), two kinds joined
    by ``với`` that fit the total (``12 bệnh viện với 52 trạm y tế``)."""
    gap_start, gap_end = _pos(out[-1], base)[1], _pos(f, base)[0]
    if _counts_alike(out[-1], f) or rx.ITEM_BREAK.search(text, gap_start, gap_end):
        return False
    if not rx.PART_WITH_GAP.fullmatch(text, gap_start, gap_end):
        return False
    if any(_counts_alike(g, f) for g in held):
        return True
    if following and _counts_alike(following[0], out[-1]) and not _counts_alike(following[0], f):
        return True
    passes = _summed_in(out, total) + _amount(f, total) > total.value + _near(total)
    return f.subject == "other" and passes


def _can_be_part(f: Figure, total: Figure, listed: list[Figure], text: str, base: int) -> bool:
    """Whether what ``f`` counts can be one part of the total (:meth:`Vocabulary.can_be_part_of`),
    or is persons the total's own words name beside its units (:func:`_persons_too`)."""
    vocab = load_vocabulary()
    if total.subject == "other" and vocab.family(f.subject) == "persons" and _counts_places(total, text, base):
        return False  # "lãnh đạo 4 tổ dân phố gồm: tổ 15, 16 … và quản lý 26 đảng viên": no persons among places
    return vocab.can_be_part_of(f.subject, total.subject) or _persons_too(total, f, listed, text, base)


def _counts_places(total: Figure, text: str, base: int) -> bool:
    """Whether a total of no known unit counts places by the noun written after it (``xã``,
    ``thôn``, ``tổ dân phố``: ``patterns/partitions.yaml``, the places' ``lead``; not ``thôn
    trưởng``, ``xã viên``), whose parts are never persons."""
    noun = total.subject_text or ""  # a total of the paragraph before: its noun as read there
    if total.span.start >= base:
        end = _pos(total, base)[1]
        noun = text[end : end + PLACE_NOUN_REACH]
    return load_partitions().place_nouns.match(noun) is not None


def _persons_too(total: Figure, f: Figure, listed: list[Figure], text: str, base: int) -> bool:
    """Whether a count of persons is a part of a total of units whose own words, up to its list,
    name persons too (``22 cơ quan, đơn vị và cá nhân, trong đó 8 đơn vị và 12 cá nhân``)."""
    vocab = load_vocabulary()
    entry = vocab.entry("UNIT", total.subject)
    if entry is None or not entry.no_persons or vocab.family(f.subject) != "persons" or not listed:
        return False
    if not same_block([total, listed[0]]):
        return False  # a total of the paragraph before: its own words are not up to its list
    end, first = _pos(total, base)[1], _pos(listed[0], base)[0]
    if ";" in text[first : _pos(f, base)[0]]:
        return False  # "… trong đó 8 đơn vị có vi phạm; kiến nghị kiểm điểm 21 cá nhân": another statement
    return end < first and rx.PERSONS_NAMED.search(text, end, first) is not None


def _kind_then_done(kind: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether ``f`` follows one part that counts a kind of the total, named after its number
    with no category (``trong đó có 4 cuộc chuyển tiếp từ năm 2022``), in a clause after a
    semicolon that says what was done (``; đã kết thúc 15 cuộc``, ``; bị xử lý hình sự 31 vụ``):
    a statement of its own about the total, no second part.  Not after a part named by what was
    done to it (``trong đó xử phạt 72 vụ; đã chuyển cơ quan điều tra 18 vụ``: two ways handled)."""
    semi = text.rfind(";", _pos(kind, base)[1], _pos(f, base)[0])
    if kind.category or semi < 0 or not rx.DONE_OPENS.match(text, semi + 1):
        return False
    return not rx.LINKING_LEAD.sub("", _label(kind, text, base).strip())


def _stands_for(delegates: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether ``f`` counts those the delegates before it stand for (``đại diện cho 130 đảng
    viên``, ``thay mặt cho …``), not attendees representing something (``đại diện 140 hộ``)."""
    gap = text[_pos(delegates, base)[1] : _pos(f, base)[0]]
    return rx.STANDS_FOR.fullmatch(gap) is not None and rx.FOR_WHOM.search(gap) is not None


def _share_of_another_whole(f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a percentage listed under a percentage total is a share of other things: it
    names a unit (``100% cán bộ``) that the words right after the total, up to a comma, do not
    (``100% các phòng nghiệp vụ``); a total with no words of its own (``đạt 91,2%, trong đó
    23,8% …``) takes any."""
    if f.measure != "percent" or total.measure != "percent" or f.subject == "other" or not f.subject_text:
        return False
    if total.subject != "other":
        # a total of a named unit: the units' own rules judge its parts ("97,6% đảng viên … 28,2% đồng chí")
        return False
    own = rx.RATE_BRACKET_OPEN.split(_after(total, text, base), maxsplit=1)[0].lower()
    return bool(rx.WORD_RE.search(own)) and f.subject_text.lower() not in own


def _of_the_part(prev: Figure, f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a count of another noun than the total's, both nouns the vocabulary has no unit
    for, stands in the item of the part before it (no list separator between) after ``đạt``: what
    that part reached (``15 xã đạt 15 tiêu chí``), no part of the total (unlike a second kind after
    ``với``: ``60 công trình giao thông với 25 trường học``)."""
    if not f.subject == total.subject == prev.subject == "other" or f.measure != "count":
        return False
    if not _head(f) or not _head(total) or _head(f) == _head(total) or _head(prev) != _head(total):
        return False
    gap = (_pos(prev, base)[1], _pos(f, base)[0])
    return not rx.LIST_SEPARATOR.search(text, *gap) and rx.REACHED_BEFORE.search(text, *gap) is not None


def _own_scale(prev: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether a figure after ``quy mô`` tells the size of the part before it in its item (no list
    separator between them): ``320 hộ chăn nuôi quy mô 50 con trở lên``."""
    start = _pos(f, base)[0]
    if not rx.ITEM_SCALE_BEFORE.search(text, max(0, start - SCALE_REACH), start):
        return False
    return not rx.LIST_SEPARATOR.search(text, _pos(prev, base)[1], start)


def _restates_the_whole(parts: list[Figure], f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a percentage after a semicolon in a list of shares names the total's own whole
    again where the parts before it did not (``hơn 50% giảng viên đạt trình độ sau đại học, trong
    đó có 3% tiến sĩ; 40% giảng viên có khả năng …``): another share of that whole, a statement of
    its own, no part of the total.  When the first part already names the whole (``95% học sinh
    được lên lớp, trong đó 40% học sinh giỏi; 65% học sinh khá``), the parts are written so and go
    on."""
    if not f.measure == total.measure == "percent":
        return False
    if ";" not in text[_pos(parts[-1], base)[1] : _pos(f, base)[0]]:
        return False

    def first_words(g: Figure) -> list[str]:
        return rx.WORD_RE.findall(_after(g, text, base).lower())[:RESTATED_WORDS]

    whole = first_words(total)
    return len(whole) == RESTATED_WORDS and first_words(f) == whole and first_words(parts[0]) != whole


def _new_statement(prev: Figure, f: Figure, text: str, base: int, total: Figure) -> bool:
    """Whether a figure after parts that already make their total opens a statement of its own
    (after a semicolon, a verb such as ``có``, ``đã``, ``đang``, or many words), not a further
    part written in the list's way (``…, 1 đơn vị …``), nor an attribute of the total (``; 6
    nữ``: a subset, never summed)."""
    if _counts_attribute(f, text, base, total):
        return False
    gap = text[_pos(prev, base)[1] : _pos(f, base)[0]]
    if _sentence_between(prev, f, text, base):
        return True  # "… 250 tỷ đồng. Thu nội địa năm 2023 đạt 1.548 tỷ đồng": another sentence, another statement
    return ";" in gap or len(gap) > NEW_STATEMENT_GAP or rx.NEW_STATEMENT.search(gap) is not None


def _past_the_rest(out: list[Figure], f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a figure of a later sentence than the parts so far (a list that goes on past its
    sentence, :func:`_continued`) is well more than what the total leaves for it (a few times
    the rest, the rest taken as at least a small share of the total): no further part but a
    figure of its own (a part of a part, last year's, a plan).  A part mistyped by a tenth or
    so leaves the rest a little off."""
    if not _sentence_between(out[-1], f, text, base) or f.measure not in ("count", "money"):
        return False
    rest = total.value - _summed_in(out, total)
    return _amount(f, total) > CONTINUED_REST * max(rest, CONTINUED_FLOOR * total.value)


def _opens_a_whole(f: Figure, text: str, base: int) -> bool:
    """Whether a figure after a semicolon is written as a whole of its own: broken down itself in
    its clause (``; 2.450 hộ cận nghèo, trong đó 1.120 hộ …``) or labelled a total (``; tổng số bị
    cáo 896``).  A part may be so written too (``…; tham gia … tổng số 324 người trong đó …`` of the
    468 listed): only one more than the total leaves is no part."""
    start, end = _pos(f, base)
    opened = text.rfind(";", 0, start)
    if opened < 0 or clause_start(text, start) > opened + 1:
        return False  # not the first figure of a clause after a semicolon
    if rx.NEW_TOTAL_LABEL.match(text, opened + 1):
        return True
    return rx.PART_LEAD.search(text, end, clause_end(text, end)) is not None


def _sentence_between(a: Figure, b: Figure, text: str, base: int) -> bool:
    """Whether a sentence ends between two figures of one block."""
    stops = _sentence_stops(text)
    i = bisect.bisect_left(stops, _pos(a, base)[1])
    return i < len(stops) and stops[i] < _pos(b, base)[0]


def _in_clause_of(part: Figure, f: Figure, text: str, base: int, comma: bool = True) -> bool:
    """Whether ``f`` stands in the clause of the part before it, after a comma (``180 đảng bộ
    cơ sở, tăng 3 so với năm 2020; 332 …``; with no comma when not ``comma``): a change there
    is that part's own.  A name's abbreviation in brackets is no aside (``234.293 người tham
    gia bảo hiểm xã hội (BHXH) bắt buộc, giảm 17 người …``)."""
    gap = rx.BRACKETED_ABBREVIATION.sub("", text[_pos(part, base)[1] : _pos(f, base)[0]])
    return ("," in gap or not comma) and not any(ch in gap for ch in ";:()") and not rx.DIGIT.search(gap)


def _own_noun(f: Figure, text: str, base: int) -> str:
    """The first word of what a figure counts when it is written right after its number (not
    taken over from a figure before)."""
    return _first_word(f.subject_text or "") if _noun_written(f, f, text, base) else ""


def _leaves_written_noun(out: list[Figure], f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether, under a total of a noun the vocabulary does not know, whose parts so far are
    written with that noun, a figure written with another in a clause of its own (``128 xã …,
    trong đó có 72 xã …; 4 huyện …``) counts other things, so the list has ended; not within
    one run of commas (kinds written with nouns of their own: ``85 cơ sở giáo dục, trong đó 30
    cơ sở mầm non, 35 trường tiểu học, …``), nor when the figure makes the total."""
    if not out or total.subject != "other" or f.subject != "other" or f.measure not in ("count", "ratio"):
        return False
    if ";" not in text[_pos(out[-1], base)[1] : _pos(f, base)[0]] or _adds_up(out, total, f):
        return False  # within one run of commas ("85 cơ sở giáo dục, trong đó 30 cơ sở mầm non, 35 trường …")
    noun = _own_noun(total, text, base)
    other = _own_noun(f, text, base)
    return bool(noun) and bool(other) and other != noun and all(_own_noun(p, text, base) == noun for p in out)


def _leaves_kind(out: list[Figure], f: Figure, total: Figure) -> bool:
    """Whether a figure counts another kind than the parts listed so far, under a total whose
    unit the vocabulary does not know or only names persons generically (so
    :meth:`Vocabulary.can_be_part_of` cannot tell; then only a population far larger than
    the total leaves): the
    parts all of one kind, the figure of a known unit of another kind (``500 đại biểu, trong
    đó 83 đại biểu …, 417 đại biểu …, đại diện cho hơn 152.000 đảng viên``); the figure a
    population (persons or organisations), as a prize or a case may be the last part's own."""
    if total.subject not in ("other", "nguoi") or not out or f.subject in ("other", "nguoi") or f.measure != "count":
        return False  # "… 282 đại biểu …, 28 đồng chí là đại biểu đương nhiên": a generic person fits any persons
    if total.subject == "nguoi":  # persons counted generically: a named kind of person is an attribute
        # of them ("45 đại biểu, trong đó … 50 đại biểu là đảng viên") unless it counts a population
        # far larger than the total ("550 đại biểu …, đại diện cho hơn 152.000 đảng viên")
        return _kind(f) == "persons" and f.value > total.value * SUBSET_SANITY
    kinds = {_kind(p) for p in out}
    if len(kinds) != 1 or None in kinds:
        return False
    # only a population of its own ("… với 6 giải Nhất" may be the last part's own prizes)
    return _kind(f) in ("persons", "organisations") and _kind(f) not in kinds


def _later_stage_clause(total: Figure, prev: Figure, f: Figure, text: str, base: int) -> bool:
    """Whether a figure opens a new clause (after a semicolon) at a later stage of a flow than
    the total's (``tiếp nhận 150 đơn, … ; đã giải quyết 50 đơn``; not ``kỷ luật 35 …; cấp huyện
    kỷ luật 10 …``, the same stage)."""
    gap_start, start = _pos(prev, base)[1], _pos(f, base)[0]
    semi = text.rfind(";", gap_start, start)
    if semi < 0:
        return False
    if other_class_named(prev, f, text, base):
        return False  # "…, đôn đốc cấp dưới giải quyết 9 đơn; tiếp nhận giải quyết theo thẩm quyền 17 đơn": another way
    written, at = own_text(total, text, base)  # (a total of the paragraph before is read there)
    total_start = _pos(total, at)[0]
    lead = _stage_lead(written, total_start)
    # the last part's own clause: "trong đó đơn … không đủ điều kiện xử lý là 346 đơn; đơn đủ điều
    # kiện xử lý là 3.321 đơn" names the stage of the next part too, so they are its two classes
    total_end = _pos(total, base)[1] if same_block([total, prev]) else 0  # (a total of the paragraph before)
    prev_from = max(text.rfind(";", 0, _pos(prev, base)[0]), total_end)
    for flow in load_flows():
        # a remainder ("; đề nghị xem xét xử lý 156 tỷ đồng") continues the list: no later stage
        named = [st for st in flow.stages_in(text, semi, start) if st < flow.stages]
        own = [st for st in flow.stages_in(written, lead, total_start) if st < flow.stages]
        sibling = [st for st in flow.stages_in(text, prev_from, gap_start) if st < flow.stages]
        sibling = sibling if _opens_with_noun(total, text, semi + 1, start) else []  # "; đơn đủ …", not "; đã xử lý …"
        if named and own and max(named) > max(own) and not (sibling and max(sibling) >= max(named)):
            return True
    return False


def _opens_with_noun(total: Figure, text: str, start: int, end: int) -> bool:
    """Whether a clause opens with the noun the total counts (``; đơn đủ điều kiện xử lý là …``
    of ``420 đơn``): a class of it, not a later stage's verb (``; đã xử lý xong 330 đơn``)."""
    noun = (total.subject_text or "").strip().lower()
    return bool(noun) and text[start:end].lstrip().lower().startswith(noun)


def _new_total(f: Figure, text: str, base: int) -> bool:
    """Whether a cue names the figure a new total (``nâng tổng số … lên 264``), with no number
    between them."""
    start = _pos(f, base)[0]
    m = cue_before("new_total", text, start)
    if m is None:
        return False
    return not rx.DIGIT.search(m.group())


def _broader(part: Figure, total: Figure) -> bool:
    """Whether the part counts a unit the total's is a kind of (``đảng viên`` of ``đảng viên
    mới``): a part only when it is not far larger than the total (:data:`BROADER_SANITY`)."""
    entry = load_vocabulary().entry("UNIT", total.subject)
    return entry is not None and part.subject in entry.kind_of


NEAR_BASE = 0.1  # a ratio's base this close above its total (a share of it) is that total misstated


def _wider(part: Figure, total: Figure) -> bool:
    """A ratio whose base is not the total's (``2/63`` within 28 provinces): it counts out of
    another whole, so it is no part of this one.  A base just above the total (``28 đảng viên.
    Trong đó, đảng viên chính thức: 27/29 đ/c``) is the same whole written twice, one of them
    wrong: the ratio stays a part, and the checker holds its count to the total."""
    if part.measure != "ratio" or part.base is None:
        return False
    if total.measure == "ratio":
        return part.base != total.base and not _sub_whole(part, total)
    return part.base > total.value and not (part.value <= total.value and part.base - total.value <= _near(total))


def _sub_whole(part: Figure, total: Figure) -> bool:
    """A ratio out of a smaller whole under a ratio total (``442/479 trường đạt chuẩn. Trong
    đó, bậc Mầm non có 148/166 trường …``): the share of one group of the total's whole, its
    count a part of the total's count."""
    return (
        part.measure == "ratio"
        and total.measure == "ratio"
        and part.base is not None
        and total.base is not None
        and part.value <= part.base < total.base
    )


def _leaves_groups(out: list[Figure], f: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a figure ends a list of a ratio total's groups: a figure that is no ratio after
    them (``…, THCS 16/18 trường, 5 trường được công nhận lại``), a group's whole that would
    take them past the total's, a ratio out of the total's own whole beside them (``…
    252.712/377.441 hộ …, 811/1722 thôn``), or a group of things the total's words do not name
    (``9/9 tiêu chí …, trong đó 7/8 xã``)."""
    if total.measure != "ratio":
        return False
    groups = [g for g in out if _sub_whole(g, total)]
    if _sub_whole(f, total):
        if (out and not _names_group(f, total, text, base)) or len(groups) < len(out):
            return True  # a lone part is only held to its total: it need not name the total's things
        return sum(g.base or 0.0 for g in groups) + (f.base or 0.0) > (total.base or 0.0) + 1e-9
    return bool(groups) and f.measure != "percent"  # a count, or a ratio of the total's own whole


def _names_group(part: Figure, total: Figure, text: str, base: int) -> bool:
    """Whether a group's ratio counts what its total counts: the first word after it
    (``148/166 trường``) is among the total's words (``442/479 trường học``), or it names none."""
    words = rx.WORD_RE.findall(_after(part, text, base).lower())
    return not words or words[0] in rx.WORD_RE.findall(_after(total, text, base).lower())


def _near_total(parts: list[Figure], total: Figure) -> bool:
    """Whether parts come to their total, or near it (:data:`NEAR_TOTAL`): ``đạt chuẩn 250/268
    xã, chưa đạt 20/268 xã`` are two sides of the whole, one mistyped; overlapping attributes
    come to far less or far more (``108/268 nữ, 37/268 dân tộc thiểu số``)."""
    return abs(_summed_in(parts, total) - total.value) <= NEAR_TOTAL * total.value


def _each_out_of_total(parts: list[Figure], total: Figure) -> bool:
    """Whether two parts or more are each written as a ratio out of the total itself
    (``108/268``, ``37/268`` under ``268 đồng chí``)."""
    whole = total.base if total.measure == "ratio" and total.base else total.value
    return len(parts) > 1 and all(p.measure == "ratio" and p.base == whole for p in parts)


def _sub_wholes(parts: list[Figure], total: Figure) -> str | None:
    """The certainty of a breakdown of a ratio into ratios out of smaller wholes: their wholes
    adding to the total's say the groups divide it, so the counts must add up too
    (``exhaustive``); wholes that do not are some of the groups, or overlap (``open``: only
    counts above the total's are amiss).  None when the parts are not all such ratios."""
    if len(parts) < 2 or not all(_sub_whole(p, total) for p in parts):
        return None
    wholes = sum(p.base or 0.0 for p in parts)
    return "exhaustive" if abs(wholes - (total.base or 0.0)) < 1e-9 else "open"


def _near(total: Figure) -> float:
    return max(1.0, NEAR_BASE * total.value)


def _same_measure(a: Figure, b: Figure) -> bool:
    """Counts and ratios of counts are one measure: ``63/68 đảng bộ …, trong đó có 59 Đảng bộ
    tỉnh``, ``8/8 xã …, trong đó 4/8 xã …`` (a ratio's first number counts)."""
    counted = ("count", "ratio")
    if any(f.measure == "ratio" and f.base is None for f in (a, b)):
        return a.measure == b.measure and a.base is None and b.base is None  # "gấp 5 lần": a multiple, no count
    return a.measure == b.measure or (a.measure in counted and b.measure in counted)


def _sibling_category(total: Figure, clause: str, text: str, base: int) -> bool:
    """Whether a clause after a semicolon (``hộ cận nghèo có 14.994 hộ``) names another category
    of the total's noun than the total's own (``Hộ nghèo có 10.689 hộ``): a sibling, no part.  A
    total with no category of its own (``Toàn tỉnh có 300 chi bộ``) has kinds, no siblings."""
    return _names_a_sibling(clause, _noun(total, text, base), _own_category(total, text, base))


def _names_a_sibling(clause: str, noun: str, category: str | None) -> bool:
    """Whether a clause's label names the total's ``noun`` but not its ``category`` (nor a class
    of the total's own partition): :func:`_sibling_category`, with the total's words read."""
    head = noun.lower().split(" ")[0]
    if not head or not category:
        return False
    label = rx.COUNT_WORD_LEAD.sub("", " ".join(clause.lower().split()))  # "số hộ cận nghèo là"
    if names_a_class(label):
        return False  # "…; đảng viên dự bị có 70 đồng chí": a class of the total's own partition
    return label.startswith(head) and not label.startswith(category)


def _own_category(total: Figure, text: str, base: int) -> str | None:
    """The category a total of a noun names of it, lower case: ``hộ nghèo`` of ``Hộ nghèo có
    10.689 hộ`` (before the number) or of ``có 8.000 hộ nghèo`` (after it); None for a bare noun."""
    full = _noun(total, text, base).lower()
    noun = full.split(" ")[0]
    if not noun:
        return None
    lead = _lead_words(total, text, base)
    after = " ".join(rx.NAMED_BASE_STOP.split(_after(total, text, base), maxsplit=1)[0].lower().split())
    named = re.search(rf"(?<!\w){re.escape(full)}(?!\w)", lead)  # "đảng viên", not the "đảng" of "Đảng bộ"
    if named is not None:
        return rx.LEVEL_VERB_TAIL.sub("", lead[named.start() :]).strip() or None
    if after.startswith(noun) and len(after.split()) > len(full.split()):
        return after
    return None


def _before_sibling(total: Figure | None, listed: list[Figure], text: str, base: int, start: int, end: int) -> int:
    """Where a list ends before a last clause after a semicolon that counts a sibling category of
    the total, one its parts do not repeat (``1.520 hộ nghèo, trong đó hộ nghèo thuộc chính sách
    bảo trợ xã hội 420 hộ; hộ cận nghèo có 980 hộ``): the sibling is no part.  Not when the list adds
    up to the total with it."""
    semi = text.rfind(";", start, end)
    if total is None or semi < 0 or not rx.SIBLING_LABELLED.match(text, semi + 1, end):
        return end
    category = _own_category(total, text, base)
    if category is None or not _names_a_sibling(text[semi + 1 : end], _noun(total, text, base), category):
        return end
    before = [f for f in listed if _pos(f, base)[0] < semi]
    repeats = any(category in f"{_label(f, text, base)} {_after(f, text, base)}".lower() for f in before)
    if not repeats or _adds_up([f for f in listed if f.measure == total.measure], total):
        return end
    return semi


def _footnote_breakdowns(doc: Document, by_block: dict[int, list[Figure]], related: set[str]) -> list[Relation]:
    """A footnote whose counts break down the count its marker follows."""
    out = []
    for note in doc.footnotes:
        if note.ref is None:
            continue
        inside = by_block.get(note.block, [])
        if any(f.id in related for f in inside):
            continue  # a footnote with its own totals and parts is not one breakdown
        base = doc.blocks[note.ref.block].span[0]
        before = before_marker(doc, note, by_block)
        if not before:
            continue
        cue = f"footnote {note.number}"
        counts = [f for f in inside if f.measure == "count"]
        percents = [f.id for f in inside if f.measure == "percent"]
        for family, parts in _by_family(counts).items():
            subjects = {f.subject for f in parts}
            exact = [f for f in before if f.measure == "count" and f.subject in subjects and len(subjects) == 1]
            same = exact or [f for f in before if f.measure == "count" and _family(f.subject) == family]
            total = same[-1] if same and family != "other" else (before[-1] if len(_by_family(counts)) == 1 else None)
            if total is not None and total.measure == "count" and len(parts) >= 2:
                # the total stands before the marker, in another block: read in its own
                note_text, note_base = BlockText(doc, note.block), doc.blocks[note.block].span[0]
                found = _breakdown(total, parts, note_text, note_base, len(note_text), cue, fitted=True)
                if found is not None:
                    out.append(found)
        total = before[-1]
        if total.measure == "percent" and len(percents) >= 2 and _average_before(doc, note.ref.block, total, base):
            out.append(Relation("average_of", {"average": total.id, "terms": percents}, cue))
    return out


def _family(subject: str) -> str:
    return "other" if subject == "other" else load_vocabulary().family(subject)


def _by_family(figs: list[Figure]) -> dict[str, list[Figure]]:
    groups: dict[str, list[Figure]] = {}
    for f in figs:
        groups.setdefault(_family(f.subject), []).append(f)
    return groups


def _average_before(doc: Document, block: int, figure: Figure, base: int) -> bool:
    pos = _pos(figure, base)[0]
    return bool(cue_before("average", doc.blocks[block].text, pos))
