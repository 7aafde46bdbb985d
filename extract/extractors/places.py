"""Places: LOC entities linked to the gazetteer (canonical name, kind, country, coordinates).

A LOC the gazetteer does not know is kept with null coordinates. Nationality adjectives are not in
the gazetteer and are not LOC, so they never become places.
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.extractors.entities import EntityCollector
from extract.lexicons import place_gazetteer
from extract.ner import place_heads
from extract.normalize import normalize_string
from extract.registry import register
from extract.tokenize import clitic_stems


@lru_cache(maxsize=1)
def place_index() -> dict[str, dict]:
    """Normalized alias -> place (the first place listing an alias owns it)."""
    index: dict[str, dict] = {}
    for place in place_gazetteer():
        for alias in place["aliases"]:
            index.setdefault(" ".join(normalize_string(alias).split()), place)
    return index


def link_place(mention_text: str) -> dict | None:
    """The gazetteer place a mention names, trying it without proclitics too."""
    key = " ".join(normalize_string(mention_text).split())
    first, _, rest = key.partition(" ")
    for _, stem in clitic_stems(first):
        place = place_index().get(f"{stem} {rest}".strip())
        if place is not None:
            return place
    return None


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
