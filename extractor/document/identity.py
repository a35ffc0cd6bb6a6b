"""Which report a file is: one report arrives as several renditions (its DOCX, its PDF, a
TXT, a scan) and again when a unit re-sends it; they share one identity."""

from __future__ import annotations

import difflib
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

RENDITION_ORDER = {"docx": 0, "pdf": 1, "txt": 2}  # which rendition speaks for a report; a scan is last


SKETCH_SIZE = 128  # how many of a text's smallest shingle hashes stand for it
SHINGLE_WORDS = 4  # words per shingle (numbers are words: a changed figure changes four shingles)
NEAR_IDENTICAL = 0.85  # resemblance at or above which two texts are one report's (renditions: 0.90–1.00
#   on the sample reports, a scan included; two different reports: at most 0.08)
_WORD = re.compile(r"\w+")


def text_sketch(text: str) -> tuple[int, ...]:
    """A text's bottom-k sketch: the smallest hashes of its word shingles (case and
    normalisation folded), enough to estimate how alike two texts are (:func:`resemblance`)
    without keeping or comparing the texts."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    hashes = {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode()) for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    return tuple(sorted(hashes)[:SKETCH_SIZE])


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """The estimated share of shingles two texts have in common (Jaccard), from their sketches;
    0 when either is empty."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    common = set(a) & set(b)
    return sum(1 for h in union if h in common) / len(union)


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
    folder: str = ""  # the folder the file was loaded from
    parent: str | None = None  # the body the header names above the issuer ("ĐẢNG ỦY XÃ AN HÀ")
    path: str = ""  # where it was loaded from (a re-sent file keeps its path)
    run: int = 0  # the ingestion run that loaded it: a later run brings later files
    modified: float = 0.0  # the file's modification time when loaded (POSIX; 0 when unknown)
    sketch: tuple[int, ...] = ()  # its text's sketch (:func:`text_sketch`)

    @property
    def strong_key(self) -> str | None:
        """The report by its header alone, when the header says enough to tell it from every
        other: number, issuer (with the body above it: two communes each have a "Chi bộ thôn
        Đông") and date (numbers restart each year and at each unit), or title, issuer and
        date.  None otherwise."""
        if not (self.issuer and self.date) or self.ocr:
            return None  # an OCR'd header may be misread: a scan joins by name only
        unit = f"{norm(self.parent)} / {norm(self.issuer)}" if self.parent else norm(self.issuer)
        if self.number:
            return f"N:{norm(self.number)}@{unit}@{self.date}"
        if self.title:
            return f"T:{norm(self.title)}@{unit}@{self.date}"
        return None

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0].removesuffix("-scan").lower()

    @property
    def name_key(self) -> str:
        """The report by its file: the same name (extension and ``-scan`` aside) in the same folder."""
        return f"F:{self.folder}/{self.stem}"

    @property
    def rank(self) -> tuple[bool, int, int, float, float, str]:
        """Which file speaks for its report: a final before a draft, then the rendition
        (DOCX, text-layer PDF, TXT, scan), then the latest version: loaded by a later run (a
        re-sent file), else in one run the file saved last (a corrected DOCX beside its
        original, whatever their names' order), else the latest loaded."""
        return self.draft, rendition_rank(self.format, self.ocr), -self.run, -self.modified, -self.loaded, self.name


TITLE_LIKENESS = 0.85  # titles at least this alike (an OCR'd title against the DOCX's) are one


def group_renditions(files: list[FileFacts]) -> list[list[FileFacts]]:
    """The files grouped into reports, each group's primary rendition first (:attr:`FileFacts.rank`:
    a draft and its final, or a re-sent file, are versions of one report).  Files are one
    report only on strong evidence: the same number (or title), issuer and date in their
    headers; or the same name in the same folder (``003-….docx``, ``003-….pdf``,
    ``003-…-scan.pdf``) with nothing in their headers telling them apart; or, for a file whose
    header says too little, a near-identical text (:func:`_near_identical`).  Two units'
    reports with one number, one title or one file name stay apart."""
    parent = list(range(len(files)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_strong: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    for i, f in enumerate(files):
        key = f.strong_key
        if key is not None:
            if key in by_strong:
                parent[find(i)] = find(by_strong[key])
            else:
                by_strong[key] = i
        by_name.setdefault(f.name_key, []).append(i)
    for members in by_name.values():
        for i in members[1:]:
            if all(_compatible(files[i], files[j]) for j in members if find(j) != find(i)):
                parent[find(i)] = find(members[0])
    for i, j in _near_identical(files, find):
        parent[find(i)] = find(j)
    groups: dict[int, list[FileFacts]] = {}
    for i, f in enumerate(files):
        groups.setdefault(find(i), []).append(f)
    return [sorted(g, key=lambda f: f.rank) for g in groups.values()]


def _near_identical(files: list[FileFacts], find: Callable[[int], int]) -> list[tuple[int, int]]:
    """Files whose header says too little to be joined by it (no issuer or no date: no strong
    key), alone so far, each with the one other report whose text is near-identical to its
    own and whose header does not contradict it (a PDF without its header, kept in another
    folder than its DOCX).  A file near-identical to two reports joins neither."""
    roots = [find(i) for i in range(len(files))]
    sizes = Counter(roots)
    alone = [i for i, f in enumerate(files) if f.strong_key is None and sizes[roots[i]] == 1 and f.sketch]
    if not alone:
        return []
    holders: dict[int, list[int]] = defaultdict(list)  # sketch hash → the files whose sketch has it
    for j, g in enumerate(files):
        for h in g.sketch:
            holders[h].append(j)
    out = []
    for i in alone:
        f = files[i]
        shared = Counter(j for h in f.sketch for j in holders[h] if roots[j] != roots[i])
        matches = {
            roots[j]: j
            for j, n in shared.items()
            if n >= NEAR_IDENTICAL * len(f.sketch) / 2  # far fewer shared hashes: far from alike
            and _compatible(f, files[j])
            and _same_issuer(f, files[j])
            and resemblance(f.sketch, files[j].sketch) >= NEAR_IDENTICAL
        }
        if len(matches) == 1:
            out.append((i, next(iter(matches.values()))))
    return out


def _same_issuer(f: FileFacts, g: FileFacts) -> bool:
    """Whether ``f`` may join ``g`` by its text: a file that names its issuer only a file
    naming the same one (even a scan's OCR'd header counts here), so that a file naming one
    unit never becomes a rendition of a report naming another, or none; a file naming none
    only a file with a full header (a strong key), or one naming none either."""
    if f.issuer:
        return g.issuer is not None and norm(f.issuer) == norm(g.issuer)
    return g.strong_key is not None or not g.issuer


def current_renditions(group: list[FileFacts]) -> list[FileFacts]:
    """The files of a report's current version, its primary first: the best file of each
    other kind (DOCX, text-layer PDF, TXT, scan), final or draft as the primary is.  The rest
    are other versions (a draft before its final, a file the unit sent again in a later run
    or saved again later): kept, but not compared with the current one as its renditions."""
    out: list[FileFacts] = []
    kinds: set[int] = set()
    for f in group:  # already in rank order
        kind = rendition_rank(f.format, f.ocr)
        if f.draft == group[0].draft and kind not in kinds:
            kinds.add(kind)
            out.append(f)
    return out


def group_key(group: list[FileFacts]) -> str:
    """One key for a group of renditions, the same whichever of them speaks for it: the
    strongest header key any of them has (the least, for a stable choice), else the name key
    of its files."""
    strong = sorted(k for f in group if (k := f.strong_key) is not None)
    return strong[0] if strong else min(f.name_key for f in group)


def _compatible(a: FileFacts, b: FileFacts) -> bool:
    """Nothing in two files' headers says they are different reports (an OCR'd header may
    be misread, so a scan's header does not count against the others)."""
    if a.ocr or b.ocr:
        return True
    for x, y in ((a.number, b.number), (a.issuer, b.issuer), (a.parent, b.parent), (a.date, b.date)):
        if x and y and norm(x) != norm(y):
            return False
    if a.title and b.title:
        return difflib.SequenceMatcher(None, norm(a.title), norm(b.title)).ratio() >= TITLE_LIKENESS
    return True
