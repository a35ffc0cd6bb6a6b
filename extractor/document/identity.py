"""Which report a file is: one report arrives as several renditions (its DOCX, its PDF, a
TXT, a scan) and again when a unit re-sends it; they share one identity."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

RENDITION_ORDER = {"docx": 0, "pdf": 1, "txt": 2}  # which rendition speaks for a report; a scan is last


def norm(text: str) -> str:
    """Text as compared for an identity: NFC, one space, upper case."""
    return " ".join(unicodedata.normalize("NFC", text).split()).upper()


def report_identity(number: str | None, issuer: str | None, title: str | None, date: str | None, name: str) -> str:
    """The report, whatever file it came in: its number and issuer as the header gives them,
    else its title and date, else its file name without the extension (and ``-scan``)."""
    if number:
        return f"{norm(number)}@{norm(issuer or '')}"
    if title:
        return f"{norm(title)}@{date or ''}"
    stem = name.rsplit(".", 1)[0]
    return norm(stem.removesuffix("-scan"))


def rendition_rank(fmt: str, ocr: bool) -> int:
    """0 for the rendition that best speaks for a report: DOCX, then a PDF's text layer, then
    TXT, then a scan (OCR)."""
    return 3 if ocr else RENDITION_ORDER.get(fmt, 3)


@dataclass(frozen=True)
class FileFacts:
    """What grouping needs to know of one loaded file."""

    id: int
    name: str
    number: str | None
    issuer: str | None
    title: str | None
    date: str | None
    format: str
    ocr: bool
    draft: bool = False  # the header says "Dự thảo"
    loaded: float = 0.0  # when it was loaded (a POSIX timestamp): the latest version is current

    @property
    def identity(self) -> str:
        return report_identity(self.number, self.issuer, self.title, self.date, self.name)

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0].removesuffix("-scan").lower()

    @property
    def rank(self) -> tuple[bool, int, float, str]:
        """Which file speaks for its report: a final before a draft, then the rendition
        (DOCX, text-layer PDF, TXT, scan), then the latest loaded (a re-sent file)."""
        return self.draft, rendition_rank(self.format, self.ocr), -self.loaded, self.name


TITLE_LIKENESS = 0.85  # titles at least this alike (an OCR'd title against the DOCX's) are one


def group_renditions(files: list[FileFacts]) -> list[list[FileFacts]]:
    """The files grouped into reports, each group's primary rendition first (:attr:`FileFacts.rank`:
    a draft and its final, or a re-sent file, are versions of one report).  Files of one
    identity are one report; a group whose files carry the same name as another's (``003-….pdf``,
    ``003-…-scan.pdf``) joins it when nothing tells them apart: no two different numbers read
    from text layers, and titles alike or missing (a scan's OCR'd header may differ a little)."""
    groups: dict[str, list[FileFacts]] = {}
    for f in files:
        groups.setdefault(f.identity, []).append(f)
    merged = True
    while merged:
        merged = False
        keys = list(groups)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if a in groups and b in groups and _same_report(groups[a], groups[b]):
                    home, other = (a, b) if min(groups[a], key=_key).rank <= min(groups[b], key=_key).rank else (b, a)
                    groups[home].extend(groups.pop(other))
                    merged = True
    return [sorted(g, key=_key) for g in groups.values()]


def _key(f: FileFacts) -> tuple[bool, int, float, str]:
    return f.rank


def _same_report(a: list[FileFacts], b: list[FileFacts]) -> bool:
    if not {f.stem for f in a} & {f.stem for f in b}:
        return False
    numbers = {norm(f.number) for f in [*a, *b] if f.number and not f.ocr}
    if len(numbers) > 1:
        return False
    titles_a = [norm(f.title) for f in a if f.title]
    titles_b = [norm(f.title) for f in b if f.title]
    if not titles_a or not titles_b:
        return True
    return any(difflib.SequenceMatcher(None, x, y).ratio() >= TITLE_LIKENESS for x in titles_a for y in titles_b)
