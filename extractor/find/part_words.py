"""The words of a listed part and of its total: what follows a part's number, its label, the
noun a total counts, overlapping attributes, and the sums and amounts a list is checked with.

Shared by the list readers (``relations.py``, ``side_by_side.py``): each takes a figure, the
text of its block and the block's offset (``base``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, Self

from extractor.find.context import full_sentence, last_separator, own_text, position, same_block, unit_key
from extractor.find.facts import Figure
from extractor.text import regexes as rx
from extractor.text.age_bands import band_of, disjoint
from extractor.text.cues import cue
from extractor.text.partitions import (
    is_place_attribute,
    is_subset_word,
    names_a_class,
    opens_with_link,
    person_noun,
    word_partition_of,
)
from extractor.text.quantities import unit_factor
from extractor.text.vocabulary import load_vocabulary

SUBSET_LOOKAHEAD = 40  # characters after a part's number that name what it counts
LABEL_LOOKBACK = 80  # characters before a part's number where its label may start ("cấp ủy viên có trình độ … có 345")
SUBSET_SANITY = 10  # a single listed part more than ten times its total belongs to something else
TAIL_REACH = 40  # characters after a list's last part where "…" or "v.v." says it is incomplete


def words_after(f: Figure, text: str, base: int) -> str:
    """What follows a figure's number: where the noun it counts is written."""
    text, base = own_text(f, text, base)
    end = position(f, base)[1]
    return text[end : end + SUBSET_LOOKAHEAD]


def label_of(f: Figure, text: str, base: int) -> str:
    """The words of a part's clause before its number (``đảng viên nữ là`` in ``trong đó: đảng
    viên nữ là 359 đồng chí``): from the last separator or breakdown cue, at most
    ``LABEL_LOOKBACK`` characters; an age band in it is no other number (``cấp ủy dưới 40
    tuổi có 35 đồng chí``)."""
    text, base = own_text(f, text, base)
    start = position(f, base)[0]
    equivalent = rx.EQUIVALENT_BEFORE.search(text, max(0, start - LABEL_LOOKBACK), start)
    if equivalent is not None:  # "tỷ lệ đại biểu nữ … là 41% tương đương với 66 đại biểu": the share's label
        start = equivalent.start()
    window_start = max(0, start - LABEL_LOOKBACK)
    cut = _label_start(text, window_start, start)
    opens = False
    if cut >= 0 and text[cut] == ":" and not text[cut + 1 : start].strip():
        # the label written before a colon: "đảng viên chính thức: 27/29 đ/c"
        start, cut = cut, _label_start(text, window_start, cut)
        opens = cut < 0 and window_start == 0  # "Đảng viên chính thức: 31 đồng chí, …" opening the paragraph
    if cut < 0 and not opens:
        return ""
    numbers = list(rx.LABEL_NUMBER.finditer(text, max(cut, 0), start))
    if numbers:
        # another number in the label: the part before's; its own words start after a "và"
        # past it ("tước quân hàm sĩ quan 1 người và tước danh hiệu quân nhân 8 người")
        joined = list(rx.AND_JOIN.finditer(text, numbers[-1].end(), start))
        if not joined:
            return ""
        cut = joined[-1].end()
    label = text[cut + 1 : start]
    opened = cue("breakdown").match(label.lstrip())
    label = label.lstrip()[opened.end() :].lstrip(" :") if opened else label
    # "số đảng viên dự bị", "số lượng nữ …", "tỷ lệ đại biểu nữ …": what is counted, after its measure word
    return rx.MEASURE_LEAD.sub("", label.lstrip())


def _label_start(text: str, window_start: int, start: int) -> int:
    """Where a part's label starts: the last separator before ``start``, or the end of a
    breakdown cue ("… được triệu tập trong đó đảng viên chính thức 25 đồng chí"); -1 if none."""
    cut = last_separator(text, start, window_start)
    opened = full_sentence(text, start)[0] - 1  # never past the sentence's start ("…, chiếm 62,2%. Hộ nghèo có …")
    cut = max(cut, opened) if opened >= window_start else cut
    # (a cue holds no separator nor a sentence's end, so one ending past the cut starts past it:
    # searching from there finds the same, in time linear in a long list, not quadratic)
    cues = cue("breakdown").finditer(text, max(window_start, cut), start)
    return max(cut, max((m.end() - 1 for m in cues), default=-1))


def noun_of(total: Figure, text: str, base: int) -> str:
    """The noun a total counts: its head noun, else the first word after its number."""
    if total.subject_text:
        return total.subject_text.strip().lower()
    words = words_after(total, text, base).split()
    return words[0].strip(".,;:()").lower() if words else ""


def without_noun(after: str, own: str) -> str:
    """The words after a part's number without the total's own noun (``9513 trẻ nam`` of
    ``17.103 trẻ`` → ``nam``): what the part is, of the total's kind."""
    words = after.strip()
    return words[len(own) :] if own and words.lower().startswith(own + " ") else after


def _attribute(after: str, total: Figure) -> bool:
    """Whether the words after a part's number name an attribute that overlaps others — not
    when they are the total's own noun (``50 học sinh …, trong đó có 48 em …; 2 học sinh``:
    pupils of pupils are no attribute)."""
    own = (total.subject_text or "").strip().lower()
    words = after.strip()
    own_words = rx.PART_WORDS_END.split(words, maxsplit=1)[0]
    held = rx.HELD_CONCURRENTLY.search(own_words)
    if held is not None:
        # "180 bí thư chi bộ kiêm trưởng thôn" of 215 bí thư, "98 đồng chí kiêm bí thư chi bộ": a post held
        # besides, some of them only; not a class of the total that also holds one ("1 phó bí thư
        # kiêm chủ tịch UBND" among a committee's posts)
        said = own_words[: held.start()].strip().lower()
        return not said or said.startswith(own) or person_noun(said)
    if not is_subset_word(words):
        return False
    if is_place_attribute(words):
        return True  # "62 xã đặc biệt khó khăn" of "106 xã, phường, thị trấn": the noun and what they are
    # "2 học sinh học tại …" of "50 học sinh": the noun itself;
    # "2.365 đảng viên dự bị" of "44.482 đảng viên": an attribute
    return not (own and words.lower().startswith(own) and not is_subset_word(words[len(own) :]))


def counts_attribute(f: Figure, text: str, base: int, total: Figure) -> bool:
    """Whether a part counts an overlapping attribute, named after its number (``812 nữ``) or
    in its label before it (``đảng viên nữ là 359 đồng chí``), also past the total's own noun
    as written (``hộ nghèo dân tộc thiểu số 6.120 hộ`` of ``9.840 hộ nghèo``) — of the total's kind of thing:
    members are no attribute of cells (``420 đảng viên, sinh hoạt tại 18 chi bộ. // Trong đó,
    đảng viên nữ 160 đồng chí``)."""
    return _attribute_reading(f, text, base, total)[0]


def _attribute_reading(f: Figure, text: str, base: int, total: Figure) -> tuple[bool, str | None]:
    """Whether a part counts an overlapping attribute (:func:`counts_attribute`), and, when only
    the words past the total's written noun make it one, their first two (:func:`_past_lead`)."""
    family = load_vocabulary().family
    if "other" not in (f.subject, total.subject) and family(f.subject) != family(total.subject):
        return False, None
    if _named_attribute(f, text, base, total):
        return True, None
    lead = _past_lead(f, text, base, total)
    return lead is not None, lead


def _named_attribute(f: Figure, text: str, base: int, total: Figure) -> bool:
    after, label = words_after(f, text, base), label_of(f, text, base)
    return _attribute(after, total) or (_attribute(label, total) and not _places_of_another_noun(label, after))


def _places_of_another_noun(label: str, after: str) -> bool:
    """Whether a label names places by an attribute before a count of another noun (``… và xã
    biên giới 620 hộ``): where the counted things are, no attribute of them."""
    if not is_place_attribute(label):
        return False
    counted = first_word(after)
    return bool(counted) and counted != first_word(label)


def first_word(words: str) -> str:
    """The first word of ``words``, lower case, without the punctuation after it (``thôn,``)."""
    m = rx.FIRST_WORD.match(words)
    return m.group(1).lower() if m else ""


def _past_lead(f: Figure, text: str, base: int, total: Figure) -> str | None:
    """The first two words past the total's written noun (a link and the next word: ``có
    thành``) when they make the part an attribute (:func:`_past`), else None."""
    written = _written_noun(total, text, base)
    for words in (words_after(f, text, base), label_of(f, text, base)):
        rest = _past(words, written)
        if rest and _attribute(rest, total):
            return " ".join(rest.split()[:2])
    return None


def _written_noun(total: Figure, text: str, base: int) -> str:
    """The noun a total counts as written after its number, up to its clause's end, lower case
    (``hộ nghèo`` in ``9.840 hộ nghèo, trong đó …``)."""
    return " ".join(rx.NOUN_PHRASE_END.split(words_after(total, text, base), maxsplit=1)[0].lower().split())


def _past(words: str, noun: str) -> str:
    """``words`` past the total's written noun they open with, when a link comes next
    (``hộ nghèo có thành viên là người có công`` of ``hộ nghèo`` → ``có thành viên là người có
    công``); nothing otherwise: after a noun of units the words without a link name a kind of
    them (``tổ chức cơ sở đảng trong doanh nghiệp`` of ``127 tổ chức cơ sở đảng``)."""
    said = " ".join(words.lower().split())
    rest = said[len(noun) :] if noun and said.startswith(noun + " ") else ""
    return rest if opens_with_link(rest) else ""


def label_names_attribute(f: Figure, text: str, base: int, total: Figure) -> bool:
    """Whether the label before a part names an overlapping attribute (``có trình độ trên chuẩn
    60 người``): in a table over slashes, of the whole row."""
    return _attribute(label_of(f, text, base), total)


def attributes_of(parts: list[Figure], text: str, base: int, total: Figure) -> list[Figure]:
    """The parts that count an overlapping attribute (:func:`counts_attribute`); age bands are
    one only when a single band is listed: several are the classes of one scale (``dưới 30
    tuổi 125, từ 31 đến 50 tuổi 310, trên 50 tuổi 95``), as are parts that each name a class of
    one ``by: word`` partition."""
    if one_scale(total, parts, text, base):
        return []  # "3 thạc sĩ, 30 đại học, 5 cao đẳng": every part a class of one scale, no attribute
    readings = {f.id: _attribute_reading(f, text, base, total) for f in parts}
    # parts that are attributes only past the total's noun, written alike ("công chức cấp xã có
    # trình độ đại học 210 người, công chức cấp xã có trình độ cao đẳng 40 người, …"): the classes
    # of one scale written in full, no attributes
    alike = Counter(lead for is_attribute, lead in readings.values() if is_attribute and lead is not None)
    attributes = [f for f in parts if readings[f.id][0] and ((lead := readings[f.id][1]) is None or alike[lead] < 2)]
    bands = [f for f in parts if _age_band(f, text, base)]
    return (
        [f for f in attributes if f not in bands]
        if len(bands) >= 2 and not nested_bands(bands, text, base)
        else attributes
    )


def nested_bands(parts: list[Figure], text: str, base: int) -> bool:
    """Whether parts count age bands that share years (``dưới 30 tuổi 12``, ``dưới 40 tuổi 30``):
    overlapping groups, not the classes of one scale; False unless every band is read."""
    bands = [_band(f, text, base) for f in parts]
    known = [b for b in bands if b is not None]
    return len(known) >= 2 and len(known) == len(bands) and not disjoint(known)


def _band(f: Figure, text: str, base: int) -> tuple[float, float] | None:
    """The ages a part counts, named in its label or in its own words after it, before any
    other number (``27 cháu – Nữ : 14 cháu Trẻ 4 tuổi``: the next item's)."""
    own = rx.PART_WORDS_END.split(words_after(f, text, base), maxsplit=1)[0]
    band = rx.AGE_BAND_BOUNDS.search(own)
    digit = rx.DIGIT.search(own)
    after = band_of(own) if band is not None and digit is not None and digit.start() >= band.start("low") else None
    return band_of(label_of(f, text, base)) or after


def one_scale(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Whether two parts or more each name, after their number, a class of one ``by: word``
    partition dividing the total (``3 thạc sĩ, 30 đại học, 5 cao đẳng``): a plain breakdown."""
    return len(parts) >= 2 and word_partition_of(total.subject, [words_after(f, text, base) for f in parts]) is not None


def _age_band(f: Figure, text: str, base: int) -> bool:
    """Whether a part counts an age band, named in its label or after it (``dưới 30 tuổi 125``,
    ``125 đảng viên dưới 30 tuổi``): one band alone is an attribute, several are a partition."""
    own = rx.PART_WORDS_END.split(words_after(f, text, base), maxsplit=1)[0]  # its own words, not the next part's
    return any(rx.AGE_BAND.search(words) for words in (label_of(f, text, base), own))


def counts_persons(f: Figure) -> bool:
    """Whether a figure counts persons: a unit of the persons family, or a person noun of no
    unit key (``lao động``, ``hội viên``)."""
    if f.subject != "other":
        return load_vocabulary().family(f.subject) == "persons"
    return person_noun(f.subject_text or "")


def amount_in(f: Figure, total: Figure) -> float:
    """The figure's value in the total's money unit (``3.100 triệu đồng`` is 3,1 ``tỷ đồng``)."""
    return f.value * unit_factor(f.unit, total.unit)


EXACT = 1e-9  # of the total: how far a sum of floats may be from it and still make it exactly


def adds_up(parts: list[Figure], total: Figure, more: Figure | None = None) -> bool:
    """Whether the parts (and ``more`` after them) make the total exactly, up to the rounding
    of adding floats, which grows with the amounts (``7.338.828,4 + 3.788.378,2 + …`` of
    ``16.148.286``: a fixed 1e-9 said no)."""
    extra = amount_in(more, total) if more is not None else 0.0
    return abs(summed_in(parts, total) + extra - total.value) <= EXACT * max(1.0, abs(total.value))


def summed_in(parts: list[Figure], total: Figure) -> float:
    """The parts' sum in the total's unit (:func:`amount_in`); kept, not summed again, for the
    parts a list gathers one by one (:class:`RunningParts`)."""
    if isinstance(parts, RunningParts) and parts.total is total:
        return parts.sum
    return _left_to_right(parts, total)


def _left_to_right(parts: list[Figure], total: Figure) -> float:
    """The parts' amounts in the total's unit added one after the other, as a list gathering
    them adds them (``sum`` may compensate rounding on some Pythons, this never does)."""
    out = 0.0
    for f in parts:
        out += amount_in(f, total)
    return out


class RunningParts(list[Figure]):
    """The parts a list gathers one by one under its total, with their sum in the total's
    unit kept as they come: a list continued over hundreds of sentences asks for its sum at
    every figure, and summing it again each time made reading it quadratic.  Appending a part
    or replacing one adds its difference; any other change to the list sums it again."""

    def __init__(self, total: Figure) -> None:
        super().__init__()
        self.total = total
        self.sum = 0.0

    def _summed_again(self) -> None:
        self.sum = _left_to_right(self, self.total)

    def append(self, f: Figure) -> None:
        super().append(f)
        self.sum += amount_in(f, self.total)

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, int):  # "235 đơn/235 vụ": the part in the total's noun takes the place
            old = self[index]
            super().__setitem__(index, value)
            self.sum += amount_in(value, self.total) - amount_in(old, self.total)
            return
        super().__setitem__(index, value)
        self._summed_again()

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        self._summed_again()

    def __iadd__(self, other: Iterable[Figure]) -> Self:  # type: ignore[misc,override]
        super().__iadd__(other)
        self._summed_again()
        return self

    def extend(self, other: Any) -> None:
        super().extend(other)
        self._summed_again()

    def insert(self, index: Any, f: Figure) -> None:
        super().insert(index, f)
        self._summed_again()

    def pop(self, index: Any = -1) -> Figure:
        f = super().pop(index)
        self._summed_again()
        return f

    def remove(self, f: Figure) -> None:
        super().remove(f)
        self._summed_again()

    def clear(self) -> None:
        super().clear()
        self.sum = 0.0


def list_tail(text: str, pos: int, end: int) -> str:
    """What follows a list's last part up to the list's end, or to the sentence's end when the
    list ends early at a dot of ``v.v.``: where an incomplete list says so.  A bracketed aside
    naming examples of the last part is left out: its ``…`` ends the examples, not the list."""
    stop = rx.NEXT_SENTENCE.search(text, pos, pos + TAIL_REACH + 2)  # bounded: no scan of a long block
    tail = text[pos : max(end, min(stop.start() if stop else len(text), pos + TAIL_REACH))]
    return rx.EXAMPLES_ASIDE.sub(" ", tail)  # "(…, như Hội A, Hội B…)": the last part's examples


def over_another_base(parts: list[Figure], total: Figure, text: str, base: int) -> bool:
    """Parts written as ratios over a base other than the total that may count another whole
    (``27 đảng viên chính thức. Trong đó, đảng viên nam: 16/29 đ/c``: all members), so their sum
    against the total is plausible, not certain.  Not when the total names no class of its own
    and the parts' one base is their sum (``28 đảng viên. Trong đó, … chính thức: 27/29 đ/c; …
    dự bị 02/29 đ/c``: the cell's members written twice, one of them wrong)."""
    bases = {p.base for p in parts if p.measure == "ratio" and p.base is not None and p.base != total.value}
    if not bases:
        return False
    whole = len(bases) == 1 and all(p.measure == "ratio" and p.base in bases for p in parts)
    if whole and sum(p.value for p in parts) == next(iter(bases)):
        own = without_noun(words_after(total, text, base).strip(), noun_of(total, text, base)).strip()
        return is_subset_word(own) or names_a_class(own)
    return True


def counts_alike(total: Figure, f: Figure) -> bool:
    """Whether ``f`` counts what ``total`` counts: one unit, or one noun as written."""
    return unit_key(f) == unit_key(total) or same_noun(f, total)


def same_noun(a: Figure, b: Figure) -> bool:
    """Whether two figures name one noun as written (``35 đảng viên/120 CBCCVC``: the glued
    slash hides ``đảng viên`` from the vocabulary, not from the words)."""
    return bool(a.subject_text) and (a.subject_text or "").lower() == (b.subject_text or "").lower()


def slash_row(figs: list[Figure], start: int, text: str, base: int) -> list[Figure]:
    """The figures from ``start`` on joined by a noun and a slash: one row (``97 HS/ 41 nữ/ 2
    lớp``), of one measure; at least the figure itself."""
    row = figs[start : start + 1]
    for f in figs[start + 1 :]:
        own, at = own_text(f, text, base)  # (a row of totals of the paragraph before is read there)
        if f.measure != row[0].measure or not same_block((f, row[-1])):
            break
        if not rx.NOUN_SLASH_GAP.fullmatch(own, position(row[-1], at)[1], position(f, at)[0]):
            break
        row.append(f)
    return row
