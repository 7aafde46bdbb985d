"""Turning a processed Document into the record of ../shared/spec/RECORD.md, and records into tables."""

from __future__ import annotations

import hashlib
import math
from typing import Any, Iterable

from extract.document import Document
from extract.fields import DOCUMENT_FIELDS, RECORD_FIELDS
from extract.items import item_dict

SCHEMA = "extract.record/2"


def to_record(doc: Document) -> dict[str, Any]:
    """The RECORD.md record for a document (error documents get empty lists): the one place where
    the pipeline's typed items (extract.items) become plain dicts."""
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
    for name in RECORD_FIELDS:
        items = doc.fields.get(name, []) if name in DOCUMENT_FIELDS else doc.entities
        record[name] = [item_dict(item) for item in items] if doc.ok else []
    record["counts"] = _representable_counts(record["counts"], record["warnings"])
    return record


def _representable_counts(counts: list[dict[str, Any]], warnings: list[str]) -> list[dict[str, Any]]:
    """Counts whose value is a finite number: a 400-digit number overflows to infinity, which JSON
    cannot hold and no reader means as a count; it is dropped with a warning."""
    kept = []
    for count in counts:
        value = count.get("value")
        if isinstance(value, float) and not math.isfinite(value):
            warnings.append(f"dropped a count too large to represent: {count.get('text', '')[:40]}")
            continue
        kept.append(count)
    return kept


# Beyond int64 a table column cannot hold an integer; such a value is written as a float.
_INT64_MAX = 2 ** 63 - 1
_KEY_COLUMNS = ["id", "source", "field"]


def _cell(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _INT64_MAX:
        return float(value)
    if isinstance(value, list):
        return " | ".join(str(part) for part in value)
    return value


def _rows(field_name: str, item: dict[str, Any]) -> list[dict[str, Any]]:
    """Table rows of one item: every key kept, spans (cue, speaker) as TEXT, _start, _end columns;
    an entity gives one row per mention, numbered in `mention`."""
    row: dict[str, Any] = {"field": field_name}
    for key, value in item.items():
        if key == "mentions":
            continue
        if isinstance(value, dict) and {"text", "start", "end"} <= value.keys():
            row[key], row[f"{key}_start"], row[f"{key}_end"] = value["text"], value["start"], value["end"]
        else:
            row[key] = _cell(value)
    mentions = item.get("mentions")
    if not isinstance(mentions, list):
        return [row]
    return [{**row, "text": mention.get("text"), "start": mention.get("start"), "end": mention.get("end"),
             "mention": number} for number, mention in enumerate(mentions, start=1)]


def _event_cell(event: dict[str, Any], column: str) -> Any:
    """An event slot as one cell: names joined by " | ", a date or a number by its value."""
    value = event.get(column.removeprefix("event_"))
    if isinstance(value, list):
        return " | ".join(value)
    if isinstance(value, dict):
        return value.get("value")
    return value


def to_frames(records: Iterable[dict[str, Any]]) -> dict[str, "Any"]:
    """pandas DataFrames: `articles` (one row per record), one per field of the field table
    (extract/fields.py) and `items` (all fields, long).

    Field tables lose nothing of the record: every key of an item is a column (a count's
    `fraction`, a quote's `cue`, `speaker` and `via`), and entity fields (places, actors, agents)
    have one row per mention, numbered in `mention`.
    """
    import pandas as pd

    articles, per_field = [], {name: [] for name in RECORD_FIELDS}
    for record in records:
        key = {"id": record["id"], "source": record.get("source")}
        error = record.get("error") or {}
        articles.append({**key, "status": record["status"], "error_type": error.get("type"),
                         "error": error.get("message"), "warnings": "; ".join(record.get("warnings", [])),
                         **{f"n_{name}": len(record.get(name, [])) for name in RECORD_FIELDS}})
        for name in per_field:
            for item in record.get(name, []):
                per_field[name].extend({**key, **row} for row in _rows(name, item))
    frames = {"articles": pd.DataFrame(articles, columns=["id", "source", "status", "error_type", "error", "warnings",
                                                          *[f"n_{name}" for name in RECORD_FIELDS]])}
    for name, rows in per_field.items():
        frames[name] = pd.DataFrame(rows, columns=_columns(rows))
    items = [row for rows in per_field.values() for row in rows]
    frames["items"] = pd.DataFrame(items, columns=_columns(items))
    return frames


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns = dict.fromkeys(_KEY_COLUMNS + ["text", "start", "end"])
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def to_table(frames: dict[str, Any]) -> Any:
    """One long table: every article with each of its items (articles without items kept)."""
    articles = frames["articles"][["id", "source", "status", "error_type", "error", "warnings"]]
    return articles.merge(frames["items"], on=["id", "source"], how="left")
