"""Persons: a title and a name (الكولونيل جون دوريان), or a listed given name and more (بشار الأسد)."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token
from extract.lexicons import person_titles, word_frequencies
from extract.matcher import PhraseMatcher
from extract.ner.words import (given_names, has_preposition, is_definite_adjective, is_given_name,
                               is_title_word, name_particles, place_words, plain_word)

MAX_NAME_TOKENS = 4


# How common a word may be and still be part of a name: a surname after a given name
# (الأسد) may be fairly common; a word standing for a name after a bare title must be rare.
SURNAME_MAX_FREQUENCY = 8000


NAME_MAX_FREQUENCY = 1500


UNLISTED_FIRST_NAME_MAX_FREQUENCY = 300


NAME_ARTICLE_RATIO = 0.05


MIN_NAME_PART_LENGTH = 3


NATIONALITY_MIN_ARTICLE_FREQUENCY = 100


ARTICLE_SURNAME_BARE_RATIO = 0.3


@lru_cache(maxsize=1)
def _title_matcher() -> PhraseMatcher:
    return PhraseMatcher((title, title) for title in person_titles())


def _is_name_part(token: Token, previous_is_name: bool, after_particle: bool = False) -> bool:
    if token.kind == "arabic" and token.norm in name_particles():
        return True
    if not plain_word(token) or len(token.norm) < MIN_NAME_PART_LENGTH or is_title_word(token):
        return False
    if after_particle and token.norm.startswith("ال"):
        return True  # عبد الكريم، أبو الفضل
    if has_preposition(token) and token.norm not in given_names():
        return False  # بمواجهات
    if not token.norm.startswith("ال") and token.norm.endswith("ي") \
            and word_frequencies().get("ال" + token.norm, 0) >= NATIONALITY_MIN_ARTICLE_FREQUENCY:
        return False  # سمير روسي: a nationality adjective, not a surname
    if is_given_name(token):
        return True
    if any(stem in name_particles() for offset, stem in token.stems if offset):  # بأبي: another name
        return False
    if token.norm in place_words() or token.text.endswith(("ة", "ى")):  # verbs like أعطى end in ى
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.startswith("ال"):
        # الأسد، الروسي: yes; الهجمات: no, the corpus uses هجمات as an ordinary word.
        bare_frequency = word_frequencies().get(token.norm[2:], 0)
        return previous_is_name and frequency < SURNAME_MAX_FREQUENCY \
            and (bare_frequency < ARTICLE_SURNAME_BARE_RATIO * max(frequency, 1) or token.norm[2:] in given_names())
    if token.norm.startswith(("و", "ف")):
        return False
    # A frequent word may still be a surname (بوتين) if the corpus never writes it with the article.
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < NAME_MAX_FREQUENCY or (previous_is_name and name_like and frequency < SURNAME_MAX_FREQUENCY)


def _can_start_name(token: Token, after_title: bool) -> bool:
    if any(stem in name_particles() for offset, stem in token.stems if offset):
        return False  # بأبي سمير: a nickname after a preposition
    if has_preposition(token) and token.norm not in given_names() or is_title_word(token):
        return False
    if is_given_name(token) or (token.kind == "arabic" and token.norm in name_particles()):
        return True
    if not after_title or not plain_word(token) or token.norm.startswith(("ال", "و", "ف")):
        return False
    if token.norm in place_words() or token.text.endswith("ة"):
        return False
    frequency = word_frequencies().get(token.norm, 0)
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < UNLISTED_FIRST_NAME_MAX_FREQUENCY or (name_like and frequency < NAME_MAX_FREQUENCY)


def person_name_after(doc: Document, index: int, after_title: bool = True) -> tuple[int, int] | None:
    """(first, last) token indices of a personal name starting at `index`, or None.

    After a title one unlisted rare word will do (الكولونيل دوريان); without a title the name must
    start with a listed given name and have at least two parts (بشار الأسد).
    """
    tokens = doc.tokens
    if index >= len(tokens) or not _can_start_name(tokens[index], after_title):
        return None
    last = index
    position = index + 1
    while position < len(tokens) and position - index < MAX_NAME_TOKENS \
            and tokens[position].sentence == tokens[index].sentence \
            and tokens[position].start - tokens[position - 1].end <= 1 \
            and _is_name_part(tokens[position], previous_is_name=True,
                              after_particle=tokens[position - 1].norm in name_particles()):
        last = position
        position += 1
        # An article surname (الأسد، المجيد) ends a name unless it completes عبد/أبو (عبد الكريم).
        if tokens[last].norm.startswith("ال") and tokens[last - 1].norm not in name_particles():
            break
    while last > index and tokens[last].norm in name_particles():
        last -= 1
    if tokens[last].norm in name_particles() or (not after_title and last == index):
        return None
    return index, last


def _skip_modifiers(doc: Document, index: int) -> int:
    """Skip adjectives after a title (وزير الخارجية الأمريكي جون كيري، الرئيس العراقي الراحل صدام حسين)."""
    skipped = 0
    while index < len(doc.tokens) and skipped < 3 and doc.tokens[index].norm.startswith("ال") \
            and not is_title_word(doc.tokens[index]) \
            and not is_given_name(doc.tokens[index]) and person_name_after(doc, index) is None:
        index += 1
        skipped += 1
    return index


def title_persons(doc: Document) -> list[Span]:
    persons = []
    for match in _title_matcher().find(doc):
        position = _skip_modifiers(doc, match.last + 1)
        if match.key[-1] == "باسم":  # المتحدث باسم الجيش X: the organisation, then the name
            position = _skip_modifiers(doc, position + 1)
        skipped = doc.tokens[match.last + 1:position]
        only_adjectives = all(is_definite_adjective(token) for token in skipped)
        if skipped and not only_adjectives \
                and (position >= len(doc.tokens) or not is_given_name(doc.tokens[position])):
            continue  # past other words, only a listed given name is trusted to start the name
        name = person_name_after(doc, position)
        if name and doc.tokens[name[0]].sentence == doc.tokens[match.first].sentence:
            persons.append(doc.tokens_span(name[0], name[1], "PER"))
    return persons


def named_persons(doc: Document) -> list[Span]:
    """Persons without a title: a listed given name and at least one more name part."""
    persons, index = [], 0
    while index < len(doc.tokens):
        name = person_name_after(doc, index, after_title=False)
        if name is None:
            index += 1
            continue
        persons.append(doc.tokens_span(name[0], name[1], "PER"))
        index = name[1] + 1
    return persons
