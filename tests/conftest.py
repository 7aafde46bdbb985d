from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from extract import Pipeline
from extract.fields import RECORD_FIELDS

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED_DIR = SHARED / "seed"
RECORD_KEYS = ["schema", "id", "source", "text_sha256", "status", "error", "warnings", *RECORD_FIELDS]


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    paths = sorted(SEED_DIR.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seed is not beside the project")
    return paths[0].read_text(encoding="utf-8")


def iter_spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a record that carries text/start/end."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys():
            yield value
        for child in value.values():
            yield from iter_spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from iter_spans(child)


def assert_offsets(record: dict[str, Any], text: str) -> int:
    checked = 0
    for span in iter_spans({key: record[key] for key in RECORD_FIELDS if key in record}):
        assert text[span["start"]:span["end"]] == span["text"], span
        checked += 1
    return checked


def phrase_spans(doc, *phrases_and_labels):
    """Spans of the given (phrase, label) pairs, each at its phrase's first occurrence in the document."""
    spans = []
    for phrase, label in phrases_and_labels:
        start = doc.text.index(phrase)
        spans.append(doc.span(start, start + len(phrase), label))
    return spans


def checked_record(nlp, text: str, published: str | None = None) -> dict[str, Any]:
    """The record of a test sentence, with its status and every span's offsets checked."""
    from extract.read import read_text
    doc = read_text(text)
    if published:
        doc.meta["published"] = published
    record = nlp(doc)
    assert record["status"] == "ok", record["error"]
    assert_offsets(record, text)
    return record


def places_by_name(nlp, text: str) -> dict[str, dict[str, Any]]:
    return {place["name"]: place for place in nlp(text)["places"]}


def quotes_of(nlp, text: str) -> list[dict[str, Any]]:
    """A test sentence's quotes, every span's offsets checked."""
    record = nlp(text)
    assert_offsets(record, text)
    return record["quotes"]


def quote_speakers(quotes: list[dict[str, Any]]) -> list[str | None]:
    return [(quote["speaker"] or {}).get("text") for quote in quotes]


def events_of(nlp, text: str, published: str | None = "2022-03-15") -> list[dict[str, Any]]:
    """The events of `text`'s record (offsets checked), published on a Tuesday unless told."""
    return checked_record(nlp, text, published)["events"]


def only_event(events: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    """The one event of `kind` (the test fails when there are none or several)."""
    found = [event for event in events if event["type"] == kind]
    assert len(found) == 1, events
    return found[0]


def time_values(text: str, published: str | None = None) -> list[str | None]:
    """The values of the time expressions found in `text`, each span's offsets checked."""
    from extract.timex import find_time_expressions

    found = find_time_expressions(text, published=published)
    for item in found:
        assert text[item.start:item.end] == item.text
    return [item.value for item in found]
