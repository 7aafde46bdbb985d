"""Event arguments of a noun trigger (issue 16), from this stop's corpus chunks: the genitive of
استخدام/إطلاق/قصف that names a weapon or an agent is the thing used, never the actor (استخدام
الأسلحة الكيميائية had the weapons as perpetrator); after a definite word, ل + ال opens the object
(قصف الجيش للأحياء: the army, not "the army of the districts"), and so does an indefinite noun of
people (قصف الجيش مسلحين). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def first_event(nlp: Pipeline, text: str) -> dict:
    return nlp(text)["events"][0]


@pytest.mark.parametrize("text", [
    "ودانت فرنسا استخدام الأسلحة الكيميائية في سوريا.",
    "وندد المجلس باستخدام غاز السارين ضد المدنيين.",
])
def test_the_weapon_after_a_noun_trigger_is_no_actor(nlp: Pipeline, text: str) -> None:
    event = first_event(nlp, text)
    assert event["type"] == "chemical_attack"
    assert event["actor_text"] is None


def test_a_named_genitive_is_still_the_actor(nlp: Pipeline) -> None:
    event = first_event(nlp, "وأدان الوزير هجوم داعش على القرية.")
    assert event["actor_text"] == "داعش"


def test_lam_with_the_article_after_a_definite_genitive_opens_the_object(nlp: Pipeline) -> None:
    event = first_event(nlp, "وتواصل قصف الجيش للأحياء الشرقية.")
    assert event["actor_text"] == "الجيش"


def test_an_indefinite_noun_of_people_after_a_definite_genitive_is_the_object(nlp: Pipeline) -> None:
    event = first_event(nlp, "وقتل قصف الجيش مسلحين في الريف.")
    assert (event["actor_text"], event["target_text"]) == ("الجيش", "مسلحين")
