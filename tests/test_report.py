"""The auditor's report: a self-contained HTML file that escapes every piece of document text
and highlights the figures, and an Excel workbook with findings and figures."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli import main
from extractor.report.page import highlight
from extractor.report.sources import FigureLine
from extractor.report.workbook import FIGURE_COLUMNS, write_xlsx

from .conftest import CORPUS

EVIL = (
    'Có 10 đảng viên, trong đó có 3 đảng viên nam, 4 đảng viên nữ <script>alert(1)</script> " onmouseover=alert(2) x=".'
)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse_html(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    return tags


HIGHLIGHTS = [
    ("whole numbers only", "Có 10 đảng viên, 3 nam năm 2023", ["3"], "Có 10 đảng viên, <mark>3</mark> nam năm 2023"),
    (
        "not inside a thousands group",
        "Chuyển đi 1.317, chuyển đến 317",
        ["317"],
        "Chuyển đi 1.317, chuyển đến <mark>317</mark>",
    ),
    ("decimal comma kept whole", "bằng 63,8%; 8 chi bộ", ["8"], "bằng 63,8%; <mark>8</mark> chi bộ"),
    ("ratio", "có 53/83 chi bộ", ["53/83"], "có <mark>53/83</mark> chi bộ"),
    ("entities are never marked", "it's 27 <b>", ["27"], "it&#x27;s <mark>27</mark> &lt;b&gt;"),
    ("text escaped around marks", '<i>5</i> "x"', ["5"], "&lt;i&gt;<mark>5</mark>&lt;/i&gt; &quot;x&quot;"),
    ("several figures, one pass", "10 = 3 + 7", ["3", "7", "10"], "<mark>10</mark> = <mark>3</mark> + <mark>7</mark>"),
    ("absent figure leaves text as is", "không có số", ["9"], "không có số"),
]


@pytest.mark.parametrize("name,text,raws,expected", HIGHLIGHTS, ids=[h[0] for h in HIGHLIGHTS])
def test_highlight(name, text, raws, expected):
    assert highlight(text, raws) == expected


def _store(db_url: str, paths: list[Path]) -> None:
    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file
    from extractor.store.engine import open_database, session_scope
    from extractor.store.load import store_document

    engine = open_database(db_url)
    for path in paths:
        doc = parse_file(path)
        with session_scope(engine) as s:
            store_document(s, doc, extract_document(doc))
    engine.dispose()


def _report(db_url: str, out: Path, *extra: str) -> tuple[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    html, xlsx = out / "report.html", out / "report.xlsx"
    result = CliRunner().invoke(main, ["report", "--db", db_url, "--html", str(html), "--xlsx", str(xlsx), *extra])
    assert result.exit_code == 0, result.output
    return html.read_text(encoding="utf-8"), xlsx


def test_document_text_is_escaped(tmp_path):
    source = tmp_path / "bad.txt"
    source.write_text(f"ĐẢNG BỘ TỈNH X\nBÁO CÁO\nKết quả công tác đảng viên năm 2023\n\n{EVIL}\n", encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'r.db'}"
    _store(db_url, [source])
    html, xlsx = _report(db_url, tmp_path)
    assert "10 = 7" not in html and "3 + 4 = 7" in html  # the sum finding is there
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html and '" onmouseover' not in html
    assert "&quot; onmouseover=alert(2)" in html
    tags = parse_html(html)
    assert [t for t, _ in tags.tags].count("script") == 1  # only the report's own script
    assert not any(name.startswith("on") for _, attrs in tags.tags for name, _ in attrs)
    assert "alert" not in "".join(tags.scripts)
    for raw in ("10", "3", "4"):
        assert f"<mark>{raw}</mark>" in html
    sheet = load_workbook(xlsx)["figures"]
    sentence = FIGURE_COLUMNS.index("sentence")
    assert EVIL in [row[sentence] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_report_on_corpus(db_url, tmp_path):
    _store(db_url, [CORPUS / "003-bao-cao-so-ket-kien-giang.pdf", CORPUS / "001-bao-cao-so-ket-bac-giang.docx"])
    html, _ = _report(db_url, tmp_path)
    # self-contained: nothing fetched from the network, UTF-8 declared
    for needle in ('src="http', 'href="http', "@import", "url(http", "<link", "<img", "<iframe"):
        assert needle not in html, needle
    assert '<meta charset="utf-8">' in html and html.count("<style>") == 1
    # filters, summary, legend
    assert html.count('name="severity"') == 3
    for control in ('id="f-rule"', 'id="f-doc"', 'id="f-status"', 'id="f-text"', 'class="summary"', 'class="legend"'):
        assert control in html, control
    assert '<option value="sum">' in html and '<option value="003-bao-cao-so-ket-kien-giang.pdf">' in html
    # the 558 finding: bilingual, id, computation, table cells highlighted, page
    sum_558 = _article(html, "Tổng các phần (183 + 133 + 179 + 93)")
    assert "do not add up to the stated total 558" in sum_558
    assert "183 + 133 + 179 + 93 = 588" in sum_558 and "<mark>558</mark>" in sum_558
    assert re.search(r"<code>[0-9a-f]{12}</code>", sum_558) and "chưa xem xét" in sum_558
    footnote = _article(html, "Cùng một chỉ tiêu (đảng viên / chuyển đến)")
    assert "chú thích 15" in footnote and "<mark>588</mark>" in footnote
    key = re.search(r'id="f-([0-9a-f]{12})"', sum_558)
    assert key is not None
    decided = CliRunner().invoke(main, ["review", key.group(1), "--status", "dismissed", "--db", db_url])
    assert decided.exit_code == 0, decided.output
    reviewed, reviewed_xlsx = _report(db_url, tmp_path / "reviewed")
    assert 'class="status status-dismissed"' in _article(reviewed, "Tổng các phần (183 + 133 + 179 + 93)")
    hidden, hidden_xlsx = _report(db_url, tmp_path / "hidden", "--hide-dismissed")
    assert f'id="f-{key.group(1)}"' not in hidden
    book = load_workbook(hidden_xlsx)
    assert key.group(1) not in [r[0] for r in book["findings"].iter_rows(values_only=True)]
    _check_workbook(reviewed_xlsx, db_url)


def _article(html: str, marker: str) -> str:
    start = html.rindex("<article", 0, html.index(marker))
    return html[start : html.index("</article>", start)]


def _check_workbook(path: Path, db_url: str) -> None:
    from sqlalchemy import func, select

    from extractor.store.engine import make_engine, session_scope
    from models.tables import FigureRow

    book = load_workbook(path)
    assert book.sheetnames == ["findings", "figures"]
    findings = list(book["findings"].iter_rows(values_only=True))
    header = findings[0]
    assert header[:15] == (
        "id", "document", "severity", "rule", "message_vi", "message_en", "stated", "stated_value", "expected",
        "expected_min", "expected_max", "computation", "tolerance", "pages", "sentences",
    )  # fmt: skip
    row = dict(zip(header, next(r for r in findings if r[3] == "sum" and r[6] == "558"), strict=True))
    assert row["message_vi"] == "Tổng các phần (183 + 133 + 179 + 93) không khớp với tổng số 558"
    assert row["severity"] == "error" and row["pages"] == "22" and row["review status"] == "dismissed"
    assert row["stated_value"] == 558 and row["expected_min"] == row["expected_max"] == 588
    assert "558" in row["sentences"]
    figures = list(book["figures"].iter_rows(values_only=True))
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        count = s.scalar(select(func.count(FigureRow.id)))
    engine.dispose()
    assert len(figures) - 1 == count
    assert ("003-bao-cao-so-ket-kien-giang.pdf", 7, "footnote", 15) in {r[:4] for r in figures}
    sentence = FIGURE_COLUMNS.index("sentence")
    assert any(r[sentence] == "Chuyển đi 1.317, chuyển đến 588 đảng viên." for r in figures)
    labels = {(r[FIGURE_COLUMNS.index("subject")], r[FIGURE_COLUMNS.index("subject_label")]) for r in figures[1:]}
    assert ("dang_vien", "đảng viên") in labels and ("tccsd", "tổ chức cơ sở đảng") in labels


def test_xlsx_keeps_text_as_text(tmp_path):
    from extractor.check.runner import CheckResult

    line = FigureLine("x.txt", 1, "body", None, "dang_vien", None, None, 1.0, "1", "count", None, "=1+1 số\x07 liệu")
    write_xlsx(CheckResult([], {}), [line], tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx")["figures"]
    cell = sheet.cell(row=2, column=12)
    assert cell.value == "=1+1 số liệu" and cell.data_type == "s"


@pytest.mark.parametrize(
    "args,code,message",
    [
        ([], 2, "give --html OUT.html and/or --xlsx OUT.xlsx"),
        (["--html", "/nonexistent-dir/r.html"], 1, "cannot write the report"),
    ],
)
def test_report_command_errors(tmp_path, args, code, message):
    from extractor.store.engine import open_database

    open_database(str(tmp_path / "e.db")).dispose()  # a baocao database with nothing loaded
    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "e.db"), *args])
    assert result.exit_code == code and message in result.output
