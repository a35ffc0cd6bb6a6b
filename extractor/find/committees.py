"""A standing board within its executive committee.

``Đại hội bầu Ban Chấp hành gồm 35 ủy viên; Ban Thường vụ có 11 ủy viên``: a standing board
(``Ban Thường vụ``) is elected by and from its executive committee (``Ban Chấp hành``), so its
members are among the committee's.  When a paragraph states the size of both, the board's is
at most the committee's: a subset, plausibly (no word says so; a mismatch is a warning).

A size is a count of members (``ủy viên``, ``đồng chí``, ``người``, ``thành viên``) bound to
the body's name: the name, its own qualifiers (``Ban Chấp hành Đảng bộ Tập đoàn khóa III``)
and a linking word before the count (``gồm``, ``có``, ``là``, a colon), or the count then
``vào``/``tham gia`` and the name (``80 đồng chí vào Ban Thường vụ``); a number right after
the name needs no noun (``Ban Chấp hành 40, Ban Thường vụ 12``).  A board is paired with
the committee sized nearest to it in its paragraph, or in the paragraph before; a board and a
committee named with different qualifiers (``Ban Thường vụ Tỉnh ủy`` beside ``Ban Chấp hành
Đảng bộ xã``) are bodies of two levels and are not paired.
"""

from __future__ import annotations

import re

from extractor.document.elements import Document
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx

EVIDENCE = "a standing board within its committee"
COMMITTEE, BOARD = "committee", "board"
ADDED_REACH = 40  # characters before a count where words of members added to a body may stand
BLOCKS_BACK = 1  # paragraphs before a board's where its committee's size may be stated


def committee_subsets(doc: Document, figures: list[Figure]) -> list[Relation]:
    sized = [(f, *found) for f in figures if f.span.where == "body" for found in [_sized(doc, f)] if found]
    out = []
    for board, kind, qualifier in sized:
        if kind != BOARD:
            continue
        committees = [
            (f, q)
            for f, k, q in sized
            if k == COMMITTEE and 0 <= board.span.block - f.span.block <= BLOCKS_BACK and _same_body(q, qualifier)
        ]
        if not committees:
            continue
        here = [c for c in committees if c[0].span.block == board.span.block] or committees
        committee = min(here, key=lambda c: abs(c[0].span.start - board.span.start))[0]
        members = {"total": committee.id, "parts": [board.id]}
        out.append(Relation("subset_of", members, EVIDENCE, "plausible"))
    return out


def _sized(doc: Document, f: Figure) -> tuple[str, str] | None:
    """Whether a figure is the size of a committee or a standing board, and the body's
    qualifier words as written (lower-cased, ``""`` when none)."""
    if f.measure != "count" or f.approx:
        return None
    text, base = doc.blocks[f.span.block].text, doc.blocks[f.span.block].span[0]
    start, end = f.span.start - base, f.span.end - base
    named = _nearest_body(text, start)
    noun = rx.MEMBER_NOUN_AFTER.match(text, end)
    if noun is None and named is None:
        members = rx.MEMBERS_OF_BODY.match(text, end)  # "bầu 187 ủy viên Ban Chấp hành, …"
        added = rx.MEMBERS_ADDED_BEFORE.search(text, max(0, start - ADDED_REACH), start)
        if members is not None and added is None:
            return _kind(members), ""
    if noun is None and not (named and rx.BODY_THEN_NUMBER.fullmatch(named.group())):
        return None  # a count of members, or a number right after the body's name ("Ban Chấp hành 40")
    if named is None and noun is not None:
        named = rx.BODY_SIZE_AFTER.match(text, noun.end())
    qualifier = (named.group("qualifier") or "") if named else ""
    if named is None or not _plain_qualifier(qualifier) or rx.PLURAL_BODIES.match(qualifier):
        return None  # a predicate among the qualifiers, or many bodies ("Ban Thường vụ các chi bộ")
    return _kind(named), " ".join(qualifier.lower().split()).strip(" ,")


def _nearest_body(text: str, start: int) -> re.Match[str] | None:
    """The body named nearest before a count and sizing it: ``Ban Chấp hành đã bầu Ban Thường vụ
    gồm 5 đồng chí`` sizes the board, not the committee (the leftmost match would be)."""
    floor = max(0, start - rx.BODY_SIZE_REACH)
    names = [m.start() for m in rx.SIZED_BODY_NAME.finditer(text, floor, start)]
    for at in reversed(names):
        named = rx.BODY_SIZE_BEFORE.match(text, at, start)
        if named is not None:
            return named
    return None


def _plain_qualifier(qualifier: str) -> bool:
    """Whether the words between a body's name and its count only name the body: capitalised
    names (``Hội Nhà báo Việt Nam``, a lower-case word right after a capital counted in), the
    words of ``BODY_QUALIFIER_WORD``, years of the term; no predicate (``đã kiểm tra``)."""
    if rx.BODY_PREDICATE.search(qualifier):
        return False
    previous = ""
    for token in rx.BODY_QUALIFIER_TOKEN.findall(qualifier):
        named = previous[:1].isupper() or token[:1].isupper()
        if not named and not rx.BODY_QUALIFIER_WORD.fullmatch(token):
            return False
        previous = token
    return True


def _kind(m: re.Match[str]) -> str:
    return BOARD if rx.STANDING_BOARD.fullmatch(m.group("body")) else COMMITTEE


def _same_body(a: str, b: str) -> bool:
    """Whether a committee and a board named with these qualifiers may be of one body: either
    names none, or both name the same."""
    return not a or not b or a == b
