"""Clitic-aware phrase matching of lexicon entries against a document's tokens.

An entry is a phrase (one or more words). Its first word may carry proclitics in the text
(بالموصل matches الموصل); later words must match exactly. Quotation marks between words are
skipped (تنظيم "داعش" matches تنظيم داعش). Matches are longest-first and never overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from extract.document import Document
from extract.normalize import normalize_string

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|[^\W\d_]+")
TRANSPARENT = frozenset({'"', "'"})


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as normalized words, the way documents are tokenized."""
    return tuple(_WORD.findall(normalize_string(phrase)))


@dataclass(frozen=True)
class Match:
    first: int  # token index of the first word
    last: int  # token index of the last word (inclusive)
    start: int  # original offset, after any proclitics of the first word
    end: int
    text: str
    key: tuple[str, ...]
    payload: Any


class PhraseMatcher:
    """Find lexicon phrases in a document. Payloads are returned with each match."""

    def __init__(self, phrases: Iterable[tuple[str, Any]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in phrases:
            words = phrase_words(phrase)
            if words:
                self._by_first.setdefault(words[0], []).append((words, payload))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def __contains__(self, phrase: str) -> bool:
        words = phrase_words(phrase)
        return any(entry[0] == words for entry in self._by_first.get(words[0] if words else "", []))

    def _extend(self, doc: Document, first: int, words: tuple[str, ...]) -> int | None:
        """Index of the last token when words[1:] follow token `first`, else None."""
        position = first
        for word in words[1:]:
            position += 1
            while position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
                position += 1
            if position >= len(doc.tokens) or doc.tokens[position].norm != word \
                    or doc.tokens[position].sentence != doc.tokens[first].sentence:
                return None
        return position

    def matches_at(self, doc: Document, index: int) -> list[Match]:
        """All entries matching from token `index`, longest first."""
        token = doc.tokens[index]
        found = []
        for offset, stem in token.stems:
            for words, payload in self._by_first.get(stem, ()):
                last = self._extend(doc, index, words)
                if last is None:
                    continue
                start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
                end = doc.tokens[last].end
                found.append(Match(index, last, start, end, doc.text[start:end], words, payload))
        found.sort(key=lambda match: (-(match.last - match.first), match.start))
        return found

    def find(self, doc: Document) -> list[Match]:
        """Non-overlapping matches, scanning left to right and preferring the longest.

        Only tokens with a stem that starts some entry are tried: the document's stem index meets
        the entries' first words once, instead of every token looking itself up in every matcher.
        """
        index = doc.stem_positions()
        starts = sorted({position for stem in index.keys() & self._by_first.keys() for position in index[stem]})
        matches: list[Match] = []
        next_free = 0
        for index in starts:
            if index < next_free:
                continue
            candidates = self.matches_at(doc, index)
            if candidates:
                matches.append(candidates[0])
                next_free = candidates[0].last + 1
        return matches
