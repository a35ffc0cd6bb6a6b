"""A level at the start of a period, its change and the level at the end, stated in separate
sentences of one paragraph: ``tổng số hộ nghèo đầu năm 2023 là 10.781 hộ … Đến cuối năm
2023, tổng số hộ nghèo toàn tỉnh là 8.481 hộ (giảm 2.300 hộ …)``.

The end is a figure whose sentence names the end of the period (``cuối năm``, ``đến nay``,
``còn``) before it; the change is the first figure of the same measure after it in its
sentence that a change word governs (``giảm 2.300``), compared with nothing but the start
(``so với đầu năm`` is the start; ``so với cùng kỳ`` is another period); the start is the
latest earlier figure of the same unit whose sentence names the start of the period
(``đầu năm``).  The text implies the identity rather than states it in one clause, so it is
``plausible``, and a mismatch is ``info`` (another unit, a subset or a gross change between
the sentences is hard to rule out).  One clause with all three (``từ 84 lên 90, tăng
6``) is read by the relations stage itself.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from extractor.find.context import (
    clause_end,
    clause_start,
    counts_alike,
    full_sentence,
    in_sentence_before,
    is_change,
    position,
    rate_after_change,
    unit_key,
)
from extractor.find.facts import Figure, Relation
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue
from extractor.text.regexes import COMPARED_RE


def level_changes(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """Start, change and end of one unit across the sentences of one paragraph."""
    out = []
    for k, end in enumerate(figs):
        if end.measure not in ("count", "percent") or not _names(text, base, end, "level_end"):
            continue
        if is_change(end, text, base):
            continue
        if not _is_level(end, text, base):
            continue
        change = _change_after(figs, k, text, base)
        start = _start_before(figs, k, text, base)
        if change is None or start is None or _gross(figs, change, text, base):
            continue
        if not _same_period(start, end, text, base) or not _same_category(start, end, text, base):
            continue
        step = cue_before("change_step", text, change.span.start - base)
        sign = "tăng" if step is not None and step.group("cue").lower() == "tăng" else "giảm"
        members = {"start": start.id, "change": change.id, "end": end.id}
        out.append(Relation("change", members, sign, "plausible"))
    return out


def _names(text: str, base: int, f: Figure, name: str) -> bool:
    """Whether the sentence of ``f`` names the cue ``name`` before it."""
    return bool(in_sentence_before(cue(name), text, f.span.start - base))


def _change_after(figs: list[Figure], k: int, text: str, base: int) -> Figure | None:
    end = figs[k]
    stop = full_sentence(text, end.span.start - base)[1]
    for f in figs[k + 1 :]:
        pos = f.span.start - base
        if pos >= stop:
            return None
        if f.measure != end.measure:
            continue
        if cue_before("change_step", text, pos) is None:
            return None  # the next figure of the measure is no change: it is not this level's
        after = text[f.span.end - base : clause_end(text, f.span.end - base)]
        compared = COMPARED_RE.search(after)
        if compared and not cue("level_start_compared").match(after[compared.start() :]):
            return None  # "giảm 0,5% so với cùng kỳ", "tăng 40 đảng viên so với cùng kỳ": another period
        return f
    return None


def _start_before(figs: list[Figure], k: int, text: str, base: int) -> Figure | None:
    end = figs[k]
    for f in reversed(figs[:k]):
        if f.measure != end.measure or not counts_alike(end, f):
            continue
        if _names(text, base, f, "level_end"):
            return None  # an earlier end of the same unit: this one is no step from a start
        if _names(text, base, f, "level_start") and not is_change(f, text, base):
            return f
    return None


def _before_in_clause(f: Figure, text: str, base: int) -> str:
    pos = f.span.start - base
    return text[clause_start(text, pos) : pos]


def _noun_after(f: Figure, text: str, base: int) -> str:
    end = f.span.end - base
    return rx.NOUN_PHRASE_END.split(text[end : end + 40], maxsplit=1)[0]


def _is_level(end: Figure, text: str, base: int) -> bool:
    """The end states a level (``là 8.481 hộ``, ``còn 17.691``, ``có 1.312 đảng viên``), not
    the object of an action (``tạo việc làm mới cho 850 lao động``) or a subset (``85 hộ nghèo
    được hỗ trợ``)."""
    before = _before_in_clause(end, text, base)
    return rx.LEVEL_BEFORE.search(before) is not None and rx.ACTED_ON.search(_noun_after(end, text, base)) is None


def _gross(figs: list[Figure], change: Figure, text: str, base: int) -> bool:
    """Another change of the measure after the first one in its sentence (``tăng 120 … giảm
    50``): the changes are gross, their net is not stated."""
    stop = full_sentence(text, change.span.start - base)[1]
    return any(
        f.measure == change.measure and cue_before("change_step", text, f.span.start - base) is not None
        for f in figs
        if change.span.end <= f.span.start and f.span.start - base < stop
    )


def _years(f: Figure, text: str, base: int) -> set[str]:
    pos = f.span.start - base
    return set(rx.YEAR_RE.findall(text, full_sentence(text, pos)[0], pos))


def _same_period(start: Figure, end: Figure, text: str, base: int) -> bool:
    """No two different years named for the start and the end (``Đầu năm 2021 … cuối năm
    2023``: the change stated is not over that span)."""
    a, b = _years(start, text, base), _years(end, text, base)
    return not (a and b and not a & b)


def _categories(f: Figure, text: str, base: int) -> set[str]:
    """The two-word names that start with the figure's unit noun in its sentence up to it and
    in its noun after it (``hộ nghèo``, ``hộ cận``)."""
    noun = _noun_after(f, text, base).lower().split()
    if not noun:
        return set()
    head = noun[0]
    pos = f.span.start - base
    words = (text[full_sentence(text, pos)[0] : pos] + " " + " ".join(noun)).lower().split()
    return {f"{a} {b}" for a, b in itertools.pairwise(words) if a == head and b.isalpha()}


def _same_category(start: Figure, end: Figure, text: str, base: int) -> bool:
    """Start and end name no different categories of one noun (``hộ nghèo`` at the start,
    ``hộ cận nghèo`` at the end are two counts)."""
    a, b = _categories(start, text, base), _categories(end, text, base)
    return not (a and b and not a & b)


def bracketed_starts(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """Changes whose earlier level a bracket after them gives, of another period: ``tiếp 866
    lượt/964 lượt người …. So với cùng kỳ năm trước giảm 146 lượt tiếp, 127 lượt người (6
    tháng đầu năm 2019 đã tiếp 1.012 lượt/1.091 lượt người)``.  The changes right before the
    bracket, the bracket's levels and the latest levels before the changes (in their sentence
    or the one before) are paired in order, unit by unit.  Counts and money only: a change of
    a percentage may be relative or in points.  Which figure is the level now is read from
    the order, so a mismatch is a warning (evidence ``… (…)``).

    The bracket may also stand right after a comparison with another time, the changes after
    it (:func:`_compared_in_bracket`)."""
    out = []
    figs = sorted(figs, key=lambda f: f.span.start)
    at = [f.span.start - base for f in figs]  # where each figure starts: a stretch's figures by bisection
    for m in rx.OPEN_PAREN.finditer(text):
        close = text.find(")", m.end())
        if close < 0:
            continue
        starts = [f for f in _between(figs, at, m.end(), close) if f.measure in ("count", "money")]
        if not starts:
            continue
        if cue("compared_in_brackets").search(text, m.end(), close) or rx.YEAR_RE.search(text, m.end(), close):
            changes = _changes_before(_before(figs, at, m.start(), text, base), text, base)
            ends = _levels_before(figs, changes[0], len(changes), text, base) if changes else []
        else:
            changes, ends = [], []
        if not changes:
            changes, ends = _compared_in_bracket((figs, at), starts, (m.start(), close), text, base)
        if not changes or not len(starts) == len(changes) == len(ends):
            continue
        step = cue_before("change_step", text, changes[0].span.start - base)
        sign = "tăng" if step is not None and step.group("cue").lower() == "tăng" else "giảm"
        for start, change, end in zip(starts, changes, ends, strict=True):
            if not (_alike(start, change) and _alike(start, end)) or is_change(start, text, base):
                break
            members = {"start": start.id, "change": change.id, "end": end.id}
            out.append(Relation("change", members, f"{sign} (…)", "plausible"))
    return out


def _between(figs: list[Figure], at: list[int], lo: int, hi: int) -> list[Figure]:
    """The figures that start in ``[lo, hi)`` (``at``: where each starts, in order)."""
    return figs[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)]


def _before(figs: list[Figure], at: list[int], pos: int, text: str, base: int) -> list[Figure]:
    """The figures of the sentence holding ``pos`` that end by ``pos``."""
    return [f for f in _between(figs, at, full_sentence(text, pos)[0], pos) if f.span.end - base <= pos]


def _changes_before(before: list[Figure], text: str, base: int) -> list[Figure]:
    """The run of changes at the end of ``before`` (a sentence's figures up to a bracket or a
    comparison), of counts or money, with no other figure after them: ``giảm 146 lượt tiếp, 127
    lượt người (``."""
    run: list[Figure] = []
    for f in reversed(before):
        if f.measure not in ("count", "money") or not is_change(f, text, base):
            break
        run.insert(0, f)
    return run if run and cue_before("change_step", text, run[0].span.start - base) else []


def _compared_in_bracket(
    indexed: tuple[list[Figure], list[int]], starts: list[Figure], bracket: tuple[int, int], text: str, base: int
) -> tuple[list[Figure], list[Figure]]:
    """The changes and the levels now of a bracket that gives the level compared with, right
    after a comparison with another time: ``tiếp 1.068 lượt người, so với cùng kỳ năm 2018
    (1.170 lượt) giảm 102 lượt``, ``tiếp nhận 512 đơn, giảm 14 đơn so với cùng kỳ (526 đơn)``.
    Read only when nothing else can be meant (:func:`_comparison`); the changes stand right
    before the comparison (when it is its clause's first) or right after the bracket; and one
    level of each unit compared stands before them in their sentence (:func:`_compared_levels`).
    ``indexed``: the paragraph's figures in order, and where each starts."""
    figs, at = indexed
    opened, closed = bracket
    before = _before(figs, at, opened, text, base)
    compared = _comparison(starts, before, opened, text, base)
    if compared is None:
        return [], []
    clause = max(full_sentence(text, opened)[0], text.rfind(";", 0, compared.start()) + 1)
    ahead = _without_rate(
        [f for f in before if clause <= f.span.start - base and f.span.end - base <= compared.start()], text, base
    )
    first_comparison = COMPARED_RE.search(text, clause, compared.start()) is None  # not "…(95 vụ) giảm 8 vụ, so với …"
    changes = (_changes_before(ahead, text, base) if first_comparison else []) or _changes_after(
        figs, at, closed, text, base
    )
    if not changes:
        return [], []
    first = min(compared.start(), changes[0].span.start - base)
    again = rx.SUBJECT_THEN_TIME_COMPARED.match(text, compared.end(), opened)
    head = " ".join(again["head"].lower().split()) if again else None
    ends = _compared_levels(starts, [f for f in before if f.span.start - base < first], text, base, head)
    named = head is not None and all(names_subject(_clause_before(end, text, base), head) for end in ends)
    if not named and any(_not_its_own(end.span.end - base, first, text) for end in ends):
        return [], []  # (a level whose clause the comparison names again is its own, past a part between)
    return changes, ends


def _without_rate(ahead: list[Figure], text: str, base: int) -> list[Figure]:
    """The figures before a comparison without the rate of the change right before it
    (``giảm 58 đơn, tương ứng 7,3% so với …``, ``giảm 58 đơn (7,3%) so với …``)."""
    return ahead[:-1] if len(ahead) >= 2 and rate_after_change(ahead[-2], ahead[-1], text, base) else ahead


def _comparison(starts: list[Figure], before: list[Figure], opened: int, text: str, base: int) -> re.Match[str] | None:
    """The comparison right before a bracket, when it is with another time and the bracket gives
    that time's level: the comparison's words open with a time (``so với cùng kỳ năm 2018``, ``so
    với 6 tháng đầu năm 2023``; not ``so với huyện Gio Linh``, ``so với bình quân …``, ``so với
    Nghị quyết năm 2023``), name no plan and end at the bracket (``so với năm 2022, năm 2023 (87
    vụ)``: the bracket is this year's); the bracket opens with its level or a time (``(năm 2022:
    95 vụ)``; not ``(trong đó quý II tiếp nhận 268 đơn)``, ``(kế hoạch 220 …)``)."""
    sentence = full_sentence(text, opened)[0]
    closed_before = text.rfind(")", sentence, opened)  # "(tăng 65 lượt so với năm 2022), so với năm 2021 ("
    lo = max(sentence, closed_before + 1, before[-1].span.end - base if before else sentence)
    found = list(COMPARED_RE.finditer(text, lo, opened))
    if not found:
        return None
    if not _with_another_time(text[found[-1].end() : opened], text[sentence : found[-1].start()]):
        return None
    lead = text[opened + 1 : starts[0].span.start - base]
    if lead.strip() and (
        not rx.TIME_COMPARED.match(lead) or rx.PLANNED_BEFORE.search(lead) or rx.NOT_THE_SAME_LEVEL.search(lead)
    ):
        return None
    return found[-1]


def _with_another_time(what: str, before: str) -> bool:
    """Whether a comparison's words, from ``so với`` to its bracket, name another time and no
    plan, in one phrase (``cùng kỳ năm 2018``; not ``huyện Gio Linh``, ``kế hoạch …``, ``năm
    2022, năm 2023``), or name the subject of the level now again, then another time (``so với số
    việc có điều kiện thi hành năm 2016 chuyển sang năm 2017``, its first words said in ``before``,
    the sentence before the comparison: :func:`names_subject`)."""
    if rx.PLANNED_BEFORE.search(what) or any(c in what for c in ",;"):
        return False
    if rx.TIME_COMPARED.match(what):
        return True
    again = rx.SUBJECT_THEN_TIME_COMPARED.match(what)
    return again is not None and names_subject(before, again["head"])


def _not_its_own(level_end: int, compared: int, text: str) -> bool:
    """Whether another subject stands between a level now and the comparison after it, outside
    brackets: a part or another body (``…, trong đó Ban Tiếp công dân tỉnh so với …``, ``riêng
    …``), or a new clause that does not open with the comparison (``…; số vụ do vi phạm tốc độ so
    với …``); not a bracket's breakdown (``1.068 lượt người (trong đó 52 lượt …), so với …``)."""
    between = text[level_end:compared]
    while (bare := rx.BRACKETED_WORDS.sub(" ", between)) != between:  # a bracket's words are its own
        between = bare
    clause = between.rsplit(";", 1)[1] if ";" in between else ""
    return rx.NOT_THE_SAME_LEVEL.search(between) is not None or bool(clause.strip(" ,"))


def _compared_levels(
    starts: list[Figure], before: list[Figure], text: str, base: int, head: str | None = None
) -> list[Figure]:
    """For each level compared with, the one level now of its unit among the figures ``before``
    the comparison in its sentence, outside brackets and after the last change (which closes
    an earlier comparison: ``… là 128 vụ, so với … giảm 13 vụ; số vụ phạm tội về kinh tế 34 vụ,
    so với cùng kỳ (29 vụ) tăng 5 vụ``); none when two could be meant (``Tiếp nhận 412 đơn, đã
    giải quyết 398 đơn, so với cùng kỳ (380 đơn) …``), unless the comparison names its subject
    again (``head``, its first words, up to three: :func:`names_subject`) and only one of them has
    those words in its clause (``Số việc chuyển kỳ sau 358.855 việc, trong đó số việc có điều kiện
    … là 210.041 việc, so với số việc có điều kiện … năm 2016 (144.857 việc)``).  Read back from the
    comparison, it stops at the first change outside brackets (the levels of a unit compared are
    collected, then judged as above); a change right before the comparison that closes an earlier
    comparison of the same level is skipped back over with its bracket (:func:`_closes_a_comparison`)."""
    found: list[list[Figure]] = [[] for _ in starts]
    skip_from: int | None = None  # an earlier comparison of the same level, skipped: its start
    for f in reversed(before):
        if skip_from is not None and f.span.start - base >= skip_from:
            continue
        if _in_bracket(f, text, base):
            continue
        if is_change(f, text, base):
            # a change right before this comparison may close an earlier one of the same level
            skip_from = None if any(found) else _closes_a_comparison(f, text, base)
            if skip_from is None:
                break
            continue
        for mine, start in zip(found, starts, strict=True):
            if _alike(start, f):
                mine.append(f)
    if head is not None:
        found = [[f for f in mine if names_subject(_clause_before(f, text, base), head)] or mine for mine in found]
    return [mine[0] for mine in found] if all(len(mine) == 1 for mine in found) else []


def names_subject(words: str, head: str) -> bool:
    """Whether ``words`` name the subject a comparison names again by ``head`` (its first words,
    up to three): its first two words (one if it has one), and no other word after them where the
    head has a third (``vụ án hình sự`` is not ``vụ án dân sự``; ``… 250 đảng viên,`` is ``đảng
    viên kết nạp``)."""
    said = " ".join(words.lower().split())
    first, third = head.lower().split()[:2], head.lower().split()[2:]
    for at in rx.whole_words(" ".join(first)).finditer(said):  # every time it is said
        after = rx.NEXT_LETTER_WORD.match(said, at.end()) if third else None
        if after is None or after["word"] == third[0]:
            return True
    return False


def _clause_before(f: Figure, text: str, base: int) -> str:
    """The words of a figure's clause before its number, lower-cased and single-spaced."""
    at = position(f, base)[0]
    opens = max(full_sentence(text, at)[0], text.rfind(",", 0, at) + 1, text.rfind(";", 0, at) + 1)
    return " ".join(text[opens:at].lower().split())


def _closes_a_comparison(change: Figure, text: str, base: int) -> int | None:
    """Where the comparison starts whose change ``change`` is, when it follows the bracket of an
    earlier level right after a comparison with another time (``…, so với năm 2022 (95 vụ)
    giảm 8 vụ, so với năm 2021 (107 vụ) giảm 20 vụ``: the second compares the same level now);
    None for any other change."""
    pos = change.span.start - base
    closed = text.rfind(")", 0, pos)
    if closed < 0 or not rx.CHANGE_RIGHT_AFTER.fullmatch(text, closed + 1, pos):
        return None
    opened = text.rfind("(", 0, closed)
    sentence = full_sentence(text, pos)[0]
    found = list(COMPARED_RE.finditer(text, sentence, max(sentence, opened)))
    if (
        opened < 0
        or not found
        or not _with_another_time(text[found[-1].end() : opened], text[sentence : found[-1].start()])
    ):
        return None
    return found[-1].start()


def _changes_after(figs: list[Figure], at: list[int], closed: int, text: str, base: int) -> list[Figure]:
    """The run of changes right after a bracket (``(1.170 lượt) giảm 102 lượt``), of counts or
    money, the first governed by a change word with nothing else between them."""
    after = _between(figs, at, closed + 1, full_sentence(text, closed)[1])
    if not after or not rx.CHANGE_RIGHT_AFTER.fullmatch(text, closed + 1, after[0].span.start - base):
        return []
    run: list[Figure] = []
    for f in after:
        if f.measure not in ("count", "money") or not is_change(f, text, base):
            break
        run.append(f)
    return run if run and cue_before("change_step", text, run[0].span.start - base) else []


def _levels_before(figs: list[Figure], first: Figure, k: int, text: str, base: int) -> list[Figure]:
    """The ``k`` figures right before a run of changes, in its sentence or the one before, when
    they are levels (no changes, no bracket's)."""
    pos = first.span.start - base
    opens = full_sentence(text, pos)[0]
    reach = full_sentence(text, opens - 2)[0] if opens > 1 else opens
    levels = [
        f
        for f in figs
        if reach <= f.span.start - base < pos and not is_change(f, text, base) and not _in_bracket(f, text, base)
    ]
    return levels[-k:] if len(levels) >= k else []


def _in_bracket(f: Figure, text: str, base: int) -> bool:
    """Whether a figure stands inside a bracket of its sentence, nested ones counted (``(KN: 87;
    khiếu nại phản ánh (KNPA): 523)``: 523 is inside) and a closing one with no opening ignored
    (a list marker, ``a) Tiếp công dân: tiếp 866 lượt``)."""
    pos = f.span.start - base
    at, depths = _bracket_depths(text)
    i = bisect.bisect_left(at, pos) - 1
    return i >= 0 and at[i] >= full_sentence(text, pos)[0] and depths[i] > 0


@functools.lru_cache(maxsize=8)
def _bracket_depths(text: str) -> tuple[list[int], list[int]]:
    """Where each round bracket of ``text`` stands, and how deep in brackets the text is right
    after it, counted from its sentence's start; found once per text."""
    at: list[int] = []
    depths: list[int] = []
    depth, sentence = 0, -1
    for m in rx.BRACKET_MARK.finditer(text):
        opens = full_sentence(text, m.start())[0]
        if opens != sentence:
            depth, sentence = 0, opens
        depth = depth + 1 if m.group() == "(" else max(0, depth - 1)
        at.append(m.start())
        depths.append(depth)
    return at, depths


def _alike(a: Figure, b: Figure) -> bool:
    """One unit, or one noun as written (``866 lượt/`` beside ``1.012 lượt/1.091 lượt người``:
    a glued slash hides the vocabulary's unit, not the word)."""
    if unit_key(a) == unit_key(b):
        return True
    first = [(f.subject_text or "").lower().split()[:1] for f in (a, b)]
    return bool(first[0]) and first[0] == first[1]
