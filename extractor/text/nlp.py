"""The NLP layer: a spaCy pipeline that applies the vocabularies, and underthesea for head nouns.

* Tokenizer: spaCy's Vietnamese tokenizer needs pyvi and splits ``21-NQ/TW,`` badly
  when pyvi is off; ours is a regular expression that keeps Vietnamese numbers
  (``7.589``, ``98,58%``, ``16/6/2022``) and symbols (``21-NQ/TW``, ``Covid-19``)
  whole and splits punctuation off.
* A ``span_ruler`` holds the unit, rating, action and level names of ``patterns/`` as
  lower-cased phrase patterns; its spans (label = vocabulary, id = canonical key) are
  what the figure extractor attaches to numbers.
* underthesea's POS tagger names the noun a number counts when no vocabulary entry
  does (``1.200 bài dự thi`` → ``bài``), so ``subject_text`` is never a guess.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.text.regexes import MISTAGGED_COUNTED_NOUN, NLP_TOKEN
from extractor.text.vocabulary import Entry, Vocabulary, load_vocabulary


class VietnameseTokenizer:
    """Whitespace-aware regex tokenizer producing spaCy Docs."""

    def __init__(self, vocab: spacy.vocab.Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        offsets: list[tuple[int, int]] = []
        for m in NLP_TOKEN.finditer(text):
            words.append(m.group())
            spaces.append(m.end() < len(text) and text[m.end()].isspace())
            offsets.append(m.span())
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # the Doc's text has one space between tokens; these are where they stand in ``text``
        doc.user_data["offsets"] = offsets
        return doc


@dataclass(frozen=True, slots=True)
class VocabSpan:
    label: str  # UNIT | RATING | ACTION | LEVEL
    key: str
    start: int  # character offsets in the analysed text
    end: int
    text: str


def _patterns(vocab: Vocabulary) -> list[dict[str, str]]:
    out = []
    for label, entries in (
        ("UNIT", vocab.units),
        ("RATING", vocab.ratings),
        ("ACTION", vocab.actions),
        ("LEVEL", vocab.levels),
    ):
        for entry in entries:
            out += [{"label": label, "pattern": name.lower(), "id": entry.key} for name in entry.names]
    return out


@functools.cache
def pipeline() -> Language:
    """The spaCy pipeline, built once: blank Vietnamese, our tokenizer, the vocabulary ruler."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = VietnameseTokenizer(nlp.vocab)
    ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER", "spans_key": "vocab"})
    ruler.add_patterns(_patterns(load_vocabulary()))  # type: ignore[attr-defined]
    return nlp


@functools.lru_cache(maxsize=8192)
def vocab_spans(text: str) -> tuple[VocabSpan, ...]:
    """Vocabulary matches in ``text``; where matches of one vocabulary overlap, the longest
    wins (matches of different vocabularies may overlap: ``cuộc kiểm tra`` is a unit and
    ``kiểm tra khi có dấu hiệu vi phạm`` an action)."""
    doc = pipeline()(text)
    vocab = load_vocabulary()
    offsets = doc.user_data["offsets"]  # a span's characters in ``text``, not in the Doc's text
    found = sorted(
        ((s.label_, s.id_, offsets[s.start][0], offsets[s.end - 1][1]) for s in doc.spans["vocab"]),
        key=lambda s: (s[2], -(s[3] - s[2])),
    )
    out: list[VocabSpan] = []
    last_end: dict[str, int] = {}
    for label, key, start, end in found:
        if start < last_end.get(label, -1):
            continue  # overlaps a longer match of the same vocabulary
        if _excluded(vocab.entry(label, key), text, start, end):
            continue
        out.append(VocabSpan(label, key, start, end, text[start:end]))
        last_end[label] = end
    phrases = [o for o in out if o.label != "UNIT"]  # in order of start
    starts = [o.start for o in phrases]
    longest = max((o.end - o.start for o in phrases), default=0)
    return tuple(s for s in out if not _inside_other(s, phrases, starts, longest))


def _inside_other(span: VocabSpan, phrases: list[VocabSpan], starts: list[int], longest: int) -> bool:
    """A unit word inside a rating or action phrase (``vụ`` in ``hoàn thành nhiệm vụ``) is
    part of that phrase, unless the phrase starts with it (``đơn thư`` in ``đơn thư tố cáo``).
    Only phrases starting less than the longest phrase before it can hold it."""
    if span.label != "UNIT":
        return False
    lo, hi = bisect.bisect_left(starts, span.start - longest), bisect.bisect_left(starts, span.start)
    return any(span.end <= phrases[i].end for i in range(lo, hi))


def _excluded(entry: Entry | None, text: str, start: int, end: int) -> bool:
    """The context words of the entry that make this match something else."""
    if entry is None:
        return False
    after = _word_window(text, end, _longest(entry.not_followed_by))
    before = _word_window(text, start, -_longest(entry.not_preceded_by))
    return any(after.startswith(w.casefold()) for w in entry.not_followed_by) or any(
        before.endswith(w.casefold()) for w in entry.not_preceded_by
    )


def _longest(words: tuple[str, ...]) -> int:
    return max((len(w.casefold()) for w in words), default=0)


def _word_window(text: str, pos: int, size: int) -> str:
    """The casefolded ``size`` characters after ``pos`` (before it when ``size`` is negative),
    past any whitespace: enough to hold any context word, and linear over a block of
    thousands of matches."""
    if size > 0:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return text[pos : pos + size].casefold()
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[max(0, pos + size) : pos].casefold()


@functools.cache
def _tagger() -> Callable[[str], list[tuple[str, str]]]:
    from underthesea import pos_tag

    return pos_tag


@functools.lru_cache(maxsize=4096)
def head_noun(text: str) -> str | None:
    """The first noun (compound) of ``text`` by underthesea's POS tagger, e.g. the noun a
    number counts in ``bài dự thi của cán bộ`` → ``bài``; None when there is none."""
    mistagged = MISTAGGED_COUNTED_NOUN.match(text)
    if mistagged:  # "435.688 hộ.": the tagger says verb
        return mistagged["noun"]
    words = _tagger()(text)
    for word, tag in words[:4]:
        if tag in ("N", "Nc", "Nu", "Np") and not word[:1].isdigit():
            return str(word)
        if tag in ("V", "E", "C", "CH"):
            return None
    return None
