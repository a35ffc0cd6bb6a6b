"""Relations a table states: per row, target, actual and percent-of-target columns, the
actual column as the sum (counts) or mean (percentages) of the yearly columns; per column, a
group row as the total of its sub-rows, sub-rows that are ratings as a distribution."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from typing import Any

from extractor.document.elements import Document, Table
from extractor.find.context import (
    RowInfo,
    is_category_label,
    label_column,
    table_rows,
)
from extractor.find.facts import Figure, Relation, rounds_to
from extractor.find.facts import id_of as _id
from extractor.find.part_words import adds_up as _adds_up
from extractor.text import regexes as rx
from extractor.text.cues import column_is, cue
from extractor.text.partitions import (
    is_subset_word,
    word_partition_of,
)

CLASS_COLUMNS_MOST = 4  # columns before a total read for the classes that split it


def table_relations(doc: Document, figs: list[Figure]) -> list[Relation]:
    """Per row: target, actual and percent-of-target columns; the actual column as the
    sum (counts) or mean (percentages) of the yearly columns.  Per column: a group row
    as the total of its sub-rows, and sub-rows that are ratings as a distribution."""
    table = doc.blocks[figs[0].span.block].table
    if table is None:
        return []
    labels, infos = table_rows(table)
    cells = {f.span.cell: f for f in figs if f.span.cell is not None}
    merged = {(c.row, c.col) for c in table.cells if c.row_span > 1}
    out = []
    by_row: dict[int, dict[int, Figure]] = {}
    for (rr, c), f in cells.items():
        by_row.setdefault(rr, {})[c] = f
    for r, info in enumerate(infos):
        row = by_row.get(r, {})
        if info is not None and row:
            out += _row_relations(info, row, merged)
    numbers = [row[0].strip() for row in table.grid()] if label_column(labels) != 0 else []
    out += _group_relations(infos, cells, numbers)
    out += _rate_rows(cells)
    out += _column_breakdowns(labels, infos, cells)
    out += _label_shares(labels, infos, cells)
    leaves = table.grid()[table.header_rows - 1] if table.header_rows else labels
    out += _sum_rows(infos, cells, numbers, leaves)
    out += _total_rows_above(infos, cells)
    out += _share_columns(table, labels, infos, cells)
    out += _grouped_total(table, infos, cells)
    out += _months_to_date(labels, infos, cells)
    out += _ratio_columns(labels, infos, cells, {fid for r in out for fid in r.member_ids()})
    return out


#: The evidence of a column of percentages read as one column over another, row by row.
RATIO_COLUMN = "table: a column of one column over another"
RATIO_ROWS_AGREEING = 3  # rows where a percentage column must come out of two others, and most rows


def _ratio_columns(
    labels: list[str], infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure], read: set[str]
) -> list[Relation]:
    """A column of percentages whose header compares (``So với 6 th/2008``, ``Tỷ lệ %``, ``%
    đạt``) read as one column of counts or amounts over another, row by row (``Tổng số giường
    bệnh | 160 | 165 | 103%``: 165 over 160), where the table's rows show it: the percentage
    comes out of the two (rounded or cut off) in at least :data:`RATIO_ROWS_AGREEING` rows and in
    most of the rows that have all three, and of no other pair of columns as often.  A column
    another reading took (``% so với chỉ tiêu``) is left to it.  Plausible: a warning at most."""
    out = []
    for p, header in enumerate(labels):
        if header.strip() and not rx.RATIO_COLUMN_HEADER.search(header):
            continue  # (a header lost to a layout the reader did not follow says nothing either way)
        rows = {
            r: cells[(r, p)] for r, info in enumerate(infos) if info is not None and _percent_cell(cells.get((r, p)))
        }
        if len(rows) < RATIO_ROWS_AGREEING or any(f.id in read for f in rows.values()):
            continue
        pair = _best_pair(rows, cells, [c for c in range(len(labels)) if c != p])
        if pair is None or not _compares_with(header, labels[pair[1]], labels[pair[0]]):
            continue
        a, b = pair
        for r, pct in rows.items():
            x, y = cells.get((r, a)), cells.get((r, b))
            if x is not None and y is not None and _levels(x, y):
                members = {"percent": pct.id, "count": x.id, "base": y.id}
                out.append(Relation("percent_of", members, RATIO_COLUMN, "plausible"))
    return out


def _compares_with(header: str, base_header: str, count_header: str) -> bool:
    """Whether a ratio column's header, when it names what it compares with (``So với cùng kỳ``,
    ``So với 6 th/2008``, ``So với dự toán``), names the base column: its header holds one of
    those words, or, for the same period before (``cùng kỳ``, ``năm trước``), a year before the
    count column's (``Thực hiện 2022`` beside ``Thực hiện 2023``).  A column of rates over last
    year that happens to match this year over the plan in most rows is not read.  A header naming
    nothing, or a base column's header lost, tells nothing."""
    named = rx.COMPARED_WITH_WORDS.search(header)
    if named is None or not base_header.strip():
        return True
    words = set(rx.WORD_RE.findall(base_header.lower()))
    if any(w in words for w in rx.WORD_RE.findall(named["what"].lower()) if w not in ("năm", "với", "số")):
        return True
    if not rx.SAME_PERIOD_BEFORE.search(named["what"]):
        return False
    years, earlier = rx.YEAR_WRITTEN.findall(count_header), rx.YEAR_WRITTEN.findall(base_header)
    return bool(years and earlier) and max(int(y) for y in earlier) < min(int(y) for y in years)


def _percent_cell(f: Figure | None) -> bool:
    return f is not None and f.measure == "percent"


def _best_pair(
    rows: dict[int, Figure], cells: dict[tuple[int, int], Figure], columns: list[int]
) -> tuple[int, int] | None:
    """The columns ``(a, b)`` whose ratio the percentages of ``rows`` come out of in at least
    :data:`RATIO_ROWS_AGREEING` rows and most rows having both, more often than any other pair (a
    column of one column over a difference of two, ``HTT / (Tổng − Miễn)``, agrees with one over
    the whole in the rows with nothing taken off: half the rows do not tell)."""
    scores = []
    for a in columns:
        for b in columns:
            if a == b:
                continue
            agreeing = total = 0
            for r, pct in rows.items():
                x, y = cells.get((r, a)), cells.get((r, b))
                if x is not None and y is not None and _levels(x, y):
                    total += 1
                    agreeing += _comes_out(x, y, pct)
            scores.append((agreeing, total, a, b))
    scores.sort(reverse=True)
    if not scores or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None  # no pair, or two pairs the column fits alike
    agreeing, total, a, b = scores[0]
    return (a, b) if agreeing >= RATIO_ROWS_AGREEING and 2 * agreeing > total else None


def _levels(x: Figure, y: Figure) -> bool:
    """Two cells of one row a percentage may be the ratio of: counts or amounts of one measure,
    the second above nought."""
    return x.measure == y.measure in ("count", "money") and y.value > 0


def _comes_out(x: Figure, y: Figure, pct: Figure) -> bool:
    """Whether ``x`` over ``y`` gives the percentage, rounded or cut off to its decimals."""
    value = 100.0 * x.value / y.value
    cut = math.floor(value * 10**pct.decimals + 1e-9) / 10**pct.decimals
    return rounds_to(value, pct) or abs(cut - pct.value) < 1e-9


#: The evidence of a row's months to date as its months before plus the month after them.
MONTHS_TO_DATE = "table: months to date"


def _month_columns(labels: list[str]) -> list[tuple[int, int, int]]:
    """Columns ``(before, month, to_date)`` whose headers name ``N`` months, the month ``N+1``
    and ``N+1`` months (``Thực hiện 8 tháng/2015``, ``Dự ước tháng 9/2015``, ``Lũy kế 9 tháng
    năm 2015``), in one year or none; no change, share or target column."""
    spans: dict[int, list[int]] = defaultdict(list)
    months: dict[int, list[int]] = defaultdict(list)
    years = {c: set(rx.YEAR_WRITTEN.findall(h)) for c, h in enumerate(labels)}
    for c, header in enumerate(labels):
        if rx.OTHER_PERIOD_HEADER.search(header) or len(years[c]) > 1:
            continue
        span, one = rx.MONTHS_TO_DATE_HEADER.search(header), rx.ONE_MONTH_HEADER.search(header)
        if span and not one:
            spans[int(span["n"])].append(c)
        elif one and not span:
            months[int(one["n"])].append(c)
    out = []
    for n, befores in spans.items():
        for before in befores:
            for month in months.get(n + 1, []):
                for to_date in spans.get(n + 1, []):
                    if len(years[before] | years[month] | years[to_date]) <= 1:
                        out.append((before, month, to_date))
    return out


def _months_to_date(
    labels: list[str], infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]
) -> list[Relation]:
    """A row's months to date as its months before plus the month after them, counts and
    amounts (a flow: visitors, admissions), read where the table's rows show it: in at least
    :data:`AGREEING_COLUMNS` rows and most of them they add up exactly.  A row whose month is
    half its months to date or more is a level (members, loans outstanding), not a flow, and
    is left out.  Plausible: a row may still be a level."""
    out = []
    for before, month, to_date in _month_columns(labels):
        sums = []
        for r, info in enumerate(infos):
            a, b, c = (cells.get((r, col)) for col in (before, month, to_date))
            if info is None or a is None or b is None or c is None:
                continue
            if any(f.measure not in ("count", "money") for f in (a, b, c)) or 2 * b.value >= c.value:
                continue
            sums.append(Relation("total_parts", {"total": c.id, "parts": [a.id, b.id]}, MONTHS_TO_DATE, "plausible"))
        if _agree(sums, cells):
            out += sums
    return out


def _grouped_total(table: Table, infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]) -> list[Relation]:
    """A two-row header whose first row is a ``Tổng số`` group and the groups after it, each over
    the same leaves (``Tổng số | Công chức | Viên chức`` over ``Số lượng | Tỷ trọng``): in each
    leaf of counts, row by row, the total group's cell is the sum of the other groups'.  Read
    only when they add up exactly in most rows and in at least :data:`AGREEING_COLUMNS` (the
    groups may overlap, or be only some of the whole)."""
    if table.header_rows < 2:
        return []
    grid = table.grid()
    top, leaf = _group_row(grid), grid[1]
    spans: dict[str, list[int]] = {}
    for c in range(table.n_cols):
        if top[c] and leaf[c]:
            spans.setdefault(top[c], []).append(c)
    names = list(spans)
    if len(names) < 3 or not column_is("total", names[0]):
        return []
    leaves = [leaf[c] for c in spans[names[0]]]
    if any([leaf[c] for c in spans[n]] != leaves for n in names[1:]):
        return []
    out = []
    for k, total_col in enumerate(spans[names[0]]):
        columns = [spans[n][k] for n in names[1:]]
        for r, info in enumerate(infos):
            total = cells.get((r, total_col))
            parts = [cells.get((r, c)) for c in columns]
            if info is None or total is None or total.measure != "count":
                continue
            if any(p is None or p.measure != "count" for p in parts):
                continue
            members = {"total": total.id, "parts": [p.id for p in parts if p is not None]}
            out.append(Relation("total_parts", members, "table: groups split the total group"))
    return out if _agree(out, cells) else []


def _share_columns(
    table: Table, labels: list[str], infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]
) -> list[Relation]:
    """A column of shares right after a column of counts under one group header (``Công chức``
    over ``Số lượng | Tỷ trọng``, or the two alone): each row's share is its count over the
    count of the row whose share is 100 (``Tổng số công chức viên chức … 469,030 | 100.0``),
    the whole the column's shares are of."""
    grid = table.grid()
    top = _group_row(grid) if table.header_rows >= 2 else None
    out = []
    for c in range(1, table.n_cols):
        if not column_is("share", labels[c]) or column_is("share", labels[c - 1]):
            continue
        if top is not None and top[c] != top[c - 1] and (top.count(top[c]) > 1 or top.count(top[c - 1]) > 1):
            continue  # the count column of another group (not two headers of one column each)
        rows = [r for r, info in enumerate(infos) if info is not None and (r, c) in cells and (r, c - 1) in cells]
        if any(cells[(r, c - 1)].measure != "count" or cells[(r, c)].measure != "percent" for r in rows):
            continue
        whole = _whole_row(rows, c, infos, cells)
        if whole is None:
            continue
        base = cells[(whole, c - 1)]
        found = [
            Relation("percent_of", {"percent": cells[(r, c)].id, "count": cells[(r, c - 1)].id, "base": base.id},
                     "table: share column beside its counts")
            for r in rows
            if r != whole
        ]  # fmt: skip
        agreeing = sum(1 for r in rows if r != whole and _share_of(cells[(r, c)], cells[(r, c - 1)], base))
        # most rows' shares are of that whole, or half of them and all of them make its 100 %
        # (a rate column two rows of which match by chance is no share column)
        parts_sum = sum(cells[(r, c)].value for r in rows if r != whole)
        if agreeing >= 2 and (2 * agreeing > len(found) or (2 * agreeing == len(found) and 99.0 <= parts_sum <= 101.0)):
            out += found
    return out


def _group_row(grid: list[list[str]]) -> list[str]:
    """A two-row header's first row, each group's name over every leaf under it: a group written
    once in a tab-separated table (``Năm 2023 | | Năm 2024 |`` over ``Số lượng | Tỷ lệ | …``)
    goes on over the empty cells after it that have a leaf under them."""
    top, leaf = list(grid[0]), grid[1]
    for c in range(1, len(top)):
        if not top[c] and leaf[c] and top[c - 1] and leaf[c - 1]:
            top[c] = top[c - 1]
    return top


def _whole_row(
    rows: list[int], c: int, infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]
) -> int | None:
    """The row a share column's shares are of: its share 100, labelled as the whole (``Tổng số …``,
    ``Cộng``), its count the column's largest; None when no row is (a rate that one row met in
    full, ``… | 12 | 100``, is no whole)."""
    for r in rows:
        info = infos[r]
        if info is None or cells[(r, c)].value != 100.0:
            continue
        if not (rx.WHOLE_ROW_LABEL.fullmatch(info.label) or rx.SUM_ROW_LABEL.fullmatch(info.label)):
            continue
        if all(cells[(k, c - 1)].value <= cells[(r, c - 1)].value for k in rows):
            return r
    return None


def _share_of(share: Figure, count: Figure, base: Figure) -> bool:
    """Whether ``share`` is ``count`` over ``base`` as written (to half a unit of its last digit)."""
    return bool(base.value) and rounds_to(100.0 * count.value / base.value, share)


def _sum_rows(
    infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure], numbers: list[str], leaves: list[str]
) -> list[Relation]:
    """A row labelled as the sum of the rows above it, back to the header or the previous such
    row, column by column: ``Cộng``, ``Tổng cộng`` say so; a last ``Tổng số`` may be a whole
    whose rows above are some of it (``Nữ``, ``Dân tộc thiểu số``), so it sums them only when
    they add up to it exactly in most columns and in at least :data:`AGREEING_COLUMNS`.  Rows
    above that are sub-rows, or numbered at two depths, would be counted twice: none is read;
    rating rows numbered ``1``, ``2``, … in one list are no sub-rows of one another; a row
    counting some of the one above it (``Trong đó: nữ``) is none of the rows summed, and one
    heading rows under it (``Trong đó:``, naming nothing) leaves the sum unread; a grand total
    (``Tổng …``) after a sum row with rows above it under the same header totals the subtotals,
    and is not read."""
    out: list[Relation] = []
    byid = {f.id: f for f in cells.values()}
    top = 0
    subtotal = False  # a sum row with rows above it stood before, under the same header
    for r, info in enumerate(infos):
        if info is None:
            top, subtotal = r + 1, False
            continue
        if not rx.SUM_ROW_LABEL.fullmatch(info.label):
            continue
        above_all = [k for k in range(top, r) if infos[k] is not None]
        rows = [k for k in above_all if not _within_row(infos[k].label)]  # type: ignore[union-attr]
        top = r + 1
        grand = subtotal and rx.GRAND_TOTAL_LABEL.match(info.label) is not None
        subtotal = subtotal or bool(above_all)  # (a whole on top, "Tổng số" over the rows, is none)
        if grand or any(_within_heading(infos[k].label) for k in above_all if k not in rows):  # type: ignore[union-attr]
            continue  # "Tổng cộng" after a subtotal: the subtotals' total; "Trong đó:" over rows: some of one
        head = infos[rows[0]] if rows else None
        if head is not None and rx.TOTAL_ROW_LABEL.fullmatch(head.label):
            rows = rows[1:]  # "Toàn huyện" on top restates the whole the sum row below gives
        above = [infos[k] for k in rows]
        listed = _numbered_in_sequence(numbers, rows)  # "1 Tốt", "2 Khá", …: rating rows of one list
        if (
            len(rows) < 2
            or len({a.level for a in above if a is not None}) > 1
            or any(a is None or (a.sub and not (listed and is_category_label(a.label))) for a in above)
        ):
            continue  # (rows of one depth, whatever other rows of the table are numbered at)
        if _overlapping([a.label for a in above if a is not None]):
            continue  # "Nữ", "Dân tộc thiểu số" above a last "Tổng số": some of it, overlapping
        found = _row_over_rows(cells, r, rows, "table: sum row", shares=bool(rx.SUM_ROW_SAID.fullmatch(info.label)))
        found = [rel for rel in found if not _rate_column(leaves, byid[rel.members["total"]])]  # "Tỷ lệ …/lớp"
        if rx.SUM_ROW_SAID.fullmatch(info.label) or _agree(found, cells):
            out += found
    return out


def _within_heading(label: str) -> bool:
    """Whether a row is only the cue of the rows under it (``Trong đó:``), naming nothing: what
    follows it is some of a row above (``Trong đó: nữ`` names its own subset)."""
    return rx.WITHIN_CUE_ONLY.fullmatch(_unnumbered(label).strip(" :")) is not None


def _within_row(label: str) -> bool:
    """Whether a row counts some of the row above it (``Trong đó: đảng viên nữ``, ``4. Trong đó
    nữ``), never one of the rows a sum row adds up."""
    return column_is("subsets", _unnumbered(label))


def _unnumbered(label: str) -> str:
    """A row label without the number it opens with (``4. Trong đó nữ`` → ``Trong đó nữ``)."""
    opening = rx.LABEL_ROW_NUMBER.match(label)
    return label[opening.end() :] if opening else label


def _rate_column(leaves: list[str], total: Figure) -> bool:
    """Whether a sum's column, that of its ``total``, holds rates or means, which do not add up
    (``Tỷ lệ giáo viên/lớp``, ``Bình quân``), by its own header (the last header row's; not a
    group over it, ``Hộ nghèo và tỷ lệ hộ nghèo`` over ``Số hộ``); shares summed to 100 are a
    distribution, no rates."""
    if total.measure == "percent" and total.value == 100.0:
        return False
    column = total.span.cell[1] if total.span.cell is not None else None
    return column is not None and column < len(leaves) and bool(rx.RATE_OR_MEAN_ROW.search(leaves[column]))


def _overlapping(labels: list[str]) -> bool:
    """Row labels naming overlapping attributes (``Nữ``, ``Dân tộc thiểu số``) that no
    partition by words covers: some of a whole, never its parts."""
    return any(is_subset_word(x) for x in labels) and word_partition_of("any", labels) is None


def _row_over_rows(
    cells: dict[tuple[int, int], Figure], row: int, rows: list[int], evidence: str, shares: bool = False
) -> list[Relation]:
    """Column by column, ``row``'s count as the total of ``rows``' counts (columns where each
    row has a count); with ``shares`` (a row that says it sums, ``Cộng``), its share of 100 as
    the sum of their shares too (a column of shares, not of rates each row reached)."""
    found = []
    for c, total in sorted((c, f) for (r, c), f in cells.items() if r == row):
        parts = [cells.get((k, c)) for k in rows]
        hundred = shares and total.measure == "percent" and total.value == 100.0
        measure = "percent" if hundred else "count"
        if (total.measure != "count" and not hundred) or any(p is None or p.measure != measure for p in parts):
            continue
        members = {"total": total.id, "parts": [p.id for p in parts if p is not None]}
        found.append(Relation("total_parts", members, evidence))
    return found


def _total_rows_above(infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]) -> list[Relation]:
    """A table's first row labelled as the whole (``Tổng số``, ``Tổng cộng``, ``Toàn huyện``)
    over the rows of one depth under it, column by column.  The rows may be only some of
    the whole (the communes named, ``Nữ``), so they are summed only when they add up to it
    exactly in most columns and in at least :data:`AGREEING_COLUMNS`; where they add up in
    only half the columns, or in the one column of a two-column table, the others are
    ``plausible`` (a warning: a mistyped cell, or rows that are only some of the whole)."""
    counted = {r for r, _ in cells}  # (a header row Word does not mark holds no figure)
    first = next((r for r, info in enumerate(infos) if info is not None and r in counted), None)
    head = infos[first] if first is not None else None
    if head is None or first is None or not rx.TOTAL_ROW_LABEL.fullmatch(head.label):
        return []
    below: list[tuple[int, RowInfo]] = []
    for k in range(first + 1, len(infos)):
        info = infos[k]
        if info is None or info.sub or rx.TOTAL_ROW_LABEL.fullmatch(info.label):
            break
        if below and info.level != below[0][1].level:
            break
        below.append((k, info))
    rows = [k for k, _ in below]
    if len(rows) < 2 or _overlapping([info.label for _, info in below]):
        return []
    # rows that name every class of one partition (Nam, Nữ) split the whole's 100 % of shares too
    split = word_partition_of("any", [info.label for _, info in below])
    shares = split is not None and split.exhaustive
    found = _row_over_rows(cells, first, rows, "table: total row above its rows", shares=shares)
    if _agree(found, cells):
        return found
    telling = _telling(found, cells)
    adding = _adding(telling, cells)
    return [replace(rel, certainty="plausible") for rel in found] if adding and 2 * adding >= len(telling) else []


def _label_shares(
    labels: list[str], infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]
) -> list[Relation]:
    """A share written in a row's label (``Tốt (tỉ lệ so với tổng số) 40%``) over the row's
    count in the ``Tổng số`` column and, in that column, the count of the section the row
    stands in: the row numbered at the top depth above it (``I  Số học sinh theo hạnh
    kiểm``).  With no ``Tổng số`` column (which year's count is it of?) or no rows numbered at
    depths (which row is its whole?), none is read."""
    label_col = label_column(labels)
    total_col = next((c for c, h in enumerate(labels) if column_is("total", h)), None)
    out = []
    for (r, c), share in cells.items():
        if c != label_col or share.measure != "percent" or total_col is None:
            continue
        count = cells.get((r, total_col))
        section = _section_row(infos, r)
        whole = cells.get((section, count.span.cell[1])) if count and count.span.cell and section is not None else None
        if count is not None and whole is not None and count.measure == whole.measure == "count":
            members = {"percent": share.id, "count": count.id, "base": whole.id}
            out.append(Relation("percent_of", members, "table: share in the row's label over its section's total"))
    return out


def _section_row(infos: list[RowInfo | None], r: int) -> int | None:
    row = infos[r]
    if row is None or row.level is None:
        return None
    for k in range(r - 1, -1, -1):
        above = infos[k]
        if above is None:
            return None
        if above.level == 0:
            return k
    return None


def _column_breakdowns(
    labels: list[str], infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]
) -> list[Relation]:
    """A ``Tổng số`` column over the columns after it that a header splits it into
    (``Chia ra theo khối lớp``: their sum, row by row) or singles out of it (``Trong đó``:
    each at most the total).  The split is read only when its columns add up to the total
    exactly in most rows and in at least :data:`AGREEING_COLUMNS`: a header copied one cell a
    line may put under ``Chia ra`` a column that stood beside it (``Tổng số | Chia ra | Đảng
    viên mới`` over ``Nam | Nữ``), and then the rows add up in none."""
    total_col = next((c for c, h in enumerate(labels) if column_is("total", h)), None)
    if total_col is None:
        return []
    kinds = [
        ("breakdown" if column_is("breakdown", h) else "subsets" if column_is("subsets", h) else None) for h in labels
    ]
    kind = kinds[total_col + 1] if total_col + 1 < len(kinds) else None
    group = [c for c in range(total_col + 1, len(labels)) if kinds[c] == kind and kind is not None]
    group = [c for k, c in enumerate(group) if c == total_col + 1 + k]  # adjacent columns only
    before = not group
    if before:  # "Nam | Nữ | Tổng số": the classes of one partition right before the total
        group, kind = _classes_before(labels, total_col), "breakdown"
    out = []
    for r, info in enumerate(infos):
        total = cells.get((r, total_col))
        parts = [cells[(r, c)] for c in group if (r, c) in cells]
        if info is None or total is None or total.measure != "count" or len(parts) < len(group) or len(group) < 2:
            continue
        if any(p.measure != "count" for p in parts):
            continue
        if before and rx.RATE_OR_MEAN_ROW.search(info.label + " " + info.unit):
            continue  # "Tỷ lệ có việc làm (%) | 95 | 95 | 95", "Tuổi bình quân | 45 | 42 | 44": no sums
        if kind == "breakdown":
            members = {"total": total.id, "parts": [p.id for p in parts]}
            out.append(Relation("total_parts", members, "table: columns split the total"))
        else:
            out += [
                Relation("subset_of", {"total": total.id, "parts": [p.id]}, "table: columns within the total")
                for p in parts
            ]
    if kind != "breakdown":
        return out
    return out if _agree(out, cells, min(AGREEING_COLUMNS, len(out))) else []


def _classes_before(labels: list[str], total_col: int) -> list[int]:
    """The columns right before a ``Tổng số`` column whose headers name every class of one
    partition by words (``Nam``, ``Nữ``), in order; none when they do not."""
    for start in range(max(0, total_col - CLASS_COLUMNS_MOST), total_col - 1):
        names = [labels[c].strip() for c in range(start, total_col)]
        match = word_partition_of("any", names)
        if match is not None and match.exhaustive:
            return list(range(start, total_col))
    return []


def _rate_rows(cells: dict[tuple[int, int], Figure]) -> list[Relation]:
    """A rate row (``Tỷ lệ đảng viên được kiểm tra, giám sát``, %) over the row counting that
    action and the ``Tổng số đảng viên`` row, column by column."""
    rows: dict[int, list[Figure]] = defaultdict(list)
    for (r, _c), f in cells.items():
        rows[r].append(f)
    first = {r: fs[0] for r, fs in rows.items()}
    out = []
    for r, f in first.items():
        if f.measure != "percent" or not cue("rate_label").match(f.subject_text or "") or f.category is None:
            continue
        count_row = next(
            (k for k, g in first.items() if k != r and g.measure == "count" and g.category == f.category), None
        )
        base_row = next(
            (
                k
                for k, g in first.items()
                if g.measure == "count" and g.subject == f.subject and cue("total_label").match(g.subject_text or "")
            ),
            None,
        )
        if count_row is None or base_row is None:
            continue
        for (rr, c), pct in cells.items():
            count, base = cells.get((count_row, c)), cells.get((base_row, c))
            if rr == r and pct.column is None and count is not None and base is not None:
                members = {"percent": pct.id, "count": count.id, "base": base.id}
                out.append(Relation("percent_of", members, "table: rate row over count and total rows"))
    return out


def _row_relations(info: RowInfo, row: dict[int, Figure], merged: set[tuple[int, int]]) -> list[Relation]:
    by_role = {f.column: f for f in row.values() if f.column}
    yearly = [row[c] for c in sorted(row) if row[c].column is None and row[c].period]
    out = []
    actual, target, percent = by_role.get("actual"), by_role.get("target"), by_role.get("percent_of_target")
    if percent is not None and cue("change_cell").match(percent.sentence.rsplit("|", 1)[-1]):
        percent = None  # "tăng 2,11%": the gap above the target, not achievement over target
    if target is not None and (actual is not None or percent is not None):
        members = {"actual": _id(actual), "target": target.id, "percent": _id(percent)}
        out.append(Relation("target", members, "table columns"))
    spans_rows = actual is not None and actual.span.cell in merged  # a cell over several rows sums them up
    same_measure = actual is not None and all(f.measure == actual.measure for f in yearly)
    if actual is not None and len(yearly) >= 2 and same_measure and not spans_rows:
        ids = [f.id for f in yearly]
        values = [f.value for f in yearly]
        margin = max(2.0, max(values) - min(values)) + 0.05 * max(values)
        if actual.measure == "percent" and min(values) - margin <= actual.value <= max(values) + margin:
            # an average lies near its terms; a whole-term cell far outside them averages something else
            out.append(Relation("average_of", {"average": actual.id, "terms": ids}, "table: actual over years"))
        elif actual.measure == "count" and not cue("stock_label").match(info.label) and actual.value >= max(values):
            out.append(Relation("total_parts", {"total": actual.id, "parts": ids}, "table: actual over years"))
    return out


def _group_relations(
    infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure], numbers: list[str]
) -> list[Relation]:
    """A row over the sub-rows right under it (bulleted, or rating classes), column by column;
    ``numbers``: each row's row-number cell (empty when the table has no such column)."""
    out = _numbered_groups(infos, cells) if any(info is not None and info.level is not None for info in infos) else []
    bulleted: list[list[Relation]] = []  # the groups over bulleted sub-rows nothing says split them
    r = 0
    while r < len(infos):
        subs = []
        k = r + 1
        while k < len(infos) and infos[k] is not None and infos[k].sub:  # type: ignore[union-attr]
            subs.append(k)
            k += 1
        siblings = _numbered_on(infos, numbers, subs, k)
        info = infos[r]
        if (
            subs
            and info is not None
            and _numbered_before(numbers, r, subs[0])
            and rx.BARE_CLASS_LABEL.fullmatch(info.label)
        ):
            pass  # "1 Tốt" over "2 Khá", "3 Trung bình": a class the vocabulary does not name, a sibling
        elif info is not None and subs and siblings:
            out += _classes_and_siblings(r, subs, siblings, cells)
            k = siblings[-1] + 1
        elif info is not None and subs:
            labels = [infos[j].label for j in subs]  # type: ignore[union-attr]
            if _said_to_split(info.label, labels):
                out += _group_columns(r, subs, cells)
            elif not any(is_subset_word(label) for label in labels):  # ("- Đảng viên nữ": some of it)
                bulleted.append(_group_columns(r, subs, cells))
        r = k if subs else r + 1
    # bulleted sub-rows split their group where its columns add up exactly in most of them and
    # two at least; else they may be some of it (other groups of the table adding up say nothing
    # of this one: "Sản lượng thịt hơi" over two kinds of meat beside complete groups)
    for found in bulleted:
        out += found if _agree(_sums_of(found), cells) else [_plausible(rel) for rel in found]
    return out


def _said_to_split(label: str, sub_labels: list[str]) -> bool:
    """Whether a group row's sub-rows are said to split it: by its label (``… chia theo học
    lực``), or by sub-rows that are the classes of a rating scale (``Hoàn thành xuất sắc nhiệm
    vụ``, ``Hoàn thành tốt nhiệm vụ``, …) or every class of another partition (``Đảng viên chính
    thức``, ``Đảng viên dự bị``; not ``Tiến sĩ``, ``Thạc sĩ`` of lecturers: some of the degrees,
    and other staff hold none)."""
    by_words = word_partition_of("any", sub_labels)
    classes = all(is_category_label(x) for x in sub_labels) or (by_words is not None and by_words.exhaustive)
    return bool(cue("partition_label").search(label)) or classes


def _plausible(rel: Relation) -> Relation:
    """A group row's sum read where nothing says its sub-rows split it and the table's columns
    do not show it (``Sản lượng thịt hơi`` over ``- Thịt lợn``, ``- Thịt gia cầm``: often some of
    it): a mismatch is a warning at most."""
    return replace(rel, certainty="plausible") if rel.members.get("total") is not None else rel


def _list_number(numbers: list[str], row: int) -> str:
    """A row's number as written, without the mark after it (``3.`` → ``3``, ``b)`` → ``b``)."""
    return numbers[row].rstrip(".)")


def _numbered_in_sequence(numbers: list[str], rows: list[int]) -> bool:
    """Whether ``rows`` are numbered ``1``, ``2``, … one after the other (one list)."""
    if not numbers or not rows:
        return False
    cores = [_list_number(numbers, r) for r in rows]
    return all(c.isdigit() for c in cores) and [int(c) for c in cores] == list(range(1, len(rows) + 1))


def _numbered_before(numbers: list[str], row: int, first: int) -> bool:
    """Whether ``row`` is numbered right before ``first`` in one list (``1`` then ``2``)."""
    if not numbers:
        return False
    a, b = _list_number(numbers, row), _list_number(numbers, first)
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _numbered_on(infos: list[RowInfo | None], numbers: list[str], subs: list[int], k: int) -> list[int]:
    """The rows from ``k`` whose numbers go on with the sub-rows' (``1`` … ``4`` rated, then ``5
    Không đánh giá``): rows of the same list that are no rating class; none after fewer than two
    classes."""
    if len(subs) < 2 or not numbers or not all(_list_number(numbers, j).isdigit() for j in subs):
        return []
    last = int(_list_number(numbers, subs[-1]))
    out = []
    while k < len(infos) and infos[k] is not None and _list_number(numbers, k) == str(last + 1):
        out.append(k)
        last, k = last + 1, k + 1
    return out


def _classes_and_siblings(
    group: int, subs: list[int], siblings: list[int], cells: dict[tuple[int, int], Figure]
) -> list[Relation]:
    """A group row over rating classes numbered ``1`` … ``4`` and rows numbered on after them
    (``5 Không đánh giá``): the reading, the classes alone or all of them, under which more of
    the table's columns add up exactly (a column that does not is then an error).  When none
    does: the classes alone when they pass the whole somewhere (wrong either way: an error
    above, a warning below), else all of them, plausible (a mistyped cell, or rows that are
    only some of the whole)."""
    classes = _group_columns(group, subs, cells)
    every = _group_columns(group, subs + siblings, cells)
    by_classes = _adding(_telling(_sums_of(classes), cells), cells)
    by_every = _adding(_telling(_sums_of(every), cells), cells)
    if by_classes and by_classes >= by_every:
        return classes  # the classes of a scale add up in more columns: the rows after them are outside
    if by_every:
        return every
    if _any_above(_sums_of(classes), cells):  # the classes alone pass the whole: wrong either way
        return [rel if rel.members.get("total") is None else replace(rel, certainty="disjoint") for rel in classes]
    return [rel if rel.members.get("total") is None else replace(rel, certainty="plausible") for rel in every]


def _any_above(sums: list[Relation], cells: dict[tuple[int, int], Figure]) -> bool:
    """Whether in some column the parts come to more than their total beyond rounding (the
    least they may be, each half a unit of its last digit down, above the most it may be; whole
    counts are exact)."""
    byid = {f.id: f for f in cells.values()}

    def half(f: Figure) -> float:
        return 0.0 if f.measure == "count" and not f.decimals else f.half_unit

    return any(
        sum(byid[i].value - half(byid[i]) for i in rel.members["parts"])
        > byid[rel.members["total"]].value + half(byid[rel.members["total"]])
        for rel in sums
    )


def _sums_of(relations: list[Relation]) -> list[Relation]:
    """The breakdowns with a stated total (not a distribution of shares)."""
    return [rel for rel in relations if rel.members.get("total") is not None]


def _numbered_groups(infos: list[RowInfo | None], cells: dict[tuple[int, int], Figure]) -> list[Relation]:
    """Rows numbered at several depths: each row over the rows one depth below it up to
    the next row of its depth (``I`` over ``1``, ``2``, ``3``; ``1`` over ``a``, ``b``).
    The sub-rows are certain to split their row only when its label says so (``… chia
    theo học lực``); otherwise the split is plausible (``Lên lớp`` over ``Học sinh giỏi``,
    ``Học sinh tiên tiến``, which are some of it)."""
    out = []
    for r, info in enumerate(infos):
        if info is None or info.level is None:
            continue
        below = []
        for k in range(r + 1, len(infos)):
            level = infos[k].level if infos[k] is not None else None  # type: ignore[union-attr]
            if level is not None and level <= info.level:
                break
            below.append((k, level))
        depth = min((level for _, level in below if level is not None), default=None)
        subs = [k for k, level in below if level is not None and level == depth]
        if len(subs) >= 2:
            labels = [infos[k].label for k in subs]  # type: ignore[union-attr]
            said = _said_to_split(info.label, labels)
            if not said and any(is_subset_word(label) for label in labels):
                continue  # "a Nữ", "b Đoàn viên thanh niên" under "Đảng viên mới kết nạp": some of it, overlapping
            out += _numbered_group(r, subs, cells, said)
    return out


#: Columns (or rows) in which a table's sums must add up exactly, when nothing in its header or
#: labels says how its rows and columns split, before a mismatch in another is taken for an error.
AGREEING_COLUMNS = 2


def _numbered_group(group: int, subs: list[int], cells: dict[tuple[int, int], Figure], said: bool) -> list[Relation]:
    """A group row over its sub-rows, column by column.  Said to split it (``chia theo``):
    certain.  Otherwise the table's own columns decide: when the sub-rows add up to the
    group exactly in most columns, and in at least :data:`AGREEING_COLUMNS`, they split it,
    and a column where they do not holds an error; when they add up in few or none, they
    are some of it (``Học sinh giỏi``, ``Học sinh tiên tiến`` under ``Lên lớp``; ``Nữ``,
    ``Dân tộc thiểu số`` under ``Đảng viên mới``), and no sum is read; nor when one column
    gives no such evidence."""
    found = _group_columns(group, subs, cells, every_row=True)
    sums = [rel for rel in found if rel.members.get("total") is not None]
    shares = [rel for rel in found if rel.members.get("total") is None]  # a distribution is judged by itself
    if said:
        return found
    return shares + (sums if _agree(sums, cells) else [])


def _agree(sums: list[Relation], cells: dict[tuple[int, int], Figure], least: int = AGREEING_COLUMNS) -> bool:
    """Whether a table's sums add up exactly in most of them and in at least ``least``: the
    table's own rows or columns showing that a structure its header or labels leave open holds."""
    telling = _telling(sums, cells)
    adding = _adding(telling, cells)
    return adding >= least and 2 * adding > len(telling)


def _telling(sums: list[Relation], cells: dict[tuple[int, int], Figure]) -> list[Relation]:
    """The sums that can tell a structure: not a column of zeros (0 = 0 + 0 + 0 holds for any
    rows)."""
    byid = {f.id: f for f in cells.values()}
    return [rel for rel in sums if byid[rel.members["total"]].value or any(byid[i].value for i in rel.members["parts"])]


def _adding(sums: list[Relation], cells: dict[tuple[int, int], Figure]) -> int:
    """How many of a table's sums add up exactly."""
    byid = {f.id: f for f in cells.values()}
    return sum(1 for rel in sums if _adds_up([byid[i] for i in rel.members["parts"]], byid[rel.members["total"]]))


def _group_columns(
    group: int, subs: list[int], cells: dict[tuple[int, int], Figure], every_row: bool = False
) -> list[Relation]:
    """Per column, the group row's count over its sub-rows' (``every_row``: only columns
    where every sub-row has a figure); sub-rows' shares of ratings as a distribution, of the
    group row's share when that is 100 (``Tổng số … | 100,0``; another share of the group,
    ``97,9``, is of another whole)."""
    out = []
    columns = sorted({c for (rr, c) in cells if rr in subs})
    for c in columns:
        parts = [cells[(k, c)] for k in subs if (k, c) in cells]
        total = cells.get((group, c))
        if len(parts) < 2 or (every_row and len(parts) < len(subs)):
            continue
        if total is not None and total.measure == "count" and all(p.measure == "count" for p in parts):
            members = {"total": total.id, "parts": [p.id for p in parts]}
            out.append(Relation("total_parts", members, "table: group row"))
        elif all(p.measure == "percent" and p.column is None for p in parts) and _ratings(parts):
            # the group's own share of 100 % is the whole the shares make ("Tổng số … | 100,0")
            hundred = total is not None and total.measure == "percent" and total.value == 100.0
            shares: dict[str, Any] = {"total": total.id if hundred and total is not None else None}
            out.append(Relation("total_parts", {**shares, "parts": [p.id for p in parts]}, "table: distribution"))
    return out


def _ratings(parts: list[Figure]) -> bool:
    return sum(1 for p in parts if (p.category or "").startswith("rating.")) >= 2
