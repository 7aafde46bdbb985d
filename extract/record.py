"""Turning a processed Document into the record of ../shared/spec/RECORD.md, and records into tables."""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from extract.document import FIELDS, Document

SCHEMA = "extract.record/2"


def to_record(doc: Document) -> dict[str, Any]:
    """The RECORD.md record for a document (error documents get empty lists)."""
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "id": doc.id,
        "source": doc.source,
        "text_sha256": hashlib.sha256(doc.text.encode("utf-8", errors="surrogatepass")).hexdigest(),
        "status": "ok" if doc.ok else "error",
        "error": doc.error,
        "warnings": list(doc.warnings),
    }
    if "title" in doc.meta:
        record["title"] = doc.meta["title"]
    published = doc.meta.get("published") or doc.meta.get("date")
    if published:
        record["published"] = published
    for name in FIELDS:
        record[name] = list(doc.fields.get(name, [])) if doc.ok else []
    record["entities"] = [span.as_dict() for span in doc.entities] if doc.ok else []
    return record


_ITEM_COLUMNS = ("text", "start", "end", "name", "name_en", "kind", "country", "lat", "lon", "value",
                 "qualifier", "unit", "class", "cas", "direct", "speaker", "speaker_actor", "via", "label",
                 "mentions", *(f"event_{slot}" for slot in ("type", "actors", "targets", "agents", "places", "date",
                                                           "times", "killed", "injured", "modality", "source")))


def _flatten(field_name: str, item: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"field": field_name}
    for column in _ITEM_COLUMNS:
        value = item.get(column)
        if column.startswith("event_"):
            value = _event_cell(item, column) if field_name == "events" else None
        if column == "speaker" and isinstance(value, dict):
            value = value.get("text")
        elif column == "via" and isinstance(value, list):
            value = " | ".join(value)
        elif column == "mentions" and isinstance(value, list):
            row["start"] = value[0]["start"] if value else None
            row["end"] = value[0]["end"] if value else None
            row["text"] = value[0]["text"] if value else None
            value = len(value)
        if column not in row or row[column] is None:
            row[column] = value
    return row


def _event_cell(event: dict[str, Any], column: str) -> Any:
    """An event slot as one cell: names joined by " | ", a date or a number by its value."""
    value = event.get(column.removeprefix("event_"))
    if isinstance(value, list):
        return " | ".join(value)
    if isinstance(value, dict):
        return value.get("value")
    return value


def to_frames(records: Iterable[dict[str, Any]]) -> dict[str, "Any"]:
    """pandas DataFrames: `articles` (one row per record) and one per field, plus `items` (all fields, long).

    Entity fields (places, actors, agents) have one row per entity with `mentions` = its mention count
    and the first mention's offsets.
    """
    import pandas as pd

    articles, per_field, items = [], {name: [] for name in (*FIELDS, "entities")}, []
    for record in records:
        key = {"id": record["id"], "source": record.get("source")}
        articles.append({**key, "status": record["status"],
                         "error": (record.get("error") or {}).get("message"),
                         "warnings": "; ".join(record.get("warnings", [])),
                         **{f"n_{name}": len(record.get(name, [])) for name in (*FIELDS, "entities")}})
        for name in per_field:
            for item in record.get(name, []):
                row = {**key, **_flatten(name, item)}
                per_field[name].append(row)
                items.append(row)
    frames = {"articles": pd.DataFrame(articles, columns=["id", "source", "status", "error", "warnings",
                                                          *[f"n_{name}" for name in (*FIELDS, "entities")]])}
    item_columns = ["id", "source", "field", *_ITEM_COLUMNS]
    for name, rows in per_field.items():
        frames[name] = pd.DataFrame(rows, columns=item_columns).dropna(axis=1, how="all") if rows \
            else pd.DataFrame(columns=item_columns)
    frames["items"] = pd.DataFrame(items, columns=item_columns)
    return frames
