"""Normalization for matching, with a map from every normalized character back to the original.

The normalized text is what rules and lexicons look at; the original text is what records point
into. Each normalized character remembers the original span it came from, so a match found in the
normalized text converts to exact original offsets (`NormalizedText.to_original`). The character
map and NormalizedText live in extract/chars.py; this module adds glued-word repair, which needs the
corpus frequencies (extract/lexicons.py), and the pipeline component.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from functools import lru_cache

from typing import TYPE_CHECKING

from extract.chars import NormalizedText, char_level, normalize_char, normalize_string
from extract.lexicons import clitic_inventory, per_million, word_frequencies
from extract.registry import register

if TYPE_CHECKING:
    from extract.document import Document

__all__ = [
    "NormalizedText",
    "normalize_char",
    "normalize_for_matching",
    "normalize_string",
    "split_glued_words",
    "find_glued_splits",
]


# Glued pairs are two words; a longer run (a 100k-letter line) is not scraped news text.
_ARABIC_RUN = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]{6,30}(?![\u0621-\u064a])")
# A glued pair must be much more frequent apart than together before we split it. Most scraping
# glue sits after a word-final ة/ى, before the conjunction و or the article ال, or after a short
# particle (مايحدث); other splits of unseen words are too often wrong (دوريان = دور + يان).
_GLUE_RATIO = 60
_MIN_AT_CLITIC_PER_MILLION = 2.25  # where glue usually sits, both halves need only be words (about 40 times)
_MIN_ELSEWHERE_PER_MILLION = 16.9  # after a particle few splits are real: both halves common (about 300)
_MIN_LEFT = 2
_MIN_RIGHT = 3


def _split_threshold(left: str, right: str, left_ends_word: bool) -> int | None:
    """Minimum frequency both halves need for this split, or None when it is never allowed.

    `left_ends_word` is true when the original letter before the split is ة or ى, which only
    ever end a word.
    """
    inventory = clitic_inventory()
    if left_ends_word:
        return per_million(_MIN_AT_CLITIC_PER_MILLION)
    if len(left) < 3 or left.endswith("ال"):
        particle = left[1:] if left[:1] in inventory["conjunctions"] else left
        return _particle_threshold(particle, right)
    if right.startswith("و") and len(right) >= 4:
        return per_million(_MIN_AT_CLITIC_PER_MILLION)
    if right.startswith("ال") and len(right) >= 5:
        return per_million(_MIN_AT_CLITIC_PER_MILLION)
    particle = left[1:] if left[:1] in inventory["conjunctions"] else left
    return _particle_threshold(particle, right)


def _particle_threshold(particle: str, right: str) -> int | None:
    if particle in clitic_inventory()["glue_particles"] and len(right) >= 4:
        return per_million(_MIN_ELSEWHERE_PER_MILLION)
    return None


_MIN_STEM_PER_MILLION = 1.1  # a stem seen about 20 times is a known word, so its inflected form is no glue


@lru_cache(maxsize=1)
def _proclitics() -> tuple[tuple[str, ...], tuple[str, ...], str, str, tuple[str, ...]]:
    """Conjunctions, prepositions, the لل article, the article and verb prefixes, as tuples: one
    startswith call rejects a word that has none of a kind (most of the words checked for glue)."""
    inventory = clitic_inventory()
    return (tuple(inventory["conjunctions"]), tuple(inventory["prepositions"]), inventory["lam_article"],
            inventory["article"], tuple(inventory["verb_prefixes"]))


def _front_forms(word: str) -> set[str]:
    """`word` and its readings without leading conjunctions, prepositions, article or verb prefix."""
    conjunctions, prepositions, lam_article, article, verb_prefixes = _proclitics()
    fronts = {word}
    if word.startswith(conjunctions):
        for conjunction in conjunctions:
            if word.startswith(conjunction):
                fronts.add(word[len(conjunction):])
    for front in list(fronts):
        if front.startswith(prepositions):
            for preposition in prepositions:
                if front.startswith(preposition):
                    fronts.add(front[len(preposition):])
        if front.startswith(lam_article):
            fronts.add("ا" + front[1:])
            fronts.add(front[2:])
    for front in list(fronts):
        if front.startswith(article):
            fronts.add(front[2:])
        if front.startswith(verb_prefixes):
            for verb_prefix in verb_prefixes:
                if front.startswith(verb_prefix):
                    fronts.add(front[len(verb_prefix):])
    return fronts


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    inventory = clitic_inventory()
    return (tuple(inventory["pronoun_suffixes"] + inventory["inflection_suffixes"]),
            tuple(inventory["verb_plural_endings"]))


def _suffix_forms(front: str) -> Iterator[str]:
    """Readings of `front` without a trailing suffix (and with ا/ه restored)."""
    suffixes, verb_plural_endings = _suffixes()
    if not front.endswith(suffixes):
        return
    for suffix in suffixes:
        if front.endswith(suffix):
            stem = front[: -len(suffix)]
            yield from (stem, stem + "ا", stem + "ه")
            if stem.endswith(verb_plural_endings):
                yield stem[:-1]


def _stripped_forms(word: str) -> set[str]:
    """`word` without leading proclitics and/or a trailing suffix: the forms a real word reduces to."""
    fronts = _front_forms(word)
    forms = set(fronts)
    for front in fronts:
        forms.update(_suffix_forms(front))
    forms.discard(word)
    return {form for form in forms if len(form) >= 3}


def _is_inflected_known_word(word: str, frequencies: dict[str, int]) -> bool:
    """True when `word` reduces to a known word by clitics or suffixes (الأعمق, وجهتهما): not glue."""
    minimum = per_million(_MIN_STEM_PER_MILLION)

    def known(form: str) -> bool:
        return form != word and len(form) >= 3 and frequencies.get(form, 0) >= minimum

    fronts = _front_forms(word)
    return any(map(known, fronts)) or any(known(form) for front in fronts for form in _suffix_forms(front))


@lru_cache(maxsize=20_000)  # words a run keeps: the first 1,000 corpus articles ask fewer (one cache 18,000 at most)
def _has_frequent_halves(word: str) -> bool:
    """Whether some split of `word` has both halves frequent enough for the loosest rule of
    best_glued_split and more frequent than the whole by the glue ratio: without one it never
    splits, and a few lookups decide it for most words before their clitic readings are built."""
    frequencies = word_frequencies()
    floor = max(per_million(_MIN_AT_CLITIC_PER_MILLION), frequencies.get(word, 0) * _GLUE_RATIO + 1)
    get = frequencies.get
    return any(get(word[:index], 0) >= floor and get(word[index:], 0) >= floor
               for index in range(_MIN_LEFT, len(word) - _MIN_RIGHT + 1))


@lru_cache(maxsize=20_000)  # words a run keeps: the first 1,000 corpus articles ask fewer (one cache 18,000 at most)
def _reduces_to_known_word(word: str) -> bool:
    """Cached first check of best_glued_split, before the letters' positions are looked at."""
    return _is_inflected_known_word(word, word_frequencies())


@lru_cache(maxsize=20_000)  # words a run keeps: the first 1,000 corpus articles ask fewer (one cache 18,000 at most)
def best_glued_split(word: str, word_final_at: frozenset[int] = frozenset(),
                     hamza_at: frozenset[int] = frozenset()) -> int | None:
    """Index where a normalized Arabic word splits into two known words, or None.

    A real word is never split: the whole word must be rare compared with both halves and must
    not reduce to a known word by clitics and suffixes. `word_final_at` holds indices whose
    original letter was ة or ى; `hamza_at` those whose original was أ إ آ (لأمارس is ل + أمارس,
    not the particle لا).
    """
    frequencies = word_frequencies()
    if _is_inflected_known_word(word, frequencies):
        return None
    whole = frequencies.get(word, 0)
    best_index, best_score = None, 0
    for index in range(_MIN_LEFT, len(word) - _MIN_RIGHT + 1):
        left, right = word[:index], word[index:]
        if index - 1 in hamza_at:
            continue
        threshold = _split_threshold(left, right, index - 1 in word_final_at)
        if threshold is None:
            continue
        score = min(frequencies.get(left, 0), frequencies.get(right, 0))
        if score >= threshold and score > whole * _GLUE_RATIO and score > best_score:
            best_index, best_score = index, score
    return best_index


def find_glued_splits(normalized: NormalizedText, original: str) -> list[int]:
    """Positions in the normalized text where a space should be inserted to unglue words."""
    splits = []
    for match in _ARABIC_RUN.finditer(normalized.text):
        word = match.group()
        if not _has_frequent_halves(word) or _reduces_to_known_word(word):
            continue
        original_letters = [original[normalized.starts[offset]] for offset in range(match.start(), match.end())]
        word_final_at = frozenset(i for i, letter in enumerate(original_letters) if letter in "ةى")
        hamza_at = frozenset(i for i, letter in enumerate(original_letters) if letter in "أإآ")
        index = best_glued_split(word, word_final_at=word_final_at, hamza_at=hamza_at)
        if index is not None:
            splits.append(match.start() + index)
    return splits


def split_glued_words(normalized: NormalizedText, positions: list[int]) -> NormalizedText:
    """Insert a space at each normalized position; the space maps to an empty original span."""
    if not positions:
        return normalized
    text, starts, ends = normalized.text, normalized.starts, normalized.ends
    pieces: list[str] = []
    new_starts, new_ends = array("i"), array("i")
    previous = 0
    for position in sorted(positions):
        pieces += [text[previous:position], " "]
        new_starts.extend(starts[previous:position])
        new_ends.extend(ends[previous:position])
        point = starts[position]
        new_starts.append(point)
        new_ends.append(point)
        previous = position
    pieces.append(text[previous:])
    new_starts.extend(starts[previous:])
    new_ends.extend(ends[previous:])
    return NormalizedText("".join(pieces), new_starts, new_ends, normalized.original_length)


# A hashtag's mark before a word and the underscores that join its words (#اتحاد_المستثمرين_العرب،
# نيكولا #ساركوزي) are no part of the words: for the rules they read as spaces, so the name's words
# are tokens of their own and a name runs on through them; records still point into the original.
_HASHTAG_JOINT = re.compile(r"#(?=[\u0621-\u064a])|(?<=[\u0621-\u064a])_(?=[\u0621-\u064a])")


def without_hashtag_joints(normalized: NormalizedText) -> NormalizedText:
    """The normalized text with hashtag marks and joining underscores as spaces (offsets unchanged)."""
    if "#" not in normalized.text and "_" not in normalized.text:
        return normalized
    text = _HASHTAG_JOINT.sub(" ", normalized.text)
    return normalized if text == normalized.text else \
        NormalizedText(text, normalized.starts, normalized.ends, normalized.original_length)


def normalize_for_matching(text: str, repair_glued: bool = True) -> tuple[NormalizedText, list[str]]:
    """Normalize `text` and, optionally, unglue scraped words. Returns the text and warnings."""
    normalized = without_hashtag_joints(char_level(text))
    if not repair_glued:
        return normalized, []
    positions = find_glued_splits(normalized, text)
    warnings = []
    for position in positions:
        word_start = position
        while word_start > 0 and normalized.text[word_start - 1].isalpha():
            word_start -= 1
        word_end = position
        while word_end < len(normalized.text) and normalized.text[word_end].isalpha():
            word_end += 1
        original_start, original_end = normalized.to_original(word_start, word_end)
        warnings.append(f"split glued word {text[original_start:original_end]}")
    return split_glued_words(normalized, positions), warnings


@register("normalize", provides=("normalized",))
def make_normalizer(repair_glued: bool = True):
    """Component: fill `doc.normalized` and report glued-word repairs in `doc.warnings`."""

    def normalize(doc: "Document") -> "Document":
        doc.normalized, warnings = normalize_for_matching(doc.text, repair_glued=repair_glued)
        doc.warnings.extend(warnings)
        return doc

    return normalize
