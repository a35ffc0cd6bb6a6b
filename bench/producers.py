"""PDFs of the sample reports from other producers, and how well baocao reads them.

    .venv/bin/python bench/producers.py build [--routes chromium,weasyprint] [--out tests/fixtures/producers]
    .venv/bin/python bench/producers.py measure [--routes …] [--fixtures tests/fixtures/producers]
    .venv/bin/python bench/producers.py prose --routes chromium,weasyprint,tcvn3,vni,reportlab,bare,scan
    .venv/bin/python bench/producers.py shapes --routes chromium,weasyprint,tcvn3,vni,reportlab,bare

``build`` prints each corpus DOCX through other producers than the corpus's own (LibreOffice
in Liberation Serif), most of them from an HTML rendering (mammoth: paragraphs, tables,
footnotes):

* ``chromium`` — Debian's Chromium, headless "print to PDF" (Skia), with the browser's own
  header and footer (date, title, address, "page/pages") and the footnotes as endnotes
  under "Ghi chú" after the text, as a browser prints a Word document saved as a web page;
* ``weasyprint`` — WeasyPrint with CSS footnotes at the page bottom (``float: footnote``)
  and the page number in a margin box, in another font (DejaVu Serif) and size;
* ``tcvn3`` — the WeasyPrint route with every text in the TCVN3 (ABC) legacy encoding, as a
  report typed in ``.VnTime`` prints: the PDF's text layer holds TCVN3 characters (and its
  ``ư``, byte 0xAD, is a soft hyphen that producers drop);
* ``vni`` — the same in the VNI legacy encoding (two bytes for most accented letters);
* ``xelatex`` — pandoc straight from the DOCX through xelatex: real footnotes under a short
  rule with the page number below them, tables with horizontal rules only (booktabs), A4,
  DejaVu Serif 12 pt, the wide appendix in small type on landscape pages turned by ``/Rotate``;
* ``libreoffice`` — the DOCX itself restyled (DejaVu Sans Condensed, nine tenths of its
  sizes, letters 0.3 pt closer) and printed by LibreOffice;
* ``reportlab`` — ReportLab's platypus in DejaVu Serif: footnote markers raised in the body's
  own size (not shrunk), endnotes under "Ghi chú", the page number at the top, tables drawn
  as ReportLab grids with spans and repeated header rows;
* ``bare`` — the ReportLab route with no rule at all in any table: columns shown only by the
  alignment of their text, as a table typed with tabs or a "no borders" table style prints.

``shapes`` writes ``tests/fixtures/producers/shapes/shapes.docx`` and ``shapes-read.txt`` from
the texts in ``shapes.txt`` there (list shapes read since the prose fixture was printed, one
section each; a paragraph of tab-separated lines is a table, a Word table in the DOCX) and
prints the DOCX through the routes given into that folder.

``prose`` writes ``tests/fixtures/producers/prose/prose.docx`` from the development passages
listed in ``passages.txt`` there (one section each, under a heading without a digit) and
prints it through the routes given into that folder; its ``scan`` route turns the Chromium
print into a bilevel 300 dpi scan, a little askew, with no text layer (read by OCR).

Building needs the producers (``apt-get install chromium pandoc texlive-xetex
texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended
libreoffice-writer-nogui``, ``pip install weasyprint mammoth reportlab``); the PDFs are
committed, so the tests do not. ``measure`` compares what baocao
reads from each PDF with what it reads from the DOCX: figures (value, measure, place) as
F1, footnotes found with the same text and linked to a marker, tables and their cells.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = sorted(p.stem for p in (ROOT / "corpus").glob("0??-*.docx"))  # the five sample reports
ROUTES = ("chromium", "weasyprint", "tcvn3", "vni", "xelatex", "libreoffice", "reportlab", "bare")
MARKER = re.compile(r'<sup><a href="#footnote-(\d+)" id="footnote-ref-\d+">\[\d+\]</a></sup>')
NOTE = re.compile(r'<li id="footnote-(\d+)">(.*?)</li>', re.S)
BACKLINK = re.compile(r'\s*<a href="#footnote-ref-\d+">↑</a>')
NOTES_LIST = re.compile(r"<ol>\s*<li id=\"footnote-1\">.*</ol>", re.S)

PAGE_CSS = """
body { font-family: "Liberation Serif", serif; font-size: 14pt; line-height: 1.35; }
p { margin: 0 0 6pt 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
body > table:first-child td { border: none; text-align: center; }  /* the header: no rules */
sup { font-size: 70%; }
"""

WEASY_CSS = """
@page { size: A4; margin: 2cm 1.8cm 2.2cm 3cm;
        @bottom-right { content: counter(page); font-size: 10pt; } }
body { font-family: "DejaVu Serif", serif; font-size: 12.5pt; line-height: 1.3; }
p { margin: 0 0 5pt 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; font-size: 11pt; }
body > table:first-child td { border: none; text-align: center; }
.fn { float: footnote; font-size: 10pt; line-height: 1.2; text-align: justify; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 65%; }
::footnote-marker { content: counter(footnote) " "; }
@page { @footnote { border-top: 0.5pt solid black; max-height: 40%; } }
"""


def docx_html(path: Path) -> tuple[str, dict[str, str]]:
    """The DOCX as HTML (mammoth) and its footnotes' HTML by number."""
    import mammoth

    with path.open("rb") as fh:
        body = mammoth.convert_to_html(fh).value
    notes = {n: BACKLINK.sub("", text).strip() for n, text in NOTE.findall(body)}
    return NOTES_LIST.sub("", body), notes


def chromium_html(body: str, notes: dict[str, str], title: str) -> str:
    body = MARKER.sub(lambda m: f"<sup>{m.group(1)}</sup>", body)
    endnotes = "".join(f"<p>{n}. {_inner(text)}</p>" for n, text in sorted(notes.items(), key=lambda x: int(x[0])))
    return (
        f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{PAGE_CSS}</style></head><body>{body}<p><strong>Ghi chú</strong></p>{endnotes}</body></html>"
    )


def weasy_html(body: str, notes: dict[str, str]) -> str:
    body = MARKER.sub(lambda m: f"<span class='fn'>{_inner(notes.get(m.group(1), ''))}</span>", body)
    head = f"<meta charset='utf-8'><style>{WEASY_CSS}</style>"
    return f"<!doctype html><html lang='vi'><head>{head}</head><body>{body}</body></html>"


def legacy_html(page: str, encoding: str = "tcvn3") -> str:
    """The page with its text (not its tags or styles) in TCVN3 or VNI; in TCVN3, capitals
    without their own code written with the lowercase one, as the uppercase font ``.VnTimeH``
    is typed."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "legacy"))
    from make_fixtures import encode

    head, _, body = page.partition("<body>")
    parts = re.split(r"(<[^>]+>)", body)
    return head + "<body>" + "".join(p if p.startswith("<") else encode(html.unescape(p), encoding) for p in parts)


def _inner(note_html: str) -> str:
    """A footnote's paragraphs as inline text."""
    return re.sub(r"</?p>", " ", note_html).strip()


def build(routes: list[str], out: Path, docs: list[Path] | None = None) -> None:
    """Print each DOCX (by default the five sample reports) through each route into
    ``out/<route>/<stem>.pdf``."""
    for docx in docs or [ROOT / "corpus" / f"{name}.docx" for name in NAMES]:
        name = docx.stem
        body, notes = docx_html(docx)
        for route in routes:
            target = out / route / f"{name}.pdf"
            target.parent.mkdir(parents=True, exist_ok=True)
            if route == "xelatex":
                _xelatex(docx, target)
            elif route == "libreoffice":
                _libreoffice(docx, target)
            elif route == "reportlab":
                _reportlab(body, notes, target)
            elif route == "bare":
                _reportlab(body, notes, target, ruled=False)
            elif route == "chromium":
                _chromium(chromium_html(body, notes, name), target)
            elif route == "scan":
                _scan(out / "chromium" / f"{name}.pdf", target)
            elif route in ("weasyprint", "tcvn3", "vni"):
                import weasyprint

                page = weasy_html(body, notes)
                weasyprint.HTML(string=legacy_html(page, route) if route != "weasyprint" else page).write_pdf(target)
            print(f"{route}: {target.relative_to(ROOT)} ({target.stat().st_size:,} bytes)", file=sys.stderr)


PROSE = ROOT / "tests" / "fixtures" / "producers" / "prose"
SHAPES = ROOT / "tests" / "fixtures" / "producers" / "shapes"
SECTION = "Trích đoạn {}"  # a section's heading: no digit, so no figure of its own


def prose_ids(listing: Path = PROSE / "passages.txt") -> list[str]:
    """The passage ids the prose fixture holds, in order (``passages.txt``: id, then a note)."""
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.startswith("#")]


def shapes_sections(source: Path) -> list[list[str]]:
    """The sections of the shapes source (``---`` lines between them, blank lines between
    paragraphs, ``#`` lines a comment), each as its paragraphs."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    sections = "\n".join(lines).split("\n---\n")
    return [[p.strip() for p in section.split("\n\n") if p.strip()] for section in sections]


def shapes_files(source: Path, docx_target: Path, txt_target: Path) -> None:
    """The shapes source as one DOCX and one TXT, each section under its own heading."""
    import docx

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    lines = ["Trích đoạn báo cáo", ""]
    for i, paragraphs in enumerate(shapes_sections(source)):
        heading = SECTION.format(section_letter(i))
        document.add_heading(heading, level=2)
        lines += [heading, ""]
        for paragraph in paragraphs:
            if "\t" in paragraph:
                _shapes_table(document, [line.split("\t") for line in paragraph.split("\n")])
            else:
                document.add_paragraph(paragraph)
            lines += [paragraph, ""]
    document.core_properties.title = "Trích đoạn báo cáo"
    document.save(str(docx_target))
    txt_target.write_text("\n".join(lines), encoding="utf-8")


def _shapes_table(document: object, rows: list[list[str]]) -> None:
    """Tab-separated lines as a Word table in a grid: a header cell written over several
    columns (the same text side by side in the first row) is one merged cell, and when a
    second header row (its first cell empty) leaves a column blank, that column's first-row
    cell is merged down over it, as ``Tổng số | Chia ra: A | B | C`` is typed in Word."""
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    table.style = document.styles["Table Grid"]  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text and not (r == 0 and c and row[c - 1] == text):
                table.cell(r, c).text = text
    head = rows[0]
    c = 0
    while c < width:
        end = c
        while end + 1 < len(head) and head[c] and head[end + 1] == head[c]:
            end += 1
        if end > c:
            table.cell(0, c).merge(table.cell(0, end))
        c = end + 1
    if len(rows) > 1 and not rows[1][0]:
        for c, text in enumerate(head):
            if text and not rows[1][c] and head.count(text) == 1:
                table.cell(0, c).merge(table.cell(1, c))


def section_letter(index: int) -> str:
    return chr(ord("A") + index)


def prose_docx(target: Path, ids: list[str]) -> None:
    """One DOCX of the listed development passages, each under its own heading, its
    paragraphs as the passage's (blank-line separated) paragraphs, in Times New Roman."""
    import docx

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    for i, pid in enumerate(ids):
        document.add_heading(SECTION.format(section_letter(i)), level=2)
        text = (ROOT / "corpus" / "prose" / "passages" / f"{pid}.txt").read_text(encoding="utf-8")
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                document.add_paragraph(" ".join(paragraph.split("\n")).strip())
    document.core_properties.title = "Trích đoạn báo cáo"
    document.save(str(target))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RESTYLED_PARTS = ("word/document.xml", "word/footnotes.xml", "word/styles.xml")


def _restyled_docx(docx: Path, target: Path, font: str, scale: float, spacing: int) -> None:
    """A copy of ``docx`` in another font, its sizes scaled, its letters set closer by
    ``spacing`` twentieths of a point: every run's and style's fonts, sizes and spacing."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename in RESTYLED_PARTS:
                root = etree.fromstring(data)
                for rpr in root.iter(f"{W}rPr"):
                    fonts = rpr.find(f"{W}rFonts")
                    if fonts is None:
                        fonts = etree.SubElement(rpr, f"{W}rFonts")
                    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
                        fonts.set(f"{W}{attr}", font)
                    for tag in ("sz", "szCs"):
                        size = rpr.find(f"{W}{tag}")
                        if size is not None:
                            size.set(f"{W}val", str(round(int(size.get(f"{W}val")) * scale)))
                    space = rpr.find(f"{W}spacing")
                    if space is None:
                        space = etree.SubElement(rpr, f"{W}spacing")
                    space.set(f"{W}val", str(spacing))
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(item, data)


def _libreoffice(docx: Path, target: Path) -> None:
    """The DOCX in DejaVu Sans Condensed at nine tenths of its sizes, letters 0.3 pt closer,
    printed by LibreOffice (the corpus's own PDFs are LibreOffice in Liberation Serif)."""
    with tempfile.TemporaryDirectory() as tmp:
        restyled = Path(tmp) / docx.name
        _restyled_docx(docx, restyled, "DejaVu Sans Condensed", 0.9, -6)
        argv = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile"]
        argv += ["--convert-to", "pdf", "--outdir", tmp, str(restyled)]
        subprocess.run(argv, check=True, capture_output=True, timeout=300, env={"PATH": "/usr/bin:/bin", "HOME": tmp})
        target.write_bytes((Path(tmp) / f"{docx.stem}.pdf").read_bytes())


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
RL_SIZE = 12.0  # body type in the ReportLab route; markers are raised in this same size


def _reportlab(body: str, notes: dict[str, str], target: Path, *, ruled: bool = True) -> None:
    """The mammoth HTML set by ReportLab's platypus in DejaVu Serif: footnote markers raised
    in the body's own size (not shrunk), the notes as endnotes under "Ghi chú", the page number
    at the top of each page, ruled tables drawn as ReportLab grids (one path for a table's
    lines), merged cells as spans, header rows repeated on each page.  ``ruled=False``: every
    table without any rule (the ``bare`` route), its columns shown only by alignment."""
    from lxml import html as lxml_html
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    for name, file in (("DV", "DejaVuSerif"), ("DV-B", "DejaVuSerif-Bold"), ("DV-I", "DejaVuSerif-Italic")):
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f"{file}.ttf")))
    pdfmetrics.registerFont(TTFont("DV-BI", str(DEJAVU / "DejaVuSerif-BoldItalic.ttf")))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
    text = ParagraphStyle("body", fontName="DV", fontSize=RL_SIZE, leading=15, alignment=TA_JUSTIFY, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10)
    root = lxml_html.fragment_fromstring(body, create_parent="div")
    flow = []
    for i, el in enumerate(root):
        if el.tag == "table":
            flow.append(_rl_table(el, cell, ruled=ruled and i > 0))
        else:
            flow.append(Paragraph(_rl_inline(el), text))
    flow.append(Paragraph("<b>Ghi chú</b>", text))
    for n, note in sorted(notes.items(), key=lambda x: int(x[0])):
        inner = lxml_html.fragment_fromstring(note, create_parent="div")
        flow.append(Paragraph(f"{n}. {_rl_inline(inner).strip()}", text))

    def number(canvas: object, doc: object) -> None:
        canvas.setFont("DV", 10)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(doc.page))  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm)
    doc.build(flow, onFirstPage=number, onLaterPages=number)


def _rl_inline(el: object) -> str:
    """An element's content in ReportLab's paragraph markup."""
    out = [html.escape(el.text or "", quote=False)]  # type: ignore[attr-defined]
    for child in el:  # type: ignore[attr-defined]
        tag = child.tag
        if tag == "sup":
            link = child.find("a")
            number = re.search(r"footnote-(\d+)", link.get("href", "")) if link is not None else None
            if number:
                out.append(f'<super rise="{RL_SIZE * 0.4:g}" size="{RL_SIZE:g}">{number.group(1)}</super>')
            else:
                out.append(f"<super>{_rl_inline(child)}</super>")
        elif tag in ("strong", "b"):
            out.append(f"<b>{_rl_inline(child)}</b>")
        elif tag in ("em", "i"):
            out.append(f"<i>{_rl_inline(child)}</i>")
        elif tag == "br":
            out.append("<br/>")
        elif tag == "p":
            out.append(("<br/>" if len(out) > 1 else "") + _rl_inline(child))
        else:
            out.append(_rl_inline(child))
        out.append(html.escape(child.tail or "", quote=False))
    return "".join(out)


def _rl_table(el: object, style: object, *, ruled: bool) -> object:
    """A ReportLab table from an HTML table: the grid with row and column spans, column widths
    after their longest text, the header rows (``th``) repeated on each page."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = el.findall(".//tr")  # type: ignore[attr-defined]
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, int, int, object]] = []
    for r, tr in enumerate(rows):
        c = 0
        for td in tr:
            while (r, c) in taken:
                c += 1
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            taken.update((r + i, c + k) for i in range(rs) for k in range(cs))
            placed.append((r, c, rs, cs, td))
            c += cs
    n_cols = max(c for _, c in taken) + 1
    data: list[list[object]] = [["" for _ in range(n_cols)] for _ in rows]
    lengths = [6] * n_cols  # a column's longest text (up to 60 letters)
    words = [3] * n_cols  # its longest word
    spans = []
    for r, c, rs, cs, td in placed:
        data[r][c] = Paragraph(_rl_inline(td), style)
        if cs == 1:
            content = td.text_content()  # type: ignore[attr-defined]
            lengths[c] = max(lengths[c], min(len(content), 60))
            words[c] = max([words[c], *(len(w) for w in content.split())])
        if rs > 1 or cs > 1:
            spans.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    least = [n * 8 * 0.62 + 7 for n in words]  # no word is broken: 8 pt type, padding
    spare = max(0.0, 16.5 * cm - sum(least))
    widths = [w + spare * n / sum(lengths) for w, n in zip(least, lengths, strict=True)]
    head = sum(1 for tr in rows if tr.find("th") is not None)
    commands: list[tuple[object, ...]] = [*spans, ("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    return Table(data, colWidths=widths, repeatRows=head, style=TableStyle(commands))


WIDE_TABLE = re.compile(r"(\\begin\{longtable\}\[\]\{@\{\}(?:\s*>\{[^\n]*\n){6,}.*?\\end\{longtable\})", re.S)


SPANNED_MINIPAGE = re.compile(
    r"(\\multirow\{\d+\}\{\*\}\{|\\multicolumn\{\d+\}\{l\}\{)\\begin\{minipage\}\[b\]\{\\linewidth\}\\raggedright\n"
    r"(.*?)\n\\end\{minipage\}\}",
    re.S,
)


def _xelatex(docx: Path, target: Path) -> None:
    """pandoc's LaTeX of the DOCX, set by xelatex (twice, for longtable's widths).  A table of
    six columns or more is set on landscape pages (``pdflscape``: the page turned by
    ``/Rotate``, its content drawn sideways) in small type, as a typesetter fits a wide
    appendix (pandoc keeps the DOCX's relative widths, too narrow at 12 pt on a portrait page); a
    merged header cell is set in its columns' width (pandoc sets it a whole line wide, which
    pushes the last columns off the page)."""
    argv = [
        "pandoc",
        str(docx),
        "-s",
        "-t",
        "latex",
        "-V",
        "mainfont=DejaVu Serif",
        "-V",
        "fontsize=12pt",
        "-V",
        "papersize=a4",
        "-V",
        "geometry:margin=2cm",
    ]
    env = {"SOURCE_DATE_EPOCH": "1700000000", "PATH": "/usr/bin:/bin"}
    tex = subprocess.run(argv, check=True, capture_output=True, timeout=120, env=env, text=True).stdout
    tex = SPANNED_MINIPAGE.sub(lambda m: m.group(1).replace("{*}", "{=}") + m.group(2) + "}", tex)
    wide = "\\begin{landscape}\\footnotesize\\setlength{\\tabcolsep}{3pt}\n"
    tex = WIDE_TABLE.sub(lambda m: wide + m.group(1) + "\n\\end{landscape}", tex)
    tex = tex.replace("\\begin{document}", "\\usepackage{pdflscape}\n\\begin{document}", 1)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "report.tex").write_text(tex, encoding="utf-8")
        for _ in range(2):
            subprocess.run(
                ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "report.tex"],
                check=True,
                capture_output=True,
                timeout=300,
                env=env,
                cwd=tmp,
            )
        target.write_bytes((Path(tmp) / "report.pdf").read_bytes())


SCAN_DPI = 300
SCAN_TURN = 0.4  # degrees: a page fed a little askew
SCAN_INK = 160  # grey level below which a pixel is ink (bilevel, as an office scanner's PDF)


def _scan(printed: Path, target: Path) -> None:
    """``printed`` (the Chromium route's PDF, built first) as a bilevel scan: each page
    rendered at 300 dpi, turned a little and thresholded, with no text layer."""
    import pypdfium2
    from PIL import Image

    pages = []
    pdf = pypdfium2.PdfDocument(str(printed))
    try:
        for page in pdf:
            grey = page.render(scale=SCAN_DPI / 72).to_pil().convert("L")
            grey = grey.rotate(SCAN_TURN, resample=Image.Resampling.BICUBIC, fillcolor=255)
            pages.append(grey.point(lambda v: 255 if v > SCAN_INK else 0, mode="1"))
    finally:
        pdf.close()
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=SCAN_DPI)


def _chromium(page: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(page, encoding="utf-8")
        argv = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={target}",
            src.as_uri(),
        ]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)


# ---------------------------------------------------------------- measure


def _figures(doc) -> Counter[tuple[float, str, str]]:
    from extractor.find.extract import extract_document

    ex = extract_document(doc)
    return Counter((round(f.value, 4), f.measure, f.span.where) for f in ex.figures)


def f1(a: Counter, b: Counter) -> float:
    if not a and not b:
        return 1.0  # nothing to find, nothing found
    tp = sum((a & b).values())
    p = tp / max(1, sum(a.values()))
    r = tp / max(1, sum(b.values()))
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def norm(text: str) -> str:
    """A footnote's text as compared: spaces collapsed, typographic quotes made plain (a
    typesetter curls the DOCX's straight quotes)."""
    return " ".join(text.translate(QUOTES).split())


def measure(routes: list[str], fixtures: Path) -> list[dict[str, object]]:
    from extractor.read.parse import parse_file

    rows: list[dict[str, object]] = []
    for name in NAMES:
        docx = parse_file(ROOT / "corpus" / f"{name}.docx")
        gold_figs = _figures(docx)
        gold_notes = [(f.number, norm(f.text)) for f in docx.footnotes]
        gold_tables = [(t.n_rows, t.n_cols) for t in docx.tables]
        for route in routes:
            pdf = parse_file(fixtures / route / f"{name}.pdf")
            notes = [(f.number, norm(f.text)) for f in pdf.footnotes]
            rows.append(
                {
                    "route": route,
                    "report": name,
                    "figures_f1": round(f1(_figures(pdf), gold_figs), 3),
                    "footnotes": f"{sum(1 for n in notes if n in gold_notes)}/{len(gold_notes)}",
                    "linked": f"{sum(1 for f in pdf.footnotes if f.ref is not None)}/{len(pdf.footnotes)}",
                    "tables": f"{[(t.n_rows, t.n_cols) for t in pdf.tables] == gold_tables}",
                }
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["build", "measure", "prose", "shapes"])
    ap.add_argument("--routes", default=",".join(ROUTES))
    ap.add_argument("--out", "--fixtures", dest="dir", default=str(ROOT / "tests" / "fixtures" / "producers"))
    args = ap.parse_args()
    routes = [r for r in args.routes.split(",") if r]
    if args.action == "build":
        build(routes, Path(args.dir))
        return
    if args.action == "prose":
        prose_docx(PROSE / "prose.docx", prose_ids())
        build(routes, PROSE, [PROSE / "prose.docx"])
        return
    if args.action == "shapes":
        shapes_files(SHAPES / "shapes.txt", SHAPES / "shapes.docx", SHAPES / "shapes-read.txt")
        build(routes, SHAPES, [SHAPES / "shapes.docx"])
        return
    rows = measure(routes, Path(args.dir))
    print(f"{'route':11} {'report':32} {'figures F1':>10} {'footnotes':>10} {'linked':>7} {'tables':>7}")
    for r in rows:
        print(
            f"{r['route']:11} {r['report']:32} {r['figures_f1']:>10} {r['footnotes']:>10} {r['linked']:>7} "
            f"{r['tables']:>7}"
        )


if __name__ == "__main__":
    main()
