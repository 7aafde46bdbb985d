"""Sports clubs (issue 11): a definite common noun after a city or club name does not continue the name,
it is the verb's object or a time (words.definite_noun), so the city is read as the team where a team
cue says so. Sentences written for the test."""

from __future__ import annotations

import pytest

from conftest import checked_record
from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _actor_mentions(record: dict) -> dict[str, list[str]]:
    return {actor["name"]: [mention["text"] for mention in actor["mentions"]] for actor in record["actors"]}


def test_a_city_after_a_team_noun_before_the_object_is_the_club(nlp: Pipeline) -> None:
    text = ("فاز باريس سان جرمان على ليون بثلاثة أهداف في مباراة الجولة العاشرة من الدوري. "
            "وسجل لاعب باريس الهدف الأول في الدقيقة العاشرة. وتقام المباراة المقبلة في باريس.")
    record = checked_record(nlp, text, None)
    assert _actor_mentions(record)["باريس سان جرمان"] == ["باريس سان جرمان", "باريس"]
    assert [[m["text"] for m in place["mentions"]] for place in record["places"]] == [["باريس"]]  # في باريس: the city


def test_an_adjective_still_continues_the_name(nlp: Pipeline) -> None:
    record = checked_record(nlp, "وقدم الهلال الأحمر مساعدات عاجلة للنازحين في المدينة.", None)
    assert "الهلال الأحمر" in _actor_mentions(record)
