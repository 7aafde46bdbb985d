"""Self-contained HTML pages: records with their spans highlighted, and evaluation scores.

Article text is hostile input: every piece of it goes through `html.escape`, the page carries no
script of its own, and a Content-Security-Policy forbids scripts and outside requests, so text
like <script> or <img onerror> shows as text and never runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Any, Callable, Iterable, Iterator

from extract.fields import HIGHLIGHTS, TABLE
from extract.lexicons import read_tsv

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# The field table's (extract/fields.py) report marks: colour, legend label and CSS of each.
FIELD_COLOURS = {highlight.name: highlight.colour for highlight in HIGHLIGHTS}
FIELD_LABELS = {highlight.name: highlight.label for highlight in HIGHLIGHTS}
_HIGHLIGHT_RULES = "".join(highlight.rule + "\n" for highlight in sorted(HIGHLIGHTS, key=lambda h: not h.under))

STYLE = """
body { font-family: "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 1.5rem; background: #fafafa; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.article { display: flex; gap: 1.5rem; align-items: flex-start; }
.text { flex: 3; background: #fff; padding: 1rem; line-height: 2.1; white-space: pre-wrap; border: 1px solid #ddd; }
.tables { flex: 2; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: 0.2rem 0.4rem; text-align: right; vertical-align: top; }
th { background: #eee; }
.legend span { display: inline-block; margin-left: 0.8rem; padding: 0 0.4rem; border-radius: 3px; }
.error { color: #a00; }
""" + _HIGHLIGHT_RULES + """.fp { color: #a00; } .fn { color: #a60; }
svg text { font-family: sans-serif; }
"""


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


SpanReader = Callable[[dict[str, Any], tuple[str, ...]], Iterator[tuple[int, int, str]]]


def _item_span(item: dict[str, Any], classes: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    yield item["start"], item["end"], classes[0]


def _mention_spans(item: dict[str, Any], classes: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    for mention in item["mentions"]:
        yield mention["start"], mention["end"], classes[0]


def _quote_spans(quote: dict[str, Any], classes: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    yield quote["start"], quote["end"], classes[0]
    if quote.get("speaker"):
        yield quote["speaker"]["start"], quote["speaker"]["end"], classes[1]


def _event_spans(event: dict[str, Any], classes: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    for mention in event.get("mentions") or [event["trigger"]]:
        yield mention["start"], mention["end"], classes[0]


# How a field's spans are read off a record item (the field table's `spans`), each span marked with
# the classes of the field's highlights.
SPAN_READERS: dict[str, SpanReader] = {"item": _item_span, "mentions": _mention_spans, "quote": _quote_spans,
                                       "event": _event_spans}


def _field_spans(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans = []
    for row in TABLE:
        if row.spans is None:
            continue
        classes = tuple(highlight.name for highlight in row.highlights)
        for item in record.get(row.name, []):
            spans += SPAN_READERS[row.spans](item, classes)
    return spans


def highlight(text: str, record: dict[str, Any]) -> str:
    """The text as HTML, each stretch wrapped in the classes of the fields covering it."""
    spans = [(start, end, field) for start, end, field in _field_spans(record) if 0 <= start < end <= len(text)]
    cuts = sorted({0, len(text), *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        fields = sorted({field for start, end, field in spans if start <= left and right <= end})
        chunk = escape(text[left:right])
        if fields:
            classes = " ".join(f"f-{field}" for field in fields)
            pieces.append(f'<span class="{classes}" title="{escape(", ".join(fields))}">{chunk}</span>')
        else:
            pieces.append(chunk)
    return "".join(pieces)


def _table(headers: list[str], rows: Iterable[list[Any]]) -> str:
    rows = list(rows)
    if not rows:
        return ""
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape('' if cell is None else str(cell))}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


MAP_WIDTH, MAP_HEIGHT, MAP_MARGIN = 480, 320, 24
MIN_MAP_SPAN = 4.0  # degrees: a single town still shows its surroundings
PLACE_COLOUR, APPROXIMATE_COLOUR = "#1b7a46", "#d9822b"
LABEL_SIZE = 11


@lru_cache(maxsize=1)
def world_outlines() -> tuple[tuple[tuple[float, float], ...], ...]:
    """Country outer rings as (lon, lat) tuples (extract/data/world_outlines.tsv, from Natural Earth)."""
    return tuple(tuple((float(lon), float(lat)) for lon, lat in (pair.split(",") for pair in ring.split()))
                 for row in read_tsv("world_outlines.tsv") for ring in row["rings"].split(";"))


@dataclass(frozen=True)
class MapFrame:
    """An equirectangular view of a lon/lat box, scaled by the cosine of its middle latitude."""

    west: float
    south: float
    east: float
    north: float
    width: int = MAP_WIDTH
    height: int = MAP_HEIGHT
    margin: int = MAP_MARGIN

    @classmethod
    def around(cls, points: list[tuple[float, float]]) -> "MapFrame":
        lons, lats = [lon for lon, _ in points], [lat for _, lat in points]
        middle_lat = (max(lats) + min(lats)) / 2
        squash = max(math.cos(math.radians(middle_lat)), 0.2)
        lon_span = max(max(lons) - min(lons), MIN_MAP_SPAN) * 1.2
        lat_span = max(max(lats) - min(lats), MIN_MAP_SPAN) * 1.2
        inner_w, inner_h = MAP_WIDTH - 2 * MAP_MARGIN, MAP_HEIGHT - 2 * MAP_MARGIN
        # widen whichever side is short so a degree of longitude is squash × a degree of latitude
        if lon_span * squash / inner_w > lat_span / inner_h:
            lat_span = lon_span * squash * inner_h / inner_w
        else:
            lon_span = lat_span / squash * inner_w / inner_h
        centre_lon, centre_lat = (max(lons) + min(lons)) / 2, middle_lat
        south, north = max(centre_lat - lat_span / 2, -90.0), min(centre_lat + lat_span / 2, 90.0)
        return cls(centre_lon - lon_span / 2, south, centre_lon + lon_span / 2, north)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        """Pixel position of a lon/lat inside the SVG."""
        x = self.margin + (lon - self.west) / (self.east - self.west) * (self.width - 2 * self.margin)
        y = self.margin + (self.north - lat) / (self.north - self.south) * (self.height - 2 * self.margin)
        return x, y


def _graticule_step(span: float) -> float:
    return next(step for step in (1, 2, 5, 10, 20, 30, 60) if span / step <= 6)


def _base_map(frame: MapFrame) -> str:
    """Country outlines clipped to the frame, a graticule with its degrees, and the frame itself."""
    paths = []
    for ring in world_outlines():
        if all(lon < frame.west or lon > frame.east for lon, _ in ring) \
                or all(lat < frame.south or lat > frame.north for _, lat in ring):
            continue
        points = " ".join("{:.1f},{:.1f}".format(*frame.project(lon, lat)) for lon, lat in ring)
        paths.append(f'<polygon points="{points}"/>')
    lines = []
    step = _graticule_step(frame.east - frame.west)
    lon = math.ceil(frame.west / step) * step
    while lon <= frame.east:
        x = frame.project(lon, frame.south)[0]
        lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{frame.height}"/>'
                     f'<text x="{x + 2:.1f}" y="{frame.height - 4}" class="deg">{lon:g}°</text>')
        lon += step
    lat = math.ceil(frame.south / step) * step
    while lat <= frame.north:
        y = frame.project(frame.west, lat)[1]
        lines.append(f'<line x1="0" y1="{y:.1f}" x2="{frame.width}" y2="{y:.1f}"/>'
                     f'<text x="2" y="{y - 2:.1f}" class="deg">{lat:g}°</text>')
        lat += step
    return (f'<rect x="0" y="0" width="{frame.width}" height="{frame.height}" fill="#eaf2f8"/>'
            f'<g fill="#f7f4ea" stroke="#b9b2a0" stroke-width="0.7">{"".join(paths)}</g>'
            f'<g stroke="#c9d6e0" stroke-width="0.5" font-size="8" fill="#7890a0">{"".join(lines)}</g>')


Box = tuple[float, float, float, float]


def _overlaps(box: Box, others: list[Box]) -> bool:
    return any(box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3] for other in others)


LEADER_DISTANCE = 18  # a label pushed this far from its dot gets a thin line to it


def _label_offsets(label_width: float) -> list[tuple[float, float]]:
    """Where a label may go, nearest first: beside its dot, above, below, then further up and down."""
    offsets = [(7, 4), (-7 - label_width, 4), (-label_width / 2, -8), (-label_width / 2, 16),
               (7, -6), (-7 - label_width, -6), (7, 14), (-7 - label_width, 14)]
    for step in range(2, 8):
        for sign in (-1, 1):
            offsets += [(7, 4 + sign * step * (LABEL_SIZE + 2)), (-7 - label_width, 4 + sign * step * (LABEL_SIZE + 2))]
    return offsets


def place_labels(points: list[tuple[float, float, str]], width: int, height: int) -> list[tuple[float, float] | None]:
    """A position (text anchor's left x, baseline y) for each label that overlaps no other label
    and no dot and stays inside the frame, tried around its dot; None where none fits."""
    taken: list[Box] = [(x - 5, y - 5, x + 5, y + 5) for x, y, _ in points]
    positions: list[tuple[float, float] | None] = []
    for x, y, label in points:
        label_width = 0.62 * LABEL_SIZE * max(len(label), 1)
        chosen = None
        for dx, dy in _label_offsets(label_width):
            box = (x + dx, y + dy - LABEL_SIZE, x + dx + label_width, y + dy + 2)
            if box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height and not _overlaps(box, taken):
                chosen = (x + dx, y + dy)
                taken.append(box)
                break
        positions.append(chosen)
    return positions


def place_map(places: list[dict[str, Any]], width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> str:
    """An inline SVG map of the places with coordinates on country outlines and a graticule.
    Approximate places (placed at the place they lie in) are hollow orange rings; labels never
    overlap (a label with no room is left off, its place keeps its dot and its tooltip)."""
    located = [place for place in places if place.get("lat") is not None and place.get("lon") is not None]
    if not located:
        return ""
    frame = MapFrame.around([(place["lon"], place["lat"]) for place in located])
    frame = MapFrame(frame.west, frame.south, frame.east, frame.north, width, height)
    points = [(*frame.project(place["lon"], place["lat"]), place["name"]) for place in located]
    labels = place_labels(points, width, height)
    marks = []
    for place, (x, y, name), label in zip(located, points, labels):
        approximate = place.get("coordinates") == "approximate"
        dot = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="none" stroke="{APPROXIMATE_COLOUR}" stroke-width="2" '
               f'class="approximate">' if approximate else
               f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{PLACE_COLOUR}" class="place">')
        note = f" ({place['coordinates_note']})" if place.get("coordinates_note") else ""
        marks.append(f"{dot}<title>{escape(name + note)}</title></circle>")
        if label is not None and abs(label[1] - 4 - y) > LEADER_DISTANCE:
            end_x = label[0] if label[0] > x else label[0] + 0.62 * LABEL_SIZE * len(name)
            marks.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{end_x:.1f}" y2="{label[1] - 4:.1f}" '
                         f'stroke="#999" stroke-width="0.6"/>')
        if label is not None:
            marks.append(f'<text x="{label[0]:.1f}" y="{label[1]:.1f}" font-size="{LABEL_SIZE}" direction="ltr" '
                         f'unicode-bidi="plaintext">{escape(name)}</text>')
    legend = (f'<g font-size="9"><rect x="{width - 118}" y="4" width="114" height="30" fill="#fff" opacity="0.85"/>'
              f'<circle cx="{width - 110}" cy="13" r="3.5" fill="{PLACE_COLOUR}"/>'
              f'<text x="{width - 102}" y="16" direction="ltr">listed coordinates</text>'
              f'<circle cx="{width - 110}" cy="26" r="3.5" fill="none" stroke="{APPROXIMATE_COLOUR}" stroke-width="2"/>'
              f'<text x="{width - 102}" y="29" direction="ltr">approximate</text></g>')
    border = f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="none" stroke="#888"/>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="places" direction="ltr" overflow="hidden">'
            f'{_base_map(frame)}{"".join(marks)}{legend}{border}</svg>')


def _unmapped(places: list[dict[str, Any]]) -> str:
    missing = [place for place in places if place.get("lat") is None]
    if not missing:
        return ""
    items = "".join(f"<li>{escape(place['name'])}: {escape(place.get('coordinates_note') or '')}</li>" for place in missing)
    return f'<p>ليست على الخريطة:</p><ul class="unmapped">{items}</ul>'


def _record_section(record: dict[str, Any], text: str) -> str:
    title = record.get("source") or record["id"]
    if record["status"] != "ok":
        return (f"<h2><bdi>{escape(title)}</bdi></h2><p class='error'>{escape(record['error']['type'])}: "
                f"{escape(record['error']['message'])}</p>")
    tables = "".join(FIELD_TABLES.get(row.name, _generic_table)(record.get(row.name, []))
                     for row in TABLE if row.document_field)
    warnings = "".join(f"<li>{escape(warning)}</li>" for warning in record.get("warnings", []))
    return (f"<h2><bdi>{escape(title)}</bdi></h2>" + (f"<ul>{warnings}</ul>" if warnings else "")
            + f'<div class="article"><div class="text">{highlight(text, record)}</div>'
            f'<div class="tables">{tables}</div></div>')


def _counts_table(items: list[dict[str, Any]]) -> str:
    return _table(["النص", "القيمة", "المحدد", "الوحدة"],
                  ([item["text"], item["value"], item["qualifier"], item["unit"]] for item in items))


def _places_table(items: list[dict[str, Any]]) -> str:
    return _table(["المكان", "بالإنجليزية", "النوع", "الدولة", "خط العرض", "خط الطول", "الإحداثيات", "الإشارات"],
                  ([item["name"], item["name_en"], item["kind"], item["country"], item["lat"], item["lon"],
                    item.get("coordinates") or item.get("coordinates_note"), len(item["mentions"])]
                   for item in items)) + place_map(items) + _unmapped(items)


def _actors_table(items: list[dict[str, Any]]) -> str:
    return _table(["الفاعل", "النوع", "الإشارات"],
                  ([item["name"], item["kind"], " | ".join(m["text"] for m in item["mentions"])] for item in items))


def _agents_table(items: list[dict[str, Any]]) -> str:
    return _table(["العامل", "بالإنجليزية", "الفئة", "CAS"],
                  ([item["name"], item["name_en"], item["class"], item["cas"]] for item in items))


def _quotes_table(items: list[dict[str, Any]]) -> str:
    return _table(["المتحدث", "الجهة", "مباشر", "النص"],
                  ([(item["speaker"] or {}).get("text"), item["speaker_actor"], "نعم" if item["direct"] else "لا",
                    item["text"]] for item in items))


def _dates_table(items: list[dict[str, Any]]) -> str:
    return _table(["التعبير", "القيمة", "النوع"], ([item["text"], item["value"], item["kind"]] for item in items))


def _events_table(items: list[dict[str, Any]]) -> str:
    return _table(EVENT_HEADERS, (_event_row(event) for event in items))


def _generic_table(items: list[dict[str, Any]]) -> str:
    """A field without a table of its own here: one column per key, a span by its text, a list joined."""
    columns = list(dict.fromkeys(key for item in items for key in item))

    def cell(value: Any) -> Any:
        if isinstance(value, dict):
            return value.get("text", value.get("value"))
        if isinstance(value, list):
            return " | ".join(str(part.get("text", part)) if isinstance(part, dict) else str(part) for part in value)
        return value

    return _table(columns, ([cell(item.get(column)) for column in columns] for item in items))


EVENT_HEADERS = ["الحدث", "الفعل", "الفاعل", "الهدف", "المكان", "التاريخ", "العامل", "مرات", "قتلى", "جرحى", "الصيغة", "المصدر"]


def _amount(value: dict[str, Any] | None) -> Any:
    return None if not value else value.get("value")


def _event_row(event: dict[str, Any]) -> list[Any]:
    return [event["type"], event["trigger"]["text"], " | ".join(event["actors"]) or event.get("actor_text"),
            " | ".join(event["targets"]) or event.get("target_text"), " | ".join(event["places"]),
            (event.get("date") or {}).get("value"), " | ".join(event["agents"]), _amount(event.get("times")),
            _amount(event.get("killed")), _amount(event.get("injured")), event["modality"], event.get("source")]


# The report's table of each field, by name; a field without one gets _generic_table.
FIELD_TABLES: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "counts": _counts_table, "places": _places_table, "actors": _actors_table, "agents": _agents_table,
    "quotes": _quotes_table, "dates": _dates_table, "events": _events_table}


def timeline_section(records: list[dict[str, Any]]) -> str:
    """Every dated event of every record, oldest first, then the incidents they fuse into (RECORD.md §4.3)."""
    from extract.incidents import fuse_incidents

    dated = sorted(((event["date"]["value"], record.get("source") or record["id"], event)
                    for record in records if record.get("status") == "ok"
                    for event in record.get("events", []) if (event.get("date") or {}).get("value")),
                   key=lambda row: (row[0], row[1]))
    timeline = _table(["التاريخ", "المقال", *EVENT_HEADERS[:5]],
                      ([date, article, *_event_row(event)[:5]] for date, article, event in dated))
    incidents = _table(["الحادثة", "النوع", "الدولة", "التاريخ", "الأماكن", "الفاعلون", "العوامل", "المقالات", "المصادر",
                        "أول تقرير", "آخر تقرير", "قتلى (أدنى-أعلى)", "جرحى (أدنى-أعلى)"],
                       ([item["incident"], item["type"], item["country"], item["date"], " | ".join(item["places"]),
                         " | ".join(item["actors"]), " | ".join(item["agents"]), " | ".join(item["articles"]),
                         " | ".join(item["sources"]), item["first_reported"], item["last_reported"],
                         _span(item["killed_min"], item["killed_max"]), _span(item["injured_min"], item["injured_max"])]
                        for item in fuse_incidents(records)))
    if not timeline and not incidents:
        return ""
    return f"<h2>الخط الزمني</h2>{timeline}<h2>الحوادث</h2>{incidents}"


def _span(low: Any, high: Any) -> Any:
    return None if low is None else (low if low == high else f"{low}-{high}")


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span class="f-{field}">{escape(label)}</span>' for field, label in FIELD_LABELS.items()) + "</p>"


def records_page(items: Iterable[tuple[dict[str, Any], str]], title: str = "extract report") -> str:
    """One page for (record, document text) pairs."""
    items = list(items)
    sections = "".join(_record_section(record, text) for record, text in items)
    timeline = timeline_section([record for record, _ in items])
    return _page(title, f"<h1>{escape(title)}</h1>{_legend()}{sections}{timeline}")


def score_chart(fields: dict[str, dict[str, float]], width: int = 520) -> str:
    """Per-field precision, recall and F1 as an inline SVG bar chart."""
    bar_height, gap, label_width = 10, 8, 150
    colours = {"precision": "#4a90d9", "recall": "#4caf7a", "f1": "#f4b942"}
    rows = []
    y = 10
    for name, score in fields.items():
        rows.append(f'<text x="{label_width - 6}" y="{y + 18}" font-size="12" text-anchor="end">{escape(name)}</text>')
        for offset, metric in enumerate(("precision", "recall", "f1")):
            length = score[metric] * (width - label_width - 60)
            top = y + offset * bar_height
            rows.append(f'<rect x="{label_width}" y="{top}" width="{length:.1f}" height="{bar_height - 1}" '
                        f'fill="{colours[metric]}"/><text x="{label_width + length + 4:.1f}" y="{top + 9}" '
                        f'font-size="9">{score[metric]:.3f}</text>')
        y += 3 * bar_height + gap
    legend = "".join(f'<rect x="{label_width + i * 90}" y="{y + 4}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{label_width + i * 90 + 14}" y="{y + 13}" font-size="11">{metric}</text>'
                     for i, (metric, colour) in enumerate(colours.items()))
    height = y + 24
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" direction="ltr">'
            f'{"".join(rows)}{legend}</svg>')


def evaluation_page(report: dict[str, Any], title: str = "extract evaluation") -> str:
    """Scores as a bar chart, the score table, and every error colour-coded."""
    fields = report["fields"]
    table = _table(["field", "P", "R", "F1", "tp", "fp", "fn"],
                   ([name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["tp"], s["fp"], s["fn"]]
                    for name, s in fields.items()))
    errors = "".join(
        f'<tr class="{"fp" if error["kind"] == "false_positive" else "fn"}"><td><bdi>{escape(error["article"])}</bdi></td>'
        f'<td>{escape(error["field"])}</td><td>{escape(error["kind"])}</td><td>{escape(error["text"])}</td></tr>'
        for error in report["errors"])
    body = (f"<h1>{escape(title)}</h1><p>articles: {report['articles']} — macro F1: {report['macro_f1']:.3f}</p>"
            f'<div dir="ltr">{score_chart(fields)}</div>{table}'
            f"<h2>errors</h2><table><tr><th>article</th><th>field</th><th>kind</th><th>text</th></tr>{errors}</table>")
    return _page(title, body)


__all__ = ["MapFrame", "evaluation_page", "highlight", "place_labels", "place_map", "records_page", "score_chart"]
