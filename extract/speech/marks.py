"""Quotation marks paired from their neighbours, with nesting.

A mark's direction is read from the characters beside it, not from its glyph, because news text
uses " for both ends, reverses “…“, and glues marks to words (سوري،"مشيرة): a mark after a
space (or a proclitic بـ/لـ/و) and before a letter opens; one after a letter or punctuation and
before a space or punctuation closes; a « glued to the word before it or right before
punctuation is a reversed closing mark (الأهالي «،). Marks then pair like brackets, so «…«…»…» nests. A
quotation never runs past its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.normalize import normalize_string
from extract.speech.cues import cue_forms

QUOTE_MARKS = frozenset('"“”„«»')
# What pair_marks looks at: the marks and the line breaks that end a paragraph (a regex finds them
# far faster than a loop over every character).
_MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
OPENING_GLYPHS = frozenset("«„")
CLOSING_GLYPHS = frozenset("»")
PROCLITICS = frozenset("بلوفك")
TATWEEL = "\u0640"


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def mark_direction(text: str, position: int) -> str:
    """"open", "close" or "either" for the quotation mark at `position`."""
    glyph = text[position]
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if glyph == "«" and not (_is_word_char(after) or after in QUOTE_MARKS):
        # « written for » at a quotation's end: glued to the word before it (لاين«،) or right
        # before punctuation (الأهالي «،) it closes; with a space on each side it may do either
        if _is_word_char(before) or not (after.isspace() or after in "([{"):
            return "close"
        return "either"
    if glyph in OPENING_GLYPHS:
        return "open"
    if glyph in CLOSING_GLYPHS:
        return "close"
    glued_before, glued_after = not before.isspace(), _is_word_char(after) or after in QUOTE_MARKS
    if before in "([{:" or (before in PROCLITICS and (position < 2 or text[position - 2].isspace())) \
            or before == TATWEEL:
        return "open"  # (« , قوله :"…", بـ"الاحتلال", ل"وكالة
    if glued_after and not glued_before:
        return "open"
    if glued_before and not glued_after:
        return "close"
    if glued_before and glued_after:
        # سوري،"مشيرة or كلمة"كلمة: the mark ends what precedes it, unless that is a cue (مضيفا"العديد)
        return "open" if _cue_word_before(text, position) else "close"
    return "either"


def _cue_word_before(text: str, position: int) -> bool:
    """Whether the word glued to the mark's right-hand side (in reading order, before it) is a cue form."""
    start = position
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    return start < position and normalize_string(text[start:position]) in cue_forms()


def pair_marks(text: str) -> dict[int, int]:
    """Offset of each opening mark -> offset of its closing mark (and closing -> opening)."""
    return pair_marks_at(text, ((found.start(), found.group()) for found in _MARK_OR_BREAK.finditer(text)))


def pair_marks_at(text: str, marks: Iterable[tuple[int, str]]) -> dict[int, int]:
    """`pair_marks` over the given (offset, character) of the text's quotation marks and line breaks."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for position, char in marks:
        if char == "\n":
            stack.clear()
            continue
        direction = mark_direction(text, position)
        if direction == "either":
            direction = "close" if stack else "open"
        if direction == "open":
            stack.append(position)
            continue
        if not stack:
            continue
        # A closing » pairs with the nearest opening « it can; a straight mark with the nearest opener.
        match = len(stack) - 1
        if char == "»":
            while match >= 0 and text[stack[match]] != "«":
                match -= 1
            if match < 0:
                match = len(stack) - 1
        opening = stack[match]
        del stack[match:]
        pairs[opening] = position
        pairs[position] = opening
    return pairs
