"""OCR accuracy on the corpus: each ``*-scan.pdf`` page against the text layer of the same page.

Usage::

    .venv/bin/python bench/ocr_cer.py [--corpus ../shared/corpus] [--pages N] [--dpi 300] [--workers 2]

Both sides are normalised the same way (NFC, whitespace collapsed, superscript
digits removed); footnote markers are removed from the reference by font size
(digits much smaller than the text around them) and by the OCR module from its
output.  CER = Levenshtein distance / reference length, WER the same on words.
Seconds per page are wall-clock with ``--workers`` tesseract processes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from extractor.read.pdf import scan as pdf_scan

SUPERSCRIPTS = str.maketrans("", "", "¹²³⁰⁴⁵⁶⁷⁸⁹")
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute = 1), Myers/Hyyrö bit-parallel algorithm."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, c in enumerate(b):
        peq[c] = peq.get(c, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
    return score


def word_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance between word sequences (each distinct word mapped to one character)."""
    codes: dict[str, str] = {}
    for w in [*a, *b]:
        codes.setdefault(w, chr(0xE000 + len(codes)) if len(codes) < 6400 else chr(0xF0000 + len(codes)))
    return levenshtein("".join(codes[w] for w in a), "".join(codes[w] for w in b))


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(SUPERSCRIPTS).split())


def reference_text(page: pdfium.PdfPage) -> str:
    """The page's text layer without footnote markers (digits under 75 % of the nearby font size)."""
    return reference(page)[0]


def reference(page: pdfium.PdfPage) -> tuple[str, int]:
    """The page's text layer without footnote markers, and how many markers were removed."""
    tp = page.get_textpage()
    text = tp.get_text_range()
    n = min(len(text), tp.count_chars())
    sizes = [pdfium_raw.FPDFText_GetFontSize(tp.raw, i) for i in range(n)]
    keep: list[str] = []
    markers = 0
    for i in range(n):
        ch = text[i]
        if ch.isdigit():
            lo = max(0, i - 12)
            near = [s for j, s in enumerate(sizes[lo : i + 12], lo) if s > 1.5 and not text[j].isspace()]
            if near and sizes[i] < 0.75 * statistics.median(near):
                markers += not (keep and keep[-1] == "\0")
                keep.append("\0")
                continue
        keep.append(ch)
    tp.close()
    return normalise("".join(keep).replace("\0", "")), markers


@dataclass
class Score:
    name: str
    pages: int = 0
    ref_chars: int = 0
    char_errors: int = 0
    ref_words: int = 0
    word_errors: int = 0
    conf_sum: float = 0.0
    conf_words: int = 0
    seconds: float = 0.0
    markers_ref: int = 0
    markers_found: int = 0

    def add(self, other: Score) -> None:
        for f in (
            "pages",
            "ref_chars",
            "char_errors",
            "ref_words",
            "word_errors",
            "conf_words",
            "seconds",
            "markers_ref",
            "markers_found",
        ):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.conf_sum += other.conf_sum

    def row(self) -> str:
        cer = 100 * self.char_errors / max(1, self.ref_chars)
        wer = 100 * self.word_errors / max(1, self.ref_words)
        conf = self.conf_sum / max(1, self.conf_words)
        spp = self.seconds / max(1, self.pages)
        marks = f"{self.markers_found}/{self.markers_ref}"
        return f"| {self.name} | {self.pages} | {cer:.2f} % | {wer:.2f} % | {conf:.1f} | {marks} | {spp:.2f} |"


def score_document(scan: Path, text_pdf: Path, max_pages: int | None, workers: int) -> Score:
    score = Score(scan.name)
    ref_doc = pdfium.PdfDocument(str(text_pdf))
    ocr_doc = pdfium.PdfDocument(str(scan))
    n = len(ocr_doc) if max_pages is None else min(max_pages, len(ocr_doc))
    start = time.perf_counter()
    for no, lines in pdf_scan.ocr_pages(ocr_doc, list(range(1, n + 1)), str(scan), workers=workers):
        hyp = normalise("\n".join(line.text for line in lines))
        ref, markers = reference(ref_doc[no - 1])
        score.markers_ref += markers
        score.markers_found += sum(len(line.markers) for line in lines)
        score.pages += 1
        score.ref_chars += len(ref)
        score.char_errors += levenshtein(ref, hyp)
        score.ref_words += len(ref.split())
        score.word_errors += word_distance(ref.split(), hyp.split())
        for line in lines:
            if line.conf is not None:
                k = len(line.text.split())
                score.conf_sum += line.conf * k
                score.conf_words += k
    score.seconds = time.perf_counter() - start
    ocr_doc.close()
    ref_doc.close()
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--pages", type=int, default=None, help="OCR at most N pages per document")
    ap.add_argument("--dpi", type=int, default=pdf_scan.OCR_DPI, help="render resolution for OCR")
    ap.add_argument("--workers", type=int, default=2, help="tesseract processes at once")
    args = ap.parse_args(argv)
    pdf_scan.OCR_DPI = args.dpi
    scans = sorted(args.corpus.glob("*-scan.pdf"))
    if not scans:
        print(f"no *-scan.pdf in {args.corpus}", file=sys.stderr)
        return 1
    dpi = f"{args.dpi} dpi" if args.dpi else "the scan's own resolution"
    print(f"OCR at {dpi}, tesseract psm {pdf_scan.PSM}, {args.workers} worker(s)\n")
    print("| document | pages | CER | WER | mean conf | markers found/in text layer | s/page |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total = Score("**total**")
    for scan in scans:
        text_pdf = scan.with_name(scan.name.replace("-scan.pdf", ".pdf"))
        s = score_document(scan, text_pdf, args.pages, args.workers)
        print(s.row(), flush=True)
        total.add(s)
    print(total.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
