import json

import pytest
from hypothesis import given, settings, strategies as st

from extract import Component, Pipeline, PipelineError, to_frames
from extract.document import Document

from conftest import RECORD_KEYS, assert_offsets

DEFAULT_PIPELINE = Pipeline()


def test_seed_record_matches_the_contract(nlp, seed_text):
    record = nlp(seed_text, doc_id="seed")
    assert list(record)[:len(RECORD_KEYS)] == RECORD_KEYS
    assert record["schema"] == "extract.record/2"
    assert record["status"] == "ok" and record["error"] is None
    assert len(record["text_sha256"]) == 64
    assert assert_offsets(record, seed_text) > 50
    for word in ["سورياوالعراق", "الولاياتالمتحدة", "العراقوسوريا", "العراقيةوالأمريكية", "وماحولها"]:
        assert f"split glued word {word}" in record["warnings"]
    json.dumps(record, ensure_ascii=False)


def test_glued_place_is_found_inside_the_glued_word(nlp):
    text = "قصفت الطائرات مواقع في سورياوالعراق"
    record = nlp(text)
    names = {place["name"]: place for place in record["places"]}
    assert {"سوريا", "العراق"} <= set(names)
    assert names["سوريا"]["mentions"][0]["text"] == "سوريا"
    assert_offsets(record, text)


def test_empty_text_gives_error_record(nlp):
    record = nlp("   ")
    assert record["status"] == "error" and record["error"]["type"] == "empty"
    assert record["places"] == [] and record["entities"] == []


def test_components_can_be_removed_added_and_replaced():
    nlp = Pipeline()
    nlp.remove_pipe("events")  # events reads agents, so it goes first
    nlp.remove_pipe("agents")
    assert "agents" not in nlp.component_names
    assert nlp("استخدم غاز السارين")["agents"] == []
    nlp.add_pipe("agents", after="ner")
    assert nlp("استخدم غاز السارين")["agents"][0]["name"] == "السارين"

    def shout(doc: Document) -> Document:
        doc.warnings.append("custom ran")
        return doc

    nlp.replace_pipe("agents", Component("shout", shout, requires=("tokens",)))
    assert nlp("نص")["warnings"] == ["custom ran"]


def test_order_is_checked_at_build_time():
    with pytest.raises(PipelineError, match="tokenize.*requires normalized"):
        Pipeline(components=["tokenize", "normalize"])
    nlp = Pipeline()
    with pytest.raises(PipelineError):
        nlp.remove_pipe("tokenize")
    assert "tokenize" in nlp.component_names  # the failed removal was undone


def test_failing_component_costs_one_record_not_the_run():
    def broken(doc: Document) -> Document:
        raise RuntimeError("boom")

    nlp = Pipeline(components=["normalize", "tokenize", Component("broken", broken)])
    records = list(nlp.pipe(["نص أول", "نص ثان"]))
    assert [record["status"] for record in records] == ["error", "error"]
    assert "boom" in records[0]["error"]["message"]


def test_garbage_collection_pauses_only_while_the_first_document_loads():
    import gc

    seen = []

    def probe(doc: Document) -> Document:
        seen.append(gc.isenabled())
        if doc.text == "نص يفشل":
            raise RuntimeError("boom")
        return doc

    assert gc.isenabled()
    nlp = Pipeline(components=["normalize", "tokenize", Component("probe", probe)])
    assert gc.isenabled()
    records = [nlp("نص يفشل"), nlp("نص أول"), nlp("نص ثان")]
    assert [record["status"] for record in records] == ["error", "ok", "ok"]
    # a failed first document leaves the next one the first: paused while each loads, not later
    assert seen == [False, False, True] and gc.isenabled()


def test_pipe_with_jobs_matches_single_process(nlp):
    texts = [f"قتل {n} أشخاص في حلب وقال المرصد إن الطيران الروسي قصف إدلب" for n in range(12)]
    assert list(nlp.pipe(texts, jobs=2)) == list(nlp.pipe(texts, jobs=1))


def test_to_frames(nlp):
    records = [nlp("قصف في حلب ودمشق", doc_id="a"), nlp("", doc_id="b")]
    frames = to_frames(records)
    assert list(frames["articles"]["id"]) == ["a", "b"]
    assert list(frames["articles"]["status"]) == ["ok", "error"]
    assert set(frames["places"]["name"]) == {"حلب", "دمشق"}
    assert (frames["items"]["field"] == "places").sum() == 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ابتحدرسعفقلمنهوي ءأإآةى") + list("\u064e\u0640٣3\"«».،\n")
                                 + ["سوريا", "والعراق", " في ", "حلب", "غاز السارين", "الكولونيل جون", "قال"]),
                max_size=60).map("".join))
def test_every_span_points_into_the_original(text):
    record = DEFAULT_PIPELINE(text)
    assert_offsets(record, text)
    json.dumps(record, ensure_ascii=False)


MODEL_PIPELINE = Pipeline(ner="lexicon+model")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(list("ابتحدرسعفقلمنهوي ءأإآةى") + list("\u064e\u0640٣3\"«».،\n")
                                 + ["وقال", "دونالد ترامب", " في ", "بالموصل", "وزارة الصحة", "السورية", "عبد"]),
                max_size=60).map("".join))
def test_every_span_points_into_the_original_with_the_model(text):
    assert_offsets(MODEL_PIPELINE(text), text)


def _record_with_count(value: float | int) -> dict:
    """A record whose counts hold one value, as an extractor would leave it."""
    from extract import read_text
    from extract.record import to_record

    doc = read_text("قتل 12 شخصا في حلب")
    doc.fields["counts"] = [{"text": "12 شخصا", "start": 4, "end": 11, "value": value, "qualifier": None,
                             "unit": "شخص"}]
    return to_record(doc)


def test_a_number_too_large_for_a_float_is_dropped_with_a_warning_and_json_stays_valid(nlp):
    record = _record_with_count(float("inf"))
    assert record["counts"] == []
    assert any("too large" in warning for warning in record["warnings"])
    json.dumps(record, allow_nan=False)
    # A 400-digit run in a text is no count at all, and the record stays valid JSON.
    json.dumps(nlp("قتل " + "9" * 400 + " شخصا في حلب"), allow_nan=False)


def test_a_number_beyond_int64_fits_a_parquet_table(tmp_path):
    record = _record_with_count(10 ** 24)
    assert record["counts"][0]["value"] > 2 ** 63
    frames = to_frames([record])
    frames["counts"].to_parquet(tmp_path / "counts.parquet")
    assert frames["counts"]["value"].iloc[0] == pytest.approx(1e24)


def test_a_text_over_the_length_limit_is_an_error_record_that_says_how_to_raise_it():
    record = Pipeline(max_chars=9)("قصف في حلب")
    assert record["error"]["type"] == "too_large"
    assert "--max-chars" in record["error"]["message"] and "more than the limit of 9" in record["error"]["message"]
    assert Pipeline(max_chars=12)("قصف في حلب")["error"] is None
