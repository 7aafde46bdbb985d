"""Actors on unseen news (issue 11, issue 10's record-level part): state actors named by a bare phrase,
lone family names, names the NER cut short, and mentions of one actor under several names. Sentences
written for these tests, each rule with a negative."""

import pytest

from extract import Pipeline, read_text
from extract.ner import lexicon_entities
from extract.ner.persons import lone_surnames
from extract.normalize import normalize_string

DEFAULT = Pipeline()
LEXICON = Pipeline(ner="lexicon")
TOKENIZER = Pipeline(components=["normalize", "tokenize"])


def _actors(text, pipeline=DEFAULT):
    return [(actor["name"], actor["kind"], [mention["text"] for mention in actor["mentions"]])
            for actor in pipeline(text)["actors"]]


def _mentions(text, pipeline=DEFAULT):
    return [mentions for _, _, mentions in _actors(text, pipeline)]


def _lexicon_spans(text):
    return [(span.text, span.label) for span in lexicon_entities(TOKENIZER.process(read_text(text)))]


# -- a bare government phrase is the government of the country the article names

def test_bare_authorities_are_the_government_of_the_article_s_country():
    actors = _actors("خرج المتظاهرون في الرباط، وقالت السلطات إن المغرب سيحقق في الأمر.")
    assert ("السلطات المغربية", "government", ["السلطات"]) in actors


def test_the_lexicon_s_government_of_that_country_is_taken_when_it_has_one():
    actors = _actors("تدور حرب في اليمن بين الحوثيين وقوات موالية للحكومة منذ سنوات.", LEXICON)
    assert any(name == "الحكومة اليمنية" and kind == "government" for name, kind, _ in actors)


def test_a_government_placed_in_its_seat_is_one_mention():
    mentions = _mentions("حمّل القرار السلطات في دمشق المسؤولية عن الهجوم الذي وقع في سوريا.")
    assert ["السلطات في دمشق"] in mentions


@pytest.mark.parametrize("text", [
    "قال رئيس الحكومة إن تونس تمر بمرحلة صعبة.",  # part of a title
    "منعت السلطات التظاهرات في المدينة.",  # no country named
    "انتشر الجيش في شوارع بيروت بعد المواجهات في لبنان.",  # a bare force makes no actor
])
def test_no_state_actor_from_a_title_an_unplaced_phrase_or_a_bare_force(text):
    assert not any(kind in ("government", "military") for _, kind, _ in _actors(text))


# -- persons

def test_a_frequent_mined_family_name_alone_is_its_person():
    assert ("ترامب", "person", ["ترامب"]) in _actors("قال ترامب للصحفيين إن الاتفاق سيئ.")


def test_lone_family_names_leave_out_given_names_and_nasab_chains():
    assert "ترامب" in lone_surnames() and "ماكرون" in lone_surnames()
    assert normalize_string("عبدالعزيز") not in lone_surnames()


def test_a_family_name_spelled_otherwise_joins_its_person():
    mentions = _mentions("التقى الرئيس الروسي فلاديمير بوتين نظيره، وقال بوتن إن اللقاء مثمر.")
    assert ["فلاديمير بوتين", "بوتن"] in mentions


def test_two_short_words_that_differ_are_two_names():
    mentions = _mentions("التقى جون كيري بنظيره في باريس، وقال كير إن اللقاء مثمر.")
    assert ["جون كيري"] in mentions and ["جون كيري", "كير"] not in mentions


@pytest.mark.parametrize("text, person", [
    ("ترأس الاجتماع د. سفر الحلي، وذلك بمقر الجمعية.", "سفر الحلي"),
    ("حضر الاستقبال الدكتور مساعد العيبان وزير الدولة.", "مساعد العيبان"),
])
def test_after_an_honorific_a_common_first_word_before_a_family_name_is_a_name(text, person):
    assert any(person in mentions for mentions in _mentions(text))


@pytest.mark.parametrize("text", ["وأشاد الدكتور بالمملكة العربية السعودية.", "قال الدكتور إن الحكومة ستعمل."])
def test_an_honorific_before_a_preposition_or_a_particle_names_nobody(text):
    assert not any(label == "PER" for _, label in _lexicon_spans(text))


def test_a_family_name_in_ta_marbuta_the_corpus_never_writes_with_the_article_completes_a_name():
    assert ("كريم بنزيمة", "PER") in _lexicon_spans("وكان الفريق متقدما لكن كريم بنزيمة تعادل سريعا.")


def test_a_definite_common_noun_in_ta_marbuta_is_no_family_name():
    assert not any(label == "PER" for _, label in _lexicon_spans("وبين الضحايا مختار القرية إلى جانب اثنين."))


def test_a_rare_never_definite_word_before_a_listed_name_starts_the_name():
    assert ("نغولو كونتي", "PER") in _lexicon_spans("تعرض ميسي لمراقبة شديدة من قبل نغولو كونتي، في المباراة.")


def test_a_verb_before_a_listed_name_is_not_part_of_it():
    assert not any(text.startswith("وقال") for text, _ in _lexicon_spans("وقال ميركادو إن الفريق جاهز."))


# -- organisations

def test_dotted_latin_letters_spell_an_acronym():
    spans = _lexicon_spans("وقال الوزير لقناة إل.سي.إي الإخبارية إن القرار نهائي.")
    assert ("إل.سي.إي", "ORG") in spans


def test_letters_apart_or_without_dots_are_no_acronym():
    assert not any(label == "ORG" for _, label in _lexicon_spans("قال إن في الأمر خطأ، أي إن القرار لم يصدر."))


def test_a_colour_adjective_completes_a_body_s_name():
    assert ("جمعية الهلال الأحمر القطري", "ORG") in _lexicon_spans("وقالت جمعية الهلال الأحمر القطري إن القافلة وصلت.")


def test_a_colour_after_a_common_noun_names_no_body():
    assert not any(label == "ORG" for _, label in _lexicon_spans("تجاوز المتظاهرون الخط الأحمر أمس."))


def test_whom_a_force_is_loyal_to_is_part_of_its_name():
    spans = _lexicon_spans("تدور حرب بين الحوثيين والقوات الموالية للحكومة المعترف بها.")
    assert ("القوات الموالية للحكومة", "ORG") in spans


def test_a_force_loyal_to_a_title_stops_before_it():
    spans = _lexicon_spans("هاجمت القوات الموالية للرئيس مواقع المعارضة.")
    assert ("القوات الموالية", "ORG") in spans


def test_official_alone_describes_a_body_the_article_does_not_name():
    assert not any(label == "ORG" for _, label in _lexicon_spans("وقال في كلمة بثها التلفزيون الرسمي إن الحوار مستمر."))


def test_a_country_adjective_closes_a_name_after_two_adjectives():
    spans = _lexicon_spans("أعلنت القوات البرية الملكية السعودية انتهاء المناورات.")
    assert ("القوات البرية الملكية السعودية", "ORG") in spans


def test_a_force_s_command_and_the_force_s_short_name_are_one_actor():
    mentions = _mentions("أعلنت قيادة القوات البرية الملكية السعودية أن القوات البرية أنهت المناورات.", LEXICON)
    assert ["قيادة القوات البرية الملكية السعودية", "القوات البرية"] in mentions


def test_the_bare_coalition_is_the_one_coalition_the_article_names():
    actors = _actors("أعلن التحالف العربي بقيادة السعودية أنه دمر مواقع للحوثيين، وقال التحالف إن العملية نجحت.")
    coalitions = [mentions for _, kind, mentions in actors if kind == "coalition"]
    assert coalitions == [["التحالف العربي", "التحالف"]]


def test_the_international_coalition_stays_apart_from_the_arab_one():
    actors = _actors("قال التحالف الدولي إن طيران التحالف قصف مواقع داعش، فيما أعلن التحالف العربي عن غارات في اليمن.")
    assert len([name for name, kind, _ in actors if kind == "coalition"]) == 2


@pytest.mark.parametrize("text, organisation", [
    ("صوّت النواب في الجمعية الوطنية على القانون.", "الجمعية الوطنية"),
    ("وقال إنه يقبل باستنتاج الاستخبارات الأميركية في هذا الشأن.", "الاستخبارات الأميركية"),
    ("نظم فرع الجمعية العربية السعودية للثقافة والفنون حفلا للأطفال.", "الجمعية العربية السعودية للثقافة والفنون"),
])
def test_definite_heads_of_societies_and_agencies_name_bodies(text, organisation):
    assert (organisation, "ORG") in _lexicon_spans(text)


def test_intelligence_needs_a_nationality_to_be_a_body():
    assert not any(label == "ORG" for _, label in _lexicon_spans("وأكد أن الاستخبارات المتوفرة لا تكفي."))


def test_a_noun_with_a_pronoun_before_a_listed_name_is_no_given_name():
    assert ("جين بارسونز", "PER") in _lexicon_spans("وقالت شقيقته جين بارسونز إنه اعتزل.")


@pytest.mark.parametrize("text, force", [
    ("بدأت قوات حرس الحدود السعودية باستلام المنفذ.", "قوات حرس الحدود السعودية"),
    ("انتشرت قوات حفظ السلام في المنطقة العازلة.", "قوات حفظ السلام"),
])
def test_indefinite_forces_are_named_by_their_genitive(text, force):
    assert (force, "ORG") in _lexicon_spans(text)


def test_forces_before_a_verb_or_a_pronoun_name_no_body():
    spans = _lexicon_spans("أرسلت الدولة قوات تحمي الحدود، وقالت إن قواتها جاهزة.")
    assert not any(label == "ORG" for _, label in spans)


def test_the_club_noun_starts_a_club_s_formal_name_and_its_bare_name_joins_it():
    mentions = _mentions("فاز نادي حمام الأنف على الترجي الرياضي بهدفين، وقال مدرب حمام الأنف إن الفوز مستحق.")
    assert ["نادي حمام الأنف", "حمام الأنف"] in mentions


def test_the_team_noun_stays_out_of_a_club_s_name():
    assert ["الهلال"] in _mentions("وقال لاعب فريق الهلال إن الفريق جاهز.")


def test_a_club_s_first_word_with_the_article_and_its_name_without_its_city_join_it():
    mentions = _mentions("فاز ريال مدريد على برشلونة بثلاثة أهداف، وقال مدرب الريال إن الفوز مستحق.")
    assert ["ريال مدريد", "الريال"] in mentions
    mentions = _mentions("وصل مشجعو باريس سان جيرمان إلى الملعب، وقال مدرب سان جيرمان إنه راض.")
    assert ["باريس سان جيرمان", "سان جيرمان"] in mentions


def test_a_bare_head_noun_is_no_short_name_of_an_earlier_body():
    mentions = _mentions("فاز ريال مدريد على برشلونة، وقالت الجامعة الإسبانية لكرة القدم إن المباراة مرت بسلام.")
    assert ["ريال مدريد"] in mentions


def test_a_known_actor_s_name_after_a_place_head_is_the_place():
    spans = _lexicon_spans("هاجم الحوثيون القوات في مدينة القاعدة جنوب محافظة إب.")
    assert ("القاعدة", "LOC") in spans and ("القاعدة", "ORG") not in spans
    assert ("تنظيم القاعدة", "ORG") in _lexicon_spans("تبنى تنظيم القاعدة الهجوم على مدينة عدن.")


@pytest.mark.parametrize("text, organisation", [
    ("هاجم الجيش الوطني الليبي مواقع في طرابلس.", "الجيش الوطني الليبي"),
    ("وأعلنت قيادة العمليات المشتركة أن القوات تقدمت.", "قيادة العمليات المشتركة"),
    ("سيطر الجيش الموالي للشرعية على مواقع جديدة.", "الجيش الموالي للشرعية"),
])
def test_names_go_on_over_a_country_adjective_joint_and_whom_a_force_is_loyal_to(text, organisation):
    assert (organisation, "ORG") in _lexicon_spans(text)


def test_a_joint_committee_named_by_function_only_is_no_body():
    assert not any(label == "ORG" for _, label in _lexicon_spans("اجتمعت اللجنة المشتركة أمس في الرياض."))


def test_major_parties_and_movements_are_known_actors():
    actors = _actors("أعلنت الدوحة أنها ستنهي ارتباطها بجماعة الإخوان المسلمين، فيما رحبت حركة فتح بالقرار.")
    assert [name for name, _, _ in actors] == ["جماعة الإخوان المسلمين", "حركة فتح"]


def test_state_bodies_named_without_their_country_are_known_actors():
    actors = _actors("تدخلت الحماية المدنية لإخماد الحريق، فيما واصل خفر السواحل البحث عن المفقودين.")
    assert [(name, kind) for name, kind, _ in actors] == [("الحماية المدنية", "government"), ("خفر السواحل", "military")]


def test_the_bare_police_joins_the_police_the_article_named_and_alone_makes_no_actor():
    assert ["شرطة لندن", "الشرطة"] in _mentions("كشفت شرطة لندن أن التحقيق مستمر، وقالت الشرطة إن المشتبه به اعتقل.")
    assert _mentions("وقالت الشرطة إن المشتبه به اعتقل في المدينة.") == []
