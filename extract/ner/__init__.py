"""The NER layer: PER, LOC, ORG spans in `doc.entities`.

The lexicon rules live beside this file: `places.py`, `organisations.py`, `persons.py`, and the word
classes they share in `words.py`; the learned backends are `crf.py` and `model.py`.

Backends:
- "lexicon+crf" (default): the lexicon's spans first; the CRF learned from ANERcorp (crf.py,
  extract/data/ner_crf.npz) completes persons and institutions the lexicon cut short and adds
  persons, organisations and MISC where the lexicon found nothing and the words look like names.
  MISC (events, products, nationalities as ANERcorp tags them) feeds neither actors nor places.
- "crf": the CRF alone (the lexicon's tags are among its features).
- "lexicon": gazetteer places (LOC), the actor lexicon and
  organisation head nouns followed by a quoted name (ORG), and title + name patterns (PER).
- "model": the spaCy NER trained by `make train-ner` (models/ner); "lexicon+model": the lexicon's
  spans, plus the model's where they do not overlap.
- "camel": camel-tools' NERecognizer, when the user has installed its data (CAMELTOOLS_DATA).
- "stanza": a stanza Arabic pipeline from a model directory the user names (`stanza_dir`).
Neither optional backend ever downloads anything; without their data they fail with a message
that says how to install it.
"""

from __future__ import annotations

import os
from typing import Callable

from extract.document import Document, Span
from extract.ner.base import LABELS, BackendUnavailable, non_overlapping
from extract.ner.clubs import with_clubs
from extract.ner.crf import combine_with_crf, crf_entities_function
from extract.ner.model import model_entities_function, model_norm
from extract.ner.organisations import (ORG_HEADS, institution_kind, institutions, lexicon_actors,
                                       quoted_organisations)
from extract.ner.persons import named_persons, person_name_after, persons_with_place_surnames, title_persons
from extract.ner.places import gazetteer_places, headed_places, place_heads
from extract.ner.words import function_words, given_names, is_function_word, place_words
from extract.registry import register


def lexicon_entities(doc: Document) -> list[Span]:
    """PER/LOC/ORG spans from the shipped lexicons and patterns."""
    # Longer evidence first: a quoted organisation name or a known actor wins over a place inside it.
    persons = named_persons(doc)
    return non_overlapping(quoted_organisations(doc) + lexicon_actors(doc) + title_persons(doc) + institutions(doc)
                           + persons_with_place_surnames(doc, persons) + gazetteer_places(doc) + persons
                           + headed_places(doc))


def _camel_entities_function() -> Callable[[Document], list[Span]]:
    from extract.backends import camel_entities_function

    return camel_entities_function()


def _stanza_entities_function(stanza_dir: str | None) -> Callable[[Document], list[Span]]:
    from extract.backends import stanza_entities_function

    return stanza_entities_function(stanza_dir or os.environ.get("EXTRACT_STANZA_DIR"))


@register("ner", requires=("tokens",), provides=("entities",))
def make_ner(backend: str = "lexicon", stanza_dir: str | None = None, model_dir: str | None = None):
    """Component: fill `doc.entities` with the chosen backend."""
    if backend == "lexicon":
        find = lexicon_entities
    elif backend in ("model", "lexicon+model"):
        # lexicon+model: the lexicon's spans first, the model adds names no lexicon or pattern knows.
        find = model_entities_function(model_dir, lexicon_entities if backend == "lexicon+model" else None)
    elif backend in ("crf", "lexicon+crf"):
        # The lexicon's tags are among the CRF's features; lexicon+crf keeps the lexicon's spans first.
        find = crf_entities_function(model_dir, lexicon_entities,
                                     combine_with_crf if backend == "lexicon+crf" else None)
    elif backend == "camel":
        find = _camel_entities_function()
    elif backend == "stanza":
        find = _stanza_entities_function(stanza_dir)
    else:
        raise ValueError(f"unknown NER backend {backend!r}; choose lexicon, crf, lexicon+crf, model, "
                         "lexicon+model, camel or stanza")

    def ner(doc: Document) -> Document:
        # Clubs after the backend: they replace the places inside their names (ريال مدريد).
        doc.entities = with_clubs(doc, find(doc))
        return doc

    return ner


__all__ = ["BackendUnavailable", "LABELS", "ORG_HEADS", "function_words", "given_names", "institution_kind",
           "is_function_word", "lexicon_entities", "make_ner", "model_norm", "person_name_after", "place_heads",
           "place_words"]
