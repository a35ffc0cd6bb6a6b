"""Jinja2 filters of the templates; every one escapes what it is given and marks only its own
tags safe."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

SEVERITY_VI = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}
STATUS_VI = {
    "queued": "đang chờ",
    "processing": "đang đọc",
    "done": "xong",
    "failed": "không đọc được",
    "confirmed": "xác nhận",
    "dismissed": "bỏ qua",
    "fixed": "đã sửa",
}


def highlight(text: str | None, raws: list[str] | str) -> Markup:
    """``text`` escaped, each occurrence of the given numbers marked (``<mark>``)."""
    text = text or ""
    wanted = sorted({r for r in ([raws] if isinstance(raws, str) else raws) if r}, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    for raw in wanted:
        start = 0
        while (i := text.find(raw, start)) >= 0:
            end = i + len(raw)
            edge_ok = (i == 0 or not text[i - 1].isdigit()) and (end == len(text) or not text[end].isdigit())
            if edge_ok and not any(a < end and i < b for a, b in spans):
                spans.append((i, end))
            start = end
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(escape(text[pos:a]))
        out.append(Markup("<mark>") + escape(text[a:b]) + Markup("</mark>"))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value or "")


def install(env: Environment) -> None:
    env.filters["highlight"] = highlight
    env.filters["when"] = when
    env.globals["SEVERITY_VI"] = SEVERITY_VI
    env.globals["STATUS_VI"] = STATUS_VI
