"""Speakers (issue 12), a class read off stop 19's corpus chunks: a speaker phrase that found its
person by apposition (أكد الرئيس الروسي، فلاديمير بوتين، أن ...) is that person when the same phrase
speaks again later without the name. Sentences written for the test."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_a_phrase_said_again_is_the_person_it_named(nlp: Pipeline) -> None:
    text = ("أكد العاهل المغربي، محمد السادس، أن الإصلاحات ستستمر. وفي ملف التعليم لفت العاهل المغربي، "
            "إلى أن المدارس تحتاج إلى دعم أكبر.")
    speakers = [(quote["speaker"]["text"], quote["speaker_actor"]) for quote in quotes_of(nlp, text)]
    assert speakers == [("العاهل المغربي", "محمد السادس"), ("العاهل المغربي", "محمد السادس")]


def test_a_body_said_again_stays_a_body(nlp: Pipeline) -> None:
    text = "وقالت وزارة الصحة إن الإصابات تراجعت. وأضافت وزارة الصحة أن اللقاحات متوفرة."
    actors = {quote["speaker_actor"] for quote in quotes_of(nlp, text)}
    assert actors == {"وزارة الصحة"}
