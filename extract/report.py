"""Self-contained HTML pages: records with their spans highlighted, and evaluation scores.

Article text is hostile input: every piece of it goes through `html.escape`, the page carries no
script of its own, and a Content-Security-Policy forbids scripts and outside requests, so text
like <script> or <img onerror> shows as text and never runs.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
FIELD_COLOURS = {"counts": "#f4b942", "places": "#4caf7a", "actors": "#4a90d9", "agents": "#d9534f",
                 "quotes": "#b08fd8", "speakers": "#7a5cc0", "events": "#333333"}
FIELD_LABELS = {"counts": "أعداد", "places": "أماكن", "actors": "فاعلون", "agents": "عوامل كيميائية",
                "quotes": "اقتباسات", "speakers": "المتحدثون", "events": "أحداث"}

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
.f-quotes { background: rgba(176, 143, 216, 0.25); }
.f-speakers { border-bottom: 3px double #7a5cc0; }
.f-counts { background: rgba(244, 185, 66, 0.55); }
.f-places { border-bottom: 3px solid #4caf7a; }
.f-actors { border-bottom: 3px solid #4a90d9; }
.f-agents { background: rgba(217, 83, 79, 0.35); }
.f-events { outline: 2px solid #333; }
.fp { color: #a00; } .fn { color: #a60; }
svg text { font-family: sans-serif; }
"""


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _field_spans(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans = [(item["start"], item["end"], "counts") for item in record.get("counts", [])]
    for name in ("places", "actors", "agents"):
        spans += [(mention["start"], mention["end"], name) for item in record.get(name, []) for mention in item["mentions"]]
    for quote in record.get("quotes", []):
        spans.append((quote["start"], quote["end"], "quotes"))
        if quote.get("speaker"):
            spans.append((quote["speaker"]["start"], quote["speaker"]["end"], "speakers"))
    for event in record.get("events", []):
        spans += [(mention["start"], mention["end"], "events") for mention in event.get("mentions") or [event["trigger"]]]
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


def place_map(places: list[dict[str, Any]], width: int = 320, height: int = 200) -> str:
    """An inline SVG scatter of the places with coordinates, labelled, with no map tiles."""
    located = [place for place in places if place.get("lat") is not None and place.get("lon") is not None]
    if not located:
        return ""
    lats, lons = [place["lat"] for place in located], [place["lon"] for place in located]
    lat_span, lon_span = max(max(lats) - min(lats), 1.0), max(max(lons) - min(lons), 1.0)
    margin = 30
    points = []
    for place in located:
        x = margin + (place["lon"] - min(lons)) / lon_span * (width - 2 * margin)
        y = height - margin - (place["lat"] - min(lats)) / lat_span * (height - 2 * margin)
        points.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#4caf7a"/>'
                      f'<text x="{x + 6:.1f}" y="{y + 4:.1f}" font-size="11" direction="rtl">{escape(place["name"])}</text>')
    frame = f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff" stroke="#ccc"/>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
            f'aria-label="places">{frame}{"".join(points)}</svg>')


def _record_section(record: dict[str, Any], text: str) -> str:
    title = record.get("source") or record["id"]
    if record["status"] != "ok":
        return (f"<h2><bdi>{escape(title)}</bdi></h2><p class='error'>{escape(record['error']['type'])}: "
                f"{escape(record['error']['message'])}</p>")
    tables = "".join([
        _table(["النص", "القيمة", "المحدد", "الوحدة"],
               ([item["text"], item["value"], item["qualifier"], item["unit"]] for item in record["counts"])),
        _table(["المكان", "بالإنجليزية", "النوع", "الدولة", "خط العرض", "خط الطول", "الإشارات"],
               ([item["name"], item["name_en"], item["kind"], item["country"], item["lat"], item["lon"],
                 len(item["mentions"])] for item in record["places"])),
        place_map(record["places"]),
        _table(["الفاعل", "النوع", "الإشارات"],
               ([item["name"], item["kind"], " | ".join(m["text"] for m in item["mentions"])] for item in record["actors"])),
        _table(["العامل", "بالإنجليزية", "الفئة", "CAS"],
               ([item["name"], item["name_en"], item["class"], item["cas"]] for item in record["agents"])),
        _table(["المتحدث", "الجهة", "مباشر", "النص"],
               ([(item["speaker"] or {}).get("text"), item["speaker_actor"], "نعم" if item["direct"] else "لا",
                 item["text"]] for item in record["quotes"])),
        _table(["التعبير", "القيمة", "النوع"],
               ([item["text"], item["value"], item["kind"]] for item in record.get("dates", []))),
        _table(EVENT_HEADERS, (_event_row(event) for event in record.get("events", []))),
    ])
    warnings = "".join(f"<li>{escape(warning)}</li>" for warning in record.get("warnings", []))
    return (f"<h2><bdi>{escape(title)}</bdi></h2>" + (f"<ul>{warnings}</ul>" if warnings else "")
            + f'<div class="article"><div class="text">{highlight(text, record)}</div>'
            f'<div class="tables">{tables}</div></div>')


EVENT_HEADERS = ["الحدث", "الفعل", "الفاعل", "الهدف", "المكان", "التاريخ", "العامل", "مرات", "قتلى", "جرحى", "الصيغة", "المصدر"]


def _amount(value: dict[str, Any] | None) -> Any:
    return None if not value else value.get("value")


def _event_row(event: dict[str, Any]) -> list[Any]:
    return [event["type"], event["trigger"]["text"], " | ".join(event["actors"]) or event.get("actor_text"),
            " | ".join(event["targets"]) or event.get("target_text"), " | ".join(event["places"]),
            (event.get("date") or {}).get("value"), " | ".join(event["agents"]), _amount(event.get("times")),
            _amount(event.get("killed")), _amount(event.get("injured")), event["modality"], event.get("source")]


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


__all__ = ["evaluation_page", "highlight", "place_map", "records_page", "score_chart"]
