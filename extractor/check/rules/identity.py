"""identity over time: start ± change = end, where the report states all three.  In one
clause (``từ 84 lên 90, tăng 6``) a mismatch is as severe as its figures are certain; across
sentences (``plausible``) it is ``info``: another unit, a subset or a gross change may stand
between the sentences, as a review showed."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.check.findings import Fig, FindingData, Rel
from extractor.check.registry import relation_rule
from extractor.check.rules.judgement import judge
from extractor.check.tolerance import total
from extractor.find.facts import FROM_TO_EVIDENCE, RAISED_EVIDENCE

ACROSS_SENTENCES = (
    "số đầu kỳ, thay đổi và số cuối kỳ được nêu ở các câu khác nhau, không trong một mệnh đề: "
    "có thể không cùng một đối tượng",
    "the start, the change and the end are stated in different sentences, not in one clause: "
    "they may not be of one subject",
)


RAISED = (
    "số mới được nâng lên sau khi thêm; trong thời gian đó cũng có thể có số giảm đi (chuyển đi, từ trần)",
    "the new level was raised by an addition; some may also have left in the meantime (moved away, died)",
)


BRACKETED = (
    "số kỳ trước nằm trong ngoặc sau mức thay đổi; số hiện tại được ghép theo thứ tự",
    "the earlier level stands in a bracket after the change; the level now is paired by order",
)


def _relative_holds(start: Fig, change: Fig, end: Fig, sign: int) -> bool:
    """Whether a change in per cent between two percentages is their relative change (a rate
    of 17,83 % falling by 14,5 % of itself to 15,24 %): reports write both readings alike."""
    if not start.measure == change.measure == end.measure == "percent":
        return False
    return end.interval().overlaps(start.interval().grown(change.interval(), sign))


@relation_rule("identity", "change")
def check_identity(rel: Rel) -> Iterator[FindingData]:
    """identity over time: start ± change = end, where the report states all three."""
    start, change, end = rel.one("start"), rel.one("change"), rel.one("end")
    if start is None or change is None or end is None:
        return
    sign = 1 if rel.evidence.startswith("tăng") else -1
    if change.measure == "percent" and start.measure != "percent":
        yield from check_relative(rel, start, change, end, sign)  # "979 người, tăng 129% so với … (427 người)"
        return
    expected = start.interval() + change.interval().scale(sign)
    if _relative_holds(start, change, end, sign):
        return  # "từ 17,83% xuống 15,24%, giảm 14,5%": a change of the rate itself, not in points
    op = "+" if sign > 0 else "−"
    computation = f"{start.raw} {op} {change.raw} = {expected.describe()}; ghi/stated {end.raw}"
    texts = (
        f"Số đầu kỳ {start.raw} {op} thay đổi {change.raw} không bằng số cuối kỳ {end.raw}",
        f"Start {start.raw} {op} change {change.raw} does not give the stated end {end.raw}",
    )
    if rel.evidence.endswith("(…)"):  # the earlier level in a bracket: the levels paired by their order
        cap: tuple[str, tuple[str, str]] | None = ("warning", BRACKETED)
    elif rel.evidence == RAISED_EVIDENCE:
        cap = ("warning", RAISED)
    else:
        cap = ("info", ACROSS_SENTENCES) if rel.certainty == "plausible" else None
    found = judge("identity", rel, end, expected, [end, start, change], computation, texts, cap)
    if found is not None:
        yield found


RELATIVE = (
    "mức kỳ trước nằm trong ngoặc sau tỷ lệ tăng/giảm; mức hiện tại được ghép theo thứ tự",
    "the earlier level stands in a bracket after the rate of change; the level now is paired by order",
)


FROM_TO = (
    "tỷ lệ tăng/giảm có thể được tính theo giá so sánh hoặc trên một gốc khác với hai mức được nêu",
    "a rate of change may be computed at constant prices or on another base than the two levels shown",
)


def check_relative(rel: Rel, start: Fig, rate: Fig, end: Fig, sign: int) -> Iterator[FindingData]:
    """A level now, its rate of change and the earlier level in a bracket (``8.747 lượt tăng
    3,69% so với tháng 11/2022 (8.436 lượt)``): the level now is the earlier one times 1 ± the
    rate (a warning: the two levels are paired by their order); or both levels in the rate's
    clause (``tăng 97% (từ gần 8,86 lên gần 17,5 triệu tấn)``: a warning, the rate may be of
    another base)."""
    expected = start.interval_in(end).grown(rate.interval(), sign)
    op = "+" if sign > 0 else "−"
    computation = f"{start.raw} × (1 {op} {rate.raw}%) = {expected.describe()}; ghi/stated {end.raw}"
    texts = (
        f"Mức kỳ trước {start.raw} {'tăng' if sign > 0 else 'giảm'} {rate.raw}% không bằng mức hiện tại {end.raw}",
        f"The earlier level {start.raw} changed by {op}{rate.raw}% does not give the stated level {end.raw}",
    )
    why = FROM_TO if rel.evidence.endswith(FROM_TO_EVIDENCE) else RELATIVE
    found = judge("identity", rel, end, expected, [end, start, rate], computation, texts, ("warning", why))
    if found is not None:
        yield found


ONE_WAY = (
    "báo cáo chỉ nêu một chiều biến động (chỉ số tăng hoặc chỉ số giảm); các biến động khác có thể không được nêu",
    "the report names movements one way only (only what came in, or only what went out); others may go unnamed",
)
BOTH_WAYS = (
    "báo cáo nêu cả số tăng và số giảm trong kỳ; có thể còn biến động khác không được nêu",
    "the report names what came in and what went out; some other movement may still go unnamed",
)


@relation_rule("identity", "balance")
def check_balance(rel: Rel) -> Iterator[FindingData]:
    """identity over a period: the stock at its start, plus what came in, minus what went out,
    is the stock at its end (``đầu năm 1.250 …; kết nạp 45, chuyển đến 12, chuyển đi 20, từ
    trần 7; cuối năm 1.280``)."""
    start, end = rel.one("start"), rel.one("end")
    plus, minus = rel.many("plus"), rel.many("minus")
    if start is None or end is None or not (plus or minus):
        return
    expected = total([start.interval(), *(f.interval() for f in plus)]) - total([f.interval() for f in minus])
    terms = " ".join([start.raw, *(f"+ {f.raw}" for f in plus), *(f"− {f.raw}" for f in minus)])
    computation = f"{terms} = {expected.describe()}; ghi/stated {end.raw}"
    texts = (
        f"Số đầu kỳ và các biến động ({terms}) không bằng số cuối kỳ {end.raw}",
        f"The start and the movements ({terms}) do not give the stated end {end.raw}",
    )
    cap = ("warning", BOTH_WAYS) if plus and minus else ("info", ONE_WAY)
    found = judge("identity", rel, end, expected, [end, start, *plus, *minus], computation, texts, cap)
    if found is not None:
        yield found
