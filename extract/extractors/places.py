"""Places: LOC entities linked to the gazetteer (canonical name, kind, country, coordinates).

A LOC the gazetteer does not know is kept with null coordinates. Nationality adjectives are not in
the gazetteer and are not LOC, so they never become places.
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.extractors.entities import EntityCollector, alias_index, link_mention
from extract.lexicons import place_gazetteer
from extract.ner import place_heads
from extract.registry import register


@lru_cache(maxsize=1)
def place_index() -> dict[str, dict]:
    """Lexicon key of each alias -> place (the first place listing an alias owns it)."""
    return alias_index(place_gazetteer())


def link_place(mention_text: str) -> dict | None:
    """The gazetteer place a mention names, trying it without proclitics too."""
    return link_mention(mention_text, place_index())


def _unlisted_kind(doc: Document, span: Span) -> str:
    """The kind a head noun gives an unlisted place: its first word (قاعدة ...) or the word before it."""
    words = doc.normalized_text_of(span.start, span.end).split()
    before = doc.tokens_before(span.start, 1)
    for candidate in words[:1] + [stem for token in before for _, stem in token.stems]:
        if candidate in place_heads():
            return place_heads()[candidate][1]
    return "other"


def extract_places(doc: Document) -> Document:
    collector = EntityCollector()
    for span in doc.entities:
        if span.label != "LOC":
            continue
        place = link_place(doc.normalized_text_of(span.start, span.end))
        if place is None:
            collector.add(span.text, {"name_en": None, "kind": _unlisted_kind(doc, span), "country": None,
                                      "lat": None, "lon": None}, span)
        else:
            collector.add(place["name"], {key: place[key] for key in ("name_en", "kind", "country", "lat", "lon")}, span)
    doc.fields["places"] = collector.result()
    return doc


@register("places", requires=("entities",), provides=("places",))
def make_places():
    """Component: the `places` field."""
    return extract_places
