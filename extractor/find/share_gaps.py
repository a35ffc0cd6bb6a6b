"""What the words between two shares say: whether they bring in a group, a body or a subject
of its own, whose shares may be of another whole (:mod:`class_shares`, :mod:`implied_whole`)."""

from __future__ import annotations

from extractor.text import regexes as rx
from extractor.text.nlp import vocab_spans

CLASS_LABELS = ("RATING", "ACTION")  # the vocabularies whose words name a class


def other_words(gap: str, units: set[str]) -> bool:
    """Whether the words between two shares say more than the next class (``…; hoàn thành tốt
    nhiệm vụ 130 …``, ``; loại khá 270 …``, ``, cảnh cáo 4 …``): a group, a body or a subject of
    its own (``…; đảng viên có 318 …``, ``Ban Chấp hành có 11 …``, ``; hội viên cựu chiến binh …
    khá 876``, ``; đối với đảng viên hưu trí, có 14 …``) may have a whole of its own.  The
    counted noun itself (``…, hội viên khá 2.610 hội viên``) and a part of the item before
    (``…, trong đó cấp ủy viên 4 đồng chí (26,7% …);``) are no other group."""
    rest = rx.SUB_PART_STRETCH.sub(lambda m: " " * len(m.group()), gap)
    blanked = list(rest)
    for s in vocab_spans(rest):  # (spans of two vocabularies may overlap: blanked in place)
        if s.label in CLASS_LABELS or (s.label == "UNIT" and s.key in units):
            blanked[s.start : s.end] = " " * (s.end - s.start)
    return rx.CLASS_GAP_WORDS.fullmatch("".join(blanked)) is None


def group_label(gap: str) -> bool:
    """Whether the words between two shares end with a label that names no class (``…; giáo
    viên: 54 đồng chí hoàn thành tốt nhiệm vụ``: a group of its own; not ``hoàn thành tốt nhiệm
    vụ: 130``, the class itself)."""
    colon = gap.rfind(":")
    if colon < 0:
        return False
    opens = max(gap.rfind(c, 0, colon) for c in ";,.\n(") + 1
    return not any(s.label in CLASS_LABELS for s in vocab_spans(gap[opens:colon]))


def new_subject(gap: str) -> bool:
    """Whether the words between two shares open a new clause about a group within or beside the
    first: a part (``…, trong đó đoàn viên là học sinh … 30 …``), a group named apart (``…; đối
    với đảng viên hưu trí, có 14 …``, ``…; riêng …``), or one with an overlapping attribute
    (``…; đảng viên nữ hoàn thành xuất sắc nhiệm vụ 11 …``).  Not parallel items with labels of
    their own (``…: 15 (20,2%); phẩm chất đạo đức, lối sống: 14 (18,9%)``, ``Học sinh giỏi: 9,7%
    (295 HS); học sinh khá: …``: the counted noun again), and so not a group named by a label
    either (``…; đảng viên: 25 …`` is left to the three-share reading)."""
    opened = rx.NEW_CLAUSE_IN_GAP.search(gap)
    if opened is None:
        return False
    if opened.group().lower().startswith("trong"):
        return True
    clause = gap[opened.end() :]
    if rx.GROUP_APART.search(clause):
        return True
    return rx.GROUP_ATTRIBUTE.search(clause) is not None
