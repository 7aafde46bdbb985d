"""Shared shape of entity fields (places, actors, agents): one item per real-world thing."""

from __future__ import annotations

from typing import Any

from extract.document import Span


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
