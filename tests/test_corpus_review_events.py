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


# Stop 18: who did it, after an event noun. A noun with the article or an indefinite noun before an
# indefinite word takes no genitive: what follows is an adjective or a verb, not the actor.

def actor_texts(nlp: Pipeline, text: str) -> list[str | None]:
    return [event["actor_text"] for event in nlp(text)["events"]]


@pytest.mark.parametrize("text", [
    "وأدانت الحكومة بشدة الهجوم الدامي على السوق.",
    "واندلعت اشتباكات عنيفة قرب الحدود مساء أمس.",
    "وأصيب خمسة أشخاص في هجوم مسلح على نقطة تفتيش.",
    "وقتل عشرة أشخاص في اعتداءات استهدفت ثلاث كنائس.",
])
def test_an_adjective_or_a_verb_after_an_event_noun_is_no_actor(nlp: Pipeline, text: str) -> None:
    assert set(actor_texts(nlp, text)) == {None}


@pytest.mark.parametrize("text, actor", [
    ("وتواصل الغارات الروسية على ريف المدينة.", "الروسية"),
    ("واستمر قصف الجيش للأحياء الشرقية طوال الليل.", "الجيش"),
])
def test_a_genitive_or_a_nationality_after_an_event_noun_says_who(nlp: Pipeline, text: str, actor: str) -> None:
    events = nlp(text)["events"]
    assert any(actor in (event["actor_text"] or "") or actor in " ".join(event["actors"]) for event in events)


def participants(nlp: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(event["type"], event["actor_text"], event["target_text"]) for event in nlp(text)["events"]]


def test_an_adverb_before_the_object_is_not_part_of_it(nlp: Pipeline) -> None:
    found = participants(nlp, "وذكر المرصد أن المسلحين قتلوا أيضا راعيا في الجبل.")
    assert found == [("killing", "المسلحين", "راعيا")]


def test_the_subject_before_the_verb_is_the_actor_when_a_count_is_the_object(nlp: Pipeline) -> None:
    found = participants(nlp, "وقالت مصادر محلية إن الشرطة اعتقلت أيضا ثلاثة طلاب أمام الجامعة.")
    assert found == [("arrest", "الشرطة", "ثلاثة طلاب")]
