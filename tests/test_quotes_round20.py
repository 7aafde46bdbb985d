"""Speakers and cues (issue 12), classes read off stop 20's corpus chunks: a person's name with a word
that starts with ل (لافروف) stays whole; جدد/كرر/أعاد + التأكيد/القول open a report; the accusative
masdar ردا على ("in reply to") between the verb and إن is an aside, not a second cue. Sentences
written for the test."""

from __future__ import annotations

import pytest

from conftest import quote_speakers, quotes_of
from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_a_name_word_starting_with_lam_stays_in_the_speaker(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة.")
    assert quote["speaker"]["text"] == "وزير الخارجية الروسي سيرغي لافروف"
    assert quote["speaker_actor"] == "سيرغي لافروف"


@pytest.mark.parametrize("text, speaker, said", [
    ("وجدد الرئيس القول إن بلاده لن تتراجع عن موقفها.", "الرئيس", "بلاده لن تتراجع عن موقفها"),
    ("وكرر المتحدث باسم الحكومة التأكيد على أن الانتخابات ستجري في موعدها.", "المتحدث باسم الحكومة",
     "الانتخابات ستجري في موعدها"),
    ("وأعاد الوزير التأكيد أن الاتفاق ما زال قائما.", "الوزير", "الاتفاق ما زال قائما"),
])
def test_renewing_a_statement_reports_it(nlp: Pipeline, text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


@pytest.mark.parametrize("text", [
    "وأعاد الجيش تموضعه في المنطقة الشرقية.",
    "وكرر الفريق فوزه على منافسه في المباراة الثانية.",
])
def test_repeating_something_else_is_no_quote(nlp: Pipeline, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize("text, speaker, said", [
    ("وقال الوزير، ردا على سؤال حول الأسعار، إن الحكومة ستدعم المزارعين.", "الوزير",
     "الحكومة ستدعم المزارعين"),
    ("وقالت المديرة، ردا على الانتقادات، إن المستشفى يعمل بكامل طاقته.", "المديرة",
     "المستشفى يعمل بكامل طاقته"),
])
def test_in_reply_to_is_an_aside_of_the_report(nlp: Pipeline, text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


def test_in_reply_opening_a_sentence_reports_nothing(nlp: Pipeline) -> None:
    assert quote_speakers(quotes_of(nlp, "وردا على ذلك، أعلنت الوزارة إغلاق المعبر.")) == []
