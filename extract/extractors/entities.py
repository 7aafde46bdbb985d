"""Shared shape of entity fields (places, actors, agents): one item per real-world thing."""

from __future__ import annotations

from typing import Any, Iterable

from extract.document import Span
from extract.normalize import normalize_string
from extract.tokenize import clitic_stems


def lexicon_key(text: str) -> str:
    """How a mention or an alias is looked up: normalized, quotation marks dropped, spaces single."""
    return " ".join(normalize_string(text).replace('"', " ").split())


def alias_index(entries: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Lexicon key of each alias -> its entry; the first entry listing an alias owns it."""
    index: dict[str, dict[str, Any]] = {}
    for entry in entries:
        for alias in entry["aliases"]:
            index.setdefault(lexicon_key(alias), entry)
    return index


def link_mention(mention_text: str, index: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The entry a mention names, trying its first word without proclitics too (بالموصل)."""
    first, _, rest = lexicon_key(mention_text).partition(" ")
    for _, stem in clitic_stems(first):
        entry = index.get(f"{stem} {rest}".strip())
        if entry is not None:
            return entry
    return None


class EntityCollector:
    """Groups mentions under entity items keyed by canonical name, in order of first mention."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self._starts: dict[str, set[int]] = {}

    def add(self, name: str, attributes: dict[str, Any], mention: Span) -> dict[str, Any]:
        item = self.items.get(name)
        if item is None:
            item = {"name": name, **attributes, "mentions": []}
            self.items[name] = item
            self._starts[name] = set()
        if mention.start not in self._starts[name]:
            self._starts[name].add(mention.start)
            item["mentions"].append({"text": mention.text, "start": mention.start, "end": mention.end})
        return item

    def result(self) -> list[dict[str, Any]]:
        for item in self.items.values():
            item["mentions"].sort(key=lambda mention: mention["start"])
        return sorted(self.items.values(), key=lambda item: item["mentions"][0]["start"])
