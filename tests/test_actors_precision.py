"""Actors, second round (issues 10, 11): a head noun with only a definite common noun or only a
nationality is no named organisation, and person spans are checked for month names, a leading
definite adjective, a closing particle and places. Sentences written for these tests."""

import pytest

from extract import Pipeline, read_text
from extract.document import Span
from extract.ner.organisations import institutions
from extract.ner.persons import checked_person

TOKENIZER = Pipeline(components=["normalize", "tokenize"])


def _doc(text):
    return TOKENIZER.process(read_text(text))


def _institutions(text):
    return [span.text for span in institutions(_doc(text))]


def _person(text, name, others=()):
    doc = _doc(text)
    start = text.index(name)
    span = Span(start, start + len(name), name, "PER")
    entities = [span] + [Span(text.index(other), text.index(other) + len(other), other, "LOC") for other in others]
    checked = checked_person(doc, span, entities)
    return None if checked is None else checked.text


@pytest.mark.parametrize("text, generic", [
    ("اجتمع أعضاء هيئة التدريس مساء أمس.", "هيئة التدريس"),
    ("وضع الحقيبة في صندوق السيارة ثم غادر.", "صندوق السيارة"),
    ("قال النادي البرازيلي إن اللاعب سيغيب.", "النادي البرازيلي"),
])
def test_a_head_with_only_a_common_noun_or_a_nationality_is_no_organisation(text, generic):
    assert generic not in _institutions(text)


@pytest.mark.parametrize("text, named", [
    ("أعلنت هيئة الرقابة والتحقيق نتائجها.", "هيئة الرقابة والتحقيق"),
    ("زار الوفد مكتب العمل في الرياض.", "مكتب العمل"),
    ("أصدر مجلس الوزراء قرارا جديدا.", "مجلس الوزراء"),
    ("وقعت هيئة الطيران المدني اتفاقا.", "هيئة الطيران المدني"),
    ("قال النادي الأهلي إن اللاعب سيغيب.", "النادي الأهلي"),
])
def test_a_head_with_a_further_word_or_a_government_head_still_names_a_body(text, named):
    assert named in _institutions(text)


def test_a_definite_conjunct_that_is_an_institution_is_a_second_body():
    found = _institutions("اجتمع مجلس إدارة الشركة والجمعية العمومية للمساهمين.")
    assert "مجلس إدارة الشركة والجمعية العمومية" not in found


def test_an_indefinite_conjunct_with_its_genitive_stays_in_the_name():
    assert "لجنة التحقيق وتقصي الحقائق" in _institutions("شكلت لجنة التحقيق وتقصي الحقائق فريقا.")


def test_a_person_span_with_a_month_name_is_none():
    assert _person("وفي أيار/مايو هوجم الموكب قرب المدينة.", "مايو هوجم") is None


def test_a_leading_definite_adjective_is_cut_from_a_person():
    assert _person("وقال رئيس الفريق الطبي كريم هادي إن النتائج جيدة.", "الطبي كريم هادي") == "كريم هادي"


def test_a_closing_particle_takes_the_next_word():
    assert _person("وصل سالم بن ناصر آل حمدان إلى المدينة.", "سالم بن ناصر آل") == "سالم بن ناصر آل حمدان"


def test_a_name_after_fi_is_a_place():
    assert _person("تضررت المباني في كاراتو بعد الزلزال.", "كاراتو") is None


def test_a_name_read_as_a_place_elsewhere_is_no_person():
    text = "وصل كاراتو أمس. وتقع كاراتو في الشمال."
    assert _person(text, "كاراتو", others=("كاراتو",)) is None


def test_a_plain_person_stays():
    assert _person("وقال كريم هادي إن النتائج جيدة.", "كريم هادي") == "كريم هادي"


def test_a_name_after_fi_elsewhere_in_the_article_is_a_place():
    text = "يقع الموقع على بعد عشرين كيلومترا عن كاراتو. وقد تضررت المباني في كاراتو بعد الزلزال."
    assert _person(text, "كاراتو") is None


def test_a_national_team_is_named_by_its_nationality():
    assert "المنتخب الفرنسي" in _institutions("فاز المنتخب الفرنسي بالمباراة.")


def test_a_definite_word_after_the_genitive_keeps_the_body():
    assert "معهد الإدارة العامة" in _institutions("نظم معهد الإدارة العامة دورة تدريبية.")


def test_a_hyphenated_family_name_is_one_person():
    from extract.ner.persons import joined_hyphenated_names

    text = "وفاز جويرمو غارسيا-لوبيز على منافسه."
    doc = _doc(text)
    first = Span(text.index("جويرمو"), text.index("-"), "جويرمو غارسيا", "PER")
    second = Span(text.index("لوبيز"), text.index("لوبيز") + 5, "لوبيز", "PER")
    assert [span.text for span in joined_hyphenated_names(doc, [first, second])] == ["جويرمو غارسيا-لوبيز"]


def test_a_spaced_dash_does_not_join_names():
    from extract.ner.persons import joined_hyphenated_names

    text = "فاز كريم هادي - سالم ناصر."
    doc = _doc(text)
    first = Span(text.index("كريم"), text.index("كريم") + 9, "كريم هادي", "PER")
    assert [span.text for span in joined_hyphenated_names(doc, [first])] == ["كريم هادي"]


def test_a_two_word_foreign_club_and_its_last_word_are_one_actor():
    from extract.extractors.actors import _ActorResolver

    text = "تعاقد بروميتش مع اللاعب ثم أعلن وست بروميتش ضمه."
    doc = _doc(text)
    resolver = _ActorResolver(doc)
    short = Span(text.index("بروميتش"), text.index("بروميتش") + 7, "بروميتش", "ORG")
    start = text.index("وست")
    longer = Span(start, start + 11, "وست بروميتش", "ORG")
    assert resolver.organisation(short) == resolver.organisation(longer) == "بروميتش"


def test_a_last_word_shared_by_two_names_joins_neither():
    from extract.extractors.actors import _ActorResolver

    text = "فاز مانشستر سيتي على هال سيتي وقال سيتي إن"
    doc = _doc(text)
    resolver = _ActorResolver(doc)
    for name in ("مانشستر سيتي", "هال سيتي"):
        start = text.index(name)
        resolver.organisation(Span(start, start + len(name), name, "ORG"))
    start = text.rindex("سيتي")
    assert resolver.organisation(Span(start, start + 4, "سيتي", "ORG")) == "سيتي"


def test_a_known_name_that_is_a_common_noun_with_its_adjective_is_the_noun():
    from extract.ner.organisations import lexicon_actors

    doc = _doc("سقطت قذيفة قرب القاعدة الجوية شمال المدينة.")
    assert [span.text for span in lexicon_actors(doc)] == []
    doc = _doc("أعلن تنظيم القاعدة مسؤوليته عن الهجوم.")
    assert "القاعدة" in " ".join(span.text for span in lexicon_actors(doc))


@pytest.mark.parametrize("text", ["وافق مجلس إدارة الشركة على توزيع الأرباح.", "أقر مجلس الإدارة الخطة الجديدة."])
def test_a_board_is_no_institution_of_its_own(text):
    assert not any(found.startswith("مجلس") for found in _institutions(text))


def test_a_council_with_another_genitive_is_still_a_body():
    assert "مجلس الوزراء" in _institutions("وافق مجلس الوزراء على الخطة.")


def test_a_country_name_that_is_itself_a_nisba_gives_its_nationality():
    from extract.words import nationality_countries

    assert {"السعودي", "السعوديه", "السعوديين"} <= set(nationality_countries())
    assert "السعوديي" not in nationality_countries()
