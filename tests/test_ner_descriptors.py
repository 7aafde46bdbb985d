"""Persons the learned NER is sure of where the lexicon's word tests doubt them (issue 10): after a
word the corpus writes before names (the mined person descriptors: المحلل، المغنية، الحارس), and a
given name before a group's one-word name that is the person's family name (عبدالملك الحوثي).
Sentences written for the test."""

from __future__ import annotations

import pytest

from extract import Pipeline
from extract.lexicons import read_tsv
from extract.words import person_descriptors


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def persons(nlp: Pipeline, text: str) -> list[str]:
    return [actor["name"] for actor in nlp(text)["actors"] if actor["kind"] == "person"]


def test_descriptors_are_mined_words_not_place_or_body_heads() -> None:
    words = person_descriptors()
    assert {"المحلل", "المدرب", "الحارس", "المخرج", "الصحافي"} <= words
    # مستشفى الملك فهد، جائزة الشيخ زايد: a name after a place's or a body's head is not described
    assert not {"مستشفي", "بمستشفي", "جائزه", "شارع"} & words
    assert len(list(read_tsv("person_descriptors_mined_ar.tsv"))) == len(words)


def test_a_given_name_that_is_a_title_after_a_description_opens_the_name(nlp: Pipeline) -> None:
    assert persons(nlp, "أما المحلل السياسي أمين قمورية، فأوضح أن المعركة طويلة.") == ["أمين قمورية"]


def test_the_general_secretary_is_still_a_title(nlp: Pipeline) -> None:
    assert "أمين عوض" not in persons(nlp, "وقال الأمين العام أمين عوض إن الاجتماع سيعقد غدا.")


def test_a_descriptor_and_its_adjective_are_no_part_of_the_name(nlp: Pipeline) -> None:
    found = persons(nlp, "ترك الشاعر والفارس العربي دريد بن الصمة بيتا من الشعر.")
    assert found == ["دريد بن الصمة"]


@pytest.mark.parametrize("text", [
    "وقال عبدالملك الحوثي إن الحوثيين سيواصلون القتال.",
    "قال زعيم الحوثيين عبد الملك الحوثي في مقابلة مع صحيفة فرنسية إن الحرب ستطول.",
])
def test_a_given_name_before_a_group_name_is_a_person(nlp: Pipeline, text: str) -> None:
    record = nlp(text)
    assert any(actor["kind"] == "person" and actor["name"].endswith("الحوثي") for actor in record["actors"])
    assert any(actor["kind"] == "armed_group" for actor in record["actors"])


def test_the_group_alone_stays_the_group(nlp: Pipeline) -> None:
    record = nlp("وشن الحوثي هجوما على المدينة.")
    assert [actor["kind"] for actor in record["actors"]] == ["armed_group"]


def test_a_name_joined_to_a_list_of_persons_is_one_more_person(nlp: Pipeline) -> None:
    # شعبان is a month's name, which the word tests keep out of a new name; after a given name in a
    # list of persons it is the family's name
    found = persons(nlp, "وضمت القائمة طارق حامد ومحمد شعبان وخالد قمر.")
    assert found == ["طارق حامد", "محمد شعبان", "خالد قمر"]


def test_a_list_of_single_given_names_adds_no_person(nlp: Pipeline) -> None:
    found = persons(nlp, "حكم المملكة الملوك سعود وفيصل وخالد وفهد وعبد الله.")
    assert "فهد" not in found and "عبد الله" not in found


@pytest.mark.parametrize("text, name", [
    ("وعرف بانتقاداته للرئيس الروسي فلاديمر بوتين قبل مقتله.", "فلاديمر بوتين"),
    ("وكتب الشاعر الفرنسي لوتريامون قصائده في باريس.", "لوتريامون"),
])
def test_an_uncounted_name_keeps_a_first_letter_that_could_be_a_clitic(nlp: Pipeline, text: str, name: str) -> None:
    assert name in persons(nlp, text)


def test_a_family_name_that_is_a_places_name_joins_the_person(nlp: Pipeline) -> None:
    record = nlp("وقال الممثل كيرك دوغلاس إن السينما تغيرت.")
    assert [actor["name"] for actor in record["actors"]] == ["كيرك دوغلاس"] and record["places"] == []
    record = nlp("وزار الوزير أحمد دمشق أمس.")
    assert [place["name"] for place in record["places"]] == ["دمشق"]
