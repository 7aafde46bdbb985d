"""Events, ninth round (issue 16): rules named by a linguistic pattern, found on a fresh blind draw.
A noun of intention or incitement governing the trigger (نيته قتل، التحريض بارتكاب اعتداء) tells no act;
deaths in a fire that no word says was set are the fire's; a collision is an accident; an agent phrase
(من قبل الشرطة) makes the verb passive, so the speaker's pronoun before it is who suffered it; a casualty
word in scare quotes («استشهاد» 26 شخصا) still types its count; القصف والغارات is one air strike named
twice. Each rule has a negative.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import events_of


def of_type(nlp, text: str, kind: str) -> list[dict]:
    return [event for event in events_of(nlp, text) if event["type"] == kind]


def test_an_intention_noun_before_the_trigger_tells_no_killing(nlp):
    assert not of_type(nlp, "ونفى المتهم أمام القاضي نيته قتل الحراس في السجن.", "killing")
    # negative: the killing itself told, with the intention named elsewhere in the sentence
    assert of_type(nlp, "قتل مسلحون ثلاثة حراس في السجن، وقال الادعاء إن نيتهم كانت واضحة.", "killing")


def test_incitement_to_an_attack_is_no_attack(nlp):
    assert not of_type(nlp, "أدانت المحكمة الناشط بتهمة التحريض على الاعتداء في مدينة طنجة.", "attack")
    assert of_type(nlp, "هاجم مسلحون مركزا للشرطة في مدينة طنجة.", "attack")


def test_deaths_in_a_fire_are_no_killing(nlp):
    assert not of_type(nlp, "أسفر الحريق عن مقتل 12 شخصا في سوق مدينة البصرة.", "killing")
    assert not of_type(nlp, "قتل أربعة أشخاص في حريق اندلع في مصنع بمدينة حلب.", "killing")


def test_deaths_in_a_fire_that_was_set_stay_an_event(nlp):
    found = events_of(nlp, "قتل طفلان في حريق أضرمه مستوطنون في منزل بقرية دوما.")
    assert found and all(event["type"] in ("killing", "attack") for event in found)


def test_deaths_in_a_collision_are_an_accident(nlp):
    assert not events_of(nlp, "لقي شخص مصرعه وأصيب ثلاثة آخرون في حادث تصادم على طريق مكة.")
    assert of_type(nlp, "لقي شرطي مصرعه في هجوم مسلح على طريق مكة.", "killing")


def test_speaker_pronoun_of_a_passive_verb_is_the_target(nlp):
    found = of_type(nlp, "وقال الناشط خالد العمري إنه اعتقل من قبل الشرطة في مدينة وهران.", "arrest")
    assert len(found) == 1
    assert "خالد العمري" not in found[0]["actors"]
    assert "خالد العمري" in found[0]["targets"]


def test_speaker_pronoun_of_an_active_verb_stays_the_actor(nlp):
    found = of_type(nlp, "وقال المعارض خالد العمري إنه اعتقل الناشط سمير الحسن في مدينة وهران.", "arrest")
    assert len(found) == 1
    assert "خالد العمري" not in found[0]["targets"]


def test_a_scare_quoted_casualty_word_types_its_count(nlp):
    found = of_type(nlp, "وأسفر التفجير في مدينة بغداد عن «استشهاد» 14 شخصا وإصابة 30 آخرين.", "bombing")
    assert len(found) == 1
    assert found[0]["killed"]["value"] == 14
    assert found[0]["injured"]["value"] == 30


def test_shelling_and_air_strikes_coordinated_are_one_air_strike(nlp):
    found = events_of(nlp, "قتل عشرة مسلحين في القصف والغارات الإسرائيلية على مدينة درعا.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_typed_shelling_beside_air_strikes_stays_shelling(nlp):
    found = events_of(nlp, "تعرضت مدينة درعا للغارات والقصف المدفعي، وقصفت المدفعية بلدة نوى بعشرات القذائف.")
    assert "shelling" in {event["type"] for event in found}


def test_a_relative_clause_on_the_event_noun_dates_the_event(nlp):
    text = "قال الوزير يوم الأحد إن المتهم شارك في الهجوم الإرهابي الذي استهدف متحف المدينة في شهر مارس 2015."
    found = of_type(nlp, text, "attack")
    assert len(found) == 1
    assert found[0]["date"]["value"] == "2015-03"


def test_a_relative_clause_on_another_noun_keeps_its_date(nlp):
    found = of_type(nlp, "استهدفت الغارة أمس منزل القيادي خالد الحسن، الذي عاد إلى المدينة في 3 أيار.", "airstrike")
    assert len(found) == 1
    assert found[0]["date"]["value"] == "2022-03-14"  # أمس, not the day the man came back


def test_stopped_by_an_authority_with_a_person_after_is_an_arrest(nlp):
    found = of_type(nlp, "أوقفت السلطات الجزائرية نائبا سابقا في مدينة وهران.", "arrest")
    assert len(found) == 1
    assert found[0]["places"] == ["وهران"]
    assert of_type(nlp, "أوقفت الشرطة المغربية ثلاثة أشخاص في مدينة فاس.", "arrest")


def test_stopping_a_thing_is_no_arrest(nlp):
    assert not events_of(nlp, "أوقفت الحكومة المشروع في مدينة وهران.")
    assert not events_of(nlp, "أوقف الرئيس الأمريكي المساعدات للمدينة.")
    assert not events_of(nlp, "أوقفت الشرطة السير في شارع الحبيب بورقيبة.")
