"""The NER layer: PER, LOC, ORG spans in `doc.entities`.

The lexicon rules live beside this file: `places.py`, `organisations.py`, `persons.py`, and the word
classes they share in `extract/words.py`; the learned backends are `crf.py` and `model.py`, the optional
external ones (camel-tools, stanza) `backends.py`.

Backends: one table, `NER_BACKENDS` in extract/ner/registry.py (name, what it does, what it
needs, whether it is available here); `extract run --help` lists them. The default, "lexicon+crf",
keeps the lexicon's spans first and lets the CRF learned from ANERcorp (crf.py,
extract/data/ner_crf.npz) complete persons and institutions the lexicon cut short and add persons,
organisations and MISC where the lexicon found nothing and the words look like names. MISC (events,
products, nationalities as ANERcorp tags them) feeds neither actors nor places. The optional
backends (camel, stanza) never download anything; without their data they fail with a message
that says how to install it.
"""

from __future__ import annotations

import os
from functools import partial
from typing import Callable

from extract.document import Document, Span
from extract.ner.base import LABELS, BackendUnavailable, non_overlapping
from extract.ner.clubs import with_clubs
from extract.ner.companies import with_companies
from extract.ner.crf import combine_with_crf, crf_entities_function
from extract.ner.mined_organisations import with_mined_organisations
from extract.ner.model import model_entities_function, model_norm
from extract.ner.organisations import (bodies_of_known_organisations, coordinated_ministries, dotted_acronyms, institutions, lexicon_actors, quoted_addressees,
                                      quoted_organisations, radio_stations, without_latin_spelling)
from extract.ner.persons import (apposed_title_persons, begins_with_or, checked_person, foreign_given_name_persons, joined_hyphenated_names,
                                 joined_name_particles, lone_surname_persons, named_persons, names_a_place_or_institution, person_name_after,
                                 persons_with_place_surnames, title_persons, with_first_letter_kept,
                                 without_kinship_words)
from extract.ner.place_lists import with_list_members
from extract.ner.places import (before_an_indefinite_adjective, compound_headed_places, districts_named_after_settlements,
                                facilities_named_after_persons, facilities_named_with_head,
                                gazetteer_places, headed_places, organisations_named_with_places, postposed_facilities, quoted_placed_names,
                                without_places_in_titles,
                                without_country_names)
from extract.ner.registry import NER_BACKENDS, get_backend
from extract.registry import register
from extract.words import (ORG_HEADS, function_words, given_names, institution_kind, is_definite_adjective,
                           is_function_word, nationality_countries, place_heads, place_words)


def lexicon_entities(doc: Document) -> list[Span]:
    """PER/LOC/ORG spans from the shipped lexicons and patterns."""
    # Longer evidence first: a quoted organisation name or a known actor wins over a place inside it.
    # A facility named with its head (مطار كوالالمبور، هيفاء مول، مستشفى الملك خالد) wins over the
    # listed place or the person inside it.
    persons, headed, listed = named_persons(doc), headed_places(doc), gazetteer_places(doc)
    named = without_country_names(doc, institutions(doc))
    # مدينة القاعدة: a known actor's name right after a place head is the place's name.
    headed_names = {(span.start, span.end) for span in headed}
    known = [span for span in lexicon_actors(doc)
             if (span.start, span.end) not in headed_names and not _extended_by_adjectives(doc, span, named)]
    # A title's person inside an institution named after them (جامعة الملك سعود) is the institution's name.
    titled = [span for span in title_persons(doc) + apposed_title_persons(doc) if not any(org.start < span.start and span.end <= org.end for org in named)]
    return without_places_in_titles(doc, with_list_members(doc, non_overlapping(quoted_placed_names(doc) + quoted_organisations(doc) + quoted_addressees(doc) + radio_stations(doc) + dotted_acronyms(doc) + bodies_of_known_organisations(doc) + known
                           + facilities_named_after_persons(doc) + _headed_over_persons(headed, titled) + titled + named + coordinated_ministries(doc)
                           + organisations_named_with_places(doc) + persons_with_place_surnames(doc, persons)
                           + facilities_named_with_head(doc, headed, listed) + postposed_facilities(doc)
                           + compound_headed_places(doc, headed) + districts_named_after_settlements(doc, headed) + listed
                           + _headed_over_persons(headed, persons)
                           + foreign_given_name_persons(doc) + persons + headed + lone_surname_persons(doc))))


def _headed_over_persons(headed: list[Span], persons: list[Span]) -> list[Span]:
    """قرية أبو حمزة، حي الشيخ مقصود، بلدة الشيخ مسكين: a name right after a place head is the place's,
    even where it reads as a person's name (a title's too); the headed span holds the person's span whole."""
    return [span for span in headed if any(span.start <= person.start and person.end <= span.end for person in persons)]


def _extended_by_adjectives(doc: Document, known: Span, named: list[Span]) -> bool:
    """وزارة الصحة الأردنية: a known actor ending in a noun that an institution's name continues with
    adjectives only is that longer institution. Not past a known name's own adjective (الحكومة العراقية
    لتعويض الضحايا، فرق الدفاع المدني التطوعية) but by a country's adjective (الجيش الوطني الليبي),
    nor past a complement."""
    last = doc.token_index_at(known.end) - 1
    if is_definite_adjective(doc.tokens[last]):
        # الجيش الوطني الليبي: past the name's own adjective only a country's adjective goes on
        return any(span.start == known.start and doc.token_index_at(span.end) == last + 2
                   and doc.tokens[last + 1].norm in nationality_countries() for span in named)
    for span in named:
        if span.start == known.start and span.end > known.end:
            added = doc.tokens[last + 1:doc.token_index_at(span.end)]
            return all(is_definite_adjective(token) for token in added)
    return False


def _camel_entities_function() -> Callable[[Document], list[Span]]:
    from extract.ner.backends import camel_entities_function

    return camel_entities_function()


def _stanza_entities_function(stanza_dir: str | None) -> Callable[[Document], list[Span]]:
    from extract.ner.backends import stanza_entities_function

    return stanza_entities_function(stanza_dir or os.environ.get("EXTRACT_STANZA_DIR"))


def _crf_backend(lexicon_first: bool, model_dir: str | None = None) -> Callable[[Document], list[Span]]:
    # The lexicon's tags are among the CRF's features; lexicon+crf keeps the lexicon's spans first.
    return crf_entities_function(model_dir, lexicon_entities, combine_with_crf if lexicon_first else None)


def _nn_backend(lexicon_first: bool, with_crf: bool, model_dir: str | None = None) -> Callable[[Document], list[Span]]:
    # model_dir names the network's file; with the CRF, the CRF is the shipped one (or $EXTRACT_CRF_MODEL).
    from extract.ner.nn import nn_entities_function

    return nn_entities_function(model_dir, with_crf, lexicon_entities, combine_with_crf if lexicon_first else None)


def _model_backend(lexicon_first: bool, model_dir: str | None = None) -> Callable[[Document], list[Span]]:
    # lexicon+model: the lexicon's spans first, the model adds names no lexicon or pattern knows.
    return model_entities_function(model_dir, lexicon_entities if lexicon_first else None)


# One builder per row of NER_BACKENDS (extract/ner/registry.py); each takes that row's settings.
_BUILDERS: dict[str, Callable[..., Callable[[Document], list[Span]]]] = {
    "lexicon": lambda: lexicon_entities,
    "crf": partial(_crf_backend, False),
    "lexicon+crf": partial(_crf_backend, True),
    "nn": partial(_nn_backend, False, False),
    "lexicon+nn": partial(_nn_backend, True, False),
    "crf+nn": partial(_nn_backend, False, True),
    "lexicon+crf+nn": partial(_nn_backend, True, True),
    "model": partial(_model_backend, False),
    "lexicon+model": partial(_model_backend, True),
    "camel": lambda: _camel_entities_function(),
    "stanza": lambda stanza_dir=None: _stanza_entities_function(stanza_dir),
}


@register("ner", requires=("tokens",), provides=("entities",))
def make_ner(backend: str = "lexicon", stanza_dir: str | None = None, model_dir: str | None = None):
    """Component: fill `doc.entities` with the chosen backend (a name in NER_BACKENDS). `model_dir`
    is the model of the crf and model backends, `stanza_dir` the stanza model folder."""
    chosen = get_backend(backend)
    given = {"stanza_dir": stanza_dir, "model_dir": model_dir}
    unused = [name for name, value in given.items() if value is not None and name not in chosen.settings]
    if unused:
        raise ValueError(f"the {backend} NER backend takes no {' or '.join(unused)} setting"
                         + (f" (its settings: {', '.join(chosen.settings)})" if chosen.settings else ""))
    find = _BUILDERS[backend](**{name: given[name] for name in chosen.settings})

    def ner(doc: Document) -> Document:
        # Clubs after the backend: they replace the places inside their names (ريال مدريد).
        found = find(doc)
        spans = [span for span in found if (span.label != "PER" or not names_a_place_or_institution(doc, span))
                 and not begins_with_or(doc, span)]
        spans = [checked for checked in (without_latin_spelling(doc, with_first_letter_kept(doc, span)) if span.label == "ORG" else
                                         span if span.label != "PER" else checked_person(doc, span, found)
                                         for span in spans) if checked is not None]
        spans = [span for span in spans if span.label != "LOC" or not before_an_indefinite_adjective(doc, span)]
        spans = without_kinship_words(doc, joined_name_particles(doc, joined_hyphenated_names(doc, spans)))
        doc.entities = with_mined_organisations(doc, with_companies(doc, with_clubs(doc, spans)))
        return doc

    return ner


__all__ = ["BackendUnavailable", "LABELS", "NER_BACKENDS", "ORG_HEADS", "function_words", "given_names", "institution_kind",
           "is_function_word", "lexicon_entities", "make_ner", "model_norm", "person_name_after", "place_heads",
           "place_words"]
