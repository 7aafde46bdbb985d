"""Shared shape of entity fields (places, actors, agents): one item per real-world thing."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Generic, Iterable, TypeVar

from extract.document import Span
from extract.items import EntityItem, Mention
from extract.lexicons import cached_map
from extract.normalize import normalize_string
from extract.tokenize import clitic_stems


@lru_cache(maxsize=20_000)  # bounded like the other word caches: the first 1,000 corpus articles ask 15,000
def lexicon_key(text: str) -> str:
    """How a mention or an alias is looked up: normalized, quotation marks dropped, spaces single."""
    return " ".join(normalize_string(text).replace('"', " ").split())


def alias_index(entries: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Lexicon key of each alias -> its entry; the first entry listing an alias owns it."""
    pairs = [(alias, entry) for entry in entries for alias in entry["aliases"]]
    keys = cached_map("alias-keys", lexicon_key.__wrapped__, [alias for alias, _ in pairs])
    index: dict[str, dict[str, Any]] = {}
    for key, (_, entry) in zip(keys, pairs):
        index.setdefault(key, entry)
    return index


def link_mention(mention_text: str, index: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The entry a mention names, trying its first word without proclitics too (بالموصل)."""
    first, _, rest = lexicon_key(mention_text).partition(" ")
    for _, stem in clitic_stems(first):
        entry = index.get(f"{stem} {rest}".strip())
        if entry is not None:
            return entry
    return None


_Entity = TypeVar("_Entity", bound=EntityItem)


class EntityCollector(Generic[_Entity]):
    """Groups mentions under entity items keyed by canonical name, in order of first mention.

    `make_item(name=..., **attributes)` builds an item the first time its name is added (Place,
    Actor, Agent); a later mention of the name only joins it, so its attributes may be empty."""

    def __init__(self, make_item: Callable[..., _Entity]) -> None:
        self.make_item = make_item
        self.items: dict[str, _Entity] = {}
        self._starts: dict[str, set[int]] = {}

    def add(self, name: str, attributes: dict[str, Any], mention: Span) -> _Entity:
        item = self.items.get(name)
        if item is None:
            item = self.make_item(name=name, **attributes)
            self.items[name] = item
            self._starts[name] = set()
        if mention.start not in self._starts[name]:
            self._starts[name].add(mention.start)
            item.mentions.append(Mention.of(mention))
        return item

    def merge_starts(self, merged: str, into: str) -> None:
        """Record that the mentions of item `merged` (already moved) now belong to item `into`."""
        self._starts[into] |= self._starts.pop(merged, set())

    def result(self) -> list[_Entity]:
        for item in self.items.values():
            item.mentions.sort(key=lambda mention: mention.start)
        return sorted(self.items.values(), key=lambda item: item.mentions[0].start)
