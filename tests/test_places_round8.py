"""Places round 8 (issue 13, blind-annotated fresh draws): toponyms that begin with a listed word or
take a second toponym start (حسي الفريد، خان بني سعد، وتل الذهب), beaches as place heads (شواطئ X
وY), and a one-word town before a masculine nisba, which is the common noun it qualifies (الرباط
الصليبي). Every sentence here was written for these tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


@pytest.mark.parametrize("text, name", [
    ("انقطعت الكهرباء عن منطقة حسي الفريد منذ يومين", "حسي الفريد"),
    ("عاد النازحون إلى بلدة خان بني سعد بعد المعارك", "خان بني سعد"),
    ("وصلت قافلة المساعدات إلى قرية حاسي بحبح مساء أمس", "حاسي بحبح"),
])
def test_a_toponym_start_takes_the_rest_of_the_name(pipeline, text, name):
    found = places_of(pipeline, text)
    assert name in found
    assert name.split()[0] not in found


def test_a_short_toponym_start_is_a_list_member(pipeline):
    found = places_of(pipeline, "قصفت المدفعية قرى المنصورة والحميدية وتل الرمان بريف حلب")
    assert {"المنصورة", "الحميدية", "تل الرمان", "حلب"} <= set(found)


def test_a_toponym_start_before_a_function_word_stays_alone(pipeline):
    assert "خان في" not in places_of(pipeline, "قال إنه خان في الماضي عهوده مع سكان قرية الشيخ")


def test_every_beach_under_a_plural_head_is_a_place(pipeline):
    found = places_of(pipeline, "بدأت البلدية تنظيف شواطئ البرقوقة والزيتونة قبل الصيف")
    assert {"البرقوقة", "الزيتونة"} <= set(found)


@pytest.mark.parametrize("text", [
    "جلس المصطافون على شاطئ البحر حتى الغروب",
    "تراجعت أعداد الزوار إلى شواطئ عديدة هذا العام",
])
def test_a_beach_head_before_a_common_word_names_nothing(pipeline, text):
    assert places_of(pipeline, text) == {}


@pytest.mark.parametrize("text, town", [
    ("أجرى المهاجم عملية في الرباط الصليبي للركبة اليسرى", "الرباط"),
])
def test_a_town_before_a_masculine_nisba_is_no_place(pipeline, text, town):
    assert town not in places_of(pipeline, text)


@pytest.mark.parametrize("text, town", [
    ("وصل الوزير إلى الرباط قادما من باريس", "الرباط"),
    ("افتتح الأمير معرض الرياض الدولي للكتاب", "الرياض"),
    ("سقطت قذائف على ريف حلب الشمالي ليلا", "حلب"),
])
def test_a_town_after_a_noun_or_before_no_nisba_stays_a_place(pipeline, text, town):
    assert town in places_of(pipeline, text)
