"""Incidents: the events of many articles fused into the real incidents they report (RECORD.md §4.3).

Two events are one incident when they have the same type, their places meet, their dates agree
where both are given (equal, or one a prefix of the other: 2017-04 and 2017-04-04), and their actors
and agents are compatible (they meet, or one side names none). Events are blocked by (type,
country) and, inside a block, compared only with the incidents that share one of their places, so
the work grows with the number of events, not its square. An event with no place cannot be placed
and stays an incident of its own. The result is deterministic: events are taken in a fixed order
and incidents are numbered in order of their date, type, country and first article.

    from extract.incidents import fuse_incidents
    incidents = fuse_incidents(records)   # records: dicts as `extract run` writes them
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from extract.evaluate import score_normalize

INCIDENT_COLUMNS = ("incident", "type", "country", "date", "places", "actors", "targets", "agents", "modalities",
                    "articles", "sources", "first_reported", "last_reported", "killed_min", "killed_max",
                    "injured_min", "injured_max", "reports")


@dataclass
class _Report:
    """One event of one article, with what fusion looks at."""

    article: str
    published: str | None
    event: dict[str, Any]
    country: str | None
    place_keys: frozenset[str]
    order: tuple


@dataclass(eq=False)
class _Incident:
    type: str
    country: str | None
    reports: list[_Report] = field(default_factory=list)
    place_keys: set[str] = field(default_factory=set)

    def values(self, slot: str) -> list[str]:
        seen: list[str] = []
        for report in self.reports:
            for value in report.event.get(slot) or []:
                if value not in seen:
                    seen.append(value)
        return seen

    def dates(self) -> list[str]:
        return [date["value"] for report in self.reports
                if (date := report.event.get("date")) and date.get("value")]


def _key(name: str) -> str:
    return score_normalize(name)


def _event_reports(record: dict[str, Any]) -> Iterable[_Report]:
    if record.get("status", "ok") != "ok":
        return
    countries = {item.get("name"): item.get("country") for item in record.get("places", [])}
    kinds = {item.get("name"): item.get("kind") for item in record.get("places", [])}
    for event in record.get("events", []):
        places = event.get("places") or []
        event_countries = sorted({countries[name] for name in places if countries.get(name)})
        # A country named beside finer places is where they lie, not a place to match on.
        finer = [name for name in places if kinds.get(name) != "country"]
        keys = frozenset(_key(name) for name in (finer or places))
        date = (event.get("date") or {}).get("value") or ""
        trigger = event.get("trigger") or {}
        yield _Report(record.get("id", ""), record.get("published"), event,
                      event_countries[0] if event_countries else None, keys,
                      (event.get("type", ""), event_countries[0] if event_countries else "", date,
                       record.get("published") or "", record.get("id", ""), trigger.get("start", 0)))


def dates_agree(left: str | None, right: str | None) -> bool:
    """Equal, or one a prefix of the other at a date boundary (2017 ~ 2017-04 ~ 2017-04-04); unknown agrees."""
    if not left or not right:
        return True
    short, long = sorted((left, right), key=len)
    return long == short or long.startswith(short + "-")


def _compatible(left: Iterable[str], right: Iterable[str]) -> bool:
    left_keys, right_keys = {_key(value) for value in left}, {_key(value) for value in right}
    return not left_keys or not right_keys or bool(left_keys & right_keys)


def _fits(incident: _Incident, report: _Report) -> bool:
    event = report.event
    date = (event.get("date") or {}).get("value")
    return (all(dates_agree(date, other) for other in incident.dates())
            and _compatible(incident.values("actors"), event.get("actors") or [])
            and _compatible(incident.values("agents"), event.get("agents") or []))


def fuse_incidents(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Incidents of a collection of records, each a dict (see INCIDENT_COLUMNS and `incident_item`)."""
    reports = sorted((report for record in records for report in _event_reports(record)), key=lambda r: r.order)
    blocks: dict[tuple[str, str | None], tuple[list[_Incident], dict[str, list[int]]]] = {}
    unplaced: list[_Incident] = []
    for report in reports:
        kind = report.event.get("type", "")
        if not report.place_keys:
            unplaced.append(_Incident(kind, report.country, [report]))
            continue
        incidents, by_place = blocks.setdefault((kind, report.country), ([], {}))
        candidates = sorted({index for key in report.place_keys for index in by_place.get(key, ())})
        index = next((index for index in candidates if _fits(incidents[index], report)), None)
        if index is None:
            index = len(incidents)
            incidents.append(_Incident(kind, report.country))
        target = incidents[index]
        target.reports.append(report)
        for key in report.place_keys - target.place_keys:
            by_place.setdefault(key, []).append(index)
        target.place_keys |= report.place_keys
    every = [incident for incidents, _ in blocks.values() for incident in incidents] + unplaced
    items = [incident_item(incident) for incident in every]
    items.sort(key=lambda item: (item["date"] or "", item["type"], item["country"] or "", item["articles"][0],
                                 item["reports"][0]["trigger_start"]))
    for number, item in enumerate(items, start=1):
        item["incident"] = f"INC-{number:05d}"
    return items


def _range(reports: list[_Report], slot: str) -> tuple[float | None, float | None]:
    values = [value["value"] for report in reports if (value := report.event.get(slot)) and value.get("value") is not None]
    return (min(values), max(values)) if values else (None, None)


def incident_item(incident: _Incident) -> dict[str, Any]:
    dates = sorted(incident.dates(), key=lambda value: (len(value) == 0, value))
    published = sorted(report.published for report in incident.reports if report.published)
    killed, injured = _range(incident.reports, "killed"), _range(incident.reports, "injured")
    sources = sorted({report.event["source"] for report in incident.reports if report.event.get("source")})
    return {"incident": None, "type": incident.type, "country": incident.country,
            "date": max(dates, key=len) if dates else None,
            "places": incident.values("places"), "actors": incident.values("actors"),
            "targets": incident.values("targets"), "agents": incident.values("agents"),
            "modalities": sorted({report.event.get("modality") or "asserted" for report in incident.reports}),
            "articles": sorted({report.article for report in incident.reports}), "sources": sources,
            "first_reported": published[0] if published else None,
            "last_reported": published[-1] if published else None,
            "killed_min": killed[0], "killed_max": killed[1], "injured_min": injured[0], "injured_max": injured[1],
            "reports": [{"article": report.article, "trigger": (report.event.get("trigger") or {}).get("text"),
                         "trigger_start": (report.event.get("trigger") or {}).get("start"),
                         "modality": report.event.get("modality"), "source": report.event.get("source")}
                        for report in incident.reports]}


def read_records(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_incidents(incidents: list[dict[str, Any]], output: Path) -> None:
    """Write incidents as .jsonl (one per line), or .csv/.parquet (lists joined by " | ")."""
    suffix = output.suffix.lower()
    if suffix == ".jsonl":
        with open(output, "w", encoding="utf-8") as handle:
            for item in incidents:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    import pandas as pd

    rows = [{column: _cell(item[column]) for column in INCIDENT_COLUMNS} for item in incidents]
    frame = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))
    if suffix == ".csv":
        frame.to_csv(output, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(output, index=False)
    else:
        raise ValueError(f"incidents output must end in .jsonl, .csv or .parquet: {output}")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return " | ".join(f"{item['article']}:{item['trigger']}" if isinstance(item, dict) else str(item) for item in value)
    return value
