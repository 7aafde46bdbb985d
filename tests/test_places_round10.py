"""Places round 10 (issue 13, blind fresh draws): the unknown members of a list whose other members
are places. Every sentence here was written for these tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


def test_unknown_members_after_listed_places_in_a_comma_list_are_places(pipeline):
    text = "وتشمل الخطة البلديات التابعة لمنطقة مكة ( الطائف ، جدة ، رابغ ، المظيلف ، قيا ، ظلم ) بعد اعتمادها."
    found = places_of(pipeline, text)
    assert {"المظيلف", "قيا", "ظلم"} <= set(found)


def test_a_two_word_member_and_a_toponym_read_as_a_person(pipeline):
    text = "وينقطع الماء غدا في المنستير، سوسة، المهدية، عين الصفصاف، سيدي عساكر، الحمايدية."
    found = places_of(pipeline, text)
    assert {"عين الصفصاف", "سيدي عساكر", "الحمايدية"} <= set(found)


def test_a_common_adjective_between_places_is_passed_over_not_taken(pipeline):
    text = "وتضررت مدن صفاقس، قابس، مدنين، الشرقية، الرشايدة، بسبب الفيضانات."
    found = places_of(pipeline, text)
    assert "الرشايدة" in found
    assert "الشرقية" not in found


def test_a_list_with_one_place_names_nothing_more(pipeline):
    text = "وحضر الاجتماع ممثلون عن الرياض، الشركات، الجامعات، المستثمرين."
    found = places_of(pipeline, text)
    assert set(found) == {"الرياض"}


def test_persons_and_common_words_listed_after_places_are_not_places(pipeline):
    text = "زار الوفد تونس وسوسة وصفاقس، والتقى خالد العمري، ثم عاد مساء."
    found = places_of(pipeline, text)
    assert not {"خالد العمري", "ثم عاد مساء"} & set(found)
