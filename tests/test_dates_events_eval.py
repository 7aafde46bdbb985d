"""dates (the component over extract.timex), event scoring (RECORD.md §4.1/4.2), incidents (§4.3), CLI."""

from __future__ import annotations

import json

import pytest

from extract.cli import main
from extract.evaluate import Report, score_record
from extract.evaluate_events import score_dates, score_events
from extract.incidents import dates_agree, fuse_incidents
from extract.read import read_file, read_text

from conftest import assert_offsets


def test_dates_resolve_against_the_publication_date(nlp):
    doc = read_text("قصفت الطائرات مدينة الرقة أمس، وكانت قد قصفتها في 3 كانون الثاني/يناير 2020.")
    doc.meta["published"] = "2021-06-10"
    record = nlp(doc)
    assert [(date["value"], date["kind"]) for date in record["dates"]] == [("2021-06-09", "relative"), ("2020-01-03", "date")]
    assert record["dates"][0]["anchor"] == "published" and record["published"] == "2021-06-10"
    assert_offsets(record, doc.text)


def test_without_a_publication_date_relative_dates_are_listed_with_null(nlp):
    record = nlp("قصفت الطائرات مدينة الرقة أمس.")
    assert [(date["text"], date["value"]) for date in record["dates"]] == [("أمس", None)]
    assert "published" not in record


def test_json_input_date_is_the_publication_date(tmp_path, nlp):
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"id": "a1", "date": "2019-03-26", "text": "قصفت الطائرات مدينة رفح فجر الثلاثاء."},
                               ensure_ascii=False), encoding="utf-8")
    record = nlp(next(read_file(path)))
    assert record["dates"][0]["value"] == "2019-03-26"
    assert record["events"][0]["date"] == {"value": "2019-03-26", "kind": "relative"}


def test_cli_published_flag(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("اعتقلت الشرطة خمسة ناشطين في مدينة وهران أمس.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(article), "-o", str(out), "-q", "--published", "2021-06-10"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["schema"] == "extract.record/2"
    assert record["dates"][0]["value"] == "2021-06-09" and record["events"][0]["type"] == "arrest"
    assert main(["run", str(article), "-o", str(out), "-q", "--published", "yesterday"]) == 2


def test_dates_score_as_a_multiset_of_values_where_null_never_matches():
    predicted = [{"text": "أمس", "value": "2021-06-09"}, {"text": "اليوم", "value": None}, {"text": "أمس", "value": "2021-06-09"}]
    gold = [{"text": "أمس", "value": "2021-06-09"}, {"text": "اليوم", "value": None}]
    score, false_positives, missed = score_dates(predicted, gold)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 2, 1)


GOLD_EVENT = {"type": "airstrike", "trigger": ["غارة", "الغارة"], "actors": [["التحالف الدولي", "التحالف"]], "targets": [],
              "agents": [], "places": [["الرقة", "مدينة الرقة"]], "date": "2017-05-02", "times": None, "killed": 4,
              "injured": None, "modality": "asserted"}
RECORD = {"id": "x", "actors": [{"name": "التحالف", "mentions": [{"text": "طائرات التحالف", "start": 0, "end": 14}]}],
          "places": [{"name": "الرقة", "mentions": [{"text": "الرقة", "start": 20, "end": 25}]}]}


def predicted_event(**changes) -> dict:
    event = {"type": "airstrike", "trigger": {"text": "غارات", "start": 30, "end": 35}, "actors": ["التحالف"], "targets": [],
             "agents": [], "places": ["الرقة"], "date": {"value": "2017-05-02", "kind": "date"}, "times": None,
             "killed": {"value": 4, "qualifier": None}, "injured": None, "modality": "asserted", "source": None,
             "mentions": [{"text": "الغارة", "start": 60, "end": 66}]}
    event.update(changes)
    return event


def test_event_matches_by_type_and_trigger_and_scores_every_slot():
    score, false_positives, missed = score_events([predicted_event()], [GOLD_EVENT], RECORD)
    assert score.events.true_positives == 1 and not false_positives and not missed
    assert score.argument_accuracy == 1.0 and score.score == 1.0


def test_event_falls_back_to_places_and_counts_wrong_slots():
    event = predicted_event(trigger={"text": "ضربة", "start": 0, "end": 4}, mentions=[], killed={"value": 5, "qualifier": None},
                            modality="alleged", actors=[])
    score, _, _ = score_events([event], [GOLD_EVENT], RECORD)
    assert score.events.true_positives == 1
    assert score.slot_accuracy("killed") == 0 and score.slot_accuracy("modality") == 0 and score.slot_accuracy("actors") == 0
    assert score.slot_accuracy("places") == 1 and score.slot_accuracy("targets") == 1  # both empty
    assert score.argument_accuracy == pytest.approx(6 / 9)


def test_event_of_another_type_or_elsewhere_does_not_match():
    score, false_positives, missed = score_events([predicted_event(type="shelling")], [GOLD_EVENT], RECORD)
    assert score.events.false_positives == 1 and score.events.false_negatives == 1
    other_place = predicted_event(trigger={"text": "ضربة", "start": 0, "end": 4}, mentions=[], places=["حلب"])
    assert score_events([other_place], [GOLD_EVENT], RECORD)[0].events.true_positives == 0


def test_gold_without_dates_or_events_is_not_scored_on_them():
    report = Report()
    score_record({"id": "x", "dates": [{"value": "2020"}], "events": [predicted_event()]}, {"id": "x"}, report)
    assert report.dates is None and report.events is None
    score_record({"id": "x", "dates": [{"value": "2020"}], "events": [predicted_event()]},
                 {"id": "x", "dates": [{"value": "2020"}], "events": [GOLD_EVENT]}, report)
    assert report.dates.f1 == 1.0 and report.events.events.f1 == 1.0
    assert {"dates", "events"} <= set(report.as_dict())


def record_with(article: str, published: str, **event) -> dict:
    places = [{"name": name, "country": "SY", "kind": "city"} for name in event.get("places", [])]
    base = {"type": "airstrike", "trigger": {"text": "غارة", "start": 0, "end": 4}, "actors": [], "targets": [], "agents": [],
            "places": [], "date": None, "times": None, "killed": None, "injured": None, "modality": "asserted", "source": None}
    base.update(event)
    return {"id": article, "status": "ok", "published": published, "places": places, "events": [base]}


def test_reports_of_one_strike_fuse_with_their_casualty_range():
    records = [record_with("b", "2017-04-05", places=["خان شيخون"], type="chemical_attack", date={"value": "2017-04-04"},
                           killed={"value": 58}, source="الدفاع المدني السوري", agents=["السارين"]),
               record_with("a", "2017-04-04", places=["خان شيخون", "إدلب"], type="chemical_attack", date={"value": "2017-04"},
                           killed={"value": 83}, agents=["السارين"], actors=["الحكومة السورية"]),
               record_with("c", "2017-04-06", places=["خان شيخون"], type="chemical_attack", date={"value": "2017-04-04"}, agents=["الكلور"])]
    incidents = fuse_incidents(records)
    assert len(incidents) == 2  # chlorine is not sarin: an incident of its own
    fused = next(item for item in incidents if len(item["articles"]) == 2)
    assert fused["articles"] == ["a", "b"] and fused["country"] == "SY"
    assert (fused["killed_min"], fused["killed_max"]) == (58, 83)
    assert (fused["first_reported"], fused["last_reported"]) == ("2017-04-04", "2017-04-05")
    assert fused["sources"] == ["الدفاع المدني السوري"] and fused["date"] == "2017-04-04"


def test_no_fusion_across_types_places_or_disagreeing_dates():
    records = [record_with("a", "2020-01-01", places=["الرقة"], date={"value": "2020-01-01"}),
               record_with("b", "2020-01-02", places=["الرقة"], type="shelling", date={"value": "2020-01-01"}),
               record_with("c", "2020-01-02", places=["حلب"], date={"value": "2020-01-01"}),
               record_with("d", "2020-01-09", places=["الرقة"], date={"value": "2020-01-08"}),
               record_with("e", "2020-01-09")]
    assert len(fuse_incidents(records)) == 5


def test_fusion_is_deterministic_whatever_the_input_order():
    records = [record_with(name, "2020-01-0" + str(index + 1), places=["الرقة"], date={"value": "2020-01-01"})
               for index, name in enumerate("abcd")]
    assert fuse_incidents(records) == fuse_incidents(list(reversed(records)))


def test_dates_agree_by_precision():
    assert dates_agree("2017", "2017-04-04") and dates_agree("2017-04", "2017-04-04") and dates_agree(None, "2017")
    assert not dates_agree("2017-04-05", "2017-04-04") and not dates_agree("2017-1", "2017-11")


def test_cli_incidents(tmp_path):
    records = tmp_path / "records.jsonl"
    rows = [record_with("a", "2020-01-01", places=["الرقة"]), record_with("b", "2020-01-02", places=["الرقة"])]
    records.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    for suffix in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"incidents.{suffix}"
        assert main(["incidents", str(records), "-o", str(out)]) == 0 and out.stat().st_size > 0
    lines = (tmp_path / "incidents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["articles"] == ["a", "b"]
    assert main(["incidents", str(tmp_path / "missing.jsonl")]) == 2


def test_show_page_lists_events_a_timeline_and_incidents(nlp):
    from extract.report import records_page

    texts = ["قصفت الطائرات مدينة الرقة يوم 3 كانون الثاني/يناير 2020، وقتل 4 مدنيين.",
             "قتل 6 مدنيين في غارة على مدينة الرقة يوم 3 يناير 2020، بحسب المرصد السوري لحقوق الإنسان."]
    items = []
    for index, text in enumerate(texts):
        record = nlp(read_text(text, doc_id=f"a{index}"))
        items.append((record, text))
    page = records_page(items)
    assert "الخط الزمني" in page and "INC-00001" in page and "INC-00002" not in page
    assert "4-6" in page and 'class="f-events"' in page
