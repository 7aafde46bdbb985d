"""Events, an error class found by reading the records of unlabelled corpus articles (issue 16),
tested on sentences written for the test: an event noun after مثل and a demonstrative (مثل هذا
الهجوم، بمثل هذه الهجمات) names a kind of event, none told; an event compared with a told one
(هجوما مثل الهجوم على السفارة) and one pointed at (هذا الهجوم) stay."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def triggers(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(event["type"], event["trigger"]["text"]) for event in nlp(text)["events"]]


@pytest.mark.parametrize("text", [
    "وقال الخبير إن مثل هذا الهجوم سيجعل المنطقة أقل أمنا.",
    "وأكد الوزير أن الحكومة لن تسمح بمثل هذه الهجمات مرة أخرى.",
])
def test_an_event_noun_after_such_is_no_event(nlp: Pipeline, text: str) -> None:
    assert triggers(nlp, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("ونفذ المسلحون هجوما مثل الهجوم على السفارة العام الماضي.", "هجوما"),
    ("وأدان الوزير هذا الهجوم على المدنيين في المدينة.", "الهجوم"),
])
def test_an_event_told_or_pointed_at_stays(nlp: Pipeline, text: str, trigger: str) -> None:
    assert ("attack", trigger) in triggers(nlp, text)
