"""The web app's Jinja2 environment: the audit report's shared templates, filters and names
(:func:`extractor.report.page.install`), and the few the web pages add."""

from __future__ import annotations

from jinja2 import Environment

from extractor.report.page import install as install_report

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


def install(env: Environment) -> None:
    install_report(env)
    env.globals["SEVERITY_VI"] = SEVERITY_VI
    env.globals["STATUS_VI"] = STATUS_VI
