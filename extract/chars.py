"""The bottom layer: the character map and NormalizedText, a normalized string that remembers
where each of its characters came from in the original.

Nothing here imports from the rest of the package; lexicons, normalize and every rule build on it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NormalizedText", "char_level", "normalize_char", "normalize_string"]


@dataclass(frozen=True)
class NormalizedText:
    """A normalized string plus, per character, the original [start, end) it came from.

    Characters inserted by normalization (the space of a repaired glued word) have an empty
    original span at the point of insertion.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for the normalized slice [start, end)."""
        if start >= end:
            point = self.starts[start] if start < len(self.starts) else self.original_length
            return point, point
        return self.starts[start], self.ends[end - 1]


def _expand_ranges(items: list[str]) -> set[str]:
    chars: set[str] = set()
    for item in items:
        if len(item) == 3 and item[1] == "-":
            chars.update(chr(code) for code in range(ord(item[0]), ord(item[2]) + 1))
        else:
            chars.add(item)
    return chars


@lru_cache(maxsize=1)
def _charmap() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    from extract.data import FOLDER

    spec = json.loads((FOLDER / "charmap.json").read_text(encoding="utf-8"))
    return frozenset(_expand_ranges(spec["drop"])), frozenset(_expand_ranges(spec["space"])), spec["map"]


@lru_cache(maxsize=65536)
def normalize_char(char: str) -> str:
    """The normalized form of one original character (possibly empty, possibly several chars)."""
    drop, spaces, mapping = _charmap()
    if char in mapping:
        return mapping[char]
    pieces = []
    for piece in unicodedata.normalize("NFKC", char):
        if piece in drop:
            continue
        if piece in spaces:
            pieces.append(" ")
        elif piece in mapping:
            pieces.append(mapping[piece])
        elif unicodedata.category(piece) in ("Cc", "Cf", "Co", "Cs", "Cn") and piece != "\n":
            pieces.append(" ")
        else:
            pieces.append(piece.lower())
    return "".join(pieces)


class _CharTable(dict):
    """Code point -> normalize_char of it, filled on first sight: str.translate's table for
    normalize_string, which runs on every lexicon entry at start-up (a join over normalize_char
    cost 1.5 µs a word, a tenth of the start-up)."""

    def __missing__(self, code: int) -> str:
        normalized = self[code] = normalize_char(chr(code))
        return normalized


_CHAR_TABLE = _CharTable()


def normalize_string(text: str) -> str:
    """Normalize a lexicon entry or query the same way documents are normalized (no offsets)."""
    return text.translate(_CHAR_TABLE)


def char_level(text: str) -> NormalizedText:
    """Normalize per character. Most characters map to exactly one, so runs of those go through
    `str.translate` and their offsets are plain ranges; only dropped characters (diacritics,
    tatweel) and expanding ones (ligatures) are walked one by one."""
    table, irregular = _translation_for(text)
    offsets = _offsets(len(text) + 1)
    if irregular is None:
        return NormalizedText(text.translate(table), offsets[:len(text)], offsets[1:len(text) + 1], len(text))
    starts = array("i")
    ends = array("i")
    pieces: list[str] = []
    position = 0
    for match in irregular.finditer(text):
        run_start = match.start()
        if run_start > position:
            pieces.append(text[position:run_start].translate(table))
            starts.extend(offsets[position:run_start])
            ends.extend(offsets[position + 1:run_start + 1])
        for index in range(run_start, match.end()):
            normalized = normalize_char(text[index])
            if normalized:
                pieces.append(normalized)
                starts.extend([index] * len(normalized))
                ends.extend([index + 1] * len(normalized))
        position = match.end()
    if position < len(text):
        pieces.append(text[position:].translate(table))
        starts.extend(offsets[position:len(text)])
        ends.extend(offsets[position + 1:len(text) + 1])
    return NormalizedText("".join(pieces), starts, ends, len(text))


_OFFSETS = array("i")  # grown by _offsets to the longest text so far: built at import, 65k of them took 2 ms


def _offsets(count: int) -> array:
    """0, 1, 2, ... (at least `count` of them): runs of offsets are copied as slices of it, at memory
    speed, instead of one Python int at a time from a range."""
    global _OFFSETS
    if len(_OFFSETS) < count:
        _OFFSETS = array("i", range(max(count, 2 * len(_OFFSETS), 4096)))
    return _OFFSETS


_ONE_TO_ONE: dict[int, str] = {}
_IRREGULAR: set[str] = set()
# Every character classified so far is outside _UNSEEN; _IRREGULAR_RUNS matches runs of the
# irregular ones. A regular expression search finds a text's new or irregular characters at C speed,
# where a set of the text's characters made a string object per character.
_UNSEEN = re.compile(r"[\s\S]")
_IRREGULAR_RUNS: re.Pattern[str] | None = None


def _translation_for(text: str) -> tuple[dict[int, str], re.Pattern[str] | None]:
    """The translate table (shared, grown as new characters appear) and a pattern of runs of the
    characters that do not map to exactly one character, or None when `text` has none of them."""
    global _UNSEEN, _IRREGULAR_RUNS
    if _UNSEEN.search(text) is not None:
        for char in set(text):
            code = ord(char)
            if code in _ONE_TO_ONE or char in _IRREGULAR:
                continue
            normalized = normalize_char(char)
            if len(normalized) == 1:
                _ONE_TO_ONE[code] = normalized
            else:
                _IRREGULAR.add(char)
        _UNSEEN = re.compile("[^" + _character_class(set(_ONE_TO_ONE) | {ord(char) for char in _IRREGULAR}) + "]")
        _IRREGULAR_RUNS = re.compile("[" + _character_class({ord(char) for char in _IRREGULAR}) + "]+") \
            if _IRREGULAR else None
    if _IRREGULAR_RUNS is None or _IRREGULAR_RUNS.search(text) is None:
        return _ONE_TO_ONE, None
    return _ONE_TO_ONE, _IRREGULAR_RUNS


def _character_class(codes: set[int]) -> str:
    """The inside of a [...] class matching exactly `codes`, as ranges of consecutive code points."""
    parts = []
    ordered = sorted(codes)
    index = 0
    while index < len(ordered):
        last = index
        while last + 1 < len(ordered) and ordered[last + 1] == ordered[last] + 1:
            last += 1
        first_char, last_char = re.escape(chr(ordered[index])), re.escape(chr(ordered[last]))
        parts.append(first_char if index == last else f"{first_char}-{last_char}")
        index = last + 1
    return "".join(parts)
