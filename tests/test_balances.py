"""Balances of a stock over a period (``patterns/flows.yaml``, ``balances``): the stock at the
start, plus what came in, minus what went out, is the stock at the end.  The data's examples and
counter-examples run here, then the checker's severities."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.text.resources import load_yaml
from tests.snippets import alarms, read_snippet

BALANCES = load_yaml("flows.yaml")["balances"]
EXAMPLES = [(b["key"], text, start, end) for b in BALANCES for text, start, end in b["examples"]]
COUNTER = [(b["key"], text) for b in BALANCES for text in b["counter_examples"]]


def _balances(tmp_path: Path, body: str) -> list[tuple[float, float]]:
    facts, _ = read_snippet(tmp_path, body)
    value = {f.id: f.value for f in facts.figures}
    return [(value[r.members["start"]], value[r.members["end"]]) for r in facts.relations if r.kind == "balance"]


@pytest.mark.parametrize(("key", "text", "start", "end"), EXAMPLES)
def test_balance_examples_are_read(tmp_path: Path, key: str, text: str, start: int, end: int) -> None:
    assert _balances(tmp_path, text) == [(start, end)]
    _, findings = read_snippet(tmp_path, text)
    assert [a for a in alarms(findings) if a[0] == "identity"] == []


@pytest.mark.parametrize(("key", "text"), COUNTER)
def test_balance_counter_examples_are_not(tmp_path: Path, key: str, text: str) -> None:
    assert _balances(tmp_path, text) == []


@pytest.mark.parametrize(
    ("body", "severity"),
    [
        # what came in and what went out both named: a mismatch is a warning
        (
            "Đầu năm, Đảng bộ có 1.250 đảng viên; trong năm kết nạp 45 đảng viên, chuyển đến 12, chuyển đi 20, từ "
            "trần 7; cuối năm có 1.290 đảng viên.",
            "warning",
        ),
        (
            "Tổng số hộ nghèo đầu năm 2023 là 18.450 hộ; trong năm có 4.120 hộ thoát nghèo, 385 hộ phát sinh mới; "
            "cuối năm còn 15.715 hộ.",
            "warning",
        ),
        # one way only: other movements may go unnamed, so info
        ("Đầu năm, Đảng bộ có 1.250 đảng viên; trong năm kết nạp 45 đảng viên; cuối năm có 1.280 đảng viên.", "info"),
    ],
)
def test_a_balance_that_does_not_close_is_flagged(tmp_path: Path, body: str, severity: str) -> None:
    _, findings = read_snippet(tmp_path, body)
    assert [f.severity for f in findings if f.rule == "identity"] == [severity]


@pytest.mark.parametrize(
    "body",
    [
        # (a code review's cases) a movement is no stock at the start
        "Từ đầu năm đến nay, kết nạp 45 đảng viên, chuyển đến 12, chuyển đi 20, từ trần 7; cuối năm có 1.280 đảng "
        "viên.",
        # a movement broken down: its parts are no movements of their own
        "Tổng số hộ nghèo đầu năm 2023 là 18.450 hộ; trong năm có 4.120 hộ thoát nghèo, trong đó 1.500 hộ dân tộc "
        "thiểu số thoát nghèo; 385 hộ phát sinh mới; cuối năm còn 14.715 hộ.",
        # a start and an end of two periods
        "Đầu nhiệm kỳ, Đảng bộ có 1.100 đảng viên; trong năm 2023 kết nạp 45 đảng viên, chuyển đi 20 đảng viên; cuối "
        "năm 2023 có 1.280 đảng viên.",
    ],
)
def test_no_balance_where_the_text_does_not_state_one(tmp_path: Path, body: str) -> None:
    assert _balances(tmp_path, body) == []


def test_an_aside_in_brackets_is_no_start_and_movements_may_count_a_kind_of_the_stock(tmp_path: Path) -> None:
    body = (
        "Đầu năm, Đảng bộ có 1.250 đảng viên (1.180 đảng viên chính thức); trong năm kết nạp 45 đảng viên mới, từ "
        "trần 7 đồng chí; cuối năm có 1.288 đảng viên."
    )
    assert _balances(tmp_path, body) == [(1250.0, 1288.0)]
    _, findings = read_snippet(tmp_path, body.replace("1.288", "1.298"))
    assert ("identity", "warning") in alarms(findings)
