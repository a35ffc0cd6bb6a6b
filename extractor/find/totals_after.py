"""A total written after its parts: ``khiển trách 9 đồng chí, cảnh cáo 4 đồng chí, cách chức 2
đồng chí, tổng cộng 15 đồng chí``; ``huyện A 120; huyện B 95; huyện C 40. Tổng cộng: 255 đảng
viên``; ``khối 10: 347 học sinh; …; toàn trường: 758 học sinh``.

The words before the total (``tổng cộng``, ``cộng lại``, or ``cộng`` before a colon) say it is
the sum of what was just listed.  The whole's own name before a colon (``toàn trường:``, ``toàn
huyện:``) says only that it holds them, since a list of some communes may come before the
district's total: then only a sum above it is flagged (``open``).  ``tổng số`` is no cue: it
names a stock as often as a sum (``…, chuyển đến 30 đảng viên, tổng số 5.000 đảng viên``).

The parts are the run of figures of the total's measure and unit right before it, each after a
list separator, none a change or in a bracket; a figure with no noun of its own takes the
total's, and a noun written as its initials (``hs``) is the noun.  Where the run starts, the
text does not say: when a later part of the run adds up to the total exactly, that is the list;
otherwise the whole run is, and a sum off is a warning (``plausible``), not an error.  A
sentence of the total alone (``… huyện C 40. Tổng cộng: 255.``) sums the sentence before it."""

from __future__ import annotations

from extractor.find.context import full_sentence, in_parens, is_change, unit_key
from extractor.find.context import position as _pos
from extractor.find.facts import Figure, Relation
from extractor.find.part_words import adds_up
from extractor.text import regexes as rx

EVIDENCE = "a total after its parts"
MIN_PARTS = 2
LEAD_REACH = 40  # characters before a total read for the words that make it the sum of a list
GAP_REACH = 80  # characters between two parts at most (a label, its noun and a separator)


def totals_after_parts(figs: list[Figure], text: str, base: int) -> list[Relation]:
    out = []
    for i, total in enumerate(figs):
        start = _pos(total, base)[0]
        cued = rx.TOTAL_AFTER_PARTS.search(text, max(0, start - LEAD_REACH), start)
        if total.measure not in ("count", "money") or cued is None:
            continue
        if not _own_noun_after(total, text, base):
            continue  # "…, tổng cộng 3 huyện": the count of another noun than the one it was given
        parts = _run_before(figs[:i], total, text, base)
        if len(parts) < MIN_PARTS:
            continue
        exact = next((parts[k:] for k in range(len(parts) - MIN_PARTS + 1) if adds_up(parts[k:], total)), None)
        listed = exact or parts
        certainty = "open" if cued.group("whole") else "plausible"  # "toàn huyện:" after some communes
        out.append(Relation("total_parts", {"total": total.id, "parts": [p.id for p in listed]}, EVIDENCE, certainty))
    return out


def _run_before(before: list[Figure], total: Figure, text: str, base: int) -> list[Figure]:
    """The figures of the total's measure and unit right before it, in its sentence, each
    after a list separator (``,``, ``;``, a new line) with no other figure between; stops at
    a figure of another kind, a change, a bracketed one or a year written between."""
    opens = full_sentence(text, _pos(total, base)[0])[0]
    if opens > 1 and rx.TOTAL_AFTER_PARTS.fullmatch(text, opens - 2, _pos(total, base)[0]):
        opens = full_sentence(text, opens - 2)[0]  # "… huyện C 40. Tổng cộng: 255": sums the sentence before
    run: list[Figure] = []
    after = total
    for g in reversed(before):
        start, end = _pos(g, base)
        if in_parens(text, opens, start):
            continue  # a bracket's own figures are no items of the list ("120 đảng viên (tăng 10), …")
        gap = rx.BRACKETED_WORDS.sub("", text[end : _pos(after, base)[0]])
        if start < opens and "\n" not in text[start : _pos(after, base)[0]]:
            break
        if not _alike(g, total) or is_change(g, text, base) or len(gap) > GAP_REACH:
            break
        if (after is not total and not rx.LIST_SEPARATOR.search(gap)) or rx.YEAR_RE.search(gap):
            break
        run.append(g)
        after = g
    return list(reversed(run))


def _alike(g: Figure, total: Figure) -> bool:
    """Of the total's measure and unit (money in its scale), or a bare number of its measure."""
    if g.measure != total.measure or (g.measure == "money" and g.unit != total.unit):
        return False
    bare = g.subject == "other" and not (g.subject_text or "").strip()
    return bare or unit_key(g) == unit_key(total) or _initials_of(unit_key(g), unit_key(total))


def _initials_of(short: str, full: str) -> bool:
    """Whether one noun is the other written as its initials (``hs`` for ``học sinh``, ``gv`` for
    ``giáo viên``), either way round."""
    if len(short) > len(full):
        short, full = full, short
    words = full.split()
    return len(words) > 1 and " " not in short and short == "".join(w[0] for w in words)


def _own_noun_after(total: Figure, text: str, base: int) -> bool:
    """Whether the total is followed by its own noun (an amount by its money unit: ``tổng cộng 22 tỷ
    đồng``), or by no word at all (``tổng cộng: 255.``)."""
    rest = text[_pos(total, base)[1] :].lstrip().lower()
    noun = (total.unit if total.measure == "money" else total.subject_text) or ""
    noun = noun.lower().strip()
    return (bool(noun) and rest.startswith(noun)) or not rx.WORD_RE.match(rest)
