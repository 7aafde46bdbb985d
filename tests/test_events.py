"""Events (RECORD.md §4.2): trigger classes, argument rules, modality, merging, with negatives.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from extract.extractors.events import noun_forms, trie_pattern, trigger_lexicon, verb_forms

from conftest import checked_record


def events_of(nlp, text: str, published: str | None = "2021-06-10") -> list[dict]:
    return checked_record(nlp, text, published)["events"]


def only(nlp, text: str) -> dict:
    found = events_of(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("ألقت مروحيات براميل محملة بغاز السارين على قرية الهبيط.", "chemical_attack"),
    ("شنت الطائرات الحربية ثلاث غارات على مدينة الرقة.", "airstrike"),
    ("قصفت المدفعية أحياء مدينة درعا بعشرات القذائف.", "shelling"),
    ("انفجرت عبوة ناسفة في سوق مدينة الموصل.", "bombing"),
    ("اندلعت اشتباكات بين حزب الله والجيش الإسرائيلي قرب بلدة الخيام.", "armed_clash"),
    ("هاجم مسلحون حاجزا للشرطة في مدينة كركوك.", "attack"),
    ("اغتال مجهولون ضابطا في مدينة درعا.", "killing"),
    ("اعتقلت الشرطة ناشطين في مدينة وهران.", "arrest"),
    ("تظاهر المئات في مدينة صفاقس للمطالبة بفرص عمل.", "protest"),
    ("نزح آلاف السكان من مدينة تلعفر.", "displacement"),
])
def test_each_class_has_a_trigger(nlp, text, expected):
    assert only(nlp, text)["type"] == expected


def test_inflections_are_generated_not_listed():
    lexicon = trigger_lexicon()
    for form in ("قصفت", "قصفوا", "يقصفون", "ستقصف", "استهدفتها", "الغارات", "غارتين", "هجماتهم", "للاشتباكات"):
        assert form in lexicon, form
    assert {"قصفت", "يقصفون", "سنقصف"} <= verb_forms("قصف", "يقصف")
    assert {"غاره", "الغاره", "غارتين", "غاراتها"} <= noun_forms("غاره", ["غارات"])


def test_trie_pattern_matches_exactly_its_words():
    import re

    pattern = re.compile(f"^(?:{trie_pattern(['قصف', 'قصفت', 'قتل'])})$")
    assert all(pattern.match(word) for word in ("قصف", "قصفت", "قتل"))
    assert not any(pattern.match(word) for word in ("قص", "قصفتم", "قتلى"))


def test_a_trigger_word_without_its_needs_is_no_event(nlp):
    # استخدم with no chemical agent is not an attack; a rocket with no target is not shelling.
    assert events_of(nlp, "استخدم الوزير كلمة قاسية في خطابه.") == []
    assert events_of(nlp, "عرض الجيش صواريخ جديدة في معرض الدفاع.") == []


def test_masdar_after_lam_of_purpose_is_no_event(nlp):
    assert events_of(nlp, "تكفي كمية صغيرة من المادة لقتل شخص.") == []


def test_subject_of_active_verb_is_the_actor_and_object_the_target(nlp):
    event = only(nlp, "استهدف الجيش الإسرائيلي عناصر من حزب الله في بلدة الخيام.")
    assert event["actors"] == ["الجيش الإسرائيلي"] and event["targets"] == ["حزب الله"]
    assert event["places"] == ["الخيام"]


def test_subject_before_the_verb_is_the_actor(nlp):
    event = only(nlp, "وقالت المصادر إن داعش قصف قرية الهبيط بغاز الخردل.")
    assert event["actors"] == ["داعش"] and event["type"] == "chemical_attack"
    assert event["agents"] == ["خردل الكبريت"]


def test_agent_phrase_gives_the_actor(nlp):
    event = only(nlp, "وقع هجوم على قرية قرب حماة من قبل تنظيم داعش.")
    assert event["actors"] == ["داعش"]


def test_ala_and_didd_phrases_give_the_target(nlp):
    event = only(nlp, "شن تنظيم داعش هجوما على الجيش العراقي قرب الموصل.")
    assert event["actors"] == ["داعش"] and event["targets"] == ["القوات العراقية"]
    assert only(nlp, "نفذت الشرطة حملة اعتقالات ضد المعارضين في مدينة تونس.")["targets"] == ["معارضين"]


def test_light_verb_subject_is_the_actor_of_its_noun(nlp):
    event = only(nlp, "شنت طائرات التحالف غارات على مواقع في الرقة.")
    assert event["type"] == "airstrike" and event["actors"] == ["التحالف"]


def test_possessive_noun_takes_its_antecedent_as_actor(nlp):
    event = only(nlp, "اعترف التحالف الدولي بمقتل مدنيين في غاراته على الرقة.")
    assert event["type"] == "airstrike" and event["actors"] == ["التحالف"]


def test_clash_parties_are_both_actors(nlp):
    event = only(nlp, "اندلعت اشتباكات بين قوات سوريا الديمقراطية وتنظيم داعش في دير الزور.")
    assert set(event["actors"]) == {"قوات سوريا الديمقراطية", "داعش"} and event["targets"] == []


def test_agent_times_date_and_casualties(nlp):
    event = only(nlp, "استخدم داعش غاز الكلور 40 مرة على الأقل منذ عام 2015 في العراق.")
    assert event["times"] == {"value": 40, "qualifier": "at_least"}
    assert event["date"] == {"value": "2015", "kind": "since"}
    assert event["agents"] == ["الكلور"] and event["places"] == ["العراق"]
    event = only(nlp, "قتل 14 مدنيا وأصيب 30 آخرون في قصف مدفعي على مدينة إدلب أمس.")
    assert event["type"] == "shelling"
    assert event["killed"]["value"] == 14 and event["injured"]["value"] == 30
    assert event["date"]["value"] == "2021-06-09"


def test_killing_told_as_a_toll_is_not_an_event_of_its_own(nlp):
    found = events_of(nlp, "أسفرت غارة جوية على بلدة كفرنبل عن مقتل سبعة مدنيين.")
    assert [event["type"] for event in found] == ["airstrike"]
    assert found[0]["killed"]["value"] == 7


def test_a_killing_alone_is_an_event(nlp):
    event = only(nlp, "قتل مسلحون مجهولون ثلاثة صحفيين في مدينة الموصل.")
    assert event["type"] == "killing" and event["targets"] == ["صحفيين"] and event["killed"]["value"] == 3


@pytest.mark.parametrize("text, modality", [
    ("نفت وزارة الدفاع الروسية قصف مستشفى في مدينة إدلب.", "denied"),
    ("قالت الشرطة إن المسلحين لم يهاجموا المباني في مدينة الجزائر.", "denied"),
    ("اتهمت المعارضة النظام السوري بقصف مدينة دوما بغاز الكلور.", "alleged"),
    ("أعلنت الأمم المتحدة أنها ستحقق في الهجوم المزعوم على قرية قرب حماة.", "alleged"),
    ("هدد الحوثيون بقصف مدينة جازان.", "threatened"),
    ("ربما تشن الطائرات غارات جديدة على مدينة الرقة.", "possible"),
    ("قصفت الطائرات مدينة الرقة.", "asserted"),
])
def test_modality(nlp, text, modality):
    assert only(nlp, text)["modality"] == modality


def test_qad_before_a_perfect_verb_is_no_hedge(nlp):
    assert only(nlp, "وكانت طائرة قد قصفت مدينة الرقة.")["modality"] == "asserted"


@pytest.mark.parametrize("text, modality", [
    ("وقد قصفت الطائرات مدينة الرقة أمس.", "asserted"),
    ("فقد قتل خمسة مدنيين في غارة على إدلب.", "asserted"),
    ("وقد تم اعتقال ثلاثة مسلحين في بغداد.", "asserted"),
    ("وقد يقصف الطيران مدينة الرقة.", "possible"),
    ("فقد تشن الطائرات غارات جديدة على مدينة الرقة.", "possible"),
])
def test_qad_with_a_conjunction_hedges_only_an_imperfect(nlp, text, modality):
    assert only(nlp, text)["modality"] == modality


def test_accuser_is_the_source_and_accused_the_actor(nlp):
    event = only(nlp, "اتهمت المعارضة السورية النظام السوري بشن هجوم كيماوي على مدينة دوما.")
    assert event["actors"] == ["الحكومة السورية"] and event["source"] == "المعارضة السورية"
    assert event["type"] == "chemical_attack" and event["modality"] == "alleged"


def test_trigger_in_a_hypothetical_is_no_event(nlp):
    assert events_of(nlp, "إذا قصف الجيش مدينة إدلب فسترد المعارضة.") == []
    found = events_of(nlp, "هدد الجيش بقصف الرقة إذا واصل داعش هجماته على الحسكة.")
    assert [event["modality"] for event in found] == ["threatened"]
    assert found[0]["places"] == ["الرقة"]


def test_event_in_a_quote_takes_the_speaker_as_source_not_as_actor(nlp):
    event = only(nlp, "وقال الجيش العراقي إن داعش قصف قرية الهبيط بقذائف الهاون.")
    assert event["actors"] == ["داعش"] and event["source"] == "القوات العراقية"


def test_speaker_pronoun_subject_is_the_speaker(nlp):
    event = only(nlp, "وقال الجيش الإسرائيلي في بيان إنه استهدف مواقع لحزب الله في جنوب لبنان.")
    assert event["actors"] == ["الجيش الإسرائيلي"] and event["source"] == "الجيش الإسرائيلي"


def test_bihasab_gives_the_source(nlp):
    event = only(nlp, "قتل خمسة مدنيين في غارة على مدينة الرقة، بحسب المرصد السوري لحقوق الإنسان.")
    assert event["source"] == "المرصد السوري لحقوق الإنسان"


def test_two_events_in_one_sentence_stay_two(nlp):
    found = events_of(nlp, "قصفت الطائرات مدينة الرقة واعتقلت الشرطة خمسة ناشطين في دمشق.")
    assert [(event["type"], event["places"]) for event in found] == [("airstrike", ["الرقة"]), ("arrest", ["دمشق"])]
    assert found[1]["targets"] == ["ناشطين"]


def test_mentions_of_one_event_merge(nlp):
    text = ("شنت طائرات التحالف غارة على مدينة الرقة يوم الأحد. وقالت مصادر محلية إن الغارة دمرت مدرسة. "
            "وأسفر القصف عن مقتل أربعة مدنيين.")
    event = only(nlp, text)
    assert event["type"] == "airstrike" and len(event["mentions"]) == 3
    assert event["killed"]["value"] == 4 and event["places"] == ["الرقة"]


def test_events_in_different_places_do_not_merge(nlp):
    found = events_of(nlp, "قصفت الطائرات مدينة الرقة. وقصفت الطائرات مدينة حلب.")
    assert [event["places"] for event in found] == [["الرقة"], ["حلب"]]


def test_generic_verb_beside_a_strike_is_its_predicate(nlp):
    event = only(nlp, "استهدفت غارة جوية سيارة قرب بلدة بنت جبيل.")
    assert event["type"] == "airstrike" and len(event["mentions"]) == 2


def test_drone_is_not_a_march(nlp):
    event = only(nlp, "استهدفت طائرة مسيرة سيارة في مدينة مأرب.")
    assert event["type"] == "airstrike"


def test_participants_make_a_protest_beside_what_is_done_to_them(nlp):
    assert only(nlp, "فرقت الشرطة مئات المحتجين في ساحة التحرير.")["type"] == "protest"
    found = events_of(nlp, "اعتقلت الشرطة 20 متظاهرا في مدينة وهران.")
    assert [event["type"] for event in found] == ["arrest", "protest"]
    assert found[0]["targets"] == ["متظاهرا"]


def test_unnamed_participants_are_kept_as_written(nlp):
    event = only(nlp, "هاجم مسلحون مقنعون سياسيين في مدينة كويتا.")
    assert event["actors"] == [] and event["actor_text"] == "مسلحون مقنعون" and event["target_text"] == "سياسيين"
    event = only(nlp, "اعتقلت الشرطة 20 ناشطا في مدينة سوسة.")
    assert event["type"] == "arrest" and event["targets"] == ["ناشطا"]
    assert only(nlp, "قتل 18 شخصا في انفجار سيارة مفخخة في بغداد.")["target_text"] is None


def test_an_undated_sentence_keeps_the_day_its_lead_gave(nlp):
    text = ("ولد القائد عام 1970. قصفت الطائرات مدينة الرقة يوم الأحد الماضي. "
            "واعتقلت الشرطة ثلاثة ناشطين في مدينة الحسكة.")
    found = events_of(nlp, text)
    assert [event["date"]["value"] for event in found] == ["2021-06-06", "2021-06-06"]
    assert events_of(nlp, "ولد القائد عام 1970. واعتقلت الشرطة ثلاثة ناشطين في مدينة الحسكة.")[0]["date"] is None


def test_a_football_kick_and_a_death_sentence_are_no_events(nlp):
    assert events_of(nlp, "احتسب الحكم ضربة حرة مباشرة على حدود المنطقة.") == []
    assert events_of(nlp, "أصدرت المحكمة حكما بالإعدام على المتهم.") == []
    assert only(nlp, "أعدمت السلطات ثلاثة مدانين في سجن إيفين.")["type"] == "killing"


def test_figurative_targeting_is_no_attack_and_without_clashes_is_denied(nlp):
    assert events_of(nlp, "أطلقت الوزارة برامج تستهدف زيادة الوعي بين الشباب.") == []
    assert only(nlp, "سيطر المسلحون على مدينة الحديدة دون أي مواجهات تذكر.")["modality"] == "denied"


# --- shooting, reflexive bombing, hollow passives, تعرض ل, word order, match reports ---

@pytest.mark.parametrize("text, expected", [
    ("قال السكان إن مسلحين أطلقوا النار على حافلة تقل عمالا قرب مدينة سبها.", "attack"),
    ("أصيب شرطيان في إطلاق نار قرب مركز تجاري في مدينة أغادير.", "attack"),
    ("أكدت الشرطة أن انتحاريا فجر نفسه داخل مقهى شعبي في بلدة الزبير.", "bombing"),
    ("اغتيل قاض بارز أمام منزله في مدينة الكوت.", "killing"),
    ("تعرضت قافلة إغاثة لهجوم قرب بلدة الجفرة.", "attack"),
])
def test_shooting_reflexive_bombing_passive_and_undergo_triggers(nlp, text, expected):
    assert [event["type"] for event in events_of(nlp, text)] == [expected]


def test_a_ceasefire_is_no_shooting(nlp):
    assert events_of(nlp, "دعا الوسطاء إلى وقف إطلاق النار في مدينة الحديدة.") == []


def test_the_subject_of_taarrada_is_the_target(nlp):
    event = only(nlp, "تعرضت دورية للجيش لكمين قرب بلدة العريش.")
    assert event["target_text"] and "دورية" in event["target_text"]


def test_a_verb_that_agrees_in_number_has_its_subject_before_it(nlp):
    event = only(nlp, "وقالت مصادر محلية إن مسلحين ملثمين خطفوا مهندسا تركيا في مدينة سرت.")
    assert event["type"] == "attack"
    assert event["actor_text"] == "مسلحين ملثمين"
    assert "مهندسا" in event["target_text"]


def test_a_subject_after_a_complementizer_is_the_actor_as_written(nlp):
    event = only(nlp, "أفاد شهود بأن دورية عسكرية اعتقلت صحفيا شابا في مدينة تعز.")
    assert event["actor_text"] == "دورية عسكرية"
    assert event["target_text"] == "صحفيا شابا"


def test_a_fronted_adverbial_is_not_the_actor(nlp):
    event = only(nlp, "وفي حادث منفصل استهدف مسلحون حاجزا أمنيا في مدينة العريش.")
    assert event["actor_text"] != "حادث منفصل"


def test_the_light_verb_after_the_noun_gives_the_actor_as_written(nlp):
    event = only(nlp, "قتل جنديان في هجوم شنه مسلحون مجهولون على نقطة تفتيش في مدينة رفح.")
    assert event["actor_text"] == "مسلحون مجهولون"


@pytest.mark.parametrize("text", [
    "شن المنتخب المغربي هجمات متتالية على مرمى الخصم في الشوط الثاني.",
    "قرر الاتحاد إيقاف اللاعب ثلاث مباريات بسبب البطاقة الحمراء.",
    "نفذ المهاجم ضربة قوية ارتطمت بالقائم قبل أن يسجل هدفا في المباراة.",
])
def test_a_match_report_holds_no_violence_and_no_arrest(nlp, text):
    assert events_of(nlp, text) == []


def test_a_security_story_that_names_a_tournament_keeps_its_attack(nlp):
    text = ("شددت الشرطة الإجراءات الأمنية حول الفنادق منذ هجوم انتحاري استهدف فندقا في مدينة سوسة، "
            "وقال الوزير إن الخطة تشمل كل المدن قبل انطلاق البطولة القارية وتنقل الجماهير إلى الملاعب.")
    assert [event["type"] for event in events_of(nlp, text)] == ["bombing"]


@pytest.mark.parametrize("text, expected", [
    ("فجر مجهولون عبوة ناسفة قرب موكب المحافظ في مدينة الحلة.", "bombing"),
    ("ألقى ملثمون قنبلة على مقهى في حي باب التبانة.", "bombing"),
    ("تجمهر مئات العمال أمام مقر الشركة في مدينة صفاقس.", "protest"),
    ("ويأتي تبادل إطلاق النار بين الجانبين قرب الحدود بعد أيام من التوتر.", "armed_clash"),
])
def test_detonation_bomb_throwing_crowds_and_exchange_of_fire(nlp, text, expected):
    assert [event["type"] for event in events_of(nlp, text)] == [expected]


@pytest.mark.parametrize("text", [
    "فجر القرار أزمة سياسية داخل الائتلاف الحاكم.",  # set off a crisis
    "قتلت القوات شابا فجر أمس في قرية برقين.",  # dawn
    "تسعى الدولة إلى امتلاك القنبلة النووية منذ عقود.",
    "تحقق ألعاب إطلاق النار مبيعات كبيرة هذا العام.",
])
def test_detonation_and_bomb_words_used_otherwise(nlp, text):
    assert all(event["type"] != "bombing" and event["trigger"]["text"] not in ("فجر", "إطلاق النار")
               for event in events_of(nlp, text))


def test_a_passive_killing_verb_is_no_first_name(nlp):
    event = only(nlp, "اغتيل القاضي المتقاعد أمام منزله في مدينة الكوت.")
    assert event["type"] == "killing" and event["actor_text"] is None


def test_a_protest_called_for_or_planned_is_threatened(nlp):
    called = only(nlp, "دعت نقابة الأطباء إلى إضراب عام في مستشفيات مدينة الخرطوم.")
    assert called["type"] == "protest" and called["modality"] == "threatened"
    planned = only(nlp, "تعتزم أحزاب المعارضة تنظيم مسيرة حاشدة في شوارع مدينة نواكشوط.")
    assert planned["modality"] == "threatened"


def test_a_call_about_violence_does_not_make_it_threatened(nlp):
    event = only(nlp, "قصفت المدفعية بلدة كفرنبل، ودعا السكان المنظمات إلى إرسال المساعدات.")
    assert event["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    "أحبطت قوات الأمن هجوما انتحاريا على مركز للشرطة في مدينة بنقردان.",
    "منعت السلطات مطلع الأسبوع التظاهرات في وسط مدينة الحسيمة.",
])
def test_a_prevented_event_did_not_happen(nlp, text):
    assert events_of(nlp, text) == []


def test_a_wounding_by_gunfire_is_an_attack_with_its_shooter_and_victim(nlp):
    event = only(nlp, "أصيب شاب فلسطيني برصاص الجيش الإسرائيلي شرقي مدينة خان يونس.")
    assert event["type"] == "attack"
    assert event["actors"] == ["الجيش الإسرائيلي"]
    assert event["target_text"] == "شاب فلسطيني"


@pytest.mark.parametrize("text", [
    "أصيب الوزير بفيروس كورونا الأسبوع الماضي.",
    "أصيب خمسة أشخاص بجروح في حادث سير على الطريق السريع.",
    "أصيب الجمهور بخيبة أمل بعد تأجيل الحفل.",
])
def test_a_wounding_without_a_weapon_is_no_attack(nlp, text):
    assert events_of(nlp, text) == []


def test_the_wounded_beside_a_killing_are_its_toll(nlp):
    event = only(nlp, "قتل 12 مدنيا وأصيب 40 آخرون برصاص قوات الأمن في مدينة الناصرية.")
    assert event["type"] == "killing"
    assert event["killed"]["value"] == 12 and event["injured"]["value"] == 40


def test_the_wounded_beside_a_strike_are_its_toll(nlp):
    event = only(nlp, "قتل جنديان وأصيب ثالث بشظايا قذيفة في هجوم على حاجز قرب مدينة جنين.")
    assert event["type"] in ("attack", "shelling") and event["killed"]["value"] == 2


def test_the_day_of_the_report_does_not_split_one_arrest(nlp):
    text = ("ذكرت الشرطة أمس أنه تم القبض على المدير السابق لشركة الكهرباء في مدينة البصرة. "
            "وألقي القبض على المدير يوم الثلاثاء بتهمة الاختلاس.")
    found = events_of(nlp, text, published="2021-06-10")  # a Thursday: أمس is Wednesday
    assert [event["type"] for event in found] == ["arrest"]
    assert found[0]["date"]["value"] == "2021-06-08"


def test_a_report_day_weeks_after_another_killing_keeps_them_apart(nlp):
    text = ("أعلنت وزارة الصحة، الخميس، أن شابا قتل برصاص الشرطة في مدينة البصرة. "
            "ومنذ بداية الاحتجاجات في 2 مايو قتل 20 متظاهرا في المدينة.")
    found = events_of(nlp, text, published="2021-06-10")
    assert [event["type"] for event in found if event["type"] == "killing"] == ["killing", "killing"]


@pytest.mark.parametrize("text, shooter", [
    ("أطلق مسلحون مجهولون النار على حافلة تقل عمالا قرب مدينة سبها.", "مسلحون مجهولون"),
    ("وفتح جندي النار على المصلين في مسجد البلدة.", "جندي"),
])
def test_a_shooting_with_its_subject_between_verb_and_object(nlp, text, shooter):
    event = only(nlp, text)
    assert event["type"] == "attack" and event["actor_text"] == shooter
    assert event["trigger"]["text"] in ("أطلق", "فتح")


@pytest.mark.parametrize("text", [
    "أطلقت الحكومة حملة لمكافحة التدخين في المدارس.",
    "فتح المتحف أبوابه أمام الزوار بعد الترميم.",
])
def test_launching_and_opening_are_no_shooting(nlp, text):
    assert events_of(nlp, text) == []


# --- word senses by their context (sentences written for these tests) ---

@pytest.mark.parametrize("text", [
    "تدور معركة الرئاسة بين المرشحين في الولايات المتحدة.",
    "يخوض الحزب معركة قضائية طويلة ضد الحكومة.",
    "وتنتظر الفريق مواجهات صعبة في الجولات المقبلة.",
])
def test_a_battle_without_armed_force_is_a_contest(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "اندلعت معارك عنيفة بين الجيش ومسلحي التنظيم في ريف حلب.",
    "شهدت المدينة معركة بالأسلحة الثقيلة.",
    "دارت مواجهات بين قوات الأمن وشبان غاضبين في وسط المدينة.",
])
def test_a_battle_with_armed_force_is_a_clash(nlp, text):
    assert only(nlp, text)["type"] == "armed_clash"


@pytest.mark.parametrize("text", [
    "تستهدف الوزارة رفع عدد السياح إلى مليون زائر.",
    "وتشمل الإجراءات الجديدة التي تستهدفها الحكومة كبار المستهلكين في المصانع.",
])
def test_the_imperfect_of_targeting_without_force_is_an_aim(nlp, text):
    assert events_of(nlp, text) == []


def test_targeting_by_armed_force_stays_an_attack(nlp):
    assert only(nlp, "تستهدف المدفعية مواقع المسلحين في ريف المدينة.")["type"] == "shelling"
    assert only(nlp, "استهدف مسلحون حاجزا للشرطة في مدينة كركوك.")["type"] == "attack"


@pytest.mark.parametrize("text", [
    "لاذ السائق بالفرار بعد الحادث.",
    "اعتقلت الشرطة شابا متحصنا بالفرار منذ شهرين.",
])
def test_one_man_escaping_is_no_displacement(nlp, text):
    assert [event["type"] for event in events_of(nlp, text) if event["type"] == "displacement"] == []


@pytest.mark.parametrize("text", [
    "فر آلاف السكان من مدينة تلعفر.",
    "اضطرت عائلات كثيرة إلى الفرار من القرى الحدودية.",
])
def test_a_population_fleeing_is_displacement(nlp, text):
    assert only(nlp, text)["type"] == "displacement"


@pytest.mark.parametrize("text", [
    "تلتزم القوات بقواعد الاشتباك المعمول بها.",
    "أرسل الجيش تعزيزات إلى جبهات القتال.",
    "وقال الذين كفروا إن الرسالة لم تصلهم.",
    "تفجر الغضب في الشارع بعد القرار.",
])
def test_compounds_clitics_and_figurative_detonation_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_a_bomb_that_went_off_is_still_a_bombing(nlp):
    assert only(nlp, "تفجرت عبوة ناسفة قرب سوق المدينة.")["type"] == "bombing"


@pytest.mark.parametrize("text", [
    "قرر رئيس الحكومة إيقاف نشاط البطولة.",
    "احتجاز جوازات سفر الحجاج يعرقل مغادرتهم.",
    "ألقت الأزمة القبضة الحديدية على الاقتصاد.",
])
def test_an_arrest_noun_without_a_person_is_no_arrest(nlp, text):
    assert [event for event in events_of(nlp, text) if event["type"] == "arrest"] == []


@pytest.mark.parametrize("text", [
    "تم إيقاف 6 عناصر مرتبطة بالمجموعات الإرهابية.",
    "أعلنت الشرطة توقيف المشتبه به في مدينة تونس.",
    "أعلنت الشرطة احتجاز عشرات المحتجين في العاصمة.",
    "أكدت النيابة توقيف المتهمة في مدينة سوسة.",
])
def test_an_arrest_noun_with_a_person_is_an_arrest(nlp, text):
    assert "arrest" in [event["type"] for event in events_of(nlp, text)]


def test_tear_gas_used_is_no_chemical_attack(nlp):
    assert events_of(nlp, "تدخلت قوات الأمن عبر استعمال الغاز المسيل للدموع.") == []
    assert only(nlp, "اتهمت المعارضة النظام باستخدام غاز الكلور في مدينة دوما.")["type"] == "chemical_attack"


@pytest.mark.parametrize("text", [
    "ساهمت الإمارات في إنجاح مسيرة السلام بين البلدين.",
    "شنت المرشحة هجوما لاذعا على منافسها في المناظرة.",
    "واحتج المحامي بأن الأقوال قد تؤثر في التحقيق.",
])
def test_a_path_a_verbal_attack_and_an_argument_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_a_march_and_a_protest_stay_events(nlp):
    assert only(nlp, "نظم المئات مسيرة احتجاجية في وسط العاصمة.")["type"] == "protest"
    assert only(nlp, "احتج العمال أمام مقر الشركة في مدينة صفاقس.")["type"] == "protest"


def test_a_targeting_verb_past_the_comma_is_the_strikes_predicate(nlp):
    found = events_of(nlp, "سقط عشرات القتلى جراء غارات شنها طيران التحالف، استهدفت تجمعا للمسلحين بمدينة الحديدة.")
    assert [event["type"] for event in found] == ["airstrike"] and "الحديدة" in found[0]["places"]
    assert len(events_of(nlp, "قتل شاب إثر قصف مدفعي (هاون) استهدف منزله في مدينة تعز.")) == 1


def test_a_conjoined_targeting_verb_with_its_own_subject_is_another_attack(nlp):
    found = events_of(nlp, "قصفت الطائرات الروسية مدينة إدلب، واستهدف مسلحون حاجزا للشرطة في كركوك.")
    assert [event["type"] for event in found] == ["airstrike", "attack"]


@pytest.mark.parametrize("text", [
    "يشكو السكان من حجم الخراب والقتل في مدنهم.",
    "كم تمنيت أن ما نراه اليوم من قتل وبطش وعنف لا يمت إلى الحقيقة بصلة.",
])
def test_violence_named_in_a_list_of_harms_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


def test_an_event_beside_a_word_of_harm_stays_an_event(nlp):
    assert only(nlp, "قتل مسلحون ثلاثة صحفيين وعنف الشرطة مستمر في الموصل.")["type"] == "killing"


@pytest.mark.parametrize("text", [
    "فككت الشرطة خلية خططت لتنفيذ هجمات في العاصمة.",
    "ومن المرتقب تنظيم تظاهرة ضخمة في العاصمة.",
    "يعيش ستة ملايين شخص مهددين بالنزوح من الساحل.",
])
def test_a_planned_or_threatened_event_is_threatened(nlp, text):
    assert [event["modality"] for event in events_of(nlp, text)] == ["threatened"]


@pytest.mark.parametrize("text", [
    'قال الوزير إن إلحاق الهزيمة بالتنظيم يشبه "قتل أخطبوط".',
    "وصف المحامي تفتيش مكتبه بأنه بمثابة اعتداء على القانون.",
])
def test_a_comparison_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


def test_a_comparison_after_the_event_does_not_cancel_it(nlp):
    assert only(nlp, "قتل مسلحون شابا يشبه أخاه في مدينة الموصل.")["type"] == "killing"
