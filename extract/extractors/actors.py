"""Actors: ORG and PER entities merged across aliases into one item per real-world actor.

- A mention that is an alias in the actor lexicon takes that actor's canonical name and kind.
- A person's later short mention (دوريان) joins the full name seen earlier (جون دوريان).
- A shorter organisation name that starts the longer one (آي اتش اس → آي اتش اس كونفليكت مونيتور)
  joins it.
- Definite head nouns (الصحيفة، المركز، المنظمة، الوكالة) resolve to the last actor of that kind.
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.extractors.entities import EntityCollector, alias_index, lexicon_key, link_mention
from extract.lexicons import actor_lexicon
from extract.ner import ORG_HEADS, institution_kind
from extract.registry import register

# Anaphoric head nouns (normalized, with the article) and the kinds of actor they refer back to.
ANAPHORS = {"ال" + head: kind for head, kind in ORG_HEADS.items() if kind in ("media", "organization")}


@lru_cache(maxsize=1)
def actor_index() -> dict[str, dict]:
    return alias_index(actor_lexicon())


def link_actor(mention_text: str) -> dict | None:
    return link_mention(mention_text, actor_index())


def _head_kind(doc: Document, span: Span) -> str:
    """The kind suggested by an organisation head noun just before the span (صحيفة "...")."""
    before = doc.tokens_before(span.start, 4)
    for token in reversed(before):
        for _, stem in token.stems:
            if stem in ORG_HEADS:
                return ORG_HEADS[stem]
    return "organization"


class _ActorResolver:
    def __init__(self, doc: Document):
        self.doc = doc
        self.collector = EntityCollector()
        self.kinds_by_name: dict[str, str] = {}

    def add(self, name: str, attributes: dict, span: Span) -> None:
        self.collector.add(name, attributes, span)
        self.kinds_by_name[name] = attributes["kind"]

    def person(self, span: Span) -> None:
        words = lexicon_key(span.text).split()
        for name in self.collector.items:
            if self.kinds_by_name[name] == "person" and words and set(words) <= set(lexicon_key(name).split()):
                self.collector.add(name, {}, span)
                return
        self.add(span.text, {"name_en": None, "kind": "person"}, span)

    def organisation(self, span: Span) -> None:
        key = lexicon_key(span.text)
        for name in self.collector.items:
            other = lexicon_key(name)
            if self.kinds_by_name[name] != "person" and (other.startswith(key + " ") or key.startswith(other + " ")):
                self.collector.add(name, {}, span)
                return
        kind = institution_kind(self.doc.normalized_text_of(span.start, span.end)) or _head_kind(self.doc, span)
        self.add(span.text, {"name_en": None, "kind": kind}, span)

    def anaphors(self) -> None:
        """Attach الصحيفة/المركز... to the last actor of the matching kind mentioned before them."""
        inside_entity = self.doc.covered_tokens([(span.start, span.end) for span in self.doc.entities])
        for token in self.doc.tokens:
            if token.index in inside_entity:
                continue
            kind = next((ANAPHORS[stem] for _, stem in token.stems if stem in ANAPHORS), None)
            if kind is None:
                continue
            offset = next(offset for offset, stem in token.stems if stem in ANAPHORS)
            start = self.doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            target = self._last_of_kind(kind, start)
            if target is not None:
                self.collector.add(target, {}, self.doc.span(start, token.end))

    def _last_of_kind(self, kind: str, before: int) -> str | None:
        best, best_start = None, -1
        for name, item in self.collector.items.items():
            if self.kinds_by_name[name] != kind:
                continue
            starts = [mention["start"] for mention in item["mentions"] if mention["start"] < before]
            if starts and max(starts) > best_start:
                best, best_start = name, max(starts)
        return best


def extract_actors(doc: Document) -> Document:
    resolver = _ActorResolver(doc)
    for span in doc.entities:
        if span.label not in ("ORG", "PER"):
            continue
        actor = link_actor(doc.normalized_text_of(span.start, span.end))
        if actor is not None:
            resolver.add(actor["name"], {"name_en": actor["name_en"], "kind": actor["kind"]}, span)
        elif span.label == "PER":
            resolver.person(span)
        else:
            resolver.organisation(span)
    _surname_mentions(doc, resolver)
    _elided_coordinations(doc, resolver)
    resolver.anaphors()
    doc.fields["actors"] = resolver.collector.result()
    return doc


def _surname_mentions(doc: Document, resolver: _ActorResolver) -> None:
    """A known person's last name standing alone later in the text (كيري after جون كيري)."""
    surnames = {}
    for name, kind in resolver.kinds_by_name.items():
        words = lexicon_key(name).split()
        if kind == "person" and len(words) >= 2:
            surnames[words[-1]] = name
    taken = doc.covered_tokens([(span.start, span.end) for span in doc.entities])
    for token in doc.tokens:
        if token.index in taken:
            continue
        for offset, stem in token.stems:
            if stem in surnames:
                start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
                resolver.collector.add(surnames[stem], {}, doc.span(start, token.end))
                break


def _elided_coordinations(doc: Document, resolver: _ActorResolver) -> None:
    """القوات العراقية والأمريكية: the second adjective names a second actor (القوات الأمريكية)."""
    for span in doc.entities:
        words = lexicon_key(doc.normalized_text_of(span.start, span.end)).split()
        if span.label != "ORG" or len(words) != 2:
            continue
        index = doc.token_index_at(span.end)
        following = doc.tokens[index:index + 1]
        if not following or following[0].start - span.end > 1 or not following[0].norm.startswith("وال"):
            continue
        actor = actor_index().get(f"{words[0]} {following[0].norm[1:]}")
        if actor is not None:
            start = doc.normalized.to_original(following[0].norm_start + 1, following[0].norm_end)[0]
            resolver.add(actor["name"], {"name_en": actor["name_en"], "kind": actor["kind"]},
                         doc.span(start, following[0].end))


@register("actors", requires=("entities",), provides=("actors",))
def make_actors():
    """Component: the `actors` field."""
    return extract_actors
