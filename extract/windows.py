"""Long documents in bounded windows: memory grows with the window, not with the document.

A document longer than the window is cut at paragraph breaks (else at a sentence end, else at a
space), each window runs through the pipeline as a document of its own, and the windows' findings
are joined with their offsets shifted back into the whole text. Entity items (places, actors,
agents: items with `mentions`) of the same `name` in several windows become one item. What needs
context across a window edge (a surname far from the full name, an anaphor at a window's start) is
resolved within its window only; a window of 100,000 characters holds dozens of articles.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from extract.document import Document, Span
from extract.items import EntityItem

WINDOW_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?؟\n]\s")


def window_bounds(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """[start, end) windows of at most `size` characters covering `text`, cut where a reader would
    pause: the last paragraph break in the window, else its last sentence end, else its last space."""
    bounds, start = [], 0
    while len(text) - start > size:
        end = _cut_point(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut_point(text: str, start: int, limit: int) -> int:
    floor = start + (limit - start) // 2  # a cut in the window's first half would waste it
    for pattern in (_PARAGRAPH_BREAK, _SENTENCE_END):
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match
        if last is not None:
            return last.end()
    space = text.rfind(" ", floor, limit)
    return space + 1 if space > 0 else limit


def shifted(value: Any, offset: int) -> Any:
    """A copy of an item (a dataclass of extract.items, or a plain dict) with every span's
    start/end moved by `offset`."""
    if is_dataclass(value) and not isinstance(value, type):
        changes = {item_field.name: shifted(getattr(value, item_field.name), offset) for item_field in fields(value)}
        if isinstance(changes.get("start"), int) and isinstance(changes.get("end"), int) and "text" in changes:
            changes["start"], changes["end"] = changes["start"] + offset, changes["end"] + offset
        return replace(value, **changes)
    if isinstance(value, dict):
        moved = {key: shifted(child, offset) for key, child in value.items()}
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            moved["start"], moved["end"] = value["start"] + offset, value["end"] + offset
        return moved
    if isinstance(value, list):
        return [shifted(child, offset) for child in value]
    return value


def join_window(whole: Document, part: Document, offset: int) -> None:
    """Add one processed window's fields, entities and warnings to `whole`."""
    whole.warnings.extend(part.warnings)
    whole.entities.extend(Span(span.start + offset, span.end + offset, span.text, span.label)
                          for span in part.entities)
    for name, items in part.fields.items():
        joined = whole.fields.setdefault(name, [])
        moved = [shifted(item, offset) for item in items]
        if not all(isinstance(item, EntityItem) for item in moved):
            joined.extend(moved)
            continue
        by_name = {item.name: item for item in joined}
        for item in moved:
            if item.name in by_name:
                by_name[item.name].mentions.extend(item.mentions)
            else:
                joined.append(item)
                by_name[item.name] = item
