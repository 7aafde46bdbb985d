"""The field table (extract/fields.py) drives the record, the tables, the scores and the report, and
the pipeline's typed items (extract/items.py) turn into exactly the record's dicts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from extract import read_text, to_frames, to_record
from extract.evaluate import SCORERS, Report, format_table, score_record
from extract.fields import (BY_NAME, DOCUMENT_FIELDS, HIGHLIGHTS, MACRO_FIELDS, RECORD_FIELDS, REPORT_FIELDS, TABLE,
                            TABLE_FIELDS)
from extract.items import Actor, Agent, Count, EventDate, EventItem, Mention, Quote, item_dict
from extract.lexicons import data_path
from extract.registry import registered_components
from extract.report import FIELD_LABELS, STYLE, records_page
from extract.windows import shifted
from extract.write import TableWriter

# Written for these tests: an indirect and a direct quote by one speaker, a date, a fraction, an
# agent, a place and a shelling with its toll.
TEXT = ('وقال الجيش العراقي في بيان يوم 3 آذار 2019 إن ثلث الهجمات بغاز الكلور وقعت في الموصل، '
        'وأضاف: "قتل 12 مدنيا في قصف على المدينة أمس".')


@pytest.fixture(scope="module")
def processed(nlp):
    doc = read_text(TEXT, doc_id="table")
    doc.meta["published"] = "2019-03-05"
    return nlp.process(doc)


CONTRACT_FIELDS = ("counts", "places", "actors", "agents", "quotes", "dates", "events", "entities")


def _in_order(wanted: tuple[str, ...], names: tuple[str, ...]) -> bool:
    remaining = iter(names)
    return all(name in remaining for name in wanted)


def test_the_table_holds_the_record_fields_of_the_contract_in_record_order():
    # RECORD.md: these keys in this order (fields may be added, none renamed or dropped), and the
    # macro F1 is the mean of exactly these five scores.
    assert _in_order(CONTRACT_FIELDS, RECORD_FIELDS) and RECORD_FIELDS[-1] == "entities"
    assert "entities" not in DOCUMENT_FIELDS  # the NER layer's spans live in Document.entities
    assert set(DOCUMENT_FIELDS) == set(RECORD_FIELDS) - {"entities"}
    assert _in_order(("counts", "places", "actors", "agents", "quotes", "quotes_with_speaker"), REPORT_FIELDS)
    assert MACRO_FIELDS == ("counts", "places", "actors", "agents", "quotes_with_speaker")
    assert _in_order(("articles", "counts", "places", "actors", "agents", "quotes", "entities"), TABLE_FIELDS)


def test_every_row_has_a_registered_extractor_in_the_default_pipeline_and_a_known_scorer():
    registered = set(registered_components())
    configured = [entry["name"] for entry in json.loads(data_path("default_pipeline.json").read_text())["components"]]
    for row in TABLE:
        assert row.extractor in registered, row.name
        assert row.extractor in configured, row.name
        assert row.scorer is None or row.scorer in SCORERS, row.name
        assert (row.spans is None) == (not row.highlights), row.name


def test_the_record_keys_and_the_tables_follow_the_table(processed):
    record = to_record(processed)
    assert [key for key in record if key in BY_NAME] == list(RECORD_FIELDS)
    frames = to_frames([record])
    for name in RECORD_FIELDS:
        assert name in frames and f"n_{name}" in frames["articles"]
        assert len(frames["articles"][f"n_{name}"]) == 1 and frames["articles"][f"n_{name}"][0] == len(record[name])
    assert set(frames["items"]["field"]) == {name for name in RECORD_FIELDS if record[name]}


def test_the_table_writer_writes_one_table_per_table_row(processed, tmp_path):
    writer = TableWriter(tmp_path / "out.csv")
    writer.write(to_record(processed))
    writer.close()
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(["out.csv", *(f"out.{name}.csv" for name in TABLE_FIELDS)])


def test_every_extractor_fills_its_field_with_items_of_its_row_type(processed):
    for name in DOCUMENT_FIELDS:
        assert processed.fields[name], name  # the sentence has something of every field
        assert all(isinstance(item, BY_NAME[name].item) for item in processed.fields[name]), name
    assert all(isinstance(span, BY_NAME["entities"].item) for span in processed.entities)


def test_to_record_of_typed_items_equals_the_record_of_their_dict_form(processed):
    record = to_record(processed)
    as_dicts = replace(processed, fields={name: [item_dict(item) for item in items]
                                          for name, items in processed.fields.items()})
    assert json.dumps(to_record(as_dicts), ensure_ascii=False) == json.dumps(record, ensure_ascii=False)
    count = next(item for item in record["counts"] if item["text"] == "ثلث الهجمات")
    assert list(count) == ["text", "start", "end", "value", "qualifier", "unit", "fraction"]
    assert count["fraction"] == "1/3" and "fraction" not in next(item for item in record["counts"] if item["value"] == 12)
    assert record["agents"][0]["class"] == "choking" and "agent_class" not in record["agents"][0]
    yesterday = next(item for item in record["dates"] if item["text"] == "أمس")
    assert yesterday == {"text": "أمس", "start": TEXT.index("أمس"), "end": TEXT.index("أمس") + 3,
                         "value": "2019-03-04", "kind": "relative", "anchor": "published"}
    assert "calendar" not in yesterday
    direct = next(quote for quote in record["quotes"] if quote["direct"])
    assert list(direct) == ["text", "start", "end", "direct", "cue", "speaker", "speaker_actor", "via"]
    assert direct["cue"] == {"text": "وأضاف", "start": TEXT.index("وأضاف"), "end": TEXT.index("وأضاف") + 5}


def test_later_components_read_earlier_fields_as_attributes(processed):
    quote = next(quote for quote in processed.fields["quotes"] if quote.direct)
    assert isinstance(quote, Quote) and quote.speaker.text == "الجيش العراقي"
    actor = processed.fields["actors"][0]
    assert isinstance(actor, Actor) and quote.speaker_actor == actor.name
    event = next(event for event in processed.fields["events"] if event.trigger.text == "قصف")
    assert isinstance(event, EventItem) and isinstance(event.date, EventDate)
    assert event.date.value in {date.value for date in processed.fields["dates"]}
    assert event.source == actor.name  # the event sits inside the army's quote


def test_item_dicts_leave_out_the_optional_keys_only_when_they_do_not_apply():
    count = Count("ثلاثة قتلى", 0, 10, 3, "about", "قتيل")
    assert "fraction" not in count.as_dict()
    agent = Agent("السارين", "sarin", "nerve", "107-44-8", [Mention("السارين", 4, 11)])
    assert agent.as_dict() == {"name": "السارين", "name_en": "sarin", "class": "nerve", "cas": "107-44-8",
                               "mentions": [{"text": "السارين", "start": 4, "end": 11}]}


def test_a_window_moves_every_span_of_a_typed_item(processed):
    quote = processed.fields["quotes"][0]
    moved = shifted(quote, 1000)
    assert (moved.start, moved.end) == (quote.start + 1000, quote.end + 1000)
    assert (moved.cue.start, moved.speaker.end) == (quote.cue.start + 1000, quote.speaker.end + 1000)
    assert moved.cue.text == quote.cue.text and quote.start < 1000  # the original is left as it was
    place = shifted(processed.fields["places"][0], 7)
    assert place.mentions[0].start == processed.fields["places"][0].mentions[0].start + 7


def test_the_scores_follow_the_table(processed):
    record = to_record(processed)
    gold = {"id": "table", "counts": [{"value": 12, "text": "12 مدنيا"}],
            "places": [{"name": "الموصل", "aliases": ["الموصل"]}], "actors": [], "agents": [], "quotes": [],
            "dates": [{"text": "يوم 3 آذار 2019", "value": "2019-03-03"}]}
    report = Report()
    score_record(record, gold, report)
    assert list(report.scores) == list(REPORT_FIELDS)
    assert report.scores["places"].true_positives == 1 and report.dates.true_positives == 1
    assert report.events is None  # the gold has no events: not scored on them
    table = format_table(report)
    assert all(name in table for name in (*REPORT_FIELDS, "dates")) and "events" not in table.split("macro F1")[1]
    assert list(report.as_dict())[:4] == ["articles", "macro_f1", "fields", "dates"]


def test_the_report_draws_every_highlight_of_the_table(processed):
    record = to_record(processed)
    page = records_page([(record, TEXT)])
    text = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    for highlight in HIGHLIGHTS:
        assert highlight.rule in STYLE and f"f-{highlight.name}" in text, highlight.name
        assert f'<span class="f-{highlight.name}">{FIELD_LABELS[highlight.name]}</span>' in page  # the legend
    assert STYLE.index(".f-quotes") < STYLE.index(".f-counts")  # quotes are drawn under the other marks
