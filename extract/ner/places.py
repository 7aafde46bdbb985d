"""Places: gazetteer names, and names after a place head noun (قاعدة العند، حي السوق، ناحية القيارة)."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token
from extract.lexicons import place_gazetteer, read_tsv, word_frequencies
from extract.matcher import Match, PhraseMatcher
from extract.normalize import normalize_string
from extract.ner.words import plain_word

@lru_cache(maxsize=1)
def place_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, place) for place in place_gazetteer() for alias in place["aliases"])


# Normalized, a two-letter name collides with common words (إب and آب، أب): require the spelling.
SHORT_NAME_LENGTH = 2


def spelled_as_listed(match: Match) -> bool:
    if len(match.key) > 1 or len(match.key[0]) > SHORT_NAME_LENGTH:
        return True
    return match.text in match.payload["aliases"]


@lru_cache(maxsize=1)
def place_heads() -> dict[str, tuple[str, str]]:
    """Normalized head noun -> (naming, place kind), from extract/data/place_heads_ar.tsv."""
    return {normalize_string(row["head"]): (row["naming"], row["kind"]) for row in read_tsv("place_heads_ar.tsv")}


# A place name after a head noun is a rare-ish word; a common adjective (عسكرية، كبيرة) is not one.
PLACE_NAME_MAX_FREQUENCY = 1500


ARTICLE_PLACE_NAME_MAX_FREQUENCY = 3000


NISBA_MAX_FREQUENCY = 100


def _is_place_name_token(token: Token) -> bool:
    if not plain_word(token) or token.norm.startswith(("و", "ف")) or token.norm in place_heads():
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.endswith(("ي", "يه", "يا")) and (frequency >= NISBA_MAX_FREQUENCY
                                             or word_frequencies().get("ال" + token.norm, 0) >= NISBA_MAX_FREQUENCY):
        return False  # an adjective (شعبي، عسكرية), which the corpus also writes with the article
    limit = ARTICLE_PLACE_NAME_MAX_FREQUENCY if token.norm.startswith("ال") else PLACE_NAME_MAX_FREQUENCY
    return frequency < limit


SECOND_PLACE_WORD_MAX_FREQUENCY = 300


def _is_second_place_word(token: Token) -> bool:
    """A second word of a place name (دار سعد): rare, and not a word with a preposition (للجانب)."""
    return _is_place_name_token(token) and not token.norm.startswith(("ال", "ل", "ب", "ك")) \
        and word_frequencies().get(token.norm, 0) < SECOND_PLACE_WORD_MAX_FREQUENCY


def headed_places(doc: Document) -> list[Span]:
    """قاعدة العند، سوق الشعارين، حي الصلول، ناحية القيارة → القيارة: names after a place head noun."""
    tokens, found = doc.tokens, []
    for index, token in enumerate(tokens[:-1]):
        head = next(((offset, stem) for offset, stem in token.stems if stem in place_heads()), None)
        name = index + 1
        if head is None or tokens[name].sentence != token.sentence or not _is_place_name_token(tokens[name]):
            continue
        last = name
        if last + 1 < len(tokens) and tokens[last + 1].sentence == token.sentence \
                and (tokens[last + 1].kind == "number" or _is_second_place_word(tokens[last + 1])):
            last += 1
        if place_heads()[head[1]][0] == "with_head":
            start = doc.normalized.to_original(token.norm_start + head[0], token.norm_end)[0]
            found.append(doc.span(start, tokens[last].end, "LOC"))
        else:
            found.append(doc.tokens_span(name, last, "LOC"))
    return found


def gazetteer_places(doc: Document) -> list[Span]:
    return [doc.span(match.start, match.end, "LOC") for match in place_matcher().find(doc) if spelled_as_listed(match)]
