"""Places round 13 (issue 13, this stop's corpus chunks): a country named like its capital is the city
where the text says so (تونس العاصمة، ولاية تونس، تونس الكبرى); a one-word name listed with the article
and written without it is the common word (ظروف قاهرة); a bare word before a possessed noun is no
parent place (بطرسبرغ مسقط رأسه: a birthplace, not Muscat). Every sentence here was written for these
tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


@pytest.mark.parametrize("text", [
    "وأغلقت الشرطة ثلاثة محلات بتونس العاصمة مساء الجمعة.",
    "وتم إيقاف المشتبه به في حي شعبي من ولاية تونس.",
    "وارتفعت الأسعار في ولايات تونس الكبرى هذا الشهر.",
])
def test_tunis_named_as_the_capital_is_the_city(pipeline, text):
    found = places_of(pipeline, text)
    assert "مدينة تونس" in found
    assert found["مدينة تونس"]["kind"] == "city"
    assert found["مدينة تونس"]["geonames_id"] == 2464470
    assert "تونس" not in found


def test_tunisia_alone_stays_the_country(pipeline):
    found = places_of(pipeline, "ووقعت تونس اتفاقا تجاريا مع الجزائر.")
    assert found["تونس"]["kind"] == "country"


@pytest.mark.parametrize("text", [
    "وقال إن ما حدث جرى في ظروف قاهرة لا يد له فيها.",
    "واعتذر اللاعب عن الغياب لأسباب قاهرة.",
])
def test_a_definite_names_bare_form_is_the_common_word(pipeline, text):
    assert "القاهرة" not in places_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "ووصل الوفد إلى القاهرة صباح اليوم.",
    "وعاد الوزير للقاهرة بعد جولة خليجية.",
])
def test_the_definite_name_is_still_the_place(pipeline, text):
    assert places_of(pipeline, text)["القاهرة"]["country"] == "EG"


def test_a_birthplace_idiom_is_no_parent_place(pipeline):
    found = places_of(pipeline, "ودفن الكاتب في مدينة بطرسبرغ مسقط رأسه.")
    assert "مسقط" not in found
    assert found["بطرسبرغ"]["country"] != "OM"
    assert found["بطرسبرغ"]["lat"] is None


def test_a_listed_town_after_the_name_is_still_its_parent(pipeline):
    found = places_of(pipeline, "وسقطت قذيفة على حي الورود بحمص أمس.")
    assert found["حي الورود"]["country"] == "SY"
