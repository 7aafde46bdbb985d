"""Events, second round on fresh text (issue 16): discourse (a demonstrative points back, towns far
apart are two fights), the reach of تعرض, readings that tell no event, and arguments from clause
structure. Each rule has a positive and a negative.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from extract.extractors.events import Event, PlaceFacts, _distinct

from conftest import events_of


def test_demonstrative_attack_noun_is_the_strike_already_told(nlp):
    found = events_of(nlp, "قتل تسعة أشخاص في قصف صاروخي على سوق في مدينة الموصل. "
                           "وحمل الوزير الجماعة مسؤولية هذا الهجوم في بيان.")
    assert [event["type"] for event in found] == ["shelling"]
    assert len(found[0]["mentions"]) == 2


def test_demonstrative_bombing_takes_the_latest_bombing_not_a_new_one(nlp):
    text = ("انفجرت سيارة مفخخة في سوق بلدة تلعفر فقتل خمسة. وبعد ساعات قتل ثلاثة في تفجير عبوة ناسفة في مدينة سامراء. "
            "ويعد هذا التفجير الثاني في المدينة خلال أسبوع.")
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["bombing", "bombing"]
    assert "سامراء" in found[1]["places"] and len(found[1]["mentions"]) >= 2


def test_without_demonstrative_a_placed_attack_stays_its_own(nlp):
    found = events_of(nlp, "قصفت الطائرات مواقع في مدينة حماة. وفي مدينة إدلب، شن مسلحون هجوما على حاجز للجيش.")
    assert [event["type"] for event in found] == ["airstrike", "attack"]


def test_definite_clashes_in_towns_far_apart_are_two(nlp):
    text = ("تدور اشتباكات عنيفة بين قوات النظام والفصائل في مدينة داريا. "
            "واستمرت الاشتباكات العنيفة حتى الفجر في مدينة الزبداني.")
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["armed_clash", "armed_clash"]
    assert [event["places"] for event in found] == [["داريا"], ["الزبداني"]]


def test_definite_clash_in_a_quarter_of_the_named_town_is_the_same(nlp):
    text = "اندلعت اشتباكات في مدينة حمص صباح اليوم. وقال شهود إن الاشتباكات تركزت في حي الخالدية."
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["armed_clash"]
    assert len(found[0]["mentions"]) == 2


def test_undergo_reaches_past_a_placed_subject(nlp):
    found = events_of(nlp, "تعرضت أحياء سكنية في مدينة دوما لقصف من قبل قوات النظام.")
    assert [event["type"] for event in found] == ["shelling"]
    assert found[0]["places"] == ["دوما"]


def test_purpose_strike_noun_without_undergo_is_no_event(nlp):
    assert events_of(nlp, "وصلت تعزيزات إلى المدينة لقصف مواقع المتمردين في الجبال.") == []


def test_a_sentence_passed_with_a_pronoun_is_no_killing(nlp):
    assert events_of(nlp, "أصدرت المحكمة الجنائية أمس حكمها بإعدام 12 متهما في قضية تهريب مخدرات.") == []


def test_an_execution_carried_out_stays_a_killing(nlp):
    found = events_of(nlp, "نفذ التنظيم حكم الإعدام... وأعدم مسلحو التنظيم 12 رجلا في ساحة البلدة.")
    assert "killing" in [event["type"] for event in found]


def test_an_earthquake_in_the_accusative_is_a_natural_cause(nlp):
    assert events_of(nlp, "وحذر الخبير من أن زلزالا بقوة سبع درجات قد يؤدي إلى مقتل آلاف السكان.") == []


def test_lam_phrase_after_an_indefinite_strike_noun_is_who_struck(nlp):
    found = events_of(nlp, "وقتل ثمانية مسلحين في غارة جوية لطيران التحالف على معسكر في محافظة مأرب.")
    assert found[0]["type"] == "airstrike" and found[0]["actors"] == ["التحالف"]


def test_lam_phrase_after_the_targeting_noun_is_no_perpetrator(nlp):
    found = events_of(nlp, "أدان الوزير استهداف للجيش العراقي في الأنبار بعبوة ناسفة.")
    assert all("الجيش العراقي" not in event["actors"] for event in found)


def test_lam_phrase_with_a_light_verb_is_the_object(nlp):
    found = events_of(nlp, "ونفذت طائرات مجهولة هجوما لداعش في الصحراء.")
    assert all("داعش" not in event["actors"] for event in found)


def test_agent_phrase_reaches_past_a_title(nlp):
    found = events_of(nlp, "تعرضت البلدة لهجوم عنيف من قبل نظام الرئيس السوري بشار الأسد.")
    assert found and "بشار الأسد" in found[0]["actors"]


def test_masculine_pronoun_before_a_feminine_verb_leaves_the_subject_after_it(nlp):
    found = events_of(nlp, "وذكر المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام أحياء في مدينة حرستا.")
    assert found[0]["type"] == "shelling"
    assert "المرصد السوري لحقوق الإنسان" not in found[0]["actors"] and found[0]["actors"]


def test_agreeing_speaker_pronoun_makes_the_name_after_the_verb_its_object(nlp):
    found = events_of(nlp, "وقال الجيش العراقي إنه قصف مواقع داعش في مدينة الموصل.")
    assert found[0]["type"] in ("shelling", "airstrike")
    assert "داعش" not in found[0]["actors"]


def test_strikes_meeting_only_in_a_region_each_in_its_own_town_are_two(nlp):
    text = ("قصفت قوات النظام صباح اليوم مناطق في مدينة حرستا بالغوطة الشرقية. "
            "كما تعرضت مناطق في مدينة دوما بالغوطة الشرقية، لقصف من قبل قوات النظام.")
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["shelling", "shelling"]
    assert "دوما" in found[1]["places"] and "دوما" not in found[0]["places"]


def test_strike_told_again_in_the_same_town_of_the_region_is_one(nlp):
    text = ("قصفت قوات النظام صباح اليوم مناطق في مدينة حرستا بالغوطة الشرقية. "
            "وتعرضت أحياء في مدينة حرستا بالغوطة الشرقية لقصف من قبل قوات النظام.")
    assert [event["type"] for event in events_of(nlp, text)] == ["shelling"]


def test_the_subject_of_undergo_is_the_place_of_its_event_not_the_clause_before(nlp):
    text = "تدور اشتباكات عنيفة بين الفصائل في حي جوبر، فيما تعرضت مناطق في مدينة داريا لقصف من قبل قوات النظام."
    found = events_of(nlp, text)
    clash = next(event for event in found if event["type"] == "armed_clash")
    assert "داريا" not in clash["places"]


def test_a_toll_told_two_words_before_its_verb_counts(nlp):
    found = events_of(nlp, "وقال مسؤول إن 15 جنديا تركيا قتلوا خلال الاشتباكات في منطقة عفرين.")
    assert found[0]["type"] == "armed_clash" and found[0]["killed"]["value"] == 15


def test_a_toll_tied_to_the_next_attack_is_that_attacks(nlp):
    text = "قصفت طائرات التحالف مواقع في مدينة صعدة، بينما قتل 9 مسلحين في هجوم للمقاومة الشعبية."
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["airstrike", "attack"]
    assert found[0]["killed"] is None and found[1]["killed"]["value"] == 9


def test_a_toll_after_the_strike_with_no_event_after_it_stays_the_strikes(nlp):
    found = events_of(nlp, "قصفت الطائرات قرية في ريف إدلب، وقتل 5 مدنيين.")
    assert found[0]["killed"]["value"] == 5


def test_an_attack_by_another_named_force_is_not_merged_into_the_strike(nlp):
    text = "شنت طائرات التحالف غارات على مواقع في صعدة. وقتل أربعة في هجوم للمقاومة الشعبية."
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["airstrike", "attack"]


def test_countries_between_a_light_verb_and_its_noun_struck_they_are_not_the_place(nlp):
    found = events_of(nlp, "وشنت الولايات المتحدة، وبريطانيا، وفرنسا غارات على منشآت عسكرية في سوريا.")
    assert found[0]["type"] == "airstrike" and found[0]["places"] == ["سوريا"]


def test_each_of_lists_the_subject_of_a_light_verb(nlp):
    found = events_of(nlp, "ووجهت كل من فرنسا وبريطانيا ضربة صاروخية إلى قواعد تابعة للحكومة السورية.")
    assert found and found[0]["places"] == []


def test_a_place_after_in_between_light_verb_and_noun_stays_the_place(nlp):
    found = events_of(nlp, "شنت الطائرات الحربية في سوريا غارات على مواقع التنظيم.")
    assert found[0]["places"] == ["سوريا"]


def test_an_attack_noun_named_by_the_town_is_the_chemical_attack_there(nlp):
    text = ("تعرضت مدينة سراقب لهجوم كيماوي بغاز الكلور مطلع الشهر. "
            "وقتل ستة مدنيين في هجوم سراقب بحسب المرصد.")
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["chemical_attack"]


def test_an_attack_verb_in_the_town_of_a_clash_is_its_own_event(nlp):
    text = ("اندلعت اشتباكات بين الجيش والمسلحين في مدينة أجدابيا. "
            "وكان المسلحون هاجموا الجمعة الماضية نقطة تفتيش في أجدابيا فقتلوا خمسة جنود.")
    assert [event["type"] for event in events_of(nlp, text)] == ["armed_clash", "attack"]


def test_armed_men_fleeing_is_a_retreat_not_a_displacement(nlp):
    assert events_of(nlp, "وفر العشرات من مقاتلي التنظيم باتجاه الصحراء بعد سقوط البلدة.") == []


def test_people_fleeing_from_armed_men_is_a_displacement(nlp):
    found = events_of(nlp, "وفر آلاف السكان من المسلحين باتجاه مدينة الرقة.")
    assert [event["type"] for event in found] == ["displacement"]


def test_the_headline_repeated_under_a_link_line_is_no_new_event(nlp):
    text = "اندلعت اشتباكات في مدينة تعز صباح اليوم. رابط الخبر بصحيفة النهار: مقتل عشرة في غارات على صنعاء"
    assert [event["type"] for event in events_of(nlp, text)] == ["armed_clash"]


def test_without_a_link_line_the_last_sentence_tells_its_event(nlp):
    text = "اندلعت اشتباكات في مدينة تعز صباح اليوم. وقتل عشرة في غارات على صنعاء مساء."
    assert "airstrike" in [event["type"] for event in events_of(nlp, text)]


def test_attacks_by_air_and_by_land_are_an_attack(nlp):
    found = events_of(nlp, "وقال المركز إن الهجمات الجوية والبرية للجيش على البلدة أسفرت عن مقتل 40 مدنيا.")
    assert [event["type"] for event in found] == ["attack"]


def test_attacks_by_air_only_are_an_air_strike(nlp):
    found = events_of(nlp, "وقال المركز إن الهجمات الجوية للجيش على البلدة أسفرت عن مقتل 40 مدنيا.")
    assert [event["type"] for event in found] == ["airstrike"]


def _event(kind: str, places: list[str]) -> Event:
    return Event(kind, 0, 0, 1, "noun", "x", 0, True, places=places)


def test_towns_far_apart_part_violent_events_but_not_an_arrest():
    facts = PlaceFacts(located={"أنقرة": (39.92, 32.85), "إزمير": (38.41, 27.14)})
    assert _distinct(_event("shelling", ["أنقرة"]), _event("shelling", ["إزمير"]), facts)
    assert not _distinct(_event("arrest", ["أنقرة"]), _event("arrest", ["إزمير"]), facts)
    assert not _distinct(_event("shelling", ["أنقرة"]), _event("shelling", ["أنقرة"]), facts)


def test_counted_as_before_a_demonstrative_is_no_plan(nlp):
    found = events_of(nlp, "تظاهر مئات الطلاب أمام البرلمان أمس. ويعد هذا أول احتجاج منظم للطلاب.")
    assert [event["modality"] for event in found] == ["asserted"]


def test_preparing_for_a_strike_is_still_a_plan(nlp):
    found = events_of(nlp, "تعد النقابة لتنفيذ إضراب عام في المصانع الأسبوع المقبل.")
    assert [event["modality"] for event in found] == ["threatened"]


def test_light_verb_subject_past_a_dated_comma(nlp):
    found = events_of(nlp, "شنت طائرات التحالف العربي الليلة الماضية، غارات جوية على مواقع في صعدة.")
    assert found[0]["type"] == "airstrike" and found[0]["actors"] == ["التحالف العربي"]


def test_a_verb_in_another_clause_before_the_comma_is_no_light_verb(nlp):
    found = events_of(nlp, "أعلن التحالف العربي أمس، أن غارات مجهولة استهدفت مواقع في صعدة.")
    assert all("التحالف العربي" not in event["actors"] for event in found)


def test_the_name_after_a_force_noun_is_the_masdars_actor(nlp):
    found = events_of(nlp, "قتل مدني من جراء استهداف ميليشيات الحوثي للأحياء السكنية في مدينة تعز.")
    assert found and found[0]["actors"] == ["جماعة أنصار الله"]


def test_began_with_fi_before_a_masdar_takes_its_subject(nlp):
    found = events_of(nlp, "وقالت المصادر إن الجيش التركي شرع في اقتحام بلدة جنديرس من ثلاثة محاور.")
    assert found and found[0]["actors"] == ["القوات التركية"]


def test_a_future_verb_makes_its_event_noun_object_threatened(nlp):
    found = events_of(nlp, "وقال المتحدث إن القوات الجوية ستواصل غاراتها على مواقع المتمردين في الجبال.")
    assert [event["modality"] for event in found] == ["threatened"]


def test_a_word_starting_with_s_before_the_noun_is_no_future(nlp):
    found = events_of(nlp, "وقعت ستة هجمات على حواجز للجيش في شمال سيناء.")
    assert [event["modality"] for event in found] == ["asserted"]


def test_a_toll_told_in_a_later_sentence_is_the_strikes(nlp):
    text = ("وقع هجوم انتحاري على مسجد في مدينة القطيف أمس. وأسفر الاعتداء عن سقوط قتلى. "
            "وأعلنت الوزارة مقتل قرابة 20 شخصا.")
    found = events_of(nlp, text)
    assert [event["type"] for event in found] == ["bombing"]
    assert found[0]["killed"]["value"] == 20


def test_a_placed_killing_far_after_a_strike_is_its_own(nlp):
    text = ("وقع هجوم انتحاري على مسجد في مدينة القطيف أمس. وتحدث الوزير عن الأمن. وناقش البرلمان الميزانية. "
            "وقال إن الاقتصاد ينمو. وأعلنت الوزارة مقتل 20 شخصا في مدينة الدمام.")
    assert [event["type"] for event in events_of(nlp, text)] == ["bombing", "killing"]


def test_a_definite_shelling_in_the_town_of_a_clash_stays_a_shelling(nlp):
    text = ("وقتل ستة مقاتلين في المعارك على مشارف مدينة عدن. "
            "ولم يجد المسلحون ردا سوى القصف العشوائي على أحياء مدينة عدن.")
    assert [event["type"] for event in events_of(nlp, text)] == ["armed_clash", "shelling"]


def test_trading_accusations_of_a_shelling_makes_it_alleged(nlp):
    found = events_of(nlp, "وتبادلت الحكومة والمتمردون الاتهامات بقصف الأحياء السكنية في مدينة حلب.")
    assert [event["modality"] for event in found] == ["alleged"]


def test_a_suspected_attack_is_alleged(nlp):
    found = events_of(nlp, "ودخل المفتشون موقع الهجوم الكيماوي المشتبه به في مدينة خان شيخون.")
    assert [event["modality"] for event in found] == ["alleged"]


def test_arresting_the_suspect_is_an_asserted_arrest(nlp):
    found = events_of(nlp, "وتمكنت الشرطة من اعتقال المشتبه به في مدينة وهران فجر اليوم.")
    assert [(event["type"], event["modality"]) for event in found] == [("arrest", "asserted")]


def test_a_name_joined_by_wa_to_the_subject_is_a_second_perpetrator(nlp):
    found = events_of(nlp, "وقصفت ميليشيات الحوثي وقوات صالح الأحياء السكنية في مدينة تعز.")
    assert found[0]["actors"] == ["جماعة أنصار الله", "قوات صالح"] and found[0]["targets"] == []


def test_a_name_after_the_subject_without_wa_is_the_target(nlp):
    found = events_of(nlp, "وهاجمت ميليشيات الحوثي الجيش اليمني في مدينة تعز.")
    assert found[0]["actors"] == ["جماعة أنصار الله"] and found[0]["targets"] == ["الجيش اليمني"]


def test_the_dateline_is_where_the_story_was_filed_not_the_event_place(nlp):
    found = events_of(nlp, "عمان، الأردن (CNN)-- قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش.")
    assert found and "عمان" not in found[0]["places"] and "الأردن" not in found[0]["places"]
    assert "العريش" in found[0]["places"]


def test_a_bracket_after_a_place_in_the_story_is_no_dateline(nlp):
    found = events_of(nlp, "قتل 12 شخصا في قصف على مدينة حلب (شمال سوريا) أمس.")
    assert "حلب" in found[0]["places"]


def test_an_imperfect_lasting_for_years_is_a_state(nlp):
    assert events_of(nlp, "وقال الوزير إن الميليشيات تقتل المدنيين وتهددهم منذ أكثر من عشرين عاما.") == []


def test_a_perfect_days_ago_is_an_event(nlp):
    found = events_of(nlp, "قتلت القوات ثلاثة مدنيين في البلدة منذ ثلاثة أيام.")
    assert [event["type"] for event in found] == ["killing"]


def test_opening_fire_with_a_possessed_fire_noun_is_a_shooting(nlp):
    found = events_of(nlp, "وفتحت قوات الأمن نيران أسلحتها على المحتجين في ساحة المدينة.")
    assert "attack" in [event["type"] for event in found]


def test_a_charge_brought_before_an_arrest_does_not_make_it_alleged(nlp):
    found = events_of(nlp, "وجاء ذلك بعد شهر من توجيه الاتهام إليه في قضيتين، وتوقيفه في الثاني من فبراير في مدينة وهران.")
    assert [(event["type"], event["modality"]) for event in found] == [("arrest", "asserted")]


def test_a_present_habit_tells_no_event(nlp):
    assert events_of(nlp, "وقال الوزير إن القرى الحدودية تتعرض للقصف يوميا.") == []
    assert events_of(nlp, "وعادة ما يشن الطيران الحربي غارات على مواقع المتمردين.") == []


def test_a_past_with_a_habit_adverb_stays_an_event(nlp):
    found = events_of(nlp, "تعرضت القرى الحدودية للقصف يوميا طوال الأسبوع الماضي.")
    assert [event["type"] for event in found] == ["shelling"]
