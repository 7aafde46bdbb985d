"""The record's fields, one row each: what fills it, what its items are, where it is written,
how it is scored and how the report draws it.

record.py (record keys), write.py and record.to_frames (tables), evaluate.py (scores, macro F1),
report.py (colours, labels, highlighted spans, CSS), document.py (`Document.fields`), cli.py and the
tests all read this table. A new field is one extractor module under extract/extractors/ (it
registers its component), one row here and one line in extract/data/default_pipeline.json.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.document import Span
from extract.items import Actor, Agent, Count, Date, EventItem, Place, Quote


@dataclass(frozen=True)
class Highlight:
    """How the HTML report marks a field's spans: the class `f-NAME`, its legend label and colour,
    and its CSS. `under` rules come first in the style sheet, so the others draw over them."""

    name: str
    label: str
    colour: str
    css: str
    under: bool = False

    @property
    def rule(self) -> str:
        return f".f-{self.name} {{ {self.css} }}"


@dataclass(frozen=True)
class Field:
    """One field of the record.

    name: the record key (and `Document.fields` key).
    item: the dataclass its items are (extract.items; a Span for the NER layer `entities`).
    extractor: the registered component that fills it.
    document_field: False for `entities`, which the NER layer keeps in `Document.entities`.
    table: whether `extract run -o OUT.csv` writes it as a table of its own (OUT.NAME.csv).
    scorer: the name of its scorer in evaluate.SCORERS, or None when it is not scored.
    scores: the score lines the scorer fills (quotes also fills the derived quotes_with_speaker).
    reported: scored on every article, in the main score table; False: scored only where a gold file
        has the field (RECORD.md §4), shown after the macro F1.
    macro_score, macro_weight: which of its scores counts in the macro F1, and how much.
    highlights: the report's marks for its spans (quotes has two: the quote and its speaker).
    spans: how the report reads those spans off a record item, a key of report.SPAN_READERS.
    """

    name: str
    item: type
    extractor: str
    document_field: bool = True
    table: bool = False
    scorer: str | None = None
    scores: tuple[str, ...] = ()
    reported: bool = False
    macro_score: str | None = None
    macro_weight: float = 0.0
    highlights: tuple[Highlight, ...] = ()
    spans: str | None = None


TABLE: tuple[Field, ...] = (
    Field("counts", Count, "counts", table=True, scorer="counts", scores=("counts",), reported=True,
          macro_score="counts", macro_weight=1.0, spans="item",
          highlights=(Highlight("counts", "أعداد", "#f4b942", "background: rgba(244, 185, 66, 0.55);"),)),
    Field("places", Place, "places", table=True, scorer="entities", scores=("places",), reported=True,
          macro_score="places", macro_weight=1.0, spans="mentions",
          highlights=(Highlight("places", "أماكن", "#4caf7a", "border-bottom: 3px solid #4caf7a;"),)),
    Field("actors", Actor, "actors", table=True, scorer="entities", scores=("actors",), reported=True,
          macro_score="actors", macro_weight=1.0, spans="mentions",
          highlights=(Highlight("actors", "فاعلون", "#4a90d9", "border-bottom: 3px solid #4a90d9;"),)),
    Field("agents", Agent, "agents", table=True, scorer="entities", scores=("agents",), reported=True,
          macro_score="agents", macro_weight=1.0, spans="mentions",
          highlights=(Highlight("agents", "عوامل كيميائية", "#d9534f", "background: rgba(217, 83, 79, 0.35);"),)),
    Field("quotes", Quote, "quotes", table=True, scorer="quotes", scores=("quotes", "quotes_with_speaker"),
          reported=True, macro_score="quotes_with_speaker", macro_weight=1.0, spans="quote",
          highlights=(Highlight("quotes", "اقتباسات", "#b08fd8", "background: rgba(176, 143, 216, 0.25);", under=True),
                      Highlight("speakers", "المتحدثون", "#7a5cc0", "border-bottom: 3px double #7a5cc0;", under=True))),
    Field("dates", Date, "dates", scorer="dates", scores=("dates",)),
    Field("events", EventItem, "events", scorer="events", scores=("events",), spans="event",
          highlights=(Highlight("events", "أحداث", "#333333", "outline: 2px solid #333;"),)),
    Field("entities", Span, "ner", document_field=False, table=True),
)

BY_NAME: dict[str, Field] = {row.name: row for row in TABLE}
RECORD_FIELDS: tuple[str, ...] = tuple(row.name for row in TABLE)  # in record key order
DOCUMENT_FIELDS: tuple[str, ...] = tuple(row.name for row in TABLE if row.document_field)
TABLE_FIELDS: tuple[str, ...] = ("articles", *(row.name for row in TABLE if row.table))
SCORED_FIELDS: tuple[Field, ...] = tuple(row for row in TABLE if row.scorer is not None)
REPORT_FIELDS: tuple[str, ...] = tuple(score for row in SCORED_FIELDS if row.reported for score in row.scores)
MACRO_WEIGHTS: dict[str, float] = {row.macro_score: row.macro_weight for row in SCORED_FIELDS
                                   if row.reported and row.macro_score is not None and row.macro_weight}
MACRO_FIELDS: tuple[str, ...] = tuple(MACRO_WEIGHTS)
ENTITY_FIELDS: tuple[str, ...] = tuple(row.name for row in TABLE if row.scorer == "entities")
HIGHLIGHTS: tuple[Highlight, ...] = tuple(highlight for row in TABLE for highlight in row.highlights)
