"""The items of the record's fields as the pipeline holds them: one dataclass per field.

Extractors build these, later components read their attributes (counts reads `agents`, quotes reads
`actors` and `places`, events reads every field), and only `extract.record.to_record` turns them
into the plain dicts of ../shared/spec/RECORD.md, through each item's `as_dict`. `as_dict` writes
the keys in the record's order and leaves out the keys RECORD.md calls optional (a count's
`fraction`, a date's `calendar` and `anchor`) when they do not apply, so records stay as they were
when items were dicts. Spans inside an item (a quote's cue and speaker, an event's trigger) are
`extract.document.Span`s; a date is `extract.timex.TimeExpression`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.document import Span
from extract.timex import TimeExpression


@dataclass(frozen=True, slots=True)
class Mention:
    """One stretch of the text that names an entity (a place, an actor, an agent)."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, span: Span) -> "Mention":
        return cls(span.text, span.start, span.end)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


class EntityItem:
    """What places, actors and agents share: one item per real-world thing, its canonical `name`
    and every `mentions` of it in the text, in order."""

    __slots__ = ()
    name: str
    mentions: list[Mention]


@dataclass(slots=True)
class Count:
    text: str
    start: int
    end: int
    value: float | int
    qualifier: str | None  # at_least, more_than, at_most, less_than, about
    unit: str | None
    fraction: str | None = None  # "1/3" for ثلث; the record has the key only when there is one

    def as_dict(self) -> dict[str, Any]:
        item: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                                "qualifier": self.qualifier, "unit": self.unit}
        if self.fraction:
            item["fraction"] = self.fraction
        return item


@dataclass(slots=True)
class Place(EntityItem):
    name: str
    name_en: str | None
    kind: str
    country: str | None
    geonames_id: Any
    lat: float | None
    lon: float | None
    coordinates: str | None  # None for listed coordinates, "approximate" for a parent's or country's
    coordinates_note: str | None
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "name_en": self.name_en, "kind": self.kind, "country": self.country,
                "geonames_id": self.geonames_id, "lat": self.lat, "lon": self.lon, "coordinates": self.coordinates,
                "coordinates_note": self.coordinates_note, "mentions": [mention.as_dict() for mention in self.mentions]}


@dataclass(slots=True)
class Actor(EntityItem):
    name: str
    name_en: str | None
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "name_en": self.name_en, "kind": self.kind,
                "mentions": [mention.as_dict() for mention in self.mentions]}


@dataclass(slots=True)
class Agent(EntityItem):
    name: str
    name_en: str | None
    agent_class: str  # the record's `class` (a Python keyword)
    cas: str | None
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "name_en": self.name_en, "class": self.agent_class, "cas": self.cas,
                "mentions": [mention.as_dict() for mention in self.mentions]}


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    cue: Span
    speaker: Span | None
    speaker_actor: str | None
    via: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "direct": self.direct,
                "cue": self.cue.as_dict(), "speaker": self.speaker.as_dict() if self.speaker else None,
                "speaker_actor": self.speaker_actor, "via": list(self.via)}


Date = TimeExpression  # text, start, end, value, kind, calendar, anchor (extract/timex.py)


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date: the value and kind of the `dates` item it was read from."""

    value: str
    kind: str

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Amount:
    """An event's times, killed or injured: the value and qualifier of a `counts` item."""

    value: float | int
    qualifier: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier}


@dataclass(slots=True)
class EventItem:
    type: str
    trigger: Span
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: EventDate | None = None
    times: Amount | None = None
    killed: Amount | None = None
    injured: Amount | None = None
    modality: str = "asserted"
    source: str | None = None
    actor_text: str | None = None
    target_text: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "trigger": self.trigger.as_dict(), "actors": list(self.actors),
                "targets": list(self.targets), "agents": list(self.agents), "places": list(self.places),
                "date": _optional(self.date), "times": _optional(self.times), "killed": _optional(self.killed),
                "injured": _optional(self.injured), "modality": self.modality, "source": self.source,
                "actor_text": self.actor_text, "target_text": self.target_text,
                "mentions": [mention.as_dict() for mention in self.mentions]}


def _optional(value: EventDate | Amount | None) -> dict[str, Any] | None:
    return None if value is None else value.as_dict()


def item_dict(item: Any) -> dict[str, Any]:
    """An item as its record dict; a plain dict (a custom component may still leave one) as it is."""
    return item if isinstance(item, dict) else item.as_dict()
