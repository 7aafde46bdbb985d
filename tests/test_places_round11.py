"""Places round 11 (issue 13, blind fresh draws): names cut short or run on, a preposition read as a
name, roads named by where they lead, places after جهة. Every sentence here was written for these tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


def test_a_preposition_of_place_after_a_head_is_no_name(pipeline):
    found = places_of(pipeline, "وسقطت قذيفة في منطقة قرب مدينة حماة صباح اليوم.")
    assert "قرب" not in found
    assert "حماة" in found


def test_a_preposition_of_place_after_a_head_before_a_town_names_nothing(pipeline):
    found = places_of(pipeline, "ودارت اشتباكات في منطقة بين بلدة الرقاب ومدينة سيدي بوزيد.")
    assert "بين" not in found


def test_a_participle_of_place_ends_a_facility_named_after_a_person(pipeline):
    found = places_of(pipeline, "واندلع حريق في جامع عبد الرحمان الواقع بحي الزهور في مدينة القصرين.")
    assert "جامع عبد الرحمان" in found
    assert not any(name.endswith("الواقع") for name in found)


def test_a_family_name_after_a_given_name_still_completes_the_facility(pipeline):
    found = places_of(pipeline, "وافتتح الوزير ملعب نجيب الخطاب بمدينة سوسة.")
    assert "ملعب نجيب الخطاب" in found


def test_an_unlisted_name_and_a_direction_adjective_after_a_head_are_one_place(pipeline):
    found = places_of(pipeline, "واحتج أهالي منطقة بوخشيبة الشمالية من معتمدية الرقاب أمس.")
    assert "بوخشيبة الشمالية" in found
    assert "بوخشيبة" not in found


def test_an_unlisted_name_and_a_direction_adjective_without_a_parent_keep_the_name(pipeline):
    found = places_of(pipeline, "ودخلت الوحدات قرية بوخشيبة الشمالية أمس.")
    assert "بوخشيبة" in found


def test_a_listed_city_and_a_direction_adjective_keep_the_city(pipeline):
    found = places_of(pipeline, "وتقدمت القوات في مدينة حلب الشرقية أمس.")
    assert "حلب" in found


def test_a_spring_word_before_a_listed_name_begins_a_longer_toponym(pipeline):
    found = places_of(pipeline, 'وتمشط الوحدات مرتفعات "الشعانبي" و"عين جنان" بمعتمدية فوسانة.')
    assert "عين جنان" in found
    assert "جنان" not in found


def test_a_listed_city_alone_stays_the_city(pipeline):
    found = places_of(pipeline, "ووصل الوفد التجاري إلى مدينة جنان الصينية أمس.")
    assert "جنان" in found


def test_a_road_named_by_its_destination_before_its_town_is_a_place(pipeline):
    found = places_of(pipeline, "وانقلبت حافلة على طريق المطار بصفاقس مساء أمس.")
    assert "طريق المطار" in found
    found = places_of(pipeline, "وانفجرت عبوة على طريق البحر بالعريش.")
    assert "طريق البحر" in found


def test_a_sea_route_or_a_means_is_no_road(pipeline):
    assert "طريق البحر" not in places_of(pipeline, "ويصل المهاجرون عن طريق البحر إلى إيطاليا كل صيف.")
    assert "طريق المطار" not in places_of(pipeline, "وأغلق طريق المطار أمس بسبب الأشغال.")


def test_an_unlisted_toponym_after_jiha_before_its_governorate_is_a_place(pipeline):
    found = places_of(pipeline, "وقتل عنصر إرهابي بجهة سيدي عيش ولاية قفصة.")
    assert "سيدي عيش" in found


def test_jiha_as_a_side_or_a_body_names_nothing(pipeline):
    found = places_of(pipeline, "ومن جهة أخرى، دعت جهة رسمية إلى التهدئة في مدينة صفاقس.")
    assert set(found) == {"صفاقس"}


def _places(pipeline, text):
    return pipeline(text)["places"]


def test_a_base_named_with_two_heads_is_one_place(pipeline):
    places = _places(pipeline, "وقصفت الطائرات مطار الطبقة العسكري أمس. وقالت مصادر إن قاعدة الطبقة تضررت.")
    bases = [place for place in places if "الطبقة" in place["name"]]
    assert len(bases) == 1
    assert {mention["text"] for mention in bases[0]["mentions"]} >= {"قاعدة الطبقة"}


def test_a_base_and_its_bare_name_are_one_place_keeping_the_listed_country(pipeline):
    places = _places(pipeline, "وتصدت الدفاعات لهجوم على قاعدة حميميم الجوية. وتقع حميميم قرب الساحل.")
    bases = [place for place in places if "حميميم" in place["name"]]
    assert len(bases) == 1
    assert bases[0]["country"] == "SY"
    assert bases[0]["name"] == "قاعدة حميميم"


def test_a_town_and_its_airport_stay_two_places(pipeline):
    names = [place["name"] for place in _places(pipeline, "وهبطت الطائرة في مطار الحديدة ثم اتجه الوفد إلى مدينة الحديدة.")]
    assert "مطار الحديدة" in names and "الحديدة" in names


# Stop 18, from the corpus review of Tunisian, France 24 and Sky News articles: a definite nationality
# adjective right after an unlisted place's name says its country.

@pytest.mark.parametrize("text, name, country", [
    ("وكانت الفتاتان متجهتين نحو مدينة \"أليكونت\" الإسبانية عند توقيفهما في الميناء.", "أليكونت", "ES"),
    ("وغرق المركب قبالة جزيرة فارماكونيسي اليونانية وعلى متنه مهاجرون من تركيا.", "فارماكونيسي", "GR"),
    ("وأوقفت الشرطة الفرنسية رجلا في مدينة بوضروم التركية بعد زيارة إلى باريس ومرسيليا.", "بوضروم", "TR"),
])
def test_a_nationality_after_an_unlisted_place_gives_its_country(nlp, text: str, name: str, country: str) -> None:
    place = next(place for place in nlp(text)["places"] if place["name"] == name)
    assert place["country"] == country
    assert place["coordinates"] == "approximate" and place["lat"] is not None


def test_a_facility_keeps_its_place_not_its_owners_nationality(nlp) -> None:
    record = nlp("وهبطت الطائرة العسكرية صباح اليوم في قاعدة مرجانة الروسية.")
    base = next(place for place in record["places"] if "مرجانة" in place["name"])
    assert base["country"] != "RU"


def test_after_a_head_in_construct_a_first_lam_is_the_names_own(nlp) -> None:
    names = places_by_name(nlp, "وستكون المرحلة الثانية من المعسكر بمدينة لوزان السويسرية.")
    assert "لوزان" in names and "وزان" not in names


def test_a_place_said_to_lie_in_a_city_is_not_placed_by_the_name_in_it(nlp) -> None:
    hospital = places_by_name(nlp, "وافتتح البرج الطبي في مستشفى العيون بجدة بسعة 200 سرير.")["مستشفى العيون"]
    assert hospital["country"] == "SA"
    airport = places_by_name(nlp, "وهبطت الطائرة في مطار دمشق الدولي صباح اليوم.")["مطار دمشق"]
    assert airport["country"] == "SY"


def test_a_noun_with_their_pronoun_after_a_head_homograph_is_no_place(nlp) -> None:
    assert list(places_by_name(nlp, "ونصح المواطنين بقضاء عطلاتهم في الباحة هذا الصيف.")) == ["الباحة"]


@pytest.mark.parametrize("spelling, name", [("مونتينيغرو", "الجبل الأسود"), ("مولدافيا", "مولدوفا"),
                                            ("ليشتنشتاين", "ليختنشتاين")])
def test_other_spellings_of_european_countries(nlp, spelling: str, name: str) -> None:
    place = places_by_name(nlp, f"المجموعة الرابعة: إسبانيا، {spelling}، جورجيا، النمسا.")[name]
    assert place["kind"] == "country" and place["lat"] is not None
