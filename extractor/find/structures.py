"""Shares of the components of one structure.

``Cơ cấu kinh tế: Nông lâm nghiệp và thủy sản chiếm 30,9%; Công nghiệp và xây dựng chiếm
22,5%; Thương mại - dịch vụ chiếm 46,7%``: a structure (``cơ cấu``) divides one whole into
components, so the shares named after the cue, in its sentence or (when that holds none) in
the next, add up to 100 % at most.  A list may leave a component out (the taxes of a GRDP, a
minor sector), so only a sum above 100 % says a share is wrong: the relation is ``disjoint``
(some classes of one partition), and the checker warns, never errs.

The cue names what is divided (``cơ cấu kinh tế``, ``cơ cấu nguồn vốn``, … in
``patterns/cues.yaml``); restructuring (``tái cơ cấu``, ``cơ cấu lại``) is none.  A share counts
only when the words right before it make it one (``chiếm``, ``tỷ trọng``, a colon after the
component's name: the ``structure_share`` cue); a change (``tăng 0,1 lần``, ``giảm 2%``) in
between is the component's own and is skipped.  The shares end at any other percentage and at
``trong đó`` (a component broken down).  They are cut into structures where they come to 100 %
(a share after that is of another whole: ``…; kinh tế số chiếm 10,2% GRDP``) and where a
component is named again (a second year's structure), each read on its own.  Shares of
overlapping attributes (``nữ 20%, trẻ 15%``) are no components: such shares are not read.

A run of shares closed by what is left (``Tỷ lệ dân tộc Mông chiếm 87,75%; …, dân tộc Kinh
chiếm 2,4%, … còn lại là các dân tộc khác chiếm 1,29%``; :func:`rest_closed_shares`) names
every component: with no cue of a structure it is read as one, ``exhaustive``, its shares
adding up to 100 % (a warning when they do not, since each may be rounded on its own whole).
"""

from __future__ import annotations

from extractor.find.context import full_sentence, in_parens, is_change
from extractor.find.context import position as _pos
from extractor.find.facts import REST_CLOSED_EVIDENCE, STRUCTURE_EVIDENCE, Figure, Relation
from extractor.text import regexes as rx
from extractor.text.cues import before as cue_before
from extractor.text.cues import cue
from extractor.text.partitions import is_subset_word

LABEL_REACH = 60  # characters before a share's cue where its component's name may start
MIN_SHARES = 2


def structure_shares(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """The structures of component shares after each cue of a block, as distributions."""
    out: list[Relation] = []
    taken: set[str] = set()
    for m in cue("structure").finditer(text):
        if rx.RESTRUCTURING_BEFORE.search(text, 0, m.start()) or rx.RESTRUCTURING_AFTER.match(text, m.end()):
            continue  # "tái cơ cấu ngành …", "cơ cấu lại …": restructuring, no shares
        for run in _runs(_shares(figs, text, base, m.end())):
            if len(run) >= MIN_SHARES and not taken.intersection(f.id for f in run):
                taken.update(f.id for f in run)
                members = {"total": None, "parts": [f.id for f in run]}
                out.append(Relation("total_parts", members, STRUCTURE_EVIDENCE, "disjoint"))
    return out


def _runs(shares: list[tuple[Figure, str]]) -> list[list[Figure]]:
    """The shares cut into structures: one ends where its shares come to 100 % or where a
    component is named again."""
    runs: list[list[Figure]] = [[]]
    labels: list[str] = []
    lo = hi = 0.0
    for f, label in shares:
        if label in labels:
            runs.append([])
            labels, lo, hi = [], 0.0, 0.0
        half = f.half_unit
        runs[-1].append(f)
        labels.append(label)
        lo, hi = lo + f.value - half, hi + f.value + half
        if lo <= 100.0 <= hi:
            runs.append([])
            labels, lo, hi = [], 0.0, 0.0
    return runs


def _candidates(figs: list[Figure], text: str, base: int, after: int) -> list[Figure]:
    """The figures after the cue to the end of its sentence; the next sentence's when the cue's
    holds no percentage (``Cơ cấu kinh tế tiếp tục chuyển dịch …. Khu vực … chiếm 9,7%; …``)."""
    end = full_sentence(text, after)[1]
    own = [f for f in figs if after <= _pos(f, base)[0] < end]
    if any(f.measure == "percent" for f in own) or end >= len(text):
        return own
    nxt = full_sentence(text, end + 1)[1]
    return [f for f in figs if end <= _pos(f, base)[0] < nxt]


def _shares(figs: list[Figure], text: str, base: int, after: int) -> list[tuple[Figure, str]]:
    """The component shares after the cue, each with its component's name, to the first
    percentage that is none."""
    out: list[tuple[Figure, str]] = []
    prev_end = after
    for f in _candidates(figs, text, base, after):
        start, end = _pos(f, base)
        if f.measure != "percent" or is_change(f, text, base) or in_parens(text, prev_end, start):
            continue  # the component's amount ("596tỷđ, chiếm 50,3%") or its own change
        if out and cue("breakdown").search(text, prev_end, start):
            break  # "…; trong đó, …": a component broken down
        if cue_before("structure_share", text, start) is None:
            break
        if rx.SHARE_AND_BEYOND.match(text, end):
            return []  # "… 40% trở lên": a class and above, no component
        label = _label(text, prev_end, start)
        if is_subset_word(label):
            return []  # "nữ 20%, trẻ 15%": overlapping attributes, no structure
        out.append((f, label))
        prev_end = end
    return out


def _label(text: str, prev_end: int, start: int) -> str:
    """The component's name: the words between the previous share (or the cue) and the share
    cue, lower-cased, without the cue words."""
    lead = text[max(prev_end, start - LABEL_REACH) : start]
    pieces = [
        " ".join(p.strip(' .–-"“”').lower().split())
        for p in rx.LABEL_PIECES.split(rx.STRUCTURE_LABEL_TAIL.sub("", lead))
    ]
    return next((p for p in reversed(pieces) if p), "")


MIN_BEFORE_REST = 2  # shares before the rest's, for a run closed by what is left


def rest_closed_shares(figs: list[Figure], text: str, base: int) -> list[Relation]:
    """Runs of component shares in one sentence, the last named as what is left (``còn lại``
    right before its name), read as exhaustive distributions: every share a percentage with a
    share cue right before it (``chiếm``, ``tỷ lệ``, ``tỷ trọng``, a colon), no change between."""
    out = []
    for i, rest in enumerate(figs):
        lead = text[_pos(figs[i - 1], base)[1] if i else 0 : _pos(rest, base)[0]]
        if not _a_share(rest, text, base) or not rx.REST_LEAD.search(lead):
            continue
        opens = full_sentence(text, _pos(rest, base)[0])[0]
        run = [rest]
        for f in reversed(figs[:i]):
            if _pos(f, base)[0] < opens or not _a_share(f, text, base):
                break
            run.insert(0, f)
        run = _closed_run(run, text, base)
        if run:
            members = {"total": None, "parts": [f.id for f in run]}
            out.append(Relation("total_parts", members, REST_CLOSED_EVIDENCE, "exhaustive"))
    return out


REST_NEAR = 10.0  # percentage points from 100 within which a run closed by what is left is one split


def _closed_run(run: list[Figure], text: str, base: int) -> list[Figure]:
    """The run of shares what is left closes: the longest that starts at the run's start or right
    after a ``;`` in it, has :data:`MIN_BEFORE_REST` shares before the rest's and comes within
    :data:`REST_NEAR` points of 100 % (``Nữ chiếm 52,4%, nam chiếm 47,6%; người dân tộc thiểu số
    chiếm 38%, còn lại là người Kinh chiếm 62%``: two splits of one whole, none read; ``lao động nữ
    chiếm 46%; … 12%, … 60%, còn lại … 28%``: the split after the semicolon); none otherwise."""
    starts = [0] + [k for k in range(1, len(run)) if ";" in text[_pos(run[k - 1], base)[1] : _pos(run[k], base)[0]]]
    for k in starts:
        tail = run[k:]
        if len(tail) > MIN_BEFORE_REST and abs(sum(f.value for f in tail) - 100.0) <= REST_NEAR:
            return tail
    return []


def _a_share(f: Figure, text: str, base: int) -> bool:
    """A percentage written as a share: a share cue right before it, or a list item that opens
    with ``tỷ lệ`` (``Tỷ lệ dân tộc Cờ Lao 0,84%``); no change, nothing in brackets."""
    start = _pos(f, base)[0]
    cued = cue_before("structure_share", text, start) or cue_before("share", text, start)
    opens = full_sentence(text, start)[0]
    item = max([opens, *(text.rfind(c, opens, start) + 1 for c in ",;:")])  # the list item's start
    labelled = rx.RATE_LABEL_OPENS.match(text, item) is not None
    return (
        f.measure == "percent"
        and (cued is not None or labelled)
        and not is_change(f, text, base)
        and not in_parens(text, opens, start)
    )
