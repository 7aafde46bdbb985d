"""Sentences and tokens over the normalized text, with clitic-stripped stems for matching.

Tokens are found in the normalized text (so glued words are already apart and digits are ASCII)
and carry original offsets. A prefix glued to a number or Latin word (بـ390، لـCNN، ال52) becomes
its own token because letters, digits and Latin never share a token.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

from extract.document import Document, Token
from extract.lexicons import clitic_inventory
from extract.registry import register

_TOKEN_PATTERN = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<arabic>[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+)"
    r"|(?P<latin>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)
# The same tokens, each with the white space before it: findall's tuples (space, number, arabic,
# latin, punct) give every token's offset by adding up lengths, without a match object per token.
_SPACED_TOKENS = re.compile(r"(\s*+)(?:" + re.sub(r"\(\?P<\w+>", "(", _TOKEN_PATTERN.pattern) + ")")
# A sentence ends at . ! ? ؟ (or a run of them) followed by space, or at a line break; not at the
# point of a title abbreviated to one letter (د. حاتم طه، م. سالم، أ. محمد). A point glued between
# two Arabic words of three letters or more ends one too (الحالات.وأهابت الوزارة: archives that
# dropped the space); dotted letters of an acronym are shorter (بي.بي.سي، دي.إتش.إل).
# The point is matched before the look-behinds, which would otherwise run at every character.
_SENTENCE_END = re.compile(r"(?:\.(?<!\s[دمأا]\.)(?<!^[دمأا]\.)|[!?؟])[.!?؟]*(?=\s|$)"
                           r"|\.(?<=[\u0621-\u064a]{3}\.)(?=[\u0621-\u064a]{3})|\n+")
_MIN_STEM_LENGTH = 2


# Bounded: a long run's memory stays flat once the cache is full. A full entry is about 340 bytes
# with its word (17 MB at 50,000): a miss costs a microsecond or two, so 16,384 of them hold the
# forms that come back, not every form of a run (issue 17's 200 MB).
@lru_cache(maxsize=16_384)
def clitic_stems(word: str) -> tuple[tuple[int, str], ...]:
    """(offset, stem) for a normalized Arabic word and each reading without its proclitics.

    وبالموصل → (0, وبالموصل), (1, بالموصل), (2, الموصل). For لل the article is restored and the
    stem keeps its offset: للاسلحه → (0, للاسلحه), (0, الاسلحه), so the mention reads للأسلحة.
    Stems shorter than two letters are not offered, but the whole token always is.
    """
    inventory = clitic_inventory()
    stems: list[tuple[int, str]] = [(0, word)]
    offset = 0
    if word[:1] in inventory["conjunctions"]:
        offset = 1
        stems.append((offset, word[offset:]))
    if word[offset:offset + 2] == inventory["lam_article"]:
        # لل is ل + ال: the stem keeps the whole لل in the text and reads as ال.
        stems.append((offset, "ا" + word[offset + 1:]))
    elif word[offset:offset + 1] in inventory["prepositions"]:
        stems.append((offset + 1, word[offset + 1:]))
    return tuple((start, stem) for start, stem in stems if len(stem) >= _MIN_STEM_LENGTH or start == 0)


def _sentence_spans(normalized: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(normalized):
        if normalized[start:match.end()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if normalized[start:].strip():
        spans.append((start, len(normalized)))
    return spans


@register("tokenize", requires=("normalized",), provides=("tokens", "sentences"))
def make_tokenizer():
    """Component: sentences and tokens with clitic stems."""
    return tokenize


def tokenize(doc: Document) -> Document:
    """Fill `doc.sentences` and `doc.tokens` from `doc.normalized`."""
    assert doc.normalized is not None, "normalize must run first"
    normalized = doc.normalized.text
    sentence_spans = _sentence_spans(normalized)
    doc.sentences = [doc.span_from_normalized(*_trim(normalized, start, end)) for start, end in sentence_spans]
    # Tokens hold no cycles: a collection while a document's thousands of them are made only walks
    # them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc.tokens = _tokens(doc, [end for _, end in sentence_spans])
    finally:
        if collecting:
            gc.enable()
    return doc


def _tokens(doc: Document, sentence_ends: list[int]) -> list[Token]:
    """The tokens of the normalized text, each with the index of its sentence. No token crosses a
    sentence end (a point, mark or line break that no token pattern takes), so one scan of the
    whole text finds them all; a token's sentence is the first that ends after the token starts."""
    assert doc.normalized is not None
    starts, ends, text, normalized = doc.normalized.starts, doc.normalized.ends, doc.text, doc.normalized.text
    sentence_index, sentence_end = 0, sentence_ends[0] if sentence_ends else 0
    # One string per distinct form in a document: a word written a hundred times is held once.
    forms: dict[str, str] = {}
    share = forms.setdefault
    tokens: list[Token] = []
    append = tokens.append
    norm_end = 0
    # Up to the trailing white space, which would otherwise be scanned again from each of its characters.
    for space, number, arabic, latin, punct in _SPACED_TOKENS.findall(normalized, 0, len(normalized.rstrip())):
        norm_start = norm_end + len(space)
        if arabic:
            norm, kind = share(arabic, arabic), "arabic"
            stems = clitic_stems(norm)
        else:
            norm, kind = (punct, "punct") if punct else (number, "number") if number else (latin, "latin")
            norm = share(norm, norm)
            stems = ((0, norm),)
        norm_end = norm_start + len(norm)
        while norm_start >= sentence_end:
            sentence_index += 1
            sentence_end = sentence_ends[sentence_index]
        # A token is never empty, so its original span is starts[first] .. ends[last].
        start, end = starts[norm_start], ends[norm_end - 1]
        original = text[start:end]
        append(Token(len(tokens), start, end, share(original, original), norm, kind,
                     norm_start, norm_end, sentence_index, stems))
    return tokens


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
