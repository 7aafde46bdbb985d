"""Places round 12 (issue 13, stop 19's corpus chunks): a district named after a city or province
elsewhere (حي الشامية، حي الخليل) is a district of the town it lies in, not that city. Every sentence
here was written for these tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


@pytest.mark.parametrize("text, district, country", [
    ("وافتتحت البلدية حديقة جديدة في حي الخليل بمدينة تبوك.", "حي الخليل", "SA"),
    ("واحتفل سكان حي الشامية في منطقة جازان بالعيد.", "حي الشامية", "SA"),
])
def test_a_district_named_after_a_city_elsewhere_is_a_district_here(pipeline, text, district, country):
    found = places_of(pipeline, text)
    assert district in found
    assert found[district]["kind"] == "district"
    assert found[district]["country"] == country
    assert "الخليل" not in found and "الشامية" not in found


def test_a_district_listed_as_a_district_keeps_its_entry(pipeline):
    found = places_of(pipeline, "وقصفت الطائرات حي الميدان في دمشق.")
    assert found["حي الميدان"]["kind"] == "district"
    assert found["حي الميدان"]["country"] == "SY"


def test_the_city_itself_after_a_preposition_is_still_the_city(pipeline):
    found = places_of(pipeline, "ووصل الوفد إلى الخليل صباح اليوم.")
    assert found["الخليل"]["country"] == "PS"


def test_a_district_named_after_a_state_abroad_is_not_placed_there(pipeline):
    found = places_of(pipeline, "وأطلق مسلح النار في حي كاليفورنيا الراقي بالدار البيضاء مساء أمس.")
    assert found["حي كاليفورنيا"]["kind"] == "district"
    assert found["حي كاليفورنيا"]["country"] != "US"


def test_the_parent_after_the_districts_own_adjective(pipeline):
    found = places_of(pipeline, "وتجمع المحتجون في حي النور الشعبي بمدينة القصرين.")
    assert found["حي النور"]["country"] == "TN"
