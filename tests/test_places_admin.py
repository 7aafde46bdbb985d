"""Admin units and towns from places_admin_ar.tsv: found where named, homographs kept out."""

import pytest

from conftest import places_by_name
from extract import Pipeline
from extract.lexicons import read_tsv
from extract.normalize import normalize_string
from extract.words import context_words, place_heads


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


@pytest.mark.parametrize("text, name, country", [
    ("تظاهر مئات المواطنين في مدينة القصرين للمطالبة بالتنمية والتشغيل.", "القصرين", "TN"),
    ("أعلن الدفاع المدني في محافظة الخرج إنقاذ أسرة من حريق في منزلها.", "الخرج", "SA"),
    ("انتشرت وحدات الجيش في معتمدية الرقاب بعد الاحتجاجات.", "الرقاب", "TN"),
    ("وصل وفد تجاري سعودي إلى جاكرتا أمس لبحث الاستثمارات.", "جاكرتا", "ID"),
    ("سقطت قذيفة على حي سكني في مدينة حجة شمال غرب البلاد.", "حجة", "YE"),
])
def test_admin_units_and_cities_are_found_with_country_and_coordinates(pipeline, text, name, country):
    place = places_of(pipeline, text)[name]
    assert place["country"] == country
    assert place["lat"] is not None and place["lon"] is not None


@pytest.mark.parametrize("text", [
    "قدم المحامي حجة قوية أمام القاضي في الجلسة.",
    "جلس الرجل على الشرفة يقرأ الصحيفة كل صباح.",
    "اشتعلت حرب طويلة بين القبيلتين قبل سنوات.",
    "ارتدت المرأة ثوبا من الصوف في الشتاء.",
])
def test_names_that_are_common_words_are_not_places_without_context(pipeline, text):
    assert pipeline(text)["places"] == []


def test_every_added_unit_has_coordinates_evidence_and_is_no_generic_word():
    rows = list(read_tsv("places_admin_ar.tsv"))
    assert len(rows) > 50
    generic = set(place_heads()) | set(context_words())
    for row in rows:
        assert row["lat"] and row["lon"] and row["country"], row["name"]
        assert int(row["evidence"]) >= 5, row["name"]
        assert all(normalize_string(alias) not in generic for alias in row["aliases"].split("|")), row["name"]
