"""The auditor's report as one self-contained HTML file.

The HTML file carries its own CSS and JavaScript (no network access, no fonts, no images),
so it can be mailed and opened anywhere.  Every piece of text that comes from a document
is HTML-escaped; figures are highlighted by locating them in the unescaped sentence and
escaping every piece around and inside the ``<mark>``, so no document text is ever
written unescaped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from html import escape

from extractor.check.apply import SEVERITY_ORDER
from extractor.check.findings import Cite, Fig, FindingData
from extractor.check.runner import CheckResult
from extractor.report.sources import NO_DOCUMENT, RULE_LABELS, SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, DocSummary
from extractor.text.regexes import ASCII_DIGIT
from models.tables import Review

# ---------------------------------------------------------------------------- highlighting


def _occurrences(text: str, raw: str, start: int = 0) -> list[tuple[int, int]]:
    """Where ``raw`` occurs in ``text`` as a whole number (not inside a longer one)."""
    if not raw:
        return []
    found = []
    pos = text.find(raw, start)
    while pos >= 0:
        end = pos + len(raw)
        before = text[pos - 1] if pos > 0 else ""
        after = text[end : end + 2]
        glued_before = bool(ASCII_DIGIT.match(before)) or (
            before in ".,/" and pos > 1 and bool(ASCII_DIGIT.match(text[pos - 2]))
        )
        glued_after = bool(ASCII_DIGIT.match(after[:1])) or (
            after[:1] in ".,/" and len(after) == 2 and bool(ASCII_DIGIT.match(after[1]))
        )
        if not glued_before and not glued_after:
            found.append((pos, end))
        pos = text.find(raw, pos + 1)
    return found


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, raws: Iterable[str], start: int = 0) -> str:
    """``text`` HTML-escaped, with every whole-number occurrence of each of ``raws`` at or
    after ``start`` wrapped in ``<mark>``.  Occurrences are found in the unescaped text and
    every piece is escaped on its own, so an entity such as ``&#x27;`` is never marked."""
    spans = _merge(s for raw in set(raws) for s in _occurrences(text, raw, start))
    out, last = [], 0
    for begin, end in spans:
        out.append(escape(text[last:begin]))
        out.append(f"<mark>{escape(text[begin:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


# ---------------------------------------------------------------------------- HTML pieces


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _bi(pair: tuple[str, str], sep: str = " / ") -> str:
    return f'{_e(pair[0])}<span class="en">{sep}{_e(pair[1])}</span>'


def _place(place: str, footnote: int | None) -> tuple[str, str]:
    if place == "footnote":
        n = f" {footnote}" if footnote else ""
        return f"chú thích{n}", f"footnote{n}"
    if place == "table":
        return "bảng", "table"
    return "thân văn bản", "body"


def _where(page: int | None, place: str, footnote: int | None) -> str:
    vi, en = _place(place, footnote)
    if page is not None:
        vi, en = f"tr. {page} · {vi}", f"p. {page} · {en}"
    return f'<span class="where">{_e(vi)}<span class="en"> / {_e(en)}</span></span>'


def _table_cell(fig: Fig) -> str:
    parts = fig.sentence.split(" | ")
    if len(parts) < 3:
        return f"<tr><td colspan=3>{highlight(fig.sentence, [fig.raw])}</td><td>{_e(fig.page)}</td></tr>"
    row, column, value = parts[0], " › ".join(parts[1:-1]), parts[-1]
    marked = highlight(value, [fig.raw])
    if "<mark>" not in marked:
        marked = f"<mark>{_e(value)}</mark>"
    cells = f"<td>{_e(row)}</td><td>{_e(column)}</td><td class=num>{marked}</td>"
    return f"<tr>{cells}<td class=num>{_e(fig.page)}</td></tr>"


def _table_sources(figs: list[Fig]) -> str:
    pages = sorted({f.page for f in figs if f.page is not None})
    caption = f"tr. {', '.join(map(str, pages))}" if pages else "tr. —"
    rows = "".join(_table_cell(f) for f in figs)
    return (
        f'<div class="source table-source"><div class="source-head">{_e("Ô bảng")}'
        f'<span class="en"> / table cells</span> · {_e(caption)}</div>'
        '<table class="cells"><thead><tr><th>Hàng <span class="en">/ row</span></th>'
        '<th>Cột <span class="en">/ column</span></th><th>Giá trị <span class="en">/ value</span></th>'
        '<th>Tr. <span class="en">/ p.</span></th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _sentence_sources(figs: list[Fig]) -> str:
    groups: dict[tuple[str, int | None, str, int | None], list[str]] = {}
    for f in figs:
        groups.setdefault((f.sentence, f.page, f.place, f.footnote), []).append(f.raw)
    out = []
    for (sentence, page, place, footnote), raws in groups.items():
        out.append(
            f'<div class="source"><div class="source-head">{_where(page, place, footnote)}</div>'
            f"<blockquote>{highlight(sentence, raws)}</blockquote></div>"
        )
    return "".join(out)


def _citation_sources(cites: list[Cite]) -> str:
    items = []
    for c in cites:
        date = f" — {_e(c.date)}" if c.date else ""
        head = f"{_where(c.page, c.place, None)} · {_e(c.document.name)}"
        items.append(
            f'<div class="source"><div class="source-head">{head}</div>'
            f"<blockquote><mark>{_e(c.raw)}</mark>{date}</blockquote></div>"
        )
    return "".join(items)


def _sources(f: FindingData) -> str:
    cells = [g for g in f.figures if g.place == "table"]
    texts = [g for g in f.figures if g.place != "table"]
    html = _sentence_sources(texts) + (_table_sources(cells) if cells else "") + _citation_sources(f.citations)
    if not html:
        return ""
    return f'<div class="sources"><h4>Nguồn <span class="en">/ sources</span></h4>{html}</div>'


def _review_badge(review: Review | None) -> str:
    status = review.status if review is not None else "none"
    label = STATUS_LABELS.get(status, (status, status))
    badge = f'<span class="status status-{_e(status)}">{_bi(label)}</span>'
    if review is None:
        return badge
    when = review.at.strftime("%Y-%m-%d %H:%M") if review.at else ""
    note = f" — {_e(review.note)}" if review.note else ""
    return f'{badge}<span class="review-by">{_e(review.reviewer)}, {_e(when)}{note}</span>'


def _why(f: FindingData) -> str:
    """Why the finding has its severity, when the rule says."""
    if not f.why[0]:
        return ""
    return (
        '<dt>Vì sao mức này <span class="en">/ why this severity</span></dt>'
        f'<dd>{_e(f.why[0])} <span class="en">/ {_e(f.why[1])}</span></dd>'
    )


def finding_pages(f: FindingData) -> str:
    pages = sorted({p for p in [*(g.page for g in f.figures), *(c.page for c in f.citations)] if p is not None})
    return ", ".join(map(str, pages))


def _finding(f: FindingData, review: Review | None) -> str:
    doc = f.document.name if f.document else NO_DOCUMENT
    status = review.status if review is not None else "none"
    rule_label = RULE_LABELS.get(f.rule)
    severity = SEVERITY_LABELS.get(f.severity, (f.severity, f.severity))
    rule_title = f' title="{_e(rule_label[0])} / {_e(rule_label[1])}"' if rule_label else ""
    search = " ".join([f.key, f.rule, f.message_vi, f.message_en, f.stated, f.computation]).lower()
    return (
        f'<article class="finding sev-{_e(f.severity)}" id="f-{_e(f.key)}" data-severity="{_e(f.severity)}" '
        f'data-rule="{_e(f.rule)}" data-doc="{_e(doc)}" data-status="{_e(status)}" data-text="{_e(search)}">'
        '<header class="finding-head">'
        f'<span class="sev sev-{_e(f.severity)}">{_bi(severity)}</span>'
        f'<span class="rule"{rule_title}>{_e(f.rule)}</span>'
        f'<span class="fid"><code>{_e(f.key)}</code>'
        f'<button type="button" class="copy" data-id="{_e(f.key)}" title="baocao review {_e(f.key)}">'
        "sao chép / copy</button></span>"
        "</header>"
        f'<p class="msg-vi" lang="vi">{_e(f.message_vi)}</p>'
        f'<p class="msg-en" lang="en">{_e(f.message_en)}</p>'
        '<dl class="facts">'
        f'<dt>Số ghi <span class="en">/ stated</span></dt><dd class="num">{_e(f.stated)}</dd>'
        f'<dt>Kỳ vọng <span class="en">/ expected</span></dt><dd class="num">{_e(f.expected)}</dd>'
        f'<dt>Phép tính <span class="en">/ computation</span></dt><dd class="calc">{_e(f.computation)}</dd>'
        f'<dt>Dung sai <span class="en">/ tolerance</span></dt><dd class="tol">{_e(f.tolerance)}</dd>'
        f"{_why(f)}"
        f"{_ocr(f)}"
        f'<dt>Trang <span class="en">/ pages</span></dt><dd>{_e(finding_pages(f) or "—")}</dd>'
        f'<dt>Xem xét <span class="en">/ review</span></dt><dd>{_review_badge(review)}</dd>'
        "</dl>"
        f"{_sources(f)}"
        f'<p class="howto">baocao review <code>{_e(f.key)}</code> --status confirmed|dismissed|fixed --note "…"</p>'
        "</article>"
    )


def _ocr(f: FindingData) -> str:
    """For a finding on figures read from a scan: tesseract's confidence, a reason to look at
    the page before believing it."""
    if f.ocr_confidence is None:
        return ""
    return (
        '<dt>OCR</dt><dd class="ocr">'
        f"đọc từ bản quét, độ tin cậy {f.ocr_confidence:g}/100 (có thể đọc sai) "
        f'<span class="en">/ read from a scan, confidence {f.ocr_confidence:g}/100 (may be a misreading)</span></dd>'
    )


def _severity_counts(findings: list[FindingData]) -> Counter[str]:
    return Counter(f.severity for f in findings)


def _summary_table(by_doc: dict[str, list[FindingData]], docs: list[DocSummary]) -> str:
    info = {d.name: d for d in docs}
    names = sorted(set(by_doc) | set(info))
    rows = []
    for i, name in enumerate(names):
        findings = by_doc.get(name, [])
        sev = _severity_counts(findings)
        rules = Counter(f.rule for f in findings)
        chips = "".join(
            f'<span class="chip">{_e(rule)} <b>{n}</b></span>' for rule, n in sorted(rules.items(), key=lambda x: -x[1])
        )
        d = info.get(name)
        meta = " · ".join(_e(x) for x in (d.doc_type, d.date, d.format, _pages_text(d)) if x) if d else ""
        if d and d.renditions:
            meta += f'<div class="doc-meta">cũng là / also as: {_e(", ".join(d.renditions))}</div>'
        title = f'<div class="doc-title">{_e(d.title)}</div>' if d and d.title else ""
        link = f'<a href="#doc-{i}">{_e(name)}</a>' if findings else _e(name)
        cells = "".join(f'<td class="num c-{s}">{sev.get(s, 0) or "·"}</td>' for s in SEVERITIES)
        rows.append(
            f'<tr><td class="doc">{link}{title}<div class="doc-meta">{meta}</div></td>{cells}'
            f'<td class="num total">{len(findings)}</td><td class="rules">{chips or "—"}</td></tr>'
        )
    head = "".join(f'<th class="num c-{s}">{_bi(SEVERITY_LABELS[s], "<br>")}</th>' for s in SEVERITIES)
    return (
        '<table class="summary"><thead><tr><th>Báo cáo <span class="en">/ report</span></th>'
        f'{head}<th class="num">Tổng <span class="en">/ total</span></th>'
        '<th>Theo quy tắc <span class="en">/ by rule</span></th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _pages_text(d: DocSummary) -> str:
    return f"{d.pages} tr." if d.pages else ""


def _document_section(index: int, name: str, findings: list[FindingData], result: CheckResult) -> str:
    groups = []
    for sev in SEVERITIES:
        items = [f for f in findings if f.severity == sev]
        if not items:
            continue
        body = "".join(_finding(f, result.reviews.get(f.key)) for f in items)
        groups.append(
            f'<section class="sev-group" data-severity="{sev}"><h3 class="sev-title sev-{sev}">'
            f'{_bi(SEVERITY_LABELS[sev])} <span class="count">{len(items)}</span></h3>{body}</section>'
        )
    return (
        f'<section class="document" id="doc-{index}" data-doc="{_e(name)}">'
        f'<h2><span class="doc-icon">▤</span> {_e(name)}</h2>{"".join(groups)}</section>'
    )


def _options(values: Iterable[str], labels: dict[str, tuple[str, str]] | None = None) -> str:
    """``<option>``s showing the value, or its bilingual label when ``labels`` has one."""
    out = []
    for v in values:
        label = f"{labels[v][0]} / {labels[v][1]}" if labels and v in labels else v
        out.append(f'<option value="{_e(v)}">{_e(label)}</option>')
    return "".join(out)


def _filters(findings: list[FindingData], doc_names: list[str]) -> str:
    rules = sorted({f.rule for f in findings})
    checks = "".join(
        f'<label class="sev-check sev-{s}"><input type="checkbox" name="severity" value="{s}" checked> '
        f"{_bi(SEVERITY_LABELS[s])}</label>"
        for s in SEVERITIES
    )
    statuses = _options(["none", "confirmed", "dismissed", "fixed"], STATUS_LABELS)
    return (
        '<nav class="filters" id="filters" aria-label="Bộ lọc / filters"><div class="bar">'
        f'<div class="group">{checks}</div>'
        '<label>Quy tắc <span class="en">/ rule</span> <select id="f-rule"><option value="">tất cả / all</option>'
        f"{_options(rules)}</select></label>"
        '<label>Báo cáo <span class="en">/ report</span> <select id="f-doc"><option value="">tất cả / all</option>'
        f"{_options(doc_names)}</select></label>"
        '<label>Xem xét <span class="en">/ review</span> <select id="f-status"><option value="">tất cả / all</option>'
        f"{statuses}</select></label>"
        '<label class="search"><input type="search" id="f-text" placeholder="Tìm / search…" size="14"></label>'
        f'<span class="shown" id="f-shown">{len(findings)} / {len(findings)}</span>'
        '<button type="button" id="f-reset">Bỏ lọc / reset</button>'
        "</div></nav>"
    )


LEGEND = """<section class="legend"><h2>Cách đọc <span class="en">/ how to read</span></h2>
<dl>
<dt>Dung sai <span class="en">/ tolerance</span></dt>
<dd>Mỗi số ghi trong báo cáo được hiểu là một <b>khoảng làm tròn</b>: 79,61 là mọi giá trị trong [79,605; 79,615),
1.200 là [1.199,5; 1.200,5). Một phép tính chỉ bị báo khi khoảng tính được không giao với khoảng của số ghi; số có
“khoảng”, “hơn”, “gần” là cận trên hoặc cận dưới. Kết quả chỉ khớp khi cắt bớt chữ số (thay vì làm tròn) được báo
ở mức <i>Lưu ý</i>.
<span class="en-block">Every stated figure is read as a <b>rounding interval</b>: 79,61 means anything in
[79,605; 79,615), 1.200 means [1.199,5; 1.200,5). A computation is flagged only when its interval does not meet the
stated one; “khoảng/hơn/gần” (about/over/nearly) make a figure a bound. Results that match only if digits were
truncated rather than rounded are reported as <i>Info</i>.</span></dd>
<dt>Mức độ <span class="en">/ severity</span></dt>
<dd><span class="sev sev-error">Lỗi / Error</span> số liệu mâu thuẫn / the figures contradict each other ·
<span class="sev sev-warning">Cảnh báo / Warning</span> nên kiểm tra lại / worth checking ·
<span class="sev sev-info">Lưu ý / Info</span> cách viết hoặc làm tròn / spelling or rounding</dd>
<dt>Mã <span class="en">/ id</span></dt>
<dd>Mã ổn định qua các lần kiểm tra; ghi quyết định bằng
<code>baocao review &lt;mã&gt; --status confirmed|dismissed|fixed</code>.
<span class="en-block">Stable across re-checks; record a decision with the command above.</span></dd>
</dl></section>"""


CSS = """
:root{--ink:#1d2433;--muted:#5b6475;--line:#dfe3ea;--bg:#f5f6f8;--card:#fff;--accent:#1f4e8c;
--err:#b3261e;--err-bg:#fdecea;--warn:#9a5b00;--warn-bg:#fff4de;--info:#1f5f8b;--info-bg:#e8f1f8;
--mark:#ffe58a}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.5;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
.page{max-width:1120px;margin:0 auto;padding:0 24px 48px}
.en{color:var(--muted);font-weight:normal}
.en-block{display:block;color:var(--muted);margin-top:4px}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.92em}
header.top{background:#17325c;color:#fff;padding:22px 0 18px}
header.top .page{padding-bottom:0}
header.top h1{margin:0;font-size:1.6rem;font-weight:650;letter-spacing:.01em}
header.top h1 .en{color:#b9c7de}
header.top .meta{margin-top:6px;color:#c9d4e6;font-size:.9rem}
.totals{display:flex;gap:10px;margin-top:14px;flex-wrap:wrap}
.total-box{background:rgba(255,255,255,.1);border-radius:8px;padding:6px 14px;min-width:110px}
.total-box b{display:block;font-size:1.4rem;line-height:1.2}
.total-box.error b{color:#ffb4ab}.total-box.warning b{color:#ffd27a}.total-box.info b{color:#a8d3f5}
.filters{position:sticky;top:0;z-index:10;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line);
box-shadow:0 2px 6px rgba(20,30,50,.06);font-size:.88rem}
.filters .bar{max-width:1120px;margin:0 auto;padding:9px 24px;display:flex;flex-wrap:wrap;gap:8px 14px;
align-items:center}
.filters label{white-space:nowrap}
.filters .group{display:flex;gap:6px}
.filters select,.filters input[type=search]{font:inherit;padding:4px 6px;border:1px solid #c5ccd8;border-radius:6px;
background:#fff;max-width:190px}
.filters button{font:inherit;padding:4px 10px;border:1px solid #c5ccd8;border-radius:6px;background:#f3f5f9;
cursor:pointer}
.filters .shown{margin-left:auto;color:var(--muted);font-variant-numeric:tabular-nums}
.sev-check{border-radius:999px;padding:3px 10px;border:1px solid var(--line);cursor:pointer;white-space:nowrap}
.sev-check.sev-error{background:var(--err-bg)}.sev-check.sev-warning{background:var(--warn-bg)}
.sev-check.sev-info{background:var(--info-bg)}
.nojs .filters{display:none}
h2{font-size:1.25rem;margin:34px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
.doc-icon{color:var(--accent)}
table.summary{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;
overflow:hidden;font-size:.93rem}
table.summary th{background:#eef1f6;text-align:left;font-weight:600;padding:8px 10px;vertical-align:bottom}
table.summary td{padding:8px 10px;border-top:1px solid var(--line);vertical-align:top}
table.summary .num{text-align:center;font-variant-numeric:tabular-nums;width:82px}
table.summary td.c-error{color:var(--err);font-weight:700}table.summary td.c-warning{color:var(--warn);font-weight:700}
table.summary td.c-info{color:var(--info);font-weight:700}table.summary td.total{font-weight:700}
.doc a{color:var(--accent);font-weight:600;text-decoration:none}.doc a:hover{text-decoration:underline}
.doc-title{font-size:.85rem;color:var(--ink);margin-top:2px}
.doc-meta{font-size:.8rem;color:var(--muted)}
.chip{display:inline-block;background:#eef1f6;border-radius:999px;padding:1px 9px;margin:2px 4px 2px 0;font-size:.82rem}
.legend{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:4px 18px 10px;margin-top:18px;
font-size:.9rem}
.legend h2{font-size:1rem;border:0;margin:12px 0 4px}
.legend dt{font-weight:600;margin-top:8px}.legend dd{margin:2px 0 0 0}
.sev-title{font-size:1rem;margin:18px 0 8px;display:flex;align-items:center;gap:8px}
.sev-title .count{background:currentColor;border-radius:999px;padding:0 8px;font-size:.8rem}
.sev-title .count{color:#fff}
.sev-title.sev-error{color:var(--err)}.sev-title.sev-warning{color:var(--warn)}.sev-title.sev-info{color:var(--info)}
.sev-title.sev-error .count{background:var(--err)}.sev-title.sev-warning .count{background:var(--warn)}
.sev-title.sev-info .count{background:var(--info)}
.sev-title .en{color:inherit;opacity:.75}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;
padding:12px 16px 10px;margin:0 0 12px;box-shadow:0 1px 2px rgba(20,30,50,.04)}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:#e0a100}
.finding-head{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.sev{display:inline-block;border-radius:4px;padding:1px 8px;font-size:.78rem;font-weight:700;letter-spacing:.02em;
text-transform:uppercase}
.sev .en{color:inherit;opacity:.8}
.sev.sev-error{background:var(--err-bg);color:var(--err)}.sev.sev-warning{background:var(--warn-bg);color:var(--warn)}
.sev.sev-info{background:var(--info-bg);color:var(--info)}
.rule{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.8rem;background:#eef1f6;
border-radius:4px;padding:1px 7px;cursor:help}
.fid{margin-left:auto;display:flex;align-items:center;gap:6px}
.fid code{background:#f3f5f9;border:1px solid var(--line);border-radius:4px;padding:1px 6px;user-select:all}
.copy{font:inherit;font-size:.75rem;border:1px solid var(--line);background:#fff;border-radius:4px;padding:1px 6px;
cursor:pointer;color:var(--muted)}
.nojs .copy{display:none}
.msg-vi{font-size:1.05rem;font-weight:600;margin:8px 0 0}
.msg-en{margin:2px 0 8px;color:var(--muted);font-style:italic}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:6px 0;font-size:.9rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.facts .num{font-variant-numeric:tabular-nums;font-weight:600}
.facts .calc{font-variant-numeric:tabular-nums;background:#f6f7f9;border-radius:4px;padding:0 6px;justify-self:start}
.facts .tol{color:var(--muted);font-size:.85rem}
.total-box .en{color:#b9c7de}
.status{display:inline-block;border-radius:999px;padding:0 9px;font-size:.8rem;background:#eef1f6}
.status .en{color:inherit;opacity:.8}
.status-confirmed{background:#fde2df;color:#8c1d18}.status-dismissed{background:#e6e8ec;color:#4a5160}
.status-fixed{background:#dff3e4;color:#1e6b34}.status-none{background:#f3f5f9;color:var(--muted)}
.review-by{margin-left:8px;color:var(--muted);font-size:.85rem}
.sources h4{margin:10px 0 4px;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.source{margin:0 0 8px}
.source-head{font-size:.8rem;color:var(--muted)}
.where{font-weight:600;color:#3b4658}
blockquote{margin:2px 0 0;padding:6px 12px;border-left:3px solid #c5ccd8;background:#fafbfc;border-radius:0 6px 6px 0;
font-family:Georgia,"Times New Roman","DejaVu Serif",serif;font-size:.98rem}
mark{background:var(--mark);color:inherit;padding:0 2px;border-radius:3px;font-weight:700;
box-shadow:inset 0 -2px 0 #e0b400}
table.cells{border-collapse:collapse;margin-top:3px;font-size:.88rem;width:100%;table-layout:fixed}
table.cells th:nth-child(1),table.cells th:nth-child(2){width:38%}
table.cells th:nth-child(3){width:14%;text-align:right}table.cells th:nth-child(4){width:10%;text-align:right}
table.cells th{text-align:left;font-weight:600;color:var(--muted);border-bottom:1px solid var(--line);padding:3px 8px}
table.cells td{padding:3px 8px;border-bottom:1px solid #eef0f4}
table.cells .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.howto{margin:6px 0 0;font-size:.78rem;color:var(--muted)}
.empty{padding:24px;text-align:center;color:var(--muted);background:var(--card);border:1px dashed var(--line);
border-radius:8px}
.hidden{display:none!important}
footer{margin-top:32px;color:var(--muted);font-size:.8rem}
@media (max-width:720px){.fid{margin-left:0}.filters .shown{margin-left:0}}
@media print{
 html{font-size:11pt}body{background:#fff}
 .filters,.copy,.howto{display:none!important}
 header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 8px}
 header.top h1 .en,header.top .meta{color:#333}
 .total-box{border:1px solid #999}.total-box b{color:#000!important}
 .page{max-width:none;padding:0}
 .finding{break-inside:avoid;box-shadow:none}
 h2,h3{break-after:avoid}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

SCRIPT = """
(function(){
  document.body.classList.remove('nojs');
  var $ = function(id){ return document.getElementById(id); };
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var groups = document.querySelectorAll('section.sev-group');
  var docs = document.querySelectorAll('section.document');
  function apply(){
    var sev = {};
    document.querySelectorAll('input[name=severity]').forEach(function(c){ sev[c.value] = c.checked; });
    var rule = $('f-rule').value, doc = $('f-doc').value, status = $('f-status').value;
    var text = $('f-text').value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function(f){
      var d = f.dataset;
      var ok = sev[d.severity] && (!rule || d.rule === rule) && (!doc || d.doc === doc) &&
               (!status || d.status === status) && (!text || d.text.indexOf(text) >= 0);
      f.classList.toggle('hidden', !ok);
      if (ok) shown++;
    });
    groups.forEach(function(g){ g.classList.toggle('hidden', !g.querySelector('article.finding:not(.hidden)')); });
    docs.forEach(function(s){ s.classList.toggle('hidden', !s.querySelector('article.finding:not(.hidden)')); });
    $('f-shown').textContent = 'hiển thị / shown ' + shown + ' / ' + findings.length;
    $('f-none').classList.toggle('hidden', shown > 0 || findings.length === 0);
  }
  document.querySelectorAll('#filters input, #filters select').forEach(function(el){
    el.addEventListener(el.type === 'search' ? 'input' : 'change', apply);
  });
  $('f-reset').addEventListener('click', function(){
    document.querySelectorAll('input[name=severity]').forEach(function(c){ c.checked = true; });
    $('f-rule').value = ''; $('f-doc').value = ''; $('f-status').value = ''; $('f-text').value = '';
    apply();
  });
  document.querySelectorAll('button.copy').forEach(function(b){
    b.addEventListener('click', function(){
      var cmd = 'baocao review ' + b.dataset.id + ' --status confirmed --note ""';
      var ask = function(){ window.prompt('baocao', cmd); };
      var done = function(){
        b.textContent = 'đã chép / copied';
        setTimeout(function(){ b.textContent = 'sao chép / copy'; }, 1500);
      };
      if (navigator.clipboard) { navigator.clipboard.writeText(cmd).then(done, ask); } else { ask(); }
    });
  });
  apply();
})();
"""


def _by_document(findings: list[FindingData]) -> dict[str, list[FindingData]]:
    out: dict[str, list[FindingData]] = {}
    ordered = sorted(findings, key=lambda f: (f.document.name if f.document else "\uffff", SEVERITY_ORDER[f.severity]))
    for f in ordered:
        out.setdefault(f.document.name if f.document else NO_DOCUMENT, []).append(f)
    return out


def _header(findings: list[FindingData], docs: list[DocSummary], generated: dt.datetime) -> str:
    sev = _severity_counts(findings)
    boxes = "".join(
        f'<div class="total-box {s}"><b>{sev.get(s, 0)}</b>{_bi(SEVERITY_LABELS[s])}</div>' for s in SEVERITIES
    )
    when = generated.strftime("%Y-%m-%d %H:%M")
    return (
        '<header class="top"><div class="page">'
        '<h1>Báo cáo kiểm tra số liệu <span class="en">/ Consistency audit report</span></h1>'
        f'<div class="meta">{len(docs)} báo cáo / reports · {len(findings)} phát hiện / findings · '
        f"lập lúc / generated {_e(when)}</div>"
        f'<div class="totals">{boxes}</div></div></header>'
    )


def render_html(
    result: CheckResult,
    docs_summary: list[DocSummary],
    *,
    hide_dismissed: bool = False,
    generated: dt.datetime | None = None,
) -> str:
    """The whole report as one self-contained HTML page (UTF-8, inline CSS and JS)."""
    findings = result.visible(hide_dismissed)
    by_doc = _by_document(findings)
    generated = generated or dt.datetime.now().astimezone()
    doc_index = {name: i for i, name in enumerate(sorted(set(by_doc) | {d.name for d in docs_summary}))}
    sections = "".join(_document_section(doc_index[name], name, items, result) for name, items in by_doc.items())
    empty = "" if findings else '<p class="empty">Không có phát hiện nào. <span class="en">/ No findings.</span></p>'
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Báo cáo kiểm tra số liệu / Consistency audit report</title>"
        f"<style>{CSS}</style></head>"
        f'<body class="nojs">{_header(findings, docs_summary, generated)}'
        f"{_filters(findings, list(by_doc))}"
        '<main class="page">'
        f'<h2>Tổng hợp <span class="en">/ summary</span></h2>{_summary_table(by_doc, docs_summary)}'
        f"{LEGEND}{empty}"
        '<p class="empty hidden" id="f-none">Không có phát hiện nào khớp bộ lọc. '
        '<span class="en">/ No finding matches the filters.</span></p>'
        f"{sections}"
        "<footer>baocao — tệp này không cần mạng; mọi đoạn trích từ văn bản được hiển thị nguyên dạng. "
        '<span class="en">/ This file needs no network; every excerpt is shown exactly as written.</span></footer>'
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )
