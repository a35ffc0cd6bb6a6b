"""Posts held, listed under a count of persons: ``Kỷ luật 12 đảng viên, trong đó 2 bí thư chi bộ,
1 phó bí thư, 3 chi ủy viên``; ``Đại hội có 150 đại biểu, trong đó 35 bí thư chi bộ, 20 phó bí
thư, …``; ``Đảng ủy xã có 15 đồng chí, trong đó: 1 bí thư, 2 phó bí thư, 5 ủy viên Ban Thường
vụ``.

A list whose parts all count posts in a Party committee (``bí thư``, ``phó bí thư``, ``ủy viên``,
``cấp ủy viên``, written after each number) names the posts some of the total
hold, not kinds that make it up: those disciplined or the delegates hold other posts or none.
Its parts are subsets of the total, never summed.  Only a list of the posts of the committee
whose size the total is (``Chi ủy có 3 đồng chí: 1 bí thư, 1 phó bí thư, 1 chi ủy viên``) may
make its total, and not when one of the posts is on the standing board, which holds the
secretaries too (``5 ủy viên Ban Thường vụ``).
"""

from __future__ import annotations

from extractor.find.context import position
from extractor.find.facts import Figure
from extractor.text import regexes as rx
from extractor.text.partitions import is_subset_word

POSTS = frozenset({"bi_thu", "cap_uy_vien"})  # the unit keys of posts in a committee
ATTRIBUTE_REACH = 60  # characters after a count read for the attribute it counts
COMMITTEE_REACH = 80  # characters before a total where the committee it sizes may be named


def posts_held(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Whether ``parts`` are posts held by some of ``total`` (two posts or more, and overlapping
    attributes beside them: ``35 bí thư, 30 phó bí thư, 40 chi ủy viên, 52 đại biểu nữ``):
    subsets, not a breakdown.  Not when the total's own words name the posts it counts (``40
    học viên là chủ tịch, phó chủ tịch UBND cấp xã, gồm 14 chủ tịch và 28 phó chủ tịch``: their
    holders, one post each) or it counts the secretaries themselves, nor the committee's own
    posts (:func:`committee_posts`)."""
    if not _posts_of(parts, text, base):
        return False
    if total.subject == "bi_thu" or _holders_named(total, parts[0], text, base):
        return False  # "Trong 48 Bí thư … có 31 đồng chí Bí thư tái cử; 17 …": the holders, by class
    return not committee_posts(total, parts, text, base)


def committee_posts(total: Figure, parts: list[Figure], text: str, base: int) -> bool:
    """Whether ``parts`` list the posts of the committee whose size the total is (``Chi ủy có 3
    đồng chí: 1 bí thư, 1 phó bí thư, 1 chi ủy viên``, ``Ban chấp hành công đoàn gồm 13 thành
    viên (1 chủ tịch, 2 phó chủ tịch, 10 ủy viên)``): they may make it up, plausibly.  Only
    posts (and attributes beside them), one of them its plain members' (a list of its
    secretaries alone leaves the members out), none on the standing board (which holds the
    secretaries too), and only for a total that is no count of persons acted on (``Đảng ủy xã
    đã thi hành kỷ luật 6 đảng viên: 2 bí thư chi bộ, …``: those disciplined, the committee only
    acting)."""
    posts = _posts_of(parts, text, base)  # an attribute beside them is a subset: "…; 3 đồng chí nữ"
    if total.category or not posts:
        return False
    if any(rx.STANDING_BOARD_POST.match(text, position(p, base)[1]) for p in posts):
        return False
    if not any(rx.MEMBER_POST_AFTER.match(text, position(p, base)[1]) for p in posts):
        return False  # "Toàn huyện có 120 đảng ủy viên cơ sở, trong đó 40 bí thư, 35 phó bí thư"
    return _sizes_a_committee(total, text, base)


def _posts_of(parts: list[Figure], text: str, base: int) -> list[Figure]:
    """The parts that count posts, when two or more do and the others count overlapping
    attributes; none otherwise."""
    posts = [p for p in parts if _post(p, text, base)]
    return posts if len(posts) >= 2 and all(p in posts or _attribute(p, text, base) for p in parts) else []


def _holders_named(total: Figure, first: Figure, text: str, base: int) -> bool:
    """Whether the words between the total and its first part name the posts it counts (``… là
    chủ tịch, phó chủ tịch UBND cấp xã, gồm``); not ``cán bộ lãnh đạo``, who hold many posts."""
    return rx.HOLDERS_NAMED.search(text, position(total, base)[1], position(first, base)[0]) is not None


def _post(f: Figure, text: str, base: int) -> bool:
    """Whether a count counts holders of a post, written after its number (``2 bí thư chi bộ``,
    ``35 đồng chí là bí thư chi bộ``), not a unit carried from a count before (``(35 cấp ủy viên),
    bằng các hình thức: khiển trách 32``)."""
    return rx.POST_AFTER.match(text, position(f, base)[1]) is not None


def _attribute(f: Figure, text: str, base: int) -> bool:
    end = position(f, base)[1]
    return is_subset_word(text[end : end + ATTRIBUTE_REACH])


def _sizes_a_committee(total: Figure, text: str, base: int) -> bool:
    """Whether the total counts a committee's members: it counts posts itself (``312 cấp ủy
    viên``), or a committee is named in its clause before it as having them (``Đảng ủy xã có 15
    đồng chí``) or right after its noun (``bầu 15 đồng chí vào Ban Chấp hành``)."""
    if total.subject in POSTS:
        return True
    start, end = position(total, base)
    noun = rx.MEMBER_NOUN_AFTER.match(text, end)
    if noun is not None and rx.BODY_SIZE_AFTER.match(text, noun.end()):
        return True  # "bầu 15 đồng chí vào Ban Chấp hành"
    lead = text[max(0, start - COMMITTEE_REACH) : start]
    lead = rx.CLAUSE_MARK_SPLIT.split(lead)[-1]
    # the committee is what has the members ("Đảng ủy xã có 15 đồng chí", "bầu BCH Chi đoàn 05
    # đồng chí"), not one acting on them ("Ban Thường vụ Huyện ủy đã chỉ định bổ sung 7 đồng chí")
    named = rx.COMMITTEE_NAME.search(lead)
    if named is None:
        return False
    acts = rx.COMMITTEE_ACTS.search(lead, named.end())
    if acts is None:
        return True
    # acted on itself ("do Đại hội bầu cử", "được Huyện ủy chỉ định bổ sung"), or acting on a second
    # committee, the one sized ("đã chỉ định Ban Chấp hành … lâm thời gồm 10 đồng chí")
    return bool(rx.PASSIVE_WORD.search(lead, named.end(), acts.start()) or rx.COMMITTEE_NAME.search(lead, acts.end()))
