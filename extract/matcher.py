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
from extract.lexicons import cached_map
from extract.normalize import normalize_string

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|[^\W\d_]+")
TRANSPARENT = frozenset({'"', "'"})
CACHED_MIN_PHRASES = 256  # fewer phrases are normalized faster than a cache file is read


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
        entries = list(phrases)
        phrase_list = [phrase for phrase, _ in entries]
        phrase_word_lists = cached_map("phrase-words", phrase_words, phrase_list) \
            if len(phrase_list) >= CACHED_MIN_PHRASES else map(phrase_words, phrase_list)
        # Entries of one word by that word, longer ones by their first two words: a token's stem
        # and the word after it pick the few entries worth extending. Each bucket is longest first,
        # entries of one length in the order given.
        self._single: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self._by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], Any]]] = {}
        single, by_two = self._single, self._by_two
        for words, (_, payload) in zip(phrase_word_lists, entries):
            if len(words) == 1:
                single.setdefault(words[0], []).append((words, payload))
            elif words:
                by_two.setdefault(words[:2], []).append((words, payload))
        for bucket in by_two.values():
            if len(bucket) > 1:
                bucket.sort(key=lambda entry: -len(entry[0]))
        self._first_words = single.keys() | {first for first, _ in by_two}
        # Several rules ask for the same matcher's matches in one document: kept with the document.
        self._cache_key = f"matcher:{id(self)}"

    def __contains__(self, phrase: str) -> bool:
        words = phrase_words(phrase)
        bucket = self._single.get(words[0], ()) if len(words) == 1 else self._by_two.get(words[:2], ())
        return any(entry[0] == words for entry in bucket)

    @staticmethod
    def _next_word(doc: Document, position: int) -> int | None:
        """Index of the word after token `position` (quotation marks skipped) in its sentence."""
        tokens = doc.tokens
        sentence = tokens[position].sentence
        position += 1
        while position < len(tokens) and tokens[position].norm in TRANSPARENT:
            position += 1
        if position >= len(tokens) or tokens[position].sentence != sentence:
            return None
        return position

    def _extend(self, doc: Document, second: int, words: tuple[str, ...]) -> int | None:
        """Index of the last token when words[2:] follow token `second`, else None."""
        position = second
        for word in words[2:]:
            position = self._next_word(doc, position)
            if position is None or doc.tokens[position].norm != word:
                return None
        return position

    def _readings(self, doc: Document, index: int) -> list[tuple[int, int, tuple[str, ...], Any]]:
        """(last token, original start, words, payload) of each entry matching from token `index`,
        stem by stem and longest first within a stem."""
        token = doc.tokens[index]
        second = self._next_word(doc, index)
        second_norm = doc.tokens[second].norm if second is not None else None
        found = []
        for offset, stem in token.stems:
            longer = self._by_two.get((stem, second_norm), ()) if second is not None else ()
            singles = self._single.get(stem, ())
            if not longer and not singles:
                continue
            start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            for words, payload in longer:
                last = self._extend(doc, second, words)
                if last is not None:
                    found.append((last, start, words, payload))
            found.extend((index, start, words, payload) for words, payload in singles)
        return found

    @staticmethod
    def _match(doc: Document, index: int, reading: tuple[int, int, tuple[str, ...], Any]) -> Match:
        last, start, words, payload = reading
        end = doc.tokens[last].end
        return Match(index, last, start, end, doc.text[start:end], words, payload)

    def matches_at(self, doc: Document, index: int) -> list[Match]:
        """All entries matching from token `index`, longest first."""
        found = [self._match(doc, index, reading) for reading in self._readings(doc, index)]
        found.sort(key=lambda match: (-(match.last - match.first), match.start))
        return found

    def _longest_at(self, doc: Document, index: int) -> Match | None:
        """matches_at's first match, without making the others."""
        best = None
        for reading in self._readings(doc, index):
            if best is None or reading[0] > best[0] or reading[0] == best[0] and reading[1] < best[1]:
                best = reading
        return None if best is None else self._match(doc, index, best)

    def find(self, doc: Document) -> list[Match]:
        """Non-overlapping matches, scanning left to right and preferring the longest."""
        cached = doc.scan_cache.get(self._cache_key)
        if cached is None or cached[0] is not doc.tokens:
            cached = doc.scan_cache[self._cache_key] = (doc.tokens, self._scan(doc))
        return list(cached[1])

    def _scan(self, doc: Document) -> list[Match]:
        """The matches of `find`.

        Only tokens with a stem that starts some entry are tried: the document's stem index meets
        the entries' first words once, instead of every token looking itself up in every matcher.
        """
        index = doc.stem_positions()
        starts = sorted({position for stem in index.keys() & self._first_words for position in index[stem]})
        matches: list[Match] = []
        next_free = 0
        for index in starts:
            if index < next_free:
                continue
            longest = self._longest_at(doc, index)
            if longest is not None:
                matches.append(longest)
                next_free = longest.last + 1
        return matches
