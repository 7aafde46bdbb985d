"""Events, fifth round on fresh text (issue 16): who did it and whom it befell. A light verb after the
noun with members of a group (هجوم شنه عناصر من حركة الشباب) or a craft that belongs to a force (طائرة
تابعة للتحالف), ل + members (هجوم لعناصر التنظيم), a claim told after the noun (أعلن X مسؤوليته عنه) and
the owner of the fire (قتل برصاص الجيش) give actors; a claim covers only the first event after it; the
owner of an arrest or killing noun (بعد احتجازه) suffers it; a subject before the verb (إن قوات الاحتلال
اعتقلت X) makes the name after it the object; a force noun with its owner's pronoun (شنت طائراته غارات)
names the owner; a clash's ضد/مع phrase is its other party; على إثر/على خلفية is no target; a person
after a title (اعتقال رجل الدين الشيخ X) is whom the arrest befell; a noun called 'other' (هجمات أخرى)
is not the event told before. Each rule has a positive and a negative.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import events_of, only_event


def test_members_after_a_light_verb_name_their_group_and_are_no_target(nlp):
    attack = only_event(events_of(nlp, "وقع هجوم شنه عناصر من حركة «الشباب» على فندق في مقديشو أمس."), "attack")
    assert len(attack["actors"]) == 1 and "الشباب" in attack["actors"][0]
    assert "عناصر" not in attack["targets"]


def test_members_as_object_of_an_attack_verb_stay_its_target(nlp):
    attack = only_event(events_of(nlp, "وهاجمت طائرات الجيش عناصر من حركة الشباب قرب مقديشو أمس."), "airstrike")
    assert not any("الشباب" in name for name in attack["actors"])


def test_lam_and_members_give_the_actor(nlp):
    attack = only_event(events_of(nlp, "وقع هجوم فاشل لعناصر تنظيم داعش شمال بغداد."), "attack")
    assert attack["actors"] == ["داعش"]
    assert attack["targets"] == []


def test_a_craft_that_belongs_to_a_force_gives_the_actor(nlp):
    strike = only_event(events_of(nlp, "قتل أربعة أشخاص جراء غارة شنتها طائرة مسيرة تابعة للتحالف الدولي على سيارة في ريف إدلب."),
                  "airstrike")
    assert strike["actors"] == ["التحالف"]


def test_a_craft_with_no_owner_named_gives_no_actor(nlp):
    strike = only_event(events_of(nlp, "قتل أربعة أشخاص جراء غارة شنتها طائرة مسيرة مجهولة على سيارة في ريف إدلب."), "airstrike")
    assert strike["actors"] == []


def test_a_claim_told_after_the_noun_gives_the_actor(nlp):
    attack = only_event(events_of(nlp, "قتل ثلاثة جنود في هجوم أعلن تنظيم داعش مسؤوليته عنه في مدينة الموصل."), "attack")
    assert attack["actors"] == ["داعش"]


def test_a_name_after_a_claim_verb_without_responsibility_is_no_actor(nlp):
    attack = only_event(events_of(nlp, "قتل ثلاثة جنود في هجوم أعلن تنظيم داعش أنه سيكرره في مدينة الموصل."), "attack")
    assert attack["actors"] == []


def test_a_claim_covers_only_the_first_event_after_it(nlp):
    events = events_of(nlp, "تبنى حزب العمال الكردستاني الأحد هجوما بسيارة مفخخة ردا على الغارات الجوية التركية "
                            "على قواعده في شمال العراق.")
    assert only_event(events, "bombing")["actors"] == ["حزب العمال الكردستاني"]
    assert only_event(events, "airstrike")["actors"] == []


def test_the_owner_of_the_fire_is_the_actor(nlp):
    killing = only_event(events_of(nlp, "وقالت الوزارة إن شابا قتل برصاص الجيش الإسرائيلي قرب الحدود."), "killing")
    assert killing["actors"] == ["الجيش الإسرائيلي"]
    assert "الجيش الإسرائيلي" not in killing["targets"]


def test_a_fire_noun_without_ba_names_no_owner(nlp):
    killing = only_event(events_of(nlp, "وقالت الوزارة إن الجيش الإسرائيلي قتل شابا قرب الحدود."), "killing")
    assert killing["actors"] == ["الجيش الإسرائيلي"]


def test_the_owner_of_an_arrest_noun_is_who_is_held(nlp):
    arrest = only_event(events_of(nlp, "وأفرج عن الصحفي محمد العلي يوم السبت بعد احتجازه في سجن المدينة."), "arrest")
    assert arrest["targets"] == ["محمد العلي"]
    assert arrest["actors"] == []


def test_the_owner_of_an_arrest_noun_with_an_object_did_it(nlp):
    arrest = only_event(events_of(nlp, "وأعلن الجيش الأردني اعتقاله ثلاثة أشخاص في مدينة إربد."), "arrest")
    assert "الجيش الأردني" not in arrest["targets"]


def test_a_subject_before_the_verb_makes_the_name_after_it_the_object(nlp):
    arrest = only_event(events_of(nlp, "وقالت مصادر إن قوات الاحتلال اعتقلت سعيد الأحمد من منزله في الخليل."), "arrest")
    assert arrest["targets"] == ["سعيد الأحمد"]
    assert arrest["actors"] == ["قوات الاحتلال"]  # the forces, an actor since issue 11, are the subject


def test_a_name_right_after_the_verb_with_no_subject_before_it_is_the_subject(nlp):
    arrest = only_event(events_of(nlp, "واعتقلت الشرطة الإسرائيلية سعيد الأحمد من منزله في الخليل."), "arrest")
    assert "سعيد الأحمد" not in arrest["actors"]
    shelling = only_event(events_of(nlp, "وقالت مصادر إن الطائرات قصفت مواقع لحزب الله قرب دمشق."), "airstrike")
    assert "حزب الله" not in shelling["actors"]


def test_a_force_with_its_owners_pronoun_names_the_owner(nlp):
    strikes = only_event(events_of(nlp, "ورد الجيش الإسرائيلي ببيان غاضب، كما شنت طائراته غارات على مدينة رفح."), "airstrike")
    assert strikes["actors"] == ["الجيش الإسرائيلي"]


def test_a_force_without_a_pronoun_names_no_owner_before_it(nlp):
    strikes = only_event(events_of(nlp, "ورد الجيش الإسرائيلي ببيان غاضب، كما شنت طائرات مجهولة غارات على مدينة رفح."), "airstrike")
    assert strikes["actors"] == []


def test_a_clashs_dhidd_and_maa_phrases_are_its_other_party(nlp):
    clash = only_event(events_of(nlp, "ويشارك الجيش العراقي في المعارك ضد تنظيم داعش في الموصل."), "armed_clash")
    assert "داعش" in clash["actors"] and clash["targets"] == []
    clash = only_event(events_of(nlp, "وتخوض القوات الحكومية مواجهات مسلحة مع الحوثيين في تعز."), "armed_clash")
    assert "جماعة أنصار الله" in clash["actors"]


def test_an_attacks_dhidd_phrase_stays_its_target(nlp):
    attack = only_event(events_of(nlp, "وشن مسلحون هجوما ضد حزب الله في بلدة القصير."), "attack")
    assert attack["targets"] == ["حزب الله"]


def test_ala_ithr_is_no_target(nlp):
    protest = only_event(events_of(nlp, "تظاهر المئات في بغداد على إثر مقتل شاب برصاص مجهولين."), "protest")
    assert protest["targets"] == []


def test_a_person_after_a_title_is_whom_the_arrest_befell(nlp):
    arrest = only_event(events_of(nlp, "وندد الحزب باعتقال رجل الدين الشيخ علي الحسن من قبل الشرطة البحرينية في المنامة."),
                  "arrest")
    assert arrest["targets"] == ["علي الحسن"]
    assert arrest["actors"] == ["الشرطة البحرينية"]


def test_a_person_past_a_preposition_is_not_the_one_arrested(nlp):
    arrest = only_event(events_of(nlp, "وندد الحزب باعتقال عشرات الطلاب في جامعة بغداد بأمر من الوزير علي الحسن."), "arrest")
    assert "علي الحسن" not in arrest["targets"]


def test_a_masdar_with_a_force_genitive_then_an_object(nlp):
    strike = only_event(events_of(nlp, "ودان الوزير قصف طائرات التحالف مواقع الجيش السوري قرب حلب."), "airstrike")
    assert strike["actors"] == ["التحالف"]
    assert strike["targets"] == ["الجيش السوري"]


def test_an_attack_called_other_is_a_new_event(nlp):
    events = events_of(nlp, "قتل عشرة أشخاص في هجوم على فندق في مقديشو يوم الاثنين. ومنذ ذلك الحين شنت حركة الشباب "
                            "هجمات أخرى في كينيا.")
    assert len([event for event in events if event["type"] == "attack"]) == 2


def test_the_same_attack_told_again_is_one_event(nlp):
    events = events_of(nlp, "قتل عشرة أشخاص في هجوم على فندق في مقديشو يوم الاثنين. وأدانت الحكومة الهجوم على الفندق.")
    assert len([event for event in events if event["type"] == "attack"]) == 1


def test_a_name_after_a_definite_or_dual_strike_noun_is_the_folded_verbs_object(nlp):
    for text in ("وفي التفاصيل، استهدفت غارتان مكتب رئاسة الجمهورية في صنعاء.",
                 "وفي التفاصيل، استهدفت الغارة مكتب رئاسة الجمهورية في صنعاء."):
        strike = only_event(events_of(nlp, text), "airstrike")
        assert strike["actors"] == [] and strike["targets"] == ["مكتب رئاسة الجمهورية"]


def test_a_name_after_a_strike_noun_in_construct_is_who_struck(nlp):
    strike = only_event(events_of(nlp, "وأدانت الحكومة غارات التحالف على صنعاء."), "airstrike")
    assert strike["actors"] == ["التحالف"]


def test_a_strike_noun_as_the_verbs_subject_makes_the_name_after_it_the_object(nlp):
    strike = only_event(events_of(nlp, "وأكد المصدر أن الطائرات استهدفت في الصباح مواقع حزب الله قرب حمص."), "airstrike")
    assert "حزب الله" not in strike["actors"]


def test_a_person_right_after_an_arrest_verb_is_the_one_arrested(nlp):
    arrest = only_event(events_of(nlp, "واعتقل محمد العلي في منزله بمدينة حمص."), "arrest")
    assert arrest["targets"] == ["محمد العلي"] and arrest["actors"] == []


def test_a_force_right_after_an_arrest_verb_is_who_arrests(nlp):
    arrest = only_event(events_of(nlp, "واعتقلت الشرطة التونسية محمد العلي في منزله."), "arrest")
    assert arrest["actors"] == ["الشرطة التونسية"] and arrest["targets"] == ["محمد العلي"]


def test_a_claim_of_responsibility_before_the_noun_gives_the_actor(nlp):
    for text in ("وأعلنت حركة طالبان مسؤوليتها عن التفجير في كابول.",
                 "وكانت حركة طالبان أعلنت في بيان على موقعها مسؤوليتها عن التفجير في كابول."):
        bombing = only_event(events_of(nlp, text), "bombing")
        assert bombing["actors"] == ["طالبان"]


def test_a_denied_responsibility_gives_no_actor(nlp):
    bombing = only_event(events_of(nlp, "ونفت حركة طالبان مسؤوليتها عن التفجير في كابول."), "bombing")
    assert bombing["actors"] == []


def test_aircraft_named_as_the_subject_make_a_shelling_verb_an_air_strike(nlp):
    for text in ("وقال البيان إن مقاتلات تركية إف-16 قصفت مواقع لتنظيم داعش في سوريا.",
                 "وقال البيان إن ثلاث مقاتلات إف-16 أقلعت من قاعدة في ديار بكر في الساعات الأولى من صباح اليوم "
                 "وقصفت مقرين لمتشددي داعش."):
        assert [event["type"] for event in events_of(nlp, text)] == ["airstrike"]


def test_aircraft_that_are_no_subject_leave_a_shelling_verb_alone(nlp):
    for text in ("وقال البيان إن الدبابات تقدمت تحت غطاء من الطائرات المروحية في ساعات الصباح الأولى وقصفت مقرين "
                 "لمتشددي داعش.",
                 "وقال البيان إن المقاتلات عادت إلى قاعدتها بينما تقدمت الدبابات وقصفت مقرين لمتشددي داعش."):
        assert [event["type"] for event in events_of(nlp, text)] == ["shelling"]


def test_a_force_named_before_an_owned_arrest_noun_is_not_the_one_held(nlp):
    events = events_of(nlp, "وقالت الوكالة إن السلطات التشيكية اعتقلت الزعيم السابق لحزب كردي بناء على طلب أنقرة اعتقاله.")
    arrest = only_event(events, "arrest")
    assert not any("التشيكية" in name for name in arrest["targets"])
