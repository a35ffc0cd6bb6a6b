"""The one module of regular expressions: every name is bound once (a second binding silently
replaced an earlier pattern that another stage used)."""

from __future__ import annotations

import ast
import re
import signal
from collections import Counter
from pathlib import Path

import pytest

import extractor.text.regexes as rx


def test_regression_a_regex_name_is_bound_once() -> None:
    tree = ast.parse(Path(rx.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []


def _fails_within(pattern: re.Pattern[str], text: str, seconds: float) -> bool:
    """Whether ``pattern.fullmatch(text)`` gives its answer (no match) before ``seconds`` pass."""

    def give_up(*_: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return pattern.fullmatch(text) is None
    except TimeoutError:
        return False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", ["ENUMERATING_COLON", "WORDS_ONLY"])
def test_regression_rev48_word_runs_do_not_backtrack_exponentially(name: str) -> None:
    """``Kỷ luật 1 đảng viên bằng hình thức khiển trách, cách chức 115 đảng viên, …`` never finished:
    words that could split at any letter made a long gap with no colon (or with a digit after it)
    try every split before failing.  Each word is now taken whole."""
    gap = " đảng viên bằng hình thức khiển trách, cách chức khai trừ khỏi Đảng đối với đảng viên vi phạm 1"
    assert _fails_within(getattr(rx, name), gap, 2.0)
