"""The encoding of a text file, decided from evidence over the whole file.

Reports arrive as UTF-8 (with or without a BOM), UTF-16, Windows-1258 (Vietnamese with
combining tone marks) and the pre-Unicode 8-bit fonts TCVN3 and VNI.  The decision:

1. a BOM, or UTF-16's NUL bytes, say it outright;
2. UTF-8 that decodes cleanly is UTF-8;
3. UTF-8 with a few bad bytes (a byte flipped in transit, a truncated copy) is still UTF-8
   when nearly all of its non-ASCII sequences are valid: the bad bytes become U+FFFD and the
   document says how many and where, instead of the whole report being read as 8-bit text;
4. otherwise the bytes are 8-bit text, read as Windows-1258 and as cp1252 (the bytes that
   TCVN3/VNI conversion starts from), and each reading is scored by the share of its
   Vietnamese-looking words that are valid syllables; the best convincing reading wins, with
   its confidence;
5. 8-bit text with no convincing Vietnamese reading is refused: garbage never loads silently.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from dataclasses import dataclass, field

from extractor.errors import UnreadableFile
from extractor.read.legacy import detect_legacy, legacy_confidence
from extractor.read.sniff import utf16_by_nuls
from extractor.text.regexes import WORD_RE

UTF8_VALID_SHARE = 0.9  # UTF-8 with bad bytes: at least this share of non-ASCII sequences decode
MIN_EVIDENCE_WORDS = 3  # an 8-bit reading needs this many Vietnamese words to count
CP1258_MIN_SHARE = 0.8  # share of non-ASCII words that are valid syllables under Windows-1258
LEGACY_MIN_CONFIDENCE = 0.5  # a TCVN3/VNI reading of a whole file must be at least this sure
SHOWN_POSITIONS = 5  # byte offsets of bad bytes listed in the warning

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_C1_HANDLER = "baocao-c1-passthrough"
_POSITIONS_HANDLER = "baocao-utf8-positions"
_bad = threading.local()


def _c1_passthrough(exc: UnicodeError) -> tuple[str, int]:
    """Map a byte cp1252 leaves undefined (0x81, 0x8D …) to the C1 code point of the same value."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start : exc.end]), exc.end


def _record_position(exc: UnicodeError) -> tuple[str, int]:
    """Replace an invalid UTF-8 sequence with U+FFFD, remembering its byte offset."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _bad.positions.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error(_C1_HANDLER, _c1_passthrough)
codecs.register_error(_POSITIONS_HANDLER, _record_position)


@dataclass
class Decoded:
    """Text decoded from a file's bytes, and how sure that reading is."""

    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16-le/be, cp1258, or cp1252 (bytes for TCVN3/VNI)
    legacy: str | None = None  # "tcvn3" or "vni" when the cp1252 text must be converted
    confidence: float | None = None  # set when the encoding was guessed, 0–1
    warnings: list[str] = field(default_factory=list)


def _utf8_with_bad_bytes(data: bytes) -> tuple[str, list[int]]:
    _bad.positions = []
    try:
        text = data.decode("utf-8", errors=_POSITIONS_HANDLER)
        return text, list(_bad.positions)
    finally:
        _bad.positions = []


def _mostly_utf8(text: str, bad: int) -> bool:
    valid = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return valid > 0 and valid >= UTF8_VALID_SHARE * (valid + bad)


def _syllable_share(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are valid Vietnamese syllables, how many such words)."""
    from extractor.read.legacy import is_vietnamese_syllable

    words = [w for w in WORD_RE.findall(text) if not w.isascii() and not any(c.isdigit() for c in w)]
    if not words:
        return 0.0, 0
    good = sum(1 for w in words if is_vietnamese_syllable(w))
    return good / len(words), len(words)


def _eight_bit(data: bytes, path: str) -> Decoded:
    """Windows-1258 or TCVN3/VNI, whichever reads as more Vietnamese; refused when neither does."""
    readings: list[Decoded] = []
    cp1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    share, words = _syllable_share(cp1258)
    if words >= MIN_EVIDENCE_WORDS and share >= CP1258_MIN_SHARE:
        readings.append(Decoded(cp1258, "cp1258", confidence=share))
    cp1252 = unicodedata.normalize("NFC", data.decode("cp1252", errors=_C1_HANDLER))
    legacy = detect_legacy(cp1252)
    confidence = legacy_confidence(cp1252, legacy) if legacy else 0.0
    if legacy is not None and confidence >= LEGACY_MIN_CONFIDENCE:
        readings.append(Decoded(cp1252, "cp1252", legacy=legacy, confidence=confidence))
    if not readings:
        raise UnreadableFile(
            path,
            "the text is neither UTF-8 nor a Vietnamese 8-bit encoding (Windows-1258, TCVN3, VNI) "
            "that its words bear out: save it as UTF-8",
        )
    best = max(readings, key=lambda d: d.confidence or 0.0)
    name = best.legacy.upper() if best.legacy else "Windows-1258"
    best.warnings.append(f"text encoding guessed as {name} (confidence {best.confidence:.2f})")
    return best


def decide(data: bytes, path: str) -> Decoded:
    """Decode a text file's bytes by the evidence of the whole file (see the module docstring)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if name.startswith("utf-16") and len(body) % 2:
                body = body[:-1]
            return Decoded(body.decode(name.replace("-sig", ""), errors="replace"), name)
    guess = utf16_by_nuls(data)
    if guess is not None:
        try:
            return Decoded(data[: len(data) - len(data) % 2].decode(guess), guess)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:  # NUL bytes outside UTF-16: not text
        raise UnreadableFile(path, "binary data, not a text file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad = _utf8_with_bad_bytes(data)
    if _mostly_utf8(text, len(bad)):
        shown = ", ".join(f"{p:,}" for p in bad[:SHOWN_POSITIONS]) + (", …" if len(bad) > SHOWN_POSITIONS else "")
        note = f"{len(bad):,} invalid UTF-8 byte sequence(s) replaced with U+FFFD (at byte {shown})"
        return Decoded(text, "utf-8", warnings=[note])
    return _eight_bit(data, path)
