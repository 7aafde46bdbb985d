"""The NER layer: PER, LOC, ORG spans in `doc.entities`.

Backends:
- "lexicon" (default, ships with the project): gazetteer places (LOC), the actor lexicon and
  organisation head nouns followed by a quoted name (ORG), and title + name patterns (PER).
- "camel": camel-tools' NERecognizer, when the user has installed its data (CAMELTOOLS_DATA).
- "stanza": a stanza Arabic pipeline from a model directory the user names (`stanza_dir`).
Neither optional backend ever downloads anything; without their data they fail with a message
that says how to install it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Callable

from extract.document import Document, Span
from extract.lexicons import actor_lexicon, place_gazetteer, person_titles, read_tsv, word_frequencies
from extract.matcher import TRANSPARENT, PhraseMatcher
from extract.registry import register

LABELS = ("PER", "LOC", "ORG", "MISC")
# Head nouns that introduce an organisation's name, and the kind of actor they make.
ORG_HEADS = {"صحيفه": "media", "جريده": "media", "وكاله": "media", "قناه": "media", "شبكه": "media",
             "موقع": "media", "مجله": "media", "اذاعه": "media", "مركز": "organization", "منظمه": "organization",
             "معهد": "organization", "جمعيه": "organization", "مرصد": "organization", "هيئه": "organization",
             "تنظيم": "armed_group", "جماعه": "armed_group", "حركه": "armed_group", "فصيل": "armed_group",
             "لواء": "armed_group", "كتائب": "armed_group", "جيش": "armed_group", "حزب": "organization"}
MAX_QUOTED_NAME_TOKENS = 6
MAX_NAME_TOKENS = 3
# A very common word is not part of a name unless the given-name list says so.
COMMON_WORD_FREQUENCY = 1500


class BackendUnavailable(RuntimeError):
    """An optional NER backend whose library or data is not installed."""


@lru_cache(maxsize=1)
def _place_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, place) for place in place_gazetteer() for alias in place["aliases"])


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, actor) for actor in actor_lexicon() for alias in actor["aliases"])


@lru_cache(maxsize=1)
def _title_matcher() -> PhraseMatcher:
    return PhraseMatcher((title, title) for title in person_titles())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(row["name"] for row in read_tsv("given_names_ar.tsv"))


@lru_cache(maxsize=1)
def _name_stopwords() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("name_stopwords_ar.tsv"))


def _is_name_token(doc: Document, index: int, first: bool) -> bool:
    token = doc.tokens[index]
    if token.kind != "arabic" or token.norm in _name_stopwords() or len(token.norm) < 2:
        return False
    if token.norm in given_names():
        return True
    if first and token.norm.startswith(("ال", "و", "ف")):
        return False
    if token.text.endswith("ة"):  # names ending in ة (حمزة، أسامة) are in the given-name list
        return False
    return word_frequencies().get(token.norm, 0) < COMMON_WORD_FREQUENCY


def person_name_after(doc: Document, index: int) -> tuple[int, int] | None:
    """(first, last) token indices of a name starting at `index`, if the tokens look like one."""
    last = None
    position = index
    while position < len(doc.tokens) and position - index < MAX_NAME_TOKENS:
        if doc.tokens[position].sentence != doc.tokens[index].sentence:
            break
        if not _is_name_token(doc, position, first=position == index):
            break
        last = position
        position += 1
    return (index, last) if last is not None else None


def _skip_modifiers(doc: Document, index: int) -> int:
    """Skip nationality/role adjectives after a title (وزير الخارجية الأمريكي جون كيري)."""
    while index < len(doc.tokens) and doc.tokens[index].norm.startswith("ال") \
            and doc.tokens[index].norm.endswith(("ي", "يه")) and doc.tokens[index].norm not in given_names():
        index += 1
    return index


def _title_persons(doc: Document) -> list[Span]:
    persons = []
    for match in _title_matcher().find(doc):
        position = _skip_modifiers(doc, match.last + 1)
        if match.key[-1] == "باسم":  # المتحدث باسم الجيش X: the organisation, then the name
            position = _skip_modifiers(doc, position + 1)
        name = person_name_after(doc, position) if position < len(doc.tokens) else None
        if name and doc.tokens[name[0]].sentence == doc.tokens[match.first].sentence:
            persons.append(doc.tokens_span(name[0], name[1], "PER"))
    return persons


def _closing_quote(doc: Document, start: int) -> int | None:
    for position in range(start, min(start + MAX_QUOTED_NAME_TOKENS + 1, len(doc.tokens))):
        if doc.tokens[position].norm in TRANSPARENT:
            return position if position > start else None
        if doc.tokens[position].kind == "punct":
            return None
    return None


def _quoted_organisations(doc: Document) -> list[Span]:
    """صحيفة "نيويورك تايمز", مركز الأبحاث "آي اتش اس": the quoted name after an organisation head noun."""
    found = []
    for index, token in enumerate(doc.tokens):
        if not any(stem in ORG_HEADS for _, stem in token.stems):
            continue
        position = index + 1
        while position < min(index + 4, len(doc.tokens)) and doc.tokens[position].kind == "arabic":
            position += 1
        if position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
            closing = _closing_quote(doc, position + 1)
            if closing is not None:
                found.append(doc.tokens_span(position + 1, closing - 1, "ORG"))
    return found


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the earliest-listed span where spans overlap, then sort by position."""
    kept: list[Span] = []
    for span in spans:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda span: (span.start, span.end))


def lexicon_entities(doc: Document) -> list[Span]:
    """PER/LOC/ORG spans from the shipped lexicons and patterns."""
    actors = [doc.span(match.start, match.end, "PER" if match.payload["kind"] == "person" else "ORG")
              for match in _actor_matcher().find(doc)]
    places = [doc.span(match.start, match.end, "LOC") for match in _place_matcher().find(doc)]
    # Longer evidence first: a quoted organisation name or a known actor wins over a place inside it.
    return _non_overlapping(_quoted_organisations(doc) + actors + _title_persons(doc) + places)


def _camel_entities_function() -> Callable[[Document], list[Span]]:
    from extract.backends import camel_entities_function

    return camel_entities_function()


def _stanza_entities_function(stanza_dir: str | None) -> Callable[[Document], list[Span]]:
    from extract.backends import stanza_entities_function

    return stanza_entities_function(stanza_dir or os.environ.get("EXTRACT_STANZA_DIR"))


@register("ner", requires=("tokens",), provides=("entities",))
def make_ner(backend: str = "lexicon", stanza_dir: str | None = None):
    """Component: fill `doc.entities` with the chosen backend."""
    if backend == "lexicon":
        find = lexicon_entities
    elif backend == "camel":
        find = _camel_entities_function()
    elif backend == "stanza":
        find = _stanza_entities_function(stanza_dir)
    else:
        raise ValueError(f"unknown NER backend {backend!r}; choose lexicon, camel or stanza")

    def ner(doc: Document) -> Document:
        doc.entities = find(doc)
        return doc

    return ner


__all__ = ["BackendUnavailable", "LABELS", "lexicon_entities", "make_ner", "person_name_after"]
