"""Which lists of parts partition their total, loaded once from ``patterns/partitions.yaml``.

A breakdown is summed against its total only when its parts are disjoint categories that
exhaust the total's kind (a rating scale, the forms of discipline, the two kinds of
tổ chức cơ sở đảng …).  :func:`partition_of` names the partition a list of parts belongs
to and whether it names every class; :func:`is_subset_word` tells an overlapping attribute
(``nữ``, ``dân tộc thiểu số``, ``dự bị`` …) that is a subset of its total, never a part of a
sum; :func:`ends_partial` tells a list that says it is incomplete (``…``, ``v.v.``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extractor.errors import BaocaoError
from extractor.text import regexes as rx
from extractor.text.resources import load_yaml
from extractor.text.vocabulary import load_vocabulary

ANY = "any"
GENERIC_PERSONS = frozenset({"đồng chí", "đ/c", "người"})  # person nouns that name no narrower group
MEMBERS_WORD = re.compile(r"(?<!\w)đảng\s+viên(?!\w)", re.IGNORECASE)  # a class written as members'


@dataclass(frozen=True)
class Partition:
    key: str
    totals: frozenset[str]  # unit keys of a total it divides; "any" for a total of any unit
    by: str  # "category", "subject" or "word"
    classes: tuple[str, ...]
    description: str = ""
    words: tuple[tuple[str, re.Pattern[str]], ...] = ()  # by "word": (class, what names it)
    ordered: bool = False  # the classes are a scale, best first
    whole: re.Pattern[str] | None = None  # named_in_clause: the words that name the whole's kind
    anywhere: tuple[tuple[str, re.Pattern[str]], ...] = ()  # named_in_clause: each class's words, unanchored
    years: tuple[int, int] | None = None  # in use only these years (a scale since replaced), when the text says which
    named: re.Pattern[str] | None = None  # by "word": any class's words, wherever they stand
    some: str = "disjoint"  # the certainty of a list naming some classes (see patterns/partitions.yaml)
    open_top: int | None = None  # some: open only for lists naming none but the first this many classes
    before_number: bool = False  # its class words stand before the numbers: read in items only

    def in_use(self, year: int | None) -> bool:
        """Whether the partition may be read for figures of ``year``: one in use in some years
        only when the figures' year is known and among them."""
        return self.years is None or (year is not None and self.years[0] <= year <= self.years[1])

    def word_class(self, text: str) -> str | None:
        """The class the words at the start of ``text`` name (``by: word`` partitions)."""
        return next((name for name, pattern in self.words if pattern.match(text)), None)

    def classes_in(self, text: str) -> set[str]:
        """The classes named anywhere in ``text`` (``by: word`` partitions)."""
        return {name for name, pattern in self.anywhere if pattern.search(text)}

    def divides(self, total_subject: str) -> bool:
        return total_subject in self.totals or ANY in self.totals


@dataclass(frozen=True)
class Match:
    """A list of parts recognised as (part of) a partition."""

    partition: Partition
    exhaustive: bool  # every class is named: the sum must equal the total
    named: frozenset[str] = frozenset()  # the classes the list names

    @property
    def certainty(self) -> str:
        """A breakdown's certainty: exhaustive when every class is named, else the partition's
        ``some`` (disjoint: a class may be missing; open: lists of some classes are the rule,
        or, with ``open_top``, lists of the top classes alone: one reaching lower is disjoint)."""
        p = self.partition
        if self.exhaustive:
            return "exhaustive"
        if p.some == "open" and p.open_top is not None and not self.named <= set(p.classes[: p.open_top]):
            return "disjoint"
        return p.some


@dataclass(frozen=True)
class Partitions:
    partitions: tuple[Partition, ...]
    subset_words: re.Pattern[str]
    partial_markers: re.Pattern[str]
    person_nouns: re.Pattern[str]  # the subset words' person nouns ("lao động", "hội viên")
    place_attributes: re.Pattern[str]  # a place counted by what it is among places ("xã biên giới")
    links: re.Pattern[str]  # the subset words' links at the start ("có", "là", "thuộc")
    place_nouns: re.Pattern[str]  # a noun of places at the start ("xã", "tổ dân phố"; not "xã viên", "thôn trưởng")


@functools.cache
def load_partitions() -> Partitions:
    data = load_yaml("partitions.yaml")
    parts = []
    for raw in data.get("partitions", []):
        by, classes = raw.get("by"), raw.get("classes")
        if by not in ("category", "subject", "word") or not classes or (by == "word") != isinstance(classes, dict):
            raise BaocaoError(
                f"patterns/partitions.yaml: {raw.get('key')!r} needs `by` (category|subject|word) and classes "
                "(a list, or for `by: word` a mapping of class to words)"
            )
        lead = [str(w) for w in raw.get("lead", [])]
        unless = [str(w) for w in raw.get("not", [])]
        words = (
            tuple(
                (str(c), re.compile(rx.subset_word([str(w) for w in ws], lead, (), unless), re.IGNORECASE))
                for c, ws in classes.items()
            )
            if by == "word"
            else ()
        )
        some = str(raw.get("some", "disjoint"))
        if some not in ("disjoint", "open"):
            raise BaocaoError(
                f"patterns/partitions.yaml: {raw.get('key')!r}: `some` is disjoint or open (got {some!r})"
            )
        parts.append(
            Partition(
                str(raw["key"]),
                frozenset(str(t) for t in raw.get("totals", [])),
                str(by),
                tuple(str(c) for c in classes),
                str(raw.get("description", "")),
                words,
                bool(raw.get("ordered", False)),
                _whole_words(raw),
                _anywhere(raw) if raw.get("named_in_clause") else (),
                _years(raw),
                _words_anywhere([w for ws in classes.values() for w in ws]) if by == "word" else None,
                some,
                int(raw["open_top"]) if raw.get("open_top") is not None else None,
                bool(raw.get("before_number", False)),
            )
        )
    subset = [str(w) for w in data["subset_words"]["names"]]
    lead = [str(w) for w in data["subset_words"].get("lead", [])]
    persons = re.compile(rx.leading_words(lead), re.IGNORECASE)
    org_lead = [str(w) for w in data["subset_words"].get("org_lead", [])]
    links = [str(w) for w in data["subset_words"].get("links", [])]
    unless = [str(w) for w in data["subset_words"].get("not", [])]
    partial = [str(w) for w in data["partial_markers"]["names"]]
    places = data["subset_words"].get("places") or {}
    place = rx.place_attribute(places.get("lead") or [], places.get("names") or []) if places else r"(?!)"
    linked_names = [str(w) for w in data["subset_words"].get("linked", [])]
    linked = rx.linked_subset_word(linked_names, [*lead, *org_lead], links) if linked_names and links else r"(?!)"
    attributes = rx.subset_word(subset, lead, links, unless, org_lead)
    return Partitions(
        tuple(parts),
        re.compile(f"(?:{attributes})|(?:{place})|(?:{linked})", re.IGNORECASE),
        re.compile(rx.partial_marker(partial), re.IGNORECASE),
        persons,
        re.compile(place, re.IGNORECASE),
        re.compile(rx.leading_words(links), re.IGNORECASE),
        re.compile(
            rx.leading_words([str(w) for w in places.get("lead") or []])
            + rf"(?!\s+{rx.words_alternation([str(w) for w in places.get('person_after') or []])})",
            re.IGNORECASE,
        ),
    )


def _years(raw: dict[str, Any]) -> tuple[int, int] | None:
    years = raw.get("years")
    if years is None:
        return None
    if not (isinstance(years, list) and len(years) == 2 and all(isinstance(y, int) for y in years)):
        raise BaocaoError(f"patterns/partitions.yaml: {raw.get('key')!r}: `years` is [first, last]")
    return int(years[0]), int(years[1])


def _whole_words(raw: dict[str, Any]) -> re.Pattern[str] | None:
    """A ``named_in_clause`` partition's ``whole`` words, compiled (None for the others)."""
    if not raw.get("named_in_clause"):
        return None
    words = raw.get("whole")
    if raw.get("by") != "word" or not isinstance(words, list) or not words:
        raise BaocaoError(
            f"patterns/partitions.yaml: {raw.get('key')!r} is named_in_clause: it needs `by: word` and `whole` words"
        )
    return _words_anywhere(words)


def _anywhere(raw: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    unless = [str(w) for w in raw.get("not", [])]
    return tuple((str(c), _words_anywhere(ws, unless)) for c, ws in raw["classes"].items())


def _words_anywhere(words: list[Any], unless: list[str] | None = None) -> re.Pattern[str]:
    """Any of ``words``, whole words, in any case, wherever they stand; not where one of
    ``unless`` starts (``lưu ý`` is no ``lưu``)."""
    found = rx.cue_words([str(w) for w in words], whole_word=True)
    if unless:
        found = rf"(?!{rx.cue_words(unless, whole_word=True)}){found}"
    return re.compile(found, re.IGNORECASE)


def read_after_numbers() -> tuple[Partition, ...]:
    """The ``by: word`` partitions whose class words are read right after a number or in its
    label (``1.060 đảng viên nam``); not those written before their numbers (``before_number``:
    ``chuyển 41 đơn``), which only the item-class reader reads."""
    return tuple(p for p in load_partitions().partitions if p.by == "word" and not p.before_number)


def named_in_clause() -> tuple[Partition, ...]:
    """The partitions whose class names are distinct enough to be read anywhere in a part's
    item (``24 đồng chí nhận Huy hiệu 75 năm tuổi Đảng``), not only right after its number."""
    return tuple(p for p in load_partitions().partitions if p.whole is not None)


def partition_of(total_subject: str, keys: Sequence[str | None], by: str, year: int | None = None) -> Match | None:
    """The partition of a total of ``total_subject`` whose classes the parts' ``keys`` (their
    categories when ``by`` is ``"category"``, their units when ``"subject"``) are, each class
    at most once; None when the parts are not classes of one partition.  ``year``: the year
    the figures are of, when known (a scale in use some years only is read for those)."""
    if len(keys) < 2 or any(k is None for k in keys) or len(set(keys)) != len(keys):
        return None
    named = set(keys)
    candidates = [p for p in load_partitions().partitions if p.by == by and named <= set(p.classes) and p.in_use(year)]
    named_total = [p for p in candidates if total_subject in p.totals]  # a partition of this very unit first
    for p in named_total or [p for p in candidates if p.divides(total_subject)]:
        return Match(p, exhaustive=named == set(p.classes), named=frozenset(str(k) for k in named))
    return None


def exclusive_classes(a: str, b: str, year: int | None = None) -> bool:
    """Whether ``a`` and ``b`` are two different classes of one partition (by category or
    subject) in use in ``year``: nothing counted as one is counted as the other."""
    return a != b and any({a, b} <= set(p.classes) and p.in_use(year) for p in load_partitions().partitions)


def better_class(a: str, b: str) -> bool:
    """Whether ``a`` stands above ``b`` on a scale (an ``ordered`` partition): a count of ``b``
    followed by ``trong đó`` a count of ``a`` reads ``b`` as "``b`` and above" (``4.740 đảng viên
    hoàn thành tốt nhiệm vụ, …, trong đó 858 … hoàn thành xuất sắc nhiệm vụ``)."""
    for p in load_partitions().partitions:
        if p.ordered and a in p.classes and b in p.classes and p.years is None:
            return p.classes.index(a) < p.classes.index(b)
    return False


def word_partition_of(total_subject: str, afters: Sequence[str]) -> Match | None:
    """The ``by: word`` partition whose classes the words after each part's number name,
    each class at most once (``1.060 đảng viên nam, 1.034 đảng viên nữ`` → sex)."""
    for p in read_after_numbers():  # (a class written before its number, after the number before it)
        if not p.divides(total_subject):
            continue
        named = [p.word_class(a) or p.word_class(_without_generic_person(a)) for a in afters]
        if len(named) >= 2 and None not in named and len(set(named)) == len(named):
            return Match(p, exhaustive=set(named) == set(p.classes), named=frozenset(str(n) for n in named))
    return None


def _without_generic_person(words: str) -> str:
    """``đồng chí nam`` → ``nam``: a generic person noun names no narrower group, its class follows."""
    lead = load_partitions().person_nouns.match(words)
    if lead is None or " ".join(lead.group().lower().split()) not in GENERIC_PERSONS:
        return words
    return words[lead.end() :].lstrip()


def side_by_side(named: Sequence[tuple[str, str] | None]) -> list[list[int]] | None:
    """Partitions written side by side in one list (``26 chính thức, 12 nam, 17 nữ``): given the
    ``(partition, class)`` each part names (None for none, :func:`class_named`), the indexes
    of the parts of each partition with two classes or more named.  None when no partition has
    two, when one partition names every part (a plain breakdown), or when a class of one is
    named twice (a part of a part)."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, pair in enumerate(named):
        if pair is not None:
            groups.setdefault(pair[0], []).append((i, pair[1]))
    full = [g for g in groups.values() if len({name for _, name in g}) >= 2]
    if not full or any(len(g) == len(named) for g in full):
        return None
    if any(len({name for _, name in g}) != len(g) for g in full):
        return None
    return [[i for i, _ in g] for g in full]


def names_a_class_of(key: str, text: str) -> bool:
    """Whether ``text`` names, anywhere, a class of the partition ``key`` (``nhận Huy hiệu 70 năm
    tuổi Đảng``, ``nam là người dân tộc thiểu số``)."""
    return any(p.key == key and p.named is not None and p.named.search(text) for p in load_partitions().partitions)


def bare_class(total_subject: str, words: str, noun: str = "", members: bool = True) -> tuple[str, str] | None:
    """The ``(partition, class)`` that ``words`` (a part's own words, after its number or in its
    label) name, of a ``by: word`` partition dividing a total of ``total_subject``, with nothing
    more than a person noun or the total's own ``noun`` beside it: ``đảng viên nam``, ``đồng chí
    nữ``, ``đại biểu nữ`` of delegates, ``nữ đồng chí``; None for ``nam là người dân tộc thiểu số`` (a
    narrower group of the class), for a class written with a person noun narrower than the total's
    (``30 hội viên nam`` of ``85 người``), and for classes of members (``đảng viên nữ``) when the
    total does not count Party members (``members`` false: ``120 đại biểu, trong đó 45 đảng viên
    nữ``)."""
    words = rx.LINKING_TAIL.sub("", words.strip(" :;,.\n")).rstrip(" :")
    lead = load_partitions().person_nouns.match(words)
    heads = [words]
    if lead is not None:
        said = " ".join(lead.group().lower().split())
        if said not in GENERIC_PERSONS and said != noun and not (members and said == "đảng viên"):
            return None  # "30 hội viên nam" of "85 người": the men among the association's members
        heads.append(words[lead.end() :].strip())
    elif noun and words.lower().startswith(noun + " "):
        heads.append(words[len(noun) :].strip())
    for head in heads:
        for p in read_after_numbers():
            if not p.divides(total_subject):
                continue
            found = next(((name, m) for name, pattern in p.words if (m := pattern.match(head))), None)
            if found is None or not _only_a_person(head[found[1].end() :].strip(), noun):
                continue
            if not members and MEMBERS_WORD.search(head[: found[1].end()]):
                return None
            return p.key, found[0]
    return None


def counts_members(total_subject: str, written: str = "") -> bool:
    """Whether a total of ``total_subject`` counts Party members (``đảng viên``, ``đảng viên
    mới``), what it counts is unsaid (``other``), or the words ``written`` before it name members
    (``Tổng số đảng viên 1.245 đồng chí``)."""
    entry = load_vocabulary().entry("UNIT", total_subject)
    if total_subject in ("dang_vien", "other") or (entry is not None and "dang_vien" in entry.kind_of):
        return True
    return MEMBERS_WORD.search(written) is not None


def _only_a_person(words: str, noun: str) -> bool:
    """Whether ``words`` are empty, the total's own noun, or one person noun (``đồng chí``)."""
    if not words or words.lower() == noun:
        return True
    lead = load_partitions().person_nouns.match(words)
    return lead is not None and not words[lead.end() :].strip()


def class_named(
    total_subject: str, after: str, label: str, noun: str = "", members: bool = True
) -> tuple[str, str] | None:
    """The ``(partition, class)`` a listed part names and nothing more (:func:`bare_class`): by
    the words after its number up to the next part (``12 đảng viên nam``, ``06 đ/c nam``), or by
    its ``label`` when only a person noun or the total's own ``noun`` follows its number (``Đảng
    viên nữ: 512 đồng chí``)."""
    own = rx.CLASS_OWN_WORDS_END.split(after, maxsplit=1)[0]
    if (named := bare_class(total_subject, own, noun, members)) is not None:
        return named
    return bare_class(total_subject, label, noun, members) if _only_a_person(own.strip(" :;,.\n"), noun) else None


def names_a_class(text: str) -> bool:
    """Whether ``text`` opens with the words of a class of a ``by: word`` partition
    (``chính thức``, ``nam``): a count so qualified counts one class, not the whole."""
    return any(p.word_class(text.strip()) for p in read_after_numbers())


def is_subset_word(text: str) -> bool:
    """Whether ``text`` (what a part counts, as written) names an overlapping attribute."""
    return bool(load_partitions().subset_words.match(text.strip()))


def is_place_attribute(text: str) -> bool:
    """Whether ``text`` (what a part counts, as written) names places by an attribute that
    overlaps others (``xã đặc biệt khó khăn``, ``xã biên giới``)."""
    return bool(load_partitions().place_attributes.match(text.strip()))


def opens_with_link(text: str) -> bool:
    """Whether ``text`` opens with a subset words' link (``có thành viên là người có công``):
    what a counted thing has or is, not a kind of it (``trong doanh nghiệp``)."""
    return bool(load_partitions().links.match(text.strip()))


def person_noun(text: str) -> bool:
    """Whether ``text`` (the noun a count counts, as written) opens with a person noun of the
    subset words' ``lead`` (``lao động``, ``cán bộ``, ``hội viên``)."""
    return bool(load_partitions().person_nouns.match(text.strip()))


def ends_partial(text: str) -> bool:
    """Whether a list's tail (the text after its last part) says the list is incomplete."""
    return bool(load_partitions().partial_markers.search(text))
